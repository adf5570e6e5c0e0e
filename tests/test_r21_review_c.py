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
