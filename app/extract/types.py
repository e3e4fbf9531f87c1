"""Plain data produced by extraction: no behaviour beyond serialisation.

Actors, messages and statements refer to each other by their index in the
`Extraction` lists, so an extraction is self-contained and cheap to copy
between processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ActorKind = Literal["person", "organization", "state"]
MessageKind = Literal["congratulation", "condolence", "greeting", "thanks", "letter"]
StatementKind = Literal["direct", "reported"]
DateSource = Literal["metadata", "dateline", "caption", "none"]


@dataclass(slots=True)
class Actor:
    name: str
    kind: ActorKind = "person"
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return self.titles[0] if self.titles else None


@dataclass(slots=True)
class Message:
    sender: int
    recipient: int
    kind: MessageKind
    occasion: str | None
    start: int
    end: int
    sender_title: str | None = None
    recipient_title: str | None = None


@dataclass(slots=True)
class Statement:
    speaker: int
    kind: StatementKind
    text: str
    start: int
    end: int
    message: int | None = None


@dataclass(slots=True)
class Extraction:
    title: str
    actors: list[Actor] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    published: date | None = None
    published_source: DateSource = "none"

    def to_guideline_json(self) -> dict:
        """The object `chancery extract` prints (see GUIDELINES.md), without `file`."""

        def ref(index: int, title: str | None) -> dict:
            actor = self.actors[index]
            return {"name": actor.name, "country": actor.country, "title": title or actor.title}

        return {
            "title": self.title,
            "actors": [
                {"name": a.name, "aliases": a.aliases, "country": a.country, "title": a.title, "kind": a.kind}
                for a in self.actors
            ],
            "messages": [
                {
                    "sender": ref(m.sender, m.sender_title),
                    "recipient": ref(m.recipient, m.recipient_title),
                    "kind": m.kind,
                    "occasion": m.occasion,
                    "start": m.start,
                    "end": m.end,
                }
                for m in self.messages
            ],
            "statements": [
                {
                    "speaker": {"name": self.actors[s.speaker].name, "country": self.actors[s.speaker].country},
                    "kind": s.kind,
                    "text": s.text,
                    "start": s.start,
                    "end": s.end,
                }
                for s in self.statements
            ],
        }
