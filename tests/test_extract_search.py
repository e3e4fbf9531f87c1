"""The extractor finds cues and name runs by faster routes than one pattern search per span
(statements.cues over a byte copy of the text; names.sentence_runs once per paragraph): these
tests assert the routes find exactly what the plain searches find."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.extract import names, statements
from app.extract.segment import paragraphs, quotes, sentences

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))]
EDGES = [
    "said the minister. Peskov said, “we are ready”—said nothing more—and well-read nation-states noted it.",
    "He went on to say that, (said) \"said\" /says/ ‘noted’ told reporters Monday, told the Xinhua News Agency.",
    "Łukasz Świątek said; Ğazal reaffirmed… 北京 said it, and “stressed” that relations ­noted grow.",
    "Ms. Ma. Teresita Daza said. Martin Luther King Jr. The crowd cheered. U.S. President Joe Biden wrote.",
    'Vice President Maria Leonor "Leni" Robredo met Bashar al-Assad. He told al-Jazeera. (CPC) leaders said.',
]


def plain_cues(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if lo > 0:
        return [m.span("verb") for m in statements._CUE.finditer(text, lo - 1, hi)]
    first = statements._CUE_OPENING_TEXT.match(text, 0, hi)
    rest = statements._CUE.finditer(text, first.end() if first else 0, hi)
    return ([first.span("verb")] if first else []) + [m.span("verb") for m in rest]


def spans_of(text: str) -> list[tuple[int, int]]:
    """Ranges to search: every line, and random slices (cut mid-word or mid-quotation)."""
    rng = random.Random(len(text))
    lines = [(p.start, p.end) for p in paragraphs(text)]
    cuts = [sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1))) for _ in range(20)]
    return lines + [(0, len(text))] + [(a, b) for a, b in cuts]


@pytest.mark.parametrize("text", TEXTS + EDGES)
def test_cues_are_those_of_the_plain_search(text: str) -> None:
    for lo, hi in spans_of(text):
        assert [m.span("verb") for m in statements.cues(text, lo, hi)] == plain_cues(text, lo, hi), (lo, hi)


def runs_per_sentence(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    out = []
    for lo, hi in spans:
        quoted = text.find('"', lo, hi) >= 0 or text.find("“", lo, hi) >= 0
        runs = list((names.RUN_WITH_NICKNAMES if quoted else names.RUN).finditer(text, lo, hi))
        out.append([m.span() for m in names._with_prefixed(text, lo, hi, runs)])
    return out


@pytest.mark.parametrize("text", TEXTS + EDGES)
def test_sentence_runs_are_those_searched_sentence_by_sentence(text: str) -> None:
    for para in paragraphs(text):
        spans = sentences(text, para.start, para.end, quotes(text, para.start, para.end))
        found = [[m.span() for m in runs] for runs in names.sentence_runs(text, spans)]
        assert found == runs_per_sentence(text, spans)


def test_a_run_across_a_sentence_end_is_searched_sentence_by_sentence() -> None:
    text = EDGES[3]
    spans = sentences(text, 0, len(text), [])
    assert any(text[s0:s1].startswith("The crowd") for s0, s1 in spans)  # "Jr." ends a sentence
    runs = names.sentence_runs(text, spans)
    assert all(m.end() <= s1 for (_, s1), sentence in zip(spans, runs) for m in sentence)
