"""Statements: what an article attributes to a speaker, direct (quoted) or reported.

One statement per cue (GUIDELINES.md). Forms:
- direct: `"...," X said`, `"...," said X, title`, `X said (in his message): "..."`,
  `X wrote: "..."`, `"...," the greeting reads`, a quotation paragraph after a line
  ending "reads:"/"said:" (also when the marks, « » or “ ”, open and close paragraphs apart:
  one statement, as inside one pair of marks); a quotation split around its cue gives two statements;
- reported, cue first: `X said (that) ...`, `X noted/stressed/affirmed that ...`,
  `X expressed the belief/hope/confidence that ...`, `X told reporters that ...`, `X quoted Y as saying
  that ...` (Y's words),
  `In his message, X said ...`, `..., in which he said ...`, `X ... and said ...`;
- reported, cue last: `..., X said (on Thursday).`, `..., a spokesperson said.`, `..., the message read.`,
  `..., X told Y, according to the readout.` (a source naming no one leaves the speaker X),
  `..., according to data (figures, a statement, a report) from X.` (X), `X assured that ..., the Ministry said in a
  statement.` (the clause for the body, what X assured for X), `In a ceremony at ..., X thanked ... and said
  ...` (X, the subject after the opening adverbial),
  `..., said X, title.`, `..., according to X.`, `According to X, ...`,
  `..., the agency learned from X.` (X the source), `..., Akorda press service reports.`;
- `..., adding/noting that ...` is a further statement by the same speaker (`"..., X wrote in the letter, adding
  that ..."`: the clause before the cue is X's too) (`X wrote that ..., adding: “...”`:
  the quotation is X's direct statement), and
  `X sent a message to Y, saying that ...` (also "expressing (the) hope that") is the message's content, by X;
- `X said ..., while Z expressed the belief that ...`: X's statement ends at ", while", Z's follows;
  `X noted that ... and said ...` (also "added", "stated"; not "... and hopes ...", part of the content, nor
  "... Xi and Modi said ...", two subjects) is two statements by X, as is `X said ... (, and he) expressed his
  confidence (belief, hope) that ...` ("... Xi and Modi expressed their ..." keeps two subjects).
- release forms: `The statement (press release, readout) said ...` is the body whose statement the article cited last
  ("according to a statement by X", "released by X", "X said in a statement"; a joint statement has no one speaker);
  `The message, signed by ... and released by ..., said ...` is the message's writer; `..., his spokesman X said.` is
  X's (of his principal's state); `..., the presidential palace in Lima said.` is that body's; a day after a body
  named as source ("according to a statement by the Directorate on Saturday") is not part of its name.
- media forms: `..., the Kremlin said, praising ...` and `X sent a telegram to Y, the Vatican said, in which ...`
  (the clause before the cue is the statement, what follows is an act); `X declared ... and wrote on X: "..."`
  (the opening subject's); `X said afterwards that ...`; "Analyst X of the University of Y said" is X.
The text excludes cue, quotation marks and the closing period; a quotation of three
words or fewer is a term, not a statement. Decisions where GUIDELINES.md is silent: an
indefinite speaker ("a Foreign Ministry spokesperson") is the next person the article
introduces, and "the Spokesman" where none was named before the next one introduced as
spokesman; a quotation standing alone right after a quoted speaker's cue continues that speaker (`"A," Peskov said. "B."`); a role noun that speaks "in the message" (`"...," the King said in the
cable`; "In this message, the Sovereign expresses ...") is the message's writer where the article has one
writer, though the recipient holds the same office; verbs such as "announced", "warned", "confirmed", "(re)affirmed"
report speech only with a "that" clause ("reaffirmed his commitment to ..." is an act), as do "reiterated",
"concluded" and "replied" ("reiterated the island's will to ...", "concluded her visit", "replied by telephone"),
"proposed" and "suggested" ("proposed that the two countries cooperate ..." is speech, "proposed a meeting" an act),
and "tweeted" ("tweeted his congratulations" is an act; a tweet quoted is a direct statement).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.context import (
    DEFER,
    Context,
    learn_gender,
    pronoun_referent,
    resolve_span,
    strip_adverbials,
)
from app.extract.lexicon import MESSAGE_NOUN, PRONOUNS, SAY_VERBS
from app.extract.names import Mention


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(alternation):
        char = alternation[i]
        if char == "\\":
            current += alternation[i:i + 2]
            i += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    parts.append(current)
    return parts


def _by_first_letter(alternation: str) -> str:
    """The same alternation grouped by first letter: the regex engine then tries one group
    per position instead of every verb (Python's engine does not build a trie itself)."""
    groups: dict[str, list[str]] = {}
    for part in _alternatives(alternation):
        groups.setdefault(part[0], []).append(part[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_VERBS = _by_first_letter(SAY_VERBS)
# A cue: a reporting verb opening a word. The pattern takes the non-word character before the
# verb rather than opening with \b: Python's engine then skips ahead to those characters
# instead of trying every verb at every position. The "verb" group is the cue itself.
# That character is written as a class the engine tests from a table (the non-word characters
# of Latin-1, or any character beyond, then confirmed non-word by the lookbehind): \W alone
# costs a Unicode lookup at every character of the text.
_NON_WORD_LATIN1 = "".join(c for c in map(chr, range(256)) if re.match(r"\W", c))
_CUE = re.compile(rf"[{re.escape(_NON_WORD_LATIN1)}\u0100-\U0010ffff](?<=\W)(?P<verb>{_VERBS})\b")
_CUE_OPENING_TEXT = re.compile(rf"(?P<verb>{_VERBS})\b")  # a verb at offset 0 has no character before it
# Even so the engine tests that class character by character, while it skips ahead to an opening
# literal several times faster. So cues are looked for in a copy of the text as Latin-1 bytes whose
# non-word characters are NUL (a character beyond Latin-1 becomes "?", so NUL too: one byte a
# character, offsets kept): _CUE is tried only where a NUL stands before a verb's first word.
_NUL_FOR_NON_WORD = bytes(0 if chr(i) in _NON_WORD_LATIN1 else i for i in range(256))
_VERB_FIRST_WORDS = {re.match("[a-z]+", verb).group() for verb in _alternatives(SAY_VERBS)}
_VERB_FIRST_WORDS = sorted(w for w in _VERB_FIRST_WORDS if not any(w != v and w.startswith(v) for v in _VERB_FIRST_WORDS))
_CUE_PLACE = re.compile(b"\\x00(?:" + _by_first_letter("|".join(_VERB_FIRST_WORDS)).encode() + b")")


def _cues_from(text: str, pos: int, hi: int) -> list[re.Match]:
    """list(_CUE.finditer(text, pos, hi)), found faster (see _CUE_PLACE)."""
    marked = text[pos:hi].encode("latin-1", "replace").translate(_NUL_FOR_NON_WORD)
    found: list[re.Match] = []
    end = pos  # a cue never starts inside the one before
    for place in _CUE_PLACE.finditer(marked):
        at = pos + place.start()
        cue = _CUE.match(text, at, hi) if at >= end else None
        if cue:
            found.append(cue)
            end = cue.end()
    return found


def cues(text: str, lo: int, hi: int) -> list[re.Match]:
    """The cues whose verb lies in text[lo:hi], in order (the search starts one character
    early, at the character before the verb)."""
    if lo > 0:
        return _cues_from(text, lo - 1, hi)
    first = _CUE_OPENING_TEXT.match(text, 0, hi)
    return [first, *_cues_from(text, first.end(), hi)] if first else _cues_from(text, 0, hi)


def first_cue(text: str, lo: int, hi: int) -> re.Match | None:
    found = cues(text, lo, hi)
    return found[0] if found else None


# Verbs that report speech only with a "that" clause ("announced that ...", not "announced the visit").
_NEEDS_THAT = re.compile(
    r"(?:expressed|voiced|recalled|announced|declared|believes|believed|hoped|hopes|maintained|indicated|"
    r"confirmed|pledged|warned|acknowledged|explained|observed|highlighted|reported|reports|affirmed|reaffirmed|concluded|reiterated|replied|proposed|suggested|tweeted)"
)
# A time opening the sentence is no content before a cue: "By yesterday afternoon, X had replied in a letter."
_TIME_OPENING = re.compile(r"\s*(?:By|On|At|Since|Until|Later|Earlier|Early|Late|Last|This)\s+[^,;:“”\"]{0,30},")
_ADVERBIAL_ONLY = re.compile(
    r"^(?:\s+(?:on|in|at|during|after|before|from|via|while|when|late|early|earlier|later|today|yesterday|this|last|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^“”\"]*?)?\s*[.!?]?[”\"’]?\s*$"
)
_WHEN = r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|afterwards|afterward|last\s+week)"
_THAT_AFTER = re.compile(
    # ("X said, according to the Prime Minister's Office, that ...": X's words, as the office reports them)
    r"(?:,\s+according\s+to\s+[^,.;:“”\"]{1,80},\s+|\s+(?:(?:in|at|on|during|to|after|before|from|via|with|while|when|through)\b"
    r"[^.;:“”\"]{0,120}?\s+|" + _WHEN + r",?\s+)?)that\s+"
)
# "replied with a letter of thanks that reached ...": a "that" right after the message is the letter's, no content
_WITH_MESSAGE_THAT = re.compile(rf"\s+with\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{MESSAGE_NOUN}"
                                r"(?:\s+of\s+[\w-]+)?\s+that\s+$")
# "X said Monday China will ...": the day is the cue's, not the content's.
_LEADING_WHEN = re.compile(r"\s+" + _WHEN + r"\b,?")
_ADDING = re.compile(r",?\s+(?:adding|and\s+added|noting|and\s+noted|stressing|saying)\s+(?:that\s+)?")
_POSSESSIVE_PREFIX = re.compile(r"\s*In\s+(his|her|this|the)\s+\w+")
_ADDING_CUE = re.compile(r"\s*,?\s*(?:adding|and\s+added|noting|stressing)")
# ("X welcomed the anniversary but said ...": the subject's second verb too)
_AND_END = re.compile(r"(?:,\s*|\s+)(?:and|but)\s*$")
_MIN_QUOTE_WORDS = 4
_SPACE = re.compile(r"\s*")
_SPACE_COMMA = re.compile(r"[\s,]*")
_PERIOD_ONLY = re.compile(r"[^.!?“”\"]{0,40}?\.\s*")  # (" on X. ", " in the letter. ")
_CLAUSE_TO_COMMA = re.compile(r"[^.!?“”\"]*,\s*")  # "...," he said, "...": the quotation goes on
# 'said "strategic patience" was needed': a quoted phrase opening the reported clause, its marks kept
_QUOTED_SUBJECT = re.compile(r"\s+[“\"][^“”\"]{1,60}[”\"]\s+[a-z]")
# "as" opening a clause of its own (not "as well as" nor its second "as", "as a partner", "as if", "as soon as")
_AS_CLAUSE = re.compile(r"(?<!well)(?<!soon)(?<!long)(?<!much)(?<!many)(?<!far)(?<!same),?\s+as\s+(?!(?:well|a|an|such|soon|long|much|many|far|part|if|though|usual|expected|one)\b)[a-z]")
_QUOTE_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;]|$)")  # (not 'said "strategic patience" was needed': a phrase in a clause)
_CLAUSE_GOES_ON = re.compile(r",?\s+(?:and|but|while)\s")  # (after a quoted phrase: the reported clause goes on)
_CUE_TO_QUOTE = re.compile(r"[^.!?“”\"]{0,80}?[:,]\s*")  # X said in his message: "..."
# "..., X said (in the letter), adding that ...": the clause before the cue is X's
_COMMA_ADDING = re.compile(r"(?:\s+(?:in|on|at)\s+(?:the|his|her|its|their|a)\s+[a-z]+(?:\s+[a-z]+)?)?\s*,\s*(?:adding|noting|stressing)\b")
# "..., the Kremlin said, praising ..." (an act of the speaker) or "X sent a telegram to Y, the Vatican said, in
# which ..." (what the message did): what follows the cue is not reported content
_COMMA_ACT = re.compile(
    r"\s*,\s*(?:praising|hailing|describing|calling|urging|thanking|welcoming|wishing|inviting|in\s+which)\b")
# After a cue, what is not reported content: "said to ...", a quotation, "said in X: ..."
_NOT_CONTENT = re.compile(r"\s+(?:(?:separately|personally|again|also|back)\s+)?to\b|\s*[:“\"]|\s+(?:in|on|at)\b[^,]*[:“\"]")
_DAY_ONLY = re.compile(r"[\s,]*(?:on\s+\w+day|\w+day)?[\s.]*")
_LEADER_TITLE = re.compile(
    r"\b(?:president|premier|prime\s+minister|chairman|chairwoman|chairperson|secretary|king|queen|sultan|emir|leader|chancellor|minister|head)\b",
    re.IGNORECASE,
)
# (nor the leader of an opposition or of a minority in parliament: "Opposition leader X, however, said ...")
_NON_LEADER_TITLE = re.compile(r"\b(?:spokes\w+|official|student|expert|analyst|scholar|reporter|correspondent|"
                               r"opposition|minority|majority)\b", re.IGNORECASE)


# A subject that is a group of people left unnamed, wherever they work or live: "Officials at the Ministry of
# Health", "Several diplomats in Jakarta", "Border traders in Mae Sot, however," (its words are no statement)
_UNNAMED_GROUP = re.compile(
    r"\s*(?:(?:(?:Several|Some|Many|Other|Two|Three)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:[Oo]fficials|[Dd]iplomats|[Tt]raders|[Rr]esidents|[Ee]xperts|[Oo]bservers|[Ww]itnesses|[Vv]illagers|[Ff]armers|"
    r"[Mm]erchants|[Bb]usinessmen|[Bb]usiness\s+owners|[Aa]nalysts|[Ss]ources)"  # ("DW sources in the Chancellery said")
    # (or one of them: "A senior Government official told ...", "A Thai foreign ministry official, speaking on ...")
    r"|An?\s+(?:[\w'’-]+\s+){0,3}(?:official|diplomat|source))"
    r"(?:\s+(?:at|of|in|from|with|close\s+to)\s+[^,;]{1,80}?)?(?:,\s+(?:however|though|meanwhile),?)?"
    r"(?:,\s+speaking\s+[^,;]{1,60},?)?\s*")


# A source who withholds his name: "..., who asked not to be named,", "who spoke on condition of anonymity"
# (also "who did not wish to be named", "who does not want to be identified")
_ANONYMOUS = re.compile(r",\s+who\s+(?:asked|requested|declined|spoke|was\s+not|(?:did|does)\s+not\s+(?:wish|want))\s+(?:not\s+to\s+be\s+(?:named|identified)|"
                        r"to\s+be\s+(?:named|identified)|anonymity|on\s+(?:the\s+)?condition\s+of\s+anonymity|authori[sz]ed)")

# "...," reads the message. / reads part of the letter.
_MESSAGE_AFTER_CUE = re.compile(r"\s+(?:(?:part|an\s+excerpt)\s+of\s+)?(?:the|his|her|their)\s+(?:message|letter|cable|telegram)\s*[.,]?\s*$")
# "...," the King said in the cable / in his message.
_IN_THE_MESSAGE = re.compile(r"\s+in\s+(?:the|his|her)\s+(?:message|letter|cable|telegram)\b")


def message_writer(ctx: Context, speaker: int | None) -> int | None:
    """A role noun said to speak in "the message" that resolved to someone who wrote none: the
    writer, where the article has one ("the King" who cabled a king is the sender, not the recipient)."""
    if speaker is None or speaker < 0 or not ctx.messages or any(m.sender == speaker for m in ctx.messages):
        return speaker
    writers = {m.sender for m in ctx.messages}
    return writers.pop() if len(writers) == 1 else speaker


def _has_adding(text: str, lo: int, hi: int) -> bool:
    chunk = text[lo:hi]
    return "adding" in chunk or "added" in chunk or "noting" in chunk or "noted" in chunk or "stressing" in chunk or "saying" in chunk


# ", while Z " right before a second cue: Z's own statement follows
_WHILE_SUBJECT = re.compile(r",\s+while\s+(?:[A-Z][\w'’.-]*\s+){1,4}")
# ", while (Nigeria's President,) Y(,) pledged ...": a person named, then a verb of the past; Y's act or speech
_WHILE_OTHER_ACTS = re.compile(r",\s+while\s+(?P<subject>(?:[A-Z][\w'’.-]*,?\s+){1,8}?)(?:also\s+)?[a-z]+ed\b")


# "A Commission spokesperson said": an unnamed spokesperson of a named body, who speaks for it unless named next
_BODY_SPOKESPERSON = re.compile(r"(?:[Aa]n?)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:spokesperson|spokesman|spokeswoman)\b")


@dataclass(slots=True)
class Found:
    speaker: int | None  # None with deferred=True: awaiting the next person introduced
    kind: str
    start: int
    end: int
    deferred: bool = False
    by_title: bool = False  # deferred from "the spokesman": the next person introduced with that title
    named_after: int = 0  # deferred: where the indefinite phrase stands (the person is introduced after it)
    body: str | None = None  # deferred from "a Commission spokesperson": the body, if no spokesperson is named


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces, closing punctuation and surrounding quotation marks of a content span."""
    while start < end and text[start] in " \t\n,:":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;":
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(text.split())


def direct_statements(ctx: Context, s_start: int, s_end: int, mentions: list[Mention],
                      quote_spans: list[tuple[int, int]], used: dict[int, int]) -> list[Found]:
    text: str = ctx.text
    found: list[Found] = []
    inside = [q for q in quote_spans if s_start <= q[0] < s_end]
    consumed: set[int] = set()
    for i, (qs, qe) in enumerate(inside):
        if i in consumed:
            continue
        if _words(text[qs + 1:qe - 1]) < _MIN_QUOTE_WORDS and not (
                # a short opening of a split quotation ("We stand ready," X said, "to ...") is speech
                _words(text[qs + 1:qe - 1]) >= 2 and text[qe - 2] == "," and i + 1 < len(inside)):
            continue
        next_q = inside[i + 1][0] if i + 1 < len(inside) else s_end
        speaker = None
        cue = first_cue(text, qe, next_q)
        if cue and _SPACE_COMMA.fullmatch(text, qe, cue.start("verb")):
            # Inverted: "...," said X, title.
            after = [m for m in mentions if m.name_start >= cue.end() and _SPACE.fullmatch(text[cue.end():m.start])]
            if after:
                speaker = after[0].actor
            else:
                speaker, _ = resolve_span(ctx, cue.end(), strip_adverbials(text, cue.end(), next_q), mentions, whole=True)
                comma = text.find(", ", cue.end(), next_q) if speaker is None else -1
                if comma > 0:  # "...," said Mr Chan, who met Mr Agus last month: the short name before the clause
                    speaker, _ = resolve_span(ctx, cue.end(), comma, mentions, whole=True)
                if speaker is None and _MESSAGE_AFTER_CUE.match(text, cue.end(), next_q):
                    # "...," reads (part of) the message.: its writer, the last sender (after an exchange, the
                    # writer in focus: "In his message, X said ... “...,” reads part of the message")
                    focus = ctx.focus if ctx.focus is not None and ctx.focus >= 0 and any(
                        m.sender == ctx.focus for m in ctx.messages) else None
                    speaker = focus if focus is not None else ctx.last_senders[0] if len(ctx.last_senders) == 1 else None
        elif cue:
            lo = qe
            while lo < cue.start("verb") and text[lo] in " ,":
                lo += 1
            speaker, phrase_start = resolve_span(ctx, lo, strip_adverbials(text, lo, cue.start("verb")), mentions, whole=True)
            if speaker is not None and text.startswith("the ", phrase_start) and _IN_THE_MESSAGE.match(text, cue.end(), next_q):
                speaker = message_writer(ctx, speaker)  # "...," the King said in the cable: the cable's writer
        if speaker is not None and speaker >= 0:
            used[cue.start("verb")] = speaker
            found.append(Found(speaker, "direct", *_trim(text, qs + 1, qe - 1)))
            # A split quotation: the second part follows the cue after a comma.
            if i + 1 < len(inside) and _CLAUSE_TO_COMMA.fullmatch(text, cue.end(), next_q):
                ns, ne = inside[i + 1]
                if _words(text[ns + 1:ne - 1]) >= 2:
                    found.append(Found(speaker, "direct", *_trim(text, ns + 1, ne - 1)))
                    consumed.add(i + 1)
            elif i + 1 < len(inside) and _PERIOD_ONLY.fullmatch(text, cue.end(), next_q) \
                    and _words(text[inside[i + 1][0] + 1:inside[i + 1][1] - 1]) >= _MIN_QUOTE_WORDS:
                # '"A," X wrote on X. "B."' kept in one sentence (the "X." read as an initial): B continues X
                ns, ne = inside[i + 1]
                found.append(Found(speaker, "direct", *_trim(text, ns + 1, ne - 1)))
                consumed.add(i + 1)
            continue
        # Cue before: X said (in his message): "..."
        prev_end = inside[i - 1][1] if i > 0 else s_start
        before = None
        for c in cues(text, prev_end, qs):
            before = c
        if before and (_CUE_TO_QUOTE.fullmatch(text, before.end(), qs) or (
                # 'he said "nothing is off the table", adding ...': a whole quotation right after the verb
                qs - before.end() == 1 and text[qs - 1] == " " and _QUOTE_ENDS_CLAUSE.match(text, qe))) and not (
                _ADDING_COLON.search(text, before.end(), qs) and _THAT_AFTER.match(text, before.end(), qs)) and not (
                text[qs - 2] == "," and _words(text[before.end():qs]) >= 4 and (
                    _CLAUSE_GOES_ON.match(text, qe) or text[qs + 1].islower() and text.startswith(".", qe))):
            # (not "X wrote that ..., adding: “...”", a reported clause and then a quotation: see _added_quote; nor
            # 'X said the people of Y, "our brothers across the sea", and that ...', 'X said ... within three days,
            # "a speed that saved lives".': a phrase quoted inside the clause)
            subject_end = strip_adverbials(text, prev_end, before.start("verb"))
            if _AND_END.search(text, prev_end, subject_end):  # "X declared a day of mourning and wrote: ..."
                speaker = _opening_subject(ctx, prev_end, before.start("verb"), mentions)
            else:
                speaker, _ = resolve_span(ctx, prev_end, subject_end, mentions)
            if speaker is not None and speaker >= 0:
                used[before.start("verb")] = speaker
                found.append(Found(speaker, "direct", *_trim(text, qs + 1, qe - 1)))
    return found


# A cue denied: "did not say", "has not yet said", "did not immediately say", "declined to say"
_NEGATED = re.compile(r"\b(?:(?:did|does|do|has|have|had|would|could|will)\s+not|(?:did|does|has|have|would|wo|could)n['’]t)"
                      r"\s+(?:yet\s+|immediately\s+)?$|\b(?:declined|refused)\s+to\s+$")


def reported_statements(ctx: Context, s_start: int, s_end: int, mentions: list[Mention],
                        quote_spans: list[tuple[int, int]], used: dict[int, int], subject: int | None,
                        sentence_cues: list[re.Match]) -> list[Found]:
    """Reported statements of the sentence text[s_start:s_end], whose cues (see `cues`) are given."""
    text: str = ctx.text
    found: list[Found] = []
    covered_until = s_start
    for cue in sentence_cues:
        v0, v1 = cue.start("verb"), cue.end()
        if v0 in used or v0 < covered_until or any(a <= v0 < b for a, b in quote_spans):
            continue
        verb = cue.group("verb")
        if _NEGATED.search(text, max(s_start, v0 - 30), v0):
            continue  # "The Department did not say whether ...", "declined to say": nothing said
        if verb in ("reads", "read", "continued") and not (
                verb != "continued" and _MESSAGE_BEFORE.search(text, max(s_start, v0 - 40), v0)
                and _ADVERBIAL_ONLY.match(text[v1:s_end])):
            continue  # (but "..., the message read.": the message's words, cue last)
        subject_end = strip_adverbials(text, s_start, v0)
        chunk = text[s_start:subject_end]
        if cue.group("quoted"):  # "X quoted Y as saying that ...": Y's words, as X reports them
            speaker, phrase_start = resolve_span(ctx, cue.start("quoted"), cue.end("quoted") - 1, mentions, whole=True)
            if speaker is None:
                continue
        elif _UNNAMED_GROUP.fullmatch(chunk) or ", who " in chunk and _ANONYMOUS.search(chunk):
            continue  # "Officials at the Ministry said", "Several diplomats in Jakarta said": no one named (GUIDELINES)
            # (nor "A senior official ..., who asked not to be named, told ...")
        elif _AND_END.search(chunk):
            if subject is None:
                subject = _opening_subject(ctx, s_start, v0, mentions)
            speaker, phrase_start = (subject if subject is not None else ctx.focus), s_start
        else:
            speaker, phrase_start = resolve_span(ctx, s_start, subject_end, mentions)
            relative = _RELATIVE_PRONOUN_END.search(text, s_start, subject_end)
            if relative is None and subject is not None and subject >= 0 and not any(
                    m.actor != subject and s_start <= m.start < subject_end for m in mentions):
                # "X addressed a message to the nation in which he said ...": no comma, no one else named before it
                relative = _IN_WHICH_PRONOUN_END.search(text, s_start, subject_end)
            if relative and subject is not None and subject >= 0 \
                    and ctx.registry.actors[subject].kind == "person" and ctx.registry.actors[subject].gender in (
                        None, PRONOUNS.get(text[phrase_start:subject_end].strip().lower())):
                # "X held a phone call with ..., during which he stressed that ...": the sentence's own subject
                speaker = subject
            if speaker is not None and text.startswith("the ", phrase_start) and _IN_THE_MESSAGE.match(text, v1, s_end):
                # "the regime leader said in the letter that ...": the letter's writer, as after a quotation
                speaker = message_writer(ctx, speaker)
        portfolios = _PORTFOLIO_BODY.fullmatch(text, s_start, subject_end) if speaker is None else None
        if portfolios:  # "The Ministry of Foreign Affairs, Foreign Trade and Immigration said": one body, its name whole
            speaker = ctx.registry.organization(portfolios.group("name"), [], s_start)
        if speaker is None:
            inverted = _inverted(ctx, s_start, s_end, v0, v1, mentions, quote_spans)
            if inverted:
                found.append(inverted)
                covered_until = s_end
            continue
        after = text[v1:s_end]
        before_phrase = text[s_start:phrase_start].rstrip()
        owner = _OWNER_ROLE_END.search(before_phrase, max(0, len(before_phrase) - 60)) \
            if not before_phrase.endswith(",") else None
        if owner:  # "..., his spokesman Jens Albrecht said.": the clause before the comma
            before_phrase = before_phrase[:owner.start() + 1]
            principal = _opening_subject(ctx, s_start, s_start + owner.start(), mentions)
            if principal is not None and principal >= 0 and speaker is not None and speaker >= 0 and principal != speaker:
                # the spokesman speaks for the state of the one whose spokesman he is
                mine, theirs = ctx.registry.actors[speaker], ctx.registry.actors[principal]
                if not mine.country_known and theirs.country_known and theirs.kind == "person":
                    mine.country, mine.country_known = theirs.country, True
        content: tuple[int, int] | None = None
        added_quote: tuple[int, int, int] | None = None
        unnamed = _UNNAMED_SOURCE.search(after) if ", according to " in after else None
        if unnamed:  # "..., X told Y, according to the readout.": the source names no one
            after = after[:unnamed.start()]
        trailer = _ADVERBIAL_ONLY.match(after) and " that " not in after and _words(after) <= 20
        if (trailer or _COMMA_ADDING.match(after) or _COMMA_ACT.match(after)) and before_phrase.endswith(",") \
                and _words(before_phrase) >= 3 and not _TIME_OPENING.fullmatch(before_phrase):
            content = _trim(text, s_start, s_start + len(before_phrase) - 1)
            if text[content[0]] in "“\"" or any(a <= content[0] < b for a, b in quote_spans):
                content = None
        else:
            that = _THAT_AFTER.match(text, v1, s_end)
            if that and _WITH_MESSAGE_THAT.match(text, v1, that.end()):
                that = None
            if that:
                c0 = that.end()
            elif _NEEDS_THAT.match(verb) or _NOT_CONTENT.match(after) and not _QUOTED_SUBJECT.match(after):
                c0 = None
            else:
                when = _LEADING_WHEN.match(text, v1, s_end)
                c0 = when.end() if when else v1
            if c0 is not None:
                c1 = s_end
                adding = _ADDING.search(text, c0, s_end) if _has_adding(text, c0, s_end) else None
                if adding and not any(a <= adding.start() < b for a, b in quote_spans):
                    c1 = adding.start()
                added_quote = _added_quote(text, c0, c1, quote_spans)
                if added_quote:
                    c1 = added_quote[0]
                other_acts = _WHILE_OTHER_ACTS.search(text, c0, c1) if ", while " in text[c0:c1] else None
                if other_acts and any(other_acts.start("subject") <= m.name_start < other_acts.end("subject")
                                      and ctx.registry.actors[m.actor].kind == "person" for m in mentions):
                    c1 = other_acts.start()  # "X wrote that ..., while Nigeria's President, Y, pledged support": Y's act
                if " and " in text[c0:c1] or ", while " in text[c0:c1]:
                    # "..., and expressed the hope that ...", "..., while Z expressed the belief that ...":
                    # a second cue with its own statement.
                    for second in cues(text, c0, c1):
                        v = second.start("verb")
                        if any(a <= v < b for a, b in quote_spans):
                            continue
                        if text[max(c0, v - 6):v] == ", and ":
                            c1 = v - 6
                            break
                        joined = _AND_BELIEF.search(text, max(c0, v - 12), v)
                        if joined and _BELIEF_CUE.match(second.group("verb")) and (
                                _OWN_BELIEF.match(second.group("verb"))  # ("Xi and Modi expressed their ...": two subjects)
                                or not _CAPITALISED_END.search(text, c0, joined.start())):
                            c1 = joined.start()  # "X said ... and (he) expressed his confidence that ...": X's second cue
                            break
                        if text[max(c0, v - 5):v] == " and " and second.group("verb") in _SPEECH_AND \
                                and not _CAPITALISED_END.search(text, c0, v - 5):
                            c1 = v - 5  # "X noted that ... and said ...": the same subject's second cue
                            break
                        other = _WHILE_SUBJECT.search(text, max(c0, v - 60), v)
                        if other and other.end() == v:
                            c1 = other.start()
                            break
                stretch: str = text[c0:c1]
                act = _OWN_ACT_AFTER.search(text, c0, c1) if (" and " in stretch or " but " in stretch or ", urging " in stretch
                                                              or ", calling on " in stretch or ", appealing " in stretch) else None
                if act and not any(a <= act.start() < b for a, b in quote_spans):
                    c1 = act.start()  # "X said ... and wished (but stopped short of ...)": X's act, not the content
                if verb == "says" and " as " in text[c0:c1]:
                    # a standfirst's "X says Y as rescue teams search ...": the "as" clause is the writer's
                    as_clause = _AS_CLAUSE.search(text, c0, c1)
                    if as_clause and not any(a <= as_clause.start() < b for a, b in quote_spans):
                        c1 = as_clause.start()
                according = text.find(", according to ", c0, c1)
                if according > 0:
                    c1 = according
                    source = _ACCORDING_TAIL.match(text, according, s_end)
                    if source:  # "X's message said ..., according to the Ministry.": the Ministry, named as a source
                        when = _WHO_WHEN.search(text, source.start("who"), source.end("who"))
                        resolve_span(ctx, source.start("who"), when.start() if when else source.end("who"), mentions, whole=True)
                attributed = _TRAILING_ATTRIBUTION.search(text, c0, c1) if text.find(", ", c0, c1) > 0 else None
                if attributed:  # "X assured that ..., the Ministry said in a statement.": X's content ends there
                    c1 = attributed.start()
                content = _trim(text, c0, c1)
                if content[0] < s_end and text[content[0]] in "“\"" and not _QUOTED_SUBJECT.match(text, content[0] - 1):
                    content = None
        possessive = _POSSESSIVE_PREFIX.match(text, s_start, phrase_start)
        if possessive and speaker != DEFER and text.startswith(("the ", "The "), phrase_start):
            # "In his message, the Vietnamese leader said": a role noun there names the message's writer
            speaker = message_writer(ctx, speaker)
        if possessive and speaker != DEFER and possessive.group(1)[0] == "h":
            learn_gender(ctx, speaker, possessive.group(1))  # "In her message, Murmu said"
        if content and _words(text[content[0]:content[1]]) >= 3:
            body = _BODY_SPOKESPERSON.match(text, phrase_start) if speaker == DEFER else None
            found.append(Found(None if speaker == DEFER else speaker, "reported", *content, deferred=speaker == DEFER, named_after=phrase_start,
                               by_title=speaker == DEFER and (text.startswith(("the ", "The "), phrase_start)
                                                              and "pokes" in text[phrase_start:v0] or body is not None),
                               body=body.group(1) if body else None))
            covered_until = content[1] if content[1] > v1 else covered_until
            if text[content[1]:content[1] + 6] == ", and " or text[content[1]:content[1] + 5] == " and ":
                subject = speaker  # the coordinated cue that follows has the same subject
        if added_quote and speaker != DEFER:
            found.append(Found(speaker, "direct", *added_quote[1:]))
            covered_until = s_end
        # ", adding that ...": a further statement by the same speaker.
        adding = _ADDING.search(text, v1, s_end) if _has_adding(text, v1, s_end) else None
        if adding and speaker != DEFER and not any(a <= adding.start() < b for a, b in quote_spans) and (
                _ADDING_CUE.match(text, adding.start(), adding.end()) or content is None
                or (content is not None and content[1] < adding.start())):
            extra = _trim(text, adding.end(), s_end)
            if _words(text[extra[0]:extra[1]]) >= 3 and (not found or found[-1].start != extra[0]):
                found.append(Found(speaker, "reported", *extra))
                covered_until = s_end
    # Direct quotes' cues may also carry ", adding that ...".
    for v0, speaker in used.items():
        if not (s_start <= v0 < s_end):
            continue
        adding = _ADDING_AFTER_QUOTE.search(text, v0, s_end)
        if adding and not any(a <= adding.start() < b for a, b in quote_spans):
            extra = _trim(text, adding.end(), s_end)
            if _words(text[extra[0]:extra[1]]) >= 3 and all(f.start != extra[0] for f in found):
                found.append(Found(speaker, "reported", *extra))
    return found


# A source that names no one after a cue: ", according to the readout", ", according to officials".
_UNNAMED_SOURCE = re.compile(r",\s+according\s+to\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s*){1,3}[.!?]?\s*$")
# A body's cue-last attribution closing a sentence whose own cue came first (", the Ministry of Foreign Affairs said in
# a statement."): both are statements; a person's (", Kang said" after "Trump said ...") leaves the sentence to the inner cue.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:the\s+|The\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+)*)?"
    r"(?:Ministry|Office|Embassy|Government|Presidency|Palace|Kremlin|Commission|Council|Secretariat|Department|Agency)"
    r"(?:\s+(?:of|for)(?:\s+(?:[A-Z][\w'’.-]*|of|the|and))+)?\s+(?:said|says|stated|reported|announced)"
    r"(?:\s+(?:in|on)\s+(?:a|an|the|its|his|her)\s+[a-z]+)?\s*[.!?]?\s*$")
# "... and expressed his confidence that ...", "..., and he expressed his belief that ...": a belief cue
# coordinated with the first is the same subject's own statement (a hope or belief inside the content is
# "hopes", "believes", which stay part of it).
_AND_BELIEF = re.compile(r",?\s+and(?:\s+(?:he|she))?\s+$")
_BELIEF_CUE = re.compile(r"(?:expressed|voiced)\s")
_OWN_BELIEF = re.compile(r"\w+\s+(?:his|her)\s")
# "..., his spokesman X said": a role the speaker holds for someone named before, between the comma and the name
_OWNER_ROLE_END = re.compile(r",\s+(?:his|her|its|their)(?:\s+[a-z][\w-]*){0,3}$")
# The speaker's own act coordinated after the content: "said that ... and wished ...", "... but stopped short of ..."
# (also an appeal: "warned that ... and asked residents to avoid ...", "... and urged citizens to ...": an act)
# (and by a participle: "told citizens that ..., urging young people to take up ..."; an invitation: "expressed hope
# that ..., and invited his counterpart to pay an official visit")
_OWN_ACT_AFTER = re.compile(r",?\s+(?:and|but)\s+(?:(?:he|she)\s+)?(?:(?:wished|stopped\s+short|thanked|congratulated)\b|"
                            r"(?:asked|urged|called\s+on|appealed\s+to|invited)\s+(?:[\w'’-]+\s+){1,6}?to\s+[a-z])"
                            r"|,\s+(?:urging|calling\s+on|appealing\s+to)\s+(?:[\w'’-]+\s+){1,6}?to\s+[a-z]")
_SPEECH_AND = {"said", "added", "stated"}  # ("... and hopes ...", "... and believes ...": still the content)
_CAPITALISED_END = re.compile(r"\b[A-Z][\w'’.-]*$")  # "... Xi and Modi said": two subjects, not a second cue
_ADDING_COLON = re.compile(r",\s+adding:\s*")


def _added_quote(text: str, lo: int, hi: int, quote_spans: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """"X said that ..., adding: “...”": where the reported clause ends, and the quotation after
    "adding:" (without its marks), the same speaker's direct statement."""
    colon = _ADDING_COLON.search(text, lo, hi) if text.find("adding:", lo, hi) >= 0 else None
    if colon is None or any(a <= colon.start() < b for a, b in quote_spans):
        return None
    quote = next(((a, b) for a, b in quote_spans if a == colon.end()), None)
    if quote is None or _words(text[quote[0] + 1:quote[1] - 1]) < _MIN_QUOTE_WORDS:
        return None  # a quotation of a few words is a term
    return (colon.start(), *_trim(text, quote[0] + 1, quote[1] - 1))


# "..., during which he", "..., where she", "..., at which he": a pronoun opening a relative clause
_IN_WHICH_PRONOUN_END = re.compile(r"\s(?:message|letter|address|speech|statement)\s+(?:[a-z]+\s+){0,4}?in\s+which\s+(?:he|she)$")
_RELATIVE_PRONOUN_END = re.compile(r",\s+(?:during|at|in|after)\s+which\s+(?:he|she)$|,\s+where\s+(?:he|she)$")
# A ministry named by its portfolios, listed with commas: "the Ministry of Foreign Affairs, Foreign Trade and Immigration"
_PORTFOLIO_BODY = re.compile(r"\s*(?:[Tt]he\s+)?(?P<name>(?:Ministry|Department)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                             r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*")
_MESSAGE_BEFORE = re.compile(r",\s+the\s+(?:message|letter|cable|telegram)\s+$")
_ADDING_AFTER_QUOTE = re.compile(r",\s+(?:adding|noting|stressing)\s+(?:that\s+)?")


def _inverted(ctx: Context, s_start: int, s_end: int, v0: int, v1: int, mentions: list[Mention],
              quote_spans: list[tuple[int, int]]) -> Found | None:
    """"..., said X, title." : reported speech with the cue before its speaker."""
    text: str = ctx.text
    if ctx.text[v0:v1] not in ("said", "added", "noted", "stressed", "says"):
        return None
    before = text[s_start:v0].rstrip()
    if not before.endswith(",") or _words(before) < 4:
        return None
    speaker = next((m for m in mentions if m.start >= v1 and text[v1:m.start].strip() == ""), None)
    if speaker is None or not _DAY_ONLY.fullmatch(text[speaker.end:s_end]):
        return None
    start, end = _trim(text, s_start, s_start + len(before) - 1)
    if any(a <= start < b for a, b in quote_spans):
        return None
    return Found(speaker.actor, "reported", start, end)


def _opening_subject(ctx: Context, s_start: int, limit: int, mentions: list[Mention]) -> int | None:
    """The subject opening a sentence ("The Mexican leader had announced ..., and said ..."): the
    longest of its first few words that names an actor."""
    text: str = ctx.text
    opening = _OPENING_ADVERBIAL.match(text, s_start, limit)
    if opening:  # "In a brief ceremony at the palace, X thanked ... and said ...": X
        s_start = opening.end()
    ends = [m.end() for m in _WORD_END.finditer(text, s_start, min(limit, s_start + 80))]
    for end in reversed(ends[:6]):
        who, _ = resolve_span(ctx, s_start, end, mentions, whole=True)
        if who is not None and who >= 0:
            return who
    return None


_WORD_END = re.compile(r"[\w'’.-]+")
_OPENING_ADVERBIAL = re.compile(r"\s*(?:In|At|During|On|After|Before|Speaking|Addressing)\b[^,;:“”\"]{0,80},\s+(?=[A-Z])")


def saying_after_message(ctx: Context, s_start: int, s_end: int, sender: int,
                         quote_spans: list[tuple[int, int]]) -> Found | None:
    """"X sent a message to Y, saying (that) ...": the message's content, by its sender."""
    saying = _SAYING.search(ctx.text, s_start, s_end)
    if not saying or any(a <= saying.start() < b for a, b in quote_spans):
        return None
    start, end = _trim(ctx.text, saying.end(), s_end)
    return Found(sender, "reported", start, end) if _words(ctx.text[start:end]) >= 3 else None


# (also without the comma: "has written to Y confirming that ..."; "writing on social media (in a post) that ...": where
# the words were written, then what)
_SAYING = re.compile(r"(?:,\s+|\s+(?=confirming\s+that\b))(?:saying|stressing|noting|(?:adding|affirming|confirming|emphasi[sz]ing|underlining|"
                     r"writing(?:\s+(?:on|in)\s+[^,;.“”\"]{1,40}?)?|assuring\s+(?:him|her|them))(?=\s+that\b)|expressing\s+(?:(?:the|his|her)\s+)?(?:belief|hope|confidence))\s+(?:that\s+)?")


def according_to(ctx: Context, s_start: int, s_end: int, mentions: list[Mention]) -> Found | None:
    """"According to X, ..." and "..., according to X." attribute the clause to X."""
    text: str = ctx.text
    lead = _ACCORDING_LEAD.match(text, s_start, s_end)
    if lead:
        pronoun = {"him": "he", "her": "she"}.get(lead.group("who"))
        # ("According to him, ...": the person last spoken of, as "he said")
        speaker = pronoun_referent(ctx, pronoun, lead.start("who")) if pronoun else \
            resolve_span(ctx, lead.start("who"), lead.end("who"), mentions, whole=True)[0]
        if speaker is not None and speaker >= 0:
            start, end = _trim(text, lead.end(), s_end)
            if _words(text[start:end]) >= 3:
                return Found(speaker, "reported", start, end)
        return None
    tail = _ACCORDING_TAIL.search(text, s_start, s_end) or _LEARNED_TAIL.search(text, s_start, s_end)
    if tail:
        # "according to a statement by the Directorate on Saturday": the day is the statement's, not the name's
        when = _WHO_WHEN.search(text, tail.start("who"), tail.end("who"))
        speaker, _ = resolve_span(ctx, tail.start("who"), when.start() if when else tail.end("who"), mentions, whole=True)
        if speaker is not None and speaker >= 0:
            start, end = _trim(text, s_start, tail.start())
            if _words(text[start:end]) >= 3:
                return Found(speaker, "reported", start, end)
    return None


# ("according to data (figures, a statement, a report) from X": X; "according to the message of X": X, its writer)
_SOURCE_OF = (r"(?:(?:data|figures|statistics|a\s+statement|a\s+report|information|"
              r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:message|letter|telegram|cable))\s+(?:from|by|of|released\s+by)\s+)?")
_ACCORDING_LEAD = re.compile(r"\s*According\s+to\s+" + _SOURCE_OF + r"(?P<who>[^,]{2,120}?),\s*")
# "..., BelTA learned from the press service of the president.": the source is the speaker.
_LEARNED_TAIL = re.compile(r",\s+(?:the\s+[a-z]+\s+|(?:[A-Z][\w.-]*\s+){1,3})(?:learned|learnt|has\s+learned|was\s+told)\s+(?:from|by)\s+(?P<who>[^,.]{2,120}?)\s*\.?\s*$")
_WHO_WHEN = re.compile(r"\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|"
                       r"earlier|later|last\s+week)(?:\s+(?:morning|afternoon|evening|night))?$")
_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+" + _SOURCE_OF + r"(?P<who>[^,.]{2,120}?)\s*\.?\s*$")


def is_roundup_sender(ctx: Context, speaker: int, s_start: int) -> bool:
    """A leader introduced by full name in a roundup is a sender to the person congratulated."""
    actor = ctx.registry.actors[speaker]
    if actor.kind != "person" or actor.first < s_start or len(actor.words) < 2:
        return False
    titles = " ".join(actor.titles)
    return bool(_LEADER_TITLE.search(titles)) and not _NON_LEADER_TITLE.search(titles)
