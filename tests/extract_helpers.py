"""Helpers shared by the pattern tests of wire copy: an article from paragraphs, and what
extraction finds in it as plain tuples (checking every statement's offsets on the way)."""
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


def actor(text: str, name: str):
    return next(a for a in extract(text).actors if a.name == name)


def article(*paragraphs: str, title: str = "Leaders send messages") -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"
