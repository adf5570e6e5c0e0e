"""Review of round 16's reader changes, part A (splitting and classifying documents):
counter-examples of other councils to the round's new rules. An action tracker's rule kept
a dashboard whose last column is the remedy ("Action") from being a performance report; the
plural "Notice of Decisions" made a forward plan titled as the regulations name it ("Notice of
Key Decisions") a decision notice; a board's notes heading their minutes by the papers taken
("Paper C: Delivery risk register") were split at one on a page's top as at a paper's stamp;
a paper stamped as an agenda's item, its meeting's date and time under the stamp in body
type, was read as an agenda; and a council's name left out of a committee's took a kind
of council ("Town and Parish Council Liaison Committee") for one. Each test fails on the code
before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, pack_kinds
from kcc_papers.classify import KPI_TABLE_HEADER
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------- a dashboard's remedy column is no action tracker's

KPI_TABLE_WITH_REMEDY_COLUMN = """** Agenda Item 7
** MARSHBROOK DISTRICT COUNCIL
|% 35 65
| Report to | Overview and Scrutiny Committee |
| Date | 12 February 2028 |
| Title | Key measures: quarter 3 2027/28 |
| Report of | Head of Policy |
** 1. Recommendations
1.1 The Committee is asked to note the position at the end of quarter 3.
--- page ---
** Appendix 1: Key measures
|% 8 40 12 12 8 20
| Ref | Description | Target | Q3 Actual | RAG | Action |
| HS1 | Average days to re-let empty homes | 25 | 31 | Red | Voids team restructured |
| HS2 | Rent collected as a share of rent due | 97.5% | 98.1% | Green | None needed |
| WS1 | Household waste recycled | 50% | 46% | Amber | Food waste campaign |
"""


def test_regression_dashboard_with_an_action_column_after_its_values_is_a_performance_report(
        tmp_path: Path) -> None:
    # "Action" in a header naming no indicator was read as an action tracker's column: the
    # remedy column after a measure's target, value and rating is a dashboard's
    assert pack_documents(KPI_TABLE_WITH_REMEDY_COLUMN, tmp_path) == [
        ("performance_report", "2028-02-12", "Overview and Scrutiny Committee"),
    ]


def test_regression_kpi_header_with_a_remedy_column_is_no_trackers() -> None:
    # the tracker's actions' column comes before its status: no dashboard's header
    assert not KPI_TABLE_HEADER.search("Ref | Priority | Action | Lead | Due | Status\n"
                                       "1.1 | Practice | Audit cases | Head of QA | Sep 2027 | "
                                       "Completed\n")
    assert KPI_TABLE_HEADER.search("Ref | Description | Target | Q3 Actual | RAG | Action\n"
                                   "HS1 | Days to re-let | 25 | 31 | Red | Restructure\n")


def test_action_tracker_rule_is_linear_in_a_run_of_words() -> None:
    # the words before an "Action" column are each tried against the target's and value's
    # words once
    def header(words: int) -> object:
        return KPI_TABLE_HEADER.search("Ref " + "Lead " * words + "Action\nQ3 Target\n")

    assert _growth(header, 100) < MOST_GROWTH


# ------------------------------- the forward plan titled "Notice of Key Decisions" (plural)

FORWARD_PLAN_AS_NOTICE = """## Notice of Key Decisions
!! Decisions to be taken by the Cabinet: 1 May 2028 to 31 August 2028
This notice is published under Regulation 9 of the Local Authorities (Executive Arrangements) \
(Meetings and Access to Information) (England) Regulations 2012.
|% 10 40 15 15 20
| Ref | Decision to be taken | Decision maker | Date | Documents |
| KD28/03 | Award of the leisure management contract | Cabinet | 12 May 2028 | Report of the \
Director of Place |
| KD28/05 | Adoption of the Local Cycling and Walking Infrastructure Plan | Cabinet | 9 Jun 2028 \
| Report of the Head of Transport |
"""

FORWARD_PLAN_AS_NOTICE_TEXT = """WESTHOLM BOROUGH COUNCIL

NOTICE OF KEY DECISIONS

Decisions to be taken by the Cabinet: 1 May 2028 to 31 August 2028

This notice is published under Regulation 9 of the Local Authorities (Executive Arrangements) \
(Meetings and Access to Information) (England) Regulations 2012.

Ref: KD28/03
Decision to be taken: Award of the leisure management contract
Decision maker: Cabinet
Date: 12 May 2028
"""


def test_regression_notice_of_key_decisions_is_a_forward_plan(tmp_path: Path) -> None:
    # "Notice of Decisions" in the plural named a decision notice, and so did the forward
    # plan's statutory title: the key decisions to be taken, none taken
    assert pack_documents(FORWARD_PLAN_AS_NOTICE, tmp_path) == [("forward_plan", None, None)]


def test_regression_notice_of_key_decisions_in_text_is_a_forward_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(FORWARD_PLAN_AS_NOTICE_TEXT)
    assert documents_of(path) == [("forward_plan", "2028-05-12", "Cabinet")]


NOTICE_OF_DECISIONS = """WESTHOLM BOROUGH COUNCIL

NOTICE OF DECISIONS

Cabinet - Tuesday 14 March 2028

1. Street trading policy
Decision: The Cabinet adopted the revised street trading policy.
Reasons for the decision: The policy was last reviewed in 2021.
"""


def test_notice_of_a_meetings_decisions_is_still_a_decision_notice(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE_OF_DECISIONS)
    assert [kind for kind, _, _ in documents_of(path)] == ["decision"]


# -------------------------- a kind of council in a committee's name is no council's name

PARISH_LIAISON_MINUTES = """FERNLEIGH DISTRICT COUNCIL

Minutes of the meeting of the Town and Parish Council Liaison Committee held on Tuesday 14 \
March 2028 at 6.00 pm

Present: Councillors R Dane (Chair), P Ng and S Ould

1. Apologies for absence
Apologies were received from Councillor T Hale.

2. Community governance review
RESOLVED: That the update be noted.
"""


def test_regression_parish_council_liaison_committee_keeps_its_name(tmp_path: Path) -> None:
    # "Parish Council" before "Liaison Committee" was left out as the council's name printed
    # before the committee's: it names a kind of council, no council
    path = tmp_path / "minutes.txt"
    path.write_text(PARISH_LIAISON_MINUTES)
    assert documents_of(path) == [
        ("minutes", "2028-03-14", "Town and Parish Council Liaison Committee")]


def test_council_named_before_its_committee_is_still_left_out(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(PARISH_LIAISON_MINUTES.replace(
        "Town and Parish Council Liaison Committee", "Fernleigh District Council Licensing "
        "Committee"))
    assert documents_of(path) == [("minutes", "2028-03-14", "Licensing Committee")]


# ------------------- a board's notes heading each minute by its paper are no papers' stamps

BOARD_NOTES_HEADED_BY_PAPERS = """## Ravensholme Borough Council
!! Housing Delivery Board - Notes of Meeting
Date:	Tuesday 10th January 2028
Attendees:	Cllr A Brennan (Chair), Cllr T Oduya, M Petrie
** 1. Apologies
None were received.
** Paper A: Notes of the last meeting
The notes of the meeting held on 8th November 2027 were agreed as a correct record.
** Paper B: Delivery programme update
M Petrie presented the update. Completions in the year to date are 212 homes against a plan \
of 240.
Agreed: the Board noted the update.
--- page ---
** Paper C: Delivery risk register
The Board discussed build cost inflation, the register's highest risk.
Agreed: the Board asked for a mitigation plan for risk HDR-01.
** 5. Any other business
None.
"""


def test_regression_notes_headed_by_their_papers_are_not_split_at_a_pages_top(
        tmp_path: Path) -> None:
    # "Paper C: ..." at the second page's top was read as a pack's stamp over the next paper,
    # though the notes had headed their minutes "Paper A: ...", "Paper B: ..." before it
    assert pack_kinds(BOARD_NOTES_HEADED_BY_PAPERS, tmp_path) == [("minutes", 1, 2)]


# ---------------- an item's paper printing its meeting's date and time under its stamp

STAMPED_REPORT_UNDER_ITS_MEETINGS_DATE = """** Agenda Item 6
** Cabinet
Tuesday 14 March 2028 at 10.00 am
!! Street trading policy review
|% 35 65
| Report of | Head of Regulatory Services |
| Portfolio | Cabinet Member for Communities |
| Key decision | No |
** 1. Purpose
1.1 To ask the Cabinet to adopt a revised street trading policy.
** 2. Recommendations
2.1 That the Cabinet adopts the policy at Appendix A.
"""


def test_regression_stamped_paper_under_its_meetings_date_line_is_no_agenda(
        tmp_path: Path) -> None:
    # the notice's date line ("Tuesday ... at 10.00 am") was read in body type among any
    # document's first lines: under an item's stamp it is the meeting the paper is for
    assert pack_documents(STAMPED_REPORT_UNDER_ITS_MEETINGS_DATE, tmp_path) == [
        ("report", "2028-03-14", "Cabinet")]
