"""Where an actor's state comes from when his title names none (third part): outlets of more states, datelines of
more forms, envoys, exchanges, home politics, bodies and Taiwan's official name, each on a short example written for
these tests."""
from __future__ import annotations

from extract_helpers import actor, article


def test_a_public_broadcaster_named_under_the_title_gives_its_state():
    text = article("Yle News",
                   "President Amani Mugisha has sent a letter of thanks to Chilean President Lena Duarte for the "
                   "firefighting aircraft.")
    assert actor(text, "Amani Mugisha").country == "FIN"


def test_a_city_bracketed_after_the_date_is_the_dateline():
    text = article("March 3, 2026 (MOMBASA) – President Amani Mugisha has received a written message from Chilean "
                   "President Lena Duarte on the port.",
                   "In a statement, the Presidency said Mugisha would reply in writing.")
    assert actor(text, "Amani Mugisha").country == "KEN"


def test_a_spanish_day_and_month_after_a_city_is_a_dateline():
    text = article("Asunción, 4 de mayo (AP Agencia).- The President of the Republic, Amani Mugisha, received a "
                   "letter from Chilean President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "PRY"


def test_the_envoy_of_a_told_person_is_of_his_state():
    text = article("NAIROBI, March 3 – President Amani Mugisha has received a written message from Chilean "
                   "President Lena Duarte.",
                   "The letter was delivered by Duarte's special envoy, Omar Haddad, who met Mugisha at State House.",
                   "Speaking to reporters, Haddad said the two states would sign a port agreement.")
    assert actor(text, "Omar Haddad").country == "CHL"


def test_an_exchange_leads_and_the_article_names_one_of_the_two_states_most():
    text = article("President Amani Mugisha and Chilean President Lena Duarte exchanged congratulatory messages on "
                   "the anniversary of diplomatic ties.",
                   "In his message, Mugisha said Kenya would keep working with Santiago on trade.",
                   "Foreign Minister Omar Haddad also sent a letter to his Chilean counterpart, Rosa Vidal, inviting "
                   "her to visit Kenya.",
                   "Kenya's exports of tea grew last year, the ministry said.")
    assert actor(text, "Omar Haddad").country == "KEN"


def test_an_opposition_leader_of_untold_state_is_of_the_home_state():
    text = article("President Amani Mugisha has received congratulatory messages on Kenya's Independence Day from "
                   "Chilean President Lena Duarte, Peruvian President Rosa Vidal and Bolivian President Juan Quispe.",
                   "Opposition leader Omar Haddad also sent a congratulatory message to Mugisha.",
                   '"The nation must stay united," Haddad said.')
    assert actor(text, "Omar Haddad").country == "KEN"


def test_a_body_first_named_with_a_states_possessive_is_of_that_state():
    text = article("Chilean President Lena Duarte has sent a written message to the head of Peru's Sovereign "
                   "Council, Amani Mugisha, on the border.",
                   "In a statement, the Sovereign Council said Mugisha welcomed the message.")
    assert actor(text, "Sovereign Council").country == "PER"


def test_the_republic_of_china_is_taiwan_and_the_peoples_republic_china():
    text = article("Foreign Minister Amani Mugisha of Paraguay sent a note of thanks to the Government of the "
                   "Republic of China (Taiwan) for the donation.",
                   "President of the People’s Republic of China Lena Duarte sent a letter to Mugisha on trade.")
    assert actor(text, "Government of the Republic of China").country == "TWN"
    assert actor(text, "Lena Duarte").country == "CHN"


def test_a_state_of_several_words_right_before_the_title_gives_its_state():
    text = article("Chilean President Lena Duarte has received congratulatory messages from several leaders.",
                   "St. Kitts and Nevis Prime Minister Amani Mugisha also sent a congratulatory message to Duarte.")
    assert actor(text, "Amani Mugisha").country == "KNA"


def test_a_legislature_of_one_state_named_in_its_own_tongue_gives_its_state():
    text = article("MOSCOW, May 3 (TASS) - State Duma Chairman Omar Haddad sent a congratulatory message to Chairman "
                   "of the Majilis Amani Mugisha on the anniversary.")
    assert actor(text, "Amani Mugisha").country == "KAZ"


def test_a_mourner_without_office_is_of_the_state_the_senders_other_condolences_went_to():
    text = article("NAIROBI, March 3 – President Amani Mugisha has sent a message of condolence to Chile's Vice "
                   "President Lena Duarte following the death of President Omar Haddad.",
                   "President Mugisha also sent a separate message of condolence to the late President's widow, "
                   "Rosa Haddad, and the family.")
    assert actor(text, "Rosa Haddad").country == "CHL"


def test_a_minister_for_international_co_operation_is_no_international_body():
    text = article("NAIROBI, March 3 – The Minister of State for International Co-operation, Amani Mugisha, sent a "
                   "message of condolence to Chilean President Lena Duarte after the floods.")
    assert actor(text, "Amani Mugisha").country == "KEN"
