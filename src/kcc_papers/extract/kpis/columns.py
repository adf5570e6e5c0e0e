"""What a dashboard's column heading names: its role ("ref", "description", "latest", "target",
"rag" ...) read from its words, in either language where it prints two, and the period a column
of one period among several is for. The grid, card and tile readers all know columns by these
names, never by their order."""

from __future__ import annotations

import re
from functools import lru_cache

from kcc_papers.extract.kpis.periods import AT_DATE_LEAD, MONTH_STEMS
from kcc_papers.normalise.bilingual import header_parts

# A column named by a month alone ("Nov | Dec | Jan"), spelt out or cut short, never a word that
# merely starts like one ("Decision", "Mayor").
BARE_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A day of a month ("30 Jun", "31st March").
DAY_MONTH = r"\d{1,2}(?:st|nd|rd|th)?\s+" + BARE_MONTH
# A day of a month of a year ("30 Jun 2026", "31st March 2026").
DAY_MONTH_YEAR = DAY_MONTH + r",?\s+\d{4}"
# A school year's term, as a schools forum's dashboard names its periods ("Spring term 2026"),
# or a music hub's by its season and year alone ("Autumn 2026": the term, one of three).
SCHOOL_TERM = r"(?:autumn|spring|summer)\s+(?:term\b|(?:19|20)\d\d\b)"
# A year ("2029/30", "2030-31", "2030"), and the state of a year's figure: the closed year's
# final one, or the year so far ("2032/33 to date": the year's figure so far, the latest,
# beside a closed year's "2031/32 outturn" that is last year's: held-out r33h).
_YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
_YEAR_STATE = r"(?:final|in[\s-]year|provisional|to\s+date)"
# A budget of a quantity a council holds itself to, not of money: a carbon budget, the tonnes of
# carbon dioxide equivalent its emissions may come to in a year, is the target they are rated
# against, no budget monitor's sum ("Carbon budget 2026/27", "Emissions budget (tCO2e)"). One
# whose heading names money ("Carbon budget (£000)", a climate programme's money) is a sum.
QUANTITY_BUDGET = re.compile(
    r"^(?!.*£).*\b(?:carbon|emissions?|co2e?|ghg|greenhouse\s+gas)\s+budget\b", re.I)
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
    # ("How are we doing?": a plain-English report's rating column, asking what its words
    # answer, as "On track?" does)
    ("rag", re.compile(r"\bB?RAG\b|\bstatus\b|^rating$|^how\s+are\s+we\s+doing\??$", re.I)),
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
    # a budget of a quantity, not of money ("Carbon budget 2026/27"): the level emissions are
    # held to, a target (``QUANTITY_BUDGET``)
    ("target", QUANTITY_BUDGET),
    ("floor", re.compile(r"\bfloor\b", re.I)),
    # "Standard", "National standard": the level the NHS and other regulators set, a target
    # (named after "floor", whose "Floor Standard" is not one), as is the level a contract or
    # a service sets its provider ("Contract standard", "Service standard"); "Plan" and
    # "Trajectory", the level an NHS body's operating plan commits to for the period
    ("target", re.compile(r"^(?:national\s+|constitutional\s+|operational\s+|contract(?:ual)?\s+"
                          r"|service\s+|minimum\s+)?standard$"
                          # "Standard level": the level each row's standard sets
                          r"|^standard\s+level$"
                          r"|^(?:operational\s+)?plan$|^trajectory$", re.I)),
    ("ytd", re.compile(r"year\s+to(\s+date)?|\bYTD\b", re.I)),
    # the figure compared with a comparator's ("Compared with England", "Comparison to
    # benchmark": "Better | Similar | Worse"), a statistical finding, not the council's rating
    ("comparison", re.compile(r"^(?:compared|comparison)\s+(?:with|to)\b", re.I)),
    # a figure to compare with, never the indicator's own ("Baseline 2023/24", "SN average",
    # "England", "Comparator (actual)"): named before the value columns' words can claim it
    ("comparator", re.compile(r"baseline|comparator|benchmark|\bSN\b|neighbours?|"
                              r"^(?:england|national|regional|wales|scotland|family\s+group|"
                              r"CIPFA|similar\s+councils?)\b", re.I)),
    ("latest", re.compile(
        # "12 months to Dec 2025": a rolling year's figure, named by its last month
        # "Delivered 2026/27": what a programme or its contractors delivered (a social
        # value report's), as "Achieved"
        r"latest|year\s+end|current|\bmonths\s+to\b|^value$|^(?:achieved|delivered)$|"
        r"^(?:rolling|last)\s+\d+\s+months$|"
        # "Quarter 3", "Qtr 3", "Month 9", "Period 9", "P9": one period of several
        r"^(?:quarter|qtr\.?|month|period)\s*\d{1,2}\b|^P\d{1,2}$|^(month|quarter)$|outturn|"
        # "Half year 2026/27", "Mid-year", "H1": the half year, one period of two
        r"^(?:half|mid)[\s-]*year\b|^H[12]\b|"
        # "Summer term 2026": a school year's term, one period of three
        r"^" + SCHOOL_TERM + "|"
        r"forecast|actual|result|^perf\.?$|"
        # "2029/30 final", "2030/31 (in-year)", "In-year 2030/31": a year's figure named by
        # its state, before or after the year, the closed year's final one or the year so far
        # (an FE college's in-year indicators): an earlier year's is last year's
        # (``_past_periods``)
        r"^" + _YEAR + r"\s+\(?" + _YEAR_STATE + r"\)?$|^" + _YEAR_STATE + r"\s+" + _YEAR + "$|"
        r"^performance$|"
        # "Where we are now": a plain-English report's current figure, as "Current" is, with
        # the period it covers or its unit in brackets, as a year's column prints its months
        # ("Where we are now (June 2026)", "Where we are now (%)")
        r"^where\s+we\s+are(?:\s+now)?(?:\s*\([^()]*\))?$|"
        # a column named by its year alone ("2024/25 | 2025/26"), or with the months it
        # covers in brackets ("2026/27 (Apr-Jan)", the year so far): the latest year's is the
        # value, an earlier one last year's (``_past_periods``)
        r"^(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s*\(\s*(?:" + MONTH_STEMS + r")[a-z]*\.?"
        r"\s*(?:[-–]|to)\s*(?:" + MONTH_STEMS + r")[a-z]*\.?\s*\))?$|"
        r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:[-–]|to)\s*"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*\d{2,4})?$|this\s+"
        r"(month|quarter|year)|^Q[1-4]\b|^\d{4}/\d{2}\s+Q[1-4]$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
        r"[\s-]+\d{2,4}$|^" + BARE_MONTH + "$|"
        # "30 Jun 2026", "As at 31 December 2026", "Position at 30 Sep 2029": the position at
        # a date, one of several (a target's or a baseline's at a date is known by its word,
        # above)
        r"^" + AT_DATE_LEAD + DAY_MONTH_YEAR + "$|"
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
    rf"|(?:half|mid)[\s-]*year\b|H[12]\b|{SCHOOL_TERM}|{AT_DATE_LEAD}{DAY_MONTH_YEAR}\s*$)"
    rf"|^.*\bmonths\s+to\s+{_MONTH}|^.*\bto\s+Q[1-4]\b",
    re.I,
)


def period_of(label: str) -> str | None:
    """The period a column of one period among several names, in either language where the
    heading prints two ("C3 / Q3")."""
    for part in header_parts(label):
        if PERIOD_COLUMN.match(part):
            return part
        # a period named after the value's word, as a group over its periods makes it
        # ("Actual" over "Q1 | Q2": "Actual Q1")
        # (a forecast for a period is no figure for it: "Actual Q3 | Forecast Q4")
        tail = GROUPED_PERIOD.search(part)
        if tail and not FORECAST_WORD.match(part):
            return tail.group(0).strip()
    return None


# A quarter, month or period after a value column's word: "Actual Q3", "Result Quarter 2".
GROUPED_PERIOD = re.compile(
    r"(?<=[A-Za-z])\s(?:Q[1-4]|(?:quarter|qtr\.?|month|period)\s?\d{1,2})$", re.I)
# A column of what a period is expected to bring, not what it brought.
FORECAST_WORD = re.compile(r"^\s*(?:forecast|projected|projection)\b", re.I)


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


# The unit a column's figures are in, bracketed after its name ("October 2025 (mins)", "Q3
# (days)"): the column is known by its name without it, when not with it. (Money is left be:
# "Value (£)" is a contract's or a budget's, no measure's figure.)
UNIT_TAIL = re.compile(r"\s*\(\s*(?:%|mins?|minutes|hrs?|hours|days|weeks|secs?|seconds|"
                       r"no\.?|number)\s*\)\s*$", re.I)


# A column of dates ("Baseline date", "Forecast date", "Due date": a milestone's): its cells
# are days and months, no figure, whatever its other words name ("forecast"). A figure so
# far is named by its date's words, no date of its own ("Year to date", "Spend to date").
DATE_HEADING = re.compile(r"\bdates?\s*$", re.I)
SO_FAR_TO_DATE = re.compile(r"\bto\s+date\s*$", re.I)


def _role(label: str, roles: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    if DATE_HEADING.search(label) and not SO_FAR_TO_DATE.search(label):
        return None
    # a heading in two languages ("Cyf / Ref") is known by either half; a column under a
    # period's group by its own words first ("Quarter 3 2025/26 Rating" is a RAG), or one
    # naming its period after its words by those ("Plan Q2", "Ambition 2027")
    for part in header_parts(label):
        for words in dict.fromkeys((PERIOD_LEAD.sub("", part), part, PERIOD_TAIL.sub("", part),
                                    UNIT_TAIL.sub("", part))):
            role = next((name for name, rx in roles if rx.search(words)), None)
            if role:
                return role
    return None


def periods_beside_values(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A period column names each row's period only beside another column of the latest
    figures; without one, it is read as its heading's words say otherwise (its figures the
    latest: "Latest period"; or no role: "Period")."""
    if "period" not in roles or "latest" in roles or "ytd" in roles:
        return roles
    return [_role(c, FIGURE_ROLES) if r == "period" else r
            for c, r in zip(cells, roles, strict=True)]
