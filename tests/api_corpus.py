"""A small corpus built for the API tests, written with the ORM (no extractor, no ingest).

Every record is also kept as plain Python data, so tests compute what each query should
return from the corpus itself rather than from the program's output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app import models
from app.ingest.writer import count_messages, count_statements
from app.queries import search

ACTORS = [
    # id, name, kind, country, aliases
    ("xi-jinping", "Xi Jinping", "person", "CHN", ["Xi", "President Xi"]),
    ("li-keqiang", "Li Keqiang", "person", "CHN", ["Li"]),
    ("hun-sen", "Hun Sen", "person", "KHM", ["Samdech Techo Hun Sen"]),
    ("nguyen-phu-trong", "Nguyen Phu Trong", "person", "VNM", []),
    ("vo-van-thuong", "Vo Van Thuong", "person", "VNM", []),
    ("antonio-guterres", "Antonio Guterres", "person", None, ["Guterres"]),
    ("cambodian-peoples-party", "Cambodian People's Party", "organization", "KHM", ["CPP"]),
]
# (sender, recipient) pairs, cycled over the articles.
PAIRS = [
    ("xi-jinping", "hun-sen"),
    ("li-keqiang", "hun-sen"),
    ("nguyen-phu-trong", "xi-jinping"),
    ("vo-van-thuong", "antonio-guterres"),
    ("xi-jinping", "nguyen-phu-trong"),
    ("hun-sen", "xi-jinping"),
]
KINDS = ["congratulation", "condolence", "greeting", "thanks", "letter"]
SOURCES = ["Xinhua", "VNA", "Khmer Times"]
ARTICLES = 31
# Every article reports its own message; these articles also report the message of the one before.
ALSO_REPORTS_PREVIOUS = {5, 12, 20}


@dataclass
class Corpus:
    actors: dict[str, dict] = field(default_factory=dict)
    articles: list[dict] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  # (actor, article, title)

    def actor_names(self, ids) -> list[str]:
        return [self.actors[i]["name"] for i in ids]


def _article_text(index: int, sender: dict, recipient: dict, kind: str) -> tuple[str, list[tuple[int, int]]]:
    """A text and the spans of: the message sentence, then two statements."""
    title = f"{sender['name']} sends a {kind} message to {recipient['name']} ({index})"
    lead = f"{sender['name']} sent a {kind} message to {recipient['name']} on the occasion number {index}."
    first = f"relations between the two sides have grown steadily in year {index}"
    # Every fourth article has a phrase to search for.
    if index % 4 == 0:
        second = f"We will build a community with a shared future for mankind ({index})"
    else:
        second = f"We will keep working together for peace and development ({index})"
    text = f'{title}\n\n{lead} In the message, {sender["name"].split()[-1]} said {first}. "{second}," he added.\n'
    spans = []
    for part in (lead, first, second):
        start = text.index(part)
        spans.append((start, start + len(part)))
    return text, spans


def build_corpus() -> Corpus:
    corpus = Corpus()
    for actor_id, name, kind, country, aliases in ACTORS:
        corpus.actors[actor_id] = {"id": actor_id, "name": name, "kind": kind, "country": country, "aliases": aliases}
    statement_id = 0
    for index in range(ARTICLES):
        sender_id, recipient_id = PAIRS[index % len(PAIRS)]
        kind = KINDS[index % len(KINDS)]
        sender, recipient = corpus.actors[sender_id], corpus.actors[recipient_id]
        text, (lead, first, second) = _article_text(index, sender, recipient, kind)
        # Every seventh article has no known date: undated rows must page like the others.
        published = None if index % 7 == 3 else date(2017, 1, 1) + timedelta(days=53 * index)
        # Two articles share a date, so the id breaks the tie.
        if index == 9:
            published = corpus.articles[8]["published_at"]
        # Scattered like the hashes ingest gives: id order is not the order written (ingest order).
        article_id = f"{(index * 0x9E3779B97F4A7C15) % 2**64:016x}"
        corpus.articles.append(
            {
                "id": article_id,
                "title": text.split("\n", 1)[0],
                "text": text,
                "source": SOURCES[index % len(SOURCES)],
                "published_at": published,
            }
        )
        message_id = index + 1
        corpus.messages.append(
            {
                "id": message_id,
                "sender": sender_id,
                "recipient": recipient_id,
                "kind": kind,
                "occasion": f"occasion number {index}",
                "date": published,
            }
        )
        corpus.reports.append({"message": message_id, "article": article_id, "start": lead[0], "end": lead[1]})
        if index in ALSO_REPORTS_PREVIOUS:
            corpus.reports.append({"message": message_id - 1, "article": article_id, "start": lead[0], "end": lead[1]})
        for (start, end), statement_kind, message in ((first, "reported", message_id), (second, "direct", None)):
            statement_id += 1
            corpus.statements.append(
                {
                    "id": statement_id,
                    "article": article_id,
                    "speaker": sender_id,
                    "kind": statement_kind,
                    "text": text[start:end],
                    "start": start,
                    "end": end,
                    "message": message,
                }
            )
        corpus.mentions.append({"actor": sender_id, "article": article_id, "title": f"Leader {index % 3}"})
        corpus.mentions.append({"actor": recipient_id, "article": article_id, "title": None})
    return corpus


def write_corpus(session: Session, corpus: Corpus) -> None:
    ingested = datetime(2026, 1, 1, tzinfo=UTC)
    for actor in corpus.actors.values():
        session.add(
            models.Actor(
                id=actor["id"],
                name=actor["name"],
                kind=actor["kind"],
                country=actor["country"],
                aliases=[models.ActorAlias(alias=alias) for alias in actor["aliases"]],
            )
        )
    for article in corpus.articles:
        session.add(
            models.Article(
                id=article["id"],
                title=article["title"],
                text=article["text"],
                source=article["source"],
                url=f"https://example.org/{article['id']}",
                published_at=article["published_at"],
                published_at_source="metadata" if article["published_at"] else "none",
                ingested_at=ingested,
                content_hash=article["id"] * 4,
            )
        )
    session.flush()
    for message in corpus.messages:
        session.add(
            models.Message(
                id=message["id"],
                sender_id=message["sender"],
                recipient_id=message["recipient"],
                kind=message["kind"],
                occasion=message["occasion"],
                date=message["date"],
                # What the ingest writer copies from the actors.
                sender_country=corpus.actors[message["sender"]]["country"],
                recipient_country=corpus.actors[message["recipient"]]["country"],
            )
        )
    session.flush()
    for report in corpus.reports:
        session.add(
            models.MessageReport(
                message_id=report["message"], article_id=report["article"], start=report["start"], end=report["end"]
            )
        )
    for mention in corpus.mentions:
        session.add(models.ActorTitle(actor_id=mention["actor"], article_id=mention["article"], title=mention["title"]))
    published = {article["id"]: article["published_at"] for article in corpus.articles}
    for statement in corpus.statements:
        session.add(
            models.Statement(
                id=statement["id"],
                article_id=statement["article"],
                speaker_id=statement["speaker"],
                message_id=statement["message"],
                kind=statement["kind"],
                text=statement["text"],
                start=statement["start"],
                end=statement["end"],
                date=published[statement["article"]],
            )
        )
    session.flush()
    connection = session.connection()
    # What the ingest writer keeps beside the rows: the full-text index, the message and statement counts.
    search.index_added(connection, {})
    count_messages(
        connection,
        [{"sender_id": m["sender"], "recipient_id": m["recipient"], "kind": m["kind"], "date": m["date"]} for m in corpus.messages],
    )
    count_statements(
        connection,
        [{"speaker_id": s["speaker"], "kind": s["kind"], "date": published[s["article"]]} for s in corpus.statements],
    )
    session.commit()
