"""The benchmark corpus generator: deterministic, prefix-stable, and shaped like wire copy."""
from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from generate import OUTLETS, generate, write_gold_corpus

from app.evaluate import GoldArticle, gold_articles, score


def lines(n: int, seed: int = 1, workers: int = 1) -> list[bytes]:
    buffer = io.BytesIO()
    assert generate(n, seed, buffer, workers) == n
    return buffer.getvalue().splitlines()


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return [json.loads(line) for line in lines(600)]


def test_same_arguments_same_bytes_and_prefix_stable() -> None:
    first = lines(450)
    assert first == lines(450)
    assert lines(120) == first[:120]
    assert lines(450, seed=2) != first


def test_workers_do_not_change_the_output() -> None:
    assert lines(450, workers=2) == lines(450)


def test_articles_have_the_ingest_fields(corpus: list[dict]) -> None:
    sources = {o.name for o in OUTLETS}
    for article in corpus:
        assert set(article) == {"title", "text", "url", "source", "published_at"}
        assert article["text"].startswith(article["title"] + "\n\n")
        assert article["source"] in sources
        assert article["url"].startswith("https://")
        if article["published_at"] is not None:
            assert date(2005, 1, 1) <= date.fromisoformat(article["published_at"]) <= date(2025, 1, 2)
    assert len({a["url"] for a in corpus}) == len(corpus)
    assert any(a["published_at"] is None for a in corpus)


def test_articles_are_about_500_words(corpus: list[dict]) -> None:
    counts = [len(a["text"].split()) for a in corpus]
    assert min(counts) >= 450 and max(counts) <= 700
    assert 480 <= sum(counts) / len(counts) <= 600


def test_events_are_reported_by_several_outlets(corpus: list[dict]) -> None:
    by_title: dict[str, set[str]] = {}
    for article in corpus:
        by_title.setdefault(article["title"], set()).add(article["source"])
    assert sum(len(s) > 1 for s in by_title.values()) > len(by_title) / 3
    # ... in their own words: reports of one event are not copies of each other
    texts_by_title: dict[str, list[str]] = {}
    for article in corpus:
        texts_by_title.setdefault(article["title"], []).append(article["text"])
    for texts in texts_by_title.values():
        assert len(set(texts)) == len(texts)


def test_messages_of_every_kind_and_negatives_appear(corpus: list[dict]) -> None:
    text = "\n".join(a["text"] for a in corpus)
    for phrase in ["congratulatory message", "condolence", "greetings", "thank", "letter",
                   "exchanged congratulatory messages", "held a phone call", "held talks with",
                   "Leaders of several countries", "In his message,", "\u201c", '," ',
                   "[Photo/", "Related: "]:
        assert phrase in text, phrase


def test_gold_corpus_is_consistent_and_scores_perfectly_against_itself(tmp_path: Path) -> None:
    write_gold_corpus(120, 1, tmp_path)
    files = gold_articles(tmp_path)
    assert len(files) == 120
    golds = [GoldArticle.load(f) for f in files]  # raises if a statement is not in its article
    predictions = []
    for g in golds:
        names = {a["name"] for a in g.actors}
        assert all(s in names and r in names for s, r, _ in g.messages)
        assert len(set(g.messages)) == len(g.messages)  # one message per (sender, recipient, kind)
        assert all(s != r for s, r, _ in g.messages)
        assert all(speaker in names for speaker, _ in g.statements)
        for actor in g.actors:
            assert actor["name"] in g.text and all(alias in g.text for alias in actor["aliases"])
        predictions.append({
            "actors": [{"name": a["name"], "country": a["country"]} for a in g.actors],
            "messages": [{"sender": {"name": s}, "recipient": {"name": r}, "kind": k} for s, r, k in g.messages],
            "statements": [{"speaker": {"name": speaker}, "text": text, "start": g.text.index(text),
                            "end": g.text.index(text) + len(text)} for speaker, text in g.statements],
        })
    summary = score(golds, predictions).summary()
    assert summary["messages"]["f1"] == summary["statements"]["f1"] == summary["countries"]["accuracy"] == 1.0
    # negatives (calls and talks) are there, with statements but no message
    assert any(not g.messages and g.statements for g in golds)
    assert sum(len(g.messages) for g in golds) > len(golds)
