"""A bare name after the first mention is the surname: where two people share a name word ("Gatoria
Maito" and "Maito Ronando"), "Maito said" is the one whose surname it is, whichever was named first; a
given name refers to its holder only when no one has it as a surname, as a family name written first
("Xi Jinping" -> "Xi") does. Short invented examples."""
from __future__ import annotations

from extract_helpers import article, statements

from app.extract.names import Registry


def _speakers(text: str) -> list[str]:
    return [speaker for speaker, _ in statements(text)]


def test_the_surname_holder_named_first_is_the_bare_name():
    text = article("President Gatoria Maito of Ruritania sent a message to Prime Minister Maito Ronando of Freedonia "
                   "on Monday to congratulate him on his re-election.",
                   "Maito said the two countries would deepen their cooperation in trade.")
    assert _speakers(text) == ["Gatoria Maito"]


def test_the_surname_holder_named_second_is_the_bare_name():
    text = article("Prime Minister Maito Ronando of Freedonia received a message from President Gatoria Maito of "
                   "Ruritania on Monday congratulating him on his re-election.",
                   "Maito said the two countries would deepen their cooperation in trade.")
    assert _speakers(text) == ["Gatoria Maito"]


def test_after_a_given_name_resolved_alone_a_new_surname_holder_takes_the_bare_name():
    registry = Registry(None)
    ronando = registry.person("Maito Ronando", [], "Prime Minister", 0)
    assert registry.short("Maito", 10) == ronando  # no one else: the given name is enough
    registry._alias(ronando, "Maito")
    gatoria = registry.person("Gatoria Maito", [], "President", 20)
    assert registry.short("Maito", 30) == gatoria
    assert registry.known("Maito") == gatoria


def test_the_registry_prefers_the_surname_most_recent_among_equals():
    registry = Registry(None)
    first = registry.person("Gatoria Maito", [], None, 0)
    registry.person("Maito Ronando", [], None, 10)
    assert registry.short("Maito", 20) == first
    second = registry.person("Lubela Maito", [], None, 30)
    assert registry.short("Maito", 40) == second
    assert registry.short("Ronando", 50) == 1


def test_a_given_name_alone_is_its_holder_when_no_one_has_it_as_a_surname():
    text = article("Prime Minister Maito Ronando of Freedonia received a message from President Lubriela Carberto of "
                   "Ruritania on Monday congratulating him on his re-election.",
                   "Maito said the two countries would deepen their cooperation in trade.")
    assert _speakers(text) == ["Maito Ronando"]


def test_a_family_name_written_first_still_refers_to_its_holder():
    text = article("Chinese President Xi Jinping on Monday sent a message to President Gatoria Maito of Ruritania "
                   "to congratulate him on his re-election.",
                   "Xi said the two countries would deepen their cooperation in trade.")
    assert _speakers(text) == ["Xi Jinping"]
    text = article("South Korean President Moon Jae-in on Monday sent a message to President Gatoria Maito of "
                   "Ruritania to congratulate him on his re-election.",
                   "Moon said the two countries would deepen their cooperation in trade.")
    assert _speakers(text) == ["Moon Jae-in"]


def test_a_korean_family_name_is_the_surname_against_a_western_given_name():
    registry = Registry(None)
    moon = registry.person("Moon Jae-in", [], "President", 0)
    registry.person("Moon Ronando", [], None, 10)
    assert registry.short("Moon", 20) == moon


def test_a_fathers_name_is_no_surname():
    registry = Registry(None)
    omar = registry.person("Omar bin Said", [], "King", 0)
    registry.person("Khalid bin Omar", [], None, 10)
    assert registry.short("Omar", 20) == omar
