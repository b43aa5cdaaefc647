"""Numbers as an article writes them, in words (`two hundred`, `a dozen`) or as a fraction (`a third of`): one
reader for the drafter, which finds them, and the validator, which checks that an evidence span holds its value."""

from __future__ import annotations

import re

WORD_VALUES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                           "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(TENS)})
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NUMBER_WORD_RE = re.compile(r"(?i)\b(?:(?:half\s+)?an?\s+dozen|an?\s+(?:hundred|thousand|million)|"
                            r"(?:" + "|".join(WORD_VALUES) + r")(?:(?:\s+|-)(?:and\s+)?(?:" + "|".join(WORD_VALUES)
                            + r"|hundred|thousand|million))*)\b")
FRACTION_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5}
# a fraction of something, not an ordinal (`a third officer`) nor a bare `half`
FRACTION_RE = re.compile(r"(?i)\b(?P<num>a|one|two|three|four)[\s-]+(?P<part>half|thirds?|quarters?|fifths?)\b"
                         r"(?=\s+of\b|\s*+[.,;:–—-]|\s*+$)")


def words_value(phrase: str) -> float:
    """`two hundred` -> 200, `a dozen` -> 12, `twenty-five` -> 25."""
    words = re.findall(r"[a-z]+", phrase.lower())
    if "dozen" in words:
        return 6.0 if "half" in words else 12.0
    total, current = 0, 0
    for w in words:
        if w in ("a", "an"):
            current = max(current, 1)
        elif w in WORD_VALUES:
            current += WORD_VALUES[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in SCALES:
            total, current = total + max(current, 1) * SCALES[w], 0
    return float(total + current)


def fraction_value(m: re.Match) -> float:
    """`a third` -> 0.3333, `two-thirds` -> 0.6667: a FRACTION_RE match as a share of one, to four places."""
    return round(words_value(m.group("num")) / FRACTION_PARTS[m.group("part").lower().rstrip("s")], 4)


def values_in_words(span: str) -> list[float]:
    """Every value the span writes in words or as a fraction: what an evidence span may hold instead of digits."""
    return [words_value(m.group()) for m in NUMBER_WORD_RE.finditer(span)] + \
        [fraction_value(m) for m in FRACTION_RE.finditer(span)]
