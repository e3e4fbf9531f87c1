"""The state each actor speaks for, where the text does not say it beside the name.

Before the body is read, the article's own state, which its people share unless told otherwise: the
dateline's city (also a city opening a line: "Dar es Salaam. President ..."), the outlet named under the title
or by itself ("seen by The Irish Times"), a government issuing the release, a time stamp in one state's time,
a press release's sign-off. After the body is read (`infer_states`), what the article says of those it left
untold: a writer's state from his own words ("Jamaica mourns with you"), an office naming a state in an
appositive ("the Emir of Kuwait, Sheikh ..."), an aide's from his principal's, an ambassador's from his
embassy, one congratulated on a state's election or day, the lead's sender from a headline naming his state
("Brunei conveys sympathy ..."); and, where nothing gives the article's state, its home state from its senders and
speakers, with the other party of a message abroad (a message crosses a border). A byline in capitals read as the
dateline ("RECORDER REPORT") leaves the article's state to the dateline after it.
"""
from __future__ import annotations

import re

from app.extract.context import Context
from app.extract.countries import (
    DATELINE_CITIES,
    DEMONYMS as _DEMONYM_FORMS,
    OFFICE_STATES,
    OUTLET_DOMAINS,
    OUTLETS,
    country_in,
    dateline_city_state,
    outlet_country,
    is_country_name,
    named_outlet,
    states_named,
    subnational_body_country,
)
from app.extract.lexicon import HONORIFICS, OFFICE_WORDS
from app.extract.segment import dateline, paragraphs
from app.extract.statements import Found

# A known city opening one of the first lines, then the end of the line, a period and a capital ("Dar es Salaam.
# President ..."), a state ending the line ("Nuku'alofa, Tonga": that state's), an agency and a dash ("Damascus,
# SANA- President"), or a date ("BAKU, Azerbaijan, May 28.", and the day first, also in Spanish and Portuguese:
# "Asunción, 15 de agosto (IP Agencia).-", "Brasília, 3 de março")
_MONTH_OPENING = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\.?"
_DAY_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
              r"Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
              r"SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b")
_FOREIGN_MONTHS = (r"(?:de\s+)?(?:[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]eptiembre|[Ss]etiembre|"
                   r"[Oo]ctubre|[Nn]oviembre|[Dd]iciembre|[Jj]aneiro|[Ff]evereiro|[Mm]arço|[Mm]aio|[Jj]unho|[Jj]ulho|[Ss]etembro|"
                   r"[Oo]utubro|[Nn]ovembro|[Dd]ezembro)\b")
_OPENING_CITY = re.compile(
    r"(?P<city>[A-Z][\w'’-]+(?: (?:es |de |al-|el-)?[A-Z][\w'’-]+){0,2})(?:\s*$|[.:]\s+(?=[A-Z])|,\s+[A-Z]{2,}\s*[-–—]"
    r"|,\s+(?P<state>[A-Z][\w'’-]+(?: (?:and |of |the )?[A-Z][\w'’-]+){0,3})\s*$"
    r"|,\s+(?:[A-Z][a-z]+,\s+)?" + _MONTH_OPENING + r"\s+\d{1,2}\b"
    r"|,\s+\d{1,2}\s+(?:" + _DAY_MONTH + "|" + _FOREIGN_MONTHS + "))", re.MULTILINE)


def opening_city_state(text: str, body) -> str | None:
    """The state of a city opening a line of the first short paragraphs (or the first long one), where it reads
    as a dateline."""
    for para in body[:4]:
        for row_start in [para.start] + [i + 1 for i in range(para.start, para.end) if text[i] == "\n"][:3]:
            match = _OPENING_CITY.match(text, row_start, para.end)
            if match and match.group("state"):  # ("Nuku'alofa, Tonga": the state named; "Kingston, Ontario": none)
                code = is_country_name(match.group("state"))
            else:
                code = dateline_city_state(match.group("city")) if match else None
            if code:
                return code
        if text.count(" ", para.start, para.end) >= 12:
            break
    return None


# A government issuing the release, on a line of its own under the title: "Fijian Government", "Government of Ghana"
_ISSUER = re.compile(r"(?:The\s+)?(?:(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+Government"
                     r"|Government\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s*")


def issuer_state(line: str) -> str | None:
    match = _ISSUER.fullmatch(line) if "Government" in line else None
    if not match:
        return None
    found, code = country_in(match.group("adj") or match.group("of"))
    return code if found else None


def city_state(place: str) -> str | None:
    """The state of a dateline's city, also where a building comes first ("STATE HOUSE, NAIROBI"), and where the
    outlet's bracketed name holds a figure the dateline's outlet does not read ("MOSUL (Iraq7) –": Mosul's)."""
    if "(" in place:
        place = _BRACKETED.sub("", place).strip()
    for part in place.split(",") if "," in place else (place,):
        code = dateline_city_state(part)
        if code:
            return code
    return None


# The paper naming itself in its own copy, its name holding its state or its city: "told Times of Malta", "seen by
# the Jamaica Observer", "Speaking to Malta Today", "seen by The Irish Times", "© 2026 The Kathmandu Post", "Source:
# Manila Bulletin"
_PAPER_WORDS = r"(?:Observer|Today|Times|Post|Herald|Daily|Tribune|Bulletin|Gazette|Chronicle|Inquirer|Monitor|Standard)"
_SELF_NAMED_OUTLET = re.compile(
    r"(?:\b(?:told|seen\s+by|[Ss]peaking\s+to|in\s+an\s+interview\s+with)\s+|^(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?|^Source:\s*)"
    r"(?:the\s+|The\s+)?(?:Times\s+of\s+(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"|(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+" + _PAPER_WORDS + r"\b)", re.MULTILINE)
_PAPER_GATE = re.compile(r"\b(?:Times\s+of|" + _PAPER_WORDS + r")\b")


# A known outlet of one state spoken to in its own copy: "Rutkowska told DW", "in an interview with Yonhap"
_TOLD_OUTLET = re.compile(r"\b(?:told|[Ss]peaking\s+to|in\s+an\s+interview\s+with)\s+(?:the\s+)?(" + "|".join(
    re.escape(o) for o in sorted(OUTLETS, key=len, reverse=True) if OUTLETS[o]) + r")(?![\w'’])")


# A paper named "The" and its state's adjective, told or seen mid-sentence: "told The Namibian on Tuesday"
_TOLD_THE_DEMONYM = re.compile(r"\b(?:told|seen\s+by|[Ss]peaking\s+to|in\s+an\s+interview\s+with)\s+The\s+(" + "|".join(
    re.escape(d) for d in sorted(_DEMONYM_FORMS, key=len, reverse=True)) + r")(?=\s+(?:on|that|in|last|this|yesterday|"
    r"today|earlier)\b|[,.;])")


def self_named_outlet_state(text: str) -> str | None:
    told = _TOLD_OUTLET.search(text) if "told" in text or "interview" in text or "peaking to" in text else None
    if told:
        return OUTLETS[told.group(1)]
    told = _TOLD_THE_DEMONYM.search(text) if " The " in text else None
    if told and country_in(told.group(1))[1]:
        return country_in(told.group(1))[1]
    if not _PAPER_GATE.search(text):
        return None
    for match in _SELF_NAMED_OUTLET.finditer(text):
        place = match.group("of") or match.group("state")
        code = is_country_name(place)
        if not code and match.group("state"):  # "The Irish Times", "Bangkok Post", "Mexico News Daily"
            code = (country_in(place)[1] if place in _DEMONYM_FORMS else None) or dateline_city_state(place) or (
                is_country_name(place.split()[0]) if place.endswith(" News") else None)
        if code:
            return code
    return None


# An outlet's time stamp in the time of one state ("Jun. 5, 2026 12:40 JST", "11:05 am WIB")
_ZONES = {"JST": "JPN", "KST": "KOR", "PKT": "PAK", "WIB": "IDN", "SGT": "SGP", "MYT": "MYS", "PHT": "PHL",
          "PHST": "PHL", "NPT": "NPL", "HKT": "CHN", "AEST": "AUS", "AEDT": "AUS", "NZST": "NZL", "NZDT": "NZL"}
_TIME_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?\(?(" + "|".join(_ZONES) + r")\)?(?!\w)")


def time_zone_state(text: str, paras) -> str | None:
    for para in paras[1:4] + paras[-2:]:
        if para.end - para.start <= 80:
            match = _TIME_STAMP.search(text, para.start, para.end)
            if match:
                return _ZONES[match.group(1)]
    return None


def sign_off_state(text: str, paras) -> str | None:
    for para in paras[-2:]:
        if para.end - para.start > 120:
            continue
        for row in text[para.start:para.end].splitlines():
            code = is_country_name(row.strip().title()) if row.isupper() else None
            if code:
                return code
            address = row.strip()
            if address.find("@") > 0 and " " not in address:  # a reporter's address: the outlet's domain
                code = OUTLET_DOMAINS.get(address.partition("@")[2].lower().rstrip("."))
            elif "|" in row:  # a photo credit: "... | FILE | NATION MEDIA GROUP"
                code = named_outlet(row[row.rfind("|") + 1:])
            if code:
                return code
    if len(paras) >= 3 and text.startswith("Issued by", paras[-2].start) and paras[-1].end - paras[-1].start <= 30:
        return DATELINE_CITIES.get(text[paras[-1].start:paras[-1].end].strip().lower())  # "Issued by: Office of the President" over its city
    return None


# A writer's own state standing by the other in his words ("Jamaica mourns with you", "Italy shares the grief of ...")
_STATE_SOLIDARITY = re.compile(
    r"((?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+(?:stands\s+(?:with|by|ready)|will\s+(?:always\s+)?stand|"
    r"mourns|grieves|shares\s+(?:the|your)|joins\s+(?:you|the)|is\s+ready\s+to|will\s+never\s+forget)\b")
# "the bonds (ties, relations) between Sri Lanka and Thailand": two states
# ("Nigeria and Ghana are bound by history": two states as the subject of the words)
_BETWEEN_STATES = re.compile(r"\bbetween\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+"
                             r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\b"
                             r"|(?:^|(?<=[.!?;:]\s)|\bthat\s+)((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+"
                             r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:are|were|have|had|share|shared|"
                             r"will|would|must|can|could|should|remain|remained|stand|stood|enjoy|enjoyed)\b")


def _untold_people(ctx: Context):
    """The people whose state the text has not told beside their names: those the rules below may place."""
    return (rec for rec in ctx.registry.actors if rec.kind == "person" and not rec.country_known)

# Words reported of a speaker opening with a state and its stance ("Dung said Vietnam shared the great losses ...",
# "said the UAE valued its growing partnership with ...", "said Colombia and Peru will keep working ..."): the
# speaker's own state, unless it is that of someone he wrote to; read only where no dateline nor outlet gives one.
_OWN_STATE_CLAUSE = re.compile(
    r"(?:that\s+)?(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:(?:always|firmly|highly|fully|still|also)\s+)?"
    r"(?:stands?|stood|shares?|shared|will|would|remains?|remained|is\s+(?:ready|committed|grateful|determined|proud)|"
    r"was\s+(?:ready|committed|grateful|determined|proud)|values?|valued|welcomes?|welcomed|attaches|attached|"
    r"appreciates?|appreciated|looks\s+forward|looked\s+forward|continues|continued|condemns?|condemned|supports?|"
    r"supported|hopes?|hoped|mourns?|mourned|grieves?|grieved|joins?|joined|extends?|extended|wishes|wished|"
    r"intends?|intended|has\s+always|had\s+always)\b")


_QUOTED_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z])")


def _own_state_in_words(text: str, ctx: Context, found: list[Found]) -> None:
    registry = ctx.registry
    if registry.default_country is not None:
        return  # (under a dateline the state's own people are its; "X said Russia would ..." is no sign of X's)
    for f in found:
        if f.speaker is None or f.speaker < 0:
            continue
        rec = registry.actors[f.speaker]
        if rec.country_known or rec.kind != "person":
            continue
        theirs = {registry.country_of(m.recipient) for m in ctx.messages if m.sender == f.speaker}
        # (the words' start, and in a quotation the start of each of its sentences: '"... . South Africa shares ..."')
        starts = [f.start] + ([m.end() for m in _QUOTED_SENTENCE.finditer(text, f.start, f.end)] if f.kind == "direct" else [])
        for start in starts:
            match = _OWN_STATE_CLAUSE.match(text, start, f.end)
            # (or its capital standing for its government: "said that Cairo looked forward to ...")
            code = (is_country_name(match.group("state")) or DATELINE_CITIES.get(match.group("state").lower())) if match else None
            if code and code not in theirs:
                rec.country, rec.country_known = code, True
                break


# A sender conveying his state's feelings in the sentence of his message: "has written to X to convey South Africa's
# condolences", "conveyed the condolences of the Jordanian government and people", "on behalf of the Kenyan people"
_ON_BEHALF = re.compile(
    r"\b(?:(?:convey(?:ed|ing|s)?|extend(?:ed|ing|s)?|express(?:ed|ing|es)?)\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:'s|’s)\s+(?:deep(?:est)?\s+|sincere\s+|heartfelt\s+|warm(?:est)?\s+)?(?:condolences|congratulations|sympathy|"
    r"sympathies|solidarity|gratitude|thanks|support|greetings)"
    r"|(?:condolences|congratulations|sympathy|sympathies|solidarity|gratitude|greetings)\s+of\s+the\s+(?P<people>"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:government|people|nation)"
    r"|on\s+behalf\s+of\s+the\s+(?P<behalf>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:government|people|nation))")


def _senders_on_behalf(text: str, ctx: Context) -> None:
    registry = ctx.registry
    for m in ctx.messages:
        rec = registry.actors[m.sender]
        if rec.country_known or rec.kind != "person":
            continue
        lo = text.rfind("\n", 0, m.start) + 1
        hi = text.find("\n", m.end)
        match = _ON_BEHALF.search(text, lo, hi if hi >= 0 else len(text))
        if not match:
            continue
        state = match.group("state") or match.group("people") or match.group("behalf")
        code = is_country_name(state) if match.group("state") else country_in(state)[1]
        if code and code != registry.country_of(m.recipient):
            rec.country, rec.country_known = code, True


def _writers_states(text: str, ctx: Context, found: list[Found]) -> None:
    """The state of a writer the article leaves untold, from what he wrote."""
    registry = ctx.registry
    _own_state_in_words(text, ctx, found)
    _senders_on_behalf(text, ctx)
    for f in found:  # '"Jamaica mourns with you," the prime minister said in the letter': the writer's state
        if f.speaker is not None and f.speaker >= 0 and text[f.start:f.start + 1].isupper() \
                and not registry.actors[f.speaker].country_known and registry.actors[f.speaker].kind == "person":
            solidarity = _STATE_SOLIDARITY.match(text, f.start, f.end)
            code = is_country_name(solidarity.group(1)) if solidarity else None
            if code:
                registry.actors[f.speaker].country, registry.actors[f.speaker].country_known = code, True
    for f in found:  # "In the message, the President said that the bonds between Sri Lanka and Thailand ...": the writer's
        # state is the other of the two, where the one is that of the person he wrote to
        if f.speaker is None or f.speaker < 0 or registry.actors[f.speaker].country_known \
                or registry.actors[f.speaker].kind != "person" or " and " not in text[f.start:f.end]:
            continue
        pair = _BETWEEN_STATES.search(text[f.start:f.end])
        codes = [is_country_name(pair.group(1) or pair.group(3)), is_country_name(pair.group(2) or pair.group(4))] if pair else []
        theirs = {registry.country_of(m.recipient) for m in ctx.messages if m.sender == f.speaker and (
            pair.group(1) or registry.actors[m.recipient].country_known)} - {None} if pair else set()
        # (two states as the subject, "Japan and Australia are partners": only an addressee told of his state)
        if len(codes) == 2 and None not in codes and codes[0] != codes[1] and len(theirs) == 1 and theirs & set(codes):
            registry.actors[f.speaker].country = codes[1] if codes[0] in theirs else codes[0]
            registry.actors[f.speaker].country_known = True


# An office and its state in an appositive before a name: "the Emir of Kuwait, Sheikh Nasser ...", "Malaysia's
# Yang di-Pertuan Agong, Sultan Ahmad ...", "a letter to the Portuguese minister of foreign affairs, Rui ..." (the
# phrase runs back to a comma, a bracket, "and", "to", "from", "with" or the sentence start; not after an opening
# clause: "In his message to the President of Egypt, X said" names X's addressee, not X)
_APPOSITIVE_END = re.compile(r",\s*(?:(?:" + "|".join(sorted(
    (re.escape(h.title()) for h in HONORIFICS | {"sultan", "emir", "amir", "king", "queen", "prince"} if len(h) > 1),
    key=len, reverse=True)) + r")\s+)*$")
# (a headline without a period ends at its line; an envoy's "to" is in his office: "Guinea's Ambassador to Sierra
# Leone, Mr X")
_APPOSITIVE_START = re.compile(r".*(?:[,;(]\s*|\n\s*|\b(?:and|from|with|(?<![Aa]mbassador )(?<![Ee]nvoy )"
                               r"(?<![Cc]ommissioner )to)\s+|[.!?]\s+|^)", re.DOTALL)
_OPENING_CLAUSE = re.compile(r"(?:.*[.!?]\s+|^)(?:In|On|At|During|After|Before|Speaking|Writing|Replying)\b[^.!?]*$",
                             re.DOTALL)
_CLAUSE_SAID = re.compile(r"\b(?:said|says|wrote|writes|added|noted|stated|announced)\s+(?:that\s+)?[^.!?,]*$")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_NOT_IN_APPOSITIVE = {"in", "by", "at", "on", "his", "her", "their", "its", "message", "letter", "cable", "said",
                      "says", "told", "during", "after", "when", "while", "as", "counterpart", "who", "which"}


def _appositive_states(text: str, ctx: Context) -> None:
    """The state of an untold person named after an appositive office that names one."""
    for rec in _untold_people(ctx):
        at = text.find(rec.name)
        if at <= 0 or text.rfind(",", max(0, at - 40), at) < 0:
            continue
        window = text[max(0, at - 160):at]
        end = _APPOSITIVE_END.search(window)
        if not end:
            continue
        head = _BRACKETED.sub("", window[:end.start()])  # ("Secretary-General of the Caribbean Community (CARICOM), X")
        phrase = head[_APPOSITIVE_START.match(head).end():]
        words = {w.lower() for w in re.findall(r"[\w'’-]+", phrase)}
        if not phrase[:1].isupper() and not phrase.startswith("the ") or len(words) > 10 \
                or words & _NOT_IN_APPOSITIVE or not words & (OFFICE_WORDS | {"agong", "taoiseach", "tánaiste", "head"}):
            continue
        if head.endswith(phrase) and re.search(r"\b(?:to|from|with)\s+$", head[:len(head) - len(phrase)]) \
                and _OPENING_CLAUSE.match(head[:len(head) - len(phrase)]) \
                and not _CLAUSE_SAID.search(head[:len(head) - len(phrase)]):  # (not after the main verb: "In a
            # statement, the spokesperson said the messages came from the Head of State of Niger, General X")
            continue
        before = head[:len(head) - len(phrase)]
        if before.endswith(", ") and any(
                other is not rec and other.kind == "person" and len(other.titles) == 1
                and phrase.strip().endswith(other.titles[0])
                and any(form and before.endswith(f"{form}, ") for form in [other.name, *other.aliases])
                for other in ctx.registry.actors):  # (the office of the one named before it, his only title: "In
            # the letter to A, Chile's trade minister, B writes" is A's office, not B's)
            continue
        found, code = country_in(phrase)
        if found:  # (an international body's officer: of no state)
            rec.country, rec.country_known = code, True


def _sandwiched_titles_states(text: str, ctx: Context) -> None:
    """"In his message to Mr A, the President of Côte d'Ivoire, Mr B, said": an office between two names is the second
    one's; the first keeps only the state his other titles name (none: the article's)."""
    people = [rec for rec in ctx.registry.actors if rec.kind == "person"]
    for rec in people:
        if not rec.country_known or len(rec.titles) < 2:
            continue
        for title in rec.titles:
            at = max(text.find(f"{form}, {title}, ") for form in [rec.name, *rec.aliases])
            if at < 0:
                continue
            words = text[text.find(f", {title}, ", at) + len(title) + 4:][:80].split()
            while words and words[0].lower() in HONORIFICS:  # ("Mr B")
                words.pop(0)
            after = " ".join(words)
            if any(other is not rec and after.startswith(other.name) for other in people):
                told = [country_in(t) for t in rec.titles if t != title]
                rec.country_known = any(found for found, _ in told)
                rec.country = next((code for found, code in told if found), None)
                break


def _states_before_titles(text: str, ctx: Context) -> None:
    """An untold person whose first title follows a state's name on its line ("St. Kitts and Nevis Prime Minister
    Terrance Drew", where the period cut the state off the title) is of that state."""
    for rec in _untold_people(ctx):
        at = text.find(rec.titles[0] + " " + rec.name) if rec.titles else -1
        if at <= 0:
            continue
        words = text[text.rfind("\n", 0, at) + 1:at].split()[-5:]
        for k in range(len(words), 0, -1):  # (the longest name first: "St. Kitts and Nevis", not "Nevis")
            code = is_country_name(" ".join(words[-k:]))
            if code:
                rec.country, rec.country_known = code, True
                break


_AT_EMBASSY = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:[Ee]mbassy|[Hh]igh\s+[Cc]ommission)\b")


# "German Chancellor Angela Merkel's spokesman Steffen Seibert", "Dut's special envoy, Deng Akol Maker": an aide or
# an envoy of a told person is of his state
_AIDE_OF = re.compile(r"(?P<boss>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}"
                      r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|press\s+secretary|chief\s+of\s+staff|"
                      r"envoy|emissary)\s*,?\s*$")


def _subnational_bodies_states(ctx: Context) -> None:
    for rec in ctx.registry.actors:
        if rec.kind != "person" and not rec.country_known and " of " in rec.name:
            code = subnational_body_country(rec.name)
            if code:
                rec.country, rec.country_known = code, True


# A state's possessive right before a body's name: "the head of Sudan's Sovereignty Council, Gen. X" (then "the
# Sovereignty Council said")
_STATES_OWN = re.compile(r"\b(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:'s|’s)\s+$")


_STATES_OWN_AFTER = re.compile(r",\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:'s|’s)\s+"
                               r"(?:[a-z-]+\s+){0,2}(?:parliament|legislature|assembly|senate|government|cabinet|"
                               r"ministry|agency|council|presidency|court|army|police)\b")


def _bodies_of_named_states(text: str, ctx: Context) -> None:
    """A body of untold state that the article first names with a state's possessive ("Sudan's Sovereignty Council")
    is that state's."""
    for rec in ctx.registry.actors:
        if rec.kind != "organization" or rec.country_known or " " not in rec.name:
            continue
        at = text.find(rec.name)
        owner = _STATES_OWN.search(text, max(0, at - 40), at) if at > 0 else None
        if owner is None and at >= 0:  # (after it: "the Assembly of the Republic, Mozambique's parliament")
            owner = _STATES_OWN_AFTER.match(text, at + len(rec.name))
        code = is_country_name(owner.group("state")) if owner else None
        if code:
            rec.country, rec.country_known = code, True


# Two states' adjectives before a plural office and the two named after it, in that order: "her Danish and Norwegian
# counterparts, A and B", "the Kenyan and Ugandan presidents, A and B". The offices are found by their words first and
# the pair read just before each: one pattern over the whole text was a tenth of the extraction time.
_PLURAL_OFFICE_WORDS = ("counterparts", "peers", "colleagues", "presidents", "ministers", "premiers", "leaders",
                        "chancellors", "speakers", "monarchs", "kings", "heads")
_PLURAL_OFFICE = re.compile(r"(?:counterparts|peers|colleagues|presidents|ministers|premiers|leaders|chancellors|"
                            r"speakers|monarchs|kings|heads\s+of\s+state),?\s+")
_PAIR_BEFORE = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:[a-z-]+\s+){0,2}$")


def _paired_offices(text: str):
    """Each (pair, end) of two capitalised words joined by "and" right before a plural office, `end` after the office."""
    starts: set[int] = set()
    for word in _PLURAL_OFFICE_WORDS:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    for start in sorted(starts):
        office = _PLURAL_OFFICE.match(text, start)
        pair = _PAIR_BEFORE.search(text, max(0, start - 120), start) if office else None
        if pair:
            yield pair, office.end()


def _paired_offices_states(text: str, ctx: Context) -> None:
    """"her Danish and Norwegian counterparts, A and B": A is of the first state, B of the second."""
    if " and " not in text:
        return
    people = [rec for rec in ctx.registry.actors if rec.kind == "person"]
    for match, end in _paired_offices(text):
        codes = [(country_in(match.group(g))[1] if match.group(g) in _DEMONYM_FORMS else is_country_name(match.group(g)))
                 for g in ("a", "b")]
        if None in codes or codes[0] == codes[1]:
            continue
        at, pair = end, []
        for _ in range(2):
            rec = next((r for r in people for form in (r.name, *r.aliases) if form and text.startswith(form, at)), None)
            if rec is None:
                break
            pair.append(rec)
            at += max(len(form) for form in (rec.name, *rec.aliases) if text.startswith(form, at))
            joint = re.match(r",?\s+and\s+", text[at:at + 8]) if len(pair) == 1 else None
            if len(pair) == 1 and not joint:
                break
            at += joint.end() if joint else 0
        if len(pair) == 2 and pair[0] is not pair[1]:
            for rec, code in zip(pair, codes):
                if not rec.country_known:
                    rec.country, rec.country_known = code, True


# "Congolese" is of both Congos (read as the Republic's): the Democratic Republic's where the article names it and
# never the Republic ("DR Congo: ... Congolese President X")
_DR_CONGO = re.compile(r"\b(?:DR\s+Congo|DRC|Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|Kinshasa)\b")
_CONGO_REPUBLIC = re.compile(r"(?<!Democratic )\b(?:Congo-Brazzaville|Republic\s+of\s+(?:the\s+)?Congo|Brazzaville)\b")


def _congolese_states(text: str, ctx: Context) -> None:
    if "Congolese" not in text or not _DR_CONGO.search(text) or _CONGO_REPUBLIC.search(text):
        return
    for rec in ctx.registry.actors:
        if rec.country == "COG" and any("Congolese" in t for t in [rec.name, *rec.titles]):
            rec.country = "COD"


# A sentence opening on a state's body as its source, then an office and a name: "According to the Egyptian
# presidency, President X affirmed ...", "According to Kenya's foreign ministry, Minister X ..."
_ACCORDING_TO_BODY = re.compile(
    r"According\s+to\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:presidency|government|ministry|office|embassy|cabinet|palace|press\s+service|news\s+agency|state\s+media)"
    r",\s+(?P<office>(?:[A-Z][\w'’-]*\s+){1,3})$")


def _according_to_bodies_states(text: str, ctx: Context) -> None:
    """An untold office-holder whose sentence opens on a state's body as its source is of that state."""
    for rec in _untold_people(ctx):
        at = text.find(rec.name)
        if at <= 0 or "According" not in text[max(0, at - 120):at]:
            continue
        start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
        match = _ACCORDING_TO_BODY.match(text[start:at])
        if not match or match.group("office").split()[-1].lower() not in OFFICE_WORDS:
            continue
        state = match.group("state")
        code = country_in(state)[1] if state in _DEMONYM_FORMS else is_country_name(state)
        if code:
            rec.country, rec.country_known = code, True


def _aides_states(text: str, ctx: Context) -> None:
    registry = ctx.registry
    for rec in _untold_people(ctx):
        at = text.find(rec.name)
        if at <= 0 or text.find("'s", max(0, at - 80), at) < 0 and text.find("’s", max(0, at - 80), at) < 0:
            continue
        match = _AIDE_OF.search(text, max(0, at - 120), at)
        if not match:
            continue
        boss = match.group("boss")
        for other in registry.actors:
            if other is not rec and other.kind == "person" and other.country_known and other.country \
                    and any(form and boss.endswith(form) for form in [other.name, *other.aliases]):
                rec.country, rec.country_known = other.country, True
                break


def _burmese_names_states(ctx: Context) -> None:
    """One the text names with a Burmese honorific ("U Tun Aung", "Daw Mya Sandar") is of Myanmar."""
    for rec in _untold_people(ctx):
        if any(form.startswith(("U ", "Daw ")) for form in [rec.name, *rec.aliases]):
            rec.country, rec.country_known = "MMR", True


# A sentence opening with a pronoun's aide, after one naming a told person: "Lindqvist has not replied. Her
# spokeswoman, Anna Berg, said ...": the aide is of that person's state
_PRONOUN_AIDE = re.compile(r"(?:^|[.!?]\s+)(?:His|Her)\s+(?:[a-z-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|aide|"
                           r"adviser|advisor|press\s+secretary|chief\s+of\s+staff)\s*,?\s*$")


def _pronoun_aides_states(text: str, ctx: Context) -> None:
    """The aide a sentence opens with by a pronoun ("Her spokesman, X, said") is of the state of the told person the
    sentence before opens with."""
    registry = ctx.registry
    for rec in _untold_people(ctx):
        at = text.find(rec.name)
        match = _PRONOUN_AIDE.search(text, max(0, at - 60), at) if at > 0 else None
        if not match:
            continue
        before = text.rfind(". ", 0, match.start() + 1)
        before = text.rfind("\n", 0, match.start() + 1) if before < 0 else max(before, text.rfind("\n", 0, match.start() + 1))
        opening = text[before + 1:match.start() + 1].strip()
        for other in registry.actors:
            if other is not rec and other.kind == "person" and other.country_known and other.country \
                    and any(form and opening.startswith(form + " ") for form in [other.name, *other.aliases]):
                rec.country, rec.country_known = other.country, True
                break


def _embassy_states(text: str, ctx: Context) -> None:
    """An ambassador of untold state in the sentence that places him at one state's embassy ("at a reception held at
    the Ghanaian embassy in Abu Dhabi, Ambassador X said") is that state's (not where it names two embassies)."""
    for rec in _untold_people(ctx):
        if "ambassador" not in " ".join(rec.titles).lower():
            continue
        at = text.find(rec.name)
        if at < 0:
            continue
        lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
        hi = min(x for x in (text.find(". ", at), text.find("\n", at), len(text)) if x >= 0)
        states = {country_in(m.group(1))[1] for m in _AT_EMBASSY.finditer(text, lo, hi)} - {None}
        if len(states) == 1:
            rec.country, rec.country_known = states.pop(), True


# "President X has received a number of congratulatory messages on the occasion of Guyana's 56th Republic anniversary":
# the one who receives messages on a state's national occasion is of that state
_OCCASION_RECEIVED = re.compile(
    r"[^.\n]{0,80}?\breceived\b[^.\n]{0,120}?\b(?:on|marking|to\s+mark)\s+(?:the\s+occasion\s+of\s+)?(?P<state>[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2})(?:'s|’s)\s+(?:\d+\w*\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:anniversary|[Dd]ay)\b"
    # ("has received letters of congratulations ... as Vanuatu marks 46 years of Independence")
    r"|[^.\n]{0,80}?\breceived\b[^.\n]{0,120}?\bas\s+(?P<marking>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:marks|marked|celebrates|celebrated)\b[^.\n]{0,40}?\b(?:[Ii]ndependence|anniversary|[Dd]ay)\b")


# "congratulated X on his victory in the Sri Lankan presidential election", "... on her election as President of
# Chile": the one elected is of the state whose election it was
_ELECTED_IN = re.compile(r"\s+on\s+(?:his|her)\s+(?:(?:landslide|resounding|historic|election|electoral)\s+)?"
                         r"(?:election|re-election|victory|win|inauguration|swearing-in|appointment|designation|nomination)\s+(?:in|as)\s+"
                         r"(?P<phrase>(?:the\s+)?[A-Z][^.,;]{2,60})")


def _occasion_states(text: str, ctx: Context) -> str | None:
    """Gives the states of those who receive messages on their state's occasion and of those elected; returns the
    one state of the former (the article's host: a leader receiving messages on his state's day is reported at home)."""
    received, elected = " received " in text, " on his " in text or " on her " in text
    hosts: set[str] = set()
    if not received and not elected:
        return None
    for rec in _untold_people(ctx):
        at = text.find(rec.name)
        if at < 0:
            continue
        match = _OCCASION_RECEIVED.match(text, at + len(rec.name)) if received else None
        code = is_country_name(match.group("state") or match.group("marking")) if match else None
        if code:
            hosts.add(code)
        elif elected:
            match = _ELECTED_IN.match(text, at + len(rec.name))
            found, code = country_in(match.group("phrase")) if match else (False, None)
        if code:
            rec.country, rec.country_known = code, True
    return hosts.pop() if len(hosts) == 1 else None


# A seat of government as the place of the news ("during a press briefing in Malacañang", "told reporters at the
# Kremlin"): its state
_AT_SEAT = re.compile(r"\b(?:in|at|into)\s+(?:the\s+)?(" + "|".join(
    re.escape(seat) for seat in sorted(OFFICE_STATES, key=len, reverse=True)
    if seat not in ("Pope", "Holy See", "Custodian of the Two Holy Mosques", "Taoiseach", "Tánaiste", "Tanaiste",
                    "Yang di-Pertuan Agong")) + r")\b")


# A foreign mission placed in a city ("an official of the Dutch Embassy in Lima"): the article stands in that city's state
_MISSION_IN = re.compile(r"\b(?:[Ee]mbassy|[Hh]igh\s+[Cc]ommission|[Cc]onsulate(?:[\s-][Gg]eneral)?)\s+in\s+"
                         r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _seat_state(text: str, foreign: str | None = None) -> str | None:
    """The one state whose seat of government the article places something at ("at the Kremlin"), else the one state
    of the cities it places foreign missions in ("the Dutch Embassy in Lima": Peru), not the `foreign` one (the lead's
    addressee's)."""
    states = {OFFICE_STATES[m.group(1)] for m in _AT_SEAT.finditer(text)}
    if not states and "in " in text:
        states = {dateline_city_state(m.group(1)) for m in _MISSION_IN.finditer(text)} - {None, foreign}
    return states.pop() if len(states) == 1 else None


def _counterparts_states(ctx: Context, home: str | None, abroad: set[int]) -> None:
    """"Foreign Minister X also sent a message to her new counterpart, Y": an untold counterpart written to is of the
    foreign state the writer's state last exchanged a message with before (else the one it wrote to in the article);
    so is any untold office-holder a writer of the article's own state wrote to ("President Tharman wrote to
    Governor-General Mostyn" after "Prime Minister Wong has written to Prime Minister Albanese" of Australia), not one
    who received a message from him."""
    registry = ctx.registry
    own = registry.default_country or home

    def state(i: int) -> str | None:  # (an international body's officer, told of no state, stays so)
        if registry.actors[i].country_known:
            return registry.actors[i].country
        return registry.country_of(i) or (home if i not in abroad and registry.actors[i].kind == "person" else None)

    for m in ctx.messages:
        rec = registry.actors[m.recipient]
        mine = state(m.sender)
        if rec.country_known or rec.kind != "person" or not mine:
            continue
        offices = " ".join(rec.titles).lower()
        # (any office-holder written to by one of the article's own state: "Tharman to Governor-General Mostyn")
        if "counterpart" not in offices and not (
                own and mine == own
                and any(word in OFFICE_WORDS for word in re.findall(r"[\w-]+|\w+", offices + " " + offices.replace("-", " ")))
                and not re.search(r"\b(?:received|receives|from)\b", ctx.text[m.start:m.end])):  # ("X received ... from Y")
            continue
        before = [registry.country_of(n.recipient) if state(n.sender) == mine else registry.country_of(n.sender)
                  for n in ctx.messages if n.start < m.start and (
                      state(n.sender) == mine and registry.actors[n.recipient].country_known
                      or state(n.recipient) == mine and registry.actors[n.sender].country_known)]
        before = [code for code in before if code not in (mine, None)]
        theirs = {registry.country_of(n.recipient) for n in ctx.messages if state(n.sender) == mine
                  and registry.actors[n.recipient].country_known} - {mine, None}
        if before or len(theirs) == 1:
            code = before[-1] if before else theirs.pop()
            # (never the state of one he writes to himself: a message crosses a border)
            if not any(n.sender == m.recipient and registry.country_of(n.recipient) == code for n in ctx.messages):
                rec.country, rec.country_known = code, True


_UNIVERSITY = re.compile(r"\bUniversity\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
                         r"|\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+University\b"
                         # (a think tank or school named for its city: "a researcher at the Belgrade Centre for ...")
                         r"|\bat\s+the\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:Centre|Center|Institute|Academy|"
                         r"School|Foundation)\b")


def _scholars_states(ctx: Context) -> None:
    """"Piotr X, a political scientist at the University of Wroclaw": one of untold state whose office is at a
    university of a known city (or state) is of that city's state."""
    for rec in _untold_people(ctx):
        if not rec.titles:
            continue
        offices = " ".join(rec.titles)
        match = _UNIVERSITY.search(offices) if "University" in offices or " at the " in offices else None
        if match:
            place = match.group(1) or match.group(2) or match.group(3)
            code = is_country_name(place) or dateline_city_state(place)
            if code:
                rec.country, rec.country_known = code, True


# "US Consul General in Erbil Mark Henley": a state's office posted "in" a place, before the name
_OFFICE_POSTED_IN = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?P<run>(?:[A-Z][\w'’-]*\s+){2,5})"
                               r"in\s+(?:(?:the\s+)?[A-Z][\w'’-]*,?\s+){0,2}$")


_POSTS = {"consul", "consul-general", "ambassador", "envoy", "attaché", "attache", "chargé", "representative",
          "commissioner"}  # (a High Commissioner: "The Tongan High Commissioner in Apia, X")


def _posted_offices_states(ctx: Context) -> None:
    """One of untold state whose name follows a state's office posted in a place ("US Consul General in Erbil Mark
    Henley wrote ...") is of that state."""
    text = ctx.text
    for rec in _untold_people(ctx):
        if rec.first < 0:
            continue
        window = text[max(0, rec.first - 80):rec.first]
        match = _OFFICE_POSTED_IN.search(window) if " in " in window else None
        if not match:
            continue
        words = match.group("run").split()
        for k in (2, 1):  # the state's name or adjective, then the office ("South African Ambassador", "US Consul General")
            if len(words) > k and any(w.lower() in _POSTS for w in words[k:]):
                found, code = country_in(" ".join(words[:k]))
                if found and code:
                    rec.country, rec.country_known = code, True
                    break


# "Former ambassador to Nepal X": the state an envoy is sent to, named after "to", is not his
_ENVOY_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner)(?:-designate)?\s+to\s+")


_FORMER = re.compile(r"(?:(?:a|the|his|her)\s+)?(?:[Ff]ormer|[Ee]x-)")


def _envoys_to_states(ctx: Context) -> None:
    """A person whose only state is the one his title sends him to ("Former ambassador to Nepal", "envoy to the
    United Nations") is of untold state (the home state then applies), unless a state comes before "to"."""
    for rec in ctx.registry.actors:
        if rec.kind != "person" or not rec.country_known or not rec.titles or "to " not in rec.titles[0]:
            continue
        title = rec.titles[0]
        match = _ENVOY_TO.search(title)
        if match and not country_in(title[:match.start()])[0] and country_in(title[match.end():]) == (True, rec.country):
            rec.country, rec.country_known = None, False
    for rec in ctx.registry.actors:  # "X, a former judge at the International Court of Justice": a past office at
        # an international body tells no state he speaks for now
        if rec.kind == "person" and rec.country_known and rec.country is None and rec.titles and all(
                _FORMER.match(t) for t in rec.titles if country_in(t)[0]):
            rec.country_known = False


# A sentence opening with a state's government as its subject ("The Jamaican Government has declared ...")
_GOVERNMENT_OPENS = re.compile(r"(?:The\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:'s|’s)?\s+[Gg]overnment\s+"
                               r"(?:has|have|had|is|was|on\s+\w+)\b")


def _foreign_bodies_states(ctx: Context, home: str | None) -> None:
    """A body of untold state named in a sentence that opens with another state's government and names no other
    state ("The Jamaican Government has declared a state of emergency in St Thomas, where the Office of Disaster
    Preparedness (ODPEM) said ...") is of that state."""
    own = ctx.registry.default_country or home
    text = ctx.text
    for rec in ctx.registry.actors:
        if rec.kind in ("person", "state") or rec.country_known or rec.first <= 0 or own is None:
            continue
        start = max(text.rfind(". ", 0, rec.first) + 2, text.rfind("\n", 0, rec.first) + 1)
        opening = _GOVERNMENT_OPENS.match(text, start, rec.first)
        if not opening:
            continue
        code = country_in(opening.group("state"))[1]
        ends = [i for i in (text.find(". ", rec.first), text.find("\n", rec.first)) if i >= 0]
        if code and code != own and set(states_named(text[start:min(ends) if ends else len(text)])) == {code}:
            rec.country, rec.country_known = code, True


def _named_recipients_states(ctx: Context, home: str | None, abroad: set[int]) -> None:
    """"In the letters to Chairman X and members Y and Z, Kaya congratulated the people of Bosnia and Herzegovina":
    an untold person written to by one of the article's own state is of the one other state the message's sentence
    names (not one he writes to himself)."""
    registry = ctx.registry
    own = registry.default_country or home
    if not own:
        return
    for m in ctx.messages:
        rec = registry.actors[m.recipient]
        if rec.country_known or rec.kind != "person":
            continue
        sender = registry.actors[m.sender]
        if (sender.country if sender.country_known else (own if m.sender not in abroad else None)) != own:
            continue
        named = set(states_named(ctx.text[m.start:m.end])) - {own, None}
        if len(named) == 1:
            code = named.pop()
            if not any(n.sender == m.recipient and registry.country_of(n.recipient) == code for n in ctx.messages):
                rec.country, rec.country_known = code, True


def _mourners_states(ctx: Context, home: str | None, abroad: set[int]) -> None:
    """"Kenyatta sent a message of condolence to Tanzania's Vice President ... and a separate one to the late
    President's widow, Janeth Magufuli" ("... to the Magufuli family"): an untold mourner without an office, who
    received a condolence from a sender whose other condolences all went to one foreign state, is of that state."""
    registry = ctx.registry
    for m in ctx.messages:
        rec = registry.actors[m.recipient]
        if m.kind != "condolence" or rec.country_known or rec.titles \
                or rec.kind != "person" and not rec.name.lower().endswith(" family"):
            continue
        mine = registry.country_of(m.sender) or (home if m.sender not in abroad else None)
        theirs = {registry.actors[n.recipient].country for n in ctx.messages if n.sender == m.sender
                  and n.kind == "condolence" and registry.actors[n.recipient].country_known} - {None}
        if mine and len(theirs) == 1 and mine not in theirs:
            rec.country, rec.country_known = theirs.pop(), True


def _most_named_state(text: str, besides: tuple = ()) -> str | None:
    """The state an article names (by name, adjective or seat) at least three times and half as often again as any
    other (those `besides` left out)."""
    counts: dict[str, int] = {}
    for code in states_named(text):
        if code not in besides:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or 2 * ranked[0][1] >= 3 * ranked[1][1]):
        return ranked[0][0]
    return None


def _joint_senders_states(ctx: Context) -> None:
    """Joint senders of one sentence's messages ("Choe Ryong-hae, president of the Presidium of the Supreme People's
    Assembly, and Premier Kim Jae-ryong sent messages to ..."): an untold one is of the one state the told ones are."""
    registry = ctx.registry
    by_start: dict[int, set[int]] = {}
    ends: dict[int, int] = {}
    for m in ctx.messages:
        by_start.setdefault(m.start, set()).add(m.sender)
        ends[m.start] = max(ends.get(m.start, m.end), m.end)
    for start, senders in by_start.items():
        # (two senders as subjects, not a list of those messages were received from)
        if len(senders) != 2 or re.search(r"\b(?:received|receives|from|[Aa]mong)\b", ctx.text[start:ends[start]]):
            continue
        told = {registry.actors[i].country for i in senders if registry.actors[i].country_known
                and registry.actors[i].kind == "person"}
        if len(told) != 1 or None in told:
            continue
        code = told.pop()
        recipients = {registry.country_of(m.recipient) for m in ctx.messages if m.sender in senders}
        if code in recipients:
            continue  # (an exchange: "A and B exchanged messages")
        first_told = min(registry.actors[i].first for i in senders if registry.actors[i].country_known)
        for i in senders:  # (the untold one after the told: "Choe ..., and Premier Kim"; a state before may be unread)
            if not registry.actors[i].country_known and registry.actors[i].kind == "person" \
                    and registry.actors[i].first > first_told:
                registry.actors[i].country, registry.actors[i].country_known = code, True


def _roundup_recipients_states(ctx: Context, found: list[Found]) -> None:
    """Without a dateline, one who receives messages from the leaders of two states or more ("Kenyan President X sent
    a message of condolence to Zuma ...", "Nigerian President Y ...") is of the state the article names most after
    the senders' own and those of the other told speakers, at least twice and more often than any other."""
    registry = ctx.registry
    if registry.default_country is not None or len(ctx.messages) < 2:
        return
    recipients = {m.recipient for m in ctx.messages}
    voices = {m.sender for m in ctx.messages} | {f.speaker for f in found if f.speaker is not None and f.speaker >= 0}
    told = {registry.actors[i].country for i in voices - recipients if registry.actors[i].country_known}
    told |= {registry.actors[m.sender].country for m in ctx.messages if registry.actors[m.sender].country_known}
    counts: dict[str, int] | None = None
    for r in recipients:
        rec = registry.actors[r]
        if rec.country_known or rec.kind != "person":
            continue
        theirs = {registry.actors[m.sender].country for m in ctx.messages if m.recipient == r
                  and registry.actors[m.sender].country_known} - {None}
        if len(theirs) < 2:
            continue
        if counts is None:
            counts = {}
            for code in states_named(ctx.text):
                if code not in told:
                    counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            rec.country, rec.country_known = ranked[0][0], True


def _most_greeted_state(ctx: Context) -> str | None:
    registry = ctx.registry
    greeted: dict[int, set[str]] = {}
    for m in ctx.messages:
        theirs, mine = registry.country_of(m.sender), registry.country_of(m.recipient)
        if theirs and mine and theirs != mine and registry.actors[m.sender].country_known:
            greeted.setdefault(m.recipient, set()).add(theirs)
    ranked = sorted(greeted.items(), key=lambda item: -len(item[1]))
    if ranked and len(ranked[0][1]) >= 3 and (len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1])):
        return registry.country_of(ranked[0][0])
    return None


def _speakers_state(ctx: Context, found: list[Found], lead_sender: int | None = None,
                    foreign: str | None = None) -> str | None:
    """The one state of the people who send or speak in an article, its addressees and those who write to the lead's
    sender (from abroad: a message crosses a border) left out; None for several. Where no such person is told, the
    one state of the bodies that speak ("Ukraine's Foreign Ministry said ...")."""
    registry = ctx.registry
    addressees = {m.recipient for m in ctx.messages}
    abroad = {m.sender for m in ctx.messages if m.recipient == lead_sender} if lead_sender is not None else set()
    people = {m.sender for m in ctx.messages} | {f.speaker for f in found if f.speaker is not None and f.speaker >= 0}
    voices = [registry.actors[i] for i in people - addressees - abroad if registry.actors[i].country_known]
    states = {a.country for a in voices if a.kind == "person"} - {None}
    if not states and lead_sender is not None:  # (not those of the lead's addressee's state: a message crosses a
        # border, and "the Chilean Embassy in Lima said" speaks from abroad)
        states = {a.country for a in voices if a.kind != "person"} - {None, foreign}
    return states.pop() if len(states) == 1 else None


# An office in a state's own politics, held by one of the article's state where the text names no other
_HOME_POLITICS = re.compile(r"\b(?:[Oo]pposition|[Mm]inority|[Mm]ajority)\s+[Ll]eader\b|\b[Ll]eader\s+of\s+(?:the\s+)?[Oo]pposition\b")


def _counterpart_exchange(ctx: Context, lead) -> int | None:
    """The told party of an exchange leading the article whose other party is untold, where the told one is named as
    the other's counterpart ("President A and his Czech counterpart, B, exchanged messages": B)."""
    registry = ctx.registry
    pair = {m.sender for m in ctx.messages if m.start == lead.start}
    if len(pair) != 2 or {m.recipient for m in ctx.messages if m.start == lead.start} != pair:
        return None
    told = [i for i in pair if registry.actors[i].country_known]
    untold = [i for i in pair if not registry.actors[i].country_known and registry.actors[i].kind == "person"]
    if len(told) == 1 and untold and registry.actors[told[0]].country \
            and any("counterpart" in t.lower() for t in registry.actors[told[0]].titles):
        return told[0]
    return None


def _exchange_host(ctx: Context, lead) -> str | None:
    """The state of the party of an exchange leading the article who names the other as his counterpart ("Finnish
    President A and his Chilean counterpart B exchanged letters": Finland), where both parties' states are told."""
    registry = ctx.registry
    pair = {m.sender for m in ctx.messages if m.start == lead.start}
    if len(pair) != 2 or {m.recipient for m in ctx.messages if m.start == lead.start} != pair:
        return None
    counterparts = [i for i in pair if any("counterpart" in t.lower() for t in registry.actors[i].titles)]
    if len(counterparts) != 1:
        return None
    (other,) = pair - set(counterparts)
    return registry.country_of(other) if registry.actors[other].country_known else None


def _home_state(ctx: Context, found: list[Found], dated: bool, host: str | None) -> tuple[str | None, set[int]]:
    """Where no dateline nor outlet tells the article's state: officials named without one ("Interior minister X",
    "opposition senator Y") are of the state of the article's first sender, where the article tells it. A roundup
    ("Kenya's President X ..., Ghanaian President Y ...": senders of several states to one recipient) is written in
    the recipient's state instead, if told; and the other party of a message with the home state is abroad (a
    message crosses a border), never given it. The host (one receiving messages on his state's day) is at home where
    the lead is written to him, or where its sender is untold and the speakers give no one state. Returns the home
    state and the actors abroad."""
    registry = ctx.registry
    if registry.default_country is not None:
        return None, set()
    if not ctx.messages:  # home news: the state the article names most, well ahead of any other (not under the
        # dateline of a city of no one state: "STRASBOURG")
        return (None if dated else _most_named_state(ctx.text)), set()
    lead = min(ctx.messages, key=lambda m: m.start)
    # (joint senders of the lead, "President A and Prime Minister B have sent separate messages": one state)
    lead_states = {registry.actors[m.sender].country for m in ctx.messages if m.start == lead.start
                   and registry.actors[m.sender].country_known and registry.actors[m.sender].kind == "person"}
    if lead_states == {None}:  # international bodies' officers lead ("European Commission President X has sent a
        # letter of condolence to Portuguese Prime Minister Y"): the state the article names most, well ahead of any other
        return _most_named_state(ctx.text), set()
    exchange = _counterpart_exchange(ctx, lead)
    if exchange is not None and lead_states == {registry.actors[exchange].country}:
        # "President A and his Czech counterpart, B, exchanged messages": the counterpart is the foreign party, A of
        # the state the article names most besides B's
        lead_states = {code for code in [_most_named_state(ctx.text, tuple(lead_states))] if code}
        lead = next(m for m in ctx.messages if m.start == lead.start and m.sender != exchange)  # (A's message leads)
    home = lead_states.pop() if len(lead_states) == 1 else None
    if len(lead_states) > 1:
        # an exchange leads ("A and his Australian counterpart B exchanged messages"): the home state is that of the
        # one who, besides, received messages from two more states, else that of the one of the two states the
        # article names most, well ahead of any other
        named = _most_named_state(ctx.text)
        home = _most_greeted_state(ctx) or (named if named in lead_states else None) or _exchange_host(ctx, lead)
        lead_states = {home} if home else set()
    if not lead_states and home is None and registry.actors[lead.sender].kind == "state" \
            and registry.country_of(lead.sender):  # a state sends the lead ("Bangladesh has conveyed its condolences
        # to Malaysia"; its President and Chief Adviser then "sent separate condolence messages")
        home = registry.country_of(lead.sender)
        lead_states = {home}
    if not lead_states and home is None and not registry.actors[lead.sender].country_known:
        # the lead's sender untold: the one state of the article's told senders and speakers (not addressees)
        foreign = registry.country_of(lead.recipient)
        home = _speakers_state(ctx, found, lead.sender, foreign) or _seat_state(ctx.text, foreign) or host
        lead_states = {home} if home else set()
    abroad: set[int] = set()
    written_to_host = host is not None and registry.country_of(lead.recipient) == host
    if home and (written_to_host or any(registry.country_of(m.sender) not in (None, home) for m in ctx.messages
                                        if m.recipient == lead.recipient)):
        home = registry.country_of(lead.recipient)
        # the roundup's senders (or the lead's, writing to the host on his state's day) write in from abroad, those of
        # untold state too
        abroad.update(m.sender for m in ctx.messages if registry.country_of(m.recipient) in (None, home))
    if home:
        for m in ctx.messages:  # (a sender of untold state who is not abroad is of the home state too)
            if registry.country_of(m.sender) == home or registry.country_of(m.sender) is None and m.sender not in abroad:
                abroad.add(m.recipient)
            if registry.country_of(m.recipient) == home:
                abroad.add(m.sender)
        # (never one whose office is in the home state's own politics: "Opposition leader X" wrote to the President)
        abroad = {i for i in abroad if not any(_HOME_POLITICS.search(t) for t in registry.actors[i].titles)}
    return home, abroad


# A headline whose subject is a state, or a state's office, sending or marking: "Brunei conveys sympathy over ...",
# "Dutch PM marks Suriname's independence day with message to Paramaribo", "Japan's foreign minister sends ..."
_HEADLINE_SENDER = re.compile(r"(?P<subject>[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,3}?)(?:conveys|sends|congratulates|"
                              r"condoles|mourns|thanks|greets|writes|marks|felicitates|extends|expresses|offers|hails|"
                              r"wishes|cables|presses|urges|asks|appeals|invites|assures|pledges|welcomes|reassures)\b")


def _headline_sender_state(ctx: Context) -> None:
    """Without a dateline's state, the untold sender of the lead is of the state the headline makes its subject."""
    registry = ctx.registry
    if registry.default_country is not None or not ctx.messages:
        return
    lead = min(ctx.messages, key=lambda m: m.start)
    sender = registry.actors[lead.sender]
    match = _HEADLINE_SENDER.match(ctx.text, 0, max(ctx.text.find("\n"), 0))
    if sender.country_known or sender.kind == "state" or not match:
        return
    words = match.group("subject").split()
    for k in range(min(3, len(words)), 0, -1):  # the state's name, possessive or adjective, then an office or none
        state, office = re.sub(r"(?:'s|’s)$", "", " ".join(words[:k])), [w.lower().rstrip(".") for w in words[k:]]
        code = is_country_name(state) if not office else (
            country_in(state)[1] if is_country_name(state) or state in _DEMONYM_FORMS else None)
        if code and (not office or office[-1] in OFFICE_WORDS) and code != registry.country_of(lead.recipient):
            sender.country, sender.country_known = code, True
            return


def _next_dateline_state(text: str, line) -> str | None:
    """A line read as the dateline that names no known place nor outlet ("RECORDER REPORT", a byline in capitals)
    leaves the article's state to a dateline opening one of the next two paragraphs ("ISLAMABAD: Prime Minister")."""
    after = [para for para in paragraphs(text) if para.start >= line.end][:2]
    for para in after:
        found = dateline(text, para)
        if found:
            return city_state(found.place) or outlet_country(text[found.start:found.end])
    return None


def infer_states(text: str, ctx: Context, found: list[Found], line) -> tuple[str | None, set[int]]:
    """Gives the actors of untold state what the article tells of them (in place); returns the article's home
    state, where no dateline nor outlet gave one, and the actors abroad, who never take it."""
    if ctx.registry.default_country is None and line is not None and not line.outlet and not city_state(line.place):
        ctx.registry.default_country = _next_dateline_state(text, line)
    _envoys_to_states(ctx)
    _roundup_recipients_states(ctx, found)  # (first: the states the others' words give are of the home state)
    host = _occasion_states(text, ctx)  # (one elected or receiving on his state's day, before what words may tell)
    _writers_states(text, ctx, found)
    _sandwiched_titles_states(text, ctx)
    _appositive_states(text, ctx)
    _states_before_titles(text, ctx)
    _joint_senders_states(ctx)
    _paired_offices_states(text, ctx)
    _congolese_states(text, ctx)
    _according_to_bodies_states(text, ctx)
    _aides_states(text, ctx)
    _subnational_bodies_states(ctx)
    _bodies_of_named_states(text, ctx)
    _embassy_states(text, ctx)
    _burmese_names_states(ctx)
    _headline_sender_state(ctx)
    _scholars_states(ctx)
    _posted_offices_states(ctx)
    # (a dateline of a city of no one state: "STRASBOURG")
    international = line is not None and any(DATELINE_CITIES.get(part.strip().lower(), "") is None
                                             for part in line.place.split(","))
    home, abroad = _home_state(ctx, found, international, host)
    _counterparts_states(ctx, home, abroad)
    _named_recipients_states(ctx, home, abroad)
    _mourners_states(ctx, home, abroad)
    _foreign_bodies_states(ctx, home)
    _pronoun_aides_states(text, ctx)
    return home, abroad
