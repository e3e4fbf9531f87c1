"""Results of slow read-only queries (aggregates, the network), kept until the data changes.

SQLite tells each connection whether another connection committed since it last asked
(`PRAGMA data_version`). Every connection asks before a cached result is used; any change
it sees starts a new generation, and results of older generations are not served. A
connection asking for the first time cannot know what happened before, so it starts a new
generation too. Commits through the app's own engine, which that pragma does not report
to the connection that made them, start one as well. Other databases are not cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event

T = TypeVar("T")

ENTRIES = 256
_VERSION = "chancery_data_version"


class ResultCache:
    def __init__(self, engine: Engine, entries: int = ENTRIES) -> None:
        self._entries: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._limit = entries
        self._generation = 0
        self._lock = threading.Lock()
        event.listen(engine, "commit", self._new_generation)

    def _new_generation(self, _connection: Connection) -> None:
        with self._lock:
            self._generation += 1

    def _current_generation(self, connection: Connection) -> int:
        version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
        info = connection.connection.info  # kept with the DBAPI connection across checkouts
        with self._lock:
            if info.get(_VERSION) != version:
                info[_VERSION] = version
                self._generation += 1
            return self._generation

    def get(self, connection: Connection, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached result for `key`, or `compute()` stored under it."""
        if connection.dialect.name != "sqlite":
            return compute()
        generation = self._current_generation(connection)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == generation:
                self._entries.move_to_end(key)
                return entry[1]
        result = compute()
        with self._lock:
            self._entries[key] = (generation, result)
            self._entries.move_to_end(key)
            while len(self._entries) > self._limit:
                self._entries.popitem(last=False)
        return result
