"""The item a paper is, as its publisher stamps it or its heading names it: "Agenda Item 5"
(CMIS: "Item 5") at the top of an item's first page, the next item's stamp further down a page
where its paper runs on from the last, a text file's stamp over its paper's head, "Item 7:
Corporate Risk Register" over another item's paper than the one before."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.load.model import Line
from kcc_papers.normalise.bilingual import halves
from kcc_papers.segment_starts.header_labels import _over_labels
from kcc_papers.segment_starts.item_titles import (
    LETTERED_ITEM,
    TITLED_ITEM,
    _lettered_item_of,
    _titled_item_of,
)
from kcc_papers.segment_starts.layout import (
    HEADING_SIZE_RATIO,
    ITEM_STAMP_TOP,
    MASTHEAD_DATE_SPLIT,
    SAME_SIZE_POINTS,
    _body_size,
    _masthead_start,
    _page_lines,
    _set_as_heading,
)
from kcc_papers.segment_starts.masthead_stamps import ends_with_stamp, masthead_stamp, repeats_stamp
from kcc_papers.segment_starts.report_heads import (
    MINUTES_TITLE_BELOW,
    REPORT_BY,
    REPORT_HEAD_TOP,
    _meeting_over_report,
    _report_head_line,
    replacement_page_label,
)
from kcc_papers.segment_starts.spaced_stamps import unspaced_stamp
from kcc_papers.segment_starts.text_mastheads import authority_masthead, dated_masthead_line

# The stamp a pack's publisher prints at the top of an item's first page, alone on its line
# ("Agenda Item 5", "Agenda Item 5a"); the pages after it, and an appendix stamped with the
# same number, are that item's.
# CMIS prints "Item 4", and "Item 6 - Appendix 1" over the item's appendix.
ITEM_STAMP = re.compile(
    # (a planning pack's sub-items: "Item 6.1", one application each)
    # ("Item: 5.1.", labelled, its number closed by a point)
    # (a parish or town council's item numbered by its year and a running number: "Agenda item
    # 27/036", the running number the item's)
    # (after the paper's own reference: "Paper TfWS/B/27/11 - Agenda Item 5")
    r"^\s*(?:Paper\s+\S+(?:\s+[-–—|]|,)\s+)?"
    # (a trust board's items carry the board's code: "Agenda item TB 7", kept to stamps that
    # say "Agenda", see _item_stamp)
    r"(?P<agenda>Agenda\s+)?Item(?:\s*:\s*|\s+)(?:No\.?\s*)?(?:(?P<code>[A-Z]{2,4})\s?(?=\d))?"
    r"(?P<item>[A-Z]?(?:\d{2}(?:\d{2})?/)?"
    r"(?P<number>\d{1,3})"
    r"(?:\.\d{1,2})?[a-z]?)\.?(?:\s*[-–—:]\s*(?:Appendix|Annex)\b.*)?\s*$", re.I)


def _item_stamp(flat: list[tuple[int, int, Line]], i: int, paged: bool,
                in_paper: Callable[[], bool] = lambda: False) -> str | None:
    """The item number line ``i`` stamps, if it is a publisher's stamp at a page's top. "Item
    4" without "Agenda" is a stamp only in the page's body type, not bold: so set, it is no
    minute's heading; inside a paper heading no part of its own so (``in_paper()``: a report,
    minutes numbered otherwise) it may be large too, though not bold. A publisher stamps a
    page once: a page with more such lines lists items (an agenda printing "Item 11" over
    each title, running onto a page of its own)."""
    _, idx, line = flat[i]
    # (a stamp overprinted across the page's top, "Agenda Pack", is no line of its head)
    if not paged or "item" not in line.text.lower() or idx - sum(
            above.stamp for _, _, above in flat[i - idx : i]) >= ITEM_STAMP_TOP:
        return None
    # a bilingual stamp prints either language first: "Eitem Agenda / Agenda Item 4"
    m = next(filter(None, (ITEM_STAMP.match(half) for half in halves(line.text))), None)
    if not m or (m.group("code") and not m.group("agenda")):
        return None  # "Item TB 7" without "Agenda" may head a minute numbered so
    page = _page_lines(flat, i)
    # (an agenda listing its items prints them all one way: a board's coded item named in a
    # paper's text, "Agenda item CAB 7" on a line of its own, is no second stamp on its page)
    stamps = [s for s in (ITEM_STAMP.match(other.text) for other in page) if s]
    if sum((s.group("code") is None) == (m.group("code") is None) for s in stamps) > 1:
        return None
    # (in a paper heading no part "Item", a stamp may be large, but never bold: a bold "Item
    # 4" printed over every page is that page's number, as a running head prints it)
    set_apart = line.bold or ((not line.size or line.size > _body_size(page)) and not in_paper())
    if not m.group("agenda") and not _over_labels(flat, i) and not _over_title(
            flat, i) and set_apart:
        return None
    return m.group("item").lower()


# Lines under a stamp within which its paper's head says whose report it is.
STAMP_HEAD_BELOW = 6


def _stamp_mid_page(flat: list[tuple[int, int, Line]], i: int, stamped: int) -> str | None:
    """The item number line ``i`` stamps below a page's top, where the next item's paper
    starts straight after the last one ends on the page: "Agenda Item 6" printed as the
    current paper, starting at line ``stamped``, was stamped "Agenda Item 5", in the same
    type, over the same head (the masthead under the stamp repeated, or a line saying whose
    report it is). A report's line naming an item in its text is no stamp."""
    line = flat[i][2]
    if "item" not in line.text.lower() or not (m := ITEM_STAMP.match(line.text)):
        return None
    first = flat[stamped][2]
    own = ITEM_STAMP.match(first.text)
    item = m.group("item").lower()
    if (own is None or not m.group("agenda") or not own.group("agenda")
            or item == own.group("item").lower() or line.size is None or first.size is None):
        return None
    if line.bold != first.bold or abs(line.size - first.size) > SAME_SIZE_POINTS:
        return None
    page = flat[i][0]
    below = [other.text for p, _, other in flat[i + 1 : i + 1 + STAMP_HEAD_BELOW] if p == page]
    if not below:
        return None
    masthead = flat[stamped + 1][2].text.strip() if stamped + 1 < len(flat) else ""
    if below[0].strip() == masthead or any(REPORT_BY.match(text) for text in below):
        return item
    return None


def _over_title(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an "Item 5" line stands over a larger title on its page, the paper's own: a
    publisher's stamp, however it is set (a minute's "Item 4" heading has its title beside
    it, or under it in type no larger)."""
    line = flat[i][2]
    if i + 1 >= len(flat) or flat[i + 1][0] != flat[i][0] or not line.size:
        return False
    return (flat[i + 1][2].size or 0) >= HEADING_SIZE_RATIO * line.size


# In text (no pages), a report's head: the meeting's masthead in capitals, then its item and
# title on one line ("AGENDA ITEM 5: CLERK'S FINANCE REPORT - MARCH 2026").
TITLED_STAMP = re.compile(
    r"^\s*Agenda\s+Item\s+(?:No\.?\s*)?[A-Z]?(?P<number>\d{1,3})[a-z]?\s*[:.–—-]\s+\S", re.I)
# A masthead line names a body ("ASHCOMBE REGIS TOWN COUNCIL", "FINANCE AND GENERAL PURPOSES
# COMMITTEE - 20.04.26").
MASTHEAD_BODY = re.compile(r"\b(?:COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|FORUM|COMMISSION|"
                           r"AUTHORITY|PARTNERSHIP)\b")


def _titled_stamp(flat: list[tuple[int, int, Line]], i: int, agenda: int | None) -> bool:
    """Whether line ``i`` of a text file is a report's item and title under the masthead of
    its meeting (an agenda listing its items so has its heading, not a masthead, above; nor
    is a heading of its items in capitals a masthead: "MATTERS FOR DECISION BY THE COUNCIL"
    over the next item of the list, ``agenda`` the line that started that agenda)."""
    text = flat[i][2].text
    if "item" not in text.lower() or not (m := TITLED_STAMP.match(text)):
        return False
    start = _masthead_start(flat, i, False)
    if not (start < i and any(MASTHEAD_BODY.search(line.text) for _, _, line in flat[start:i])):
        return False
    return agenda is None or not _goes_on_from(flat[agenda:start], int(m.group("number")),
                                               TITLED_STAMP)


# In text, the stamp alone on its line over an item's paper: "Agenda item 5", "Agenda item
# 24/124" (a town council numbers its items by the year and a running number); or the paper's
# own letter or number, as the agenda's "Paper" column gives it ("PAPER B").
TEXT_ITEM_STAMP = re.compile(
    r"^\s*(?:Agenda\s+Item\s+(?:No\.?\s*)?(?P<ref>[A-Z]?\d{1,3}(?:[./]\d{1,3})?[a-z]?)"
    r"|Paper\s+(?P<paper>[A-Z]|\d{1,3}))\.?\s*$", re.I)
# What every match of TEXT_ITEM_STAMP holds (a line without either is not searched).
TEXT_STAMP_WORDS = ("item", "paper")
# The paper's masthead and title lines, in capitals, between the stamp and whose report it is.
STAMP_HEAD_LINES = 4


def _stamped_report(flat: list[tuple[int, int, Line]], i: int, agenda: int | None,
                    current: int | None) -> bool:
    """Whether line ``i`` of a text file is an item's stamp over the head of its paper: the
    stamp alone on its line, then (perhaps under the meeting's masthead and the title, in
    capitals) whose report it is ("REPORT OF THE TOWN CLERK: ..."). Under an agenda
    (``agenda``, the line that started it) the stamp is a paper's only for an item the agenda
    listed by that number: a list printing "Agenda item 5" over each title is no paper. Nor
    is it where the current document (started at line ``current``) heads parts of its own so
    before it: minutes heading each minute "Agenda item 2" head their "REPORT OF THE
    CHAIRMAN" so too."""
    text = flat[i][2].text
    lower = text.lower()
    if not any(word in lower for word in TEXT_STAMP_WORDS):
        return False
    # (the stamp may close the masthead's line: "... COMMITTEE - 8 DECEMBER 2027  AGENDA ITEM 4")
    on_masthead = masthead_stamp(text)
    if not (m := TEXT_ITEM_STAMP.match(on_masthead or text)):
        return False
    if current is not None and any(TEXT_ITEM_STAMP.match(line.text)
                                   for _, _, line in flat[current + 1 : i]):
        return False
    page = flat[i][0]
    # (the current paper's own stamped masthead again: its next page's running head)
    again = bool(on_masthead and current is not None
                 and repeats_stamp(on_masthead, flat[current][2].text))
    for n, (p, _, line) in enumerate(flat[i + 1 : i + 1 + STAMP_HEAD_LINES], i + 1):
        if p != page:
            return False
        # (or the paper's masthead naming its meeting: "Amenities and Open Spaces Committee -
        # 8 December 2027" under the council's name, whatever the paper's title says it is,
        # but minutes: their title under it starts them)
        if _report_head_line(line.text) or (
                replacement_page_label(line.text) and not _same_item(flat, current, m)) or (
                not again and _meeting_over_report(
                [s.text for _, _, s in flat[n : n + 1 + MINUTES_TITLE_BELOW]])):
            return agenda is None or (
                _lists_ref(flat[agenda:i], m.group("ref")) if m.group("ref")
                else _lists_paper(flat[agenda:i], m.group("paper")))
        if not (_in_capitals(line.text) or authority_masthead(line.text)
                or dated_masthead_line(line.text)) or (
                on_masthead and ends_with_stamp(line.text)):
            return False  # (a contents list of the pack's papers, each line stamped, is none)
    return False


def _same_item(flat: list[tuple[int, int, Line]], current: int | None,
               stamp: re.Match[str]) -> bool:
    """Whether the current document was started at line ``current`` by the same item's stamp
    as ``stamp`` (TEXT_ITEM_STAMP): a page the item's stamp repeats over, labelled a revised
    page ("Agenda Item 5" over "APPENDIX A" over "REVISED PAGE 3"), is its own report's."""
    if current is None or not stamp.group("ref"):
        return False
    head = TEXT_ITEM_STAMP.match(masthead_stamp(flat[current][2].text) or flat[current][2].text)
    return head is not None and head.group("ref") == stamp.group("ref")


def _in_capitals(text: str) -> bool:
    """Whether a line is set in capitals, as a text paper sets its masthead and title (its
    date may be in words: "TOWN COUNCIL - 12th SEPTEMBER 2024")."""
    name = MASTHEAD_DATE_SPLIT.split(text, maxsplit=1)[0]
    return bool(re.search("[A-Z]", name)) and name.upper() == name


def _schedules_part(flat: list[tuple[int, int, Line]], starts: list[tuple[int, str]], i: int,
                    item: str) -> bool:
    """Whether "Item A1" at line ``i`` heads a part of the current report, not a paper of its
    own: a schedule (a planning committee's "Schedule A - Applications for Decision", stamped
    as the agenda's item 4) lists its parts by their refs before their pages ("A1 | 26/0123/FUL
    | ..."), and the agenda before it lists no item by that ref, nor the item it would be a
    part of (its items are 1 to 6). An item the agenda lists ("3.1 Mill Farm"), or a part of
    one ("Item 3.2" under the agenda's "3. Applications"), is a paper of its own, however the
    report before it names it."""
    agendas = [n for n, (_, kind) in enumerate(starts) if kind == "agenda"]
    if not agendas or len(starts) < 2 or starts[-1][1] != "report":
        return False
    begin = starts[agendas[-1]][0]
    end = starts[agendas[-1] + 1][0] if agendas[-1] + 1 < len(starts) else i
    agenda = flat[begin:end]
    if not any(AGENDA_REF_LINE.match(line.text) for _, _, line in agenda):
        return False  # no items read from the agenda's lines: its refs are unknown
    whole = m.group(0) if (m := re.match(r"\d+", item)) else item  # "3.1", "4a": of 3, 4
    return (not _lists_ref(agenda, item) and not _lists_ref(agenda, whole)
            and _lists_ref(flat[starts[-1][0] : i], item))


# An agenda's item line, its ref first ("4. Schedule A", "4 Schedule A", "12) Budget").
AGENDA_REF_LINE = re.compile(r"^\s*[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?[.)]?\s+[A-Z]")


def _lists_ref(lines: list[tuple[int, int, Line]], ref: str) -> bool:
    """Whether an agenda's ``lines`` list an item numbered ``ref`` ("24/124  Christmas
    lights", "5. Budget")."""
    listed = re.compile(rf"^\s*{re.escape(ref)}[.)]?\s+\S", re.I)
    return any(listed.match(line.text) for _, _, line in lines)


def _lists_paper(lines: list[tuple[int, int, Line]], paper: str) -> bool:
    """Whether an agenda's ``lines`` give an item the paper ``paper`` in their last column
    ("3.  Growth Grant Programme: Round 6 awards    CEO    B")."""
    listed = re.compile(rf"\S\s+{re.escape(paper)}\s*$", re.I)
    return any(listed.search(line.text) for _, _, line in lines)


def _goes_on_from(lines: list[tuple[int, int, Line]], number: int,
                  stamp: re.Pattern[str]) -> bool:
    """Whether item ``number`` is past every item an agenda's ``lines`` list in its form
    (``stamp``: "Agenda Item 3: ...", "Item 3"): the list's next item. An item's paper after
    the agenda has one of the numbers it listed."""
    listed = [int(m.group("number")) for _, _, line in lines if (m := stamp.match(line.text))]
    return bool(listed) and number > max(listed)


# The item a paper's heading says it is ("Board meeting: 16 April 2026 - Item 6").
ITEM_NAMED = re.compile(r"\bItem\s+(?:No\.?\s*)?(?P<item>[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)\b",
                        re.I)


def _next_item_titled(flat: list[tuple[int, int, Line]], i: int, heading: int | None,
                      stamp: str | None) -> bool:
    """Whether line ``i``, at its page's top and set as a heading, heads another item's paper
    than the report before it ("Item 7: Corporate Risk Register" after the paper of item 6,
    "Item E: ..." after item D's): a report's pages that repeat its own item's heading go on
    with it."""
    _, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or "item" not in line.text.lower():
        return False
    m = TITLED_ITEM.match(line.text)
    if m is None and (m := LETTERED_ITEM.match(line.text)) is not None:
        current = _lettered_item_of(flat, heading)
        return (current is not None and m.group("item") != current
                and _set_as_heading(flat, i))
    if m is None or not _set_as_heading(flat, i):
        return False
    current = _current_item(flat, heading, stamp)
    return current is not None and m.group("item").lower() != current


def _item_titled_after_minutes(flat: list[tuple[int, int, Line]], i: int,
                                heading: int | None) -> bool:
    """Whether line ``i``, at its page's top and set as a heading, heads an item's paper by its
    number and title ("Item 5: Risk and Issue Log") after minutes (started at ``heading``)
    that head none of their own minutes so: those number theirs otherwise ("1. Welcome"), so
    the line is the next paper's head, not their next minute."""
    _, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or "item" not in line.text.lower():
        return False
    if TITLED_ITEM.match(line.text) is None or not _set_as_heading(flat, i):
        return False
    return not _heads_items_titled(flat, heading, i)


def _current_item(flat: list[tuple[int, int, Line]], heading: int | None,
                  stamp: str | None) -> str | None:
    """The item the current document is the paper of: the one its heading names, or the one
    its first page titles at its top ("Report of the Charity Finance Officer" that started it
    over "Item 4: Trustee's Annual Report"), or else the one last stamped at a page's top."""
    before = ITEM_NAMED.search(flat[heading][2].text) if heading is not None else None
    if before:
        return before.group("item").lower()
    return _titled_item_of(flat, heading) or stamp


def _titled_item_over_labels(flat: list[tuple[int, int, Line]], i: int, heading: int | None,
                             stamp: str | None, last_kind: str | None) -> bool:
    """Whether line ``i``, near its page's top under the meeting's masthead, heads an item's
    paper by its number and title over the paper's labelled block ("Item 6.2: NP/26/0412 -
    Low Scar Barn" over "Proposal:", "Applicant:", "Case officer:"): a planning
    application's report after the minutes, or after another item's report (its own
    item's heading repeated on its later pages goes on with it)."""
    _, idx, line = flat[i]
    if idx >= REPORT_HEAD_TOP or "item" not in line.text.lower():
        return False
    m = TITLED_ITEM.match(line.text)
    if m is None or not _set_as_heading(flat, i) or not _over_labels(flat, i):
        return False
    if last_kind != "report":
        # minutes that head their own minutes so ("Item 3: 26/0412/FUL - Land at Mill Lane"
        # over "Proposal:", "Applicant:") go on to their next minute
        return not _heads_items_titled(flat, heading, i)
    return m.group("item").lower() != _current_item(flat, heading, stamp)


def _heads_items_titled(flat: list[tuple[int, int, Line]], heading: int | None,
                        i: int) -> bool:
    """Whether the current document, from its heading to line ``i``, heads an item of its
    own by its number and title ("Item 1: Apologies") set as a heading."""
    begin = (heading or 0) + 1
    return any(TITLED_ITEM.match(line.text) and _set_as_heading(flat, n)
               for n, (_, _, line) in enumerate(flat[begin:i], begin))


# A board's pack letters (or numbers) its papers and prints the agenda's "Paper" column's
# reference over each paper's first page: "Paper A", "Paper D: Capital Programme Risk
# Register". (The line is stripped first: no run of spaces ends the pattern.)
PAPER_STAMP = re.compile(
    r"^Paper\s+(?:No\.?\s*)?(?P<ref>(?-i:[A-Z])|\d{1,2}[a-z]?)(?![\w/])(?:\s*[:.–—-].*)?$", re.I)
# A paper's coded reference, its series' letters and numbers ("Paper FB-27-21", "Paper
# HWB/28/04", or run together: "Paper HB2", a board's initials and the paper's number): the
# agenda's "Paper" column's, printed over the paper's first page in any type (the code alone
# says it is a stamp, not a heading's words).
CODED_PAPER_STAMP = re.compile(
    r"^Paper\s+(?P<ref>(?-i:[A-Z]{1,5})(?:[-/]\d{2}(?:[-/]\d{1,3}){1,2}|\d{1,3}))$", re.I)


def _paper_stamp(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> str | None:
    """The paper reference line ``i`` stamps, if it is a pack's "Paper B" set as a heading at
    a PDF page's top, the only such line on its page (a page listing several is a list of
    papers, not one paper's first page)."""
    _, idx, line = flat[i]
    # (letter-spaced, "P A P E R K R C 2", read as the stamp it spells: spaced_stamps)
    text = unspaced_stamp(line.text.strip())
    if not paged or idx >= ITEM_STAMP_TOP or "paper" not in text.lower():
        return None
    coded = CODED_PAPER_STAMP.match(text)
    m = coded or PAPER_STAMP.match(text)
    if m is None or not (coded or _set_as_heading(flat, i)):
        return None
    stamp = CODED_PAPER_STAMP if coded else PAPER_STAMP
    if sum(bool(stamp.match(unspaced_stamp(other.text.strip())))
           for other in _page_lines(flat, i)) > 1:
        return None
    return f"paper {m.group('ref').lower()}"


def _minutes_head_papers(flat: list[tuple[int, int, Line]], heading: int | None, i: int) -> bool:
    """Whether the minutes started at ``heading`` head a minute of their own by the paper it
    took before line ``i`` ("Paper B: Delivery programme update" set as a heading): then
    "Paper C: ..." at a page's top is their next minute, not the next paper's stamp."""
    begin = (heading or 0) + 1
    return any(PAPER_STAMP.match(line.text.strip()) and _set_as_heading(flat, n)
               for n, (_, _, line) in enumerate(flat[begin:i], begin))


# A report's own header row, the item it is the first of its labelled cells: "Item No. 6. |
# Classification: Open | Date: 19 October 2027 | Meeting Name: Cabinet" (the row Southwark's
# template opens each report with).
ITEM_HEADER_ROW = re.compile(
    r"^[^\S\n]*(?:Agenda[^\S\n]+)?Item[^\S\n]+(?:No\.?[^\S\n]*)?"
    r"(?P<item>[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)\.?[^\S\n]+", re.I)
# The labels such a row names from beside the item on, HEADER_ROW_LABELS_MIN of them at least.
HEADER_ROW_LABEL = re.compile(
    r"\b(?:Classification|Date(?:\s+of\s+meeting)?|Meeting(?:\s+name)?|Report\s+to|Decision"
    r"\s+maker|Ward\(?s\)?(?:\s+affected)?)\s*:", re.I)
HEADER_ROW_LABELS_MIN = 2


def _item_header_row(flat: list[tuple[int, int, Line]], i: int) -> str | None:
    """The item number line ``i``, at its page's top, heads a report with (see
    ITEM_HEADER_ROW): the item's cell and the row's labels beside it on one line."""
    _, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or "item" not in line.text.lower():
        return None
    m = ITEM_HEADER_ROW.match(line.text)
    if (m is None or not HEADER_ROW_LABEL.match(line.text, m.end())
            or len(HEADER_ROW_LABEL.findall(line.text, m.end())) < HEADER_ROW_LABELS_MIN):
        return None
    return m.group("item").lower()
