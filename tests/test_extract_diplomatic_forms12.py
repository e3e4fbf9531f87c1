"""Forms of diplomatic copy seen in Caribbean, Andean, Gulf, Irish, Malaysian, Philippine, Vietnamese and Japanese
paper, agency and broadcaster copy (asides inside a roundup's opening, acts after "for his part", a body's name in
its own language, ...), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_relative_aside_after_a_roundups_messages_does_not_hide_the_group_of_leaders():
    text = article("Governor-General Amani Mugisha received many messages on the country's national day.",
                   "In their messages to Governor-General Mugisha, which were published by the Palace on Monday, "
                   "leaders praised the country's record on renewable energy.",
                   "Mexican President Omar Haddad said the two peoples shared a long history.")
    assert messages(text) == [("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_a_joint_message_in_which_they_pledged_in_a_roundup_goes_to_the_roundups_recipient():
    text = article("Messages of congratulations arrived from many capitals as Belize marked its national day.",
                   "In their messages to President Amani Mugisha, leaders praised the country's record.",
                   "Mexican President Omar Haddad said the two peoples shared a long history.",
                   "Chilean President Lena Duarte and Vice President Karim Osmani sent a joint message in which they "
                   "pledged to finish the new port.")
    assert messages(text) == [("Karim Osmani", "Amani Mugisha", "congratulation"),
                              ("Lena Duarte", "Amani Mugisha", "congratulation"),
                              ("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_has_since_written_to_someone_to_thank_him_is_a_message_of_thanks():
    text = article("President Amani Mugisha has since written to President Omar Haddad to thank him for the relief "
                   "flights sent after the floods.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "thanks")]


def test_best_wishes_after_for_his_part_in_a_roundup_are_a_message():
    text = article("Mexican President Amani Mugisha received congratulatory messages from several heads of state on "
                   "the occasion of the national day.",
                   "Chilean President Omar Haddad, for his part, expressed his best wishes for the well-being of the "
                   "Mexican people.")
    assert messages(text) == [("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_a_bodys_own_name_in_brackets_is_an_alias_not_part_of_its_name():
    text = article("President Amani Mugisha received congratulatory messages from several heads of state, the "
                   "Ministry of Foreign Affairs (Itamaraty) reported.")
    assert [speaker for speaker, _ in statements(text)] == ["Ministry of Foreign Affairs"]
    assert "Itamaraty" in actor(text, "Ministry of Foreign Affairs").aliases


def test_affirming_that_after_an_act_is_what_the_actor_said():
    text = article("President Amani Mugisha received a cable of congratulations from President Omar Haddad.",
                   "In his cable, President Haddad expressed his warm congratulations to the people, affirming that the "
                   "ties between the two states would keep growing.")
    assert statements(text) == [("Omar Haddad", "the ties between the two states would keep growing")]


def test_the_senate_president_is_an_office_before_the_name():
    text = article("Senate President Amani Mugisha received a letter of thanks from Speaker Omar Haddad for hosting "
                   "the regional assembly.")
    assert messages(text) == [("Omar Haddad", "Amani Mugisha", "thanks")]


def test_officials_or_traders_somewhere_are_an_unnamed_group_not_the_body_or_the_place():
    text = article("President Amani Mugisha sent a message of condolence to President Omar Haddad over the floods.",
                   "Officials at the Ministry of Transport said the bridge would reopen within a month.",
                   "Fish traders in Port Louis, however, said the storm had emptied the markets.")
    assert statements(text) == []


def test_the_taoiseach_is_an_office_not_part_of_the_name():
    text = article("Taoiseach Amani Mugisha has sent a letter of condolence to President Omar Haddad over the floods.",
                   "In the letter, Mr Mugisha said Ireland would send relief teams within days.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "condolence")]
    assert statements(text) == [("Amani Mugisha", "Ireland would send relief teams within days")]


def test_what_a_letter_urges_is_not_its_occasion():
    text = article("Prime Minister Amani Mugisha has written to President Omar Haddad urging him to delay the vote on "
                   "the reform until the victims' families have been heard.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "letter")]


def test_the_recipient_of_a_letter_who_replied_wrote_back_to_its_writer():
    text = article("Prime Minister Amani Mugisha has written to Prime Minister Omar Haddad urging him to reopen the "
                   "border crossing.",
                   "Mr Haddad replied on Friday. In his letter, he said the crossing would reopen next month.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "letter"), ("Omar Haddad", "Amani Mugisha", "letter")]
    assert statements(text) == [("Omar Haddad", "the crossing would reopen next month")]


def test_a_whole_quotation_right_after_said_is_direct_speech():
    text = article("Asked about the talks, Prime Minister Amani Mugisha said \"every option remains open to us\", adding "
                   "that the cabinet would meet on Monday.")
    assert statements(text) == [("Amani Mugisha", "every option remains open to us"),
                                ("Amani Mugisha", "the cabinet would meet on Monday")]


def test_a_quoted_phrase_inside_a_clause_after_said_is_no_quotation_of_its_own():
    text = article("Prime Minister Amani Mugisha said \"strategic patience\" was needed with the neighbours.")
    assert statements(text) == [("Amani Mugisha", "\"strategic patience\" was needed with the neighbours")]


def test_named_leaders_who_sent_the_messages_on_a_day_after_a_group_lead_each_sent_one():
    text = article("Belize's top leaders have sent messages of condolence to President Omar Haddad after the earthquake.",
                   "Governor-General Amani Mugisha and Prime Minister Lena Duarte sent the messages on Friday, the "
                   "Ministry of Foreign Affairs said.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "condolence"),
                              ("Lena Duarte", "Omar Haddad", "condolence")]


def test_undersecretary_is_an_office_before_the_name():
    text = article("President Amani Mugisha has sent a letter of thanks to President Omar Haddad for the relief flights.",
                   "\"The President signed the letter himself and wanted Accra to know it,\" Press Officer "
                   "Undersecretary Lena Duarte said.")
    assert ("Lena Duarte", "The President signed the letter himself and wanted Accra to know it") in statements(text)


def test_a_body_whose_name_has_an_and_before_its_acronym_is_one_recipient():
    text = article("Red Cross Chairman Amani Mugisha sent a letter of appreciation to the International Federation of "
                   "Red Cross and Red Crescent Societies (IFRC), which released emergency funds.")
    assert messages(text) == [("Amani Mugisha", "International Federation of Red Cross and Red Crescent Societies",
                               "thanks")]


def test_the_president_without_a_state_is_the_one_titled_so_not_a_foreign_president():
    text = article("President Amani Mugisha has sent letters of thanks to Japanese Prime Minister Omar Haddad and South "
                   "Korean President Lena Duarte for the typhoon aid.",
                   "According to the Palace, the President wrote that the aid reached the hardest-hit towns within days.")
    assert statements(text)[-1] == ("Amani Mugisha", "the aid reached the hardest-hit towns within days")


def test_greetings_to_some_and_a_separate_letter_to_another_are_two_kinds():
    text = article("President Amani Mugisha sent Eid greetings to Prime Minister Omar Haddad and a separate letter to "
                   "Secretary-General Lena Duarte, in which he called for a stronger response to the crisis.")
    assert messages(text) == [("Amani Mugisha", "Lena Duarte", "letter"), ("Amani Mugisha", "Omar Haddad", "greeting")]


def test_a_lower_case_office_before_the_title_and_name_still_names_the_speaker():
    text = article("President Amani Mugisha sent Eid greetings to Prime Minister Omar Haddad.",
                   "\"The President believes the feast is a moment for reconciliation,\" presidential media office head "
                   "Lena Duarte told the Daily Courier on Saturday.")
    assert ("Lena Duarte", "The President believes the feast is a moment for reconciliation") in statements(text)


def test_the_conference_of_the_parties_in_a_city_is_the_conference():
    text = article("Prime Minister Amani Mugisha last year sent a message to the Conference of the Parties in Belem, in "
                   "which he urged rich countries to keep their pledges.")
    assert messages(text) == [("Amani Mugisha", "Conference of the Parties", "letter")]


def test_she_added_after_according_to_someone_is_that_someone():
    text = article("President Amani Mugisha has sent letters of thanks to Prime Minister Omar Haddad for the typhoon aid.",
                   "\"The President signed the letters himself,\" Press Officer Lena Duarte said.",
                   "According to Duarte, the President wrote that the aid reached the hardest-hit towns within days.",
                   "She added that the President also thanked the rescue teams for their work.")
    assert statements(text)[-2:] == [("Amani Mugisha", "the aid reached the hardest-hit towns within days"),
                                     ("Lena Duarte", "the President also thanked the rescue teams for their work")]


def test_the_tanaiste_said_is_the_one_so_titled():
    text = article("Tánaiste Amani Mugisha sent a letter of condolence to Foreign Minister Omar Haddad over the floods.",
                   "The Tánaiste said Ireland would send rescue teams.")
    assert statements(text) == [("Amani Mugisha", "Ireland would send rescue teams")]


def test_a_standfirst_role_before_anyone_is_named_is_the_person_named_next():
    text = article("The Chilean president says Santiago stands firmly with Lima as rescue teams search the flooded valleys.",
                   "Chilean President Amani Mugisha has sent a letter of condolence to his Peruvian counterpart Omar "
                   "Haddad after the floods.")
    assert statements(text) == [("Amani Mugisha", "Santiago stands firmly with Lima")]


def test_as_well_as_in_what_someone_says_is_part_of_it():
    text = article("President Amani Mugisha has sent a letter of condolence to President Omar Haddad after the floods.",
                   "Mugisha says Chile will send doctors as well as engineers to the valleys.")
    assert statements(text) == [("Amani Mugisha", "Chile will send doctors as well as engineers to the valleys")]
