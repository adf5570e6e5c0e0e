"""Contracts extractor: synthetic reports (logic without the corpus) and real papers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import contexts
from kcc_papers.extract import contracts
from kcc_papers.models import Finding

HEAD = """From: Jane Officer, Director of Infrastructure
To: Policy and Resources Cabinet Committee
Subject: {subject}
Classification: Unrestricted
"""


def run(tmp_path: Path, body: str,
        subject: str = "Contract Update") -> tuple[list[dict[str, Any]], list[Finding]]:
    path = tmp_path / "report.txt"
    path.write_text(HEAD.format(subject=subject) + body, encoding="utf-8")
    (ctx,) = [c for c in contexts(path) if c.document.kind in contracts.KINDS]
    records = contracts.extract(ctx)
    return [
        r.model_dump(exclude={"document_id", "source_path", "sha256", "meeting_id",
                              "ocr_confidence", "text"})
        for r in records
    ], ctx.findings


def row(**fields):
    base = dict(
        page=1,
        service=None,
        provider=None,
        area=None,
        start_date=None,
        end_date=None,
        signed_date=None,
        term_years=None,
        extension_options=None,
        value_gbp=None,
        value_period=None,
        approximate=False,
        value_text=None,
        value_covers=None,
    )
    # A row read once is printed on its own page only; merged rows say their pages.
    pages = fields.pop("pages", [fields.get("page", base["page"])])
    return {**base, **fields, "pages": pages}


def test_service_table_with_labels_and_several_providers(tmp_path):
    body = (
        "Service\tDescription\tInternal or External\n"
        "Waste Haulage\tCollection of waste. Provider: Acme Ltd Contract Period: 2016-2021 "
        "Contract Value: £3.2m\tExternal Provider\n"
        "Cleaning\tOffice cleaning Provider: Brite for North, and Sparkle for South Contract "
        "Length: North - 3 years, South - 4 years Contract Value: c. £400k per annum\t"
        "Commissioned Service\n"
        "Phones\tHandsets. Partly In-house, partly Vodafone.\tExternal Provider\n"
        "Email\tMail service. Partly In-house, partly Microsoft.\tIn-House Delivery\n"
    )
    rows, _ = run(tmp_path, body)
    assert rows == [
        row(
            service="Waste Haulage",
            provider="Acme Ltd",
            start_date="2016",
            end_date="2021",
            value_gbp=3_200_000,
            value_period="total",
            value_text="£3.2m",
        ),
        row(
            service="Cleaning",
            provider="Brite",
            area="North",
            term_years=3,
            value_gbp=400_000,
            value_period="annual",
            approximate=True,
            value_text="c. £400k per annum",
            value_covers=2,
        ),
        row(
            service="Cleaning",
            provider="Sparkle",
            area="South",
            term_years=4,
            value_gbp=400_000,
            value_period="annual",
            approximate=True,
            value_text="c. £400k per annum",
            value_covers=2,
        ),
        # In-house rows naming a supplier ("partly Microsoft") are not contract rows.
        row(service="Phones", provider="Vodafone"),
    ]


def test_labelled_block_per_provider_with_area_heading(tmp_path):
    body = """1.1 Contracts have now been signed as follows –
North Lot
Contractor - Alpha Services
Contract Signature - 2nd March 2016
Contract Start Date – 1 st April 2016
South Lot
Contractor – Beta plc
Contract Signature – 3rd March 2016
Contract Start Date – 1st May 2016
1.2 The contracts are for 7 years with an option to extend for 3 years.
"""
    rows, findings = run(tmp_path, body, "Grounds Maintenance – Contract Management")
    assert rows == [
        row(
            service="Grounds Maintenance",
            provider="Alpha Services",
            area="North Lot",
            start_date="2016-04-01",
            signed_date=__import__("datetime").date(2016, 3, 2),
            term_years=7,
            extension_options="an option to extend for 3 years",
        ),
        row(
            service="Grounds Maintenance",
            provider="Beta plc",
            area="South Lot",
            start_date="2016-05-01",
            signed_date=__import__("datetime").date(2016, 3, 3),
            term_years=7,
            extension_options="an option to extend for 3 years",
        ),
    ]
    assert findings == []


def test_header_table_with_totals_cross_check(tmp_path):
    body = (
        "Supplier\tLot\tContract Start Date\tContract End Date\tAnnual Value £000s\n"
        "Gamma Care\tEast\t01/04/2022\t31/03/2026\t1,250\n"
        "Delta Homes\tWest\t01/04/2022\tTBC\t750\n"
        "Total\t\t\t\t2,100\n"
    )
    rows, findings = run(tmp_path, body)
    assert [
        (
            r["provider"],
            r["area"],
            r["start_date"],
            r["end_date"],
            r["value_gbp"],
            r["value_period"],
        )
        for r in rows
    ] == [
        ("Gamma Care", "East", "2022-04-01", "2026-03-31", 1_250_000, "annual"),
        ("Delta Homes", "West", "2022-04-01", "TBC", 750_000, "annual"),
    ]
    checks = sorted(f.check for f in findings)
    assert checks == ["contract_date_unparsed", "contract_total_mismatch"]


def test_sentences_name_provider_or_value(tmp_path):
    body = """2.1 The decision to renew the Payroll Software Agreement commits the Council to spend approximately £250k per year for 4 years.
4.1 The existing contract expires on 31st March 2019; hence a new contract is required from 1st April 2019.
4.2 Prices were provided by Zeta Systems, who hold the current Payroll contract.
4.3 The contract with Omega Ltd would end in March 2020.
"""  # noqa: E501
    rows, _ = run(tmp_path, body, "Renewal of Payroll Software Agreement")
    assert rows == [
        row(
            service="Payroll Software Agreement",
            start_date="2019-04-01",
            term_years=4,
            value_gbp=250_000,
            value_period="annual",
            approximate=True,
            value_text="approximately £250k per year for 4 years",
        ),
        row(service="Payroll", provider="Zeta Systems", end_date="2019-03-31"),
        row(provider="Omega Ltd", end_date="2020-03"),
    ]


def test_mentions_of_contracts_are_not_rows(tmp_path):
    body = """1.1 Robust contract management is needed across all contracts.
1.2 The decision not to reprocure the two contracts will save £426k annually.
1.3 The business successfully extended the contract with KFRS.
1.4 We will manage the contract with the Strategic Efficiency Partner.
1.5 The LATCo will contract with KCC's Property function.
1.6 Contract Value: N/A
"""
    rows, _ = run(tmp_path, body)
    assert rows == []


def test_regression_current_cue_belongs_to_its_own_clause(tmp_path):
    # Seed 001: "Bytes Software, who hold the current EA contract, and SCC who hold another
    # Microsoft contract" once made both "current", so neither got the expiry date.
    body = """4.1 The existing contract expires on 30th June 2015.
4.2 Prices came from Bytes Software, who hold the current Enterprise Agreement contract, and SCC who hold another Microsoft contract with us.
"""  # noqa: E501
    rows, _ = run(tmp_path, body)
    assert [(r["provider"], r["service"], r["end_date"]) for r in rows] == [
        ("Bytes Software", "Enterprise Agreement", "2015-06-30"),
        ("SCC", "Microsoft", None),
    ]


def test_regression_shared_value_after_merging_mentions(tmp_path):
    # Seed 001 TFM report: the summary's "Contract with Amey" mentions doubled the rows, so
    # "£10 million ... across the three contracts" no longer matched three rows.
    body = """Summary: following the signing of the Mid Kent Contract with Amey and the East Kent Contract with Kier.
Mid Kent
Contractor - Amey
Contract Start Date – 31st October 2014
East Kent
Contractor – Kier
Contract Start Date – 21st January 2015
4.4 As with all substantial contracts (approximately £10 million spend per annum across the two contracts) there is a need for a client function.
"""  # noqa: E501
    rows, _ = run(tmp_path, body)
    assert [(r["provider"], r["area"], r["value_gbp"], r["value_covers"]) for r in rows] == [
        ("Amey", "Mid Kent", 10_000_000, 2),
        ("Kier", "East Kent", 10_000_000, 2),
    ]


def test_regression_unreadable_table_page_costs_only_that_page(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(
        HEAD.format(subject="Contracts") + "Provider\tContract Value\nAcme\t£5m\nBeta\t£6m\n",
        encoding="utf-8",
    )
    (ctx,) = contexts(path)

    def broken(number):
        raise ValueError("bounding box outside the page")

    page = ctx.source.pages[0]
    page._tables, page._reader = None, broken
    assert contracts.extract(ctx) == []
    assert [f.check for f in ctx.findings] == ["contract_table_unreadable"]


def test_signed_after_start_and_term_checks(tmp_path):
    body = """Contractor - Kappa Ltd
Contract Signature - 5th May 2016
Contract Start Date - 1st May 2016
Contract Period - 2016-2030
Contract Length - 5 years
"""
    rows, findings = run(tmp_path, body)
    assert len(rows) == 1
    assert sorted(f.check for f in findings) == [
        "contract_signed_after_start",
        "contract_term_mismatch",
    ]


def test_award_sentence_gathers_provider_value_term_and_extension(tmp_path):
    body = """Decision: to award the contract for grounds maintenance to Green Spaces Ltd for a period of 3 years with an option to extend for a further 2 years, at a total cost of £1.2m.
2.1 The contract with Serco would end in March 2024.
2.2 Cabinet agreed to extend the existing cleaning contract with Brite Ltd until 31 March 2026.
"""  # noqa: E501
    rows, _ = run(tmp_path, body, "Grounds Maintenance Contract Award")
    assert [
        (
            r["provider"],
            r["service"],
            r["term_years"],
            r["extension_options"],
            r["value_gbp"],
            r["value_period"],
            r["end_date"],
        )
        for r in rows
    ] == [
        (
            "Green Spaces Ltd",
            "grounds maintenance",
            3,
            "an option to extend for a further 2 years",
            1_200_000,
            "total",
            None,
        ),
        ("Serco", None, None, None, None, None, "2024-03"),
        ("Brite Ltd", "cleaning", None, None, None, None, "2026-03-31"),
    ]


def test_two_providers_in_one_sentence_keep_their_own_rows(tmp_path):
    body = "The contracts were awarded to Alpha Ltd and the contract value is £2m.\n"
    rows, _ = run(tmp_path, body)
    assert [(r["provider"], r["value_gbp"]) for r in rows] == [("Alpha Ltd", 2_000_000)]
    body = (
        "Following the signing of the North Contract with Alpha Ltd and the South Contract "
        "with Beta Ltd, the contract value is £2m.\n"
    )
    rows, _ = run(tmp_path, body)
    assert [(r["provider"], r["area"], r["value_gbp"]) for r in rows] == [
        ("Alpha Ltd", None, None),
        ("Beta Ltd", None, None),
        (None, None, 2_000_000),
    ]


def test_block_provider_line_naming_several(tmp_path):
    body = """Contracts were signed as follows:
Provider: Alpha Ltd for North, and Beta Ltd for South
Contract Start Date: 1st April 2020
Contract Length: 4 years
The report continues with other matters.
"""
    rows, _ = run(tmp_path, body)
    assert [(r["provider"], r["area"], r["start_date"], r["term_years"]) for r in rows] == [
        ("Alpha Ltd", "North", "2020-04-01", 4),
        ("Beta Ltd", "South", "2020-04-01", 4),
    ]


def test_common_report_phrasings(tmp_path):
    body = """1.1 The contract was awarded to Kier Construction Ltd in March 2019 for a period of five years.
1.2 The current contract, held by Capita Business Services Ltd, expires on 31 March 2026.
1.3 KCC currently spends £3.5m per annum on this contract with Veolia.
1.4 The total contract value over the 7 year term is estimated at £14.2m.
1.5 The Council entered into a 10-year contract with Veolia ES (UK) Ltd in 2011 for waste disposal at a cost of £12m per annum.
Contract\tSupplier\tStart\tEnd\tAnnual Value (£)
Waste disposal\tVeolia\t01.04.2011\t31.03.2021\t12,000,000
Recycling\tBiffa\t1 April 2015\tMar-25\t2,500,000
"""  # noqa: E501
    rows, findings = run(tmp_path, body, "Waste Services Contract")
    assert [
        (
            r["service"],
            r["provider"],
            r["start_date"],
            r["end_date"],
            r["term_years"],
            r["value_gbp"],
            r["value_period"],
            r["approximate"],
        )
        for r in rows
    ] == [
        # 1.5 names the table's Veolia contract again ("a 10-year contract with Veolia ES (UK)
        # Ltd in 2011 for waste disposal at £12m per annum"): one contract, its term from 1.5.
        ("Waste disposal", "Veolia", "2011-04-01", "2021-03-31", 10, 12_000_000, "annual", False),
        ("Recycling", "Biffa", "2015-04-01", "Mar-25", None, 2_500_000, "annual", False),
        (None, "Kier Construction Ltd", None, None, 5, None, None, False),
        (None, "Capita Business Services Ltd", None, "2026-03-31", None, None, None, False),
        # 1.3 names no value cue and no provider pattern: not a row (precision over recall).
        ("Waste Services Contract", None, None, None, 7, 14_200_000, "total", True),
    ]
    assert [f.check for f in findings] == ["contract_date_unparsed"]


def test_provider_label_alone_without_contract_context_is_no_row(tmp_path):
    body = (
        "Indicator\tDefinition\tOwner\n"
        "Waiting times\tWeeks from referral. Provider: NHS Digital\tPublic Health\n"
        "Phones\tHandsets Provider: Vodafone\tExternal Provider\n"
    )
    rows, _ = run(tmp_path, body)
    assert [(r["service"], r["provider"]) for r in rows] == [("Phones", "Vodafone")]


def test_regression_one_provider_two_table_rows_stay_two_contracts(tmp_path):
    body = (
        "Service\tDescription\tInternal or External\n"
        "Email\tMail Provider: Microsoft Contract Value: £1m\tExternal Provider\n"
        "Office\tDesktop Provider: Microsoft Contract Value: £2m\tExternal Provider\n"
        "Office\tDesktop Provider: Microsoft Contract Value: £2m\tExternal Provider\n"
    )
    rows, _ = run(tmp_path, body)
    assert [(r["service"], r["provider"], r["value_gbp"]) for r in rows] == [
        ("Email", "Microsoft", 1_000_000),
        ("Office", "Microsoft", 2_000_000),
    ]


def test_record_of_decision_award_phrasing(tmp_path):
    body = """As Cabinet Member for Adult Social Care I agree to APPROVE the award of contracts for the provision of Home Care Services to Caring Hands Ltd for a period of 3 years from 1 April 2025 with the option to extend for up to 2 years.
The contract term is 3 + 2 years and the contract with Helping Homes Ltd will end on 31 March 2028.
"""  # noqa: E501
    rows, _ = run(tmp_path, body)
    assert [
        (
            r["service"],
            r["provider"],
            r["start_date"],
            r["end_date"],
            r["term_years"],
            r["extension_options"],
        )
        for r in rows
    ] == [
        (
            "Home Care Services",
            "Caring Hands Ltd",
            "2025-04-01",
            None,
            3,
            "option to extend for up to 2 years",
        ),
        (None, "Helping Homes Ltd", None, "2028-03-31", 3, "+ 2 years"),
    ]


def test_regression_term_before_a_service_with_and(tmp_path):
    # Kent cabinet minutes 30 Jan 2025: "a new two-year textiles and shoe recycling contract with
    # SAIT Recycling" lost its term once "and" was barred between the term and "contract".
    body = (
        "(b) KCC has secured a new two-year textiles and shoe recycling contract with\n"
        "SAIT Recycling, a company based in Queenborough, Kent.\n"
    )
    rows, _ = run(tmp_path, body)
    assert [(r["service"], r["provider"], r["term_years"]) for r in rows] == [
        ("textiles and shoe recycling", "SAIT Recycling", 2)
    ]


def test_group_term_statement_needs_one_group_of_contracts(tmp_path):
    body = (
        "Service\tDescription\tInternal or External\n"
        "Email\tMail Provider: Alpha Contract Value: £1m\tExternal Provider\n"
        "Office\tDesktop Provider: Beta Contract Value: £2m\tExternal Provider\n"
        "4.3 The contracts are for 5 years with an option to extend for 2 years.\n"
    )
    rows, _ = run(tmp_path, body)
    assert [(r["provider"], r["term_years"]) for r in rows] == [("Alpha", None), ("Beta", None)]


def test_signed_month_only_is_not_a_signed_date(tmp_path):
    body = "Contractor - Kappa Ltd\nContract Signature - August 2014\nContract Start Date - 2015\n"
    rows, findings = run(tmp_path, body)
    assert [(r["provider"], r["signed_date"], r["start_date"]) for r in rows] == [
        ("Kappa Ltd", None, "2015")
    ]
    assert [f.check for f in findings] == ["contract_date_unparsed"]


def test_label_lines_outside_tables(tmp_path):
    # A PDF whose service table has no ruling lines gives its cells as plain lines.
    body = """Provider: Acme Ltd Contract Period: 2016-2021 Contract Value: £3m
Wide area network for partners. Provider: DUCL Contract Period: 2014-2020 Contract Value: £24.5m
"""
    rows, _ = run(tmp_path, body)
    assert [
        (r["service"], r["provider"], r["start_date"], r["end_date"], r["value_gbp"]) for r in rows
    ] == [
        ("Contract Update", "Acme Ltd", "2016", "2021", 3_000_000),
        ("Wide area network for partners", "DUCL", "2014", "2020", 24_500_000),
    ]


FRAGMENTS = [
    "Provider: Acme Ltd",
    "Contract Value: £3.2m",
    "Contract Period: 2014-2020",
    "Contractor - ",
    "Contract Signature - 31st February 2015",
    "Contract Start Date – ",
    "Mid Kent",
    "\t",
    "\n",
    "the contract with Serco would end in ",
    "awarded to ",
    "Totals",
    "£",
    "(£5m)",
    "-£",
    "k",
    "commits the Council to spend approximately ",
    "per year for 3 years",
    " and ",
    ", ",
    "Provider\tArea\tContract End Date\tContract value per Annum\n",
    "Swanscombe - 25 years",
    "across the three contracts",
    "The contracts are for 5 years",
    "31/03/2025",
    "N/A",
    ".",
]


@given(
    st.lists(
        st.sampled_from(FRAGMENTS)
        | st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
        max_size=40,
    )
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_odd_layouts_never_raise(tmp_path, parts):
    rows, findings = run(tmp_path, "".join(parts))
    assert "contract_reader_failed" not in {f.check for f in findings}
    assert all(r["provider"] or r["value_gbp"] is not None for r in rows)


def test_contract_list_without_provider_column(tmp_path):
    body = (
        "Contract\tAnnual Value\tEnd Date\nHome to school transport\t£12.5m\t31/08/2027\n"
        "Budget line\t2023-24 £000\t2024-25 £000\n"
    )
    rows, _ = run(tmp_path, body)
    assert [
        (r["service"], r["provider"], r["value_gbp"], r["value_period"], r["end_date"])
        for r in rows
    ] == [("Home to school transport", None, 12_500_000, "annual", "2027-08-31")]
    body = "Contract\t2023-24 £000\t2024-25 £000\nWaste\t1,200\t1,300\nTransport\t900\t950\n"
    rows, _ = run(tmp_path, body)
    assert rows == []  # budget figures per contract line are not contract values


def test_table_broken_across_pages_continues(tmp_path):
    body = (
        "Provider\tArea\tContract End Date\tContract value per Annum\n"
        "Alpha Ltd\tNorth\t31/03/2025\t£100.00\nBeta Ltd\tSouth\t31/03/2025\t£50.00\n"
        "===== PAGE 2 =====\n"
        "Gamma Ltd\tEast\t31/03/2026\t£25.00\nTotals\t\t\t£175.00\n"
        "Authority\tPopulation\tSites\tPer 10,000\nKent\t370,000\t50\t1.3\nEssex\t1\t2\t3\n"
    )
    rows, findings = run(tmp_path, body)
    assert [(r["page"], r["provider"], r["value_gbp"]) for r in rows] == [
        (1, "Alpha Ltd", 100),
        (1, "Beta Ltd", 50),
        (2, "Gamma Ltd", 25),
    ]
    assert findings == []


def test_provider_table_of_indicators_is_not_a_contract_table(tmp_path):
    body = (
        "Provider\tIndicator\tLatest Value\nAcme Trust\tWaiting times\t85%\n"
        "Beta Trust\tDischarges\t12\n"
    )
    rows, _ = run(tmp_path, body)
    assert rows == []


def test_count_of_contracts_checked_against_providers(tmp_path):
    body = (
        "Service\tDescription\tInternal or External\n"
        "Cleaning\tOffices (three cleaning contracts) Provider: Brite for North, and Sparkle "
        "for South Contract Value: £400k\tExternal Provider\n"
        "Catering\tSchools (2 contracts) Provider: Chef Ltd, and Cook Ltd\tExternal\n"
    )
    rows, findings = run(tmp_path, body)
    assert len(rows) == 4
    assert [(f.check, f.record_ref) for f in findings] == [
        ("contract_count_mismatch", "Brite"),
        ("contract_count_mismatch", "Sparkle"),
    ]


def test_regression_text_table_rows_are_not_reread_as_lines(tmp_path):
    # Seed 001 building maintenance: the tab row was also read as a line, adding a second
    # "summed" finding whose value text ran into the next cell.
    body = (
        "Service\tDescription\tInternal or External\n"
        "Maintenance\tTesting. Provider: Aecom Contract Value: Revenue £2.8m, Capital £9.0m\t"
        "Partly In-house, Partly Commissioned Service.\n"
    )
    rows, findings = run(tmp_path, body)
    assert [(r["provider"], r["value_gbp"], r["value_text"]) for r in rows] == [
        ("Aecom", 11_800_000, "Revenue £2.8m, Capital £9.0m")
    ]
    assert [f.message for f in findings] == [
        "value 'Revenue £2.8m, Capital £9.0m' read as the sum £11,800,000"
    ]


def test_several_providers_in_one_contract_sentence(tmp_path):
    body = (
        "The Cabinet Member agreed to extend the contracts with Millmead and Seashells "
        "until 31 March 2025.\nThe contracts were awarded to Alpha Ltd, Beta Ltd and Gamma "
        "plc.\n"
    )
    rows, _ = run(tmp_path, body)
    assert [(r["provider"], r["end_date"]) for r in rows] == [
        ("Millmead", "2025-03-31"),
        ("Seashells", "2025-03-31"),
        ("Alpha Ltd", None),
        ("Beta Ltd", None),
        ("Gamma plc", None),
    ]


def test_record_of_decision_capitals(tmp_path):
    body = (
        "As Cabinet Member I agree to AWARD the Contract for waste haulage to Haul Co Ltd for "
        "a period of 4 years, and to EXTEND the Contract with Move Ltd until 30 June 2026.\n"
    )
    rows, _ = run(tmp_path, body)
    assert [(r["service"], r["provider"]) for r in rows] == [
        ("waste haulage", "Haul Co Ltd"),
        (None, "Move Ltd"),
    ]


def test_value_with_amounts_for_different_periods_is_left_empty(tmp_path):
    body = "Contractor - Zed Ltd\nContract Value - £2m capital and £300k per annum\n"
    rows, findings = run(tmp_path, body)
    assert [(r["provider"], r["value_gbp"], r["value_text"]) for r in rows] == [
        ("Zed Ltd", None, "£2m capital and £300k per annum")
    ]
    assert [f.check for f in findings] == ["contract_value_ambiguous"]
