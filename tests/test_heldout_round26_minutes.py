"""Held-out round 26, minutes and agenda items family: regression tests on small papers
written in the layouts that showed each miss."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items

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
