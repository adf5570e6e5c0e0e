"""Review of held-out round 33's fix A2 (a report opening on its asks and prose of another
subject, its KPI table in a section or a bound appendix, is a report): a quarterly report on
a plan's progress against its targets never says "performance" before its rated table, and
read as one of another subject; a report naming its performance in its purpose, its table
in its own appendix under a heading of no subject ("Appendix A - Council Plan Quarter 2"),
read as another body's paper bound under it."""

from __future__ import annotations

from kcc_papers.classify import classify

# A council plan's quarterly report: its purpose and ask speak of progress against the plan's
# targets, its rated table in section 3.
QUARTERLY_PROGRESS = """Harrowgate District Council
Council Plan 2027-31: Quarter 2 Progress Report
Report to: Cabinet, 9 November 2027
Report of: Head of Policy
1. Purpose
1.1 To update members on progress in delivering the Council Plan priorities at the end of quarter 2.
2. Recommendation
2.1 That Cabinet notes progress against the Council Plan targets at the end of quarter 2.
3. Progress at quarter 2
3.1 The table below sets out the position of each target at 30 September 2027.
Ratings: Green - on target; Amber - within 5%; Red - more than 5% off target.
Ref Indicator Target Q1 Q2 Rating
CP1 Household waste recycled 50% 48% 51% Green
CP2 Affordable homes delivered 60 20 28 Amber
CP3 Planning decisions in time 85% 70% 72% Red
"""


def test_regression_progress_against_targets_keeps_a_performance_report() -> None:
    """Before, a quarterly report asking that its progress against the plan's targets be
    noted, its table in its third section, was a plain report: no word of its opening was
    "performance" or "indicators"."""
    assert classify(QUARTERLY_PROGRESS, "report") == "performance_report"
    towards = QUARTERLY_PROGRESS.replace(
        "progress against the Council Plan targets", "progress towards the Council Plan's aims")
    assert classify(towards, "report") == "performance_report"


def test_progress_made_without_targets_is_still_a_report() -> None:
    """A strategy's progress made, no target spoken but in the rating key (r33g's customer
    contact strategy review): a report, as fixer A2 read it."""
    paper = QUARTERLY_PROGRESS.replace(
        "progress against the Council Plan targets", "the progress made").replace(
        "each target", "each priority")
    assert classify(paper, "report") == "report"


# A performance report whose own appendix holds its table, that appendix headed by the plan
# and the quarter only.
OWN_APPENDIX = """Harrowgate District Council
Council Plan Quarter 2 2027/28
Report to: Cabinet, 9 November 2027
Report of: Head of Policy
1. Purpose
1.1 To present the Council's performance against the Council Plan priorities at quarter 2.
2. Recommendation
2.1 That Cabinet notes the position at the end of quarter 2 set out in Appendix A.
3. Background
3.1 The Council Plan 2027-31 was adopted in February 2027 and sets four priorities for the district.
Appendix A - Council Plan Quarter 2 2027/28
Ratings: Green - on target; Amber - within 5%; Red - more than 5% off target.
Ref Indicator Target Q1 Q2 Rating
CP1 Household waste recycled 50% 48% 51% Green
CP2 Affordable homes delivered 60 20 28 Amber
CP3 Planning decisions in time 85% 70% 72% Red
"""


def test_regression_own_appendix_of_a_report_naming_performance() -> None:
    """Before, any appendix heading after the ask decided alone: a report presenting "the
    Council's performance" was a plain report when its appendix's heading named none."""
    assert classify(OWN_APPENDIX, "report") == "performance_report"


def test_another_bodys_report_bound_as_the_appendix_is_still_a_report() -> None:
    """... while another body's report bound as the appendix, its own header under the
    heading, leaves the report a report though the cover names the body's performance."""
    paper = OWN_APPENDIX.replace(
        "Appendix A - Council Plan Quarter 2 2027/28\n",
        "Appendix A - Harrowgate Leisure Trust\n"
        "Report to the Board of Trustees, 20 October 2027: the half year\n")
    assert classify(paper, "report") == "report"


def test_regression_a_lead_in_comparing_results_with_their_target() -> None:
    """Before, a sentence leading into the table that compares each result with its target
    (r21's review: "Table 1 compares each result with its target") said nothing of
    performance: the quarter's results report was a plain report."""
    paper = QUARTERLY_PROGRESS.replace(
        "progress against the Council Plan targets", "the quarter 2 results").replace(
        "The table below sets out the position of each target at 30 September 2027.",
        "Table 1 compares each result with its target at 30 September 2027.")
    assert classify(paper, "report") == "performance_report"
