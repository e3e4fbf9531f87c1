"""Forms of diplomatic copy seen in British, Irish, continental European, Southeast and South Asian paper copy
(a reply told with a time of day, a reply "in a letter", a reply not yet sent, ...), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_reply_on_a_weekday_morning_with_a_letter_of_thanks_goes_back_to_the_writer():
    text = article("Ruritanian President Amani Mugisha has written to Japanese Prime Minister Hiroshi Tanabe to "
                   "offer condolences after a storm struck the coast.",
                   "Tanabe replied on Tuesday morning with a brief letter of thanks.")
    assert ("Hiroshi Tanabe", "Amani Mugisha", "thanks") in messages(text)


def test_a_reply_within_hours_in_a_letter_goes_back_to_the_writer():
    text = article("Interior Minister Amani Mugisha has written to her Japanese counterpart, Hiroshi Tanabe, to "
                   "demand tighter checks at the border.",
                   "Mr Tanabe replied within hours in a letter that his ministry later made public.")
    assert ("Hiroshi Tanabe", "Amani Mugisha", "letter") in messages(text)


def test_a_reply_not_yet_sent_is_no_message():
    text = article("Interior Minister Amani Mugisha has written to Japanese Prime Minister Hiroshi Tanabe over a "
                   "fishing dispute.",
                   "Tanabe has not yet replied.")
    found = messages(text)
    assert ("Amani Mugisha", "Hiroshi Tanabe", "letter") in found
    assert not [m for m in found if m[0] == "Hiroshi Tanabe"]


def test_a_clause_with_its_own_verb_before_and_is_not_a_joint_sender():
    text = article("The talks come at a difficult time.",
                   "Finance Minister Lena Okafor opposes the plan to cap the common fund, and Prime Minister Hiroshi "
                   "Tanabe wrote to Chancellor Amani Mugisha last week to propose a joint review.")
    found = messages(text)
    assert ("Hiroshi Tanabe", "Amani Mugisha", "letter") in found
    assert [m for m in found if m[1] == "Amani Mugisha"] == [("Hiroshi Tanabe", "Amani Mugisha", "letter")]


def test_a_reply_assuring_the_writer_by_name_goes_back_to_him():
    text = article("Foreign Minister Amani Mugisha has written to his Japanese counterpart, Hiroshi Tanabe, over "
                   "the detention of nine sailors.",
                   "Tanabe replied on Monday, assuring Mugisha that the sailors were safe.")
    assert ("Hiroshi Tanabe", "Amani Mugisha", "letter") in messages(text)


def test_a_reply_thanking_the_writer_is_a_thanks():
    text = article("Prime Minister Amani Mugisha on Monday sent Diwali greetings to his Japanese counterpart "
                   "Hiroshi Tanabe.",
                   "Tanabe wrote back on Tuesday, thanking Mugisha for the greetings.")
    assert ("Hiroshi Tanabe", "Amani Mugisha", "thanks") in messages(text)


def test_a_reply_on_disaster_preparedness_after_thanks_for_relief_is_a_letter():
    text = article("President Amani Mugisha sent a message of thanks to Prime Minister Hiroshi Tanabe on Monday "
                   "for the aid Japan sent after the floods.",
                   "Tanabe replied on Wednesday, expressing the hope that the two countries would work together on "
                   "disaster preparedness.")
    assert ("Hiroshi Tanabe", "Amani Mugisha", "letter") in messages(text)


def test_the_head_of_an_international_body_wishing_success_in_a_roundup_sent_a_message():
    text = article("Prime Minister Hiroshi Tanabe has received messages of congratulations from leaders across "
                   "Asia following his re-election on Sunday.",
                   "Ruritanian President Amani Mugisha wrote that she looked forward to working with him.",
                   "United Nations Secretary-General Lena Okafor wished Mr Tanabe every success in his new term.")
    found = messages(text)
    assert ("Amani Mugisha", "Hiroshi Tanabe", "congratulation") in found
    assert ("Lena Okafor", "Hiroshi Tanabe", "congratulation") in found


def test_a_message_to_a_states_parliament_named_by_its_adjective_goes_to_that_body():
    text = article("President Amani Mugisha sent a letter of condolence to Prime Minister Hiroshi Tanabe after the "
                   "floods.",
                   "Speaker Lena Okafor also sent a message of sympathy to the Japanese Parliament.")
    assert ("Lena Okafor", "Japanese Parliament", "condolence") in messages(text)


def test_an_official_who_did_not_wish_to_be_named_gives_no_statement():
    text = article("Foreign Minister Hiroshi Tanabe wrote to his counterpart on Monday.",
                   "An official of the Ruritanian Embassy in Tokyo, who did not wish to be named, said the note was "
                   "under review.")
    assert statements(text) == []


def test_a_reply_told_by_wrote_back_is_no_statement_but_wrote_back_that_is():
    lead = "Prime Minister Amani Mugisha sent Diwali greetings to his counterpart Hiroshi Tanabe."
    assert statements(article(lead, "Tanabe wrote back on Tuesday, thanking Mugisha for the greetings.")) == []
    assert statements(article(lead, "Tanabe wrote back that the two nations were friends.")) == [
        ("Hiroshi Tanabe", "the two nations were friends")]


def test_a_states_ministry_in_lower_case_after_its_possessive_speaks():
    text = article("President Amani Mugisha sent a message of condolence to the Japanese people.",
                   "Italy's interior ministry said it would send a patrol vessel to help with the search.")
    assert statements(text) == [("Italy's interior ministry", "it would send a patrol vessel to help with the search")]
    assert actor(text, "Italy's interior ministry").country == "ITA"


def test_a_hyphenated_military_rank_is_no_part_of_the_name():
    text = article("Army spokesperson Maj-Gen Zaw Min Htike said the talks had failed.",
                   "Lt-Gen Hla Tun Oo said the border was calm.")
    assert statements(text) == [("Zaw Min Htike", "the talks had failed"), ("Hla Tun Oo", "the border was calm")]


def test_according_to_him_after_a_named_speaker_is_his_reported_statement():
    text = article("The dispute is an old one, said Pierre Dumas, a researcher at a Geneva institute.",
                   "According to him, the letters are mainly a signal to the markets.")
    assert ("Pierre Dumas", "the letters are mainly a signal to the markets") in statements(text)


def test_a_body_named_by_its_acronym_then_what_it_is_speaks():
    text = article("President Amani Mugisha sent a message of condolence to the Japanese people.",
                   "Traffic was disrupted on Thursday, and the KRX rail operator said replacement buses would run "
                   "until Monday.")
    assert statements(text) == [("KRX", "replacement buses would run until Monday")]
