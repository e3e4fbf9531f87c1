"""Where an actor's state comes from when his title names none (sixth part): a dateline whose bracketed outlet holds a
figure, and the party of a leading exchange who names the other his counterpart, each on a short example written for
these tests."""
from __future__ import annotations

from extract_helpers import actor, article


def test_a_datelines_city_before_an_outlet_holding_a_figure_gives_its_state():
    text = article("ACCRA (Radio7) – Foreign Minister Amani Mugisha has sent a letter of thanks to Chilean Foreign "
                   "Minister Lena Duarte for the rescue teams.",
                   "Deputy minister Omar Haddad told reporters that the teams had reached the coast.")
    assert actor(text, "Amani Mugisha").country == "GHA"
    assert actor(text, "Omar Haddad").country == "GHA"


def test_the_party_of_a_leading_exchange_naming_the_other_his_counterpart_gives_the_articles_state():
    text = article("Finnish prime minister Amani Mugisha and his Chilean counterpart Lena Duarte exchanged New Year "
                   "greetings on Monday.",
                   "Elsewhere, foreign minister Kiri Tane wrote to her Peruvian counterpart, Omar Haddad, asking for "
                   "a new fisheries agreement.",
                   "Political analyst Jonas Berg said the letter was overdue.")
    assert actor(text, "Kiri Tane").country == "FIN"
    assert actor(text, "Jonas Berg").country == "FIN"


def test_a_myanmar_outlet_on_the_byline_gives_the_articles_state():
    text = article("Mizzima | Monday, 3 March 2027",
                   "Foreign Minister Amani Mugisha has written to the Government of Thailand, urging it to reopen "
                   "the border crossings, the ministry said on Sunday.",
                   title="Minister writes to Bangkok over border crossings")
    assert actor(text, "Amani Mugisha").country == "MMR"


def test_a_burmese_honorific_before_a_name_gives_myanmar():
    text = article("Acting President U Kyaw Min Naing has sent a message of sympathy to the people of Japan after "
                   "the earthquake.",
                   "Minister Daw Nilar Soe said the relief flights would leave on Friday.",
                   title="Acting President sends sympathy to Japan")
    assert actor(text, "Kyaw Min Naing").country == "MMR"
    assert actor(text, "Nilar Soe").country == "MMR"


def test_an_aide_opening_a_sentence_by_a_pronoun_is_of_the_state_of_the_one_before():
    text = article("WELLINGTON, March 3 – Prime Minister Kiri Tane wrote to Chilean President Lena Duarte last week "
                   "to propose a joint fisheries patrol.",
                   "Duarte has not replied. Her spokeswoman, Rosa Vidal, said on Monday that the president was "
                   "studying every proposal.")
    assert actor(text, "Rosa Vidal").country == "CHL"


def test_an_office_after_a_name_that_holds_it_alone_is_not_the_next_names():
    text = article("LONDON, March 3 – Britain wants Chile to cut its tariffs on machinery before the summer.",
                   "In the letter to Omar Haddad, Chile's trade minister, Amani Mugisha says the talks have stalled.")
    assert actor(text, "Amani Mugisha").country == "GBR"


def test_a_british_paper_spoken_to_in_its_own_copy_gives_the_articles_state():
    text = article("The trade secretary, Amani Mugisha, has written to the Chilean trade minister, Omar Haddad, to "
                   "demand lower tariffs on machinery.",
                   "The opposition trade spokesman, Kiri Tane, told The Independent that the letter came too late.",
                   title="Trade secretary writes to Chile over tariffs")
    assert actor(text, "Kiri Tane").country == "GBR"


def test_a_foreign_mission_placed_in_a_city_gives_the_article_that_citys_state():
    text = article("President Amani Mugisha has written to his Brazilian counterpart Lena Duarte asking for a new "
                   "agreement on river transport.",
                   "Trade minister Omar Haddad told reporters that the barges had waited for months.",
                   "The Brazilian Embassy in Lima said the letter had been forwarded to Brasília.",
                   title="President writes to Brazil over river transport")
    assert actor(text, "Omar Haddad").country == "PER"
    assert actor(text, "Amani Mugisha").country == "PER"
