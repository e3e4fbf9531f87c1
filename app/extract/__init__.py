"""Extraction: article text in, plain data out. Pure: no database, no web, no I/O."""
from app.extract.pipeline import extract
from app.extract.types import Actor, Extraction, Message, Statement

__all__ = ["Actor", "Extraction", "Message", "Statement", "extract"]
