"""Where an actor's state comes from when his title names none (fifth part): an exchange led by one party and his
counterpart, each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article


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

