"""Messages: who sent which written message to whom, read sentence by sentence.

Sentence forms recognised (each gives one message per sender and recipient):
- X sent/conveyed/extended/addressed [a ...] MESSAGE to Y [on/over/for OCCASION]
  (also "conveyed his acceptance in a reply letter to Y", "conveyed greetings to Y in a message");
- in a/his MESSAGE to Y, X said ...; X said ... in a message to Y (also "in the letter, addressed to Y");
- X wrote to Y; "In the letter, X told Y that ...";
- X and Y exchanged MESSAGES (both directions); "..., while Z and W did the same", also as a
  sentence of its own ("Z and W did the same."; after a message sent, "Z did the same" sent one
  like it to the same recipients);
- X sent similar/identical MESSAGES to Y: the kind of the message they resemble; "cables of
  condolence and congratulations" (similar or not) are two messages, one of each kind;
- MESSAGES (also) went to Y1, Y2 ... (from the last sender);
- X received MESSAGES (congratulations, condolences) from Y1 and Y2; from unnamed leaders, it
  opens a roundup to X; "X received a message (addressed) to Z from Y" (a minister or a crown prince
  receiving for the head of state) is Y's message to Z;
- X congratulated (condoled with, thanked; expressed his condolences to) Y ..., where a later
  sentence quotes the message ("In his message, ...", "the telegram reads", "the condolence message
  reads") before any other such act: a written message, unless the article is about a call or a
  meeting (a quotation belongs to the nearest act before it);
- "A and B sent MESSAGES to C and D respectively": A to C and B to D;
- X replied to a letter from Y (Y's letter, and X's reply);
- in a joint/separate message, X and Y congratulated Z; X congratulated Z ... in a telegram (also
  "X and Y congratulated Z in messages sent to his office");
- X, in a letter to Y, conveyed ...; X's letter to Y; a message from X to Y;
- X sent/cabled condolences (congratulations, sympathies) to Y; "X conveyed (extended) condolences to Y" after a
  message is that message's content only where X wrote it, never "in a separate message";
- a MESSAGE X had sent to Y ("The letter was in reply to a message of sympathy X had sent to Y");
- MESSAGES were also sent by X and Y (to Z), also "was sent by X to Z"; MESSAGES also came from X; among those who
  sent MESSAGES were X and Y (to the roundup's or the last recipient); after a roundup's
  opening, "Among them were X and Y";
- "In his reply letter, X said ..." is a letter back to whoever wrote to X (pipeline.py);
- X sent a letter to Y in reply to his (Z's) MESSAGE: also Y's (Z's) earlier message to X; "X wrote
  back to Y";
- "sent a telegram, signed by Z, to Y": the signer stands between the message and its recipient;
- the list of recipients ends where a signer, deliverer or reader is named ("..., signed by the
  Secretary of State, Cardinal Z"; "in a message delivered by"): GUIDELINES, "someone who only signs,
  delivers or reads out a message is not its sender", nor is he a recipient;
- "The message, addressed to Z, ..." after a message "to the people of Y" is to Z;
- a message "to the people of Y" is to the state Y, "to the government and people of Y" to Y's
  government, but only where no person is among the recipients (GUIDELINES: a state "only where no
  person is named"; "to his counterpart and to the people of Y" is to the counterpart);
- a recipient list ends where a clause opens with its own sender ("sent a message to A, and B,
  chairman of ..., sent a message to C"); leaders left unnamed ("sent messages to Lao leaders")
  are no recipient, nor is anyone in a "where" clause after them; "to the Chairman of the Council, Y," is to Y (the office is his); a bare name after "in" is the place ("received a message from X in Santo
  Domingo"), no party; "to the Turkish government", where no such government is known yet, is to that
  government; "to the second ... Economic and Trade Expo" is to one event (its name holds the "and");
- "congratulated the presidents of A, B and C" then "sent messages to X, Y and Z": X, Y and Z, as
  many as the states, are the presidents of A, B and C in that order (state and title);
- roundups: "Leaders of ... have sent messages to Z" (also "have sent messages congratulating Z",
  "Regional leaders have congratulated Z"; "Messages of condolence continued to pour in ... for Z";
  "Heads of State and Government
  from ...", a group rather than a body) opens a roundup; each leader then
  introduced by full name as a speaker sent Z a message (see statements.py); in a roundup, "X also
  sent a congratulatory message." (also "..., according to the ministry.") names no recipient: it is to Z;
- media forms: "X sent Y a congratulatory message"; "X sent a telegram congratulating (thanking) Y"; "X was among the first to react, sending a message to Y";
  "The agency said X (, title, and Z) sent/had received ..." (also "The spokesperson added that X had received ..."):
  the subject follows the reporting clause;
  "had not yet received any message from Y" is none; three or more states as joint sender ("A, B, C and
  several other states have sent condolences to Z") summarise the leaders' messages that follow; a plain
  letter to someone another sender condoled with or congratulated, or a "joint message" right after such
  a message, is of that kind; a leader whose words were posted ("tweeted", "on X") sent no roundup message.
A message announced rather than sent ("is expected to send", "will send", "plans to send") is none; "X thanked Y ...
in a reply letter" is a reply (letter); a recipient list ends at ", according to" and at "..., his spokesman X said".
A "congratulatory (condolence, diplomatic) note" is a message noun, a bare "note" is not. A plain message with
its own purpose after it ("..., proposing to hold the next session ...") takes no kind from the article's lead.
A message noun in a figurative sense ("a clear message to investors", "text messages")
is not a message, nor a plain "message" sent by a state; calls, talks and briefings are
never messages, and greetings "conveyed", "extended" or "exchanged" in an article about a call
or a meeting were not written. A later, more specific kind refines a plain letter between the
same two actors instead of adding a message.

Kind (GUIDELINES.md, and the corpus conventions): a message to a gathering (forum,
conference, participants) is a `letter`; otherwise condolence and thanks words in the message
phrase decide, then a festival in the noun ("an Eid message": `greeting`), then congratulation
words, then the occasion: greetings for a festival or the New Year are `greeting`, for a
national day or anniversary `congratulation`. The kind follows the occasion, not the outlet's
word (GUIDELINES: greeting = "New Year, festival and season's greetings"): "a cable of
congratulations on Christmas" and "congratulatory messages on Nowruz" are `greeting`, unless the
occasion is also one congratulated (a national day, an election). A participle after the
recipient says what a plain letter does ("wrote to Y, thanking him for ..." or "to thank him" is `thanks`: a
thank-you letter in reply to a message of sympathy is `thanks`, and the earlier message is a
`condolence` the other way). A generic message, letter or telegram takes the kind its occasion
implies, else `letter`. Where a sentence gives no occasion, or only "the (auspicious) occasion",
the article's lead occasion is used, except for a written or verbal message (a diplomatic note) and
in a sentence that turns to another matter ("In a separate development", "Separately", "Meanwhile").
"In a letter to Y, X said ..." after a message from X to Y
is that message, whatever its kind: what the letter says ("said in the letter to Y that 2021, the 500th
anniversary ...") does not make it a congratulation.
"""
from __future__ import annotations

import re
from itertools import product

from app.extract.context import (
    ADDRESS_BEFORE_OFFICE,
    Context,
    learn_gender,
    party,
    resolve_phrase,
    strip_adverbials,
)
from app.extract.countries import DEMONYMS, city_country, country_in
from app.extract.lexicon import (
    CONDOLENCE_WORDS,
    CONGRATULATION_WORDS,
    FESTIVAL_NAMES,
    FIGURATIVE_MESSAGE,
    GATHERING,
    GREETING_OCCASION,
    INTERNATIONAL_MARKERS,
    MESSAGE_NOUN,
    MESSAGE_OF,
    OFFICE_WORDS,
    THANKS_WORDS,
)
from app.extract.names import Mention, fold
from app.extract.statements import is_roundup_sender

_NOUN = rf"{MESSAGE_NOUN}(?:\s+of\s+{MESSAGE_OF}(?:\s+and\s+{MESSAGE_OF})?)?"
# Each message noun opens with its first letter in both cases ("[Mm]essages?"). Patterns opening with a
# noun look ahead for those letters first: Python's engine then skips to them instead of trying every
# noun at every position.
_NOUN_LETTERS = "".join(sorted({c for pair in re.findall(r"\[([A-Z][a-z])\]", MESSAGE_NOUN) for c in pair}))
_SEND = re.compile(
    r"(?=[sdcaefwr])\b(?:sent|sends|sending|send|dispatched|conveyed|conveys|addressed|extended|forwarded|delivered|cabled|wired|"
    # ("replied with a letter to X": a reply; "responded on Friday with a letter of thanks to X")
    r"(?:replied|responded|answered)(?=(?:\s+(?:on|last)\s+[A-Z][a-z]+day|\s+(?:yesterday|today))?\s+with\s)|"
    r"entrusted(?=(?:\s+(?!with\b)[\w'’-]+){1,3}\s+with\s))\b"  # ("entrusted the minister with a reply to X": the
    # envoy carries X's message; not "was entrusted with a message", the envoy)
    rf"(?P<gap>(?:\s+[\w'’-]+){{0,4}}?)\s+(?P<noun>(?:[\w'’-]+\s+)?{_NOUN})"
    # "sent a telegram, signed by the Secretary of State, to Y": the signer stands between
    r"(?:,\s+(?:signed|delivered|handed\s+over)\s+by\s+[^,;]{1,80},)?"
    # (but "sent a letter inviting Y to the summit": the participle's object is the recipient, see _SENT_A_ACTING)
    r"\s+(?:(?!(?:inviting|thanking|congratulating|urging|asking|requesting)\s)(?:[\w'’-]+\s+)){0,2}?to\s+",
)
# "X sent Y a congratulatory message": the recipient named before the message (a name or a title opens it)
_SENT_PERSON_A = re.compile(
    rf"\bsen(?:t|ds)\s+(?P<who>[A-Z][^,.;]{{1,60}}?)\s+(?:a|an)\s+(?P<noun>(?:[\w'’-]+\s+)?{_NOUN})\b"
)
# "X sent a telegram congratulating Y": the recipient named after the participle of the act
# (also "sent a letter inviting Y to the summit": a letter, whatever the article's lead is about; joint senders'
# "have sent separate messages congratulating Y": one each)
# (a day between: "sent a cable on Thursday congratulating Y")
_SENT_A_ACTING = re.compile(rf"\bsen(?:t|ds)\s+(?:(?:a|an)\s+)?(?P<noun>(?:[\w'’-]+\s+)?{_NOUN})"
                            r"(?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|earlier\s+today))?"
                            r"\s+(?P<act>congratulating|thanking|inviting)\s+")
# "HM the King sent cables of thanks in reply": back to each who wrote to him before (no recipient named)
_SENT_IN_REPLY = re.compile(rf"\bsen(?:t|ds)\s+(?:(?:a|an)\s+)?(?P<noun>(?:[\w'’-]+\s+)?{_NOUN})\s+in\s+(?:reply|response)\b(?!\s+to\b)")
# (after "sent cables of thanks to": "the two leaders", "both heads of state", who wrote before)
_THOSE_WHO_WROTE = re.compile(r"(?:the\s+(?:two|three)\s+|both\s+)(?:leaders|heads\s+of\s+state)\b(?!\s+of\b)")
_SEND_WORDS = ("sent", "send", "dispatch", "convey", "addressed", "extended", "forwarded", "delivered", "cabled", "wired",
               "replied ", "responded ", "answered ", "entrusted")
# "sent/extended congratulations to X": a message unless the article reports a call or a meeting.
_SEND_WISHES = re.compile(
    r"(?=[secw])\b(?:sent|sends|cabled|wired|extended|extends|conveyed|conveys)\s+(?:(?:his|her|their|its|warm|warmest|deep|deepest|"
    r"sincere|heartfelt|cordial|profound|best)\s+)*(?P<noun>congratulations|condolences|sympathies|felicitations|thanks)\s+to\s+"
)
_KIN = re.compile(r"['’]s\s+(?:family|families|relatives|widow|people|loved\s+ones)\b")
# Words placing an article in a call, a meeting or a speech (matched against lower-cased text).
_CALL_WORDS = ("phone", "telephone", "talks", "met", "meets", "meeting", "conversation", "call", "press conference",
               "briefing", "interview", "speech", "televised", "video link", "news conference", "visit")
# The lookahead for their first letters lets the engine skip to those letters rather than try every position.
CALL_CONTEXT = re.compile(rf"(?=[{''.join(sorted({w[0] for w in _CALL_WORDS}))}])\b(?:{'|'.join(_CALL_WORDS)})\b")
# "sent on his behalf by the Secretary of State to Y": the signer stands between the message and Y
_ON_BEHALF_BY = r"(?:(?:on\s+\w+\s+behalf\s+)?by\s+[^,;]{1,80}?\s+)"
_IN_MESSAGE_TO = re.compile(
    r"(?=[Ii])\b[Ii]n\s+(?:a|an|his|her|their|its|the)\s+(?P<noun>(?:[\w-]+\s+){0,2}?(?:message|letter|telegram|reply|card|greeting)s?"
    rf"(?:\s+of\s+{MESSAGE_OF})?)(?:\s+|,\s+(?=addressed))(?:addressed\s+|sent\s+{_ON_BEHALF_BY}?)?to\s+"
)
_WROTE_TO = re.compile(r"(?=[wh])\b(?:wrote|writes|(?:has|had|have)\s+(?:(?:also|since|already|now)\s+)?written)\s+(?:back\s+|separately\s+|personally\s+|again\s+)?"
                       # ("has written a letter of thanks to Y": a letter of that kind)
                       rf"(?:a\s+(?P<noun>letter(?:\s+of\s+{MESSAGE_OF})?)\s+)?to\s+")
_WRITTEN_TO_ACT = re.compile(r"(?P<act>thank|congratulat)e?\s")  # ("wrote back to thank Y": the purpose, then Y)
_EXCHANGED = re.compile(
    # (four words before the noun: "exchanged Christmas and New Year greetings")
    rf"(?=e)\bexchang(?:ed|e|es)\s+(?P<noun>(?:[\w'’-]+\s+){{0,4}}?(?:{_NOUN}|congratulations|condolences|felicitations))"
)
# The main verb of a clause whose subject sends the message "in a letter to Y".
_MAIN_VERB = re.compile(
    r"\b(?:said|says|wrote|noted|stressed|expressed|added|conveyed|extended|thanked|congratulated|invited|"
    r"informed|assured|urged|offered|reaffirmed|praised|hailed|welcomed|wished|condoled|mourned|proposed|called)\b"
)
# (a day between: "exchanged greetings on Sunday with Y")
_WITH = re.compile(r"(?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|today))?\s+with\s+")
_DID_THE_SAME = re.compile(r"(?:,\s*while|,\s*and|;|\band)\s+(?P<subj>.+?)\s+did\s+(?:the\s+same|likewise|so)\b")
_DID_ALONE = re.compile(r"\s+did\s+the\s+same\b")
# (also "a similar letter had been sent to the government of Y": of the kind of the message it resembles)
_WENT_TO = re.compile(rf"(?=[{_NOUN_LETTERS}])(?P<noun>{_NOUN})\s+(?:also\s+)?(?:went|(?:were|was|(?:had|has|have)\s+(?:also\s+)?been)\s+"
                      r"(?:also\s+)?(?:sent|addressed))\s+to\s+")
_SIMILAR_BEFORE = re.compile(r"\b(?:similar|identical)\s+$")
_TO = re.compile(r"\s+to\s+(?=[A-Z]|the\s)")
_HAD_SENT = re.compile(
    rf"(?=[{_NOUN_LETTERS}])(?P<noun>{_NOUN})\s+(?:that\s+|which\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+"
    r"(?:had\s+|has\s+)?sent\s+to\s+"
)
_IN_REPLY_TO = re.compile(
    r"(?=[Ii])\b[Ii]n\s+(?:reply|response)\s+to\s+(?:an?\s+(?:earlier\s+)?|the\s+)?(?P<owner>his|her|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s)\s+"
    rf"(?P<noun>(?:[\w-]+\s+){{0,2}}?{_NOUN})"
)
_POSSESSIVE_MESSAGE = re.compile(rf"['’]s\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?{_NOUN})\s+to\s+")
_FROM_TO = re.compile(rf"(?=[{_NOUN_LETTERS}])(?P<noun>{_NOUN})\s+from\s+(?P<who>[^,;]{{3,120}}?)\s+to\s+(?=[A-Z]|the\s)")
_SENT_BY = re.compile(
    rf"(?=[{_NOUN_LETTERS}])(?P<noun>{_NOUN})\s+(?:was|were)\s+(?:also\s+)?(?:sent|addressed|conveyed)\s+(?:to\s+(?P<to>[^,;]{{3,120}}?)\s+)?by\s+"
)
_CAME_FROM = re.compile(
    rf"(?=[{_NOUN_LETTERS}AaTt])(?:(?P<noun>{_NOUN})\s+(?:have\s+|had\s+)?(?:also\s+)?(?:came|come|poured\s+in|arrived)\s+from\s+"
    r"|(?:[Aa]mong\s+them|[Tt]hey|[Tt]hose)\s+(?:were|are|included|include)\s+(?P<after_roundup>)"
    rf"|[Aa]mong\s+(?:those|the\s+leaders)\s+who\s+(?:have\s+|had\s+)?sent\s+(?P<noun2>(?:[\w-]+\s+){{0,2}}?{_NOUN})\s+(?:were|are)\s+)"
)
_RECEIVED = re.compile(
    rf"(?=r)\breceived\s+(?P<noun>(?:[\w'’-]+\s+){{0,4}}?(?:{_NOUN}(?:\s+and\s+{_NOUN})?|congratulations|condolences|felicitations))"
    # (the occasion may be long: "on the occasion of the 35th anniversary of the proclamation of the country's independence")
    r"(?:\s+(?:on|over|for)\s+[^,;]{1,120}?)?(?:\s+(?:addressed\s+)?to\s+(?P<addressee>[^,;]{1,120}?))?\s+from\s+"
)
# A message announced, not sent: "is (also) expected (due, scheduled, set) to send", "will send", "plans to send".
_FUTURE_SEND = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due|scheduled|set|going|likely)\s+to|will|shall|"
    r"(?:plans?|planned|planning|intends?|intended)\s+to)\s+(?:also\s+)?$")
_NOT_RECEIVED = re.compile(r"\b(?:not|never|yet)\s+received|received\s+(?:any|no)\b")
_REPORTING_CLAUSE = re.compile(
    r"\b(?:said|says|told\s+[^,;.]{1,60}?\s+that|announced|reported|(?:added|noted|confirmed|revealed|disclosed)(?=\s+that\b))\s+(?:that\s+)?")
# A reply told by its verb alone: "X replied on Thursday.", "X wrote back the next day."
# (also "X replied, writing that ...": the reply's words follow; "Y answered on Tuesday."; "X replied on Wednesday,
# November 25, accepting the proposal": a date in full, then what the reply does)
_REPLIED_ALONE = re.compile(r"\s(?:replied|answered|responded|wrote\s+back)"
                            r"(?=(?:\s+(?:on|in|late|early|earlier|the\s+next|a\s+day|within|two|three)\b[^.,;:“\"]{0,40}"
                            r"(?:,\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?=,))?)?"
                            r"(?:\s*\.|,\s+(?:writing|promising|assuring|saying|telling|informing)\s+(?:[A-Z][\w'’-]+\s+){0,2}that\b"
                            r"|,\s+(?:expressing|voicing|reaffirming|stressing|(?P<thanking>thanking))\s"
                            r"|,\s+(?:accepting|agreeing|declining|rejecting|welcoming|acknowledging|confirming)\s))")
# A reply denied or awaited: "Y has not (yet) replied.", "Y has never responded", "Y is yet to reply"
_NOT_YET = re.compile(r"\b(?:not|never|n[’']t|yet\s+to)(?:\s+(?:yet|publicly|formally|officially))?\s+$")
# "Y replied (answered) with a letter of thanks that reached ...": no recipient named, the reply goes back to whoever wrote to Y
# (also "Y replied on Tuesday with a brief letter acknowledging receipt", "Y replied with a New Year message of his own";
# not "responded with a cable of thanks to X", whose recipient is named)
_REPLIED_WITH = re.compile(rf"\s(?:replied|answered|responded)(?:\s+(?:on\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?"
                           r"|yesterday|today|later|the\s+next\s+day|the\s+same\s+day|within\s+(?:hours|days|the\s+hour|a\s+day)))?"
                           rf"\s+(?:with|in)\s+(?:a|an)\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_NOUN})"
                           r"(?!(?:\s+of\s+[\w'’-]+(?:\s+and\s+[\w'’-]+)?)?\s+to\s)")
# "Y thanked Estonia for its support in a reply letter": a thank-you back to whoever wrote to Y (no person thanked)
_THANKED_IN_REPLY = re.compile(r"\sthanked\s[^.;]{0,80}?\bin\s+(?:a|an|his|her|their|its)\s+reply"
                               r"(?:\s+(?:letter|message|telegram|cable|note))?\b")
# "Y's Foreign Ministry replied to X in a diplomatic note": a reply to X, named before the note
_REPLIED_TO_IN = re.compile(r"\s(?:replied|responded)\s+to\s+(?P<who>[^,.;]{1,60}?)\s+(?:in|with)\s+(?:a|an)\s+"
                            r"(?:[\w'’-]+\s+)?(?:note|letter|message|cable|telegram)\b")
# "Y replied to X on Friday, saying that ...": a reply to X, who wrote before (no note named)
_REPLIED_TO_WRITER = re.compile(r"\s(?:replied|responded|wrote\s+back)\s+to\s+(?P<who>[A-Z][^,.;]{0,60}?)"
                                r"(?=(?:\s+(?:on|in|late|early|earlier|the\s+next)\b[^.,;:“\"]{0,30})?(?:\s*\.|,\s+[a-z]+ing\b))")
_REPLIED_TO_THOSE = re.compile(r"\s(?:replied|responded|wrote\s+back)\s+to\s+(?:the\s+(?:two|three)\s+|both\s+)(?:leaders|heads\s+of\s+state)"
                               rf"\s+with\s+(?:(?:a|an)\s+)?(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_NOUN})")
_IN_A_REPLY_THANKED = re.compile(r"\s*In\s+(?:a|an|his|her|their|its)\s+reply(?:\s+(?:letter|message|telegram|cable|note))?\s*,\s+"
                                 r"(?P<subject>[^,.;]{1,80}?)\s+thanked\s")
_REPLIED = re.compile(r"(?=r)\breplied\s+to\s+(?:a|the|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?letters?\s+(?:from|by|of)\s+")
_JOINT_ACT = re.compile(
    r"\s*In\s+(?:a|an|the|their|his|her)\s+(?P<noun>(?:joint|separate|congratulatory|condolence|written)?\s*(?:message|letter|telegram|cable)s?)\s*,\s*"
)
# A letter's writers left unnamed: "Three finance ministers have written to Y", then "The open letter, signed by A, B
# and C, and seen by ..., argues ..."
_UNNAMED_WRITERS = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal)\s+(?:[a-z-]+\s+){0,2}"
                              r"(?:ministers|leaders|presidents|heads\s+of\s+state|lawmakers|MPs|senators|mayors|governors)\s+$")
_LETTER_SIGNED_BY = re.compile(r"\b(?:[Ll]etter|[Mm]essage),\s+signed\s+by\s+")
_SIGNATURES_END = re.compile(r"\s+and\s+[a-z]+ed\s+by\b|,\s+(?:argues|says|said|reads|calls|urges|warns)\b")
# "In a letter of thanks sent later in the day, X said": a thanks message, its recipient untold
_IN_THANKS = re.compile(r"\s*In\s+(?:a|an|his|her|their)\s+(?P<noun>(?:message|letter|cable|telegram|note)\s+of\s+thanks|"
                        r"thank-you\s+(?:message|letter|note))(?!\s+to\b)[^,;.]{0,60},\s+")
_ACT_IN_MESSAGE = re.compile(
    r"\s[Ii]n\s+(?:(?:a|an|his|her|their|its)\s+(?P<noun>(?:[\w-]+\s+)?(?:message|letter|telegram|cable)s?)|(?P<plural>messages|letters|telegrams|cables))\b")
# "similar cables of condolence and congratulations": one message of each kind
_TWO_KINDS = re.compile(r"(?P<head>.+?\bof)\s+(?P<one>.+?)\s+and\s+(?P<other>.+)")
# "The message, addressed to Y, ...": the person the message just reported was addressed to
_ADDRESSED_TO = re.compile(rf"\s*The\s+(?:[\w-]+\s+)?{_NOUN},?\s+(?:was\s+|is\s+)?addressed\s+to\s+")
# A role noun in lower case: "the president-elect", "the new president"
_LOWER_OFFICE = re.compile(r"the\s+(?:new\s+)?(?P<office>[a-z]+)(?:-elect)?")
# A message sent to no one named: "also sent a congratulatory message." ("..., according to the ministry.")
# (also "sent the messages on Thursday, the Ministry said.": a day between;
# "..., in which he hailed ...", "a joint message in which they pledged ..." and "..., wishing ...":
# what the message said, no recipient still)
_SENT_ALONE = re.compile(rf"\bsent\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_NOUN})"
                         r"(?=(?:\s+on\s+[A-Z][a-z]+day|\s+yesterday|\s+today)?\s*(?:\.|,\s*according\s+to\b|"
                         r",?\s*in\s+which\b|,\s*(?:saying|wishing|hailing|praising|expressing)\b|"
                         r",\s+(?:the\s+|his\s+|her\s+)?[^,.;]{1,60}?\s+(?:said|says|reported|announced|added|adds)\s*\.))")
# "X and Y sent similar cables." (no one named after): to whom the message they resemble went
# (also "Y sent a similar message, wishing ...": what it did follows, still no one named)
_SIMILAR_ALONE = re.compile(rf"\b(?:sent|sends|dispatched)\s+(?:two\s+|three\s+|an?\s+)?(?:similar|identical)\s+{_NOUN}"
                            r"(?=(?:\s+on\s+[A-Z][a-z]+day|\s+yesterday|\s+today)?\s*(?:[.;]|,\s+[a-z]+ing\s))")
# In a roundup, a leader whose message is told only by its act ("The Senegalese head of state, X, wished Rwandans
# continued peace"): the act's verb right after the subject
# (also after an aside, "X, for his part, expressed his best wishes for ...")
_ROUNDUP_ACT = re.compile(r",?\s+(?:(?:for\s+(?:his|her|its|their)\s+part|in\s+turn),\s+)?(?:also\s+)?"
                          r"(?:wished|hailed|lauded|praised|commended|expressed\s+(?:his|her|their)\s+(?:best|good|warm\w*)\s+wishes|"
                          # ("pledged support for the rebuilding of the market": a message of sympathy's act)
                          r"pledged\s+(?:(?:his|her|their|its)\s+)?(?:support|assistance|solidarity|help)|"
                          # (the roundup's own act: "expressed his heartfelt condolences to the families of the victims")
                          r"expressed\s+(?:his|her|their)\s+(?:(?:deep|deepest|sincere|heartfelt|profound|warm\w*)\s+)?"
                          r"(?:condolences|sympathy|sympathies|congratulations))\s")
# A roundup's opening by its act: "have congratulated Z", "have sent messages congratulating Z".
_GROUP_ACT = re.compile(
    rf"\b(?:congratulated|condoled\s+with|sent\s+(?:[\w'’-]+\s+){{0,2}}?{_NOUN}\s+(?:congratulating|condoling\s+with))\s+")
# A roundup's opening by the messages arriving: "Messages of condolence continued to pour in ... for Z".
_POURED_IN = re.compile(
    rf"(?P<noun>{_NOUN})\s+(?:(?:have|has|had|continued|continue|continues|began|begin|kept|keep)\s+(?:to\s+|on\s+)?)?"
    rf"(?:pour(?:ed|ing|s)?|flood(?:ed|ing|s)?|flow(?:ed|ing|s)?|pour(?:ing)?)\s+in\b[^.;]{{0,60}}?"
    # ("..., with Prime Minister Z receiving letters from across the region": to Z)
    r"(?:\s(?:for|to)\s+|,?\s+with\s+(?=[^,.;]{0,80}?\s+receiving\s))(?=[A-Z]|the\s)")
_SEPARATE = re.compile(r"\b(?:[Ii]n\s+a\s+separate\s+(?:message|letter|telegram|cable)|[Ss]eparately)\b")
# A message whose own purpose follows it: "sent a message to Y, proposing to hold the next session ..."
# (also after a day, no comma: "sent a letter to Y on Saturday proposing a joint fund")
_OWN_PURPOSE = re.compile(r"(?:,|\s+on\s+[A-Z][a-z]+day)\s+(?:proposing|suggesting|requesting|asking|urging|inviting|calling\s+for)\b")
_IN_REPLY = re.compile(r"in\s+(?:the|his|her|its|their)\s+reply\b")
# A letter's request, after its recipient: "urging him to ...", "asking the Government to ..."
_URGING = re.compile(r",?\s+(?:urging|asking|calling\s+on|requesting|pressing)\s+(?:him|her|them|the|his|its|[A-Z])")
_ACT_VERB = re.compile(
    r"\b(?:congratulated|felicitated|thanked|condoled\s+with|greeted|commiserated\s+with|"
    # "has expressed (his) condolences to Y" (BelTA, TASS: the possessive is often left out)
    r"expressed\s+(?:(?:his|her|their)\s+)?(?:(?:deep|deepest|sincere|heartfelt)\s+)?condolences\s+to)\s+"
)
# (also "In a separate letter, X transmitted to Y his annual report": the letter carries it to Y)
_TOLD = re.compile(r"\b(?:told|(?:transmitted|forwarded|submitted)\s+to)\s+")
_PREFIX = re.compile(
    r"\s*(?:(?:In|On|At|For|Also|After|Before|During|Meanwhile|Separately|Earlier|Later|Likewise|Similarly|Besides|"
    r"According\s+to)\b[^,]{0,80},\s*)+"
)
# Who signs, delivers or reads out a message is not its recipient (nor its sender): the list ends there.
_SIGNED_BY = r"(?:signed|countersigned|delivered|handed(?:\s+over)?|read(?:\s+out)?)\s+(?:on\s+\w+\s+behalf\s+)?by"
# Every alternative opens with a space, a comma, a semicolon, a colon or a period: looked ahead for first,
# they let the engine skip the letters in between.
_TERMINATOR = re.compile(
    r"(?=[\s,;:.])(?:\s+(?P<occ>on(?=\s+(?:[a-z]|the|his|her|their|its|behalf|(?:" + FESTIVAL_NAMES + r")\b))|over|for(?=\s+[a-z])|following|after|upon|to\s+(?:congratulate|express|mark|thank|convey|offer|celebrate|wish|condole))\s"
    rf"|\s+(?:{_SIGNED_BY}|in\s+(?:reply|response)\s+to|in\s+which|in\s+(?:a|his|her|their|the)\s+(?:message|letter|telegram)|being|which|who|that|respectively|"
    r"conveying|expressing|encouraging|saying|wishing|thanking|congratulating|inviting|was|were|is|are|has|have|had|will|would|"
    r"asking|urging|requesting|seeking|proposing|calling\s+(?:for|on|upon)|"  # ("wrote to the Order of X asking it to ...": the letter's act)
    # ("has written to Y to protest the use of ...": the letter's purpose, no party after it)
    r"to\s+(?:protest|request|urge|invite|seek|propose|ask|inform|raise|demand|press|complain|explain|clarify)|"
    r"and\s+(?:said|expressed|wished|called|extended|conveyed|stressed))\b"
    r"|,\s*(?:which|who|where|in\s+which|according\s+to|conveying|expressing|encouraging|saying|wishing|thanking|congratulating|offering|and\s+said|on|over"
    r"|praising|pledging|assuring|calling|urging|inviting|requesting"  # (the letter's act after its recipient)
    rf"|{_SIGNED_BY})\b"
    r"|,\s+(?:(?:the|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,3})?[A-Z][^,]{0,60}?\s+(?:said|says|reported|reports|announced|added)\b"
    r"|\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\b"
    r"|\s+while\b|,\s*(?:but|while|whereas)\s+(?=[A-Z])|[;:](?=\s|$)"
    # a period ending the sentence, not an abbreviation's (the period first: the checks behind it then run
    # only at periods, not at every position)
    r"|\.(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!Mrs\.)(?<!Smt\.)(?<!Gen\.)(?<!Col\.)(?<!Prof\.)(?<!\bHon\.)(?<!\bRt\.)(?<!\b[A-Z]\.)(?=\s|$)"
    r"|\.(?<=\bJr\.|\bSr\.)\s*$)"
)
# An occasion ends before a relative clause or a trailing attribution ("..., the Kremlin said").
_OCCASION_END = re.compile(r",\s*(?:which|who|when|in\s+which|(?:the\s+)?[A-Z][^,]{0,60}?\s+(?:said|says|reported|reports|announced))\b")
_ANY_VERB = re.compile(r"\b(?:sent|sends|cabled|wired|conveyed|extended|exchanged|wrote|written|said|received|replied|did)\b")
# A clause opening on a capitalised subject and its verb: "Lisbon opposes ...", "The Minister insisted ..."
_NAME_THEN_VERB = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?!(?:his|its|this|as|us|plus|across)\b)[a-z]{2,}(?:s|ed)\b")
_CLAUSE_BREAK = re.compile(r",\s*(?:while|and|but|whereas)\s+|;\s*|\s+while\s+")
_AUDIENCE = re.compile(r"(?:the\s+)?(?:participants|guests|attendees|delegates)(?:\s+and\s+(?:participants|guests|attendees|delegates))?\s+(?:of|at|to|in)\s+")
_KIND_IN_NOUN = re.compile(r"congratulat|condolen|sympath|thank|greeting")
_GROUP_SUBJECT = re.compile(r"\b(?:leaders|heads\s+of\s+state|presidents|counterparts|dignitaries|officials|governments|parties|countries)\b", re.IGNORECASE)
_SIMILAR = re.compile(r"\b(?:similar|same|identical)\b")
# "Heads of State and Government from across Africa have sent messages": a group, not a body.
_GROUP_HEAD = re.compile(r"\s*(?:(?:the|The|World|world|Foreign|foreign|[A-Z][a-z]+an)\s+)?(?:leaders|heads\s+of\s+state|presidents|dignitaries|officials|governments|parties|countries)\b", re.IGNORECASE)
_NATIONAL_DAY = re.compile(r"\b[A-Z][\w'-]+\s+Day\b")
_CAPITAL = re.compile(r"[A-Z]")
_GROUP_OF_PEOPLE = re.compile(r"(?:the\s+)?(?:students|pupils|children|youth|teachers|scholars|veterans|workers|participants)\b")
# "sent messages to Lao leaders": leaders left unnamed are no recipient (the article names them later, or not).
_LEADER_GROUP = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)?(?:leaders|heads\s+of\s+state|dignitaries|officials)(?:\s+of\s+.+)?")
# "sent letters to the presidents of A, B and C": office-holders of a list of states, left unnamed (the article
# may name them next: "The letters were addressed to ..."); the states are no recipients
_OFFICES_GROUP = re.compile(r"(?:the\s+)?(?:presidents|prime\s+ministers|kings|monarchs|heads\s+of\s+state(?:\s+and\s+government)?|"
                            r"foreign\s+ministers|leaders)\s+of\s+.+")
_DAY_PHRASE = re.compile(r"(?:the\s+)?(?:same\s+day|occasion|\w+day)", re.IGNORECASE)
_DETERMINED = re.compile(r"(?:the|The|his|her|their)\s")
_WRITER_VERB = re.compile(
    r"\s(?:said|says|wrote|noted|stressed|expressed|offered|offers|added|congratulated|thanked|stated|states|affirmed|underlined|"
    r"emphasi[sz]ed|pointed\s+out|assured|conveyed|extended|reaffirmed)\b"
)
_VIEWS = re.compile(r"\bviews\b")
_EXCHANGE_OCCASION = re.compile(r"\s(?:on|over|for)\s+(?:the|his|her|their)\s+(.+?)(?:[,.]|$)")
_NEW_OFFICE = re.compile(r"\b(?:his|her)\s+(?:re-?election|election|appointment|inauguration|swearing-in|accession)\s+as\s+(.+)")
_PEOPLE_OF = re.compile(
    r"\b(?:to\s+)?the\s+(?P<government>[Gg]overnment\s+and\s+(?:the\s+)?)?(?:brotherly\s+|friendly\s+)?people\s+of\s+"
    r"(?P<state>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
# (or by the state's adjective: "the Palestinian people", "the brotherly Jordanian people")
_STATES_PEOPLE = re.compile(
    r"\b(?:to\s+)?the\s+(?:brotherly\s+|friendly\s+)?(?P<state>[A-Z][\w'’-]*)\s+people\b(?!['’])")
_LEADING_THE = re.compile(r"^the\s+")
_FRIENDLY = re.compile(r"(?:brotherly|friendly)\s+")  # ("the brotherly Jordanian people": the Jordanian people)
_AND_WORD = re.compile(r"\s+and\s+[A-Z][\w'’-]*")


def _people_state(people: re.Match) -> str:
    """The state of "the people of Y", a three-word name whole ("Trinidad and Tobago", "Antigua and Barbuda";
    not "Ghana and Nigeria", two states)."""
    state = people.group("state")
    joined = _AND_WORD.match(people.string, people.end()) if people.string.startswith(" and ", people.end()) else None
    if joined and not country_in(state)[1] and country_in(state + joined.group())[1]:
        return state + joined.group()
    return state

# "the ... Economic and Trade Expo": one event, whose name holds an "and" (no list of recipients)
_EVENT_NAME_WITH_AND = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:[A-Z][\w'’-]*\s+)+and\s+(?:[A-Z][\w'’-]*\s+)*(?:Expo|Exhibition|Fair|Forum|Conference|Summit)")
# One body whose name has an "and", its acronym after it: "the International Federation of Red Cross and Red
# Crescent Societies (IFRC)"
_BODY_WITH_ACRONYM = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|on|the))+\s+\([A-Z][A-Za-z]{1,9}\)")
# One body of two works: "the Saudi Development and Reconstruction Program for Yemen" (two names before the "and")
_BODY_OF_TWO_WORKS = re.compile(
    r"(?:the\s+)?[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+and\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Program|Programme|Fund|Agency|Authority|Commission|Centre|Center|Bank|Institute)"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?")
# One ministry of two portfolios: "the Ministry of Foreign Affairs and International Cooperation"
_PORTFOLIOS_WITH_AND = re.compile(r"(?:the\s+)?(?:Ministry|Department)\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                                  r"\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# One body of a state whose name holds the "and": "the Government of Trinidad and Tobago" (not "of Ghana and Nigeria")
_OF_STATE_WITH_AND = re.compile(r"\bof\s+(?:the\s+)?(?P<first>[A-Z][\w'’-]*)\s+and\s+(?:the\s+)?[A-Z][\w'’-]*$")


def _of_state_with_and(whole: str) -> bool:
    pair = _OF_STATE_WITH_AND.search(whole) if whole.count(" and ") == 1 else None
    return bool(pair) and not country_in(pair.group("first"))[1] and bool(country_in(pair.group()[3:])[1])


_AND_ANOTHER = re.compile(rf"\s+and\s+(?P<noun>(?:a|an)\s+(?:separate\s+|further\s+|second\s+)?(?:[\w-]+\s+)?{_NOUN})\s+to\s+")
_LIST_SPLIT = re.compile(r",\s*(?:as\s+well\s+as\s+(?:to\s+)?|and\s+(?:to\s+)?)?|\s+(?:and|as\s+well\s+as)\s+(?:to\s+)?")


# (a diplomatic note, another matter, or "In a separate letter, X transmitted ...": a letter on its own business)
_SEPARATE_NOUN = re.compile(r"^separate\s", re.IGNORECASE)
_OWN_TOPIC = re.compile(r"\b(?:written|verbal|oral)\b|\b(?:(?:in\s+)?a\s+separate\s+(?:development|letter|message)|separately|meanwhile)\b", re.IGNORECASE)


# A calamity named as the field of a plan, not as a loss: "disaster preparedness", "flood management", "quake relief"
_PREPAREDNESS = re.compile(r"\b(?:disaster|flood|earthquake|quake|fire|storm|cyclone|typhoon)\s+(?:preparedness|management|"
                           r"prevention|risk|resilience|response|reduction|relief|mitigation|insurance|drills?|warning)\b",
                           re.IGNORECASE)


def kind_of(noun: str, sentence: str, recipients_text: str, occasion: str | None, lead: str | None) -> str:
    if GATHERING.search(recipients_text.lower()):
        return "letter"
    noun_low = noun.lower()
    if CONDOLENCE_WORDS.search(noun_low):
        return "condolence"
    if THANKS_WORDS.search(noun_low):
        return "thanks"
    if GREETING_OCCASION.search(noun_low):
        return "greeting"  # "an Eid message", "a New Year card", whatever else it speaks of
    context = occasion or sentence
    purpose = _URGING.search(sentence) if "ing " in sentence else None
    if purpose and (occasion is None or sentence.find(occasion) > purpose.start()):
        # "wrote to Y urging him to delay the vote on the bill until victims' groups ...": what it urges is no occasion
        context = sentence[:purpose.start()]
    if lead and occasion and _VAGUE_OCCASION.fullmatch(occasion.lower()):
        context = f"{occasion} {lead}"  # "on the auspicious occasion": the occasion the lead names
    if "congratulat" in noun_low or "felicitat" in noun_low:
        # "a cable of congratulations on Christmas": festival congratulations are greetings
        return "greeting" if _festive(context) else "congratulation"

    def says(pattern: re.Pattern, where: str) -> bool:
        return bool(pattern.search(where.lower()))

    def congratulatory(where: str) -> bool:
        return says(CONGRATULATION_WORDS, where) or bool(_NATIONAL_DAY.search(where))

    if lead and (_OWN_TOPIC.search(f"{noun_low} {sentence[:40]}") or _OWN_PURPOSE.search(sentence) or "inviting" in noun_low
                 # ("sent a letter to Y asking the Commission to co-finance ...": a request of its own, no comma needed)
                 or purpose and (occasion is None or sentence.find(occasion) > purpose.start())
                 or f"a {noun_low} " in sentence and noun_low.startswith("separate ")):
        # ("X sent a separate letter to Y": of its own business; not "A and B sent separate messages")
        # a diplomatic note, "In a separate development", or a message "proposing to hold ...": not the lead's occasion
        lead = None
    own_context = context  # (a reply is a letter unless its own words condole: not the lead's condolences)
    if lead and not (says(CONDOLENCE_WORDS, context) or says(THANKS_WORDS, context) or congratulatory(context)
                     or says(GREETING_OCCASION, context)):
        context = f"{context} {lead}"
    if _GREETING_NOUN.search(noun_low):
        if says(GREETING_OCCASION, noun_low) or says(GREETING_OCCASION, context):
            return "greeting"
        return "congratulation" if congratulatory(context) else "greeting"
    if _REPLY_NOUN.search(f"{noun_low} {sentence.lower()}") and not says(CONDOLENCE_WORDS, _PREPAREDNESS.sub(" ", own_context)):
        # (a reply on "cooperation in flood preparedness" speaks of planning, not of a loss)
        return "letter"
    if says(CONDOLENCE_WORDS, context):
        return "condolence"
    if says(THANKS_WORDS, context):
        return "thanks"
    if _festive(context):
        return "greeting"  # "a cable to X, congratulating him on Christmas"
    if congratulatory(context):
        return "congratulation"
    if says(GREETING_OCCASION, context):
        return "greeting"
    return "letter"


_IN_A_MESSAGE = re.compile(r"\s+in\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:message|letter|telegram|cable)\b")


# "X said in the letter to Y that 2021, the 500th anniversary ...": what follows is the letter's content
_CONTENT_CUE = re.compile(r"\b(?:said|says|wrote|noted|stressed|stated|affirmed)\b(?:[^,;]{0,80}?\bthat\b)?")


def _before_content(sentence: str) -> str:
    """The sentence up to the reported content, whose words do not tell the message's kind."""
    cue = _CONTENT_CUE.search(sentence)
    return sentence[:cue.end()] if cue else sentence


def _unquoted(text: str, lo: int, hi: int, quote_spans) -> str:
    """text[lo:hi] with the quoted stretches left out."""
    pieces: list[str] = []
    pos = lo
    for a, b in sorted(quote_spans):
        if a < hi and b > pos:
            pieces.append(text[pos:max(pos, a)])
            pos = max(pos, b)
    pieces.append(text[pos:hi])
    return " ".join(pieces)


def _kind_words(sentence: str) -> bool:
    """Whether a sentence says by itself what a message is for."""
    low = sentence.lower()
    return any(p.search(low) for p in (CONDOLENCE_WORDS, THANKS_WORDS, CONGRATULATION_WORDS, GREETING_OCCASION))


def _with_act(noun: str, text: str, rec_end: int) -> str:
    """"wrote to Y, thanking him for ..." ("to thank him"): the participle or purpose after the recipient
    says what the message does."""
    act = _PARTICIPLE_ACT.match(text, rec_end)
    return f"{noun} {act['act'] or act['purpose'] + 'ing'}" if act else noun


_WHO_ACT = re.compile(r",?\s+who\s+(?:also\s+)?(?P<verb>congratulated|thanked)\b")
_THANKING_FOR = re.compile(r",?\s+thanking\s+(?:him|her|them)\s+for\s+(?:his|her|their)\s+"
                           r"(?P<noun>(?:[\w-]+\s+){0,2}?(?:message|letter|telegram|cable)s?)\b")
_SAID_BEFORE_ACT = re.compile(r"\s(?:said|says|noted|wrote|stressed|added)\s")
# "X, in a letter to Y, thanked ...": the main verb right after the aside says what the letter does
_ASIDE_ACT = re.compile(r",\s+(?:also\s+)?(?P<verb>thanked|congratulated)\b")
_PARTICIPLE_ACT = re.compile(
    # (a day between: "wrote back to Y on Monday, thanking him")
    r"(?:\s+(?:on|last)\s+[A-Z][a-z]+day|\s+(?:yesterday|today))?"
    r",?\s*(?:to\s+(?P<purpose>thank|congratulat)e?\b|(?P<act>(?:thanking|congratulating)\b|(?:offering|expressing|conveying)(?:\s+[\w'’-]+){1,4}))")


def _festive(occasion: str) -> bool:
    """Whether an occasion is a festival or the New Year and nothing a congratulation is for."""
    low = occasion.lower()
    if not GREETING_OCCASION.search(low):
        return False
    return not (CONGRATULATION_WORDS.search(_CONGRATULATION_NOUNS.sub("", low)) or _NATIONAL_DAY.search(occasion))


# What may open a sentence before its first word: a list number or letter, a bracketed label
# ("3. (Reference) In her message to Y, X stated ...").
# "In a letter to Z, made public on Sunday by his adviser, Y, ...": who made the letter public, an aside before the subject
_MADE_PUBLIC_BY = re.compile(r"\s*(?:made\s+public|released|published|issued|shared|read\s+out|signed|delivered)\s+"
                             r"(?:(?:on|in|late|early)\s+[\w-]+\s+)?by\s")
# A relative clause set off by commas after the message: "..., which were released by the Palace, ..."
_RELATIVE_ASIDE = re.compile(r"\s*which\s+(?:was|were|had\s+been|have\s+been)\s")
_LIST_LABEL = re.compile(r"\W{0,2}(?:(?:\d{1,2}|[a-z])[.)]\s+)?(?:\([A-Z][A-Za-z ]{0,20}\)\s+)?")
_VAGUE_OCCASION = re.compile(r"(?:the\s+)?(?:(?:auspicious|happy|joyous|joyful|blessed|holy|same)\s+)?occasion")
_CONGRATULATION_NOUNS = re.compile(r"\b(?:congratulat|felicitat)\w*")
_GREETING_NOUN = re.compile(r"\b(?:greetings?|cards?)\b")
_REPLY_WORD = re.compile(r"\breply\b", re.IGNORECASE)
_REPLY_NOUN = re.compile(r"\b(?:invitation|reply|replied|acceptance)\b")


def _recipient_country_from_occasion(ctx: Context, recipients: list[int], occasion: str) -> None:
    """"... to X on his election as president of Sri Lanka": X speaks for Sri Lanka."""
    if occasion.startswith("behalf"):
        return  # "on behalf of the people of X": the senders' state
    role = _NEW_OFFICE.search(occasion)
    found, code = country_in(role.group(1) if role else occasion)
    if not found:
        return
    for r in recipients:
        actor = ctx.registry.actors[r]
        if actor.kind == "person" and not actor.country_known:
            actor.country, actor.country_known = code, True


# "congratulated the presidents of A, B and C": the people then named, as many and in that order, are theirs
_OFFICES_OF_STATES_WORDS = ("presidents of", "leaders of", "prime ministers of", "heads of state of", "kings of")
_STATE = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*"
_OFFICES_OF_STATES = re.compile(
    rf"\b(?P<office>presidents|leaders|prime\s+ministers|heads\s+of\s+state|kings)\s+of\s+(?P<states>{_STATE}(?:,\s+{_STATE})*,?\s+and\s+{_STATE})")
_STATE_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _recipient_countries_in_order(ctx: Context, recipients: list[int]) -> None:
    """Recipients of untold state named as many and in the order of "the presidents of A, B and C" are
    the presidents of those states."""
    actors = [ctx.registry.actors[r] for r in recipients]
    if all(a.kind == "person" and not a.country_known for a in actors) and all(c for c, _ in ctx.states_in_order):
        for actor, (code, title) in zip(actors, ctx.states_in_order):
            actor.country, actor.country_known = code, True
            if not actor.titles:
                actor.titles.append(title)
    ctx.states_in_order = []


def _region_end(text: str, lo: int, hi: int, quote_spans=()) -> tuple[int, str | None]:
    """End of a party list starting at lo, and the occasion phrase after it."""
    # "sent a message to A, and B, chairman of ..., sent one to C": the list ends where the next
    # clause opens with its own sender.
    verb = _ANY_VERB.search(text, lo, hi)
    if verb:
        breaks = list(_CLAUSE_BREAK.finditer(text, lo, verb.start()))
        if breaks:
            hi = breaks[-1].start()
    match = None
    for candidate in _TERMINATOR.finditer(text, lo, hi):
        if not any(a < candidate.start() < b for a, b in quote_spans):
            match = candidate
            break
    if not match:
        return hi, None
    occasion = None
    if match.group("occ"):
        occasion = text[match.end():hi].strip().rstrip(".")
        occasion = _OCCASION_END.split(occasion)[0] or None
    return match.start(), occasion


_COUNTERPART_BEFORE = re.compile(r"\s*(?:to\s+)?(?:his|her|their|its)\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:counterpart|peer),\s+(?:the\s+)?")
# ("the Prime Minister of the Government of National Unity, Y": a first word before the office)
_OFFICE_OF = re.compile(r"\s*(?:the\s+)?(?:(?:prime|deputy|vice|first|foreign)\s+)?"
                        r"(?:" + "|".join(sorted(OFFICE_WORDS, key=len, reverse=True)) + r")\s+of\s", re.IGNORECASE)


# A body by its own name, glossed after a comma: "the Storting, Norway's parliament", "the Sejm, Poland's lower house"
# (also a name with "of (the)": "the Assembly of the Republic, Mozambique's parliament")
_GLOSSED_BODY = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,2}),\s+(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+"
                           r"(?:parliament|legislature|national\s+assembly|lower\s+house|upper\s+house|senate|congress),?\s*")
# A profession's statutory body: "the Order of Engineers and Architects", "the Order of Physicians"
_PROFESSIONAL_ORDER = re.compile(r"(?:to\s+)?(?:the\s+)?(?P<name>Order\s+of\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)")
# "... in Nuku'alofa, " before a state: the place's state follows it
_IN_PLACE_BEFORE = re.compile(r"\sin\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+$")


def parties(ctx: Context, lo: int, hi: int, mentions: list[Mention], persons_only: bool = False) -> list[int]:
    """Actors named in text[lo:hi]: persons first by position, then other parties."""
    text: str = ctx.text
    audience = _AUDIENCE.match(text, lo, hi)
    if audience:
        lo = audience.end()
    glossed = _GLOSSED_BODY.fullmatch(text, lo, hi)
    code = country_in(glossed.group("state"))[1] if glossed else None
    if code:  # "to the Storting, Norway's parliament": the body by its own name, of the state the gloss names
        index = ctx.registry.organization(glossed.group("name"), [], lo)
        body = ctx.registry.actors[index]
        if not body.country_known:
            body.country, body.country_known = code, True
        return [index]
    found: list[tuple[int, int]] = []
    covered: list[tuple[int, int]] = []
    for m in mentions:
        if lo <= m.name_start and m.name_end <= hi:
            if m.start == m.name_start and text.endswith(" in ", 0, m.start):
                continue  # "from X in Port Louis": a bare name after "in" is the place, not a party
            if text.startswith((" counterpart", " peer"), m.name_end) and text.endswith(("his ", "her ", "their ", "its "), 0, m.start):
                continue  # "to her Cabo Verdean counterpart, Y": a state's adjective read as a name, no party
            actor = m.actor
            if text.startswith(" family", m.name_end) and text[m.name_start - 4:m.name_start] == "the ":
                actor = _family(ctx, m)  # "to the Okafor family": the family, no person of it
            found.append((m.name_start, actor))
            covered.append((min(m.start, m.name_start) if m.start >= lo else m.name_start, min(m.end, hi)))
    people = _PEOPLE_OF.search(text, lo, hi) if "eople of" in text[lo:hi] else None
    if people is None and " people" in text[lo:hi]:
        people = _STATES_PEOPLE.search(text, lo, hi)  # "to the Palestinian people"
    people_state = _people_state(people) if people else ""
    if people and country_in(people_state)[1]:  # ("New Zealand" is a demonym too)
        hi = min(hi, people.start())  # "to his counterpart and to the people of Y": the counterpart
    if not (persons_only and found):
        pos = lo
        pieces: list[tuple[int, int]] = []
        for a, b in sorted(covered):
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
        if pos < hi:
            pieces.append((pos, hi))
        person_starts = {m.name_start for m in mentions if ctx.registry.actors[m.actor].kind == "person"}
        person_title_starts = {min(m.start, m.name_start) for m in mentions if ctx.registry.actors[m.actor].kind == "person"}
        for a, b in pieces:
            if (b in person_starts or b in person_title_starts) and text.endswith(", ", a, b) and _OFFICE_OF.match(text, a, b):
                continue  # "to the Chairman of the Council, (Dr.) Y,": the office of the person named after it
            if b in person_title_starts and _COUNTERPART_BEFORE.fullmatch(text, a, b):
                continue  # "to her Slovak counterpart, the Speaker of the National Council Y": Y, no one else
            chunk_start = a
            whole = text[a:b].strip(" ,.")
            order = _PROFESSIONAL_ORDER.fullmatch(whole)
            if order:  # "to the Order of Engineers and Architects": one body of a profession, its "and" inside
                found.append((a, ctx.registry.organization(order.group("name"), [], a)))
                continue
            if whole.startswith(("the ", "presidents", "prime", "kings", "monarchs", "heads", "foreign", "leaders")) \
                    and _OFFICES_GROUP.fullmatch(whole):
                continue
            one = " and " in whole and (_EVENT_NAME_WITH_AND.fullmatch(whole) or _BODY_WITH_ACRONYM.fullmatch(whole)
                                        or _BODY_OF_TWO_WORKS.fullmatch(whole)
                                        or _of_state_with_and(whole) or _PORTFOLIOS_WITH_AND.fullmatch(whole))
            for piece in [whole] if one else _LIST_SPLIT.split(text[a:b]):
                offset = text.find(piece, chunk_start, b) if piece else -1
                if offset >= 0:
                    chunk_start = offset + len(piece)
                stripped = piece.strip(" ,.")
                if not stripped or not _CAPITAL.search(stripped) and not _GROUP_OF_PEOPLE.match(stripped) and not (
                        _LOWER_OFFICE.fullmatch(stripped) and _LOWER_OFFICE.fullmatch(stripped)["office"] in OFFICE_WORDS):
                    continue  # (but "to the president-elect" is a role noun)
                if _DAY_PHRASE.fullmatch(stripped) or _LEADER_GROUP.fullmatch(stripped):
                    continue
                index = party(ctx, stripped, max(offset, a))
                if index is None and stripped in DEMONYMS and country_in(stripped)[1]:
                    # "messages ... to New Zealand": a state whose name is also its adjective is a state as a party
                    index = ctx.registry.organization(stripped, [], max(offset, a), kind="state")
                    ctx.registry.actors[index].country, ctx.registry.actors[index].country_known = country_in(stripped)[1], True
                if index is not None and ctx.registry.actors[index].kind == "state" and text.endswith(", ", a, max(offset, a)) \
                        and _IN_PLACE_BEFORE.search(text, max(lo, offset - 40), offset):
                    continue  # "to participants at the Forum in Nuku'alofa, Tonga": the state of the place, no party
                if index is not None and ctx.registry.actors[index].kind != "person" or (
                        index is not None and (_DETERMINED.match(stripped) or ADDRESS_BEFORE_OFFICE.match(stripped))):
                    found.append((max(offset, a), index))
    seen: list[int] = []
    for _, index in sorted(found):
        if index is not None and index not in seen:
            seen.append(index)
    if people and hi == people.start() and not any(ctx.registry.actors[i].kind == "person" for i in seen):
        # GUIDELINES: a state or its government only where no person is named. "To the people of Y" is
        # the state Y; "to the government and people of Y", Y's government; "to the Palestinian people", that
        # people as the text names it (no state named).
        state = people_state
        if people.groupdict().get("government"):
            seen.append(ctx.registry.organization(f"Government of {state}", [], people.start()))
        else:
            form = people.group().removeprefix("to ").strip()
            # ("the Moldovan people": the Moldovan people, "the" left to the alias; "the people of Y": the people of Y,
            # as the text names them; in a roundup to the state Y itself, the state, see emit)
            name = _LEADING_THE.sub("", _FRIENDLY.sub("", form)) if people.re is _STATES_PEOPLE else f"people of {state}"
            named = ctx.registry.by_form.get(fold(_LEADING_THE.sub("", state)))
            if named is not None and ctx.registry.actors[named].kind == "state":
                # (where the article already named the state itself as a party, "messages ... to New Zealand", that state)
                index = named
            else:
                index = ctx.registry.organization(name, [form] if name != form else [], people.start(), kind="state")
            actor = ctx.registry.actors[index]
            actor.country, actor.country_known = country_in(state)[1], True  # ("New Zealand" is a demonym too)
            seen.append(index)
    return seen


def _family(ctx: Context, mention: Mention) -> int:
    """"The X family": a group named after a person's surname, with that person's state."""
    name = ctx.text[mention.name_start:mention.name_end]
    index = ctx.registry.organization(f"{name} family", [f"the {name} family"], mention.name_start)
    family = ctx.registry.actors[index]
    if not family.country_known:
        family.country, family.country_known = ctx.registry.country_of(mention.actor), True
    return index


# "... as Trinidad and Tobago celebrated its 64th anniversary of Independence": the state whose day it is
_STATE_CELEBRATES = re.compile(
    r"\b((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+(?:celebrated|celebrates|marked|marks)\s+(?:its|the)\s+"
    r"[^.]{0,40}?\b(?:[Ii]ndependence|[Nn]ational\s+[Dd]ay|[Rr]epublic\s+[Dd]ay)")


def _celebrating_state(ctx: Context, recipients: list[int], lead: str) -> None:
    """A roundup's recipients of untold state, on the day a state the lead names celebrates, are of that state
    ("Messages poured in as Belize marked its Independence Day ... In their messages to President Z")."""
    if not ("celebrat" in lead or " mark" in lead):
        return
    day = _STATE_CELEBRATES.search(lead)
    code = country_in(day.group(1))[1] if day and country_in(day.group(1))[0] else None
    for r in recipients if code else ():
        actor = ctx.registry.actors[r]
        if actor.kind == "person" and not actor.country_known:
            actor.country, actor.country_known = code, True


def _group_subject(ctx: Context, s_start: int, verb_start: int, senders: list[int]) -> bool:
    """Whether a sentence's subject is an unnamed group of senders (a roundup's opening)."""
    if any(ctx.registry.actors[s].kind == "person" for s in senders):
        return False
    prefix = _PREFIX.match(ctx.text, s_start, verb_start)
    lo = prefix.end() if prefix else s_start
    if not senders:
        return bool(_GROUP_SUBJECT.search(ctx.text, s_start, verb_start))
    return bool(_GROUP_HEAD.match(ctx.text, lo, verb_start))


_OFFICE_END = re.compile(rf"\b(?:{'|'.join(sorted(OFFICE_WORDS))})$", re.IGNORECASE)


def _free_comma(text: str, lo: int, hi: int, mentions: list[Mention]) -> int:
    """The first comma in text[lo:hi] outside a person's appositive title, or -1."""
    comma = lo
    while True:
        comma = text.find(",", comma, hi)
        if comma < 0 or not any(m.name_start <= comma < m.end for m in mentions):
            return comma
        comma += 1


_THROUGH_BODY = re.compile(r"\s(?:acting\s+)?through\s+(?=(?:the|its|his|her)\s+[A-Z])")


def _subject(ctx: Context, s_start: int, verb_start: int, mentions: list[Mention]) -> list[int]:
    text: str = ctx.text
    prefix = _PREFIX.match(text, s_start, verb_start)
    lo = prefix.end() if prefix else s_start
    for clause in _CLAUSE_BREAK.finditer(text, lo, verb_start):
        if _ANY_VERB.search(text, lo, clause.start()) or _NAME_THEN_VERB.match(text, lo, clause.start()):
            # "A sent ..., and B sent ...": a new clause (also "Rome opposes the plan, and X wrote to Y": its own verb)
            lo = clause.end()
    end = strip_adverbials(text, lo, verb_start)
    through = _THROUGH_BODY.search(text, lo, end) if "through" in text[lo:end] else None
    if through:  # "the Government through the Ministry of Foreign Affairs has written to Y": the ministry writes
        lo = through.end()
    found = parties(ctx, lo, end, mentions)
    if not found:
        single = resolve_phrase(ctx, lo, end, mentions)
        if single is not None and single >= 0:
            found = [single]
    return found


def find_messages(ctx: Context, s_start: int, s_end: int, mentions: list[Mention], quote_spans) -> list[int]:
    """Add the messages reported by one sentence; return the senders found (for focus)."""
    text: str = ctx.text
    sentence = text[s_start:s_end]
    senders_seen: list[int] = []

    def outside_quotes(pos: int) -> bool:
        return not any(a <= pos < b for a, b in quote_spans)

    def emit(senders: list[int], recipients: list[int], noun: str, occasion: str | None,
             refers_back: bool = False, respectively: bool = False, own_topic: bool = False) -> None:
        if senders:
            ctx.last_senders = list(senders)
        if not senders or not recipients:
            return
        if ctx.roundup and all(ctx.registry.actors[r].kind == "state" for r in recipients) and all(
                ctx.registry.country_of(r) in (None, *(ctx.registry.country_of(x) for x in recipients))
                for r in ctx.roundup[0]):
            # in a roundup to President Z, "X also conveyed his congratulations to the people of Z's state" is
            # a message to Z (GUIDELINES: a person where a person is named)
            recipients = list(ctx.roundup[0])
        gatherings = " ".join(ctx.registry.actors[r].name for r in recipients if ctx.registry.actors[r].kind != "person")
        earlier = ctx.message_between(senders[0], recipients[0]) if refers_back and len(senders) == len(recipients) == 1 else None
        if earlier is not None and not _KIND_IN_NOUN.search(noun.lower()) \
                and not _kind_words(_before_content(_unquoted(text, s_start, s_end, quote_spans))):
            # ('"... festivals like Diwali ...," he wrote to Y' after his thanks to Y: the quotation is the
            # letter's content, not its kind)
            kind = earlier.kind  # "In a letter to Y, X said ...": the letter already reported, whatever its kind
        else:
            kind = kind_of(noun, sentence, gatherings, occasion, None if own_topic else ctx.lead_occasion)
        if kind == "letter" and all(ctx.registry.actors[x].kind == "state" for x in senders):
            return  # "China sent a message to Washington": figurative, states write no plain letters
        if len(senders) > 2 and all(ctx.registry.actors[x].kind == "state" for x in senders):
            return  # "A, B, C and several Arab states have sent condolences to Z": a summary; leaders' messages follow
        if own_topic:
            pass  # "exchanged letters on the pipeline project": of their own business, not the article's occasion
        elif kind == "letter" and ctx.roundup and not GATHERING.search(gatherings.lower()) and not _OWN_TOPIC.search(noun) \
                and not _OWN_TOPIC.search(sentence[:40]) and not _OWN_PURPOSE.search(sentence):
            # (nor "Meanwhile, X has written to Y", nor a letter "proposing a joint fund")
            # (not "a separate letter": of its own topic)
            kind = ctx.roundup[1]
        if kind == "letter" and not gatherings and not _REPLY_NOUN.search(f"{noun.lower()} {sentence.lower()}") \
                and not noun.endswith(" inviting") and not own_topic:  # (a letter inviting Y has its own purpose)
            # "Messages of condolence reached Y ... X also wrote to Y": a plain letter to someone another
            # leader condoled with (or congratulated) in the article is one more of the same
            kind = next((m.kind for m in ctx.messages if m.recipient == recipients[0] and m.sender != senders[0]
                         and m.kind in ("condolence", "congratulation")), kind)
            if kind == "letter" and "joint" in noun.lower() and ctx.messages \
                    and ctx.messages[-1].kind in ("condolence", "congratulation"):
                kind = ctx.messages[-1].kind  # "B and C also sent a joint message to ...": on the same occasion
        if kind == "letter" and (" also " in sentence or (gatherings and _SEPARATE_NOUN.search(noun))) \
                and not GATHERING.search(gatherings.lower()) and not _OWN_TOPIC.search(sentence[:40]) \
                and not _OWN_PURPOSE.search(sentence) and not _URGING.search(sentence) \
                and not _REPLY_NOUN.search(f"{noun.lower()} {sentence.lower()}"):
            # "Y also wrote to the Storting" after a letter of condolence to Norway's prime minister: a body of
            # the same state, on the same occasion (also "addressed a separate message to the Parliament of Y" after
            # a congratulation to Y's president on its National Day; "also wrote to her Malaysian counterpart, offering
            # help" after a message of condolence to the people of Malaysia; not a letter "urging", "asking" or "proposing")
            state = ctx.registry.country_of(recipients[0])
            kind = next((m.kind for m in ctx.messages if state is not None and ctx.registry.country_of(m.recipient) == state
                         and m.kind in ("condolence", "congratulation")), kind)
        if len(recipients) == len(ctx.states_in_order) > 1:
            _recipient_countries_in_order(ctx, recipients)
        if not occasion and len(recipients) == 1 and (" as " in sentence):
            # "sent a letter to X, congratulating her on her appointment as Prime Minister of Norway": X's state
            role = _NEW_OFFICE.search(sentence)
            if role:
                _recipient_country_from_occasion(ctx, recipients, role.group())
        if occasion:
            _recipient_country_from_occasion(ctx, recipients, occasion)
            possessive = occasion.split(None, 1)[0] if occasion.split() else ""
            if possessive.lower() in ("his", "her") and len(recipients) == 1:
                learn_gender(ctx, recipients[0], possessive)  # "on her election as ..."
        # "A and B sent greetings to C and D respectively": pairwise; else each sender to each recipient
        pairs = zip(senders, recipients) if respectively and len(senders) == len(recipients) else product(senders, recipients)
        for s, r in pairs:
            ctx.add_message(s, r, kind, occasion, s_start, s_end)
        ctx.last_recipients = list(recipients)

        senders_seen.extend(x for x in senders if x not in senders_seen)

    def reply_back(replier: list[int], noun: str) -> None:
        """A reply naming no recipient ("Y replied on Thursday.", "Y replied with a letter of thanks"): to whoever
        wrote to Y last, if the one replier and that writer have no message between them yet."""
        writers = [m.sender for m in ctx.messages if replier and m.recipient == replier[0]]
        if len(replier) == 1 and writers and ctx.message_between(replier[0], writers[-1]) is None:
            emit(replier, writers[-1:], noun, None)

    low: str = sentence.lower()
    has = low.__contains__
    if any(map(has, _OFFICES_OF_STATES_WORDS)):
        offices = _OFFICES_OF_STATES.search(sentence)
        if offices:
            office = offices.group("office").replace("heads", "head").rstrip("s").capitalize()
            ctx.states_in_order = [(country_in(state)[1], f"{office} of {state}")
                                   for state in _STATE_LIST_SPLIT.split(offices.group("states"))]

    for match in (_SEND.finditer(text, s_start, s_end) if any(map(has, _SEND_WORDS)) else ()):
        if not outside_quotes(match.start()):
            continue
        if _FUTURE_SEND.search(text, max(s_start, match.start() - 40), match.start()):
            continue  # "X is expected to send (will send) a message to Y": none sent yet
        noun = match.group("noun")
        window = text[max(s_start, match.start("noun") - 30):match.end("noun")]
        if FIGURATIVE_MESSAGE.search(window.lower()) and not _KIND_IN_NOUN.search(noun.lower()):
            continue
        if ctx.call_context and match.group().startswith(("conve", "exten", "deliver")):
            continue  # greetings conveyed in talks or a call are not a written message
        rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        # "sent greetings to A and a separate letter to B": a second message, of its own kind, ends A's list
        another = _AND_ANOTHER.search(text, match.end(), rec_end) if " and a" in text[match.end():rec_end] else None
        if another:
            rec_end = another.start()
        recipients = parties(ctx, match.end(), rec_end, mentions)
        senders = _subject(ctx, _after_reporting_clause(text, s_start, match.start()), match.start(), mentions)
        if senders and not recipients and _THOSE_WHO_WROTE.match(text, match.end()):
            # "in turn, sent cables of thanks to the two leaders": back to each who wrote to the sender before
            recipients = list(dict.fromkeys(m.sender for m in ctx.messages if [m.recipient] == senders))
        if senders and not recipients:
            ctx.unnamed_send = (noun, occasion)  # "sent letters of thanks to the presidents of A, B and C"
        if recipients and _group_subject(ctx, s_start, match.start(), senders):
            ctx.roundup = (recipients, kind_of(noun, sentence, text[match.end():rec_end], occasion, None), occasion)
            _celebrating_state(ctx, recipients, text[max(0, s_start - 400):s_end])
            ctx.lead_occasion = ctx.lead_occasion or occasion
            continue
        two_kinds = _TWO_KINDS.fullmatch(noun) if " and " in noun else None
        if two_kinds and all(_KIND_IN_NOUN.search(two_kinds[k].lower()) for k in ("one", "other")):
            # "cables of condolence and congratulations": one message of each kind
            nouns = [f"{two_kinds['head']} {two_kinds[k]}" for k in ("one", "other")]
            if _SIMILAR.search(match.group()) and ctx.messages:
                occasion = occasion or ctx.messages[-1].occasion
        elif _SIMILAR.search(match.group()) and ctx.messages:
            nouns = [ctx.messages[-1].kind]  # "sent similar cables": the kind of the message they resemble
            occasion = occasion or ctx.messages[-1].occasion
        else:
            nouns = [_with_act(noun, text, rec_end)]
        for noun in nouns:
            emit(senders, recipients, noun, occasion,
                 respectively="respectively" in text[match.end():min(s_end, rec_end + 16)])
        if another:
            end, _ = _region_end(text, another.end(), s_end, quote_spans)
            emit(senders, parties(ctx, another.end(), end, mentions), another.group("noun"), text[another.end():s_end])

    for match in (_SENT_PERSON_A.finditer(text, s_start, s_end) if has("sent ") or has("sends ") else ()):
        recipients = [r for r in parties(ctx, match.start("who"), match.end("who"), mentions, persons_only=True)
                      if ctx.registry.actors[r].kind == "person"]
        if recipients and outside_quotes(match.start()):
            rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
            emit(_subject(ctx, s_start, match.start(), mentions), recipients, match.group("noun"), occasion)

    for match in (_SENT_A_ACTING.finditer(text, s_start, s_end)
                  if (has("sent ") or has("sends ")) and (has("congratulating") or has("thanking") or has("inviting")) else ()):
        rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        recipients = [r for r in parties(ctx, match.end(), rec_end, mentions, persons_only=True)
                      if ctx.registry.actors[r].kind == "person"]
        if recipients and outside_quotes(match.start()) and not senders_seen:
            emit(_subject(ctx, s_start, match.start(), mentions), recipients, f"{match['noun']} {match['act']}", occasion)

    for match in (_SENT_IN_REPLY.finditer(text, s_start, s_end) if has(" in reply") or has(" in response") else ()):
        if outside_quotes(match.start()) and not senders_seen:
            senders = _subject(ctx, _after_reporting_clause(text, s_start, match.start()), match.start(), mentions)
            recipients: list[int] = []
            for m in ctx.messages:
                if senders == [m.recipient] and m.sender not in recipients:
                    recipients.append(m.sender)
            emit(senders, recipients, match.group("noun"), None)

    if not ctx.call_context and ("congratulations" in low or "condolences" in low or "sympathies" in low
                                 or "felicitations" in low or "thanks" in low):
        for match in _SEND_WISHES.finditer(text, s_start, s_end):
            rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
            if _KIN.match(text, rec_end) or _KIN.search(text, match.end(), rec_end):
                continue  # "sympathies to Raisi's family": not a message to Raisi
            recipients = parties(ctx, match.end(), rec_end, mentions, persons_only=True)
            senders = _subject(ctx, s_start, match.start(), mentions)
            # (content only of a message its own writer sent before, never "in a separate message")
            content = not match.group().startswith(("sen", "cab", "wir")) and any(
                m.sender in senders for m in ctx.messages) and not _SEPARATE.search(text, s_start, match.start())
            if content and not _IN_A_MESSAGE.match(text, rec_end):  # "... in a message delivered by": written
                # "extended congratulations" after a message is that message's content, unless the
                # same writer's earlier message to the same person was of another kind (condolences
                # on a death, then "also conveyed his congratulations" on the accession)
                kind = kind_of(match.group("noun"), sentence, "", occasion, None)
                earlier = [ctx.message_between(x, r) for x in senders for r in recipients]
                if not earlier or not all(e is not None and e.kind not in ("letter", kind) for e in earlier):
                    continue
            emit(senders, recipients, match.group("noun"), occasion)

    for match in (_IN_MESSAGE_TO.finditer(text, s_start, s_end) if has("in ") and has(" to ") else ()):
        if not outside_quotes(match.start()):
            continue
        rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        recipients = parties(ctx, match.end(), rec_end, mentions)
        noun = match.group("noun")
        if _LIST_LABEL.fullmatch(text, s_start, match.start()):  # "In a separate message to Y, X said ..."
            comma = _free_comma(text, match.end(), s_end, mentions)
            named = next((m for m in mentions if m.name_start == comma + 2), None) if comma > 0 else None
            if named and _OFFICE_END.search(text, match.end(), comma) and not any(
                    match.end() <= m.name_start < comma for m in mentions):
                # "to the new President, Y, X said": the office, then the person holding it
                comma = _free_comma(text, named.name_end, s_end, mentions)
            if comma < 0:
                continue
            rec_end = min(rec_end, comma)
            recipients = parties(ctx, match.end(), rec_end, mentions)
            if _MADE_PUBLIC_BY.match(text, comma + 1):
                # "In a letter to Z, released on Monday by his spokesman, Mr Y, X said": whoever made the letter
                # public is no sender (GUIDELINES), the subject follows his name
                by = next((m for m in mentions if m.name_start > comma), None)
                comma = _free_comma(text, by.name_end, s_end, mentions) if by else -1
                if comma < 0:
                    continue
            if _RELATIVE_ASIDE.match(text, comma + 1):
                # "In their messages to Z, which were released by ..., leaders praised": the aside is no subject
                comma = max(comma, _free_comma(text, comma + 1, s_end, mentions))
            after = comma + 1
            verb = _WRITER_VERB.search(text[after:s_end])
            senders = _subject(ctx, after, after + verb.start(), mentions) if verb else []
            if not senders and recipients and not ctx.roundup and match.group("noun").endswith("s") \
                    and _GROUP_HEAD.match(text, after, s_end):
                # "In their messages to President Z, leaders praised ...": an unnamed group, a roundup to Z
                # (plain "messages": the kind the lines before say, "Messages of congratulations poured in ...")
                lead = text[max(0, s_start - 400):s_end]
                ctx.roundup = (recipients, kind_of(match.group("noun"), lead, "", occasion, ctx.lead_occasion), occasion)
                _celebrating_state(ctx, recipients, lead)
                continue
        elif text[match.start() - 2:match.start()] == ", ":
            # "X, in a letter to Y, conveyed ...": X is the subject before the parenthesis, Y ends at its comma.
            comma = _free_comma(text, match.end(), rec_end, mentions)
            if comma > 0:
                rec_end = comma
                recipients = parties(ctx, match.end(), rec_end, mentions)
                aside_act = _ASIDE_ACT.match(text, comma)
                if aside_act:  # "X, in a separate letter to Y, thanked Bangkok for ...": a letter of thanks
                    noun = f"{noun} {aside_act['verb'][:-2]}ing"
            subject_end = match.start() - 2
            senders = [m.actor for m in mentions if m.end == subject_end or m.name_end == subject_end][:1]
            if not senders:
                single = resolve_phrase(ctx, s_start, subject_end, mentions)
                senders = [single] if single is not None and single >= 0 else []
        else:
            verb = None
            for v in _MAIN_VERB.finditer(text, s_start, match.start()):
                verb = v
            # '"...," Kishida said in the message to Y': the subject follows the quotation
            lo = max((b for a, b in quote_spans if s_start <= a and verb and b <= verb.start()), default=s_start)
            while lo < match.start() and not text[lo].isalnum():
                lo += 1
            senders = _subject(ctx, lo, verb.start(), mentions) if verb else []
        emit(senders, recipients, noun, occasion or None, refers_back=True)

    for match in (_WROTE_TO.finditer(text, s_start, s_end) if has("writ") or has("wrote") else ()):
        rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        recipients = parties(ctx, match.end(), rec_end, mentions)
        # ("“...,” the president wrote to Y" after his letter of thanks to Y: that letter)
        writers = _subject(ctx, s_start, match.start(), mentions)
        if writers and not recipients and _THOSE_WHO_WROTE.match(text, match.end()):
            # "wrote back to both leaders, thanking them": to each who wrote to the writer before
            recipients = list(dict.fromkeys(m.sender for m in ctx.messages if [m.recipient] == writers[:1]))
        if not writers and recipients and _UNNAMED_WRITERS.search(text, s_start, match.start()):
            ctx.unsigned = (recipients, occasion)  # "Three finance ministers have written to Y": who, the letter's signatures tell
        purpose = _WRITTEN_TO_ACT.match(text, match.end())  # "has written back to thank Y for ...": a letter of thanks
        letter = match.group("noun") or "letter"
        emit(writers, recipients, f"letter {purpose['act']}ing" if purpose else _with_act(letter, text, rec_end), occasion,
             refers_back=True)
        earlier = _THANKING_FOR.match(text, rec_end) if len(recipients) == 1 and "thanking" in low else None
        if earlier and writers:
            # "X has written to Y thanking him for his goodwill message on Heroes Day": Y's message to X before
            # (its kind from its own words, not from the thanks around it)
            _, before_occasion = _region_end(text, earlier.end(), s_end, quote_spans)
            before_kind = kind_of(earlier.group("noun"), text[earlier.end():s_end], "", before_occasion, None)
            emit([recipients[0]], writers[:1], before_kind, before_occasion)

    for match in (_EXCHANGED.finditer(text, s_start, s_end) if has("exchang") else ()):
        noun = match.group("noun")
        if FIGURATIVE_MESSAGE.search(noun.lower()) or _VIEWS.search(noun):
            continue
        if noun.lower().endswith(("greetings", "congratulations", "felicitations", "wishes")) and (
                ctx.call_context or CALL_CONTEXT.search(low, match.end() - s_start)):
            continue  # greetings exchanged in a call are spoken, not written ("exchanged Eid greetings in a phone call")
        told = None
        for told in _REPORTING_CLAUSE.finditer(text, s_start, match.start()):
            pass  # "The minister reported that X and Y exchanged letters": the exchange's subject follows the cue
        group = _subject(ctx, told.end() if told else s_start, match.start(), mentions)
        tail = text[match.end():s_end]
        partner = _WITH.match(text, match.end(), s_end)
        occ = _EXCHANGE_OCCASION.search(tail)
        occasion = occ.group(1) if occ else None
        pairs = [group[i:i + 2] for i in range(0, len(group) - 1, 2)]
        if partner and len(group) == 1:  # "X exchanged messages with Y (and Z)": one exchange with each
            end, _ = _region_end(text, partner.end(), s_end, quote_spans)
            pairs = [[group[0], other] for other in parties(ctx, partner.end(), end, mentions)]
        same = _DID_THE_SAME.search(text, match.end(), s_end)
        if same:
            more = parties(ctx, same.start("subj"), same.end("subj"), mentions)
            if len(more) >= 2:
                pairs.append(more[:2])
        own = occasion is not None and not _VAGUE_OCCASION.fullmatch(occasion.lower())  # (a subject of their own)
        for a, b in pairs:
            emit([a], [b], noun, occasion, own_topic=own)
            emit([b], [a], noun, occasion, own_topic=own)
        ctx.last_exchange = (noun, occasion)

    same = _DID_ALONE.search(text, s_start, s_end) if has(" did the same") and not has("exchang") and ctx.messages else None
    if same:
        # "X and Y did the same." after an exchange: they exchanged the same messages; after a
        # message sent, X sent one like it to the same recipients.
        group = _subject(ctx, s_start, same.start(), mentions)
        if ctx.last_exchange and len(group) == 2:
            noun, occasion = ctx.last_exchange
            emit(group[:1], group[1:], noun, occasion)
            emit(group[1:], group[:1], noun, occasion)
        elif group and not ctx.last_exchange:
            last = ctx.messages[-1]
            emit(group, list(ctx.last_recipients), last.kind, last.occasion)

    went_to = has(" to ") and (has("went") or (has("were") or has("was") or has(" been")) and (has(" sent") or has("addressed")))
    for match in (_WENT_TO.finditer(text, s_start, s_end) if went_to else ()):
        if not ctx.last_senders:
            break
        rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        recipients = parties(ctx, match.end(), rec_end, mentions)
        noun = match.group("noun")
        if ctx.messages and _SIMILAR_BEFORE.search(text, max(s_start, match.start() - 12), match.start()):
            noun, occasion = ctx.messages[-1].kind, occasion or ctx.messages[-1].occasion
        elif ctx.unnamed_send and not _KIND_IN_NOUN.search(noun.lower()):
            # "The letters were addressed to X, Y and Z" after letters of thanks sent to people left unnamed
            noun, occasion = ctx.unnamed_send[0], occasion or ctx.unnamed_send[1]
        emit(list(ctx.last_senders), recipients, noun, occasion)

    sent_by = has(" by ") and (has("was") or has("were")) and (has("sent") or has("addressed") or has("conveyed"))
    for match in (_SENT_BY.finditer(text, s_start, s_end) if sent_by else ()):
        # "Messages of condolence were also sent by X and Y (to Z)": to Z, else to the last recipients.
        end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        to = match.group("to")
        after = None if to else _TO.search(text, match.end(), end)  # "... was sent by X to Y"
        senders = parties(ctx, match.end(), after.start() if after else end, mentions)
        if to:
            recipients = parties(ctx, match.start("to"), match.end("to"), mentions)
        elif after:
            to = text[after.end():end]
            recipients = parties(ctx, after.end(), end, mentions)
        else:
            recipients = list(ctx.last_recipients)
        emit(senders, recipients, match.group("noun"), occasion)

    for match in (_HAD_SENT.finditer(text, s_start, s_end) if has(" sent to ") else ()):
        # "in reply to a message of sympathy X had sent to Y": the earlier message, named after its noun
        who = match.group("who")
        senders = [m.actor for m in mentions if match.start("who") <= m.name_start < match.end("who")]
        if not senders:
            index = ctx.registry.short(who, match.start("who"))
            senders = [index] if index is not None else []
        rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        emit(senders, parties(ctx, match.end(), rec_end, mentions), match.group("noun"), occasion)

    for match in (_CAME_FROM.finditer(text, s_start, s_end) if has(" from ") or has("among th") or has("they incl")
                  or has("those incl") else ()):
        # "Congratulatory messages also came from X and Y"; "Among those who sent messages were X and Y";
        # after a roundup's opening, "Among them were X and Y"
        if match.group("after_roundup") is not None and not (ctx.roundup and match.start() - s_start < 3):
            continue
        end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        last_item = text.rfind("; and ", end, s_end) if text.startswith(";", end) else -1
        if last_item > 0:  # "came from the Head of State of A, General X; President Y of B; and President Z of C"
            end, occasion = _region_end(text, last_item + 6, s_end, quote_spans)
        senders = [p for p in parties(ctx, match.end(), end, mentions) if ctx.registry.actors[p].kind == "person"]
        recipients = ctx.roundup[0] if ctx.roundup else list(ctx.last_recipients)
        emit(senders, recipients, match.group("noun") or match.group("noun2") or ctx.roundup[1], occasion)

    for match in (_RECEIVED.finditer(text, s_start, s_end) if has("received") else ()):
        if _NOT_RECEIVED.search(text, max(s_start, match.start() - 12), match.start("noun") + 4):
            continue  # "had not yet received any message from Y"
        if ctx.call_context and match.group("noun").endswith(("congratulations", "condolences", "felicitations")):
            continue  # congratulations received in a call were not written
        end, occasion = _region_end(text, match.end(), s_end, quote_spans)
        senders = parties(ctx, match.end(), end, mentions)
        if match.group("addressee"):  # "the minister received a message addressed to the King from Y"
            recipient = parties(ctx, match.start("addressee"), match.end("addressee"), mentions)
            if not recipient:  # "to His Majesty the King": a role noun
                single = resolve_phrase(ctx, match.start("addressee"), match.end("addressee"), mentions)
                recipient = [single] if single is not None and single >= 0 else []
        else:
            # "The Kremlin said Putin had received ...": the subject follows the reporting clause
            recipient = _subject(ctx, _after_reporting_clause(text, s_start, match.start()), match.start(), mentions)
        if recipient and _GROUP_SUBJECT.search(text, match.end(), end) and not any(
                ctx.registry.actors[x].kind == "person" for x in senders):
            # "Z has received congratulatory cables from Arab and foreign leaders" opens a roundup
            ctx.roundup = (recipient[:1], kind_of(match.group("noun"), sentence, "", occasion, None), occasion)
            ctx.lead_occasion = ctx.lead_occasion or occasion
            continue
        noun = match.group("noun")
        who_act = _WHO_ACT.match(text, end) if senders else None
        if who_act:  # "received a letter from X, who congratulated the people on ...": a congratulation
            noun = f"{noun} {who_act['verb'][:-2]}ing"
        for s in senders:
            emit([s], recipient[:1], noun, occasion)

    for match in (_REPLIED.finditer(text, s_start, s_end) if has("replied") else ()):
        end, _ = _region_end(text, match.end(), s_end, quote_spans)
        writers = parties(ctx, match.end(), end, mentions)
        replier = _subject(ctx, s_start, match.start(), mentions)
        emit(writers, replier[:1], "letter", None)
        emit(replier[:1], writers, "letter", None)

    for match in (_REPLIED_TO_IN.finditer(text, s_start, s_end) if has("replied to") or has("responded to") else ()):
        recipients = parties(ctx, match.start("who"), match.end("who"), mentions)
        emit(_subject(ctx, s_start, match.start(), mentions)[:1], recipients, "reply", None)
    those = _REPLIED_TO_THOSE.search(text, s_start, s_end) if not senders_seen and ctx.messages and (
        has("both ") or has("the two ") or has("the three ")) else None
    if those and outside_quotes(those.start()):
        # "Y replied to both leaders with letters of thanks": to each who wrote to Y before
        replier = _subject(ctx, _after_reporting_clause(text, s_start, those.start()), those.start(), mentions)
        writers = list(dict.fromkeys(m.sender for m in ctx.messages if [m.recipient] == replier[:1]))
        count = 3 if "three" in those.group() else 2
        if replier and len(writers) < count:
            # (also who wrote to the replier's people or state: "X addressed his message to the Ruritanian people")
            home = ctx.registry.country_of(replier[0])
            writers += [m.sender for m in ctx.messages if m.sender not in writers and m.sender != replier[0] and home
                        and ctx.registry.actors[m.recipient].kind != "person" and ctx.registry.country_of(m.recipient) == home]
        emit(replier[:1], list(dict.fromkeys(writers))[:count], those["noun"], None)
    replied_to = _REPLIED_TO_WRITER.search(text, s_start, s_end) if not senders_seen and ctx.messages and (
        has("replied to") or has("responded to") or has("wrote back to")) else None
    if replied_to and outside_quotes(replied_to.start()):
        writer = [r for r in parties(ctx, replied_to.start("who"), replied_to.end("who"), mentions, persons_only=True)
                  if any(m.sender == r for m in ctx.messages)]
        replier = _subject(ctx, _after_reporting_clause(text, s_start, replied_to.start()), replied_to.start(), mentions)
        if len(writer) == 1 and len(replier) == 1 and ctx.message_between(replier[0], writer[0]) is None:
            emit(replier, writer, "reply", None)

    if not senders_seen and (has("replied") or has("wrote back") or has("answered") or has("responded")) \
            and ctx.messages:
        # "Mr Hale replied on Thursday.": the recipient of a letter answered its writer
        alone = _REPLIED_ALONE.search(text, s_start, s_end)
        # ("The spokesman told reporters that Y had replied, promising that ...": the subject after the cue)
        if alone and _NOT_YET.search(text, s_start, alone.start() + 1):
            alone = None  # "Y has not yet replied.": no reply
        # (a call or meeting in the reply's own words is no call: "replied, saying that Y would host a meeting")
        replier = _subject(ctx, _after_reporting_clause(text, s_start, alone.start()), alone.start(), mentions) \
            if alone and not CALL_CONTEXT.search(low, 0, alone.end() - s_start) else []
        # ("Y wrote back on Monday, thanking X for ...": a thank-you)
        reply_back(replier, "letter of thanks" if alone and alone["thanking"] else "reply")
        replied_with = _REPLIED_WITH.search(text, s_start, s_end) if has(" with ") or has(" in a") else None
        replier = _subject(ctx, s_start, replied_with.start(), mentions) if replied_with else []
        reply_back(replier, replied_with["noun"] if replied_with else "")

    thanked_in_reply = _THANKED_IN_REPLY.search(text, s_start, s_end) if not senders_seen and has(" reply") else None
    if thanked_in_reply and any(ctx.registry.actors[m.actor].kind == "person" for m in mentions
                                if thanked_in_reply.start() < m.name_start < thanked_in_reply.end()):
        thanked_in_reply = None  # "Y thanked X in a reply letter": the letter to X, told by the rules of acts
    replier = _subject(ctx, s_start, thanked_in_reply.start(), mentions) if thanked_in_reply else []
    reply_opens = _IN_A_REPLY_THANKED.match(text, s_start, s_end) if not replier and has(" reply") else None
    if reply_opens:  # "In a reply, Y thanked his counterpart": the subject after the opening
        replier = _subject(ctx, reply_opens.start("subject"), reply_opens.end("subject"), mentions)
    reply_back(replier, "letter of thanks")

    reply_to = _IN_REPLY_TO.search(text, s_start, s_end) if senders_seen and (
        has("reply to") or has("response to")) else None
    if reply_to and ctx.messages and ctx.messages[-1].sender in senders_seen:
        # "X sent a letter of thanks to Y in reply to his message of sympathy": Y's earlier message to X
        reply = ctx.messages[-1]
        owner = reply_to.group("owner")
        writers = [m.actor for m in mentions if reply_to.start("owner") <= m.name_start < reply_to.end("owner")] \
            if owner[0].isupper() else [reply.recipient]
        emit(writers[:1], [reply.sender], reply_to.group("noun"), None)

    if "'s " in sentence or "’s " in sentence:  # "Xi's congratulatory letter to the forum was read out"
        for match in _POSSESSIVE_MESSAGE.finditer(text, s_start, s_end):
            owner = [m.actor for m in mentions if m.name_start < match.start() <= m.name_end]
            rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
            emit(owner[:1], parties(ctx, match.end(), rec_end, mentions), match.group("noun"), occasion)
    if " from " in sentence:  # "a message from X to Y"
        for match in _FROM_TO.finditer(text, s_start, s_end):
            senders = [m.actor for m in mentions if match.start("who") <= m.name_start < match.end("who")]
            rec_end, occasion = _region_end(text, match.end(), s_end, quote_spans)
            emit(senders, parties(ctx, match.end(), rec_end, mentions), match.group("noun"), occasion)

    signed = _LETTER_SIGNED_BY.search(text, s_start, s_end) if ctx.unsigned and has("signed by") else None
    if signed:
        # "... have written to Y. The open letter, signed by A, B and C, ...": one letter each (joint senders)
        end = _SIGNATURES_END.search(text, signed.end(), s_end)
        signers = [m.actor for m in mentions if signed.end() <= m.name_start < (end.start() if end else s_end)
                   and ctx.registry.actors[m.actor].kind == "person"]
        emit(list(dict.fromkeys(signers)), ctx.unsigned[0], "letter", ctx.unsigned[1])
        ctx.unsigned = None
    thanks = _IN_THANKS.match(text, s_start, s_end) if low.lstrip().startswith("in ") and "thank" in low else None
    if thanks and not senders_seen:
        # "In a letter of thanks sent later in the day, X said ...": to whoever wrote to X last
        verb = _WRITER_VERB.search(text, thanks.end(), s_end)
        writers = _subject(ctx, thanks.end(), verb.start(), mentions) if verb else []
        earlier = next((m for m in reversed(ctx.messages) if writers and m.recipient == writers[0]), None)
        if earlier is not None and ctx.message_between(writers[0], earlier.sender) is None:
            emit(writers[:1], [earlier.sender], thanks.group("noun"), None)
    joint = _JOINT_ACT.match(text, s_start, s_end) if low.lstrip().startswith("in ") else None
    if joint:
        act = _ACT_VERB.search(text, joint.end(), s_end)
        if act is None and (has(" told ") or has("ted to ")) and not joint.group("noun").endswith("s"):
            act = _TOLD.search(text, joint.end(), s_end)  # "In the letter, X told Y that ...": a letter to Y
        if act:
            senders = parties(ctx, joint.end(), strip_adverbials(text, joint.end(), act.start()), mentions)
            if senders and _SAID_BEFORE_ACT.search(text, joint.end(), act.start()) and any(
                    m.sender in senders for m in ctx.messages):
                # "In his message, X said ... and thanked the Australian Government for ...": the act is part of
                # X's message already reported, no message of its own
                senders = []
            rec_end, occasion = _region_end(text, act.end(), s_end)
            recipients = parties(ctx, act.end(), rec_end, mentions, persons_only=True)
            emit(senders, recipients, joint.group("noun") + " " + act.group(), occasion)
    elif not ctx.call_context and (has(" in a ") or has(" in his ") or has(" in her ") or has(" in messages ")
                                   or has(" in letters ")):
        # "X congratulated Y on ... in a telegram": the act names the written message after it.
        written = _ACT_IN_MESSAGE.search(text, s_start, s_end)
        act = _ACT_VERB.search(text, s_start, written.start()) if written else None
        if act and not text.startswith(" to ", written.end()):  # "in a letter to Y" is handled above
            rec_end, occasion = _region_end(text, act.end(), written.start(), quote_spans)
            found = parties(ctx, act.end(), rec_end, mentions, persons_only=True)
            recipients = [r for r in found if ctx.registry.actors[r].kind == "person"] or [
                r for r in found if ctx.registry.actors[r].kind == "organization"]  # (a body where no person is named)
            written_noun = written.group('noun') or written.group('plural')
            # "X thanked Y for ... in a reply letter": a reply (GUIDELINES: letter), as "In the reply, X thanked Y"
            emit(_subject(ctx, s_start, act.start(), mentions), recipients,
                 written_noun if _REPLY_WORD.search(written_noun) else f"{written_noun} {act.group()}", occasion)
    if ctx.messages and has("addressed to") and ctx.registry.actors[ctx.messages[-1].recipient].kind != "person":
        # "The message, addressed to the Governor-General, Y, was read ...": the message just reported "to the
        # people of Z" is to Y (GUIDELINES: a state only where no person is named)
        addressed = _ADDRESSED_TO.match(text, s_start, s_end)
        if addressed:
            rec_end, _ = _region_end(text, addressed.end(), s_end, quote_spans)
            person = [r for r in parties(ctx, addressed.end(), rec_end, mentions, persons_only=True)
                      if ctx.registry.actors[r].kind == "person"]
            if person:
                last = ctx.messages[-1]
                last.recipient = person[0]
                ctx.registry.actors[person[0]].used = True
                ctx.last_recipients = person[:1]
    if ctx.messages and not senders_seen and (has("similar") or has("identical")):
        alike = _SIMILAR_ALONE.search(text, s_start, s_end)
        if alike and outside_quotes(alike.start()):
            # "The Crown Prince and the Prime Minister sent similar cables.": to the last message's recipients, of its kind
            last = ctx.messages[-1]
            recipients = list(dict.fromkeys(m.recipient for m in ctx.messages
                                            if m.sender == last.sender and m.kind == last.kind))
            senders = _subject(ctx, _after_reporting_clause(text, s_start, alike.start()), alike.start(), mentions)
            emit([x for x in senders if x not in recipients], recipients, last.kind, last.occasion)
    if ctx.roundup and not senders_seen and has("sent"):
        # in a roundup, "X also sent a congratulatory message." names no recipient: the roundup's
        alone = _SENT_ALONE.search(text, s_start, s_end)
        if alone:
            senders = [x for x in _subject(ctx, s_start, alone.start(), mentions) if ctx.registry.actors[x].kind == "person"]
            emit(senders, ctx.roundup[0], alone.group("noun"), ctx.roundup[2])
    elif ctx.messages and not senders_seen and has("also sent"):
        # "Peruvian President Z also sent a message, in which ...": no recipient named, the last message's
        alone = _SENT_ALONE.search(text, s_start, s_end)
        senders = [x for x in _subject(ctx, s_start, alone.start(), mentions) if ctx.registry.actors[x].kind == "person"] \
            if alone and text.endswith("also ", s_start, alone.start()) else []
        last = ctx.messages[-1]
        if senders and last.sender not in senders and last.recipient not in senders:
            emit(senders, [last.recipient], alone.group("noun"), last.occasion)
    if not senders_seen and not ctx.roundup and not ctx.call_context and " in " in low:
        # "Messages of condolence continued to pour in ... for Z": a roundup to Z
        poured = _POURED_IN.search(text, s_start, s_end)
        if poured and outside_quotes(poured.start()):
            rec_end, occasion = _region_end(text, poured.end(), s_end, quote_spans)
            recipients = parties(ctx, poured.end(), rec_end, mentions, persons_only=True)
            if recipients:
                ctx.roundup = (recipients[:1], kind_of(poured.group("noun"), sentence, "", occasion, None), occasion)
                ctx.lead_occasion = ctx.lead_occasion or occasion
                return senders_seen
    if not senders_seen and not ctx.roundup and not ctx.call_context and ("congratulat" in low or "condol" in low):
        # "Regional leaders have congratulated Z on ..." (also "have sent messages congratulating Z"): a roundup
        opening = _GROUP_ACT.search(text, s_start, s_end)
        if opening and _group_subject(ctx, s_start, opening.start(), _subject(ctx, s_start, opening.start(), mentions)):
            rec_end, occasion = _region_end(text, opening.end(), s_end, quote_spans)
            recipients = parties(ctx, opening.end(), rec_end, mentions, persons_only=True)
            if recipients:
                ctx.roundup = (recipients[:1], kind_of(opening.group(), sentence, "", occasion, None), occasion)
                ctx.lead_occasion = ctx.lead_occasion or occasion
                return senders_seen
    if not senders_seen and not ctx.call_context and ("congratulated" in low or "condoled" in low or "thanked" in low
                                                      or "condolences to" in low or "felicitated" in low):
        # "X has congratulated Y on ..." with "his message" quoted further on: the act was written.
        act = _ACT_VERB.search(text, s_start, s_end)
        if act and outside_quotes(act.start()) and _quoted_later(ctx, s_end):
            rec_end, occasion = _region_end(text, act.end(), s_end, quote_spans)
            recipients = [r for r in parties(ctx, act.end(), rec_end, mentions, persons_only=True)
                          if ctx.registry.actors[r].kind == "person"]
            # "In the reply, X thanked Y for ...": what a reply letter says; the reply stays a letter
            noun = "reply" if _IN_REPLY.match(low.lstrip()) else act.group()
            emit(_subject(ctx, s_start, act.start(), mentions), recipients, noun, occasion)
    return senders_seen


def _after_reporting_clause(text: str, s_start: int, verb_start: int) -> int:
    """Where the subject of a verb starts: after a reporting clause before it ("The agency said X sent ...")."""
    start = s_start
    for cue in _REPORTING_CLAUSE.finditer(text, s_start, verb_start):
        start = cue.end()
    return start


def _quoted_later(ctx: Context, pos: int) -> bool:
    """Whether a sentence after `pos` quotes a message (found once per article)."""
    if ctx.message_quotes is None:
        ctx.message_quotes = [m.start() for m in _LATER_MESSAGE.finditer(ctx.text)]
    quote = next((q for q in ctx.message_quotes if pos <= q < pos + 2000), None)
    # the quotation belongs to the nearest act before it ("Y thanked X ... X expressed condolences to Z.
    # The condolence message reads": Z's message; so does "W sent a message to Z. In the message, ...")
    return (quote is not None and _ACT_VERB.search(ctx.text, pos, quote) is None
            and _SEND.search(ctx.text, pos, quote) is None)


# A later sentence quoting the message: "In his message, ...", "... said in her telegram", "The message reads".
_LATER_MESSAGE = re.compile(
    r"\b(?:[Ii]n\s+(?:his|her|the)\s+(?:congratulatory\s+|condolence\s+)?(?:message|letter|telegram|cable)\b"
    # ("In a congratulatory letter published by ..., X wrote": the one the act was written in; not "In a letter to Z")
    r"|[Ii]n\s+a\s+(?:congratulatory|condolence)\s+(?:message|letter|telegram|cable)\b(?!\s+to\b)"
    # ("the message of condolence reads": the noun's kind may follow it)
    r"|[Tt]he\s+(?:congratulatory\s+|condolence\s+)?(?:message|letter|telegram|cable)(?:\s+of\s+(?:condolences?|sympathy|congratulations?|greetings?|thanks))?"
    r"\s+(?:said|says|reads|read|noted|notes|stated|states|added|expressed)\b)"
)


_INTERNATIONAL_TITLE = re.compile(rf"(?<![\w-])(?:{INTERNATIONAL_MARKERS})(?![\w-])")


def find_roundup_act(ctx: Context, s_start: int, s_end: int, mentions: list[Mention]) -> list[int]:
    """In a roundup, a leader of another state whose message is told only by its act ("The Senegalese head of
    state, X, wished Rwandans continued peace"; GUIDELINES' roundups) sent the roundup's recipients a message;
    the act's verb right after the subject, no other verb between ("wrote on X that ... and wished" is a post)."""
    text: str = ctx.text
    act = _ROUNDUP_ACT.search(text, s_start, s_end) if ctx.roundup else None
    if act is None:
        return []
    subject = next((m for m in mentions if m.end <= act.start() and not text[m.end:act.start()].strip(" ,")), None)
    if subject is None or subject.actor < 0 or any(m.sender == subject.actor for m in ctx.messages):
        return []
    recipients, kind, occasion = ctx.roundup
    states = {ctx.registry.country_of(r) for r in recipients}
    country = ctx.registry.country_of(subject.actor)
    if country is None and _INTERNATIONAL_TITLE.search(" ".join(ctx.registry.actors[subject.actor].titles)):
        country = "-"  # ("the African Union Commission chairperson, X, wished ..."): the head of an international body
    if not is_roundup_sender(ctx, subject.actor, s_start) or country in (None, *states):
        return []
    for r in recipients:
        ctx.add_message(subject.actor, r, kind, occasion, s_start, s_end)
    return [subject.actor]


# Who speaks for a state says so: "X expressed the deep sympathy of the American people", "on behalf of the Chinese
# government and people", and an invitation to the inviter's capital ("invited Y to visit Dhaka").
_FOR_A_PEOPLE = re.compile(
    r"\b(?:expressed|conveyed|extended|offered|voiced)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:sympathy|sympathies|condolences|"
    r"congratulations|solidarity|gratitude|thanks|support|greetings|wishes)\s+of\s+the\s+"
    r"(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:people|government|nation)\b"
    r"|\b[Oo]n\s+behalf\s+of\s+the\s+(?P<behalf>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:people|government)\b"
    r"|\binvited\s+[^.;]{1,80}?\s+to\s+visit\s+(?P<city>[A-Z][\w'’-]*)")


# "According to the Egyptian presidency, President X affirmed ...": X is of the state whose body is the source
_ACCORDING_TO_STATES_BODY = re.compile(
    r"\s*According\s+to\s+(?:a\s+statement\s+(?:by|from)\s+)?the\s+(?P<state>[A-Z][\w'’-]*)\s+"
    r"(?:presidency|government|presidential\s+(?:office|palace)|foreign\s+ministry|royal\s+court),\s+")


def speaker_state(ctx: Context, s_start: int, s_end: int, mentions: list[Mention]) -> None:
    """The state of the subject who speaks for its people or invites to its capital, where not known yet."""
    source = _ACCORDING_TO_STATES_BODY.match(ctx.text, s_start, s_end)
    found, code = country_in(source.group("state")) if source else (False, None)
    named = next((m for m in mentions if source and m.start >= source.end() and m.start - source.end() < 40), None)
    if found and code and named is not None and named.actor >= 0:
        actor = ctx.registry.actors[named.actor]
        if actor.kind == "person" and not actor.country_known:
            actor.country, actor.country_known = code, True
        return
    match = _FOR_A_PEOPLE.search(ctx.text, s_start, s_end)
    if match is None:
        return
    if match.group("city"):
        code = city_country(match.group("city"))
    else:
        found, code = country_in(match.group("state") or match.group("behalf"))
        code = code if found else None
    if not code:
        return
    text: str = ctx.text
    if match.group("behalf") and not text[s_start:match.start()].strip():
        # "On behalf of the Chinese people, X expressed ...": the subject after the phrase
        comma = text.find(",", match.end(), s_end)
        named = next((m for m in mentions if m.start > comma > 0 and m.start - comma < 60
                      and "," not in text[comma + 1:m.start]), None)  # (its title between: "Prime Minister X")
        who = named.actor if named else None
    else:
        prefix = _PREFIX.match(text, s_start, match.start())
        lo = prefix.end() if prefix else s_start
        # (the person in focus where a role fits several: "In the letter, the Secretary expressed ...")
        who = resolve_phrase(ctx, lo, strip_adverbials(text, lo, match.start()), mentions) if match.start() > lo else None
    for x in [who] if who is not None and who >= 0 else []:
        actor = ctx.registry.actors[x]
        if actor.kind == "person" and not actor.country_known:
            actor.country, actor.country_known = code, True
