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
