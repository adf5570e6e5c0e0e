"""Which kind of paper a document is, weighed from the clues in its title, head and text.

The kind its heading names (segment_starts) is one clue among them: a document whose
evidence is too thin is OTHER (see the note over the clues), and a report whose subject is a
dashboard or a register is a performance report or a risk register. The table headers each
kind prints are here too, as the record readers look for them as well.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kcc_papers.normalise import moderngov
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.needles import lowered
from kcc_papers.normalise.runs import AFTER_NO_BLANK_LINE as _AFTER_NO_BLANK_LINE
from kcc_papers.normalise.runs import LINE_START as _LINE_START
from kcc_papers.segment_starts.appendices import TABLED_PAPER, TABLED_WORDS
from kcc_papers.segment_starts.header_labels import REPORT_LABEL, REPORT_LABEL_ROW
from kcc_papers.segment_starts.heading_kinds import (
    BODY_NOTES,
    FORWARD_PLAN_TITLE,
    ISSUE_DETAILS,
    KEY_DECISIONS_NOTICE,
    MINUTES,
    OTHER,
    RECORD_OF_DECISION,
    SUBJECT,
    TYPESET_KINDS,
)
from kcc_papers.segment_starts.item_stamps import ITEM_STAMP
from kcc_papers.segment_starts.layout import _other_languages
from kcc_papers.segment_starts.report_heads import PRESENTED_TO
from kcc_papers.segment_starts.web_pages import AGENDA_ITEM_MINUTES

# A line printing two languages parted by a stroke ("Presennol / Present:").
BILINGUAL_LINE = re.compile(r"^.*\S\s+/\s+[A-Z].*$", re.M)
# What every such line holds: a stroke with space either side.
_STROKE = re.compile(r"\s/\s")


def _each_language(text: str) -> str:
    """``text`` with each bilingual line followed by its later halves as lines of their own,
    so a clue anchored at a line's start ("Present:", "The meeting ended at") reads every
    language of it."""
    if not _STROKE.search(text):  # most documents: no line to part
        return text
    return BILINGUAL_LINE.sub(
        lambda m: "\n".join([m.group(0), *_other_languages(m.group(0))]), text)


PERFORMANCE = re.compile(
    r"performance\s+(dashboard|report)|Key\s+Performance\s+Indicators|\bKPIs?\b.*\bRAG\b", re.I
)
# A title naming a report on performance, a word or two between: "Performance Monitoring
# Report", "Performance Dashboard", "Council Plan Scorecard".
PERFORMANCE_TITLED = re.compile(r"\bperformance\s+(?:[\w-]+\s+){0,2}(?:dashboard|report|"
                                r"scorecard|monitoring)\b|\bscorecard\b", re.I | re.M)
# An NHS body's Board Assurance Framework is its register of principal risks; a programme's
# "Risk Log" ("Risk and Issue Log", its issues kept beside its risks) is its register too.
RISK_REGISTER = re.compile(
    r"risk\s+register|risk\s+profile|Budget\s+Risks|Board\s+Assurance\s+Framework"
    r"|\brisks?\s+(?:and\s+issues?\s+)?log\b", re.I)
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
_KPI_VALUE = (r"(?:\b(?:Latest|Actual|Outturn|Current|Baseline|Value|Q[1-4]|Quarter|Qtr|YTD|Jan|"
              r"Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b20\d\d/\d\d\b)")
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
# The header row of an agenda's table of items: "Item No. / Title / Presenting / Pages".
AGENDA_TABLE_HEADER = re.compile(
    # (only a line's own blanks before its first word, and "No." optional after "Item" with its
    # own blanks: "^\s*", "Item\s*(?:No)?\s+" read a run of blank lines or spaces ahead from
    # each of its starts, quadratic)
    # a planning committee's items are its applications: "No. / Application / Ward / Pages"
    # ("Agenda Item / Subject / Lead Officer / Pages" names the column in full)
    r"^[^\S\n]*(?:(?:Agenda\s+)?Item(?:\s*No\.?)?|No\.?)\s+(?:Item|Title|Subject|Business|"
    r"Applications?)\b.*"
    # the last column: pages, presenter, lead, or the item's paper ("A", "B"); whose paper it
    # is ("Report by", "Presented by", "Lead Officer": a Scottish notice's table of business),
    # or its paper's number ("Report No."); the pages' column perhaps "Page No."
    r"\b(?:Pages?(?:\s+No\.?)?|Papers?|Present(?:ing|er)|Lead(?:\s+Member)?|(?:Report|Presented)\s+by|"
    r"Report\s+(?:No\.?|Number|Ref(?:erence)?)|"
    # ... or the paper itself, "Report" over "Attached", "To follow", "Pages 6 - 10"
    r"Reports?|"
    r"(?:Lead\s+|Responsible\s+)?Officer)\s*$"
    # ... or the number's column left unnamed, "Item" naming the titles', then whose paper it
    # is: "| | Item | Lead officer |"
    # ("| Item | | Report |": the item's paper, "Attached" or "To follow")
    r"|^[^\S\n]*Item\s+(?:Present(?:ing|er)|Lead(?:\s+Member)?|(?:Lead\s+|Responsible\s+)?Officer|"
    r"Reports?)"
    r"\s*$"
    # ... or the titles' column left unnamed between the number's and the wards the item
    # concerns: "| Item | | Wards |" (a borough's table of business)
    r"|^[^\S\n]*(?:Agenda\s+)?Item(?:\s*No\.?)?\s+Ward(?:s|\(s\))?(?:\s+Affected)?\s*$"
    # ... or between the number's and the column saying where each item's report is
    # ("Attached", "To follow", "Pages 6 - 10"): "| Item | | Report |" (not "Agenda Item
    # Report", a report's own title over its cover)
    r"|^[^\S\n]*Item(?:\s*No\.?)?\s+Reports?\s*$",
    re.I | re.M
)
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


# ---------------------------------------------------------------------------- classification
# A document's kind is weighed, not matched: each clue below speaks for a kind (or, for
# OTHER, against the document being a committee paper at all) with a weight, and is looked
# for in the document's title (its heading lines), its head or its whole text. The heading
# that started the document counts HEADING_WEIGHT for its kind, but a heading alone is not
# enough: the best kind wins only with MIN_SCORE, MIN_SUPPORT from the document's own words
# besides that heading, and a lead of MIN_MARGIN over the evidence against; otherwise the
# document is "other", which no record extractor reads (but the contracts reader, only the
# tables of a document naming itself a contracts register): a missing record beats an
# invented one.

# The head of a document (its first HEAD_CHARS characters) is where a paper says what it is;
# words further down (an appendix, a quoted report) must not decide its kind.
HEAD_CHARS = 3000
# A clue's weight: WEAK ones only add up, a FAIR one needs support, a STRONG one all but decides.
WEAK, FAIR, STRONG = 1, 2, 3
HEADING_WEIGHT = STRONG
MIN_SCORE = 2
MIN_SUPPORT = 1
MIN_MARGIN = 2
# Without a committee, cabinet, council, board or panel named at its head, a document is
# unlikely to be a committee paper.
NO_BODY_WEIGHT = 1
BODY_NAMED = re.compile(
    r"\b(Committee|Cabinet|Council|Board|Panel|Forum|Commission|Authority)\b", re.I
)
RISK_CARDS_FOR_A_REGISTER = 2
# A measure's card labels its target alone on a line, a figure after it ("Target: 90%",
# "Target: 1,250", "Target: £4.2m"); this many cards in the head make a dashboard.
KPI_CARD_TARGET = re.compile(
    r"^[^\S\n]*Target[^\S\n]*:[^\S\n]*(?:[<>≤≥][^\S\n]*)?£?\d[\d,.]*"
    r"(?:[^\S\n]*(?:%|[a-z]{1,3}))?[^\S\n]*$",
    re.I | re.M)
KPI_CARDS_MIN = 3
# A paper may cite a background file or two; a head naming this many files lists papers.
FILE_NAMES_FOR_A_CATALOGUE = 5
# ... and it describes them in the words of papers (KPIs, minutes, risks), so that evidence
# must not outweigh it.
CATALOGUE_WEIGHT = 3 * STRONG
FILE_NAME = re.compile(r"\b[\w-]+\.(?:pdf|txt|html?|docx?|xlsx?|csv)\b", re.I)
# Headings labelled "Minute No. 45": more than one, or it may be a report citing a minute.
MINUTE_LABELS_MIN = 2


@dataclass(frozen=True, slots=True)
class Clue:
    kind: str  # the kind it speaks for, or OTHER
    pattern: re.Pattern[str]
    weight: int
    # "title", "head", "text", or "top": the title lines and the document's first lines
    # (TITLE_LINES), whatever type they are set in
    scope: str = "head"
    requires: re.Pattern[str] | None = None  # must also be found in the text
    min_count: int = 1
    # the very line the segmenter starts a document at: not counted again for that kind
    heading: bool = False
    # Words (lower case) every match holds one of: where none is, the pattern is not run (a
    # whole document's scan for a clue it cannot hold). ``test_clue_needs_are_in_every_match``.
    needs: tuple[str, ...] = ()
    # The only places its pattern can match, where a pattern of empty matches at line starts
    # has words a line needs (``kpi_header_starts``): it is tried there alone.
    starts: Callable[[str], list[int]] | None = None


# A short label and its value, a masthead's column read onto the end of a line beside it.
BESIDE_LABEL = r"[A-Z][a-z]+(?:\s[a-z]+){0,2}\s*:\s+\S[^\n]*"
# The other language's half of a bilingual label, before the stroke: "Lleoliad / " Venue:.
OTHER_LABEL = r"(?:[^\n/:]{1,30}/\s*)?"


# The words PERFORMANCE and RISK_REGISTER (and every match of them) hold one of.
_PERFORMANCE_WORDS = ("performance", "kpi")
_REGISTER_WORDS = ("risk", "assurance")


# A decision maker's box on a request's form: "DECISION OF THE POLICE AND CRIME COMMISSIONER"
# alone on its line (the office's capitalised words), then, past blank lines, the decision
# taken in the first person: "I approve ...", "I have decided ...".
DECISION_BOX = re.compile(
    # (each word after the first set apart by a space: a word is never split into two)
    r"^[^\S\n]*(?:DECISION|Decision)[^\S\n]+(?:OF|BY|of|by)[^\S\n]+(?:THE[^\S\n]+|the[^\S\n]+)?"
    r"[A-Z][\w'’&-]*(?:[^\S\n]+(?:[A-Z][\w'’&-]*|AND|and|OF|of|FOR|for)){0,9}[^\S\n]*\n"
    r"(?:[^\S\n]*\n)*"
    r"[^\S\n]*I[^\S\n]+(?:approve|agree|decide|have[^\S\n]+decided|authorise|authorize)\b",
    re.M)


# A word of a body's name in a clue read ignoring case: capitalised ("Harbour"), a number
# ("Area 3"), or a word joining two ("and", "of", "&"; not "the": "Members of the Committee"
# is no name); a name has no more than NAME_WORDS before its body's word.
_NAME_WORD = r"(?:(?-i:[A-Z0-9])[\w&'’()-]*|(?:and|of|for|&))"
NAME_WORDS = 12


def _rx(pattern: str, flags: int = re.I | re.M) -> re.Pattern[str]:
    return re.compile(pattern, flags)

# A web page's masthead names the page an agenda of a dated meeting: "Agenda - Tuesday 20
# January 2026, 7.00pm", "Agenda for the meeting on 3rd March 2026" (not "Agenda item 5").
DATED_AGENDA = re.compile(
    _LINE_START + r"\s*Agenda\b(?!\s+items?\b)[^.\n]{0,40}?\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+,?\s+\d{4}",
    re.I | re.M)


# "Annotated Agenda", "Decisions of the Meeting" as a title line's words
ANNOTATED_AGENDA = re.compile(r"\bAnnotated\s+Agenda\b|\bDecisions\s+of\s+the\s+Meeting\b", re.I)
# what an item of such a record prints under it, a label opening its line: "DECISION: That ..."
DECISION_LABEL = re.compile(r"^[^\S\n]*DECISION[^\S\n]*:", re.I | re.M)


CLUES: tuple[Clue, ...] = (
    # agenda: a summons, "(Pages x - y)" references, business to be transacted
    # "Members of the ... Committee are summoned to attend" as well as "you are summoned"
    # ... or "requested / invited / required to attend the meeting"; a parish's "Councillors
    # are summoned to attend the Ordinary Meeting"; an old-style letter's "... when your
    # attendance is requested"
    Clue("agenda", _rx(r"(?:you|(?:members|councillors)\b[^.]{0,80}?)\s+are\s+(?:hereby\s+)?"
                       r"(?:summoned|(?:requested|invited|required)\s+to\s+attend\b)|\bSummons\s+to\b"
                       r"|\byour\s+attendance\s+is\s+(?:hereby\s+)?(?:requested|required)\b"),
         FAIR, needs=("summon", "attend")),
    # the notice's own sentence opening a paragraph: "A meeting of the Board will be held at
    # ..." (minutes say when "the next meeting" will be)
    Clue("agenda", _rx(r"^\s*An?\s+(?:(?:special|extraordinary|ordinary|annual)\s+)?meeting\s+of\s+"
                       r"[^.]{0,120}?\bwill\s+be\s+held\b"), WEAK, needs=("held",)),
    Clue("agenda", _rx(r"will\s+be\s+held\b[\s\S]{0,160}?\b(?:business|purpose)"), WEAK,
         needs=("held",)),
    # "AGENDA for the meeting of the Parish Council to be held on ...": the word in capitals
    # opening the title line, however long the line runs
    Clue("agenda", _rx(r"^\s*AGENDA\s+(?:for|of)\s+(?:the\s+|a\s+)?(?:[\w,&'’-]+\s+){0,4}?"
                       r"meeting\b", re.M), STRONG, "title"),
    # "Notice is hereby given that a meeting of the ... will be held": a summons by another name
    # ("Notice is hereby given of a meeting of the Cabinet to be held on ...")
    Clue("agenda", _rx(r"notice\s+is\s+hereby\s+given\s+(?:that|of)\s+(?:a|an|the)\s+"
                       r"(?:[\w&,'’-]+\s+){0,12}?meeting\b[\s\S]{0,200}?\b(?:will|to)\s+be\s+held\b"),
         FAIR, needs=("hereby",)),
    # "BUSINESS" / "ORDER OF BUSINESS" in capitals over the items (Scottish notices)
    Clue("agenda", _rx(r"^\s*(?:ORDER\s+OF\s+)?BUSINESS\s*$", re.M), FAIR, "title"),
    # "Items of Business" / "Order of Proceedings" over the items, in any case
    Clue("agenda", _rx(r"^\s*(?:Items|Order)\s+of\s+(?:Business|Proceedings)\s*$"), FAIR, "title"),
    Clue("agenda", _rx(r"\(Pages?\s+\d+\s*[-–]\s*\d+\)"), WEAK),
    Clue("agenda", DATED_AGENDA, FAIR, "title", needs=("agenda",)),
    # (or the word letter-spaced, as the segmenter reads a heading: "A G E N D A")
    Clue("agenda", _rx(r"^\s*(?:Notice\s+of\s+(?:the\s+)?Meeting\b|(?:[\w,&\' -]{0,60}\s)?"
                       r"Agenda\s*$|A\s+G\s+E\s+N\s+D\s+A\s*$)"), FAIR, "title"),
    # a front sheet's meeting block ("Time:" over "Venue:"), and the header of its table of
    # items ("Item No. / Title / Presenting / Pages"): minutes say "held on", reports "Date:"
    # (bilingual labels print the other language's word first: "Amser / Time:")
    Clue("agenda", _rx(rf"^\s*{OTHER_LABEL}Time\s*:.*\n(?:.*\n){{0,3}}?\s*{OTHER_LABEL}"
                       r"(?:Venue|Place|Location)\s*:"), FAIR),
    Clue("agenda", AGENDA_TABLE_HEADER, FAIR),
    # ... or one naming only the number and page columns over them ("Item | | Page": the
    # titles' column unnamed, as a word processor's borderless table of business prints it)
    Clue("agenda", _rx(PAGE_COLUMN_HEADER.pattern), FAIR, needs=("page",)),
    # a running order: lines that start with a time of day, then an item's ref and its title
    # ("18:30  LC1  Apologies", "10.35  2  Declarations"); minutes and reports do not time
    # their paragraphs
    Clue("agenda", TIMED_ITEM, FAIR, min_count=TIMED_ITEMS_MIN),
    # a notice's date line at its head, its weekday and its time alone: "Tuesday 24 March 2026
    # at 10.00 am", or by the 24-hour clock "... at 10:00" (minutes say "held on", a report's
    # date has no time); the masthead's other column may be read beside it, a label and its
    # value ("... at 10.00 am" beside "Ask for: Gregory Pinnock"); in the title type or in the
    # body type under the meeting's name (an agenda headed by its body alone, no "Agenda")
    Clue("agenda", _rx(r"^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|"
                       r"th)?\s+[A-Z][a-z]+,?\s+\d{4},?\s+at\s+(?:\d{1,2}(?:[.:]\d{2})?\s*"
                       r"(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d)"
                       rf"(?:\s+{BESIDE_LABEL})?\s*$"), FAIR, "top"),
    # ... in Welsh, as a Welsh-language council's clerk writes to the members: "Fe'ch
    # gwahoddir i gyfarfod o'r Cyngor ..." ("you are invited to a meeting"), "Fe'ch gwysir i
    # gyfarfod ..." ("you are summoned")
    Clue("agenda", _rx(r"\b(?:gwahoddir|gwysir)[^\S\n]+(?:chi[^\S\n]+)?i[^\S\n]+"
                       r"(?:fynychu[^\S\n]+)?(?:g|y[^\S\n]+c)yfarfod\b"), FAIR,
         needs=("gwahoddir", "gwysir")),
    # minutes: the "MINUTES of a meeting" line, who was present, what was resolved
    Clue("minutes", _rx(MINUTES.pattern), FAIR, heading=True),
    # a board's notes of its meeting titled under its name ("... Board - Notes of Meeting")
    Clue("minutes", _rx(BODY_NOTES.pattern), FAIR, "title", heading=True, needs=("notes",)),
    # "Minutes" alone as the document's title, over its committee and date (a Scottish house
    # style); numbered "2. Minutes" is an agenda's item and never matches
    Clue("minutes", _rx(r"^\s*Minutes?\s*$"), FAIR, "title"),
    Clue("minutes", _rx(r"\((?:in\s+the\s+)?(?:Chairman|Chair|Vice-Chair(?:man)?|Mayor|Convener|"
                        r"Provost)\)"), WEAK),
    # "Record of Meeting" as the document's title (as island and States bodies head their
    # minutes): the record of what a meeting did is its minutes ("Record of Decisions" is a
    # decision notice's title, and an agenda's "Record of the last meeting" is numbered)
    Clue("minutes", _rx(r"^\s*(?:(?:Draft|Approved|Unconfirmed)\s+)?Record\s+of\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,3}?Meeting\s*$"), STRONG, "title", needs=("record",)),
    # ... and "Notes of Meeting" so titled under a panel's name: a consultative body's minutes
    Clue("minutes", _rx(r"^\s*(?:(?:Draft|Approved|Unconfirmed)\s+)?Notes\s+of\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,3}?Meeting\s*$"), STRONG, "title", needs=("notes",)),
    # "Minutes of the meeting held on ..." as the document's title (an agenda numbers it as an
    # item, which never matches), and minutes labelled "Minute No. 45" through the text
    # (a board that keeps notes titles them the same way: "Notes of the meeting held on ...")
    Clue("minutes", _rx(r"^\s*(?:Minutes|Notes)\s+of\s+the\s+meeting\s+held\s+on\b"), FAIR,
         "title"),
    # ... or the notes of a members' briefing, workshop or seminar so titled ("NOTES of the
    # informal All Member Briefing held in the Council Chamber ... on ..."): the record of who
    # met and what was said, as minutes are
    Clue("minutes", _rx(r"^[^\S\n]*(?:Minutes|Notes)[^\S\n]+of[^\S\n]+(?:(?:the|an?)[^\S\n]+)?"
                        r"(?:informal[^\S\n]+)?(?:[\w'’-]+[^\S\n]+){0,5}?"
                        r"(?:Briefing|Workshop|Seminar)[^\S\n]+held\b"),
         FAIR, "title", needs=("held",)),
    Clue("minutes", _rx(_LINE_START + r"\s*Min(?:ute)?\.?\s*No\.?\s*\d+\b"), WEAK, "text",
         min_count=MINUTE_LABELS_MIN),
    # who attended: "Present:", or a label naming those in attendance ("Officers in
    # Attendance:", "In attendance:"), or "Attendees" heading the list of them
    # (each branch opens at a blank run's last line starts alone: _LINE_START_BEFORE_RUN_END)
    Clue("minutes", _rx(rf"{_LINE_START_BEFORE_RUN_END}\s*(?:Members\s+)?Present\s*:?-?|"
                        rf"{_LINE_START_BEFORE_RUN_END}\s*(?:(?:Officers|Members|"
                        r"Councillors|Also)\s+)?in\s+attendance\s*:|"
                        # (the colon takes its spaces with it: "\s*:?\s*" tried every split of
                        # a long run of spaces)
                        rf"{_LINE_START_BEFORE_RUN_END}\s*Attendees(?:\s*:)?\s*$"), WEAK),
    Clue("minutes", RESOLVED, WEAK, "text", needs=("resolved",)),
    # ... in Welsh alone: who was present ("Yn bresennol:"), what was resolved ("Penderfynwyd
    # ...", "it was resolved")
    Clue("minutes", _rx(r"^[^\S\n]*(?:Yn[^\S\n]+)?[BP]resennol[^\S\n]*:"), WEAK,
         needs=("esennol",)),
    Clue("minutes", _rx(r"\bPenderfynwyd\b"), WEAK, "text",
         needs=("penderfynwyd",)),
    # how every set of minutes ends: "The meeting closed / terminated at 7.48 pm"
    # (after "There being no other business", as many minutes put it)
    Clue("minutes", _rx(_LINE_START + r"\s*(?:There\s+being\s+no\s+(?:other|further)\s+"
                        r"business,?\s+)?"
                        r"(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded|terminated|"
                        r"rose)\s+at\b"), WEAK, "text"),
    # a ModernGov "Agenda and minutes" page whose items print their "Minutes:": the page
    # says it is the meeting's minutes, and those labels (which on an item's own page speak
    # for its decision) are the minutes' own
    Clue("minutes", _rx(rf"^\s*{moderngov.AGENDA_AND_MINUTES}\s*$"), STRONG, "title",
         requires=AGENDA_ITEM_MINUTES, needs=("minutes",)),
    # a ModernGov page of a meeting's minutes: "Minutes:" as its heading over its meeting's
    # line ("Cabinet Procurement Committee, Monday 8 March 2027, 6.30 pm"); its items'
    # "Minutes:" labels and RESOLVED (which on one item's page speak for its decision) are
    # the minutes' own
    # (the heading is set large and the meeting's line is not: read in the head)
    # (the line is the body's name, its words capitalised but for the joining ones: not an
    # agenda's "Minutes" item over "To confirm the minutes of the Planning Committee, 8 March
    # 2027")
    Clue("minutes", _rx(rf"^\s*Minutes\s*:?[ \t]*\n[ \t]*(?:{_NAME_WORD}[ \t]+){{0,{NAME_WORDS}}}?"
                        rf"{moderngov.BODY}(?:[ \t]+[\w()]+){{0,2}}[ \t]*(?:,|[ \t][-–])[ \t]+"
                        r"(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?"
                        r"[ \t]+\d{4}\b"), STRONG, needs=("minutes",)),
    # a ModernGov attendance page: its table of attendees
    Clue("minutes", _rx(r"^\s*Attendee\b.*\bAttendance\b|^\s*Attendance\s+details\s*$"), WEAK),
    # report: recommendations, what the body is asked to do, who it is addressed to
    Clue("report", RECOMMEND, WEAK, "text", needs=("recommendation", "cabinet")),
    Clue("report", _rx(r"\b(?:Cabinet|Committee|Council|Board|Panel)\s+(?:is|are)\s+"
                       r"(?:asked|recommended|invited|requested)\s+to|^\s*(?:\d+(?:\.\d+)?\.?\s+)?"
                       # (the body by its full name: "That the Harbour Board RESOLVES to:")
                       # (its name's words capitalised, as the clue is read ignoring case:
                       # not "That members of the Committee note", a minute's resolution)
                       rf"That\s+(?:the\s+)?(?:{_NAME_WORD}\s+){{0,4}}?(?:Cabinet|Committee|Council|"
                       r"Board|Panel)\s+(?:approves?|agrees?|notes?|endorses?|recommends?|"
                       r"considers?|resolves?)\b"), WEAK),
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:\d+(?:\.\d+)?\.?\s+)?Recommendations?\s*$"), WEAK),
    # ... in Welsh alone: "3. Argymhelliad" ("Recommendation") over it, "Adroddiad y Clerc"
    # ("Report of the Clerk") at the head
    Clue("report", _rx(r"^[^\S\n]*(?:\d+(?:\.\d+)?\.?[^\S\n]+)?Argymhelli(?:ad|on)[^\S\n]*:?"
                       r"[^\S\n]*$"), WEAK, "text", needs=("argymhelli",)),
    Clue("report", _rx(r"^[^\S\n]*Adroddiad[^\S\n]+(?:y|yr|gan)[^\S\n]+[A-Z]"), WEAK,
         needs=("adroddiad",)),
    # the meeting named at the head: "CABINET" over "5 November 2024", or on one line
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:[A-Z][\w&\'-]*\s+){0,6}(?:Committee|Cabinet|Board|Panel|Forum|"
                       r"Commission)\s*(?:[–—,-]\s*|\n\s*)(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?"
                       r"\s+[A-Za-z]+,?\s+\d{4}\s*$"), WEAK),
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:Purpose\s+of\s+(?:the\s+|this\s+)?Report|Reasons?\s+for\s+"
                       r"(?:the\s+)?Recommendations?|Report\s+(?:of|by|author)\b|Issue\s+for\s+"
                       r"Decision|Executive\s+Summary|Summary\s*:)"), WEAK),
    # the meeting the paper was presented to, under its title: "CHAIRMAN'S ANNUAL REPORT" over
    # "Presented to the Annual Parish Meeting, 19 April 2028"
    Clue("report", _rx(rf"^\s*{PRESENTED_TO}"), FAIR, "head", needs=("presented",)),
    # "Appendix A: Exemptions from Contract Procedure Rules" as its title: a part of a
    # committee's paper (with the meeting named at the head, a report)
    Clue("report", _rx(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b"), WEAK, "title"),
    # "Item E: Visite du Branchage 2027" as its title: the paper of the agenda's item, by the
    # item's number or letter and its title (a notice the meeting receives is its report)
    Clue("report", _rx(r"^[^\S\n]*(?:Agenda[^\S\n]+)?Item[^\S\n]+(?:No\.?[^\S\n]*)?"
                       r"(?:[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?|(?-i:[A-Z]))[^\S\n]*[:.–—-]"
                       r"[^\S\n]+\S"), WEAK, "title", needs=("item",)),
    # "Update Sheet - Planning Committee 7 May 2026": a paper tabled for the meeting's items
    Clue("report", _rx(TABLED_PAPER.pattern), WEAK, "title", needs=TABLED_WORDS),
    Clue("report", _rx(r"^\s*(?:To|REPORT\s+TO|COMMITTEE)\s*:?\s+(?:[\w&,\' -]{0,80}?\s)?"
                       r"(?:Committee|Cabinet|Council|Board|Panel|Forum|Commission)\b"), FAIR),
    # decision notices and forward plans
    Clue("decision", _rx(RECORD_OF_DECISION.pattern), STRONG, heading=True, needs=("decision",)),
    Clue("decision", AGENDA_ITEM_MINUTES, STRONG, requires=RESOLVED),
    # an agenda annotated with what the meeting decided, as its title says ("Annotated Agenda
    # - Decisions of the Meeting"), its items each printing their "DECISION:": the record of
    # the meeting's decisions, not its notice (an agenda's items ask, they do not decide)
    Clue("decision", ANNOTATED_AGENDA, STRONG, "title", requires=DECISION_LABEL,
         needs=("annotated", "decisions")),
    Clue("decision", _rx(r"Decision\s+type\s*:"), FAIR),
    # a ModernGov page's labels: "Decision Maker:", "Decided at meeting:", "Minutes:"
    Clue("decision", _rx(_LINE_START_BEFORE_RUN_END
                         + r"\s*(?:Decision\s+Maker|Decision\s+status|Decided\s+at\s+meeting|"
                         r"Minutes)\s*:"), WEAK),
    Clue("decision", _rx(_LINE_START_BEFORE_RUN_END
                         + r"\s*(?:Decisions?\s*:|Reasons?\s+for\s+(?:the\s+)?decision|Decision\s+"
                         r"(?:determined|taken|made)\b|Decision\s+(?:taker|maker)\s*:|Date\s+of\s+"
                         r"decision|Alternative\s+options\s+considered)"), WEAK),
    # (the form's own abbreviation perhaps between: "INDIVIDUAL EXECUTIVE DECISION (IED) RECORD")
    Clue("decision", _rx(r"\bRecord\s+of\s+(?:[\w-]+\s+){0,2}Decisions?\b|\bDecision\s+"
                         r"(?:\([A-Z]{2,6}\)\s+)?(?:Notice|Record|Sheet)\b|\bNotice\s+of\s+(?!(?:Key|Forthcoming)\s+Decisions\b)(?:[\w-]+\s+)?"
                         r"(?:Decisions?|Determinations?)\b"
                         # "INDIVIDUAL CABINET MEMBER DECISION", "Portfolio Holder Decision"
                         # ... and a minister's: "MINISTERIAL DECISION" (island governments)
                         r"|^\s*(?:Individual\s+)?(?:Cabinet\s+Member|Portfolio\s+Holder|"
                         r"Executive\s+Member|Delegated|Ministerial)\s+Decisions?\s*$"
                         # ... its form titled so: "Ministerial Decision Report" (the record of
                         # the decision, its summary and report, as an island's minister signs)
                         r"|^\s*Ministerial\s+Decision\s+Report\s*$"
                         # a register of decisions taken ("Decisions register: Mayor and
                         # officer decisions", "Register of Delegated Decisions"); a register
                         # of KEY or FORTHCOMING decisions is the forward plan's, of
                         # decisions to come
                         r"|(?<!Key\s)(?<!Forthcoming\s)\bDecisions?\s+Register\b|\bRegister\s+"
                         r"of\s+(?:(?!Key\b|Forthcoming\b)[\w-]+\s+){0,2}Decisions\b"),
         STRONG, "title"),
    # ... alone on a line of its head, whatever its type ("NOTICE OF CABINET DECISIONS" in the
    # English column of a notice set in two languages side by side, both in the body's type)
    Clue("decision", _rx(r"^[^\S\n]*Notice[^\S\n]+of[^\S\n]+(?!(?:Key|Forthcoming)\b)"
                         r"(?:[\w-]+[^\S\n]+)?Decisions[^\S\n]*$"), FAIR, needs=("notice",)),
    # what a decision calls itself in its title, however its page sets it
    Clue("decision", _rx(TYPESET_KINDS[1][1].pattern), STRONG, "title"),
    # a request's form that records its answer: the decision maker's own box ("DECISION OF
    # THE POLICE AND CRIME COMMISSIONER") opening with the decision in the first person ("I
    # approve the extension ..."), as a commissioner or a mayor signs it under the request
    Clue("decision", DECISION_BOX, STRONG, "text", needs=("decision",)),
    # a table of decisions: its header names the item and, last, the decision column
    Clue("decision", DECISION_TABLE_HEADER, WEAK),
    Clue("forward_plan", _rx(r"Decision\s+due\s*:"), STRONG),
    # "Register of Forthcoming Decisions", "Forthcoming Key Decisions": decisions to come
    Clue("forward_plan", _rx(r"\bForthcoming\s+(?:Key\s+|Executive\s+)?Decisions\b"), STRONG,
         "title"),
    # "Notice of Key Decisions" (to be taken): the forward plan as the regulations name it
    Clue("forward_plan", _rx(KEY_DECISIONS_NOTICE.pattern), STRONG, "title", needs=("notice",)),
    Clue("forward_plan", _rx(ISSUE_DETAILS.pattern), WEAK, heading=True),
    # "Cabinet Forward Plan - June to September 2026", "Forward Plan of Key Decisions" as the
    # paper's title (a report's "Forward Plan reference:" label is no title)
    Clue("forward_plan", FORWARD_PLAN_TITLE, STRONG, "title", needs=("forward",)),
    # performance reports and risk registers
    Clue("performance_report", PERFORMANCE, STRONG, "title", needs=_PERFORMANCE_WORDS),
    Clue("performance_report", PERFORMANCE, WEAK, needs=_PERFORMANCE_WORDS),
    Clue("performance_report", PERFORMANCE_TITLED, STRONG, "title"),
    Clue("performance_report", _rx(r"Quarterly\s+Performance\s+Report"), STRONG),
    # the body a KPI table: its header row, within the head
    Clue("performance_report", KPI_TABLE_HEADER, FAIR, starts=kpi_header_starts),
    # ... or its measures set out as cards, each with its target labelled on a line of its
    # own ("Target: 90%"), as a dashboard web page prints them
    Clue("performance_report", KPI_CARD_TARGET, STRONG, min_count=KPI_CARDS_MIN,
         needs=("target",)),
    Clue("risk_register", RISK_REGISTER, STRONG, "title", needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_REGISTER, WEAK, needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_CARD, STRONG, "text", min_count=RISK_CARDS_FOR_A_REGISTER,
         needs=("owner",)),
    # a register's table header: its ids, then likelihood and impact columns
    Clue("risk_register", RISK_TABLE_HEADER, FAIR),
    # against: statements of accounts, strategies, consultations, brochures and news. Only
    # at the head (a cover, a contents page): a report may carry the accounts as an appendix.
    Clue(OTHER, _rx(r"Statement\s+of\s+(?:the\s+)?Accounts"), STRONG, needs=("statement",)),
    Clue(OTHER, _rx(r"Notes\s+to\s+the\s+(?:Core\s+)?(?:Financial\s+Statements|Accounts)"), FAIR,
         needs=("notes",)),
    Clue(OTHER, _rx(r"^\s*(?:Note\s+)?\d{1,2}\.?\s+Accounting\s+Policies"), FAIR,
         needs=("accounting",)),
    Clue(OTHER, _rx(r"Comprehensive\s+Income\s+and\s+Expenditure\s+Statement|Movement\s+in\s+"
                    r"Reserves\s+Statement"), FAIR, needs=("statement",)),
    Clue(OTHER, _rx(r"Independent\s+auditor\W?s\s+report"), WEAK, needs=("auditor",)),
    Clue(OTHER, _rx(r"\bStrategy\b|\bStrategic\s+Plan\b|\bPolicy\s+Framework\b"), FAIR, "title"),
    Clue(OTHER, _rx(r"\bConsultation\s+(?:document|report|response|questionnaire|summary|"
                    r"findings)|have\s+your\s+say|you\s+said,?\s+we\s+did"), FAIR,
         needs=("consultation", "say", "said")),
    Clue(OTHER, _rx(r"\b(?:press\s+release|brochure|newsletter|news)\b"), FAIR, "title"),
    # a catalogue of files (a folder's README, an index page): it names papers, it is none
    Clue(OTHER, FILE_NAME, CATALOGUE_WEIGHT, "head", min_count=FILE_NAMES_FOR_A_CATALOGUE,
         needs=(".pdf", ".txt", ".htm", ".doc", ".xls", ".csv")),
)


def _clue_text(clue: Clue, title: str, head: str, text: str) -> str:
    if clue.scope == "top":
        return f"{title}\n{_unstamped_top(head)}"
    return {"title": title, "head": head, "text": text}[clue.scope]


def _unstamped_top(head: str) -> str:
    """A document's first lines, unless they stamp it as an agenda's item ("Agenda Item 6"):
    the paper of an item may print the meeting's name, date and time under its stamp, where
    they are its meeting's, not a notice's head."""
    top = _first_lines(head)
    stamped = any("item" in line.lower() and ITEM_STAMP.match(line) for line in top.splitlines())
    return "" if stamped else top


def _found(pattern: re.Pattern[str], text: str, count: int,
           starts: Callable[[str], list[int]] | None = None) -> bool:
    """Whether ``pattern`` matches ``text`` at least ``count`` times (findall's matches,
    counted only as far as needed: most clues need one, and a long document's scan can stop
    there); tried at ``starts``' places alone where the clue has them."""
    if starts is not None:
        matches: Iterable[object] = (at for at in starts(text) if pattern.match(text, at))
    else:
        matches = pattern.finditer(text)
    return sum(1 for _ in itertools.islice(matches, count)) >= count


class _Lowered:
    """Each text a document's clues are looked for in, in lower case, made once."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}

    def holds(self, text: str, words: tuple[str, ...]) -> bool:
        lower = self._texts.get(text)
        if lower is None:
            lower = self._texts[text] = lowered(text)
        return any(word in lower for word in words)


def weigh(text: str, hint: str = "", title: str | None = None, cover: str = "") -> Counter[str]:
    """The evidence for each kind (and against all, under OTHER) in a document; ``cover``,
    the title lines of the file it is part of, can speak against it too."""
    text = _each_language(text)
    head = text[:HEAD_CHARS]
    title = title if title is not None else _first_lines(text)
    # each language of a bilingual title line is read as a line of its own
    title = "\n".join([title, *(half for line in title.splitlines()
                                for half in _other_languages(line))])
    scores: Counter[str] = Counter()
    if hint:
        scores[hint] += HEADING_WEIGHT
    lowered = _Lowered()
    for clue in CLUES:
        if clue.heading and clue.kind == hint:
            continue
        where = _clue_text(clue, title, head, text)
        if clue.kind == OTHER and clue.scope != "text" and cover:
            where = f"{where}\n{cover}"
        if clue.needs and not lowered.holds(where, clue.needs):
            continue
        if _found(clue.pattern, where, clue.min_count, clue.starts) and (
                clue.requires is None or clue.requires.search(text)):
            scores[clue.kind] += clue.weight
    if not BODY_NAMED.search(head):
        scores[OTHER] += NO_BODY_WEIGHT
    return scores


def classify(text: str, hint: str = "", title: str | None = None, cover: str = "",
             own_head: str | None = None) -> str:
    """Kind of a document from its heading (hint), its title lines and its own words, and
    what the cover of its file says against its being a paper. ``own_head``: the document's
    first lines without the stamps printed over them ("OFFICIAL"), where ``text`` holds any,
    for the title lines a report's kind is read from."""
    scores = weigh(text, hint, title, cover)
    against = scores.pop(OTHER, 0)
    if not scores:
        return OTHER
    # On a tie the document's own heading decides.
    kind, score = max(scores.items(), key=lambda ks: (ks[1], ks[0] == hint))
    support = score - (HEADING_WEIGHT if kind == hint else 0)
    if score < MIN_SCORE or support < MIN_SUPPORT or score - against < MIN_MARGIN:
        return OTHER
    if kind == "report" and _signed_assent(text):
        return "decision"
    if kind == "decision" and _addressed_to_meeting(text[:HEAD_CHARS]):
        return "report"
    head = text[:HEAD_CHARS]
    if kind == "report":
        kind = _report_kind(head, head if own_head is None else own_head[:HEAD_CHARS])
    if kind == "performance_report" and _investment_returns(head, title):
        return "report"
    return kind


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


# A report to one decision maker (a cabinet member, an officer) that he has signed his assent
# to ("I agree the recommendation set out in paragraph 2.1", "I approve the recommendations"):
# the decision taken, its report its record, not a paper still to be decided.
SIGNED_ASSENT = re.compile(
    r"^[ \t]*I[ \t]+(?:agree|approve)[ \t]+(?:(?:with|to)[ \t]+)?(?:(?:the|all|each\s+of\s+the)"
    r"[ \t]+)?recommendations?\b", re.I | re.M)
# ... signed: a signature's label ("Signed:", "Signature") within this many lines after it (a
# consultation's answer quoted in an appendix, "I agree with the recommendations, but ...",
# opens its line the same way and is signed by nobody)
SIGNATURE_LABEL = re.compile(r"^[^\S\n]*(?:Signed|Signature)\b", re.I | re.M)
ASSENT_SIGNATURE_LINES = 4
# ... of lines no longer in all than these characters (a window, not the text's rest, each time)
ASSENT_SIGNATURE_CHARS = 800


# A paper's address to the meeting it goes before, labelled: "Report to: Council, 14 July
# 2027" (the line's body and date are read apart, see ``_addressed_to_meeting``).
REPORT_TO_LABEL = re.compile(r"^[^\S\n]*Report[^\S\n]+to[^\S\n]*:[^\n]*", re.I | re.M)
# A report's section heading "Recommendation(s)", numbered or not ("2. Recommendation").
RECOMMENDATION_HEADING = re.compile(
    r"^[^\S\n]*(?:\d+(?:\.\d+)?\.?[^\S\n]+)?Recommendations?[^\S\n]*$", re.I | re.M)
# A record's own decision under its heading, "Decision" alone on its line (numbered or not):
# a decision notice or a cabinet member's record prints the report's address and its
# recommendation above it ("Decisions taken" heads a report's account of others' decisions).
DECISION_HEADING = re.compile(
    r"^[^\S\n]*(?:\d+(?:\.\d+)?\.?[^\S\n]+)?Decision[^\S\n]*$", re.I | re.M)


def _addressed_to_meeting(head: str) -> bool:
    """Whether a paper headed as a record of decisions is a report to a meeting: its header
    addresses a body's dated meeting ("Report to: Council, 14 July 2027") and it recommends
    what the meeting does ("That the urgent decisions set out in paragraph 3.1 be noted").
    Decisions taken elsewhere (by an officer under urgency) reported so are its subject, and
    the meeting's decision is its recommendation's. A record that prints its own decision
    under the report's address and recommendation (a decision notice, a cabinet member's
    signed record) is a decision still."""
    if DECISION_HEADING.search(head) or DECISION_LABEL.search(head) or _signed_assent(head):
        return False
    return bool(RECOMMEND.search(head) or RECOMMENDATION_HEADING.search(head)) and any(
        BODY_NAMED.search(m.group(0)) and find_date(m.group(0))
        for m in REPORT_TO_LABEL.finditer(head))


def _signed_assent(text: str) -> bool:
    """Whether the decision maker signed his assent to the report's recommendations (see
    SIGNED_ASSENT, SIGNATURE_LABEL)."""
    for m in SIGNED_ASSENT.finditer(text):
        after = text[m.end() : m.end() + ASSENT_SIGNATURE_CHARS].split("\n")
        if SIGNATURE_LABEL.search("\n".join(after[: ASSENT_SIGNATURE_LINES + 1])):
            return True
    return False


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
           or PERFORMANCE_TITLE.search(t) or PERFORMANCE_TITLED.search(t) for t in titles):
        return "performance_report"
    if any(RISK_REGISTER.search(t) for t in titles):
        return "risk_register"
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
    # A treasury management report's indicators are the prudential limits its council set
    # ("Authorised limit for external debt | limit | actual | Status: Within limit"), which
    # the CIPFA code has it report on: its tables are its evidence, no service's measures
    if any(TREASURY_TITLE.search(t) or AUDIT_OPINION_TITLE.search(t) for t in titles):
        return "report"
    # whatever its title calls it ("Key measures"), a report whose head holds a KPI table's
    # header is a performance report
    if _kpi_table(head) or RATED_MEASURES.search(head):
        return "performance_report"
    # ... and one whose head holds a register's table ("Ref | Risk | Likelihood | Impact |
    # Score"), however its title calls it ("Financial risk assessment"), a risk register
    if RISK_TABLE_HEADER.search(head):
        return "risk_register"
    return "report"


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
_CLAUSE_END = re.compile(r"[;.](?:\s|$)")
# An ask's verb: a decision's ("approve", "award") or a review's ("note", "consider"; and
# "endorse", which asks for support of what the paper reports: "ENDORSE the actions taken").
# Endorsing recommendations ("endorse the following recommendations and refer them to
# Cabinet", a scrutiny review's) is the meeting's decision to make them its own.
_ASK_VERB = re.compile(
    r"\b(?:(?P<decide>approves?|awards?|adopts?|agrees?|authori[sz]es?|delegates?|accepts?|"
    r"endorses?\s+(?:the\s+)?(?:following\s+)?recommendations?\b|"
    # (or asked in the passive: "That the contract be awarded to ...")
    r"appoints?|be\s+(?:approved|awarded|adopted|agreed|authori[sz]ed|delegated|accepted|"
    r"appointed))\b|(?:not(?:e|es|ing)|reviews?|consider|scrutinis|comments?|receives?|"
    r"examines?|identif|monitors?|endors)\w*)", re.I)
# A decision on the paper's register or its measures ("approves the updated strategic risk
# register", "agrees the performance targets") is one on its table: the table is its subject;
# so is approving the monitoring report it is ("approves the Welsh Language Standards Annual
# Monitoring Report 2025/26 for publication").
_REGISTER_OR_MEASURES = re.compile(
    r"\b(?:risks?|registers?|performance|measures?|indicators?|KPIs?|PIs?|scorecards?|"
    r"dashboards?|metrics?|targets?|monitoring\s+reports?)\b", re.I)


def _asks_a_decision(head: str) -> bool:
    """Whether a report's first ask is a decision on something other than a register or
    measures: "approve the Market Sustainability Plan", "award the contract"."""
    lead = _ASK_LEAD.search(head)
    if lead is None:
        return False
    clause = head[lead.end() : lead.end() + ASK_CLAUSE_CHARS]
    clause = _CLAUSE_END.split(clause, maxsplit=1)[0]
    verb = _ASK_VERB.search(clause)
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
    return not _REGISTER_OR_MEASURES.search(clause[: verb.end()] + named_first)


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
        m = SUBJECT.match(line)
        if m:
            value = m.group(2).strip()
            if value:
                return value
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
# contracts reviewed, six are rated green"; "Of the ten measures, 6 are Green, 2 Amber and 2
# Red", the rating word alone). Targets of money are a budget's: a finance report rates
# the delivery of its savings so ("Of the 24 savings targets, 18 are rated Green").
FINANCIAL_TARGETS = ("savings", "saving", "efficiency", "income", "budget")
RATED_MEASURES = re.compile(
    r"\b(?:measures|indicators|KPIs|PIs|contracts|"
    + "".join(rf"(?<!{word}\s)" for word in FINANCIAL_TARGETS)
    + r"targets)\b[^.]{0,120}?\b(?:are|were|is)\s+(?:rated\s+)?(?:Green|Amber|Red)\b", re.I)
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
    for at in kpi_headers(head):
        lines = [s.strip() for s in
                 head[at:].split("\n", KPI_HEADER_LINES)[:KPI_HEADER_LINES]]
        if not any(SAVINGS_AFTER_REF.match(s) or (
                SAVINGS_CELL.match(s) and len(s) < HEADER_CELLS_CHARS and not s.endswith("."))
                   for s in lines) and not _budget_monitor(head, at, lines):
            return True
    return False


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


TITLE_LINES = 6


def _first_lines(text: str, *, unlabelled: bool = False) -> str:
    """The first TITLE_LINES lines of ``text`` with words; ``unlabelled``: not counting the
    labelled lines of a report's header ("Report to: Executive", "Date: ...", "Report of:
    ..."), its fields, not its title, which a header of five fields pushed out of them."""
    lines = [s for s in text.splitlines() if s.strip()]
    if unlabelled:
        lines = [s for s in lines if not REPORT_LABEL.match(s)]
    return "\n".join(lines[:TITLE_LINES])
