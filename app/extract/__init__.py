"""Extraction: article text in, plain data out. Pure: no database, no web, no I/O.

Its modules are compiled at install where a C compiler is found (app/compiled.py)."""
from app.compiled import load_fresh

load_fresh(__name__, __path__[0])

from app.extract import pipeline  # noqa: E402 - after load_fresh, which decides where modules load from
from app.extract.pipeline import extract  # noqa: E402
from app.extract.types import Actor, Extraction, Message, Statement  # noqa: E402

# Whether the extractor running is the compiled one (bench/extract_speed.py records it).
COMPILED = not pipeline.__file__.endswith(".py")

__all__ = ["COMPILED", "Actor", "Extraction", "Message", "Statement", "extract"]
