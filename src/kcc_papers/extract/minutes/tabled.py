"""Minutes printed as one ruled table, a row per minute: "No. | Item | Discussion and decision"
(joint committees and small bodies print them so). A PDF's text layer runs each row's cells
into one line ("22 Minutes of the last meeting Agreed as a correct record."), which no
heading reader can part; the table's cells can. The rows become the lines a heading reader
knows: "22. Minutes of the last meeting", then the other cells as the minute's text.

A record of a meeting may print the item's title run into its record instead, in bold at the
start of the cell ("Item | Record | Action": "3. | **Action log** The Committee noted ..."):
the title is the bold words the cell's first line opens with (``Line.lead``), the rest of the
cell the minute's text. A row printing no bold title is an item all the same: its record's
first sentence titles it. A record's rows are the minutes as the table parts them
(``record_split``), not lines for a heading reader."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import NamedTuple

from kcc_papers.extract.minutes.items import MinuteBlock, SplitMinutes
from kcc_papers.extract.minutes.minute_sentences import first_sentence
from kcc_papers.extract.minutes.outcome_cells import marks_resolution_within, resolution_parts
from kcc_papers.extract.minutes.patterns import SECTION, tidy_title
from kcc_papers.extract.minutes.resolution_marks import resolves
from kcc_papers.extract.minutes.webcast import RECORDING_HEAD
from kcc_papers.load.model import Table

# The header row: a number column, then the title column.
_NUMBER_HEAD = re.compile(r"^\s*(?:No\.?|Number|Ref\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s*$", re.I)
_TITLE_HEAD = re.compile(r"^\s*(?:Item|Subject|Title|Matter|Business)\b", re.I)
# A record's column, each cell the item's title run into what was said and done.
_RECORD_HEAD = re.compile(r"^\s*(?:Record|Minutes?|Notes|Discussion|Proceedings)\b", re.I)
# Its number column may be headed "Item".
_ITEM_HEAD = re.compile(r"^\s*Item(?:\s+No\.?)?\s*$", re.I)
# A column of what was resolved beside the minutes' numbers and titles ("Minute | Resolution"):
# each row's number cell holds its title too (_TITLED_CELL).
_RESOLVED_HEAD = re.compile(r"^\s*(?:Resolutions?|Decisions?|Outcomes?|Resolved)\s*$", re.I)
# The same header in the text layer: the cheap check before the (slow) table reading.
HEADER_LINE = re.compile(
    r"^\s*(?:No\.?|Number|Ref\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s+(?:Item|Subject|Title|Matter|"
    r"Business)\b"
    r"|^\s*(?:Item(?:\s+No\.?)?|No\.?)\s+(?:Record|Minutes?|Notes|Discussion|Proceedings)\b"
    r"|^\s*(?:No\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s+(?:Resolutions?|Decisions?|Outcomes?|"
    r"Resolved)\s*$"
    # (the title column unnamed: the number's heading, then the action column's alone)
    r"|^\s*(?:No\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s+Action(?:s|\s+by)?\s*$"
    # (the minute number's column named alone: _NUMBER_ONLY_HEAD)
    r"|^\s*Min(?:ute)?s?\.?\s+No\.?\s*$",
    re.I | re.M,
)
# A table headed by its minute number's column alone, the text's column beside it unnamed
# ("Minute No. | "): each row's first cell holds the number and the title ("21. APOLOGIES FOR
# ABSENCE"), the cell beside it the minute's text; only such titled rows are its minutes (a
# bare number beside words is no title). Labelled "Minute No." in full: a lone "No." heads
# lists of every kind.
_NUMBER_ONLY_HEAD = re.compile(r"^\s*Min(?:ute)?s?\.?\s+No\.?\s*$", re.I)
# A column naming who acts on each minute ("Action", "Action by", "Owner"): who is to act is
# no part of what was minuted.
_ACTION_HEAD = re.compile(
    r"^\s*(?:Actions?(?:\s+by)?|Owner|By\s+whom|Responsible(?:\s+officer)?)\s*$", re.I)
_NUMBER_CELL = re.compile(r"^\s*(?P<num>[A-Z]{0,4}[/.]?\d{1,4}(?:/\d{2,4})?)\.?\s*$")
# ... or the number and the minute's title in one cell, the number perhaps labelled and
# lettered: "61. Apologies for Absence", "Minute 12(a) Minutes of the Meeting". The cells
# beside it are then all the minute's text.
_TITLED_CELL = re.compile(
    r"^\s*(?:Min(?:ute)?\.?[^\S\n]?(?:No\.?[^\S\n]?)?)?"
    r"(?P<num>\d{1,4}(?:\([a-z]\)|[a-z])?)[.:]?\s+(?P<title>[A-Z'‘\"“].*)$", re.S)
# A table of minutes has at least this many numbered rows.
_MIN_ROWS = 2


class Row(NamedTuple):
    """A numbered row of a table of minutes: its page, number as printed, title, and the
    minute's text (the rest of its title's cell, then its other cells)."""

    page: int
    number: str
    title: str
    text: list[str]
    titled: bool = False  # the title printed in the number's cell, the text beside it


def table_lines(tables: Iterable[Table], leads: dict[int, list[str]] | None = None
                ) -> list[tuple[int, str]] | None:
    """The lines of the table of minutes (number, then title, then its other cells as text),
    or None when no table is one (see ``table_rows``)."""
    read = table_rows(tables, leads)
    return None if read is None else rows_as_lines(read[0])


def rows_as_lines(rows: Iterable[Row]) -> list[tuple[int, str]]:
    """The rows as the lines a heading reader knows: each row's "22. Minutes of the last
    meeting", then its text."""
    lines: list[tuple[int, str]] = []
    for row in rows:
        lines.append((row.page, f"{row.number}. {row.title}"))
        lines += [(row.page, t) for t in row.text]
    return lines


def table_rows(tables: Iterable[Table], leads: dict[int, list[str]] | None = None,
               minuted_column: bool = False) -> tuple[list[Row], bool] | None:
    """The numbered rows of the table of minutes, and whether it is a record's (each row's
    title run into its record's cell); None when no table is one. A table split over pages
    repeats its header on each, or goes on under none (a record's table): every table under
    the header is a part of it, read in turn, and a headless table on the next page with no
    more columns whose first row is numbered (or, a record's, runs on the last row's record
    with its number cell empty) goes on with it. ``leads``: the bold run-ins of
    each page's lines, by page (titles run into a record's cells). ``minuted_column``: read
    only a table with a column of what was minuted (``minutes_column``)."""
    rows: list[Row] = []
    record = False
    parted = False  # whether the table parts each minute's title from its text by rows
    spans = False  # whether the last row's number cell spans the rows read into it
    header: list[str] | None = None  # the header of the table being read
    last_page = 0  # the page of its last part
    for table in tables:
        texts = table.texts()
        if texts and _is_header(texts[0]) and (
                not minuted_column or minutes_column(texts[0])):
            header, body = texts[0], texts[1:]
        elif (header is not None and texts and table.page == last_page + 1
              and _goes_on(header, texts)):
            body = texts
        else:
            header = None
            continue
        last_page = table.page
        titled_only = _numbers_only(header)
        run_in = not titled_only and _RECORD_HEAD.match(header[1] or "") is not None
        record = record or run_in
        page_leads = (leads or {}).get(table.page, [])
        owners = _action_columns(header)
        decided = _decision_columns(header)
        for cells in (_minuted(_labelled(cells, header, decided), owners) for cells in body):
            row = _row(table.page, cells, run_in, page_leads)
            if titled_only and row and not row.titled:
                row = None
            parted = parted or bool(row and row.titled)
            if row and rows and row.number == rows[-1].number and (spans or not rows[-1].text):
                # the number's cell spans the minute's rows (its title's alone, then its
                # text's): the reader repeats it on each, and each row after the first is its
                # text (a title row printing text beside it is a minute of its own, numbered
                # twice by mistake)
                rows[-1].text.extend(_cell_texts(cells[1:]))
                parted = spans = True
            elif row:
                rows.append(row)
                spans = False
            elif run_in and rows and _runs_on(cells):
                rows[-1].text.extend(_cell_texts(cells[1:]))
            elif titled_only and rows and row is None and _text_alone(cells):
                # (a row of the text's cell alone, the number's beside it empty: the minute
                # above run on, in a table headed by the number alone)
                rows[-1].text.extend(_cell_texts(cells))
    # a table that parts title and text by rows has read each minute whole, as a record's
    return (rows, record or parted) if len(rows) >= _MIN_ROWS else None


def _action_columns(header: list[str]) -> set[int]:
    """The columns after the title's that name who acts on each minute, or where the item
    starts in the meeting's webcast (webcast.py): neither is what was minuted."""
    return {k for k, name in enumerate(header) if k >= 2 and (
        _ACTION_HEAD.match(name or "") or RECORDING_HEAD.match(name or ""))}


def _decision_columns(header: list[str]) -> set[int]:
    """The columns after the title's named for what was decided ("No. | Item | Discussion |
    Decision"): each cell is the minute's decision, printed bare ("That the minutes ... be
    approved") as the column's name labels it."""
    return {k for k, name in enumerate(header) if k >= 2 and _RESOLVED_HEAD.match(name or "")}


# A cell saying what was decided, as a resolution's words do: its clause ("That the minutes
# ... be approved", "To defer ..."), a list of them, or the outcome's own word ("Noted.",
# "Deferred to March"). An "Outcome" column holds an action's progress too ("Ongoing",
# "Officers to circulate the figures"), and a cell of nothing decided ("None.", "N/A", "-"):
# neither is labelled a decision.
_SAYS_DECIDED = re.compile(
    r"^\s*(?:That|To)\b|^\s*\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s"
    r"|^\s*(?:Noted|Agreed|Approved|Adopted|Endorsed|Accepted|Received|Deferred|Refused"
    r"|Rejected|Withdrawn|Recommended|Ratified|Confirmed)\b", re.I)


def _labelled(cells: list[str], header: list[str], decided: set[int]) -> list[str]:
    """The row's cells, each bare decision under its column's name as its label ("Decision:
    That the minutes ... be approved"), as a resolution reader knows a decision; a cell that
    marks its own ("RESOLVED that ...") or says no decision (_SAYS_DECIDED) is kept as
    printed."""
    if not decided:
        return cells
    return [f"{' '.join(header[k].split())}: {' '.join(c.split())}"
            if k in decided and c and _SAYS_DECIDED.match(c)
            and not resolves(" ".join(c.split()))
            and not marks_resolution_within(" ".join(c.split())) else c
            for k, c in enumerate(cells)]


def _minuted(cells: list[str], owners: set[int]) -> list[str]:
    return [c for k, c in enumerate(cells) if k not in owners] if owners else cells


def _runs_on(cells: list[str]) -> bool:
    """A record's row with its number cell empty and words in its record's cell: the cell of
    the row above run on (over a page's foot, where the table goes on under no header)."""
    return not (cells[0] or "").strip() and len(cells) > 1 and bool((cells[1] or "").strip())


def _text_alone(cells: list[str]) -> bool:
    """A row holding one cell of words, no number or title opening it: a text's cell, its
    number's cell beside it left empty."""
    words = [c for c in cells if c and c.strip()]
    return len(words) == 1 and not (_NUMBER_CELL.match(words[0]) or _TITLED_CELL.match(words[0]))


def _cell_texts(cells: list[str]) -> list[str]:
    # (a cell's records run together, "The motion ... was lost. RESOLVED: That ...": a line each)
    return [part for c in cells if c and c.strip()
            for part in resolution_parts(" ".join(c.split()))]


def record_split(above: list[tuple[int, str]], rows: list[Row]) -> SplitMinutes:
    """A record's table as its minutes, a row each: the table has parted them, number, title
    and text, so no heading reader guesses at them again (it would take a row the record
    prints no title for, titled by its first sentence, for a numbered paragraph and drop
    it, and the row after it for a number out of sequence). ``above``: the lines above the
    table (the meeting's heading and attendance)."""
    items = [MinuteBlock(row.number, tidy_title(row.title), None, row.page,
                         [(row.page, t) for t in row.text]) for row in rows]
    numbers = [int(row.number) if row.number.isdigit() else None for row in rows]
    steps = [(a, b) for a, b in pairwise(numbers)
             if a is not None and b is not None]
    return SplitMinutes([(p, t) for p, t in above if not SECTION.match(t)], items,
                        [(a, b) for a, b in steps if b > a + 1],
                        [b for a, b in steps if b == a])


def _row(page: int, cells: list[str], run_in: bool, leads: list[str]) -> Row | None:
    """A table's row as a minute, or None where it is not numbered or has no title."""
    m = _NUMBER_CELL.match(cells[0] or "")
    if m is None and (t := _TITLED_CELL.match(cells[0] or "")):
        return Row(page, t.group("num"), " ".join(t.group("title").split()),
                   [c for c in _cell_texts(cells[1:]) if not _EMPTY_CELL.match(c)], True)
    cell = " ".join((cells[1] or "").split()) if len(cells) > 1 else ""
    title, rest = _record_title(cell, leads) if run_in else (cell, "")
    if not m or not title:
        return None
    others = [c for c in _cell_texts(cells[2:]) if not _EMPTY_CELL.match(c)]
    return Row(page, m.group("num"), title, [rest, *others] if rest else others)


# A cell holding a dash alone: nothing recorded there.
_EMPTY_CELL = re.compile(r"^[-–—]$")


def _numbers_only(header: list[str]) -> bool:
    """Whether a table's header names its minute number's column alone (_NUMBER_ONLY_HEAD)."""
    return bool(header and _NUMBER_ONLY_HEAD.match(header[0] or "")
                and not any((name or "").strip() for name in header[1:]))


def _is_header(cells: list[str]) -> bool:
    if _numbers_only(cells):
        return True
    if len(cells) < 2:
        return False
    first, second = cells[0] or "", cells[1] or ""
    # (the title column may go unnamed beside the number's: "Minute | | Action")
    return bool(_NUMBER_HEAD.match(first) and (_TITLE_HEAD.match(second) or not second.strip())
                and len(cells) > 2) or bool(
        (_NUMBER_HEAD.match(first) or _ITEM_HEAD.match(first))
        and (_RECORD_HEAD.match(second) or _RESOLVED_HEAD.match(second)))


def minutes_column(header: list[str]) -> bool:
    """Whether a table's header names a column of what was minuted beside the items' titles
    ("Notes", "Minutes", "Discussion", "Outcome", "Decision"), not only who acts and when
    ("No. | Item | Action | Owner | Due" is a log of actions, no record of the meeting)."""
    return any(_RECORD_HEAD.match(name or "") or _RESOLVED_HEAD.match(name or "")
               for name in header[1:])


def _goes_on(header: list[str], rows: list[list[str]]) -> bool:
    """Whether a table without a header, on the page after the last part of the one under
    ``header``, goes on with it: no more columns than it, its first row numbered. (A headless
    numbered table on the same page, an action log or attendance list under the minutes, is
    another table.)"""
    # (a header naming the number's column alone heads the text's beside it too)
    width = max(len(header), 2) if _numbers_only(header) else len(header)
    return 2 <= len(rows[0]) <= width and (
        bool(_NUMBER_CELL.match(rows[0][0] or "") or _TITLED_CELL.match(rows[0][0] or ""))
        or (len(header) > 1 and _RECORD_HEAD.match(header[1] or "") is not None
            and _runs_on(rows[0])))


def _record_title(cell: str, leads: list[str]) -> tuple[str, str]:
    """The title of a record's row and its text: the title run into the cell in bold; where
    the cell prints none, its first sentence, the whole cell kept as the text. A numbered row
    is an item of the meeting, titled or not: a reader citing it cites what it opens with,
    and what it says was done (its decisions) is in the text whatever the title."""
    title, rest = _run_in(cell, leads)
    return (title, rest) if title else (first_sentence(cell), cell)


def _run_in(cell: str, leads: list[str]) -> tuple[str, str]:
    """The title run into a record's cell (the longest of its page's bold run-ins that
    opens it, as a whole word), and the rest of the cell; no title where none does."""
    best = ""
    for lead in leads:
        if len(lead) > len(best) and cell.startswith(lead) and (
                len(cell) == len(lead) or cell[len(lead)] == " "):
            best = lead
    return (best, cell[len(best):].strip()) if best else ("", cell)
