"""Review of round 19's fixes, part D: regressions found reading the changes to the minutes
readers (local councils' prose decisions, a subject agreed as a whole sentence, minute numbers
in a left-hand column) on small papers of other councils than the held-out ones."""

from __future__ import annotations

from pathlib import Path

from heldout_support import numbers, rendered
from kcc_papers.extract.minutes.resolution_marks import resolves
from kcc_papers.models import AgendaItem, Decision
from kcc_papers.pipeline import process_file
from test_s25_limits_misc import MOST_GROWTH, _growth


def _decisions(path: Path) -> list[tuple[str | None, str, str]]:
    return [(d.ref, d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


def _minutes(path: Path) -> list[tuple[str | None, str]]:
    return numbers(process_file(str(path)).records)


# A borough council's formal minutes, their attendance opened "Councillors present:", a
# visitor from a town council named under it.
VISITOR_FROM_TOWN_COUNCIL = """## BRAMBLEY BOROUGH COUNCIL
** LICENSING AND APPEALS COMMITTEE
MINUTES of the meeting held on Tuesday 13 April 2027 at 7.00 pm in the Council Chamber
Councillors present: P Ash (Chair), Q Beech, R Cedar and S Dogwood
Also in attendance: Mr T Elm (Brambley Town Council)
** 21. TAXI FARES REVIEW
The Licensing Manager presented the proposed table of fares.
RESOLVED: That the revised table of fares be approved.
** 22. STREET TRADING CONSENTS
Members discussed the consents due for renewal in the summer.
It was agreed that the Licensing Manager would circulate the list of traders.
The meeting closed at 8.15 pm
"""


def test_regression_visitor_from_town_council_keeps_minutes_formal(tmp_path: Path) -> None:
    # a town council named beside a visitor in the attendance is not the minutes' body: the
    # borough's minutes stay formal, "It was agreed that the Manager would circulate" is
    # discussion (read as a decision of minute 22)
    assert _decisions(rendered(VISITOR_FROM_TOWN_COUNCIL, tmp_path)) == [
        ("21", "RESOLVED: That the revised table of fares be approved.", "approved")]


# A parish council's minutes reporting the county council's budget in a line of its own.
OTHER_BODY_AGREED = """## WILLOWMERE PARISH COUNCIL
** MINUTES of the meeting of the Parish Council held on Monday 8 March 2027 at 7.30 pm
Present: Cllrs A Moss (Chairman), B Reed and C Sedge.
** 1. APOLOGIES
Apologies were received from Cllr D Rush.
** 2. COUNTY COUNCILLOR'S REPORT
Cllr Fern reported on the county's finances.
The County Council budget was approved.
** 3. PLAYING FIELD
It was agreed that the new goalposts be purchased.
"""


def test_regression_other_bodys_subject_agreed_no_decision(tmp_path: Path) -> None:
    # "The County Council budget was approved." is another body's decision reported, however
    # it fills its line (read as the parish council's decision of minute 2)
    assert _decisions(rendered(OTHER_BODY_AGREED, tmp_path)) == [
        ("3", "It was agreed that the new goalposts be purchased.", "agreed")]


# A parish committee's lettered agenda, its longest line a whole title, the report's author
# under it in the title's column.
LETTERED_NOTE_UNDER_TITLE = """## PARISH OF ST BRELADE
** FINANCE COMMITTEE
** AGENDA
A.\tApologies
B.\tMinutes of the meeting held on 7th June 2027
C.\tAnnual Governance Statement and Accounts 2026/27
\tReport of the Parish Treasurer
D.\tAny other business
"""


def test_regression_lettered_title_longest_line_not_broken_at_margin(tmp_path: Path) -> None:
    # the page's longest line is not the margin: a title ending far short of the page's right
    # margin (its width less its left margin) was ended by its writer, and the capital line
    # under it is a note (read as the title's last words, "... 2026/27 Report of the Parish
    # Treasurer")
    assert _agenda(rendered(LETTERED_NOTE_UNDER_TITLE, tmp_path)) == [
        ("A", "Apologies"), ("B", "Minutes of the meeting held on 7th June 2027"),
        ("C", "Annual Governance Statement and Accounts 2026/27"), ("D", "Any other business")]


# A district's planning committee minutes, an officer reporting the council's earlier decision.
REPORTED_RESOLUTION = """## ORCHARDVALE DISTRICT COUNCIL
** PLANNING COMMITTEE
MINUTES of the meeting held on Wednesday 14 April 2027 at 6.00 pm in the Council Chamber
Present: Councillors A Bramble (Chair), C Dewberry and E Fennel
** 41. APPEALS UPDATE
The Planning Manager reported that, at its meeting in March, the Council resolved to contest \
the appeal at Mill Lane.
RESOLVED: That the appeals update be noted.
** 42. DATE OF NEXT MEETING
Wednesday 12 May 2027.
"""


def test_regression_resolution_reported_after_comma_no_decision(tmp_path: Path) -> None:
    # only a clause opening its sentence ("Having taken account of ..., the Sub-Committee
    # determined") leads to the body's own resolution: "reported that, in March, the Council
    # resolved" is reported speech (read as a second decision of minute 41)
    assert _decisions(rendered(REPORTED_RESOLUTION, tmp_path)) == [
        ("41", "RESOLVED: That the appeals update be noted.", "noted")]


# A district committee's minutes as a borderless table, numbers centred down each minute's
# cell; a minute's resolution under a bold "RESOLVED:" label above where its number is set.
MARGIN_NUMBER_UNDER_LABEL = """## HOLMEWOOD DISTRICT COUNCIL
** LICENSING COMMITTEE
MINUTES of the meeting held on Monday 8 March 2027 at 2.00 pm in the Council Chamber
PRESENT: Councillors A Ash (Chairman), B Birch, C Cherry and D Damson
|% 9 91
|- | |
| 12 | **APOLOGIES FOR ABSENCE** |
| ^ | Apologies were received from Councillor E Elder. |
| 13 | **HACKNEY CARRIAGE FARES** |
| ^ | **RESOLVED:** |
| ^ | That the revised table of fares be approved. |
| ^ | The Licensing Manager would publish the table in the local newspaper. |
| ^ | Members asked that the drivers be told of the change in good time. |
| 14 | **STREET TRADING** |
| ^ | Members noted the report on consents. |
The meeting closed at 3.05 pm
"""


def test_regression_margin_number_passes_over_bold_resolution_label(tmp_path: Path) -> None:
    # the bold "RESOLVED:" labels the minute's text, it heads no minute: the number centred
    # below it goes to the heading above (read as "13 RESOLVED:", minute 13 run into 12)
    assert _minutes(rendered(MARGIN_NUMBER_UNDER_LABEL, tmp_path)) == [
        ("12", "APOLOGIES FOR ABSENCE"), ("13", "HACKNEY CARRIAGE FARES"),
        ("14", "STREET TRADING")]


def test_resolution_after_opening_clause_is_linear() -> None:
    # the opening clause is bounded and tried only at a sentence's start: sentences of
    # clauses with no body after them, and a run of commas, stay linear
    def clauses(n: int) -> object:
        return resolves(". Having regard, " * n + "the Clerk, " * n)

    assert _growth(clauses, 50) < MOST_GROWTH
