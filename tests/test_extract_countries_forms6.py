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
