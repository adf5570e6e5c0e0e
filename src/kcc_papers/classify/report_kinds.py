"""Which kind of report a paper weighed as a report is: a performance report or a risk
register by its subject, its title or the tables at its head; a forward plan's cover report;
or a report still (one asking its meeting to decide on something else, a treasury report, an
audit opinion, a fund's investment returns)."""

from __future__ import annotations

import re

from kcc_papers.classify.bilingual_subjects import subject_label
from kcc_papers.classify.figureless_tables import rows_without_figures
from kcc_papers.classify.framework_titles import assesses_own_performance, names_indicator_set
from kcc_papers.classify.headers import (
    PERFORMANCE,
    PERFORMANCE_TITLED,
    RISK_REGISTER,
    RISK_SUMMARY_TITLE,
    RISK_TABLE_HEADER,
    kpi_headers,
)
from kcc_papers.classify.heads import _first_lines
from kcc_papers.classify.kpi_openings import opens_on_other_subject
from kcc_papers.classify.national_keys import rated_against_national
from kcc_papers.classify.progress_reports import progress_titled
from kcc_papers.classify.rated_tables import rated_table_at, reports_performance
from kcc_papers.classify.rating_keys import NOT_FINANCIAL, rated_against_targets
from kcc_papers.classify.risk_assessments import scored_risk_assessment
from kcc_papers.classify.spaced_titles import spaced_title_kind
from kcc_papers.classify.standard_keys import keyed_to_targets
from kcc_papers.classify.tender_evaluations import evaluates_tenders
from kcc_papers.classify.wrapped_risk_headers import wrapped_risk_headers
from kcc_papers.classify.wrapped_subjects import with_wrapped_tail
from kcc_papers.segment_starts.decision_headings import FORWARD_PLAN_TITLE, KEY_DECISIONS_NOTICE
from kcc_papers.segment_starts.header_labels import REPORT_LABEL, REPORT_LABEL_ROW


def _report_kind(head: str, own_head: str) -> str:
    """A report whose subject is a dashboard or a register is one: its "Subject:" line, or
    else its title among the first lines ("Corporate Risk Register - Quarter 4 update",
    "Agenda item 8: Council Plan Performance Scorecard"). The title lines are counted in
    ``own_head``, the head without its stamps: a stamp over the first line took a line's
    place and pushed the sixth, the title, out."""
    subject = _subject(head.splitlines())
    titles = subject.splitlines() if subject else [
        line for line in _first_lines(own_head, unlabelled=True).splitlines()
        if len(line) <= MAX_TITLE_CHARS]
    if any(PERFORMANCE.search(t) or re.search(r"dashboard|scorecard", t, re.I)
           or PERFORMANCE_TITLE.search(t) or PERFORMANCE_TITLED.search(t)
           or assesses_own_performance(t) for t in titles):
        return "performance_report"
    if any(RISK_REGISTER.search(t) for t in titles):
        return "risk_register"
    # (a summary of the risks by its title, unless the paper asks a decision on something
    # else: a decision's report may head a section of its first lines "Strategic risk
    # summary", unnumbered, as it would "Financial implications")
    if any(RISK_SUMMARY_TITLE.search(t) for t in titles) and not _asks_a_decision(head):
        return "risk_register"
    if spaced := spaced_title_kind(titles):
        return spaced  # a letter-spaced title's words run together (spaced_titles)
    # ... and one whose subject is a forward plan ("Title: Procurement Forward Plan 2028/29")
    # is the plan's cover report, the plan its appendix: a forward plan (round 13's r13c),
    # though it asks its meeting to approve the plan
    if subject and any(FORWARD_PLAN_TITLE.match(t) for t in titles):
        return "forward_plan"
    # A report asking its meeting to decide on something else (to approve a plan, to award a
    # contract) is that decision's report, whatever tables its sections hold: a plan's metrics,
    # a tender's risks are its evidence
    if _asks_a_decision(head):
        return "report"
    # ... or one titled as the plan ("Notice of Key Decisions: April to July 2026") whose own
    # appendix is the plan ("Appendix A - NOTICE OF KEY DECISIONS: ..."): the plan bound
    # under its cover report, which only notes it (r27h's borough cabinet); one asking a
    # decision is that decision's report, as any (r15d's "Procurement Update and Forward
    # Procurement Plan" asks approval)
    if any(_plan_title(t) for t in titles) and _plan_appendix(head):
        return "forward_plan"
    # ... and one asking none, titled by the national indicator set it reports the council's
    # position against ("Public Health Outcomes Framework: Annual Position"), reports performance
    if any(names_indicator_set(t) for t in titles):
        return "performance_report"
    # A treasury management report's indicators are the prudential limits its council set
    # ("Authorised limit for external debt | limit | actual | Status: Within limit"), which
    # the CIPFA code has it report on: its tables are its evidence, no service's measures
    if any(TREASURY_TITLE.search(t) or AUDIT_OPINION_TITLE.search(t) for t in titles):
        return "report"
    # ... and one that opens on its asks and prose of another subject, its KPI table in a
    # section of its own or an appendix, is a report: it does not open on the table (its
    # rating key, by the table, says no more: kpi_openings)
    table_at = _kpi_table_at(head)
    if table_at is not None and opens_on_other_subject(
            head, table_at, _ASK_LEAD.search(head, 0, table_at)):
        return "report"
    # ... and one whose head holds a rated table naming no measure's column, saying before
    # it that it reports performance or targets, is one (rated_tables)
    if table_at is None and (rated := rated_table_at(head)) is not None and (
            reports_performance(head[:rated]) and _measures_table(head, rated)):
        return "performance_report"
    # whatever its title calls it ("Key measures"), a report whose head holds a KPI table's
    # header is a performance report
    # (or says its measures are rated, keying green to a target met: rating_keys)
    if (table_at is not None or RATED_MEASURES.search(head) or rated_against_targets(head)
            or rated_against_national(head)  # (or to the national figure: national_keys)
            or keyed_to_targets(head)):  # (or "A standard is Green where ...": standard_keys)
        return "performance_report"
    # ... and one whose head holds a register's table ("Ref | Risk | Likelihood | Impact |
    # Score"), however its title calls it ("Financial risk assessment"), a risk register
    # (not the evaluation of a procurement, its bids scored: its risks are the contract's)
    # (a report asking to note what its register holds and to approve something else, "note
    # the counter fraud activity ... and approve the updated Anti-Fraud Strategy", is that
    # decision's report, its risks the evidence; a performance report asking to note its
    # measures and approve a write-off stays one: r25i, r26h)
    # (nor a programme's progress report, its risks one section of it: progress_reports)
    # (or its header's cells wrapped round its id's line, wrapped_risk_headers, in a paper
    # that asks nothing of its meeting: the register presented; a report asking its meeting
    # to note a review, its risks one section, is the review's report: r33a)
    if (RISK_TABLE_HEADER.search(head) or scored_risk_assessment(titles, head) or (
            _ASK_LEAD.search(head) is None and wrapped_risk_headers(head))) and (
            not evaluates_tenders(head)) and not _asks_a_decision(head, joined_asks=True) and (
            not progress_titled(titles)):
        return "risk_register"
    return "report"


# An appendix's heading and its title after a dash or colon: "Appendix A - NOTICE OF KEY
# DECISIONS: APRIL TO JULY 2026", "Annex 1: Forward Plan".
APPENDIX_TITLED = re.compile(
    r"^[^\S\n]*(?:Appendix|Annex)[^\S\n]+(?:[A-Z]|\d{1,2})[^\S\n]*[–—:.-][^\S\n]*"
    r"(?P<title>\S[^\n]*)$",
    re.I | re.M)


# A part of the plan or a pointer into it, not the plan: "Notice of Key Decisions reference
# KD/26/21" in a decision's report's head, "Appendix A - Forward Plan extract" (the entry of
# the decision the report asks for).
PLAN_PART = re.compile(r"\b(?:ref(?:erence)?|extracts?|excerpts?|entry|entries)\b", re.I)


# A sentence running on after a comma ("... the Forward Procurement Plan for 2027/28, as
# required by the Act"): a line of a report's prose wrapped, no title.
PROSE_RUN_ON = re.compile(r",\s+[a-z]")


def _plan_title(text: str) -> bool:
    """Whether ``text`` titles a forward plan or a notice of key decisions, the whole plan."""
    return bool(FORWARD_PLAN_TITLE.match(text) or KEY_DECISIONS_NOTICE.match(text)) and (
        not PLAN_PART.search(text)) and not PROSE_RUN_ON.search(text)


def _plan_appendix(head: str) -> bool:
    """Whether a report's head holds an appendix headed as a forward plan or a notice of key
    decisions: the plan itself, bound under the report."""
    return any(_plan_title(m.group("title")) for m in APPENDIX_TITLED.finditer(head))


# A report on the council's treasury management or its prudential indicators, by its title:
# "Treasury Management Mid-Year Review 2027/28", "Prudential Indicators - Quarter 2".
TREASURY_TITLE = re.compile(r"\bTreasury\s+Management\b|\bPrudential\s+Indicators\b", re.I)
# ... and so is the head of internal audit's annual opinion, by its title: "Internal Audit
# Annual Report and Opinion 2027/28", "Annual Internal Audit Opinion": the opinion the audit
# standards require, its tables (opinions given, the audit service's own measures) evidence
# of it. (A periodic "Internal Audit Progress Report" is not: it monitors the plan's delivery.)
AUDIT_OPINION_TITLE = re.compile(
    r"\bAnnual\s+(?:Report\s+and\s+)?(?:(?:Internal\s+)?Audit\s+)?Opinion\b", re.I)


# Where a report first says what it asks of its meeting: "Cabinet is recommended to: (a)
# approve ...", "It is recommended that the Committee: (a) notes ...", "I RECOMMEND that
# MEMBERS ENDORSE ...", "2.1 That the Board approves ...".
_ASK_LEAD = re.compile(
    # (or over its numbered asks, "The Committee is recommended:" over "2.1 To approve ...")
    r"\b(?:is|are)\s+(?:asked|recommended|requested|invited)(?:\s+to\b|[ \t]*:)"
    r"|\brecommend(?:s|ed)?\s+that\b"
    # (a recommendation's "That" is capitalised: "that" opening a line is a sentence wrapped)
    # (numbered, or lettered as a list's first point: "(a) That the contract be awarded")
    r"|^[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+|\(?[a-z]\)[ \t]+)?(?-i:That)\b",
    re.I | re.M)
# The ask runs to its clause's end (a list's next point, a sentence's stop), within this much.
ASK_CLAUSE_CHARS = 300
# (a list point's letter opening its line, "a. approves the agreement", is no sentence's stop:
# the points are the asks the lead opens, r25b's BCF report; nor is its number: "The Committee
# is asked to:" over "1. approve the Medium Term Financial Strategy ...")
_CLAUSE_END = re.compile(r"(?<!^[a-z])(?<!^\d)(?<!^\d\d)[;.](?:\s|$)", re.I | re.M)
# An ask's verb: a decision's ("approve", "award") or a review's ("note", "consider"; and
# "endorse", which asks for support of what the paper reports: "ENDORSE the actions taken").
# Endorsing recommendations ("endorse the following recommendations and refer them to
# Cabinet", a scrutiny review's) is the meeting's decision to make them its own.
_ASK_VERB = re.compile(
    r"\b(?:(?P<decide>approves?|awards?|adopts?|agrees?|authori[sz]es?|delegates?|accepts?|"
    r"endorses?\s+(?:the\s+)?(?:following\s+)?recommendations?\b|"
    # (or asks it to recommend a decision to the body that takes it: "recommends to Cabinet
    # an increase of £95,000 in the budget", "recommend to Council the revised fees"; not
    # "recommends to note", nor a note recommended to that body: "recommends to Council to
    # note the risks", "recommends to Full Council that it notes ...")
    r"recommends?\s+to\s+(?:the\s+)?(?-i:[A-Z])\w+"
    r"(?!(?:\s+(?-i:[A-Z])\w*)*\s+(?:to|that\s+(?:it|they))\s+not(?:e|es|ing)\b)|"
    # (or asked in the passive: "That the contract be awarded to ...")
    r"appoints?|be\s+(?:approved|awarded|adopted|agreed|authori[sz]ed|delegated|accepted|"
    r"appointed))\b|(?:not(?:e|es|ing)|reviews?|consider|scrutinis|comments?|receives?|"
    r"examines?|identif|monitors?|endors)\w*)", re.I)
# A decision on the paper's register or its measures ("approves the updated strategic risk
# register", "agrees the performance targets") is one on its table: the table is its subject;
# so is approving the monitoring report it is ("approves the Welsh Language Standards Annual
# Monitoring Report 2025/26 for publication").
# (a word joined to the next by a hyphen qualifies it: "the risk-based approach to
# maintenance" names an approach, no register)
_REGISTER_OR_MEASURES = re.compile(
    r"\b(?:risks?|registers?|performance|measures?|indicators?|KPIs?|PIs?|scorecards?|"
    r"dashboards?|metrics?|targets?|monitoring\s+reports?)\b(?![-‐])", re.I)


def _asks_a_decision(head: str, *, joined_asks: bool = False) -> bool:
    """Whether a report's first ask is a decision on something other than a register or
    measures: "approve the Market Sustainability Plan", "award the contract"; with
    ``joined_asks``, or a decision joined to a first ask to note by "and"."""
    lead = _ASK_LEAD.search(head)
    if lead is None:
        return False
    clauses = _CLAUSE_END.split(head[lead.end() : lead.end() + ASK_CLAUSE_CHARS], maxsplit=1)
    clause = clauses[0]
    verb = _ASK_VERB.search(clause)
    start = 0
    if joined_asks and verb and not verb.group("decide"):
        joined = _JOINED_DECISION.search(clause, verb.end())
        # (or joined past the first ask's end: "note the activity in the year; and (b)
        # approve the updated Policy", the next clause opening with its "and")
        if joined is None and len(clauses) > 1 and (
                joined := _JOINED_DECISION.match(nxt := clauses[1].lstrip())):
            clause = _CLAUSE_END.split(nxt, maxsplit=1)[0]
        if joined:
            # "note the counter fraud activity ... and approve the updated Anti-Fraud
            # Strategy": the second ask, joined to the first, is a decision; it is read on
            # its own
            start, verb = joined.start(), _ASK_VERB.search(clause, joined.end())
    if not (verb and verb.group("decide")):
        return False
    # what it decides on is the thing the verb names first: "approves the Business Plan
    # 2028/29 to 2032/33, including ... the revised key performance indicators" decides on a
    # plan that includes measures
    # (an aside between commas before it, "approves, for publication, the quarter 2 results",
    # says how or when, and its comma opens no list of what the verb names)
    named = clause[verb.end() :]
    aside = _LEADING_ASIDE.match(named)
    named_first = _OBJECT_END.split(named[aside.end() if aside else 0 :], maxsplit=1)[0]
    return not _REGISTER_OR_MEASURES.search(clause[start : verb.end()] + named_first)


# A second ask joined to a review's by "and", itself a decision: "... and approve the ...",
# "... and to approve ...", "...; and (b) approve ...".
_JOINED_DECISION = re.compile(
    r"\band\s+(?:\(?[a-z0-9]{1,2}\)\s+)?(?:to\s+)?"
    r"(?=(?:approve|award|adopt|agree|authori[sz]e|delegate|accept|appoint)s?\b|"
    r"recommends?\s+to\s+(?:the\s+)?(?-i:[A-Z]))", re.I)


# Where the thing an ask's verb names first ends: a comma, or what it is said to include.
_OBJECT_END = re.compile(r",\s|\s(?:including|incorporating)\s")
# An aside set between commas straight after the verb, before what it names.
_LEADING_ASIDE = re.compile(r"\A\s*,[^,]*,")


def _subject(lines: list[str]) -> str:
    """The report's "Subject:" (or a label cell "Subject" over its value on the next line,
    as a web page's label table reads; or the value's cell wrapped about its label's, read
    as its first line, the label, its last: "Performance Improvement: Statutory Indicators,"
    over "Report Title" over "Outturn 2026/27", each a line of the subject)."""
    for n, line in enumerate(lines):
        m = subject_label(line)  # (or a bilingual label's half: "Pwnc / Subject: ...")
        if m:
            value = m.group(2).strip()
            if value:
                return with_wrapped_tail(value, lines[n + 1] if n + 1 < len(lines) else None)
            around = [lines[k].strip() for k in (n + 1, n - 1)
                      if 0 <= k < len(lines) and (k > n or _wrapped_above(lines, n))]
            return "\n".join(s for s in around if s)
    return ""


def _wrapped_above(lines: list[str], n: int) -> bool:
    """Whether the line above a bare subject label at ``n`` may be its value's first line
    wrapped about it: not a header's row of its own ("Report of: Head of Performance"), nor
    the value of a bare label over it ("Report of" over "Head of Performance", a header
    printing each label over its value, the subject's too). (A cell's wrapped line may open
    with a label's word, "Committee Effectiveness Review,": a row's label is known by its
    colon here.)"""
    if REPORT_LABEL.match(lines[n - 1]):
        return False
    label = REPORT_LABEL_ROW.match(lines[n - 2]) if n >= 2 else None
    return not (label and not lines[n - 2][label.end("label") :].strip())


# A title naming performance and what it is measured by: "Quarter 3 performance: corporate
# measures", "Corporate Performance Indicators: Quarter 3".
# ... or performance for a quarter or a year: "Housing Services Performance - Quarter 3
# 2027/28", "Performance: Q2".
PERFORMANCE_TITLE = re.compile(
    r"\bperformance\b.*\b(?:measures?|indicators?|KPIs?|PIs?)\b"
    r"|\b(?:measures?|indicators?|KPIs?|PIs?)\b.*\bperformance\b"
    r"|\bperformance\s*[-–—:,]?\s+(?:Q[1-4]\b|quarter\s+(?:[1-4]|one|two|three|four)\b|"
    r"(?:first|second|third|fourth)\s+quarter\b|half[\s-]year\b|year[\s-]end\b)", re.I)
# A report that counts its measures by their ratings reports performance, its table perhaps
# an appendix of its own: "Of the twelve measures ... five are rated Green, five Amber and two
# Red", "3 indicators are rated red"; so does one rating the contracts it reviews ("Of the ten
# contracts reviewed, six are rated green"). The rating word alone counts where the measures
# are counted across their ratings ("Of the ten measures, 6 are Green, 2 Amber and 2 Red"):
# "are green" by itself is as often what a thing is ("the measures proposed are green roofs").
_RATING = r"(?:Green|Amber|Red)\b"
_COUNT = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|"
          r"all)\s+")
RATED_MEASURES = re.compile(
    r"\b(?:measures|indicators|KPIs|PIs|contracts|"
    + NOT_FINANCIAL  # (rating_keys: targets of money are a budget's)
    + r"targets)\b[^.]{0,120}?\b(?:(?:are|were|is)\s+rated\s+" + _RATING
    + rf"|{_COUNT}(?:are|were|is)\s+{_RATING}[\s,;]+(?:and\s+)?{_COUNT}(?:are\s+)?{_RATING})",
    re.I)
# ... and a table tracking the savings a budget counts on, however like a dashboard it is
# headed ("Ref | Saving | Directorate | Forecast Delivery £000 | RAG": a ref, a target and a
# rating), tracks money: its rows are what the budget saves, not measures of a service. The
# column after the ref names them, on the ref's line or (its cell wrapped) alone at the start
# of a header line above or below it.
# (each matched at a stripped line's start, never searched for: a search tried from each
# space of a long run read the rest of the run each time)
_SAVINGS_WORD = r"(?:Savings?|SAVINGS?|Efficienc(?:y|ies)|EFFICIENC(?:Y|IES))\b"
SAVINGS_AFTER_REF = re.compile(rf"(?:Ref(?:erence)?|REF|No\.|Code|ID)[ \t]+{_SAVINGS_WORD}")
SAVINGS_CELL = re.compile(_SAVINGS_WORD)
# A KPI table's header is read over this many lines from where it is found (it may be found a
# line above the one naming its ref column: see KPI_TABLE_HEADER); a header's wrapped cells
# make lines shorter than a line of prose (PROSE_LINE_CHARS), without a closing stop.
KPI_HEADER_LINES = 3
HEADER_CELLS_CHARS = 60


def _kpi_table(head: str) -> bool:
    """Whether ``head`` holds a KPI table's header that is no budget's savings tracker, nor a
    programme's budget monitor."""
    return _kpi_table_at(head) is not None


def _kpi_table_at(head: str) -> int | None:
    """Where ``head``'s first KPI table header is (see _kpi_table), None where it has none."""
    return next((at for at in kpi_headers(head) if _measures_table(head, at)), None)


def _measures_table(head: str, at: int) -> bool:
    """Whether the table header at ``at`` in ``head`` heads measures' figures: no budget's
    savings tracker, nor a programme's budget monitor, nor rows without figures."""
    lines = [s.strip() for s in head[at:].split("\n", KPI_HEADER_LINES)[:KPI_HEADER_LINES]]
    return not any(SAVINGS_AFTER_REF.match(s) or (
        SAVINGS_CELL.match(s) and len(s) < HEADER_CELLS_CHARS and not s.endswith("."))
                   for s in lines) and not _budget_monitor(head, at, lines) and (
        not rows_without_figures(head, at))


# A capital programme's monitor rates its schemes ("Code | Scheme | Budget 2027/28 | Spend to
# Q2 | Forecast outturn | Variance | RAG status"): its columns are each scheme's money, its
# budget and how spending moves against it, not a service's measures (and no indicator is named).
# (its column's heading capitalised as a cell's, not running on in lower case as a sentence's
# "the budget forecast" or a measure's "Budget holders reporting on time" does)
BUDGET_COLUMN = re.compile(r"\b(?:Budget|BUDGET)\b(?![^\S\n]+[a-z])")
BUDGET_MOVES = re.compile(r"\b(?:Variance|Forecast)\b", re.I)
MEASURE_COLUMN = re.compile(r"\b(?:indicators?|measures?|KPIs?|PIs?|metrics?)\b", re.I)


def _budget_monitor(head: str, at: int, lines: list[str]) -> bool:
    """Whether the KPI header at ``at`` (its ``lines``, and the line above, where a wrapped
    header's first cells may be) heads a budget's columns (see BUDGET_COLUMN)."""
    above = head[:at].rstrip("\n").rsplit("\n", 1)[-1] if at else ""
    header = "\n".join([above, *lines])
    return bool(BUDGET_COLUMN.search(header) and BUDGET_MOVES.search(header)
                and not MEASURE_COLUMN.search(header))


# A title is a line of a few words; a longer one is prose that may mention a register.
MAX_TITLE_CHARS = 100



# A pension fund's report on how its investments performed, by its title: "Investment
# Performance Report - Quarter ended 30 June 2027", "Investment Performance to 31 December",
# "Pension Fund Performance Report", "Investment Managers' Performance" (a fund of another
# kind, the Better Care Fund, reports its service's metrics against plans: not its money).
INVESTMENT_PERFORMANCE = re.compile(
    r"\b(?:Investment(?:\s+Managers?['’]?)?|Pension\s+Fund|Fund\s+Managers?['’]?)"
    r"\s+Performance\b", re.I)


def _investment_returns(head: str, title: str | None) -> bool:
    """Whether a paper titled a performance report reports a fund's investment returns (see
    INVESTMENT_PERFORMANCE) with no table of measures against targets in its head: the returns
    of its managers against their benchmarks are the fund's money, no service's measures (as a
    treasury report's indicators are not, TREASURY_TITLE); a report so titled rating measures
    ("Indicator | Target | ... | Status") reports performance still."""
    titles = title if title is not None else _first_lines(head)
    return bool(INVESTMENT_PERFORMANCE.search(titles)) and not (
        _kpi_table(head) or RATED_MEASURES.search(head))


