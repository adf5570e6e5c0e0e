"""Where each document of a file starts, and the kind its heading names.

A document starts at what it says about itself: an "AGENDA" heading, a "MINUTES of a meeting"
line, a report's "From:/To:/Subject:" block or labelled header, a "RECORD OF DECISION", a
notice of determination; and at what its publisher stamps on it: "Agenda Item 5" (CMIS: "Item
5") at the top of an item's first page, an appendix headed in the type of the pack's paper
titles, a tabled update sheet. The kind a heading names is only a hint: ``classify`` weighs it
against the document's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kcc_papers.load.model import Line, Table
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.appendices import (
    _appendix_first,
    _appendix_title,
    _correction_sheet_in_text,
    _same_appendix,
    _tabled_after_agenda,
    _tabled_kind,
)
from kcc_papers.segment_starts.enclosure_papers import agenda_lines, coded_paper_head
from kcc_papers.segment_starts.footed_mastheads import footed_masthead
from kcc_papers.segment_starts.header_labels import (
    LABEL_WINDOW,
    _label_rows,
    _records_decision,
    _report_label,
)
from kcc_papers.segment_starts.heading_kinds import (
    COVER_LINES,
    _agenda_under_cover,
    _heading_kind,
    _minutes_kind,
    continued_minutes,
)
from kcc_papers.segment_starts.item_stamps import (
    ITEM_STAMP,
    _goes_on_from,
    _item_header_row,
    _item_stamp,
    _item_titled_after_minutes,
    _minutes_head_papers,
    _next_item_titled,
    _paper_stamp,
    _schedules_part,
    _stamp_mid_page,
    _stamped_report,
    _titled_item_over_labels,
    _titled_stamp,
)
from kcc_papers.segment_starts.item_titles import TITLED_ITEM
from kcc_papers.segment_starts.layout import (
    ITEM_STAMP_TOP,
    SAME_SIZE_POINTS,
    TOP_OF_PAGE,
    _masthead_start,
    _set_as_heading,
)
from kcc_papers.segment_starts.listed_items import (
    agenda_listing,
    at_paper_head,
    earlier_item_after,
    listed_after,
    listed_item_head,
)
from kcc_papers.segment_starts.numbered_mid_page import head_runs_over, numbered_paper_mid_page
from kcc_papers.segment_starts.page_stamps import stamps_number_pages
from kcc_papers.segment_starts.record_runs import next_record_mid_page
from kcc_papers.segment_starts.report_heads import _council_masthead, _report_head
from kcc_papers.segment_starts.ruled_stamps import ruled_stamp
from kcc_papers.segment_starts.tagged_items import (
    tagged_after,
    tagged_again_after,
    tagged_item_head,
    tagged_title,
)
from kcc_papers.segment_starts.title_slides import (
    title_slide_after_report,
    title_slide_of_listed_item,
)
from kcc_papers.segment_starts.titled_mid_page import titled_item_mid_page
from kcc_papers.segment_starts.titled_pages import titled_page_of_listed_item
from kcc_papers.segment_starts.web_pages import _page_kind

# A heading of the same kind this close below the last one repeats it.
RUNNING_HEAD_LINES = 8

# The kinds a meeting has one paper of: its minutes' dated heading repeated at a page's top is
# their running head. A report's dated masthead ("Report to Cabinet - 14 July 2027") is every
# report's of that meeting, so repeated it may head the next report.
ONE_PER_MEETING = ("minutes",)


@dataclass
class _Walk:
    """What the walk down a file's lines knows so far: the starts found, the kind of the
    current document and the line that started it, and the item number last stamped at a
    page's top (a stamp repeated over an item's later pages starts nothing)."""

    flat: list[tuple[int, int, Line]]
    paged: bool
    # the heading line that named each start's kind, by start
    headings: dict[int, int]
    starts: list[tuple[int, str]] = field(default_factory=list)
    last_kind: str | None = None
    heading: int | None = None  # the line that started the current document
    stamp: str | None = None  # the item number last stamped at a page's top
    # the tables of the file's page of a number, read only when asked (an agenda's items
    # listed in a table: listed_items)
    tables: Callable[[int], list[Table]] = lambda _: []
    # the agenda's listed items by the lines it spans, read once (listed_items.agenda_listing)
    listed: dict[tuple[int, int], dict[str, str]] = field(default_factory=dict)
    # whether the file's item stamps number its pages (page_stamps): then they start nothing
    page_stamps: bool = False

    def begin(self, at: int, kind: str, heading: int, last_kind: str | None = None) -> None:
        """A document of ``kind`` starts at line ``at``, named by line ``heading``; the walk
        goes on as in a document of ``last_kind`` (a tabled paper read as a report)."""
        self.starts.append((at, kind))
        self.last_kind, self.heading = last_kind or kind, heading

    def agenda(self) -> int | None:
        """The line that started the current document, while that is an agenda."""
        return self.heading if self.last_kind == "agenda" else None


def _find_starts(flat: list[tuple[int, int, Line]], paged: bool,
                 headings: dict[int, int] | None = None,
                 tables: Callable[[int], list[Table]] | None = None,
                 ) -> tuple[list[tuple[int, str]], bool]:
    """Where each document starts and its kind by its heading; and whether the file is one
    ModernGov web page (by its page heading near the top). ``headings``, if given, is filled
    with the heading line that named each start's kind, by start; ``tables``, the tables of
    a page by its number, if given, may list the agenda's items."""
    walk = _Walk(flat, paged, {} if headings is None else headings,
                 page_stamps=paged and stamps_number_pages(flat))
    if tables is not None:
        walk.tables = tables
    for i, (_, idx, line) in enumerate(flat):
        if (paged and idx >= ITEM_STAMP_TOP and walk.last_kind == "report"
                and _next_paper_mid_page(walk, i)):
            continue
        if _closed_then_minutes(walk, i, idx):
            continue
        if (paged and idx >= TOP_OF_PAGE and walk.last_kind == "decision"
                and (record := next_record_mid_page(flat, i, walk.heading)) is not None):
            # a bulletin's next record run on under the last (see record_runs)
            walk.begin(record, "decision", i)
            continue
        if paged and idx >= TOP_OF_PAGE and not _agenda_under_cover(flat, i, walk.starts):
            continue
        page = _web_page_kind(walk, i, line)
        if page is not None:
            # A ModernGov web page is one document whatever headings its text repeats
            # ("Minutes of the Previous Meeting" on an agenda-item page).
            return [(0, page)], True
        if (_text_paper(walk, i) or _stamped_item(walk, i, idx) or _paper_head(walk, i, idx)
                or _listed_paper(walk, i, idx) or _title_slide_paper(walk, i, idx)
                or _tagged_paper(walk, i, idx) or _coded_paper(walk, i, idx)
                or _titled_after(walk, i, idx, line)):
            continue
        _heading_start(walk, i, idx, line)
    return walk.starts, False


# How every set of minutes ends: "The meeting closed at 7.02 pm".
MEETING_CLOSED = re.compile(r"^\s*(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded|"
                            r"terminated|rose)\s+at\b", re.I)
# The next minutes' heading is this many lines under the closing line at most (their
# masthead, the council's name, between).
CLOSED_ABOVE = 3


def _closed_then_minutes(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, down its page (wherever: the closing line above it says a
    paper ended there), heads minutes following the current minutes' closing line (see
    ``_minutes_after_closing``): they start there."""
    if not (walk.paged and idx and walk.last_kind == "minutes"):
        return False
    at = _minutes_after_closing(walk.flat, i)
    if at is None:
        return False
    walk.begin(at, "minutes", i)
    walk.headings[at] = i
    return True


def _minutes_after_closing(flat: list[tuple[int, int, Line]], i: int) -> int | None:
    """Where the minutes headed at line ``i``, down its page, start when they follow the
    current minutes' closing line ("The meeting closed at 7.02 pm" over "THORNLEIGH BOROUGH
    COUNCIL" over "MINUTES OF THE CABINET (HOUSING) SUB-COMMITTEE": a second meeting of the
    same evening minuted on from the first): the line after the closing one; None if no such
    line is just above, or line ``i`` heads no minutes."""
    if "minute" not in flat[i][2].text.lower():
        return None
    top = i - flat[i][1]
    for n in range(i - 1, max(top, i - CLOSED_ABOVE) - 1, -1):
        if MEETING_CLOSED.match(flat[n][2].text):
            return n + 1 if _heading_kind(flat, i) == "minutes" else None
        if not _set_as_heading(flat, n):
            return None
    return None


def _next_paper_mid_page(walk: _Walk, i: int) -> bool:
    """Whether line ``i``, below its page's top, stamps the next item's paper run on from
    this one's page (see ``_stamp_mid_page``): it starts there."""
    # (or titled "Item 5: ..." as the current paper was, see titled_mid_page)
    item = (_stamp_mid_page(walk.flat, i, walk.starts[-1][0])
            or titled_item_mid_page(walk.flat, i, walk.heading)
            # (or by its bare number over the label the current paper's head opens with)
            or numbered_paper_mid_page(walk.flat, i, walk.heading))
    if not item:
        return False
    walk.begin(i, "report", i)
    walk.stamp = item
    return True


def _web_page_kind(walk: _Walk, i: int, line: Line) -> str | None:
    """The kind of the ModernGov web page the file is, if line ``i``, near its top and before
    any start, is such a page's heading. (A paged file's "Minutes" over its meeting's line is
    a PDF's minutes, which may have papers after them, not a web page: no lines under it are
    given, so it is no page's heading there.)"""
    if i >= moderngov.HEADING_WITHIN or walk.starts:
        return None
    flat = walk.flat
    under = "" if walk.paged else "\n".join(
        below.text for _, _, below in flat[i + 1 : i + 1 + moderngov.MEETING_LINES])
    page = moderngov.page_heading(line.text, under)
    return _page_kind(page.lastgroup or "", flat) if page else None


def _text_paper(walk: _Walk, i: int) -> bool:
    """Whether line ``i`` of a text file (no pages) starts a report by its item and title
    under the meeting's masthead, or by its item's stamp over its paper's head."""
    if walk.paged:
        return False
    flat = walk.flat
    if _titled_stamp(flat, i, walk.agenda()):
        walk.begin(_masthead_start(flat, i, walk.paged, walk.heading), "report", i)
        return True
    if _stamped_report(flat, i, walk.agenda(), walk.heading):
        walk.begin(i, "report", i)
        return True
    if walk.last_kind in ("minutes", "report") and footed_masthead(
            flat, i, walk.heading if walk.last_kind == "minutes" else None):
        walk.begin(i, "report", i)
        return True
    if (stamp := ruled_stamp(flat, i, walk.starts)) is not None:
        # (line ``i`` starts the paper: a text file's one page has no top to start it at)
        _stamp_starts(walk, i, 0, stamp)
        return True
    return False


def _listed_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i``, after the minutes or a paper, heads the next paper by the bare
    number and title the pack's agenda lists for it (see ``listed_items``): a report starts
    there (at its page's top in a PDF)."""
    if walk.last_kind not in ("minutes", "report") or not walk.flat[i][2].text.lstrip(
            " |")[:1].isdigit() or not at_paper_head(walk.flat, i, walk.paged):
        return False
    listed = agenda_listing(walk.flat, walk.starts, i, walk.tables, walk.listed)
    if not (listed_item_head(walk.flat, i, walk.paged, listed)
            and listed_after(walk.flat, i, walk.heading, listed)):
        return False
    if walk.last_kind == "minutes" and earlier_item_after(walk.flat, i, walk.paged, listed):
        return False
    walk.begin(i - idx if walk.paged else i, "report", i)
    return True


def _title_slide_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, after the minutes or a paper, titles a deck's title slide
    by the title the pack's agenda lists for an item (see ``title_slides``): a report
    starts at its page's top."""
    if not walk.paged or walk.last_kind not in ("minutes", "report") or idx >= ITEM_STAMP_TOP:
        return False
    # (or the deck bound after its item's cover report, its appendix)
    if not (walk.last_kind == "report" and walk.heading is not None
            and title_slide_after_report(walk.flat, i, walk.heading)):
        listed = agenda_listing(walk.flat, walk.starts, i, walk.tables, walk.listed)
        if not (title_slide_of_listed_item(walk.flat, i, listed, walk.heading)
                # (or a page titled as an item alone, after a report: titled_pages)
                or (walk.last_kind == "report" and walk.heading is not None
                    and titled_page_of_listed_item(walk.flat, i, listed, walk.heading))):
            return False
    walk.begin(i - idx, "report", i)
    return True


def _tagged_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i``, after the minutes or a paper, heads the next paper by its title
    and its agenda item's number in brackets ("Highlight report: April 2027 (Item 4)", see
    ``tagged_items``): a report starts there (at its page's top in a PDF)."""
    # (the agenda read only for a line so tagged: few are)
    if walk.last_kind not in ("minutes", "report") or not tagged_title(walk.flat[i][2].text):
        return False
    listed = agenda_listing(walk.flat, walk.starts, i, walk.tables, walk.listed)
    if not (tagged_item_head(walk.flat, i, walk.paged, listed)
            and tagged_after(walk.flat, i, walk.heading)):
        return False
    if walk.last_kind == "minutes" and tagged_again_after(walk.flat, i, walk.paged, listed):
        return False
    walk.begin(i - idx if walk.paged else i, "report", i)
    return True


def _coded_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i``, after the minutes or a paper, heads the next paper by the enclosure
    code the pack's agenda lists for it ("FGP3: Schedule of payments", see
    ``enclosure_papers``), its words naming no kind of their own: a report starts there."""
    flat = walk.flat
    if (walk.last_kind not in ("minutes", "report") or walk.heading is None
            or ":" not in flat[i][2].text or _heading_kind(flat, i) is not None):
        return False
    if not coded_paper_head(flat, i, walk.heading, agenda_lines(flat, walk.starts, i)):
        return False
    walk.begin(i - idx if walk.paged else i, "report", i)
    return True


def _stamped_item(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` is a publisher's item stamp at its page's top (see
    ``_item_stamp``): a new item's paper starts on its page (the heading under the stamp, if
    any, names its kind later); the same item's stamp again, or an agenda's list going on
    onto a page of its own ("Item 11"), starts nothing."""
    flat = walk.flat
    # (asked only of a line that may be a stamp: it scans the paper so far)
    item = _item_stamp(flat, i, walk.paged, in_paper=lambda: _items_not_headed(walk, i))
    if item is not None and walk.page_stamps:
        return True  # a page's number stamped as an item's: it starts nothing
    if item is None:
        return _stamped_paper(walk, i, idx)
    if walk.last_kind == "agenda" and _goes_on_from(
            flat[walk.heading or 0 : i], _running_number(item), ITEM_STAMP):
        return True
    if walk.paged and _schedules_part(flat, walk.starts, i, item):
        return True  # a part of the schedule its report lists: the paper goes on
    _stamp_starts(walk, i, idx, item)
    return True


def _items_not_headed(walk: _Walk, i: int) -> bool:
    """Whether the current paper heads none of its parts "Item N": a report, or minutes
    numbering their minutes otherwise ("5. Minutes", "EZ/27/04"). In such a paper an "Item 5"
    line alone at a page's top is the next paper's stamp in any type (see ``_item_stamp``)."""
    if walk.last_kind == "report":
        return True
    begin = (walk.heading or 0) + 1
    return walk.last_kind == "minutes" and not any(
        ITEM_STAMP.match(line.text) or TITLED_ITEM.match(line.text)
        for _, _, line in walk.flat[begin:i])


def _stamped_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` is a pack's paper stamp at its page's top ("Paper C", see
    ``_paper_stamp``): another paper than the last stamped starts on its page, as a report
    until the heading under the stamp names its kind."""
    paper = _paper_stamp(walk.flat, i, walk.paged)
    if paper is None or (walk.last_kind == "minutes"
                         and _minutes_head_papers(walk.flat, walk.heading, i)):
        return False
    # (the stamp may title the paper too, "Paper A: Minutes of the Strategic Commissioning
    # Committee held on ...": the heading after its label names its kind)
    text = walk.flat[i][2].text
    titled = _minutes_kind(walk.flat, i, None, text, text.lower())
    _stamp_starts(walk, i, idx, paper, titled or "report")
    return True


def _stamp_starts(walk: _Walk, i: int, idx: int, stamp: str, kind: str = "report") -> None:
    """A stamp at line ``i``'s page top: another item's or paper's than the last stamped
    starts a report on its page (its heading may name its kind later: ``kind``, where the
    stamp's line is that heading too); the same one again is its paper's next page."""
    if stamp != walk.stamp and walk.starts:
        walk.begin(i - idx, kind, i)
    walk.stamp = stamp


def _stamped(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> bool:
    """Whether line ``i`` is a publisher's stamp at its page's top, of an item or a paper."""
    return _item_stamp(flat, i, paged) is not None or _paper_stamp(flat, i, paged) is not None


def _running_number(item: str) -> int:
    """An item's number in the agenda's running order: "6" of "6.1", "36" of a year's "27/036"."""
    return int(re.sub(r"\D", "", item.split("/")[-1].split(".")[0]))


def _paper_head(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, at its page's top after the current document's first
    page, heads a paper of its own by what its head prints, its publisher's stamp or not:
    whose report it is, the next item's number and title (over the paper's labels or not),
    a council's header block, a cover sheet's table of labels. It starts a report there."""
    if not walk.paged:
        return False
    flat, starts, last_kind = walk.flat, walk.starts, walk.last_kind
    if last_kind == "decision" and _records_decision(flat, i):
        # a decision sheet's next entries on its next page ("Issue details: ..." over "Item
        # No. 7", "Decision Maker:", "Decision Made:"): the record of decisions goes on
        return False
    top = i - idx
    if ((last_kind not in (None, "agenda") and starts and starts[-1][0] < top
         and _report_head(flat, i) and not head_runs_over(flat, starts[-1][0], top))
            or (last_kind == "report" and starts[-1][0] < top
                and _next_item_titled(flat, i, walk.heading, walk.stamp))
            or (last_kind == "minutes" and starts[-1][0] < top
                and _item_titled_after_minutes(flat, i, walk.heading))
            or (last_kind not in (None, "agenda") and starts[-1][0] < top
                and _titled_item_over_labels(flat, i, walk.heading, walk.stamp, last_kind))
            or (starts and starts[-1][0] < top and _council_masthead(flat, i))
            or (starts and starts[-1][0] < top and _label_rows(flat, i))):
        walk.begin(top, "report", i)
        return True
    item = _item_header_row(flat, i)
    if item is not None and (not starts or starts[-1][0] < top):
        walk.begin(top, "report", i)
        walk.stamp = item
        return True
    return False


def _titled_after(walk: _Walk, i: int, idx: int, line: Line) -> bool:
    """Whether line ``i`` titles an appendix printed as a paper of its own, or a paper tabled
    after the agenda (an errata sheet): its own words say what it is."""
    flat = walk.flat
    if _same_appendix(flat, walk.heading, i):
        return False
    # (before any start, the file's first document is headed on its first page: a report
    # whose head the walk took no heading from has its title type there all the same)
    heading = walk.heading if walk.starts else 0
    if ((walk.last_kind != "agenda" and _appendix_title(flat, i, heading, walk.paged))
            or (walk.last_kind == "agenda"
                and _tabled_after_agenda(flat, i, walk.heading, walk.paged))
            or (walk.starts and _correction_sheet_in_text(flat, i))
            or (not walk.starts and _appendix_first(flat, i, walk.paged))):
        # (a PDF's paper starts at its page's top; a text file's at its title, under the rule)
        walk.begin(i if line.size is None else i - idx, _tabled_kind(line.text), i,
                   last_kind="report")
        return True
    return False


def _heading_start(walk: _Walk, i: int, idx: int, line: Line) -> None:
    """Line ``i`` as a heading (see ``_heading_kind``): it names the kind of the paper stamped
    on its page, belongs to the current document, or starts a document of its own under its
    masthead."""
    flat = walk.flat
    kind = _heading_kind(flat, i, walk.agenda())
    if not kind:
        return
    starts = walk.starts
    if starts and starts[-1][0] == i - idx and flat[walk.heading or 0][0] == flat[i][0] and (
            walk.paged and _stamped(flat, walk.heading or 0, walk.paged)):
        # the heading under an item's stamp on the same page says what the paper is
        starts[-1] = (starts[-1][0], kind)
        walk.headings[starts[-1][0]] = i
        walk.last_kind, walk.heading = kind, i
        return
    if _part_of_current(walk, i, kind, line) or (
            starts and head_runs_over(flat, starts[-1][0], i - flat[i][1])):
        return
    walk.begin(_masthead_start(flat, i, walk.paged, walk.heading), kind, i)
    walk.headings[starts[-1][0]] = i


def _part_of_current(walk: _Walk, i: int, kind: str, line: Line) -> bool:
    """Whether a heading of ``kind`` at line ``i`` belongs to the current document: the
    labelled block under a heading on its page is that document's header, a notice's entry
    is labelled like a report's header under the notice, and a heading repeated close below
    the last is a running head (see ``_same_document``)."""
    flat, starts, last_kind = walk.flat, walk.starts, walk.last_kind
    if (kind == "report" and starts and i - starts[-1][0] <= LABEL_WINDOW
            and flat[i][0] == flat[starts[-1][0]][0] and _report_label(line.text)):
        return True
    if kind == "report" and last_kind == "decision" and _records_decision(flat, i):
        return True
    if kind == "agenda" and last_kind == "agenda" and _another_meetings_agenda(
            flat, walk.heading, i):
        return False
    if kind == "minutes" and last_kind == "minutes" and continued_minutes(flat, i):
        return True
    if kind == "minutes" and last_kind == "minutes" and _minutes_section(flat, walk.heading, i):
        return True
    if kind == "minutes" and last_kind == "minutes" and _begun_after(flat, walk.heading, i):
        # the minutes' own heading names them from here: a later minutes heading is another
        # meeting's (a sub-committee's minutes after them), however their pages are headed
        walk.heading = i
        return True
    return kind == "appendix_like" or bool(starts and kind == last_kind and (
        _same_document(kind, i - starts[-1][0], flat[i][0] != flat[starts[-1][0]][0])
        or (kind in ONE_PER_MEETING and _repeats_dated_heading(flat, walk.heading, i))))


# "Minutes" (or "Minutes:") alone on its line: the word a page heads its record's section with.
MINUTES_SECTION = re.compile(r"^\s*Minutes?\s*:?\s*$", re.I)


def _minutes_section(flat: list[tuple[int, int, Line]], heading: int | None, i: int) -> bool:
    """Whether line ``i``, the word "Minutes" alone, heads a section of the minutes headed at
    line ``heading`` on the same page in larger type ("Adult Social Care Scrutiny Committee -
    minutes" over "Attendance", then "Minutes" over the numbered minutes, as a council's web
    page sets its sections): the record under the page's title, not a second paper."""
    if heading is None or heading >= i or flat[heading][0] != flat[i][0]:
        return False
    line, title = flat[i][2], flat[heading][2]
    return (MINUTES_SECTION.match(line.text) is not None and line.size is not None
            and title.size is not None and line.size < title.size - SAME_SIZE_POINTS)


def _begun_after(flat: list[tuple[int, int, Line]], heading: int | None, i: int) -> bool:
    """Whether the minutes headed at line ``i`` are the beginning of the current minutes, put
    after their later pages: those opened on a page saying the minutes go on from an earlier
    one ("Minutes - 18 January 2028 (continued)"), of the same meeting's date where it prints
    one."""
    if heading is None or heading >= i or not continued_minutes(flat, heading):
        return False
    said = find_date(flat[heading][2].text)
    if said is None:
        return True
    below = " ".join(line.text for _, _, line in flat[i : i + MINUTES_DATE_LINES])
    return find_date(below) in (None, said)


# The minutes' own heading prints their meeting's date within this many lines.
MINUTES_DATE_LINES = 3


# A heading saying its paper goes on from the page before: "AGENDA (continued)", "Agenda
# cont'd".
CONTINUED = re.compile(r"\bcont(?:inued|['’]d|\.)", re.I)
# A masthead is at least this many lines set as headings above the agenda's heading (the
# body's name, its date, perhaps the council's name and the venue).
MASTHEAD_MIN_LINES = 2
# A masthead's line naming a body: a few words ending on the body's word, perhaps a word in
# brackets after it, perhaps its date after a dash or a comma ("CABINET (HOUSING) SUB-COMMITTEE",
# "Thornleigh Borough Council", "CABINET - 9 MARCH 2027"; not the venue, "Council Chamber,
# Westhaven House").
MASTHEAD_BODY = re.compile(
    r"^(?P<body>(?:[\w&'’(),-]+ ){0,8}?(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|"
    r"Forum|Commission|Authority|Executive)(?: \([\w -]{1,40}\))?)(?: ?[,–—-] (?=.*\d).*)?$",
    re.I)


def _another_meetings_agenda(flat: list[tuple[int, int, Line]], heading: int | None,
                             i: int) -> bool:
    """Whether the agenda heading at line ``i``, on a later page than the current agenda's
    ``heading``, is another meeting's agenda: under a masthead of its own naming a body or a
    date the current agenda's does not ("CABINET (HOUSING) SUB-COMMITTEE" over "Tuesday 9
    March 2027 at the rise of the Cabinet", after the Cabinet's agenda). (An agenda going on
    onto its next page repeats its masthead, perhaps shorter, or prints none over the
    heading.)"""
    if heading is None or heading >= i or flat[heading][0] == flat[i][0]:
        return False
    if CONTINUED.search(flat[i][2].text):
        return False  # "AGENDA (continued)": the same agenda, whatever its page's masthead
    before, after = _masthead_above(flat, heading), _masthead_above(flat, i)
    if len(before) < MASTHEAD_MIN_LINES or len(after) < MASTHEAD_MIN_LINES:
        return False
    return not _meeting_named(after) <= _meeting_named(before)


def _masthead_above(flat: list[tuple[int, int, Line]], i: int) -> set[str]:
    """The lines set as headings above line ``i`` on its page (a running head, in small
    type, is none)."""
    return {" ".join(flat[n][2].text.split()) for n in range(i - flat[i][1], i)
            if flat[n][2].text.strip() and _set_as_heading(flat, n)}


def _meeting_named(masthead: set[str]) -> set[str]:
    """The bodies (in lower case) and the dates a masthead's lines name: the meeting it heads,
    however it prints them (a date with its day and time or without)."""
    return ({m.group("body").lower() for line in masthead if (m := MASTHEAD_BODY.match(line))}
            | {d.isoformat() for line in masthead if (d := find_date(line)) is not None})


def _repeats_dated_heading(flat: list[tuple[int, int, Line]], heading: int | None,
                           i: int) -> bool:
    """Whether line ``i``, its page's first, prints word for word the dated heading that
    started the current document at its own page's top ("Minutes of the County Council - 9th
    December 2027" as every page's running head): one meeting's paper on its next page, not a
    second paper of that meeting. (A labelled line lower down, "Meeting(s): Harbour Board, 4
    March 2027", is each of that meeting's reports' own header.)"""
    if heading is None or heading >= i or flat[heading][1] or flat[i][1]:
        return False
    text = flat[heading][2].text
    return (" ".join(text.split()) == " ".join(flat[i][2].text.split())
            and find_date(text) is not None)


def _same_document(kind: str, lines_since_start: int, new_page: bool) -> bool:
    """A heading repeated close below the last (a running head, an agenda after its cover);
    but a short report's successor on the next page is a document of its own."""
    if kind == "agenda":
        return lines_since_start < COVER_LINES
    return lines_since_start < RUNNING_HEAD_LINES and not new_page
