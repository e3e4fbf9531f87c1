"""Where an actor's state comes from when his title names none (fourth part): two-letter honorifics after an
appositive office, an envoy's office "to" a state, more demonyms, a place line naming its state and a state marking
its day, each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article


def test_an_appositive_office_before_a_two_letter_honorific_gives_its_state():
    text = article("GABORONE – President Amani Mugisha has sent New Year greetings to his Zimbabwean counterpart, "
                   "President Kofi Moyo, and to Peru's President, Ms Lena Duarte.")
    assert actor(text, "Lena Duarte").country == "PER"


def test_an_envoys_office_to_a_state_is_the_sending_states():
    text = article("ACCRA, March 3 – President Amani Mugisha has sent a letter of thanks to Chilean President "
                   "Lena Duarte for the rescue teams.",
                   "Meanwhile, Peru's Ambassador to Ghana, Mr Omar Haddad, said the two states would sign a port "
                   "agreement.")
    assert actor(text, "Omar Haddad").country == "PER"


def test_cabo_verdean_is_a_demonym():
    text = article("LISBON, March 3 – Foreign Minister Amani Mugisha sent a message of congratulations to her "
                   "Cabo Verdean counterpart, Lena Duarte.")
    assert actor(text, "Lena Duarte").country == "CPV"


def test_a_place_line_naming_a_state_after_a_city_gives_that_state():
    text = article("Smallport, Tonga",
                   "The Prime Minister, Hon. Amani Mugisha, has sent a letter of thanks to the Prime Minister of "
                   "Japan, Kenji Moriyama, for the relief supplies.",
                   "The Minister of Health, Dr Omar Haddad, told reporters that the clinics had reopened.")
    assert actor(text, "Amani Mugisha").country == "TON"
    assert actor(text, "Omar Haddad").country == "TON"


def test_one_who_receives_messages_as_a_state_marks_its_independence_is_of_that_state():
    text = article("Prime Minister Amani Mugisha has received letters of congratulations from Australian Prime "
                   "Minister Lena Duarte and New Zealand Prime Minister Kiri Tane as Vanuatu marks 46 years of "
                   "Independence.",
                   "Duarte wrote that Australia was proud to be a partner.")
    assert actor(text, "Amani Mugisha").country == "VUT"


def test_one_receiving_messages_on_his_states_day_gives_the_article_its_state():
    text = article("Prime Minister Amani Mugisha has received letters of congratulations as Vanuatu marks 46 years "
                   "of Independence.",
                   "Australian Prime Minister Lena Duarte wrote that Australia was proud to be a partner.",
                   "New Zealand Prime Minister Kiri Tane said the Pacific family stood together.",
                   "In a separate development, Minister of Foreign Affairs Omar Haddad has written to the Secretary "
                   "General of the Pacific Islands Forum urging a moratorium on deep sea mining.")
    assert actor(text, "Omar Haddad").country == "VUT"


def test_taiwanese_is_a_demonym():
    text = article("Prime Minister Amani Mugisha and his Taiwanese counterpart, Lin Chia-wei, exchanged "
                   "congratulatory messages on the anniversary of diplomatic relations.")
    assert actor(text, "Lin Chia-wei").country == "TWN"


def test_a_headline_making_a_state_its_subject_gives_the_lead_sender_that_state():
    text = article("Minister of Foreign Affairs Amani Mugisha has sent a letter of sympathy to Philippine Secretary "
                   "of Foreign Affairs Lena Duarte following the earthquake.",
                   "The Ministry of Foreign Affairs said in a press release that no citizens had been hurt.",
                   title="Brunei conveys sympathy over quake")
    assert actor(text, "Amani Mugisha").country == "BRN"


def test_a_headline_making_a_states_office_its_subject_gives_the_lead_sender_that_state():
    text = article("Prime minister Amani Mugisha has sent a message to Suriname's president Lena Duarte to mark "
                   "the independence day.",
                   "Foreign affairs minister Omar Haddad said the message had been delivered.",
                   title="Dutch PM marks Suriname's independence day with message")
    assert actor(text, "Amani Mugisha").country == "NLD"
    assert actor(text, "Omar Haddad").country == "NLD"


def test_a_byline_in_capitals_read_as_the_dateline_leaves_the_state_to_the_next_dateline():
    text = article("STAFF REPORT",
                   "ISLAMABAD: Prime Minister Amani Mugisha has written to Uzbek President Lena Duarte seeking early "
                   "financial close of the railway project.",
                   "In the letter, the prime minister said the corridor would cut freight time.")
    assert actor(text, "Amani Mugisha").country == "PAK"


def test_an_office_between_two_names_is_the_second_ones():
    text = article("ACCRA, March 3 – The President, Mr Amani Mugisha, has received messages of sympathy from West "
                   "African heads of state following the market fire.",
                   "In his message to Mr Mugisha, the President of Côte d'Ivoire, Mr Omar Haddad, said the Ivorian "
                   "people shared the grief of their neighbours.")
    assert actor(text, "Amani Mugisha").country == "GHA"
    assert actor(text, "Omar Haddad").country == "CIV"


def test_a_paper_of_a_small_state_spoken_to_in_its_own_copy_gives_its_state():
    text = article("President Amani Mugisha has sent a message to the President of the Republic of Guinea, General "
                   "Lena Duarte, on the occasion of Guinea's independence anniversary.",
                   "Sources at the Japanese Embassy told Awoko that a second consignment was expected.")
    assert actor(text, "Amani Mugisha").country == "SLE"


def test_the_host_written_to_on_his_states_day_gives_the_article_its_state_over_the_leads_sender():
    text = article("Prime Minister Amani Mugisha has received a congratulatory message from Australian Prime Minister "
                   "Lena Duarte as Fiji celebrates its Independence Day.",
                   "In a separate development, Minister of Foreign Affairs Omar Haddad told reporters that the flag "
                   "would be raised at noon.")
    assert actor(text, "Omar Haddad").country == "FJI"


def test_a_headline_naming_a_states_office_by_its_possessive_gives_the_lead_sender_that_state():
    text = article("Minister Amani Mugisha has sent a message of condolence to Indian Prime Minister Lena Duarte over "
                   "the floods.",
                   title="Japan's foreign minister sends condolences to India")
    assert actor(text, "Amani Mugisha").country == "JPN"
