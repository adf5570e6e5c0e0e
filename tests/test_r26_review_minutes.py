"""Review of held-out round 26's minutes and agenda items fixes: regression tests on small
papers another council would publish, each read wrong by the fixes as they first stood."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items, pdf_minutes, text_agenda_items
from kcc_papers.models import Minute

# ------------- a partnership's minutes kept as a table of actions, the items listed above it

ACTIONS_AS_MINUTES = """\
## Westmarsh Flood Partnership
** Minutes of the Partnership Board meeting held on Tuesday 9 March 2027 at 2.00 pm
Present:\tCllr A. Deane (Chair), Mr B. Hollis, Ms C. Ward
The items considered were:
1.\tWelcome and apologies
2.\tNotes of the last meeting
3.\tScheme delivery update
4.\tAny other business
--- page ---
|% 1 5 3 2 2
| No. | Minute | Action | Owner | Due |
| 1 | Welcome and apologies. Apologies were received from Mr D. Frost. | None | | |
| 2 | Notes of the last meeting. The notes were agreed as a true record. | Publish notes \
| Clerk | April 2027 |
| 3 | Scheme delivery update. The board noted the update on the culvert works. | Circulate \
programme | Engineer | April 2027 |
| 4 | Any other business. There was none. | None | | |
"""


def test_regression_minutes_kept_as_a_table_of_actions_under_a_list_of_items(
        tmp_path: Path) -> None:
    # the table is the minutes, its header naming the action, its owner and when it is due;
    # the list of items above it parted into four headings with nothing under them, and was
    # taken for minutes already printed, the table for a log of their actions: every minute's
    # text was lost (the whole table run into the last item's)
    minutes = [m for m in pdf_minutes(ACTIONS_AS_MINUTES, tmp_path) if isinstance(m, Minute)]
    bodies = {m.minute_number: m.body or "" for m in minutes}
    assert "Apologies were received from Mr D. Frost" in bodies["1"]
    assert "The notes were agreed as a true record" in bodies["2"]
    assert "noted the update on the culvert works" in bodies["3"]


# ------------- a Welsh body's bilingual agenda printing the English label first

ENGLISH_FIRST_AGENDA = """\
## Upper Valley Corporate Joint Committee
## Cyd-bwyllgor Corfforedig Dyffryn Uchaf
Date / Dyddiad:\tThursday / Dydd Iau 15 October 2026
Time / Amser:\t10.00 am
Venue / Lleoliad:\tCouncil Chamber / Siambr y Cyngor, County Hall, Llanfawr
^^ A G E N D A / A G E N D A
Item / Eitem 1\tApologies for Absence / Ymddiheuriadau
Item / Eitem 2\tDeclarations of Interest / Datgan Buddiant
Item / Eitem 3\tMinutes of the meeting held on 16 July 2026 / Cofnodion
Item / Eitem 4\tBudget Monitoring 2026/27 - Quarter 1 / Cyllideb
Item / Eitem 5\tForward Work Programme / Blaenraglen Waith
"""


def test_regression_bilingual_label_english_first_is_the_items_label(tmp_path: Path) -> None:
    # "Item / Eitem 4": the same pair of words as "Eitem / Item 4", English first as many
    # Welsh councils print it; only the Welsh-first order was read, and this agenda gave none
    assert [ref for ref, _ in pdf_agenda_items(ENGLISH_FIRST_AGENDA, tmp_path)] == [
        "1", "2", "3", "4", "5"]


# ------------- the bilingual label over a title, only a note beside it

NOTED_BILINGUAL_AGENDA = """\
## Upper Valley Corporate Joint Committee
Date:\tThursday 15 October 2026
Time:\t10.00 am
Venue:\tCouncil Chamber, County Hall, Llanfawr
^^ AGENDA
Eitem / Item 1\tApologies for Absence
Eitem / Item 2\tDeclarations of Interest
Eitem / Item 3\tMinutes of the meeting held on 16 July 2026
Eitem / Item 4\t(To Follow)
Budget Monitoring 2026/27 - Quarter 1
Eitem / Item 5\tForward Work Programme
"""


def test_regression_bilingual_label_with_only_a_note_beside_it(tmp_path: Path) -> None:
    # "Item 4   (To Follow)" over its title is read; its label's bilingual form was read
    # only where a title stands beside it, and item 4 was lost
    items = dict(pdf_agenda_items(NOTED_BILINGUAL_AGENDA, tmp_path))
    assert items.get("4") == "Budget Monitoring 2026/27 - Quarter 1"


# ------------- a key decision flagged after the title with its forward plan's ref

KEY_DECISION_REF_AGENDA = """ASHCOMBE DISTRICT COUNCIL

CABINET

Wednesday 20th October 2027 at 6.00 pm

                                 AGENDA

  1.   Apologies for absence

  2.   Minutes of the meeting held on 21st July 2027                 (Pages 3 - 6)

  3.   Award of Waste Collection Contract (Key Decision - KD/27/041)  (Pages 7 - 30)

  4.   Local Plan Review (Key decision ref. FP/2027/19)                (Pages 31 - 36)
"""


def test_regression_key_decision_note_with_its_forward_plan_ref(tmp_path: Path) -> None:
    # "(Key Decision)" after the title was dropped as a note, but not the same note with the
    # forward plan's ref most councils print in it (as the note before a title is read)
    items = dict(text_agenda_items(KEY_DECISION_REF_AGENDA, tmp_path))
    assert items["3"] == "Award of Waste Collection Contract"
    assert items["4"] == "Local Plan Review"
