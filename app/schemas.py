"""The public JSON of the API, as OpenAPI documents it.

Lists are encoded once with orjson straight from the query rows (see app/api/responses.py);
these models describe that JSON, and the tests validate every response against them.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# The vocabularies are extraction's: the API serves what it produces.
from app.extract.types import ActorKind, DateSource, MessageKind, StatementKind

ARTICLE_ID = "30b474dd7a44f419"


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActorRef(Schema):
    """An actor as other records refer to it."""

    id: str = Field(description="Stable, readable actor id: the slug of the canonical name.", examples=["xi-jinping"])
    name: str = Field(description="Canonical name, without titles or honorifics.", examples=["Xi Jinping"])
    kind: ActorKind = Field(description="Person, organization or state.", examples=["person"])
    country: str | None = Field(
        description="ISO 3166-1 alpha-3 code of the country the actor speaks for, or null.", examples=["CHN"]
    )


class ArticleActor(ActorRef):
    """An actor named in an article, with the title the article gives them."""

    title: str | None = Field(
        description="The title the article gives the actor, or null.",
        examples=["General Secretary of the Central Committee of the Communist Party of China"],
    )


class ArticleSummary(Schema):
    """An article, without its text."""

    id: str = Field(
        description="16 hex digits derived from the normalised text: the same text keeps its id across rebuilds.",
        examples=[ARTICLE_ID],
    )
    title: str = Field(
        description="The article's title.",
        examples=["Chinese leaders send congratulatory messages to Cambodia's Hun Sen on election victory"],
    )
    source: str | None = Field(description="The outlet that published the article.", examples=["Xinhua"])
    url: str | None = Field(description="Where the article was published.", examples=[None])
    published_at: dt.date | None = Field(description="Publication date, if known.", examples=["2018-08-01"])
    published_at_source: DateSource = Field(
        description="How the publication date was known: metadata, dateline, caption, or none.",
        examples=["caption"],
    )
    ingested_at: dt.datetime = Field(
        description="When Chancery stored the article (UTC).", examples=["2026-11-26T21:00:00Z"]
    )


class ReportSpan(Schema):
    """Offsets of the evidence of a message in the article text (Python string slicing)."""

    start: int = Field(description="Offset of the first character of the evidence.", examples=[312])
    end: int = Field(description="Offset just past the last character of the evidence.", examples=[551])


class MessageSummary(Schema):
    """A written message from one actor to another."""

    id: int = Field(description="Message id.", examples=[1])
    sender: ActorRef = Field(description="Who sent the message.")
    recipient: ActorRef = Field(description="Who the message was sent to.")
    kind: MessageKind = Field(description="What the message is.", examples=["congratulation"])
    occasion: str | None = Field(
        description="The occasion, as the article words it.",
        examples=["his party's victory in the recent general elections"],
    )
    date: dt.date | None = Field(description="When the message was sent, if known.", examples=["2018-08-01"])
    report_count: int = Field(description="How many articles report this message.", examples=[1])


class ArticleMessage(MessageSummary):
    """A message as one article reports it."""

    report: ReportSpan = Field(description="Where this article reports the message.")


class StatementOut(Schema):
    """What an article attributes to a speaker, pinned to its place in the text."""

    id: int = Field(description="Statement id.", examples=[1])
    article_id: str = Field(description="The article the statement is in.", examples=[ARTICLE_ID])
    speaker: ActorRef = Field(description="Who the article says made the statement.")
    kind: StatementKind = Field(
        description="`direct` inside quotation marks, `reported` for speech reported without them.",
        examples=["reported"],
    )
    text: str = Field(
        description="The statement; always equal to the article text between `start` and `end`.",
        examples=["it's glad to see that in recent years, the country has achieved political stability"],
    )
    start: int = Field(description="Offset of the statement's first character in the article text.", examples=[640])
    end: int = Field(description="Offset just past the statement's last character.", examples=[903])
    message_id: int | None = Field(description="The message the statement belongs to, if any.", examples=[1])


class ArticleDetail(ArticleSummary):
    """An article with its text and everything extracted from it."""

    text: str = Field(
        description="The text exactly as read; all offsets index into it.",
        examples=["Chinese leaders send congratulatory messages to Cambodia's Hun Sen on election victory\n..."],
    )
    actors: list[ArticleActor] = Field(description="The actors the article names, by name.")
    messages: list[ArticleMessage] = Field(description="The messages the article reports, in text order.")
    statements: list[StatementOut] = Field(description="The statements in the article, in text order.")


class MessageReport(Schema):
    """An article reporting a message, and the evidence it gives."""

    article_id: str = Field(description="The reporting article.", examples=[ARTICLE_ID])
    article_title: str = Field(
        description="Its title.",
        examples=["Chinese leaders send congratulatory messages to Cambodia's Hun Sen on election victory"],
    )
    source: str | None = Field(description="Its outlet.", examples=["Xinhua"])
    published_at: dt.date | None = Field(description="Its publication date.", examples=["2018-08-01"])
    start: int = Field(description="Offset of the evidence in the article text.", examples=[312])
    end: int = Field(description="Offset just past the evidence.", examples=[551])
    evidence: str = Field(
        description="The article text between `start` and `end`.",
        examples=["Xi Jinping sent a congratulatory message to president of the ruling Cambodian People's Party"],
    )


class MessageDetail(MessageSummary):
    """A message with every article reporting it."""

    reports: list[MessageReport] = Field(description="The articles reporting the message, oldest first.")
    statement_ids: list[int] = Field(description="Statements that belong to the message.", examples=[[1, 2, 3]])


class Correspondent(ActorRef):
    """An actor in one role (sender or recipient) and how many messages it had in that role."""

    messages: int = Field(description="Messages the actor sent (senders) or received (recipients).", examples=[1])


class TitleCount(Schema):
    title: str = Field(description="A title an article gave the actor.", examples=["President"])
    articles: int = Field(description="Articles giving that title.", examples=[1])


class CorrespondentDetail(ActorRef):
    """An actor that sent or received messages, with its names, titles and counts."""

    aliases: list[str] = Field(description="Other names articles use for the actor.", examples=[["Xi"]])
    titles: list[TitleCount] = Field(description="The most frequent titles given to the actor, most frequent first.")
    messages_sent: int = Field(description="Messages the actor sent.", examples=[1])
    messages_received: int = Field(description="Messages the actor received.", examples=[0])


class SearchHit(Schema):
    score: float | None = Field(
        None,
        description="Relevance to `q` (higher is better: minus SQLite's bm25); only with `sort=relevance`.",
        examples=[7.31],
    )
    snippet: str | None = Field(
        None,
        description="An extract around the matches of `q`, each between `<mark>` and `</mark>`; only with `q`.",
        examples=["... the Cambodian People's Party for his party's <mark>victory</mark> in the recent ..."],
    )


class ArticleHit(ArticleSummary, SearchHit):
    """An article in a list; `score` and `snippet` when searching."""


class StatementHit(StatementOut, SearchHit):
    """A statement in a list; `score` and `snippet` when searching."""


class PageMeta(Schema):
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page. Also in the `Link` header.",
        examples=["WyJpZCIsMjVd"],
    )
    limit: int = Field(description="The page size used.", examples=[25])
    total: int | None = Field(
        None,
        description="Rows matching the filters, over all pages; only when `count=true` was asked.",
        examples=[2],
    )


class ArticlePage(PageMeta):
    data: list[ArticleHit] = Field(description="The articles on this page.")


class MessagePage(PageMeta):
    data: list[MessageSummary] = Field(description="The messages on this page.")


class StatementPage(PageMeta):
    data: list[StatementHit] = Field(description="The statements on this page.")


class CorrespondentPage(PageMeta):
    data: list[Correspondent] = Field(description="The actors on this page.")


class ErrorInfo(Schema):
    status: int = Field(description="The HTTP status.", examples=[404])
    message: str = Field(description="What went wrong.", examples=["no article with id 'ffffffffffffffff'"])
    details: list[dict] | None = Field(
        None,
        description="Per-parameter problems, for validation errors: where (`loc`), what (`msg`) and its `type`.",
        examples=[
            [
                {
                    "loc": ["query", "limit"],
                    "msg": "Input should be greater than or equal to 1",
                    "type": "greater_than_equal",
                }
            ]
        ],
    )


class ErrorBody(Schema):
    """Every error response."""

    error: ErrorInfo = Field(description="What went wrong.")


class Health(Schema):
    status: Literal["ok"] = Field(description="`ok` when the service can read its database.", examples=["ok"])


class StatGroup(Schema):
    key: str | None = Field(
        description="The group: an actor id, an ISO 3166-1 alpha-3 code, a kind, a year (`2018`) or a month "
        "(`2018-07`); null for no country or no date.",
        examples=["xi-jinping"],
    )
    label: str = Field(description="A readable name for the group.", examples=["Xi Jinping"])
    count: int = Field(description="Records in the group.", examples=[12])


class Stats(Schema):
    """Counts by group: the largest first, or in time order for `year` and `month`."""

    group_by: str = Field(description="What the records are grouped by.", examples=["sender"])
    total: int = Field(description="Records counted, over all groups.", examples=[31])
    data: list[StatGroup] = Field(description="One entry a group.")


class NetworkNode(Schema):
    id: str = Field(description="Actor id (level `actor`) or country code (level `country`).", examples=["xi-jinping"])
    label: str = Field(description="Actor or country name.", examples=["Xi Jinping"])
    kind: ActorKind = Field(description="The actor's kind; `state` for countries.", examples=["person"])
    country: str | None = Field(description="ISO 3166-1 alpha-3 code, or null.", examples=["CHN"])
    sent: int = Field(description="Messages sent, under the filters.", examples=[3])
    received: int = Field(description="Messages received, under the filters.", examples=[1])


class NetworkEdge(Schema):
    source: str = Field(description="The sender node.", examples=["xi-jinping"])
    target: str = Field(description="The recipient node.", examples=["hun-sen"])
    weight: int = Field(description="Messages from source to target.", examples=[2])


class Network(Schema):
    """Who wrote to whom: directed edges sender → recipient, weighted by messages."""

    level: Literal["actor", "country"] = Field(description="Nodes are actors or countries.", examples=["actor"])
    nodes: list[NetworkNode] = Field(description="Every actor or country with a message, by id.")
    edges: list[NetworkEdge] = Field(description="One edge a (sender, recipient) pair, heaviest first.")


class IngestedArticle(Schema):
    """An article sent to `POST /v1/articles`."""

    id: str = Field(description="The article's id, derived from its normalised text.", examples=[ARTICLE_ID])
    status: Literal["ingested", "unchanged"] = Field(
        description="`ingested` when it is new, `unchanged` when the same text was already stored.",
        examples=["ingested"],
    )


class BatchLine(Schema):
    """What became of one line of a batch."""

    line: int = Field(description="Line of the request body, from 1.", examples=[1])
    id: str | None = Field(description="The article's id, or null when the line could not be read.", examples=[ARTICLE_ID])
    status: Literal["ingested", "unchanged", "failed"] = Field(
        description="`ingested` (new), `unchanged` (the same text was already stored) or `failed` (see `reason`).",
        examples=["ingested"],
    )
    reason: str | None = Field(None, description="Why the line failed; null otherwise.", examples=[None])


class BatchResult(Schema):
    """What a batch of JSON lines did: counts, then a line per non-blank line of the body."""

    ingested: int = Field(description="Lines stored as new articles.", examples=[2])
    unchanged: int = Field(description="Lines whose text was already stored.", examples=[1])
    failed: int = Field(description="Lines that could not be read or stored.", examples=[0])
    lines: list[BatchLine] = Field(description="One entry a non-blank line, in order.")
