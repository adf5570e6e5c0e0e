"""Regression tests for what blind batch H (tests/heldout/papers/r7h_*) showed on its first run
in document kind and date, committee, minutes and decisions: each named after the bug and run
on a small paper in its layout."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.models import Decision, Minute
from kcc_papers.pipeline import process_file


def _read(tmp_path: Path, text: str) -> tuple[list[Minute], list[Decision]]:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path))
    return ([r for r in result.records if isinstance(r, Minute)],
            [r for r in result.records if isinstance(r, Decision)])


LICENSING = """KESTREL VALE LICENSING BOARD

Minute of Meeting of the Kestrel Vale Licensing Board held in the Board Room, Kestrel on
Thursday 19 February 2026 at 10.30 am.

PRESENT: Councillor J Buchanan (Convener); Councillors S Dewar and F Keir

LB 13/26  MINUTE OF MEETING OF 22 JANUARY 2026
The Minute of Meeting of the Board held on 22 January 2026 was submitted.
Determination: The Board approved the Minute.

LB 14/26  PREMISES LICENCE - THE ANCHOR INN
There was submitted an application to extend the core hours. An objection had been received.
Determination: The Board agreed to refuse the application on the ground of public nuisance.

LB 15/26  PERSONAL LICENCE - NOTICE OF RELEVANT OFFENCE
The Board considered a notice from Police Scotland.
Determination: The Board agreed to endorse the personal licence.
"""


def test_regression_determination_label_was_not_read_as_a_decision(tmp_path: Path) -> None:
    _, decisions = _read(tmp_path, LICENSING)
    texts = [d.decision_text for d in decisions]
    assert len(texts) == 3
    assert "refuse the application" in texts[1]
    assert "endorse the personal licence" in texts[2]


WELSH = """CYNGOR CYMUNED LLANFAIR ISAF
LLANFAIR ISAF COMMUNITY COUNCIL

Cofnodion cyfarfod arferol y Cyngor a gynhaliwyd yn Neuadd y Pentref nos Lun 16 Mawrth 2026.
Minutes of the ordinary meeting of the Council held at the Village Hall on Monday 16 March 2026.
Yn bresennol / Present: Cyng. / Cllr G. Morgan (Cadeirydd / Chair), Cyng. / Cllrs E. Pugh

26/21 Ymddiheuriadau / Apologies
Cyng. / Cllr H. Watkin.

26/23 Cofnodion 16 Chwefror 2026 / Minutes of 16 February 2026
Penderfyniad / Decision: Cymeradwywyd y cofnodion. / The minutes were approved as a correct
record and signed by the Chair.

26/25 Torri Gwair / Grass Cutting 2026
Tri dyfynbris wedi dod i law. / Three quotations were received.
Penderfyniad / Decision: Derbyn dyfynbris Tir Glyn Cyf. / To accept the quotation of Tir Glyn
Cyf for grass cutting at £3,950.

26/27 Meinciau Coffa / Memorial Benches
Penderfyniad / Decision: Gohirio. / To defer a decision until the April meeting.
"""


def test_regression_bilingual_decision_label_with_the_decision_after_its_colon_was_missed(
        tmp_path: Path) -> None:
    _, decisions = _read(tmp_path, WELSH)
    texts = [" ".join(d.decision_text.split()) for d in decisions]
    assert len(texts) == 3
    assert "approved as a correct record and signed by the Chair" in texts[0]
    assert "To accept the quotation of Tir Glyn Cyf for grass cutting at £3,950" in texts[1]
    assert "To defer a decision until the April meeting" in texts[2]


PARISH_COMMITTEE = """PARISH OF ST OUEN-DU-SUD

ROADS COMMITTEE

Minutes of a meeting of the Roads Committee held at the Parish Hall on Monday 9 March 2026 at
7.00 pm.

Present: The Connétable (President), Roads Inspectors M. Renouf and A. Vibert

Act 2/2026  Branchage 2026
The Committee confirmed the dates of the two branchage inspections, 4 July and 12 September
2026, and agreed that notices be placed on the Parish website.

Act 3/2026  Resurfacing of La Rue des Vignes
The Roads Inspectors reported on the quotations received for the works:
  Highway Surfacing (Jersey) Limited      £61,280
  Island Roadworks Ltd                     £69,400
After discussion the Committee agreed to accept the quotation from Highway Surfacing (Jersey)
Limited in the sum of £61,280, the works to be carried out in May 2026.

Act 4/2026  Speed limit on La Route du Marais
A request from residents for a 20 mph limit was considered. The Committee agreed to defer the
matter to its next meeting pending speed survey data.

The meeting closed at 8.25 pm.
"""


def test_regression_committee_agreeing_in_plain_prose_minutes_was_no_decision(
        tmp_path: Path) -> None:
    _, decisions = _read(tmp_path, PARISH_COMMITTEE)
    texts = [" ".join(d.decision_text.split()) for d in decisions]
    assert len(texts) == 3
    assert "agreed that notices be placed on the Parish website" in texts[0]
    # the decision starts after the quotations it chose between
    assert texts[1].startswith("After discussion the Committee agreed to accept the quotation")
    assert "agreed to defer the matter to its next meeting" in texts[2]


SCOTTISH = """GLENDARROCH COUNCIL

MINUTE of MEETING of the COMMUNITIES COMMITTEE held in the Council Chambers, Glendarroch on
TUESDAY, 10 MARCH 2026 at 10.00 AM

Present:      Councillor Morag Dunlop (Chair)

 1.  APOLOGIES FOR ABSENCE

     Apologies for absence were intimated on behalf of Councillor Callum Reid.

 2.  MINUTES

     The Minute of the Communities Committee held on 13 January 2026 was approved
     as a correct record.

 3.  HOMELESSNESS PERFORMANCE

     Decision

     The Committee noted the report.
"""


def test_regression_minute_of_last_meeting_approved_with_a_capital_m_was_no_decision(
        tmp_path: Path) -> None:
    _, decisions = _read(tmp_path, SCOTTISH)
    texts = [" ".join(d.decision_text.split()) for d in decisions]
    assert any("was approved as a correct record" in t for t in texts)


CABINET_REPORT = """CYNGOR SIR DREFALDWYN ISAF / LOWER VALE COUNTY COUNCIL

ADRODDIAD I'R CABINET / REPORT TO CABINET

Dyddiad y Cyfarfod / Date of Meeting:   24 Mawrth 2026 / 24 March 2026
Aelod Arweiniol / Lead Member:          Aelod Cabinet / Cabinet Member for Environment
Teitl yr Adroddiad / Report Title:      Contract Goleuadau Stryd / Street Lighting Contract

1. Beth yw pwrpas yr adroddiad? / What is the report about?

This report seeks approval to award a new street lighting contract.

2. Argymhelliad / Recommendation

That Cabinet approves the award of the contract.
"""


def test_regression_report_to_cabinet_over_a_date_of_meeting_label_named_the_label(
        tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(CABINET_REPORT, encoding="utf-8")
    docs = process_file(str(path)).documents
    assert [(d.kind, d.committee, str(d.meeting_date)) for d in docs[-1:]] == [
        ("report", "Cabinet", "2026-03-24")]


TRUST_PAPER = """Glenmoor and District NHS Trust

Trust Board (Public) - Wednesday 11 March 2026

Item 9: Integrated Performance Report (IPR)

Presented by: Chief Operating Officer

1. Recommendation

The Trust Board is asked to receive the Integrated Performance Report for January 2026.

2. Operational metrics

The latest month is January 2026.
"""


def test_regression_meeting_in_public_in_brackets_hid_the_board_and_its_date(
        tmp_path: Path) -> None:
    path = tmp_path / "ipr.txt"
    path.write_text(TRUST_PAPER, encoding="utf-8")
    docs = process_file(str(path)).documents
    assert [(d.committee, str(d.meeting_date)) for d in docs[-1:]] == [
        ("Trust Board", "2026-03-11")]


CJC_PAPER = """CYD-BWYLLGOR CORFFOREDIG DE CYMRU
SOUTH WALES CORPORATE JOINT COMMITTEE

Is-bwyllgor Trafnidiaeth / Transport Sub-Committee
Dyddiad / Date:   Dydd Mercher 18 Mawrth 2026 / Wednesday 18 March 2026
Teitl / Title:    Monitro Perfformiad / Performance Monitoring Q3 2025-26

Argymhelliad / Recommendation

Bod yr Is-bwyllgor yn nodi perfformiad. / That the Sub-Committee notes performance for Quarter 3.
"""


def test_regression_bilingual_date_line_under_the_committee_was_not_read_as_its_date(
        tmp_path: Path) -> None:
    path = tmp_path / "kpis.txt"
    path.write_text(CJC_PAPER, encoding="utf-8")
    docs = process_file(str(path)).documents
    assert [(d.committee, str(d.meeting_date)) for d in docs[-1:]] == [
        ("Transport Sub-Committee", "2026-03-18")]


BAF_PAPER = """Glenmoor Hospitals NHS Foundation Trust

Board of Directors - Meeting in Public
Date: Thursday 26 February 2026
Title: Board Assurance Framework - Quarter 3 2025/26

Recommendation

The Board is asked to approve the Board Assurance Framework.

Summary

The framework sets out the principal risks to the Trust's strategic objectives.
"""


def test_regression_board_assurance_framework_was_read_as_a_report(tmp_path: Path) -> None:
    path = tmp_path / "baf.txt"
    path.write_text(BAF_PAPER, encoding="utf-8")
    assert [d.kind for d in process_file(str(path)).documents[-1:]] == ["risk_register"]


LICENSING_PDF = """## KESTREL VALE LICENSING BOARD
Minute of Meeting of the Kestrel Vale Licensing Board held in the Board Room, Kestrel on \
Thursday 19 February 2026 at 10.30 am.
PRESENT:\tCouncillor J Buchanan (Convener); Councillors S Dewar and F Keir
** LB 12/26  SEDERUNT AND APOLOGIES
Apologies for absence were intimated on behalf of Councillor A Orr.
** LB 13/26  MINUTE OF MEETING OF 22 JANUARY 2026
Determination: The Board approved the Minute.
** LB 14/26  MAJOR VARIATION OF PREMISES LICENCE - THE ANCHOR INN, 7 QUAY ROAD, CLYDESIDE
Determination: The Board agreed to refuse the application.
** LB 15/26  PERSONAL LICENCE - NOTICE OF RELEVANT OFFENCE
Determination: The Board agreed to endorse the personal licence.
"""


def test_regression_wrapped_heading_of_twelve_words_and_a_dash_lost_its_second_line(
        tmp_path: Path) -> None:
    import heldout_support  # the scorer's renderer, as the held-out papers are read

    src = tmp_path / "licensing.pdfsrc"
    src.write_text(LICENSING_PDF, encoding="utf-8")
    pdf = heldout_support.heldout_accuracy.render_pdf(src, tmp_path)
    titles = [r.title for r in process_file(str(pdf)).records if isinstance(r, Minute)]
    assert ("MAJOR VARIATION OF PREMISES LICENCE - THE ANCHOR INN, 7 QUAY ROAD, CLYDESIDE"
            in titles)


def test_regression_pack_paper_under_meeting_date_and_responsible_executive_labels_was_not_split(
        tmp_path: Path) -> None:
    import heldout_support

    name = "r7h_health_board_pack_agenda_risks.pdfsrc"
    pdf = heldout_support.heldout_accuracy.render_pdf(
        Path(heldout_support.heldout_accuracy.PAPERS) / name, tmp_path)
    docs = process_file(str(pdf)).documents[1:]
    assert [(d.kind, d.committee) for d in docs] == [
        ("agenda", "NHS Strathallan Board"), ("risk_register", "NHS Strathallan Board")]
