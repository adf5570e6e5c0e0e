"""What both KPI layouts share: the parsed row, reporting periods, DoT glyphs, service headers."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from kcc_papers.extract.kpis.layout import Item, Row, Text
from kcc_papers.models import ActivityIndicator, Dot, Kpi
from kcc_papers.normalise.dates import MONTHS
from kcc_papers.normalise.numbers import Value

# An indicator's code: "NF01", "ASC 1", "ENV2a"; a national set's with a stroke ("PAM/001",
# Wales's public accountability measures) or an ampersand in its letters ("C&L1", Scotland's
# benchmarking framework's culture and leisure); a part of one in brackets, as the national
# sets numbered theirs ("BVPI 82a(i)", "NI 155(ii)"); the set's name before a code with a
# hyphen ("TSM-CH01", the social housing regulator's tenant satisfaction measure CH01: held-out
# round 29).
REF = re.compile(r"^(?:[A-Z]{2,5}-)?[A-Z]{1,5}(?:&[A-Z]{1,3})?[\s/]?\d{1,3}[a-z]?"
                 r"(?:\((?:[ivx]{1,4}|[a-z])\))?$")
_MONTH_YEAR = r"(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*),?\s+(\d{4})"  # noqa: E501
RESULTS_TO = re.compile(
    rf"\b(?:results|data|performance)\s+(?:is\s+|are\s+)?(?:up\s+)?to\s+(?:the\s+end\s+of\s+)?{_MONTH_YEAR}",
    re.I,
)
FIN_YEAR = re.compile(r"\bFinancial\s+Year\s+(\d{4})\s*[/-]\s*(\d{2,4})\b", re.I)
QUARTER = re.compile(r"\bQuarter\s+([1-4])\s*,?\s*(\d{4})\s*[/-]\s*(\d{2,4})\b", re.I)

# Arrows that survive text extraction; garbled symbol-font glyphs are read from the paper's
# own legend instead, and stay unknown when the legend is garbled too.
ARROWS: dict[str, Dot] = {
    "↑": "improved", "▲": "improved", "⇧": "improved", "⬆": "improved", "⇑": "improved",
    "↓": "fallen", "▼": "fallen", "⇩": "fallen", "⬇": "fallen", "⇓": "fallen",
    "↔": "unchanged", "⇔": "unchanged", "◄►": "unchanged", "\\Leftrightarrow": "unchanged",
}
_DOT_MEANING: tuple[tuple[Dot, re.Pattern[str]], ...] = (
    ("improved", re.compile(r"improv|better|increas|positive", re.I)),
    ("fallen", re.compile(r"fall|fell|worse|declin|deteriorat|negative|lower", re.I)),
    ("unchanged", re.compile(r"unchang|stable|same|no\s+(clear\s+)?change", re.I)),
)


# The KPI's field each of its printed values goes to, by the value's role.
VALUE_FIELDS = {
    "latest": "latest_value",
    "ytd": "ytd_value",
    "target": "target",
    "floor": "floor_standard",
    "previous_year": "previous_year",
    "previous": "previous_value",
}
# A measure of time, whose "1:45" is minutes and seconds ("Average time to answer (mins:secs)",
# "Average wait for an ambulance"), unless it says it is a ratio ("Full-time staff to child
# ratio").
TIME_MEASURE = re.compile(r"\b(?:times?|minutes?|mins?|seconds?|secs?|wait(?:ing)?|duration)\b"
                          r"|\bm{1,2}:ss\b", re.I)
RATIO_MEASURE = re.compile(r"\bratios?\b", re.I)


def clock_figures_unread(kpi: Kpi, raw: dict[str, Value]) -> None:
    """A measure of time's "1:45" is no ratio of one to 45 (``parse_value`` reads "1:8" so):
    its figures printed so are left unread, as their text, where the measure is a time's."""
    if not TIME_MEASURE.search(kpi.description) or RATIO_MEASURE.search(kpi.description):
        return
    for role, value in raw.items():
        if value.unit != "ratio":
            continue
        raw[role] = Value(value.text)
        if (name := VALUE_FIELDS.get(role)) is not None:
            setattr(kpi, name, None)
    if kpi.unit == "ratio":
        kpi.unit = next((v.unit for v in raw.values() if v.unit), None)


@dataclass(slots=True)
class Parsed:
    """A KPI with the values as printed, which the checks need besides the numbers."""

    kpi: Kpi
    raw: dict[str, Value] = field(default_factory=dict)
    service_key: int | None = None  # which section (service) of the report it sits in
    # whether the row prints its figure's comparison with a comparator's ("Similar")
    compared: bool = False
    table: int | None = None  # the table its row was read from (None: read from no table)


@dataclass(slots=True)
class Section:
    """A service area of the report, with the people printed for it."""

    name: str | None = None
    director: str | None = None
    cabinet_member: str | None = None
    period_date: dt.date | None = None
    page: int | None = None  # where the section starts


@dataclass(slots=True)
class Extracted:
    kpis: list[Parsed] = field(default_factory=list)
    activity: list[ActivityIndicator] = field(default_factory=list)


def month_end(month: str, year: str) -> dt.date | None:
    number = MONTHS.get(month.lower()[:3])
    if number is None:
        return None
    y = int(year)
    return dt.date(y, number, calendar.monthrange(y, number)[1])


def results_to(text: str) -> tuple[str, dt.date] | None:
    """ "Results up to February 2015" -> ("February 2015", 2015-02-28)."""
    m = RESULTS_TO.search(text)
    if not m:
        return None
    end = month_end(m.group(1), m.group(2))
    return (f"{m.group(1).title()} {m.group(2)}", end) if end else None


def year_end(text: str) -> tuple[str, dt.date] | None:
    """ "Financial Year 2014/15" -> ("2014/15", 2015-03-31): UK financial years end in March."""
    m = FIN_YEAR.search(text)
    if not m:
        return None
    return f"{m.group(1)}/{m.group(2)}", dt.date(int(m.group(1)) + 1, 3, 31)


def quarter(text: str) -> tuple[str, dt.date] | None:
    """ "Quarter 3, 2024/25" -> ("Quarter 3 2024/25", 2024-12-31); Q1 ends in June."""
    m = QUARTER.search(text)
    if not m:
        return None
    q, start = int(m.group(1)), int(m.group(2))
    month = (3 * q + 3 - 1) % 12 + 1
    year = start + 1 if q == 4 else start
    end = dt.date(year, month, calendar.monthrange(year, month)[1])
    return f"Quarter {q} {m.group(2)}/{m.group(3)}", end


def dot_legend(items: list[Item]) -> dict[str, Dot | None]:
    """Glyph -> meaning from the paper's own DoT key ("⇧ Performance has improved"). A glyph
    given two meanings (a garbled font prints the same mark for up and down) means nothing."""
    legend: dict[str, Dot | None] = {}
    for item in items:
        if isinstance(item, Row):
            cells = [c for c in item.cells if c.strip()]
            pairs = [(cells[0], cells[1])] if len(cells) == 2 else []
        else:
            m = re.match(r"^\s*(\S{1,3})\s+(Performance\s+.*)$", item.text)
            pairs = [(m.group(1), m.group(2))] if m else []
        for glyph, text in pairs:
            if len(glyph) > 16 or not re.match(r"^\s*Performance\b", text, re.I):
                continue
            meaning = next((name for name, rx in _DOT_MEANING if rx.search(text)), None)
            if meaning is None:
                continue
            legend[glyph] = meaning if legend.get(glyph, meaning) == meaning else None
    return legend


def read_dot(text: str, legend: dict[str, Dot | None]) -> Dot | None:
    glyph = text.strip()
    if not glyph:
        return None
    if glyph in legend:
        return legend[glyph]
    return ARROWS.get(glyph)


def ref_notes(items: list[Item], refs: set[str]) -> dict[str, str]:
    """Commentary printed under a table for one indicator: "GL03 – Performance so far ..."."""
    notes: dict[str, str] = {}
    for item in items:
        if not isinstance(item, Text):
            continue
        m = re.match(r"^\s*([A-Z]{1,5}\s?\d{1,3}[a-z]?)\s*[-–:]\s+(\S.*)$", item.text)
        if m and m.group(1) in refs:
            notes[m.group(1)] = " ".join(filter(None, [notes.get(m.group(1)), m.group(2)]))
    return notes
