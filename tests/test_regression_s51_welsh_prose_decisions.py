"""Welsh-only prose decisions: a community or town council minuting in Welsh alone records its
decisions by impersonal verbs opening their sentences ("Cytunwyd i ..." / "Cytunwyd bod ...",
it was agreed to / that; "Nodwyd yr adroddiad", the report was noted; "Gohiriwyd ...",
deferred), none of which was read. Not decisions: "Nodwyd bod ..." (a fact noted), another
body's agreement ("Cytunodd y Cabinet ..."), the next meeting's date, an action ("Cam
gweithredu:"). A bilingual minute, its English beside the Welsh, still gives one decision."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows, source_lines

_HEAD = """CYNGOR CYMUNED LLANGYNIN

COFNODION CYFARFOD Y CYNGOR
a gynhaliwyd yn Neuadd yr Eglwys, Llangynin
Nos Lun, 12 Ebrill 2032 am 7.00 yr hwyr

Yn bresennol: Y Cynghorydd Rhian Morgan (Cadeirydd), Y Cynghorwyr Alun Davies,
Bethan Evans, Gareth Owen a Nia Thomas.
Hefyd yn bresennol: Mererid Huws (Clerc).

1. YMDDIHEURIADAU

Derbyniwyd ymddiheuriad gan y Cynghorydd Dewi Rees.

"""


def _welsh(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    return decision_rows(_HEAD + body, tmp_path)


def test_regression_cytunwyd_i_is_a_decision(tmp_path: Path) -> None:
    """"Cytunwyd i ofyn am dri dyfynbris ..." (it was agreed to ask for three quotations),
    after a fact noted ("Nodwyd bod ..."), gave no decision: it is the council's, agreed."""
    assert _welsh(tmp_path, """2. MAES CHWARAE

Adroddodd y Clerc fod yr archwiliad blynyddol wedi dangos bod angen trwsio'r siglenni.
Nodwyd bod y gost oddeutu £1,200.
Cytunwyd i ofyn am dri dyfynbris ar gyfer trwsio'r siglenni.
""") == [("Cytunwyd i ofyn am dri dyfynbris ar gyfer trwsio'r siglenni.", "agreed")]


def test_regression_cytunwyd_bod_is_a_decision(tmp_path: Path) -> None:
    """"Cytunwyd bod cofnodion ... yn gywir" (it was agreed that the minutes were correct)
    gave no decision."""
    assert _welsh(tmp_path, """2. COFNODION Y CYFARFOD DIWETHAF

Cytunwyd bod cofnodion cyfarfod 8 Mawrth 2032 yn gywir a llofnodwyd hwy gan y Cadeirydd.
""") == [("Cytunwyd bod cofnodion cyfarfod 8 Mawrth 2032 yn gywir a llofnodwyd hwy gan y "
          "Cadeirydd.", "agreed")]


def test_regression_nodwyd_yr_adroddiad_is_noted(tmp_path: Path) -> None:
    """"Nodwyd yr adroddiad." (the report was noted) gave no decision: noting the report is
    one, as in English."""
    assert _welsh(tmp_path, """2. ADRODDIAD Y CYNGHORYDD SIR

Cyflwynodd y Cynghorydd Sir ei adroddiad misol.
Nodwyd yr adroddiad.
""") == [("Nodwyd yr adroddiad.", "noted")]


def test_regression_gohiriwyd_is_deferred(tmp_path: Path) -> None:
    """"Gohiriwyd ystyried y cais ..." (consideration of the application was deferred) gave no
    decision; beside a member's motion lost in the same minute too ("Collwyd y cynnig")."""
    assert _welsh(tmp_path, """2. CEISIADAU CYNLLUNIO

2.1 E/44120 Fferm Penlan: codi sied amaethyddol.
Gohiriwyd ystyried y cais tan y cyfarfod nesaf er mwyn cael rhagor o wybodaeth.

2.2 E/44131 Tir ger Bryn Teg: codi pedwar tŷ.
Cynigiodd y Cynghorydd Alun Davies fod y Cyngor yn cefnogi'r cais. Collwyd y cynnig.
""") == [
        ("Gohiriwyd ystyried y cais tan y cyfarfod nesaf er mwyn cael rhagor o wybodaeth.",
         "deferred"),
        ("Cynigiodd y Cynghorydd Alun Davies fod y Cyngor yn cefnogi'r cais. Collwyd y cynnig.",
         "rejected")]


def test_regression_cytunwyd_i_ohirio_is_deferred(tmp_path: Path) -> None:
    """"Cytunwyd i ohirio'r cais tan y cyfarfod nesaf" (agreed to defer the application to the
    next meeting): a deferral, though the next meeting is named."""
    assert _welsh(tmp_path, """2. CEISIADAU CYNLLUNIO

E/44120 Fferm Penlan: codi sied amaethyddol.
Cytunwyd i ohirio'r cais tan y cyfarfod nesaf.
""") == [("Cytunwyd i ohirio'r cais tan y cyfarfod nesaf.", "deferred")]


def test_regression_welsh_traps_give_no_decision(tmp_path: Path) -> None:
    """Negative: a fact noted ("Nodwyd bod ..."), another body's agreement ("Cytunodd y
    Cabinet ...", "Cytunwyd gan y Cabinet ..."), an action ("Cam gweithredu: ..."), the next
    meeting's date ("Cytunwyd y cynhelir y cyfarfod nesaf ar ...") and the meeting adjourned
    ("Gohiriwyd y cyfarfod ...") are no decisions."""
    assert _welsh(tmp_path, """2. CYLLIDEB Y PARC

Nodwyd bod y grant wedi'i dalu ym mis Mawrth.
Cytunodd y Cabinet ar 3 Mawrth i roi grant i'r parc.
Cytunwyd gan y Cabinet i ariannu'r llwybr beicio yn 2033.

3. MATERION ERAILL

Cam gweithredu: Y Clerc i ysgrifennu at y Cyngor Sir am y goleuadau stryd.

4. DYDDIAD Y CYFARFOD NESAF

Cytunwyd y cynhelir y cyfarfod nesaf ar nos Lun, 10 Mai 2032 am 7.00 yr hwyr.
Gohiriwyd y cyfarfod am 8.40 yr hwyr.
""") == []


_BILINGUAL = """CYNGOR TREF LLANYMDDYFRI / LLANDOVERY TOWN COUNCIL

COFNODION / MINUTES
Cofnodion cyfarfod y Cyngor a gynhaliwyd nos Fawrth 13 Ebrill 2032 am 7.00 yh
Minutes of the meeting of the Council held on Tuesday 13 April 2032 at 7.00 pm

Yn bresennol / Present: Y Cynghorwyr / Councillors Ifan Lewis (Cadeirydd / Chair), Mari Jones.

32/042 {t1}
{a1}
{b1}

32/043 {t2}
{a2}
{b2}
"""


def test_bilingual_minutes_give_one_decision_each(tmp_path: Path) -> None:
    """Negative: a bilingual council's decision in Welsh and in English, either first, is one
    decision, the English read as before (the Welsh verbs are read only where nothing else
    decides the minute)."""
    welsh = ("Meinciau'r Parc", "Cytunwyd i brynu dwy fainc newydd ar gyfer y parc.",
             "Adroddiad y Maer", "Nodwyd yr adroddiad.")
    english = ("Park Benches", "It was agreed to buy two new benches for the park.",
               "Mayor's Report", "The report was noted.")
    for first, second in ((welsh, english), (english, welsh)):
        text = _BILINGUAL.format(t1=f"{first[0]} / {second[0]}", a1=first[1], b1=second[1],
                                 t2=f"{first[2]} / {second[2]}", a2=first[3], b2=second[3])
        assert decision_rows(text, tmp_path) == [
            ("It was agreed to buy two new benches for the park.", "agreed"),
            ("The report was noted.", "noted")]


def test_regression_welsh_only_pdf_minutes(tmp_path: Path) -> None:
    """The same Welsh-only minutes printed as a PDF, numbered headings in bold: "Cytunwyd i
    ..." and "Nodwyd yr adroddiad" each a decision, "Nodwyd bod ..." none."""
    source = source_lines(
        "## CYNGOR CYMUNED CWM TAWE UCHAF",
        "** COFNODION CYFARFOD Y CYNGOR",
        "a gynhaliwyd yn y Neuadd Goffa, nos Iau 15 Ebrill 2032 am 7.00 yr hwyr",
        "Yn bresennol: Y Cynghorydd Llinos Hughes (Cadeirydd), Y Cynghorwyr Owain Bevan a Gwyn "
        "Pugh.",
        "** 1. YMDDIHEURIADAU",
        "Derbyniwyd ymddiheuriadau gan y Cynghorydd Elen Rowlands.",
        "** 2. HYSBYSFWRDD",
        "Cytunwyd i osod hysbysfwrdd newydd y tu allan i'r Neuadd Goffa.",
        "** 3. ADRODDIAD Y CLERC",
        "Nodwyd bod y grant wedi'i dalu. Nodwyd yr adroddiad.",
    )
    assert source_decision_rows(source, "minutes", tmp_path) == [
        ("Cytunwyd i osod hysbysfwrdd newydd y tu allan i'r Neuadd Goffa.", "agreed"),
        ("Nodwyd yr adroddiad.", "noted")]
