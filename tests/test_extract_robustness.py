"""`extract` guards against any failure by returning the title alone, which would hide a
bug: these tests run the unguarded pipeline on scrambled wire copy and assert it never
raises and that every statement slices the text exactly."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.extract.pipeline import _extract

CORPUS = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]


def scrambled(seed: int) -> str:
    rng = random.Random(seed)
    text = rng.choice(TEXTS)
    mode = seed % 4
    if mode == 0:  # a random slice: articles cut anywhere, mid-sentence or mid-quote
        start = rng.randrange(len(text))
        return text[start:rng.randrange(start, len(text) + 1)]
    if mode == 1:  # stray punctuation, quotation marks and line breaks
        return "".join(c if rng.random() > 0.05 else rng.choice('\n"“”,.:;') for c in text)
    if mode == 2:  # the words of an article in random order
        words = text.split(" ")
        rng.shuffle(words)
        return " ".join(words)
    return "".join(rng.choice(TEXTS[0][:400] + "“”\"\n") for _ in range(rng.randrange(600)))


@pytest.mark.parametrize("seed", range(400))
def test_pipeline_never_raises_and_offsets_slice(seed):
    text = scrambled(seed)
    result = _extract(text)
    for s in result.statements:
        assert text[s.start:s.end] == s.text
    for m in result.messages:
        assert 0 <= m.start <= m.end <= len(text)
        assert 0 <= m.sender < len(result.actors) and 0 <= m.recipient < len(result.actors)
