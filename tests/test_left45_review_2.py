"""Review of session 45's fixer 2 of the older papers left (segmentation, columns, body
names): each defect mended, on a small pack another council would plausibly publish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

from heldout_support import pack_documents, source_lines
from kcc_papers.load.model import Line
from kcc_papers.segment_starts.masthead_titled_pages import FRONT_LINES, _front_names
from test_heldout_left45_2 import GROUP_PACK

# A cabinet advisory group's pack (round 45's fixer's): its front names the group, its agenda
# lists the group's work programme after the one report.
GROUP_FRONT = tuple(GROUP_PACK.split("\n--- page ---\n")[0].splitlines())
# Its report's purpose and recommendation (to its second page).
_GROUP_LINES = GROUP_PACK.splitlines()
REPORT_ASK = tuple(_GROUP_LINES[_GROUP_LINES.index("** 1. Purpose") :
                                _GROUP_LINES.index("** 2. Recommendation") + 2])
# The report's later pages under the group's masthead, one of them a section of its own whose
# heading opens with the agenda's later title ("Work programme implications ...").
MASTHEADED_SECTIONS = (
    "--- page ---",
    "^^ HOUSING AND COMMUNITIES CABINET ADVISORY GROUP",
    "** Work programme implications for the housing service",
    "3.1 The allocation will be kept under review by the Group through its work programme for"
    " the year ahead, with a report in the autumn.",
    "--- page ---",
    "^^ HOUSING AND COMMUNITIES CABINET ADVISORY GROUP",
    "** 4. Financial implications",
    "4.1 The grant is met in full from the government's allocation for 2027/28 and no council"
    " funding is needed for it.",
)


def test_regression_masthead_under_the_reports_stamp_is_its_own(tmp_path: Path) -> None:
    # the report's first page prints the group's masthead under its "Agenda Item 2" stamp (the
    # line the report starts at): its later pages repeating it are the report's, the service's
    # own programme there (titled as the agenda's later item) no next paper
    pack = source_lines(
        *GROUP_FRONT, "--- page ---", "Agenda Item 2",
        "^^ HOUSING AND COMMUNITIES CABINET ADVISORY GROUP",
        "** Homelessness Prevention Grant Allocation",
        "Report of:\tHousing Options Manager", *REPORT_ASK, "--- page ---",
        "^^ HOUSING AND COMMUNITIES CABINET ADVISORY GROUP",
        "** Work Programme 2027/28",
        "3.1 The prevention team will review the rent deposit scheme in the summer and report"
        " its findings to the Group with the grant's outturn.")
    assert [kind for kind, _, _ in pack_documents(pack, tmp_path)] == ["agenda", "report"]


def test_regression_section_heading_opening_with_a_later_title_is_no_paper(
        tmp_path: Path) -> None:
    # the report's own first page has no masthead; its later pages print the group's. A
    # heading that goes on past the agenda's title in words ("Work programme implications for
    # the housing service") is a section of the report, not the work programme's paper (that
    # is titled as listed, perhaps with its year: "Work Programme 2026/27")
    pack = source_lines(
        *GROUP_FRONT, "--- page ---",
        "## Report to the Housing and Communities Cabinet Advisory Group",
        "Date of meeting:\t9 March 2027", "Report of:\tHousing Options Manager",
        "Subject:\tHomelessness Prevention Grant Allocation", *REPORT_ASK,
        *MASTHEADED_SECTIONS)
    assert [kind for kind, _, _ in pack_documents(pack, tmp_path)] == ["agenda", "report"]


class _Unread:
    """A line the front page's reading must never reach (reading it fails the test)."""

    def __getitem__(self, key: object) -> object:
        raise AssertionError("a line past the front page's head was read")

    def __iter__(self) -> Iterator[object]:
        raise AssertionError("a line past the front page's head was read")


def test_regression_front_names_read_from_the_front_page_head_alone() -> None:
    # the body's name is looked for on the pack's front page for every masthead-titled
    # candidate: read from the whole pack each time, a long pack's headings cost its length
    # each (quadratic); only the front page's first FRONT_LINES lines are read
    front = [(0, k, Line(f"Line {k} of the front page")) for k in range(FRONT_LINES + 1)]
    flat = cast(list[tuple[int, int, Line]], [*front, _Unread(), (1, 0, Line("Report"))])
    names = _front_names(flat)
    assert "line0ofthefrontpage" in names and len(names) == FRONT_LINES
