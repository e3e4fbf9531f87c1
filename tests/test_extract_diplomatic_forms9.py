"""Forms of diplomatic copy seen in Belarusian, Polish, Egyptian, Kenyan, Iranian, Singaporean, European, Korean and
South American agency and press-office releases (condolences expressed without a possessive, guillemets closing
a sentence, bodies named past their head noun, ...), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_condolences_expressed_without_a_possessive_and_quoted_later_are_a_message():
    text = article("President Lena Duarte has expressed condolences to President Omar Haddad over the floods in the north, "
                   "the presidential press service reported.",
                   "\"We share the grief of the families who lost their loved ones,\" the message of condolence reads.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "condolence")]
    assert ("Lena Duarte", "We share the grief of the families who lost their loved ones") in statements(text)


def test_a_sentence_ends_before_an_opening_guillemet():
    text = article("Prime Minister Lena Duarte sent a message of sympathy to Prime Minister Omar Haddad.",
                   "Health Minister Karim Osmani told reporters that a field hospital was ready. «The doctors can leave "
                   "tonight if we are asked,» he said.")
    assert statements(text)[-2:] == [("Karim Osmani", "a field hospital was ready"),
                                     ("Karim Osmani", "The doctors can leave tonight if we are asked")]


def test_a_body_named_past_its_head_noun_after_a_possessive_speaks():
    text = article("President Lena Duarte sent a message of condolence to President Omar Haddad over the floods.",
                   "Kenya's Ministry of Water Resources said on Friday that twelve villages had been cut off.")
    assert statements(text) == [("Kenya's Ministry of Water Resources", "twelve villages had been cut off")]
    assert actor(text, "Kenya's Ministry of Water Resources").country == "KEN"


def test_letters_to_the_presidents_of_listed_states_go_to_the_presidents_named_next():
    text = article("President Lena Duarte has sent letters of thanks to the presidents of Chile, Peru and Bolivia for the "
                   "help their firefighters gave during the forest fires, her office said.",
                   "The letters were addressed to Chilean President Omar Haddad, Peruvian President Karim Osmani and "
                   "Bolivian President Ali Farah, the office said.")
    assert messages(text) == [("Lena Duarte", "Ali Farah", "thanks"), ("Lena Duarte", "Karim Osmani", "thanks"),
                              ("Lena Duarte", "Omar Haddad", "thanks")]


def test_wrote_to_after_a_letter_to_the_same_person_is_that_letter():
    text = article("President Lena Duarte sent a letter of thanks to President Omar Haddad for the help given after the floods.",
                   "\"Your rescuers saved many lives,\" Duarte wrote to Haddad.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "thanks")]


def test_a_letter_thanking_without_a_comma_is_thanks():
    text = article("President Lena Duarte sent a letter to her Chilean peer Omar Haddad thanking Chile for the planes it "
                   "sent to fight the forest fires.")
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "thanks")]


def test_a_message_of_solidarity_over_fires_is_a_condolence():
    text = article("President Omar Haddad sent Lena Duarte a message of solidarity, in which he offered help should the "
                   "fires return, his office said.")
    assert messages(text) == [("Omar Haddad", "Lena Duarte", "condolence")]


def test_a_letter_inviting_someone_to_a_summit_is_a_letter_to_that_person():
    text = article("President Omar Haddad sent a message of condolence to President Lena Duarte over the floods.",
                   "Prime Minister Karim Osmani sent a letter inviting Duarte to the regional summit in July.")
    assert messages(text) == [("Karim Osmani", "Lena Duarte", "letter"), ("Omar Haddad", "Lena Duarte", "condolence")]


def test_leaders_who_also_sent_cables_the_spokesman_added_are_in_the_roundup():
    text = article("President Omar Haddad received cables of greetings from a number of Arab kings and presidents on the "
                   "occasion of Eid Al-Adha, his spokesman Karim Osmani said in a statement.",
                   "Greetings came from Jordan's King Faisal Al Rashid and Tunisian President Ali Farah.",
                   "Iraqi President Lena Duarte and Bahrain's King Salman Al Nouri also sent cables, the spokesman added.")
    assert messages(text) == [("Ali Farah", "Omar Haddad", "greeting"), ("Faisal Al Rashid", "Omar Haddad", "greeting"),
                              ("Lena Duarte", "Omar Haddad", "greeting"), ("Salman Al Nouri", "Omar Haddad", "greeting")]


def test_greetings_exchanged_in_a_phone_call_are_no_message():
    text = article("President Omar Haddad and Crown Prince Faisal Al Rashid exchanged Eid greetings in a phone call on "
                   "Sunday evening, according to the spokesman.")
    assert messages(text) == []


def test_two_leaders_who_have_written_to_a_third_each_sent_a_message():
    text = article("President Lena Duarte and Prime Minister Karim Osmani have written to Indonesian President Agus Hartono "
                   "to convey their condolences after the earthquake.")
    assert messages(text) == [("Karim Osmani", "Agus Hartono", "condolence"), ("Lena Duarte", "Agus Hartono", "condolence")]


def test_a_reply_posted_on_social_media_is_no_message():
    text = article("President Lena Duarte sent a letter to Prime Minister Kari Olsen, congratulating her on her appointment.",
                   "In a reply posted on social media, Ms Olsen said she looked forward to working with Duarte.")
    assert messages(text) == [("Lena Duarte", "Kari Olsen", "congratulation")]
    assert statements(text) == [("Kari Olsen", "she looked forward to working with Duarte")]


def test_a_message_to_a_numbered_ministerial_meeting_is_a_letter_to_the_whole_meeting():
    text = article("In a message to the 7th Ministerial Meeting of the Indian Ocean Rim Association on Monday, President "
                   "Lena Duarte said the ocean must remain open to all.")
    assert messages(text) == [("Lena Duarte", "7th Ministerial Meeting of the Indian Ocean Rim Association", "letter")]


def test_a_state_corporation_speaks_for_itself():
    text = article("President Lena Duarte sent a message of condolence to President Omar Haddad after the ferry sank.",
                   "The National Shipping Agencies Corporation said on Monday that the ferry had been overloaded.")
    assert statements(text) == [("National Shipping Agencies Corporation", "the ferry had been overloaded")]


def test_he_after_a_body_spoke_is_the_person_last_named():
    text = article("President Omar Haddad sent a message of condolence to President Lena Duarte, in which he said "
                   "the region grieved with her.",
                   "The National Shipping Agencies Corporation said on Monday that the ferry had been overloaded.",
                   "Mombasa Governor Karim Osmani, whose county lies on the coast, called for new rules. \"We cannot "
                   "keep burying fishermen,\" he told journalists.")
    assert statements(text)[-1] == ("Karim Osmani", "We cannot keep burying fishermen")


def test_the_chancellery_of_the_president_speaks_and_its_short_form_too():
    text = article("President Tomasz Nowak has sent letters of thanks to Chilean President Omar Haddad for the help of its "
                   "firefighters, the Chancellery of the President announced on Thursday.",
                   "The letters were handed to the ambassador on Wednesday, the chancellery said.",
                   "\"Your firefighters saved our towns,\" the president wrote to Haddad.")
    assert statements(text) == [
        ("Chancellery of the President", "President Tomasz Nowak has sent letters of thanks to Chilean President Omar "
                                         "Haddad for the help of its firefighters"),
        ("Chancellery of the President", "The letters were handed to the ambassador on Wednesday"),
        ("Tomasz Nowak", "Your firefighters saved our towns"),
    ]


def test_the_emir_of_a_state_is_its_emir_named_before():
    text = article("President Omar Haddad received cables of greetings on Eid Al-Fitr from Kuwait's Emir Sheikh Nasser "
                   "Al-Sabah and Jordan's King Faisal Al Rashid.",
                   "\"May this blessed feast bring peace to your people and ours,\" the Emir of Kuwait wrote.")
    assert statements(text) == [("Nasser Al-Sabah", "May this blessed feast bring peace to your people and ours")]


def test_the_statement_added_after_a_spokesman_said_in_a_statement_is_the_spokesman():
    text = article("President Omar Haddad received a cable of greetings from King Faisal Al Rashid on Eid Al-Fitr, "
                   "presidential spokesman Ambassador Karim Osmani said in a statement.",
                   "Haddad also sent cables of greetings to the kings and emirs of the Gulf states, the statement added.")
    assert statements(text)[-1] == ("Karim Osmani", "Haddad also sent cables of greetings to the kings and emirs of the "
                                    "Gulf states")


def test_adding_that_after_thanks_in_a_message_is_the_senders_statement():
    text = article("In a separate message, Foreign Minister Karim Osmani thanked his Omani counterpart Badr Al Harthy for "
                   "hosting the talks, adding that Iran valued Oman's balanced approach.")
    assert messages(text) == [("Karim Osmani", "Badr Al Harthy", "thanks")]
    assert statements(text) == [("Karim Osmani", "Iran valued Oman's balanced approach")]


def test_saying_after_an_act_in_a_speech_is_the_subjects_statement():
    text = article("President Lena Duarte sent a message to the Asia Cooperation Forum.",
                   "Karim Osmani, the head of the parliament's foreign policy committee, welcomed the forum in a speech "
                   "to lawmakers, saying regional cooperation was the best answer to outside pressure.")
    assert statements(text) == [("Karim Osmani", "regional cooperation was the best answer to outside pressure")]


def test_an_unnamed_source_is_not_the_next_person_named():
    text = article("Foreign Minister Karim Osmani sent a message of thanks to his counterpart Badr Al Harthy.",
                   "The Omani minister has not replied, but a source in Muscat said a reply was being prepared.",
                   "Spokesman Ali Farah told reporters on Monday that the talks would resume in May.")
    assert statements(text) == [("Ali Farah", "the talks would resume in May")]


def test_told_his_weekly_press_conference_is_a_cue():
    text = article("Foreign Minister Karim Osmani sent a message of thanks to his counterpart Badr Al Harthy.",
                   "Spokesman Ali Farah told his weekly press conference on Monday that the talks would resume in May.")
    assert statements(text) == [("Ali Farah", "the talks would resume in May")]


def test_an_inverted_cue_with_a_short_name_and_a_who_clause():
    text = article("Prime Minister Lim Boon Heng has written to Indonesian President Agus Hartono to convey his condolences.",
                   "\"When our neighbour suffers, we feel its pain too,\" said Mr Lim, who met Mr Agus in Jakarta last month.")
    assert statements(text) == [("Lim Boon Heng", "When our neighbour suffers, we feel its pain too")]


def test_an_appeal_after_reported_content_is_an_act():
    text = article("President Lena Duarte sent a message of solidarity to President Omar Haddad over the forest fires.",
                   "The National Weather Institute warned that the heat would last until March and asked residents of "
                   "the coast to avoid lighting fires.")
    assert statements(text) == [("National Weather Institute", "the heat would last until March")]


def test_a_dateline_in_capitals_ended_by_the_agency_gives_the_home_state():
    text = article("YEREVAN, MAY 28, ARMENPRESS. President Aram Petrosyan has sent a congratulatory message to President "
                   "Omar Haddad of Tunisia, the Office of the President reports.",
                   "The Foreign Ministry said in a statement that the two ministers had discussed trade.")
    assert actor(text, "Foreign Ministry").country == "ARM"


def test_an_international_policy_bureau_is_a_domestic_office():
    text = article("Warsaw (PAP) – President Tomasz Nowak has sent a letter of thanks to Chilean President Omar Haddad.",
                   "The head of the President's International Policy Bureau, Anna Kowalczyk, told PAP that the letter "
                   "had been handed to the ambassador.")
    assert actor(text, "Anna Kowalczyk").country == "POL"


def test_congratulated_on_her_appointment_as_prime_minister_of_a_state_speaks_for_it():
    text = article("European Council President Jan Verbeek sent a letter to Kari Olsen, congratulating her on her "
                   "appointment as Prime Minister of Norway.")
    assert actor(text, "Kari Olsen").country == "NOR"


def test_an_argentine_peer_is_argentine():
    text = article("Uruguayan president Martin Suarez sent a letter to his Argentine peer Lena Duarte thanking Argentina "
                   "for its firefighters.")
    assert actor(text, "Lena Duarte").country == "ARG"


def test_the_seat_of_government_before_a_spokesman_gives_his_state():
    text = article("Uruguayan president Martin Suarez sent a letter of thanks to Argentine President Lena Duarte.",
                   "The Casa Rosada spokesman, Pablo Ferreyra, said the president had expected no thanks.")
    assert actor(text, "Pablo Ferreyra").country == "ARG"


def test_without_a_dateline_officials_named_without_a_state_are_of_the_first_senders_state():
    text = article("Uruguayan president Martin Suarez sent a letter of thanks to Argentine President Lena Duarte.",
                   "Some 400 people were evacuated, Interior minister Carlos Rivero said on Tuesday.",
                   title="Uruguay thanks Argentina for help against wildfires")
    assert actor(text, "Carlos Rivero").country == "URY"


def test_a_reporters_address_under_the_text_tells_the_outlets_state():
    text = article("By Kim Ji-won",
                   "President Lee Jae-sung and Vietnamese President Tran Van Nam exchanged congratulatory messages on "
                   "Tuesday, the presidential office said.",
                   "jiwon@heraldcorp.com")
    assert actor(text, "Lee Jae-sung").country == "KOR"


def test_a_photo_credit_naming_the_outlet_tells_its_state():
    text = article("By JOHN MWANGI",
                   "President Samuel Kiptoo has sent a message of condolence to Tanzanian President Amina Said after "
                   "the ferry disaster.",
                   "President Samuel Kiptoo at State House. | FILE | NATION MEDIA GROUP")
    assert actor(text, "Samuel Kiptoo").country == "KEN"
