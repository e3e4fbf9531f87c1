"""`chancery ingest`: read files, extract in parallel, write in batches, report what failed.

The main process reads and decodes the files, skips content already stored, and writes;
extraction (pure and CPU-bound) runs in a pool of processes, a bounded number of chunks
ahead of the writer so memory stays flat however large the input. Extraction goes a chunk
of at most EXTRACTION_CHUNK articles a task; the writer takes as many chunks as make one
write batch, since a large database costs about the same to update for a batch of any size
(each index page it touches is written once a transaction).
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from sqlalchemy import Engine

from app.config import get_settings
from app.db import analyze, has_statistics, make_engine
from app.extract import Extraction
from app.ingest import extraction, indexes
from app.ingest.identity import article_id, content_hash
from app.ingest.readers import Document, Failure, Limits, find_files, read_file
from app.ingest.writer import Prepared, Writer
from app.migrate import upgrade
from app.queries import search

Pending = tuple[Document, str]  # a document and its content hash
# Articles a task for an extraction worker: enough to make the round trip cheap, few enough
# that the chunks in flight hold little memory.
EXTRACTION_CHUNK = 500
# Python's cyclic GC in the main process: its automatic collections (by default one every 700 new
# objects, each batch's rows being thousands of tuples) took 5-10% of the command's CPU. A job makes
# little cyclic garbage (some 550 objects a write batch of 5,000 articles), so while it runs automatic
# collection is off and one collection follows every BATCHES_A_COLLECTION write batches: each goes
# over every object alive (some 150,000: the batch, the chunks in flight), 36-166 ms; what is alive
# when the job starts is frozen out of collections.
BATCHES_A_COLLECTION = 20
# FTS5 keeps the terms of rows not yet in its index in memory up to `hashsize` bytes (1 MB by
# default) and writes a segment each time that fills, several a batch, each merged again later;
# with room for a whole batch (~9 MB for 5,000 articles) it writes one a transaction. The
# setting is kept in the index's config table; other writers' transactions are small.
FTS_PENDING_BYTES = 32 * 1024 * 1024


@dataclass(slots=True)
class Summary:
    ingested: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def ok(self) -> bool:
        return not self.failures

    def line(self) -> str:
        return f"{self.ingested} ingested, {self.unchanged} unchanged, {self.failed} failed ({self.seconds:.1f} s)"

    def as_json(self) -> dict:
        return {
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "failures": [{"path": f.path, "line": f.line, "reason": f.reason} for f in self.failures],
        }


@dataclass(slots=True)
class _Work:
    """A batch of documents on its way through extraction to the writer."""

    pending: list[Pending] = field(default_factory=list)
    prepared: list[Prepared] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    unchanged: int = 0
    size: int = 0

    def texts(self) -> list[str]:
        return [document.text for document, _ in self.pending]


def batch_name(paths: Sequence[Path]) -> str:
    """Names the ingest batch by its inputs, so a re-run after an interruption is the same batch."""
    joined = "\n".join(sorted(str(path.resolve()) for path in paths))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def input_size(paths: Sequence[Path]) -> int:
    total = 0
    for found in find_files(paths):
        if isinstance(found, Path):
            try:
                total += found.stat().st_size
            except OSError:
                pass
    return total


def ingest(
    paths: Sequence[Path],
    database_url: str | None = None,
    *,
    workers: int | None = None,
    batch_size: int | None = None,
    limits: Limits | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    bulk: bool = False,
) -> Summary:
    """Ingest every article under `paths`; migrates the database first. Never raises for bad input.

    `bulk`: into an empty SQLite database, build the secondary indexes at the end (app/ingest/indexes.py)."""
    settings = get_settings()
    url = database_url or settings.database_url
    workers = workers if workers is not None else (settings.ingest_workers or os.cpu_count() or 1)
    batch_size = batch_size or settings.ingest_batch_size
    limits = limits or Limits(settings.ingest_max_file_bytes, settings.ingest_max_article_chars)
    started = time.perf_counter()
    summary = Summary()

    engine = make_engine(url, bulk=True)
    try:
        upgrade(url, engine)
        with engine.begin() as connection:
            search.hold_pending_terms(connection, FTS_PENDING_BYTES)
        with engine.begin() as connection:
            deferred = bulk and indexes.defer(connection)
        if not deferred:
            indexes.build_missing(engine)  # those an interrupted bulk load left out
        writer = Writer(engine, batch_name(paths))
        chunks = _batches(_documents(paths, limits), min(batch_size, EXTRACTION_CHUNK), writer)
        # Chunks in flight: two a worker, plus a write batch's worth, so that the workers do not run
        # dry while the main process writes a batch (it sends them nothing meanwhile, and together
        # they extract about as fast as it writes).
        ahead = 2 * workers + -(-batch_size // EXTRACTION_CHUNK)
        with _collected_by_batch(), _built_at_end(engine, deferred):
            for written, work in enumerate(_grouped(_extracted(chunks, workers, ahead), batch_size), start=1):
                outcomes = writer.write(work.prepared) if work.prepared else []
                if written % BATCHES_A_COLLECTION == 0:
                    gc.collect()
                failures = work.failures + [
                    Failure(o.item.document.path, o.item.document.line, o.reason or "") for o in outcomes if o.status == "failed"
                ]
                summary.ingested += sum(o.status == "ingested" for o in outcomes)
                summary.unchanged += work.unchanged + sum(o.status == "unchanged" for o in outcomes)
                summary.failures += failures
                if on_failure:
                    for failure in failures:
                        on_failure(failure)
                if on_progress:
                    on_progress(work.size, len(outcomes) + work.unchanged + len(work.failures))
        # (also where an interrupted run wrote its last article but was stopped before ANALYZE: nothing is
        # left to ingest, and the statistics are still missing)
        if summary.ingested or not has_statistics(engine):
            analyze(engine)
    finally:
        engine.dispose()
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _built_at_end(engine: Engine, deferred: bool) -> Iterator[None]:
    """The deferred indexes built when the load ends, whether it ends well or by an exception."""
    try:
        yield
    finally:
        if deferred:
            indexes.build_missing(engine)


@contextmanager
def _collected_by_batch() -> Iterator[None]:
    """Automatic cyclic GC off while a job runs (it collects every BATCHES_A_COLLECTION batches), as it was afterwards."""
    enabled = gc.isenabled()
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


def _documents(paths: Sequence[Path], limits: Limits) -> Iterator[Document | Failure]:
    for found in find_files(paths):
        if isinstance(found, Failure):
            yield found
        else:
            yield from read_file(found, limits)


def _batches(items: Iterable[Document | Failure], size: int, writer: Writer) -> Iterator[_Work]:
    """Batches of documents still to extract; content already stored is counted, not extracted."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        work = _Work()
        documents = []
        for item in chunk:
            if isinstance(item, Failure):
                work.failures.append(item)
            else:
                work.size += item.size
                documents.append(item)
        hashes = [content_hash(document.text) for document in documents]
        stored = writer.known_hashes(hashes)
        for document, hash_ in zip(documents, hashes, strict=True):
            if hash_ in stored:
                work.unchanged += 1
            else:
                work.pending.append((document, hash_))
        yield work


def _grouped(works: Iterable[_Work], size: int) -> Iterator[_Work]:
    """Consecutive extracted chunks joined into batches of at least `size` articles (the last may be short)."""
    group = _Work()
    for work in works:
        group.prepared += work.prepared
        group.failures += work.failures
        group.unchanged += work.unchanged
        group.size += work.size
        if len(group.prepared) + len(group.failures) + group.unchanged >= size:
            yield group
            group = _Work()
    if group.prepared or group.failures or group.unchanged:
        yield group


def _extracted(batches: Iterator[_Work], workers: int, ahead: int) -> Iterator[_Work]:
    """Extract each batch, in a process pool when there is more than one batch and more than one worker.

    Only texts go to the workers and only extractions come back, packed as tuples; at most
    `ahead` batches are in flight, so memory does not grow with the input.
    """
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    queued = chain([first] if second is None else [first, second], batches)
    if second is None or workers <= 1:
        for work in queued:
            yield _finish(work, extraction.extract_texts(work.texts()))
        return
    # spawn, not fork: the parent may run threads (a progress bar) and holds database connections.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=extraction.start_worker) as pool:
        in_flight: deque = deque()
        for work in queued:
            while len(in_flight) >= ahead:
                done, result = in_flight.popleft()
                yield _finish(done, _unpacked(result.get()))
            in_flight.append((work, pool.apply_async(extraction.extract_packed, (work.texts(),))))
        while in_flight:
            done, result = in_flight.popleft()
            yield _finish(done, _unpacked(result.get()))


def _unpacked(results: list[extraction.Packed | str]) -> list[Extraction | str]:
    return [result if isinstance(result, str) else extraction.unpack(result) for result in results]


def _finish(work: _Work, results: list[Extraction | str]) -> _Work:
    for (document, hash_), result in zip(work.pending, results, strict=True):
        if isinstance(result, str):
            work.failures.append(Failure(document.path, document.line, result))
        else:
            work.prepared.append(Prepared(document, hash_, article_id(hash_), result))
    work.pending = []
    return work
