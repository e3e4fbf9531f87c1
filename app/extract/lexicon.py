"""The vocabulary of diplomatic wire copy: titles, honorifics, reporting verbs, message nouns.

Everything here describes the language, not particular articles. Word sets are
lower-cased; matching code folds case before looking a word up.
"""
from __future__ import annotations

import re

# Characters: Python's `re` has no \p{Lu}, so the upper-case and letter classes are
# built once from Unicode data (Latin, Latin-1, Latin Extended: the scripts of
# English-language wire copy).
_LATIN = [chr(c) for c in range(0x41, 0x250)]
UPPER = "".join(c for c in _LATIN if c.isupper())
UPPER_CLASS = "[" + re.escape(UPPER) + "]"

# Honorifics precede a name and are not part of it ("Samdech Techo Hun Sen" is Hun Sen).
# They are stripped only while at least two name words remain, so "Sheikh Hasina" keeps
# "Sheikh", which is part of her name.
HONORIFICS = {
    "samdech", "techo", "akka", "moha", "sena", "padei", "borvor", "bovor", "thipadei", "vibol", "pheakdei",
    "preah", "boromneath", "karuna",  # Khmer royal address: "Samdech Preah Boromneath" (the King)
    "his", "her", "their", "majesty", "highness", "royal", "excellency", "holiness", "eminence",
    "sheikh", "sheikha", "shaikh", "datuk", "dato", "dato'", "datuk'", "seri", "sri", "tan", "tun", "toh", "puan",
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "madam", "madame", "sir", "dame", "lord", "lady",
    "hon", "hon.", "honourable", "honorable", "most", "rt", "rt.", "h.e.", "comrade",  # "the Most Hon.", "Rt Hon."
    "respected", "ayatollah", "hojatoleslam",
    "grand ayatollah", "imam", "mufti", "rabbi", "reverend", "rev.", "father", "archbishop", "bishop",
    # Malay royal and state honours
    "yang", "di-pertuan", "agong", "al-sultan", "tuanku", "tengku", "raja", "permaisuri", "datin", "paduka", "baginda", "duli", "maha", "mulia", "sayyid", "haji", "hajji",
    "setia", "pehin", "awang", "dayang",  # Bruneian: "Dato Seri Setia", "Pehin", the courtesy "Awang" (Mr) and "Dayang" (Ms)
    "shri", "shrimati", "smt", "u", "daw", "mama",  # Indian "Shri"/"Smt.", Burmese "U"/"Daw", East African "Mama"
    "alhaji", "alhaja",  # West African: "Hon. Alhaji X", "Alhaja Y" (who made the pilgrimage)
    "prof", "prof.", "professor", "gen", "gen.", "general", "marshal", "field", "admiral", "colonel", "col.",
    "lt.", "lieutenant", "major", "captain", "capt.", "brig.", "brigadier",
    # hyphenated ranks: "Maj-Gen", "Lt-Gen", "Brig-Gen", "Lt-Col", "Maj.-Gen."
    "maj", "maj.", "maj-gen", "maj-gen.", "maj.-gen.", "lt-gen", "lt-gen.", "lt.-gen.", "brig-gen", "brig-gen.",
    "lt-col", "lt-col.", "lt.-col.", "major-general", "lieutenant-general", "brigadier-general", "lieutenant-colonel",
}

# Title words: offices and roles. A name is what remains after them.
TITLE_WORDS = {
    "president", "vice", "vice-president", "premier", "prime", "minister", "ministers", "pm", "fm",
    "chairman", "chairwoman", "chairperson", "chair", "secretary", "secretary-general",
    "under-secretary-general", "undersecretary", "under-secretary", "deputy", "first", "general", "king", "queen",
    "sultan", "emir",
    "amir", "crown", "prince", "princess", "pope", "cardinal", "patriarch", "spokesperson", "emperor", "empress",
    "spokesman", "spokeswoman", "chief", "director", "director-general", "head", "speaker",
    "ambassador", "envoy", "governor", "mayor", "leader", "chancellor", "senator", "rais",
    "aide", "adviser", "advisor", "counsellor", "councillor", "member", "members", "commissioner",
    "counterpart", "peer", "state", "foreign", "defence", "defense", "external", "affairs", "interior",
    "finance", "trade", "commerce", "executive", "supreme", "grand", "duke", "ruler", "monarch",
    "presidential", "party", "parliament", "parliamentary", "national", "assembly", "council",
    "federal", "top", "senior", "former", "acting", "interim", "new", "newly", "elected",
    "re-elected", "incoming", "outgoing", "current", "holy", "father", "officer", "official",
    "ceo", "founder", "coordinator", "representative", "delegate", "consul", "consul-general",
    "attaché", "lawmaker", "legislator", "deputy-director", "politburo", "standing", "committee", "central",
    "people's", "congress", "government", "cabinet", "ministry", "office", "department",
    "commission", "political", "bureau", "presidium", "secretariat", "mr.", "madam", "elect", "designate",
    "analyst", "researcher",  # "Analyst X of the University of Y said"
    "assistant",  # "Assistant Secretary-General X": a second office, not the Secretary-General's
    "opposition",  # "Opposition Leader X welcomed ... but said ...": the office opens the subject
    "senate",  # "Senate President X": the chamber opens the office, as "Assembly Speaker X"
    "custodian",  # "Custodian of the Two Holy Mosques": the Saudi king's title
    "commander",  # "Civil Protection Commander X", "Army Commander X": an office before the name
    "lyonchhoen",  # Bhutan's prime minister
    "taoiseach", "tánaiste", "tanaiste",  # Ireland's prime minister and deputy prime minister (also unaccented, as folded)
}

# Offices that, right before a single word, make it a name ("Pope Francis", "President Lula").
OFFICE_WORDS = {
    "president", "premier", "minister", "pm", "fm", "chairman", "chairwoman", "chairperson", "secretary",
    "secretary-general", "king", "queen", "sultan", "emir", "amir", "prince", "princess", "pope", "cardinal",
    "patriarch", "spokesperson", "spokesman", "spokeswoman", "chief", "director", "director-general", "speaker",
    "ambassador", "envoy", "governor", "mayor", "leader", "chancellor", "senator", "rais", "aide", "counterpart",
    "monarch", "sovereign", "ruler", "emperor", "empress", "vice-president", "commissioner", "taoiseach", "tánaiste",
    "tanaiste",
}


# Lower-case words allowed inside a title ("vice president and prime minister of the UAE").
TITLE_LOWER = TITLE_WORDS | {
    "of", "the", "and", "for", "to", "in", "on", "at", "his", "her", "their", "its", "a", "an",
    "relations", "humanitarian", "emergency", "relief", "economic", "social", "information",
    "publicity", "organization", "organisation", "ministry", "united", "nations", "world",
    "international", "ruling", "opposition", "house", "representatives", "senate", "chamber",
    "communist", "socialist", "democratic", "workers'", "revolutionary", "front", "union",
    "public", "security", "culture", "education", "health", "science", "technology",
    "industry", "development", "cooperation", "planning", "investment", "justice", "police",
    "army", "armed", "forces", "military", "navy", "air", "force", "staff", "administration",
    "region", "province", "autonomous", "municipal", "city", "team", "delegation",
}

# Capitalised words that are never part of a person's name.
NON_NAME_WORDS = {
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but",
    "as", "after", "before", "since", "over", "under", "during", "also", "this", "that", "these",
    "those", "it", "its", "we", "our", "they", "their", "i", "you", "your", "he", "she", "his",
    "her", "him", "them", "there", "here", "when", "while", "where", "which", "who", "what",
    "speaking", "asked", "answering", "according", "meanwhile", "earlier", "later", "today",
    "yesterday", "tomorrow", "however", "moreover", "besides", "both", "all", "some", "many",
    "each", "every", "other", "another", "such", "not", "no", "yes", "if", "then", "than",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.",
    "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.",
    "nov", "nov.", "dec", "dec.",
    "republic", "kingdom", "emirate", "emirates", "sultanate", "principality", "federation", "states", "united", "nations", "union", "people's",
    "democratic", "socialist", "communist", "islamic", "arab", "federal", "international",
    "world", "global", "organization", "organisation", "association", "institute", "university",
    # (a research body's name: "the Centre for Baltic Strategic Studies" names no person "Strategic Studies")
    "studies", "strategic",
    "society", "cross", "crescent", "fund", "programme", "program", "bank", "forum", "summit",
    "conference", "congress", "committee", "central", "council", "assembly", "parliament",
    "majlis", "duma", "knesset", "sejm", "bundestag", "khural", "seimas", "saeima", "storting", "riksdag",  # legislatures
    "peoples", "peoples'", "representatives", "deputies", "nationalities",  # ("House of Peoples' Representatives")
    "government", "ministry", "office", "department", "commission", "agency", "bureau", "authority",
    "press", "service", "news", "media", "day", "year", "new", "national", "independence",
    "revolution", "anniversary", "festival", "spring", "initiative", "belt", "road", "railway",
    "corridor", "partnership", "agreement", "treaty", "charter", "cooperation", "development",
    "economic", "social", "affairs", "foreign", "external", "fatherland", "front", "party",
    "workers'", "league", "alliance", "coalition", "movement", "church", "see", "city",
    "province", "region", "county", "district", "state", "square", "hall", "palace", "house",
    "mountains", "sea", "ocean", "river", "island", "islands", "east", "west", "north", "south",
    "eastern", "western", "northern", "southern", "middle", "gulf", "peninsula", "africa",
    "asia", "europe", "america", "pacific", "atlantic", "indo-pacific",
    "southeast", "northeast", "southwest", "northwest", "asian", "african", "european", "caribbean",  # regions' bodies

    "nato", "g20", "covid-19", "photo", "file", "xinhua", "reuters", "afp", "related", "editor's", "note", "read", "more",
    "source", "internet", "game", "games", "olympic", "cup", "prize", "award",
    "yuan", "dollars", "usd", "centre", "center", "angelus", "prayer", "storm", "typhoon",
    "earthquake", "plaza", "street", "airport", "stadium", "museum", "library",
    "chamber", "commerce", "court", "academy", "school", "college", "army", "navy",
    "chinese", "lao", "thai", "khmer", "people", "revolutionary", "solidarity", "friendship", "amity",
    "peace", "unity", "liberation", "victory", "progress", "reform", "renewal", "construction", "green",
    "digital", "silk", "maritime", "security", "defense", "defence", "health", "science", "technology",
    "pact", "plan", "strategy", "policy", "vision", "project", "protocol", "declaration",
    "statement", "resolution", "convention", "framework", "zone", "port", "bridge", "tower", "temple",
    "mosque", "mosques", "two", "cathedral", "valley", "lake", "mount", "desert", "coast", "bay", "strait", "canal",
    "democracy", "freedom", "justice", "prosperity", "republican", "democrat", "labour",
    "labor", "conservative", "liberal", "popular", "patriotic", "nationalist", "sandinista",
    "presidential", "royal", "imperial", "military", "armed", "forces", "guard", "police",
    "legislative", "executive", "judicial", "supreme", "constitutional", "high", "grand", "upper", "lower",
    "standing", "permanent", "general", "special", "extraordinary", "joint", "annual", "regular",
    "emergency", "humanitarian", "relief", "aid", "rescue", "trade", "investment", "finance", "energy",
    "transport", "sustainable", "cyberspace", "space", "ai", "intelligent", "future",
    "community", "shared", "common", "open", "opening", "week", "month", "summer", "winter",
    "autumn", "fall", "christmas", "easter", "eid", "ramadan", "lunar", "olympics", "expo",
    "mr", "council's", "korea", "korean", "power", "powers", "communications", "information",
    "relations", "intelligence", "operations", "planning", "budget", "airlines", "airways", "group", "company",
    "corporation", "holdings",
    "agencies", "meeting", "ministerial", "dialogue", "session", "symposium",  # "the 19th Ministerial Meeting of ...": a gathering
    "presidency",  # "Chairman of the Presidency X": the body in an office, never a name
}

# Words given to a body rather than a person ("the Kremlin press service said").
# Ministerial portfolios ("Minister of Foreign Affairs, Foreign Employment and Tourism X"): words of a title,
# never of a name.
PORTFOLIO_WORDS = {
    "tourism", "employment", "agriculture", "environment", "fisheries", "housing", "mines", "petroleum", "sports",
    "livestock", "irrigation", "aviation", "shipping", "railways", "highways", "telecommunications", "textiles",
    "labour", "labor", "energy", "transport", "communications", "trade", "culture", "education", "health", "youth",
    "integration",  # ("Minister for Foreign Affairs and Regional Integration")
}
NON_NAME_WORDS |= PORTFOLIO_WORDS
TITLE_LOWER |= PORTFOLIO_WORDS

ORG_HEADS = (
    "press service", "press office", "directorate", "service", "presidium", "press secretary's office", "government", "ministry",
    "foreign ministry", "embassy", "consulate", "office", "secretariat", "committee",
    "central committee", "council", "cabinet", "palace", "presidency", "administration",
    "party", "parliament", "assembly", "commission", "agency", "department", "board", "authority",
    "mission", "delegation", "fund", "programme", "program", "organization", "organisation", "society",
    "front", "union", "association", "federation", "forum", "summit", "conference", "congress",
    "institute", "university", "chamber", "bank", "court", "academy", "league", "alliance", "household",
    "corporation",  # state corporations speak for themselves ("the Tanzania Shipping Agencies Corporation said")
    "division",  # a unit of an office: "the President's Media Division (PMD) said"
    "chancellery",  # a head of government's office: "the Federal Chancellery said"
)
ORG_HEAD_WORDS = {w for h in ORG_HEADS for w in h.split()} - {"press", "foreign", "secretary's", "central"}
# Seats of government standing for it ("the Kremlin said").
ORG_HEAD_WORDS |= {"kremlin", "pentagon", "elysee", "élysée", "vatican", "white house", "blue house"}
# (also the one-word seats and ministries known by their palace: "the Farnesina said", "Itamaraty said")
SEAT_WORDS = {"Farnesina", "Itamaraty", "Planalto", "Moncloa", "Akorda", "Zhongnanhai", "Malacanang", "Malacañang",
              "Baabda"}  # (Lebanon's presidency)
ORG_HEAD_WORDS |= {w.lower() for w in SEAT_WORDS}
# National legislatures known by their own one-word name ("a letter of thanks to the Seimas of Lithuania", "the Storting
# said"): bodies, like a parliament
LEGISLATURE_NAMES = ("Seimas", "Saeima", "Sejm", "Storting", "Stortinget", "Riksdag", "Riksdagen", "Folketing", "Folketinget",
                     "Knesset", "Bundestag", "Bundesrat", "Duma", "Althingi", "Althing", "Eduskunta", "Riigikogu", "Sabor",
                     "Oireachtas", "Seanad", "Skupstina", "Skupština", "Sobranie", "Sobranje", "Mazhilis",
                     "Majilis", "Mejlis", "Hluttaw", "Khural", "Kenesh")
ORG_HEAD_WORDS |= {w.lower() for w in LEGISLATURE_NAMES}

# Words marking an international body: an actor speaking for one has no country. ("International
# Cooperation" (or "Co-operation"), "International Relations", "International Policy" are a minister's or bureau's portfolio, not a body.)
INTERNATIONAL_MARKERS = (
    r"UN|U\.N\.|United Nations|European Union|EU|African Union|ASEAN|Association of Southeast Asian Nations|"
    r"International(?!\s+(?:[Rr]elations|[Cc]o-?operation|[Dd]evelopment|[Tt]rade|[Aa]ffairs|[Pp]olicy)\b)|World|Global|Inter-Parliamentary|Commonwealth(?!\s+of\s+(?:the\s+)?(?!Independent)[A-Z])|NATO|OPEC|BRICS|Shanghai Cooperation Organi[sz]ation|"
    r"SCO|Arab League|League of Arab States|Organi[sz]ation of Islamic Cooperation|OIC|G20|G7|IMF|WHO|UNESCO|"
    r"UNICEF|WFP|ITU|FAO|WTO|Red Crescent Movement|IAEA|Interpol|European\s+(?:Commission|Council|Parliament|"
    r"Central\s+Bank|Investment\s+Bank)|IOC|FIFA|OECD|ILO|UNHCR|UNDP|UNEP|UNCTAD|UNIDO|UNFPA|UNRWA|WMO|"
    r"ECOWAS|SADC|APEC|CICA|CELAC|OAS|ICRC|Pacific\s+Islands\s+Forum|Gulf\s+Cooperation\s+Council|GCC|"
    r"Eurasian\s+Economic\s+Union|Commonwealth\s+of\s+Independent\s+States|CIS|Olympic\s+Council|"
    r"UNFCCC|UNCCD|IPCC|UNAIDS|OHCHR|OCHA|IFRC|IOM|UN\s+Women|(?:Caricom|CARICOM)(?!\s+Affairs)|Conference\s+of\s+the\s+Parties|COP\d+|Caribbean\s+Community|Mercosur|MERCOSUR|SAARC|BIMSTEC|"
    r"IGAD|EAC|COMESA|ECCAS|CEMAC|UEMOA|Sahel\s+Alliance"
)

# Role nouns a speaker or sender may be referred to by ("the Chinese president").
# Abbreviations are expanded before matching against an actor's titles.
# (and local titles of an office: Bhutan's "Lyonchhoen" is its prime minister)
ROLE_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "un": "united nations", "sg": "secretary-general",
                      "lyonchhoen": "prime minister", "taoiseach": "prime minister",
                      "tánaiste": "deputy prime minister", "tanaiste": "deputy prime minister"}
HEAD_OF_STATE_WORDS = {"president", "king", "queen", "sultan", "emir", "amir", "monarch", "pope", "ruler", "chairman", "leader"}
ROLE_SYNONYMS = {
    "head of state": HEAD_OF_STATE_WORDS,
    "holy father": {"pope"},
    "pontiff": {"pope"},
    "leader": HEAD_OF_STATE_WORDS | {"premier", "prime", "secretary", "chief"},
    "head of government": {"premier", "prime", "chancellor"},
    "premier": {"premier", "prime"},  # "the Malaysian premier": a prime minister
    "party chief": {"secretary", "party", "chief"},
    "top legislator": {"chairman", "speaker", "president"},
    "monarch": {"king", "queen", "sultan", "emir"},
    "sovereign": {"king", "queen", "sultan", "emir"},  # Moroccan copy: "the Sovereign" is the King
    "spokesman": {"spokesperson", "spokesman", "spokeswoman"},
    "spokeswoman": {"spokesperson", "spokesman", "spokeswoman"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    # Vietnamese and Lao wire copy: "the State leader", "the Government leader", "the Party leader"
    "state leader": {"president"},
    "government leader": {"prime", "premier"},
    "party leader": {"secretary"},
    "legislator": {"chairman", "chairwoman", "speaker"},
    "host": HEAD_OF_STATE_WORDS | {"premier", "prime"},
    "counterpart": OFFICE_WORDS,  # "his Australian counterpart": an office-holder of that state
}

PRONOUNS = {"he": "m", "she": "f", "his": "m", "her": "f"}

# Reporting verbs. "Content" verbs introduce what was said; "belief" nouns follow
# "expressed the ... that".
SAY_VERBS = (
    r"said|says|say|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|"
    # ("X wrote back on Monday, thanking Y ...": a reply told, not its words; "X wrote back that ..." is)
    r"affirmed|affirms|reaffirmed|stated|states|pointed out|wrote\s+back(?=\s+that\b)|wrote(?!\s+back\b)|writes|"
    r"told\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[a-z]+\s+){0,2}?(?:conference|briefing|television|radio|reporters|journalists|correspondents|newsmen|residents|"
    r"crowd|audience|gathering|lawmakers|delegates|participants|students|supporters|villagers|mourners|survivors|citizens)\b|"
    r"told\s+(?:reporters|journalists|correspondents|the\s+press(?:\s+conference)?|"
    r"a\s+(?:news|press)\s+(?:conference|briefing)|the\s+(?:media|audience|gathering|meeting|forum|conference|summit|lawmakers|parliament|supporters|participants)|"
    r"lawmakers|supporters|parliament|[Cc]ongress|legislators|senators|deputies|MPs|the\s+\w+\s+(?:news\s+agency|newspaper|daily|channel|television))|"
    # ("The Ministry informed that ...": speech only with its "that", or closing the sentence: "..., the Ministry informed.")
    r"informed(?=\s+that\b|\.(?:\s|$))|"
    r"told\s+(?:him|her|them)(?=\s+that\b)|"  # "X received a call from Y ... X told her that ...": X's words to Y
    r"told\s+this\s+(?:publication|newspaper|paper|reporter|correspondent|website|writer)\b|"  # the outlet itself
    r"told\s+(?:the\s+)?(?:[A-Z]|[a-z][A-Z])[\w-]+(?:\s+[A-Z][\w-]+)*|"  # (also an outlet styled "bTV", "eNCA")
    r"had\s+written\s+on\s+(?:his|her|its|their)\s+[\w-]+(?:\s+(?:account|page|channel))?|"
    r"has\s+written\s+on\s+(?:his|her|its|their)\s+[\w-]+(?:\s+(?:account|page|channel))?|"
    r"wrote\s+on\s+(?:his|her|its|their)\s+[\w-]+(?:\s+(?:account|page|channel))?|"
    r"posted\s+on\s+(?:his|her|its|their)\s+(?:[A-Z][\w-]*\s+)?[\w-]+(?:\s+(?:account|page|channel|platform))?|"
    r"highlighted|observed|recalled|remarked|declared|announced|insisted|concluded|"
    r"believes|believed|hoped|hopes|express(?:ed|es)\s+(?:the|his|her|its|their)?\s*(?:firm\s+|strong\s+|sincere\s+)?(?:belief|hope|confidence|conviction|wish|expectation)|"
    r"voiced\s+(?:the|his|her|its|their)?\s*(?:firm\s+|strong\s+|sincere\s+)?(?:belief|hope|confidence|conviction|expectation)|expressed\s+confidence|"
    r"posted\s+on\s+[A-Z]\w*|wrote\s+on\s+[A-Z]\w*|tweeted|reads|read|reports|went\s+on\s+to\s+say|continued|"
    r"reiterated|explained|acknowledged|warned|argued|maintained|indicated|confirmed|proposed|suggested|"
    r"pledged|assured\s+(?:\w+\s+){0,3}?that|was\s+quoted\s+as\s+saying|reported|replied|"
    r"quoted\s+(?P<quoted>(?:(?:the\s+)?[\w'’.-]+\s+){1,4}?)as\s+saying"  # "Lee quoted Okafor as saying": Okafor's words
)

# Message nouns (GUIDELINES: congratulatory message, message of condolence, letter,
# greetings, telegram, cards, thank-you message...). Each opens with its first letter in both
# cases ("[Mm]essages?"): messages.py looks ahead for those letters.
MESSAGE_NOUN = r"(?:[Mm]essages?|[Ll]etters?|[Tt]elegrams?|[Cc]ables?|[Gg]reetings?|(?:[Gg]reeting\s+)?[Cc]ards?|[Nn]otes?\s+of\s+\w+|(?:(?<=congratulatory\s)|(?<=condolence\s)|(?<=diplomatic\s))[Nn]otes?|[Ee]-?mails?)"
MESSAGE_OF = (
    r"(?:condolences?|sympathy|sympathies|congratulations?|greetings?|felicitations?|thanks|gratitude|"
    r"appreciation|solidarity|support|good\s+wishes|best\s+wishes|invitation|reply|acceptance)"
)
# The word lists below are matched against lower-cased text (case-insensitive regexes are
# many times slower in Python's engine).
# Figurative or unrelated messages: "a clear message to investors", "text messages".
FIGURATIVE_MESSAGE = re.compile(
    r"\b(?:clear|strong|powerful|wrong|right|mixed|political|positive|negative|important|key|"
    r"text|voice|short|instant|online|campaign|core|main|central|simple|same|this|that|its|the\s+\w+'s)\s+messages?\b"
    r"|\b(?:called|dubbed|described\s+as)\s+an?\s+messages?\b"  # "sent what she called a message of hope"
)

# Kind vocabulary: occasion and phrase words that decide a message's kind.
CONDOLENCE_WORDS = re.compile(
    r"\b(?:condolen\w*|sympath\w*|mourn\w*|passing|death|died|demise|funeral|earthquake|quake|flood\w*|"
    r"typhoon|hurricane|cyclone|storm|disaster|attack|explosion|blast|crash|accident|tragedy|victims?|"
    r"landslides?|mudflows?|wildfires?|fires?|bereaved|casualties|killed|loss of (?:life|lives))\b"
)
THANKS_WORDS = re.compile(r"\b(?:thanks|thank-you|thank you|gratitude|appreciation|thanking|thanked)\b")
CONGRATULATION_WORDS = re.compile(
    r"\b(?:congratulat\w*|felicitat\w*|election|elected|re-election|re-elected|victory|won|winning|"
    r"inauguration|sworn|appointment|appointed|assum\w+ office|taking office|anniversary|centenary|"
    r"centennial|jubilee|national day|independence day|republic day|founding|birthday|"
    r"revolution|achievement|success)\b"
)
GREETING_OCCASION = re.compile(  # (the lookahead for first letters lets the engine skip to them)
    r"(?=[bcdefhlnrstv])\b(?:new year|spring festival|lunar|christmas|festival|season's|eid|ramadan|nowruz|navruz|novruz|nauryz|diwali|"
    r"deepavali|hari raya|bayram|vesak|songkran|thingyan|losar|chuseok|hanukkah|rosh hashanah|easter|"
    r"(?<!national )holidays?|tet)\b"
)  # a "national holiday" is a national day: its greetings congratulate
# Festivals by name, as they follow "on" ("a message on Hari Raya Aidilfitri"): an occasion, not a party.
FESTIVAL_NAMES = (
    r"Christmas|Easter|Eid|Hari\s+Raya|Nowruz|Navruz|Novruz|Nauryz|Diwali|Deepavali|Vesak|Songkran|Thingyan|Losar|"
    r"Chuseok|Hanukkah|Rosh\s+Hashanah|Tet|Lunar\s+New\s+Year|New\s+Year"
)
# Recipients that are gatherings take a "letter" (a message to a forum or conference).
GATHERING = re.compile(
    r"\b(?:forum|conference|summit|congress|symposium|seminar|session|meeting|ceremony|expo|exhibition|"
    r"festival|gathering|dialogue|convention|participants|attendees|delegates|games|celebration)\b"
)
