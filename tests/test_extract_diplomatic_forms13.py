"""Forms of diplomatic copy seen in Middle Eastern, European, North American and Pacific paper, agency and
broadcaster copy (an analyst's place of work in an appositive, a commander's office, ...), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_an_appositive_naming_the_speakers_firm_keeps_the_person_as_speaker():
    text = article("Omar Haddad, a risk analyst at the consultancy Brightline Partners, told the Daily Mirror that the "
                   "reply was a careful one.",
                   "Lena Duarte, an economist with Harbour Advisers, told reporters that talks would resume soon.")
    assert statements(text) == [("Omar Haddad", "the reply was a careful one"),
                                ("Lena Duarte", "talks would resume soon")]


def test_a_commander_is_an_office_before_the_name():
    text = article("Coast Guard Commander Omar Haddad spoke to reporters at the harbour on Monday.",
                   '"The next two days will decide it," he said.')
    assert statements(text) == [("Omar Haddad", "The next two days will decide it")]


def test_a_separate_letter_is_of_its_own_business_not_the_leads_occasion():
    text = article("President Amani Mugisha has congratulated Omar Haddad on his inauguration as president.",
                   "Foreign Minister Lena Duarte sent a separate letter to her counterpart, Karim Osmani, on Friday.")
    assert ("Lena Duarte", "Karim Osmani", "letter") in messages(text)


def test_in_a_congratulatory_letter_after_an_act_makes_the_act_written():
    text = article("President Amani Mugisha has congratulated Omar Haddad on his inauguration as president.",
                   "In a congratulatory letter released by the palace on Monday, Mugisha wrote that the two states "
                   "share a long border.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "congratulation")]


def test_a_message_to_a_people_named_by_its_states_adjective():
    text = article("The Secretary-General of the League, Amani Mugisha, addressed a message to the Palestinian people "
                   "on the occasion of Eid al-Fitr.")
    assert messages(text) == [("Amani Mugisha", "Palestinian people", "greeting")]
    assert actor(text, "Palestinian people").country == "PSE"


def test_similar_cables_with_no_one_named_after_go_where_the_message_they_resemble_went():
    text = article("President Amani Mugisha sent a cable of condolences on Tuesday to President Omar Haddad over the "
                   "victims of the storm.",
                   "The President also wished the injured a speedy recovery. His Highness the Crown Prince Sheikh "
                   "Karim Osmani and His Highness the Prime Minister Sheikh Lena Duarte sent similar cables.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "condolence"),
                              ("Karim Osmani", "Omar Haddad", "condolence"),
                              ("Lena Duarte", "Omar Haddad", "condolence")]


def test_a_ministers_counterpart_is_not_the_amir_named_after():
    text = article("His Highness the Amir Sheikh Amani Mugisha sent a cable of condolences to President Omar Haddad "
                   "over the storm.",
                   "Foreign Minister Karim Osmani received a phone call from his counterpart Lena Duarte, who thanked "
                   "the country for its support.",
                   "His Highness the Amir also received a cable of thanks from President Samir Awad for the aid.")
    assert ("Samir Awad", "Amani Mugisha", "thanks") in messages(text)


def test_a_source_who_asked_not_to_be_named_gives_no_statement():
    text = article("President Amani Mugisha received a cable of thanks from President Omar Haddad.",
                   "A senior official at the Development Fund, who asked not to be named, told Harbour Times the first "
                   "convoy would leave within days.",
                   "An aide, who spoke on condition of anonymity, said the visit would be short.")
    assert statements(text) == []


def test_the_presidency_is_part_of_an_office_never_of_a_name():
    text = article("President Amani Mugisha sent letters to the members of the presidency on the anniversary of "
                   "independence.",
                   "In the letters to Chairman of the Presidency Omar Haddad and members Karim Osmani and Lena Duarte, "
                   "Mugisha congratulated the people.")
    assert messages(text) == [("Amani Mugisha", "Karim Osmani", "congratulation"),
                              ("Amani Mugisha", "Lena Duarte", "congratulation"),
                              ("Amani Mugisha", "Omar Haddad", "congratulation")]


def test_replied_with_a_letter_to_someone_is_a_reply_letter():
    text = article("President Amani Mugisha sent a letter to President Omar Haddad on the anniversary of independence.",
                   "President Omar Haddad replied with a letter to Mr Mugisha on Friday.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "congratulation"),
                              ("Omar Haddad", "Amani Mugisha", "letter")]


def test_a_counterpart_then_an_office_and_a_name_is_one_recipient():
    text = article("Slovene President Omar Haddad attended the ceremony in the capital.",
                   "The President of the Senate, Lena Duarte, sent New Year greetings to her Slovene counterpart, the "
                   "Speaker of the National Council Karim Osmani.")
    assert messages(text) == [("Lena Duarte", "Karim Osmani", "greeting")]


def test_written_back_to_thank_someone_is_a_message_of_thanks():
    text = article("President Amani Mugisha has sent a message of condolence to his counterpart, Omar Haddad, after "
                   "the storm.",
                   "Mr Haddad has since written back to thank Mr Mugisha for the offer of help.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "condolence"),
                              ("Omar Haddad", "Amani Mugisha", "thanks")]


def test_a_phrase_quoted_inside_a_reported_clause_that_goes_on_is_not_a_direct_statement():
    text = article("President Amani Mugisha has sent a message of condolence to his counterpart, Omar Haddad.",
                   'In his message, Mr Mugisha said the nation stood with the islanders, "our cousins over the water", '
                   "and that engineers would fly out this week.")
    assert statements(text) == [("Amani Mugisha", 'the nation stood with the islanders, "our cousins over the water", '
                                                  "and that engineers would fly out this week")]


def test_the_chancellery_is_a_body_that_speaks_but_sources_in_it_are_no_one():
    text = article("President Amani Mugisha sent a message of condolence to President Omar Haddad.",
                   "Mugisha is due to speak to Haddad by telephone on Monday, the Federal Chancellery said.",
                   "Sources in the Chancellery said a visit was being prepared for the autumn.")
    assert statements(text) == [("Federal Chancellery", "Mugisha is due to speak to Haddad by telephone on Monday")]


def test_told_her_that_after_a_phone_call_is_what_the_minister_said():
    text = article("Foreign Minister Amani Mugisha received a phone call from his Spanish counterpart Lena Duarte, who "
                   "congratulated him on the holiday. Mugisha told her that the country rejects any move to close the "
                   "crossings.")
    assert statements(text) == [("Amani Mugisha", "the country rejects any move to close the crossings")]


def test_said_according_to_an_office_that_is_the_speakers_own_words():
    text = article("Prime Minister Amani Mugisha received a phone call from Foreign Minister Omar Haddad.",
                   "Haddad said, according to the Prime Minister's Office, that his country would double its aid.")
    assert statements(text) == [("Omar Haddad", "his country would double its aid")]


def test_a_prime_minister_of_a_government_named_before_the_comma_is_the_person_after_it():
    text = article("The Prime Minister of the Government of National Accord, Omar Haddad, received a letter from "
                   "Spanish Prime Minister Lena Duarte inviting him to a summit in Madrid.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "letter")]


def test_entrusting_an_envoy_with_a_reply_is_a_reply_letter_even_after_condolences():
    text = article("President Amani Mugisha sent a cable of condolences to President Lena Duarte over the floods.",
                   "In another development, President Mugisha sent a written message to President Omar Haddad on "
                   "bilateral relations.",
                   "Haddad also entrusted the minister with a reply message to President Mugisha.")
    assert messages(text) == [("Amani Mugisha", "Lena Duarte", "condolence"),
                              ("Amani Mugisha", "Omar Haddad", "letter"),
                              ("Omar Haddad", "Amani Mugisha", "letter")]


def test_an_envoy_entrusted_with_a_message_sends_none():
    text = article("President Amani Mugisha sent a written message to President Omar Haddad on bilateral relations.",
                   "The minister was entrusted with a reply message to President Mugisha.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "letter")]


def test_in_a_letter_of_thanks_with_no_one_named_goes_to_whoever_wrote_to_the_writer():
    text = article("President Amani Mugisha sent letters to Omar Haddad and Lena Duarte on the anniversary of "
                   "independence.",
                   "In a letter of thanks sent later in the day, Haddad said the two nations had always been friends.")
    assert ("Omar Haddad", "Amani Mugisha", "thanks") in messages(text)


def test_an_open_letter_of_unnamed_ministers_is_one_letter_per_signatory():
    text = article("Three trade ministers have written to Commission President Amani Mugisha demanding that she drop "
                   "the new tariff.",
                   "The open letter, signed by Dutch Trade Minister Omar Haddad, Sweden's Lena Duarte and Austria's "
                   "Karim Osmani and seen by reporters, argues that the plan would hurt exporters.")
    assert messages(text) == [("Karim Osmani", "Amani Mugisha", "letter"),
                              ("Lena Duarte", "Amani Mugisha", "letter"),
                              ("Omar Haddad", "Amani Mugisha", "letter")]


def test_the_city_of_an_office_post_is_not_part_of_the_name_after_it():
    text = article("The Consul General in Tabriz Omar Haddad wrote on X: \"Peace and joy to all who celebrate tonight!\"")
    assert statements(text) == [("Omar Haddad", "Peace and joy to all who celebrate tonight!")]


def test_a_department_named_by_its_portfolio_and_its_state_speaks_for_that_state():
    text = article("Prime Minister Amani Mugisha sent a message of condolence to Prime Minister Omar Haddad.",
                   "Global Affairs Canada said in an emailed statement that the aid would go to the Red Cross.",
                   "Health Canada said that two medical teams were ready to fly.")
    assert statements(text) == [("Global Affairs Canada", "the aid would go to the Red Cross"),
                                ("Health Canada", "two medical teams were ready to fly")]
    assert actor(text, "Global Affairs Canada").country == "CAN"
