"""Forms of agency copy seen in Gulf, South Asian, African and European agency and ministry releases
(cables, "in his message said that", role nouns after an appositive title), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_royal_style_cut_at_its_hyphen_names_no_one():
    text = article("President Karim Osmani sent Eid greetings to the Yang di-Pertuan Agong of Malaysia, "
                   "Sultan Idris Zainal Rahman, and Prime Minister Hakim Lutfi.")
    assert messages(text) == [("Karim Osmani", "Hakim Lutfi", "greeting"), ("Karim Osmani", "Idris Zainal Rahman", "greeting")]


def test_felicitated_with_his_message_quoted_later_is_a_written_congratulation():
    text = article("Prime Minister Karim Osmani on Tuesday felicitated Jorge Velasco on his election as the President of Peru.",
                   "Prime Minister Karim Osmani in his message said that the people of Peru had chosen well.")
    assert messages(text) == [("Karim Osmani", "Jorge Velasco", "congratulation")]


def test_felicitated_in_a_call_is_no_message():
    text = article("Prime Minister Karim Osmani on Tuesday felicitated Jorge Velasco by telephone on his election.",
                   "During the call, Osmani said the two countries would work together.")
    assert messages(text) == []


def test_an_office_of_a_body_before_a_comma_and_the_name_is_the_title_a_role_noun_finds():
    text = article("Foreign Minister Lena Duarte spoke with her counterpart Omar Haddad on Monday.",
                   "The African Union Commission Chairperson, Kwame Osei Boateng, also sent a message of condolence "
                   "to President Ali Farah.",
                   "“We stand with you,” the Chairperson said in his message.")
    assert actor(text, "Kwame Osei Boateng").title == "African Union Commission Chairperson"
    assert statements(text) == [("Kwame Osei Boateng", "We stand with you")]


def test_messages_pouring_in_for_someone_open_a_roundup_to_him():
    text = article("Messages of condolence continued to pour in on Monday for President Ali Farah after the floods.",
                   "Ghanaian President Kofi Mensah Asare said in his message that Ghana was deeply saddened.",
                   "Nigerian President Bola Adeyemi wrote that his government was ready to help.")
    assert messages(text) == [("Bola Adeyemi", "Ali Farah", "condolence"), ("Kofi Mensah Asare", "Ali Farah", "condolence")]


def test_help_pouring_in_is_no_roundup():
    text = article("Aid continued to pour in on Monday for President Ali Farah after the floods.",
                   "Nigerian President Bola Adeyemi said his government was ready to help.")
    assert messages(text) == []


def test_condolences_conveyed_by_another_leader_after_a_message_are_a_message_of_their_own():
    text = article("Ugandan President Moses Okello sent a message of condolence to President Samuel Chebet.",
                   "In a separate message, the Secretary-General of the United Nations, Amara Lindqvist, conveyed her "
                   "condolences to President Ali Farah and said the UN team was helping.")
    assert messages(text) == [("Amara Lindqvist", "Ali Farah", "condolence"), ("Moses Okello", "Samuel Chebet", "condolence")]
    assert statements(text) == [("Amara Lindqvist", "the UN team was helping")]


def test_condolences_conveyed_by_the_writer_after_his_message_are_its_content():
    text = article("Ugandan President Moses Okello sent a message to President Samuel Chebet on Monday.",
                   "Okello conveyed his condolences to Chebet and said Uganda stood with Kenya.")
    assert messages(text) == [("Moses Okello", "Samuel Chebet", "letter")]


def test_straight_single_quotation_marks_around_a_direct_statement():
    text = article("British Prime Minister Oliver Grant also sent a message to President Ali Farah.",
                   "'Britain's friendship with Kenya will not waver,' Grant wrote, announcing new aid.")
    assert statements(text) == [("Oliver Grant", "Britain's friendship with Kenya will not waver")]


def test_apostrophes_open_no_straight_single_quotation():
    from app.extract.segment import quotes
    text = "The leaders' talks ended. 'Twas a long day for Kenya's envoys, the ministers' aides said."
    assert quotes(text, 0, len(text)) == []


def test_noted_that_and_said_are_two_statements_of_a_counterpart_named_by_his_office():
    text = article("Prime Minister Rajiv Mehra spoke to his Vietnamese counterpart Pham Quoc Hung over the phone.",
                   "The Vietnamese prime minister noted that trade had grown fast and said Hanoi would welcome investment.")
    assert statements(text) == [("Pham Quoc Hung", "trade had grown fast"), ("Pham Quoc Hung", "Hanoi would welcome investment")]


def test_and_hopes_inside_reported_content_is_no_second_statement():
    text = article("President Ana Lopes said Portugal values its ties with Chile and hopes to deepen them.")
    assert statements(text) == [("Ana Lopes", "Portugal values its ties with Chile and hopes to deepen them")]


def test_an_unnamed_official_is_not_the_person_named_before_him():
    text = article("Foreign Minister Vikram Das did not comment, but a senior official travelling with him said "
                   "the timing was significant.")
    assert statements(text) == []


def test_an_indefinite_spokesperson_is_the_person_introduced_after_him():
    text = article("A ministry spokesperson, Maria Lopez, said the talks had been useful.")
    assert statements(text) == [("Maria Lopez", "the talks had been useful")]


def test_a_cue_last_told_someone_according_to_an_unnamed_source_is_the_teller():
    text = article("Prime Minister Asha Verma spoke to President Luis Ortega by phone on Monday.",
                   "India sees Peru as a key partner in the region, Verma told Ortega, according to the readout.")
    assert statements(text) == [("Asha Verma", "India sees Peru as a key partner in the region")]


def test_an_abbreviated_given_name_with_a_period_opens_the_name():
    text = article("Foreign Minister Md. Karim Uddin Sarkar sent a letter of thanks to Foreign Minister Lee Wen Hao.",
                   "The rescue saved many lives, the Foreign Minister wrote in the letter, adding that the sailors "
                   "would be flown home soon.")
    assert messages(text) == [("Md. Karim Uddin Sarkar", "Lee Wen Hao", "thanks")]
    assert statements(text) == [("Md. Karim Uddin Sarkar", "The rescue saved many lives"),
                                ("Md. Karim Uddin Sarkar", "the sailors would be flown home soon")]


def test_a_house_of_a_legislature_is_an_organisation_recipient():
    text = article("The Speaker of the National Assembly, Yusuf Al-Omar, sent a cable of condolences to the "
                   "Moroccan House of Representatives.")
    assert messages(text) == [("Yusuf Al-Omar", "Moroccan House of Representatives", "condolence")]


def test_an_office_of_a_senate_is_no_body():
    text = article("Chairman of the Senate Rustam Aliyev also sent a congratulatory message to President Omar Sadykov.")
    assert messages(text) == [("Rustam Aliyev", "Omar Sadykov", "congratulation")]


def test_concluded_after_a_quotation_is_a_cue_but_concluding_a_visit_is_not():
    text = article("Foreign Minister Eva Brandt met her counterpart in Vienna.",
                   "\"Our message is clear: we stand by our friends,\" the Minister concluded.")
    assert statements(text) == [("Eva Brandt", "Our message is clear: we stand by our friends")]
    assert statements(article("Foreign Minister Eva Brandt concluded her visit to Chile on Friday.")) == []


def test_a_press_release_place_and_date_line_is_a_dateline():
    text = "\n\n".join(["Press release", "Vienna, 14 January 2027", "Minister writes to counterpart",
                        "Foreign Minister Eva Brandt today sent a letter to Foreign Minister Mihai Popa of Moldova.",
                        "Earlier, Brandt spoke with the Foreign Minister of Romania, Ion Dobre, by phone.",
                        "\"We stand by Moldova,\" the Minister concluded."]) + "\n"
    assert actor(text, "Eva Brandt").country == "AUT"
    assert statements(text) == [("Eva Brandt", "We stand by Moldova")]


def test_according_to_data_from_a_body_is_the_body():
    text = article("More than 5,000 doctors have served abroad since 2006, according to data from the Cuban Ministry of Public Health.")
    assert statements(text) == [("Cuban Ministry of Public Health", "More than 5,000 doctors have served abroad since 2006")]


def test_the_subject_after_an_opening_adverbial_speaks_for_and_said():
    text = article("Prime Minister Ana Ruiz also sent a message to President Luis Mamani.",
                   "In a brief ceremony at the palace, Mamani thanked Cuba for its help and said that ties would be restored.")
    assert statements(text) == [("Luis Mamani", "ties would be restored")]


def test_reiterated_reports_speech_only_with_a_that_clause():
    assert statements(article("President Rosa Vidal reiterated her country's will to strengthen the ties between both peoples.")) == []
    assert statements(article("President Rosa Vidal reiterated that Chile would keep its word.")) == [("Rosa Vidal", "Chile would keep its word")]


def test_a_plain_message_with_its_own_purpose_is_a_letter_in_an_anniversary_story():
    text = article("President Ana Lopes and President Jorge Neto exchanged congratulatory messages on the 50th anniversary "
                   "of diplomatic relations.",
                   "Foreign Minister Rita Sousa also sent a message to her counterpart, Paulo Dias, proposing to hold "
                   "the next joint commission in Luanda.")
    assert ("Rita Sousa", "Paulo Dias", "letter") in messages(text)


def test_a_portfolio_list_is_a_title_and_the_counterpart_keeps_his_state():
    text = article("Foreign Minister Omar Qadir also wrote to his Sri Lankan counterpart, Minister of Foreign Affairs, "
                   "Foreign Employment and Tourism Nimal Silva, conveying an invitation to visit Islamabad.",
                   title="FM writes to counterpart")
    assert messages(text) == [("Omar Qadir", "Nimal Silva", "letter")]
    assert actor(text, "Nimal Silva").country == "LKA"


def test_a_body_named_with_its_place_is_the_speaker_also_as_the_source_of_a_release():
    text = article("Prime Minister Azman Noor sent an Eid greeting to Prime Minister Farida Khan, a press release of the "
                   "Pakistan High Commission in Kuala Lumpur said.")
    assert statements(text) == [("Pakistan High Commission in Kuala Lumpur",
                                 "Prime Minister Azman Noor sent an Eid greeting to Prime Minister Farida Khan")]
    assert actor(text, "Pakistan High Commission in Kuala Lumpur").country == "PAK"


def test_a_bodys_attribution_after_a_persons_cue_gives_both_statements():
    text = article("Foreign Minister Karim Uddin sent a letter of thanks to Foreign Minister Lee Wen Hao.",
                   "Lee replied in a telephone call on Sunday and assured that Malaysia would extend all assistance, "
                   "the Ministry of Foreign Affairs said in a statement.")
    assert sorted(statements(text)) == [
        ("Lee Wen Hao", "Malaysia would extend all assistance"),
        ("Ministry of Foreign Affairs", "Lee replied in a telephone call on Sunday and assured that Malaysia would extend all assistance")]


def test_a_persons_attribution_after_another_persons_cue_leaves_the_inner_one():
    text = article("President Ana Ruiz spoke with President Tom Hale by phone.",
                   "Hale said he looked forward to meeting Ruiz in person, spokesman Luis Vega said.")
    assert [s[0] for s in statements(text)] == ["Tom Hale"]


def test_a_two_word_demonym_and_president_elect_name_the_elected_president():
    for role in ("the Sri Lankan President-elect", "the Sri Lankan president"):
        text = article("Prime Minister Karim Osmani sent a message to Sunil Perera on his election as the President of Sri Lanka.",
                       "He hoped relations with President Perera would grow.",
                       f"President Asif Khan also sent a message of felicitations to {role}.")
        assert ("Asif Khan", "Sunil Perera", "congratulation") in messages(text)


def test_the_clause_after_according_to_a_body_is_no_title_of_it():
    text = article("President Ana Lopes and President Jorge Neto exchanged messages, the Ministry of Foreign Affairs "
                   "(Itamaraty) reported.",
                   "According to Itamaraty, trade between the two countries reached US$ 1.9 billion in 2025.",
                   title="Brasília – Leaders exchange messages")
    body = actor(text, "Ministry of Foreign Affairs")
    assert body.title is None and body.country != "USA"


def test_an_office_opened_by_its_article_after_a_comma_is_the_title_of_the_name_after_it():
    text = article("NAIROBI, May 6 - President Ali Farah received messages of condolence.",
                   "In a separate message, the Secretary-General of the United Nations, Amara Lind, conveyed her "
                   "condolences to President Ali Farah.")
    lind = actor(text, "Amara Lind")
    assert lind.title == "Secretary-General of the United Nations" and lind.country is None


def test_an_office_of_a_state_before_a_comma_gives_the_name_after_it_that_state():
    text = article("DHAKA, March 31 (BSS) - President Karim Osmani sent Eid greetings to the Yang di-Pertuan Agong of "
                   "Malaysia, Sultan Idris Zainal Rahman, and Prime Minister Hakim Lutfi.")
    assert actor(text, "Idris Zainal Rahman").country == "MYS"


def test_a_state_after_a_name_before_a_comma_is_not_the_next_persons():
    text = article("CAIRO, April 9 (MENA) - President Omar Nabil received a phone call from Sultan Haitham bin Tarik of "
                   "Oman, Presidential Spokesman Ahmed Fawzi said.")
    assert actor(text, "Ahmed Fawzi").country == "EGY"


def test_who_was_elected_to_an_office_of_a_state_gives_that_office_and_state():
    text = article("NEW DELHI, Mar 3 (PTI) Vice-President Harish Tiwari also sent a congratulatory letter to Le Thi Hoa, "
                   "who was elected Chairwoman of the National Assembly of Vietnam on the same day.")
    hoa = actor(text, "Le Thi Hoa")
    assert hoa.title == "Chairwoman of the National Assembly of Vietnam" and hoa.country == "VNM"


def test_an_ambassador_speaking_at_an_embassy_is_of_its_state():
    text = article("ABU DHABI, 2nd December, 2026 (WAM) -- President Hamdan Saeed sent a cable of congratulations to President Nurlan Abish.",
                   "Speaking at a reception held at the Kazakh Embassy in Abu Dhabi, Ambassador Yerlan Tokh said, "
                   "“Our relations have never been stronger.”")
    assert actor(text, "Yerlan Tokh").country == "KAZ"


def test_an_ambassador_with_two_embassies_named_keeps_the_default_state():
    text = article("ABU DHABI, 2nd December, 2026 (WAM) -- Ambassador Yerlan Tokh met staff of the Kazakh Embassy and the "
                   "Chinese Embassy on Tuesday and said relations were strong.")
    assert actor(text, "Yerlan Tokh").country == "ARE"


def test_replied_reports_speech_only_with_a_that_clause():
    text = article("Foreign Minister Karim Uddin sent a letter of thanks to Foreign Minister Lee Wen Hao.",
                   "Lee replied by telephone on Sunday and assured that Malaysia would extend all assistance.")
    assert statements(text) == [("Lee Wen Hao", "Malaysia would extend all assistance")]
    text = article("Foreign Minister Lee Wen Hao replied that Malaysia would extend all assistance.")
    assert statements(text) == [("Lee Wen Hao", "Malaysia would extend all assistance")]
