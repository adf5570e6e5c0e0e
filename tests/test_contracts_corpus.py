"""Contracts in real papers, with hand-written expected rows (skipped without the corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import contexts, corpus_file
from kcc_papers.extract import contracts

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


def rows_by_title(relative: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
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
    ("relative", "page"),
    [
        ("pdfs/kent_24-00093_record_of_decision_family_hubs.pdf", 3),
        ("pdfs/kent_24-00093_decision_report_family_hubs.pdf", 5),
    ],
)
def test_kent_24_00093_family_hub_contracts(relative, page):
    (ctx,) = [c for c in contexts(corpus_file(relative)) if c.document.kind in contracts.KINDS]
    records = contracts.extract(ctx)
    assert [tuple(getattr(r, f) for f in FIELDS) for r in records] == FAMILY_HUBS
    assert [r.page for r in records] == [page, page]
    # The printed "Totals £426,429.60" agrees with the rows, so no finding.
    assert [f.check for f in ctx.findings] == []


@pytest.mark.parametrize(
    "relative",
    [
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
