"""Forms of diplomatic copy seen in African, Caribbean, South American, Asian and Pacific paper and agency copy
(a reply told as a letter of thanks, a state's government whose name holds an "and", ...), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_reply_told_as_a_letter_of_thanks_is_thanks():
    text = article("Prime Minister Amani Mugisha has written to his counterpart, Prime Minister Omar Haddad, to convey "
                   "his condolences after the floods.",
                   "On Tuesday, Haddad replied in a letter of thanks. In his reply, Haddad said the two islands "
                   "stand together.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "condolence"),
                              ("Omar Haddad", "Amani Mugisha", "thanks")]


def test_a_plain_reply_stays_a_letter():
    text = article("President Amani Mugisha sent a letter to President Omar Haddad about the new port.",
                   "In his reply, Haddad said the port would open next year.")
    assert ("Omar Haddad", "Amani Mugisha", "letter") in messages(text)


def test_the_government_of_a_state_whose_name_holds_an_and_is_one_recipient():
    text = article("Prime Minister Amani Mugisha sent a message of thanks to the Government of Antigua and Barbuda "
                   "for the relief supplies.")
    assert messages(text) == [("Amani Mugisha", "Government of Antigua and Barbuda", "thanks")]


def test_an_exchange_reported_by_a_minister_is_between_the_two_named_after_the_cue():
    text = article("President Amani Mugisha received messages of congratulations from the President of Ruritania, "
                   "Omar Haddad, on the national day.",
                   "The Foreign Minister, Lena Duarte, said that Mugisha and his counterpart, Karim Osmani, exchanged "
                   "letters last week on the railway project linking the two capitals.")
    found = messages(text)
    assert ("Amani Mugisha", "Karim Osmani", "letter") in found
    assert ("Karim Osmani", "Amani Mugisha", "letter") in found
    assert not any("Lena Duarte" in m for m in found)


def test_according_to_a_source_then_in_his_letter_the_writer_speaks():
    text = article("President Amani Mugisha met the press on Monday.",
                   "According to the Foreign Ministry, in his letter Omar Haddad said that the border would reopen "
                   "in spring.")
    assert statements(text) == [("Omar Haddad", "the border would reopen in spring")]


def test_one_unnamed_official_is_no_speaker():
    text = article("Prime Minister Amani Mugisha sent a message of sympathy to President Omar Haddad after the quake.",
                   "A senior Government official told reporters that a relief flight could leave on Friday.",
                   "A foreign ministry official, speaking on condition of anonymity, said the aid would be doubled.",
                   "Opposition Leader Karim Osmani said the response had been slow.")
    assert statements(text) == [("Karim Osmani", "the response had been slow")]


def test_a_time_opening_the_sentence_is_not_what_a_replier_said():
    text = article("Prime Minister Amani Mugisha wrote to President Omar Haddad about the storm.",
                   "By Tuesday evening, Haddad had replied in a letter.")
    assert statements(text) == []


def test_a_state_form_word_is_never_part_of_the_name_after_it():
    text = article("The Sultanate sent a message of condolence to Iran.",
                   "Spokesman for the Islamic Emirate Omar Haddad told reporters that the aid had been sent.")
    assert statements(text) == [("Omar Haddad", "the aid had been sent")]


def test_a_regional_bodys_officer_named_after_the_office_is_the_sender():
    text = article("The Prime Minister, Omar Haddad, received on Tuesday a letter of congratulations from the "
                   "Secretary-General of the Association of Southeast Asian Nations (ASEAN), Dr. Lena Duarte, on the "
                   "national day.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "congratulation")]


def test_an_office_of_a_body_with_its_acronym_before_the_name_is_the_title():
    text = article("The Prime Minister, Omar Haddad, received a letter of congratulations from the Secretary-General "
                   "of the Association of Southeast Asian Nations (ASEAN), Dr. Lena Duarte, on the national day.",
                   "In the letter, the ASEAN Secretary-General said that the region would stand by the new state.")
    assert actor(text, "Lena Duarte").title == "Secretary-General of the Association of Southeast Asian Nations (ASEAN)"
    assert statements(text) == [("Lena Duarte", "the region would stand by the new state")]


def test_assuring_him_that_after_a_written_act_is_what_the_writer_said():
    text = article("President Omar Haddad received a letter of congratulations from King Karim Osmani on the national "
                   "day.",
                   "Haddad thanked Osmani in a reply letter, assuring him that the new port would be open to his "
                   "ships.")
    assert statements(text) == [("Omar Haddad", "the new port would be open to his ships")]


def test_an_unhyphenated_secretary_general_before_the_name_is_the_title():
    text = article("In addition, the Secretary General of the Pacific Islands Forum, Dame Lena Duarte, sent a message of "
                   "congratulations to President Omar Haddad.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "congratulation")]
    assert actor(text, "Lena Duarte").title == "Secretary General of the Pacific Islands Forum"


def test_wrote_separately_to_someone_is_a_message_and_no_statement():
    text = article("President Amani Mugisha sent a congratulatory message to Prime Minister Omar Haddad on his election.",
                   "Foreign Minister Lena Duarte wrote separately to her new counterpart, Karim Osmani, to congratulate "
                   "him on taking office.")
    assert ("Lena Duarte", "Karim Osmani", "congratulation") in messages(text)
    assert statements(text) == []


def test_a_role_noun_saying_in_the_letter_is_its_writer_not_the_recipient():
    text = article("General Amani Mugisha has sent a letter of felicitations to the new Prime Minister, Omar Haddad.",
                   "According to the state newspaper, the military leader said in the letter that the two states "
                   "would deepen their trade.")
    assert statements(text) == [("Amani Mugisha", "the two states would deepen their trade")]


def test_a_body_with_its_acronym_opening_a_later_paragraph_is_no_dateline():
    text = article("General Amani Mugisha has sent a letter of felicitations to the new Prime Minister, Omar Haddad.",
                   "The National Unity Government (NUG) also wrote to Haddad.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "congratulation"),
                              ("National Unity Government", "Omar Haddad", "congratulation")]


def test_a_body_described_by_a_lower_case_adjective_is_the_body():
    text = article("General Amani Mugisha has sent a letter of felicitations to the new Prime Minister, Omar Haddad.",
                   "The exiled National Unity Government also wrote to Haddad.")
    assert ("National Unity Government", "Omar Haddad", "congratulation") in messages(text)


def test_an_offices_press_wing_after_the_clause_is_its_speaker():
    text = article("President Amani Mugisha sent a condolence message to President Karim Osmani on Thursday, the "
                   "President's press wing said.")
    assert statements(text) == [("President's press wing",
                                 "President Amani Mugisha sent a condolence message to President Karim Osmani on "
                                 "Thursday")]


def test_a_government_writing_through_its_ministry_is_the_ministrys_letter_and_what_it_confirms():
    text = article("Prime Minister Amani Mugisha has received congratulatory messages from regional leaders on the "
                   "national day.",
                   "Meanwhile, the Government through the Ministry of Foreign Affairs and International Cooperation has "
                   "written to the Regional Fisheries Secretariat confirming that the capital will host the talks in May.")
    assert messages(text) == [("Ministry of Foreign Affairs and International Cooperation", "Regional Fisheries Secretariat", "letter")]
    assert statements(text) == [("Ministry of Foreign Affairs and International Cooperation", "the capital will host the talks in May")]


def test_a_quotation_cued_reads_the_message_is_the_writers():
    text = article("President Amani Mugisha addressed a message of congratulations to his counterpart Omar Haddad on "
                   "the national day.",
                   "Mugisha said that the two states would widen their trade.",
                   '"Our two peoples rejoice together. The road ahead is shared," reads part of the message.')
    assert statements(text) == [("Amani Mugisha", "the two states would widen their trade"),
                                ("Amani Mugisha", "Our two peoples rejoice together. The road ahead is shared")]


def test_a_house_of_peoples_representatives_names_no_one():
    text = article("President Amani Mugisha sent a message of congratulations to President Omar Haddad on his election.",
                   "On the same day, the Speaker of the House of Peoples' Representatives, Lena Duarte, sent a letter to "
                   "the Speaker of the National Assembly, Karim Osmani, inviting her to a forum.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "congratulation"),
                              ("Lena Duarte", "Karim Osmani", "letter")]
    assert actor(text, "Lena Duarte").title == "Speaker of the House of Peoples' Representatives"


def test_a_states_condolences_told_in_sum_before_its_leaders_messages_are_no_message():
    text = article("Portugal has conveyed its deep condolences to Japan over the loss of lives in the floods.",
                   "President Amani Mugisha sent a condolence message to Prime Minister Omar Haddad on Thursday.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "condolence")]


def test_sayed_opening_a_south_asian_name_is_part_of_it():
    text = article("The Islamic Emirate sent a message of condolence to Iran after the quake.",
                   '"The aid shows goodwill across the border," said Sayed Karim Osmani, a political analyst.')
    assert statements(text) == [("Sayed Karim Osmani", "The aid shows goodwill across the border")]
