"""Held-out round 32, Welsh bilingual papers of batch C (a community council's Welsh-only
minutes, a town council's pack in alternating Welsh and English paragraphs, a county cabinet's
pack in two columns, Welsh left): the misses fixed, each on a small paper written in the
layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    contract_rows,
    contract_rows_of,
    decision_rows,
    documents_of,
    numbers,
    rendered,
)
from kcc_papers.extract import agenda
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# A Welsh-language community council's minutes, the kind of meeting between "cyfarfod" and
# "y Cyngor", a motion lost in Welsh before the council's own resolution, a quotation
# accepted at "o £".
WELSH_ONLY_MINUTES = """CYNGOR CYMUNED BRYN-Y-GARN

COFNODION CYFARFOD ARBENNIG Y CYNGOR
a gynhaliwyd yn Neuadd yr Eglwys, Bryn-y-garn
Nos Iau, 12 Chwefror 2032 am 7.00 yr hwyr

Yn bresennol: Y Cynghorydd Huw Prys (Cadeirydd), Y Cynghorwyr Nia Owen, Dafydd Rees,
Sian Morgan a Gareth Jones.

1. YMDDIHEURIADAU

Derbyniwyd ymddiheuriad gan y Cynghorydd Llinos Puw.

2. CAIS CYNLLUNIO

2.1 C32/0114 Cae'r Felin: codi tyrbin gwynt.
Cynigiodd y Cynghorydd Dafydd Rees fod y Cyngor yn cefnogi'r cais. Ar ôl pleidlais, collwyd
y cynnig (1 o blaid, 4 yn erbyn).
PENDERFYNWYD gwrthwynebu'r cais oherwydd yr effaith ar y dirwedd.

3. GOLEUADAU NADOLIG

Derbyniwyd dau ddyfynbris ar gyfer goleuadau Nadolig 2032.
PENDERFYNWYD derbyn dyfynbris Trydanwyr Garn Cyf o £2,400 am y gwaith.

Daeth y cyfarfod i ben am 8.40 yr hwyr.
"""


def test_welsh_minutes_of_a_special_meeting_are_minutes(tmp_path: Path) -> None:
    path = tmp_path / "cofnodion.txt"
    path.write_text(WELSH_ONLY_MINUTES)
    assert ("minutes", "2032-02-12", None) in documents_of(path)


def test_a_motion_lost_in_welsh_is_a_decision_beside_the_welsh_resolution(
        tmp_path: Path) -> None:
    rows = decision_rows(WELSH_ONLY_MINUTES, tmp_path)
    lost = [text for text, outcome in rows if outcome == "rejected"]
    assert len(lost) == 1 and "collwyd y cynnig" in lost[0]
    # (the Welsh resolution after it is no translation of the motion lost: both Welsh)
    assert any(text.startswith("PENDERFYNWYD gwrthwynebu'r cais") for text, _ in rows)


def test_a_welsh_quotation_accepted_at_o_is_priced(tmp_path: Path) -> None:
    assert ("Trydanwyr Garn Cyf", 2400.0) in contract_rows(WELSH_ONLY_MINUTES, tmp_path)


# A town council's minutes printing each paragraph in Welsh, then in English: the English
# paragraph's lead-in between the Welsh decision and the English one; a motion lost in Welsh
# before its English twin; a decision printed in both languages on one line.
ALTERNATING_MINUTES = """CYNGOR TREF ABERGARN / ABERGARN TOWN COUNCIL

Minutes of a meeting of Abergarn Town Council held at the Institute on Tuesday, 9 March 2032
at 7.00 pm

Present: Councillor A Lewis (Mayor); Councillors B Hughes, C Morgan, D Price and E Thomas

31/32  GOHEBIAETH / CORRESPONDENCE

Llythyr gan yr heddlu am oriau agor y swyddfa leol.
PENDERFYNWYD nodi'r llythyr ac ysgrifennu at y Comisiynydd.
Letter from the police about the opening hours of the local office.
RESOLVED to note the letter and to write to the Commissioner.

32/32  CEISIADAU CYNLLUNIO / PLANNING APPLICATIONS

Cynigiodd y Cynghorydd D Price y dylai'r Cyngor gefnogi'r cais. Ni chafodd y cynnig ei
basio (2 o blaid, 3 yn erbyn).
Councillor D Price moved that the Council support the application. The motion was not
carried (2 for, 3 against).
PENDERFYNWYD gwrthwynebu'r cais. / RESOLVED to object to the application.
"""


def test_a_welsh_paragraphs_decision_is_read_once_from_its_english_twin(
        tmp_path: Path) -> None:
    rows = decision_rows(ALTERNATING_MINUTES, tmp_path)
    assert not any(text.startswith("PENDERFYNWYD nodi") for text, _ in rows)
    assert ("RESOLVED to note the letter and to write to the Commissioner.", "noted") in rows


def test_a_motion_lost_in_welsh_before_its_english_twin_is_read_once(tmp_path: Path) -> None:
    rows = decision_rows(ALTERNATING_MINUTES, tmp_path)
    assert [outcome for _, outcome in rows].count("rejected") == 1
    assert not any("Ni chafodd" in text for text, _ in rows)
    # ... and read where the Welsh is printed alone
    welsh_only = "\n".join(line for line in ALTERNATING_MINUTES.splitlines()
                           if not line.startswith(("Councillor D Price", "carried (2 for")))
    (tmp_path / "welsh").mkdir()
    rows = decision_rows(welsh_only, tmp_path / "welsh")
    assert any("Ni chafodd y cynnig ei basio" in text and outcome == "rejected"
               for text, outcome in rows)


def test_a_decision_in_both_languages_on_one_line_is_kept_in_english(tmp_path: Path) -> None:
    rows = decision_rows(ALTERNATING_MINUTES, tmp_path)
    assert "RESOLVED to object to the application." in [text for text, _ in rows]


# A county council's cabinet pack printed in two columns, Welsh left and English right: the
# agenda and the minutes side by side, each column read whole in turn.
TWO_COLUMN_PACK = """%% header Cyngor Sir Glanrhyd / Glanrhyd County Council
%% footer Tudalen / Page {page}
<> ## CYNGOR SIR GLANRHYD || ## GLANRHYD COUNTY COUNCIL
<> ** Y CABINET || ** CABINET
<> Dydd Iau, 11 Mawrth 2032 am 10.00 yb || Thursday, 11 March 2032 at 10.00 am
<> ** AGENDA || ** AGENDA
<> 1. Ymddiheuriadau am Absenoldeb || 1. Apologies for Absence
<> 2. Cofnodion y Cyfarfod a gynhaliwyd ar 12 Chwefror 2032 (Tudalennau 2 - 3) || 2. Minutes of the Meeting held on 12 February 2032 (Pages 2 - 3)
<> 3. Cynllun Ailgylchu'r Sir 2032-2035 || 3. County Recycling Plan 2032-2035
<> 4. Eitemau Brys || 4. Urgent Items
--- page ---
<> ## CYNGOR SIR GLANRHYD || ## GLANRHYD COUNTY COUNCIL
<> ** COFNODION CYFARFOD Y CABINET A GYNHALIWYD DDYDD IAU, 12 CHWEFROR 2032 || ** MINUTES OF THE MEETING OF THE CABINET HELD ON THURSDAY, 12 FEBRUARY 2032
<> YN BRESENNOL: Y Cynghorydd Mair Lewis (Cadeirydd); Y Cynghorwyr T Bowen a R Evans || PRESENT: Councillor Mair Lewis (Chair); Councillors T Bowen and R Evans
<> ** CAB 12. YMDDIHEURIADAU || ** CAB 12. APOLOGIES
<> Dim. || None.
<> ** CAB 13. COFNODION || ** CAB 13. MINUTES
<> PENDERFYNWYD cymeradwyo'r cofnodion. || RESOLVED that the minutes be approved.
<> ** CAB 14. STRATEGAETH DAI || ** CAB 14. HOUSING STRATEGY
<> PENDERFYNWYD mabwysiadu'r Strategaeth Dai. || RESOLVED that the Housing Strategy be adopted.
<> ** CAB 15. ADRODDIAD BLYNYDDOL || ** CAB 15. ANNUAL REPORT
<> PENDERFYNWYD nodi'r adroddiad. || RESOLVED that the report be noted.
<> Daeth y cyfarfod i ben am 11.15 yb. || The meeting ended at 11.15 am.
"""  # noqa: E501


def test_two_column_minutes_start_at_the_welsh_heading_and_name_the_english_body(
        tmp_path: Path) -> None:
    pdf = rendered(TWO_COLUMN_PACK, tmp_path, "cabinet")
    assert ("minutes", "2032-02-12", "Cabinet") in documents_of(pdf)
    records = process_file(str(pdf)).records
    assert ("CAB 14", "HOUSING STRATEGY") in numbers(records)


def test_a_two_column_agendas_items_are_read_once_in_english(tmp_path: Path) -> None:
    pdf = rendered(TWO_COLUMN_PACK, tmp_path, "cabinet")
    items = [(r.item_ref, r.title) for ctx in contexts(pdf, "agenda")
             for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]
    assert items == [("1", "Apologies for Absence"),
                     ("2", "Minutes of the Meeting held on 12 February 2032"),
                     ("3", "County Recycling Plan 2032-2035"), ("4", "Urgent Items")]


# A report awarding two lots, one bidder bidding for both: its lost lot's bid prices nothing.
LOT_AWARD_REPORT = """** REPORT TO CABINET
Date: 11 March 2032
Subject: Award of Grounds Maintenance Contracts 2032-2036
** 1. Recommendations
1.1 That Cabinet approves the award of the contract for Lot 1 (north parks) to Greenway Services Ltd.
1.2 That Cabinet approves the award of the contract for Lot 2 (south parks) to Parkcare Ltd.
** 2. Background
2.1 Five bids were received across the two lots.
|% 20 40 20 20
| Lot | Tenderer | Score | Value (4 years) |
| Lot 1 | Greenway Services Ltd | 84.0 | £1,210,000 |
| Lot 1 | Parkcare Ltd | 78.5 | £1,290,000 |
| Lot 2 | Parkcare Ltd | 86.2 | £960,400 |
| Lot 2 | Verdant Grounds Ltd | 80.1 | £1,004,000 |
"""  # noqa: E501


def test_a_bidder_in_two_lots_is_priced_by_the_lot_it_wins(tmp_path: Path) -> None:
    pdf = rendered(LOT_AWARD_REPORT, tmp_path, "lots")
    rows = contract_rows_of(contexts(pdf))
    assert ("Parkcare Ltd", 960400.0) in rows
    assert ("Parkcare Ltd", 1290000.0) not in rows
