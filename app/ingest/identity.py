"""Stable identifiers: the same content or the same name gives the same id in every rebuild."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

NOT_SLUG = re.compile(r"[^a-z0-9]+")


def normalise_text(text: str) -> str:
    """NFC, runs of whitespace made one space, stripped: what the content hash covers."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(hash_: str) -> str:
    """An article's id: the first 16 hex digits of its content hash."""
    return hash_[:16]


@lru_cache(maxsize=1 << 16)  # the same few thousand names come back in article after article
def slugify(name: str) -> str:
    """'Xi Jinping' -> 'xi-jinping'; accents are folded, anything else becomes one hyphen."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = NOT_SLUG.sub("-", folded).strip("-")
    if slug:
        return slug[:100]
    # A name with no Latin letters (e.g. "习近平") still needs a stable, readable-enough id.
    return "actor-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
