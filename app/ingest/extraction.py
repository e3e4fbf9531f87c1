"""What the extraction workers run. Kept apart from the job so that a worker process imports
extraction alone, not the database layer."""
from __future__ import annotations

from app.extract import Extraction, extract


def extract_texts(texts: list[str]) -> list[Extraction | str]:
    """Extraction of one batch: an Extraction, or why it failed, for each text."""
    results: list[Extraction | str] = []
    for text in texts:
        try:
            results.append(extract(text))
        except Exception as error:  # extraction must never stop an ingest; the article is reported
            results.append(f"extraction failed: {type(error).__name__}: {error}")
    return results
