"""Text segmentation: title, paragraphs (body, caption, noise), dateline, sentences, quotations.

Offsets always index the text as given. Decisions where GUIDELINES.md is silent:
- the first non-blank line is the title and is not read for messages or statements
  (headlines abbreviate and repeat the body), unless it reads like a lede (a dateline, or
  a long line ending with a period): a text given without its headline loses nothing;
- a caption is a line carrying a photo credit ("[Photo/Xinhua]", "(Photo: ...)",
  "file photo"); its people are pictured, not reported, so it is never read for actors;
- noise lines ("Related: ...", "Editor's note: ...", "Read more", navigation with "|", a date
  alone on its line: "16 March 2019", "November 21, 2022, 12:10") are skipped, so the lede
  (which gives the article's occasion) is the first sentence of substance;
- a quotation of three words or fewer is a name or a term ("Prachanda", "Friends for
  Peace"), not a statement;
- datelines take many forms: "BEIJING, Jan. 15 (Xinhua) --", "Accra, Dec. 10, GNA - " (a
  plain hyphen only after a date or a place in capitals), "ASTANA. KAZINFORM –", "ABU DHABI: ",
  "ALGIERS- ", and a known capital before a dash ("Rabat - ");
  a bracketed position in a caption ("X (right) and Y") is not an outlet.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from app.extract.countries import DATELINE_CITIES as _KNOWN_CITIES

_LINE = re.compile(r"[^\n]+")
_CAPTION = re.compile(
    r"\[\s*(?:Photo|Photos|File photo|Xinhua|Video)\b[^\]]*\]|\((?:Photo|Photos|File photo)\s*[:/][^)]*\)|"
    r"\bfile photo\b|\bin this (?:handout|undated) (?:photo|picture)\b|^\s*(?:Photo|Picture|Image)\s*:|"
    r"\((?:Xinhua|Photo|Reuters|AP|AFP|VNA|TASS|Sputnik|Yonhap|Kyodo|Anadolu|EPA|Getty Images)\s*(?:/[^)]{2,60})?\)\s*$",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"\s*(?:Related\s*:|Editor['’]s\s+note\b|Read\s+more\b|See\s+also\b|Also\s+read\b|"
    r"Recommended\b|Follow\s+us\b|Share\s*(?::|this\b|$)|Subscribe\b|Copyright\b|©|Source\s*:|Tags?\s*:|"
    r"Top\s+News\b|Most\s+(?:Read|Viewed)\b|Click\s+here\b|Advertisement\s*$|\[\s*Editor:|Editor:|"
    r"\(?(?:Reporting|Writing|Editing|Additional\s+reporting)\s+by\b|Produced\s+by\b|Follow\s+.{1,40}\s+on\s+(?:X|Twitter)\b)",
    re.IGNORECASE,
)


def _is_caption(line: str) -> bool:
    # Only a line that may hold one of the pattern's forms is searched: a credit closing the line
    # ("(Xinhua/Li Ming)", "(Kyodo)"), or a photo word with a bracket, a colon ("Photo: ..."),
    # "file photo" or "in this handout/undated photo" ("photographs of the two leaders" has none).
    if not line.endswith(")"):
        low: str = line.lower()
        if not ("photo" in low or "picture" in low or "image" in low or "xinhua]" in low or "video]" in low):
            return False
        if not ("[" in line or "(" in line or ":" in line or "le photo" in low or "handout" in low or "undated" in low):
            return False
    return bool(_CAPTION.search(line))


_BYLINE = re.compile(r"\|\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\bUpdate\s*:|^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$")


def _is_noise(line: str) -> bool:
    # navigation ("Home | World | China"), bylines ("Name |14.03.2023 - Update : ...", "By Name") and a
    # date alone on its line ("16 March 2019", "November 21, 2022, 12:10"): not the lede
    return bool(_NOISE.match(line)) or line.count(" | ") >= 2 or (
        ("|" in line or "Update" in line or line.startswith("By ")) and bool(_BYLINE.search(line))) or (
        len(line) <= 32 and bool(_DATE_LINE.fullmatch(line))) or (
        len(line) <= 60 and line[:1] in "UPLup" and bool(_STAMP_LINE.fullmatch(line)))


MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DATE = (
    rf"(?:(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:,?\s+|/)(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH})\.?,?(?:\s+(?P<year2>(?:19|20)\d\d))?)"
)
_DATE_LINE = re.compile(rf"\s*{DATE},?(?:\s+\d{{1,2}}:\d{{2}})?\s*")
# a stamp of publication on its line ("Updated May 4, 2025", "Published on 12 March 2024 at 10:05"): not the lede
_STAMP_LINE = re.compile(rf"\s*(?:[Ll]ast\s+)?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?:\s+on)?:?\s+(?:[A-Z][a-z]+day,?\s+)?{DATE},?"
                         r"(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*")
_DATELINE = re.compile(
    r"\s*(?:(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?)\s*,?\s*)?"
    rf"(?:{DATE})?\.?\s*"
    r"(?:(?:\((?P<o1>[A-Za-z][A-Za-z .'’-]{1,25})\)|/(?P<o2>[A-Za-z][A-Za-z .'’-]{1,25})/\.?)\s*(?P<dash>--|–|—|:|-(?=\s))?"
    r"|(?P<dash2>--|–|—))\s*"
)

# Sentence ends: ., !, ? (optionally followed by a closing quote) then space and a capital,
# digit or opening quote (guillemets too, as BelTA, TASS and European copy quote: "... Minsk. «The crew ...»").
_BOUNDARY = re.compile(r"[.!?][\"”’'»]?(?=\s+[\"“‘'«]?[A-Z0-9À-Þ])")
# The same where the text has no "!" or "?" (most paragraphs): the engine skips ahead to a
# pattern's opening literal far faster than to a character of a class.
_PERIOD_BOUNDARY = re.compile(r"\.[\"”’'»]?(?=\s+[\"“‘'«]?[A-Z0-9À-Þ])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "gen", "col", "lt", "prof", "vs", "inc", "ltd", "co", "corp",
    "gov", "sen", "rep", "rev", "capt", "maj", "sgt", "cmdr", "adm", "brig", "hon", "messrs", "smt", "u.s", "u.n",
    "u.k", "a.m", "p.m", "h.e", "e.g", "i.e", "approx", "est", "dept", "fig", "mt", "ft",
    "md", "mohd",  # South Asian and Malay "Md." and "Mohd." (Muhammad) before a name
}


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# "Ma." after a role noun and before a given name and a surname (not "..., said Ma. He added").
_MARIA = re.compile(r"(?!(?:said|says|told|added|asked|noted|wrote|stressed)\b)[a-z]+\s+Ma\.\s+[A-Z][a-z]+\s+[A-Z][a-z]+"
                    # (also "Speaker Jose Ma. Dimas": "Ma." for María after a Filipino given name, before the surname)
                    r"|(?:Jose|José|Juan|Jesus|Jesús|Luis|Antonio|Manuel)\s+Ma\.\s+[A-Z][\w'’-]+(?=[\s,])")


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: str  # title, body, caption, noise


@dataclass(slots=True)
class Dateline:
    start: int
    end: int
    place: str
    outlet: str | None
    month: int | None
    day: int | None
    year: int | None


def _reads_like_lede(line: str) -> bool:
    if len(line.split()) > 25 and line.rstrip().endswith((".", ".”", '."')):
        return True
    if "(" not in line and "/" not in line:
        return False  # no outlet in brackets or slashes: not a dateline (the common case: a headline)
    probe = Paragraph(0, len(line), "body")
    found = _DATELINE.match(line)
    if not (found and found.end() > 0 and (found.group("o1") or found.group("o2"))):
        return False
    head = dateline(line, probe)
    return bool(head and head.place.strip())  # "(LEAD) Yoon sends ...": a wire tag opens a headline


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines, each classed as title, body, caption or noise; offsets trimmed."""
    out: list[Paragraph] = []
    for match in _LINE.finditer(text):
        line: str = match.group()
        stripped: str = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = match.start() + len(line.rstrip())
        if not out:
            # A headline is short and carries no closing period; a first line that reads like a
            # lede (a text given without its headline) is body.
            kind = "body" if _reads_like_lede(stripped) else "title"
        elif _is_caption(stripped):
            kind = "caption"
        elif _is_noise(stripped):
            kind = "noise"
        else:
            kind = "body"
        out.append(Paragraph(start, end, kind))
    return out


_PLACE_LINE = re.compile(r"[A-Z][A-Z .'’-]{2,30}")
_POSITION = re.compile(r"(?:(?:second|third|far|front|back|top|bottom)\s+)?(?:left|right|centre|center|middle|front|L|R|C)", re.IGNORECASE)
# "ABU DHABI: President ...", and APS's "ALGIERS- President ..." (a hyphen against the place)
_CITY_DASH = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) [-–—] (?=[A-Z])")
_CITY_COLON = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?=[A-Z])")  # (Gulf papers: "Abu Dhabi: President ...")
# "KAMPALA. President ..." (East African papers): a capitalised city and a period
_CAPS_CITY_PERIOD = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})\.\s+(?=[A-Z])")
_PLACE_COLON = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):\s+(?=[A-Z])|([A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,2})-\s+(?=[A-Z])")


_PLACE_DATE_LINE = re.compile(
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+(?:(\d{1,2})\s+([A-Z][a-z]+\.?)|([A-Z][a-z]+\.?)\s+(\d{1,2}),?)\s+(\d{4})")


# A dateline in capitals ended by the agency and a period (Armenpress): "YEREVAN, MARCH 25, ARMENPRESS. "
_CAPS_DATELINE = re.compile(r"([A-Z][A-Z .'’-]{1,30}),\s+([A-Z]{3,9})\.?\s+(\d{1,2}),\s+([A-Z][A-Z-]{2,20})\.\s+")


_BODY_WORD = re.compile(r"\b(?:Government|Ministry|Council|Party|Front|Movement|Committee|Commission|Agency|Office|"
                        r"Organi[sz]ation|Union|Association|Parliament|Assembly|Secretariat)\b")


def dateline(text: str, paragraph: Paragraph) -> Dateline | None:
    """The dateline opening a body paragraph ("BEIJING, Jan. 15 (Xinhua) --"); failing the usual
    forms, any short opening ended by a dash ("Riyadh, ..., January 21, 2021, SPA -- ")."""
    if _PLACE_LINE.fullmatch(text, paragraph.start, paragraph.end):  # a dateline on a line of its own: "ANKARA"
        return Dateline(paragraph.start, paragraph.end, text[paragraph.start:paragraph.end], None, None, None, None)
    dated = _PLACE_DATE_LINE.fullmatch(text, paragraph.start, paragraph.end) if text[paragraph.end - 1:paragraph.end].isdigit() else None
    if dated and (dated.group(3) or dated.group(4)).lower().rstrip(".") in MONTHS:
        # a press release's place and date on a line of their own: "Vienna, 14 January 2027"
        month = MONTHS[(dated.group(3) or dated.group(4)).lower().rstrip(".")]
        return Dateline(paragraph.start, paragraph.end, dated.group(1), None, month,
                        int(dated.group(2) or dated.group(5)), int(dated.group(6)))
    colon = _PLACE_COLON.match(text, paragraph.start, paragraph.end)
    if colon:  # "ABU DHABI: President ..."
        return Dateline(paragraph.start, colon.end(), colon.group(1) or colon.group(2), None, None, None, None)
    city = _CITY_DASH.match(text, paragraph.start, paragraph.end) or _CITY_COLON.match(text, paragraph.start, paragraph.end)
    if city and city.group(1).lower() in _KNOWN_CITIES:  # "Rabat - His Majesty ...", "Abu Dhabi: President ...": a known city only
        return Dateline(paragraph.start, city.end(), city.group(1), None, None, None, None)
    in_capitals = text[paragraph.start + 1:paragraph.start + 2].isupper()
    city = _CAPS_CITY_PERIOD.match(text, paragraph.start, paragraph.end) if in_capitals else None
    if city and city.group(1).lower() in _KNOWN_CITIES:  # "KAMPALA. President ...": a known city only
        return Dateline(paragraph.start, city.end(), city.group(1), None, None, None, None)
    caps = _CAPS_DATELINE.match(text, paragraph.start, paragraph.end) if in_capitals else None
    if caps and caps.group(2).lower() in MONTHS:  # "YEREVAN, MARCH 25, ARMENPRESS. President ..."
        return Dateline(paragraph.start, caps.end(), caps.group(1).strip(), caps.group(4), MONTHS[caps.group(2).lower()],
                        int(caps.group(3)), None)
    match = _DATELINE.match(text, paragraph.start, paragraph.end)
    if not match or match.end() == paragraph.start:
        return _dash_dateline(text, paragraph)
    outlet = match.group("o1") or match.group("o2")
    if outlet and _POSITION.fullmatch(outlet.strip()):
        return None  # a caption: "Prime Minister X (right) and ..."
    has_date = bool(match.group("mon") or match.group("mon2"))
    if outlet and not has_date and _BODY_WORD.search(match.group("place") or ""):
        return None  # "The National Unity Government (NUG) also wrote ...": a body and its acronym, no dateline
    if not (outlet or has_date) or match.end() - match.start() > 90:
        return _dash_dateline(text, paragraph)
    month_name = (match.group("mon") or match.group("mon2") or "").lower().rstrip(".")
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    return Dateline(
        start=paragraph.start,
        end=match.end(),
        place=(match.group("place") or "").strip(),
        outlet=outlet.strip() if outlet else None,
        month=MONTHS.get(month_name),
        day=int(day) if day else None,
        year=int(year) if year else None,
    )


def _pairs(text: str, opening_mark: str, closing_mark: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans from each opening mark to the next closing mark in text[start:end], marks included;
    an opening mark whose closing mark is not on its line is passed over."""
    found = []  # (a list: a generator costs more to set up, and most paragraphs quote no one)
    pos = start
    while (opening := text.find(opening_mark, pos, end)) >= 0:
        closing = text.find(closing_mark, opening + 1, end)
        if closing < 0:
            break
        newline = text.find("\n", opening, closing)
        if newline >= 0:
            pos = newline + 1
            continue
        found.append((opening, closing + 1))
        pos = closing + 1
    return found


_SINGLE_QUOTE = re.compile(r"(?<![\w’])‘(?=\w)[^‘\n]*?[^\s‘]’(?![\w’])")
# Straight single marks: an opening ' not after a letter and before a capital, closed by the first ' that
# follows a sentence's punctuation and no letter ('We stand with you,' she wrote.); "Kenya's" is an apostrophe.
_STRAIGHT_SINGLE_QUOTE = re.compile(r"(?<![\w'’])'(?=[A-Z])(?:[^'\n]|(?<=\w)'(?=\w))*?[,.!?]'(?![\w'])")


def quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quotations (including their marks) inside text[start:end], in order.

    Curly marks and guillemets pair an opening with the next closing mark; straight marks pair in turn,
    except inside a curly quotation; single curly marks (British style: ‘We stand together,’ the
    minister said.) pair an opening ‘ not after a letter with the first ’ not followed by a letter
    ("Xi’s", "don’t" are apostrophes), except inside another quotation; straight single marks pair an
    opening ' before a capital with the first ' after a comma or a sentence's end ('We will help,' she
    wrote.), apostrophes between letters inside. A quotation never crosses
    a line. Linear in the length of the text when it has no single opening mark."""
    spans = _pairs(text, "“", "”", start, end) + _pairs(text, "«", "»", start, end)
    for span in _pairs(text, '"', '"', start, end):
        if not any(a < span[0] < b for a, b in spans[-3:]):
            spans.append(span)
    for single in _SINGLE_QUOTE.finditer(text, start, end) if text.find("‘", start, end) >= 0 else ():
        if not any(a < single.start() < b for a, b in spans):
            spans.append(single.span())
    for single in _STRAIGHT_SINGLE_QUOTE.finditer(text, start, end) if text.find("'", start, end) >= 0 else ():
        if not any(a <= single.start() < b for a, b in spans):
            spans.append(single.span())
    spans.sort()
    return spans


# An agency's tag after the last sentence of a paragraph: "... assistance. — ONA", "... said. -- Bernama"
_SIGN_OFF_TAIL = re.compile(r"(?<=[.!?\"”])\s+(?:--|—|–)\s*[A-Z][A-Za-z]{1,11}\s*$")


def sentences(text: str, start: int, end: int, quote_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences, as (start, end) spans; never inside a quotation
    or after an abbreviation."""
    out: list[tuple[int, int]] = []
    begin = start
    sign_off = _SIGN_OFF_TAIL.search(text, start, end)
    if sign_off:
        end = sign_off.start()  # "... relief assistance. — ONA": the agency's tag ends no sentence of the text
    starts = [qs for qs, _ in quote_spans]
    exclaims = text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0
    for match in (_BOUNDARY if exclaims else _PERIOD_BOUNDARY).finditer(text, start, end):
        mark, cut = match.span()
        if starts:
            k = bisect_right(starts, mark - 1) - 1
            if k >= 0 and cut < quote_spans[k][1]:
                continue  # inside a quotation (a period before its closing mark ends nothing)
        if text[mark] == ".":
            space = max(text.rfind(" ", begin, mark), text.rfind("(", begin, mark), begin - 1)  # the token opens the sentence
            token: str = text[space + 1:mark].lower().rpartition("-")[2]  # "Japan-U.S.": the abbreviation after the hyphen
            if token in _ABBREVIATIONS or len(token) == 1 or "." in token and _INITIALS.fullmatch(token):
                continue  # "Dr.", "Sept.", "U.S.", an initial
            if token == "ma" and _MARIA.match(text, text.rfind(" ", begin, space) + 1, cut + 40):
                continue  # "spokesperson Ma. Teresita Daza": Filipino "Ma." for María
        out.append((begin, cut))
        begin = cut
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        out.append((begin, end))
    return out


_DASH = re.compile(r"\s(?:--|—|–|-)\s+")
_ANY_DATE = re.compile(DATE)


def _dash_dateline(text: str, paragraph: Paragraph) -> Dateline | None:
    dash = _DASH.search(text, paragraph.start, min(paragraph.end, paragraph.start + 150))
    if not dash:
        return None
    if re.search(r"[.!?]\s+[A-Z]", text[paragraph.start:dash.start()]) and not (
            dash.start() - paragraph.start <= 40 and text[paragraph.start:dash.start()].isupper()):
        return None  # a sentence, unless an upper-case head: "ASTANA. KAZINFORM –"
    head = text[paragraph.start:dash.start()]
    if dash.group().strip() == "-" and not (_ANY_DATE.search(head) or _PLACE_LINE.fullmatch(head)):
        return None  # a plain hyphen ends a dateline only after a date or a place in capitals ("MANILA - ")
    month = day = year = None
    for found in _ANY_DATE.finditer(head):
        month = MONTHS.get((found.group("mon") or found.group("mon2") or "").lower().rstrip("."))
        day_text, year_text = found.group("day") or found.group("day2"), found.group("year") or found.group("year2")
        day, year = (int(day_text) if day_text else None), (int(year_text) if year_text else None)
    outlet = head.rsplit(",", 1)[-1].strip() if "," in head else None
    return Dateline(paragraph.start, dash.end(), head.split(",", 1)[0].strip(), outlet or None, month, day, year)
