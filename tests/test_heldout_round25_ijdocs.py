"""Regression tests for round 25's document misses of batches I and J (each document's kind,
meeting date and committee; minutes and decisions): a notice cancelling a meeting, a report to
a body's special meeting, a subject's annual report holding a table of measures. Each runs on
small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, pack_front, rendered

# ------------------------------------------------- a notice cancelling a meeting

CANCELLED_NOTICE = """## HOLMFORD PARISH COUNCIL
The Village Hall, Church Lane, Holmford HF2 6QT
Clerk: Mr Daniel Aspinall
** NOTICE OF CANCELLATION
** FINANCE AND GENERAL PURPOSES COMMITTEE
Notice is given that the meeting of the Finance and General Purposes Committee which was to have \
been held on Tuesday 14 November 2028 at 7.00 pm in the Village Hall has been cancelled, \
there being no business to transact.
The next meeting of the Committee is scheduled for Tuesday 12 December 2028 at 7.00 pm.
D. Aspinall
Clerk to the Council
Dated: 7 November 2028
"""


def test_cancellation_notice_names_the_meeting_it_cancels(tmp_path: Path) -> None:
    # a one-page notice: no agenda, no minutes; it belongs to the meeting it cancels (its body
    # and its date), not to the next meeting it announces nor to the day it was signed;
    # before, the notice was read as naming no meeting at all
    docs = documents_of(rendered(CANCELLED_NOTICE, tmp_path))
    assert docs == [("other", "2028-11-14", "Finance and General Purposes Committee")]


# ------------------------------------------------- a report to a body's special meeting

SPECIAL_MEETING_PACK = pack_front("WEYBRIDGE BOROUGH COUNCIL", "Licensing Committee") + """\
** Agenda Item 3
WEYBRIDGE BOROUGH COUNCIL
Report to:	Licensing Committee (Extraordinary Meeting)
Date:	11 June 2026
Report of:	Head of Regulatory Services
Subject:	Taxi Licensing Policy Review
** 1. Recommendation
1.1 That the Committee approves the revised taxi licensing policy for consultation.
** 2. Background
2.1 The policy was last reviewed in 2021 and the statutory standards have since changed.
"""


def test_special_meeting_in_brackets_is_no_part_of_the_body(tmp_path: Path) -> None:
    # "Report to: Licensing Committee (Extraordinary Meeting)": the bracket says which kind
    # of the committee's meetings it is; the body is the Licensing Committee; before, the
    # bracket was kept in the committee's name
    docs = pack_documents(SPECIAL_MEETING_PACK, tmp_path)
    assert ("report", "2026-06-11", "Licensing Committee") in docs


# --------------------------------------- a subject's annual report with a table of measures

ANNUAL_REPORT_PACK = pack_front("MARSHLEY COUNTY COUNCIL", "Environment Committee") + """\
** Agenda Item 3
MARSHLEY COUNTY COUNCIL
Report to:	Environment Committee
Date:	11 June 2026
Report of:	Director of Environment
Subject:	AIR QUALITY: ANNUAL REPORT 2025
** 1. Recommendation
1.1 That the Committee notes the Air Quality Annual Report 2025 and agrees that it is \
submitted to the Secretary of State.
** 2. Monitoring
2.1 The Council monitors its own handling of air quality work against the measures below.
| Ref | Measure | Target | 2025 | Rating |
| AQ1 | Diffusion tubes changed on schedule (%) | 95 | 97.1 | GREEN |
| AQ2 | Complaints answered within 10 days (%) | 90 | 84.0 | AMBER |
** 3. Financial implications
3.1 The monitoring network is funded from the service's revenue budget.
"""


def test_subjects_annual_report_with_measures_is_a_report(tmp_path: Path) -> None:
    # "Subject: Air Quality: Annual Report 2025" noting a year's report, a small table of the
    # service's own measures in its head: the statutory annual report, its measures its
    # evidence; before, the table's header made it a performance report
    docs = pack_documents(ANNUAL_REPORT_PACK, tmp_path)
    assert ("report", "2026-06-11", "Environment Committee") in docs
