"""Publication date from the dateline, else from a photo caption.

A day-first numeric date on a byline line ("Name |14.03.2023") counts as the dateline.
Datelines often give month and day without a year ("BEIJING, Jan. 15 (Xinhua)"). The year
then comes from a dated caption (a photo taken on or before the article's day, so a
caption date later in the calendar than the dateline means the previous year's photo);
without one the date is unknown. A caption date alone is recorded with source "caption".
"Metadata" dates are the ingest job's to give: extraction reads text only.
"""
from __future__ import annotations

import re
from datetime import date

from app.extract.segment import DATE, MONTHS, Dateline, Paragraph

_DATE = re.compile(DATE)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _caption_date(text: str, paragraphs: list[Paragraph]) -> date | None:
    for p in paragraphs:
        if p.kind != "caption":
            continue
        for m in _DATE.finditer(text, p.start, p.end):
            month = MONTHS.get((m.group("mon") or m.group("mon2") or "").lower().rstrip("."))
            day = m.group("day") or m.group("day2")
            year = m.group("year") or m.group("year2")
            if month and day and year:
                found = _safe(int(year), month, int(day))
                if found:
                    return found
    return None


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")


def _byline_date(text: str, paragraphs: list[Paragraph]) -> date | None:
    """A day-first numeric date on a byline line before the body ("Name |14.03.2023")."""
    for p in paragraphs[:6]:
        if p.kind != "noise":
            continue
        found = _NUMERIC_DATE.search(text, p.start, p.end)
        if found:
            return _safe(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    return None


def published(text: str, paragraphs: list[Paragraph], dateline: Dateline | None) -> tuple[date | None, str]:
    byline = _byline_date(text, paragraphs)
    if byline and not (dateline and dateline.year):
        return byline, "dateline"
    caption = _caption_date(text, paragraphs)
    if dateline and dateline.month and dateline.day:
        if dateline.year:
            found = _safe(dateline.year, dateline.month, dateline.day)
            if found:
                return found, "dateline"
        elif caption:
            year = caption.year + (1 if (dateline.month, dateline.day) < (caption.month, caption.day) else 0)
            found = _safe(year, dateline.month, dateline.day)
            if found:
                return found, "dateline"
    if caption:
        return caption, "caption"
    return None, "none"
