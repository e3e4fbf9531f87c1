"""Helpers shared by the ingest tests: files, a fake extractor, the stored content's digest."""
from __future__ import annotations

import re
from pathlib import Path

from app.db import make_engine
from app.extract.types import Actor, Extraction, Message, Statement
from app.ingest.digest import digest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def content_digest(url: str) -> str:
    engine = make_engine(url)
    try:
        return digest(engine)
    finally:
        engine.dispose()


def article_json(title: str, body: str, published_at: str | None = None, source: str = "Wire") -> dict:
    return {"title": title, "text": f"{title}\n\n{body}\n", "source": source, "published_at": published_at}


# A fake extractor for tests that need actors and messages before (and independently of) the
# real one: each article names its cast in a line "CAST: sender>recipient:kind ..." and
# "SAYS: speaker|text" lines; names carry a country as "Name/CHN"; the occasion of its
# messages is "the new year" unless a line "OCCASION: ..." says otherwise.
def fake_extract(text: str) -> Extraction:
    title = next(line.strip() for line in text.splitlines() if line.strip())
    extraction = Extraction(title=title)
    index: dict[tuple[str, str | None], int] = {}

    def actor(spec: str) -> int:
        name, _, country = spec.partition("/")
        key = (name, country or None)
        if key not in index:
            index[key] = len(extraction.actors)
            extraction.actors.append(Actor(name=name, country=country or None, aliases=[name.split()[0]], titles=["President"]))
        return index[key]

    # "OCCASION: words" gives the messages that occasion ("OCCASION:" alone, none).
    stated = re.search(r"OCCASION:(.*)", text)
    occasion = (stated[1].strip() or None) if stated else "the new year"
    for match in re.finditer(r"CAST: (\S+ \S+)>(\S+ \S+):(\w+)", text):
        extraction.messages.append(
            Message(actor(match[1]), actor(match[2]), match[3], occasion, match.start(), match.end())
        )
    for match in re.finditer(r"SAYS: ([^|]+)\|(.+)", text):
        extraction.statements.append(
            Statement(actor(match[1]), "reported", match[2], match.start(2), match.end(2), 0 if extraction.messages else None)
        )
    return extraction
