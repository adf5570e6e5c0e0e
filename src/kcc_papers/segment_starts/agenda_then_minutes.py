"""The last meeting's minutes printed on under the agenda's end, on the agenda's last page: a
text pack's form feeds part its pages, not its papers, so "6. Appeal Decisions" may be over
"BOROUGH COUNCIL" over "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON ..." over
"PRESENT: ..." on one page. A heading below a page's top starts nothing elsewhere (an
agenda's own rows name minutes to confirm); here the heading names the minutes of a meeting
and who was present at it is listed under it, which no agenda row is."""

from __future__ import annotations

from kcc_papers.segment_starts.heading_kinds import _heading_kind
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS
from kcc_papers.segment_starts.minutes_headings import TITLE_PRESENT_WITHIN, _present_below
from kcc_papers.segment_starts.report_heads import COUNCIL_NAME
from kcc_papers.segment_starts.walk_state import _Walk

# The minutes' masthead over their heading: their council's name, a line or two above it
# (the body's name may stand between).
MASTHEAD_ABOVE = 2


def minutes_after_agenda(walk: _Walk, i: int, below_top: bool) -> bool:
    """Whether line ``i``, down its page in an agenda, heads the minutes of a meeting over who
    was present ("Present:" within a few lines on its page): they start there, at their
    council's masthead just above if it is printed. Near its page's top (not ``below_top``)
    only on the agenda's own first page, a short agenda's: on a later page the minutes'
    heading near the top starts them at the page's top, as a heading there does."""
    flat = walk.flat
    if walk.last_kind != "agenda" or "minute" not in flat[i][2].text.lower():
        return False
    if not below_top and (walk.heading is None or flat[walk.heading][0] != flat[i][0]):
        return False
    if not _present_below(flat, i, TITLE_PRESENT_WITHIN):
        return False
    if _heading_kind(flat, i, walk.agenda()) != "minutes":
        return False
    at = _masthead_above(walk, i)
    walk.begin(at, "minutes", i)
    walk.headings[at] = i
    return True


def _masthead_above(walk: _Walk, i: int) -> int:
    """The council's name just above minutes heading ``i`` on its page, in the heading's type
    or larger, if printed there (else the heading itself)."""
    flat, line = walk.flat, walk.flat[i][2]
    for n in range(i - 1, max(i - MASTHEAD_ABOVE, i - flat[i][1]) - 1, -1):
        above = flat[n][2]
        if (COUNCIL_NAME.match(above.text)
                and (above.size is None or line.size is None
                     or above.size >= line.size - SAME_SIZE_POINTS)):
            return n
    return i
