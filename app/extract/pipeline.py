"""Extraction pipeline: one pass over the body, sentence by sentence.

For each sentence: find the people it mentions (names.scan), the messages it reports
(messages.find_messages), then its statements (statements), and move the focus used by
pronouns to the sentence's subject (also one named by office and short name after an opening clause: "For
her part, Prime Minister X thanked ..."). Only actors that send, receive or speak are kept.
Extraction never raises: any unexpected input yields at least the title. The state of actors the text
leaves untold comes from app/extract/states.py: the dateline's city's ("STATE HOUSE, NAIROBI"), else an
outlet's, a release's sign-off and the like, read before the body; then what the body tells of them.
After the body, a headline or deck above the dateline that reads "X says ..." is X's statement, X named in
the body. A letter printed in full under the report of its sending (a salutation, "Dear Mr. President,",
the body, a close, "Sincerely,") is one direct statement by the writer of the message last reported.
The outlet of the dateline ("(NAN)"), when the body names it ("The News Agency of Nigeria (NAN) reports
that ..."), is the article's own voice, never a speaker.
"""
from __future__ import annotations

import re

from app.extract.context import Context, resolve_phrase, strip_adverbials
from app.extract.countries import DATELINE_CITIES, named_outlet, outlet_country
from app.extract.dates import published
from app.extract.lexicon import OFFICE_WORDS
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
from app.extract.states import (
    city_state,
    infer_states,
    issuer_state,
    opening_city_state,
    self_named_outlet_state,
    sign_off_state,
    time_zone_state,
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
            or "thank" in low or " did the same" in low or "replied" in low or "answered" in low or "responded" in low)


# (not "In a reply posted on social media (on X)": a post, not a message)
_THANKS_NOUN = re.compile(r"\b(?:letter|message|note)\s+of\s+thanks\b|\bthank-you\s+(?:letter|message|note)\b")
_REPLY = re.compile(r"\b[Ii]n\s+(?:his|her|its|their|the|a)\s+(?:written\s+)?reply\b(?!\s+(?:posted|published|tweeted|shared)\b|\s+on\s+(?:social|X\b))")
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
                     or city_state(line.place)):
            body = [p for p in body if p.start >= para.start]
            break
        line = None
        after_long = after_long or text.count(" ", para.start, para.end) >= 12
    default_country = None
    if line:  # the state of the dateline's city (a national agency files from abroad), else the outlet's
        default_country = city_state(line.place) or outlet_country(text[line.start:line.end])
    if not line:  # a dateline of a form the segmenter does not read: "Dar es Salaam. President ...", "Kathmandu"
        default_country = opening_city_state(text, body)
    if line and line.end >= body[0].end:  # the dateline is a line of its own
        body = body[1:]
    if default_country is None and not line:
        # no dateline: an outlet named in a byline or a credit line under the title ("By Global Times")
        for para in paras[1:4]:
            if para.end - para.start <= 60 or _BYLINE.search(text, para.start, min(para.end, para.start + 60)) and (
                    para.end - para.start <= 120 and text[para.end - 1] != "."):
                default_country = named_outlet(text[para.start:para.end]) or issuer_state(text[para.start:para.end])
                if default_country:
                    break
    if default_country is None and not line:
        # a press release signed off under its text by the issuing office and its state
        # ("MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 5 MAY 2025")
        default_country = sign_off_state(text, paras)
    if default_country is None and not line:
        default_country = self_named_outlet_state(text) or time_zone_state(text, paras)
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
        if ctx.roundup and ("wished " in plain or "hailed " in plain or "lauded " in plain or "praised " in plain
                            or "commended " in plain or " wishes " in plain or "expressed " in plain or "pledged " in plain):
            # (also beside another leader's message: "Y wrote that ..., while Z pledged support for ...")
            senders = senders + [s for s in find_roundup_act(ctx, s0, s1, mentions) if s not in senders]
        if "behalf of" in plain or "to visit " in plain or plain.startswith("According to ") or (
                " people" in plain or " government" in plain) and (
                "expressed " in plain or "conveyed " in plain or "extended " in plain or "offered " in plain
                or "voiced " in plain):
            speaker_state(ctx, s0, s1, mentions)
        subject = senders[0] if senders else _sentence_subject(text, s0, mentions)
        if senders:
            ctx.focus = senders[0]
        elif subject is None and " which " in plain:
            _focus_on_role_subject(ctx, s0, s1)
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
        if speakers and plain.startswith("According to "):
            # "According to X, the President wrote that ...": X is the one talking ("She added that ..." is X)
            source = next((m.actor for m in mentions if m.name_start == s0 + 13 and m.actor >= 0
                           and ctx.registry.actors[m.actor].kind == "person"), None)
            if source is not None and source not in speakers:
                ctx.focus = source
        if plain.rstrip().endswith(":"):
            self.colon_speaker = self._colon_speaker(s0, mentions, sentence_cues)

    def _statements(self, s0, s1, plain: str, mentions, spans, senders, subject, sentence_cues) -> list[Found]:
        ctx = self.ctx
        used: dict[int, int] = {}
        found = direct_statements(ctx, s0, s1, mentions, spans, used) if spans else []
        if sentence_cues or used:
            found += reported_statements(ctx, s0, s1, mentions, spans, used, subject, sentence_cues)
        if senders and not found and ("saying" in plain or ", stressing" in plain or ", noting" in plain
                                      or ", expressing" in plain or ", adding" in plain or ", assuring" in plain
                                      or " confirming that" in plain or ", writing that" in plain):
            said = saying_after_message(ctx, s0, s1, senders[0], spans)
            found += [said] if said else []
        elif not found and subject is not None and subject >= 0 and (", saying" in plain or ", adding that" in plain or (
                " that " in plain and (", affirming" in plain or ", stressing" in plain or ", emphasi" in plain
                                       or ", assuring" in plain or ", writing" in plain))) \
                and ctx.registry.actors[subject].kind == "person":
            # "X welcomed the meeting in a speech to lawmakers, saying ...": an act, then what its subject said
            # ("X expressed his congratulations ..., affirming that ...": the same)
            said = saying_after_message(ctx, s0, s1, subject, spans)
            found += [said] if said else []
        elif not found and subject is None and ", saying" in plain:
            body = _OPENING_BODY.match(ctx.text, s0, s1)
            forms = organization_forms(body.group("body")) if body and is_org_phrase(body.group("body")) else None
            if forms:  # "The Federation of ... (FPCCI) welcomed the exchange, saying ...": the body opening the sentence
                said = saying_after_message(ctx, s0, s1, ctx.registry.organization(forms[0], forms[1], s0), spans)
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
        ctx_text: str = self.ctx.text
        waiting = []
        for f, n in self.deferred:
            # ("X did not comment, but a senior official travelling with him said ...": not X, named before it)
            new_people = [m.actor for m in mentions if actors[m.actor].first >= s0 and actors[m.actor].kind == "person"
                          and m.start >= f.named_after]
            spokespeople = [i for i in new_people if "spokes" in " ".join(actors[i].titles).lower()]
            if not f.by_title and "spokes" in ctx_text[f.named_after:f.named_after + 60].lower():
                # "..., a spokesperson for the ministry told ...": not the next person introduced with another office
                # ("Prime Minister X met ..."); one untitled or titled a spokesman
                new_people = [i for i in new_people if not actors[i].titles or i in spokespeople]
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
            if _TOLD_AN_OUTLET.match(self.ctx.text, f.named_after):
                continue  # "A Commission spokesperson told The Brussels Times that ...": an unnamed source to a paper
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


# A body's name opening a sentence, its acronym after it, then a verb: "The Federation of ... (FPCCI) welcomed"
_OPENING_BODY = re.compile(r"(?P<body>(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the))*(?:\s+\([A-Z]{2,8}\))?)"
                           r"\s+(?:also\s+)?[a-z]+ed\b")
# An indefinite spokesperson telling a paper or a channel (not a public statement, not reporters at a briefing)
_TOLD_AN_OUTLET = re.compile(r"[Aa]n?\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:spokesperson|spokesman|spokeswoman)\s+told\s+(?:the\s+)?"
                             r"(?!(?:reporters|journalists|a\s|the\s+(?:press|media)\b))(?:[A-Z]|[a-z][A-Z])")
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
    # "X replied in a letter of thanks. In his reply, X said ...": the reply is a thank-you (thanks)
    told = ctx.text[max(ctx.text.rfind(". ", 0, max(s0 - 2, 0)), ctx.text.rfind("\n", 0, s0), 0):s1]
    kind = "thanks" if _THANKS_NOUN.search(told) else "letter"
    for m in list(ctx.messages):
        if m.recipient == speaker:
            ctx.add_message(speaker, m.sender, kind, None, s0, s1)
            return


# "In the evening, the head of state addressed a message to the citizens in which she said ...": the pronoun of the
# relative clause is the role opening the sentence
_ROLE_OPENING = re.compile(r"(?:[A-Z][\w ]{0,40},\s+)?[Tt]he\s+(?P<role>head\s+of\s+(?:state|government)|president|prime\s+minister)"
                           r"\s+[a-z]+ed\b[^.;]*\b(?:which|whom)\s+(?:he|she)\s")


def _focus_on_role_subject(ctx: Context, s0: int, s1: int) -> None:
    opening = _ROLE_OPENING.match(ctx.text, s0, s1)
    role = ctx.registry.role(f"the {opening['role']}", s0, prefer=ctx.focus) if opening else None
    if role is not None:
        ctx.focus = role


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
            if ctx.messages and ctx.messages[-1].sender == f.speaker and ctx.messages[-1].recipient == r:
                ctx.messages[-1].implied = True


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
        if m.kind == "condolence" and registry.actors[m.sender].kind == registry.actors[m.recipient].kind == "state" \
                and any(registry.actors[x.sender].kind == "person" for x in ctx.messages):
            # "Bangladesh has conveyed its deep condolences to Malaysia", then its leaders' messages: the state's
            # sympathy told in sum, no message of its own (kept until here: it tells the states of those named)
            continue
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
    home, abroad = infer_states(text, ctx, found, line)
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
