"""A presentation bound into a pack as an item's paper, with no cover report: its title slide.

A deck exported to PDF and given as an item ("4. Better Care Fund Plan 2031-33 (presentation)")
opens on a title slide: the deck's title in large type at the page's top, the meeting, its
date and the presenter under it, and nothing else on the page. No stamp, no number: the title
is the one the pack's agenda lists for the item (its "(presentation)" note apart). Such a page
after the minutes, or after another item's paper, starts that item's paper. A deck bound after
its item's cover report as its appendix opens on such a page too, titled in the type of the
report's own title and dated (the meeting it is given to): it is a paper of its own.
"""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, SAME_SIZE_POINTS, _set_as_heading
from kcc_papers.segment_starts.listed_items import SAME_TITLE_CHARS, _key

# A title slide holds its title, the meeting, the date, the presenter and a footer: a page of
# more lines is a paper's page with a heading at its top (minutes' next minute, a report's).
TITLE_SLIDE_MAX_LINES = 8
# A title slide names the meeting it is given to and its date on its next lines, within these.
DATE_LINES = 3
# A title slide's byline names the body the deck is given to, the line ending with its kind of
# body or a comma after it ("Audit and Standards Committee, 23 January 2031", "Wyndale Health
# and Wellbeing Board" over "5 February 2031"): a chart's page under a report dates its figures
# alone ("Position at 31 December 2030"), a minute's prose names a body mid-sentence ("The
# Committee noted its work programme."). (Not "Council": a council's name runs in footers.)
_MEETING_BYLINE = re.compile(r"\b(?:Committee|Board|Cabinet|Executive|Panel|Team|Group|Forum|"
                             r"Partnership|Commission)\s*(?:,|$)")
# A form's field, labelled by a word or three ("Signed: ..., Chair, Audit Committee" over
# "Date: 23 January 2031", a governance statement's certification page): no slide's byline.
_FIELD = re.compile(r"^[A-Z]\w*(?:\s+\w+){0,2}\s*:")
# A report's title is among the first lines of its page (under a stamp, a running head).
TITLE_TOP_LINES = 6


def title_slide_of_listed_item(flat: list[tuple[int, int, Line]], i: int,
                               listed: dict[str, str], current: int | None) -> bool:
    """Whether line ``i``, at a PDF page's top and set as a heading, titles a title slide (see
    TITLE_SLIDE_MAX_LINES) by the title the agenda lists for an item after the minutes
    (``listed``: keys by number, see ``listed_items.agenda_items``), another item than the one
    the current paper's heading (line ``current``) titles, the meeting and its date under it
    (_names_its_meeting: the minutes' last minute, a standing item the agenda lists again, has
    none)."""
    if flat[i][1] >= ITEM_STAMP_TOP or not _set_as_heading(flat, i):
        return False
    if _page_line_count(flat, i) > TITLE_SLIDE_MAX_LINES:
        return False
    item = _listed_as(_key(flat[i][2].text), listed)
    if item is None or not _names_its_meeting(flat, i):
        return False
    # (the current paper's own deck, an appendix titled as its item, goes on with it)
    return current is None or _listed_as(_key(flat[current][2].text), listed) != item


def title_slide_after_report(flat: list[tuple[int, int, Line]], i: int, heading: int) -> bool:
    """Whether line ``i``, at a PDF page's top on a later page than the current report's
    heading (line ``heading``), titles a title slide (see TITLE_SLIDE_MAX_LINES) in the type
    of that heading or larger, the meeting and its date under it (_names_its_meeting): the
    report's deck, bound after it."""
    line = flat[i][2]
    if flat[i][1] >= ITEM_STAMP_TOP or flat[i][0] <= flat[heading][0]:
        return False
    title = _title_size(flat, heading)
    if line.size is None or title is None or line.size < title - SAME_SIZE_POINTS:
        return False
    # (set as a heading on its page: a page of prose run over from the one before is no slide)
    if not _set_as_heading(flat, i):
        return False
    # (a title slide opens the deck: the slides after it go on with the deck it started)
    if (_page_line_count(flat, i) > TITLE_SLIDE_MAX_LINES
            or _page_line_count(flat, heading) <= TITLE_SLIDE_MAX_LINES):
        return False
    return _names_its_meeting(flat, i)


def _names_its_meeting(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the DATE_LINES lines under a title slide's title (line ``i``) name the meeting
    the deck is given to (_MEETING_BYLINE) and its date, neither a form's field (_FIELD):
    right under the title, as a slide's bullets further down date its milestones."""
    texts = [other.text.strip() for page, _, other in flat[i + 1 : i + 1 + DATE_LINES]
             if page == flat[i][0]]
    below = [text for text in texts if not _FIELD.match(text)]
    return (any(_MEETING_BYLINE.search(text) for text in below)
            and find_date(" ".join(below)) is not None)


def _title_size(flat: list[tuple[int, int, Line]], heading: int) -> float | None:
    """The type size of the report's title: the largest among the first TITLE_TOP_LINES of
    its heading's page (the heading may be the stamp over it, "Agenda Item 4")."""
    top = heading - flat[heading][1]
    sizes = [line.size for page, _, line in flat[top : top + TITLE_TOP_LINES]
             if page == flat[heading][0] and line.size is not None]
    return max(sizes) if sizes else None


def _listed_as(head: str, listed: dict[str, str]) -> str | None:
    """The number of the listed item whose title ``head`` (a key) is: the shorter of the two
    the start of the longer, and long enough to say which ("(presentation)" after the
    agenda's title)."""
    for number, agenda in listed.items():
        shorter, longer = sorted((head, agenda), key=len)
        if len(shorter) >= SAME_TITLE_CHARS and longer.startswith(shorter):
            return number
    return None


def _page_line_count(flat: list[tuple[int, int, Line]], i: int) -> int:
    """How many lines line ``i``'s page holds (read from its top to the next page)."""
    page = flat[i][0]
    n = i - flat[i][1]
    count = 0
    while n < len(flat) and flat[n][0] == page:
        count += 1
        n += 1
        if count > TITLE_SLIDE_MAX_LINES:
            break
    return count
