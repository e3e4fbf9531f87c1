"""Score extraction against gold annotations (`chancery evaluate DIR`).

A gold corpus is a folder of `NN.txt` articles with `NN.gold.json` beside them, in the
format of the shared GUIDELINES.md. The rules and the figures are those of the shared
scorer (`score_extraction.py`), so a user who annotates a corpus of their own gets the
numbers the project itself is measured by:

- names match after folding case, accents, punctuation and spacing, when the predicted
  name is the gold actor's name or one of its aliases;
- messages are (sender, recipient, kind) triples matched as multisets; pairs drop kind;
- statements match when the speakers match and their word sets overlap by at least half
  of each, one-to-one, best overlap first;
- countries: of the gold actors with a country that the prediction names, the share
  whose country is right;
- contract: statements whose offsets do not slice the article to their text, and
  messages whose kind is not one of the five kinds.

Predictions are the JSON objects `chancery extract` prints, so any extractor (or a file
of another system's output) can be scored the same way.
"""
from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self, get_args

from app.extract import extract
from app.extract.types import MessageKind

MESSAGE_KINDS = frozenset(get_args(MessageKind))

Prediction = dict[str, Any]
Predictor = Callable[[str], Prediction]
MessageKey = tuple[str, str, Any]
StatementKey = tuple[str, str]

_NON_WORD = re.compile(r"[^\w]+")
_WORD = re.compile(r"\w+")


class GoldError(ValueError):
    """A gold corpus that cannot be scored (missing files, text not in its article)."""


def fold(name: str | None) -> str:
    """A name reduced for comparison: no accents, no case, no punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def words(text: str | None) -> set[str]:
    return set(_WORD.findall((text or "").casefold()))


@dataclass(slots=True)
class GoldArticle:
    """One annotated article: its text and the gold actors, messages and statements."""

    path: Path
    text: str
    actors: list[dict[str, Any]]
    messages: list[MessageKey]
    statements: list[StatementKey]
    alias: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, article: Path) -> GoldArticle:
        try:
            text = article.read_text(encoding="utf-8")
            data = json.loads(gold_path(article).read_text(encoding="utf-8"))
            return cls.from_data(article, text, data)
        except UnicodeDecodeError as error:
            raise GoldError(f"{article.name}: not UTF-8 ({error.reason} at byte {error.start})") from error
        except json.JSONDecodeError as error:
            raise GoldError(f"{gold_path(article).name}: invalid JSON: {error}") from error
        except (KeyError, TypeError, AttributeError) as error:
            raise GoldError(f"{gold_path(article).name}: not in the guideline's format ({error!r})") from error

    @classmethod
    def from_data(cls, path: Path, text: str, data: dict[str, Any]) -> GoldArticle:
        actors = data.get("actors", [])
        alias: dict[str, str] = {}
        for actor in actors:
            for form in [actor["name"], *actor.get("aliases", [])]:
                alias.setdefault(fold(form), actor["name"])
        messages = [(m["sender"], m["recipient"], m["kind"]) for m in data.get("messages", [])]
        statements = [(s["speaker"], _gold_statement_text(path, text, s)) for s in data.get("statements", [])]
        return cls(path, text, actors, messages, statements, alias)

    def resolve(self, actor: Any) -> str:
        """The gold name a predicted actor (object or bare name) stands for, else `?folded-name`."""
        name = actor.get("name", "") if isinstance(actor, dict) else str(actor or "")
        folded = fold(name)
        return self.alias.get(folded, "?" + folded)


def _gold_statement_text(path: Path, article: str, statement: dict[str, Any]) -> str:
    """A gold statement gives its text (an exact substring) or, when held out, its offsets."""
    if "text" not in statement:
        return article[statement["start"]:statement["end"]]
    text = statement["text"]
    if text not in article:
        raise GoldError(f"{path.name}: gold statement not in article: {text[:60]!r}")
    return text


def gold_path(article: Path) -> Path:
    return article.with_suffix(".gold.json")


def gold_articles(directory: Path) -> list[Path]:
    """The `NN.txt` files of a folder that have a `NN.gold.json` beside them, sorted by name."""
    return sorted(p for p in directory.glob("*.txt") if gold_path(p).exists())


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty prediction against empty gold is perfect."""
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def match_multiset(pred: Sequence[Any], gold: Sequence[Any]) -> tuple[int, list[Any], list[Any]]:
    """True positives, unmatched predictions and unmatched gold items, each item used once."""
    left = list(gold)
    extra = []
    for item in pred:
        if item in left:
            left.remove(item)
        else:
            extra.append(item)
    return len(pred) - len(extra), extra, left


def match_statements(
    pred: Sequence[StatementKey], gold: Sequence[StatementKey]
) -> tuple[int, list[StatementKey], list[StatementKey]]:
    """One-to-one matching of statements with the same speaker and word sets overlapping
    by half of each, the pairs with the highest Jaccard overlap taken first."""
    gold_words = [words(text) for _, text in gold]
    candidates = []
    for i, (speaker, text) in enumerate(pred):
        pw = words(text)
        if not pw:
            continue
        for j, (gold_speaker, _) in enumerate(gold):
            gw = gold_words[j]
            if speaker != gold_speaker or not gw:
                continue
            common = len(pw & gw)
            if common / len(gw) >= 0.5 and common / len(pw) >= 0.5:
                candidates.append((common / len(pw | gw), i, j))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
    extra = [pred[i] for i in range(len(pred)) if i not in used_pred]
    missed = [gold[j] for j in range(len(gold)) if j not in used_gold]
    return len(used_pred), extra, missed


@dataclass(slots=True)
class Counts:
    """What scoring counts, per article or summed over a corpus."""

    msg_tp: int = 0
    msg_pred: int = 0
    msg_gold: int = 0
    pair_tp: int = 0
    st_tp: int = 0
    st_pred: int = 0
    st_gold: int = 0
    country_ok: int = 0
    country_n: int = 0
    bad_offsets: int = 0
    bad_kinds: int = 0

    def __iadd__(self, other: Counts) -> Self:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


@dataclass(slots=True)
class ArticleScore:
    """The counts for one article and what it got wrong."""

    name: str
    counts: Counts
    messages_missed: list[MessageKey]
    messages_extra: list[MessageKey]
    statements_missed: list[StatementKey]
    statements_extra: list[StatementKey]

    def misses(self) -> list[str]:
        lines = [f"  message missed: {m}" for m in self.messages_missed]
        lines += [f"  message extra:  {m}" for m in self.messages_extra]
        lines += [f"  statement missed: {s} {t[:70]!r}" for s, t in self.statements_missed]
        lines += [f"  statement extra:  {s} {t[:70]!r}" for s, t in self.statements_extra]
        return lines


def score_article(gold: GoldArticle, pred: Prediction) -> ArticleScore:
    counts = Counts()
    messages = _predicted_messages(gold, pred)
    counts.bad_kinds = sum(1 for m in messages if m[2] not in MESSAGE_KINDS)
    counts.msg_tp, messages_extra, messages_missed = match_multiset(messages, gold.messages)
    counts.pair_tp, _, _ = match_multiset([m[:2] for m in messages], [m[:2] for m in gold.messages])
    counts.msg_pred, counts.msg_gold = len(messages), len(gold.messages)

    statements = pred.get("statements", [])
    counts.bad_offsets = sum(1 for s in statements if not _offsets_slice_text(gold.text, s))
    keys = [(gold.resolve(s.get("speaker")), s.get("text", "")) for s in statements]
    counts.st_tp, statements_extra, statements_missed = match_statements(keys, gold.statements)
    counts.st_pred, counts.st_gold = len(keys), len(gold.statements)

    counts.country_ok, counts.country_n = _country_agreement(gold, pred)
    return ArticleScore(
        gold.path.name, counts, messages_missed, messages_extra, statements_missed, statements_extra
    )


def _predicted_messages(gold: GoldArticle, pred: Prediction) -> list[MessageKey]:
    return [
        (gold.resolve(m.get("sender")), gold.resolve(m.get("recipient")), m.get("kind"))
        for m in pred.get("messages", [])
    ]


def _offsets_slice_text(article: str, statement: dict[str, Any]) -> bool:
    start, end = statement.get("start"), statement.get("end")
    return isinstance(start, int) and isinstance(end, int) and article[start:end] == statement.get("text")


def _country_agreement(gold: GoldArticle, pred: Prediction) -> tuple[int, int]:
    """(right, checked) over the gold actors with a country that the prediction names.

    An actor's country is the first one the prediction gives it: in its actor list, else
    on a message's sender or recipient."""
    named: dict[str, str | None] = {}
    for actor in pred.get("actors", []):
        named.setdefault(gold.resolve(actor), actor.get("country"))
    for message in pred.get("messages", []):
        for role in ("sender", "recipient"):
            actor = message.get(role) or {}
            if isinstance(actor, dict) and actor.get("country"):
                named.setdefault(gold.resolve(actor), actor.get("country"))
    right = checked = 0
    for actor in gold.actors:
        if actor.get("country") and actor["name"] in named:
            checked += 1
            right += (named[actor["name"]] or "").upper() == actor["country"]
    return right, checked


@dataclass(slots=True)
class Evaluation:
    """A scored corpus: the summed counts, each article's misses, and the extraction time."""

    articles: list[ArticleScore]
    seconds: float
    counts: Counts = field(init=False)

    def __post_init__(self) -> None:
        self.counts = Counts()
        for article in self.articles:
            self.counts += article.counts

    def summary(self) -> dict[str, Any]:
        """The summary in the shared scorer's JSON shape (figures rounded to 3 places)."""
        c = self.counts
        mp, mr, mf = prf(c.msg_tp, c.msg_pred, c.msg_gold)
        _, _, pf = prf(c.pair_tp, c.msg_pred, c.msg_gold)
        sp, sr, sf = prf(c.st_tp, c.st_pred, c.st_gold)
        return {
            "articles": len(self.articles),
            "messages": {"precision": round(mp, 3), "recall": round(mr, 3), "f1": round(mf, 3),
                         "pair_f1": round(pf, 3), "gold": c.msg_gold, "predicted": c.msg_pred},
            "statements": {"precision": round(sp, 3), "recall": round(sr, 3), "f1": round(sf, 3),
                           "gold": c.st_gold, "predicted": c.st_pred},
            "countries": {"accuracy": self.country_accuracy(), "checked": c.country_n},
            "contract": {"bad_offsets": c.bad_offsets, "bad_kinds": c.bad_kinds},
            "seconds": round(self.seconds, 3),
        }

    def country_accuracy(self) -> float | None:
        c = self.counts
        return round(c.country_ok / c.country_n, 3) if c.country_n else None

    def report_lines(self, *, misses: bool = True) -> list[str]:
        """The text report: each article's misses (unless `misses` is false), then the figures."""
        lines: list[str] = []
        if misses:
            for article in self.articles:
                if article_misses := article.misses():
                    lines += [f"{article.name}:", *article_misses]
            if lines:
                lines.append("")
        c = self.counts
        mp, mr, mf = prf(c.msg_tp, c.msg_pred, c.msg_gold)
        _, _, pf = prf(c.pair_tp, c.msg_pred, c.msg_gold)
        sp, sr, sf = prf(c.st_tp, c.st_pred, c.st_gold)
        accuracy = self.country_accuracy()
        lines += [
            f"articles {len(self.articles)} | extract took {self.seconds:.2f} s",
            f"messages    P {mp:.3f}  R {mr:.3f}  F1 {mf:.3f}  "
            f"(pairs F1 {pf:.3f}; gold {c.msg_gold}, predicted {c.msg_pred})",
            f"statements  P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}  (gold {c.st_gold}, predicted {c.st_pred})",
            f"countries   accuracy {accuracy if accuracy is not None else 'n/a'} over {c.country_n} actors",
            f"contract    offsets wrong {c.bad_offsets}, unknown kinds {c.bad_kinds}",
            f"summary: messages_f1={mf:.3f} statements_f1={sf:.3f} countries={accuracy}",
        ]
        return lines


def predict(text: str) -> Prediction:
    """Chancery's own extraction of one article, as `chancery extract` prints it."""
    return extract(text).to_guideline_json()


def score(golds: Iterable[GoldArticle], preds: Iterable[Prediction], seconds: float = 0.0) -> Evaluation:
    return Evaluation([score_article(g, p) for g, p in zip(golds, preds, strict=True)], seconds)


def evaluate_directory(directory: Path, predictor: Predictor | None = None) -> Evaluation:
    """Run extraction (or `predictor`) over every gold article of `directory` and score it.

    Only extraction is timed, not reading the files or scoring."""
    files = gold_articles(directory)
    if not files:
        raise GoldError(f"no NN.txt with NN.gold.json in {directory}")
    golds = [GoldArticle.load(f) for f in files]
    run = predictor or predict
    started = time.perf_counter()
    preds = [run(gold.text) for gold in golds]
    return score(golds, preds, time.perf_counter() - started)
