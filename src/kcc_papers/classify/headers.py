"""The patterns of what each kind says of itself and the table headers each kind prints.

Classify weighs them as clues (kcc_papers.classify.clues) and reads a report's kind from them
(report_kinds); the record readers look for the table headers as well (an agenda's table of
items, a table of decisions, a register's or a dashboard's header row), through
``kcc_papers.classify``.
"""

from __future__ import annotations

import re

from kcc_papers.normalise.needles import lowered
from kcc_papers.normalise.runs import AFTER_NO_BLANK_LINE as _AFTER_NO_BLANK_LINE
from kcc_papers.normalise.runs import LINE_START as _LINE_START

PERFORMANCE = re.compile(
    r"performance\s+(dashboard|report)|Key\s+Performance\s+Indicators|\bKPIs?\b.*\bRAG\b", re.I
)
# A title naming a report on performance, a word or two between: "Performance Monitoring
# Report", "Performance Dashboard", "Council Plan Scorecard".
# (or a plan's performance in a quarter, as a council's web page titles its results:
# "Council Plan performance: Quarter 2 2028/29")
PERFORMANCE_TITLED = re.compile(r"\bperformance\s+(?:[\w-]+\s+){0,2}(?:dashboard|report|"
                                r"scorecard|monitoring)\b|\bscorecard\b"
                                r"|\bperformance\s*[:–—-]\s*(?:Quarter\s+[1-4]|Q[1-4])\b",
                                re.I | re.M)
# An NHS body's Board Assurance Framework is its register of principal risks; a programme's
# "Risk Log" ("Risk and Issue Log", its issues kept beside its risks) is its register too.
RISK_REGISTER = re.compile(
    r"risk\s+register|risk\s+profile|Budget\s+Risks|Board\s+Assurance\s+Framework"
    r"|\brisks?\s+(?:and\s+issues?\s+)?log\b"
    # (a project board's "Risk and Issues Register", its risks and issues in one register)
    r"|\brisks?\s+and\s+issues?\s+register\b"
    # (a programme's "RAID Log", its risks, assumptions, issues and dependencies in one log:
    # a risk log with three more sections, as the "Risk and Issue Log" is with one)
    r"|\bRAID\s+log\b"
    # (a New Zealand or Australian council's strategic risks by their name there: "Top Risks
    # Report - November 2025")
    r"|\btop\s+risks\s+(?:report|register|profile|update)\b"
    # (or a combined authority's "Corporate Risk Report", the register's cover and its heat map
    # as one paper: a report of the body's own risks by their kind, as "Top Risks Report" is;
    # an "update" on them may be the cover of a register split off as its own paper, r11w)
    r"|\b(?:corporate|strategic|principal)\s+risks?\s+report\b", re.I)
# ... and a paper titled as a summary of them, its first words ("Strategic Risk Summary -
# December 2026"): the risks listed with their ratings and heat map, the register's content
# as the report's is (held-out round 35). Matched at a title line's start only: a report's
# section ("2. Strategic risk summary") is no title, whatever its words. The title may follow
# the paper's place in its pack ("Appendix A - ", "Agenda item 7: ") and a period ("Quarter 2
# Strategic Risk Summary"), or the other language's half of a bilingual title ("Crynodeb
# Risg Strategol / Strategic Risk Summary", as "Cofrestr Risg Gorfforaethol / Corporate Risk
# Register" is printed).
RISK_SUMMARY_TITLE = re.compile(
    r"(?:^|\s/)\s*(?:(?:appendix|annex|(?:agenda\s+)?item)\s+[A-Z0-9]{1,3}\s*[-–—:.]\s*)?"
    r"(?:(?:quarter\s+[1-4]|q[1-4])\s+)?(?:\d{4}(?:[-/]\d{2,4})?\s+)?"
    r"(?:corporate|strategic|principal)\s+risks?\s+summary\b", re.I)
# A risk card prints its id and its owner; two cards make a register even without a heading.
RISK_CARD = re.compile(r"\bRisk\s*(?:ID|Ref(?:erence)?|No\.?)\b[\s\S]{0,400}?\bRisk\s+Owner", re.I)
# The factors named in words, or by their letters alone as a column's heading ("L | I"), on a
# line that names the id column too: in any order, as registers print their columns. Or the
# id, the risk and its score ("No. | Risk | Current Score | Owner").
# "No" is the id column's only as "No." or set apart as a column ("No<tab>Risk"): "No risk
# rating available", "Risk score no change" are sentences.
_RISK_ID_CELL = (r"(?=[^\n]*?(?:^|(?<=\s))(?:Risk[ \t]*)?(?:Ref(?:erence)?|ID|No\.|"
                 r"No(?=\t|[ ]{2}|[ \t]*\||[ \t]*$))(?!\w))")
# A header line, not a sentence about the columns: no closing stop, no comma, no verb.
_NOT_PROSE = (r"(?![^\n]*[.;:,]\s*$)(?![^\n]*,\s)"
              r"(?![^\n]*\b(?:the|are|was|were|has|have|will)\b)")
RISK_TABLE_HEADER = re.compile(
    r"^(?=[^\n]{0,200}$)" + _NOT_PROSE + _RISK_ID_CELL +
    r"(?:(?=[^\n]*?(?:\b(?:Likelihood|Probability|Prob)\b|(?<!\S)(?-i:[LP])(?!\S)))"
    r"(?=[^\n]*?(?:\b(?:Impact|Severity|Consequence)\b|(?<!\S)(?-i:[IC])(?!\S)))"
    r"|(?=[^\n]*?\bRisk(?:\s+(?:title|description|name))?(?:\t|\s{2,}|\s*\||\s+(?=\S)|\s*$))"
    r"(?=[^\n]*?\b(?:Score|Rating|[LI]\s*x\s*[IL])\b))", re.I | re.M)
# A dashboard's header line: the indicator column, a target and a value or rating, in any
# order and in any of their families' words ("Ref | Measure | Aim | Q3 result | BRAG"); not
# a sentence about them.
_KPI_HEADER_ANY_ORDER = (
    r"^(?=[^\n]{0,200}$)" + _NOT_PROSE +
    r"(?=[^\n]*?\b(?:indicators?|measures?|KPIs?|(?:BV)?PIs?)\b)"
    r"(?=[^\n]*?\b(?:target|tgt|aim|goal)\b)"
    r"(?=[^\n]*?\b(?:actual|outturn|result|performance|latest|current|value|achieved|Q[1-4]|"
    r"B?RAG|status|rating)\b)")
# A KPI table's header row: the indicator's column first ("Ref", "PI code", "Indicator",
# "Measure"), then a target or status column and a value column (a period, the latest figure,
# a baseline), names capitalised as headers print them. The header may be printed over two or
# three lines (a group's year over its columns, a PDF cell wrapped), so the line that opens with
# the indicator's column and the lines either side of it are read together. A register's header
# (risk, likelihood, impact) is the register's.
_KPI_WINDOW = r"[^\n]*(?:\n[^\n]*){0,2}"
# A label and its value ("Status: For information", "Target date: 31 Mar 2026") is a field of
# a report's head, not a column's name: such lines of the window are not read as the header.
_LABEL_LINE = r"[ \t]*(?:[\w.()/&'’-]+[ \t]+){0,3}[\w.()/&'’-]+:[ \t]+\S"
# The window's lines one at a time, the label lines passed over.
_KPI_HEADER_LINE = rf"(?:[^\n]*\n){{0,2}}(?!{_LABEL_LINE})"
# (a column headed with a word before "rating" in lower case, "Our rating", "Overall rating",
# "Performance rating", rates its rows as "Rating" does; the words on one line, a header cell's.
# A "Credit rating" is an agency's of a borrower, a "Risk rating" a register's: neither rates
# a measure)
_RATING_NAMED = r"(?!Credit\b|Risk\b)[A-Z][a-z]+[ \t]+rating"
_KPI_TARGET = (r"\b(?:[Tt]arget|RAG|Status|Rating|" + _RATING_NAMED
               + r"|Assessment|[Aa]im|[Gg]oal)\b")
# (a month's column named whole with its year, "October 2025 (mins)", is a period's as "Oct"
# is: held-out r25b's ambulance standards; the year required, a month's name alone being as
# often a date in a heading)
_MONTH_YEAR = (r"\b(?:January|February|March|April|June|July|August|September|October|"
               r"November|December)[ \t]+20\d\d\b")
_KPI_VALUE = (r"(?:\b(?:Latest|Actual|Outturn|Current|Baseline|Value|Q[1-4]|Quarter|Qtr|YTD|Jan|"
              r"Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b20\d\d/\d\d\b|"
              + _MONTH_YEAR + ")")
# A year alone as the value's column, straight after the indicator's ("Indicator | 2028 |
# Compared with | Our rating": a State of the County's tables of the year's figures); elsewhere
# a bare year is a date's or a heading's, no column.
_KPI_YEAR_VALUE = (r"\b(?i:indicators?|measures?|metrics?)[ \t|]+(?:19|20)\d\d\b"
                   r"(?![ \t]*[/-][ \t]*\d)")
# (a Best Value Performance Indicator's code column, "BVPI", as English councils headed it in
# 2000-2008: the indicator's column as "PI" is)
_KPI_OPENER = r"\b(?:Ref(?:erence)?|Code|No\.|(?i:Indicator|Measure|Metric)|KPIs?|(?:BV)?PIs?)\b"
# A header line parts its columns (a tab, a run of spaces, a rule) or names several of them:
# the line naming the target or status column names another column too, or is set in columns.
_KPI_COLUMNS = (rf"(?:[^\n]*?(?:\t|[ ]{{3}}|\|)|[^\n]*?(?:{_KPI_TARGET}|{_KPI_VALUE}|{_KPI_OPENER})"
                rf"[^\n]*?(?:{_KPI_TARGET}|{_KPI_VALUE}|{_KPI_OPENER}))")
# An action tracker's header names its actions' column ("Ref | Priority | Action | Lead | Due |
# Status"): its status is each action's progress, its dates when each is due, no measure's value.
# Its rows are the actions, so their column comes before the status's. A dashboard's "Action"
# column, beside its indicator's or after its target and value ("Ref | Description | Target |
# Q3 Actual | RAG | Action"), is the remedy for a measure off target.
# (the words before the column read one at a time, each tried against the target's and the
# value's: a word is passed once, linear)
_ACTIONS_TRACKED = (r"(?!(?![^\n]*\b(?i:indicators?|measures?|metrics?|KPIs?|PIs?)\b)"
                    rf"(?:(?!{_KPI_TARGET}|{_KPI_VALUE})[^\n])*\b[Aa]ctions?\b)")
_KPI_HEADER_OVER_LINES = (
    rf"^(?=(?:[^\n]*\n)?(?!{_LABEL_LINE}){_ACTIONS_TRACKED}[ \t]*(?:[A-Z][\w.]*[ \t]+){{0,2}}?"
    # (not a sentence: a header line ends in no full stop)
    # (a tracker's header, its recommendations' column beside their status, tracks actions:
    # "Ref | Recommendation | Lead officer / target | Status", measuring nothing)
    rf"{_KPI_OPENER}(?![^\n]*\b(?:Risks?|Recommendations?)\b)(?![^\n]*\.[ \t]*$)"
    r"[^\n]{0,200}$)"
    rf"(?!{_KPI_WINDOW}\b(?:Likelihood|Impact|Probability)\b)"
    rf"(?={_KPI_HEADER_LINE}(?=[^\n]*?{_KPI_TARGET}){_KPI_COLUMNS})"
    rf"(?={_KPI_HEADER_LINE}[^\n]*?(?:{_KPI_VALUE}|{_KPI_YEAR_VALUE}))")
# Either reading: a dashboard's header
# in any column order on one line, or one opening with the indicator's column over up to three.
KPI_TABLE_HEADER = re.compile(f"(?i:{_KPI_HEADER_ANY_ORDER})|{_KPI_HEADER_OVER_LINES}", re.M)
# Words KPI_TABLE_HEADER cannot match a line start without (its matches are empty, so a
# clue's ``needs`` cannot be held to them): the any-order reading needs an indicator's word
# and a target's on its line (in any case: ``lowered``), the reading over lines its opener,
# as printed, on its line or the next.
_ANY_ORDER_INDICATORS = ("indicator", "measure", "kpi", "pi")
_ANY_ORDER_TARGETS = ("target", "tgt", "aim", "goal")
_OPENERS_PRINTED = ("Ref", "Code", "No.", "KPI", "PI")
_OPENERS_ANY_CASE = ("indicator", "measure", "metric")


def kpi_header_starts(text: str) -> list[int]:
    """The line starts of ``text`` where KPI_TABLE_HEADER may match (every match is empty and
    at a line start): the lines holding the words it needs. Its lookaheads tried at every line
    of a long head cost more than a look for those words in each line."""
    lines = text.split("\n")
    low = lowered(text).split("\n")  # (lower case keeps the line breaks where they are)
    opens = [any(w in line for w in _OPENERS_PRINTED) or any(w in lo for w in _OPENERS_ANY_CASE)
             for line, lo in zip(lines, low, strict=True)]
    opens.append(False)
    starts, at = [], 0
    for i, (line, lo) in enumerate(zip(lines, low, strict=True)):
        if opens[i] or opens[i + 1] or (any(w in lo for w in _ANY_ORDER_INDICATORS)
                                        and any(w in lo for w in _ANY_ORDER_TARGETS)):
            starts.append(at)
        at += len(line) + 1
    return starts


def kpi_headers(text: str) -> list[int]:
    """Where KPI_TABLE_HEADER matches ``text`` (as its ``finditer`` gives them), tried only at
    the line starts that hold its words."""
    return [at for at in kpi_header_starts(text) if KPI_TABLE_HEADER.match(text, at)]
RESOLVED = re.compile(r"\bRESOLVED\b|\bResolved\s+that\b", re.I)
# A column header over the items that names only the number and the page columns: "Item
# Page" (the title's column unnamed); under it a row's last column is its page range.
PAGE_COLUMN_HEADER = re.compile(r"^\s*(?:Agenda\s+)?(?:Item|No\.?)(?:\s+No\.?)?\s+Pages?\s*$",
                                re.I)
# A line's start inside a run of blank lines is no start for the patterns below that open on
# "^\s*" and end on a word (TIMED_ITEM, DATED_AGENDA, two of CLUES): the run's first line start
# (up to BLANK_LOOKBACK spaces before its next) read the same from there, and a run of blank
# lines is read once, not from each of its lines (1,000 blank lines took a second). No match
# of theirs ends inside such a run, so the first line start of one is always tried.
# ... and for a pattern whose match may end inside such a run ("\s*$" ends it before the run's
# last line break): a line start is skipped only with two more of the run's line breaks after
# it, so the place such a match ends, and the line start after it, are still tried.
_LINE_START_BEFORE_RUN_END = rf"^(?:(?![^\S\n]*\n[^\S\n]*\n)|{_AFTER_NO_BLANK_LINE})"
# The header row of a table of decisions: "Item / Subject / Decision", "No. Title Decision taken".
DECISION_TABLE_HEADER = re.compile(
    _LINE_START_BEFORE_RUN_END + r"\s*(?:Item|No\.?|Ref(?:erence)?|Minute)\b[^\n]{0,60}\b"
    r"(?:Decisions?(?:\s+(?:taken|made))?|"
    # ... perhaps with a few short columns after it ("Key decision", "Call-in")
    r"Resolutions?|Outcome)(?:\s+[\w?-]+){0,4}\s*$", re.I | re.M)
# A timed agenda's row: a time of day, an item's ref, a title (three such rows make one).
TIMED_ITEM = re.compile(_LINE_START + r"\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\s+[A-Z]{0,4}\s?"
                        r"\d{1,3}(?:\.\d{1,2})?[.)]?\s+[A-Z]", re.M)
TIMED_ITEMS_MIN = 3
# Each branch opens with its letter, the capitals' word boundary looked back for after it (as
# "\bRECOMMENDATIONS?\b" reads): the engine then skips to an "R" or a "C" of a whole text.
RECOMMEND = re.compile(
    r"R(?:ecommendations?(\(s\))?\s*:|(?<!\wR)ECOMMENDATIONS?\b)|Cabinet\s+is\s+asked")
