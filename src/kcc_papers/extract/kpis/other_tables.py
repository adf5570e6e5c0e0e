"""The first row of a table beside a dashboard that names columns of its own: a table of
counts by site and month ("Site | July | August | September | Quarter 2"), or of a
population by locality ("Locality | Population 2024 | Population 2025 | Aged 65+ (%)"),
printed under the dashboard for information. Its rows are no more of the dashboard than a
note's are (``grid._other_header``). In a text file whose lines are all set at tab stops (a
typescript retyped), the report's paragraphs and both tables are one run of rows: a paragraph
between the dashboard and a row of names parts them as a page's space between two tables
does (``paragraph_row``)."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import period_of
from kcc_papers.extract.kpis.common import REF
from kcc_papers.extract.kpis.rag import parse_rag

# An age band naming a column ("Aged 65+ (%)", "Age 16-64", "Under 18s", "Aged 75 and over"):
# a number among words, and a name for all that.
AGE_BAND = re.compile(
    r"^(?:aged?|ages|under|over)\s+\d{1,3}(?:\s*\+|\s*(?:-|–|to)\s*\d{1,3}|s|\s+and\s+over)?"
    r"\s*(?:\(?%\)?|\(years\))?$", re.I)


def named_band(cell: str) -> bool:
    """Whether a cell printing a number is a column's name of an age band."""
    return bool(AGE_BAND.match(cell.strip()))


def names_other_columns(cells: list[str], labels: list[str]) -> bool:
    """Whether a table's first row of names, as many as the dashboard's columns, names other
    columns than the dashboard's: none of its cells is a measure's code or a rating (a carried
    dashboard's row prints one, a milestone's row its rating in words), and it is not the
    dashboard's header printed again."""
    if [_words(c) for c in cells] == [_words(c) for c in labels]:
        return False
    periods = _period_names(cells)
    return not any((REF.match(c.strip()) and i not in periods) or parse_rag(c) is not None
                   for i, c in enumerate(cells))


# Periods named side by side, as a table of counts by quarter names its columns ("Requests
# received | Q1 | Q2 | Q3 | Q4 | 2026/27"): this many at least. A quarter's or a period's short
# name ("Q3", "P1") is spelt as a measure's code is, but a carried dashboard's row prints one
# code, not a run of periods.
MIN_PERIOD_NAMES = 2


def _period_names(cells: list[str]) -> set[int]:
    """The cells naming periods, where a row names two or more: column names, not codes."""
    named = {i for i, c in enumerate(cells) if period_of(c.strip()) is not None}
    return named if len(named) >= MIN_PERIOD_NAMES else set()


def _words(text: str) -> str:
    return " ".join(text.lower().split())


# A paragraph's number as a report prints it ("3.2", "4.", "(3)").
PARAGRAPH_NUMBER = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*\.?\)?$")
# A sentence: this many words at least, ending as a sentence does (a stop, or a colon leading
# into the table below: "the Council's stock at 31st December 1995 was:"). A measure's name
# is shorter and ends in no stop.
SENTENCE_WORDS = 8
SENTENCE_END = re.compile(r"[.:;]$")


def paragraph_row(cells: list[str]) -> bool:
    """Whether a row is a paragraph of the report: a sentence alone, perhaps after its
    paragraph's number."""
    filled = [c.strip() for c in cells if c.strip()]
    if filled and len(filled) == 2 and PARAGRAPH_NUMBER.match(filled[0]):
        filled = filled[1:]
    return (len(filled) == 1 and len(filled[0].split()) >= SENTENCE_WORDS
            and bool(SENTENCE_END.search(filled[0])))


# The cell over a dashboard's column of codes names what the other table's rows are, in a
# few words ("Local authority", "Site", "Name of parish council"): a carried dashboard's row
# prints a code there (or nothing), never words.
CODE_COLUMN_NAME_WORDS = 4
# A bracketed aside to that name ("Ward (2022 boundaries)", "Area (ONS code)") says which
# places, with a year in it as likely as not: no code.
_ASIDE = re.compile(r"\([^()]*\)")


def names_row_kind(cells: list[str], ref_at: int | None) -> bool:
    """Whether a row of names prints, under the dashboard's column of codes, a short name of
    the rows below it, as a table of counts by place names its first column ("Local authority
    | Asylum seekers in dispersed accommodation | In contingency hotels | ..."): then its
    columns may be named at the length another table's are (``grid_headers.OTHER_NAME_WORDS``),
    the row no dashboard's measure carried over a page without its header."""
    if ref_at is None or ref_at >= len(cells):
        return False
    cell = _ASIDE.sub(" ", cells[ref_at]).strip()
    return (bool(cell) and len(cell.split()) <= CODE_COLUMN_NAME_WORDS
            and not REF.match(cell) and not re.search(r"\d", cell)
            and parse_rag(cell) is None)
