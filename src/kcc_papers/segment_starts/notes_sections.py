"""A heading on an agenda's page of notes below a sibling heading in the same type and that
heading's text: "Forward plan" under "Information for members of the public", each over a
paragraph for the public. The page's first heading, under no masthead, named no paper and
started none, so the page goes on with the agenda; a later heading set as that one is, is
another of its sections, whatever its words name ("Forward plan" over a sentence saying
where the plan is published), no paper."""

from __future__ import annotations

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS, _set_as_heading

# Kinds a heading's own words give only a meeting's paper ("Minutes of the meeting held on
# 17 June 2031", "Agenda"): notes for the public never carry one, so such a heading starts the
# next paper however its page sets it ("Cabinet" over the council's name and the minutes' title).
MEETING_PAPER_KINDS = ("minutes", "agenda")


def agenda_notes_section(flat: list[tuple[int, int, Line]], starts: list[tuple[int, str]],
                         last_kind: str | None, i: int, kind: str) -> bool:
    """Whether heading line ``i`` is a section of the agenda's notes page it stands on: the
    agenda began on an earlier page, and a heading above ``i`` on its page is set in its type
    and weight (see the module); its ``kind`` is not a meeting's paper (MEETING_PAPER_KINDS)."""
    page, idx, line = flat[i]
    if (last_kind != "agenda" or not starts or line.size is None
            or kind in MEETING_PAPER_KINDS):
        return False
    if flat[starts[-1][0]][0] >= page:
        return False  # (a heading on the agenda's own first page is the agenda's concern)
    # (the line above is the sibling section's text: headings over headings are a masthead,
    # "Housing Committee" over "Minutes of the meeting held on ...", the next paper's head)
    if idx == 0 or _set_as_heading(flat, i - 1):
        return False
    above = [(j, other) for j, (_, _, other) in enumerate(flat[i - idx : i], start=i - idx)
             if not other.stamp]
    # (nor is a page under a masthead larger than its headings, "Ashby Parva Town Council"
    # over "Meeting of the Town Council" and its "AGENDA": the next meeting's paper)
    if any(other.size is not None and other.size > line.size + SAME_SIZE_POINTS
           for _, other in above):
        return False
    return any(_same_type(other, line) and _set_as_heading(flat, j) for j, other in above)


def _same_type(a: Line, b: Line) -> bool:
    """Whether two lines are set in one type: one size (within SAME_SIZE_POINTS), one weight."""
    return (a.size is not None and b.size is not None and abs(a.size - b.size) <= SAME_SIZE_POINTS
            and bool(a.bold) == bool(b.bold))
