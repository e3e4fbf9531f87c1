"""Stable identifiers: the same content or the same name gives the same id in every rebuild.

A person's id comes from `actor_key`: the name without the middle words that some mentions
give and others leave out, so that the forms of one name meet (see the writer's "Identity
across articles").
"""
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


# East Slavic patronymics (Latin and Cyrillic script): 'Vladimirovich', 'Ilyich', 'Sergeyevna'.
PATRONYMIC_ENDINGS = ("ovich", "evich", "ich", "ovna", "evna", "ichna", "ович", "евич", "ич", "овна", "евна", "ична")
# Given names ending so that are no patronymic: Heinrich, Friedrich, Ulrich, Dietrich.
NOT_PATRONYMIC_ENDINGS = ("rich",)


def is_initial(word: str) -> bool:
    """'R', 'R.', 'H.W.': one capital letter, or capital letters each followed by a dot."""
    letters = word.replace(".", "")
    if not letters.isalpha() or not letters.isupper():
        return False
    return len(letters) == 1 or word == "".join(f"{letter}." for letter in letters)


def is_patronymic(word: str) -> bool:
    """'Vladimirovich', 'Ilyich', 'Sergeyevna': a capitalised word with a patronymic ending."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and lower.endswith(PATRONYMIC_ENDINGS)
        and not lower.endswith(NOT_PATRONYMIC_ENDINGS)
        and len(lower) >= 5
    )


@lru_cache(maxsize=1 << 16)
def actor_key(name: str, kind: str = "person") -> str:
    """The slug an actor's id is made of. For a person, middle initials ('Joseph R. Biden',
    'George H. W. Bush') and, in a name of three words or more, an East Slavic patronymic
    ('Mikhail Vladimirovich Mishustin') between the first and the last word are left out, so
    that the forms with and without them share one key ('joseph-biden', 'mikhail-mishustin').
    Nothing else is merged: 'Joe Biden' keeps its own key. Other kinds: the slug of the name."""
    words = name.split()
    if kind != "person" or len(words) < 3:
        return slugify(name)
    middle = [word for word in words[1:-1] if not (is_initial(word) or is_patronymic(word))]
    if len(middle) == len(words) - 2:
        return slugify(name)
    return slugify(" ".join([words[0], *middle, words[-1]]))


def preferred_name(one: str, other: str) -> str:
    """Of two forms of one actor's name, the one to keep as its name whatever the order they
    come in: the longer (it holds the other's words), then one not all in capitals, then the
    one with more letters beyond ASCII ('Mevlüt Çavuşoğlu', not 'Mevlut Cavusoglu'), then the
    first in alphabetical order."""
    return min(one, other, key=_preference)


def _preference(name: str) -> tuple[int, bool, int, str]:
    return -len(name), name.isupper(), -sum(not character.isascii() for character in name), name
