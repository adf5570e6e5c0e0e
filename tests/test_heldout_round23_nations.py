"""Regression tests for held-out round 23's misses in the papers of the nations' councils (batch
e): a Welsh-language community council's pack (headings, clues and decisions in Welsh alone),
a Scottish islands council's pack headed in Gaelic and English, an Irish municipal district's
text pack. Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, numbers, pack_documents, rendered
from kcc_papers.models import AgendaItem, Contract
from kcc_papers.pipeline import process_file

# ------------------------------------------ a community council's pack in Welsh alone

WELSH_PACK = """%% header Cyngor Cymuned Nant y Fedw
%% footer Tudalen {page} o {pages}
## CYNGOR CYMUNED NANT Y FEDW
Annwyl Gynghorydd,
Fe'ch gwahoddir i gyfarfod o Gyngor Cymuned Nant y Fedw a gynhelir yn Neuadd y Pentref Nos Fercher, 8 Mawrth 2028 am 7.30 yr hwyr.
Gareth Lewis, Clerc
** RHAGLEN
1. Ymddiheuriadau
2. Cofnodion cyfarfod 9 Chwefror 2028
3. Goleuadau stryd: dyfynbrisiau
4. Gohebiaeth
--- page ---
## CYNGOR CYMUNED NANT Y FEDW
** COFNODION CYFARFOD O GYNGOR CYMUNED NANT Y FEDW A GYNHALIWYD YN NEUADD Y PENTREF NOS FERCHER, 9 CHWEFROR 2028 AM 7.30 YR HWYR
Yn bresennol:	Y Cyng. Ifan Roberts (Cadeirydd), Y Cyng. Llinos Hughes, Y Cyng. Tomos Jones
** N/28/11 Ymddiheuriadau
Derbyniwyd ymddiheuriadau gan y Cyng. Eirlys Owen.
** N/28/12 Cofnodion
Penderfynwyd cymeradwyo cofnodion cyfarfod 12 Ionawr 2028 fel cofnod cywir.
** N/28/13 Cais y clwb rygbi
Trafodwyd cais y clwb am gyfraniad tuag at y llifoleuadau newydd yn y cae. Penderfynwyd
gohirio ystyried y cais tan y cyfarfod nesaf.
** N/28/14 Ceisiadau cynllunio
B28/0042 Estyniad, Bryn Hyfryd: Penderfynwyd cefnogi'r cais.
--- page ---
## CYNGOR CYMUNED NANT Y FEDW
** Cyfarfod y Cyngor: 8 Mawrth 2028 - Eitem 3
!! Adroddiad y Clerc: Goleuadau stryd - dyfynbrisiau
** 1. Cefndir
Gwahoddwyd dyfynbrisiau gan dri chontractwr ar gyfer newid y goleuadau stryd yn y pentref i LED.
** 2. Argymhelliad
Bod y Cyngor yn derbyn dyfynbris Trydan Fedw Cyf am £3,150 ar gyfer newid y goleuadau.
"""  # noqa: E501


def test_welsh_only_pack_split_at_rhaglen_cofnodion_and_eitem(tmp_path: Path) -> None:
    # in Welsh alone nothing started a document: "RHAGLEN" was no agenda heading, "COFNODION
    # CYFARFOD O ... A GYNHALIWYD" no minutes heading, "Cyfarfod y Cyngor: ... - Eitem 3" no
    # report's head; and their words ("gwahoddir i gyfarfod", "Yn bresennol:", "Penderfynwyd",
    # "Argymhelliad") spoke for no kind: the pack was one document of no kind
    assert pack_documents(WELSH_PACK, tmp_path) == [
        ("agenda", "2028-03-08", None), ("minutes", "2028-02-09", None),
        ("report", "2028-03-08", None)]


def test_welsh_only_pack_agenda_and_minutes_read(tmp_path: Path) -> None:
    records = process_file(str(rendered(WELSH_PACK, tmp_path))).records
    assert [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)] == [
        ("1", "Ymddiheuriadau"), ("2", "Cofnodion cyfarfod 9 Chwefror 2028"),
        ("3", "Goleuadau stryd: dyfynbrisiau"), ("4", "Gohebiaeth")]
    assert numbers(records) == [
        ("N/28/11", "Ymddiheuriadau"), ("N/28/12", "Cofnodion"),
        ("N/28/13", "Cais y clwb rygbi"), ("N/28/14", "Ceisiadau cynllunio")]


def test_welsh_penderfynwyd_without_label_mark_read_as_decision(tmp_path: Path) -> None:
    # "Penderfynwyd cymeradwyo ..." ("it was resolved to approve"), the verb opening a
    # sentence with no colon after it, mid-line or ending its line too, was no resolution;
    # "gohirio" ("to defer") no deferral
    records = process_file(str(rendered(WELSH_PACK, tmp_path))).records
    assert [(d.source, d.outcome, d.decision_text) for d in decisions_in(records)
            if d.source == "minutes"] == [
        ("minutes", "other",
         "Penderfynwyd cymeradwyo cofnodion cyfarfod 12 Ionawr 2028 fel cofnod cywir."),
        ("minutes", "deferred",
         # (the verb ending its line: what was resolved is read from the next)
         "gohirio ystyried y cais tan y cyfarfod nesaf."),
        ("minutes", "other",
         "B28/0042 Estyniad, Bryn Hyfryd: Penderfynwyd cefnogi'r cais.")]


def test_welsh_derbyn_dyfynbris_am_sum_read_as_contract(tmp_path: Path) -> None:
    # "yn derbyn dyfynbris Trydan Fedw Cyf am £3,150" ("accepts the quotation of ... for
    # £3,150") said no contract in English words, and "am" was no word before a price
    records = process_file(str(rendered(WELSH_PACK, tmp_path))).records
    assert [(c.provider, c.value_gbp) for c in records if isinstance(c, Contract)] == [
        ("Trydan Fedw Cyf", 3150)]


# --------------------------------- an islands council's pack headed in Gaelic and English

ISLANDS_PACK = """%% header Comhairle nan Eilean Sgàire | Skerry Isles Council
## Comhairle nan Eilean Sgàire
## Skerry Isles Council
!! Comataidh Leasachaidh Eaconamach / Economic Development and Tourism Committee
Coinneamh / Meeting:	Wednesday 8 November 2028, 10:00
** Clàr-gnothaich / Agenda
1. Leisgeulan / Apologies for Absence
2. Geàrr-chunntas / Minute of Meeting of 9 August 2028
3. Harbour Dues Review
--- page ---
## Comhairle nan Eilean Sgàire / Skerry Isles Council
** GEÀRR-CHUNNTAS / MINUTE
of Meeting of the Comataidh Leasachaidh Eaconamach / Economic Development and Tourism Committee held in the Council Chamber on Wednesday 9 August 2028 at 10:00
Làthair / Present:	Councillor Ailsa Moireach (Chair), Councillors Iain Dòmhnallach and Kenneth Rose
** 21. Leisgeulan / Apologies
Apologies were received from Councillor Fionnlagh Budge.
** 22. Pier Lighting
There was submitted a report by the Head of Harbours on the pier lighting.
** Decision
The Committee noted the report.
--- page ---
** Comataidh Leasachaidh Eaconamach / Economic Development and Tourism Committee - 8 November 2028
!! Harbour Dues Review 2029
Report by Head of Harbours. The Committee is asked to agree the harbour dues for 2029 set out in the appendix.
** 1. Background
The dues were last reviewed in 2026 and are below those of the neighbouring harbours.
"""  # noqa: E501


def test_bilingual_minute_title_over_its_sentence_splits_the_pack(tmp_path: Path) -> None:
    # "GEÀRR-CHUNNTAS / MINUTE" over "of Meeting of the ...": the English word the last half
    # of the title was no minutes heading (only "MINUTE" alone on its line was), so the pack
    # was one agenda; the masthead's name wrapped after its stroke ("... / Economic
    # Development and" over "Tourism Committee") and the name dated in its last half ("... /
    # Economic Development and Tourism Committee - 8 November 2028") were read short or not
    # at all
    assert pack_documents(ISLANDS_PACK, tmp_path) == [
        ("agenda", "2028-11-08", "Economic Development and Tourism Committee"),
        ("minutes", "2028-08-09", "Economic Development and Tourism Committee"),
        ("report", "2028-11-08", "Economic Development and Tourism Committee")]


def test_ask_after_byline_stop_read_as_recommendation(tmp_path: Path) -> None:
    # "Report by Head of Harbours. The Committee is asked to agree ...": the ask opened no
    # line, the byline run into it, and the report had no recommendation
    records = process_file(str(rendered(ISLANDS_PACK, tmp_path))).records
    assert [d.decision_text for d in decisions_in(records) if d.source == "report"] == [
        "The Committee is asked to agree the harbour dues for 2029 set out in the appendix."]


# ----------------------------------------------- an Irish municipal district's text pack

DISTRICT_PACK = """KILBRACK COUNTY COUNCIL / COMHAIRLE CHONTAE CHILL BHREAC                 DROMARD MUNICIPAL DISTRICT


                         DROMARD MUNICIPAL DISTRICT

                       MEETING OF THE MEMBERS OF THE
                         DROMARD MUNICIPAL DISTRICT

     To be held in the Area Office, Dromard, on Tuesday, 14th March 2028 at 11.00 a.m.


CLÁR / AGENDA

  1.  Confirmation of Minutes of meeting held on 14th February 2028

  2.  Road Works Programme 2028

                                                                     Page 1
KILBRACK COUNTY COUNCIL / COMHAIRLE CHONTAE CHILL BHREAC                 DROMARD MUNICIPAL DISTRICT


MINUTES OF THE MEETING OF THE MEMBERS OF DROMARD MUNICIPAL DISTRICT HELD IN
THE AREA OFFICE, DROMARD ON TUESDAY, 14TH FEBRUARY 2028 AT 11.00 A.M.

PRESENT:          Cllr. Aine Walsh (Cathaoirleach), Cllrs. P. Burke, M. Kelly

DRO/28/011  CONFIRMATION OF MINUTES

On the proposal of Cllr. Burke, seconded by Cllr. Kelly, it was agreed that
the minutes of the meeting held on 17th January 2028 be confirmed.

                                                                     Page 2
KILBRACK COUNTY COUNCIL / COMHAIRLE CHONTAE CHILL BHREAC                 DROMARD MUNICIPAL DISTRICT


REPORT TO THE MEMBERS OF DROMARD MUNICIPAL DISTRICT
Meeting of 14th March 2028 - Item No. 2

ROAD WORKS PROGRAMME 2028

The draft programme was considered at the meeting of 14th February 2028.

Recommendation

That the Members adopt the Road Works Programme 2028 as presented.

                                                                     Page 3
"""  # noqa: E501


def test_report_to_the_members_of_district_starts_a_report(tmp_path: Path) -> None:
    # "REPORT TO THE MEMBERS OF DROMARD MUNICIPAL DISTRICT" started nothing (no body's word
    # ended it), so the report ran on in the minutes; the district was no body ("Members of
    # Dromard Municipal District" the minutes' committee) and the running head's council
    # column was read into the agenda's
    path = tmp_path / "district.txt"
    path.write_text(DISTRICT_PACK)
    docs = [(d.kind, str(d.meeting_date), d.committee)
            for d in process_file(str(path)).documents if d.kind != "pack"]
    assert docs == [("agenda", "2028-03-14", "Dromard Municipal District"),
                    ("minutes", "2028-02-14", "Dromard Municipal District"),
                    ("report", "2028-03-14", "Dromard Municipal District")]


def test_ask_after_another_sentence_than_byline_read_as_none(tmp_path: Path) -> None:
    # (the rule's bound) a forward plan's note of its publication, then "The Board is asked
    # to note the Forward Plan", asks nothing of its own: only a byline's sentence before the
    # ask lets it be read
    source = ISLANDS_PACK.replace("Report by Head of Harbours. The Committee",
                                  "Report by Head of Harbours\n"
                                  "Published on 1 October 2028. The Committee")
    assert [kind for kind, _, _ in pack_documents(source, tmp_path)] == [
        "agenda", "minutes", "report"]
    records = process_file(str(rendered(source, tmp_path))).records
    assert [d.decision_text for d in decisions_in(records) if d.source == "report"] == []
