"""Papers after a report that head pages of their own: an appendix titled in the title type
of the paper before it, and a paper tabled with the pack (an update sheet, an errata sheet)."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.needles import holds_any
from kcc_papers.segment_starts.decision_headings import RECORD_OF_DECISION
from kcc_papers.segment_starts.heading_kinds import APPENDIX_HEADING, OTHER
from kcc_papers.segment_starts.layout import (
    HEADING_SIZE_RATIO,
    ITEM_STAMP_TOP,
    SAME_SIZE_POINTS,
    TEXT_RULE,
    TITLE_SIZE_RATIO,
    _body_size,
    _page_lines,
)
from kcc_papers.segment_starts.table_cells import table_row

# A paper tabled with the pack, titled as one ("Update Sheet - Planning Committee 7 May
# 2026", "Late Representations", "Supplementary Information", "Addendum Report"); set in
# title type at its page's top, it is its own document like an appendix so headed.
TABLED_PAPER = re.compile(
    r"^\s*(?:(?:Committee\s+|Planning\s+)?Update\s+(?:Sheet|Report|Note)|"
    r"(?:Late|Supplementary|Additional)\s+(?:Representations|Information|Items?|Papers?|"
    r"Reports?|Observations)|Addendum(?:\s+(?:Sheet|Report))?|Amendments?\s+Sheet)\b", re.I)
TABLED_WORDS = ("update", "late", "supplementary", "additional", "addendum", "amendment")
# A sheet correcting a paper already published ("ERRATA SHEET", "Corrigendum"), tabled like
# an update sheet: a document of its own, but no committee paper (it records nothing).
CORRECTION_SHEET = re.compile(
    r"^\s*(?:Errat(?:a|um)(?:\s+(?:Sheet|Note|Notice))?|Corrigend(?:um|a))\s*$", re.I)
CORRECTION_WORDS = ("errat", "corrigend")


def _tabled_title(text: str) -> bool:
    """Whether a line titles a paper tabled with the pack (TABLED_PAPER, CORRECTION_SHEET)."""
    lower = text.lower()
    return (any(word in lower for word in TABLED_WORDS) and bool(TABLED_PAPER.match(text))) or (
        any(word in lower for word in CORRECTION_WORDS) and bool(CORRECTION_SHEET.match(text)))


def _tabled_kind(text: str) -> str:
    """The kind a tabled paper's start is given: a correction sheet is no paper; an appendix
    titled as a record of a decision ("APPENDIX 1 - RECORD OF URGENT DECISION", appended to
    the report that reports it) is that record."""
    if CORRECTION_SHEET.match(text):
        return OTHER
    return "decision" if RECORD_OF_DECISION.match(APPENDIX_LABEL.sub("", text, count=1)) else (
        "report")


def _correction_sheet_in_text(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` of a text file (no type to tell a title by) titles a correction
    sheet ("ERRATUM" alone on its line, see CORRECTION_SHEET) at the head of a part of the
    file: its page's first line, or the first under a rule drawn across (TEXT_RULE). The sheet
    is its own document there, as a PDF's titled at its page's top is. A title boxed between
    two rules is a heading a paper sets off in its own text (a report's "ERRATUM" section
    correcting its draft), not a paper under the rule between papers."""
    _, idx, line = flat[i]
    if line.size is not None or not holds_any(line.text, CORRECTION_WORDS):
        return False
    if not CORRECTION_SHEET.match(line.text):
        return False
    boxed = i + 1 < len(flat) and bool(TEXT_RULE.match(flat[i + 1][2].text))
    return idx == 0 or (bool(TEXT_RULE.match(flat[i - 1][2].text)) and not boxed)


# An appendix's label before its title: "APPENDIX 1 - ", "Annex B: ".
APPENDIX_LABEL = re.compile(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b\s*(?:[–—:-]\s*)?",
                            re.I)


def _tabled_after_agenda(flat: list[tuple[int, int, Line]], i: int, agenda: int | None,
                         paged: bool) -> bool:
    """Whether line ``i`` titles a paper tabled with the pack (an errata sheet, an update
    sheet) after the agenda headed at line ``agenda``: at the top of a later page, set larger
    than the agenda's own heading and in title type over its page's prose. (The agenda's
    items may be set as headings; none is titled as a tabled paper in title type at a
    page's top.)"""
    page, idx, line = flat[i]
    if not paged or agenda is None or idx >= ITEM_STAMP_TOP or not line.size:
        return False
    agenda_page, _, agenda_line = flat[agenda]
    if page == agenda_page or line.size <= (agenda_line.size or 0) + SAME_SIZE_POINTS:
        return False
    if not _tabled_title(line.text):
        return False
    return line.size >= TITLE_SIZE_RATIO * _body_size(_page_lines(flat, i))


def _appendix_title(flat: list[tuple[int, int, Line]], i: int, heading: int | None,
                    paged: bool) -> bool:
    """Whether line ``i`` heads an appendix printed as a paper of its own: at its page's top,
    in the title type of the document before it (as large as the largest line on that
    document's first page). One headed in the type of a section heading is part of its
    report. A paper tabled with the pack (see TABLED_PAPER) says what it is in its title's
    words: in type as large as any on that first page and set apart from its own page's
    text, it is its own even after a report with no title type."""
    page, idx, line = flat[i]
    if not paged or heading is None or idx >= ITEM_STAMP_TOP or not line.size:
        return False
    lower = line.text.lower()
    appendix = ("app" in lower or "annex" in lower) and bool(APPENDIX_HEADING.match(line.text))
    if not appendix and not _tabled_title(line.text):
        return False
    first_page = flat[heading][0]
    if page == first_page:
        return False
    # (its label alone in body type over its title: "Appendix A" over a consultant's review's
    # own cover, its name and title in the report's title type: the title's type is the
    # appendix's heading)
    titled = _title_size_under_label(flat, i) if appendix else None
    size = titled or line.size
    # the document's title type: the largest on its first page, if set apart from its body
    # (a report headed by its labels in body type has none, and its appendices are its own)
    first = sorted(other.size for p, _, other in flat if p == first_page and other.size)
    if not first or (appendix and first[-1] < HEADING_SIZE_RATIO * first[len(first) // 2]):
        return False
    if appendix and _sections_in(flat, first_page, first[-1],
                                 runs=size < first[-1] + SAME_SIZE_POINTS):
        return False  # its title in its sections' type: the appendix so headed is one more
    sizes = sorted(other.size for n, (p, _, other) in enumerate(flat)
                   if p == page and other.size and (appendix or n != i))
    if not sizes:
        return False
    # (set apart from the label's body type, under a title: a cover page of few lines, most
    # of them its title, has no body to tell by its median)
    body = line.size if titled else sizes[len(sizes) // 2]
    return size >= first[-1] and size >= TITLE_SIZE_RATIO * body


# An appendix's label alone: "Appendix J", "Annex 2".
_APPENDIX_NAME = re.compile(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b", re.I)
# ... and nothing after it on its line: "Appendix A" printed over the appendix's own title.
_BARE_APPENDIX_LABEL = re.compile(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\s*$", re.I)


def _title_size_under_label(flat: list[tuple[int, int, Line]], i: int) -> float | None:
    """The type size of the line right under line ``i`` where ``i`` is an appendix's label
    alone on its line and that line is set larger (the appendix's title under its label),
    else None."""
    line = flat[i][2]
    if i + 1 >= len(flat) or flat[i + 1][0] != flat[i][0] or not _BARE_APPENDIX_LABEL.match(
            line.text):
        return None
    below = flat[i + 1][2].size
    if not below or not line.size or below <= line.size + SAME_SIZE_POINTS:
        return None
    return below if _cover_under_label(flat, i) else None


# A caption names a table or chart, not a paper: "Table 1: Proposed fees", "Figure 2 - ...".
_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart|Graph|Map|Diagram)\s+\d", re.I)
# A line of prose: a sentence of at least this many words, ended by its stop.
PROSE_WORDS = 6


def _cover_under_label(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the lines from the title under label ``i`` to its page's end make a cover (a
    consultant's name, the title, "Final Report", whom it was prepared for, a date): no
    caption for a title, no table row, no sentence of prose. An appendix whose big heading
    goes on into its table or text on the same page ("Appendix A" over "Proposed Fees and
    Charges 2026/27" and the fees) is its report's, whatever its heading's type."""
    if _CAPTION.match(flat[i + 1][2].text):
        return False
    page = flat[i][0]
    for p, _, other in flat[i + 1:]:
        if p != page:
            break
        text = other.text.strip()
        if table_row(other) or (text.endswith(".") and len(text.split()) >= PROSE_WORDS):
            return False
    return True


def _same_appendix(flat: list[tuple[int, int, Line]], heading: int | None, i: int) -> bool:
    """Whether line ``i`` titles the appendix the current document's heading (line
    ``heading``) titles, by its label ("Appendix J: Budget Risks Register" atop each of its
    pages): the appendix goes on, as a running title prints it again. Its title after the
    label goes on too where both lines give one (", continued" at most added): a pack of
    several items' appendices has an "Appendix 1 - Prudential Indicators" for one item and
    an "Appendix 1 - Strategic Risk Register" for the next, two papers under one label."""
    if heading is None:
        return False
    here, there = _APPENDIX_NAME.match(flat[i][2].text), _APPENDIX_NAME.match(flat[heading][2].text)
    if not (here and there and _words(here.group()) == _words(there.group())):
        return False
    titled = _words(APPENDIX_LABEL.sub("", flat[i][2].text))
    first = _words(APPENDIX_LABEL.sub("", flat[heading][2].text))
    return not titled or not first or titled.startswith(first) or first.startswith(titled)


def _words(text: str) -> str:
    """``text`` in lower case, its words parted by one space (how two printings compare)."""
    return " ".join(text.lower().split())


def _appendix_first(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> bool:
    """Whether line ``i`` heads the file's first paper as an appendix ("Appendix A" at the top
    of its first page, in the largest type on it and set apart as a title): a file of a
    report's appendices alone, with no report before them. The appendix is its first
    document, and a later appendix headed in its type a document of its own (see
    ``_appendix_title``), as each is after a report."""
    page, idx, line = flat[i]
    if not paged or page != flat[0][0] or idx >= ITEM_STAMP_TOP or not line.size:
        return False
    lower = line.text.lower()
    if not (("app" in lower or "annex" in lower) and APPENDIX_HEADING.match(line.text)):
        return False
    lines = _page_lines(flat, i)
    largest = max(other.size or 0.0 for other in lines)
    return line.size >= largest and line.size >= TITLE_SIZE_RATIO * _body_size(lines)


# A report's numbered section heading: "1. Purpose of the report", "2 Recommendation".
SECTION_HEADING = re.compile(r"^\s*\d{1,2}\.?\s+[A-Z][^.;:]{0,60}$")
# Runs of lines in a document's title type on its first page that make its section headings.
SECTION_RUNS_MIN = 3


def _sections_in(flat: list[tuple[int, int, Line]], page: int, size: float, *,
                 runs: bool) -> bool:
    """Whether the sections of the document whose first page is ``page`` are headed in type
    of ``size``: a numbered section heading so set, or (``runs``: for an appendix headed in
    that type, not larger) SECTION_RUNS_MIN runs of lines in it apart from each other (its
    title, then "Recommendations", "Key messages" further down; a masthead over the title in
    the same type makes two)."""
    found = 0
    inside = False
    for p, _, other in flat:
        if p != page or not other.size:
            continue
        same = abs(other.size - size) < SAME_SIZE_POINTS
        if same and SECTION_HEADING.match(other.text):
            return True
        found += same and not inside
        inside = same
    return runs and found >= SECTION_RUNS_MIN
