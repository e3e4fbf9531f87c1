"""Names and actors: finding people in a sentence, their titles, and resolving later references.

A person mention is a run of name words, possibly after title words ("Chinese Premier Li
Qiang", "General Secretary of the ... Central Committee Xi Jinping") and possibly followed
by an appositive title ("Zhao Leji, chairman of the Standing Committee of ..."). The
canonical name is the fullest form seen, without titles or honorifics; every other form
is an alias. Later references resolve, most recent first, through:
- short names: a mention whose words are a subset of an actor's name words ("Xi");
- pronouns: "he"/"she" is the actor in focus (the last subject);
- role nouns: "the Chinese president", "the spokesperson", "the head of state" match an
  actor's titles (and country for a demonym).
Decisions where GUIDELINES.md is silent: honorifics are dropped only while two name words
remain ("Sheikh Hasina" keeps "Sheikh"); a name with a patronymic particle (bin, ibni)
keeps every word after the particle ("Ibrahim ibni Almarhum Sultan Iskandar"); "Maha" after
"King" opens a Thai royal name ("King Maha Vajiralongkorn"); the Filipino "Ma." (María) before
a given name and a surname is part of the name; honorifics alone (up to four: "Samdech Thipadei") refer
to the person last introduced with them (context.py). Lower-case particles stay inside a name
("Daniel arap Moi", "Fernando de la Rúa"); "May" closing a name is a surname ("Theresa May", "Mrs
May"), not the month, unless a day follows; a capital city after "of" is a place ("Crown Prince of Abu
Dhabi"), though "Abu" may open a name; regnal and generational numerals close one ("Benedict
XVI", "Tupou VI"); patronymics are part of the fullest form ("Sadyr Nurgozhoevich Japarov"). A
nickname in quotation marks inside a name is left out of it, the verbatim form and "nickname
surname" becoming aliases (`Maria Leonor "Leni" Robredo` is Maria Leonor Robredo). After "of
(the)", a three-word run opens with the place or body the office belongs to ("Chairman of the
Majilis Marat Ospanov"). A Mongolian name writes the patronymic's initial glued to the given name
("Ts.Elbegdorj"): that word opens the name whatever capitalised words stand before it ("Chairman of the
State Great Khural G.Zandanshatar"), is a name by its form alone, and refers back to a fuller name with
the same name and a word opening with the initial ("Kh.Battulga" after "Khaltmaagiin Battulga"). A
state after a name ("Naruhito of Japan", "King Hamad of the Kingdom of Bahrain") is its country, and
closes that person's phrase: in "King A of Saudi Arabia and King B", "Saudi Arabia and" is no title of B.
An office, a comma and a form of address ("President of the Republic, Mr. X") are X's title. "His
Zambian counterpart" is, among those who fit, a party to the article's messages before a person only
mentioned (the late president whom the messages mourn). A one-word popular name that blends a known given name with the start of
the surname ("Jokowi") is that person. Post-nominal letters ("AC DSC (Retd)", "MP") may stand
between a name and its appositive office. A Malay father's honour between name words is part of the name
("Ahmad Zaki Tun Hassan Omar"), and a style of honorifics cut by a lower-case prefix ("Yang di-Pertuan
Agong") names no one; an office that is also a given name opens a name before "bin" ("Prince
Sultan bin Fahd"); a form of three words or more refers to a known name only in that name's word order
(Arab names share their fathers' and families' words), and a one-word form is the person whose given
name it is before one whose father it names ("King Omar": Omar bin Said, not Khalid bin Omar). "King"
opening an appositive is an office, not a participle. Indian "Shri"/"Smt.", Burmese "U"/"Daw" and East
African "Mama" are honorifics, as are "the Most Hon." and "Rt Hon."; Bhutan's "Lyonchhoen" is a title (prime
minister). Legislatures' own names ("Oliy Majlis", "State Duma") are never name words. A role noun
("the Sri Lankan President-elect": a two-word demonym, and "-elect" after the office, set aside) matches neither a deputy's office ("the Amir" is not the Deputy Amir) nor, "new" aside ("the new
Pope"), anything but its words; named without a state, it is the dateline state's holder before a
foreign one's. ", Crown Prince, ..." after a name is an appositive office. A word that is an honorific
before a name but also a surname ("Sayed", "Bishop", "Raja", "Tan"; no form of address or abbreviation)
closing a run after a given name is the surname ("Prime Minister Radul Sayed", "Julie Bishop"), and alone
refers to a person whose surname it is. An organisation's name holds lower-case connecting words ("Forum
on Water Security") and head nouns ("Kremlin press service") but no other lower-case word: it ends where
a clause opens ("the Forum on Water Security inviting its members to ..."), and a phrase whose words
before the clause name no body ("Sayed inviting him to attend the World Conference") is none. Ministerial portfolios ("Foreign Employment and
Tourism") are title words, never name words; a title after "his Sri Lankan counterpart, ..." has the counterpart's
state, one after an office or a style of a state and a comma ("the Yang di-Pertuan Agong of Malaysia, Sultan X") that
state (but not after a name: "Sultan Haitham bin Tarik of Oman, Spokesman X"). "Y, who was elected (appointed,
named) Chairwoman of the National Assembly of X." closing a sentence gives Y that office. An "Ambassador X" of no
named state, in a sentence naming one state's embassy ("at the Kazakh Embassy in Abu Dhabi"), is of that state. A legislature
named by a house or a senate ("the Moroccan House of Representatives") is a body, an office of it ("Chairman
of the Senate") is not.
A bare name after the first mention is, as English-language news writes it, the surname: where two people
share a name word ("Gatoria Maito", "Maito Ronando"), "Maito" is the one whose surname it is (the most
recent such), whichever was named first and even if "Maito" was read alone as the other's before; a
given name refers to its holder only while no one has it as a surname. The surname is the last word
(a numeral or "Jr." aside), but the first for a name written family name first: a person of China,
Taiwan, Hong Kong, Macao or either Korea, or a name ending in a Korean hyphenated given name ("Xi" of
"Xi Jinping", "Moon" of "Moon Jae-in"). A name with a patronymic particle has none ("Omar" is not Khalid
bin Omar's), and a one-word name is its own.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from app.extract.countries import OFFICE_STATES, city_country, country_in, is_country_name, last_state_in, subnational_office_country
from app.extract.lexicon import (
    HEAD_OF_STATE_WORDS,
    HONORIFICS,
    NON_NAME_WORDS,
    OFFICE_WORDS,
    ORG_HEAD_WORDS,
    ORG_HEADS,
    ROLE_ABBREVIATIONS,
    ROLE_SYNONYMS,
    TITLE_LOWER,
    TITLE_WORDS,
    UPPER,
    UPPER_CLASS,
)

PARTICLES = {"bin", "ibni", "binti", "bint", "ben", "al", "el", "da", "de", "del", "della", "do", "dos", "das",
             "van", "von", "der", "den", "le", "la", "y", "di", "du", "ter", "ould", "ag", "ibn", "abu", "arap"}
PATRONYMIC = {"bin", "ibni", "binti", "bint", "ibn"}

# A capitalised word (with inner hyphens/apostrophes, initials like "R.M.A.L.", and
# "al-Assad"-style prefixed names).
_CAP = "[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F]"
# What may follow a capitalised word's letters: the periods of initials and abbreviations. Each
# alternative tests the period before the letters behind it, so a word end without a period
# costs the engine one character test.
_WORD_DOTS = (
    r"(?:\.(?<=[A-Z]\b\.)(?=[A-Z])(?:[A-Z]\.)*(?:(?<=\b[A-Z]\.)[A-Z][a-z][\w'’-]*)?|\.(?<=\b[A-Z][a-z]\.)(?=[A-Z][a-z])[\w'’-]+|\.(?<=Dr\.|Mr\.|Ms\.|St\.|Jr\.|Sr\.|Lt\.)|\.(?<=Mrs\.|Gen\.|Col\.|Hon\.|Smt\.)"
    r"|\.(?<=Prof\.|Capt\.)|\.(?<=\b[A-Z]\.)"
    # the Filipino "Ma." (María) inside a name: "Jose Ma. Dimas" (the segmenter ends no sentence there)
    r"|\.(?<=\bMa\.)(?=\s[A-Z][a-z]))?"
)
_ACRONYM = r"\([A-Z][A-Z-]+\)"
_WORD = rf"(?:{_CAP}[\w'’-]*{_WORD_DOTS}|(?:al|el|ad|ash|as|at|az|an)-{UPPER_CLASS}[\w'’-]*|{_ACRONYM})"
# Vietnamese and Chinese surnames that are also English words: "To Lam", "He Yadong"; a Chinese surname that is
# also a Malay honorific: "Yang Jiechi" (not "Yang di-Pertuan Agong").
# Burmese given names that are English words too: "Than Shwe".
_SURNAME_WORDS = {"To", "Do", "He", "An", "Ha", "Ho", "Le", "La", "Ma", "Lo", "Mo", "Than", "Yang"}
# Regnal and generational numerals ("Charles III", "Benedict XVI", "Tupou VI") and suffixes ("Jr.").
_REGNAL = re.compile(r"(?:X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}|Jr\.?|Sr\.?)")


# English surnames that are also common words ("Green Development"): a name only closing a run.
# Also the month "May" ("Theresa May"), unless a day follows ("President Xi May 5").
_WORD_SURNAMES = {"Green", "Brown", "White", "Black", "Young", "Rice", "Hill", "Wood", "May"}


def _name_tail(word: str) -> bool:
    return word in _SURNAME_WORDS or bool(_REGNAL.fullmatch(word))
_PARTICLE = r"(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")"
# A run starts with a capitalised word or an acronym in brackets ("al-Assad" is looked for
# apart). Its first word is written as one character class, then the rest of either: Python's
# engine skips ahead fast only to a pattern's first character class, and tries every position
# of the text against a pattern opening with a lookahead or an alternation.
_FIRST_WORD = rf"[{_CAP[1:-1]}(](?:(?<=\()[A-Z][A-Z-]+\)|(?<!\()[\w'’-]*{_WORD_DOTS})"
# A nickname in quotation marks inside a name (`Maria Leonor "Leni" Robredo`): one capitalised word
# in quotes between name words.
_NICKNAME = rf"[“\"]{_CAP}[\w'’-]*[”\"](?=\s+{_CAP})"
RUN = re.compile(rf"{_FIRST_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*")
# The same, where the text has quotation marks (the nickname alternative costs time at every word).
RUN_WITH_NICKNAMES = re.compile(rf"{_FIRST_WORD}(?:\s+(?:{_PARTICLE}\s+)*(?:{_WORD}|{_NICKNAME}))*")
# "al-Assad" opening a run (rare): looked for only when the sentence has such a prefix.
_PREFIXED_RUN = re.compile(rf"\b(?:al|el|ad|ash|as|at|az|an)-{UPPER_CLASS}[\w'’-]*(?:\s+{_WORD})*")
# An appositive title after a name: ", president of ..." up to the next comma or the end.
_APPOSITIVE = re.compile(
    r"(?:\s*[“\"](?P<nick>[^”\"]{1,30})[”\"])?,\s+(?P<app>(?:(?:a|an|the)\s+)?(?:[\w'’().-]+\s+){0,2}?(?:[a-z][\w'’-]*|King|Queen|Prince|Princess|Sultan|Emir|Amir|Pope|President|Prime Minister|Chairman|Secretary|General|UN|Minister|Premier|Governor)\b[^,;:\"“”]*?)(?P<end>,|(?=[.;:])|$)"
)

_QUOTES = "“\""
_NICKNAME_IN_NAME = re.compile(r"[“\"]([^”\"\s]+)[”\"]")
_FOLD_STRIP = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_FOLD_STRIP.sub(" ", text).split())


def _bare(word: str) -> str:
    word = word.strip("()")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word


_DEMONYM_PAIR = re.compile(r"(?:South|North|New|Sri|Papua|Costa|Sierra|Equatorial|East|West|Saudi|Central)\s+[A-Z]\w+")
# "Sushil Koirala of Nepal", "King Hamad of the Kingdom of Bahrain": the state after the name.
_OF_STATE = re.compile(
    r"\s+of\s+((?:the\s+)?(?:(?:(?:Islamic|Arab|Federal|Democratic|Socialist|United)\s+)?(?:Kingdom|Republic|State|Sultanate|Principality|Federation|Commonwealth)\s+of\s+(?:the\s+)?)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_TITLE_SUFFIXES = {"elect", "designate", "general", "in", "chief", "at", "large", "president"}
_PREFIXED = re.compile(r"(?:al|el|ad|ash|as|at|az|an)-")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# A Mongolian name: the patronymic's initial glued to the given name ("Ts.Elbegdorj", "Kh.Battulga").
_INITIAL_DOT = re.compile(r"([A-Z][a-z]?)\.(?=[A-Z][a-z])")
_INITIALS_LOOSE = re.compile(r"(?:[A-Z]\.?)+")
_TOKEN = re.compile(r"\S+")
_TITLE_TOKEN = re.compile(r"[^\s,;:“”\"]+")
_EMBASSY_OF = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+Embassy\b")
_WHO_ELECTED = re.compile(
    r"who\s+(?:was|is|has\s+been|had\s+been)\s+(?:newly\s+|re-)?(?:elected|appointed|named|sworn\s+in)\s+(?:as\s+)?"
    r"(?P<office>[A-Z][\w'’-]*(?:(?:\s+(?:of|the|for|and))*\s+[A-Z][\w'’-]*)*)")
_ACCORDING_OPEN = re.compile(r"\b[Aa]ccording\s+to\s+[^,;.]*$")
_APPOSITIVE_VERB = re.compile(r"\b(?:said|says|told|added|noted|sent|wrote|stressed|stated|affirmed|reaffirmed|underlined|emphasi[sz]ed|offered|expressed|conveyed|extended)\b")
_AND_GAP = re.compile(r"\s+and\s+")


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """A capitalised word that may belong to a person's name."""
    bare = _bare(word)
    if not bare or bare[0] not in UPPER and not _PREFIXED.match(bare):
        return False
    low = bare.lower()
    if low in NON_NAME_WORDS or low in TITLE_WORDS or low in HONORIFICS or low.rstrip(".") in HONORIFICS:
        return False
    if "-" in low and all(part in TITLE_WORDS or part in _TITLE_SUFFIXES for part in low.split("-")):
        return False  # "President-elect", "Governor-General", "Prime Minister-designate"
    if word.startswith("(") or (len(bare) > 1 and bare.isupper() and "." not in bare):
        return False  # an acronym: "(CPC)", "LPRP"
    if bare[-1] == "." and len(bare) > 2 and not _INITIALS.fullmatch(bare) and bare != "Ma.":
        return False  # (but the Filipino "Ma.", María, in "Jose Ma. Dimas")
    if is_country_name(bare) or country_in(bare)[0] and not _INITIALS.fullmatch(bare):
        return False
    return any(c.isalpha() for c in bare)


def split_name(words: list[str]) -> tuple[int, int] | None:
    """(first, last+1) indices of the person's name inside a run of capitalised words."""
    return _split_name(tuple(words))


@lru_cache(maxsize=16384)
def _split_name(words: tuple[str, ...]) -> tuple[int, int] | None:
    n = len(words)
    end = n
    # Words of a multi-word state name ("New Zealand", "Sri Lanka") are never a name.
    # (They stand in as "(state)", which is no name word and no "of".)
    for k in (3, 2):
        for i in range(n - k + 1):
            if is_country_name(" ".join(_bare(w) for w in words[i:i + k])):
                words = words[:i] + ("(state)",) * k + words[i + k:]
    while end > 0 and not is_name_word(words[end - 1]):
        if end >= 2 and (_name_tail(words[end - 1]) or end == n and words[end - 1] in _WORD_SURNAMES) and (
                is_name_word(words[end - 2]) or end == n and words[end - 1] in _WORD_SURNAMES
                and words[end - 2].lower().rstrip(".") in HONORIFICS):
            break  # "Sok An", "Charles III", "Josh Green", "Mrs May": a last word that is a name only after another
        if end == n >= 2 and _surname_honorific(words[end - 1]) and (
                is_name_word(words[end - 2]) or words[end - 2].lower().rstrip(".") in _PLAIN_ADDRESS):
            break  # "Prime Minister Radul Sayed", "Julie Bishop": an honorific closing the run after a name is the surname
            # (also after a plain form of address: "Mr Sheikh wrote", of Tariq Mehmood Sheikh)
        end -= 1
    if end == 0 or end < n and _bare(words[end]).lower() in ORG_HEAD_WORDS:
        return None  # "the Bharatiya Janata Party", "the Nelson Mandela Foundation": a body's name, no person
    patronymic = next((i for i in range(end) if words[i].lower() in PATRONYMIC), None)
    if patronymic is not None:
        begin = patronymic
        while begin > 0 and is_name_word(words[begin - 1]):
            begin -= 1
        if begin == patronymic and begin > 0 and _bare(words[begin - 1]).lower() in _GIVEN_NAME_OFFICES:
            begin -= 1  # "Prince Sultan bin Fahd": before "bin" stands a given name, though it names an office too
        if begin == patronymic:
            return None
        return begin, end
    begin = end
    while begin > 0 and (is_name_word(words[begin - 1]) or begin == end or (
            words[begin - 1] in _GIVEN_NAME_LEGISLATURES and begin == end - 1 and begin >= 2
            and _bare(words[begin - 2]).lower() in HEAD_OF_STATE_WORDS | {"minister", "speaker"}) or (
            words[begin - 1].lower() in PARTICLES and _after_given_name(words, begin - 1)) or (
            words[begin - 1].lower() in _FATHERS_HONORIFICS and begin >= 2 and is_name_word(words[begin - 2]))):
        begin -= 1
    if begin > 0 and end - begin >= 3 and words[begin - 1] == "of":
        begin += 1  # "Rais of Tatarstan Rustam Minnikhanov": the first word is a place
    if begin > 0 and words[begin - 1] in _SURNAME_WORDS and (begin == 1 or not is_name_word(words[begin - 2])):
        begin -= 1
    if begin > 1 and words[begin - 1] == "Maha" and words[begin - 2].lower() in {"king", "queen", "prince", "princess"}:
        begin -= 1  # "King Maha Vajiralongkorn": a Thai royal name opens with "Maha"
    if begin > 0 and end - begin == 1 and words[begin - 1].lower() in {"sheikh", "sheikha"}:
        begin -= 1  # "Sheikh Hasina": part of the name, not an honorific
    if all(_INITIALS_LOOSE.fullmatch(_bare(w)) for w in words[begin:end]):
        return None  # initials alone
    for i in range(begin + 1, end):
        if _INITIAL_DOT.match(words[i]):
            return i, end  # "Chairman of the State Great Khural G.Zandanshatar": the initial opens the name
    return begin, end


# Honorifics that are only forms of address or abbreviations, never a surname.
_ADDRESS_ONLY = {"his", "her", "their", "majesty", "highness", "excellency", "holiness", "royal", "eminence", "most",
                 "respected", "honourable", "honorable", "rt", "h.e.", "comrade"}


@lru_cache(maxsize=4096)
def _surname_honorific(word: str) -> bool:
    """Whether a word that is an honorific before a name ("Sayed", "Bishop", "Raja", "Tan") may be a
    surname: a plain capitalised word, no form of address, abbreviation, office or common word."""
    low = word.lower()
    return (low in HONORIFICS and word[:1] in UPPER and word[1:].islower() and word.isalpha()
            and low not in _ADDRESS_ONLY and f"{low}." not in HONORIFICS
            and low not in TITLE_WORDS and low not in NON_NAME_WORDS)


# Forms of address that stand before a surname alone ("Mr Sheikh").
_PLAIN_ADDRESS = {"mr", "mrs", "ms", "dr", "miss"}
# Offices that are also given names, standing before a patronymic particle ("Sultan bin Fahd").
_GIVEN_NAME_OFFICES = {"sultan", "amir", "emir"}
# A legislature's name that is also a given name, after an office and before a surname ("President Duma Boko";
# never "the State Duma")
_GIVEN_NAME_LEGISLATURES = {"Duma"}
# A Malay father's honour inside a name, between name words ("Ahmad Zaki Tun Hassan Omar"): part of the
# patronymic, kept (leading, as in "Tun Hassan Omar", it is an honorific like any other).
_FATHERS_HONORIFICS = {"tun", "tan"}


def _fathers_name(words: frozenset, name: str) -> bool:
    """Whether a one-word form is, in this name, only the word after a patronymic particle ("bin Omar")."""
    if len(words) != 1:
        return False
    parts = fold(name).split()
    return not any(w in words and (k == 0 or parts[k - 1] not in PATRONYMIC) for k, w in enumerate(parts))


# States whose people's names are written family name first in English copy ("Xi Jinping", "Moon Jae-in").
_FAMILY_FIRST_STATES = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"}
# A Korean given name: two syllables joined by a hyphen, the second in lower case ("Jae-in", "Ki-moon").
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


@lru_cache(maxsize=4096)
def _surname_of(name: str, family_first: bool) -> str | None:
    """The folded word a bare mention of this person uses: the last word of the name ("Maito" of
    "Gatoria Maito"; a numeral or "Jr." aside), the first for a name written family name first ("Xi" of
    "Xi Jinping", "Moon" of "Moon Jae-in"), the name itself for a one-word name; None for a name with a
    patronymic particle, whose last word names the father ("Khalid bin Omar", see _fathers_name)."""
    words = name.split()
    while len(words) > 1 and _REGNAL.fullmatch(words[-1]):
        words = words[:-1]
    if any(fold(w) in PATRONYMIC for w in words):
        return None
    if len(words) >= 2 and (family_first or _HYPHENATED_GIVEN.fullmatch(words[-1])):
        return fold(words[0]).split()[0] if fold(words[0]) else None
    folded = fold(words[-1]).split()
    return folded[-1] if folded else None


def _in_order(form: list[str], name: list[str]) -> bool:
    """Whether the words of a form stand in the name in the same order (not necessarily adjacent)."""
    rest = iter(name)
    return all(word in rest for word in form)


def _after_given_name(words: tuple[str, ...], particle: int) -> bool:
    """Whether the particles ending at `particle` follow a name word ("Ursula von der Leyen")."""
    while particle > 0 and words[particle - 1].lower() in PARTICLES:
        particle -= 1
    return particle > 0 and is_name_word(words[particle - 1])


@dataclass(slots=True)
class ActorRecord:
    name: str
    kind: str = "person"
    country: str | None = None
    country_known: bool = False
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    words: frozenset = frozenset()
    last: int = -1
    first: int = -1
    used: bool = False
    gender: str | None = None


@dataclass(slots=True)
class Mention:
    start: int       # start of the title (or of the name without one)
    name_start: int
    name_end: int
    end: int         # end of the appositive title, or of the name
    actor: int
    title: str | None


class Registry:
    """The actors of one article and the forms by which they were mentioned."""

    def __init__(self, default_country: str | None):
        self.actors: list[ActorRecord] = []
        self.by_form: dict[str, int] = {}
        self.person_words: set[str] = set()  # every word of every person's name, for a quick miss
        self.given_prefixes: set[str] = set()  # the first three letters of every person's name (see _blend)
        self.default_country = default_country

    # -- adding -------------------------------------------------------------------------
    def person(self, name: str, forms: list[str], title: str | None, pos: int) -> int:
        words = frozenset(fold(name).split())
        index = self.by_form.get(fold(name))
        if index is None:
            index = self._by_words(words, pos, allow_superset=True, ordered=fold(name).split())
        if index is None:
            index = len(self.actors)
            self.actors.append(ActorRecord(name=name, words=words, first=pos))
            self.person_words |= words
            self.given_prefixes.add(fold(name)[:3])
        actor = self.actors[index]
        if len(words) > len(actor.words) and actor.words <= words and actor.kind == "person":
            actor.aliases.append(actor.name)
            actor.name, actor.words = name, words
            self.person_words |= words
            self.given_prefixes.add(fold(name)[:3])
        for form in [name, *forms]:
            self._alias(index, form)
        self._title(index, title)
        actor.last = max(actor.last, pos)
        return index

    def organization(self, name: str, forms: list[str], pos: int, kind: str = "organization") -> int:
        index = self.by_form.get(fold(name))
        if index is None:
            index = len(self.actors)
            self.actors.append(ActorRecord(name=name, kind=kind, words=frozenset(fold(name).split()), first=pos))
            found, code = country_in(name)
            if kind == "state":
                found, code = True, is_country_name(name)
            if found:
                self.actors[index].country, self.actors[index].country_known = code, True
        for form in [name, *forms]:
            self._alias(index, form)
        self.actors[index].last = max(self.actors[index].last, pos)
        return index

    def address(self, index: int, form: str) -> None:
        """Gender from a form of address ("Mr. Guterres", "Madam Tran")."""
        first = form.split()[0].lower().rstrip(".") if form.split() else ""
        gender = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "madam": "f", "madame": "f", "dame": "f",
                  "lady": "f", "smt": "f", "daw": "f", "mama": "f", "shri": "m", "u": "m", "sheikha": "f", "queen": "f", "king": "m", "sultan": "m"}.get(first)
        if gender and self.actors[index].gender is None:
            self.actors[index].gender = gender

    def _alias(self, index: int, form: str) -> None:
        key = fold(form)
        if not key:
            return
        self.by_form.setdefault(key, index)
        actor = self.actors[index]
        if form != actor.name and form not in actor.aliases and key != fold(actor.name):
            actor.aliases.append(form)

    def _title(self, index: int, title: str | None) -> None:
        actor = self.actors[index]
        if not title:
            return
        title = title.strip(" ,")
        if title and title not in actor.titles:
            actor.titles.append(title)
        if not actor.country_known:
            found, code = country_in(title)
            if not found:
                code = subnational_office_country(title)
                found = code is not None
            if not found and " of " in title:  # "the Archbishop of Wellington", "Mayor of Lusaka": the city's state
                code = city_country(title.rsplit(" of ", 1)[1].removeprefix("the "))
                found = code is not None
            if found:
                actor.country, actor.country_known = code, True

    def _by_words(self, words: frozenset, pos: int, allow_superset: bool = False,
                  ordered: list[str] | None = None) -> int | None:
        """The most recent person whose name holds these words; given the form's words in order, a form
        of three words or more must keep the name's order: "Khalid Saad Al-Rumi" is not a short form of
        "Saad Al-Khalid Al-Rumi" (Arab names share their family's and their fathers' names). A single word
        refers to the person it is the given name of before one whose father it names ("King Omar" is
        Omar bin Said, not Khalid bin Omar)."""
        best, best_rank = None, (False, -2)
        words = words - HONORIFICS or words
        if not allow_superset and not words <= self.person_words:
            return None  # a word in no person's name
        for i, actor in enumerate(self.actors):
            if actor.kind != "person" or not words:
                continue
            matches = words <= actor.words or (allow_superset and len(actor.words) == 1 and actor.words <= words)
            if matches and ordered is not None and len(ordered) >= 3 and not _in_order(ordered, fold(actor.name).split()):
                continue
            if matches and (rank := (not _fathers_name(words, actor.name), actor.last)) > best_rank:
                best, best_rank = i, rank
        return best

    # -- resolving ----------------------------------------------------------------------
    def surname(self, index: int) -> str | None:
        """The folded word a bare mention of this person uses (see _surname_of)."""
        actor = self.actors[index]
        return _surname_of(actor.name, actor.country_known and actor.country in _FAMILY_FIRST_STATES)

    def _surname_holder(self, key: str) -> int | None:
        """The most recent person whose surname is this one-word folded form."""
        best, best_last = None, -2
        for i, actor in enumerate(self.actors):
            if actor.kind == "person" and key in actor.words and actor.last > best_last and self.surname(i) == key:
                best, best_last = i, actor.last
        return best

    def known(self, form: str) -> int | None:
        """The actor a form was seen as; a one-word form seen as someone's given name is, once another
        person has it as a surname, that person ("Maito" after "Maito Ronando" and "Gatoria Maito")."""
        key = fold(form)
        index = self.by_form.get(key)
        if index is None or " " in key or key not in self.person_words:
            return index
        actor = self.actors[index]
        if actor.kind != "person" or self.surname(index) == key:
            return index
        holder = self._surname_holder(key)
        return index if holder is None else holder

    def short(self, form: str, pos: int) -> int | None:
        """The actor a short or full name form refers to: a one-word form is, before anyone whose
        given name it is, the most recent person whose surname it is; otherwise most recent first."""
        key: str = fold(form)
        if key in self.by_form:
            return self.known(form)
        if " " not in key and key in self.person_words:
            holder = self._surname_holder(key)
            if holder is not None:
                return holder
        # (a word in no person's name, as most capitalised words opening a sentence, is no one's)
        found = self._by_words(frozenset(key.split()), pos, ordered=key.split()) if " " in key or key in self.person_words else None
        initial = _INITIAL_DOT.match(form) if found is None and "." in form else None
        if initial:  # "Kh.Battulga" after "Khaltmaagiin Battulga": the patronymic's initial and the name
            found = self._by_words(frozenset(key.split()[1:]), pos)
            if found is not None and not any(w.startswith(initial.group(1).lower()) for w in self.actors[found].words):
                found = None
        if found is None and len(key) >= 5 and " " not in key and key[:3] in self.given_prefixes:
            found = self._blend(key)
        return found

    def _blend(self, key: str) -> int | None:
        """A popular name blending a given name with the start of the surname ("Jokowi" for Joko
        Widodo), as Indonesian and Malay copy uses."""
        for i, actor in enumerate(self.actors):
            words = fold(actor.name).split() if actor.kind == "person" else []
            if len(words) >= 2 and key.startswith(words[0]) and len(key) - len(words[0]) >= 2 and \
                    words[-1].startswith(key[len(words[0]):]) and words[-1] != key[len(words[0]):]:
                return i
        return None

    def initials(self, acronym: str, pos: int) -> int | None:
        """The person named before `pos` whose name's initials the acronym spells ("AMLO")."""
        for i, actor in enumerate(self.actors):
            words = actor.name.split()
            if actor.kind == "person" and actor.first < pos and len(words) >= 3 and \
                    "".join(w[0] for w in words).upper() == acronym:
                return i
        return None

    def role(self, phrase: str, pos: int, prefer: int | None = None) -> int | None:
        """The actor a role noun ("the Chinese president", "the PM") refers to: the most recent fitting
        one, or `prefer` (the person in focus) where it fits too."""
        found, code = country_in(phrase)
        office_of_state = False
        words = [ROLE_ABBREVIATIONS.get(w, w) for w in fold(phrase).split()]
        # "the new Pope" is the Pope
        words = " ".join(w for w in words if w not in {"the", "a", "an", "his", "her", "its", "their", "new"}).split()
        if found:
            for a, b in pairwise(list(words)):  # "the Sri Lankan president": a two-word demonym
                if a not in OFFICE_WORDS and b not in OFFICE_WORDS and country_in(f"{a} {b}".title())[0] \
                        and not country_in(a.title())[0] and not country_in(b.title())[0] and a in words and b in words:
                    words.remove(a)
                    words.remove(b)
            words = [w for w in words if w in OFFICE_WORDS  # "the Pope": an office, though it tells the state
                     or not country_in(w.title())[0] and not country_in(w.upper())[0]]
            if words[-1:] == ["of"]:
                words.pop()  # "the Emir of Qatar": the office, of the state found
                office_of_state = True  # (whose holder's state is known: "the President of Russia" is no one of
                # untold state; see context.resolve_determined for the untitled person in focus)
        # "the President-elect": the person elected to the office
        elect = any(w.endswith(("-elect", "-designate")) or w in {"elect", "designate"} for w in words)
        words = [w for i, w in enumerate(words) if not (w == "elect" and i and words[i - 1] in OFFICE_WORDS)]
        # (one titled "President-elect" before the sitting President: "President X congratulated Ruritania's
        # President-elect, Y. In a letter to the President-elect, ..." is to Y; where no one is so titled, the
        # president-elect may be titled President: "congratulated President Y on his election")
        elect = elect and any(a.kind == "person" and a.last <= pos and _ELECT_TITLE.search(fold(" ".join(a.titles)))
                              for a in self.actors)
        phrase_key = " ".join(words)
        phrase_words = set(phrase_key.replace("-", " ").split())
        needed = None
        for key, synonyms in ROLE_SYNONYMS.items():
            if phrase_key.endswith(key):
                needed = synonyms
        best, best_rank, stateless, stateless_last = None, (False, False, False, -2), None, -2

        def home(i: int) -> bool:
            return not found and self.default_country is not None and self.country_of(i) == self.default_country

        counterpart = "counterpart" in phrase_key
        for i, actor in enumerate(self.actors):
            if actor.kind != "person" or actor.last > pos or not actor.titles and needed is None:
                continue
            unknown_state = False
            if found and self.country_of(i) != code:
                if self.country_of(i) is not None or office_of_state:
                    continue
                unknown_state = True  # a demonym may tell what the article did not: last resort
            if elect and not _ELECT_TITLE.search(fold(" ".join(actor.titles))):
                continue
            title_words = set(fold(" ".join(actor.titles)).replace("-", " ").split())
            title_words |= {word for w in title_words for word in ROLE_ABBREVIATIONS.get(w, w).split()}
            if "counterpart" in title_words or "peer" in title_words:  # "his Azerbaijani counterpart" ("his Argentine
                # peer"): the same office as the other party
                title_words |= _COUNTERPART_OF | _COUNTERPART_OFFICES  # ("the Vietnamese prime minister")
            title_text = " " + fold(" ".join(actor.titles)) + " "
            if " head of state " in title_text:  # "Head of State X", later "the Kenyan president"
                title_words |= HEAD_OF_STATE_WORDS
            # "the Head of State": the one so titled first; "the President": one titled so without a state's name
            # before one who is the "South Korean President"
            exact = f" {phrase_key} " in title_text if needed is not None else title_text.strip() == phrase_key
            if needed is not None:
                ok = bool(title_words & needed)
            else:
                ok = bool(words) and (" " + " ".join(words) + " ") in title_text.replace("-", " ") or (
                    bool(words) and all(w in title_words for w in words))
            if ok and needed is not None and title_text.strip() == "chief":
                ok = False  # "Chief X" (a chieftaincy style, as in West Africa) is no "leader" nor "party chief"
            if ok and phrase_key.endswith("head of state") and _HOUSE_OFFICE.search(title_text):
                ok = False
            if ok and title_words & _SECOND_OFFICE and not phrase_words & _SECOND_OFFICE and _only_second(title_text, phrase_key):
                ok = False  # "the Amir" is not the Deputy Amir, "the President" not the Vice President
            if ok and unknown_state and actor.last > stateless_last:
                stateless, stateless_last = i, actor.last
            elif ok and not unknown_state and i == prefer:
                return i
            elif ok and not unknown_state and (rank := (exact, counterpart and actor.used, home(i), actor.last)) > best_rank:
                # most recent first; "his Zambian counterpart": a party to the article's messages before
                # a person only mentioned (the late president the message mourns); a role named without
                # a state ("the Amir") is the dateline state's before a foreign one's
                best, best_rank = i, rank
        return best if best is not None else stateless

    def country_of(self, index: int) -> str | None:
        actor = self.actors[index]
        if actor.country_known:
            return actor.country
        return self.default_country if actor.kind != "state" else actor.country


_ELECT_TITLE = re.compile(r"\b(?:elect|designate)\b")
# "his Sri Lankan counterpart, Minister of ..., " before a title: the counterpart's demonym
_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their)\s+((?:[A-Z][\w'’-]+\s+){1,2})counterpart,\s+(?:[A-Z][\w'’-]*,?\s+|(?:of|and|for|the)\s+){0,12}$")
# "... of Malaysia, " right before a title: the state of the office named before the comma
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$")
_OF_STATE_BEFORE = re.compile(r"(?P<office>[\w'’-]+)\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+$")
_AND_PEOPLE_OF = re.compile(r"\s+and\s+the\s+(?:brotherly\s+|friendly\s+|fraternal\s+)?people\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
# (also "congratulating President X and Rwandans", "... and the Kenyan people": a people by its demonym)
_AND_A_PEOPLE = re.compile(r"\s+and\s+(?:the\s+(?:brotherly\s+|friendly\s+|fraternal\s+)?(?P<adj>[A-Z][\w'’-]*)\s+people|(?P<plural>[A-Z][\w'’-]*)s)\b")
_SECULAR_OFFICE = re.compile(r"\b(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Mm]inister|[Pp]arliament)\b")
_CURIA = re.compile(r"Pontifical|Dicastery|Vatican|Holy\s+See|Cardinal|Archbishop|Bishop|Secretary|Governorate|Prefect|Apostolic|Nuncio")
_SEE_OFFICES = {"patriarch", "archbishop", "bishop", "metropolitan"}  # a church office held in a city
_OFFICE_OR_STYLE = OFFICE_WORDS | HONORIFICS  # (not a name: "Sultan Haitham bin Tarik of Oman, Spokesman X")
# The offices a counterpart may hold: not a throne ("His Highness the Amir" is no minister's "Philippine
# counterpart"; a king's counterpart is titled king)
_COUNTERPART_OF = OFFICE_WORDS - {"king", "queen", "sultan", "emir", "amir", "monarch", "sovereign", "emperor", "empress",
                                  "prince", "princess", "pope"}
# First words of two-word offices a counterpart may hold ("prime minister", "foreign minister").
_COUNTERPART_OFFICES = {"prime", "foreign"}
# Words making an office a second one: its holder is not the one the bare office names (also "the
# Secretary-General" is not the Assistant Secretary-General who read her message).
_SECOND_OFFICE = {"deputy", "vice", "assistant"}
# The president of a house or a commission is no head of state ("the President of the Senate of Romania")
_HOUSE_OFFICE = re.compile(r" of (?:the )?(?:[a-z]+ ){0,2}(?:senate|parliament|assembly|chamber|house|congress|commission) ")


def _only_second(title_text: str, office: str) -> bool:
    """Whether every time the titles name the office, "deputy" or "vice" qualifies it ("Deputy Amir", not
    "Crown Prince, Deputy Prime Minister" for "the Crown Prince")."""
    office = re.escape(office)
    qualified = len(re.findall(rf"\b(?:deputy|vice|assistant) {office}\b", title_text))
    return qualified > 0 and qualified == len(re.findall(rf"\b{office}\b", title_text))
_SEAT_FIRST_WORDS = {key.split()[0] for key in OFFICE_STATES if " " in key}  # "White" of "White House"
_SEAT_LAST_WORDS = {key.split()[-1] for key in OFFICE_STATES if " " in key}  # "Rosada" of "Casa Rosada"
_CONNECTIVES = {"and", "of", "the", "to", "on", "at", "in", "for", "his", "her", "their", "its", "a", "an"}
_STOP_FIRST = {"to", "on", "at", "in", "from", "by", "with", "and"}
_TITLE_BREAKS = ",;:“”\"\n"
_TITLE_BREAK = re.compile(f"[{_TITLE_BREAKS}]")


def _in_state_name(text: str, lo: int, start: int, end: int, words: list[tuple[int, str]]) -> bool:
    """Whether the word text[start:end] belongs to a two-word state name or demonym
    ("Sri Lankan", "New Zealand"), with the word before it or the one after."""
    previous_start = max(lo, text.rfind(" ", lo, max(lo, start - 1)) + 1)
    before = text[previous_start:start].strip()
    after = words[-1][1] if words else ""
    if bool(before and country_in(f"{before} {text[start:end]}")[0] and is_country_name(
        _bare(f"{before} {text[start:end]}")) or (after and country_in(f"{text[start:end]} {after}")[0]
                                                  and is_country_name(f"{text[start:end]} {_bare(after)}"))) or \
            bool(before and _DEMONYM_PAIR.fullmatch(f"{before} {_bare(text[start:end])}")):
        return True
    # three-word states ("his Trinidad and Tobago counterpart", "Papua New Guinea Prime Minister")
    if before and (before == "and" or before[:1].isupper()):
        first = text[max(lo, text.rfind(" ", lo, max(lo, previous_start - 1)) + 1):previous_start].strip()
        if first and is_country_name(_bare(f"{first} {before} {text[start:end]}")):
            return True
    return len(words) > 1 and (after == "and" or after[:1].isupper()) and \
        is_country_name(_bare(f"{text[start:end]} {after} {words[-2][1]}"))


_PERSON_OF_STATE_END = re.compile(
    r"(\S+)\s+of\s+((?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate)\s+of\s+(?:the\s+)?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+$"
)


# "President of the Republic, Mr. X": an office of a place or body before the comma ("Secretary General of ...": unhyphenated)
_OFFICE_OF_END = re.compile(r"\b([A-Za-z-]+)(?:\s+General)?\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*$")


# (an office of a body named in several words, its acronym after it: "Secretary-General of the Association of X (ACR)")
_OFFICE_OF_BODY_END = re.compile(r"\b([A-Za-z-]+)(?:\s+General)?\s+of\s+(?:the\s+)?[A-Z][^,;:()“”\"]{0,80}$")


def _office_of_body_before(text: str, lo: int, end: int) -> bool:
    office = _OFFICE_OF_BODY_END.search(text, lo, end)
    return bool(office) and office.group(1).lower() in OFFICE_WORDS


def _office_of_before(text: str, lo: int, end: int) -> bool:
    office = _OFFICE_OF_END.search(text, lo, end)
    return bool(office) and office.group(1).lower() in OFFICE_WORDS


def title_before(text: str, lo: int, name_start: int) -> tuple[int, str | None]:
    """The title words right before a name ("Chinese Foreign Ministry spokesperson").

    Walks back word by word from the name, so the cost is that of the title alone."""
    lo = max(lo, name_start - 240)  # titles are at most a few dozen words
    words: list[tuple[int, str]] = []  # (start, word), nearest first
    pos = name_start
    crossed = False  # a comma between the title and the name
    while pos > lo:
        end = pos
        while end > lo and text[end - 1] == " ":
            end -= 1
        if end == lo or text[end - 1] in _TITLE_BREAKS:
            # "his Vietnamese counterpart, Pham Minh Chinh": a comma between an office and the name
            before = text.rfind(" ", lo, end - 1) + 1
            previous = text[before:end - 1]
            # ("the Prime Minister of Tonga, the Hon Siaosi Sovaleni": over a form of address too)
            if not _only_address(words) or text[end - 1] != "," or not (
                    previous.lower() in OFFICE_WORDS or (previous[:1].isupper() and previous.lower() in TITLE_LOWER)
                    # ("Ruritania's President-elect, X": an office with its suffix)
                    or previous.lower().partition("-")[0] in OFFICE_WORDS and previous.lower().partition("-")[2] in _TITLE_SUFFIXES
                    or is_country_name(previous) or _office_of_before(text, max(lo, end - 80), end - 1)
                    # "the Secretary-General of the Association of ... Nations (ASEAN), Dr. X": after the body's acronym
                    or previous[:1] == "(" and _office_of_body_before(text, max(lo, end - 120), before - 1)
                    # "The Senegalese head of state, X": the office ends in a lower-case "of state"
                    or (previous in ("state", "government") and text.startswith("head of ", end - 9 - len(previous)))):
                if crossed and end > lo and text[end - 1] == "," and not (
                        previous[:1].islower() and words and _bare(words[-1][1]).lower() in ("the", "a", "an")):
                    # "A, president of X, B": a list, not a title before B (but "In a separate message, the
                    # Secretary-General of the United Nations, B": an office opened by its article)
                    words = []
                break
            crossed = True
            pos = end - 1
            continue
        start = text.rfind(" ", lo, end) + 1
        start = max(start, lo)
        word = text[start:end]
        if _TITLE_BREAK.search(word):
            break
        low = _bare(word).lower()
        if word in _SEAT_FIRST_WORDS and words and f"{word} {words[-1][1]}" in OFFICE_STATES:
            words.append((start, word))  # "White House spokesman": a seat of government opens the office
            pos = start
            continue
        if words and word in _SEAT_LAST_WORDS and f"{text[text.rfind(' ', lo, max(lo, start - 1)) + 1:start - 1]} {word}" \
                in OFFICE_STATES:
            words.append((start, word))  # "Casa Rosada spokesman": the seat's second word, a name word alone
            pos = start
            continue
        if is_name_word(word) and low not in HONORIFICS and text[max(lo, start - 3):start] != "of " \
                and not _in_state_name(text, lo, start, end, words):
            if words and subnational_office_country(f"{_bare(word)} {' '.join(w for _, w in reversed(words))}"):
                words.append((start, word))  # "Hawaii Governor": the state or province opens the office
                break
            if words and words[-1][1][:1].isupper() and _bare(words[-1][1]).lower() in ORG_HEAD_WORDS:
                words.append((start, word))  # "The African Union Commission Chairperson, X": the body's name
                pos = start
                continue
            if crossed and not (words and (_bare(words[-1][1]).lower() in _STOP_FIRST - {"and"} or (
                    words[-1][1] == "and" and _bare(words[0][1]).lower() in ("counterpart", "peer")))):
                words = []  # (but "by X to the new President, Y": the office after "to" is Y's; "X and his
                # Libyan counterpart, Y": Y's)
            break  # another person's name: "Xi Jinping and [President] Putin"
        if not (word[0] in UPPER or word[0] == "(" or low in TITLE_LOWER or low.rstrip(".") in HONORIFICS):
            before = max(lo, text.rfind(" ", lo, max(lo, start - 1)) + 1) if ("'" in word or "’" in word) else start
            if before < start and is_country_name(_bare(text[before:end])):
                words += [(start, word), (before, text[before:start - 1])]  # "Côte d'Ivoire's President"
                pos = before
                continue
            break
        if not words and low in _STOP_FIRST:
            break
        if low == "and" and words and text[start - 2:start - 1].isalpha() and (
                text[text.rfind(" ", lo, start - 1) + 1:start - 1][:1].isupper()):
            person_of = _PERSON_OF_STATE_END.search(text, max(lo, start - 80), start)
            if person_of and (is_name_word(person_of.group(1)) or _REGNAL.fullmatch(person_of.group(1))) \
                    and is_country_name(person_of.group(2)):
                break  # "King Fahd of Saudi Arabia and King Ali": the state closes the first person's phrase
        words.append((start, word))
        pos = start
    # Titles never start with a connective.
    while words and _bare(words[-1][1]).lower() in _CONNECTIVES:
        words.pop()
    if not words:
        return name_start, None
    start = words[-1][0]
    # Honorifics in front of the name are forms of address, not a title.
    parts = [w for _, w in reversed(words)]
    while parts and (parts[-1].lower().rstrip(".") in HONORIFICS and (
            parts[-1].lower() not in TITLE_WORDS or parts[-1].lower().rstrip(".") in {"mr", "mrs", "ms"})
                     or len(parts) > 1 and parts[-1].lower() == "the"):
        parts.pop()
    while parts and parts[0].lower() in _ADDRESS:
        parts.pop(0)  # "His Majesty": a form of address, not an office
    return start, (" ".join(parts) or None)


def _only_address(words: list[tuple[int, str]]) -> bool:
    """Whether the title words collected so far are only a form of address ("the Hon")."""
    return all(w.lower() == "the" or w.lower().rstrip(".") in HONORIFICS and (
        w.lower() not in TITLE_WORDS or w.lower().rstrip(".") in {"mr", "mrs", "ms"}) for _, w in words)


def _office_title(title: str) -> bool:
    """An office right before a one-word name: "Pope", "King of the Netherlands"."""
    words = fold(title).split()
    if words and words[-1] in OFFICE_WORDS:
        return True
    head, _, state = title.partition(" of ")
    return bool(state and fold(head).split()[-1:] and fold(head).split()[-1] in OFFICE_WORDS and is_country_name(state))


def appositive_after(text: str, name_end: int, hi: int) -> tuple[int, str | None]:
    if text[name_end:name_end + 1] not in (",", " ", "“", '"') or (
            text[name_end:name_end + 1] == " " and text[name_end + 1:name_end + 2] not in ("“", '"')):
        return name_end, None
    match = _APPOSITIVE.match(text, name_end, hi)
    if not match:
        return name_end, None
    if "ccording to" in text[max(0, name_end - 120):name_end] and _ACCORDING_OPEN.search(text, max(0, name_end - 120), name_end):
        return name_end, None  # "According to Itamaraty, trade between ... reached": the clause, no title
    app = match.group("app").strip()
    tokens = app.split()
    if _APPOSITIVE_VERB.search(app):
        return name_end, None
    elected = _WHO_ELECTED.match(app) if tokens[0] == "who" else None
    if elected and match.group("end") != ",":
        return name_end, elected.group("office")  # "Y, who was elected Chairwoman of the Assembly of X.": her office
    if (tokens[0] in ("who", "whose") or (tokens[0].islower() and tokens[0].endswith("ing") and tokens[0] not in TITLE_WORDS)
            ) and match.group("end") == ",":  # (a participle, not "king")
        end = match.end() - 1  # "Wang, who is also a member of ..., said": part of the subject, not a title
        return end, ""
    for a, b in pairwise(tokens):
        if a[0] in UPPER and a.lower() in OFFICE_WORDS and is_name_word(b):
            return name_end, None  # "..., President Kaysone Phomvihane": a new person
    first = tokens[0].lower()
    if first in {"and", "of", "for", "to", "in", "on", "at", "his", "her", "their", "its", "as", "while", "but"}:
        return name_end, None
    if first in {"a", "an", "the", "also", "currently", "now"} or first in TITLE_LOWER or country_in(tokens[0])[0] or (
            "-" in first and all(part in TITLE_LOWER for part in first.split("-"))):  # "Governor-General of ..."
        if len(app.split()) > 30:
            return name_end, None
        end = match.end()
        # "..., Vice President, Prime Minister and Ruler of Dubai,": offices listed with commas
        while text[end - 1:end] == ",":
            more = _MORE_OFFICES.match(text, end, hi)
            if not more or _APPOSITIVE_VERB.search(more.group(1)) or (
                    more.group(1)[0].islower() and more.group(1).split()[0] not in TITLE_LOWER) or more.group(1).split()[0] in (
                    "and", "or", "but", "who", "which", "while", "as", "in", "on", "at") or any(is_name_word(w) and text[max(0, text.find(w, more.start()) - 3):
                                                             text.find(w, more.start())] != "of "
                               for w in more.group(1).split()[1:]):
                break
            app = f"{app}, {more.group(1).strip()}"
            end = more.end()
        while end > name_end and text[end - 1] in ", ":
            end -= 1
        return end, app
    return name_end, None


# Post-nominal letters between a name and its appositive (honours, degrees, "MP", "(Retd)").
_POST_NOMINALS = re.compile(r"(?:\s+(?:[A-Z]{2,5}|\([Rr]etd?\.?\)))+(?=,)")
_MORE_OFFICES = re.compile(
    r"\s+((?:Vice|Deputy|First|Prime|Chairman|Chairwoman|President|Minister|Ruler|Speaker|Secretary|Governor|Head|"
    r"Chief|Commander|Crown|Supreme|Foreign|Defence|Defense|Interior|Finance|[a-z][\w-]*)\b[^,;:\"“”]{0,80}?)(?:,|(?=[.;:])|$)"
)


@lru_cache(maxsize=16384)
def _parse_run(run: str, after_of: bool) -> tuple[int, int, str, str, int] | None:
    """(name start, name end, name, form with honorifics, name words) within a run, or None."""
    words = run.split()
    # A quoted nickname is left out of the name (the form with it becomes an alias, see scan).
    kept = [i for i, w in enumerate(words) if w[0] not in _QUOTES]
    span = split_name([words[i] for i in kept])
    if span is None:
        return None
    begin, end = kept[span[0]], kept[span[1] - 1] + 1
    if begin == 0 and end - begin >= 3 and after_of:
        begin = 1  # "Rais of Tatarstan Rustam Minnikhanov": the first word is a place (or a body)
    offsets = [m.start() for m in _TOKEN.finditer(run)]
    name_words = [_bare(w) if i == end - 1 else w for i, w in enumerate(words[begin:end], begin) if w[0] not in _QUOTES]
    name = " ".join(name_words)
    honorific_form = " ".join(words[max(0, begin - _honorific_count(words, begin)):begin] + name_words)
    first = name_words[0]
    if first.lower() in NON_NAME_WORDS and first not in _SURNAME_WORDS:
        return None if offsets[begin] == 0 and begin == 0 else (offsets[begin], offsets[end - 1] + len(words[end - 1]), name, honorific_form, len(name_words))
    return offsets[begin], offsets[end - 1] + len(words[end - 1]), name, honorific_form, len(name_words)


@lru_cache(maxsize=16384)
def _reference_word(run: str) -> str | None:
    """The word of a run that names no one by itself but may refer to a known person: initials
    ("AMLO") or a surname that is also a common word ("Green") or an honorific ("Sayed"); None for any other run."""
    word = _bare(run)
    if word.isupper() and 3 <= len(word) <= 5 and word.isalpha() or word in _WORD_SURNAMES or _surname_honorific(word):
        return word  # ("Sayed said": the surname of a "Radul Sayed" named before)
    return None


# A paper by its masthead ("told The Brussels Times", "Nyasa Times", "Manila Bulletin"): an outlet, never a person
_MASTHEAD = re.compile(r"\s(?:Times|Tribune|Gazette|Chronicle|Inquirer|Herald|Bulletin)$")


@lru_cache(maxsize=16384)
def _names_no_one(run: str) -> bool:
    """Whether a run names no person wherever it stands ("The", "China", "Foreign Ministry", "The Brussels
    Times"): most runs, so `scan` sets them aside first."""
    return _MASTHEAD.search(run) is not None or (
        _parse_run(run, False) is None and _parse_run(run, True) is None and _reference_word(run) is None)


def sentence_runs(text: str, sentences: list[tuple[int, int]]) -> list[list[re.Match]]:
    """The capitalised runs of each of a paragraph's sentences (what `scan` reads), found with one
    search over the paragraph. A run crossing a sentence end (after an abbreviation the splitter
    does not know: "King Jr. The ...") sends the search back to each sentence apart."""
    if not sentences:
        return []
    lo, hi = sentences[0][0], sentences[-1][1]
    quoted = text.find('"', lo, hi) >= 0 or text.find("“", lo, hi) >= 0
    pattern = RUN_WITH_NICKNAMES if quoted else RUN  # (the same runs where a sentence has no quotation marks)
    runs = list(pattern.finditer(text, lo, hi))
    prefixed = text.find("l-", lo, hi) >= 0
    out: list[list[re.Match]] = []
    taken = 0
    for s0, s1 in sentences:
        first = taken
        while taken < len(runs) and runs[taken].start() < s1:
            taken += 1
        if taken > first and runs[taken - 1].end() > s1:
            return [_with_prefixed(text, s0, s1, list(pattern.finditer(text, s0, s1))) for s0, s1 in sentences]
        out.append(_with_prefixed(text, s0, s1, runs[first:taken]) if prefixed else runs[first:taken])
    return out


def _with_prefixed(text: str, lo: int, hi: int, runs: list[re.Match]) -> list[re.Match]:
    """The runs of text[lo:hi] with those opening with "al-" and the like ("al-Assad") added."""
    if text.find("l-", lo, hi) >= 0:
        runs = runs + [m for m in _PREFIXED_RUN.finditer(text, lo, hi)
                       if not any(r.start() <= m.start() < r.end() for r in runs) and not text[m.start() - 1:m.start()].isalpha()]
        runs.sort(key=lambda m: m.start())
    return runs


def scan(text: str, lo: int, hi: int, registry: Registry, runs: list[re.Match]) -> list[Mention]:
    """Person mentions in text[lo:hi], whose capitalised runs are given (see sentence_runs),
    registering new people."""
    mentions: list[Mention] = []
    for run in runs:
        r0 = run.start()
        run_text: str = run.group()
        if run_text.endswith(" May") and text[run.end():run.end() + 3][1:2].isdigit():
            run_text = run_text[:-4]  # "Vladimir Putin May 9": a date
        if run_text.endswith(_GIVEN_ABBREVIATIONS) and text[run.end():run.end() + 1] == "." and (
                run_text.rsplit(None, 1)[-1] in _GIVEN_ABBREVIATIONS):
            run_text = run_text.rsplit(None, 1)[0] if " " in run_text else ""  # "Foreign Minister Md. X": "Md." is X's
            if not run_text:
                continue
        if _names_no_one(run_text):
            continue
        if r0 - 2 >= lo and text[r0 - 1] == "-" and text[r0 - 2].islower():
            glued = text[text.rfind(" ", lo, r0) + 1:r0] + run_text
            if all(_bare(w).lower() in HONORIFICS for w in glued.split()):
                continue  # "the Yang di-Pertuan Agong": a royal style cut at its hyphen names no one
        # "Chairman of the Majilis Marat Ospanov": after "of (the)", a three-word run opens with the body
        after_of = r0 - 4 >= lo and text.startswith(" of ", r0 - 4) or r0 - 8 >= lo and text.startswith(" of the ", r0 - 8)
        if not after_of and r0 - 4 >= lo and text.startswith(" in ", r0 - 4):
            # (so after an office's post: "Consul General in Erbil Mark Henley", "Ambassador in Rome X Y")
            after_of = text[text.rfind(" ", lo, r0 - 4) + 1:r0 - 4].lower() in TITLE_WORDS
        if after_of and city_country(run_text):
            continue  # "Crown Prince of Abu Dhabi": a place, though "Abu" may open a name
        parsed = _parse_run(run_text, after_of)
        if parsed is None:
            word = _reference_word(run_text)
            if word is None:
                continue
            if word.isupper():
                index = registry.initials(word, r0)
                if index is not None:  # "AMLO told reporters": the initials of a person named before
                    registry._alias(index, word)
                    registry.actors[index].last = r0
                    mentions.append(Mention(r0, r0, r0 + len(word), r0 + len(word), index, None))
                continue
            index = registry.short(word, r0)
            known = fold(registry.actors[index].name).split() if index is not None else []
            if index is None or _surname_honorific(word) and fold(word) != known[-1] and not (
                    word in _SURNAME_WORDS and fold(word) == known[0]):  # ("Yang said" of "Yang Wei": surname first)
                continue  # (an honorific alone refers only to a person whose surname it is)
            parsed = (0, len(word), word, word, 1)  # "Green, whose state ...": a known person's surname
        n0, n1, name, honorific_form, size = parsed
        name_start, name_end = r0 + n0, r0 + n1
        given = _GIVEN_ABBREVIATION.search(text, max(lo, r0 - 7), r0) if n0 == 0 and size >= 2 and text[r0 - 2:r0] == ". " else None
        if given and given.start() >= lo and text[given.start() - 1:given.start()] in (" ", ""):
            # the Filipino "Ma." (María), the South Asian "Md." (Muhammad) opens the name
            name_start, name = given.start(), f"{given.group(1)}. {name}"
            honorific_form = name if honorific_form == name[len(given.group(1)) + 2:] else honorific_form
        if size == 1:
            index = registry.short(name, name_start)
            if index is None:
                start, title = title_before(text, lo, name_start)
                if title and _office_title(title) or "." in name and _INITIAL_DOT.match(name):  # "G.Zandanshatar": a name by its form
                    of_state = _OF_STATE.match(text, name_end, hi)  # "Emperor Naruhito of Japan"
                    state = of_state and is_country_name(of_state.group(1))
                    index = registry.person(name, [], f"{title} of {of_state.group(1)}" if state else title, name_start)  # "Pope Francis"
                    mentions.append(Mention(start, name_start, name_end, name_end, index, title))
                continue
            name_start, name = _particles_before(text, lo, name_start, name, registry.actors[index].name)
            registry.actors[index].last = name_start
            registry._alias(index, name)
            _, title = title_before(text, lo, name_start)
            if title:
                registry._title(index, title)
            if honorific_form != name:
                registry._alias(index, honorific_form)
                registry.address(index, honorific_form)
            app_end, appositive = appositive_after(text, name_end, hi)
            if appositive:
                registry._title(index, appositive)
            mentions.append(Mention(name_start, name_start, name_end, app_end, index, title or appositive))
            continue
        start, title = title_before(text, lo, name_start)
        city_code = None
        post = _POST_NOMINALS.match(text, name_end, hi)  # "David Hurley AC DSC (Retd), Governor-General of ..."
        app_end, appositive = appositive_after(text, post.end() if post else name_end, hi)
        full_title = title if not appositive else (appositive if not title else f"{title}, {appositive}")
        if title and "," in text[max(lo, start - 160):start] and not country_in(full_title)[0]:
            # "his Sri Lankan counterpart, Minister of Foreign Affairs, Tourism X": the counterpart's state
            counterpart = _COUNTERPART_BEFORE.search(text, max(lo, start - 160), start)
            if counterpart and country_in(counterpart.group(1))[0]:
                full_title = f"{counterpart.group(1).strip()} counterpart, {full_title}"
            else:  # "the Yang di-Pertuan Agong of Malaysia, Sultan X": the office's state before the comma
                state = _OF_STATE_BEFORE.search(text, max(lo, start - 60), start)
                if state and _AS_BEFORE.search(text, max(lo, state.start() - 40), state.start()):
                    state = None  # (an office one is appointed to, no appositive: "on his appointment as Prime
                    # Minister of Lebanon, Presidential Spokesperson X said": the spokesman's office names no state)
                if state and is_country_name(state.group(2)) and fold(state.group("office")) in _OFFICE_OR_STYLE:
                    full_title = f"{full_title} of {state.group(2)}"
                elif state and fold(state.group("office")) in _SEE_OFFICES and city_country(state.group(2)):
                    # "the Patriarch of Lisbon, Cardinal X": the see's state, as "Archbishop X of Colombo"
                    full_title = f"{state.group('office')} of {state.group(2)}"
                    city_code = city_country(state.group(2))
        forms = [honorific_form] if honorific_form != name else []
        nickname = _NICKNAME_IN_NAME.search(text, name_start, name_end)
        if nickname:  # the verbatim form, and the nickname with the surname ("Leni Robredo")
            forms += [text[name_start:name_end], f"{nickname.group(1)} {name.split()[-1]}"]
        if appositive and text[name_end:name_end + 2].strip()[:1] in ("“", '"'):
            nickname = _APPOSITIVE.match(text, name_end, hi)
            if nickname and nickname.group("nick"):
                forms += [nickname.group("nick"), text[name_start:nickname.end("nick") + 1]]
        if not appositive:
            of_state = _OF_STATE.match(text, name_end, hi)
            if of_state and (is_country_name(of_state.group(1)) or city_country(of_state.group(1))):
                # "Sushil Koirala of Nepal"; "Archbishop Luis Perera of Colombo": the city's state
                full_title = f"{full_title or ''} of {of_state.group(1)}".strip()
                city_code = city_country(of_state.group(1))
        index = registry.person(name, forms, full_title, name_start)
        if city_code and not registry.actors[index].country_known:
            registry.actors[index].country, registry.actors[index].country_known = city_code, True
        if not registry.actors[index].country_known and registry.default_country == "VAT" and full_title \
                and _SECULAR_OFFICE.search(full_title) and not _CURIA.search(full_title):
            # under a Vatican dateline a prime minister is not the Holy See's (it has none): the state named last
            code = last_state_in(text[max(0, start - 400):start])
            if code and code != "VAT":
                registry.actors[index].country, registry.actors[index].country_known = code, True
        if not registry.actors[index].country_known and text.startswith(" and ", app_end):
            # "congratulated President X and the people of Senegal": X leads that people
            people = _AND_PEOPLE_OF.match(text, app_end, hi)
            code = is_country_name(people.group(1)) if people else None
            demonym = _AND_A_PEOPLE.match(text, app_end, hi) if not code else None
            if demonym:
                word = demonym.group("adj") or demonym.group("plural")
                code = country_in(word)[1] if country_in(word)[0] and not is_country_name(word) else None
            if code:
                registry.actors[index].country, registry.actors[index].country_known = code, True
        if full_title and fold(full_title) == "ambassador" and not registry.actors[index].country_known \
                and "Embassy" in text[lo:hi]:
            # "at the Kazakh Embassy in Abu Dhabi, Ambassador X said": the embassy's state sent him
            embassies = {country_in(m.group(1))[1] for m in _EMBASSY_OF.finditer(text, lo, hi)} - {None}
            if len(embassies) == 1:
                registry.actors[index].country, registry.actors[index].country_known = embassies.pop(), True
        if honorific_form != name:
            registry.address(index, honorific_form)
        if mentions and not registry.actors[index].country_known and _AND_GAP.fullmatch(text, mentions[-1].end, start):
            partner = registry.actors[mentions[-1].actor]  # "Nicaraguan President X and Vice President Y"
            if partner.country_known and partner.kind == "person":
                registry.actors[index].country, registry.actors[index].country_known = partner.country, True
        mentions.append(Mention(start, name_start, name_end, app_end, index, full_title))
    return mentions


# Abbreviated given names written with a period before the rest of the name: the Filipino "Ma." (María),
# the South Asian "Md." and Malay "Mohd."/"Muhd." (Muhammad).
_GIVEN_ABBREVIATIONS = ("Md", "Mohd", "Muhd")
_GIVEN_ABBREVIATION = re.compile(r"\b(Ma|Md|Mohd|Muhd)\. $")
_ROYAL = {"sultan", "king", "queen", "emir", "amir", "prince", "princess", "crown", "pope", "emperor", "empress"}
_ADDRESS = {"his", "her", "majesty", "highness", "excellency", "holiness", "royal", "eminence"}


def _particles_before(text: str, lo: int, name_start: int, name: str, full: str) -> tuple[int, str]:
    """A surname with its particles ("von der Leyen" of "Ursula von der Leyen"): (start, form)."""
    start, form = name_start, name
    while start - 2 > lo and text[start - 1] == " ":
        word_start = text.rfind(" ", lo, start - 1) + 1
        word = text[max(lo, word_start):start - 1]
        if word.lower() not in PARTICLES or not full.endswith(f" {word} {form}"):
            break
        start, form = max(lo, word_start), f"{word} {form}"
    return start, form


def _honorific_count(words: list[str], begin: int) -> int:
    """Words of address before a name ("His Majesty Sultan", "Samdech Techo", "Dr.")."""
    count = 0
    while begin - count - 1 >= 0:
        low = words[begin - count - 1].lower()
        if (low.rstrip(".") in HONORIFICS or low in _ROYAL) and low != "general":
            count += 1
        else:
            break
    return count


# Lower-case words an organisation's name may hold: connecting words ("Ministry of Foreign Affairs",
# "Forum on Water Security", "University of Dar es Salaam", "State Committee for Work with Diaspora") and a body's head noun ("Kremlin press
# service", "Irish government"). Any other lower-case word opens a clause ("X inviting him to attend
# the World Conference"), which is never part of a name.
ORG_LOWER_WORDS = frozenset({
    "of", "the", "and", "for", "on", "in", "at", "to", "against", "with", "de", "des", "du", "la", "le", "les", "del",
    "della", "di", "da", "do", "dos", "das", "es", "y", "e", "et", "al", "el", "los", "las", "und", "van", "von", "der",
} | {w for head in ORG_HEADS for w in head.split()})
_ORG_LOWER = "|".join(sorted(ORG_LOWER_WORDS, key=len, reverse=True))
_ORG_NAME = re.compile(
    # (a French elision inside the name: "the National Assembly of Côte d'Ivoire")
    rf"^(?:the\s+)?(?P<name>(?:{UPPER_CLASS}[\w'’.&-]*|\d+\w*|of|the|and|for|de|on|in)(?:\s+(?:{UPPER_CLASS}[\w'’.&-]*|\d+\w*|[dl]['’]{UPPER_CLASS}[\w-]*|(?:{_ORG_LOWER})\b))*?)"
    r"(?:\s+\((?P<acr>[A-Z][^\W\d_]{1,11})\))?\s*$"  # (an acronym, or the body's own name: "(Cancillería)")
)


_LEADING_THE = re.compile(r"^(?:the|The)\s+")
# (a description in lower-case adjectives, never a connective: "head of Government" is an office)
_DESCRIBED_ORG = re.compile(rf"(?:(?!(?:{_ORG_LOWER}|through|with|from|by)\s)[a-z][\w-]*\s+){{1,2}}([A-Z][\w'’-]*\s+[A-Z].*)")
# The first lower-case word that no organisation's name holds, and connecting words left at a cut's end.
_ORG_CLAUSE = re.compile(rf"\s+(?=[a-z])(?!(?:{_ORG_LOWER})(?:\s|$))")
_TRAILING_LOWER = re.compile(rf"(?:\s+(?:{_ORG_LOWER}))+$")
_HEAD_OF_THE = re.compile(r"(.+?)\s+of\s+the\s+")
# A gathering's name ends before the place it is held in ("Leaders' Meeting in Honiara", "Summit in Doha"); not a
# body's ("Organization for Security and Co-operation in Europe")
_GATHERING_IN_PLACE = re.compile(
    r"\b((?:Meeting|Summit|Session|Conference|Forum|Congress|Symposium|Dialogue|Expo)(?:\s+of\s+the\s+[A-Z][\w'’-]*)?)"
    r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")  # (also "the Conference of the Parties in Baku")
_GROUP_NOUN = re.compile(r"\b(?:students|people|citizens|participants|guests|youth|children|members|workers|leaders)\b")


def organization_forms(phrase: str) -> tuple[str, list[str]] | None:
    """Name and aliases of an organisation phrase ("the United Nations Children's Fund (UNICEF)")."""
    phrase = phrase.strip(" ,.")
    phrase = _LEADING_THE.sub("", phrase)
    described = _DESCRIBED_ORG.match(phrase) if phrase[:1].islower() else None
    if described and is_org_phrase(described.group(1)):
        phrase = described.group(1)  # "the shadow National Unity Government": the body, not its description
    match = _ORG_NAME.match(phrase)
    if not match:
        # "the Forum on Water Security inviting its members to ...": the name ends where a lower-case
        # clause opens, if what stands before it still names a body ("Sayed inviting him" names none)
        clause = _ORG_CLAUSE.search(phrase)
        head = _TRAILING_LOWER.sub("", phrase[:clause.start()]) if clause else ""
        match = _ORG_NAME.match(head) if " " in head and is_org_phrase(head) else None  # (a head noun alone names none)
        if not match:
            return None
    name = match.group("name").strip()
    if " in " in name:
        name = _GATHERING_IN_PLACE.sub(r"\1", name)  # "the Pacific Islands Forum Leaders' Meeting in Honiara": where it met
    if not name or not any(w[0] in UPPER for w in name.split()):
        return None
    aliases = []
    acronym = match.group("acr")
    if acronym:
        aliases.append(acronym)
        head = _HEAD_OF_THE.match(name)
        if head:
            aliases.append(f"{acronym} {head.group(1)}")
    return name, aliases


def is_org_phrase(phrase: str) -> bool:
    words = set(fold(phrase).split())
    if words & ORG_HEAD_WORDS or _GROUP_NOUN.search(phrase):
        return True
    house = _LEGISLATURE.search(phrase) if "House" in phrase or "Senate" in phrase or "Chamber" in phrase else None
    # (but "Chairman of the Senate": an office of it)
    return bool(house) and not any(fold(w) in OFFICE_WORDS for w in phrase[:house.start()].split())


# Legislatures named by a house or a senate ("the Moroccan House of Representatives", "the Senate of Chile").
_LEGISLATURE = re.compile(r"\b(?:House\s+of\s+(?:Representatives|Commons|Lords|Councillors|Deputies|Assembly|Peoples?|Nationalities)|"
                          r"Senate|Chamber\s+of\s+(?:Deputies|Representatives|Councillors))\b")
