"""The small records the drafting steps pass along: quotes, entities, rows, figures, the draft."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Quoted:
    """Words inside one pair of quote marks within one paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: the quote runs on to the end of its paragraph
    para: int
    continues: bool = False  # this paragraph continues the previous paragraph's quote
    unclosed: bool = False  # the quote never closes: the next paragraph does not open again
    kind: str = "direct"
    speaker: int | None = None
    note: str = ""


@dataclass
class Entity:
    name: str
    kind: str  # person, organisation
    roles: list[str] = field(default_factory=list)
    organisation: str = ""
    affiliation: str = ""
    gender: str = ""
    mentions: list[int] = field(default_factory=list)
    titled: bool = False  # named with a title or role at least once (`Supt Lewis Grant`): a person, not a place
    titles: list[str] = field(default_factory=list)  # titles before the name (`Councillor`, `Ch Supt`), not roles


@dataclass(frozen=True)
class Ref:
    """Who a subject phrase names, before it is resolved against the article: a name, or a pointer."""

    kind: str  # person, surname, organisation, pronoun, generic-org, next-person, next-org
    name: str = ""
    role: str = ""
    head: str = ""
    gender: str = ""
    affiliation: str = ""


@dataclass
class Attribution:
    ref: Ref
    verb_start: int
    verb_end: int
    claim: tuple[int, int] | None  # the reported clause, if the verb introduces one
    subject_start: int


@dataclass
class Row:
    kind: str
    start: int
    end: int
    speaker: int
    note: str = ""


@dataclass
class Figure:
    value: float
    unit: str
    metric: str
    num_start: int
    num_end: int
    start: int
    end: int
    period: str = ""
    written: str = ""
    speaker: int | None = None
    quote: int | None = None
    credit: str = ""  # why a figure in no quote is given to a source: what its sentence says
    unit_note: str = ""  # how its unit was read, when no known unit named it


@dataclass
class Draft:
    """A drafted dataset: the six tables as frames (every cell a string), the article, and what to check."""

    text: str
    frames: dict[str, pd.DataFrame]
    unsure: list[str]
    skipped_numbers: list[str]
    proposed_areas: list[str]  # ids of areas the gazetteer did not hold

    def speaker_names(self, frame: pd.DataFrame) -> pd.Series:
        return frame["speaker_id"].map(self.frames["speakers"].set_index("speaker_id")["name"])
