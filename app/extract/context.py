"""Reading state shared by the message and statement rules, and reference resolution.

A subject or party phrase ("Chinese Premier Li Qiang", "he", "the Chinese president",
"the Kremlin press service", "the message", "a Chinese Foreign Ministry spokesperson")
resolves to an actor index, to DEFER (an indefinite role bound to the next person
introduced, as in "..., a spokesperson said. Spokesperson Lin Jian made the remarks"),
or to None. Groups ("the leaders", "the two sides") resolve only to a group actor the
article set up as a sender or recipient ("students at ..." then "the students").
A body's head noun with "the" ("the ministry", "the government") is the body last named with it
("Ministry of Foreign Affairs"), or the national body the article named before without giving it
words ("The Spanish government rejected ... the government said": the Spanish government). The
abbreviated styles "HM", "HH", "HRH", "HE" before a role noun are left aside ("HM the King said"), as is a
form of address before an office naming a party ("to His Highness the Amir of Kuwait", "to HE President of
Y"). In a roundup, a party's role noun is the person congratulated where it fits him or no one named yet.
"X, in a letter delivered by Y, expressed ..." is X's: the aside is skipped.
A body named with the place it sits in ("the Bangladesh High Commission in Kuala Lumpur said", also as the source
of "a press release of ...") is that body, named with its place, before the place is read as a name.
An office of a state as a party ("thanks in reply to the King of Saudi Arabia, the Amir of Kuwait")
is the person holding that office for that state. "The head of the Russian state" with no one so titled
is the untitled person in focus, as "the President of Russia" is. A role noun that fits several people
is the person in focus where he fits ("X also sent a message to President Y. The President stated
that ...": X), else the most recent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.countries import city_country, country_in, is_country_name
from app.extract.lexicon import HONORIFICS, OFFICE_WORDS, PORTFOLIO_WORDS, PRONOUNS, SEAT_WORDS, TITLE_WORDS
from app.extract.names import ORG_LOWER_WORDS, Mention, Registry, fold, is_org_phrase, organization_forms

DEFER = -1

_SPACE_COMMA = re.compile(r"[\s,]*")
_TRAILING_ADVERBIAL = re.compile(
    r"(?=[\s,])(?:,?\s+(?:also|then|further|again|later|earlier|previously|today|yesterday|separately|in turn|has|have|had|"
    r"on\s+(?:the\s+same\s+day|\w+day|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)|"
    r"in\s+(?:his|her|its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:message|letter|card|telegram|cable|reply|note|"
    r"statement|speech|address|remarks|tweet|post|press\s+release|interview|video|article)|"
    r"in\s+(?:his|her|its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:message|letter|card|telegram|cable|reply)\s+to\s+[^,]{1,60}?|"
    r"(?:in\s+(?:his|her|its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:post|message|statement|video)\s+)?on\s+(?:his|her|its|their|the\s+)?"
    r"(?:social\s+(?:media|network)\s+)?(?:X|Twitter|Facebook|Telegram|Instagram|Weibo|WeChat|LinkedIn|YouTube|TikTok|VK|"
    r"social\s+media)(?:\s+(?:account|page|channel))?|"
    r"meanwhile|however|too|for\s+(?:his|her|its|their)\s+part))+"
    r"[\s,]*$"
)
_ADVERBIAL_LAST = {
    "also", "then", "further", "again", "later", "earlier", "previously", "today", "yesterday", "separately",
    "turn", "has", "have", "had", "day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "message", "letter", "card", "telegram", "reply", "note", "statement", "speech", "address", "remarks",
    "cable", "tweet", "post", "release", "interview", "video", "article", "meanwhile", "however", "too", "part",
}
_MESSAGE_WORDS = ("message", "letter", "telegram", "cable", "greeting", "greetings", "card", "reply")
_OWNED_MESSAGE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:message|letter|telegram|cable|greetings?|card|reply)$")
_NON_SPACE = re.compile(r"\S+")
_ADDRESS_WORDS = {"Majesty", "Majesties", "Highness", "Holiness", "Excellency"}
_ORG_TAIL_WORDS = {"Ministry", "Office", "Committee", "Council", "Embassy", "Government", "Cabinet", "Secretariat",
                   "Commission", "Agency", "Department", "Kremlin", "Pentagon", "House", "Presidency", "Palace",
                   "Parliament", "Assembly", "Affairs", "Directorate", "Service", "Administration", "Bureau",
                   "Party", "Front", "Federation", "Union", "Organization", "Organisation", "Institute", "Chamber",
                   "Society", "Fund", "Programme", "Association", "Court", "Authority", "Corporation",
                   "Street", "Division"} | SEAT_WORDS  # "Downing Street said", "the Farnesina said": the seat of
# government for it; "the President's Media Division (PMD) said": a press office by its unit
# A body named before its verb: capitalised words, possibly joined by "of/the/and/for",
# ending with a head noun ("China's Ministry of Foreign Affairs said").
_ORG_TAIL = re.compile(
    r"(?:^|[\s,])((?:[A-Z][\w.-]*(?:['’]s)?\s+)(?:(?:[A-Z][\w.-]*(?:['’]s)?|of|the|and|for)\s+){0,6}"
    r"(?:" + "|".join(sorted(_ORG_TAIL_WORDS)) + r"))$"
)
# A body whose name runs past its head noun: "Kyrgyzstan's Ministry of Emergency Situations said", "the State
# Department of Social Welfare said" (the head noun then an "of/for" complement in capitals)
_ORG_OF_HEADS = ("Ministry", "Department", "Office", "Committee", "Commission", "Agency", "Council", "Institute",
                 "Bureau", "Directorate", "Service", "Secretariat", "Authority", "Administration")
_ORG_OF_TAIL = re.compile(
    r"(?:^|[\s,])((?:[A-Z][\w.-]*(?:['’]s)?\s+){0,3}(?:" + "|".join(_ORG_OF_HEADS) + r")\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and))*)$")
_MESSAGE_TO_END = re.compile(r"\b(?:message|letter|telegram|cable)\s+to\s+$")
# A body named with the place it sits in, alone or as the source of a release: "the Bangladesh High Commission in
# Kuala Lumpur", "a press release of China's Embassy in Lima"
_ORG_IN_PLACE = re.compile(
    r"(?:^|[\s,])(?:[Tt]he\s+|(a\s+(?:press\s+release|statement|communiqu[ée]|note)\s+(?:of|from|by|issued\s+by)\s+(?:the\s+)?))?"
    r"((?:[A-Z][\w.-]*(?:['’]s)?\s+)(?:(?:[A-Z][\w.-]*(?:['’]s)?|of|the|and|for)\s+){0,6}"
    r"(?:" + "|".join(sorted(_ORG_TAIL_WORDS)) + r")\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)
# A body named in lower case with its seat: "the presidential palace in Lima", "the foreign ministry in Ankara"
_LOWER_BODY_IN_PLACE = re.compile(
    r"(?:^|[\s,])(?:the|The)\s+((?P<body>(?:[a-z][\w-]*\s+){0,2}(?:office|ministry|government|embassy|presidency|palace|"
    r"press\s+service|press\s+office))\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))$")
# A state's own body named with "official" or "state(-run)": "North Korea's official Korean Central News Agency (KCNA)",
# "the state-run Syrian Arab News Agency"
_OFFICIAL_BODY = re.compile(
    r"(?:^|[\s,])(?:(?:the|The)\s+|(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+)"
    r"(?:official|state|state-run|state-owned|government-run)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the))*?\s+(?:" + "|".join(sorted(_ORG_TAIL_WORDS)) + r"))"
    r"(?:\s+\((?P<acr>[A-Z]{2,8})\))?$")
# ("the Chief Adviser's press wing said": an office's press unit)
_PRESS_BODY = re.compile(r"(?:^|[\s,])((?:[A-Z][\w'’-]*\s+){1,3}press\s+(?:service|office|wing|secretariat))$")
# ("..., Ots' office said", "Tammsaar's office said": the office of a person named before)
_PERSONS_OFFICE = re.compile(r"(?:^|[\s,])((?P<holder>[A-Z][\w-]*)(?:['’]s|(?<=s)['’])\s+office)$")
_ROYAL_FORM = re.compile(r"\b(?:King|Queen|Sultan|Emir|Agong|Majesty|Highness|Prince|Princess|Emperor|Empress)\b")
_ADDRESS_END = re.compile(r"(?:^|[\s,])((?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Majesties|Highness|Holiness|Excellency))$")
# The abbreviated styles of Gulf and Moroccan copy before a role noun: "HM the King", "HH the Amir".
_STYLE_ABBREVIATION = re.compile(r"(?:HM|HH|HRH|HE|HMK)\s+")
_PRONOUN_END = re.compile(r"(?:^|[\s,(])(he|she|He|She)$")
_DET_PHRASE = re.compile(r"(?:^|[\s,])((?:the|The|a|A|an|An|its|Its)\s+[^,;:]{1,80})$")
# "The message reads", "the text says": words of the message, by its writer
# (also where it was published: "the message posted on the presidential website reads")
_MESSAGE_REF = re.compile(r"^(?:the|The)\s+(?:\w+\s+)?(message|messages|letter|greeting|greetings|telegram|cable|cables|card|cards|reply|text)"
                          # "the message of condolence reads": the kind after the noun
                          r"(?:\s+of\s+(?:condolences?|sympathy|congratulations?|greetings?|thanks))?"
                          r"(?:\s+(?:posted|published|released|carried)\s+(?:on|by|in)\s+[^,;:]{1,60})?$")
_GROUP = re.compile(r"^(?:the|The)\s+(students|pupils|children|youth|teachers|scholars|members|veterans|workers|participants|leaders|two sides|sides|people)$")
_SPOKESPERSON = re.compile(r"[Ss]pokes(?:man|woman|person)")
# A statement cited by the body that issued it, named before the noun ("a Royal Hashemite Court statement")
_BODY_STATEMENT = re.compile(r"(?:a|an)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:statement|press\s+release|readout|communiqu[ée])")
# (not "a source in Muscat said": a source the article leaves unnamed, never the next person introduced)
_INDEFINITE_ROLE = re.compile(r"\b(?:spokesperson|spokesman|spokeswoman|official|officials|diplomat|representative)\b", re.IGNORECASE)


@dataclass
class MessageRecord:
    sender: int
    recipient: int
    kind: str
    occasion: str | None
    start: int
    end: int
    implied: bool = False  # a roundup leader's message told only by his words, to the roundup's recipient


@dataclass
class Context:
    text: str
    registry: Registry
    focus: int | None = None
    messages: list[MessageRecord] = field(default_factory=list)
    last_senders: list[int] = field(default_factory=list)
    last_recipients: list[int] = field(default_factory=list)
    roundup: tuple[list[int], str, str | None] | None = None
    last_exchange: tuple[str, str | None] | None = None  # (noun, occasion) of the last exchange reported
    message_quotes: list[int] | None = None  # where sentences quote a message ("In his message, ..."), once known
    lead_occasion: str | None = None
    call_context: bool = False  # the article reports a call, talks or a meeting
    unnamed_send: tuple[str, str | None] | None = None  # (noun, occasion) of messages sent to people left unnamed
    unsigned: tuple[list[int], str | None] | None = None  # (recipients, occasion) of a letter whose writers are unnamed
    states_in_order: list[tuple[str | None, str]] = field(default_factory=list)  # "the presidents of A and B": (code, office)

    def add_message(self, sender: int, recipient: int, kind: str, occasion: str | None, start: int, end: int) -> None:
        if sender == recipient or sender < 0 or recipient < 0:
            return
        for m in self.messages:
            if m.sender == sender and m.recipient == recipient:
                if m.kind == kind or kind == "letter":
                    return
                if m.kind == "letter":  # a later sentence tells what the letter was for
                    m.kind, m.occasion = kind, occasion or m.occasion
                    return
        if self.registry.actors[recipient].kind == "person":
            # a leader's roundup message to a state, implied by his words, gives way to his own message to a person of
            # that state (GUIDELINES: a state only where no person is named)
            state = self.registry.country_of(recipient)
            self.messages = [m for m in self.messages if not (
                m.implied and m.sender == sender and self.registry.actors[m.recipient].kind == "state"
                and state in (None, self.registry.country_of(m.recipient)))]
        self.messages.append(MessageRecord(sender, recipient, kind, occasion, start, end))
        self.registry.actors[sender].used = True
        self.registry.actors[recipient].used = True

    def message_between(self, sender: int, recipient: int) -> MessageRecord | None:
        return next((m for m in self.messages if m.sender == sender and m.recipient == recipient), None)


_WHICH_PRONOUN_END = re.compile(r"\b(?:which|whom)\s+(?:he|she|it|they)$")
# (also "A Commission spokesperson, asked about the letter on Tuesday, said": a question put to the speaker)
# (not "..., after which government spokesperson Y told": a clause of its own, Y its subject)
_PARTICIPIAL = re.compile(r",\s+(?:(?:when|while|after|upon)\s+(?!which\b)[a-z]+|[a-z]+ing|himself|herself|asked\s+(?:about|whether|if|why|how|what)|"
                          r"(?:signed|released|issued|delivered|dated|addressed|published|sent|handed)\s+(?:\w+\s+)?(?:by|to|on|in))\s[^,]{0,80}$")


def strip_adverbials(text: str, lo: int, hi: int) -> int:
    """The end of a subject phrase once adverbials before the verb are removed."""
    lo = max(lo, hi - 160)  # adverbials are short; bounding the window bounds the regex cost
    chunk = text[lo:hi]
    stripped = chunk.rstrip(" ,")
    comma = stripped.rfind(", ")
    if comma > 0 and stripped[comma + 2:comma + 3].islower() and _PARTICIPIAL.match(stripped, comma) \
            and not _WHICH_PRONOUN_END.search(stripped, comma):  # (", sending a message in which she said": she)
        # "The Kazakh leader, addressing a ceremony in Akmola, said", "X, himself re-elected, wrote",
        # "X, when met by reporters after an event in Y, said", "The message, signed by the President and released by
        # the Presidency, said" (the message's words, its writer's):
        # a participial clause in commas
        stripped = stripped[:comma]
        chunk = stripped
    last = stripped[stripped.rfind(" ") + 1:].lower()
    if last not in _ADVERBIAL_LAST and not last[:1].isdigit() and " in " not in chunk:
        return lo + len(stripped)  # the common case: no adverbial before the verb
    match = _TRAILING_ADVERBIAL.search(chunk)
    end = lo + (match.start() if match else len(chunk.rstrip()))
    while end > lo and text[end - 1] in " ,":
        end -= 1
    return end


def resolve_phrase(ctx: Context, lo: int, end: int, mentions: list[Mention], whole: bool = False) -> int | None:
    """The actor named by the phrase ending at `end` (starting at `lo` if `whole`)."""
    return resolve_span(ctx, lo, end, mentions, whole)[0]


def resolve_span(ctx: Context, lo: int, end: int, mentions: list[Mention], whole: bool = False) -> tuple[int | None, int]:
    """(actor, start of the phrase naming it) for the phrase ending at `end`."""
    text: str = ctx.text
    if not whole and ", who" in text[max(lo, end - 200):end]:
        # "X of Nigeria, who is also chairman of ..., said", "Zelenska, who earlier met Metsola, told",
        # "Green, whose state has ..., said": X
        clause_lo = max(lo, end - 200)  # (a who clause may run long: "who read the message on behalf of ... at ...")
        chunk = text[clause_lo:end]
        clause = max(chunk.rfind(", who "), chunk.rfind(", whose "))
        if "," not in chunk[clause + 1:]:
            who, start = resolve_span(ctx, clause_lo, clause_lo + clause, mentions)
            if who is not None:
                return who, start
            named = [m for m in mentions if clause_lo <= m.name_start and m.name_end <= clause_lo + clause]
            if named and _OF_PLACE.fullmatch(text, named[-1].end, clause_lo + clause):
                return named[-1].actor, named[-1].start
    if not whole and ", in " in text[max(lo, end - 160):end]:
        # "X, in a letter delivered by his envoy Y, expressed ...": X, the subject before the aside
        aside = _ASIDE_END.search(text, max(lo, end - 160), end)
        if aside and not _ACCORDING_OPENING.match(text, lo, aside.start()):
            # (not "According to the Chancellery, in his letter X said": the source opens, X is the subject)
            who, start = resolve_span(ctx, lo, aside.start(), mentions)
            if who is not None:
                return who, start
    if not whole and (", read " in text[max(lo, end - 160):end] or ", delivered " in text[max(lo, end - 160):end]):
        # "The message, read on his behalf by Minister Y, stressed that ...": who reads or delivers a message is not
        # its writer (GUIDELINES); the subject before the aside
        aside = _BEARER_ASIDE.search(text, max(lo, end - 160), end)
        if aside:
            who, start = resolve_span(ctx, lo, aside.start(), mentions)
            if who is not None:
                return who, start
    if " in " in text[max(lo, end - 160):end]:
        # "the Bangladesh High Commission in Kuala Lumpur said", "a press release of China's Embassy in Lima said":
        # the body with its place (before the place is read as a name)
        p_lo = lo if whole else max(lo, end - 160)
        p_chunk = text[p_lo:end]
        p_segment = max(p_chunk.rfind(","), p_chunk.rfind(";"), p_chunk.rfind(":")) + 1
        placed = _ORG_IN_PLACE.search(p_chunk, max(0, p_segment - 1))
        if placed and (not whole or p_chunk[:placed.start()].strip(" ,") == ""):
            name = placed.group(2)
            index = ctx.registry.organization(name, [name[:name.rfind(" in ")]], p_lo + placed.start(2))
            actor = ctx.registry.actors[index]
            found, code = country_in(name[:name.rfind(" in ")])
            if found and not actor.country_known:
                actor.country, actor.country_known = code, True
            return index, p_lo + placed.start() + (p_chunk[placed.start()] in " ,")  # (the phrase with its "the")
        lower = _LOWER_BODY_IN_PLACE.search(p_chunk, max(0, p_segment - 1))
        if lower and (not whole or p_chunk[:lower.start()].strip(" ,") == ""):
            # "the presidential palace in Lima said": a body of the state whose city it sits in
            name = lower.group(1)
            index = ctx.registry.organization(name, [lower.group("body")], p_lo + lower.start(1))
            actor = ctx.registry.actors[index]
            code = city_country(lower.group("place")) or country_in(lower.group("place"))[1]
            if code and not actor.country_known:
                actor.country, actor.country_known = code, True
            return index, p_lo + lower.start() + (p_chunk[lower.start()] in " ,")
    for m in reversed(mentions):
        if m.end == end or m.name_end == end or (m.end > end and m.name_end <= end and text[m.name_end:end].strip(" ,") == ""):
            if m.name_start < lo:
                continue
            if text.endswith((" of ", " for "), max(lo, m.name_start - 5), m.name_start) and _ORG_OF_TAIL.search(
                    text, max(lo, m.name_start - 80), end):
                break  # "Kenya's Ministry of Water Resources said": the body, not a person "Water Resources"
            start = max(m.start, lo)
            if text[start - 3:start] == "to " and _MESSAGE_TO_END.search(text, max(lo, start - 40), start):
                # "the message to Erdogan reads": the writer of the message to that person
                writer = next((r.sender for r in reversed(ctx.messages) if r.recipient == m.actor), None)
                if writer is not None:
                    return writer, lo
            if not whole and (", a " in text[max(lo, start - 80):start] or ", an " in text[max(lo, start - 80):start]):
                # "X, a trade analyst at the consultancy Y, told ...": X, whose place of work Y is
                member = _AFFILIATED_NAMED.search(text, max(lo, start - 80), start)
                person = next((p for p in reversed(mentions) if member and p.name_end == member.start()
                               and ctx.registry.actors[p.actor].kind == "person"), None)
                if person:
                    return person.actor, person.start
            if not whole or _SPACE_COMMA.fullmatch(text, lo, start) or _only_title_words(text[lo:start]) or (
                    m.start < m.name_start and _LOWER_TITLE_OPENING.fullmatch(text, lo, start)
                    and " of " not in text[lo:start]):
                return m.actor, start
    lo = max(lo, end - 120) if not whole else lo
    chunk = text[lo:end]
    owned = _OWNED_MESSAGE.search(chunk) if chunk.endswith(_MESSAGE_WORDS) else None
    if owned:  # "Xi's message said ...": the message's writer
        for m in reversed(mentions):
            if m.name_start < lo + owned.start() <= m.name_end:
                return m.actor, max(m.start, lo)
    if chunk.endswith(", who") and not whole:  # "..., US President Joe Biden, who wrote that ..."
        return resolve_span(ctx, lo, end - 5, mentions)
    tail = chunk[-4:]
    pron = _PRONOUN_END.search(chunk) if tail.endswith(("he", "He")) else None
    if pron:
        if whole and chunk.strip() != pron.group(1):
            return None, end
        who = pronoun_referent(ctx, pron.group(1).lower(), lo + pron.start(1))
        return (who, lo + pron.start(1)) if who is not None else (None, end)
    # Phrases never span a comma: the searches start after the last one.
    segment = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":")) + 1
    last_word = chunk[chunk.rfind(" ") + 1:]
    address = _ADDRESS_END.search(chunk, max(0, segment - 1)) if last_word in _ADDRESS_WORDS else None
    if address:  # "His Majesty said": the person so addressed
        if whole and chunk.strip() != address.group(1):
            return None, end
        return addressed(ctx, address.group(1), lo + address.start(1)), lo + address.start(1)
    official = _OFFICIAL_BODY.search(chunk, max(0, segment - 1)) if (
        "official " in chunk or "state" in chunk) else None
    if official and (not whole or chunk[:official.start()].strip(" ,") == ""):
        # "North Korea's official Korean Central News Agency (KCNA) reported": the body, of that state
        name = official.group("name")
        index = ctx.registry.organization(name, [official.group("acr")] if official.group("acr") else [],
                                          lo + official.start("name"))
        actor = ctx.registry.actors[index]
        code = is_country_name(official.group("state")) if official.group("state") else None
        if code and not actor.country_known:
            actor.country, actor.country_known = code, True
        return index, lo + official.start() + (chunk[official.start()] in " ,")
    possessed = _STATES_LOWER_BODY.search(chunk, max(0, segment - 1)) if chunk.endswith(("ministry", "department")) else None
    code = is_country_name(possessed.group("state")) if possessed and (
        not whole or chunk[:possessed.start()].strip(" ,") == "") else None
    if code:  # "Norway's fisheries ministry said": the state's ministry, as the text names it
        index = ctx.registry.organization(possessed.group("name"), [], lo + possessed.start("name"))
        actor = ctx.registry.actors[index]
        if not actor.country_known:
            actor.country, actor.country_known = code, True
        return index, lo + possessed.start("name")
    described = _ACRONYM_DESCRIBED.search(chunk, max(0, segment - 1)) if chunk[-1:].islower() else None
    if described and (not whole or chunk[:described.start()].strip(" ,") == ""):
        # "the KTR rail operator said": the body by its acronym, what it is told after it
        return ctx.registry.organization(described.group("acr"), [], lo + described.start("acr")), lo + described.start()
    det = _DET_PHRASE.search(chunk, max(0, segment - 1))
    if det and not whole and text.endswith((" of ", " at "), lo, lo + det.start(1)):
        # "X of the University of Y said", "X, a fellow at the Institute for Z, said": the person, not the body
        member = _AFFILIATED.search(text, max(0, lo - 80), lo + det.start(1))
        person = next((m for m in reversed(mentions) if member and m.name_end == member.start()
                       and ctx.registry.actors[m.actor].kind == "person"), None)
        if person:
            return person.actor, person.start
    if det and last_word in ("wing", "secretariat"):
        press = _PRESS_BODY.search(chunk, max(0, segment - 1))
        if press and (not whole or chunk.strip() == det.group(1).strip()):  # "the Chief Adviser's press wing said"
            return ctx.registry.organization(press.group(1), [], lo + press.start(1)), lo + det.start(1)
    if det:
        phrase = det.group(1).strip()
        if whole and chunk.strip() != phrase and not _STYLE_ABBREVIATION.fullmatch(chunk.strip()[:-len(phrase)]):
            return None, end  # (but "HM the King said" is "the King")
        return resolve_determined(ctx, phrase, lo + det.start(1)), lo + det.start(1)
    if last_word == "office":
        office = _PERSONS_OFFICE.search(chunk, max(0, segment - 1))
        holder = next((m.actor for m in mentions if office and m.name_start == lo + office.start("holder")
                       and m.actor >= 0 and ctx.registry.actors[m.actor].kind == "person"), None)
        if holder is not None and (not whole or chunk.strip() == office.group(1)):  # "..., Ots' office said"
            index = ctx.registry.organization(office.group(1), [], lo + office.start(1))
            if not ctx.registry.actors[index].country_known:
                ctx.registry.actors[index].country = ctx.registry.country_of(holder)
                ctx.registry.actors[index].country_known = ctx.registry.actors[index].country is not None
            return index, lo + office.start(1)
    if last_word in ("service", "office"):
        press = _PRESS_BODY.search(chunk, max(0, segment - 1))
        if press and (not whole or chunk.strip() == press.group(1)):  # "Akorda press service said"
            return ctx.registry.organization(press.group(1), [], lo + press.start(1)), lo + press.start(1)
    acronym = None
    if last_word[:1] == "(" and last_word[-1:] == ")" and 2 <= len(last_word) - 2 <= 10 and last_word[1:-1].isupper():
        # "Türkiye's Disaster and Emergency Management Authority (AFAD) said": the body, its acronym an alias
        acronym, chunk = last_word[1:-1], chunk[:chunk.rfind(" ")]
        last_word = chunk[chunk.rfind(" ") + 1:]
    if last_word in SEAT_WORDS and chunk[segment:].strip() == last_word:
        # "..., Baabda said", "Itamaraty said": a seat of government, one word alone, for the body it houses
        return ctx.registry.organization(last_word, [], end - len(last_word)), end - len(last_word)
    body = _ORG_TAIL.search(chunk, max(0, segment - 1)) if last_word in _ORG_TAIL_WORDS else None
    if body is None and last_word[:1].isupper() and (" of " in chunk or " for " in chunk) and any(
            h in chunk for h in _ORG_OF_HEADS):
        body = _ORG_OF_TAIL.search(chunk, max(0, segment - 1))
    if body:  # "China's Foreign Ministry said", "Kremlin spokesman's office said"
        phrase = body.group(1)
        if whole and chunk.strip() != phrase:
            return None, end
        forms = organization_forms(phrase)
        if forms:
            aliases = [*forms[1], acronym] if acronym else forms[1]
            return ctx.registry.organization(forms[0], aliases, lo + body.start(1)), lo + body.start(1)
    if acronym:
        chunk = text[lo:end]  # (no body before the acronym: the phrase as it was)
        last_word = chunk[chunk.rfind(" ") + 1:]
    department = _PORTFOLIO_STATE.search(chunk, max(0, segment - 1)) if is_country_name(last_word) else None
    if department and all(w in _DEPARTMENT_WORDS for w in fold(department.group(1)).split()) and (
            not whole or chunk[:department.start(1)].strip(" ,") == ""):
        # "Global Affairs Canada said", "Health Canada said": a department named by its portfolio and its state
        index = ctx.registry.organization(department.group(), [], lo + department.start(1))
        actor = ctx.registry.actors[index]  # (of its state, though "Global" reads as an international body's)
        actor.country, actor.country_known = is_country_name(last_word), True
        return index, lo + department.start(1)
    kind_named = _BODY_AFTER_ITS_KIND.fullmatch(chunk, segment) if last_word[:1].isupper() else None
    if kind_named and ctx.registry.known(kind_named.group("name")) is None:
        # "Relief organisation Bridge of Hope said", "rights group X said": a body named after what it is
        return ctx.registry.organization(kind_named.group("name"), [], lo + kind_named.start("name")), lo + kind_named.start("name")
    # A bare organisation or short name: "UNICEF said", "Lavrov said".
    spans = [(m.start(), m.group()) for m in _NON_SPACE.finditer(chunk)]
    if spans and (not whole or len(spans) <= 6):
        for k in (1, 2, 3, 4):
            if k > len(spans):
                break
            form = " ".join(w for _, w in spans[-k:])
            index = ctx.registry.known(form)
            if index is None and len(spans) == k and k >= 2 and all(w in HONORIFICS for w in fold(form).split()):
                index = _honoured(ctx, fold(form).split(), lo + spans[-k][0])  # "Samdech Thipadei wrote"
            if index is not None and ctx.registry.actors[index].kind == "state" and k < len(spans) \
                    and spans[-k - 1][1][:1].isupper():
                continue  # "Air New Zealand said": a company named after the state, not the state
            if index is not None and (not whole or len(spans) == k):
                return index, lo + spans[-k][0]
    return None, end


# A body named after its kind in lower case, the sentence's subject alone: "Relief organisation Bridge of Hope",
# "the aid group X", "Rights watchdog X"
_BODY_AFTER_ITS_KIND = re.compile(r"\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Za-z][a-z-]+\s+){0,2}?"
                                  r"(?:organisation|organization|group|charity|agency|watchdog|foundation|NGO)\s+"
                                  r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&-]*){0,4})\s*")


def _honoured(ctx: Context, words: list[str], pos: int) -> int | None:
    """The person last introduced with all these honorifics ("Samdech Thipadei" for a
    "Samdech Moha Bovor Thipadei ..." named before)."""
    best, best_last = None, -1
    for i, actor in enumerate(ctx.registry.actors):
        if actor.kind == "person" and best_last < actor.last <= pos and any(
                all(w in fold(form).split() for w in words) for form in actor.aliases):
            best, best_last = i, actor.last
    return best


# A department named by its portfolio before its state's name ("Global Affairs Canada", "Health Canada")
_PORTFOLIO_STATE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w-]*\s+){1,2})[A-Z][\w-]*$")
_DEPARTMENT_WORDS = PORTFOLIO_WORDS | {"global", "affairs", "foreign", "statistics", "public", "safety", "heritage",
                                      "immigration", "revenue", "defence", "defense", "finance", "justice", "security"}
_AFFILIATED = re.compile(r"(?:,\s+(?:a|an|the)\s+[^,]{1,60}?)?\s+(?:of|at)\s+$")
# (and before a body's name: "X, an analyst at the consultancy Y", "X, a partner with Y")
_AFFILIATED_NAMED = re.compile(r",\s+(?:a|an)\s+[^,]{1,60}?\s+(?:of|at|with)\s+(?:the\s+(?:[a-z]+\s+){0,2})?$")
_OF_PLACE = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?")


def pronoun_referent(ctx: Context, pronoun: str, pos: int) -> int | None:
    """"he"/"she": the actor in focus, unless its known gender disagrees; then the most
    recently mentioned person whose gender does not."""
    gender = PRONOUNS.get(pronoun)
    actors = ctx.registry.actors
    if ctx.focus is not None and actors[ctx.focus].kind == "person" and actors[ctx.focus].gender in (None, gender):
        if actors[ctx.focus].gender is None and gender:
            actors[ctx.focus].gender = gender
        return ctx.focus
    best, best_last, unknown, unknown_last = None, -1, None, -1
    for i, actor in enumerate(actors):
        if actor.kind != "person" or actor.last > pos:
            continue
        if actor.gender == gender and actor.last > best_last:
            best, best_last = i, actor.last
        elif actor.gender is None and actor.last > unknown_last:
            unknown, unknown_last = i, actor.last
    if best is not None and unknown is not None and unknown_last > best_last and ctx.focus is not None \
            and (actors[ctx.focus].kind != "person" or unknown_last > actors[ctx.focus].last):
        # after a body spoke, "he" is the person last named ("Governor X called for ... "..." he told journalists"),
        # not an earlier one whose gender the article told; so too after "she" spoke, where a person named since
        # ("Opposition Leader X, in a brief statement, called on ... He said ...") is not "she"
        return unknown
    return best if best is not None else unknown


def learn_gender(ctx: Context, actor: int | None, word: str) -> None:
    """Possessives and forms of address tell a person's gender ("on her election", "Ms.")."""
    if actor is None or actor < 0:
        return
    gender = PRONOUNS.get(word.lower()) or {"mr": "m", "mrs": "f", "ms": "f", "madam": "f"}.get(word.lower().rstrip("."))
    record = ctx.registry.actors[actor]
    if gender and record.kind == "person" and record.gender is None:
        record.gender = gender


def addressed(ctx: Context, address: str, pos: int) -> int | None:
    """The most recent person introduced with this form of address, else a head of state."""
    key = fold(address)
    best, best_last = None, -1
    for i, actor in enumerate(ctx.registry.actors):
        if actor.kind == "person" and best_last < actor.last <= pos and any(
                fold(form).startswith(key) for form in actor.aliases):
            best, best_last = i, actor.last
    if best is None:  # no one introduced so: the last person with a royal form of address
        for i, actor in enumerate(ctx.registry.actors):
            if actor.kind == "person" and best_last < actor.last <= pos and any(
                    _ROYAL_FORM.search(form) for form in actor.aliases):
                best, best_last = i, actor.last
    return best if best is not None else ctx.registry.role("the head of state", pos)


def resolve_determined(ctx: Context, phrase: str, pos: int) -> int | None:
    """Phrases with a determiner: role nouns, bodies, the message, indefinite spokespeople."""
    first = phrase.split()[0].lower()
    if first in {"a", "an"}:
        cited = _BODY_STATEMENT.fullmatch(phrase) if phrase[-1] in "tseé" else None
        if cited and is_org_phrase(cited.group(1)):  # "..., a Royal Hashemite Court statement said": that body's words
            forms = organization_forms(cited.group(1))
            return ctx.registry.organization(forms[0], forms[1], pos) if forms else None
        return DEFER if _INDEFINITE_ROLE.search(phrase) else None
    if _MESSAGE_REF.match(phrase):
        return ctx.last_senders[0] if len(ctx.last_senders) == 1 else None
    group = _GROUP.match(phrase)
    if group:
        return ctx.registry.by_form.get(fold(phrase))
    if _STATEMENT_REF.fullmatch(phrase):
        return _statement_source(ctx, pos)
    index = ctx.registry.by_form.get(fold(phrase)) or ctx.registry.by_form.get(fold(phrase.split(None, 1)[-1]))
    if index is not None:
        return index
    rest = phrase.split(None, 1)[-1]
    if rest.islower() and " " not in rest and rest not in OFFICE_WORDS:  # ("the president": a person, never the
        # "Chancellery of the President")
        # "the agency said", "the ministry affirmed": the body last named with that head noun
        # ("... News Agency", "Ministry of Foreign Affairs")
        # (also "the ministry" of "UAE Ministry of Foreign Affairs": a state's name before the body's head)
        bodies = [i for i, a in enumerate(ctx.registry.actors)
                  if a.kind == "organization" and a.last <= pos and (
                      a.name.lower().endswith(f" {rest}") or a.name.lower().startswith(f"{rest} of ")
                      or f" {rest} of " in a.name.lower()
                      and country_in(a.name[:a.name.lower().find(f" {rest} of ")])[0])]
        if bodies:
            return max(bodies, key=lambda i: ctx.registry.actors[i].last)
        if rest in _BODY_HEADS:
            # "The Spanish government rejected ... the government said": the body named before,
            # though not as a speaker
            named = None
            for named in _DEMONYM_BODY.finditer(ctx.text, 0, pos):
                pass
            if named and country_in(named.group(1))[0]:
                return ctx.registry.organization(named.group(1), [], pos)
    if _BODY_OF.match(rest):  # "the press service of the president", "the provincial government of X"
        forms = organization_forms(rest) if rest[0].isupper() else None  # ("the Ministry of X (MOFA)": its acronym)
        return ctx.registry.organization(forms[0], forms[1], pos) if forms else ctx.registry.organization(rest, [], pos)
    last = fold(rest).split()[-1] if fold(rest) else ""
    if last in OFFICE_WORDS or last in {"leader", "elect", "designate", "host"}:
        role = ctx.registry.role(phrase, pos, prefer=ctx.focus)  # "the Government leader", "the Iranian president-elect"
        if role is None and _SPOKESPERSON.fullmatch(rest):
            return DEFER  # "the Spokesman said" before any is named: the spokesman named next (a release's sign-off)
        if role is None and not any(a.kind == "person" and a.first <= pos for a in ctx.registry.actors) \
                and country_in(rest)[0]:
            return DEFER  # "The Turkish president says ..." in a standfirst, before anyone is named: the person named next
        return role
    if any(w[0].isupper() for w in rest.split()) and is_org_phrase(rest):
        forms = organization_forms(rest)
        if forms and not any(w.lower() in {"president", "premier", "minister", "king", "pope"} for w in rest.split()[-1:]):
            return ctx.registry.organization(forms[0], forms[1], pos)
    body = _LOWER_BODY.fullmatch(phrase)
    if body:  # "the presidential office said", "the Chinese foreign ministry said": a named body
        index = ctx.registry.organization(body.group(1), [], pos)
        actor = ctx.registry.actors[index]
        if not actor.country_known and ctx.registry.default_country and not country_in(body.group(1))[0]:
            actor.country, actor.country_known = ctx.registry.default_country, True
        return index
    # "X also sent a message to President Y. The President stated that ...": the subject in focus
    role = ctx.registry.role(phrase, pos, prefer=ctx.focus)
    if role is None and ctx.focus is not None and fold(rest).split()[:1] and (
            fold(rest).split()[0] in OFFICE_WORDS or fold(rest).startswith("head of")):
        # "Vladimir Putin sent ... The President of Russia noted": the untitled person in focus holds the office
        focus = ctx.registry.actors[ctx.focus]
        code = country_in(rest)[1]
        if focus.kind == "person" and not focus.titles and code and not focus.country_known:
            ctx.registry._title(ctx.focus, rest)
            return ctx.focus
    return role


# "The statement said ...": the statement the article has cited, whose source is its speaker
_STATEMENT_REF = re.compile(r"(?:the|The)\s+(?:statement|press\s+release|release|readout|communiqu[ée])")
# Where a statement's source is named: "(according to) a statement by the Directorate", "released (issued) by the
# Presidency", "the government said in a statement" (no joint statement: two sources are no one speaker).
_STATEMENT_BY = re.compile(
    r"(?:(?<!joint\s)\b(?:statement|press\s+release|readout|communiqu[ée])\s+(?:(?:issued\s+|released\s+|published\s+)?by|from)|"
    r"\b(?:released|issued|published)\s+by)\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,5})"
    r"|(?P<det>\b(?:the|The)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:said|announced)\s+in\s+a\s+statement"
    # ("..., presidential spokesman Ambassador X said in a statement": a person, after his title in lower case)
    r"|(?:^|[.,]\s+|\n)(?:[a-z][\w-]*\s+){0,3}(?P<named>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,5})\s+(?:said|announced)\s+in\s+a\s+statement")


def _statement_source(ctx: Context, pos: int) -> int | None:
    """The body whose statement the article cited last before `pos`."""
    last = None
    for last in _STATEMENT_BY.finditer(ctx.text, max(0, pos - 3000), pos):
        pass
    if last is None:
        return None
    if last.group("det"):
        return resolve_determined(ctx, last.group("det"), last.start("det"))
    who = last.group("who") or last.group("named")
    index = ctx.registry.by_form.get(fold(who))
    words = who.split()
    for k in range(1, min(3, len(words) - 1) + 1) if index is None and last.group("named") else ():
        index = ctx.registry.by_form.get(fold(" ".join(words[k:])))  # "Ambassador Karim Ezzat": Karim Ezzat
        if index is not None:
            break
    if index is None and is_org_phrase(who):
        index = ctx.registry.organization(who, [], last.start())
        actor = ctx.registry.actors[index]
        if not actor.country_known and ctx.registry.default_country:
            actor.country, actor.country_known = ctx.registry.default_country, True
    return index


_BODY_OF = re.compile(  # (also capitalised: "the Chancellery of the President announced", "the Office of the President said",
    # "the Cabinet of the President said")
    r"(?:[a-z][\w-]*\s+)?(?:[Pp]ress\s+[Ss]ervice|[Pp]ress\s+[Oo]ffice|[Gg]overnment|[Mm]inistry|[Oo]ffice|[Ss]ecretariat|"
    r"[Aa]dministration|[Cc]hancellery|Cabinet)\s+of\s+\S")
# A body named by an adjective and a head noun; "the ministry" alone names none, but a state has
# one presidency: "the presidency" alone is the dateline state's.
# An aside between a subject and its verb: ", in a letter delivered by ..., "
_ACCORDING_OPENING = re.compile(r"\s*According\s+to\s+[^,]+$")
_BEARER_ASIDE = re.compile(r",\s+(?:read(?:\s+out)?|delivered)\s+(?:on\s+(?:his|her|their|its)\s+behalf\s+)?by\s+[^,]+(?:,[^,]*)?,?\s*$")
_ASIDE_END = re.compile(r",\s+in\s+(?:a|an|the|his|her|their|its)\s+[^,]*(?:,[^,]*)?,?\s*$")
# A form of address before an office: "His Highness the Amir of ...", "HE President of ..."
ADDRESS_BEFORE_OFFICE = re.compile(r"(?:(?:His|Her)\s+(?:Highness|Majesty|Excellency)|H\.?E\.?|H\.?H\.?)\s+(?:the\s+)?(?=[A-Z])")
_UNNAMED_SECRETARY_GENERAL = re.compile(r"(?:the\s+)?(?P<office>(?:UN|U\.N\.|[A-Z]{2,6})\s+Secretary[- ]General)")
_GOVERNMENT_OF_STATE = re.compile(r"(?:[Tt]he\s+)?[Gg]overnment\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_OFFICE_OF_STATE = re.compile(r"(?:the|The)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+of\s+(.+)")
_BODY_HEADS = {"government", "ministry", "embassy", "presidency", "cabinet"}
# A state's body in lower case after its possessive: "Norway's fisheries ministry", "Chile's foreign affairs ministry"
_STATES_LOWER_BODY = re.compile(r"(?:^|(?<=\s))(?P<name>(?P<state>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?:[a-z]+\s+){1,2}"
                                r"(?:ministry|department))\s*$")
# A body named by its acronym, then what it is: "the KTR rail operator", "the BZN state broadcaster"
_ACRONYM_DESCRIBED = re.compile(r"(?:^|(?<=\s))[Tt]he\s+(?P<acr>[A-Z]{2,6})\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}"
                                r"(?:operator|company|carrier|airline|utility|broadcaster|insurer|lender|firm)\s*$")
# A house of a legislature ends the phrase: "the Japanese Parliament", "the Lao National Assembly" is a body, no role
_HOUSE_LAST = re.compile(r"\s(?:Parliament|Assembly|Senate|Congress)$")
_DEMONYM_BODY = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+\s+(?:government|ministry|embassy|presidency|cabinet))\b")
# ("the Belarusian leader's press service said": the press office of the leader the article names)
_LOWER_BODY = re.compile(
    r"(?:the|The)\s+((?:[A-Za-z][\w'’-]*\s+){1,3}(?:office|ministry|government|embassy|cabinet|presidency|"
    r"secretariat|palace|press\s+service|press\s+office|foreign\s+office)|presidency)"
)


def _only_title_words(chunk: str) -> bool:
    words = fold(chunk).split()
    return bool(words) and all(w in TITLE_WORDS or w in HONORIFICS or w in {"the", "his", "her", "of"} for w in words)


# Lower-case words opening a person's title: "presidential communication (office head X)"
_LOWER_TITLE_OPENING = re.compile(r"(?:[a-z]+\s+){1,4}")


_ORDINAL = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?=[A-Z])")


def party(ctx: Context, phrase: str, pos: int) -> int | None:
    """A non-person party of a message: a state, an organisation, a group, a pronoun."""
    phrase = phrase.strip(" ,.;")
    if not phrase:
        return None
    low = phrase.lower()
    if low in PRONOUNS or low in {"him", "them"}:
        return ctx.focus if low != "them" else None
    office = _UNNAMED_SECRETARY_GENERAL.fullmatch(phrase)
    if office:  # "a letter to the UN Secretary-General", no one named: the office itself, of no state
        index = ctx.registry.organization(office.group("office"), [], pos)
        ctx.registry.actors[index].country_known = True
        return index
    code = is_country_name(phrase)
    if code:
        name = re.sub(r"^(?:the|The)\s+", "", phrase)
        return ctx.registry.organization(name, [], pos, kind="state")
    group = re.match(
        r"^(?:the\s+)?(?P<head>students|pupils|children|youth|young people|teachers|scholars|veterans|workers|scientists|"
        r"athletes|participants|residents|members)\b(?P<rest>.*)$", phrase, re.IGNORECASE)
    if group:
        known = ctx.registry.by_form.get(fold(phrase))
        if known is not None:
            return known
        name = re.sub(r"^(?:the|The)\s+", "", phrase)
        name = re.sub(r"\s+in\s+[A-Z][\w' -]+$", "", name)
        index = ctx.registry.organization(name, [f"the {group.group('head').lower()}"], pos)
        if not ctx.registry.actors[index].country_known:
            found, country = country_in(phrase)
            if found:
                ctx.registry.actors[index].country, ctx.registry.actors[index].country_known = country, True
        return index
    address = ADDRESS_BEFORE_OFFICE.match(phrase) if phrase[0] == "H" else None
    if address and phrase[address.end():].split(None, 1)[0].lower() in OFFICE_WORDS:
        phrase = "the " + phrase[address.end():]  # "His Highness the Amir of Kuwait", "HE President of Y": the office
    phrase = re.sub(r"^(?:his|her|their|its|His|Her|Their|Its)\s+(?=\S+\s+counterpart$|counterpart$)", "the ", phrase)
    if re.match(r"(?:the|The)\s+", phrase) and not _HOUSE_LAST.search(phrase) and all(
            w.lower() in TITLE_WORDS or country_in(w)[0] for w in re.split(r"[\s-]+", phrase)[1:]) or (
            re.match(r"(?:the|The)\s+", phrase) and len(phrase.split()) <= 5
            and phrase.split()[-1].lower().removesuffix("-elect") in OFFICE_WORDS and country_in(phrase)[0]):
        # "the Prime Minister", "the Chinese president"; in a roundup, the person it congratulates where the
        # role fits, or where it fits no one named so far ("the president-elect" after "candidate Y")
        role = ctx.registry.role(phrase, pos, prefer=ctx.roundup[0][0] if ctx.roundup else None)
        if role is None and ctx.roundup and phrase.split()[-1].lower() != "government":
            return ctx.roundup[0][0]
        if role is not None or phrase.split()[-1].lower() != "government":
            return role
        # "to the Turkish government", no government actor yet: the government itself (below)
    government = _GOVERNMENT_OF_STATE.fullmatch(phrase)
    code = is_country_name(government.group("state")) if government else None
    if code:  # "to the government of Suriname": the Government of Suriname, of that state
        index = ctx.registry.organization(f"Government of {government.group('state')}", [], pos)
        actor = ctx.registry.actors[index]
        if not actor.country_known:
            actor.country, actor.country_known = code, True
        return index
    office_of = _OFFICE_OF_STATE.match(phrase)
    if office_of and fold(office_of.group(1)).split()[-1] in OFFICE_WORDS and is_country_name(office_of.group(2)):
        return ctx.registry.role(phrase, pos)  # "the King of Bahrain", "the Amir of Kuwait"
    phrase = re.sub(r"^(?:the\s+)?(?:participants|guests|attendees|delegates)(?:\s+and\s+(?:participants|guests|attendees|delegates))?\s+(?:of|at|to|in)\s+", "", phrase, flags=re.IGNORECASE)
    phrase = _ORDINAL.sub("", phrase)  # "the second ... Expo": the event's name has no ordinal
    if re.match(r"^(?:the|The)\s+[a-z]", phrase) and not is_org_phrase(phrase):
        return ctx.registry.role(phrase, pos)
    if re.match(r"^(?:the|The)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*$", phrase):
        role = ctx.registry.role(phrase, pos)
        if role is not None:
            return role
    if is_org_phrase(phrase) or re.search(r"\b(?:Forum|Summit|Conference|Congress|Expo|Exhibition|Meeting|Dialogue|Session)\b", phrase):
        forms = organization_forms(phrase)
        if forms is None and re.search(r"[“\"]", phrase):
            return ctx.registry.organization(re.sub(r"^(?:the|The)\s+", "", phrase), [], pos)
        if forms is None:
            lower_org = re.match(r"^(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3})$", phrase)
            if lower_org and all(w[0].isupper() or w in ORG_LOWER_WORDS for w in lower_org.group(1).split()):
                # (but "Hamid attending the Summit" is a name and a clause, no body)
                return ctx.registry.organization(lower_org.group(1), [], pos)
            return None
        return ctx.registry.organization(forms[0], forms[1], pos)
    return None
