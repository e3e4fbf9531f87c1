#!/usr/bin/env python3
"""Generate a deterministic synthetic corpus of wire-style diplomatic news, as JSON lines.

    python bench/generate.py 1000000 --out bench/out/corpus.jsonl
    python bench/generate.py 100 | head -1

Each line is one article: {"title", "text", "url", "source", "published_at"}. The corpus
is made of *events* (a congratulatory message, an exchange of greetings, condolences to
several leaders, a roundup of leaders congratulating one, a reply letter, or a phone call
or talks that carry no written message), each reported by one to four outlets in their own
words, a day or two apart. Actors are invented people holding real offices of real
countries (names from pycountry, demonyms from the table below) over 2005-2024, so one
person keeps one name and one country across thousands of articles, and offices change
hands over the years. Articles run to about 500 words: the report, what the leaders said
(reported speech and quotations), then background paragraphs in the manner of wire copy.

With --gold DIR, the first N articles are written as NN.txt with NN.gold.json beside them,
annotated as ../shared/corpus/GUIDELINES.md asks (actors, messages, statements), for
`chancery evaluate`.

The output depends only on N, --seed and the installed pycountry (for country names):
the same arguments give the same bytes, whatever --workers, and the first K articles of
a larger run are the K articles of a smaller one. Every sentence is written here; nothing
comes from the development corpus.
"""
from __future__ import annotations

import argparse
import itertools
import multiprocessing
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import IO

import orjson
import pycountry

START_YEAR, END_YEAR = 2005, 2024
EVENTS_PER_CHUNK = 200
TARGET_WORDS = 500

# Adjective of nationality for the states the generator uses (ISO 3166-1 alpha-3).
# Country names come from pycountry; a demonym is not something it records.
DEMONYMS = {
    "CHN": "Chinese", "RUS": "Russian", "USA": "U.S.", "GBR": "British", "FRA": "French", "DEU": "German",
    "ITA": "Italian", "ESP": "Spanish", "PRT": "Portuguese", "NLD": "Dutch", "BEL": "Belgian", "CHE": "Swiss",
    "AUT": "Austrian", "POL": "Polish", "CZE": "Czech", "HUN": "Hungarian", "SRB": "Serbian", "GRC": "Greek",
    "TUR": "Turkish", "SWE": "Swedish", "NOR": "Norwegian", "FIN": "Finnish", "DNK": "Danish", "IRL": "Irish",
    "BLR": "Belarusian", "KAZ": "Kazakh", "UZB": "Uzbek", "KGZ": "Kyrgyz", "TJK": "Tajik", "TKM": "Turkmen",
    "MNG": "Mongolian", "PRK": "DPRK", "KOR": "South Korean", "JPN": "Japanese", "VNM": "Vietnamese", "LAO": "Lao",
    "KHM": "Cambodian", "THA": "Thai", "MMR": "Myanmar", "MYS": "Malaysian", "SGP": "Singaporean",
    "IDN": "Indonesian", "PHL": "Philippine", "BRN": "Bruneian", "IND": "Indian", "PAK": "Pakistani",
    "BGD": "Bangladeshi", "LKA": "Sri Lankan", "NPL": "Nepali", "MDV": "Maldivian", "AFG": "Afghan",
    "IRN": "Iranian", "IRQ": "Iraqi", "SYR": "Syrian", "JOR": "Jordanian", "SAU": "Saudi", "ARE": "Emirati",
    "QAT": "Qatari", "KWT": "Kuwaiti", "OMN": "Omani", "EGY": "Egyptian", "DZA": "Algerian", "MAR": "Moroccan",
    "TUN": "Tunisian", "ETH": "Ethiopian", "KEN": "Kenyan", "TZA": "Tanzanian", "UGA": "Ugandan",
    "NGA": "Nigerian", "GHA": "Ghanaian", "SEN": "Senegalese", "ZAF": "South African", "ZWE": "Zimbabwean",
    "NAM": "Namibian", "MOZ": "Mozambican", "AGO": "Angolan", "ZMB": "Zambian", "CUB": "Cuban", "MEX": "Mexican",
    "BRA": "Brazilian", "ARG": "Argentine", "CHL": "Chilean", "PER": "Peruvian", "COL": "Colombian",
    "VEN": "Venezuelan", "BOL": "Bolivian", "NIC": "Nicaraguan", "AUS": "Australian", "NZL": "New Zealand",
    "FJI": "Fijian", "PNG": "Papua New Guinean",
}
NAMES_WITH_ARTICLE = {"USA", "GBR", "NLD", "ARE", "PHL", "RUS"}
# Where a story about a state's leaders is usually filed from.
CAPITALS = {
    "CHN": "Beijing", "RUS": "Moscow", "USA": "Washington", "GBR": "London", "FRA": "Paris", "DEU": "Berlin",
    "ITA": "Rome", "ESP": "Madrid", "PRT": "Lisbon", "NLD": "The Hague", "BEL": "Brussels", "CHE": "Bern",
    "AUT": "Vienna", "POL": "Warsaw", "CZE": "Prague", "HUN": "Budapest", "SRB": "Belgrade", "GRC": "Athens",
    "TUR": "Ankara", "SWE": "Stockholm", "NOR": "Oslo", "FIN": "Helsinki", "DNK": "Copenhagen", "IRL": "Dublin",
    "BLR": "Minsk", "KAZ": "Astana", "UZB": "Tashkent", "KGZ": "Bishkek", "TJK": "Dushanbe", "TKM": "Ashgabat",
    "MNG": "Ulan Bator", "PRK": "Pyongyang", "KOR": "Seoul", "JPN": "Tokyo", "VNM": "Hanoi", "LAO": "Vientiane",
    "KHM": "Phnom Penh", "THA": "Bangkok", "MMR": "Nay Pyi Taw", "MYS": "Kuala Lumpur", "SGP": "Singapore",
    "IDN": "Jakarta", "PHL": "Manila", "BRN": "Bandar Seri Begawan", "IND": "New Delhi", "PAK": "Islamabad",
    "BGD": "Dhaka", "LKA": "Colombo", "NPL": "Kathmandu", "MDV": "Male", "AFG": "Kabul", "IRN": "Tehran",
    "IRQ": "Baghdad", "SYR": "Damascus", "JOR": "Amman", "SAU": "Riyadh", "ARE": "Abu Dhabi", "QAT": "Doha",
    "KWT": "Kuwait City", "OMN": "Muscat", "EGY": "Cairo", "DZA": "Algiers", "MAR": "Rabat", "TUN": "Tunis",
    "ETH": "Addis Ababa", "KEN": "Nairobi", "TZA": "Dodoma", "UGA": "Kampala", "NGA": "Abuja", "GHA": "Accra",
    "SEN": "Dakar", "ZAF": "Pretoria", "ZWE": "Harare", "NAM": "Windhoek", "MOZ": "Maputo", "AGO": "Luanda",
    "ZMB": "Lusaka", "CUB": "Havana", "MEX": "Mexico City", "BRA": "Brasilia", "ARG": "Buenos Aires",
    "CHL": "Santiago", "PER": "Lima", "COL": "Bogota", "VEN": "Caracas", "BOL": "La Paz", "NIC": "Managua",
    "AUS": "Canberra", "NZL": "Wellington", "FJI": "Suva", "PNG": "Port Moresby",
}
MONARCHS = {"GBR": "King", "ESP": "King", "NLD": "King", "BEL": "King", "SWE": "King", "NOR": "King",
            "DNK": "King", "JPN": "Emperor", "THA": "King", "KHM": "King", "MYS": "King", "BRN": "Sultan",
            "SAU": "King", "JOR": "King", "MAR": "King", "QAT": "Emir", "KWT": "Emir", "OMN": "Sultan"}
# Where the head of state's representative writes in the head of state's stead.
GOVERNORS_GENERAL = {"AUS": "Governor-General", "NZL": "Governor-General", "PNG": "Governor-General"}
# Where the ruling party's leader is the one who writes.
PARTY_STATES = {"CHN": "Communist Party of China", "VNM": "Communist Party of Vietnam",
                "LAO": "Lao People's Revolutionary Party", "CUB": "Communist Party of Cuba",
                "PRK": "Workers' Party of Korea"}

# Syllables for invented names, by naming style; each style puts family name first or last.
NAME_STYLES = [
    (True, ["Wen", "Zhao", "Liang", "Han", "Qiao", "Song", "Lu", "Fang", "Tang", "Bai", "Meng", "Jiang"],
     ["hao", "lin", "ming", "jun", "wei", "qing", "rui", "tao", "yu", "xin", "feng", "yan"]),
    (False, ["Ale", "Mari", "Dmi", "Vla", "Boris", "Ste", "Yev", "Ana", "Iri", "Ole", "Kon", "Mila"],
     ["kov", "nov", "ensky", "vich", "enko", "ova", "ski", "rin", "dek", "lan", "stov", "mir"]),
    (False, ["Ka", "Ada", "Olu", "Kwa", "Nke", "Chi", "Ama", "Tem", "Ibra", "Ze", "Mo", "Sa"],
     ["njo", "tunde", "mbe", "siko", "wale", "dia", "ruto", "ngo", "bisi", "kuru", "lemi", "fwe"]),
    (False, ["Car", "Lu", "Fer", "Ga", "Ro", "Ma", "Jo", "Al", "Ben", "Vic", "Ra", "Tom"],
     ["los", "cia", "nando", "briela", "drigo", "teo", "sé", "berto", "ito", "toria", "món", "ás"]),
    (False, ["Kha", "Ab", "Mo", "Fa", "Ha", "Na", "Sa", "Ra", "Yu", "Ta", "Za", "Ja"],
     ["lid", "dul", "hammed", "isal", "san", "bil", "mir", "shid", "suf", "riq", "yed", "mal"]),
    (True, ["Nguyen", "Tran", "Pham", "Le", "Vo", "Bui", "Dang", "Hoang", "Phan", "Do", "Ngo", "Duong"],
     ["Van", "Minh", "Thanh", "Quoc", "Duc", "Hong", "Kim", "Anh", "Tuan", "Hai", "Long", "Son"]),
]
# Which naming style each state's leaders get (index into NAME_STYLES); the rest use style 3.
STYLE_OF = {
    **dict.fromkeys(["CHN", "SGP", "MNG", "KOR", "PRK", "JPN"], 0),
    **dict.fromkeys(["RUS", "BLR", "POL", "CZE", "SRB", "HUN", "KAZ", "UZB", "KGZ", "TJK", "TKM", "GRC", "FIN"], 1),
    **dict.fromkeys(["ETH", "KEN", "TZA", "UGA", "NGA", "GHA", "SEN", "ZAF", "ZWE", "NAM", "MOZ", "AGO", "ZMB", "PNG", "FJI"], 2),
    **dict.fromkeys(["AFG", "IRN", "IRQ", "SYR", "JOR", "SAU", "ARE", "QAT", "KWT", "OMN", "EGY", "DZA", "MAR", "TUN", "PAK", "BGD", "MDV", "BRN", "MYS", "IDN", "TUR"], 4),
    **dict.fromkeys(["VNM", "LAO", "KHM", "THA", "MMR"], 5),
}
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "speaker")


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    demonym: str
    capital: str
    in_text: str  # the name as a sentence uses it: "the United Arab Emirates"


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    short: str
    country: Country
    role: str
    office: str  # "President", "Prime Minister", ...
    his: str
    honorific: str = ""

    def title_before(self) -> str:
        """'Kenyan President', 'Chinese President' ..."""
        return f"{self.country.demonym} {self.office}"

    def appositive(self) -> str:
        """'president of Kenya'."""
        return f"{self.office.lower()} of {self.country.in_text}"


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    short: str
    city: str
    domain: str


OUTLETS = [
    Outlet("Meridian News Agency", "MNA", "GENEVA", "meridian-news.example"),
    Outlet("Eastern Wire", "EW", "SINGAPORE", "easternwire.example"),
    Outlet("Continental Press", "CP", "NAIROBI", "continentalpress.example"),
    Outlet("Atlas Daily", "Atlas", "LISBON", "atlasdaily.example"),
    Outlet("Harbour Times", "HT", "HONG KONG", "harbourtimes.example"),
    Outlet("Andes Report", "AR", "LIMA", "andesreport.example"),
    Outlet("Steppe Herald", "SH", "ASTANA", "steppeherald.example"),
    Outlet("Gulf Dispatch", "GD", "DOHA", "gulfdispatch.example"),
]


class World:
    """Countries, the people holding each office year by year, and the weights of who writes."""

    def __init__(self, seed: int) -> None:
        rng = Random(seed)
        self.countries = [self._country(code) for code in DEMONYMS]
        self.holders: dict[tuple[str, str], list[tuple[int, Actor]]] = {}
        used: set[str] = set()
        for country in self.countries:
            style = NAME_STYLES[STYLE_OF.get(country.code, 3)]
            for role in ROLES:
                terms, year = [], START_YEAR - rng.randrange(6)
                while year <= END_YEAR:
                    terms.append((year, self._person(rng, style, country, role, used)))
                    year += rng.choice((4, 5, 5, 6, 8, 10))
                self.holders[country.code, role] = terms
        # A few states write far more often than others, as in real wire copy.
        order = self.countries[:]
        rng.shuffle(order)
        self.weighted = [c for rank, c in enumerate(order, 1) for _ in range(max(1, int(60 / rank ** 0.9)))]

    @staticmethod
    def _country(code: str) -> Country:
        record = pycountry.countries.get(alpha_3=code)
        name = getattr(record, "common_name", None) or record.name
        article = "the " if code in NAMES_WITH_ARTICLE else ""
        return Country(code, name, DEMONYMS[code], CAPITALS[code], article + name)

    @staticmethod
    def _person(rng: Random, style: tuple, country: Country, role: str, used: set[str]) -> Actor:
        family_first, first, second = style
        while True:
            given = rng.choice(first) + rng.choice(second)
            family = rng.choice(first) + rng.choice(second) if not family_first else rng.choice(first)
            if family_first:
                # "Wen Haolin", or with given names of their own words, "Pham Duc Long"
                glue = " " if second[0][0].isupper() else ""
                name, short = f"{family} {rng.choice(second).capitalize()}{glue}{rng.choice(second)}", family
            else:
                name, short = f"{given} {family.capitalize()}", family.capitalize()
            if name not in used:
                used.add(name)
                break
        if role == "head_of_state":
            office = MONARCHS.get(country.code) or GOVERNORS_GENERAL.get(country.code, "President")
        elif role == "head_of_government":
            office = "Prime Minister"
        elif role == "foreign_minister":
            office = "Foreign Minister"
        else:
            office = "Speaker of Parliament"
        if country.code in MONARCHS and role == "head_of_state":  # the monarchs here are all men
            return Actor(name, short, country, role, office, "his", "His Majesty ")
        return Actor(name, short, country, role, office, rng.choice(("his", "his", "her")))

    def holder(self, country: Country, role: str, year: int) -> Actor:
        terms = self.holders[country.code, role]
        current = terms[0][1]
        for start, actor in terms:
            if start > year:
                break
            current = actor
        return current


Spoken = tuple[str, str, str]  # speaker's name, "direct" or "reported", the words


@dataclass(slots=True)
class Event:
    kind: str  # message kind, or "call" / "talks" for events without a written message
    day: date
    senders: list[Actor]
    recipients: list[Actor]
    occasion: str
    exchange: bool = False


OCCASIONS = {
    "congratulation": [  # the first two are elections, never for a monarch
        "on {r_his} election as {r_office} of {r_country}", "on {r_his} re-election as {r_office}",
        "on the National Day of {r_country}", "on {r_his} birthday",
        "on the {n}th anniversary of the establishment of diplomatic relations between the two countries",
        "on the {n}th anniversary of the founding of {r_country}", "on the opening of the new parliament",
    ],
    "condolence": [
        "over the heavy loss of life in the earthquake that struck the {compass} of {r_country}",
        "over the deadly floods in the {compass} of {r_country}", "over the death of a former {r_office}",
        "over the casualties of the terrorist attack in the capital of {r_country}",
        "over the passenger train accident in the {compass} of the country",
        "over the victims of the wildfires in {r_country}",
    ],
    "greeting": ["on the New Year", "on the Spring Festival", "on the Lunar New Year", "on the Nowruz holiday",
                 "on the festival of Eid al-Fitr", "for the holiday season"],
    "thanks": ["for the relief supplies sent after the storm", "for the medical teams sent during the epidemic",
               "for {r_his} warm congratulations", "for the support given to {s_country}'s bid to host the summit"],
    "letter": ["on the opening of the {n}th {forum}", "on cooperation in the fight against climate change",
               "inviting {r_him} to attend the {forum}", "on the launch of the {forum}"],
}
CAPTION_ACTS = ["speaks at a press conference", "attends a welcoming ceremony", "arrives for a summit meeting",
                "waves to reporters", "addresses a news conference", "inspects a guard of honor"]
RELATED_HEADLINES = ["sign agreements on trade and energy", "agree to expand flights", "hold strategic dialogue",
                     "open new consulates", "mark years of ties with cultural festival"]
FORUMS = ["Global Trade Forum", "Forum on Water Security", "Digital Economy Summit", "Silk Road Think Tank Forum",
          "World Conference on Renewable Energy", "International Forum on Food Security", "Ocean Cooperation Summit"]
COMPASS = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central region"]
MESSAGE_NOUNS = {
    "congratulation": ["a congratulatory message", "a message of congratulations", "a congratulatory letter"],
    "condolence": ["a message of condolence", "a condolence message", "a message of sympathy"],
    "greeting": ["a message of greetings", "greetings", "a greeting card"],
    "thanks": ["a thank-you message", "a letter of thanks", "a message of thanks"],
    "letter": ["a letter", "a message", "a reply letter"],
}
HEADLINE_VERBS = {"congratulation": "congratulates", "condolence": "sends condolences to",
                  "greeting": "sends greetings to", "thanks": "thanks", "letter": "sends letter to"}

# What leaders say: openings and claims combined, so statements vary across a large corpus.
CLAIM_OPENINGS = [
    "{s_country} and {r_country} are", "the two countries have long been", "the peoples of the two nations are",
    "{s_country} and {r_country} have always been", "the two sides remain",
    "over the past decades the two countries have been",
]
CLAIM_BODIES = [
    "trusted partners who support each other on issues bearing on their core interests",
    "good neighbors and friends whose cooperation has brought real benefits to both peoples",
    "partners in building a more just and balanced international order",
    "an example of mutual respect between countries of different sizes and systems",
    "close friends who have stood together through difficult times",
    "partners in trade, investment, energy and people-to-people exchanges",
]
COMMITMENTS = [
    "{s_his} country stands ready to work with {r_country} to deepen practical cooperation in every field",
    "{s_he} attaches great importance to relations with {r_country} and will continue to support them",
    "the two sides should strengthen coordination in multilateral affairs and jointly meet global challenges",
    "{s_he} is confident that the friendship between the two peoples will grow stronger in the years ahead",
    "{s_he} looks forward to meeting {r_name_short} again soon to chart the course of bilateral ties",
    "{s_country} will always be a reliable friend of the people of {r_country}",
    "the new achievements of {r_country} in its development are a source of joy for its friends",
]
SYMPATHY = [
    "the people of {s_country} share the grief of the people of {r_country} at this difficult time",
    "{s_country} is ready to provide whatever assistance it can to help the affected areas recover",
    "{s_he} is deeply saddened by the news and mourns the victims",
    "{s_he} wishes the injured a speedy recovery and expresses sincere sympathy to the bereaved families",
]
QUOTES = [
    "We will keep working side by side, because what unites our nations is far stronger than what divides them",
    "Our friendship is not a matter of one season. It has been tested many times, and it has held",
    "This anniversary reminds us how far we have come together, and how much remains to be done",
    "The door of our country will stay open, and our partners will always find us ready to talk",
    "No distance can weaken the bond between our two peoples",
]
REPORTING_VERBS = ["said", "said", "added", "noted", "stressed"]
THAT_VERBS = ["said", "noted that", "stressed that", "expressed the belief that", "pointed out that"]

# Background sentences, grouped two or three to a paragraph, none used twice in an article.
BACKGROUND = [
    "{s_country} and {r_country} established diplomatic relations in {founded}.",
    "Since then, high-level exchanges between the two countries have been frequent.",
    "Cooperation has expanded from trade to energy, infrastructure, education and culture.",
    "Bilateral trade reached {num} billion U.S. dollars last year, up {pct} percent year on year, according to official figures.",
    "{s_country} has been one of the largest trading partners of {r_country} for {few} consecutive years.",
    "The two governments signed {few} cooperation agreements during a state visit in {recent}, covering agriculture, health and the digital economy.",
    "More than {num} thousand students from {r_country} are studying in {s_country}.",
    "Direct flights between the two capitals resumed in {recent} and now run {few} times a week.",
    "A joint committee on economic and technical cooperation met in {recent} and agreed to speed up work on ports, railways and power plants.",
    "Tourism between the two countries has grown steadily, with visitor numbers rising by {pct} percent in the first half of the year.",
    "Observers noted that the two sides have kept close communication on climate change, food security and the reform of global governance.",
    "A reception was held at the foreign ministry, attended by diplomats from more than {few}0 countries.",
    "Cultural centers in both countries will host exhibitions, film weeks and concerts throughout the year.",
    "Companies from {s_country} have invested in manufacturing, mining and renewable energy in {r_country}, creating thousands of local jobs.",
    "Officials from the two foreign ministries held consultations in {recent} and agreed to expand cooperation in law enforcement and disaster relief.",
    "The two countries held their first joint naval exercise in {recent}, followed by a second one two years later.",
    "A new bridge financed by a concessional loan opened to traffic in {recent}, cutting travel time between two border towns by half.",
    "Economists expect the free trade agreement under negotiation since {recent} to lift exports of farm products from {r_country}.",
    "Several provinces and cities of the two countries have established sister relations, and more are expected this year.",
    "Official figures published last month showed the economy of {r_country} growing {pct} percent in the previous quarter.",
    "Parliamentary groups of friendship were set up in both legislatures in {recent}.",
    "The countries' trade ministers are due to meet later this year to review the progress of joint projects.",
    "A regional security conference held in {recent} brought together defense officials from more than {few}0 countries.",
    "Closer links between the two economies are expected to help both weather slower global demand.",
    "Language courses, scholarships and training programs for young officials have grown in number over the past decade.",
    "A museum exhibition on the history of the relations between the two peoples opened in {recent} and drew large crowds.",
    "The embassy of {s_country} in {r_country} also held a reception to mark the occasion.",
]
ABOUT_MESSAGES = [
    "The foreign ministry of {r_country} published the message on its website on the same day.",
    "Local newspapers carried the message on their front pages, alongside photographs of the two leaders at an earlier meeting.",
    "The message was read out at a ceremony attended by members of the diplomatic corps and representatives of business groups.",
    "The relationship between the two capitals has remained stable despite changes in the region.",
]
ABOUT_DISASTERS = [
    "Relief teams from neighboring countries and international organizations have been working in the area for several days.",
    "The weather service has warned of further heavy rain in the coming week, and schools in several districts remain closed.",
    "Volunteers have set up shelters in schools and sports halls for families who lost their homes.",
    "The government of {r_country} declared three days of national mourning, and flags were flown at half-mast.",
    "International agencies have offered food, water purification equipment and medicine.",
]
ABOUT_TALKS = [
    "The two leaders last met on the sidelines of a regional summit in {recent}.",
    "Neither side gave details of any agreement reached, and no joint statement was issued.",
    "The two sides are expected to keep in touch through diplomatic channels ahead of the next round of consultations.",
]
BACKGROUND_BY_KIND = {
    "condolence": BACKGROUND + ABOUT_DISASTERS,
    "call": BACKGROUND + ABOUT_TALKS,
    "talks": BACKGROUND + ABOUT_TALKS,
}
# The random figures each background sentence needs, found once.
NUMBER_FIELDS = {t: tuple(k for k in ("founded", "recent", "num", "pct", "few") if "{" + k + "}" in t)
                 for t in BACKGROUND + ABOUT_MESSAGES + ABOUT_DISASTERS + ABOUT_TALKS}


class Writer:
    """Turns events into articles; one instance per chunk of events, with that chunk's random stream."""

    def __init__(self, world: World, rng: Random) -> None:
        self.world = world
        self.rng = rng

    # --- events ------------------------------------------------------------------------

    def event(self) -> Event:
        rng, world = self.rng, self.world
        day = date(START_YEAR, 1, 1) + timedelta(days=rng.randrange(365 * (END_YEAR - START_YEAR + 1)))
        sender_country = rng.choice(world.weighted)
        recipient_country = rng.choice(world.countries)
        while recipient_country is sender_country:
            recipient_country = rng.choice(world.countries)
        sender = world.holder(sender_country, "head_of_state", day.year)
        recipient = world.holder(recipient_country, rng.choice(("head_of_state", "head_of_state", "head_of_government")), day.year)
        shape = rng.random()
        kind = rng.choice(("congratulation", "congratulation", "congratulation", "condolence", "condolence",
                           "greeting", "thanks", "letter"))
        event = Event(kind, day, [sender], [recipient], "")
        if shape < 0.12:
            event.kind = rng.choice(("call", "talks"))
        elif shape < 0.25:
            # an anniversary message is a congratulation, however the text names it
            event.kind, event.exchange = "congratulation", True
            event.occasion = "on the {n}th anniversary of the establishment of diplomatic relations"
        elif shape < 0.38:  # to both the head of state and the head of government
            other = "head_of_government" if recipient.role == "head_of_state" else "head_of_state"
            event.recipients.append(world.holder(recipient_country, other, day.year))
        elif shape < 0.48:  # the head of government writes too
            event.senders.append(world.holder(sender_country, "head_of_government", day.year))
        elif shape < 0.55:  # roundup: several leaders write to one
            event.kind = "congratulation"
            event.recipients = [sender]
            others = rng.sample([c for c in world.countries if c is not sender_country], rng.randint(3, 5))
            event.senders = [world.holder(c, "head_of_state", day.year) for c in others]
        if not event.occasion and event.kind in OCCASIONS:
            # a monarch is not elected: congratulate on a national day or an anniversary
            monarch = event.recipients[0].honorific and event.kind == "congratulation"
            choices = OCCASIONS[event.kind][2:] if monarch else OCCASIONS[event.kind]
            event.occasion = rng.choice(choices)
        return event

    # --- articles ----------------------------------------------------------------------

    def reports(self, event: Event, serial: int) -> Iterator[dict]:
        rng = self.rng
        for outlet in rng.sample(OUTLETS, rng.choice((1, 1, 2, 2, 3, 4))):
            day = event.day + timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            title, text, annotation = self.article(event, outlet, day)
            slug = "-".join(title.lower().split()[:6]).replace("'", "").replace(",", "")
            yield {
                "title": title,
                "text": text,
                "url": f"https://{outlet.domain}/{day:%Y/%m/%d}/{slug}-{serial}.html",
                "source": outlet.name,
                "published_at": None if rng.random() < 0.05 else day.isoformat(),
                "gold": annotation,
            }
            serial += 1

    def article(self, event: Event, outlet: Outlet, day: date) -> tuple[str, str, dict]:
        """Title, text, and the gold annotation of the text (GUIDELINES.md format)."""
        sender, recipient = event.senders[0], event.recipients[0]
        slots = self.slots(sender, recipient)
        occasion = event.occasion.format(**slots) if event.occasion else ""
        # filed from the writer's capital as a rule (a roundup: the congratulated one's), else
        # from the outlet's home city
        home = recipient if len(event.senders) > 2 else sender
        city = home.country.capital.upper() if self.rng.random() < 0.7 else outlet.city
        dateline = f"{city}, {day:%b}. {day.day} ({outlet.short}) -- "
        if event.kind in {"call", "talks"}:
            title, lead = self.negative(event, slots)
        elif len(event.senders) > 2:
            title, lead = self.roundup(event, occasion)
        elif event.exchange:
            noun = self.rng.choice(("congratulatory messages", "messages of congratulations", "greetings"))
            title = f"{sender.short}, {recipient.short} exchange {'greetings' if noun == 'greetings' else 'congratulations'}"
            lead = f"{self.named(sender)} and {self.named(recipient)} on {day:%A} exchanged {noun} {occasion}."
        else:
            title = f"{sender.short} {HEADLINE_VERBS[event.kind]} {recipient.name}"
            lead = self.lead(event, occasion)
        said, spoken = self.statements(event)
        paragraphs = [dateline + lead, *said]
        words = sum(p.count(" ") + 1 for p in paragraphs)
        pool = BACKGROUND_BY_KIND.get(event.kind, BACKGROUND + ABOUT_MESSAGES)
        background = iter(self.rng.sample(pool, len(pool)))
        while words < TARGET_WORDS:
            group = list(itertools.islice(background, self.rng.choice((2, 2, 3))))
            if not group:
                break
            paragraph = " ".join(capitalized(t.format(**slots, **self.numbers(t, day.year))) for t in group)
            paragraphs.append(paragraph)
            words += paragraph.count(" ") + 1
        head, related = self.noise(event, outlet, day)
        if related:
            paragraphs.insert(self.rng.randrange(len(said) + 1, len(paragraphs) + 1), related)
        paragraphs[0:0] = head
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        return title, text, gold(event, occasion, text, spoken)

    def noise(self, event: Event, outlet: Outlet, day: date) -> tuple[list[str], str]:
        """What web copy carries besides the story, none of it a message or a statement: a
        photo caption (of a leader in the story, or of an official who only appears in the
        picture) and an editor's note above the story, a "Related:" link within it."""
        rng, lines, related = self.rng, [], ""
        if rng.random() < 0.2:
            country = rng.choice((event.senders[0].country, event.recipients[0].country))
            pictured = (rng.choice(event.senders) if rng.random() < 0.5
                        else self.world.holder(country, "foreign_minister", day.year))
            place = f"{country.capital}, {country.in_text}"
            lines.append(f"{pictured.title_before()} {pictured.name} {rng.choice(CAPTION_ACTS)} in {place}, "
                         f"{day:%b}. {day.day - 1 or 1}, {day.year}. [Photo/{outlet.short}]")
        if rng.random() < 0.03:
            lines.append(f"Editor's note: This story was updated at {rng.randint(1, 11)}:{rng.choice(('05', '20', '45'))} "
                         "p.m. to include further details.")
        if rng.random() < 0.1:
            other = rng.choice(self.world.countries)
            related = f"Related: {event.senders[0].country.name}, {other.name} {rng.choice(RELATED_HEADLINES)}"
        return lines, related

    def named(self, actor: Actor) -> str:
        """The actor with a title before the name, or an appositive title after it."""
        if self.rng.random() < 0.65:
            return f"{actor.title_before()} {actor.name}"
        return f"{actor.honorific}{actor.name}, {actor.appositive()},"

    def lead(self, event: Event, occasion: str) -> str:
        rng = self.rng
        noun = rng.choice(MESSAGE_NOUNS[event.kind])
        senders = [self.named(s) for s in event.senders]
        recipients = [self.named(r) for r in event.recipients]
        party = PARTY_STATES.get(event.senders[0].country.code)
        if party and len(senders) == 1 and rng.random() < 0.5:
            leader = event.senders[0]
            senders[0] = f"General Secretary of the {party} Central Committee and {leader.title_before()} {leader.name}"
        return f"{' and '.join(senders)} on {event.day:%A} sent {noun} to {' and '.join(recipients)} {occasion}."

    def roundup(self, event: Event, occasion: str) -> tuple[str, str]:
        recipient = event.recipients[0]
        title = f"World leaders congratulate {recipient.name}"
        names = ", ".join(f"{s.title_before()} {s.name}" for s in event.senders[:-1])
        last = event.senders[-1]
        lead = (f"Leaders of several countries have sent congratulatory messages to {recipient.title_before()} "
                f"{recipient.name} {occasion}. Among them were {names} and {last.title_before()} {last.name}.")
        return title, lead

    def negative(self, event: Event, slots: dict) -> tuple[str, str]:
        sender, recipient = event.senders[0], event.recipients[0]
        if event.kind == "call":
            return (f"{sender.short} holds phone talks with {recipient.name}",
                    f"{self.named(sender)} held a phone call with {self.named(recipient)} on {event.day:%A}, "
                    f"and the two leaders exchanged views on bilateral ties and issues of common concern.")
        return (f"{sender.short}, {recipient.short} hold talks in {sender.country.in_text}",
                f"{self.named(sender)} held talks with visiting {self.named(recipient)} on {event.day:%A}, "
                f"and the two sides agreed to send a clear message of support for open trade.")

    def statements(self, event: Event) -> tuple[list[str], list[Spoken]]:
        """Two to six paragraphs of what the senders said, in the forms wire copy uses, and
        each statement as the guideline annotates it (speaker, kind, text without the cue)."""
        rng = self.rng
        paragraphs: list[str] = []
        spoken: list[Spoken] = []
        for sender in event.senders[:3]:
            s = self.slots(sender, event.recipients[0])
            claims = SYMPATHY if event.kind == "condolence" else COMMITMENTS
            claim = rng.choice(claims).format(**s)
            opening = f"{rng.choice(CLAIM_OPENINGS)} {rng.choice(CLAIM_BODIES)}".format(**s)
            form = rng.randrange(6)
            said = [(sender.name, "reported", opening)]
            if form == 0 and event.kind not in {"call", "talks"}:
                paragraphs.append(f"In {s['s_his']} message, {sender.short} said {opening}.")
            elif form == 1:
                said = [(sender.name, "reported", capitalized(opening))]
                paragraphs.append(f"{capitalized(opening)}, {sender.short} {rng.choice(REPORTING_VERBS)}.")
            elif form == 2:
                paragraphs.append(f"{sender.short} {rng.choice(THAT_VERBS)} {opening}.")
            elif form == 3:
                quote = rng.choice(QUOTES)
                left, right = ('"', '"') if rng.random() < 0.5 else ("\u201c", "\u201d")
                said = [(sender.name, "direct", quote)]
                paragraphs.append(f"{left}{quote},{right} {sender.short} said.")
            elif form == 4:
                quote = rng.choice(QUOTES)
                first, _, rest = quote.partition(", ")
                if rest:  # split around the cue: two statements
                    said = [(sender.name, "direct", first), (sender.name, "direct", rest)]
                    paragraphs.append(f'"{first}," {sender.name} said, "{rest}."')
                else:
                    said = [(sender.name, "direct", quote)]
                    paragraphs.append(f'"{quote}," said {sender.name}.')
            else:
                paragraphs.append(f"{sender.short} said {opening}.")
            spoken += said
            spoken.append((sender.name, "reported", claim))
            paragraphs.append(f"{s['s_he'].capitalize()} said {claim}.")
        return paragraphs, spoken

    def slots(self, sender: Actor, recipient: Actor) -> dict[str, str]:
        return {
            "s_country": sender.country.in_text, "r_country": recipient.country.in_text,
            "s_his": sender.his, "s_he": "he" if sender.his == "his" else "she",
            "r_his": recipient.his, "r_him": "him" if recipient.his == "his" else "her",
            "r_office": recipient.office.lower() if recipient.office != "Speaker of Parliament" else "speaker",
            "r_name_short": recipient.short, "compass": self.rng.choice(COMPASS),
            "n": str(self.rng.randrange(10, 80, 5)), "forum": self.rng.choice(FORUMS),
        }

    def numbers(self, template: str, year: int) -> dict[str, str]:
        """The random figures `template` needs: years before the article's, amounts, counts."""
        rng = self.rng
        figures = {}
        for field in NUMBER_FIELDS[template]:
            if field == "founded":
                figures[field] = str(rng.randrange(1950, 1996))
            elif field == "recent":
                figures[field] = str(year - rng.randrange(1, 13))
            elif field == "few":
                figures[field] = str(rng.randrange(2, 10))
            else:
                top = 300 if field == "num" else 40
                figures[field] = f"{rng.randrange(1, top)}.{rng.randrange(10)}"
        return figures


def gold(event: Event, occasion: str, text: str, spoken: list[Spoken]) -> dict:
    """What the article says, annotated as GUIDELINES.md asks: every actor named, with the
    other forms of the name the text uses; one message per (sender, recipient, kind); each
    statement's text as it stands in the article."""
    people = {a.name: a for a in (*event.senders, *event.recipients)}
    actors = []
    for actor in people.values():
        forms = [actor.short, actor.honorific + actor.name] if actor.honorific else [actor.short]
        aliases = [f for f in forms if f != actor.name and f in text]
        actors.append({"name": actor.name, "aliases": aliases, "country": actor.country.code})
    if event.kind in {"call", "talks"}:
        pairs = []
    elif event.exchange:
        pairs = [(event.senders[0], event.recipients[0]), (event.recipients[0], event.senders[0])]
    else:
        pairs = [(s, r) for s in event.senders for r in event.recipients]
    messages = [{"sender": s.name, "recipient": r.name, "kind": event.kind, "occasion": occasion} for s, r in pairs]
    statements = [{"speaker": speaker, "kind": kind, "text": words} for speaker, kind, words in spoken]
    return {"actors": actors, "messages": messages, "statements": statements}


def capitalized(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


_world: World | None = None


def _init_worker(seed: int) -> None:
    global _world
    _world = World(seed)


def chunk_articles(seed: int, chunk: int) -> list[dict]:
    """The articles of one chunk of events, each with its gold annotation. Chunks are
    independent (each has its own random stream), so workers can share them out."""
    assert _world is not None
    writer = Writer(_world, Random(seed * 1_000_003 + chunk))
    serial = chunk * EVENTS_PER_CHUNK * 10
    articles = []
    for _ in range(EVENTS_PER_CHUNK):
        articles += writer.reports(writer.event(), serial + len(articles))
    return articles


def chunk_lines(args: tuple[int, int]) -> tuple[int, bytes]:
    """How many articles one chunk gives, and their JSON lines (without the annotations)."""
    out = []
    for article in chunk_articles(*args):
        del article["gold"]
        out.append(orjson.dumps(article))
    out.append(b"")
    return len(out) - 1, b"\n".join(out)


def generate(n: int, seed: int, stream: IO[bytes], workers: int = 1) -> int:
    """Write `n` articles to `stream`; return how many were written."""
    chunks = ((seed, c) for c in itertools.count())
    written = 0
    if workers > 1:
        pool = multiprocessing.Pool(workers, initializer=_init_worker, initargs=(seed,))
        blocks = pool.imap(chunk_lines, chunks, chunksize=1)
    else:
        pool = None
        _init_worker(seed)
        blocks = map(chunk_lines, chunks)
    try:
        for count, block in blocks:
            if written + count > n:  # the last chunk: cut it at the n-th line
                block = b"".join(block.splitlines(keepends=True)[: n - written])
                count = n - written
            stream.write(block)
            written += count
            if written >= n:
                break
    finally:
        if pool is not None:
            pool.terminate()
    return written


def write_gold_corpus(n: int, seed: int, directory: Path) -> None:
    """The first n articles as an annotated corpus: NN.txt beside NN.gold.json, the format
    `chancery evaluate` and the shared scorer read."""
    directory.mkdir(parents=True, exist_ok=True)
    _init_worker(seed)
    articles = itertools.chain.from_iterable(chunk_articles(seed, c) for c in itertools.count())
    width = len(str(n))
    for number, article in enumerate(itertools.islice(articles, n), 1):
        stem = directory / f"{number:0{width}d}"
        stem.with_suffix(".txt").write_text(article["text"], encoding="utf-8")
        stem.with_suffix(".gold.json").write_bytes(orjson.dumps(article["gold"], option=orjson.OPT_INDENT_2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", default="-", help="output file, or - for standard output (default)")
    parser.add_argument("--workers", type=int, default=1, help="processes generating chunks (output is the same)")
    parser.add_argument("--gold", type=Path, metavar="DIR",
                        help="write the articles to DIR as NN.txt with NN.gold.json annotations instead")
    args = parser.parse_args()
    if args.gold:
        write_gold_corpus(args.n, args.seed, args.gold)
        return
    if args.out == "-":
        try:
            generate(args.n, args.seed, sys.stdout.buffer, args.workers)
        except BrokenPipeError:  # the reader stopped early (`| head`): not an error
            sys.stderr.close()
    else:
        with open(args.out, "wb", buffering=1 << 20) as stream:
            generate(args.n, args.seed, stream, args.workers)


if __name__ == "__main__":
    main()
