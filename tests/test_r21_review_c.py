"""Review of round 21's document fixes (kinds, splits, committees): regression tests for the
defects found, each on a small paper of another council written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered

# ------------------------------------- a label's value over "Subject" is no line of the title

LABELS_OVER_VALUES = """## NORTHBROOK COUNCIL
Report of
Head of Performance and Monitoring
Subject
Waste Collection Contract Award
Meeting: Cabinet
Date of meeting: Tuesday 4th May 2027
** 1. Recommendation
1.1 That Cabinet approves the award of the waste collection contract to Greenway Services Ltd \
for seven years from 1st October 2027.
** 2. Tender evaluation
2.1 Three tenders were received and evaluated on price and quality.
"""


def test_regression_value_above_subject_label_is_no_title(tmp_path: Path) -> None:
    # a header printing each label over its value ("Report of" over "Head of Performance and
    # Monitoring", then "Subject" over the title): the line above "Subject" is the last
    # label's value, not the title's first line wrapped about its label; before, it was read
    # into the title and the contract award was a performance report
    assert documents_of(rendered(LABELS_OVER_VALUES, tmp_path)) == [
        ("report", "2027-05-04", "Cabinet")]


# ------------------------------ an aside between an ask's verb and what it names is no object

ASIDE_BEFORE_OBJECT = """## Redwater Borough Council
## Corporate Plan Update: Quarter 2 2027/28
Meeting:	Overview and Scrutiny Committee
Date of meeting:	Wednesday 17th November 2027
Report of:	Chief Executive
Wards affected:	All
** 1. Recommendation
1.1 That the Committee approves, for publication on the Council's website, the quarter 2 \
performance indicators below.
** 2. Results at Quarter 2
|- Ref | Indicator | Target 2027/28 | Actual Q2 | RAG |
| CP1 | Household waste recycled | 52% | 49.6% | Amber |
| CP2 | Major planning applications decided on time | 90% | 94% | Green |
"""


def test_regression_aside_after_ask_verb_keeps_its_object(tmp_path: Path) -> None:
    # "approves, for publication on the Council's website, the quarter 2 performance
    # indicators": the aside between commas comes before what the verb names, the measures
    # (a decision on them: a performance report by its head's KPI table); before, the aside's
    # opening comma ended the object at once, an empty object named no measures and the paper
    # was read as a decision's report
    assert documents_of(rendered(ASIDE_BEFORE_OBJECT, tmp_path)) == [
        ("performance_report", "2027-11-17", "Overview and Scrutiny Committee")]


# ------------------------- a KPI table's header is no budget monitor by the words around it

DASHBOARD_UNDER_PROSE = """## Castlemere City Council
## Customer Services: Quarter 2 Update
Meeting:	Customer and Communities Scrutiny Panel
Date of meeting:	Thursday 18th November 2027
Report of:	Head of Customer Services
** 1. Recommendation
1.1 That the Panel notes the quarter 2 results and comments on them.
** 2. Results
Table 1 compares each result with its target; the budget forecast is in section 4.
|- Ref | Description | Target | Q2 actual | Forecast | RAG |
| CS1 | Calls answered within 20 seconds | 80% | 76% | 78% | Amber |
| CS2 | Complaints answered within 10 days | 95% | 97% | 96% | Green |
"""


def test_regression_dashboard_under_budget_prose_is_performance(tmp_path: Path) -> None:
    # a sentence above a KPI table's header that mentions the budget's forecast is no wrapped
    # cell of the header: the table rates each service's result against its target, not a
    # budget; before, the sentence's "budget" and the header's "Forecast" read the dashboard
    # as a budget monitor and the paper as a report
    assert documents_of(rendered(DASHBOARD_UNDER_PROSE, tmp_path)) == [
        ("performance_report", "2027-11-18", "Customer and Communities Scrutiny Panel")]


DASHBOARD_BUDGET_ROW = """## Castlemere City Council
## Finance and Resources: Quarter 2 Update
Meeting:	Resources Scrutiny Panel
Date of meeting:	Thursday 18th November 2027
Report of:	Director of Finance
** 1. Recommendation
1.1 That the Panel notes the quarter 2 results and comments on them.
** 2. Results
|- Ref | Description | Target | Q2 actual | Forecast | RAG |
| FR1 | Budget holders reporting on time | 95% | 96% | 96% | Green |
| FR2 | Invoices paid within 30 days | 92% | 88% | 90% | Amber |
"""


def test_regression_dashboard_with_budget_measure_is_performance(tmp_path: Path) -> None:
    # a measure's row naming the budget ("Budget holders reporting on time") under a header
    # with a "Forecast" column is a row of the table, not its header's cells: the header heads
    # measures; before, the row was read with the header and the dashboard as a budget monitor
    assert documents_of(rendered(DASHBOARD_BUDGET_ROW, tmp_path)) == [
        ("performance_report", "2027-11-18", "Resources Scrutiny Panel")]
