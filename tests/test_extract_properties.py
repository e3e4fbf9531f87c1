"""Properties of extraction on arbitrary input: it never raises, and what it returns is coherent.

Besides unconstrained unicode, the strategies compose text from the pieces extraction reacts
to (titles, reporting verbs, message nouns, quotation marks, newlines), so the generated
input reaches its rules rather than only its first line.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.evaluate import MESSAGE_KINDS
from app.extract import Extraction, extract

# Bounded for a 2-core CI: a fixed number of examples and no per-example deadline, since a
# loaded runner can stall any single call.
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)

FRAGMENTS = [
    "Chinese President", "Xi Jinping", "Xi", "President", "Prime Minister", "Samdech Techo", "His Majesty",
    "Sheikh", "Hun Sen", "Vladimir Putin", "General Secretary of the Central Committee of the Communist Party of China",
    "sent a congratulatory message to", "sent a message of condolence to", "extended congratulations",
    "replied to a letter from", "exchanged congratulatory messages", "also sent", "New Year greetings",
    "In his message,", "said", "said that", "added", "noted", "stressed that", "expressed the belief that",
    "He said", "she said", "the Chinese president", "and", ",", ".", ";", " -- ", "(Xinhua)", "BEIJING, Jan. 1",
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\n", "\n\n", " ", "  ", "\t", "Related:", "Editor's note:",
    "Photo:", "on his election as", "on the 75th anniversary of", "of the Republic of Korea", "Türkiye", "Erdoğan",
]

DEV_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))]

wire_like = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map(" ".join)
mixed = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60).map("".join)
long_line = st.tuples(st.sampled_from(FRAGMENTS), st.integers(1, 3000)).map(lambda pair: pair[0] * pair[1])
any_text = st.one_of(st.text(), wire_like, mixed, long_line, st.just(""), st.just("\n \n\t"))


def check_coherent(text: str, result: Extraction) -> None:
    assert isinstance(result, Extraction)
    assert isinstance(result.title, str)
    n_actors = len(result.actors)
    for actor in result.actors:
        assert isinstance(actor.name, str) and actor.name.strip()
        assert actor.kind in {"person", "organization", "state"}
        assert actor.country is None or (len(actor.country) == 3 and actor.country.isupper())
    for message in result.messages:
        assert 0 <= message.sender < n_actors and 0 <= message.recipient < n_actors
        assert message.kind in MESSAGE_KINDS
        assert 0 <= message.start <= message.end <= len(text)
    for statement in result.statements:
        assert 0 <= statement.speaker < n_actors
        assert statement.kind in {"direct", "reported"}
        assert 0 <= statement.start <= statement.end <= len(text)
        assert statement.text == text[statement.start:statement.end]
        assert statement.message is None or 0 <= statement.message < len(result.messages)
    # the guideline JSON is built from the same indexes: it must serialise too
    result.to_guideline_json()


@PROPERTY_SETTINGS
@given(any_text)
def test_extract_never_raises_and_stays_coherent(text: str) -> None:
    check_coherent(text, extract(text))


@PROPERTY_SETTINGS
@given(st.lists(wire_like, min_size=1, max_size=6))
def test_paragraphs_of_wire_fragments(paragraphs: list[str]) -> None:
    text = "Headline\n\n" + "\n\n".join(paragraphs)
    check_coherent(text, extract(text))


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200), st.sampled_from(["\r\n", "\r", "\u2028", "\x00"]))
def test_unusual_separators(text: str, separator: str) -> None:
    joined = separator.join([text, "Xi said the ties are strong.", text])
    check_coherent(joined, extract(joined))


@st.composite
def damaged_articles(draw: st.DrawFn) -> str:
    """A development article cut anywhere (mid-name, mid-quote) with a few characters
    inserted: real patterns in broken shapes."""
    text = draw(st.sampled_from(DEV_TEXTS))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    piece = text[start:end]
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(piece)))
        piece = piece[:at] + draw(st.sampled_from(['"', "\u201c", "\u201d", "\n\n", ", ", " said", "."])) + piece[at:]
    return piece


@PROPERTY_SETTINGS
@given(damaged_articles())
def test_damaged_development_articles(text: str) -> None:
    check_coherent(text, extract(text))
