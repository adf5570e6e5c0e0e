"""Review of held-out round 32's documents fixes (kinds, splitting, front matter): each defect
the review found in the new rules, on a small paper another council would publish, read as
that paper is before the rules and not as the rules misread it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, source_lines
from kcc_papers.classify import classify
from test_heldout_round32_docsB import NOTES_PACK

# An agenda, its page of notes for the public in one type ("Information for members of the
# public", "Forward plan"), then the last meeting's minutes on a page of their own whose
# masthead is set as the notes' headings are: "Cabinet" over the council's name in body type
# over "Minutes of the meeting held on ...".
NOTES_THEN_MINUTES = (
    # (the fixer's agenda and notes pages, without their running header, then the minutes)
    NOTES_PACK.split("\n", 1)[1].split("--- page ---\n## ", 1)[0]
    + source_lines(
        "--- page ---",
        "** Cabinet",
        "Ravensclough Metropolitan Borough Council",
        "** Minutes of the meeting held on Tuesday 17 June 2031",
        "Present:\tCllr B Ollerenshaw (in the Chair), Cllr I Sadiq",
        "** CAB.14 Apologies for Absence",
        "An apology was received from Councillor Tattersall.",
    )
)


def test_regression_a_minutes_heading_under_a_same_type_masthead_is_no_notes_section(
        tmp_path: Path) -> None:
    assert [kind for kind, _, _ in pack_documents(NOTES_THEN_MINUTES, tmp_path)] == [
        "agenda", "minutes"]


# A finance report keying its savings' delivery as a service keys its standards: "A measure
# is Green where the target is met" over a table of savings in £000.
SAVINGS_REPORT = """KENT COUNTY COUNCIL
By:	Corporate Director of Finance
To:	Cabinet - 25 June 2021
Subject:	SAVINGS DELIVERY 2021/22
Classification:	Unrestricted
Summary: To report delivery of the savings agreed in the budget.
Recommendation: Cabinet is asked to note the report.
1. Savings delivery
1.1 Each of the savings below is shown as a measure. A measure is Green where the target is \
met, Amber where it is at risk and Red where it will not be delivered.
Savings measure | Target £000 | Forecast £000 | Status
Review of day care provision | 450 | 450 | Green
Library opening hours | 120 | 80 | Amber
"""


def test_regression_a_savings_table_keyed_green_where_its_target_is_met_is_no_performance_report(
        ) -> None:
    assert classify(SAVINGS_REPORT, "report") == "report"


# A record of a cabinet's decisions headed by a sentence naming the body before its meeting's
# weekday, date and time: no masthead naming the body, no agenda.
DECISIONS_LIST = """Decisions of the Cabinet - Thursday 25 September 2031, 10.00 am, Shire Hall
1. Library opening hours
Decision: to agree the new opening hours.
Reason: the consultation supported them.
"""


def test_regression_a_sentence_about_the_body_before_its_meetings_date_heads_no_agenda(
        ) -> None:
    assert classify(DECISIONS_LIST) != "agenda"
