"""Forms of diplomatic copy seen in Levantine, Maghreb, West African and Mediterranean paper and agency copy (an
exchange told with its day, a letter's act after a government, a reply whose words name a meeting, a letter made
public by an adviser, a President-elect named after a comma, a stamp line under the title), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_an_exchange_with_its_day_before_the_partners_is_an_exchange_with_each():
    text = article("President Halima Ndiaye exchanged cables of greetings on Sunday with Ruritanian President "
                   "Tomas Varga and Borduvian Prime Minister Ilse Brandauer on the occasion of Eid al-Fitr.")
    found = messages(text)
    for sender, recipient in [("Halima Ndiaye", "Tomas Varga"), ("Tomas Varga", "Halima Ndiaye"),
                              ("Halima Ndiaye", "Ilse Brandauer"), ("Ilse Brandauer", "Halima Ndiaye")]:
        assert (sender, recipient, "greeting") in found


def test_a_government_before_the_letters_act_calling_for_is_a_recipient():
    text = article("Foreign Minister Sofia Brandt has written to her Danish counterpart, Lars Holmgaard, and to the "
                   "Norwegian government calling for a joint fisheries plan.")
    found = messages(text)
    assert ("Sofia Brandt", "Lars Holmgaard", "letter") in found
    assert any(s == "Sofia Brandt" and r.endswith(("Norwegian government", "Government of Norway"))
               for s, r, _ in found)


def test_a_reply_whose_own_words_name_a_meeting_is_still_a_reply():
    text = article("Foreign Minister Sofia Brandt has written to her Danish counterpart, Lars Holmgaard, calling "
                   "for a joint fisheries plan.",
                   "Holmgaard replied in writing on Friday, saying that Copenhagen would host a meeting of experts.")
    assert ("Lars Holmgaard", "Sofia Brandt", "letter") in messages(text)


def test_a_letter_made_public_by_an_adviser_is_the_presidents_to_the_president_elect():
    text = article("President Daniel Okonkwo has congratulated Gambia's President-elect, Lamin Touray Jobe, on his "
                   "victory in the presidential election.",
                   "In a letter to the President-elect, released on Monday by the Senior Special Assistant to the "
                   "President on Media, Mr Tunde Bakare, the President said the vote showed the strength of "
                   "Gambian democracy.")
    found = messages(text)
    assert ("Daniel Okonkwo", "Lamin Touray Jobe", "congratulation") in found
    assert not any(s == "Tunde Bakare" for s, _, _ in found)


def test_a_president_elect_named_after_a_comma_keeps_that_title():
    text = article("President Daniel Okonkwo has congratulated Gambia's President-elect, Lamin Jobe, on his victory.",
                   "Jobe said he was grateful.")
    assert "President-elect" in (actor(text, "Lamin Jobe").title or "")


def test_a_chief_and_an_adviser_to_the_president_are_not_the_leader_who_wrote():
    text = article("President Daniel Okonkwo has congratulated Gambia's President-elect, Lamin Jobe, on his victory.",
                   "In a letter to the President-elect, made public by the Special Adviser to the President on Media, "
                   "Chief Tunde Bakare, the President said the vote was fair.",
                   "\u201cWe stand ready to work with you,\u201d the Nigerian leader wrote.")
    assert ("Daniel Okonkwo", "We stand ready to work with you") in statements(text)


def test_an_updated_stamp_under_the_title_is_no_lede():
    text = article("Updated April 3, 2026",
                   "President Daniel Okonkwo has congratulated Gambia's President-elect, Lamin Jobe, on his victory "
                   "in last Sunday's election.",
                   "In a letter to the President-elect, the President said the vote was fair.",
                   title="Okonkwo Congratulates Gambia's President-Elect Jobe, Pledges Stronger Ties")
    assert ("Daniel Okonkwo", "Lamin Jobe", "congratulation") in messages(text)


def test_a_parliament_named_with_a_french_elision_keeps_its_whole_name():
    text = article("Speaker Jonas Berg sent a message of sympathy to the National Assembly of Côte d'Ivoire on behalf "
                   "of the House.")
    assert ("Jonas Berg", "National Assembly of Côte d'Ivoire", "condolence") in messages(text)


def test_a_reply_to_both_leaders_thanks_each_who_wrote_also_to_the_people():
    text = article("Uruguayan President Tomas Varga on Monday sent a message of congratulations to his Ecuadorian "
                   "counterpart, Ilse Brandauer, on the 30th anniversary of the founding of the Republic.",
                   "Cuban President Pedro Alvarez Soto addressed his message to the Ecuadorian people.",
                   "Brandauer replied to both leaders with letters of thanks on Tuesday, saying that Ecuador would "
                   "host the next summit.")
    found = messages(text)
    assert ("Ilse Brandauer", "Tomas Varga", "thanks") in found
    assert ("Ilse Brandauer", "Pedro Alvarez Soto", "thanks") in found


def test_writing_on_social_media_that_is_what_the_subject_said():
    text = article("Peruvian Foreign Minister Ana Lucia Quispe also greeted Ecuador on social media, writing on X "
                   "that Lima and Quito share a common history.")
    assert ("Ana Lucia Quispe", "Lima and Quito share a common history") in statements(text)


def test_a_similar_message_naming_no_recipient_goes_where_the_one_it_resembles_went():
    text = article("Governor Arash Karimi on Friday received a letter of Nowruz greetings from French President Paul "
                   "Dufresne.",
                   "Turkish Vice President Kemal Aydin sent a similar message, wishing the people of the region peace "
                   "and prosperity in the new year.")
    assert ("Kemal Aydin", "Arash Karimi", "greeting") in messages(text)


def test_a_research_centres_name_is_no_person_before_the_researcher_who_speaks():
    text = article("Maria Olsen, a climate researcher at the Oslo-based Center for Middle Eastern Strategic Studies, "
                   "told reporters that the plan would fail.")
    assert ("Maria Olsen", "the plan would fail") in statements(text)


def test_a_message_to_the_nation_in_which_he_said_is_its_subjects_words():
    text = article("The Spanish President, Ramon Ortiz Vega, wished the people peace, while the Peruvian head of State, "
                   "Luis Quispe Mamani, wrote that Lima counts on Madrid.",
                   "On the eve of the anniversary, Neves Tavares addressed a message to the nation in which he said "
                   "that independence was a daily construction of every citizen.")
    assert ("Neves Tavares", "independence was a daily construction of every citizen") in statements(text)


def test_a_body_that_informed_at_the_end_of_the_sentence_speaks_over_it():
    text = article("The President of the Republic, Carlos Alberto Neves Tavares, received messages of congratulations "
                   "on the anniversary of independence from the heads of State of Spain and Peru, the Presidency of "
                   "the Republic informed.")
    assert any(speaker == "Presidency of the Republic" for speaker, _ in statements(text))
