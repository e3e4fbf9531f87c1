"""The seed article gives exactly what its gold annotation says (issue 2, item 5)."""
from __future__ import annotations

import json
from pathlib import Path

from app.extract import extract

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_333a7b3f00cc0f31.txt"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed" / "000_seed.gold.json").read_text(encoding="utf-8"))


def test_seed_counts():
    result = extract(SEED.read_text(encoding="utf-8"))
    assert (len(result.messages), len(result.actors), len(result.statements)) == (2, 3, 6)


def test_seed_actors_match_gold():
    result = extract(SEED.read_text(encoding="utf-8"))
    assert {(a.name, a.country) for a in result.actors} == {(a["name"], a["country"]) for a in GOLD["actors"]}
    aliases = {a.name: set(a.aliases) for a in result.actors}
    for actor in GOLD["actors"]:
        assert set(actor["aliases"]) <= aliases[actor["name"]]


def test_seed_messages_match_gold():
    result = extract(SEED.read_text(encoding="utf-8"))
    found = [(result.actors[m.sender].name, result.actors[m.recipient].name, m.kind) for m in result.messages]
    assert sorted(found) == sorted((m["sender"], m["recipient"], m["kind"]) for m in GOLD["messages"])


def test_seed_statements_match_gold_exactly():
    text = SEED.read_text(encoding="utf-8")
    result = extract(text)
    found = [(result.actors[s.speaker].name, s.kind, s.text) for s in result.statements]
    assert found == [(s["speaker"], s["kind"], s["text"]) for s in GOLD["statements"]]
    for s in result.statements:
        assert text[s.start:s.end] == s.text


def test_seed_message_evidence_is_the_reporting_sentence():
    text = SEED.read_text(encoding="utf-8")
    result = extract(text)
    first, second = result.messages
    assert text[first.start:first.end].startswith("General Secretary of the Central Committee")
    assert text[second.start:second.end] == "On the same day, Chinese Premier Li Keqiang also sent a congratulatory message to Hun Sen."
