"""Forms of one person's name (with or without middle initials or an East Slavic patronymic)
share one actor, whose name and aliases do not depend on the order of ingest."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from app.db import make_engine
from app.extract.types import Actor, Extraction, Message
from app.ingest import extraction as ingest_extraction
from app.ingest.identity import actor_key, preferred_name
from app.ingest.job import ingest
from app.models import Actor as ActorRow
from app.models import ActorAlias
from app.models import Message as MessageRow
from ingest_fakes import content_digest, write


def variant_extract(text: str) -> Extraction:
    """Each line 'CAST: Name~Alias/CTY>Name/CTY:kind' is a message; an actor's aliases are the
    last word of its name and what follows '~'."""
    extraction = Extraction(title=text.splitlines()[0])
    index: dict[tuple[str, str | None], int] = {}

    def actor(spec: str) -> int:
        spec, _, country = spec.partition("/")
        name, _, alias = spec.partition("~")
        key = (name, country or None)
        if key not in index:
            index[key] = len(extraction.actors)
            aliases = [name.split()[-1], *([alias] if alias else [])]
            extraction.actors.append(Actor(name=name, country=country or None, aliases=aliases))
        return index[key]

    for match in re.finditer(r"CAST: ([^>\n]+)>([^:\n]+):(\w+)", text):
        extraction.messages.append(Message(actor(match[1]), actor(match[2]), match[3], None, match.start(), match.end()))
    return extraction


@pytest.fixture(autouse=True)
def variant_extractor(monkeypatch):
    monkeypatch.setattr(ingest_extraction, "extract", variant_extract)


def rows(url: str, query) -> list:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query)]
    finally:
        engine.dispose()


def stored(url: str) -> tuple[list, list, list]:
    return (
        rows(url, select(ActorRow.id, ActorRow.name, ActorRow.country).order_by(ActorRow.id)),
        rows(url, select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.actor_id, ActorAlias.alias)),
        rows(url, select(MessageRow.sender_id, MessageRow.recipient_id, MessageRow.kind).order_by(MessageRow.kind)),
    )


def ingest_each(paths, url: str) -> None:
    """One ingest a file, in this order: the later ones find the earlier ones' actors stored."""
    for path in paths:
        summary = ingest([path], url, workers=1)
        assert summary.ok and summary.ingested == 1


VARIANTS = [
    ("Mikhail Vladimirovich Mishustin", "Mikhail Mishustin", "mikhail-mishustin"),
    ("Joseph R. Biden", "Joseph Biden", "joseph-biden"),
    ("George H. W. Bush", "George Bush", "george-bush"),
    ("Valentina Ivanovna Matviyenko", "Valentina Matviyenko", "valentina-matviyenko"),
]


@pytest.mark.parametrize(("long", "short", "actor_id"), VARIANTS)
def test_name_variants_share_one_actor_whatever_the_order(tmp_path, long, short, actor_id):
    country = "RUS" if "ovich" in long or "ovna" in long else "USA"
    one = write(tmp_path / "in" / "1.txt", f"Letter one\nCAST: {long}/{country}>Hun Sen/KHM:letter\n")
    two = write(tmp_path / "in" / "2.txt", f"Greeting two\nCAST: {short}/{country}>Hun Sen/KHM:greeting\n")
    urls = {name: f"sqlite:///{tmp_path / name}.db" for name in ("forward", "backward", "together")}
    ingest_each([one, two], urls["forward"])
    ingest_each([two, one], urls["backward"])
    ingest([two, one], urls["together"], workers=1)  # both in one batch, the short form first

    actors, aliases, messages = stored(urls["forward"])
    assert actors == sorted([("hun-sen", "Hun Sen", "KHM"), (actor_id, long, country)])
    assert aliases == sorted([("hun-sen", "Sen"), (actor_id, long.split()[-1]), (actor_id, short)])
    assert messages == [(actor_id, "hun-sen", "greeting"), (actor_id, "hun-sen", "letter")]
    for url in (urls["backward"], urls["together"]):
        assert stored(url) == (actors, aliases, messages)
        assert content_digest(url) == content_digest(urls["forward"])


def test_a_form_stored_as_an_alias_becomes_the_name_and_is_no_alias_then(tmp_path):
    # The first article gives the long form only as an alias; the second uses it as the name.
    one = write(tmp_path / "1.txt", "Letter one\nCAST: Joseph Biden~Joseph R. Biden/USA>Hun Sen/KHM:letter\n")
    two = write(tmp_path / "2.txt", "Greeting two\nCAST: Joseph R. Biden/USA>Hun Sen/KHM:greeting\n")
    forward, backward = f"sqlite:///{tmp_path / 'f.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    ingest_each([one, two], forward)
    ingest_each([two, one], backward)
    actors, aliases, _ = stored(forward)
    assert ("joseph-biden", "Joseph R. Biden", "USA") in actors
    assert [alias for actor_id, alias in aliases if actor_id == "joseph-biden"] == ["Biden", "Joseph Biden"]
    assert stored(backward) == stored(forward)
    assert content_digest(backward) == content_digest(forward)


def test_a_patronymic_person_and_a_namesake_of_another_country_stay_apart(tmp_path):
    write(tmp_path / "1.txt", "Letter one\nCAST: Mikhail Vladimirovich Mishustin/RUS>Hun Sen/KHM:letter\n")
    write(tmp_path / "2.txt", "Greeting two\nCAST: Mikhail Mishustin/BLR>Hun Sen/KHM:greeting\n")
    write(tmp_path / "3.txt", "Thanks three\nCAST: Mikhail Mishustin/RUS>Hun Sen/KHM:thanks\n")
    url = f"sqlite:///{tmp_path / 'a.db'}"
    ingest_each([tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.txt"], url)
    actors, _, messages = stored(url)
    assert actors == [
        ("hun-sen", "Hun Sen", "KHM"),
        ("mikhail-mishustin", "Mikhail Vladimirovich Mishustin", "RUS"),
        ("mikhail-mishustin-blr", "Mikhail Mishustin", "BLR"),
    ]
    assert [sender for sender, _, _ in messages] == ["mikhail-mishustin-blr", "mikhail-mishustin", "mikhail-mishustin"]


def test_two_word_names_and_other_middle_words_are_untouched(tmp_path):
    write(tmp_path / "1.txt", "Letter one\nCAST: Joe Biden/USA>Joseph Biden/USA:letter\n")
    write(tmp_path / "2.txt", "Greeting two\nCAST: Karl Heinrich Weber/DEU>Karl Weber/DEU:greeting\n")
    write(tmp_path / "3.txt", "Thanks three\nCAST: Martin Luther King/USA>Martin King/USA:thanks\n")
    url = f"sqlite:///{tmp_path / 'a.db'}"
    ingest([tmp_path], url, workers=1)
    assert [actor_id for actor_id, _, _ in stored(url)[0]] == [
        "joe-biden", "joseph-biden", "karl-heinrich-weber", "karl-weber", "martin-king", "martin-luther-king",
    ]  # fmt: skip


def test_actor_key_leaves_out_only_middle_initials_and_patronymics():
    assert actor_key("Joseph R Biden") == actor_key("Joseph R. Biden") == actor_key("Joseph Biden") == "joseph-biden"
    assert actor_key("George H.W. Bush") == actor_key("George H. W. Bush") == "george-bush"
    assert actor_key("Vladimir Ilyich Lenin") == "vladimir-lenin"
    assert actor_key("Михаил Владимирович Мишустин") == actor_key("Михаил Мишустин")
    assert actor_key("Li Wei") == "li-wei"
    assert actor_key("Kim Jong Un") == "kim-jong-un"
    assert actor_key("R. Biden Smith") == "r-biden-smith"  # the first word stays, whatever it is
    assert actor_key("Joseph R. Biden", "organization") == "joseph-r-biden"  # persons only


def test_the_preferred_name_is_the_longest_then_not_in_capitals_then_accented_then_first_alphabetically():
    assert preferred_name("Joseph Biden", "Joseph R. Biden") == preferred_name("Joseph R. Biden", "Joseph Biden") == "Joseph R. Biden"
    assert preferred_name("JOSEPH BIDEN", "Joseph Biden") == "Joseph Biden"
    assert preferred_name("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu") == "Mevlüt Çavuşoğlu"
    assert preferred_name("Joseph Biden", "Joseph biden") == "Joseph Biden"
