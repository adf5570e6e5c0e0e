"""Held-out round 26, minutes and agenda items family: regression tests on small papers
written in the layouts that showed each miss."""

from __future__ import annotations

from pathlib import Path

from heldout_support import numbers, pdf_agenda_items, pdf_minutes

# ------------- a Welsh joint committee's bilingual agenda: "Eitem / Item 1  Welsh / English"

BILINGUAL_AGENDA = """\
## Cyd-bwyllgor Corfforedig Dyffryn Uchaf
## Upper Valley Corporate Joint Committee
Dyddiad / Date:	Dydd Iau / Thursday 15 October 2026
Amser / Time:	10.00 am
Lleoliad / Venue:	Siambr y Cyngor, Neuadd y Sir, Llanfawr
^^ A G E N D A / A G E N D A
Eitem / Item 1	Ymddiheuriadau / Apologies for Absence
Eitem / Item 2	Datgan Buddiant / Declarations of Interest
Eitem / Item 3	Cofnodion / Minutes of the meeting held on 16 July 2026
Eitem / Item 4	Cyllideb / Budget Monitoring 2026/27 - Quarter 1
Eitem / Item 5	Blaenraglen Waith / Forward Work Programme
"""


def test_bilingual_eitem_item_label_is_the_items_label(tmp_path: Path) -> None:
    # a Welsh body's agenda labels each item in both languages, "Eitem / Item 4": the
    # label was read as no item at all, and the agenda gave none
    items = pdf_agenda_items(BILINGUAL_AGENDA, tmp_path)
    assert items == [
        ("1", "Ymddiheuriadau / Apologies for Absence"),
        ("2", "Datgan Buddiant / Declarations of Interest"),
        ("3", "Cofnodion / Minutes of the meeting held on 16 July 2026"),
        ("4", "Cyllideb / Budget Monitoring 2026/27 - Quarter 1"),
        ("5", "Blaenraglen Waith / Forward Work Programme"),
    ]


# ------------- a district cabinet's agenda table: the key decision flagged after the title

FLAGGED_AGENDA = """\
## ASHCOMBE DISTRICT COUNCIL
** CABINET
Date:\tWednesday, 11 February 2028
Time:\t6.00 pm
Place:\tCommittee Room 1, Civic Offices, Ashcombe
** AGENDA
|- Item | Subject | Page |
| 1 | Apologies for Absence | |
| 2 | Declarations of Interest | |
| 3 | Minutes of the Meeting held on 14 January 2028 | 3 |
| 4 | Award of Waste Collection Contract (Key Decision) | 6 |
| 5 | Local Plan Review: Regulation 18 Consultation (Key decision) | 12 |
"""


def test_key_decision_note_after_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    # "(Key Decision)" after the title says how the item is taken, as it does before the
    # title ("6 (Key decision) Disposal of ..."): it was kept as the title's last words
    items = dict(pdf_agenda_items(FLAGGED_AGENDA, tmp_path))
    assert items["4"] == "Award of Waste Collection Contract"
    assert items["5"] == "Local Plan Review: Regulation 18 Consultation"


# ------------- a trust committee's minutes under "ARC.nn" headings, then a log of actions

LOGGED_MINUTES = """\
## Heronsgate Learning Trust
** Minutes of the Audit and Risk Committee held on Wednesday 18 November 2026 at 4.30 pm
Present:\tMrs F. Okafor (Chair), Mr G. Lindqvist, Ms R. Ashdown
In attendance:\tMrs E. Marsh (Chief Financial Officer), Miss C. Poole (Governance Professional)
** ARC.14  Welcome and Apologies
There were no apologies. The meeting was quorate.
** ARC.15  Declarations of Interest
None.
** ARC.16  Minutes of the Meeting held on 23 September 2026
The committee RESOLVED that the minutes of the meeting held on 23 September 2026 be approved.
** ARC.17  Trust Risk Register
The CFO presented the register.
The committee AGREED that the revised register be presented in February.
** ARC.18  Any Other Business
There was none. The meeting closed at 6.10 pm.
--- page ---
** Action log (updated for the meeting on 24 February 2027)
|% 1 1 5 2 2 2
| No. | Minute | Action | Owner | Due | Status |
| 26/07 | ARC.10 | Circulate the revised scheme of delegation | Clerk | Oct 2026 | Done |
| 26/08 | ARC.12 | Add climate risk controls | Estates Manager | Nov 2026 | Done |
| 26/09 | ARC.17 | Re-present the risk register | CFO | February 2027 | On this agenda |
"""


def test_action_log_after_headed_minutes_is_no_table_of_minutes(tmp_path: Path) -> None:
    # the log's header "No. | Minute | Action | Owner" reads as a table of minutes', and its
    # rows were read as the minutes, the minutes under their "ARC.nn" headings lost
    assert numbers(pdf_minutes(LOGGED_MINUTES, tmp_path)) == [
        ("ARC.14", "Welcome and Apologies"),
        ("ARC.15", "Declarations of Interest"),
        ("ARC.16", "Minutes of the Meeting held on 23 September 2026"),
        ("ARC.17", "Trust Risk Register"),
        ("ARC.18", "Any Other Business"),
    ]
