"""More forms of wire copy (Mongolian initial names, states after a name, bodies and roles as
speakers, replies of thanks ...), each on a short example written for these tests."""
from __future__ import annotations

from app.extract import extract
from extract_helpers import actor, article, messages, statements


def test_mongolian_initial_glued_to_the_name_is_one_name():
    text = article("President Dorjiin Erdenebat sent a message of condolence to King Harald of Norway over the storm.",
                   "In his message, President D.Erdenebat noted that Mongolia stands with the Norwegian people.",
                   "Speaker of the State Great Khural Ts.Baatarsaikhan also sent a message of condolence to King Harald.")
    assert messages(text) == [("Dorjiin Erdenebat", "Harald", "condolence"), ("Ts.Baatarsaikhan", "Harald", "condolence")]
    assert statements(text) == [("Dorjiin Erdenebat", "Mongolia stands with the Norwegian people")]


def test_an_initial_that_is_not_the_patronymic_is_another_person():
    text = article("President Dorjiin Erdenebat sent a message of greetings to Emperor Akihiro on the New Year.",
                   "B.Erdenebat said the two countries were close partners.")
    assert ("B.Erdenebat", "the two countries were close partners") in statements(text)


def test_the_state_after_a_name_is_its_country():
    text = article("Riyadh, May 3, SPA -- King Faisal bin Nayef sent a cable of condolence to King Idris IV of the "
                   "Kingdom of Morocco over the floods.",
                   "He also sent a cable of congratulations to Emperor Hiroto of Japan on his birthday.")
    assert actor(text, "Idris IV").country == "MAR"
    assert actor(text, "Hiroto").country == "JPN"
    assert actor(text, "Faisal bin Nayef").country == "SAU"


def test_the_role_said_in_the_cable_is_the_cable_writer_not_its_royal_recipient():
    text = article("King Faisal bin Nayef sent a cable of condolence to King Idris IV of the Kingdom of Morocco over the floods.",
                   "“We have learned with deep sorrow of the floods that struck your country,” the King said in the cable.")
    assert statements(text) == [("Faisal bin Nayef", "We have learned with deep sorrow of the floods that struck your country")]


def test_without_the_message_the_role_is_the_king_in_focus():
    text = article("King Faisal bin Nayef sent a cable of condolence to King Idris IV of the Kingdom of Morocco over the floods.",
                   "King Idris IV visited the flooded villages on Monday.",
                   "“We thank all our brothers for their sympathy in these hard days,” the King said at a ceremony.")
    assert statements(text)[0][0] == "Idris IV"


def test_in_this_message_the_sovereign_present_tense_is_the_writer():
    text = article("Rabat - His Majesty King Hassan IV sent a message of congratulations to President Ali Karim of Egypt.",
                   "In this message, the Sovereign expresses his confidence that Egypt will continue on the path of progress.")
    assert statements(text) == [("Hassan IV", "Egypt will continue on the path of progress")]


def test_abbreviated_style_before_a_role_noun():
    text = article("Rabat - His Majesty King Hassan IV sent a message of condolence to President Ali Karim of Egypt.",
                   '"Egypt has lost a great son who served his people with devotion," HM the King said.')
    assert statements(text) == [("Hassan IV", "Egypt has lost a great son who served his people with devotion")]


def test_the_ministry_is_the_ministry_named_before():
    text = article("Earlier, the Ministry of Foreign Affairs said in a statement that the Kingdom offers its condolences.",
                   "The ministry affirmed that the Kingdom is ready to send rescue teams to the affected areas.")
    assert [s[0] for s in statements(text)] == ["Ministry of Foreign Affairs", "Ministry of Foreign Affairs"]


def test_the_government_is_the_national_government_named_before_as_an_actor():
    text = article("The Portuguese government rejected the demand on Tuesday.",
                   '"The events of five centuries ago cannot be judged by the standards of today," the government said.')
    result = extract(text)
    assert [(result.actors[s.speaker].name, result.actors[s.speaker].country) for s in result.statements] == [
        ("Portuguese government", "PRT")]


def test_a_city_after_an_office_is_a_place_not_a_sender():
    text = article("Sheikh Faris bin Saeed Al Qasimi, Crown Prince of Abu Dhabi, and Sheikh Omar bin Khalid Al Nuaimi, "
                   "Ruler of Ajman, sent similar cables to President Ana Lopez.")
    assert [m[0] for m in messages(text)] == ["Faris bin Saeed Al Qasimi", "Omar bin Khalid Al Nuaimi"]


def test_may_closing_a_name_is_a_surname_not_the_month():
    text = article("Prime Minister Gwen May wrote to President Ana Lopez overnight.",
                   "In her letter, Mrs May said the two nations stood together against terrorism.")
    assert messages(text) == [("Gwen May", "Ana Lopez", "letter")]
    assert statements(text) == [("Gwen May", "the two nations stood together against terrorism")]
    assert "Ana Lopez May" not in [a.name for a in extract(article("President Ana Lopez May 5 sent a message to Gwen Hart.")).actors]


def test_a_date_alone_on_its_line_is_not_the_lede():
    text = article("12 April 2021",
                   "Leaders from across the region have sent messages of condolence to Chile after the floods.",
                   "Prime Minister Gwen May wrote to President Ana Lopez overnight.")
    assert messages(text) == [("Gwen May", "Ana Lopez", "condolence")]


def test_a_message_to_the_people_of_a_state_goes_to_the_state_where_no_person_is_named():
    text = article("King Olav V sent a message of condolence to the people of Chile over the floods.")
    result = extract(text)
    assert [(result.actors[m.recipient].name, result.actors[m.recipient].country) for m in result.messages] == [("people of Chile", "CHL")]
    text = article("King Olav V sent a message of condolence to the government and people of Chile over the floods.")
    assert messages(text) == [("Olav V", "Government of Chile", "condolence")]
    text = article("King Olav V sent a message of condolence to his Chilean counterpart President Ana Lopez "
                   "and to the people of Chile over the floods.")
    assert messages(text) == [("Olav V", "Ana Lopez", "condolence")]


EID_CABLES = ("Muscat -- Sultan Qais bin Said has received cables of greetings on Eid al-Fitr from King Fahd bin Omar "
              "of the Kingdom of Saudi Arabia and King Ali bin Hamad of the Kingdom of Bahrain.")


def test_a_state_after_a_name_closes_that_persons_phrase():
    result = extract(article(EID_CABLES))
    assert {a.name: a.country for a in result.actors if a.name != "Qais bin Said"} == {"Fahd bin Omar": "SAU", "Ali bin Hamad": "BHR"}


def test_thanks_in_reply_to_leaders_named_by_office_and_state():
    text = article(EID_CABLES, "His Majesty the Sultan sent cables of thanks in reply to the King of Saudi Arabia "
                               "and the King of Bahrain.")
    assert ("Qais bin Said", "Fahd bin Omar", "thanks") in messages(text)
    assert ("Qais bin Said", "Ali bin Hamad", "thanks") in messages(text)


def test_a_message_addressed_to_the_head_of_state_received_by_a_minister():
    text = article(EID_CABLES, "In a separate development, Foreign Minister Salim bin Rashid today received a written "
                               "message addressed to Sultan Qais bin Said from Emir Hamid bin Khalifa Al Thani.")
    assert ("Hamid bin Khalifa Al Thani", "Qais bin Said", "letter") in messages(text)
    assert not [m for m in messages(text) if m[0] == "Salim bin Rashid" or m[1] == "Salim bin Rashid"]


def test_respectively_pairs_senders_with_recipients_in_order():
    lede = "President Kham Vongsa sent a message of greetings to President Tran Van Minh on the Lunar New Year."
    text = article(lede, "Prime Minister Ana Lopez and Speaker Jose Ruiz also sent greetings to Prime Minister "
                         "Le Van Hoa and Chairman Vu Duc Tam respectively.")
    assert [m for m in messages(text) if m[0] != "Kham Vongsa"] == [
        ("Ana Lopez", "Le Van Hoa", "greeting"), ("Jose Ruiz", "Vu Duc Tam", "greeting")]
    text = article(lede, "Prime Minister Ana Lopez and Speaker Jose Ruiz also sent greetings to Prime Minister "
                         "Le Van Hoa and Chairman Vu Duc Tam.")
    assert len(messages(text)) == 5


def test_condolences_expressed_to_a_leader_with_the_message_quoted_after():
    text = article("Ivan Petrov expressed his condolences to President Ana Lopez over the earthquake.",
                   "“Please convey words of support to the families of the victims,” the condolence message reads.")
    assert messages(text) == [("Ivan Petrov", "Ana Lopez", "condolence")]


def test_a_quoted_message_belongs_to_the_nearest_act_before_it():
    text = article("Ivan Petrov sent a message of congratulations to President Ana Lopez on her election.",
                   "In a telephone call later that day, Ana Lopez thanked Ivan Petrov for his congratulations.",
                   "Ivan Petrov expressed his condolences to President Jose Ruiz over the floods.",
                   "“We share the grief of the families of the victims,” the condolence message reads.")
    assert messages(text) == [("Ivan Petrov", "Ana Lopez", "congratulation"), ("Ivan Petrov", "Jose Ruiz", "condolence")]


def test_the_head_of_a_state_is_the_untitled_sender_in_focus():
    text = article("Ivan Petrov expressed his condolences to President Ana Lopez of Chile over the earthquake.",
                   "“Please convey words of support to the families of the victims,” the condolence message reads.",
                   "The head of the Russian state noted that rescue teams were ready to help if requested.")
    assert ("Ivan Petrov", "rescue teams were ready to help if requested") in statements(text)
    assert actor(text, "Ivan Petrov").country == "RUS"


def test_office_comma_form_of_address_then_name_and_a_hyphen_dateline():
    text = article("ALGIERS- President of the Republic, Mr. Ali Benali, sent Tuesday a message of congratulations to "
                   "President of the Republic of Tunisia, Mr. Karim Said, on his re-election.",
                   '"It gives me great pleasure to extend to you my warmest congratulations," the President of the '
                   "Republic wrote in his message.")
    assert actor(text, "Ali Benali").titles == ["President of the Republic"]
    assert actor(text, "Ali Benali").country == "DZA"
    assert actor(text, "Karim Said").country == "TUN"
    assert statements(text) == [("Ali Benali", "It gives me great pleasure to extend to you my warmest congratulations")]


def test_a_role_noun_fitting_the_sender_in_focus_and_his_recipient_is_the_sender():
    text = article("Addis Ababa, May 2 (ENA) -- Prime Minister Alem Bekele has sent a message of condolence to Kenyan "
                   "President Daniel Otieno over the floods.",
                   "President Hana Tesfaye also sent a message of sympathy to President Otieno.",
                   "The President stated that the two nations have always stood together in hard times.")
    assert statements(text) == [("Hana Tesfaye", "the two nations have always stood together in hard times")]


def test_an_anniversary_in_the_letters_content_does_not_make_it_a_congratulation():
    text = article("President Ana Lopez said Monday that she had sent letters to King Carlos X of Spain and to Pope Linus "
                   "asking them to apologize for the abuses of the conquest.",
                   "The president said in the letter to the Spanish monarch that 2021, the 500th anniversary of the fall "
                   "of the city, should be a year of reconciliation.")
    assert messages(text) == [("Ana Lopez", "Carlos X", "letter"), ("Ana Lopez", "Linus", "letter")]


def test_wrote_in_the_letter_comma_addressed_to():
    text = article('"Sadly, the time is not right for this meeting," President Ana Lopez wrote in the letter, '
                   "addressed to His Excellency Chairman Park Chol Su.")
    assert messages(text) == [("Ana Lopez", "Park Chol Su", "letter")]


def test_a_message_to_the_people_of_a_state_whose_name_is_also_a_demonym():
    text = article("Queen Mary III, New Zealand's head of state, said in a message to the people of New Zealand that "
                   "she was deeply saddened by the attacks.",
                   "Air New Zealand said it had waived change fees for travellers to and from the city.")
    result = extract(text)
    assert [(result.actors[m.recipient].name, result.actors[m.recipient].country) for m in result.messages] == [
        ("New Zealand", "NZL")]
    assert [result.actors[s.speaker].name for s in result.statements] == ["Mary III"]


def test_a_signer_between_the_message_and_its_recipient():
    text = article("Pope Linus sent a telegram of condolence, signed by Secretary of State Cardinal Paolo Verdi, to Cardinal John Hart, "
                   "the Archbishop of Wellington, over the attacks.")
    assert messages(text) == [("Linus", "John Hart", "condolence")]
    assert actor(text, "John Hart").country == "NZL"  # the city in his office


def test_a_regnal_name_of_a_state_closes_the_phrase_before_the_next_person():
    text = article("President Ana Lopez said she had sent letters to King Carlos X of Spain and to Pope Linus.")
    assert actor(text, "Linus").country == "VAT"
    assert actor(text, "Carlos X").country == "ESP"


def test_a_dateline_city_abroad_gives_the_local_state_before_the_agencys():
    text = article("LUSAKA, June 18 (Xinhua) -- Government spokesperson Mary Banda said the nation was in mourning.")
    assert actor(text, "Mary Banda").country == "ZMB"


def test_his_counterpart_is_the_party_to_the_messages_not_the_leader_mourned():
    text = article("LUSAKA, June 18 (Xinhua) -- Messages of condolence poured in on Friday following the death of "
                   "Zambia's founding President John Chola.",
                   "Chinese President Li Wei sent a message of condolence to Zambian President Peter Mwale over Chola's death.",
                   "Zimbabwean President Tendai Moyo sent a condolence message to his Zambian counterpart.")
    assert ("Tendai Moyo", "Peter Mwale", "condolence") in messages(text)


def test_a_message_quoted_over_several_paragraphs_after_reads_is_one_statement():
    for opening, closing in (("«", "»"), ('"', '"')):
        text = article("Ivan Petrov sent a message of congratulations to Ana Lopez on her election victory.",
                       "The message reads, in part:",
                       f"{opening}The results of the vote have confirmed your high authority.",
                       f"I am sure that we will continue to expand our cooperation.{closing}",
                       "Petrov wished Ana Lopez good health.")
        said = statements(text)
        assert len(said) == 1 and said[0][0] == "Ivan Petrov"
        assert said[0][1].startswith("The results") and said[0][1].endswith("expand our cooperation")


def test_a_known_city_and_a_dash_is_a_dateline_an_unknown_word_is_not():
    text = article("Rabat - His Majesty King Hassan IV sent a message of condolence to President Ana Lopez.")
    assert actor(text, "Hassan IV").country == "MAR"
    text = article("Meanwhile - His Majesty King Hassan IV sent a message of condolence to President Ana Lopez.")
    assert actor(text, "Hassan IV").country is None
