"""Tables. The ingest job is the only writer of extracted data."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"

    # First 16 hex digits of the SHA-256 of the normalised text: stable across rebuilds.
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[date | None] = mapped_column(Date)
    # How published_at was known: metadata, dateline, caption or none.
    published_at_source: Mapped[str] = mapped_column(String(16), default="none")
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)

    reports: Mapped[list[MessageReport]] = relationship(back_populates="article", cascade="all, delete-orphan")
    statements: Mapped[list[Statement]] = relationship(back_populates="article", cascade="all, delete-orphan")
    actor_titles: Mapped[list[ActorTitle]] = relationship(back_populates="article", cascade="all, delete-orphan")

    # Lists sorted by date page through this index; id breaks ties between articles of one date.
    # It carries the other columns a list returns, so a page never reads the table: there
    # they come after the text, reached on SQLite through the text's overflow pages.
    __table_args__ = (
        Index("ix_articles_list", "published_at", "id", "title", "source", "url", "published_at_source", "ingested_at"),
    )


class Actor(Base):
    __tablename__ = "actors"

    # Readable and stable: the slug of the canonical name ("xi-jinping"), with the
    # country appended when two actors of one name speak for different states.
    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # person, organization, state
    country: Mapped[str | None] = mapped_column(String(3), index=True)  # ISO 3166-1 alpha-3

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorAlias.alias"
    )
    titles: Mapped[list[ActorTitle]] = relationship(back_populates="actor", cascade="all, delete-orphan")


class ActorAlias(Base):
    __tablename__ = "actor_aliases"

    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    alias: Mapped[str] = mapped_column(String(300), primary_key=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class ActorTitle(Base):
    """An actor's appearance in an article, with the title given there (if any)."""

    __tablename__ = "actor_titles"

    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True)
    title: Mapped[str | None] = mapped_column(Text)

    actor: Mapped[Actor] = relationship(back_populates="titles")
    article: Mapped[Article] = relationship(back_populates="actor_titles")


class Message(Base):
    """A written message from one actor to another; the articles reporting it are its reports."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[str] = mapped_column(ForeignKey("actors.id"))
    recipient_id: Mapped[str] = mapped_column(ForeignKey("actors.id"))
    kind: Mapped[str] = mapped_column(String(16))
    occasion: Mapped[str | None] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date, index=True)
    # Undated reports merge into one message only within one ingest batch: this names it.
    ingest_batch: Mapped[str | None] = mapped_column(String(32))
    # The sender's and the recipient's countries, copied from their actors by the ingest writer
    # (which also fills them in when an actor's country becomes known), so that a list filtered
    # by country and kind reads one page in date order from an index of its own.
    sender_country: Mapped[str | None] = mapped_column(String(3))
    recipient_country: Mapped[str | None] = mapped_column(String(3))

    sender: Mapped[Actor] = relationship(foreign_keys=[sender_id])
    recipient: Mapped[Actor] = relationship(foreign_keys=[recipient_id])
    reports: Mapped[list[MessageReport]] = relationship(back_populates="message", cascade="all, delete-orphan")

    # By actor or country and kind, in date order: lists and counts read these alone.
    __table_args__ = (
        Index("ix_messages_pair_kind", "sender_id", "recipient_id", "kind"),
        Index("ix_messages_sender_kind_date", "sender_id", "kind", "date"),
        Index("ix_messages_recipient_kind_date", "recipient_id", "kind", "date"),
        Index("ix_messages_kind_date", "kind", "date"),
        Index("ix_messages_sender_country_kind_date", "sender_country", "kind", "date"),
        Index("ix_messages_recipient_country_kind_date", "recipient_country", "kind", "date"),
    )


class MessageReport(Base):
    """Where an article reports a message: the evidence span in the article text."""

    __tablename__ = "message_reports"

    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    message: Mapped[Message] = relationship(back_populates="reports")
    article: Mapped[Article] = relationship(back_populates="reports")


class Statement(Base):
    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # direct, reported
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # The article's published_at, copied so that statements are counted and filtered by date
    # through an index of their own, without a lookup of each statement's article.
    date: Mapped[date | None] = mapped_column(Date, index=True)

    article: Mapped[Article] = relationship(back_populates="statements")
    speaker: Mapped[Actor] = relationship()
    message: Mapped[Message | None] = relationship()

    __table_args__ = (UniqueConstraint("article_id", "start", "end", name="uq_statements_span"),)


class StatementCount(Base):
    """Statements counted by speaker, kind and month, kept by the ingest writer beside them.

    Aggregates of statements filtered by no more than speaker, country, kind and whole
    months read these few rows instead of every statement (millions at a million articles).
    """

    __tablename__ = "statement_counts"

    speaker_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    # The statements' date as 'YYYY-MM'; '' for undated ones (a key column cannot be null).
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    statements: Mapped[int] = mapped_column(Integer)



class MessageCount(Base):
    """Messages counted by sender, recipient, kind and month, kept by the ingest writer beside them.

    Aggregates of messages filtered by no more than actors, countries, kind and whole months
    read these rows instead of every message. Keyed sender first, so that counts by sender
    are read in order from the table itself (on SQLite it is stored by its key, without rowid).
    """

    __tablename__ = "message_counts"

    sender_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    recipient_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    # The messages' date as 'YYYY-MM'; '' for undated ones (a key column cannot be null).
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    messages: Mapped[int] = mapped_column(Integer)

    # Counts by recipient read this index alone (with the key it holds the count too).
    __table_args__ = (
        Index("ix_message_counts_recipient", "recipient_id", "messages"),
        {"sqlite_with_rowid": False},
    )


class ActorMessageCount(Base):
    """Messages counted by actor, role and kind, kept by the ingest writer beside them.

    Aggregates of messages filtered by no more than kind (by sender, recipient, their
    countries or kind) read these few rows, two an actor and kind at most, instead of a
    whole index of the messages: a million articles' index is spread over the file, and
    read cold it took a second.
    """

    __tablename__ = "actor_message_counts"

    role: Mapped[str] = mapped_column(String(9), primary_key=True)  # sender, recipient
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    messages: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class StatementSpeakerCount(Base):
    """Statements counted by speaker and kind, kept by the ingest writer beside them: aggregates
    by speaker, country or kind filtered by no more than kind read these few rows instead of
    statement_counts (a row per speaker, kind and month: 905 pages at a million articles)."""

    __tablename__ = "statement_speaker_counts"

    speaker_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    statements: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class StatementMonthCount(Base):
    """Statements counted by kind and month, kept by the ingest writer beside them: aggregates
    by period or kind filtered by no more than kind and whole months read these few rows."""

    __tablename__ = "statement_month_counts"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    # The statements' date as 'YYYY-MM'; '' for undated ones (a key column cannot be null).
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    statements: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class MessageMonthCount(Base):
    """Messages counted by kind and month, kept by the ingest writer beside them: aggregates
    by period (or kind) filtered by no more than kind and whole months read these few rows
    instead of the index of the messages' dates."""

    __tablename__ = "message_month_counts"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    # The messages' date as 'YYYY-MM'; '' for undated ones (a key column cannot be null).
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    messages: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)
