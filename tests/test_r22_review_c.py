"""Review C of held-out round 22's decisions fixes: each defect found, on a small paper of
another council written here, with the rows it must give."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.extract.decisions.prose_records import prose_findings
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file
from test_s25_limits_misc import MOST_GROWTH, _growth


def _of(source: str, kind: str, tmp_path: Path) -> list[tuple[str, str]]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [(d.decision_text, d.outcome) for d in records
            if isinstance(d, Decision) and d.source == kind]


# A district's schedule of applications, one report: each application heads only its verdict
# in sentence case, the last item asks the committee to note the appeals.
SCHEDULE = """%% header Hollowmere District Council
## Hollowmere District Council
** PLANNING COMMITTEE - 14 APRIL 2028
Agenda Item 5
** Schedule of planning applications
Report of the Head of Planning
** Item 5.1 - 27/0311/FUL - Land at Mill Lane, Ashby Parva
|% 30 70
| Proposal | Erection of two detached dwellings |
| Recommendation | Approve subject to conditions |
** 2. Assessment
The site lies within the settlement boundary and the scheme accords with policy H2.
** Item 5.2 - 27/0340/HOU - 4 Church Street, Ashby Parva
|% 30 70
| Proposal | Two storey side extension |
| Recommendation | Refuse |
** 2. Assessment
The extension would harm the character of the conservation area.
** Item 5.3 - Appeals received
** Recommendation
That the Committee notes the appeals received since the last meeting.
"""


def test_regression_schedule_verdicts_kept_before_another_items_ask(tmp_path: Path) -> None:
    # a sentence-case verdict is a headline only of a recommendation worded after it that
    # decides the same: before another item's ask to note the appeals it is its own
    # application's recommendation (both verdicts were dropped as headlines of the note)
    assert _of(SCHEDULE, "report", tmp_path) == [
        ("Approve subject to conditions", "approved"),
        ("Refuse", "rejected"),
        ("That the Committee notes the appeals received since the last meeting.", "noted"),
    ]


# A planning report quoting a consultee's advice, its label after the consultee's sentence.
CONSULTEE = """%% header Thornbury Vale District Council
## Thornbury Vale District Council
** PLANNING COMMITTEE - 6 JUNE 2028
Agenda Item 6
** 28/0102/FUL - Orchard House, Lower Wick
Proposal: Erection of a detached garage and home office
** 1. Consultations
1.1 Highway Authority: The access is adequate for the additional use. Recommendation: No objection subject to a condition securing parking.
1.2 Parish Council: Objects to the scale of the building.
** 2. Recommendation
That planning permission be granted subject to the conditions set out in the appendix.
"""  # noqa: E501


def test_regression_consultee_recommendation_mid_line_no_ask(tmp_path: Path) -> None:
    # "Recommendation:" after a consultee's sentence is its advice where the report heads its
    # own recommendation (it was read as the ask, its block running over the report's own)
    assert _of(CONSULTEE, "report", tmp_path) == [
        ("That planning permission be granted subject to the conditions set out in the "
         "appendix.", "approved"),
    ]


# A hearings panel's notice reciting, in its background, the assessment's decision.
HEARING = """%% header Ravensholt District Council
## Ravensholt District Council
^^ DECISION NOTICE
** Hearings Panel - Tuesday, 4 May 2027
Complaint reference:	RDC/27/03
Subject Member:	Councillor Petra Oyelaran
** Background
On 14 January 2027, the Assessment Sub-Committee decided that the complaint be referred for investigation.
** Decision on the complaint
Having considered the Investigating Officer's report, the Panel found that Councillor Oyelaran breached paragraph 3 (bullying) of the Code of Conduct.
** Appeal
There is no right of appeal against the Panel's decision.
"""  # noqa: E501


def test_regression_dated_clause_recites_an_earlier_decision(tmp_path: Path) -> None:
    # a clause naming a date says when another meeting decided, not what this one weighed
    # (the assessment's referral was read as a decision of the hearing)
    assert _of(HEARING, "decision_notice", tmp_path) == [
        ("Having considered the Investigating Officer's report, the Panel found that "
         "Councillor Oyelaran breached paragraph 3 (bullying) of the Code of Conduct.", "other"),
    ]


def test_regression_prose_findings_linear_in_lines_without_a_stop() -> None:
    # each sentence with no stop after it was read to the paper's end: 3,000 such lines took
    # 18 s
    def findings(count: int) -> object:
        return prose_findings([(1, "the Committee agreed to x")] * count)
    assert _growth(findings, 100) < MOST_GROWTH


# A scrutiny report quoting, in its background, the recommendation Cabinet had; its own ask a
# paragraph of its review.
REVIEW = """%% header Kestrel Bay Borough Council
## Kestrel Bay Borough Council
** OVERVIEW AND SCRUTINY COMMITTEE - 11 JULY 2028
Agenda Item 8
** Seafront Parking Scheme: six month review
Report of the Head of Environment
** 1. Background
1.1 Cabinet considered report CAB/27/14 on 9 November 2027. Recommendation: That Cabinet approves the seafront parking scheme for a trial of twelve months.
1.2 The scheme began on 1 January 2028.
** 2. Review
2.1 Income in the first six months was £212,000 against a forecast of £180,000.
2.2 The Committee is asked to note the review of the scheme's first six months.
"""  # noqa: E501


def test_regression_quoted_earlier_recommendation_after_a_sentence_no_ask(
        tmp_path: Path) -> None:
    # a label after a sentence is read only where no paragraph asks the meeting either: here
    # it quotes the recommendation Cabinet had (read as the report's ask, over its own)
    assert _of(REVIEW, "report", tmp_path) == [
        ("The Committee is asked to note the review of the scheme's first six months.", "noted"),
    ]


def test_regression_scheme_not_to_be_proceeded_with_rejected() -> None:
    # "not to be proceeded with" drops the scheme as "not be proceeded with" does (read as
    # other)
    assert classify_outcome("RESOLVED that the proposed residents' parking scheme for Gorse "
                            "Avenue is not to be proceeded with.") == "rejected"
    assert classify_outcome("RESOLVED that the scheme is to be proceeded with.") == "other"
