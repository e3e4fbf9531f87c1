"""Placeholder until the extractor lands: the title only."""
from app.extract.types import Extraction


def extract(text: str) -> Extraction:
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Extraction(title=title)
