"""Splitting files into documents and classifying them."""

from __future__ import annotations

import pytest

from conftest import ROOT, corpus_file
from kcc_papers.classify import classify
from kcc_papers.load import load
from kcc_papers.load.model import Source
from kcc_papers.load.text import split_pages
from kcc_papers.segment import segment

RAW = ROOT / "data" / "raw"


def _text_source(text: str) -> Source:
    return Source("t.txt", "0" * 64, "text", split_pages(text))


def test_sample_pack_splits_at_document_headings() -> None:
    with load(RAW / "sample_agenda_pack.pdf") as source:
        got = [(s.kind, s.page_from, s.page_to) for s in segment(source)]
    assert got == [
        ("agenda", 1, 2),
        ("minutes", 3, 6),
        ("report", 7, 10),
        ("performance_report", 11, 12),
        ("risk_register", 13, 16),
    ]


def test_report_header_block_starts_a_document_and_gives_its_title() -> None:
    text = (
        "AGENDA\nCABINET\n1. Apologies\n\f"
        "From: Jane Doe, Cabinet Member\nTo: Cabinet – 3 March 2025\n"
        "Subject: Library opening hours\nClassification: Unrestricted\n"
        "Recommendation(s): Cabinet is asked to AGREE the changes.\n"
    )
    segs = segment(_text_source(text))
    assert [(s.kind, s.title) for s in segs] == [
        ("agenda", "AGENDA"),
        ("report", "Library opening hours"),
    ]


def test_blank_page_notice_is_not_part_of_a_document() -> None:
    text = "AGENDA\n1. Apologies\nThis page is intentionally left blank\n" \
           "MINUTES of a meeting of the Cabinet held on 1 May 2024\n1. Apologies\nRESOLVED that."
    segs = segment(_text_source(text))
    assert "intentionally" not in segs[0].text
    assert [s.kind for s in segs] == ["agenda", "minutes"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kent shoppers flock to new market stalls as summer begins.", "other"),
        ("Issue details\nDecision type: Key\nDecision due: 21 Sep 2015 by Cabinet", "forward_plan"),
        ("Appendix I: Budget Risks Register 2025-26\nTOTAL £m 1.0", "risk_register"),
    ],
)
def test_classify_without_a_heading(text: str, kind: str) -> None:
    assert classify(text) == kind


def test_news_article_is_other() -> None:
    (seg,) = segment(load(corpus_file("seeds/004_778a0aec62e25c92.txt")))
    assert seg.kind == "other"


def test_seed_001_pack_splits_into_agenda_minutes_and_eleven_reports() -> None:
    segs = segment(load(corpus_file("seeds/001_795b63a76636e3eb.txt")))
    assert [(s.kind, s.title) for s in segs] == [
        ("agenda", "POLICY AND RESOURCES CABINET COMMITTEE"),
        ("minutes", "MINUTES of a meeting of the Policy and Resources Cabinet Committee held in "
                    "the Darent Room, Sessions House, County Hall, Maidstone on Friday, 16 January "
                    "2015"),
        ("report", "Work Programme 2015"),
        ("report", "Renewal Of Microsoft Enterprise Agreements"),
        ("performance_report", "Strategic and Corporate Services Directorate Dashboard"),
        ("report", "Financial Monitoring 2014-15"),
        ("report", "Strategic & Corporate Services Directorate Business Plan (2015-16)"),
        ("risk_register", "Risk Management - Strategic Risk Register"),
        ("report", "Commercial Services update"),
        ("report", "Total Facilities Management – Contract Management"),
        ("report",
         "Legal Services' Evolution Efficiency Enterprise Update for Quarter 3 – 2014/15"),
        ("report", "Update on the Kent and Medway Armed Forces Community Covenant"),
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("kent_cabinet_2025-01-30_agenda_frontsheet.pdf", "agenda"),
        ("kent_cabinet_2025-01-09_minutes.pdf", "minutes"),
        ("kent_cabinet_2025-01-30_printed_minutes.pdf", "minutes"),
        ("bristol_tcpc_2024-09-12_printed_minutes.pdf", "minutes"),
        ("bristol_tcpc_2024-09-12_decision_notice.pdf", "decision"),
        ("bristol_tcpc_2024-09-12_committee_report_WPL_key_decision.pdf", "report"),
        ("kent_24-00093_record_of_decision_family_hubs.pdf", "decision"),
        ("kent_24-00093_decision_report_family_hubs.pdf", "report"),
        ("kent_cabinet_2025-01-30_24-00108_proposed_record_of_decision.pdf", "decision"),
        ("kent_cabinet_2025-01-30_budget_risk_register_appendix_I.pdf", "risk_register"),
        ("kent_cabinet_2025-03-04_quarterly_performance_report_Q3_2024-25.pdf",
         "performance_report"),
        ("weca_committee_2026-06-05_budget_outturn_report.pdf", "report"),
    ],
)
def test_corpus_single_documents_are_classified(name: str, kind: str) -> None:
    with load(corpus_file(f"pdfs/{name}")) as source:
        segs = segment(source)
    assert [s.kind for s in segs] == [kind]


def test_regression_risk_cards_without_a_heading_are_a_register() -> None:
    text = ("Risk ID CRR 01 Risk Title Data\nRisk Owner Mr A Abel\nCurrent Likelihood 4\n"
            "Risk ID CRR 02 Risk Title Funding\nRisk Owner Mrs B Bell\nCurrent Likelihood 3")
    assert classify(text) == "risk_register"
