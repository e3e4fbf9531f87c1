"""Forms of diplomatic copy seen in Balkan, Central European, Nordic, Russian, Ukrainian and African paper and
agency copy (replies told by their verb and a day, greetings exchanged for two festivals, ...), each on a short
example written for these tests."""
from __future__ import annotations

from extract_helpers import article, messages, statements


def test_a_reply_with_a_full_date_and_what_it_does_goes_back_to_the_writer():
    text = article("Foreign Minister Petra Lindqvist has sent a letter to her Ruritanian counterpart Amani Mugisha "
                   "proposing a joint commission on the river.",
                   "Mugisha replied on Monday, March 3, accepting the offer. The commission will meet in May, he wrote.")
    assert ("Amani Mugisha", "Petra Lindqvist", "letter") in messages(text)


def test_a_reply_told_by_answered_and_a_day_goes_back_to_the_writer():
    text = article("Prime Minister Petra Lindqvist has sent a letter of thanks to her Ruritanian counterpart "
                   "Amani Mugisha for the rescue teams.",
                   "Mugisha answered on Friday. \"Neighbours help each other,\" he wrote.")
    assert ("Amani Mugisha", "Petra Lindqvist", "letter") in messages(text)


def test_a_reply_with_a_day_before_with_a_letter_goes_back_to_the_writer():
    text = article("Trade minister Petra Lindqvist has written to Ruritanian Foreign Minister Amani Mugisha to ask "
                   "for lower tariffs on timber.",
                   "Mugisha replied on Tuesday with a short letter acknowledging receipt.")
    assert ("Amani Mugisha", "Petra Lindqvist", "letter") in messages(text)


def test_a_reply_with_a_festival_message_of_his_own_is_a_greeting_back():
    text = article("President Petra Lindqvist has sent New Year greetings to Ruritanian President Amani Mugisha.",
                   "Mugisha replied with a New Year message of his own, in which he praised the new rail link.")
    assert ("Amani Mugisha", "Petra Lindqvist", "greeting") in messages(text)


def test_a_cable_of_thanks_in_reply_to_a_named_person_goes_to_that_person_alone():
    text = article("President Petra Lindqvist sent a cable to Amani Mugisha congratulating him on his election.",
                   "Prime Minister Jonas Berg sent a similar cable to Mugisha.",
                   "On Friday, Mugisha responded with a cable of thanks to Lindqvist.")
    found = messages(text)
    assert ("Amani Mugisha", "Petra Lindqvist", "thanks") in found
    assert ("Amani Mugisha", "Jonas Berg", "thanks") not in found


def test_a_cable_sent_on_a_day_then_congratulating_someone_is_a_congratulation_to_him():
    text = article("President Petra Lindqvist sent a cable on Thursday congratulating Amani Mugisha on his "
                   "appointment as Prime Minister of Ruritania.")
    assert ("Petra Lindqvist", "Amani Mugisha", "congratulation") in messages(text)


def test_in_his_greeting_to_someone_the_writer_sent_him_a_greeting():
    text = article("President Jonas Berg has sent New Year greetings to several leaders.",
                   "In his greeting to Ruritanian President Amani Mugisha, Berg said the two states had grown closer.")
    assert ("Jonas Berg", "Amani Mugisha", "greeting") in messages(text)


def test_greetings_for_two_festivals_exchanged_are_two_greetings():
    text = article("President Jonas Berg and his Ruritanian counterpart Amani Mugisha have exchanged Easter and "
                   "New Year greetings, the presidency said.")
    found = messages(text)
    assert ("Jonas Berg", "Amani Mugisha", "greeting") in found
    assert ("Amani Mugisha", "Jonas Berg", "greeting") in found


def test_a_similar_letter_that_had_been_sent_to_a_government_is_of_the_kind_it_resembles():
    text = article("President Petra Lindqvist has sent a letter of thanks to Ruritanian President Amani Mugisha for the "
                   "rescue teams his country sent.",
                   "Her spokesman told reporters on Monday that a similar letter had been sent to the government of "
                   "Botswana.")
    assert ("Petra Lindqvist", "Government of Botswana", "thanks") in messages(text)


def test_senders_listed_with_semicolons_after_came_from_each_sent_a_message():
    text = article("LEADERS of three neighbouring countries have sent messages of condolence to President Kwame "
                   "Ofori-Boateng over the floods, the ministry has said.",
                   "The spokesperson said the messages came from the Head of State of Niger, General Issa Maiga; "
                   "President Paul Ndongo Essomba of Cameroon; and President Koffi Agbodjan of Togo.")
    found = messages(text)
    for sender in ("Issa Maiga", "Paul Ndongo Essomba", "Koffi Agbodjan"):
        assert (sender, "Kwame Ofori-Boateng", "condolence") in found


def test_in_a_roundup_a_chairperson_speaking_of_her_message_sent_one():
    text = article("Leaders across the continent have sent messages of condolence to Ruritanian President Amani "
                   "Mugisha after the landslide.",
                   "African Union Commission chairperson Grace Atieno Odhiambo said in her message that the continent "
                   "mourned with the Ruritanian people.")
    assert ("Grace Atieno Odhiambo", "Amani Mugisha", "condolence") in messages(text)


def test_a_reply_to_the_writer_saying_what_it_says_is_a_letter_back():
    text = article("Speaker Petra Lindqvist has sent a letter of thanks to the Parliament of Latvia for the generators.",
                   "Latvian Speaker Jonas Berg replied to Lindqvist on Friday, saying that more would follow.")
    assert ("Jonas Berg", "Petra Lindqvist", "letter") in messages(text)


def test_a_parliament_known_by_its_own_name_receives_a_letter():
    text = article("Speaker Petra Lindqvist has sent a letter of thanks to the Seimas of Lithuania after the vote on "
                   "the aid package.")
    assert ("Petra Lindqvist", "Seimas of Lithuania", "thanks") in messages(text)


def test_a_letter_asking_a_body_to_act_is_a_letter_whatever_the_lead_mourns():
    text = article("President Jonas Berg sent a letter of condolence to President Amani Mugisha after the floods.",
                   "Foreign minister Petra Lindqvist sent a letter to commissioner Anna Korhonen asking the Commission "
                   "to pay for a new bridge.",
                   title="Leaders send condolences over floods")
    assert ("Petra Lindqvist", "Anna Korhonen", "letter") in messages(text)


def test_a_separate_message_to_the_parliament_of_the_state_congratulated_is_a_congratulation():
    text = article("President Jonas Berg sent a congratulatory message to his Latvian counterpart Amani Mugisha on "
                   "the occasion of Latvia's National Day.",
                   "Speaker Petra Lindqvist addressed a separate message to the Parliament of Latvia, in which she "
                   "praised the cooperation between the two legislatures.")
    assert ("Petra Lindqvist", "Parliament of Latvia", "congratulation") in messages(text)


def test_a_message_to_a_people_named_by_the_adjective_drops_the_article():
    text = article("President Petra Lindqvist sent a message of condolence to the Moldovan people after the fire.")
    assert ("Petra Lindqvist", "Moldovan people", "condolence") in messages(text)


def test_a_parliament_glossed_after_its_name_with_of_the_is_one_recipient():
    text = article("President Jonas Berg has sent a message of condolence to President Amani Mugisha after the storm.",
                   "Speaker Petra Lindqvist also wrote to the Assembly of the Republic, Mozambique's parliament, to "
                   "express the solidarity of her colleagues.")
    found = messages(text)
    assert [m for m in found if m[0] == "Petra Lindqvist"] == [("Petra Lindqvist", "Assembly of the Republic", "condolence")]


def test_reads_part_of_the_message_after_an_exchange_is_the_writer_in_focus():
    text = article("President Jonas Berg and his Ruritanian counterpart Amani Mugisha have exchanged New Year "
                   "greetings, the presidency has said.",
                   "In his message, Berg said the new bridge had shown what the two countries can do together.",
                   "“May the new year bring peace to our two peoples,” reads part of the message.")
    assert ("Jonas Berg", "May the new year bring peace to our two peoples") in statements(text)


def test_an_indefinite_spokesperson_is_not_the_next_person_introduced_with_another_office():
    text = article("Foreign Minister Petra Lindqvist wrote to her Ruritanian counterpart Amani Mugisha on Monday.",
                   "Mugisha has not yet answered the letter, a spokesperson for the Foreign Ministry told Reuters.",
                   "Prime Minister Jonas Berg met the Polish president in Warsaw on Tuesday.",
                   "\"We will see,\" Berg said.")
    assert not [s for s in statements(text) if s[0] == "Jonas Berg"]


def test_told_an_outlet_styled_with_a_lower_case_letter_first_is_a_cue():
    text = article("The river border remains the hardest question for the new cabinet, Foreign Minister Petra "
                   "Lindqvist told bTV on Thursday.")
    assert ("Petra Lindqvist", "The river border remains the hardest question for the new cabinet") in statements(text)


def test_a_message_read_out_on_the_writers_behalf_speaks_for_the_writer_not_the_reader():
    text = article("President Jonas Berg on Tuesday addressed a written message to the participants of the regional "
                   "ports conference.",
                   "The message, read on his behalf by Minister Delegate Petra Lindqvist, stressed that the new "
                   "corridor would link the coast to the interior.")
    assert ("Jonas Berg", "the new corridor would link the coast to the interior") in statements(text)


def test_a_body_named_after_its_kind_in_lower_case_speaks():
    text = article("Relief organisation Open Road said its first convoy of blankets had left the port on Saturday "
                   "night.")
    assert ("Open Road", "its first convoy of blankets had left the port on Saturday night") in statements(text)


def test_the_subject_after_after_which_is_the_speaker():
    text = article("President Jonas Berg chaired an emergency cabinet meeting on Sunday, after which government "
                   "spokesperson Petra Lindqvist told reporters that the toll was likely to rise.")
    assert ("Petra Lindqvist", "the toll was likely to rise") in statements(text)


def test_a_message_to_the_people_of_a_state_goes_to_that_people():
    text = article("President Jonas Berg has sent a message of condolence to the people of Mozambique after the cyclone.")
    assert ("Jonas Berg", "people of Mozambique", "condolence") in messages(text)


def test_in_a_roundup_to_a_state_named_like_its_adjective_the_people_of_it_is_that_state():
    text = article("Leaders from around the world have sent messages of condolence to New Zealand after the floods.",
                   "King Harald Berg said in a message to the people of New Zealand that he was deeply saddened.")
    assert ("Harald Berg", "New Zealand", "condolence") in messages(text)


def test_a_roundup_leaders_words_give_way_to_his_own_message_to_a_person_of_that_state():
    text = article("Leaders from around the world have sent messages of condolence to New Zealand after the floods.",
                   "Australian Prime Minister Jonas Berg said the floods were a tragedy for the whole region.",
                   "Mr Berg also sent a message to Prime Minister Anna Korhonen, telling her that Australia would help.")
    found = messages(text)
    assert ("Jonas Berg", "Anna Korhonen", "condolence") in found
    assert ("Jonas Berg", "New Zealand", "condolence") not in found


def test_an_indefinite_body_spokesperson_telling_a_paper_is_an_unnamed_source():
    text = article("Foreign Minister Petra Lindqvist sent a letter to commissioner Anna Korhonen on the bridge.",
                   "A Commission spokesperson told The Daily Courier the letter had been received and would be "
                   "answered in due course.")
    assert statements(text) == []


def test_a_states_adjective_read_as_a_name_before_counterpart_is_no_recipient():
    text = article("Foreign Minister Petra Lindqvist sent a similar message to her Cabo Verdean counterpart, Filomena "
                   "Tavares.")
    assert [m[1] for m in messages(text)] == ["Filomena Tavares"]
