"""Forms of wire copy met in the sixth blind set (party offices, lists of senders and recipients,
group recipients), each on a short example written for these tests."""
from __future__ import annotations

from app.extract import extract


def messages(text: str) -> list[tuple[str, str, str]]:
    result = extract(text)
    return sorted((result.actors[m.sender].name, result.actors[m.recipient].name, m.kind) for m in result.messages)


def statements(text: str) -> list[tuple[str, str]]:
    result = extract(text)
    for s in result.statements:
        assert text[s.start:s.end] == s.text
    return [(result.actors[s.speaker].name, s.text) for s in result.statements]


def article(*paragraphs: str, title: str = "Leaders send messages") -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"


def test_a_party_named_in_an_appositive_office_is_no_person():
    text = article("Prime Minister Tomas Varga sent a congratulatory message to R.K. Menon, President of the "
                   "Bharatiya Lok Party, on the party's victory.")
    assert messages(text) == [("Tomas Varga", "R.K. Menon", "congratulation")]
    assert all(a.name != "Bharatiya Lok" for a in extract(text).actors)
