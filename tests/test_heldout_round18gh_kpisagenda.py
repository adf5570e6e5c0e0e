"""Regression tests for the KPI and agenda item misses of held-out round 18's carry-over
batches G and H: a shared service's KPI table printing one column per partner council and one
for the whole service, which the target and the RAG rate; and a town council's agenda whose
items are labelled by the minute number they will take ("Minute 1"). Small papers in other
councils' words."""

from __future__ import annotations

import re
import time
from pathlib import Path

from heldout_support import pdf_agenda_items, pdf_kpis
from kcc_papers.extract.agenda.patterns import ITEM, NUMBER_ALONE
from kcc_papers.extract.kpis.header import AGGREGATE_COLUMN

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1


def _linear(pattern: re.Pattern[str]) -> None:
    for text in (" " * 10_000, "a" * 10_000, "A" * 10_000):
        start = time.process_time()
        pattern.search(text)
        assert time.process_time() - start < LINEAR_SECONDS


# ------------------------- a partnership's KPIs: one column per partner, one for the whole

PARTNERSHIP_KPIS = """\
## Northmoor and Eastleigh Building Control Partnership
** BUILDING CONTROL PARTNERSHIP BOARD
** Partnership performance: Quarter 2 2027/28
Report of:	Partnership Manager
** 1. Recommendation
1.1 That the Board notes the partnership's performance for the second quarter.
** 2. Performance
|% 10 34 10 12 12 12 10
| Ref | Indicator | Target | Northmoor | Eastleigh | @whole@ | RAG |
| BC-1 | Full plans decided within 5 weeks (%) | 90% | 92.4% | 88.0% | 90.6% | Green |
| BC-2 | Site inspections on the day requested (%) | 95% | 91.0% | 93.2% | 92.0% | Amber |
| BC-3 | Complaints upheld (number) | 2 | 3 | 4 | 7 | Red |
2.1 The partnership figure carries the rating; the partners' figures are for information.
"""


def test_partnership_column_beside_partner_columns_unread_as_the_latest_value(
        tmp_path: Path) -> None:
    """Before, no column was named as the figure ("Northmoor", "Partnership" name no role):
    the table was no dashboard and gave no KPI."""
    kpis = pdf_kpis(PARTNERSHIP_KPIS.replace("@whole@", "Partnership"), tmp_path)
    assert [(k.ref, k.latest_value, k.latest_rag) for k in kpis] == [
        ("BC-1", 90.6, "green"), ("BC-2", 92.0, "amber"), ("BC-3", 7.0, "red")]


def test_shared_service_column_unread_as_the_latest_value(tmp_path: Path) -> None:
    kpis = pdf_kpis(PARTNERSHIP_KPIS.replace("@whole@", "Shared service"), tmp_path)
    assert [(k.ref, k.latest_value, k.latest_rag) for k in kpis] == [
        ("BC-1", 90.6, "green"), ("BC-2", 92.0, "amber"), ("BC-3", 7.0, "red")]


def test_the_aggregate_column_pattern_is_linear_and_names_no_partner() -> None:
    _linear(AGGREGATE_COLUMN)
    assert AGGREGATE_COLUMN.match("Shared Service") and AGGREGATE_COLUMN.match("Combined")
    assert not AGGREGATE_COLUMN.match("Northmoor")
    assert not AGGREGATE_COLUMN.match("Shared service costs")


# --------------------- a town council's agenda: items labelled by their minute ("Minute 1")

MINUTE_LABELLED_AGENDA = """\
%% header Ellerby Bridge Town Council
%% overprint PLN/14.03.28/{page}
%% footer Planning Committee, Tuesday 14th March 2028
## ELLERBY BRIDGE TOWN COUNCIL
** PLANNING COMMITTEE
Notice is given that a meeting of the Planning Committee will be held on Tuesday 14th March 2028 at 7.30pm in the Council Chamber, Guildhall, Ellerby Bridge.
Town Clerk:	Amelia Rowntree
** AGENDA
Minute 1	Apologies for absence
Minute 2	Declarations of interest
Minute 3	Minutes of the meeting held on 8th February 2028
Minute 4	Planning applications
Minute 5	Neighbourhood plan review
--- page ---
** Minute 5: NEIGHBOURHOOD PLAN REVIEW
Report of the Town Clerk
1. The neighbourhood plan was made in 2021 and is due for review.
2. Recommendation: That a working group be formed to review the neighbourhood plan.
"""  # noqa: E501


def test_items_labelled_minute_n_unread_as_agenda_items(tmp_path: Path) -> None:
    """Before, "Minute 1" was no item's label (only "Item 1"): the agenda gave no item."""
    assert pdf_agenda_items(MINUTE_LABELLED_AGENDA, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of the meeting held on 8th February 2028"),
        ("4", "Planning applications"),
        ("5", "Neighbourhood plan review"),
    ]


def test_the_minute_label_patterns_stay_linear() -> None:
    _linear(ITEM)
    _linear(NUMBER_ALONE)
    assert (m := ITEM.match("Minute 4\tPlanning applications")) and m["ref"] == "4"
    assert NUMBER_ALONE.match("Minute 4")
