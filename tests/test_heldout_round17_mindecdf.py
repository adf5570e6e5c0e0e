"""Regression tests for held-out round 17's misses in minutes and decisions of batches D and F:
an officers' register whose preamble speaks of "a written record of decisions", a decision
notice's ruled table of labels (the label centred beside its wrapped value), a minute added
as "Minute 65A", a planning reference's last letter joined to the next word, a Welsh
restatement of an English resolution, "Resolved:" after a sentence mid-line, a title wrapped
before its figure in a narrow column, a motion "declared carried and it was agreed that",
consideration "adjourned", and "Cllr." in a title. Each on a small paper written here in the
layout that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes, rendered
from kcc_papers.extract import decisions
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome


def _notices(path: Path) -> list[Decision]:
    return [d for ctx in contexts(path, "decision") for d in decisions_in(decisions.extract(ctx))]


# ------------- an officers' register: "a written record of decisions" in its preamble is prose

REGISTER = """<html><body>
<h1>Officer Delegated Decisions Register - March 2027</h1>
<p>Under the Openness of Local Government Bodies Regulations 2014 the Council publishes a
written record of decisions taken by officers under delegated powers.</p>
<table>
<tr><th>Reference</th><th>Date of decision</th><th>Decision taken by</th><th>Decision</th>
<th>Reason</th><th>Value</th><th>Key decision</th></tr>
<tr><td>ODR/27/031</td><td>02/03/2027</td><td>Director of Place</td>
<td>To award the contract for the relining of Mill Street car park to Bayliss Lining Ltd</td>
<td>Lowest of three quotations.</td><td>£18,400</td><td>No</td></tr>
<tr><td>ODR/27/032</td><td>09/03/2027</td><td>Chief Finance Officer</td>
<td>To write off irrecoverable business rates arrears of £12,006.50</td>
<td>All recovery action has been exhausted.</td><td>£12,006.50</td><td>Yes - FP/27/009</td></tr>
</table>
</body></html>
"""


def test_register_preamble_record_of_decisions_read_as_a_record_of_decision(
        tmp_path: Path) -> None:
    # the preamble's "record of decisions", in lower case, took the page for a Kent record of
    # decision, whose reader found no "Decision:" label: no decision at all. A record names
    # itself so in capitals; the register's table is a notice per row
    page = tmp_path / "register.html"
    page.write_text(REGISTER)
    assert [(d.ref, d.decision_text, d.decision_maker, d.key_decision, d.title)
            for d in _notices(page)] == [
        ("ODR/27/031", "To award the contract for the relining of Mill Street car park to "
                       "Bayliss Lining Ltd", "Director of Place", False, None),
        ("ODR/27/032", "To write off irrecoverable business rates arrears of £12,006.50",
                       "Chief Finance Officer", True, None),
    ]


# ------------ a decision notice's ruled table: the label centred beside its wrapped value

CALL_IN_NOTICE = """** WEXFORD BOROUGH COUNCIL
## CABINET DECISION NOTICE
Notice of decisions taken by the Cabinet at its meeting held on Tuesday 15th February 2028.
Date of publication:	Wednesday 16th February 2028
** CAB 87  DAY OPPORTUNITIES REVIEW - HILLCREST DAY CENTRE
|% 28 72
| Cabinet Member: | Councillor Rhoda Vint, Adult Social Care and Health |
| Key Decision: | Yes |
| Decision: | That the Hillcrest Day Centre be closed on 31st May 2028 and its 46 regular users be offered places at the Riverside Community Hub or a personal budget for other day opportunities. |
| Reasons for the decision: | Attendance at Hillcrest has fallen from 92 to 46 regular users since 2022. The building needs repairs estimated at £640,000. |
| Conflicts of interest declared: | None |
Signed: Yusuf Grainger-Bell, Proper Officer
"""  # noqa: E501


def test_label_centred_beside_its_wrapped_decision_read_by_the_tables_rows(
        tmp_path: Path) -> None:
    # the text layer sets "Decision:" on the value's middle line: read by lines the decision
    # lost its first line and took the reasons' first line instead. The label cells print
    # their colons, which kept the table from being read as one of labels
    (notice,) = _notices(rendered(CALL_IN_NOTICE, tmp_path))
    assert notice.decision_text == (
        "That the Hillcrest Day Centre be closed on 31st May 2028 and its 46 regular users be "
        "offered places at the Riverside Community Hub or a personal budget for other day "
        "opportunities.")


# ------------------------------------ "Minute 65A": an item added after minute 65, its own

ADDED_MINUTE = """KINGSWOOD COUNCIL

MINUTES OF THE CABINET held on Tuesday, 12th October 2027

Present: Councillor F Radcliffe (Leader, in the Chair); Councillors J Amankwah and H Gilchrist

Minute 64: REVENUE BUDGET MONITORING - QUARTER 2 2027/28
RESOLVED that the forecast revenue outturn for 2027/28 be noted.

Minute 65: HOME TO SCHOOL TRANSPORT POLICY 2028/29
RESOLVED that the draft policy be approved for consultation.

Minute 65A: EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED that the press and public be excluded from the meeting for the following item.

Minute 66: DISPOSAL OF THE FORMER WESTGATE LIBRARY
RESOLVED that the recommendations set out in the exempt report be approved.
"""


def test_minute_number_with_a_capital_glued_read_as_a_minute_of_its_own(
        tmp_path: Path) -> None:
    # "65A:" was no part of minute 65 ("6a" lower case, no colon, was): the exclusion ran on
    # inside minute 65
    records = minutes_of(ADDED_MINUTE, tmp_path)
    assert numbers(records) == [
        ("64", "REVENUE BUDGET MONITORING - QUARTER 2 2027/28"),
        ("65", "HOME TO SCHOOL TRANSPORT POLICY 2028/29"),
        ("65A", "EXCLUSION OF THE PRESS AND PUBLIC"),
        ("66", "DISPOSAL OF THE FORMER WESTGATE LIBRARY"),
    ]
    assert [d.minute_number for d in decisions_in(records)] == ["64", "65", "65A", "66"]


def test_capital_glued_to_a_number_in_the_body_stays_the_body(tmp_path: Path) -> None:
    # guard: an address's "65A High Street" opening a body line under minute 65 is no
    # minute, the number not printed as the heading prints it ("Minute 65")
    text = ADDED_MINUTE.replace("Minute 65A: EXCLUSION OF THE PRESS AND PUBLIC",
                                "65A High Street was noted as the site of the new depot.")
    assert [n for n, _ in numbers(minutes_of(text, tmp_path))] == ["64", "65", "66"]


# ---------------- "LA09/2026/1184/F subject": the code's last capital joined to the next word

NI_PLANNING = """MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON MONDAY 15 NOVEMBER 2027

PRESENT: Alderman R Kerr (Chairperson)

P/27/081 APOLOGIES
None.

P/27/082 PLANNING APPLICATIONS - MAJOR
AGREED that planning permission be granted for application LA09/2026/1184/F subject to the
conditions in the case officer's report.
"""


def test_capital_ending_a_planning_reference_not_joined_to_the_next_word(
        tmp_path: Path) -> None:
    # "F subject" read as a split initial ("C orporate"): "LA09/2026/1184/Fsubject"
    (decision,) = decisions_in(minutes_of(NI_PLANNING, tmp_path))
    assert decision.decision_text == (
        "AGREED that planning permission be granted for application LA09/2026/1184/F subject "
        "to the conditions in the case officer's report.")


def test_split_initial_after_a_space_still_joined(tmp_path: Path) -> None:
    # guard: a capital set apart from its word at a word's start is joined as before
    text = NI_PLANNING.replace("in the case officer's report", "in our C orporate plan")
    (decision,) = decisions_in(minutes_of(text, tmp_path))
    assert decision.decision_text.endswith("conditions in our Corporate plan.")


# ------------------- a community council's decision in English, then again in Welsh

WELSH_COMMUNITY = """LLANFAIR COMMUNITY COUNCIL

COFNODION / MINUTES

Minutes of the meeting of Llanfair Community Council held on Wednesday 8th December 2027

Present:   Cllr Eirlys Hughes (Chair / Cadeirydd), Cllrs Rhys Davies, Mair Edwards

27/103  MINUTES / COFNODION
        The minutes of the meeting held on 10th November 2027 were read.
        Resolved: that the minutes of 10th November 2027 be approved as a true
        record and signed by the Chair.
        Penderfynwyd: cymeradwyo cofnodion 10fed Tachwedd 2027.

27/104  PLANNING CONSULTATIONS / YMGYNGHORIADAU CYNLLUNIO
        27/0988 - Fferm Ty'n Llwyn - agricultural building. Resolved: no objection.

27/105  FINANCE / CYLLID
        Penderfynwyd: talu'r cyfrifon.
"""


def test_welsh_restatement_of_a_resolution_read_once(tmp_path: Path) -> None:
    # "Penderfynwyd:" straight under the English resolution restates it: it was a second
    # decision. A Welsh decision with no English beside it is still one
    records = minutes_of(WELSH_COMMUNITY, tmp_path)
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)
            if d.minute_number != "27/104"] == [
        ("27/103", "Resolved: that the minutes of 10th November 2027 be approved as a true "
                   "record and signed by the Chair."),
        ("27/105", "Penderfynwyd: talu'r cyfrifon."),
    ]


def test_resolved_label_after_a_sentence_mid_line_read(tmp_path: Path) -> None:
    # "Resolved:" after the application's sentence, mid-line: no decision at all ("Resolved"
    # was read only where a line starts)
    records = minutes_of(WELSH_COMMUNITY, tmp_path)
    assert [d.decision_text for d in decisions_in(records) if d.minute_number == "27/104"] == [
        "Resolved: no objection."]


def test_welsh_decision_after_another_paragraph_is_its_own(tmp_path: Path) -> None:
    # guard: a sentence between the two: the Welsh decision is not the English one restated
    text = WELSH_COMMUNITY.replace(
        "        Penderfynwyd: cymeradwyo",
        "        Cllr Davies left the meeting.\n        Penderfynwyd: cymeradwyo")
    assert len([d for d in decisions_in(minutes_of(text, tmp_path))
                if d.minute_number == "27/103"]) == 2


# --------------------- a narrow column's heading wrapped before its figure ("QUARTER" / "1")

SIDE_BY_SIDE = """%% footer Tudalen / Page {page}
** COFNODION / MINUTES
<> **CYFARFOD Y CABINET a gynhaliwyd ddydd Mawrth, 20 Gorffennaf 2027** || **MEETING OF THE CABINET held on Tuesday, 20 July 2027**
<> YN BRESENNOL: Y Cynghorydd Bethan Prys (Arweinydd) (Cadeirydd). || PRESENT: Councillor Bethan Prys (Leader) (Chair).
<> **36. COFNODION** || **36. MINUTES**
<> PENDERFYNWYD bod cofnodion y cyfarfod yn cael eu llofnodi fel cofnod cywir. || RESOLVED that the minutes of the meeting held on 15 June 2027 be signed as a correct record.
<> **37. CYLLIDEB REFENIW 2027/28 - MONITRO CHWARTER 1** || **37. REVENUE BUDGET 2027/28 - QUARTER 1 MONITORING**
<> PENDERFYNWYD nodi'r sefyllfa. || RESOLVED to note the forecast position.
<> **38. POLISI GORFODI PARCIO** || **38. PARKING ENFORCEMENT POLICY**
<> PENDERFYNWYD gohirio ystyried y polisi. || RESOLVED that consideration of the policy be deferred.
"""  # noqa: E501


def test_title_wrapped_before_its_figure_in_a_narrow_column_kept_whole(tmp_path: Path) -> None:
    # "1 MONITORING" under "37. REVENUE BUDGET 2027/28 - QUARTER" read as a heading numbered
    # 1 (in no numbering the minutes use, and not the number after 37): the title was cut
    assert numbers(pdf_minutes(SIDE_BY_SIDE, tmp_path)) == [
        ("36", "MINUTES"),
        ("37", "REVENUE BUDGET 2027/28 - QUARTER 1 MONITORING"),
        ("38", "PARKING ENFORCEMENT POLICY"),
    ]


# ------------- an Irish council's minutes: a motion declared carried, consideration adjourned

IRISH_MINUTES = """KILCORAN COUNTY COUNCIL

MINUTES OF MONTHLY MEETING OF KILCORAN COUNTY COUNCIL HELD ON MONDAY 10TH MAY 2027

Members Present: Cllrs. M. Brennan, T. Cuddihy, A. Dolan

Min. 104/27 Draft County Development Plan 2028-2034: Chief Executive's Report
It was proposed by Cllr. Dolan and seconded by Cllr. Brennan and agreed that consideration of the Chief Executive's Report be adjourned to a Special Meeting to be held on 24th May 2027.

Min. 105/27 Notice of Motion - Cllr. Kavanagh
Cllr. Kavanagh moved the following motion, seconded by Cllr. Tierney: "That the Council calls on the Minister for Transport to fund a footpath."
Following a discussion, a vote was taken: For 7, Against 6. The Cathaoirleach declared the motion carried and it was agreed that the Council write to the Minister for Transport seeking funding for a footpath.
"""  # noqa: E501


def test_motion_declared_carried_and_agreed_read_as_the_decision(tmp_path: Path) -> None:
    # the minute's only decision follows the motion "declared carried": it was none
    records = minutes_of(IRISH_MINUTES, tmp_path)
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)
            if d.minute_number == "105/27"] == [
        ("105/27", "The Cathaoirleach declared the motion carried and it was agreed that the "
                   "Council write to the Minister for Transport seeking funding for a footpath."),
    ]


def test_consideration_adjourned_to_a_later_meeting_read_as_deferred(tmp_path: Path) -> None:
    # consideration "adjourned" to a later meeting is a deferral, as "deferred" is: it was
    # read as agreed
    records = minutes_of(IRISH_MINUTES, tmp_path)
    assert [(d.minute_number, d.outcome, d.decision_text) for d in decisions_in(records)
            if d.minute_number == "104/27"] == [
        ("104/27", "deferred",
         "It was proposed by Cllr. Dolan and seconded by Cllr. Brennan and agreed that "
         "consideration of the Chief Executive's Report be adjourned to a Special Meeting to "
         "be held on 24th May 2027."),
    ]


def test_title_with_cllr_after_its_dash_kept_whole(tmp_path: Path) -> None:
    # the title's "Cllr." read as a sentence's stop: what followed the dash was taken for the
    # minute's text and the title cut at the dash
    assert numbers(minutes_of(IRISH_MINUTES, tmp_path)) == [
        ("104/27", "Draft County Development Plan 2028-2034: Chief Executive's Report"),
        ("105/27", "Notice of Motion - Cllr. Kavanagh"),
    ]


def test_meeting_adjourned_is_no_deferral() -> None:
    # guard: only what was agreed to be adjourned defers; the meeting's own adjournment
    # resolves nothing deferred
    assert classify_outcome("RESOLVED that the meeting be adjourned.") == "other"
    assert classify_outcome("AGREED that consideration of the item be adjourned.") == (
        "deferred")
