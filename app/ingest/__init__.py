"""The ingest job: the only writer of extracted data."""
from app.ingest.job import Summary, ingest

__all__ = ["Summary", "ingest"]
