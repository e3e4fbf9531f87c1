"""Edges of names met on generated copy: a word that is an honorific before a name but closes a name
as its surname ("Prime Minister Radul Sayed"), and organisation names that must not swallow the
lower-case clause after them ("... inviting him to attend the World Conference"). Short invented
examples."""
from __future__ import annotations

from extract_helpers import article, messages, statements

from app.extract import extract
from app.extract.names import organization_forms, split_name


def _names(text: str) -> list[tuple[str, str]]:
    return sorted((a.name, a.kind) for a in extract(text).actors)


def test_an_honorific_closing_a_run_after_a_given_name_is_the_surname():
    text = article("DOHA, Apr. 3 (GD) -- His Majesty Lubriela Carberto, king of Belgium, on Monday sent a message to "
                   "Bruneian Prime Minister Radul Sayed inviting him to attend the World Conference on Renewable Energy.",
                   "Carberto said the two sides remain an example of cooperation.",
                   title="Carberto sends letter to Radul Sayed")
    assert _names(text) == [("Lubriela Carberto", "person"), ("Radul Sayed", "person")]
    assert messages(text) == [("Lubriela Carberto", "Radul Sayed", "letter")]


def test_the_same_name_with_an_ordinary_surname():
    text = article("His Majesty Lubriela Carberto, king of Belgium, on Monday sent a message to Bruneian Prime Minister "
                   "Radul Hamid inviting him to attend the World Conference on Renewable Energy.")
    assert messages(text) == [("Lubriela Carberto", "Radul Hamid", "letter")]


def test_other_honorifics_that_are_surnames_close_a_name_too():
    assert split_name(["Foreign", "Minister", "Julie", "Bishop"]) == (2, 4)
    assert split_name(["Vice", "Premier", "Wang", "Yang"]) == (2, 4)
    assert split_name(["President", "Tony", "Tan"]) == (1, 3)
    assert split_name(["Prime", "Minister", "John", "Major"]) == (2, 4)
    assert split_name(["Minister", "Ahmed", "Raja"]) == (1, 3)


def test_forms_of_address_and_abbreviations_closing_a_run_are_no_surname():
    assert split_name(["Lubriela", "Carberto", "His"]) == (0, 2)
    assert split_name(["Lubriela", "Carberto", "Dr"]) == (0, 2)
    assert split_name(["Lubriela", "Carberto", "Excellency"]) == (0, 2)


def test_honorifics_before_a_name_stay_honorifics():
    text = article("Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs of Oman, sent a message to "
                   "Bruneian Prime Minister Radul Sayed.")
    assert messages(text) == [("Badr bin Hamad Al Busaidi", "Radul Sayed", "letter")]
    assert split_name(["Bishop", "Luis", "Perera"]) == (1, 3)
    assert split_name(["Raja", "Ahmed", "Khan"]) == (1, 3)


def test_the_surname_alone_refers_to_the_person_named_before():
    text = article("Bruneian Prime Minister Radul Sayed on Monday received a letter from Australian Foreign Minister "
                   "Julie Bishop, who congratulated him on his re-election.",
                   "Sayed said the two countries remain close partners. Bishop said the ties were strong.")
    assert statements(text) == [("Radul Sayed", "the two countries remain close partners"),
                                ("Julie Bishop", "the ties were strong")]


def test_an_honorific_alone_refers_to_no_one_whose_surname_it_is_not():
    text = article("Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs of Oman, sent a message to "
                   "Bruneian Prime Minister Radul Hamid.",
                   "Sayyid said the two countries remain close partners.")
    assert "Sayyid" not in [name for name, _ in _names(text)]
    assert all(speaker != "Radul Hamid" for speaker, _ in statements(text))


def test_an_organisation_name_swallows_no_lower_case_clause():
    assert organization_forms("Sayed inviting him to attend the World Conference on Renewable Energy") is None
    assert organization_forms("Government from across Africa") is None
    assert organization_forms("the Forum on Water Security inviting its members to attend the Summit") == (
        "Forum on Water Security", [])
    assert organization_forms("Ministry of Foreign Affairs of Qatar urging closer ties") == (
        "Ministry of Foreign Affairs of Qatar", [])


def test_connecting_words_and_head_nouns_stay_inside_organisation_names():
    assert organization_forms("the Ministry of Foreign Affairs") == ("Ministry of Foreign Affairs", [])
    assert organization_forms("Forum on Water Security") == ("Forum on Water Security", [])
    assert organization_forms("Council for Trade and Development") == ("Council for Trade and Development", [])
    assert organization_forms("University of Dar es Salaam") == ("University of Dar es Salaam", [])
    assert organization_forms("Kremlin press service") == ("Kremlin press service", [])
    assert organization_forms("the Irish government") == ("Irish government", [])


def test_a_body_followed_by_a_clause_is_the_recipient():
    text = article("His Majesty Lubriela Carberto, king of Belgium, on Monday sent a message to the Forum on Water "
                   "Security inviting its members to attend the World Conference on Renewable Energy.")
    assert messages(text) == [("Lubriela Carberto", "Forum on Water Security", "letter")]
    assert ("Forum on Water Security", "organization") in _names(text)


def test_jan_is_a_given_name_and_jan_with_its_period_a_month():
    text = article("PRAGUE, Jan. 12 (CTK) -- Foreign Minister Jan Dvorak has sent a letter of thanks to Chilean "
                   "President Lena Duarte for the rescue team.",
                   "Dvorak said the two states would keep working together.")
    assert messages(text) == [("Jan Dvorak", "Lena Duarte", "thanks")]
    assert statements(text) == [("Jan Dvorak", "the two states would keep working together")]


def test_a_paper_told_by_its_masthead_is_no_speaker():
    text = article("BRUSSELS -- Prime Minister Luc Peeters has sent a letter of thanks to Chilean President Lena Duarte.",
                   "A ministry spokesperson told The Brussels Times that the letter was sent on Monday.",
                   "Peeters said Belgium would keep working with Chile.")
    assert _names(text) == [("Lena Duarte", "person"), ("Luc Peeters", "person")]
    assert statements(text) == [("Luc Peeters", "Belgium would keep working with Chile")]
