"""Snippets of search hits, cut from the rows' stored text: about SNIPPET_WORDS words around
the densest run of the query's words, each between <mark> and </mark>.

FTS5's snippet() finds the matches again by running the query over the shown rows and
tokenizing each whole text (~6 ms for a page of fifty articles). Here a regular expression
finds the words that may match (those beginning like a query word's stem), and only those
are stemmed, by SQLite's own tokenizer on a private in-memory table (the index's, so a word
is marked exactly when the index holds it under a query word's stem), and remembered.

A query word is marked wherever it appears in the extract: the words of a phrase also
outside the phrase; the words after NOT never.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass

# The tokenizer of the full-text tables (migration 0002).
TOKENIZER = "porter unicode61 remove_diacritics 2"
SNIPPET_WORDS = 24
# Words shown before the first match of the extract, when the text has them.
LEAD_WORDS = 3
MARK_START, MARK_END, ELLIPSIS = "<mark>", "</mark>", "…"
# Words whose stems are remembered; past this the memory starts again.
STEMS_KEPT = 100_000

_WORD = re.compile(r"[^\W_]+")
# SNIPPET_WORDS words (fewer where the text ends) and what separates them.
_RUN = re.compile(r"[^\W_]+(?:[\W_]+[^\W_]+){0,%d}" % (SNIPPET_WORDS - 1))


class Stems:
    """Words as the full-text index holds them (case folded, without diacritics, stemmed)."""

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(f"CREATE VIRTUAL TABLE words USING fts5(word, tokenize='{TOKENIZER}')")
        self._db.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(words, 'instance')")
        self._known: dict[str, str | None] = {}
        self._lock = threading.Lock()

    def of(self, words: Iterable[str]) -> dict[str, str | None]:
        """Each word's stem (None for a word the tokenizer makes no single token of)."""
        words = set(words)
        with self._lock:
            unknown = sorted(word for word in words if word not in self._known)
            if unknown:
                if len(self._known) + len(unknown) > STEMS_KEPT:
                    self._known.clear()
                self._db.executemany("INSERT INTO words (rowid, word) VALUES (?, ?)", enumerate(unknown, 1))
                tokens: dict[str, list[str]] = {}
                for row, term in self._db.execute("SELECT doc, term FROM terms"):
                    tokens.setdefault(unknown[row - 1], []).append(term)
                self._db.execute("DELETE FROM words")
                for word in unknown:
                    found = tokens.get(word, [])
                    self._known[word] = found[0] if len(found) == 1 else None
            return {word: self._known[word] for word in words}


STEMS = Stems()


@dataclass(frozen=True, slots=True)
class QueryWord:
    stem: str
    prefix: bool  # `word*`: any stem beginning with this one

    def matches(self, stem: str | None) -> bool:
        return stem is not None and (stem.startswith(self.stem) if self.prefix else stem == self.stem)


def query_words(terms: Iterable[tuple[str | None, tuple[str, ...], bool]]) -> list[QueryWord]:
    """The words to mark, from the parsed query's (operator, words, prefix) terms; NOT terms left out."""
    wanted = [
        (word, prefix and position == len(words) - 1)
        for operator, words, prefix in terms
        if operator != "NOT"
        for position, word in enumerate(words)
    ]
    stems = STEMS.of(word for word, _ in wanted)
    found = {QueryWord(stems[word], prefix) for word, prefix in wanted if stems[word]}
    return sorted(found, key=lambda word: (word.stem, word.prefix))


def beginnings(words: list[QueryWord]) -> list[str]:
    """How the words that may have one of these stems begin: a stem is its word's beginning,
    but for its last letter (Porter's steps may change it: happy, happi), so with the rest."""
    return sorted({word.stem if len(word.stem) <= 3 else word.stem[:-1] for word in words})


def candidates(text: str, starts: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, word in lower case) of each word of `text` that begins with one of `starts`."""
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer: offsets would shift
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, starts)) + r")[^\W_]*", re.IGNORECASE)
        return [(*match.span(), match.group().lower()) for match in pattern.finditer(text)]
    spans = set()
    for start in starts:
        position = folded.find(start)
        while position >= 0:
            if position == 0 or not folded[position - 1].isalnum():  # isalnum: what _WORD matches
                word = _WORD.match(folded, position)
                spans.add((position, word.end(), word.group()))  # type: ignore[union-attr]
            position = folded.find(start, position + 1)
    return sorted(spans)


def cut(texts: dict[object, str | None], words: list[QueryWord]) -> dict[object, str]:
    """The snippet of each text in which a query word is found (the others are left out)."""
    if not words:
        return {}
    starts = beginnings(words)
    found = {key: candidates(text, starts) for key, text in texts.items() if text}
    stems = STEMS.of(word for spans in found.values() for _, _, word in spans)
    marked = {word for word, stem in stems.items() if any(query.matches(stem) for query in words)}
    result = {}
    for key, spans in found.items():
        hits = [(start, end) for start, end, word in spans if word in marked]
        if hits:
            result[key] = _extract(texts[key], hits)  # type: ignore[arg-type]
    return result


def _densest(hits: list[tuple[int, int]], reach: int) -> int:
    """The start of the first hit followed by the most hits within `reach` characters."""
    best, best_count, last = 0, 0, 0
    for first, (start, _) in enumerate(hits):
        last = max(last, first)
        while last + 1 < len(hits) and hits[last + 1][0] - start < reach:
            last += 1
        if last - first + 1 > best_count:
            best, best_count = first, last - first + 1
    return hits[best][0]


def _extract(text: str, hits: list[tuple[int, int]]) -> str:
    """SNIPPET_WORDS words of `text` from a little before the hit that starts the most hits
    within reach (earlier if the text ends sooner), the hits among them marked; the whole
    text when it has no more words than that."""
    anchor = _densest(hits, reach=SNIPPET_WORDS * 6)  # words of about five letters and a space
    before = [m.start() for m in _WORD.finditer(text, max(0, anchor - 80), anchor)]
    start = before[-LEAD_WORDS:][0] if before else anchor
    run = _RUN.search(text, start)
    end = run.end()  # type: ignore[union-attr]
    tail = _WORD.search(text, end) is not None
    shown = SNIPPET_WORDS if tail else len(_WORD.findall(run.group()))  # type: ignore[union-attr]
    if shown < SNIPPET_WORDS:  # the text ends first: words before make up the count
        earlier = [m.start() for m in _WORD.finditer(text, max(0, start - 20 * SNIPPET_WORDS), start)]
        start = earlier[-(SNIPPET_WORDS - shown) :][0] if earlier else start
    head = _WORD.search(text, 0, start) is not None
    start, end = (start if head else 0), (end if tail else len(text))
    pieces = [ELLIPSIS] if head else []
    position = start
    for hit_start, hit_end in hits:
        if hit_start >= start and hit_end <= end:
            pieces += [text[position:hit_start], MARK_START, text[hit_start:hit_end], MARK_END]
            position = hit_end
    pieces.append(text[position:end])
    if tail:
        pieces.append(ELLIPSIS)
    return "".join(pieces)
