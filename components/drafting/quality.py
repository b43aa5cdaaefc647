"""A draft measured against a curated answer: recall, precision and right speakers."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from components.drafting import doubt
from components.drafting.assembly import ArticleMeta, draft_article
from components.drafting.records import Draft
from components.drafting.vocabulary import HONORIFICS

QUALITY_ROWS = ("quotes", "quotes attributed", "figures", "figures attributed")
WRONG_ROW = "quotes wrong speaker"
UNFLAGGED_ROW = "quotes wrong speaker, no note"  # wrong, and the draft gave no note on how it chose: a confident guess
UNMARKED_ROW = "quotes wrong speaker, not to check"  # wrong, and not among the rows the page marks to check first
# for each kind of doubt (doubt.py): `found` counts the drafted quotes of that kind, `matched` the wrong among them
KIND_ROWS = {"to check": "wrong among quotes to check", "usually right": "wrong among quotes usually right",
             "no note": "wrong among quotes with no note"}
SHARE_ROWS = (WRONG_ROW, UNFLAGGED_ROW, UNMARKED_ROW, *KIND_ROWS.values())  # shares of errors: none found, none wrong
SameSpeaker = Callable[[str, str], bool]  # (drafted name, expected name) -> the same speaker?
# a figure drafted as 1.5 `million pounds` is the same amount as a reading of 1,500,000 (23 `pence`, 0.23): readers
# write either
UNIT_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "pence": 0.01}
REPORTED_MIN_OVERLAP = 0.8  # reported clauses have soft edges: intersection over union of the two spans


def speaker_names_of(draft: Draft) -> pd.Series:
    """The speaker name of each drafted quote, in quote order."""
    return draft.speaker_names(draft.frames["quotes"])


def found_claims(draft: Draft) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The draft's quotes (kind, text, start, end, speaker) and figures (value, start, end, speaker)."""
    quotes, figures = draft.frames["quotes"], draft.frames["figures"]
    amounts = pd.to_numeric(figures["value"]) * figures["unit"].map(_unit_scale).astype(float)
    return (_claims(quotes.assign(speaker=draft.speaker_names(quotes)), ["kind", "text"]),
            _claims(figures.assign(speaker=draft.speaker_names(figures), amount=amounts), ["value", "amount"]))


def _unit_scale(unit: str) -> float:
    """`million pounds` is 1,000,000 pounds: what one of the unit counts (1 for a unit with no scale)."""
    return UNIT_SCALES.get(str(unit).split(" ")[0], 1.0)


def expected_from_dataset(data_dir: Path, source_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A curated dataset's quotes and figures for one source, as the answer a draft is measured against."""
    from components.dataset.read import read_dataset

    frames = read_dataset(data_dir).frames
    names = frames["speakers"].set_index("speaker_id")["name"]
    quotes = frames["quotes"][frames["quotes"]["source_id"] == source_id]
    figures = frames["figures"][frames["figures"]["source_id"] == source_id]
    return (_claims(quotes.assign(speaker=quotes["speaker_id"].map(names)), ["kind", "text"]),
            _claims(figures.assign(speaker=figures["speaker_id"].map(names)), ["value"]))


def expected_from_answers(text: str, answers: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Answers written as {"quotes": [{kind, speaker, text}], "figures": [{value, speaker, text, nth?}]}: each
    text is found in the article (its `nth` occurrence, 0 by default)."""
    def located(items: list[dict]) -> list[dict]:
        rows = []
        for item in items:
            starts = [m.start() for m in re.finditer(re.escape(item["text"]), text)]
            start = starts[item.get("nth", 0)]
            rows.append({**item, "start": start, "end": start + len(item["text"])})
        return rows

    quotes = pd.DataFrame(located(answers["quotes"]), columns=["kind", "text", "start", "end", "speaker"])
    figures = pd.DataFrame(located(answers["figures"]), columns=["value", "start", "end", "speaker"])
    return _claims(quotes, ["kind", "text"]), _claims(figures, ["value"])


def _claims(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = frame[columns + ["start", "end", "speaker"]].reset_index(drop=True).copy()
    out[["start", "end"]] = out[["start", "end"]].astype(int)
    if "value" in out:
        out["value"] = out["value"].astype(float)
    out["speaker"] = out["speaker"].fillna("").astype(str)
    return out


def quote_pairs(found: pd.DataFrame, expected: pd.DataFrame) -> list[tuple[int, int]]:
    """(found row, expected row) pairs, one to one: same kind, and the same words (direct, partial) or spans that
    mostly overlap (reported)."""
    pairs, used = [], set()
    for e, exp in expected.iterrows():
        for f, got in found.iterrows():
            if f not in used and got["kind"] == exp["kind"] and _same_quote(got, exp):
                pairs.append((f, e))
                used.add(f)
                break
    return pairs


def _same_quote(got: pd.Series, exp: pd.Series) -> bool:
    overlap = min(got["end"], exp["end"]) - max(got["start"], exp["start"])
    if overlap <= 0:
        return False
    if exp["kind"] == "reported":
        union = max(got["end"], exp["end"]) - min(got["start"], exp["start"])
        return overlap / union >= REPORTED_MIN_OVERLAP
    return got["text"].strip(" ,") == exp["text"].strip(" ,")


def figure_pairs(found: pd.DataFrame, expected: pd.DataFrame) -> list[tuple[int, int]]:
    """(found row, expected row) pairs, one to one: the same value (or the same amount, `£1.5m` read as 1.5
    million pounds or as 1,500,000), and evidence spans that overlap."""
    pairs, used = [], set()
    for e, exp in expected.iterrows():
        for f, got in found.iterrows():
            if f not in used and _same_figure(got, exp["value"]) and \
                    min(got["end"], exp["end"]) > max(got["start"], exp["start"]):
                pairs.append((f, e))
                used.add(f)
                break
    return pairs


def _same_figure(got: pd.Series, value: float) -> bool:
    return abs(got["value"] - value) < 1e-9 or \
        ("amount" in got and abs(got["amount"] - value) < 1e-9 * max(1.0, abs(value))) or \
        (abs(got["value"]) < 1 and abs(value) < 1 and round(got["value"], 2) == round(value, 2))  # `a third`: 0.333


def draft_quality(found_quotes: pd.DataFrame, found_figures: pd.DataFrame, expected_quotes: pd.DataFrame,
                  expected_figures: pd.DataFrame, same: SameSpeaker | None = None) -> pd.DataFrame:
    """Recall and precision of quotes and figures, found at all and found with the right speaker (by name, or by
    `same` when given)."""
    same = same or _same_name
    rows = []
    for label, found, expected, pairs in (
            ("quotes", found_quotes, expected_quotes, quote_pairs(found_quotes, expected_quotes)),
            ("figures", found_figures, expected_figures, figure_pairs(found_figures, expected_figures))):
        right = [(f, e) for f, e in pairs if same(found.at[f, "speaker"], expected.at[e, "speaker"])]
        for name, matched in ((label, pairs), (f"{label} attributed", right)):
            rows.append({"measure": name, "expected": len(expected), "found": len(found), "matched": len(matched),
                         "recall": len(matched) / len(expected) if len(expected) else 1.0,
                         "precision": len(matched) / len(found) if len(found) else 1.0})
    return pd.DataFrame(rows).set_index("measure")


def _folded(name: str) -> str:
    """A name without case, curly apostrophes, hyphens (`Burns-Williamson` is `Burns Williamson`) and a leading
    "The" or title (`Cllr Beecroft` is `Beecroft`)."""
    words = name.replace("’", "'").replace("-", " ").split()
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] == "The"):
        words = words[1:]
    return " ".join(words).casefold()


def _same_name(a: str, b: str) -> bool:
    """The same speaker: case, curly apostrophes, a leading "The" and titles aside (`The Leader` is `Leader`)."""
    fa, fb = _folded(a), _folded(b)
    short, long = sorted((fa, fb), key=len)
    # `Mr Goodman` (all the article gives) is `Peter Goodman`: a titled surname alone is that person
    return fa == fb or " " not in short and len(a.split()) > 1 and len(b.split()) > 1 and long.endswith(" " + short)


def misses(found: pd.DataFrame, expected: pd.DataFrame, pairs: list[tuple[int, int]],
           same: SameSpeaker | None = None) -> tuple[list[str], list[str]]:
    """What a draft missed or misattributed, and what it found that the answer does not hold: for reading."""
    same = same or _same_name
    by_expected = {e: f for f, e in pairs}
    missed = []
    for e, exp in expected.iterrows():
        label = exp.get("text", exp.get("value"))
        if e not in by_expected:
            missed.append(f"missed: {exp.get('kind', 'figure')} {label!r} ({exp['speaker']})")
        elif not same(found.at[by_expected[e], "speaker"], exp["speaker"]):
            missed.append(f"wrong speaker: {label!r}: {found.at[by_expected[e], 'speaker']} for {exp['speaker']}")
    matched = set(by_expected.values())
    extra = [f"extra: {got.get('kind', 'figure')} {got.get('text', got.get('value'))!r} ({got['speaker']})"
             for f, got in found.iterrows() if f not in matched]
    return missed, extra


def sum_quality(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Several articles' quality tables as one: counts added, recall and precision computed again."""
    total = sum(t[["expected", "found", "matched"]] for t in tables)
    total["recall"] = total["matched"] / total["expected"].where(total["expected"] > 0)
    total["precision"] = total["matched"] / total["found"].where(total["found"] > 0)
    for row in SHARE_ROWS:
        if row in total.index:  # a share of errors: none found means none wrong
            total.loc[row] = total.loc[row].fillna(0.0)
    return total.fillna(1.0)


def interval(tables: list[pd.DataFrame], row: str, column: str, draws: int = 2000,
             seed: int = 0) -> tuple[float, float]:
    """A 95% interval for `column` ("recall" or "precision") of `row` over several articles' quality tables,
    by resampling whole articles with replacement (a bootstrap): the articles, not their quotes, were sampled,
    and one article's quotes share a writer, a speaker and a style."""
    counts = np.array([[t.at[row, "matched"], t.at[row, "expected" if column == "recall" else "found"]]
                       for t in tables], dtype=float)
    picks = np.random.default_rng(seed).integers(0, len(counts), size=(draws, len(counts)))
    matched, base = counts[picks, 0].sum(axis=1), counts[picks, 1].sum(axis=1)
    shares = np.divide(matched, base, out=np.zeros_like(matched), where=base > 0)
    low, high = np.quantile(shares, [0.025, 0.975])
    return float(low), float(high)


def article_quality(text: str, meta: ArticleMeta, expected: tuple[pd.DataFrame, pd.DataFrame],
                    gazetteer: pd.DataFrame, topics: pd.DataFrame,
                    same: SameSpeaker | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Draft one article and measure it against its expected quotes and figures: the quality table (with a row
    "quotes wrong speaker": `matched` counts quotes given to someone else, `precision` is their share of the
    quotes drafted; and UNFLAGGED_ROW, the same for those among them whose row has no note saying how the speaker
    was chosen; and UNMARKED_ROW, those among them not marked to check first, `doubt.to_check`; and KIND_ROWS,
    for each kind of doubt, its drafted quotes as `found` and the wrong among them as `matched`), and a line for
    each quote or figure missed, misattributed or found in excess."""
    draft = draft_article(text, meta, gazetteer, topics)
    found_quotes, found_figures = found_claims(draft)
    noted = doubt.noted(draft.frames["quotes"]).reset_index(drop=True)
    marked = doubt.to_check(draft.frames["quotes"]).reset_index(drop=True)
    expected_quotes, expected_figures = expected
    lines = []
    for found, wanted, pairs in ((found_quotes, expected_quotes, quote_pairs(found_quotes, expected_quotes)),
                                 (found_figures, expected_figures, figure_pairs(found_figures, expected_figures))):
        missed, extra = misses(found, wanted, pairs, same)
        lines += missed + extra
    table = draft_quality(found_quotes, found_figures, expected_quotes, expected_figures, same)
    wrong = wrong_flags(found_quotes, expected_quotes, same)  # matched once, counted for each kind of row
    usual = doubt.inferred(draft.frames["quotes"]).reset_index(drop=True)
    kinds = {"to check": marked, "usually right": usual, "no note": ~noted}
    rows = [(WRONG_ROW, int(wrong.sum()), len(found_quotes)),
            (UNFLAGGED_ROW, int((wrong & ~noted).sum()), len(found_quotes)),
            (UNMARKED_ROW, int((wrong & ~marked).sum()), len(found_quotes))]
    rows += [(KIND_ROWS[kind], int((wrong & among).sum()), int(among.sum())) for kind, among in kinds.items()]
    for row, count, drafted in rows:
        table.loc[row] = {"expected": len(expected_quotes), "found": drafted, "matched": count,
                          "recall": count / len(expected_quotes) if len(expected_quotes) else 0.0,
                          "precision": count / drafted if drafted else 0.0}
    return table, lines


# --- real articles: answers kept without the article's sentences ----------------------------------------------------

GOLD_FIRST_WORDS = 3  # enough to find a span again in the article; too few to quote it


def hashed_answers(text: str, answers: dict) -> dict:
    """Answers as they may be committed for an article the project may not copy: each text replaced by its first
    words, its length and a SHA-256 hash, so that `located_answers` can find it again in the fetched article."""
    def hashed(item: dict) -> dict:
        words = item["text"].split()
        kept = {k: v for k, v in item.items() if k not in ("text", "nth")}
        return {**kept, "first_words": " ".join(words[:GOLD_FIRST_WORDS]), "length": len(item["text"]),
                "sha256": hashlib.sha256(item["text"].encode("utf-8")).hexdigest(), "nth": item.get("nth", 0)}

    return {**{k: v for k, v in answers.items() if k not in ("quotes", "figures")},
            "quotes": [hashed(q) for q in answers["quotes"]], "figures": [hashed(f) for f in answers["figures"]]}


def located_answers(text: str, hashed: dict) -> dict:
    """The answers of `hashed_answers` with their texts found again in `text`; KeyError names one that is not
    there (the article fetched is not the one scored)."""
    def located(item: dict) -> dict:
        starts = [i for i in _occurrences(text, item["first_words"].split()[0])
                  if hashlib.sha256(text[i:i + item["length"]].encode("utf-8")).hexdigest() == item["sha256"]]
        if len(starts) <= item["nth"]:
            raise KeyError(f"{item['first_words']!r}… ({item['length']} characters) is not in this text")
        return {**item, "text": text[starts[item["nth"]]:starts[item["nth"]] + item["length"]]}

    return {**hashed, "quotes": [located(q) for q in hashed["quotes"]],
            "figures": [located(f) for f in hashed["figures"]]}


def _occurrences(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def wrong_flags(found: pd.DataFrame, expected: pd.DataFrame, same: SameSpeaker | None = None) -> pd.Series:
    """For each drafted quote, whether it is matched to an expected one but given, with confidence, to someone else:
    a blank speaker (the draft said it could not tell) is not wrong."""
    same = same or _same_name
    flags = pd.Series(False, index=range(len(found)))
    for f, e in quote_pairs(found, expected):
        flags.iat[f] = bool(found.at[f, "speaker"]) and not same(found.at[f, "speaker"], expected.at[e, "speaker"])
    return flags


def wrong_speakers(found: pd.DataFrame, expected: pd.DataFrame, same: SameSpeaker | None = None) -> int:
    """How many drafted quotes went to a wrong speaker (`wrong_flags`)."""
    return int(wrong_flags(found, expected, same).sum())


# --- naming variants: one body named two ways ----------------------------------------------------------------------

# Words a reader or an article uses for the same body; each is read as the name after it. Sources: the parties' and
# forces' own names (`Conservative and Unionist Party`, `Liberal Democrats`, a force that calls itself
# `X Constabulary` and is called `X Police`), and `Scotland Yard` as the Metropolitan Police's headquarters name.
NAME_VARIANTS = (("constabulary", "police"), ("police service", "police"), ("tories", "conservatives"),
                 ("tory", "conservative"), ("conservative party", "conservatives"), ("lib dems", "liberal democrats"),
                 ("lib dem", "liberal democrat"), ("labour party", "labour"), ("scotland yard", "metropolitan police"),
                 ("the met", "metropolitan police"), ("met", "metropolitan police"), ("&", "and"))
ACRONYM_SKIPS = {"of", "for", "and", "the", "in"}  # `PFNI`: Police Federation for Northern Ireland
NOT_THE_SAME_REST = {"leader", "chairman", "chair", "spokesman", "spokeswoman", "member", "members",
                     "councillor", "councillors", "mp", "office", "group"}  # `X Labour Leader` is a person, not X


def naming_variants(speakers: Iterable[str]) -> SameSpeaker:
    """A looser "same speaker" for the real-article readings, reported beside the strict one: a drafted name is
    also right when it names the same body as the reader's another way. The reader writes the fullest name; the
    draft keeps the article's own words, so `PSNI` for `Police Service of Northern Ireland`, `Lib Dems` for
    `Liberal Democrats`, `Gloucestershire Police` for `Gloucestershire Constabulary`, or `Police Federation` where
    the article names one `North Yorkshire Police Federation` would otherwise count as a wrong speaker.

    Read as the same: the strict test (`_same_name`); the same name once NAME_VARIANTS are applied; an acronym of
    the other's words; and one name the start or end of the other (`Unison` / `Unison West Midlands`, `Foster` /
    `Simon Foster`) when no other speaker the reader names fits it too and the rest neither begins `and ...` nor
    holds a role (`Labour` is not the `Labour and Lib Dem Alliance`, nor `Wexley Labour` its leader). A misspelt name
    (`Mr Loyd` for `David Lloyd`) stays wrong: the article's spelling is a different name."""
    names = [name for name in speakers if name]

    def canonical(name: str) -> list[str]:
        words = " " + _folded(name).replace("'s ", " ") + " "
        for variant, common in NAME_VARIANTS:
            words = words.replace(f" {variant} ", f" {common} ")
        return words.split()

    def part_of(short: list[str], long: list[str]) -> bool:
        if not short or len(short) >= len(long):
            return False
        rest = long[len(short):] if long[:len(short)] == short else long[:-len(short)] \
            if long[-len(short):] == short else None
        return rest is not None and rest[0] != "and" and not NOT_THE_SAME_REST & set(rest)

    def acronym(short: list[str], long: list[str]) -> bool:
        letters = "".join(w[0] for w in long if w not in ACRONYM_SKIPS)
        return len(short) == 1 and len(short[0]) >= 2 and short[0] == letters and len(long) > 1

    def same(drafted: str, expected: str) -> bool:
        if _same_name(drafted, expected):
            return True
        if not drafted or not expected:
            return False
        a, b = canonical(drafted), canonical(expected)
        plain_a, plain_b = _folded(drafted).split(), _folded(expected).split()  # (`PSNI`: before `service` goes)
        if a == b or acronym(plain_a, plain_b) or acronym(plain_b, plain_a):
            return True
        if not (part_of(a, b) or part_of(b, a)):
            return False
        others = [n for n in names if not _same_name(n, expected)]  # another speaker it could mean as well
        return not any(part_of(a, canonical(n)) or part_of(canonical(n), a) or canonical(n) == a for n in others)

    return same
