"""Forms of wire copy met in the ninth blind set (roundups opened by the act itself rather than by
"sent messages to"), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_roundup_opened_by_leaders_who_congratulated_someone():
    text = article("Regional leaders have congratulated President Ana Lopes on her election victory.",
                   "Samoan Prime Minister Tui Vaai said the result showed the strength of democracy in the region.")
    assert messages(text) == [("Tui Vaai", "Ana Lopes", "congratulation")]


def test_a_roundup_opened_by_leaders_who_sent_messages_congratulating_someone():
    text = article("Leaders of friendly nations have sent messages congratulating President Ana Lopes on her victory.",
                   "Samoan Prime Minister Tui Vaai said the result showed the strength of democracy in the region.")
    assert messages(text) == [("Tui Vaai", "Ana Lopes", "congratulation")]


def test_a_leader_speaking_in_a_public_statement_sent_no_roundup_message():
    text = article("Regional leaders have congratulated President Ana Lopes on her election victory.",
                   "Samoan Prime Minister Tui Vaai said the result showed the strength of democracy in the region.",
                   "Fijian President Dr Hana Kel said in a statement that the bloc would support the new government.")
    assert messages(text) == [("Tui Vaai", "Ana Lopes", "congratulation")]


def test_in_a_roundup_a_message_sent_to_no_one_named_went_to_the_person_congratulated():
    text = article("Regional leaders have congratulated President Ana Lopes on her election victory.",
                   "Samoan Prime Minister Tui Vaai also sent a congratulatory message.",
                   "Tongan Prime Minister Sione Lata and Nauruan President Eli Dowa sent messages of congratulations, "
                   "according to the ministry.")
    assert messages(text) == [("Eli Dowa", "Ana Lopes", "congratulation"), ("Sione Lata", "Ana Lopes", "congratulation"),
                              ("Tui Vaai", "Ana Lopes", "congratulation")]


def test_outside_a_roundup_a_message_sent_to_no_one_named_is_none():
    text = article("Samoan Prime Minister Tui Vaai also sent a congratulatory message.")
    assert messages(text) == []


def test_the_most_hon_and_rt_hon_are_forms_of_address():
    text = article("Prime Minister, the Most Hon. Ana Lopes, said that the country was proud.",
                   "The Rt Hon. Tui Vaai said that the region was proud.")
    assert actor(text, "Ana Lopes").title == "Prime Minister"
    assert actor(text, "Tui Vaai").aliases == ["Rt Hon. Tui Vaai"]


def test_in_a_roundup_the_role_noun_of_the_person_congratulated_is_that_person():
    text = article("Prime Minister, the Most Hon. Ana Lopes, has received messages of congratulations from heads of state.",
                   "Tongan Prime Minister, Dr. Sione Lata, said in his message that the peoples were friends.",
                   "Secretary-General of the Forum, Eli Dowa, in a message to the Prime Minister, said the region was proud.")
    assert messages(text) == [("Eli Dowa", "Ana Lopes", "congratulation"), ("Sione Lata", "Ana Lopes", "congratulation")]


def test_a_form_of_address_before_an_office_names_its_holder():
    text = article("Doha, March 2 (QNA) - HH the Amir Sheikh Hamad bin Ali Al-Thani received a letter from HE President "
                   "of the Republic of Ghana Kofi Mensah.",
                   "HH the Amir sent a cable of congratulations to HE President of the Republic of Ghana on the national day.")
    assert ("Hamad bin Ali Al-Thani", "Kofi Mensah", "congratulation") in messages(text)


def test_the_bare_office_is_not_its_deputy():
    text = article("Doha, March 2 (QNA) - HH the Amir Sheikh Hamad bin Ali Al-Thani sent a cable of congratulations to "
                   "President Kofi Mensah of Ghana on the national day.",
                   "HH the Deputy Amir Sheikh Saud bin Ali Al-Thani sent a similar cable to President Kofi Mensah.",
                   "HH the Amir also sent a cable of condolences to President Ama Boateng of Togo over the floods.")
    assert ("Hamad bin Ali Al-Thani", "Ama Boateng", "condolence") in messages(text)


def test_an_office_named_without_a_state_is_the_dateline_states():
    text = article("Doha, March 2 (QNA) - HH the Amir Sheikh Hamad bin Ali Al-Thani sent a cable of congratulations to "
                   "HH Sheikh Nasser Al-Sabah, Amir of the State of Kuwait, on the national day.",
                   "HH the Amir also sent a cable of condolences to President Ama Boateng of Togo over the floods.")
    assert ("Hamad bin Ali Al-Thani", "Ama Boateng", "condolence") in messages(text)


def test_a_legislatures_own_name_ends_the_title_not_opens_the_name():
    text = article("Speaker of the State Duma Ivan Petrov sent a congratulatory message to President Ana Lopes.",
                   "Chairman of the Senate of the Oliy Majlis Rustam Aliev sent a congratulatory message to President Ana Lopes.")
    assert messages(text) == [("Ivan Petrov", "Ana Lopes", "congratulation"),
                              ("Rustam Aliev", "Ana Lopes", "congratulation")]


def test_the_new_office_holder_is_the_office_holder():
    text = article("President Ana Lopes sent a letter to Pope Leo congratulating him on his election.",
                   "Governor Tui Vaai also sent a congratulatory letter to the new Pope.")
    assert ("Tui Vaai", "Leo", "congratulation") in messages(text)


def test_cables_of_two_kinds_are_two_messages():
    text = article("King Omar sent cables of condolence and congratulations to Sheikh Ali Hamad on the death of his "
                   "brother and his accession.")
    assert messages(text) == [("Omar", "Ali Hamad", "condolence"), ("Omar", "Ali Hamad", "congratulation")]


def test_similar_cables_of_two_kinds_are_two_messages():
    text = article("King Omar sent a cable of congratulations to Sheikh Ali Hamad on his accession.",
                   "Crown Prince Saud bin Omar sent similar cables of condolence and congratulations to Sheikh Ali Hamad.")
    assert ("Saud bin Omar", "Ali Hamad", "condolence") in messages(text)
    assert ("Saud bin Omar", "Ali Hamad", "congratulation") in messages(text)


def test_an_aside_naming_the_envoy_does_not_take_the_subjects_place():
    text = article("Regional leaders have congratulated President Ana Lopes on her victory.",
                   "Tongan Prime Minister Sione Lata, in a letter delivered by his envoy to the islands, Mr Eli Dowa, "
                   "expressed the hope that the two countries would grow closer.")
    assert statements(text) == [("Sione Lata", "the two countries would grow closer")]
    assert messages(text) == [("Sione Lata", "Ana Lopes", "congratulation")]


def test_a_message_to_the_people_addressed_to_a_person_is_to_that_person():
    text = article("Queen Ana has sent a message of congratulations to the people of Fiji on the anniversary of independence.",
                   "The message, addressed to the Governor-General, His Excellency the Most Hon. Sir Tui Vaai, was read "
                   "at the gala.")
    assert messages(text) == [("Ana", "Tui Vaai", "congratulation")]


def test_in_a_roundup_a_lower_case_role_noun_is_the_person_congratulated():
    text = article("Regional leaders have congratulated candidate Ana Lopes on her victory in the presidential election.",
                   "King Omar of Tonga conveyed his congratulations in a message to the president-elect.")
    assert messages(text) == [("Omar", "Ana Lopes", "congratulation")]


def test_a_congratulatory_note_between_ministries_is_a_message():
    text = article("The Ministry of Foreign Affairs of Fiji sent a congratulatory note to the Ministry of Foreign Affairs "
                   "of Tonga on the national day.")
    assert messages(text) == [("Ministry of Foreign Affairs of Fiji", "Ministry of Foreign Affairs of Tonga",
                               "congratulation")]


def test_taking_note_is_no_message():
    text = article("President Ana Lopes took note of the proposal sent to Prime Minister Tui Vaai.")
    assert messages(text) == []


def test_the_outlet_of_the_dateline_reporting_is_no_speaker():
    text = article("Suva, May 2, 2021 (FNA) President Ana Lopes has congratulated Prime Minister Tui Vaai on his victory.",
                   "The Fiji News Agency (FNA) reports that the message was issued by the office of the President.",
                   "Tui Vaai said that he was grateful.")
    assert statements(text) == [("Tui Vaai", "he was grateful")]


def test_the_crown_prince_named_in_an_appositive_list_of_offices():
    text = article("His Royal Highness Prince Saud bin Omar, Crown Prince, Deputy Prime Minister and Minister of Defense, "
                   "sent a cable of condolence to the Emir of Kuwait, Sheikh Ali Hamad.",
                   "In his cable, the Crown Prince said that the late Emir will be remembered.")
    assert statements(text) == [("Saud bin Omar", "the late Emir will be remembered")]


def test_bhutans_lyonchhoen_is_its_prime_minister():
    text = article("Thimphu, May 2 (Kuensel) Lyonchhoen Dorji Wangdi wrote to Prime Minister Ram Thapa of Nepal.",
                   "The Prime Minister said in the letter that Bhutan would send doctors.")
    assert actor(text, "Dorji Wangdi").title == "Lyonchhoen"
    assert statements(text) == [("Dorji Wangdi", "Bhutan would send doctors")]


def test_the_subject_named_by_office_and_surname_after_an_opening_clause_takes_the_focus():
    text = article("The Prime Minister, Hon. Omar Khan, held talks with the Prime Minister of Samoa, Rt Hon. Ana Lopes.",
                   "PM Khan said that the talks were useful.",
                   "For her part, Prime Minister Lopes thanked the government.",
                   "She said Samoa wanted closer ties.")
    assert statements(text) == [("Omar Khan", "the talks were useful"), ("Ana Lopes", "Samoa wanted closer ties")]
