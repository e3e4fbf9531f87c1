"""Results of slow read-only queries (aggregates, the network), kept until the data changes.

SQLite tells a connection whether another connection committed since it last asked
(`PRAGMA data_version`). The cache keeps one connection of its own that only ever asks
that: it never writes, so every commit (by the app's engine or by another process) is
another connection's and changes the answer, which starts a new generation; results of
older generations are not served. A query runs after the check that let it through, so
its result is never older than its generation. Other databases are not cached.

One computation a key at a time: requests arriving for a result being computed wait for
it instead of computing it again beside it (eight cold aggregates at once would each take
eight times as long on a shared core).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

T = TypeVar("T")

ENTRIES = 256
# Keys hash onto this many locks; two keys sharing one only wait for each other.
COMPUTING_LOCKS = 16


class ResultCache:
    def __init__(self, engine: Engine, entries: int = ENTRIES) -> None:
        self._engine = engine
        self._entries: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._limit = entries
        self._generation = 0
        self._version: int | None = None
        self._watcher: Any = None  # the DBAPI connection that asks for data_version, opened on first use
        self._lock = threading.Lock()
        self._computing = [threading.Lock() for _ in range(COMPUTING_LOCKS)]

    def _current_generation(self) -> int:
        with self._lock:
            if self._watcher is None:
                self._watcher = self._engine.raw_connection()  # kept checked out for good
            cursor = self._watcher.cursor()
            try:
                version = cursor.execute("PRAGMA data_version").fetchone()[0]
            finally:
                cursor.close()
            if version != self._version:
                self._version = version
                self._generation += 1
            return self._generation

    def _cached(self, key: Hashable, generation: int) -> tuple[bool, Any]:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == generation:
                self._entries.move_to_end(key)
                return True, entry[1]
        return False, None

    def get(self, connection: Connection, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached result for `key`, or `compute()` stored under it."""
        if connection.dialect.name != "sqlite":
            return compute()
        found, result = self._cached(key, self._current_generation())
        if found:
            return result
        with self._computing[hash(key) % COMPUTING_LOCKS]:
            generation = self._current_generation()
            found, result = self._cached(key, generation)  # computed while this request waited
            if found:
                return result
            result = compute()
            with self._lock:
                self._entries[key] = (generation, result)
                self._entries.move_to_end(key)
                while len(self._entries) > self._limit:
                    self._entries.popitem(last=False)
        return result
