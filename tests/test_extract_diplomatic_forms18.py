"""Forms of diplomatic copy seen in Chinese, South Asian, Southeast Asian, Gulf, Israeli and North African paper
copy (a dateline in title case with a colon, a reply "to both leaders", ...), each on a short example written for
these tests."""
from __future__ import annotations

from extract_helpers import article, messages, statements


def test_a_title_case_city_and_a_colon_open_the_lede_as_a_dateline_not_as_a_sender():
    text = article("Kuala Lumpur: Emir Sheikh Rashid bin Omar Al Mansour has sent a cable of congratulations to President "
                   "Amani Mugisha of Ruritania on the occasion of his country's Independence Day.")
    found = messages(text)
    assert ("Rashid bin Omar Al Mansour", "Amani Mugisha", "congratulation") in found
    assert all(sender != "Kuala Lumpur" for sender, _, _ in found)


def test_a_reply_written_back_to_both_leaders_on_a_day_thanking_them_is_thanks_to_each_who_wrote():
    text = article("Prime Minister Omar Haddad has received New Year greetings from the leaders of Ruritania and Japan.",
                   "In his message, Ruritanian President Amani Mugisha said the two nations were old friends. "
                   "Japanese Prime Minister Hiroshi Tanabe wished the people of the country a happy new year.",
                   "Haddad wrote back to both leaders on Tuesday, thanking them for their kind words.")
    found = messages(text)
    assert ("Omar Haddad", "Amani Mugisha", "thanks") in found
    assert ("Omar Haddad", "Hiroshi Tanabe", "thanks") in found


def test_a_quotation_cued_by_wrote_to_after_a_thanks_letter_is_that_letter_whatever_it_quotes():
    text = article("Prime Minister Omar Haddad has received New Year greetings from Ruritanian President Amani Mugisha.",
                   "Haddad wrote back to Mugisha on Tuesday, thanking him for his kind words. "
                   "\"Every New Year brings our peoples closer,\" he wrote to Mr Mugisha.")
    found = messages(text)
    assert ("Omar Haddad", "Amani Mugisha", "thanks") in found
    assert ("Omar Haddad", "Amani Mugisha", "greeting") not in found


def test_a_message_to_the_people_of_a_foreign_state_goes_to_that_people():
    text = article("President Omar Haddad sent a message of condolence to the people of Japan after the "
                   "earthquake in the north of the country.")
    assert ("Omar Haddad", "people of Japan", "condolence") in messages(text)


def test_a_minister_who_also_wrote_to_a_counterpart_of_the_condoled_state_offering_help_sent_condolences():
    text = article("Jakarta. President Omar Haddad sent a message of condolence to the people of Japan after the "
                   "earthquake in the north of the country.",
                   "Foreign Minister Lina Haddad also wrote to her Japanese counterpart, Hiroshi Tanabe, offering "
                   "the help of rescue teams.")
    assert ("Lina Haddad", "Hiroshi Tanabe", "condolence") in messages(text)


def test_a_minister_who_also_wrote_to_a_counterpart_of_that_state_proposing_talks_sent_a_plain_letter():
    text = article("Jakarta. President Omar Haddad sent a message of condolence to the people of Japan after the "
                   "earthquake in the north of the country.",
                   "Foreign Minister Lina Haddad also wrote to her Japanese counterpart, Hiroshi Tanabe, proposing "
                   "to hold the next round of trade talks in Osaka.")
    assert ("Lina Haddad", "Hiroshi Tanabe", "letter") in messages(text)


def test_a_leader_who_responded_on_a_day_with_a_letter_of_thanks_to_someone_sent_him_thanks():
    text = article("President Omar Haddad sent a message of condolence to Japanese Prime Minister Hiroshi Tanabe after "
                   "the earthquake.",
                   "Tanabe responded on Friday with a letter of thanks to Haddad, saying that Japan would not forget.")
    assert ("Hiroshi Tanabe", "Omar Haddad", "thanks") in messages(text)


def test_a_letter_sent_on_a_day_proposing_a_project_keeps_its_own_kind_in_a_roundup_of_congratulations():
    text = article("President Omar Haddad received congratulatory messages from several leaders on the 50th "
                   "anniversary of independence, the presidency said.",
                   "Ruritanian President Amani Mugisha said in his message that the two nations were old friends.",
                   "Haddad also sent a letter to the Italian government on Saturday proposing a joint fund for "
                   "young farmers.")
    found = messages(text)
    assert ("Omar Haddad", "Italian government", "letter") in found
    assert ("Omar Haddad", "Italian government", "congratulation") not in found


def test_the_khmer_honorific_vibol_sena_pheakdei_is_no_part_of_the_name():
    text = article("Senate President Samdech Vibol Sena Pheakdei Sok Vanna sent a message of sympathy to the President "
                   "of the House of Councillors of Japan, Yumiko Sato.")
    assert ("Sok Vanna", "Yumiko Sato", "condolence") in messages(text)


def test_the_filipino_ma_after_a_given_name_is_part_of_the_name_and_ends_no_sentence():
    text = article("House Speaker Jose Ma. Santillan sent a letter of sympathy to the National Assembly of Vietnam "
                   "after the typhoon.",
                   "\"We grieve with our neighbours,\" Santillan wrote.")
    assert ("Jose Ma. Santillan", "National Assembly of Vietnam", "condolence") in messages(text)
    assert ("Jose Ma. Santillan", "We grieve with our neighbours") in statements(text)


def test_a_letter_written_to_someone_to_protest_an_act_names_no_party_after_its_purpose():
    text = article("Foreign Secretary Lina Haddad has written to Chinese Foreign Minister Wei Zhongming to protest the "
                   "use of water cannon against a fishing boat near Scarborough Shoal.")
    assert messages(text) == [("Lina Haddad", "Wei Zhongming", "letter")]


def test_a_chinese_surname_that_is_also_a_malay_honorific_opens_the_name_and_is_its_short_form():
    text = article("Yang Mingde, a research fellow at the Institute of Pacific Studies, told the Global Times that the "
                   "timely messages show that Beijing values its Pacific friends.",
                   "Some Western media outlets have hyped up the region's rivalries, Yang said.")
    found = statements(text)
    assert ("Yang Mingde", "the timely messages show that Beijing values its Pacific friends") in found
    assert ("Yang Mingde", "Some Western media outlets have hyped up the region's rivalries") in found


def test_a_body_that_did_not_say_or_declined_to_say_makes_no_statement():
    text = article("Foreign Secretary Lina Haddad has written to Chinese Foreign Minister Wei Zhongming to protest the "
                   "boarding of a fishing boat.",
                   "The Department of Foreign Affairs did not say whether Beijing had replied. The Chinese Embassy "
                   "declined to say when the crew would be released. The Chinese Embassy did not immediately say "
                   "whether the boat had left the area.")
    assert statements(text) == []


def test_the_ministry_is_the_body_named_before_with_its_states_name_before_the_head_noun():
    text = article("Separately, the UAE Ministry of Foreign Affairs sent a message of sympathy to the Government of "
                   "Ruritania over the floods.",
                   "The ministry said in its message that the country stands with Ruritania in this difficult time.")
    assert ("UAE Ministry of Foreign Affairs", "the country stands with Ruritania in this difficult time") in statements(text)


def test_a_president_cited_according_to_his_states_presidency_writes_for_that_state_in_a_roundup():
    text = article("TUNIS -- Tunisian President Omar Haddad received congratulatory messages from several leaders on the "
                   "anniversary of independence, the presidency said.",
                   "According to the Egyptian presidency, President Karim Mansour affirmed in his cable that Cairo "
                   "supported the efforts of its neighbour.")
    assert ("Karim Mansour", "Omar Haddad", "congratulation") in messages(text)
