"""Forms of wire copy met in the sixth blind set (party offices, lists of senders and recipients,
group recipients), each on a short example written for these tests."""
from __future__ import annotations

from app.extract import extract
from extract_helpers import article, messages, statements


def test_a_party_named_in_an_appositive_office_is_no_person():
    text = article("Prime Minister Tomas Varga sent a congratulatory message to R.K. Menon, President of the "
                   "Bharatiya Lok Party, on the party's victory.")
    assert messages(text) == [("Tomas Varga", "R.K. Menon", "congratulation")]
    assert all(a.name != "Bharatiya Lok" for a in extract(text).actors)


def test_a_second_clause_with_its_own_sender_ends_the_first_recipient_list():
    text = article("Premier Omar Haddad sent a message to Prime Minister Lena Holm, and Ivo Brant, speaker of the "
                   "National Assembly, sent a message to Speaker Mira Dahl.")
    assert messages(text) == [("Ivo Brant", "Mira Dahl", "letter"), ("Omar Haddad", "Lena Holm", "letter")]
    text = article("President Omar Haddad has also written to Governor Lena Holm, and Foreign Minister Ivo Brant "
                   "has written to Senator Mira Dahl to congratulate her on her reappointment.")
    assert [(s, r) for s, r, _ in messages(text)] == [("Ivo Brant", "Mira Dahl"), ("Omar Haddad", "Lena Holm")]


def test_leaders_left_unnamed_are_no_recipient():
    text = article("President Omar Haddad and Premier Ivo Brant sent congratulatory messages to Ruritanian leaders "
                   "on the national day.",
                   "In his message to President Lena Holm, Haddad said the two countries were old friends.")
    assert messages(text) == [("Omar Haddad", "Lena Holm", "congratulation")]


def test_a_message_to_a_government_named_by_its_demonym_is_to_that_government():
    text = article("Prime Minister Ali Khan sent a message of condolence to the Turkish government over the "
                   "loss of lives in the floods.")
    assert messages(text) == [("Ali Khan", "Turkish government", "condolence")]


def test_a_letter_to_an_expo_whose_name_holds_an_and_is_a_letter_to_that_event():
    text = article("President Li Wei sent a congratulatory letter to the third China-Asia Food and Farming "
                   "Expo, which opened in the capital on Sunday.")
    assert messages(text) == [("Li Wei", "China-Asia Food and Farming Expo", "letter")]
    text = article("President Li Wei sent messages of condolence to Chile and Peru over the floods.")
    assert messages(text) == [("Li Wei", "Chile", "condolence"), ("Li Wei", "Peru", "condolence")]


def test_a_second_speaker_after_while_has_a_statement_of_his_own():
    text = article("Premier Li Wei and Prime Minister Marco Rossi exchanged congratulatory messages on the anniversary.",
                   "Li said the two countries would work together on green energy, while Rossi expressed the belief "
                   "that the anniversary would open new prospects for trade.")
    assert statements(text) == [("Li Wei", "the two countries would work together on green energy"),
                                ("Marco Rossi", "the anniversary would open new prospects for trade")]


def test_congratulated_in_messages_without_a_determiner_is_a_written_message():
    text = article("Prime Minister Ali Khan and President Omar Haddad also congratulated President Lena Holm in "
                   "messages sent to the presidential office.")
    assert messages(text) == [("Ali Khan", "Lena Holm", "congratulation"), ("Omar Haddad", "Lena Holm", "congratulation")]


def test_a_press_release_signed_off_by_an_office_and_its_state_gives_that_state():
    text = article("President Ali Khan has written to President Lena Holm to congratulate her on her election.",
                   "Foreign Minister Omar Haddad said the two countries were close partners.",
                   "MINISTRY OF FOREIGN AFFAIRS\nMALAYSIA\n2 JUNE 2025", title="PRESS RELEASE: LETTER OF CONGRATULATIONS")
    assert next(a for a in extract(text).actors if a.name == "Omar Haddad").country == "MYS"
    unsigned = article("President Ali Khan has written to President Lena Holm to congratulate her on her election.",
                       "Foreign Minister Omar Haddad said the two countries were close partners.")
    assert next(a for a in extract(unsigned).actors if a.name == "Omar Haddad").country is None


def test_four_honorifics_alone_refer_to_the_person_introduced_with_them():
    text = article("Samdech Akka Moha Thipadei Sok Dara, President of the Senate, sent a congratulatory message to "
                   "President Lena Holm on her election.",
                   "Samdech Akka Moha Thipadei also expressed the hope that both sides would expand trade and tourism.")
    assert ("Sok Dara", "both sides would expand trade and tourism") in statements(text)
