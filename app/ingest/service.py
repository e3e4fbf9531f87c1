"""Ingest for callers other than the command line (the HTTP API): documents in, outcomes out.

The same reading rules, extraction and writer as `chancery ingest`, in the caller's process.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine

from app.ingest.extraction import extract_texts
from app.ingest.identity import article_id, content_hash
from app.ingest.readers import Document
from app.ingest.writer import Prepared, Writer, delete_article

__all__ = ["Result", "delete_article", "ingest_documents"]


@dataclass(frozen=True, slots=True)
class Result:
    document: Document
    article_id: str
    status: str  # ingested, unchanged, failed
    reason: str | None = None


def ingest_documents(engine: Engine, documents: Sequence[Document]) -> list[Result]:
    """Extract and write `documents` as one ingest batch; one Result a document, in order."""
    prepared: list[Prepared] = []
    failed: dict[int, Result] = {}
    extracted = extract_texts([document.text for document in documents])
    for position, (document, extraction) in enumerate(zip(documents, extracted, strict=True)):
        hash_ = content_hash(document.text)
        if isinstance(extraction, str):  # why extraction failed: reported for this document; the others go on
            failed[position] = Result(document, article_id(hash_), "failed", extraction)
        else:
            prepared.append(Prepared(document, hash_, article_id(hash_), extraction))
    outcomes = iter(Writer(engine, uuid.uuid4().hex).write(prepared) if prepared else [])
    results = []
    for position in range(len(documents)):
        if position in failed:
            results.append(failed[position])
        else:
            outcome = next(outcomes)
            results.append(Result(outcome.item.document, outcome.item.article_id, outcome.status, outcome.reason))
    return results
