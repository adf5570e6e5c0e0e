"""Review of round 33's fix A (packs' starts: agenda-titled items, foreign mastheads,
reference strips; minutes' body names): the cases the review found read wrong, each on a small
paper a council or a health body could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# A trust board's pack: the agenda, then the last meeting's minutes on a page of their own.
BOARD_FRONT = """%% header Fenwick Valley NHS Trust | Trust Board | 3 May 2029
## Fenwick Valley NHS Trust
** Trust Board - Meeting in Public
Thursday 3 May 2029 at 10.00am, Boardroom
** Agenda
| No. | Item | Ref |
| 29/51 | Minutes of the Previous Meeting | A |
| 29/52 | Estates Strategy Refresh | B |
| 29/53 | Nurse Staffing Review | C |
--- page ---
## Fenwick Valley NHS Trust
** Minutes of the Trust Board held on Thursday 1 March 2029
Present: Ms A. Grove (Chair), Mr B. Idris (Chief Executive)
** 29/31 Apologies
None.
--- page ---
"""

# The paper starts by its "Report of" heading, its strip printed under the title on its first
# page and over its next page: one paper, not two.
PAPER_BY_ITS_HEADING_STRIP_REPEATED = BOARD_FRONT + """## Estates Strategy Refresh
** Report of the Director of Estates
Paper B | Trust Board 3 May 2029 | Lead: Director of Estates
** Summary
The refresh sets out how the Trust will reduce its backlog maintenance over five years and
what it will cost the Trust in each of those years.
--- page ---
## Estates Strategy Refresh
Paper B | Trust Board 3 May 2029 | Lead: Director of Estates
** Next steps
The Board is asked to approve the refresh for consultation with staff, and to note the
costs set out in the summary.
"""


def test_regression_a_papers_own_strip_under_its_heading_starts_nothing_again(
        tmp_path: Path) -> None:
    kinds = pack_kinds(PAPER_BY_ITS_HEADING_STRIP_REPEATED, tmp_path)
    assert [(k[1], k[2]) for k in kinds] == [(1, 1), (2, 2), (3, 4)]


# A committee's strip cell spaced on one page and not on the next ("QC 2", "QC2"): the same
# reference.
STRIP_SPACED_OTHERWISE = BOARD_FRONT + """## Estates Strategy Refresh
Quality Committee, 16 May 2029 | Agenda item QC 2
** Summary
The refresh sets out how the Trust will reduce its backlog maintenance over five years and
what it will cost the Trust in each of those years.
--- page ---
## Estates Strategy Refresh
Quality Committee, 16 May 2029 | Agenda item QC2
** Next steps
The Board is asked to approve the refresh for consultation with staff.
"""


def test_regression_a_strip_reference_spaced_otherwise_is_the_same_paper(
        tmp_path: Path) -> None:
    kinds = pack_kinds(STRIP_SPACED_OTHERWISE, tmp_path)
    assert [(k[1], k[2]) for k in kinds] == [(1, 1), (2, 2), (3, 4)]
