"""Contracts in real papers, with hand-written expected rows (skipped without the corpus)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conftest import contexts, corpus_file
from kcc_papers.extract import contracts
from kcc_papers.models import Contract
from kcc_papers.pipeline import process_file

pytestmark = pytest.mark.corpus

FIELDS = (
    "service",
    "provider",
    "area",
    "start_date",
    "end_date",
    "signed_date",
    "term_years",
    "extension_options",
    "value_gbp",
    "value_period",
    "approximate",
    "value_covers",
)


def rows_by_title(relative: str) -> dict[str | None, list[tuple[Any, ...]]]:
    out: dict[str | None, list[tuple[Any, ...]]] = {}
    for ctx in contexts(corpus_file(relative)):
        if ctx.document.kind not in contracts.KINDS:
            continue
        found = [tuple(getattr(r, f) for f in FIELDS) for r in contracts.extract(ctx)]
        if found:
            out[ctx.document.title] = found
    return out


@pytest.fixture(scope="module")
def seed001():
    return rows_by_title("seeds/001_795b63a76636e3eb.txt")


def test_seed001_only_contract_documents_have_rows(seed001):
    assert sorted(seed001) == [
        "Renewal Of Microsoft Enterprise Agreements",
        "Strategic & Corporate Services Directorate Business Plan (2015-16)",
        "Total Facilities Management – Contract Management",
    ]


def test_seed001_business_plan_service_tables(seed001):
    tfm = dict(service="Facilities Management Services", term=5.0, value=9_500_000)
    pfi = "Schools PFI Contract Management"
    bm = "Building Maintenance & Statutory Services"
    assert seed001["Strategic & Corporate Services Directorate Business Plan (2015-16)"] == [
        (
            "Kent Public Services Network (KPSN)",
            "DUCL",
            None,
            "2014",
            "2020",
            None,
            None,
            None,
            24_500_000,
            "total",
            False,
            None,
        ),
        ("Voice", "Unify", None, "2010", "2015", None, None, None, None, None, False, None),
        (
            "Cloud Contact",
            "BT",
            None,
            "2014",
            "2016",
            None,
            None,
            None,
            290_500,
            "total",
            False,
            None,
        ),
        # "Egress provides secure email ... Partly In-house, partly Egress." names its supplier
        # in prose inside the table (missed before issue 11).
        ("Secure Email", "Egress", None, None, None, None, None, None, None, None, False, None),
        (
            "Mobile Phone/iPad/ iPhone/3G Dongle",
            "O2",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            False,
            None,
        ),
        (
            tfm["service"],
            "Amey",
            "Mid Kent",
            None,
            None,
            None,
            5.0,
            None,
            9_500_000,
            "annual",
            True,
            3,
        ),
        (
            tfm["service"],
            "Skanska",
            "West Kent",
            None,
            None,
            None,
            5.0,
            None,
            9_500_000,
            "annual",
            True,
            3,
        ),
        (
            tfm["service"],
            "Kier",
            "East Kent",
            None,
            None,
            None,
            5.0,
            None,
            9_500_000,
            "annual",
            True,
            3,
        ),
        (
            pfi,
            "New Schools Swanscombe Ltd",
            "2 schools",
            None,
            None,
            None,
            25.0,
            None,
            23_000_000,
            "annual",
            True,
            3,
        ),
        (
            pfi,
            "Kent Education Partnership",
            "6 schools",
            None,
            None,
            None,
            28.0,
            None,
            23_000_000,
            "annual",
            True,
            3,
        ),
        (
            pfi,
            "Gravesham Wave 4 BSF Kier/Amber",
            "3 schools",
            None,
            None,
            None,
            25.0,
            None,
            23_000_000,
            "annual",
            True,
            3,
        ),
        (bm, "Aecom", None, None, None, None, None, None, 11_800_000, "total", False, 3),
        (bm, "NPS", None, None, None, None, None, None, 11_800_000, "total", False, 3),
        (bm, "Mouchel", None, None, None, None, None, None, 11_800_000, "total", False, 3),
    ]


def test_seed001_tfm_contract_narrative(seed001):
    tfm, ext = "Total Facilities Management", "an option to extend for 2 years"
    assert seed001["Total Facilities Management – Contract Management"] == [
        (
            tfm,
            "Amey",
            "Mid Kent",
            "2014-10-31",
            None,
            dt.date(2014, 8, 29),
            5.0,
            ext,
            10_000_000,
            "annual",
            True,
            3,
        ),
        (
            tfm,
            "Skanska",
            "West Kent",
            "2014-10-31",
            None,
            dt.date(2014, 9, 1),
            5.0,
            ext,
            10_000_000,
            "annual",
            True,
            3,
        ),
        (
            tfm,
            "Kier",
            "East Kent",
            "2015-01-21",
            None,
            dt.date(2014, 12, 1),
            5.0,
            ext,
            10_000_000,
            "annual",
            True,
            3,
        ),
    ]


def test_seed001_microsoft_enterprise_agreement(seed001):
    assert seed001["Renewal Of Microsoft Enterprise Agreements"] == [
        (
            "Microsoft Enterprise Agreement",
            None,
            None,
            "2015-07-01",
            None,
            None,
            3.0,
            None,
            1_000_000,
            "annual",
            True,
            None,
        ),
        (
            "Enterprise Agreement",
            "Bytes Software",
            None,
            None,
            "2015-06-30",
            None,
            None,
            None,
            None,
            None,
            False,
            None,
        ),
        ("Microsoft", "SCC", None, None, None, None, None, None, None, None, False, None),
    ]


FAMILY_HUBS = [
    (
        "Commissioned Family Hub Contracts",
        "Millmead",
        "Margate",
        None,
        "2025-03-31",
        None,
        None,
        None,
        222_127.44,
        "annual",
        False,
        None,
    ),
    (
        "Commissioned Family Hub Contracts",
        "Seashells",
        "Sheerness",
        None,
        "2025-03-31",
        None,
        None,
        None,
        204_302.16,
        "annual",
        False,
        None,
    ),
]


@pytest.mark.parametrize(
    ("relative", "page", "pages"),
    [
        ("pdfs/kent_24-00093_record_of_decision_family_hubs.pdf", 3, [3]),
        # The report's 1.1 names both again: "KCC commissions two providers to deliver Family
        # Hub services: Millmead Family Hub in Thanet and Seashells Family Hub ...".
        ("pdfs/kent_24-00093_decision_report_family_hubs.pdf", 5, [2, 5]),
    ],
)
def test_kent_24_00093_family_hub_contracts(relative, page, pages):
    (ctx,) = [c for c in contexts(corpus_file(relative)) if c.document.kind in contracts.KINDS]
    records = contracts.extract(ctx)
    assert [tuple(getattr(r, f) for f in FIELDS) for r in records] == FAMILY_HUBS
    assert [r.page for r in records] == [page, page]
    assert [r.pages for r in records] == [pages, pages]
    # The printed "Totals £426,429.60" agrees with the rows, so no finding.
    assert [f.check for f in ctx.findings] == []


def test_seed001_one_row_per_contract_in_the_file():
    """The pack names the three facilities-management contracts in the business plan's service
    table and again in the TFM monitoring report: one row each (issue 11: 6 rows for 3
    contracts before), kept in the report, whose reading is richer."""
    result = process_file(str(corpus_file("seeds/001_795b63a76636e3eb.txt")))
    titles = {d.document_id: d.title for d in result.documents}
    found = [
        (titles[r.document_id][:20], r.provider, r.service, r.area, r.value_gbp, r.start_date)
        for r in result.records
        if isinstance(r, Contract)
    ]
    ms, plan, tfm = "Renewal Of Microsoft", "Strategic & Corporat", "Total Facilities Man"
    pfi, bm = "Schools PFI Contract Management", "Building Maintenance & Statutory Services"
    fm = "Total Facilities Management"
    assert found == [
        (ms, None, "Microsoft Enterprise Agreement", None, 1_000_000, "2015-07-01"),
        (ms, "Bytes Software", "Enterprise Agreement", None, None, None),
        (ms, "SCC", "Microsoft", None, None, None),
        (plan, "DUCL", "Kent Public Services Network (KPSN)", None, 24_500_000, "2014"),
        (plan, "Unify", "Voice", None, None, "2010"),
        (plan, "BT", "Cloud Contact", None, 290_500, "2014"),
        (plan, "Egress", "Secure Email", None, None, None),
        (plan, "O2", "Mobile Phone/iPad/ iPhone/3G Dongle", None, None, None),
        (plan, "New Schools Swanscombe Ltd", pfi, "2 schools", 23_000_000, None),
        (plan, "Kent Education Partnership", pfi, "6 schools", 23_000_000, None),
        (plan, "Gravesham Wave 4 BSF Kier/Amber", pfi, "3 schools", 23_000_000, None),
        (plan, "Aecom", bm, None, 11_800_000, None),
        (plan, "NPS", bm, None, 11_800_000, None),
        (plan, "Mouchel", bm, None, 11_800_000, None),
        (tfm, "Amey", fm, "Mid Kent", 10_000_000, "2014-10-31"),
        (tfm, "Skanska", fm, "West Kent", 10_000_000, "2014-10-31"),
        (tfm, "Kier", fm, "East Kent", 10_000_000, "2015-01-21"),
    ]
    # The plan prints "Approx. £9.5m/annum", the report "approximately £10 million": said.
    differ = [f for f in result.findings if f.check == "contract_readings_differ"]
    assert [(f.record_ref, f.severity) for f in differ] == [
        ("Amey", "info"),
        ("Skanska", "info"),
        ("Kier", "info"),
    ]


def test_regression_minutes_name_a_contract_in_prose():
    # Minutes were not read for contracts; the Cabinet minutes of 30 January 2025 note one.
    records = [
        r
        for ctx in contexts(corpus_file("pdfs/kent_cabinet_2025-01-30_printed_minutes.pdf"))
        if ctx.document.kind in contracts.KINDS
        for r in contracts.extract(ctx)
    ]
    assert [(r.page, r.service, r.provider, r.term_years) for r in records] == [
        (5, "textiles and shoe recycling", "SAIT Recycling", 2.0)
    ]


@pytest.mark.parametrize(
    "relative",
    [
        # WECA names "the IMS scooter contract" / "the Tier micromobility contract": a name
        # before "contract" reads as a service as often as a provider, so it is not read.
        "pdfs/weca_committee_2026-06-05_budget_outturn_report.pdf",
        "pdfs/bristol_tcpc_2024-09-12_decision_notice.pdf",
        "pdfs/bristol_tcpc_2024-09-12_printed_minutes.pdf",
        "pdfs/kent_cabinet_2025-01-30_24-00108_finance_monitoring_report_Q3.pdf",
        "pdfs/kent_county_council_2024-12-19_minutes.pdf",
        "pdfs/tintern_community-council_2018-06-25_minutes.pdf",
        "seeds/000_f17d052ced71427a.txt",
        "seeds/003_89dda5a8cac8233d.txt",
        "seeds/004_778a0aec62e25c92.txt",
        "pdfs/bristol_tcpc_2024-09-12_committee_report_WPL_key_decision.pdf",
        "pdfs/kent_cabinet_2025-01-30_24-00108_budget_monitoring_cover_report.pdf",
        "pdfs/kent_cabinet_2025-03-04_QPR_Q3_cover_report.pdf",
    ],
)
def test_papers_without_contracts_give_no_rows(relative):
    for ctx in contexts(corpus_file(relative)):
        if ctx.document.kind in contracts.KINDS:
            assert contracts.extract(ctx) == []
