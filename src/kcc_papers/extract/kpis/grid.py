"""Dashboards that print KPIs as table rows under a header row ("Ref | Indicator description |
Latest Month | Month RAG | DoT | Year to Date | YTD RAG | Target | Floor Standard | Previous
Year"), and activity indicators the same way ("Year to date | In expected range | Expected
Upper | Lower | Prev. yr YTD"). Columns are found by their names, rows by their ref or
description, so stray margin text and missing cells do not shift the values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from kcc_papers.extract.kpis.common import (
    REF,
    Extracted,
    Parsed,
    Section,
    dot_legend,
    read_dot,
    ref_notes,
    results_to,
    year_end,
)
from kcc_papers.extract.kpis.layout import Item, Row, Text, is_wordy
from kcc_papers.extract.kpis.periods import MONTH_STEMS, dated_periods, later
from kcc_papers.extract.kpis.rag import Rag, colour_rag, parse_rag
from kcc_papers.extract.kpis.status import MAX_STATUS_WORDS, status_key, status_rag
from kcc_papers.models import ActivityIndicator, Kpi
from kcc_papers.normalise.bilingual import header_parts
from kcc_papers.normalise.headings import grouped_headings
from kcc_papers.normalise.numbers import Value, parse_number, parse_value

# A column named by a month alone ("Nov | Dec | Jan"), spelt out or cut short, never a word that
# merely starts like one ("Decision", "Mayor").
BARE_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A day of a month ("30 Jun", "31st March").
DAY_MONTH = r"\d{1,2}(?:st|nd|rd|th)?\s+" + BARE_MONTH
# A day of a month of a year ("30 Jun 2026", "31st March 2026").
DAY_MONTH_YEAR = DAY_MONTH + r",?\s+\d{4}"
# A school year's term, as a schools forum's dashboard names its periods ("Spring term 2026").
SCHOOL_TERM = r"(?:autumn|spring|summer)\s+term\b"
# Column roles by header text; the first matching pattern wins, so the order matters
# ("YTD RAG" is a RAG column, "Prev. yr YTD" a previous-year one).
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # the id column by its last word, whatever names what it identifies ("PI Code", "KPI
    # Ref", "Indicator No.", "Measure ID", "Reference"), or "No." alone
    ("ref", re.compile(r"^(?:ref|code)\b|^(?:[\w.]+\s+){0,2}(?:ref(?:erence)?|code|no|id)\.?$"
                       r"|^(?:no|number|#)\.?$|\bno\.$", re.I)),
    # "Short Name", "PI Name": the performance systems' label for the indicator's title
    ("description", re.compile(r"indicator|description|measure|metric|^KPIs?$|^PIs?$|\bname$",
                               re.I)),
    # the period each row's latest figure is for, where indicators' periods differ ("Latest
    # period", "Data period": "Q1 2026/27", "2025/26 academic year"): no figure, a label
    ("period", re.compile(r"^(?:latest\s+|data\s+|reporting\s+)?period$", re.I)),
    ("rag", re.compile(r"\bB?RAG\b|\bstatus\b|^rating$", re.I)),
    # which way is better ("Polarity", "Good is"): its cells ("Smaller is better") rate nothing
    ("polarity", re.compile(r"^polarity$|^(?:good|better)\s+is$", re.I)),
    # "Trend": which way the figure moved since the last period, as "DoT" says it
    ("dot", re.compile(r"\bDoT\b|direction|^trend$", re.I)),
    ("in_range", re.compile(r"in\s+expected|\brange\b", re.I)),
    ("upper", re.compile(r"\bupper\b", re.I)),
    ("lower", re.compile(r"\blower\b", re.I)),
    ("previous_year", re.compile(r"(?:prev(ious|\.)?|prior)\s*(year|yr)|last\s+year", re.I)),
    ("previous", re.compile(r"^prev(ious|\.)?\b", re.I)),
    # "Plan aim", "Aim": what the plan seeks, a target whether a figure or a direction
    ("target", re.compile(r"\btarget\b|^tgt\.?$|\b(?:aim|goal|ambition)s?$", re.I)),
    ("floor", re.compile(r"\bfloor\b", re.I)),
    # "Standard", "National standard": the level the NHS and other regulators set, a target
    # (named after "floor", whose "Floor Standard" is not one), as is the level a contract or
    # a service sets its provider ("Contract standard", "Service standard"); "Plan" and
    # "Trajectory", the level an NHS body's operating plan commits to for the period
    ("target", re.compile(r"^(?:national\s+|constitutional\s+|operational\s+|contract(?:ual)?\s+"
                          r"|service\s+|minimum\s+)?standard$"
                          r"|^(?:operational\s+)?plan$|^trajectory$", re.I)),
    ("ytd", re.compile(r"year\s+to(\s+date)?|\bYTD\b", re.I)),
    # a figure to compare with, never the indicator's own ("Baseline 2023/24", "SN average",
    # "England", "Comparator (actual)"): named before the value columns' words can claim it
    ("comparator", re.compile(r"baseline|comparator|benchmark|\bSN\b|neighbours?|"
                              r"^(?:england|national|regional|wales|scotland|family\s+group|"
                              r"CIPFA|similar\s+councils?)\b", re.I)),
    ("latest", re.compile(
        # "12 months to Dec 2025": a rolling year's figure, named by its last month
        r"latest|year\s+end|current|\bmonths\s+to\b|^value$|^achieved$|"
        r"^(?:rolling|last)\s+\d+\s+months$|"
        # "Quarter 3", "Qtr 3", "Month 9", "Period 9", "P9": one period of several
        r"^(?:quarter|qtr\.?|month|period)\s*\d{1,2}\b|^P\d{1,2}$|^(month|quarter)$|outturn|"
        # "Half year 2026/27", "Mid-year", "H1": the half year, one period of two
        r"^(?:half|mid)[\s-]*year\b|^H[12]\b|"
        # "Summer term 2026": a school year's term, one period of three
        r"^" + SCHOOL_TERM + "|"
        r"forecast|actual|result|^perf\.?$|"
        r"^performance$|"
        # a column named by its year alone ("2024/25 | 2025/26"), or with the months it
        # covers in brackets ("2026/27 (Apr-Jan)", the year so far): the latest year's is the
        # value, an earlier one last year's (``_past_periods``)
        r"^(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s*\(\s*(?:" + MONTH_STEMS + r")[a-z]*\.?"
        r"\s*(?:[-–]|to)\s*(?:" + MONTH_STEMS + r")[a-z]*\.?\s*\))?$|"
        r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:[-–]|to)\s*"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*\d{2,4})?$|this\s+"
        r"(month|quarter|year)|^Q[1-4]\b|^\d{4}/\d{2}\s+Q[1-4]$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
        r"[\s-]+\d{2,4}$|^" + BARE_MONTH + "$|"
        # "30 Jun 2026", "As at 31 December 2026": the position at a date, one of several
        r"^(?:as\s+at\s+)?" + DAY_MONTH_YEAR + "$|"
        # "To 31 Oct", "Up to 31 May 2027": the figure so far, to the date it names (its year
        # the report's, where not printed)
        r"^(?:up\s+)?to\s+" + DAY_MONTH + r"(?:,?\s+\d{4})?$",
        re.I,
    )),
)
_MONTH = rf"(?:{MONTH_STEMS})[a-z]*\.?"
# A quarter named by its months: "Apr-Jun", "October to December", "Jan - Mar 26".
MONTH_RANGE = rf"{_MONTH}\s*(?:[-–]|to)\s*{_MONTH}(?:\s*\d{{2,4}})?"
# A column of one period among several ("Q1", "Apr-25", "Apr-Jun"): the last one filled is the
# latest.
# A rolling year or a year so far named by its end ("12 months to Nov 2025", "Actual to Q3")
# is one such period too, and so is the period the report is about, named as such ("This
# quarter" beside "Quarter 1", or beside last year's "Outturn 2025/26").
PERIOD_COLUMN = re.compile(
    rf"^\s*(?:Q[1-4]\b|this\s+(?:month|quarter)\b|{_MONTH}[\s-]+\d{{2,4}}\s*$|{MONTH_RANGE}\s*$|{BARE_MONTH}\s*$"
    r"|(?:quarter|qtr\.?|month|period)\s*\d{1,2}\b|P\d{1,2}$|\d{4}/\d{2}\s+Q[1-4]$"
    rf"|(?:half|mid)[\s-]*year\b|H[12]\b|{SCHOOL_TERM}|(?:as\s+at\s+)?{DAY_MONTH_YEAR}\s*$)"
    rf"|^.*\bmonths\s+to\s+{_MONTH}|^.*\bto\s+Q[1-4]\b",
    re.I,
)


def period_of(label: str) -> str | None:
    """The period a column of one period among several names, in either language where the
    heading prints two ("C3 / Q3")."""
    return next((part for part in header_parts(label) if PERIOD_COLUMN.match(part)), None)


KPI_ROLES = {"target", "floor", "rag"}
ACTIVITY_ROLES = {"ytd", "in_range", "upper", "lower", "previous_year"}
SERVICE = re.compile(r"^(service(\s+area)?|division|directorate|department)$", re.I)
DIRECTOR = re.compile(r"^(corporate\s+|executive\s+)?director$", re.I)
CABINET = re.compile(r"^cabinet\s+members?$|^portfolio\s+holders?$", re.I)
SECTION_DATE = re.compile(r"^\s*(results|data|performance)\s+(up\s+)?to\b.{0,40}$", re.I)
HEADER_WORDS = re.compile(
    r"^(date|range|upper|lower|ytd|yr|year|standard|rag|month|quarter|to|description)$", re.I
)


@dataclass(slots=True)
class Header:
    kind: str  # "kpi" or "activity"
    labels: list[str]
    roles: list[str | None]

    def index(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


# The period a grouped header's group names before its column ("Quarter 3 2025/26 Rating"):
# the column is known by its own words when the whole is not.
PERIOD_LEAD = re.compile(r"^(?:(?:quarter|qtr)\s*\d|Q[1-4]|year\s+end|month\s+\d+|"
                         r"20\d\d(?:\s*/\s*\d{2,4})?|\s)+(?=\S)", re.I)


# How often an indicator is measured ("Monthly", "Quarterly", "Annual"), as a "Period" column
# may print it: no period of its own, so the row keeps the paper's.
FREQUENCY = re.compile(r"^\s*(?:daily|weekly|monthly|quarterly|termly|annual(?:ly)?|yearly|"
                       r"(?:bi|half|six)[\s-]?(?:annual(?:ly)?|yearly|monthly)|6[\s-]monthly)\s*$",
                       re.I)


# The period a column's heading names after its words ("Plan Q2", "Ambition 2027").
PERIOD_TAIL = re.compile(r"(?<=[A-Za-z])(?:\s+(?:(?:quarter|qtr)\s*\d|Q[1-4]|month\s+\d+|"
                         r"20\d\d(?:\s*/\s*\d{2,4})?))+\s*$", re.I)


# Every row of a table is asked whether it is a header, and a paper repeats its headers and
# its rows' words page after page (the corpus: 2 299 cells, 1 299 distinct), each cell through
# a score of patterns: the roles of the cells seen are kept (a file's worth and more).
ROLE_CACHE_SIZE = 8192


@lru_cache(maxsize=ROLE_CACHE_SIZE)
def role_of(label: str) -> str | None:
    return _role(label, ROLES)


# The roles a column of figures may have: a "Latest period" column that is the table's only
# value column prints the latest figures, not each row's period ("Previous period | Latest
# period | Target").
FIGURE_ROLES = tuple((name, rx) for name, rx in ROLES if name != "period")


def _role(label: str, roles: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    # a heading in two languages ("Cyf / Ref") is known by either half; a column under a
    # period's group by its own words first ("Quarter 3 2025/26 Rating" is a RAG), or one
    # naming its period after its words by those ("Plan Q2", "Ambition 2027")
    for part in header_parts(label):
        for words in dict.fromkeys((PERIOD_LEAD.sub("", part), part, PERIOD_TAIL.sub("", part))):
            role = next((name for name, rx in roles if rx.search(words)), None)
            if role:
                return role
    return None


def _periods_beside_values(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A period column names each row's period only beside another column of the latest
    figures; without one, it is read as its heading's words say otherwise (its figures the
    latest: "Latest period"; or no role: "Period")."""
    if "period" not in roles or "latest" in roles or "ytd" in roles:
        return roles
    return [_role(c, FIGURE_ROLES) if r == "period" else r
            for c, r in zip(cells, roles, strict=True)]


# A column heading that is a year alone ("2025/26").
BARE_YEAR = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s*$")


def read_header(cells: list[str], below: list[str] | None = None) -> Header | None:
    """The header a row of cells reads as; ``below``: the table's next row, where known (see
    ``_year_groups``)."""
    printed = [role_of(c) for c in cells]  # each column's role by its name alone
    roles = _periods_beside_values(cells, printed)
    # beside a column named "Target", a "Standard" is no target but perhaps the measure's
    # name ("Ref | Standard | Target | Q1 | Rating"): unnamed, for the row below to tell
    roles = _named_target(cells, roles)
    if "description" not in roles and below is not None:
        roles = _rated_by_subject(cells, roles, below)
    elif below is not None:
        roles = _own_figure(cells, printed, roles, below)
    if "description" not in roles or _year_groups(cells, below):
        return None
    found = set(roles)
    rated = bool(found & KPI_ROLES) and ("latest" in found or "ytd" in found)
    if rated or _period_series(cells, roles):
        kind = "kpi"
    elif found & ACTIVITY_ROLES:
        kind = "activity"
    else:
        return None
    # (asked last: every row of every table is asked whether it is a header, few are one)
    if _budget_table(cells, roles):
        return None
    if roles.count("description") > 1:
        # "Measure | Description": the column labelled as the description holds it, the
        # other ("Measure", "Indicator") the indicator's code
        named = [i for i, c in enumerate(cells) if roles[i] == "description"
                 and re.fullmatch(r"\s*description\s*", c, re.I)]
        if named:
            roles = [("ref" if r == "description" and i != named[0] else r)
                     for i, r in enumerate(roles)]
    roles = _past_periods(cells, _subject_as_ref(cells, roles))
    desc = roles.index("description")
    # An unnamed column straight after the description holds the activity value.
    if kind == "activity" and desc + 1 < len(roles) and not cells[desc + 1].strip():
        roles[desc + 1] = "ytd"
    return Header(kind, cells, roles)


# A column naming what each row is about, as a compliance or outcomes dashboard prints it
# beside the measure ("Area | Measure", "Compliance area", "Theme | Indicator").
SUBJECT = re.compile(r"^\s*(?:compliance\s+|safety\s+|outcome\s+)?(?:area|theme|topic)\s*$", re.I)


def _subject_as_ref(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """With no ref column, the column left of the description naming each row's subject
    ("Area": "Gas safety", "Lifts") is the name the dashboard knows the row by, its ref."""
    if "ref" in roles:
        return roles
    desc = roles.index("description")
    subject = next((i for i in range(desc) if roles[i] is None and SUBJECT.match(cells[i])), None)
    if subject is None:
        return roles
    return ["ref" if i == subject else r for i, r in enumerate(roles)]


def _subject_ref(header: Header) -> int | None:
    """The ref column read from a subject's name (``_subject_as_ref``), if the header has one."""
    at = header.index("ref")
    return at if at is not None and SUBJECT.match(header.labels[at]) else None


def subject_names_each_row(header: Header, rows: list[list[str]]) -> Header:
    """A subject column is its rows' ref only where it names every row of its table, no two
    alike: a theme over several indicators ("Housing" beside both re-let days and rent
    collected, or printed once over them) groups them, and as their ref would make them one
    indicator (a KPI is known across papers by its council and ref). ``rows``: the table's
    rows under the header."""
    at = _subject_ref(header)
    desc = header.index("description")
    if at is None or desc is None:
        return header
    named = [row[at].strip() for row in rows if len(row) == len(header.roles)
             and row[desc].strip() and row[at].strip() != header.labels[at].strip()]
    if named and all(named) and len(set(named)) == len(named):
        return header
    roles = [None if i == at else r for i, r in enumerate(header.roles)]
    return Header(header.kind, header.labels, roles)


def _named_target(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """With a column named "Target", another that claims the role by a looser word ("Aim",
    "Goal", "Standard") is no target: the plan's aims the indicators are grouped under."""
    named = [i for i, c in enumerate(cells) if roles[i] == "target" and TARGET_WORD.search(c)]
    if not named or roles.count("target") == len(named):
        return roles
    return [None if r == "target" and i not in named else r for i, r in enumerate(roles)]


TARGET_WORD = re.compile(r"\btarget\b", re.I)


# Indicators given for this many periods in a row ("Q1 | Q2 | Q3 | Q4") are measured, even
# with no target to rate them against (a performance appendix's activity counts).
SERIES_PERIODS = 2


def _period_series(cells: list[str], roles: list[str | None]) -> bool:
    """Indicators each with its printed id, measured over a series of periods and nothing
    else: "Ref | Indicator | Q1 | Q2 | Q3 | Q4". Their latest period's figure is the value,
    unrated; a table that also has columns of another kind (money, a count of cases) is not
    one."""
    if "ref" not in roles:
        return False
    periods = [c for c, r in zip(cells, roles, strict=True)
               if r == "latest" and period_of(c) is not None]
    rest = [r for r in roles if r not in ("ref", "description", "latest")]
    return len(periods) >= SERIES_PERIODS and not rest


# A table of risks names its likelihood, impact or score: its figures rate no measure.
RISK_COLUMN = re.compile(r"\b(?:risk|likelihood|impact|probability|severity|score)\b", re.I)
# A comparator that is a sum of money ("Benchmark cost (£000)", "Comparator spend (£m)"): a
# budget table's, setting each scheme's cost beside another cost, not a measure's (a measure is
# compared with a rate, a percentage or a figure of its own kind: "Benchmark (%)"). A unit
# cost compared with its benchmark ("Benchmark cost per household (£)") is a measure still.
MONEY_COLUMN = re.compile(
    r"\b(?:costs?|spend|budget|expenditure)\b(?!\s+per\b)|£\s*'?(?:000|k|m|bn|million)\b",
    re.I)


# A column of a budget ("Budget", "Revised budget 2026/27 (£000)"), not a rate measured against
# one ("% of budget spent", "Spend per pupil against budget").
BUDGET_HEADING = re.compile(r"\bbudget(?:ed)?\b", re.I)
RATE_HEADING = re.compile(r"%|\bper\b|\bagainst\b|\bvs\b|\bwithin\b", re.I)
# A sum of money as a column prints it ("(£000)", "£'000", "£m").
MONEY_SUM = re.compile(r"£\s*'?(?:000|k|m|bn|million)\b", re.I)
FORECAST_HEADING = re.compile(r"\bforecast", re.I)


def _budget_table(cells: list[str], roles: list[str | None]) -> bool:
    """A budget monitor's table ("Scheme | Budget (£000) | Forecast (£000) | Variance"): a
    column of a budget, or a value column that is a forecast of a sum of money. Its rows are
    sums spent against sums planned, whatever its other columns are named ("Benchmark",
    "Target (£000)") and even where it rates them: a measure's value is what was achieved, a
    rate or a count, not a forecast of spend."""
    if any(BUDGET_HEADING.search(c) and not RATE_HEADING.search(c) for c in cells):
        return True
    return any(r == "latest" and FORECAST_HEADING.search(c) and MONEY_SUM.search(c)
               for c, r in zip(cells, roles, strict=True))


def _rated_by_subject(cells: list[str], roles: list[str | None],
                      below: list[str]) -> list[str | None]:
    """A table rating each row against a figure it names ("Ref | Mandate | Manager | Fund
    return 12 months (%) | Benchmark (%) | RAG") whose measure column, and maybe its value
    column, go by the subject's own words: the first unnamed column of words in the row below
    is the description, and where no column is named as the value, the nearest unnamed column
    of figures left of the target or comparator is the value rated."""
    against = next((i for i, r in enumerate(roles) if r in ("target", "comparator")), None)
    if (against is None or "rag" not in roles or len(below) != len(cells)
            or any(RISK_COLUMN.search(c) for c in cells)
            or (roles[against] == "comparator" and MONEY_COLUMN.search(cells[against]))):
        return roles
    unnamed = [i for i, r in enumerate(roles) if r is None]
    desc = next((i for i in unnamed if is_wordy(below[i])), None)
    # (the figure rated is printed beside what it is rated against: "Market value (£m) |
    # Return (%) | Benchmark (%)" rates the return, not the fund's size)
    value = roles.index("latest") if "latest" in roles else next(
        (i for i in reversed(unnamed) if i < against and parse_number(below[i]) is not None),
        None)
    if desc is None or value is None or value < desc:
        return roles
    named = list(roles)
    named[desc], named[value] = "description", "latest"
    return named


# Columns of figures beside an area's own that are not the figure rated: the count a rate is
# worked from ("Count", "Numerator", "Denominator") and the area's place among others
# ("Rank", "Quartile").
NO_OWN_FIGURE = re.compile(r"^\s*(?:count|number|no\.|numerator|denominator|rank(?:ing)?|"
                           r"position|quartile|decile|sample\s+size|trend)\b", re.I)


def _own_figure(cells: list[str], named: list[str | None], roles: list[str | None],
                below: list[str]) -> list[str | None]:
    """A rated table setting each indicator's figure beside a comparator's ("Code | Indicator
    | Period | Holmebridge | England | Target | RAG") prints its own figure under the area's
    own name, which names no role: where no column is named as the value, the nearest column
    of no known name left of the comparator, printing a figure in the row below, is the value
    rated (and a "Period" column then gives each row's period)."""
    if "latest" in roles or "ytd" in roles or "rag" not in roles or len(below) != len(cells):
        return roles
    against = next((i for i, r in enumerate(roles) if r == "comparator"), None)
    if (against is None or MONEY_COLUMN.search(cells[against])
            or any(RISK_COLUMN.search(c) for c in cells)):
        return roles
    desc = roles.index("description")
    value = next((i for i in range(against - 1, desc, -1) if named[i] is None
                  and not NO_OWN_FIGURE.match(cells[i]) and parse_number(below[i]) is not None),
                 None)
    if value is None:
        return roles
    own = ["period" if named[i] == "period" else r for i, r in enumerate(roles)]
    own[value] = "latest"
    return own


def _year_groups(cells: list[str], below: list[str] | None = None) -> bool:
    """A year printed over several columns ("2025/26" spanning "Q1 | Q2 | Q3"): the row
    names groups, and the row below it the columns (``grouped_headings``)."""
    years = [" ".join(c.split()) for c in cells if BARE_YEAR.match(c)]
    # a spanning heading is printed in each cell it spans, or in the first with the rest empty
    # where the row below names the columns (over a row of figures, the blank heads a column
    # of its own: "2024/25 | (direction of travel) | RAG"); the row below unknown, it spans
    blank_after = any(BARE_YEAR.match(c) and not after.strip() for c, after in pairwise(cells))
    spans = blank_after and (below is None or grouped_headings(cells, below) is not None)
    return spans or len(years) != len(set(years))


# The year a period's heading names: "2024/25", "Year end 2024/25", "Quarter 3 2025/26".
HEADING_YEAR = re.compile(r"\b(20\d\d)(?:\s*[/-]\s*\d{2,4})?\b")


def _past_periods(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """Value columns of several years ("Year end 2024/25 | Quarter 3 2025/26 Actual"): those
    of a year before the latest one printed are last year's, not the latest value."""
    years = {i: max(int(y) for y in HEADING_YEAR.findall(cells[i]))
             for i, r in enumerate(roles) if r == "latest" and HEADING_YEAR.search(cells[i])}
    if len(set(years.values())) < 2:
        return roles
    newest = max(years.values())
    return ["previous_year" if years.get(i, newest) < newest else r for i, r in enumerate(roles)]


def codes_as_ref(header: Header, cells: list[str]) -> Header:
    """Two columns named like a description ("KPI | Indicator", "Measure | Performance
    indicator"): the one whose cells hold codes, not words, is the ref. Read from the first
    full row under the header, since the names alone do not say which is which."""
    described = [i for i, r in enumerate(header.roles) if r == "description"]
    if "ref" in header.roles or len(cells) != len(header.roles):
        return header
    if len(described) < 2:
        return _unnamed_codes(header, cells)
    codes = [i for i in described if cells[i].strip() and not is_wordy(cells[i])]
    if len(codes) != len(described) - 1:
        return header
    roles = ["ref" if i in codes else r for i, r in enumerate(header.roles)]
    return Header(header.kind, header.labels, roles)


# A polarity printed in a cell ("Smaller is better", "High is good") says which way is better,
# not how the indicator is doing.
POLARITY = re.compile(r"\bis\s+(?:better|good)\b", re.I)


def status_column(header: Header, row: Row, key: dict[str, Rag]) -> Header:
    """A dashboard with no column headed RAG or Status may rate its rows in words under
    another heading ("Performance against target", "Assessment"), or by a cell's fill alone:
    the column whose cell in the first full row is a status ("Better than target", "Close to
    target") or empty and filled with a rating's colour is the RAG one."""
    cells = row.cells
    if "rag" in header.roles or len(cells) != len(header.roles):
        return header
    for i, (role, cell) in enumerate(zip(header.roles, cells, strict=True)):
        # a cell that prints nothing, or only a mark ("•"), may rate by its fill
        fill = None if re.search(r"\w", cell) else row.fill(i)
        if role in (None, "target") and not re.search(r"\d", cell) and not POLARITY.search(
                cell) and status_rag(cell, key, fill):
            roles = list(header.roles)
            roles[i] = "rag"
            return Header(header.kind, header.labels, roles)
    return header


def _unnamed_codes(header: Header, cells: list[str]) -> Header:
    """A column left of the description with no name, or a name the reader does not know,
    whose cell in the first full row is a code ("NF01", "ASC 1") holds the refs."""
    desc = header.index("description")
    codes = [i for i in range(desc or 0) if header.roles[i] is None and REF.match(cells[i].strip())]
    if not codes:
        return header
    roles = ["ref" if i == codes[0] else r for i, r in enumerate(header.roles)]
    return Header(header.kind, header.labels, roles)


# A figure followed by its rating: "84.1 (A)", "92% G", "6.2 (Green)".
RATED_VALUE = re.compile(r"^(?P<value>.*\d[^\s(]*)\s*\(?\s*(?P<rag>[RAG]|red|amber|green)\s*\)?$",
                         re.I)


def split_rating(cell: str) -> tuple[str, str | None]:
    """The figure and the rating printed after it in the same cell, if one is."""
    m = RATED_VALUE.match(cell)
    if m and parse_rag(m.group("rag")):
        return m.group("value").strip(), m.group("rag")
    return cell, None


def _continues_header(row: Row, prev: Row) -> bool:
    """The second line of a two-line header ("Year to" / "date", "Expected Activity" / "Upper")."""
    words = [w for c in row.cells for w in c.split()]
    return (
        row.table == prev.table
        and not any(re.search(r"\d", c) for c in row.cells)
        and sum(bool(HEADER_WORDS.match(w)) for w in words) >= 2
    )


# A column's name is a few words with no figure in them (a number among two words or more
# names a column too: "Priority 1 actions"; one word and a number, "Q3 2027", reads as a
# figure, as a row's period or code may print it).
NAME_WORDS = 4
MIN_NAMED_COLUMNS = 2


def _other_header(row: Row, prev: Row | None, header: Header) -> bool:
    """The first row of a new table naming columns other than the dashboard's: the rows
    under it are not KPIs (a dashboard carried onto a page without its header starts with a
    row of figures, under as many columns as before)."""
    if prev is not None and row.table == prev.table:
        return False
    names = [c.strip() for c in row.cells if c.strip()]
    return (len(row.cells) != len(header.roles) and len(names) >= MIN_NAMED_COLUMNS
            and not any(_figure(c) or len(c.split()) > NAME_WORDS for c in names))


def _figure(cell: str) -> bool:
    """A cell printing a figure or a code ("2", "87%", "2026/27", "PH01"), not words that
    hold a number ("Priority 1 actions")."""
    return bool(re.search(r"\d", cell)) and not is_wordy(cell)


def _merge(a: list[str], b: list[str]) -> list[str]:
    width = max(len(a), len(b))
    a, b = a + [""] * (width - len(a)), b + [""] * (width - len(b))
    return [" ".join(filter(None, (x.strip(), y.strip()))) for x, y in zip(a, b, strict=True)]


def _offset(row: list[str], header: Header) -> int | None:
    """How far the row's cells sit to the right of the header's columns (stray margin text
    adds cells, a missing leading cell removes one); None when it is not a data row."""
    ref_at, desc_at = header.index("ref"), header.index("description")
    if desc_at is None:
        return None
    offset = None
    refs = [i for i, c in enumerate(row) if REF.match(c.strip())]
    if len(row) == len(header.roles) and is_wordy(row[desc_at]):
        offset = 0  # a cell under each heading ("SA-KPI-1" is a code however it is spelt)
    elif refs and ref_at is not None:
        offset = refs[0] - ref_at
    else:
        wordy = [i for i, c in enumerate(row) if is_wordy(c)]
        if wordy:
            offset = wordy[0] - desc_at
    if offset is None or not 0 <= desc_at + offset < len(row):
        return None
    if not is_wordy(row[desc_at + offset]) and not _named_by_code(row, header):
        return None
    return offset


def _named_by_code(row: list[str], header: Header) -> bool:
    """A row with a cell under every heading whose ref column holds a code ("IP05") may name
    its measure in one word ("Property")."""
    ref_at, desc_at = header.index("ref"), header.index("description")
    return (len(row) == len(header.roles) and ref_at is not None and desc_at is not None
            and bool(REF.match(row[ref_at].strip())) and bool(WORD.fullmatch(row[desc_at])))


# A one-word name: letters, hyphens and apostrophes, nothing else.
WORD = re.compile(r"\s*[A-Za-z][A-Za-z'-]+\s*")


def _align(row: list[str], header: Header, offset: int) -> list[str]:
    return [row[j + offset] if 0 <= j + offset < len(row) else "" for j in range(len(header.roles))]


# A header naming a ref column (``_rated_by_subject``) or a comparator's (``_own_figure``)
# is read with the row below it.
BELOW_READERS = frozenset({"ref", "comparator"})


class GridReader:
    """Walks the stream, keeping the current header and service section."""

    def __init__(self, items: list[Item]):
        self.items = items
        self.legend = dot_legend(items)
        texts = [i.text for i in items if isinstance(i, Text)]
        self.default = next((r for t in texts for r in [results_to(t)] if r), None)
        text = "\n".join(i.text for i in items[:200] if isinstance(i, Text))
        self.year = year_end(text)
        self.key = status_key([*texts, *(" ".join(i.cells) for i in items
                                            if isinstance(i, Row)), *key_tables(items)])
        self.section = Section()
        self.sections: list[Section] = []
        self.when = self.default
        self.out = Extracted()

    def run(self) -> Extracted:
        header: Header | None = None
        header_row: Row | None = None  # the row the header was read from
        prev: Row | None = None
        service_cols: list[str] | None = None
        for n, item in enumerate(self.items):
            if isinstance(item, Text):
                if item.in_table:
                    continue
                # A heading line moves the section's date; prose ("PI02 - Data is up to
                # December 2014") speaks of one indicator only.
                found = results_to(item.text) if SECTION_DATE.match(item.text) else None
                if found and self.default is not None:
                    self.when = found
                continue
            cells = item.cells
            if header is not None and prev is not None and prev is header_row and (
                _continues_header(item, prev)
            ):
                merged = read_header(_merge(header.labels, cells))
                header = merged or header
                prev = item
                continue
            if service_cols is not None:
                self._service(service_cols, cells)
                service_cols = None
                prev = item
                continue
            if any(SERVICE.match(c.strip()) for c in cells) and any(
                DIRECTOR.match(c.strip()) or CABINET.match(c.strip()) for c in cells
            ):
                service_cols, header = cells, None
                prev = item
                continue
            new = read_header(cells, self._row_below(n, item, always=bool(
                BELOW_READERS.intersection(map(role_of, cells)))))
            if new is None and prev is not None and prev is not header_row and (
                    prev.table == item.table):
                # "Quarter 3 2025/26" over "Actual | Target | RAG": a header over two rows
                grouped = grouped_headings(prev.cells, cells)
                new = read_header(grouped) if grouped else None
            if new is not None:
                if _subject_ref(new) is not None:  # (its table's rows read only then)
                    new = subject_names_each_row(new, self._table_rows(n, item))
                header, header_row = new, item
            elif header is not None and _other_header(item, prev, header):
                header = None  # a table of another kind (notes on the indicators' sources)
            elif header is not None:
                header = status_column(codes_as_ref(header, cells), item, self.key)
                offset = _offset(cells, header)
                if offset is not None:
                    self._data(header, _align(cells, header, offset), item, offset)
            prev = item
        self._notes()
        return self.out

    def _row_below(self, n: int, row: Row, always: bool = False) -> list[str] | None:
        """The cells of the row after ``self.items[n]`` in its table, where the row is a
        header's candidate that prints a year (read by ``_year_groups``) or, ``always``, one
        naming a ref or comparator column (``BELOW_READERS``)."""
        if not always and not any(BARE_YEAR.match(c) for c in row.cells):
            return None
        for k in range(n + 1, len(self.items)):
            nxt = self.items[k]
            if isinstance(nxt, Row):
                return nxt.cells if nxt.table == row.table else []
        return []

    def _table_rows(self, n: int, row: Row) -> list[list[str]]:
        """The cells of the rows after ``self.items[n]`` in its table."""
        rows: list[list[str]] = []
        for item in self.items[n + 1:]:
            if isinstance(item, Row):
                if item.table != row.table:
                    break
                rows.append(item.cells)
        return rows

    def _service(self, labels: list[str], values: list[str]) -> None:
        section = Section()
        for printed_label, printed in zip(labels, values, strict=False):
            label, value = printed_label.strip(), printed.strip() or None
            if SERVICE.match(label):
                section.name = value
            elif DIRECTOR.match(label):
                section.director = value
            elif CABINET.match(label):
                section.cabinet_member = value
        self.section = section
        self.sections.append(section)
        self.when = self.default

    def _cells(self, header: Header, aligned: list[str]) -> dict[str, list[str]]:
        by_role: dict[str, list[str]] = {}
        for role, cell in zip(header.roles, aligned, strict=True):
            if role:
                by_role.setdefault(role, []).append(cell.strip())
        return by_role

    def _data(self, header: Header, aligned: list[str], row: Row, offset: int) -> None:
        if header.kind == "kpi":
            self._kpi(header, aligned, row, offset)
        else:
            self._activity(header, aligned, row)

    def _kpi(self, header: Header, aligned: list[str], row: Row, offset: int) -> None:
        raw: dict[str, Value] = {}
        rags: dict[str, str] = {}
        printed_rags: dict[str, str] = {}
        fill = None
        last_value = None
        dot_text = None
        own_period: str | None = None  # the row's own period, where a column gives it
        period_label: str | None = None
        latest_at: int | None = None  # the latest value's column, for its cell's fill
        dated = dated_periods({j: period for j, (role, label) in enumerate(
            zip(header.roles, header.labels, strict=True))
            if role == "latest" and (period := period_of(label)) is not None})
        for j, (role, label, cell) in enumerate(
            zip(header.roles, header.labels, aligned, strict=True)
        ):
            cell = cell.strip()
            if role in ("latest", "ytd"):
                # "84.1 (A)": the value with its rating in one cell
                cell, rated = split_rating(cell)
                if rated:
                    printed_rags[role] = rated
            if role == "latest" and period_of(label) is not None and "latest" in raw:
                # "Q1 | Q2 | Q3 | Q4": the last period with a figure is the latest; where the
                # headings name their years ("Apr-25 | Mar-25"), the latest dated one
                if raw["latest"].value is not None and not later(dated, j, latest_at):
                    continue
                value = parse_value(cell)
                if not value.empty and value.value is not None:
                    raw["latest"] = value
                    period_label = " ".join(label.split())
                    latest_at = j
                continue
            if role in ("latest", "ytd", "target", "floor", "previous_year", "previous"):
                raw.setdefault(role, parse_value(cell))
                if role in ("latest", "ytd"):
                    last_value = role
                    if role == "latest":
                        period_label = " ".join(label.split())
                        latest_at = j if latest_at is None else latest_at
            elif role == "rag":
                # a RAG rates the value column before it; one printed before any value
                # column (the columns in another order) rates the first after it
                rated_by = last_value or _first_value(header.roles[j + 1:])
                if rated_by:
                    rags.setdefault(rated_by, cell)
                if rated_by == "latest" and fill is None:
                    fill = row.fill(j + offset)
            elif role == "dot":
                dot_text = cell or None
            elif role == "period" and not FREQUENCY.match(cell):
                own_period = " ".join(cell.split()) or None
        for role, rated in printed_rags.items():
            rags.setdefault(role, rated)
        latest = raw.get("latest", Value(""))
        if "rag" not in header.roles and latest_at is not None:
            # no RAG column: the latest figure's own cell may be filled with its rating (a
            # blue there is a shade picking out the column, Word's accent colour)
            own = row.fill(latest_at + offset)
            if colour_rag(own, blue=False):
                fill = own
                rags.setdefault("latest", "")
        latest_rag = (status_rag(rags["latest"], self.key, fill) if "latest" in rags else None)
        if latest.empty and not any(parse_rag(r) for r in rags.values()) and not latest_rag:
            return
        cells = self._cells(header, aligned)
        ref, desc = cells.get("ref", [""])[0], cells["description"][0]
        kpi = Kpi(
            ref=ref or None,
            description=" ".join(desc.split()),
            service_area=self.section.name,
            director=self.section.director,
            cabinet_member=self.section.cabinet_member,
            page=row.page,
            dot=read_dot(dot_text or "", self.legend),
            dot_text=dot_text,
            latest_rag=latest_rag,
            latest_rag_colour=fill,
            ytd_rag=status_rag(rags["ytd"], self.key, None) if "ytd" in rags else None,
        )
        self._period(kpi, period_label)
        if own_period:
            # the row says which period its figure is for: the paper's date is no other row's
            kpi.period, kpi.period_date = own_period, None
        _set_values(kpi, raw)
        self.out.kpis.append(Parsed(kpi, raw, len(self.sections)))

    def _period(self, kpi: Kpi, label: str | None) -> None:
        if label and re.search(r"year\s+end", label, re.I) and self.year:
            kpi.period, kpi.period_date = f"{label}: {self.year[0]}", self.year[1]
        elif self.when:
            kpi.period = f"{label}: {self.when[0]}" if label else self.when[0]
            kpi.period_date = self.when[1]
        else:
            kpi.period = label

    def _activity(self, header: Header, aligned: list[str], row: Row) -> None:
        cells = self._cells(header, aligned)
        first = {k: v[0] for k, v in cells.items()}
        ytd, prev = parse_value(first.get("ytd")), parse_value(first.get("previous_year"))
        if ytd.empty and prev.empty:
            return
        in_range = first.get("in_range", "")
        notes = []
        if in_range and not re.fullmatch(r"yes|no|high|low", in_range, re.I):
            notes.append(in_range)
            in_range = ""
        for name, value in (("Year to date", ytd), ("Previous year", prev)):
            if value.placeholder or value.unparseable:
                notes.append(f"{name}: {value.text}")
        unit = ytd.unit or prev.unit
        self.out.activity.append(
            ActivityIndicator(
                ref=first.get("ref") or None,
                description=" ".join(first.get("description", "").split()),
                service_area=self.section.name,
                period=f"Year to date: {self.when[0]}" if self.when else "Year to date",
                period_date=self.when[1] if self.when else None,
                ytd_value=ytd.value,
                in_expected_range=in_range.title() or None,
                expected_upper=parse_value(first.get("upper")).value,
                expected_lower=parse_value(first.get("lower")).value,
                previous_ytd=prev.value,
                unit=unit,
                note="; ".join(notes) or None,
                page=row.page,
            )
        )

    def _notes(self) -> None:
        refs = {p.kpi.ref for p in self.out.kpis if p.kpi.ref}
        notes = ref_notes(self.items, refs)
        for parsed in self.out.kpis:
            note = notes.get(parsed.kpi.ref or "")
            if note:
                parsed.kpi.note = "; ".join(filter(None, [parsed.kpi.note, note]))


NOTE_NAMES = {
    "latest": "Latest",
    "ytd": "Year to date",
    "target": "Target",
    "floor": "Floor standard",
    "previous_year": "Previous year",
    "previous": "Previous",
}


def _set_values(kpi: Kpi, raw: dict[str, Value]) -> None:
    """Numbers into fields; placeholders ("Snapshot data", "New Indicator") into the note."""
    fields = {
        "latest": "latest_value",
        "ytd": "ytd_value",
        "target": "target",
        "floor": "floor_standard",
        "previous_year": "previous_year",
        "previous": "previous_value",
    }
    notes = []
    for role, name in fields.items():
        value = raw.get(role)
        if value is None:
            continue
        setattr(kpi, name, value.value)
        if value.placeholder:
            notes.append(f"{NOTE_NAMES[role]}: {value.placeholder}")
    latest = raw.get("latest")
    kpi.latest_text = latest.text if latest and latest.text else None
    units = [v.unit for v in raw.values() if v.unit]
    kpi.unit = units[0] if units else None
    if notes:
        kpi.note = "; ".join(filter(None, [kpi.note, *notes]))


def _first_value(roles: list[str | None]) -> str | None:
    return next((r for r in roles if r in ("latest", "ytd")), None)


def key_tables(items: list[Item]) -> list[str]:
    """A key printed as a table of two columns ("Green | Improving", "Amber | Stable"): each
    table's rows as one key line, "Green - Improving; Amber - Stable". Or a key of more
    columns giving each of its statuses a colour of its own, the old rating it replaces
    ("Improving | Target not met, but better than last year | was Amber"): its status and
    colour cells, "Improving - Amber" (``_coloured_rows``)."""
    pairs: dict[int, list[str]] = {}
    wider: dict[int, list[list[str]]] = {}
    for item in items:
        if isinstance(item, Row):
            cells = [" ".join(c.split()) for c in item.cells if c.strip()]
            if len(cells) == 2:
                pairs.setdefault(item.table, []).append(" - ".join(cells))
            elif len(cells) > 2:
                wider.setdefault(item.table, []).append(cells)
    keys = ["; ".join(rows) for rows in pairs.values() if len(rows) >= 2]
    return keys + [key for rows in wider.values() if (key := _coloured_rows(rows))]


# A cell naming a colour and little else: "Amber", "was Amber", "Previously Green".
COLOUR_CELL = re.compile(r"^(?:[A-Za-z]+\s){0,2}(?P<colour>green|amber|red)\W{0,2}$", re.I)
# A key names each of its statuses in a few words, no figures ("Not achieved"); the rows of a
# key give each colour once, so it has as many as the colours a rating may take.
KEY_WORD = re.compile(r"^[A-Za-z][A-Za-z '/-]*$")
MIN_KEY_ROWS = 2


def _coloured_rows(rows: list[list[str]]) -> str | None:
    """A table of three columns or more whose every row (its header row aside) gives a status
    of a few words its own colour in a cell of that colour alone, as one key line ("Achieved -
    Green; Improving - Amber"); a table whose rows repeat a colour (a dashboard's ratings) is
    no key."""
    body = rows[1:] if rows and not any(COLOUR_CELL.match(c) for c in rows[0]) else rows
    entries: dict[str, str] = {}
    for cells in body:
        if any(_dashboard_cell(c) for c in cells):
            return None
        coloured = [c for c in cells if COLOUR_CELL.match(c)]
        words = [c for c in cells if not COLOUR_CELL.match(c)]
        if len(coloured) != 1 or not words:
            return None
        word = words[0]
        if not KEY_WORD.match(word) or len(word.split()) > MAX_STATUS_WORDS:
            return None
        colour = COLOUR_CELL.match(coloured[0])
        entries[word] = colour.group("colour").lower() if colour else ""
    colours = list(entries.values())
    if len(entries) < MIN_KEY_ROWS or len(set(colours)) != len(colours):
        return None
    return "; ".join(f"{word} - {colour}" for word, colour in entries.items())


def _dashboard_cell(cell: str) -> bool:
    """A cell that is a figure or a measure's code alone ("97.2%", "HS4"): a dashboard's row
    prints one, a key's never (its meanings may mention a figure in words: "Within 5% of
    target")."""
    return bool(REF.match(cell)) or parse_value(cell).value is not None


def read_grid(items: list[Item]) -> Extracted:
    return GridReader(items).run()
