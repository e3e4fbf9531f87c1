"""Extraction pipeline: one pass over the body, sentence by sentence.

For each sentence: find the people it mentions (names.scan), the messages it reports
(messages.find_messages), then its statements (statements), and move the focus used by
pronouns to the sentence's subject (also one named by office and short name after an opening clause: "For
her part, Prime Minister X thanked ..."). Only actors that send, receive or speak are kept.
Extraction never raises: any unexpected input yields at least the title. The default state of
its actors is the dateline's ("STATE HOUSE, NAIROBI": the city's) (else an outlet's named under the title, else a press release's
sign-off: an office and its state in capitals on the last lines, or "Issued by" an office over its city).
After the body, a headline or deck above the dateline that reads "X says ..." is X's statement, X named in
the body. A letter printed in full under the report of its sending (a salutation, "Dear Mr. President,",
the body, a close, "Sincerely,") is one direct statement by the writer of the message last reported.
The outlet of the dateline ("(NAN)"), when the body names it ("The News Agency of Nigeria (NAN) reports
that ..."), is the article's own voice, never a speaker.
"""
from __future__ import annotations

import re

from app.extract.context import Context, resolve_phrase, strip_adverbials
from app.extract.countries import (
    DATELINE_CITIES,
    DEMONYMS as _DEMONYM_FORMS,
    OFFICE_STATES,
    OUTLET_DOMAINS,
    country_in,
    states_named,
    subnational_body_country,
    dateline_city_state,
    is_country_name,
    named_outlet,
    outlet_country,
)
from app.extract.dates import published
from app.extract.lexicon import HONORIFICS, OFFICE_WORDS
from app.extract.messages import CALL_CONTEXT, find_messages, find_roundup_act, speaker_state
from app.extract.names import Registry, is_org_phrase, organization_forms, scan, sentence_runs, title_before
from app.extract.segment import dateline, paragraphs, quotes, sentences
from app.extract.statements import (
    Found,
    according_to,
    cues,
    direct_statements,
    is_roundup_sender,
    reported_statements,
    saying_after_message,
)
from app.extract.types import Actor, Extraction, Message, Statement


# Words without which a sentence cannot report a message: a cheap gate before the rules.
def _may_report_message(sentence: str) -> bool:
    low: str = sentence.lower()
    return _has_message_word(low) or low[:8] in ("among th", "they inc")


def _paragraph_may_report_message(paragraph: str) -> bool:
    """The same gate for a whole paragraph: if it fails, it fails for every sentence in it."""
    low: str = paragraph.lower()
    return _has_message_word(low) or "among th" in low or "they inc" in low


def _has_message_word(low: str) -> bool:
    # one chain of substring tests: cheaper than any() over a generator
    return ("message" in low or "letter" in low or "telegram" in low or "cable" in low or "greeting" in low
            or "card" in low or "notes of" in low or "mail" in low or "wrote" in low or "writ" in low
            or "congratulat" in low or "condol" in low or "sympathies" in low or "felicitat" in low
            or "thank" in low or " did the same" in low)


# (not "In a reply posted on social media (on X)": a post, not a message)
_REPLY = re.compile(r"\b[Ii]n\s+(?:his|her|its|their|the|a)\s+(?:written\s+)?reply\b(?!\s+(?:posted|published|tweeted|shared)\b|\s+on\s+(?:social|X\b))")
# A writer's own state standing by the other in his words ("Jamaica mourns with you", "Italy shares the grief of ...")
_STATE_SOLIDARITY = re.compile(
    r"((?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+(?:stands\s+(?:with|by|ready)|will\s+(?:always\s+)?stand|"
    r"mourns|grieves|shares\s+(?:the|your)|joins\s+(?:you|the)|is\s+ready\s+to|will\s+never\s+forget)\b")
# "the bonds (ties, relations) between Sri Lanka and Thailand": two states
_BETWEEN_STATES = re.compile(r"\bbetween\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+"
                             r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\b")
_CLAUSE_PREFIX = re.compile(r"\s*(?:[A-Z][^,.]{0,80},\s*)?$")
_DEFER_WINDOW = 2  # sentences within which an indefinite speaker must be named
# Bounds that keep extraction linear on any input; wire copy is far below them.
_MAX_PARAGRAPH = 30_000
_MAX_SENTENCE = 1_500
_MAX_BODY = 100_000
_MAX_SENTENCES = 1_000


def extract(text: str) -> Extraction:
    if not isinstance(text, str):
        text = str(text or "")
    try:
        return _extract(text)
    except Exception:  # noqa: BLE001 - extraction must never fail an ingest; a bug yields no findings
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        return Extraction(title=title[:1000])


# A byline with a date and the reporter ("Published on 17/02/2024 - 18:05 By Pedro Peduzzi - Reporter - ...")
_BYLINE = re.compile(r"(?:^|\s)By\s+[A-Z]")


def _extract(text: str) -> Extraction:
    paras = paragraphs(text)
    if not paras:
        return Extraction(title="")
    title = text[paras[0].start:paras[0].end]
    body = [p for p in paras if p.kind == "body"]
    line = None
    after_long = False
    for para in body[:4]:  # a byline, a credit or a caption may come first
        line = dateline(text, para)
        # after a long paragraph (a caption, or the lede itself) only a dateline naming a known place or outlet
        if line and (not after_long or outlet_country(text[line.start:line.end])
                     or _city_state(line.place)):
            body = [p for p in body if p.start >= para.start]
            break
        line = None
        after_long = after_long or text.count(" ", para.start, para.end) >= 12
    default_country = None
    if line:  # the state of the dateline's city (a national agency files from abroad), else the outlet's
        default_country = _city_state(line.place) or outlet_country(text[line.start:line.end])
    if not line:  # a dateline of a form the segmenter does not read: "Dar es Salaam. President ...", "Kathmandu"
        default_country = _opening_city_state(text, body)
    if line and line.end >= body[0].end:  # the dateline is a line of its own
        body = body[1:]
    if default_country is None and not line:
        # no dateline: an outlet named in a byline or a credit line under the title ("By Global Times")
        for para in paras[1:4]:
            if para.end - para.start <= 60 or _BYLINE.search(text, para.start, min(para.end, para.start + 60)) and (
                    para.end - para.start <= 120 and text[para.end - 1] != "."):
                default_country = named_outlet(text[para.start:para.end]) or _issuer_state(text[para.start:para.end])
                if default_country:
                    break
    if default_country is None and not line:
        # a press release signed off under its text by the issuing office and its state
        # ("MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 5 MAY 2025")
        default_country = _sign_off_state(text, paras)
    if default_country is None and not line:
        default_country = _self_named_outlet_state(text) or _time_zone_state(text, paras)
    reader = _Reader(Context(text, Registry(default_country)))
    reader.letters = _letter_bodies(text, body)
    for order, para in enumerate(body):
        if para.end - para.start > _MAX_PARAGRAPH:
            continue  # not wire copy (a table, a dump): never worth quadratic work
        if para.start - body[0].start > _MAX_BODY or reader.sentence_no > _MAX_SENTENCES:
            break
        reader.paragraph(max(line.end, para.start) if (order == 0 and line) else para.start, para.end)
    reader.expire([f for f, _ in reader.deferred])
    if body:
        reader.statements += _headline_statements(text, paras, body[0].start, reader.ctx)
    return _assemble(text, title, paras, line, reader.ctx, reader.statements)


# A known city opening one of the first lines, then the end of the line, a period and a capital ("Dar es Salaam.
# President ..."), an agency and a dash ("Damascus, SANA- President"), or a date ("BAKU, Azerbaijan, May 28.").
_OPENING_CITY = re.compile(
    r"(?P<city>[A-Z][\w'’-]+(?: (?:es |de |al-|el-)?[A-Z][\w'’-]+){0,2})(?:\s*$|\.\s+(?=[A-Z])|,\s+[A-Z]{2,}\s*[-–—]"
    r"|,\s+(?:[A-Z][a-z]+,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"[A-Za-z]*\.?\s+\d{1,2}\b)", re.MULTILINE)


def _opening_city_state(text: str, body) -> str | None:
    """The state of a city opening a line of the first short paragraphs (or the first long one), where it reads
    as a dateline."""
    for para in body[:4]:
        for row_start in [para.start] + [i + 1 for i in range(para.start, para.end) if text[i] == "\n"][:3]:
            match = _OPENING_CITY.match(text, row_start, para.end)
            code = dateline_city_state(match.group("city")) if match else None
            if code:
                return code
        if text.count(" ", para.start, para.end) >= 12:
            break
    return None


# A government issuing the release, on a line of its own under the title: "Fijian Government", "Government of Ghana"
_ISSUER = re.compile(r"(?:The\s+)?(?:(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+Government"
                     r"|Government\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s*")


def _issuer_state(line: str) -> str | None:
    match = _ISSUER.fullmatch(line) if "Government" in line else None
    if not match:
        return None
    found, code = country_in(match.group("adj") or match.group("of"))
    return code if found else None


def _city_state(place: str) -> str | None:
    """The state of a dateline's city, also where a building comes first ("STATE HOUSE, NAIROBI")."""
    for part in place.split(",") if "," in place else (place,):
        code = dateline_city_state(part)
        if code:
            return code
    return None


# A headline or deck "X says ...": X's words, X being named in the body ("Okafor says ..." over "President
# Chidi Okafor ...").
_HEADLINE_SAYS = re.compile(r"(?P<who>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}) says (?P<content>[^.!?]{12,200}?)\.?$")


def _headline_statements(text: str, paras, body_start: int, ctx: Context) -> list[Found]:
    found = []
    for para in paras[:4]:
        if para.start >= body_start:
            break
        if para.kind not in ("title", "body") or text.find(" says ", para.start, para.end) < 0:
            continue
        match = _HEADLINE_SAYS.fullmatch(text, para.start, para.end)
        who = ctx.registry.short(match.group("who"), match.start()) if match else None
        if who is not None:
            found.append(Found(who, "reported", match.start("content"), match.end("content")))
    return found


# The paper naming itself in its own copy, its name holding its state or its city: "told Times of Malta", "seen by
# the Jamaica Observer", "Speaking to Malta Today", "seen by The Irish Times", "© 2026 The Kathmandu Post", "Source:
# Manila Bulletin"
_PAPER_WORDS = r"(?:Observer|Today|Times|Post|Herald|Daily|Tribune|Bulletin|Gazette|Chronicle|Inquirer|Monitor|Standard)"
_SELF_NAMED_OUTLET = re.compile(
    r"(?:\b(?:told|seen\s+by|[Ss]peaking\s+to|in\s+an\s+interview\s+with)\s+|^(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?|^Source:\s*)"
    r"(?:the\s+|The\s+)?(?:Times\s+of\s+(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"|(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+" + _PAPER_WORDS + r"\b)", re.MULTILINE)
_PAPER_GATE = re.compile(r"\b(?:Times\s+of|" + _PAPER_WORDS + r")\b")


def _self_named_outlet_state(text: str) -> str | None:
    if not _PAPER_GATE.search(text):
        return None
    for match in _SELF_NAMED_OUTLET.finditer(text):
        place = match.group("of") or match.group("state")
        code = is_country_name(place)
        if not code and match.group("state"):  # "The Irish Times", "Bangkok Post"
            code = (country_in(place)[1] if place in _DEMONYM_FORMS else None) or dateline_city_state(place)
        if code:
            return code
    return None


# An outlet's time stamp in the time of one state ("Jun. 5, 2026 12:40 JST", "11:05 am WIB")
_ZONES = {"JST": "JPN", "KST": "KOR", "PKT": "PAK", "WIB": "IDN", "SGT": "SGP", "MYT": "MYS", "PHT": "PHL",
          "PHST": "PHL", "NPT": "NPL", "HKT": "CHN", "AEST": "AUS", "AEDT": "AUS", "NZST": "NZL", "NZDT": "NZL"}
_TIME_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?\(?(" + "|".join(_ZONES) + r")\)?(?!\w)")


def _time_zone_state(text: str, paras) -> str | None:
    for para in paras[1:4] + paras[-2:]:
        if para.end - para.start <= 80:
            match = _TIME_STAMP.search(text, para.start, para.end)
            if match:
                return _ZONES[match.group(1)]
    return None


def _sign_off_state(text: str, paras) -> str | None:
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


# A letter printed in full: a salutation on its own line ("Dear Mr. President," "Your Excellency,"), the
# body, then a complimentary close ("Sincerely," "Yours faithfully,").
_SALUTATION = re.compile(r"(?:Dear\s|(?:Your\s+)?(?:Excellency|Majesty|Highness)\b)[^\n]{0,80},")
_CLOSE = re.compile(r"(?:Yours\s+)?(?:[Ss]incerely|[Ff]aithfully|[Tt]ruly|[Rr]espectfully)"
                    r"(?:\s+yours)?,|(?:With\s+)?(?:[Bb]est|[Kk]ind|[Ww]arm(?:est)?)\s+regards,")


def _letter_bodies(text: str, body) -> dict[int, tuple[int, int]]:
    """{salutation paragraph start: (body start, body end)} of the letters an article prints in full: the
    paragraphs between a salutation and a complimentary close are the writer's words, without the
    closing punctuation."""
    found = {}
    for k, para in enumerate(body):
        if para.end - para.start <= 90 and _SALUTATION.fullmatch(text, para.start, para.end):
            close = next((p for p in body[k + 1:] if _CLOSE.fullmatch(text, p.start, p.end)), None)
            if close is not None and k + 1 < len(body) and body[k + 1].start < close.start:
                last = [p for p in body[k + 1:] if p.end <= close.start][-1]
                end = last.end - (text[last.end - 1] in ".!")
                found[para.start] = (body[k + 1].start, end)
    return found


_OPENING_MARKS = {"«": "»", "“": "”", '"': '"'}
_MAX_QUOTE = 4000


class _Reader:
    """Reads the body paragraph by paragraph, sentence by sentence, keeping what later
    sentences refer back to: the focus for pronouns, the speaker of a quotation a sentence
    continues, a speaker announced by "... reads:", indefinite speakers awaiting a name."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.statements: list[Found] = []
        self.deferred: list[tuple[Found, int]] = []
        self.sentence_no = 0
        self.colon_speaker: int | None = None  # "The message reads:" -> the quotation below
        self.quoted_speaker: int | None = None  # speaker of the quotation that ended the last sentence
        self.quoted_until = -1  # end of a quotation running over paragraphs, read as one statement
        self.letters: dict[int, tuple[int, int]] = {}  # letters printed in full (_letter_bodies)

    def paragraph(self, start: int, end: int) -> None:
        text: str = self.ctx.text
        if start < self.quoted_until:
            return  # inside the message quoted over several paragraphs
        if start in self.letters and self.ctx.messages:
            # a letter printed in full below the report of its sending: its writer's words
            body_start, body_end = self.letters[start]
            self.statements.append(Found(self.ctx.messages[-1].sender, "direct", body_start, body_end))
            self.quoted_until = body_end
            return
        if self.colon_speaker is not None and text[start] in _OPENING_MARKS:
            # "The message reads:" then «A ... (paragraph) ... B»: one statement inside one pair of marks
            close = text.find(_OPENING_MARKS[text[start]], start + 1, start + _MAX_QUOTE)
            if close > end and text.find("\n", start, close) >= 0:
                self.statements.append(Found(self.colon_speaker, "direct", start + 1, close - (text[close - 1] in ".,")))
                self.colon_speaker, self.quoted_until = None, close
                return
        spans = quotes(text, start, end)
        if self.colon_speaker is not None and spans and spans[0][0] == start and spans[0][1] >= end - 1:
            qs, qe = spans[0]
            self.statements.append(Found(self.colon_speaker, "direct", qs + 1, qe - 1 - (text[qe - 2] in ".,")))
            self.colon_speaker = None
            return
        self.colon_speaker = self.quoted_speaker = None
        may_report = _paragraph_may_report_message(text[start:end])
        # Reporting verbs found once for the paragraph (no cue spans a sentence end), then dealt out.
        paragraph_cues = cues(text, start, end)
        verb_starts = [cue.start("verb") for cue in paragraph_cues]
        taken = 0
        spans_of_sentences = sentences(text, start, end, spans)
        for (s0, s1), runs in zip(spans_of_sentences, sentence_runs(text, spans_of_sentences)):
            self.sentence_no += 1
            first = taken
            while taken < len(verb_starts) and verb_starts[taken] < s1:
                taken += 1
            if s1 - s0 <= _MAX_SENTENCE:
                self.sentence(s0, s1, spans, may_report, paragraph_cues[first:taken], runs)

    def sentence(self, s0: int, s1: int, spans: list[tuple[int, int]], may_report: bool,
                 sentence_cues: list[re.Match], runs: list[re.Match]) -> None:
        ctx = self.ctx
        text: str = ctx.text
        plain = text[s0:s1]
        if self.sentence_no == 1:
            lede = plain.lower()
            ctx.call_context = bool(CALL_CONTEXT.search(lede)) and not any(
                noun in lede for noun in ("message", "letter", "telegram", "cable", "greeting"))
            ctx.lead_occasion = plain
        mentions = scan(text, s0, s1, ctx.registry, runs)
        if text.startswith("In ", s0) and mentions:
            _placed(ctx, s0, s1, mentions)
        senders = find_messages(ctx, s0, s1, mentions, spans) if may_report and _may_report_message(plain) else []
        if not senders and ctx.roundup and ("wished " in plain or "hailed " in plain or "lauded " in plain
                                            or "praised " in plain or "commended " in plain):
            senders = find_roundup_act(ctx, s0, s1, mentions)
        if "behalf of" in plain or "to visit " in plain or (" people" in plain or " government" in plain) and (
                "expressed " in plain or "conveyed " in plain or "extended " in plain or "offered " in plain
                or "voiced " in plain):
            speaker_state(ctx, s0, s1, mentions)
        subject = senders[0] if senders else _sentence_subject(text, s0, mentions)
        if senders:
            ctx.focus = senders[0]
        found = self._statements(s0, s1, plain, mentions, spans, senders, subject, sentence_cues)
        for f in found:
            if f.deferred:
                self.deferred.append((f, self.sentence_no))
            else:
                self.statements.append(f)
                _roundup_message(ctx, f, s0, s1)
        if self.deferred:
            self._bind_deferred(mentions, s0)
        self.quoted_speaker = found[-1].speaker if found and found[-1].kind == "direct" else None
        if found and "reply" in plain and _REPLY.search(plain):
            _reply_message(ctx, found[0].speaker, s0, s1)
        speakers = [f.speaker for f in found if f.speaker is not None and f.speaker >= 0] if found else []
        if speakers and not senders:
            ctx.focus = speakers[-1]
        elif not senders and subject is not None:
            ctx.focus = subject
        if plain.rstrip().endswith(":"):
            self.colon_speaker = self._colon_speaker(s0, mentions, sentence_cues)

    def _statements(self, s0, s1, plain: str, mentions, spans, senders, subject, sentence_cues) -> list[Found]:
        ctx = self.ctx
        used: dict[int, int] = {}
        found = direct_statements(ctx, s0, s1, mentions, spans, used) if spans else []
        if sentence_cues or used:
            found += reported_statements(ctx, s0, s1, mentions, spans, used, subject, sentence_cues)
        if senders and not found and ("saying" in plain or ", stressing" in plain
                                      or ", noting" in plain or ", expressing" in plain or ", adding" in plain):
            said = saying_after_message(ctx, s0, s1, senders[0], spans)
            found += [said] if said else []
        elif not found and subject is not None and subject >= 0 and (", saying" in plain or ", adding that" in plain) \
                and ctx.registry.actors[subject].kind == "person":
            # "X welcomed the meeting in a speech to lawmakers, saying ...": an act, then what its subject said
            said = saying_after_message(ctx, s0, s1, subject, spans)
            found += [said] if said else []
        if not found and ("ccording to" in plain or " learn" in plain):
            attributed = according_to(ctx, s0, s1, mentions)
            found += [attributed] if attributed else []
        if not found and self.quoted_speaker is not None:
            continued = _continued_quote(ctx.text, s0, s1, spans, self.quoted_speaker)
            found += [continued] if continued else []
        if len(found) > 1:
            found.sort(key=_start)
        return found

    def _bind_deferred(self, mentions, s0: int) -> None:
        """An indefinite speaker ("a ministry spokesperson said") is the next person introduced after it; "the
        Spokesman", where none was named before, the next person introduced as a spokesman."""
        actors = self.ctx.registry.actors
        waiting = []
        for f, n in self.deferred:
            # ("X did not comment, but a senior official travelling with him said ...": not X, named before it)
            new_people = [m.actor for m in mentions if actors[m.actor].first >= s0 and actors[m.actor].kind == "person"
                          and m.start >= f.named_after]
            spokespeople = [i for i in new_people if "spokes" in " ".join(actors[i].titles).lower()]
            who = spokespeople if f.by_title else new_people  # "the Spokesman said": one so titled
            if who:
                f.speaker = who[0]
                self.statements.append(f)
            else:
                waiting.append((f, n))
        self.deferred = waiting
        if any(self.sentence_no - n >= _DEFER_WINDOW for _, n in waiting):
            self.expire([f for f, n in waiting if self.sentence_no - n >= _DEFER_WINDOW])
        self.deferred = [(f, n) for f, n in self.deferred if self.sentence_no - n < _DEFER_WINDOW]

    def expire(self, expired: list[Found]) -> None:
        """Indefinite speakers never named: "a Commission spokesperson" is the body's voice (GUIDELINES: words
        given to a body are its statement); others ("an official") speak for no one named."""
        for f in expired:
            forms = organization_forms(f.body) if f.body and is_org_phrase(f.body) else None
            if forms:
                f.speaker = self.ctx.registry.organization(forms[0], forms[1], f.named_after)
                self.statements.append(f)

    def _colon_speaker(self, s0: int, mentions, sentence_cues: list[re.Match]) -> int | None:
        if not sentence_cues:
            return None
        cue = sentence_cues[-1]
        who = resolve_phrase(self.ctx, s0, strip_adverbials(self.ctx.text, s0, cue.start("verb")), mentions)
        return who if who is not None and who >= 0 else None


_IN_CITY = re.compile(r"In ([A-Z][\w.]*(?: [A-Z][\w.]*)?),")


def _placed(ctx: Context, s0: int, s1: int, mentions) -> None:
    """"In Nairobi, Foreign Minister X ...": the people a sentence opening with a city introduces, their
    state untold, are of the city's state."""
    city = _IN_CITY.match(ctx.text, s0, s1)
    code = DATELINE_CITIES.get(city.group(1).lower()) if city else None
    for m in mentions if code else ():
        actor = ctx.registry.actors[m.actor]
        if actor.first >= s0 and actor.kind == "person" and not actor.country_known:
            actor.country, actor.country_known = code, True


def _start(f: Found) -> int:
    return f.start


def _continued_quote(text: str, s0: int, s1: int, spans, speaker: int) -> Found | None:
    """"“A,” Peskov said. “B.”": a quotation standing alone right after a quoted speaker's cue
    continues what that speaker said."""
    for qs, qe in spans:
        if qs == s0 and text[qe:s1].strip() in ("", ".") and len(text[qs + 1:qe - 1].split()) >= 3:
            end = qe - 1
            while end > qs + 1 and text[end - 1] in " .,":
                end -= 1
            return Found(speaker, "direct", qs + 1, end)
    return None


def _reply_message(ctx: Context, speaker: int | None, s0: int, s1: int) -> None:
    """"In his reply letter, Aliyev said ...": a letter back to whoever wrote to him."""
    if speaker is None or speaker < 0:
        return
    for m in list(ctx.messages):
        if m.recipient == speaker:
            ctx.add_message(speaker, m.sender, "letter", None, s0, s1)
            return


def _sentence_subject(text: str, s0: int, mentions) -> int | None:
    """The person opening the sentence, possibly after a short introductory clause
    ("On Sunday, Xi ..."): the subject pronouns in the next sentences refer to."""
    if not mentions:
        return None
    first = mentions[0]
    start = first.start
    if start > s0 and text[start - 1] == " " and text[s0:start - 1].rpartition(" ")[2].lower() in OFFICE_WORDS:
        start = title_before(text, s0, start)[0]  # "For her part, Prime Minister Ardern": the office opens the subject
    before = text[s0:start]
    if not before.strip() or (before.rstrip().endswith(",") and _CLAUSE_PREFIX.fullmatch(text, s0, start)):
        return first.actor
    return None


def _roundup_message(ctx: Context, f: Found, s0: int, s1: int) -> None:
    """In a roundup, a leader newly named as a speaker sent the person congratulated (or
    condoled with) a message; not one speaking at a briefing, in a public statement ("said in a
    statement") or for the recipient's own state."""
    if not ctx.roundup or f.speaker is None or f.speaker < 0:
        return
    if any(m.sender == f.speaker for m in ctx.messages) or not is_roundup_sender(ctx, f.speaker, s0):
        return
    if _spoken(ctx.text, max(s0, f.start - 160), f.start):
        return
    recipients, kind, occasion = ctx.roundup
    registry = ctx.registry
    for r in recipients:
        if registry.country_of(r) is None or registry.country_of(r) != registry.country_of(f.speaker) and (
                registry.actors[f.speaker].country_known):  # (a minister of untold state speaks at home)
            ctx.add_message(f.speaker, r, kind, occasion, s0, s1)


def _message_of(text: str, ctx: Context, f: Found, current: dict[int, int]) -> int | None:
    """The message a statement belongs to: the one its sentence names ("In his message to
    Erdogan, Xi said"), else the one the speaker's last statement belonged to, else the
    speaker's latest message reported before it; none where the words around it place it
    in a speech, a call or a briefing."""
    if all(m.sender != f.speaker for m in ctx.messages) or _spoken(text, max(0, f.start - 160), f.start):
        return None
    window = text[max(0, f.start - 120):f.start]
    latest = None
    for index, m in enumerate(ctx.messages):
        if m.sender == f.speaker and m.start <= f.start:
            latest = index
            recipient = ctx.registry.actors[m.recipient]
            if any(form and f"to {form}" in window for form in [recipient.name, *recipient.aliases]):
                current[f.speaker] = index
                return index
    if latest is not None and f.speaker in current and \
            ctx.messages[latest].start <= ctx.messages[current[f.speaker]].start:
        return current[f.speaker]  # no newer report since the message named last
    if latest is not None:
        current[f.speaker] = latest
    return latest


_SPOKEN = re.compile(
    r"\b(?:television|televised|press conference|press briefing|briefing|interview|speech|told reporters|told correspondents|"
    r"phone|telephone|talks|meeting|address|podcast|rally|in\s+a\s+(?:press\s+)?statement|[Ss]peaking\s+(?:to|at)|"
    r"tweeted|posted|on\s+(?:X|Twitter|Facebook|Instagram|Weibo|Truth\s+Social))\b[^.]*$"
)


def _spoken(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names a speech, a call or a briefing after its last period (only
    there can the pattern match, so the search starts there)."""
    return bool(_SPOKEN.search(text, max(lo, text.rfind(".", lo, hi) + 1), hi))


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
            code = is_country_name(match.group("state")) if match else None
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
                or registry.actors[f.speaker].kind != "person" or " between " not in text[f.start:f.end]:
            continue
        pair = _BETWEEN_STATES.search(text, f.start, f.end)
        codes = [is_country_name(pair.group(1)), is_country_name(pair.group(2))] if pair else []
        theirs = {registry.country_of(m.recipient) for m in ctx.messages if m.sender == f.speaker} - {None}
        if len(codes) == 2 and None not in codes and codes[0] != codes[1] and len(theirs) == 1 and theirs & set(codes):
            registry.actors[f.speaker].country = codes[1] if codes[0] in theirs else codes[0]
            registry.actors[f.speaker].country_known = True


# An office and its state in an appositive before a name: "the Emir of Kuwait, Sheikh Nasser ...", "Malaysia's
# Yang di-Pertuan Agong, Sultan Ahmad ...", "a letter to the Portuguese minister of foreign affairs, Rui ..." (the
# phrase runs back to a comma, a bracket, "and", "to", "from", "with" or the sentence start; not after an opening
# clause: "In his message to the President of Egypt, X said" names X's addressee, not X)
_APPOSITIVE_END = re.compile(r",\s*(?:(?:" + "|".join(sorted(
    (re.escape(h.title()) for h in HONORIFICS | {"sultan", "emir", "amir", "king", "queen", "prince"} if len(h) > 2),
    key=len, reverse=True)) + r")\s+)*$")
_APPOSITIVE_START = re.compile(r".*(?:[,;(]\s*|\b(?:and|to|from|with)\s+|[.!?]\s+|^)", re.DOTALL)
_OPENING_CLAUSE = re.compile(r"(?:.*[.!?]\s+|^)(?:In|On|At|During|After|Before|Speaking|Writing|Replying)\b[^.!?]*$",
                             re.DOTALL)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_NOT_IN_APPOSITIVE = {"in", "by", "at", "on", "his", "her", "their", "its", "message", "letter", "cable", "said",
                      "says", "told", "during", "after", "when", "while", "as", "counterpart", "who", "which"}


def _appositive_states(text: str, ctx: Context) -> None:
    """The state of an untold person named after an appositive office that names one."""
    for rec in ctx.registry.actors:
        if rec.kind != "person" or rec.country_known:
            continue
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
                or words & _NOT_IN_APPOSITIVE or not words & (OFFICE_WORDS | {"agong", "taoiseach", "tánaiste"}):
            continue
        if head.endswith(phrase) and re.search(r"\b(?:to|from|with)\s+$", head[:len(head) - len(phrase)]) \
                and _OPENING_CLAUSE.match(head[:len(head) - len(phrase)]):
            continue
        found, code = country_in(phrase)
        if found:  # (an international body's officer: of no state)
            rec.country, rec.country_known = code, True


_AT_EMBASSY = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:[Ee]mbassy|[Hh]igh\s+[Cc]ommission)\b")


# "German Chancellor Angela Merkel's spokesman Steffen Seibert": an aide of a told person is of his state
_AIDE_OF = re.compile(r"(?P<boss>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}"
                      r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|press\s+secretary|chief\s+of\s+staff)\s*,?\s*$")


def _subnational_bodies_states(ctx: Context) -> None:
    for rec in ctx.registry.actors:
        if rec.kind != "person" and not rec.country_known and " of " in rec.name:
            code = subnational_body_country(rec.name)
            if code:
                rec.country, rec.country_known = code, True


def _aides_states(text: str, ctx: Context) -> None:
    registry = ctx.registry
    for rec in registry.actors:
        if rec.kind != "person" or rec.country_known:
            continue
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


def _embassy_states(text: str, ctx: Context) -> None:
    """An ambassador of untold state in the sentence that places him at one state's embassy ("at a reception held at
    the Ghanaian embassy in Abu Dhabi, Ambassador X said") is that state's (not where it names two embassies)."""
    for rec in ctx.registry.actors:
        if rec.kind != "person" or rec.country_known or "ambassador" not in " ".join(rec.titles).lower():
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
    r"(?:\s+[A-Z][\w'’-]*){0,2})(?:'s|’s)\s+(?:\d+\w*\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:anniversary|[Dd]ay)\b")


# "congratulated X on his victory in the Sri Lankan presidential election", "... on her election as President of
# Chile": the one elected is of the state whose election it was
_ELECTED_IN = re.compile(r"\s+on\s+(?:his|her)\s+(?:(?:landslide|resounding|historic|election|electoral)\s+)?"
                         r"(?:election|re-election|victory|win|inauguration|swearing-in)\s+(?:in|as)\s+"
                         r"(?P<phrase>(?:the\s+)?[A-Z][^.,;]{2,60})")


def _occasion_states(text: str, ctx: Context) -> None:
    received, elected = " received " in text, " on his " in text or " on her " in text
    if not received and not elected:
        return
    for rec in ctx.registry.actors:
        if rec.kind != "person" or rec.country_known:
            continue
        at = text.find(rec.name)
        if at < 0:
            continue
        match = _OCCASION_RECEIVED.match(text, at + len(rec.name)) if received else None
        code = is_country_name(match.group("state")) if match else None
        if not code and elected:
            match = _ELECTED_IN.match(text, at + len(rec.name))
            found, code = country_in(match.group("phrase")) if match else (False, None)
        if code:
            rec.country, rec.country_known = code, True


# A seat of government as the place of the news ("during a press briefing in Malacañang", "told reporters at the
# Kremlin"): its state
_AT_SEAT = re.compile(r"\b(?:in|at|into)\s+(?:the\s+)?(" + "|".join(
    re.escape(seat) for seat in sorted(OFFICE_STATES, key=len, reverse=True)
    if seat not in ("Pope", "Holy See", "Custodian of the Two Holy Mosques", "Taoiseach", "Tánaiste", "Tanaiste",
                    "Yang di-Pertuan Agong")) + r")\b")


def _seat_state(text: str) -> str | None:
    states = {OFFICE_STATES[m.group(1)] for m in _AT_SEAT.finditer(text)}
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
            rec.country, rec.country_known = (before[-1] if before else theirs.pop()), True


def _most_named_state(text: str) -> str | None:
    """The state an article names (by name, adjective or seat) at least three times and half as often again as any
    other."""
    counts: dict[str, int] = {}
    for code in states_named(text):
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


def _speakers_state(ctx: Context, found: list[Found]) -> str | None:
    """The one state of the people who send or speak in an article, its addressees left out; None for several."""
    registry = ctx.registry
    addressees = {m.recipient for m in ctx.messages}
    people = {m.sender for m in ctx.messages} | {f.speaker for f in found if f.speaker is not None and f.speaker >= 0}
    states = {registry.actors[i].country for i in people - addressees
              if registry.actors[i].country_known and registry.actors[i].kind == "person"} - {None}
    return states.pop() if len(states) == 1 else None


def _home_state(ctx: Context, found: list[Found] = (), dated: bool = False) -> tuple[str | None, set[int]]:
    """Where no dateline nor outlet tells the article's state: officials named without one ("Interior minister X",
    "opposition senator Y") are of the state of the article's first sender, where the article tells it. A roundup
    ("Kenya's President X ..., Ghanaian President Y ...": senders of several states to one recipient) is written in
    the recipient's state instead, if told; and the other party of a message with the home state is abroad (a
    message crosses a border), never given it. Returns the home state and the actors abroad."""
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
    home = lead_states.pop() if len(lead_states) == 1 else None
    if len(lead_states) > 1:
        # an exchange leads ("A and his Australian counterpart B exchanged messages"): the home state is that of the
        # one who, besides, received messages from two more states
        home = _most_greeted_state(ctx)
        lead_states = {home} if home else set()
    if not lead_states and home is None and not registry.actors[lead.sender].country_known:
        # the lead's sender untold: the one state of the article's told senders and speakers (not addressees)
        home = _speakers_state(ctx, found) or _seat_state(ctx.text)
        lead_states = {home} if home else set()
    abroad: set[int] = set()
    if home and any(registry.country_of(m.sender) not in (None, home) for m in ctx.messages
                    if m.recipient == lead.recipient):
        home = registry.country_of(lead.recipient)
        # the roundup's senders write in from abroad, those of untold state too
        abroad.update(m.sender for m in ctx.messages if registry.country_of(m.recipient) in (None, home))
    if home:
        for m in ctx.messages:  # (a sender of untold state who is not abroad is of the home state too)
            if registry.country_of(m.sender) == home or registry.country_of(m.sender) is None and m.sender not in abroad:
                abroad.add(m.recipient)
            if registry.country_of(m.recipient) == home:
                abroad.add(m.sender)
    return home, abroad


def _assemble(text, title, paras, line, ctx: Context, found: list[Found]) -> Extraction:
    registry = ctx.registry
    keep: dict[int, int] = {}
    order: list[int] = []

    def use(i: int) -> int:
        if i not in keep:
            keep[i] = len(order)
            order.append(i)
        return keep[i]

    messages = []
    for m in ctx.messages:
        messages.append(Message(use(m.sender), use(m.recipient), m.kind, m.occasion, m.start, m.end))
    statements = []
    seen: set[tuple[int, int]] = set()
    current: dict[int, int] = {}  # speaker -> message their statements belong to so far
    outlet = line.outlet.strip(" ()") if line and line.outlet else None
    for f in sorted(found, key=lambda f: f.start):
        if f.speaker is None or f.speaker < 0 or f.end <= f.start or (f.start, f.end) in seen:
            continue
        if outlet and outlet in registry.actors[f.speaker].aliases:
            continue  # "The News Agency of Nigeria (NAN) reports that ..." under a "(NAN)" dateline: the article's own voice
        seen.add((f.start, f.end))
        statements.append(Statement(use(f.speaker), f.kind, text[f.start:f.end], f.start, f.end,
                                    _message_of(text, ctx, f, current)))
    _roundup_recipients_states(ctx, found)  # (first: the states the others' words give are of the home state)
    _writers_states(text, ctx, found)
    _appositive_states(text, ctx)
    _joint_senders_states(ctx)
    _aides_states(text, ctx)
    _subnational_bodies_states(ctx)
    _embassy_states(text, ctx)
    _occasion_states(text, ctx)
    international = line is not None and any(  # (a dateline of a city of no one state: "STRASBOURG")
        part.strip().lower() in DATELINE_CITIES and DATELINE_CITIES[part.strip().lower()] is None for part in line.place.split(","))
    home, abroad = _home_state(ctx, found, international)
    _counterparts_states(ctx, home, abroad)
    actors = []
    for i in order:
        rec = registry.actors[i]
        actors.append(Actor(
            name=rec.name,
            kind=rec.kind,
            country=registry.country_of(i) or (home if not rec.country_known and rec.kind != "state"
                                               and i not in abroad else None),
            aliases=list(rec.aliases),
            titles=list(rec.titles),
        ))
    date, source = published(text, paras, line)
    return Extraction(title=title, actors=actors, messages=messages, statements=statements,
                      published=date, published_source=source)
