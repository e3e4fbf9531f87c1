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
