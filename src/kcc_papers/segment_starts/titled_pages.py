"""The next item's paper titled at its page's top by its agenda title alone, in the type of
the pack's paper titles.

A pack that heads each paper with a title line in large bold type ("REPORT" over "Agenda item
5: ...", round 29's borough audit committee) may print a short paper with no cover report at
all: a work programme's page headed "WORK PROGRAMME 2030", as the agenda lists item 6, over its
table. No stamp, no number, no "Report of": the title alone, the agenda's own, says whose paper
the page is. Such a page after a report starts that item's paper, where the title is an item
the pack's agenda lists after the minutes and after the current paper's own, named on its head
(an appendix titled as its item or an earlier one goes on with its report), and is set in the
type of the current paper's heading or larger (a report's section heading is set smaller).
"""

from __future__ import annotations

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.heading_kinds import _heading_kind, _under_appendix
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, SAME_SIZE_POINTS, _set_as_heading
from kcc_papers.segment_starts.listed_items import SAME_TITLE_CHARS, _key
from kcc_papers.segment_starts.next_meeting_pages import NEXT_MEETING_TITLE
from kcc_papers.segment_starts.title_slides import _listed_as

# The current paper's own item is named on its first page, under its heading ("REPORT" over
# "Agenda item 5: Equality Impact Assessment Screening: ...") or below its header block ("Agenda
# Item 4" over "Report to Cabinet", "Date of meeting:", "Report of:" ... over its title), read
# this far down its page.
OWN_TITLE_LINES = 12


def titled_page_of_listed_item(flat: list[tuple[int, int, Line]], i: int,
                               listed: dict[str, str], heading: int) -> bool:
    """Whether line ``i``, at a PDF page's top on a later page than the current report's
    heading (line ``heading``), set as a heading in that heading's type or larger, is the title
    the agenda lists for an item after the minutes (``listed``: keys by number), another item
    listed after the one the current report's head names."""
    line = flat[i][2]
    head = flat[heading][2]
    if flat[i][1] >= ITEM_STAMP_TOP or flat[i][0] <= flat[heading][0]:
        return False
    if line.size is None or head.size is None or line.size < head.size - SAME_SIZE_POINTS:
        return False
    # (under an appendix's heading, "Appendix 1" over the strategy the report encloses, titled
    # as its item: the report's appendix)
    if not _set_as_heading(flat, i) or _under_appendix(flat, i):
        return False
    if _own_kind_or_no_paper(flat, i):
        return False
    item = _listed_as(_key(line.text), listed)
    return item is not None and _listed_after(item, _items_named(flat, heading, listed), listed)


def _own_kind_or_no_paper(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the title at line ``i`` says more than whose paper the page is: that it names a
    kind of paper of its own ("Procurement Forward Plan 2028/29", a forward plan, the agenda's
    item 5), which the heading rules start the paper as (this rule would make it a report); or
    that it is the item no paper is printed for, the date of the next meeting ("Date of next
    meeting" over the date alone: the pack's last page goes on with its last paper)."""
    return (_heading_kind(flat, i) is not None
            or NEXT_MEETING_TITLE.match(flat[i][2].text) is not None)


def _listed_after(item: str, named: set[str], listed: dict[str, str]) -> bool:
    """Whether ``item`` is listed after every item the current report's head names
    (``named``): papers follow in their agenda's order, so a page titled as the report's own
    item or an earlier one (an annual governance statement's report reprinting the audit
    opinion the agenda lists before it) is the report's appendix. A head that names no listed
    item ("Revenue and Capital Budget Monitoring 2030/31" for the agenda's "Budget Monitoring
    Quarter 2") leaves its own item unknown, the page titled as it perhaps its appendix: no
    start."""
    order = list(listed)
    return bool(named) and all(order.index(item) > order.index(own) for own in named)


def _items_named(flat: list[tuple[int, int, Line]], heading: int,
                 listed: dict[str, str]) -> set[str]:
    """The listed items whose title the current report's head (its page's lines down to
    OWN_TITLE_LINES under its heading: a stamp or a title may stand above it) holds: a page
    titled so later is the report's appendix ("Westmarch Annual Performance Report 2027/28"
    over "Appendix A - Our year ...")."""
    top = heading - flat[heading][1]
    keys = [_key(line.text) for page, _, line in flat[top : heading + OWN_TITLE_LINES]
            if page == flat[heading][0]]
    # (run together, as keys are: a title wrapped onto the next line is found whole)
    head = "".join(keys)
    # (a title line of its own, as the agenda's title with its pages after it is matched; or
    # a title within a line, "Agenda item 5: <title>")
    # (a listed title's key may end in its pages, "... 2027/28 | 7" read "...2027287": the
    # figures it ends in are left out, long enough still to say which, SAME_TITLE_CHARS)
    named = {item for key in keys if (item := _listed_as(key, listed)) is not None}
    bare = {number: title.rstrip("0123456789") for number, title in listed.items()}
    return named | {number for number, title in bare.items()
                    if len(title) >= SAME_TITLE_CHARS and title in head}
