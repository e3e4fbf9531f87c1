"""Forms of diplomatic copy seen in Russian, Korean, Turkish, Vatican, Malaysian, Saudi, Ghanaian, Latin American
and Indonesian agency and press-office releases (a belief cue coordinated with a first cue, honorifics, bodies
named as sources, future messages), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_belief_cue_after_and_is_a_second_statement_by_the_same_speaker():
    text = article("President Lena Duarte sent a message of congratulations to President Omar Haddad.",
                   "Duarte said the two countries had built a strong partnership in trade, and she expressed her belief "
                   "that the new railway would link their capitals.",
                   "The Foreign Minister, Karim Osmani, said the ministry was ready to help and expressed his confidence "
                   "that the coming year would bring new investment.")
    assert sorted(statements(text)) == [
        ("Karim Osmani", "the coming year would bring new investment"),
        ("Karim Osmani", "the ministry was ready to help"),
        ("Lena Duarte", "the new railway would link their capitals"),
        ("Lena Duarte", "the two countries had built a strong partnership in trade"),
    ]


def test_a_hope_inside_the_content_stays_part_of_it():
    text = article("President Lena Duarte sent a message of congratulations to President Omar Haddad.",
                   "Duarte said the two peoples were close and hoped to meet again.")
    assert statements(text) == [("Lena Duarte", "the two peoples were close and hoped to meet again")]


def test_his_belief_after_a_capitalised_word_is_still_the_speakers_second_cue():
    text = article("King Faisal Al Rashid sent a cable of congratulations to President Omar Haddad.",
                   "In his cable, the King said the Kingdom values its ties with Ghana and expressed his confidence "
                   "that trade would grow.")
    assert sorted(statements(text)) == [("Faisal Al Rashid", "the Kingdom values its ties with Ghana"),
                                        ("Faisal Al Rashid", "trade would grow")]


def test_told_parliament_on_a_day_that_is_a_cue():
    text = article("President Lena Duarte sent a message of condolence to President Omar Haddad.",
                   "Prime Minister Karim Osmani told parliament on Monday that the government would declare a day of mourning.")
    assert statements(text) == [("Karim Osmani", "the government would declare a day of mourning")]


def test_thanks_given_in_a_reply_letter_are_a_reply_letter():
    text = article("President Lena Duarte sent a letter of congratulations to President Omar Haddad on Independence Day.",
                   "Haddad thanked Duarte for her kind words in a reply letter received on Sunday.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "congratulation"), ("Omar Haddad", "Lena Duarte", "letter")]


def test_thanks_given_in_a_message_are_thanks():
    text = article("President Lena Duarte sent a message of condolence to President Omar Haddad.",
                   "Haddad thanked Duarte in a message on Sunday.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "condolence"), ("Omar Haddad", "Lena Duarte", "thanks")]


def test_a_message_expected_to_be_sent_is_not_a_message():
    text = article("President Lena Duarte is also expected to send a message of greetings to President Omar Haddad "
                   "later this week, a ministry spokesman said.",
                   "Prime Minister Karim Osmani will send a congratulatory message to Prime Minister Ali Farah.")
    assert messages(text) == []


def test_a_message_sent_after_a_plan_is_a_message():
    text = article("President Lena Duarte, who had planned to visit, sent a message of greetings to President Omar Haddad.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "greeting")]


def test_bruneian_honorifics_are_not_part_of_the_name():
    text = article("Foreign Minister Tan Sri Karim Osman sent a condolence letter to his Bruneian counterpart, "
                   "Dato Seri Setia Awang Rahim Yusof.",
                   "Pehin Dato Haji Ali Hamid also sent a condolence letter to Karim Osman.")
    assert messages(text) == [("Ali Hamid", "Karim Osman", "condolence"), ("Karim Osman", "Rahim Yusof", "condolence")]


def test_a_when_clause_between_subject_and_cue_leaves_the_subject_the_speaker():
    text = article("Foreign Minister Karim Osman sent a condolence letter to President Omar Haddad.",
                   "Osman, when met by reporters after an event in Kuala Lumpur, said he would attend the funeral prayers.")
    assert statements(text) == [("Karim Osman", "he would attend the funeral prayers")]


def test_a_long_who_clause_naming_a_body_leaves_the_subject_the_speaker():
    text = article("President Lena Duarte sent a message of congratulations to President Omar Haddad.",
                   "Mr Karim Osman, Minister for Foreign Affairs and Regional Integration, who read the goodwill message on "
                   "behalf of the President at a reception hosted by the Senegalese Embassy in Accra on Friday, said "
                   "Ghana valued the friendship of Senegal.")
    assert statements(text) == [("Karim Osman", "Ghana valued the friendship of Senegal")]


def test_proposed_that_is_a_cue_and_proposed_a_thing_an_act():
    text = article("Foreign Minister Lena Duarte and her counterpart Omar Haddad exchanged congratulatory letters.",
                   "Haddad also proposed that the two countries cooperate more closely on critical minerals.",
                   "Duarte proposed a meeting in October.")
    assert statements(text) == [("Omar Haddad", "the two countries cooperate more closely on critical minerals")]


def test_the_day_after_a_body_named_as_the_source_is_not_part_of_its_name():
    text = article("President Lena Duarte sent a letter to President Omar Haddad to mark Independence Day, according to "
                   "a statement by the Communications Directorate on Saturday.")
    assert statements(text) == [("Communications Directorate", "President Lena Duarte sent a letter to President Omar "
                                 "Haddad to mark Independence Day")]


def test_the_statement_said_is_the_body_cited_for_the_statement():
    text = article("President Lena Duarte sent a letter to President Omar Haddad to mark Independence Day, according to "
                   "a statement by the Communications Directorate.",
                   "The statement said Duarte also invited Haddad to attend the summit in November.")
    assert statements(text)[1] == ("Communications Directorate", "Duarte also invited Haddad to attend the summit in November")


def test_the_statement_said_after_a_body_said_in_a_statement():
    text = article("The Spanish government rejected the request of President Omar Haddad.",
                   "\"The past cannot be judged by the standards of today,\" the government said in a statement.",
                   "The statement said Spain was ready to work with its partners in the region.")
    assert statements(text)[-1] == ("Spanish government", "Spain was ready to work with its partners in the region")


def test_a_joint_statement_said_names_no_speaker():
    text = article("Foreign Minister Lena Duarte and her counterpart Omar Haddad exchanged congratulatory letters, "
                   "according to a joint statement issued by the two ministries.",
                   "The joint statement said both sides agreed to meet again before the end of the year.")
    assert statements(text) == []


def test_a_message_signed_and_released_by_others_says_its_writers_words():
    text = article("President Lena Duarte has congratulated President Omar Haddad in a goodwill message.",
                   "The message, signed by the President and released by the Presidency on Saturday, said the two "
                   "countries shared a long history of solidarity.",
                   "The statement said Duarte was looking forward to receiving Haddad in June.")
    assert statements(text) == [("Lena Duarte", "the two countries shared a long history of solidarity"),
                                ("Presidency", "Duarte was looking forward to receiving Haddad in June")]


def test_a_body_named_as_source_after_a_message_quote_answers_to_the_ministry_later():
    text = article("President Lena Duarte sent a congratulatory message to Prime Minister Omar Haddad.",
                   "Duarte's message, sent on Wednesday, said the two countries should build closer relations, according "
                   "to Ruritania's Foreign Ministry. Premier Karim Osman also sent a congratulatory message to Haddad, "
                   "the ministry said.")
    assert statements(text) == [
        ("Lena Duarte", "the two countries should build closer relations"),
        ("Ruritania's Foreign Ministry", "Premier Karim Osman also sent a congratulatory message to Haddad")]


def test_a_body_named_as_source_after_the_recipient_is_no_recipient():
    text = article("Meanwhile, the King, Sultan Idris Shah, sent a message of condolence to Sultan Haji Abdul Rahim, "
                   "according to a statement by Istana Negara.")
    assert messages(text) == [("Idris Shah", "Abdul Rahim", "condolence")]


def test_in_a_roundup_a_message_sent_with_a_trailing_attribution_is_to_the_person_congratulated():
    text = article("Leaders from Latin America on Monday congratulated Chile's president-elect Ana Reyes Ibáñez.",
                   "Peruvian President Rosa Quispe Huamán also sent a congratulatory message, the presidential palace said.")
    assert messages(text) == [("Rosa Quispe Huamán", "Ana Reyes Ibáñez", "congratulation")]


def test_a_lower_case_body_with_its_seat_speaks_for_the_state_of_its_city():
    text = article("Leaders on Monday congratulated Chile's president-elect Ana Reyes Ibáñez.",
                   "Peruvian President Rosa Quispe Huamán also sent a congratulatory message, the presidential palace "
                   "in Lima said.")
    assert statements(text) == [("presidential palace in Lima",
                                 "Peruvian President Rosa Quispe Huamán also sent a congratulatory message")]
    assert actor(text, "presidential palace in Lima").country == "PER"


def test_his_spokesman_named_after_the_clause_is_its_speaker_and_no_recipient():
    text = article("Chancellor Stefan Vogel sent a letter to Ana Reyes and invited her to visit Berlin, his spokesman "
                   "Jens Albrecht said.")
    assert messages(text) == [("Stefan Vogel", "Ana Reyes", "letter")]
    assert statements(text) == [("Jens Albrecht", "Chancellor Stefan Vogel sent a letter to Ana Reyes and invited her "
                                 "to visit Berlin")]
    assert actor(text.replace("Chancellor", "German Chancellor"), "Jens Albrecht").country == "DEU"


def test_a_president_congratulated_with_the_people_of_a_state_is_of_that_state():
    text = article("Accra, April 4, GNA - President Kofi Mensah Asare has congratulated President Ousmane Ndiaye and the "
                   "people of Senegal on the anniversary of their independence in a goodwill message.",
                   "He said the two countries had worked closely within ECOWAS.")
    assert actor(text, "Ousmane Ndiaye").country == "SEN"
    assert actor(text, "Kofi Mensah Asare").country == "GHA"


def test_a_cardinal_holding_a_see_is_of_the_state_of_its_city():
    text = article("Vatican City (Vatican News) - Pope Leo XV has sent a telegram of condolence to the Patriarch of "
                   "Lisbon, Cardinal Rui Sampaio Ferreira, following the accident.")
    assert actor(text, "Rui Sampaio Ferreira").country == "PRT"
    assert actor(text, "Leo XV").country == "VAT"


def test_a_letter_received_by_a_body_reported_after_added_that_is_to_that_body():
    text = article("SEOUL (Yonhap) -- President Lee Min-ho sent a congratulatory message to President Tran Van Binh, "
                   "the presidential office said.",
                   "The spokesperson added that the presidential office had also received a letter of thanks from "
                   "Vietnam's outgoing president, Nguyen Thi Hoa, last week.")
    assert messages(text) == [("Lee Min-ho", "Tran Van Binh", "congratulation"),
                              ("Nguyen Thi Hoa", "presidential office", "thanks")]


def test_a_prime_minister_under_a_vatican_dateline_is_of_the_state_named_last():
    text = article("Vatican City (Vatican News) - Pope Leo XV has sent a telegram of condolence to President Ana Sousa "
                   "of Portugal following the accident.",
                   "Portuguese authorities have opened an investigation. Prime Minister Rui Campos told parliament on "
                   "Monday that the government would declare three days of mourning.",
                   "Archbishop Paolo Conti, President of the Pontifical Council for Culture, said the Pope was praying.")
    assert actor(text, "Rui Campos").country == "PRT"
    assert actor(text, "Paolo Conti").country == "VAT"


def test_told_newsmen_in_a_city_that_is_a_cue():
    text = article("Accra, Dec. 10, GNA - President Kofi Mensah Asare sent a congratulatory message to President Ali Farah.",
                   "Vice-President Yaw Boateng, who led a delegation to observe the elections, told newsmen in Accra that "
                   "the conduct of the polls offered lessons for the region.")
    assert statements(text) == [("Yaw Boateng", "the conduct of the polls offered lessons for the region")]


def test_a_states_official_agency_with_its_acronym_is_a_speaker_of_that_state():
    text = article("Leader Kim Song-il has sent a congratulatory message to President Li Wen to mark the anniversary, "
                   "North Korea's official Korean Central News Agency (KCNA) reported on Tuesday.")
    assert statements(text) == [("Korean Central News Agency", "Leader Kim Song-il has sent a congratulatory message "
                                 "to President Li Wen to mark the anniversary")]
    assert actor(text, "Korean Central News Agency").country == "PRK"
    assert "KCNA" in actor(text, "Korean Central News Agency").aliases


def test_an_act_coordinated_after_the_content_ends_it():
    text = article("President Lena Duarte wrote on X that democracy was “the voice of the people” and wished “good luck "
                   "and success to the new government.”",
                   "Secretary of State Karim Osman said in a statement that the election was \"an important milestone\" "
                   "but stopped short of congratulating the winner by name.")
    assert statements(text) == [("Lena Duarte", "democracy was “the voice of the people”"),
                                ("Karim Osman", "the election was \"an important milestone\"")]


def test_a_message_in_which_she_said_after_a_participle_is_the_subjects_statement():
    text = article("President Lena Duarte was among the first to react, sending a congratulatory message to President "
                   "Omar Haddad in which she said her country was ready to deepen its ties with his.")
    assert statements(text) == [("Lena Duarte", "her country was ready to deepen its ties with his")]


def test_tweeted_congratulations_is_an_act_and_tweeted_that_speech():
    text = article("President Lena Duarte tweeted her congratulations overnight.",
                   "Prime Minister Karim Osman tweeted that the election had been a triumph for democracy.")
    assert statements(text) == [("Karim Osman", "the election had been a triumph for democracy")]


def test_a_quotation_after_a_cue_ending_on_x_continues_the_speaker():
    text = article("Prime Minister Karim Osman congratulated President Lena Duarte on her victory.",
                   "“Congratulations on your victory in the elections. Our nations share a long history,” Mr. Osman "
                   "wrote on X. “I look forward to working closely with you to further strengthen our cooperation.”")
    assert statements(text) == [
        ("Karim Osman", "Congratulations on your victory in the elections. Our nations share a long history"),
        ("Karim Osman", "I look forward to working closely with you to further strengthen our cooperation")]
