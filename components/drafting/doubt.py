"""How sure the draft is of each quote's speaker, read from the row: the one place that says which rows a reviewer
must check first.

Every inference the draft makes carries a note (#12: flag every attribution it is unsure of). On real articles most
inferences are as often right as a speaker read from a name, and underlining them all would bury the ones that are
not. So an inference measured to be that reliable ends its note with USUALLY_RIGHT; any other note, or a blank
speaker, is a row to check. Which inferences end so was measured on the development articles (README, "How sure
the draft is of a speaker"): a pronoun read as the last person named of that sex; `the commissioner` read as the last
commissioner named. (A pronoun read as the only person named since the last speaker was counted too, until the
held-out sets found it wrong in 4 of 10 rows: it is to check.)
"""

from __future__ import annotations

import pandas as pd

USUALLY_RIGHT = "(attribution inferred; usually right)."


def _filled(column: pd.Series) -> pd.Series:
    return column.fillna("").astype(str).str.strip().ne("")


def noted(quotes: pd.DataFrame) -> pd.Series:
    """Quotes whose row carries a note on how their speaker was read."""
    return _filled(quotes["note"])


def no_speaker(quotes: pd.DataFrame) -> pd.Series:
    """Quotes drafted with the speaker left blank."""
    return ~_filled(quotes["speaker_id"])


def _usually_right(quotes: pd.DataFrame) -> pd.Series:
    return quotes["note"].fillna("").astype(str).str.strip().str.endswith(USUALLY_RIGHT)


def to_check(quotes: pd.DataFrame) -> pd.Series:
    """Quotes whose speaker a reviewer should check first: no speaker, or a note on a guess that is not usually
    right (another name in the sentence, the last speaker paragraphs up, a typo in a name ...)."""
    return (noted(quotes) & ~_usually_right(quotes)) | no_speaker(quotes)


def inferred(quotes: pd.DataFrame) -> pd.Series:
    """Quotes with a speaker read by an inference that is usually right: noted, not to check first."""
    return _usually_right(quotes) & ~no_speaker(quotes)
