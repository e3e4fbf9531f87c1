"""`chancery evaluate`: the shared scorer's figures, on hand-made cases and on the dev corpus."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from app import evaluate
from app.cli import cli
from app.evaluate import GoldArticle, fold, match_statements, prf, score, score_article

DEV = Path(__file__).parent / "fixtures" / "dev"
SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_extraction.py"
CHANCERY = Path(sys.executable).parent / "chancery"


def gold(text: str, actors: list, messages: list = (), statements: list = ()) -> GoldArticle:
    data = {"actors": actors, "messages": list(messages), "statements": list(statements)}
    return GoldArticle.from_data(Path("case.txt"), text, data)


def actor(name: str, country: str | None = None, aliases: list[str] = ()) -> dict:
    return {"name": name, "aliases": list(aliases), "country": country}


def message(sender: str, recipient: str, kind: str) -> dict:
    return {"sender": {"name": sender}, "recipient": {"name": recipient}, "kind": kind}


def statement(article: str, speaker: str, text: str, start: int | None = None) -> dict:
    start = article.index(text) if start is None else start
    return {"speaker": {"name": speaker}, "kind": "reported", "text": text, "start": start, "end": start + len(text)}


# --- scoring rules -------------------------------------------------------------------


def test_fold_ignores_case_accents_punctuation_and_spacing() -> None:
    assert fold("Miguel Díaz-Canel") == fold("miguel  diaz canel") == "miguel diaz canel"
    assert fold("Recep Tayyip Erdoğan") == fold("RECEP TAYYIP ERDOGAN")
    assert fold("Xi Jinping") != fold("Xi")


def test_prf_edge_cases() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 3, 0) == (0.0, 1.0, 0.0)
    assert prf(0, 0, 2) == (0.0, 0.0, 0.0)
    assert prf(1, 2, 4) == pytest.approx((0.5, 0.25, 1 / 3))


def test_predicted_names_resolve_through_aliases_and_folding() -> None:
    g = gold("x", [actor("Xi Jinping", "CHN", ["Xi"]), actor("Hun Sen", "KHM", ["Samdech Techo Hun Sen"])])
    assert g.resolve({"name": "XI"}) == "Xi Jinping"
    assert g.resolve({"name": "samdech techo hun-sen"}) == "Hun Sen"
    assert g.resolve("Xi Jinping") == "Xi Jinping"
    assert g.resolve({"name": "President Xi"}) == "?president xi"
    assert g.resolve(None) == "?"


def test_messages_are_scored_as_triples_and_as_pairs() -> None:
    g = gold(
        "x",
        [actor("A"), actor("B"), actor("C")],
        [{"sender": "A", "recipient": "B", "kind": "congratulation"},
         {"sender": "A", "recipient": "C", "kind": "condolence"}],
    )
    pred = {"messages": [message("A", "B", "congratulation"), message("A", "C", "greeting"), message("B", "A", "letter")]}
    result = score([g], [pred]).summary()["messages"]
    # one right triple of three predicted and two gold; the wrong-kind one still matches as a pair
    assert (result["precision"], result["recall"], result["f1"]) == (0.333, 0.5, 0.4)
    assert result["pair_f1"] == 0.8


def test_a_repeated_message_matches_gold_once() -> None:
    g = gold("x", [actor("A"), actor("B")], [{"sender": "A", "recipient": "B", "kind": "letter"}])
    scored = score_article(g, {"messages": [message("A", "B", "letter"), message("A", "B", "letter")]})
    assert (scored.counts.msg_tp, scored.counts.msg_pred) == (1, 2)
    assert scored.messages_extra == [("A", "B", "letter")]


def test_unknown_message_kinds_are_counted() -> None:
    g = gold("x", [actor("A"), actor("B")])
    scored = score_article(g, {"messages": [message("A", "B", "memo"), message("A", "B", "thanks"), {"kind": None}]})
    assert scored.counts.bad_kinds == 2


def test_statements_need_the_speaker_and_half_of_each_word_set() -> None:
    gold_text = "one two three four five six seven eight nine ten"
    g = [("A", gold_text)]
    # 6 of the 10 gold words, and 6 of its own 8 words: a match
    assert match_statements([("A", "one two three four five six extra words")], g)[0] == 1
    # 4 of the 10 gold words: not enough
    assert match_statements([("A", "one two three four")], g)[0] == 0
    # 10 of 10 gold words, but only 10 of its own 22 words: not enough
    assert match_statements([("A", gold_text + " a b c d e f g h i j k l")], g)[0] == 0
    # the right words from another speaker
    assert match_statements([("B", gold_text)], g)[0] == 0


def test_statements_match_one_to_one_best_overlap_first() -> None:
    gold_statements = [("A", "we will deepen trade and investment ties"), ("A", "we will deepen trade ties")]
    pred = [("A", "we will deepen trade ties"), ("A", "we will deepen trade ties")]
    tp, extra, missed = match_statements(pred, gold_statements)
    assert tp == 2 and extra == [] and missed == []
    tp, extra, missed = match_statements(pred[:1], gold_statements)
    # the single prediction goes to the gold statement it overlaps most
    assert tp == 1 and missed == [gold_statements[0]]


def test_statement_offsets_must_slice_the_article_to_the_text() -> None:
    text = "Trade must rise, Carl said. He added that ties are strong."
    g = gold(text, [actor("Carl")])
    good = statement(text, "Carl", "Trade must rise")
    shifted = statement(text, "Carl", "ties are strong", start=3)
    missing = {"speaker": {"name": "Carl"}, "text": "ties are strong"}
    assert score_article(g, {"statements": [good, shifted, missing]}).counts.bad_offsets == 2


def test_countries_are_checked_for_gold_actors_the_prediction_names() -> None:
    g = gold("x", [actor("A", "CHN"), actor("B", "KHM"), actor("C", "LAO"), actor("D")])
    pred = {
        "actors": [{"name": "A", "country": "chn"}, {"name": "B", "country": "VNM"}, {"name": "D", "country": "FRA"}],
        # C is named only as a recipient, with a country
        "messages": [{"sender": {"name": "A"}, "recipient": {"name": "C", "country": "LAO"}, "kind": "letter"}],
    }
    scored = score_article(g, pred)
    assert (scored.counts.country_ok, scored.counts.country_n) == (2, 3)


def test_gold_statement_must_be_in_its_article() -> None:
    with pytest.raises(evaluate.GoldError, match="not in article"):
        gold("Some text.", [actor("A")], statements=[{"speaker": "A", "text": "other text"}])


def test_held_out_gold_gives_offsets() -> None:
    g = gold("Hello there, A said.", [actor("A")], statements=[{"speaker": "A", "start": 0, "end": 11}])
    assert g.statements == [("A", "Hello there")]


# --- a small corpus with known errors, through the command line ----------------------

A1 = "Leader Ana Díaz sent a congratulatory message to Bo Lin. Ana said the ties are strong and growing every year.\n"
A2 = "Carl Ek and Dana Fox exchanged letters. Carl Ek said trade must rise. The ministers met.\n"
CORPUS: dict[str, tuple[str, dict, dict]] = {
    "01": (
        A1,
        {"actors": [actor("Ana Díaz", "MEX", ["Ana"]), actor("Bo Lin", "CHN")],
         "messages": [{"sender": "Ana Díaz", "recipient": "Bo Lin", "kind": "congratulation"}],
         "statements": [{"speaker": "Ana Díaz", "kind": "reported", "text": "the ties are strong and growing every year"}]},
        {"actors": [{"name": "ana diaz", "country": "MEX"}, {"name": "Bo Lin", "country": "VNM"}],
         "messages": [message("ANA", "Bo Lin", "greeting")],  # wrong kind: a pair, not a triple
         "statements": [statement(A1, "Ana", "the ties are strong and growing every year")]},
    ),
    "02": (
        A2,
        {"actors": [actor("Carl Ek", "SWE"), actor("Dana Fox")],
         "messages": [{"sender": "Carl Ek", "recipient": "Dana Fox", "kind": "letter"},
                      {"sender": "Dana Fox", "recipient": "Carl Ek", "kind": "letter"}],
         "statements": [{"speaker": "Carl Ek", "kind": "reported", "text": "trade must rise"}]},
        {"actors": [{"name": "Carl Ek", "country": "SWE"}],
         "messages": [message("Carl Ek", "Dana Fox", "letter"), message("Dana Fox", "Carl Ek", "letter"),
                      message("Carl Ek", "Dana Fox", "memo")],  # an extra with an unknown kind
         "statements": [statement(A2, "Carl Ek", "trade must rise", start=0),  # wrong offsets
                        statement(A2, "Dana Fox", "The ministers met")]},  # extra
    ),
}
# Worked by hand: messages 2 right of 4 predicted and 3 gold, pairs 3 right; statements 2 right
# of 3 predicted and 2 gold; countries 2 right of 3 checked (Dana Fox has none in gold).
EXPECTED = {
    "articles": 2,
    "messages": {"precision": 0.5, "recall": 0.667, "f1": 0.571, "pair_f1": 0.857, "gold": 3, "predicted": 4},
    "statements": {"precision": 0.667, "recall": 1.0, "f1": 0.8, "gold": 2, "predicted": 3},
    "countries": {"accuracy": 0.667, "checked": 3},
    "contract": {"bad_offsets": 1, "bad_kinds": 1},
}


@pytest.fixture
def small_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The corpus above on disk, with extraction replaced by its canned predictions."""
    by_text = {}
    for stem, (text, gold_data, pred) in CORPUS.items():
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{stem}.gold.json").write_text(json.dumps(gold_data), encoding="utf-8")
        by_text[text] = pred
    (tmp_path / "notes.txt").write_text("no gold beside me: not scored", encoding="utf-8")
    monkeypatch.setattr(evaluate, "predict", lambda text: by_text[text])
    return tmp_path


def without_seconds(summary: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in summary.items() if k != "seconds"}


def without_timing(report: str) -> list[str]:
    return [line for line in report.splitlines() if not line.startswith("articles ")]


def test_cli_json_gives_the_hand_worked_figures(small_corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(small_corpus), "--json"])
    assert result.exit_code == 0, result.output
    assert without_seconds(json.loads(result.output)) == EXPECTED


def test_cli_text_report_lists_misses_unless_quiet(small_corpus: Path) -> None:
    full = CliRunner().invoke(cli, ["evaluate", str(small_corpus)]).output
    assert "01.txt:\n  message missed: ('Ana Díaz', 'Bo Lin', 'congratulation')" in full
    assert "  message extra:  ('Ana Díaz', 'Bo Lin', 'greeting')" in full
    assert "  message extra:  ('Carl Ek', 'Dana Fox', 'memo')" in full
    assert "  statement extra:  Dana Fox 'The ministers met'" in full
    assert "messages    P 0.500  R 0.667  F1 0.571  (pairs F1 0.857; gold 3, predicted 4)" in full
    assert "contract    offsets wrong 1, unknown kinds 1" in full
    assert full.rstrip().endswith("summary: messages_f1=0.571 statements_f1=0.800 countries=0.667")
    quiet = CliRunner().invoke(cli, ["evaluate", str(small_corpus), "--quiet"]).output
    assert "message missed" not in quiet and "statement extra" not in quiet
    assert quiet.splitlines()[1:] == full.splitlines()[-5:]


def test_cli_fails_clearly_without_gold(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert "no NN.txt with NN.gold.json" in result.output


@pytest.mark.parametrize(
    ("gold_json", "reason"),
    [("{not json", "invalid JSON"), ('{"messages": [{"sender": "A"}]}', "not in the guideline's format")],
)
def test_cli_names_the_broken_gold_file(tmp_path: Path, gold_json: str, reason: str) -> None:
    (tmp_path / "07.txt").write_text("A wrote to B.", encoding="utf-8")
    (tmp_path / "07.gold.json").write_text(gold_json, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert "07.gold.json" in result.output and reason in result.output


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_shared_scorer_agrees_on_the_small_corpus(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    preds = tmp_path_factory.mktemp("pred") / "pred.jsonl"
    preds.write_text("".join(json.dumps({"file": f"{s}.txt", **p}) + "\n" for s, (_, _, p) in CORPUS.items()))
    shared = run_shared_scorer(small_corpus, "--pred", str(preds))
    assert without_seconds(shared) == EXPECTED
    shared_text = subprocess.run(
        [sys.executable, str(SHARED_SCORER), "--corpus", str(small_corpus), "--pred", str(preds)],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    ours = CliRunner().invoke(cli, ["evaluate", str(small_corpus)]).output
    # the same report line for line, but for the time extraction took
    assert without_timing(ours) == without_timing(shared_text)


# --- the development corpus with the real extractor ----------------------------------


def run_shared_scorer(corpus: Path, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SHARED_SCORER), "--corpus", str(corpus), *args, "--json"],
        capture_output=True, text=True, check=True, timeout=300,
    )
    return json.loads(done.stdout)


def dev_evaluation() -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["evaluate", str(DEV), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_evaluate_prints_the_shared_scorers_figures_on_the_dev_corpus() -> None:
    shared = run_shared_scorer(DEV, "--run", f"{CHANCERY} extract")
    assert without_seconds(dev_evaluation()) == without_seconds(shared)


def perturbed_predictions(corpus: Path) -> list[dict[str, Any]]:
    """Predictions made from the gold with deterministic errors of every kind the scorer counts:
    names given by an alias, dropped and re-kinded messages, trimmed, shifted, reassigned and
    extra statements, wrong countries."""
    rows = []
    for n, path in enumerate(evaluate.gold_articles(corpus)):
        text = path.read_text(encoding="utf-8")
        data = json.loads(evaluate.gold_path(path).read_text(encoding="utf-8"))
        short = {a["name"]: (a.get("aliases") or [a["name"]])[-1] for a in data["actors"]}
        actors = [{"name": short[a["name"]], "country": "XXX" if i % 4 == 3 else a.get("country")}
                  for i, a in enumerate(data["actors"])]
        messages = [
            {"sender": {"name": short[m["sender"]]}, "recipient": {"name": m["recipient"].upper()},
             "kind": "letter" if i % 5 == 1 else m["kind"]}
            for i, m in enumerate(data["messages"]) if i % 3 != 2
        ]
        statements = []
        for i, s in enumerate(data["statements"]):
            body = s.get("text") or text[s["start"]:s["end"]]
            start = text.index(body)
            if i % 4 == 1:  # keep the first 40%: too little overlap
                body = body[: int(len(body) * 0.4)]
            speaker = data["actors"][0]["name"] if i % 7 == 3 else s["speaker"]
            start = start + 1 if i % 6 == 5 else start
            statements.append({"speaker": {"name": speaker}, "text": body, "start": start, "end": start + len(body)})
        statements.append({"speaker": {"name": "Nobody"}, "text": text[:40], "start": 0, "end": 40 + n % 2})
        rows.append({"file": path.name, "actors": actors, "messages": messages, "statements": statements})
    return rows


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_shared_scorer_agrees_on_perturbed_dev_predictions(tmp_path: Path) -> None:
    rows = perturbed_predictions(DEV)
    preds = tmp_path / "pred.jsonl"
    preds.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    shared = run_shared_scorer(DEV, "--pred", str(preds))
    golds = [GoldArticle.load(p) for p in evaluate.gold_articles(DEV)]
    ours = score(golds, rows)
    assert without_seconds(ours.summary()) == without_seconds(shared)
    # the errors are really there: every figure is off its maximum
    assert 0 < shared["messages"]["f1"] < 1 and 0 < shared["statements"]["f1"] < 1
    assert 0 < shared["countries"]["accuracy"] < 1 and shared["contract"]["bad_offsets"] > 0


def test_dev_corpus_meets_the_extraction_floors() -> None:
    summary = dev_evaluation()
    assert summary["articles"] == 31
    assert summary["contract"] == {"bad_offsets": 0, "bad_kinds": 0}
    assert summary["messages"]["f1"] >= 0.97
    assert summary["statements"]["f1"] >= 0.93
    assert summary["countries"]["accuracy"] is not None and summary["countries"]["accuracy"] >= 0.95


@pytest.mark.parametrize(("corpus", "messages_floor", "statements_floor", "countries_floor"), [
    ("heldout", 0.95, 0.95, 0.9), ("heldout2", 0.95, 0.95, 0.97), ("heldout4", 0.95, 0.95, 0.95),
    ("heldout5", 0.95, 0.94, 0.97), ("heldout6", 0.97, 0.95, 0.96), ("heldout7", 0.97, 0.97, 0.95),
    ("heldout8", 0.97, 0.97, 0.96), ("heldout9", 0.94, 0.92, 0.95), ("heldout10", 0.96, 0.88, 0.94),
    ("heldout11", 0.97, 0.97, 0.95), ("heldout12", 0.97, 0.97, 0.95), ("heldout13", 0.97, 0.97, 0.95),
    ("heldout14", 0.97, 0.97, 0.97), ("heldout15", 0.95, 0.97, 0.97), ("heldout16", 0.95, 0.97, 0.97),
    ("heldout17", 0.92, 0.97, 0.97), ("heldout18", 0.97, 0.97, 0.97), ("heldout19", 0.92, 0.97, 0.97),
    ("heldout20", 0.85, 0.97, 0.95), ("heldout21", 0.95, 0.97, 0.96),
    ("heldout22", 0.72, 0.92, 0.97), ("heldout23", 0.95, 0.97, 0.97), ("heldout24", 0.89, 0.97, 0.97),
    ("heldout25", 0.75, 0.89, 0.76), ("heldout26", 0.97, 0.97, 0.95), ("heldout27", 0.97, 0.97, 0.97),
    ("heldout28", 0.97, 0.97, 0.97), ("heldout29", 0.97, 0.97, 0.95), ("heldout30", 0.97, 0.97, 0.97),
    ("heldout31", 0.83, 0.91, 0.70), ("heldout32", 0.97, 0.97, 0.97), ("heldout33", 0.94, 0.95, 0.97),
    ("heldout34", 0.97, 0.97, 0.97)])
def test_held_out_corpora_keep_the_floors_they_were_tuned_to(corpus: str, messages_floor: float,
                                                              statements_floor: float, countries_floor: float) -> None:
    # All but heldout25 and heldout31 were used to tune the rules after their first blind score (each INDEX.md gives it,
    # README the table of first blind and current figures): a drop here is a regression. The floors sit a little under
    # the figures of 2026-11-27 (messages / statements / countries): heldout2 1.000 / 1.000 / 1.000; heldout4 1.000 /
    # 1.000 / 0.988; heldout5 1.000 / 0.958 / 1.000; heldout6 1.000 / 0.974 / 0.983; heldout7 1.000 / 1.000 / 0.988;
    # heldout8 1.000 / 1.000 / 1.000; heldout9 0.966 / 0.949 / 0.986; heldout10 0.984 / 0.932 / 0.964; heldout11 1.000 /
    # 0.993 / 1.000; heldout12 and heldout13 1.000 / 1.000 / 1.000; heldout14 1.000 / 0.993 / 1.000; heldout15 0.963 /
    # 1.000 / 1.000; heldout16 0.966 / 0.992 / 1.000; heldout17 0.939 / 0.991 / 1.000; heldout18 1.000 / 1.000 / 1.000;
    # heldout19 1.000 / 1.000 / 1.000; heldout20 0.900 / 1.000 / 0.969; heldout21 0.969 / 1.000 / 0.985; heldout22 0.746
    # / 0.945 / 1.000 (kept blind until rules tuned on heldout23 and heldout24 moved it); heldout23 0.970 / 0.991 /
    # 1.000; heldout24 0.945 / 1.000 / 1.000; heldout25, never tuned on (kept blind), 0.771 / 0.915 / 0.786 (first blind
    # 0.687 / 0.915 / 0.745); heldout26 1.000 / 1.000 / 0.980; heldout27 1.000 / 1.000 / 1.000; heldout28 1.000 / 1.000
    # / 1.000; heldout29 1.000 / 1.000 / 0.981; heldout30 1.000 / 1.000 / 1.000; heldout31, never tuned on (kept blind),
    # 0.857 / 0.940 / 0.727 (first blind 0.735 / 0.929 / 0.707); heldout32 1.000 / 0.991 / 1.000; heldout33 0.964 /
    # 0.980 / 1.000; heldout34 1.000 / 1.000 / 1.000. The two kept blind are held to their figures too: a drop there is
    # a regression.
    result = CliRunner().invoke(cli, ["evaluate", str(DEV.parent / corpus), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["contract"] == {"bad_offsets": 0, "bad_kinds": 0}
    assert summary["messages"]["f1"] >= messages_floor
    assert summary["statements"]["f1"] >= statements_floor
    assert summary["countries"]["accuracy"] >= countries_floor
