"""Regression tests for held-out round 29's misses in batch B's forms, cover sheets and
templates with boxes: an exempt information form filed under an agenda item; a call-in
report asking its committee to choose among options; an officer's record of decision drawn in
ASCII frames; a procurement waiver form whose decider's box ticks its verdict and then words it.
Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_lines
from kcc_papers.classify import classify
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str, str | None]]:
    """(source, text, outcome) of each decision the pipeline finds in a file."""
    return [(d.source, d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _kinds(path: Path) -> list[str]:
    return [d.kind for d in process_file(str(path)).documents]


# ------------------------------------------------- a form filed under the meeting's agenda item

EXEMPT_FORM = """Agenda Item 4
Harbridge Borough Council

EXEMPT INFORMATION FORM

Meeting:           Licensing Committee, 12 March 2031
Agenda item:       4
Report:            Review of a Premises Licence - Exempt Appendix
Author:            Tom Ellery, Licensing Manager

Schedule 12A, Local Government Act 1972 - paragraph(s) relied on:
  [X] 1  Information relating to any individual
  [ ] 3  Information relating to the financial or business affairs of any person

Whole report exempt:      [ ] Yes   [X] No (appendix only)
"""


def test_form_under_an_agenda_item_is_its_report() -> None:
    # the segmenter's "report" heading alone was too thin: the form recommends nothing, and
    # was "other"; its fields naming the meeting and the item make it the item's paper
    assert classify(EXEMPT_FORM, "report") == "report"


# ----------------------------------------------- an ask to choose among options decides nothing

CALL_IN_REPORT = """Harbridge Borough Council

REPORT OF THE HEAD OF DEMOCRATIC SERVICES
Report to: Overview and Scrutiny Committee, 12 March 2031

CALL-IN: CLOSURE OF MILL LANE LIBRARY

1.  Purpose

1.1 To present the call-in request received in respect of Cabinet decision
    CAB/2031/011 (closure of Mill Lane Library), taken on 20 February 2031.

2.  Options open to the Committee

2.1 Having considered the call-in, the Committee may:
    (a) take no further action, so that the decision takes effect at once;
    (b) refer the decision back to the Cabinet with its concerns; or
    (c) refer the matter to full Council.

2.2 The Committee is asked to decide which of the options at 2.1 to take.

3.  Background

3.1 The call-in was signed by four members and received on 24 February 2031.
"""


def test_ask_to_choose_among_options_is_no_decision(tmp_path: Path) -> None:
    path = tmp_path / "call_in.txt"
    path.write_text(CALL_IN_REPORT)
    assert "report" in _kinds(path)
    assert [d for d in _decisions(path) if d[0] == "report"] == []


# -------------------------------------------------- an officer's record drawn in ASCII frames

OFFICER_RECORD = """HARBRIDGE BOROUGH COUNCIL

RECORD OF DECISION TAKEN BY AN OFFICER UNDER DELEGATED POWERS

Decision reference:   ODR/2031/012
+--------------------------------------------------------------------+
| 1. Decision maker                                                  |
|    Name:       Alison Greaves                                      |
|    Post:       Director of Environment                             |
+--------------------------------------------------------------------+
| 2. Subject                                                         |
|    Replacement of the Eastgate car park barriers                   |
+--------------------------------------------------------------------+
| 3. Decision                                                        |
|    To award a contract for the replacement of the Eastgate car     |
|    park barriers to Marlow Access Systems Ltd at a cost of         |
|    GBP 48,200 (excluding VAT).                                     |
+--------------------------------------------------------------------+
| 4. Reasons for the decision                                        |
|    The barriers failed on 3 March 2031 and parts are no longer     |
|    made.                                                           |
+--------------------------------------------------------------------+

Signed:  A. Greaves                            Date:  10 March 2031
"""


def test_officer_record_in_ascii_frames(tmp_path: Path) -> None:
    # the walls ("|") and rules ("+----+") round each field hid its labels from the reader
    path = tmp_path / "officer_record.txt"
    path.write_text(OFFICER_RECORD)
    assert _kinds(path) == ["decision"]
    texts = [text for _, text, _ in _decisions(path)]
    assert texts == ["To award a contract for the replacement of the Eastgate car park barriers "
                     "to Marlow Access Systems Ltd at a cost of GBP 48,200 (excluding VAT)."]


# --------------------------------- a waiver form: the decider's box ticks, then words, its verdict

WAIVER_FORM = source_lines(
    "%% ligatures",  # (a Unicode font, for the boxes)
    "## Harbridge Borough Council",
    "** REQUEST FOR AN EXEMPTION FROM CONTRACT STANDING ORDERS (FORM CSO3)",
    "Exemption reference:\tEX/2031/004",
    "Date of request:\t2 March 2031",
    "|# Field | Details |",
    "| 1. Title of requirement | Interpreting services for the housing options team |",
    "| 2. Name of supplier | Tamsin Languages Ltd |",
    "| 3. Estimated total value (excluding VAT) | £64,000 |",
    "** 4. Justification",
    "The supplier holds the only accredited interpreters for the three languages needed.",
    "** 5. Decision of the Head of Procurement",
    "| Decision | Tick |",
    "| Exemption approved | ☒ |",
    "| Exemption approved with conditions | ☐ |",
    "| Exemption refused | ☐ |",
    "Decision: The exemption from CSO 8 is approved and a contract is to be awarded to Tamsin "
    "Languages Ltd for one year from 1 April 2031 at a value of £64,000.",
    "|# Head of Procurement | Signature | Date |",
    "| Ravi Chandra | R. Chandra | 9 March 2031 |",
)


def test_waiver_form_decision_worded_under_its_tick_box(tmp_path: Path) -> None:
    # the form was "other" (its decider's box was no clue), and read as a record its field
    # "Decision" took the tick table's header and boxes for the decision
    pdf = rendered(WAIVER_FORM, tmp_path)
    assert _kinds(pdf) == ["decision"]
    texts = [text for _, text, _ in _decisions(pdf)]
    assert texts == ["The exemption from CSO 8 is approved and a contract is to be awarded to "
                     "Tamsin Languages Ltd for one year from 1 April 2031 at a value of £64,000."]


# ------------------------------------ a web page's minutes under their enclosure code as heading

TOWN_PAGE = """<html><body>
<h1>Finance and General Purposes Committee</h1>
<p>Meeting to be held on Monday 3 March 2031 at 7.00 pm in the Guildhall, Ashby Magna.</p>
<h2>Agenda</h2>
<table>
<tr><th>Item</th><th>Business</th><th>Paper</th></tr>
<tr><td>1</td><td>Apologies for absence</td><td></td></tr>
<tr><td>2</td><td>Minutes of the meeting held on 3 February 2031</td><td>FGP1</td></tr>
<tr><td>3</td><td>Bus shelter repairs</td><td></td></tr>
</table>
<h2>FGP1: Minutes of the Finance and General Purposes Committee held on Monday 3 February 2031</h2>
<p>Present: Councillors P Dawe (Chair), S Moss and L Kerr</p>
<h3>FGP/31/07 Apologies for absence</h3>
<p>Apologies were received from Councillor T Reed.</p>
<h3>FGP/31/08 Bench replacement</h3>
<p><strong>RESOLVED</strong> that the quotation of Ashby Joinery be accepted.</p>
</body></html>
"""


def test_minutes_heading_under_its_enclosure_code(tmp_path: Path) -> None:
    # "FGP1:" before the heading hid it: the minutes stayed in the agenda, and no minute or
    # decision was read from them
    path = tmp_path / "town.html"
    path.write_text(TOWN_PAGE)
    assert "minutes" in _kinds(path)
    assert ("minutes", "RESOLVED that the quotation of Ashby Joinery be accepted.",
            "other") in _decisions(path)
