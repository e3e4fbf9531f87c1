"""What the extraction workers run. Kept apart from the job so that a worker process imports
extraction alone, not the database layer."""
from __future__ import annotations

import gc
from dataclasses import fields
from operator import attrgetter

from app.extract import Extraction, extract
from app.extract.types import Actor, Message, Statement

# An Extraction as a tuple of its fields, its actors, messages and statements tuples too:
# pickled between processes, this costs half of what the dataclasses do.
Packed = tuple
_LISTS = {"actors": Actor, "messages": Message, "statements": Statement}  # field -> class of its items
_NAMES = [field.name for field in fields(Extraction)]
_VALUES = {cls: attrgetter(*(field.name for field in fields(cls))) for cls in (Extraction, *_LISTS.values())}


# A pool worker's cyclic GC: the youngest generation collected every this many new objects, not 700.
WORKER_GC_THRESHOLD = 10_000


def start_worker() -> None:
    """A pool worker's initializer: what importing extraction made (compiled rules, lexicons) is
    frozen out of the cyclic GC, whose full collections would scan it again and again."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def extract_texts(texts: list[str]) -> list[Extraction | str]:
    """Extraction of one batch: an Extraction, or why it failed, for each text."""
    results: list[Extraction | str] = []
    for text in texts:
        try:
            results.append(extract(text))
        except Exception as error:  # extraction must never stop an ingest; the article is reported
            results.append(f"extraction failed: {type(error).__name__}: {error}")
    return results


def extract_packed(texts: list[str]) -> list[Packed | str]:
    """extract_texts, each Extraction packed (see `pack`), for a pool worker to send back."""
    return [pack(result) if isinstance(result, Extraction) else result for result in extract_texts(texts)]


def pack(extraction: Extraction) -> Packed:
    return tuple(
        [_VALUES[_LISTS[name]](item) for item in value] if name in _LISTS else value
        for name, value in zip(_NAMES, _VALUES[Extraction](extraction), strict=True)
    )


def unpack(packed: Packed) -> Extraction:
    return Extraction(
        *(
            [_LISTS[name](*values) for values in value] if name in _LISTS else value
            for name, value in zip(_NAMES, packed, strict=True)
        )
    )
