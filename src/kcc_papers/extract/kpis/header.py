"""Which row of a table is a dashboard's header, and the roles of its columns: read from the
names (``columns``), then settled against the row below where the names alone leave it open (a
subject column as the ref, an area's own figure beside a comparator, a budget's table that is
no dashboard)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.kpis.columns import period_of, periods_beside_values, role_of
from kcc_papers.extract.kpis.common import REF
from kcc_papers.extract.kpis.heading_years import (
    BARE_YEAR,
    _heading_year,
    _past_periods,
    year_groups,
)
from kcc_papers.extract.kpis.layout import Row, is_wordy
from kcc_papers.extract.kpis.no_dashboards import (
    LIMIT_HEADING,
    TARGET_WORD,
    _budget_table,
    _limits_table,
    budget_heading,
)
from kcc_papers.extract.kpis.rag import Rag, parse_rag
from kcc_papers.extract.kpis.rated_figure import _own_figure, _rated_by_subject
from kcc_papers.extract.kpis.so_far import (
    earlier_quarters_as_previous,
    past_outturn_as_previous,
    plan_as_target,
)
from kcc_papers.extract.kpis.spans import span_beside_periods
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.extract.kpis.twice import named_twice
from kcc_papers.extract.kpis.word_years import word_year_series

# The header's years, the tables that are no dashboard and the figure a rated table rates
# are read apart (heading_years, no_dashboards, rated_figure); the names other modules and
# the tests import from this one stay importable here.
__all__ = ["AGGREGATE_COLUMN", "BARE_YEAR", "LIMIT_HEADING", "RATED_VALUE", "Header",
           "_heading_year", "budget_heading", "codes_as_ref", "read_header",
           "split_rating", "status_column", "subject_names_each_row", "subject_ref"]

# (a comparison with a comparator, "Compared with England", rates a measure as a target does,
# though no rating of the council's own: the measures are KPIs, unrated)
KPI_ROLES = {"target", "floor", "rag", "comparison"}
ACTIVITY_ROLES = {"ytd", "in_range", "upper", "lower", "previous_year"}


@dataclass(slots=True)
class Header:
    kind: str  # "kpi" or "activity"
    labels: list[str]
    roles: list[str | None]

    def index(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def read_header(cells: list[str], below: list[str] | None = None) -> Header | None:
    """The header a row of cells reads as; ``below``: the table's next row, where known (see
    ``year_groups``)."""
    printed = [role_of(c) for c in cells]  # each column's role by its name alone
    roles = periods_beside_values(cells, printed)
    # beside a column named "Target", a "Standard" is no target but perhaps the measure's
    # name ("Ref | Standard | Target | Q1 | Rating"): unnamed, for the row below to tell
    roles = _named_target(cells, roles)
    # "Ref | Standard | 2027/28 | Standard | Result": a heading printed twice, and a result
    # in words, told by the row below
    roles = named_twice(cells, roles, below)
    # a return's plan and actual for the year so far, earlier quarters beside them
    roles = earlier_quarters_as_previous(cells, plan_as_target(cells, roles))
    # a closed year's outturn beside the year so far measured against its target
    roles = past_outturn_as_previous(cells, roles)
    # a span's figure beside single months ("24 months to August") is no period of them
    roles = span_beside_periods(cells, roles)
    # "Canvass 2030 | Canvass 2031": one word's years, value columns
    roles = word_year_series(cells, roles)
    if "description" not in roles and below is not None:
        roles = _rated_by_subject(cells, roles, below)
    elif below is not None:
        roles = _own_figure(cells, printed, roles, below)
    if "description" not in roles or year_groups(cells, below):
        return None
    roles = _aggregate_as_latest(cells, roles)
    found = set(roles)
    rated = bool(found & KPI_ROLES) and ("latest" in found or "ytd" in found)
    if rated or _period_series(cells, roles):
        kind = "kpi"
    elif found & ACTIVITY_ROLES:
        kind = "activity"
    else:
        return None
    # (asked last: every row of every table is asked whether it is a header, few are one)
    if _budget_table(cells, roles, below) or _limits_table(cells, roles, below):
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
    if kind == "kpi":
        roles = _year_to_date_as_latest(cells, roles)
    desc = roles.index("description")
    # An unnamed column straight after the description holds the activity value.
    if kind == "activity" and desc + 1 < len(roles) and not cells[desc + 1].strip():
        roles[desc + 1] = "ytd"
    return Header(kind, cells, roles)


# The column a partnership's table prints beside one column per partner for the whole of
# them ("Ashdown | Brackley | Shared service | RAG"): the figure the target and the rating
# are for, where no column is named as the latest.
AGGREGATE_COLUMN = re.compile(r"^\s*(?:shared\s+service|partnership|combined|overall|joint|"
                              r"all\s+(?:councils|partners|authorities))\s*$", re.I)


def _aggregate_as_latest(cells: list[str], roles: list[str | None]) -> list[str | None]:
    if "latest" in roles or "ytd" in roles or not set(roles) & KPI_ROLES:
        return roles
    named = [i for i, c in enumerate(cells) if roles[i] is None and AGGREGATE_COLUMN.match(c)]
    if len(named) != 1:
        return roles
    return [("latest" if i == named[0] else r) for i, r in enumerate(roles)]


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


def subject_ref(header: Header) -> int | None:
    """The ref column read from a subject's name (``_subject_as_ref``), if the header has one."""
    at = header.index("ref")
    return at if at is not None and SUBJECT.match(header.labels[at]) else None


def subject_names_each_row(header: Header, rows: list[list[str]]) -> Header:
    """A subject column is its rows' ref only where it names every row of its table, no two
    alike: a theme over several indicators ("Housing" beside both re-let days and rent
    collected, or printed once over them) groups them, and as their ref would make them one
    indicator (a KPI is known across papers by its council and ref). ``rows``: the table's
    rows under the header."""
    at = subject_ref(header)
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


def _year_to_date_as_latest(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A rated dashboard whose one figure column is the year so far ("Code | Measure | Target
    | YTD 2027/28 | Status"): that figure is each row's latest, the one its status rates. So
    are its figure columns of the year so far at several periods ("YTD Q2 | YTD Q3"), each
    naming its period: the last period's figure is the latest, as of a series of periods."""
    if "latest" in roles:
        return roles
    so_far = [i for i, r in enumerate(roles) if r == "ytd"]
    if len(so_far) > 1 and any(period_of(cells[i]) is None for i in so_far):
        return roles
    return ["latest" if r == "ytd" else r for r in roles]


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
        if (role in (None, "target") or _figure_unprinted(header, i, cell)) and not re.search(
                r"\d", cell) and not POLARITY.search(cell) and status_rag(cell, key, fill):
            roles = list(header.roles)
            roles[i] = "rag"
            return Header(header.kind, header.labels, roles)
    return header


def _figure_unprinted(header: Header, i: int, cell: str) -> bool:
    """A column named as a figure of no period ("Performance") beside another value column,
    whose cell prints nothing: it rates the row by its fill, as a status column does (the
    figure is the other column's)."""
    label = header.labels[i]
    return (header.roles[i] == "latest" and not cell.strip()
            and sum(r in ("latest", "ytd") for r in header.roles) > 1
            and period_of(label) is None and _heading_year(label) is None)


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
# (The figure's end read once from its last digit: "[^\s(]*" after any digit, each read to the
# same end again, and "\s*\(?\s*" splitting a run of spaces took seconds on a cell of a
# thousand digits. The same values: the figure ends where a digit is the last of the digits,
# spaces and brackets before it.)
RATED_VALUE = re.compile(r"^(?P<value>.*\d[^\s(\d]*)\s*+\(?\s*(?P<rag>[RAG]|red|amber|green)"
                         r"\s*\)?$", re.I)


def split_rating(cell: str) -> tuple[str, str | None]:
    """The figure and the rating printed after it in the same cell, if one is."""
    m = RATED_VALUE.match(cell)
    if m and parse_rag(m.group("rag")):
        return m.group("value").strip(), m.group("rag")
    return cell, None
