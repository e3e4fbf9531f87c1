"""Where an actor's state comes from when his title names none (fifth part): an exchange led by one party and his
counterpart, a paper named by its state or city, two states' adjectives before plural offices, two states as the
subject of a writer's words, a headline's state pressing another, an office in an appositive after the main verb, a
body followed by its state's possessive, "Congolese", a state's body cited as source, a paper "The <Demonym>", a centre
named for its city, an appointment to a state's office, a capital for its state, and a mixed-case city dateline; each
on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article

from app.extract import extract


def test_an_exchange_with_a_counterpart_gives_the_other_party_the_state_the_article_names_most():
    for first in ("President Amani Mugisha and his Finnish counterpart, Lena Duarte, exchanged",
                  "On Monday, President Amani Mugisha and his Finnish counterpart Lena Duarte exchanged"):
        text = article(f"{first} congratulatory messages on the centenary of diplomatic relations, the presidential "
                       "office said.",
                       "Foreign Minister Omar Haddad, meanwhile, wrote to his Latvian counterpart, Kiri Tane, about the "
                       "ferry line.",
                       "Estonian towns marked the day with concerts, and the Estonian ministry said more would follow "
                       "across Estonia.",
                       title="Estonian and Finnish presidents exchange messages")
        assert actor(text, "Amani Mugisha").country == "EST"
        assert actor(text, "Omar Haddad").country == "EST"
        assert actor(text, "Lena Duarte").country == "FIN"


def test_a_paper_named_by_its_state_under_the_title_gives_the_article_its_state():
    text = article("Malta Review",
                   "Prime Minister Amani Mugisha has sent a letter of thanks to the Prime Minister of Japan, Kenji "
                   "Moriyama, for the relief supplies.",
                   "Health Minister Omar Haddad said the clinics had reopened.")
    assert actor(text, "Amani Mugisha").country == "MLT"
    assert actor(text, "Omar Haddad").country == "MLT"


def test_a_paper_named_by_its_city_and_its_staff_under_the_title_gives_the_article_its_state():
    text = article("The Lisbon Globe staff",
                   "President Amani Mugisha has sent a message of congratulations to Brazilian President Lena Duarte "
                   "on her election.")
    assert actor(text, "Amani Mugisha").country == "PRT"


def test_two_states_before_plural_offices_give_the_two_named_after_them_their_states():
    text = article("Malta Review",
                   "Prime Minister Amani Mugisha has sent letters of congratulation to her Finnish and Estonian "
                   "counterparts, Lena Duarte and Kiri Tane, on the new ferry line.",
                   "Mugisha wrote that the line would bring the three islands closer.")
    assert actor(text, "Lena Duarte").country == "FIN"
    assert actor(text, "Kiri Tane").country == "EST"
    assert actor(text, "Amani Mugisha").country == "MLT"


def test_the_writers_state_paired_with_the_addressees_as_the_subject_of_his_words_is_his():
    text = article("President Amani Mugisha has sent a message of congratulations to Zambian President-elect Lena "
                   "Duarte on her victory in the presidential election.",
                   "\"Kenya and Zambia are bound by trade and history. I look forward to working with you,\" the "
                   "President said.",
                   "Meanwhile, Senate Speaker Omar Haddad has sent a separate letter to the Speaker of Zambia's "
                   "Parliament, Kiri Tane.")
    assert actor(text, "Amani Mugisha").country == "KEN"
    assert actor(text, "Omar Haddad").country == "KEN"


def test_a_headline_whose_subject_is_a_state_pressing_another_gives_the_lead_sender_its_state():
    text = article("International relations minister Amani Mugisha has written to Danish Foreign Minister Lena "
                   "Duarte to ask that Denmark lift its visa rules.",
                   "Department spokesperson Omar Haddad said the letter had been delivered last week.",
                   title="Kenya presses Copenhagen over visa rules in letter to foreign minister")
    assert actor(text, "Amani Mugisha").country == "KEN"
    assert actor(text, "Omar Haddad").country == "KEN"


def test_a_head_of_states_office_in_an_appositive_after_the_main_verb_gives_its_state():
    text = article("ACCRA – Leaders of two neighbouring countries have sent messages of condolence to President Omar "
                   "Haddad over the floods, the Ministry of Foreign Affairs has said.",
                   "In a statement, the ministry's spokesperson said the messages came from the Head of State of "
                   "Chad, General Amani Mugisha, and President Lena Duarte of Togo.",
                   "General Mugisha, in his message, said the people of Chad shared the pain of their brothers.")
    assert actor(text, "Amani Mugisha").country == "TCD"


def test_a_body_followed_by_a_states_possessive_and_its_kind_is_that_states():
    text = article("PRETORIA – President Amani Mugisha has sent a message of condolence to President Lena Duarte of "
                   "Malawi after the floods.",
                   "Speaker Omar Haddad also wrote to the Grand Council of the Nation, Malawi's parliament, to "
                   "express the solidarity of the lawmakers.",
                   "The Grand Council of the Nation said it would hold a day of mourning.")
    assert actor(text, "Grand Council of the Nation").country == "MWI"


def test_congolese_is_of_the_democratic_republic_where_the_article_names_it():
    text = article("Leaders have sent messages of condolence to Congolese President Amani Mugisha after the floods in "
                   "Goma.",
                   "Ugandan President Lena Duarte wrote that her country's thoughts were with the families.",
                   title="DRC: leaders send condolences after floods")
    assert actor(text, "Amani Mugisha").country == "COD"
    text = article("Leaders have sent messages of condolence to Congolese President Amani Mugisha after the floods in "
                   "Brazzaville.",
                   "Ugandan President Lena Duarte wrote that her country's thoughts were with the families.")
    assert actor(text, "Amani Mugisha").country == "COG"


def test_an_office_holder_after_a_states_body_cited_as_source_is_of_that_state():
    text = article("RABAT – King Amani Mugisha received congratulatory messages from several leaders on the "
                   "anniversary of the country's independence.",
                   "According to the Jordanian government, Prime Minister Lena Duarte said in her cable that the "
                   "two kingdoms shared a common destiny.")
    assert actor(text, "Lena Duarte").country == "JOR"


def test_a_paper_named_the_and_a_states_adjective_told_mid_sentence_gives_the_article_its_state():
    text = article("President Amani Mugisha has sent a letter of thanks to Angolan President Lena Duarte for the "
                   "aircraft.",
                   "Press secretary Omar Haddad told The Zambian on Tuesday that a second letter had been sent.")
    assert actor(text, "Amani Mugisha").country == "ZMB"
    assert actor(text, "Omar Haddad").country == "ZMB"


def test_a_researcher_at_a_centre_named_for_its_city_is_of_that_citys_state():
    text = article("Lisbon",
                   "Prime Minister Amani Mugisha has sent a letter of condolence to Spanish Prime Minister Lena "
                   "Duarte after the fires.",
                   "\"Madrid wants to be seen as a partner,\" said Omar Haddad, a researcher at the Warsaw Institute "
                   "for Security Studies.")
    assert actor(text, "Omar Haddad").country == "POL"


def test_an_office_before_a_comma_is_not_the_state_of_a_spokesman_with_his_own_office():
    text = article("Prime Minister Amani Mugisha sent a cable congratulating Lena Duarte on her appointment as "
                   "Prime Minister of Chile, Government Spokesperson Omar Haddad said in a statement.",
                   "Mugisha said that Lima looked forward to closer ties with Santiago.")
    assert actor(text, "Omar Haddad").country != "CHL"


def test_one_appointed_to_a_states_office_and_formerly_at_an_international_body_is_of_that_state():
    text = article("Prime Minister Amani Mugisha sent a cable on Thursday congratulating Lena Duarte on her "
                   "appointment as Prime Minister of Chile, Government Spokesperson Omar Haddad said in a statement.",
                   "On Friday, Duarte responded with a cable of thanks to Mugisha.",
                   "\"Peru has always stood by Chile in its hardest days,\" Duarte wrote.",
                   "Duarte, a former judge at the International Court of Justice, was designated on Tuesday.")
    assert actor(text, "Lena Duarte").country == "CHL"


def test_a_capital_standing_for_its_state_in_a_writers_words_gives_his_state():
    text = article("Prime Minister Amani Mugisha sent a cable to Chilean President Lena Duarte, in which he said "
                   "that Lima looked forward to reviving the joint committee.",
                   "Government spokesperson Omar Haddad said the cable was sent on Thursday.")
    assert actor(text, "Amani Mugisha").country == "PER"


def test_a_known_city_in_mixed_case_and_a_colon_opening_the_lede_is_a_dateline():
    text = article("Published: March 3, 2027 10:15",
                   "Abu Dhabi: President His Highness Sheikh Amani Mugisha has sent a cable of congratulations to "
                   "King Omar Haddad of Jordan on the occasion of his country's national day.",
                   "Minister of Foreign Affairs Lena Duarte also sent a cable to her Jordanian counterpart.")
    names = [a.name for a in extract(text).actors]
    assert "Abu Dhabi" not in names
    assert actor(text, "Amani Mugisha").country == "ARE"
    assert actor(text, "Lena Duarte").country == "ARE"
