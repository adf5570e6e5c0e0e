"""A report's labelled header block: "Report to:", "Date of meeting:", "Report of:" with
their colons, a cover sheet's table of the same labels without, a planning application's
labelled lines; and a notice's entry, labelled like a report's header, that records a decision
taken (no report's start)."""

from __future__ import annotations

import re
from dataclasses import replace

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, PROSE_LINE_CHARS, _other_languages

# The labelled header block other councils open a report with; REPORT_LABELS_MIN of them
# within LABEL_WINDOW lines start one.
_REPORT_LABEL_WORDS = (
    # ("Meeting(s):", the meetings a paper goes to; "Author / Job Title:", "Reference Number:")
    # ("Report for: Cabinet Member Signing", "Ward(s) or groups affected:")
    # (a Northern Ireland council's "Reporting Officer", who presents the report)
    r"(?:Report\s+(?:to|for)|Meeting(?:\s+date|\(s\))?|Committee|Reference\s+Number|Date\s+of\s+(?:the\s+)?meeting|Report\s+of|"
    r"Responsible\s+(?:executive|director|officer)|Reporting\s+officer|Report\s+"
    r"(?:author|by|title)|Author(?:\s*/\s*Job\s+title)?|Lead\s+officer|Title(?:\s+of\s+(?:the\s+)?report)?|Subject|Wards?\s+affected|Ward\(s\)(?:\s+or\s+groups)?\s+affected|"
    # (an integration joint board's "Direction required", whether the paper directs the
    # council or the health board, as the Scottish Government's directions template asks)
    r"Directions?\s+required|Key\s+decision|Classification|Portfolio(?:\s+holder)?|Cabinet\s+Member|Decision\s+maker|"
    r"Purpose(?:\s+of\s+(?:the\s+)?report)?)")
# An NHS body's cover sheet labels its paper by the item it is and the executive who leads it
# ("Agenda item: 5", "Executive lead: ..."); with a colon only: "Agenda item 5" alone on a line
# is a publisher's stamp (ITEM_STAMP), and a lead's name a cell of an agenda's table.
_COVER_SHEET_LABEL_WORDS = r"(?:Agenda\s+item|(?:Executive|Clinical|Senior\s+responsible)\s+lead)"
REPORT_LABEL = re.compile(
    rf"^\s*(?:{_REPORT_LABEL_WORDS}|{_COVER_SHEET_LABEL_WORDS})\s*:", re.I)
REPORT_LABELS_MIN = 3
# A second label further along a line that starts with one: the right-hand column of a header
# set in two columns ("Report by: Director of Place      Agenda item: 4"), capitalised as a
# label is, after a value (not the other half of a bilingual label, "... / Report to:").
LABEL_BESIDE = re.compile(
    rf"[^\s/]\s+(?-i:(?=[A-Z]))(?:{_REPORT_LABEL_WORDS}|{_COVER_SHEET_LABEL_WORDS})\s*:", re.I)
# The same labels as a cover sheet's table prints them, label and value in two columns and
# no colon ("Meeting | Corporate Parenting Panel", "Report by | ..."): LABEL_ROWS_MIN such
# rows within LABEL_WINDOW lines of a page's top start a report (more than the colon's
# REPORT_LABELS_MIN, as a bare word may start a line of prose).
# (a Northern Ireland council's cover table also names the report's title "Report on" and who
# wrote it, "Contact Officer": rows only, as "Contact Officer:" with its colon closes many an
# English report, no header of one)
_ROW_ONLY_LABEL_WORDS = r"(?:Report\s+on|Contact\s+officer)"
REPORT_LABEL_ROW = re.compile(
    rf"^\s*(?P<label>{_REPORT_LABEL_WORDS}|{_ROW_ONLY_LABEL_WORDS})(?:\s+\S.*)?$", re.I)
# ... and they count only among rows naming the meeting the paper goes to ("Date of Meeting",
# "Report to", "Committee"), as a cover table does: an English report's closing table of whom
# to contact ("Contact Officer | ...", "Lead Officer", "Portfolio Holder", "Wards affected"),
# atop its next page, names people, not a meeting.
ROW_ONLY_LABEL = re.compile(rf"{_ROW_ONLY_LABEL_WORDS}$", re.I)
MEETING_LABEL = re.compile(
    r"(?:report (?:to|for)|meeting(?: date|\(s\))?|committee|date of (?:the )?meeting)$")
LABEL_ROWS_MIN = 4
LABEL_WINDOW = 10
# The rows may start this far down their page under short lines only (the table's title row
# naming the meeting, "Cabinet | 14 September 2027", and a value cell wrapped above its label's
# line): a line of prose above them is a page of body text, the rows a list inside it.
LABEL_ROWS_TOP = 6

# A report's labelled header: "Application number:<tab>NP/26/0088/FUL", "Case officer: ...".
LABELLED_LINE = re.compile(r"^\s*(?:[\w.()/&'’-]+[ \t]+){0,3}[\w.()/&'’-]+:[ \t]+\S")


def _over_labels(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an "Item 6.1" heading stands over a labelled block of its own page (a
    planning application's "Application number:", "Site:", "Proposal:" ...): a report's
    header, however the item line is set; a minute's "Item 4" heading has its title and
    prose under it."""
    below = [line.text for page, _, line in flat[i + 1 : i + 1 + LABEL_WINDOW]
             if page == flat[i][0]]
    return sum(bool(LABELLED_LINE.match(text)) for text in below) >= REPORT_LABELS_MIN


# What a notice of decisions prints in each of its entries: the decision taken, under its
# label ("DECISION:", "Decision taken:") or as its resolution ("RESOLVED that ..."); a report's
# header block asks for a decision ("Decision required:", "Key decision: Yes") and records none.
DECISION_TAKEN = re.compile(
    # (the label's second word capitalised too: "Decision Made:", as CMIS prints it)
    r"^\s*(?:(?:DECISION|Decision)(?:\s+(?:[Tt]aken|[Mm]ade|TAKEN|MADE))?\s*:|RESOLVED\b|"
    r"Resolved\s*:)")
# An entry's labels and its decision lie within this many lines of its first label.
NOTICE_ENTRY_LINES = 15


def _records_decision(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the labelled block at line ``i`` records a decision taken (see DECISION_TAKEN)
    within NOTICE_ENTRY_LINES on its page: inside a notice of decisions, one of its entries,
    not a report of its own."""
    page = flat[i][0]
    return any(p == page and DECISION_TAKEN.match(line.text)
               for p, _, line in flat[i : i + NOTICE_ENTRY_LINES])


def _label_rows(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, near its page's top, is the first of a cover sheet's rows of
    labels (see REPORT_LABEL_ROW) on its page: LABEL_ROWS_MIN different labels (a table's
    cells wrapped onto lines of their own each say "Committee" again)."""
    page, idx, line = flat[i]
    if idx >= LABEL_ROWS_TOP or not REPORT_LABEL_ROW.match(line.text):
        return False
    above = [above.text for _, _, above in flat[i - idx : i]]
    if any(REPORT_LABEL_ROW.match(text) for text in above):
        return False
    if idx >= ITEM_STAMP_TOP and any(len(text) >= PROSE_LINE_CHARS for text in above):
        return False
    labels = {" ".join(m.group("label").lower().split())
              for p, _, other in flat[i : i + LABEL_WINDOW]
              if p == page and (m := REPORT_LABEL_ROW.match(other.text))}
    if not any(MEETING_LABEL.match(label) for label in labels):
        labels = {label for label in labels if not ROW_ONLY_LABEL.match(label)}
    return len(labels) >= LABEL_ROWS_MIN


def _report_label(text: str) -> bool:
    """Whether a line is a report header's label, in either language of a bilingual one
    ("Adroddiad i / Report to: ...")."""
    return bool(REPORT_LABEL.match(text)) or (
        "/" in text and any(REPORT_LABEL.match(half) for half in _other_languages(text)))


def _labels_in(line: Line) -> list[str]:
    """The report header labels a line holds, each as its words in lower case: one, or one in
    each column of a header set in two columns side by side ("Committee: ..." left, "Date:
    ..." right on the same baseline; "Report by: ..." beside "Agenda item: 3"), however the
    columns were read (as spans, or as one run)."""
    if not _report_label(line.text):
        return []
    text = line.text
    colon = text.index(":")
    beside = LABEL_BESIDE.findall(text) if ":" in text[colon + 1 :] else []
    # (a label beside another is matched from the last character of the value before it)
    return [_label_key(text[:colon])] + [_label_key(found.split(None, 1)[1]) for found in beside]


def _label_key(label: str) -> str:
    return " ".join(label.rstrip(": ").lower().split())


def _header_labels(lines: list[Line]) -> int:
    """How many different report header labels the lines hold: a header block names each of
    its fields once; the same label again ("Decision Maker:" over each decision of a page of
    decisions) is the next entry of a list, not more of one header."""
    return len({label for line in lines for label in _labels_in(line)})


# A header table's label cell wrapped over two lines, its value's first line beside the
# label's first word: "REPORT | MAYORAL COMBINED AUTHORITY AND MAYORAL BUDGET" over "TITLE: |
# OUTTURN 2025/26". The label's two runs start at one place, as do the value's.
_LABEL_FIRST_WORD = re.compile(r"[A-Za-z]+")
_LABEL_LAST_WORD = re.compile(r"[A-Za-z]+[^\S\n]*:")
# How far apart two runs may start and still be read as one column's (PDF points).
LABEL_COLUMN_TOLERANCE = 2.0
# A wrapped label's line holds its label's run and perhaps its value's, no more.
LABEL_CELL_RUNS = 2


def _wrapped_label(head: Line, tail: Line) -> str | None:
    """The one labelled line a label cell wrapped over ``head`` and ``tail`` makes ("REPORT
    TITLE: <value's first line> <its next>"), or None where the two are no such cell's: the
    label's runs one word, then one word and its colon, in one column, the value's runs (if
    both print one) in another, and the two words one label of a report's header ("Report
    title", "Responsible officer", see _REPORT_LABEL_WORDS: a word opening a wrapped line
    names no such label but by chance)."""
    if not (1 <= len(head.spans) <= LABEL_CELL_RUNS and 1 <= len(tail.spans) <= LABEL_CELL_RUNS):
        return None
    (hx, word), (tx, last) = head.spans[0], tail.spans[0]
    if (abs(hx - tx) > LABEL_COLUMN_TOLERANCE or not _LABEL_FIRST_WORD.fullmatch(word.strip())
            or not _LABEL_LAST_WORD.fullmatch(last.strip())):
        return None
    values = [head.spans[1:], tail.spans[1:]]
    if all(values) and abs(values[0][0][0] - values[1][0][0]) > LABEL_COLUMN_TOLERANCE:
        return None
    label = f"{word.strip()} {last.strip().rstrip(':').strip()}:"
    if not REPORT_LABEL.fullmatch(label):
        return None
    return " ".join([label] + [v[0][1].strip() for v in values if v])


def rejoin_wrapped_labels(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """``lines`` (page, line) with each header label wrapped over two lines of a page read
    as one line (see _wrapped_label): as printed, the value's first line was no field's
    (or ran into the field above it) and the field's label was lost."""
    out: list[tuple[int, Line]] = []
    for page, line in lines:
        if out and out[-1][0] == page and (text := _wrapped_label(out[-1][1], line)):
            head = out[-1][1]
            out[-1] = (page, replace(head, text=text, spans=[(head.spans[0][0], text)], cells=None))
            continue
        out.append((page, line))
    return out
