"""One row per contract: a table and the text naming the same contract again are one row with
both pages; a pack naming a contract in two documents is one row; prose names contracts only
with an organisation for a provider."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, contexts
from kcc_papers.extract import contracts
from kcc_papers.models import Contract
from kcc_papers.pipeline import process_file

SAMPLE = ROOT / "data" / "raw" / "sample_contracts_report.pdf"
HEAD = """From: Jane Officer, Director of Infrastructure
To: Policy and Resources Cabinet Committee
Subject: {subject}
Classification: Unrestricted
"""
FIELDS = (
    "page", "pages", "service", "provider", "area", "start_date", "end_date", "term_years",
    "extension_options", "value_gbp", "value_period",
)  # fmt: skip


def rows(records) -> list[tuple[object, ...]]:
    return [tuple(getattr(r, f) for f in FIELDS) for r in records]


def text_rows(tmp_path: Path, body: str,
              subject: str = "Contract Update") -> list[tuple[object, ...]]:
    path = tmp_path / "report.txt"
    path.write_text(HEAD.format(subject=subject) + body, encoding="utf-8")
    (ctx,) = [c for c in contexts(path) if c.document.kind in contracts.KINDS]
    return [(r.provider, r.service) for r in contracts.extract(ctx) if isinstance(r, Contract)]


# --- the generated sample ------------------------------------------------------------------


def test_sample_report_one_row_per_contract_with_merged_fields_and_pages():
    result = process_file(str(SAMPLE))
    found = [r for r in result.records if isinstance(r, Contract)]
    assert rows(found) == [
        # Table on page 2, named again on page 3 with its start, term and extension option.
        (2, [2, 3], "Household waste collection", "Northgate Waste Services Ltd", "North Vale",
         "2021-04-01", "2028-03-31", 7.0, "an option to extend for 2 years", 3_450_000,
         "annual"),
        (2, [2, 3], "Street cleansing", "Brightside Environmental Ltd", "South Vale",
         "2022-10-01", "2027-09-30", None, None, 1_280_000, "annual"),
        (2, [2, 3], "Recycling centres", "Cirrus Recycling plc", "Whole district", None,
         "2030-03-31", None, None, 2_150_000, "annual"),
        # Named only in prose: "provided by ... under a contract", "awarded to".
        (3, [3], "Bulky waste collections", "Second Chance Furniture CIC", None, None,
         "2026-03-31", None, None, None, None),
        (3, [3], "clinical waste collection", "Medway Clinical Collections Ltd", None, None,
         None, 3.0, None, 180_000, "annual"),
    ]  # fmt: skip
    # The printed "Total £6,880,000" is the sum of the table's rows: no finding.
    assert [f.check for f in result.findings if f.record_table == "contracts"] == []


# --- a pack naming a contract in two documents --------------------------------------------


def contract(doc: str, page: int, **fields) -> Contract:
    return Contract(document_id=doc, page=page, pages=[page], **fields)


def test_pack_merge_keeps_the_richer_reading_and_both_pages():
    table = contract(
        "d-01", 4, service="Facilities Management Services", provider="Amey", area="Mid Kent",
        term_years=5.0, value_gbp=9_500_000, approximate=True,
    )  # fmt: skip
    report = contract(
        "d-02", 9, service="Total Facilities Management", provider="Amey Ltd", area="Mid Kent",
        start_date="2014-10-31", term_years=5.0, value_gbp=10_000_000, approximate=True,
    )  # fmt: skip
    kept, findings = contracts.merge_pack([table, report])
    assert kept == [report]
    assert (report.pages, report.service, report.value_gbp) == (
        [4, 9],
        "Total Facilities Management",
        10_000_000,
    )
    # Two approximate values are worth knowing, not a warning.
    assert [(f.check, f.severity, f.document_id) for f in findings] == [
        ("contract_readings_differ", "info", "d-02")
    ]


def test_pack_merge_keeps_apart_other_areas_services_and_one_documents_rows():
    rows_ = [
        contract("d-01", 1, service="Facilities Management", provider="Kier", area="East Kent"),
        contract("d-02", 5, service="Facilities Management", provider="Kier", area="West Kent"),
        contract("d-02", 6, service="Highway resurfacing", provider="Kier"),
        contract("d-03", 8, service="Schools PFI", provider="Kier", area="3 schools"),
        # A document's own two rows were judged two contracts already.
        contract("d-04", 9, service="Cleaning", provider="Brite"),
        contract("d-04", 9, service="Cleaning", provider="Brite"),
    ]
    kept, findings = contracts.merge_pack(rows_)
    assert kept == rows_ and findings == []


def test_pack_merge_reports_dates_that_disagree():
    a = contract("d-01", 2, service="Cleaning", provider="Brite Ltd", end_date="2026-03-31")
    b = contract(
        "d-02", 7, service="Office cleaning", provider="Brite", end_date="2027-03-31",
        value_gbp=120_000,
    )  # fmt: skip
    kept, findings = contracts.merge_pack([a, b])
    assert kept == [b] and b.pages == [2, 7] and b.end_date == "2027-03-31"
    assert [(f.check, f.severity) for f in findings] == [("contract_readings_differ", "warning")]


# --- prose ----------------------------------------------------------------------------------


def test_contracts_named_in_prose(tmp_path):
    body = """3.1 The grounds maintenance contract with Greenway Landscapes Ltd runs until March 2027.
3.2 Meals on wheels are provided by Hearth and Home Trust under a contract agreed in 2023.
3.3 After a tender the service was awarded to Parkside Catering plc.
3.4 The contract for library book supply was awarded to Folio Books Ltd in 2024.
"""  # noqa: E501
    assert text_rows(tmp_path, body) == [
        ("Greenway Landscapes Ltd", "grounds maintenance"),
        ("Hearth and Home Trust", "Meals on wheels"),
        ("Parkside Catering plc", None),
        ("Folio Books Ltd", "library book supply"),
    ]


def test_counted_list_of_providers_and_their_short_names_in_a_table(tmp_path):
    body = """1.1 The council commissions two providers to deliver day care services: Oakfield Centre in Ashby and Riverside Centre in Hale.
Provider	Area	Contract End Date	Contract value per Annum
Oakfield	Ashby	31/03/2026	£120,000
Riverside	Hale	31/03/2026	£95,000
1.2 The council commissions three providers to deliver meals: Alpha Kitchens and Beta Foods.
"""  # noqa: E501
    # The table's "Oakfield" is the sentence's "Oakfield Centre": one row each, the table's
    # reading first (its service from the title). The second sentence counts three providers
    # but names two: not read.
    assert text_rows(tmp_path, body, "Day Care Contracts") == [
        ("Oakfield", "Day Care Contracts"),
        ("Riverside", "Day Care Contracts"),
    ]


def test_sentences_about_contracts_without_a_provider_are_not_rows(tmp_path):
    body = """2.1 The contract will be monitored by the contract management team.
2.2 Good contract management keeps the contracts with schools under review.
2.3 The contracts with Schools and Academies will be reviewed.
2.4 Adult Social Care contracts with Voluntary Sector organisations were postponed.
2.5 We will manage the contract with the Strategic Efficiency Partner.
2.6 The LATCo will contract with KCC's Property Strategy, Commissioning & Client function.
2.7 The business extended its contract with KFRS, a customer of the trading company.
2.8 Grants were awarded to Sing For Your Life and Migrant Help.
2.9 The contract with the Director of Public Health's team was varied in March 2024.
"""
    assert text_rows(tmp_path, body) == []


def test_regression_wrapped_line_starting_with_a_date_continues_its_paragraph(tmp_path):
    # The sample report's PDF wraps "...started on" / "1 April 2021 for a term of seven
    # years": the second line began a paragraph of its own and the start and term were lost.
    (ctx,) = [c for c in contexts(SAMPLE) if c.document.kind in contracts.KINDS]
    first = contracts.extract(ctx)[0]
    assert (first.start_date, first.term_years) == ("2021-04-01", 7.0)


def test_regression_readings_differ_names_the_contract() -> None:
    """The three facilities-management findings of seed 001 read the same: each now names
    its contract."""
    from conftest import corpus_file
    from kcc_papers.pipeline import process_file

    result = process_file(str(corpus_file("seeds/001_795b63a76636e3eb.txt")))
    messages = [f.message for f in result.findings if f.check == "contract_readings_differ"]
    assert len(messages) == len(set(messages)) == 3
    assert all(m.startswith(f"the file prints the {p} (Total Facilities Management")
               for m, p in zip(sorted(messages), ["Amey", "Kier", "Skanska"], strict=True))
