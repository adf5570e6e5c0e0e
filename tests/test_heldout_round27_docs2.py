"""Regression tests for round 27's document misses, second wave (splitting packs into their
papers, each paper's kind): a notice of key decisions printed sideways as its cover report's
appendix, a table cell of its "Reports / documents" column wrapped onto "Report of the
Director of" under the table's bold header row; and a consultant's review bound after its
cover report under a bare "Appendix A" label, its own cover in the report's title type,
"Prepared for" the council. Each runs on small papers written here, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_front
from kcc_papers.classify import classify
from kcc_papers.classify.report_kinds import _report_kind

COUNCIL = "Harlowfield Borough Council"

# ------------------------------------------ a notice of key decisions as a report's appendix

NOTICE_REPORT = "\n".join((
    "## Agenda Item 4",
    "** Report to Cabinet - 11 June 2026",
    "** Notice of Key Decisions: July to October 2026",
    "Report of the Head of Democratic Services",
    "** 1. Recommendation",
    "1.1 That Cabinet notes the Notice of Key Decisions for July to October 2026 attached as"
    " Appendix A.",
    "** 2. Background",
    "2.1 The regulations require 28 clear days' notice of every key decision. The decisions"
    " listed are still to be taken.",
    "--- page rotated ---",
    "** Appendix A - NOTICE OF KEY DECISIONS: JULY TO OCTOBER 2026",
    "|% 10 30 16 12 18 14",
    "| Ref | Matter for decision | Decision maker | Date | Estimated value | Reports / documents |",
    "| KD/26/21 | Sports centres management contract 2027-2037: award | Cabinet | 9 July 2026"
    " | £8,400,000 over 10 years | Report of the Director of Communities (Part 2 appendix) |",
    "| KD/26/22 | Local Plan Regulation 19 publication | Council | 16 July 2026 | n/a"
    " | Draft Local Plan, sustainability appraisal |",
    "| KD/26/23 | Housing repairs term contract: extension by one year"
    " | Cabinet Member for Housing | August 2026 | £1,250,000"
    " | Report of the Director of Housing |",
    "| --- page, header not repeated --- |",
    "| KD/26/24 | Disposal of the former Station Road depot | Cabinet | 10 September 2026"
    " | Over £500,000 (receipt) | Valuation report (exempt) |",
    "| KD/26/25 | Street cleansing vehicles: purchase of four sweepers | Director of Environment"
    " | October 2026 | £610,000 | Report of the Director of Environment |",
    ""))

MINUTES_PAGE = """## HARLOWFIELD BOROUGH COUNCIL
** Minutes of the meeting of the Cabinet held on 12 March 2026
Present: Councillor A Price (Leader, in the Chair); Councillors Bell, Cox and Dale
** CAB/40 Apologies for Absence
There were none.
** CAB/41 Parking Charges
RESOLVED - That the parking charges for 2026/27 be approved.
The meeting ended at 7.40 pm.
--- page ---
"""


def test_a_table_cell_wrapped_onto_report_of_starts_no_report(tmp_path: Path) -> None:
    # the notice's "Reports / documents" cell wraps "Report of the Director of" onto a line of
    # its own, under the table's bold header row: read as a report's "Report of ..." line
    # under its title, it split the notice off its cover report as a report of its own. The
    # line starts at the table's last column: a cell's words, no paper's head
    source = pack_front(COUNCIL, "Cabinet") + MINUTES_PAGE + NOTICE_REPORT
    kinds = [kind for kind, _, _ in pack_documents(source, tmp_path)]
    assert kinds == ["agenda", "minutes", "forward_plan"]


def test_a_report_titled_as_the_notice_with_the_notice_its_appendix_is_a_forward_plan() -> None:
    # a report titled as the notice of key decisions, noting it, the notice its own appendix:
    # the notice's cover report, a forward plan (as round 13's r13c's cover report with its
    # "Title:" label); whatever words the notice's cells hold ("consultation report")
    head = ("Agenda Item 4\nReport to Cabinet - 11 June 2026\n"
            "Notice of Key Decisions: July to October 2026\n"
            "Report of the Head of Democratic Services\n1. Recommendation\n"
            "1.1 That Cabinet notes the Notice of Key Decisions attached as Appendix A.\n"
            "Appendix A - NOTICE OF KEY DECISIONS: JULY TO OCTOBER 2026\n"
            "Ref Matter for decision Decision maker Date Estimated value Reports / documents\n")
    assert _report_kind(head, head) == "forward_plan"
    # ... a report naming the notice in its title only (an award report's "Key decision: Yes
    # - Notice of Key Decisions ref. KD/26/07") is no plan's cover, nor is one whose appendix
    # is something else
    other = head.replace("Appendix A - NOTICE OF KEY DECISIONS", "Appendix A - CONSULTATION")
    assert _report_kind(other, other) == "report"


# ------------------------------------------ a consultant's review under a bare appendix label

REVIEW_PACK = """Agenda Item 3
** Report to:	Environment Committee
Date:	11 June 2026
Report of:	Director of Transport
## Bus Network Review: Independent Review
** 1. Summary
1.1 The Council commissioned an independent review of its bus network.
1.2 The consultants' final report is attached as Appendix A.
** 2. Recommendation
2.1 That the Committee notes the findings of the independent review at Appendix A.
--- page ---
Appendix A
## ASHGROVE TRANSPORT CONSULTING
!! Bus Network Review: Independent Review
** Final Report
Prepared for Harlowfield Borough Council
May 2026
--- page ---
** Contents
|- Section | | Page |
| 1 | Executive summary | 3 |
| 2 | Conclusions | 4 |
--- page ---
** 1 Executive summary
1.1 Ashgrove Transport Consulting was appointed to review the bus network.
1.2 We interviewed 18 stakeholders.
** 2 Conclusions
2.1 We recommend that the Council concentrates future investment on two priority corridors.
"""


def test_a_consultants_review_under_a_bare_appendix_label_is_a_report_of_its_own(
        tmp_path: Path) -> None:
    # "Appendix A" in body type over the review's own cover, its consultant's name and title
    # in the report's title type: an appendix headed in its report's title type is a paper of
    # its own (round 9), its title's type read under its label. It was part of the report
    source = pack_front(COUNCIL, "Environment Committee") + MINUTES_PAGE + REVIEW_PACK
    documents = pack_documents(source, tmp_path)
    assert [kind for kind, _, _ in documents] == ["agenda", "minutes", "report", "report"]
    assert documents[3][2] == "Environment Committee"


def test_a_commissioned_reports_cover_speaks_for_a_report() -> None:
    # the review's cover says whom it was prepared for, a council: a report (before, its
    # heading's weight alone was too little, and it was read as no paper)
    text = ("Appendix A\nASHGROVE TRANSPORT CONSULTING\nBus Network Review: Independent Review\n"
            "Final Report\nPrepared for Harlowfield Borough Council\nMay 2026\nContents\n"
            "1 Executive summary 3\n2 Conclusions 4\n")
    title = "ASHGROVE TRANSPORT CONSULTING\nBus Network Review: Independent Review\nFinal Report"
    assert classify(text, "report", title) == "report"
    # ... a sentence saying what a paper was prepared for is no cover's line
    sentence = text.replace("Prepared for Harlowfield Borough Council",
                            "The note was prepared for the meeting of the Council.")
    assert classify(sentence, "report", title) != "report"
