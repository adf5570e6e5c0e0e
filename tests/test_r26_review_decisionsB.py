"""Review of round 26's decisions fixes (batches E-H): papers of other councils the new rules
misread. A planning officer's report on one application lists the site's earlier applications
between its summary and its final recommendation; a report's minute-style references
("FC/26/031") are no planning applications; ModernGov's "Decision:" label over the meeting's
discussion, whose own "RESOLVED" marks what was decided; a recommendations table over a
wider risk table whose narrower columns break the column's name at another letter; a council
shareholder committee told what a company's directors resolved."""

from __future__ import annotations

import re
from pathlib import Path

from pytest import MonkeyPatch

from heldout_support import decision_rows, source_decision_rows
from kcc_papers.extract.decisions import applications
from kcc_papers.extract.decisions.recommendations import find_recommendations
from test_heldout_round26_decisionsB import RISK_REPORT

GRANT = ("Recommendation: That planning permission be granted subject to the conditions set "
         "out in section 9.")


def _texts(lines: list[str]) -> list[str]:
    return [b.text for b in find_recommendations([(1, line) for line in lines])]


def test_regression_planning_history_is_no_other_application() -> None:
    # one application's report: its summary's block repeated at the end is one decision, the
    # earlier application its planning history lists (decided in 2019) no second one
    lines = ["Application No: NP/26/0459/FUL", "Site: Bryn Awel, Cwm Road", GRANT,
             "1. Site description", "The site lies in open countryside.",
             "2. Planning history",
             "NP/19/0123/FUL - Single storey rear extension - Approved 2019",
             "3. Assessment", "The proposal accords with Policy 46.",
             "9. Recommendation", GRANT]
    assert len(_texts(lines)) == 1


def test_regression_minute_references_are_no_applications() -> None:
    # "FC/26/031" is a minute's or an item's reference, no consent applied for: the block
    # repeated under the next one is the same decision
    ask = ("Recommendation: That the Committee approves the revised capital programme set out "
           "in appendix 1.")
    lines = ["FC/26/031 Capital programme 2026/27", ask, "FC/26/032 Background",
             "The programme was last revised in March.", ask]
    assert len(_texts(lines)) == 1


def _schedule(first: str, second: str) -> list[str]:
    return [f"5.1 {first} - Land at Mill Lane", GRANT, f"5.2 {second} - Land at Hall Farm", GRANT]


def test_labelled_applications_of_a_schedule_stay_apart() -> None:
    # a schedule's references without the kind of consent, each labelled an application's
    lines = _schedule("Application No: P/2026/0412", "Application No: P/2026/0431")
    assert len(_texts(lines)) == 2


def test_regression_northern_irish_applications_stay_apart() -> None:
    # a Northern Irish council's references: its area's code and a one-letter kind of consent
    assert len(_texts(_schedule("LA04/2026/0412/F", "LA04/2026/0431/O"))) == 2


def test_approved_plans_in_a_description_is_no_history() -> None:
    # "approved" inside what an application is for names no outcome of it: it is still an
    # application of the schedule, and its recommendation its own
    lines = _schedule("26/00398/FUL", "26/00412/VAR")
    lines[2] += " - Variation of condition 3 (approved plans) of 24/01187/FUL"
    assert len(_texts(lines)) == 2


DISCUSSION_UNDER_LABEL = """Harrowfield Metropolitan Borough Council

Cabinet

Minutes of the meeting held on Wednesday, 16 August 2028 at 2.00 pm

Present: Councillor J Whitcombe (Chair), Councillors I Sadiq and K Moy

CAB/24 LIBRARY SERVICE STRATEGY 2028-2033

Decision:
The Cabinet considered the report of the Director of Place on the library strategy and the consultation responses received from 212 residents.
RESOLVED: That the Library Service Strategy 2028-2033 be adopted.

CAB/25 SOLAR CANOPIES AT COUNCIL CAR PARKS

Decision:
(1) That the award of a lease for solar canopies be deferred.
(2) That the Director of Resources seek further legal advice on the lease terms.
"""  # noqa: E501


def test_regression_decision_label_over_discussion(tmp_path: Path) -> None:
    # "Decision:" over the meeting's discussion heads no decision: the "RESOLVED" under it is
    # the minute's one (the label still heads a decision worded "(1) That ...")
    assert decision_rows(DISCUSSION_UNDER_LABEL, tmp_path) == [
        ("RESOLVED: That the Library Service Strategy 2028-2033 be adopted.", "other"),
        ("(1) That the award of a lease for solar canopies be deferred.\n(2) That the Director "
         "of Resources seek further legal advice on the lease terms.", "deferred"),
    ]


# Round 26's recommendations table over a risk table, the risk table of nine columns: its
# second column, narrower than in round 26's paper, breaks the name "Recomme" / "ndation", not
# "Recommendatio".
NINE_COLUMN_RISKS = "\n".join(
    line for line in RISK_REPORT.splitlines() if not line.startswith(("| Ref", "| JW"))
).replace("| 1 | The committee notes the partnership risk register. |", "\n".join((
    "| 1 | The committee notes the partnership risk register. |",
    "| Ref | Code | Risk | L | I | Rating | Action | Owner | Due |",
    "| JW1 | A | Food waste vehicles late | 4 | 3 | 12 | Hire vehicles | Head of Waste | Apr |",
    "| JW2 | B | Driver shortages | 3 | 3 | 9 | Apprentices | Head of Waste | Mar |",
))) + "\n"


def test_regression_column_name_broken_at_another_letter(tmp_path: Path) -> None:
    rows = source_decision_rows(NINE_COLUMN_RISKS, "report", tmp_path)
    assert [(text.split(" L = ")[0], outcome) for text, outcome in rows] == [
        ("1. The committee notes the partnership risk register.", "noted")]


SHAREHOLDER_MINUTES = """Harrowfield Metropolitan Borough Council

Shareholder Committee

Minutes of the meeting held on Tuesday, 12 September 2028 at 10.00 am

Present: Councillor J Whitcombe (Chair), Councillors I Sadiq and K Moy

SHC/12 HARROWFIELD HOMES LTD ANNUAL REPORT 2027/28

The Managing Director of Harrowfield Homes Ltd presented the company's annual report. The Directors resolved to pay a dividend of £250,000 to the Council in March 2029.
RESOLVED: That the annual report of Harrowfield Homes Ltd be noted.
"""  # noqa: E501


def test_regression_directors_resolution_told_to_a_council_committee(tmp_path: Path) -> None:
    # a council's shareholder committee told what the company's directors resolved: the
    # company's decision, the committee's own its RESOLVED
    assert decision_rows(SHAREHOLDER_MINUTES, tmp_path) == [
        ("RESOLVED: That the annual report of Harrowfield Homes Ltd be noted.", "noted"),
    ]


def test_regression_application_references_read_once(monkeypatch: MonkeyPatch) -> None:
    # a long report of many blocks: each line is tried for an application's reference once,
    # not again above every block (quadratic: a 10,000-line report took four times as long)
    tried: list[str] = []
    pattern = applications._APPLICATION_REF

    class Counted:
        def match(self, text: str) -> re.Match[str] | None:
            tried.append(text)
            return pattern.match(text)

    monkeypatch.setattr(applications, "_APPLICATION_REF", Counted())
    lines = [line for k in range(40) for line in (
        f"Recommendation: That item {k} be approved as set out in paragraph {k}.",
        *(f"Paragraph {j} of the background." for j in range(20)))]
    find_recommendations([(1, line) for line in lines])
    assert len(tried) <= len(lines)
