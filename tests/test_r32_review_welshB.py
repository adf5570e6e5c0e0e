"""Review of round 32's Welsh bilingual minutes fixes (welshB): the twin rule's lead-in read
as the English of the Welsh lead-in, not any English lines, and an English decision ending
before the next Welsh paragraph."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, documents_of

# A community council minuting each planning application in the language it was made in: a
# Welsh decision on one application, then an English one on another (its own figures).
ONE_LANGUAGE_EACH = """CYNGOR CYMUNED LLANFAIR ISAF

COFNODION CYFARFOD Y CYNGOR
a gynhaliwyd yn y Neuadd Goffa
Nos Fawrth, 9 Mawrth 2032 am 7.00 yr hwyr

Yn bresennol: Y Cynghorydd Huw Prys (Cadeirydd), Y Cynghorwyr Nia Owen a Dafydd Rees.

5. CEISIADAU CYNLLUNIO / PLANNING APPLICATIONS

C32/0114 Cae'r Felin: codi tyrbin gwynt.
PENDERFYNWYD cefnogi'r cais.
C32/0120 Land at Ffordd y Mor: change of use to two holiday lets.
RESOLVED to object to the application.

6. GOHEBIAETH

Dim.
"""

# A town council printing each paragraph in Welsh, then in English: the English decision,
# then the next application's Welsh lead-in.
ALTERNATING = """CYNGOR TREF ABERGARN / ABERGARN TOWN COUNCIL

Minutes of a meeting of Abergarn Town Council held at the Institute on Tuesday, 9 March 2032
at 7.00 pm

Present: Councillor A Lewis (Mayor); Councillors B Hughes, C Morgan, D Price and E Thomas

32/32  CEISIADAU CYNLLUNIO / PLANNING APPLICATIONS

A/32/0101 Tir ger Heol y Bryn: codi 6 o dai.
PENDERFYNWYD cefnogi'r cais.
A/32/0101 Land off Heol y Bryn: erection of 6 houses.
RESOLVED to support the application.

A/32/0107 Yr Hen Ysgol, Stryd y Bont: newid defnydd i fflatiau.
PENDERFYNWYD gwrthwynebu'r cais.
A/32/0107 The Old School, Bridge Street: change of use to flats.
RESOLVED to object to the application.
"""


def test_regression_a_welsh_decision_on_another_application_is_no_twin(
        tmp_path: Path) -> None:
    rows = decision_rows(ONE_LANGUAGE_EACH, tmp_path)
    assert any(text.startswith("PENDERFYNWYD cefnogi'r cais") for text, _ in rows)
    assert any(text.startswith("RESOLVED to object") for text, _ in rows)


def test_regression_an_english_decision_ends_before_the_next_welsh_paragraph(
        tmp_path: Path) -> None:
    rows = decision_rows(ALTERNATING, tmp_path)
    texts = [text for text, _ in rows]
    assert texts == ["RESOLVED to support the application.",
                     "RESOLVED to object to the application."]


# A Welsh community council's text minutes printing the Welsh version, then the English one
# under it in the same file (a text file is one page): the English heading is under the
# Welsh one, not in the column beside it, and the English minutes are the paper's one record.
WELSH_THEN_ENGLISH = """CYNGOR CYMUNED LLANFAIR ISAF

COFNODION CYFARFOD O'R CYNGOR A GYNHALIWYD NOS FAWRTH, 9 MAWRTH 2032

Yn bresennol: Y Cynghorydd Huw Prys (Cadeirydd), Y Cynghorwyr Nia Owen a Dafydd Rees.

1. YMDDIHEURIADAU
Derbyniwyd ymddiheuriad gan y Cynghorydd Llinos Puw.

2. CEISIADAU CYNLLUNIO
PENDERFYNWYD cefnogi'r cais am estyniad yn 4 Stryd Fawr.

LLANFAIR ISAF COMMUNITY COUNCIL

MINUTES OF THE MEETING OF THE COUNCIL HELD ON TUESDAY, 9 MARCH 2032

Present: Councillor Huw Prys (Chair), Councillors Nia Owen and Dafydd Rees.

1. APOLOGIES
Apologies were received from Councillor Llinos Puw.

2. PLANNING APPLICATIONS
RESOLVED to support the application for an extension at 4 High Street.
"""


def test_regression_welsh_minutes_above_the_english_on_one_page_start_no_paper(
        tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(WELSH_THEN_ENGLISH)
    assert documents_of(path) == [
        ("minutes", "2032-03-09", "Llanfair Isaf Community Council")]
