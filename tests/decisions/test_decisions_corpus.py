"""Decisions of real papers (notices and report recommendations), written out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import contexts, corpus_file
from kcc_papers.extract import decisions
from kcc_papers.extract.registry import extractor
from kcc_papers.models import Decision
from record_views import only

pytestmark = pytest.mark.corpus


def _decisions(relative: str) -> list[Decision]:
    out: list[Decision] = []
    for ctx in contexts(corpus_file(relative)):
        if extractor("decisions").applies(ctx.document.kind):
            out += only(decisions.extract(ctx), Decision)
    return out


def test_seed_000_issue_details():
    (d,) = _decisions("seeds/000_f17d052ced71427a.txt")
    stamped = {"document_id", "source_path", "sha256", "meeting_id", "page", "ocr_confidence"}
    assert d.model_dump(exclude=stamped) == {
        "source": "decision_notice",
        "ref": "15/00084",
        "title": "Back Office Procurement",
        "decision_text": "Following a Market Review process Cabinet will be asked to take a "
        "decision on the future service operating model for KCC’s back office functions and its "
        "subsequent implementation.",
        "outcome": "approved",
        "decision_date": dt.date(2015, 9, 21),
        "decision_maker": "Cabinet",
        "key_decision": True,
        "key_reason": "Expenditure or savings of more than £1m",
        "status": "Recommendations Approved",
        "lead_officer": "Amanda Beer, Rebecca Spore",
        "department": "Strategic & Corporate Services",
        "decision_number": "15/00084",
        "agenda_item_ref": None,
        "minute_number": None,
    }


def test_seed_002_agenda_item_page_resolution():
    (d,) = _decisions("seeds/002_a97a93aeaf2f3152.txt")
    assert d.source == "decision_notice"
    assert d.title == (
        "Corporate Support Services Review - Scope, Prime Provider Update and Draft IMT Model"
    )
    assert d.decision_text == (
        "RESOLVED:That the Board receive the report and the feedback provided on the three "
        "points be taken into consideration by officers as the project progressed."
    )
    assert (d.outcome, d.decision_maker) == ("noted", "Board")


def test_kent_record_of_decision_24_00093():
    (d,) = _decisions("pdfs/kent_24-00093_record_of_decision_family_hubs.pdf")
    assert (d.ref, d.decision_number, d.title) == (
        "24/00093",
        "24/00093",
        "Commissioned Family Hub Contracts",
    )
    assert d.decision_maker == (
        "Mrs Sue Chandler, Cabinet Member for Integrated Children’s Services"
    )
    assert (d.key_decision, d.status, d.decision_date, d.outcome) == (
        True,
        "signed",
        dt.date(2025, 1, 17),
        "agreed",
    )
    lines = d.decision_text.splitlines()
    assert lines[0] == "As Cabinet Member for Integrated Children’s Services I agree to:"
    assert [line.split()[0] for line in lines[1:]] == [
        "APPROVE",
        "DELEGATE",
        "DELEGATE",
        "DELEGATE",
    ]
    assert lines[1] == (
        "APPROVE the proposal to not re-commission the Family Hub services that are currently "
        "provided at Seashells and Millmead Family Hubs when the current contracts reach the end "
        "of their term on 31 March 2025."
    )


def test_kent_proposed_record_of_decision_24_00108():
    (d,) = _decisions("pdfs/kent_cabinet_2025-01-30_24-00108_proposed_record_of_decision.pdf")
    assert (d.ref, d.decision_maker, d.key_decision, d.status, d.decision_date) == (
        "24/00108",
        "Cabinet",
        False,
        "proposed",
        None,
    )
    assert d.title == "Revenue and Capital Budget Monitoring Report – September 2024-2025"
    assert d.decision_text == (
        "The Cabinet agree to:\n"
        "a) note the forecast revenue overspend of £23.3m (excluding Schools’ Delegated Budgets)\n"
        "b) Note the forecast overspend on Schools’ Delegated Budgets of £30.4m\n"
        "c) Note the forecast capital underspend of £111.6m\n"
        "d) Note the progress on the delivery of savings\n"
        "e) Note and agree the Capital budget changes\n"
        "f) Note the Reserves, Treasury Management and Prudential Indicators Monitoring"
    )
    assert d.outcome == "agreed"


def test_bristol_decision_recording_form():
    found = _decisions("pdfs/bristol_tcpc_2024-09-12_decision_notice.pdf")
    assert [(d.agenda_item_ref, d.title, d.outcome) for d in found] == [
        (
            "7",
            "Opportunities to promote sustainable transport through a review of parking "
            "policies and charges",
            "approved",
        ),
        ("8", "Supported Bus Services Priorities Task and Finish Group", "noted"),
        ("9", "Bristol Regional Cycling Hub, Lawrence Weston", "approved"),
        ("10", "Workplace Parking Levy", "approved"),
        ("11", "2024/25 P3 Finance Forecast Report - Transport & Connectivity", "noted"),
        ("12", "Q1 2024/25 Corporate Risk Report - Transport and Connectivity", "noted"),
    ]
    for d in found:
        assert d.decision_maker == "Transport and Connectivity Policy Committee"
        assert d.decision_date == dt.date(2024, 9, 12)
    assert found[4].decision_text == "The Transport and Connectivity Committee noted the report."
    assert found[1].decision_text.splitlines()[2] == (
        "3. That the Committee for Transport and Connectivity agree the frequency and duration "
        "of meetings to inform the Terms of Reference"
    )


SEED_001_RECOMMENDATIONS = [
    (
        "Work Programme 2015",
        "The Policy and Resources Cabinet Committee is asked to consider and agree its work "
        "programme for 2015.",
        "agreed",
    ),
    (
        "Renewal Of Microsoft Enterprise Agreements",
        "The Policy & Resources Cabinet Committee is asked to consider and endorse or make "
        "recommendations to the Cabinet Member for Corporate and Democratic Services on the "
        "proposed decision to delegate to the Director of Infrastructure, the renewal of the "
        "Microsoft Enterprise Agreements, including the necessary contractual negotiations and "
        "enter into any subsequent necessary legal agreements.",
        "endorsed",
    ),
    (
        "Strategic and Corporate Services Directorate Dashboard",
        "The Policy and Resources Cabinet Committee is asked to NOTE the report.",
        "noted",
    ),
    (
        "Financial Monitoring 2014-15",
        "The Policy & Resources Cabinet Committee is asked to note the revenue and capital "
        "forecast variances from budget for 2014-15 that are within the remit of this Cabinet "
        "Committee, based on the third quarter's full monitoring to Cabinet.",
        "noted",
    ),
    (
        "Strategic & Corporate Services Directorate Business Plan (2015-16)",
        "The Cabinet Committee is asked to:\n(1) Consider and comment on the draft Strategic & "
        "Corporate Services Directorate Business Plan (2015-16).\n(2) Note the final "
        "Directorate Business Plan will be published online in May 2015.",
        "other",
    ),
    (
        "Risk Management - Strategic Risk Register",
        "The Cabinet Committee is asked to consider and comment on the risks presented.",
        "other",
    ),
    (
        "Commercial Services update",
        "The Policy and Resources Cabinet Committee is asked to note the progress made following "
        "the recent changes and subsequent improvements.",
        "noted",
    ),
    (
        "Total Facilities Management – Contract Management",
        "The Policy and Resources Cabinet Committee is asked to:\n(1) Note the existing KCC "
        "contract governance in place to manage and monitor the performance of the Total "
        "Facilities Management Contracts.\n(2) Note the issues which have occurred and actions "
        "to resolve these items during the 12 week bedding in period.",
        "noted",
    ),
    (
        "Legal Services' Evolution Efficiency Enterprise Update for Quarter 3 – 2014/15",
        "The Committee is asked to note the report.",
        "noted",
    ),
    (
        "Update on the Kent and Medway Armed Forces Community Covenant",
        "The Cabinet Committee is asked to note progress and comment on the priorities for "
        "future activity.",
        "noted",
    ),
]


def test_seed_001_report_recommendations():
    found = [d for d in _decisions("seeds/001_795b63a76636e3eb.txt") if d.source == "report"]
    assert [(d.title, d.decision_text, d.outcome) for d in found] == SEED_001_RECOMMENDATIONS
    # Linked to the pack's agenda by title; the dashboard's title matches no entry well enough.
    assert [d.agenda_item_ref for d in found] == [
        "A5",
        "B1",
        None,
        "C2",
        "D1",
        "D2",
        "D3",
        "D4",
        "D5",
        "D6",
    ]
    assert found[1].lead_officer == "David Cockburn"
    assert {d.decision_maker for d in found} == {
        "Policy and Resources Cabinet Committee",
        "Policy & Resources Cabinet Committee",
    }
    assert found[0].decision_date == dt.date(2015, 4, 22)


def test_seed_003_maidstone_recommendation():
    (d,) = _decisions("seeds/003_89dda5a8cac8233d.txt")
    lines = d.decision_text.splitlines()
    assert lines[0] == "That Cabinet Agree:"
    assert [line.split()[0] for line in lines[1:]] == [
        "i.",
        "ii.",
        "iii.",
        "a)",
        "b)",
        "c)",
        "d)",
        "e)",
        "f)",
    ]
    assert lines[-1] == (
        "f) A strategic alliance between MKIP and Kent County Council through a Memorandum of "
        "Understanding (MOU) (Appendix I)"
    )
    assert (d.decision_maker, d.outcome, d.key_decision, d.key_reason, d.decision_date) == (
        "Cabinet",
        "agreed",
        True,
        "Savings of above £250,000",
        dt.date(2012, 4, 16),
    )


def test_kent_decision_report_24_00093_recommendation():
    (d,) = _decisions("pdfs/kent_24-00093_decision_report_family_hubs.pdf")
    assert (d.source, d.ref, d.decision_number, d.key_decision, d.key_reason) == (
        "report",
        "24/00093",
        "24/00093",
        True,
        "It affects more than 2 Electoral Divisions",
    )
    # "To: Sue Chandler, Cabinet Member for ..." names whom "The Cabinet Member ... is asked to".
    assert d.decision_maker == "Sue Chandler, Cabinet Member for Integrated Children’s Services"
    assert d.lead_officer == "Sarah Hammond"
    assert d.outcome == "approved"
    assert len(d.decision_text.splitlines()) == 5


def test_kent_budget_cover_report_keeps_one_block():
    (d,) = _decisions("pdfs/kent_cabinet_2025-01-30_24-00108_budget_monitoring_cover_report.pdf")
    assert d.decision_text.splitlines()[0] == "Cabinet is asked to:"
    assert [line[:2] for line in d.decision_text.splitlines()[1:]] == [
        "a)",
        "b)",
        "c)",
        "d)",
        "e)",
        "f)",
    ]
    assert (d.decision_maker, d.decision_date, d.outcome, d.lead_officer) == (
        "Cabinet",
        dt.date(2025, 1, 30),
        "noted",
        "Peter Oakford",
    )


def test_bristol_report_officer_recommendations():
    (d,) = _decisions("pdfs/bristol_tcpc_2024-09-12_committee_report_WPL_key_decision.pdf")
    numbers = [line.split()[0] for line in d.decision_text.splitlines()[1:]]
    assert numbers == ["1.", "2.", "3.", "4."]
    assert (d.key_decision, d.key_reason, d.lead_officer) == (
        True,
        "over £500k spend/save & impacts more than 2 wards",
        "John Smith",
    )


def test_papers_without_decisions_yield_none():
    assert _decisions("seeds/004_778a0aec62e25c92.txt") == []
    assert (
        _decisions("pdfs/kent_cabinet_2025-03-04_quarterly_performance_report_Q3_2024-25.pdf") == []
    )
    assert _decisions("pdfs/kent_cabinet_2025-01-30_budget_risk_register_appendix_I.pdf") == []


def test_supplementary_pack_report_24_00109():
    (d,) = _decisions("pdfs/kent_cabinet_2025-01-30_supplementary_pack_item7_24-00109.pdf")
    assert d.title == (
        "Transfer the 18-25 section of the Strengthening Independence Service from the Children "
        "Young People and Education Directorate to the Adult Social Care and Health Directorate"
    )
    assert (d.ref, d.agenda_item_ref, d.decision_maker, d.decision_date, d.outcome) == (
        "24/00109",
        "7",
        "Cabinet",
        dt.date(2025, 1, 30),
        "agreed",
    )
    assert [line[:2] for line in d.decision_text.splitlines()] == ["Ca", "A.", "B."]


def test_segment_classifies_seed_002_agenda_item_page_as_decision():
    (ctx,) = contexts(corpus_file("seeds/002_a97a93aeaf2f3152.txt"))
    assert ctx.document.kind == "decision"
