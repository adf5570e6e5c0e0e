"""Review of round 27's second documents wave: papers another council would publish that the
wave's rules misread. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_front
from kcc_papers.classify.report_kinds import _report_kind
from kcc_papers.load.model import Line
from kcc_papers.segment_starts.report_heads import _report_head
from test_heldout_round27_docs2 import COUNCIL, MINUTES_PAGE

FEES_REPORT = """Agenda Item 3
** Report to:	Environment Committee
Date:	11 June 2026
Report of:	Director of Finance
## Fees and Charges 2026/27
** 1. Summary
1.1 This report sets out the proposed fees and charges for 2026/27.
1.2 The proposed charges are shown in Appendix A.
** 2. Recommendation
2.1 That the Committee approves the fees and charges at Appendix A.
--- page ---
Appendix A
"""

FEES_TABLE = """|% 50 25 25
| Service | 2025/26 | 2026/27 |
| Garden waste permit | £45.00 | £48.00 |
| Bulky waste collection | £30.00 | £32.00 |
| Replacement bin | £25.00 | £27.00 |
"""


def _kinds(appendix: str, tmp_path: Path) -> list[str]:
    source = (pack_front(COUNCIL, "Environment Committee") + MINUTES_PAGE + FEES_REPORT
              + appendix)
    return [kind for kind, _, _ in pack_documents(source, tmp_path)]


def test_regression_an_appendix_heading_over_its_table_stays_with_its_report(
        tmp_path: Path) -> None:
    # "Appendix A" in body type over the appendix's heading in the report's title type, its
    # fees table under it on the same page: the report's own appendix, no cover of a paper
    # of its own (the wave split it off as a paper of kind "other")
    appendix = "## Proposed Fees and Charges 2026/27\n" + FEES_TABLE + (
        "The charges rise by 6.5% on average across the services listed.\n")
    assert _kinds(appendix, tmp_path) == ["agenda", "minutes", "report"]


def test_regression_a_chart_caption_under_a_bare_label_is_no_papers_title(
        tmp_path: Path) -> None:
    # a chart's caption set large and bold under its label, the chart (an image, no text) and its
    # source under it: a caption names a figure, not a paper
    appendix = ("## Figure 1: Household waste recycled, 2021-2026\n"
                "Source: WasteDataFlow returns\n")
    assert _kinds(appendix, tmp_path) == ["agenda", "minutes", "report"]


def test_regression_a_decision_report_pointing_into_the_notice_is_no_forward_plan() -> None:
    # an award report's head names its entry in the notice of key decisions and appends that
    # entry: the award's report, not the notice's cover report
    head = ("Agenda Item 6\nReport to Cabinet - 11 June 2026\n"
            "Notice of Key Decisions reference KD/26/21\n"
            "Sports Centres Management Contract: Award\n"
            "Report of the Director of Communities\n1. Recommendation\n"
            "1.1 That Cabinet awards the sports centres contract to Active Leisure Ltd.\n"
            "Appendix A - Notice of Key Decisions extract\n"
            "Appendix B - Tender evaluation (exempt)\n")
    assert _report_kind(head, head) == "report"


def _line(text: str, size: float, cells: list[tuple[float, str]], bold: bool = False) -> Line:
    return Line(text, x0=cells[0][0], size=size, bold=bold, spans=cells)


def test_regression_a_report_head_beside_a_key_facts_table_is_a_report_head() -> None:
    # a designed front sheet: its key facts in a table of label and value columns, the
    # report's title in the title type and its "Report of ..." line set in the value column
    # between the table's rows. The "Report of" line starts at a table row's later column,
    # but under the report's own title, set larger than any cell: the report's head
    facts = [(56.0, "Meeting"), (200.0, "Cabinet"), (330.0, "Date"), (420.0, "11 June 2026")]
    more = [(56.0, "Key decision"), (200.0, "Yes"), (330.0, "Wards"), (420.0, "All")]
    lines = [
        _line("HARLOWFIELD BOROUGH COUNCIL", 16.0, [(56.0, "HARLOWFIELD BOROUGH COUNCIL")], True),
        _line(" ".join(text for _, text in facts), 10.5, facts, True),
        _line("Fees and Charges 2026/27", 16.0, [(200.0, "Fees and Charges 2026/27")], True),
        _line("Report of the Director of Finance", 10.5,
              [(200.0, "Report of the Director of Finance")]),
        _line(" ".join(text for _, text in more), 10.5, more, True),
        _line("1. Summary", 12.0, [(56.0, "1. Summary")], True),
        _line("1.1 This report sets out the fees and charges.", 10.5,
              [(56.0, "1.1 This report sets out the fees and charges.")]),
    ]
    flat = [(1, n, line) for n, line in enumerate(lines)]
    assert _report_head(flat, 3)
