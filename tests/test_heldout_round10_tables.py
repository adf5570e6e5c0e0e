"""Regression tests for the KPI and contract layout misses of held-out round 10's blind
batches (Q-T) that remain with the text layer's marks stripped: a scorecard appended to minutes
or set in an officer report, a table rating each row against a benchmark whose measure and
value columns go by the subject's own words, and contract tables printed without rules. Small
papers in other councils' words, each with a guard of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import heldout_accuracy
from kcc_papers.extract import contracts, kpis
from kcc_papers.extract.contracts.paragraphs import sentence_drafts
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.models import Contract, Kpi

KpiRow = tuple[str | None, float | None, str | None]


def _pdf(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def _kpis(source: str, tmp_path: Path) -> dict[str, list[KpiRow]]:
    """Each document's KPI rows, by its kind."""
    found: dict[str, list[KpiRow]] = {}
    for ctx in contexts(_pdf(source, tmp_path)):
        rows = found.setdefault(ctx.document.kind, [])
        if kpis.KINDS is None or ctx.document.kind in kpis.KINDS:
            rows += [(k.ref, k.latest_value, k.latest_rag)
                     for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    return found


MINUTES_WITH_SCORECARD = """\
## NORTHBRIDGE HEALTH AND WELLBEING BOARD
** Minutes of the meeting held on Tuesday 3 March 2026 at 10.00 am, Town Hall, Northbridge
Present: Councillor A Hale (Chair), Dr P Moss, Ms R Quinn
** HWB 25/40 Apologies
Apologies were received from Mr T Lowe.
** HWB 25/41 Strategy scorecard
The Director of Public Health presented the scorecard at Appendix A.
**Resolved:** That the scorecard be noted.
--- page landscape ---
** Appendix A - Health and Wellbeing Strategy Scorecard, Quarter 3 2025/26
{table}
"""

BORDERLESS = """\
|- Ref | Indicator | Period | Ambition | Latest | Previous | Status |
| H1 | Children walking or cycling to school (%) | 2025 | 50.0 | 47.2 | 45.9 | Amber |
| H2 | Adults smoking (%) | 2025 | 10.0 | 9.1 | 9.8 | Green |
| H3 | Hospital admissions for self-harm (rate per 100,000) | Q3 2025/26 | 150 | 188 | 176 | Red |
"""

RULED = """\
| No. | Measure | Target | Actual | RAG |
| WB1 | Physically active adults (%) | 65.0 | 66.4 | Green |
| WB2 | Uptake of health checks (%) | 40.0 | 35.5 | Red |
"""


def test_regression_a_scorecard_appended_to_minutes_is_read(tmp_path: Path) -> None:
    """Minutes whose appendix (headed as a section, so part of the minutes) is the board's
    scorecard: its rated rows were never read, the KPI reader running on performance reports
    alone (round 10: a health and wellbeing board's minutes, 10 KPIs missed)."""
    for table, want in (
        (BORDERLESS, [("H1", 47.2, "amber"), ("H2", 9.1, "green"), ("H3", 188.0, "red")]),
        (RULED, [("WB1", 66.4, "green"), ("WB2", 35.5, "red")]),
    ):
        found = _kpis(MINUTES_WITH_SCORECARD.format(table=table), tmp_path)
        assert found.get("minutes") == want, found


TREASURY_REPORT = """\
## Oakfield Borough Council
Report to: Audit Committee - 12 February 2026
** Treasury management mid-year review 2025/26
Report of: Chief Finance Officer
** 1. Summary
1.1 This report sets out the Council's treasury management activity and its prudential
indicators for the first half of the year.
** 2. Prudential indicators
| Ref | Indicator | Limit | Actual | Previous |
| PI1 | Upper limit on fixed rate exposure (%) | 100 | 78 | 81 |
| PI2 | Upper limit on variable rate exposure (%) | 30 | 12 | 9 |
"""


def test_regression_a_reports_unrated_table_is_no_dashboard(tmp_path: Path) -> None:
    """Guard: in an officer report (not a performance report) only rows that print a figure
    and its rating are KPIs; a table of indicators and limits with no rating stays out."""
    found = _kpis(TREASURY_REPORT, tmp_path)
    assert not any(found.values()), found


FUND_REPORT = """\
## Eastmoor County Council
Report to: Pension Fund Committee - 9 July 2026
** Investment performance to 31 March 2026
Report of: Director of Finance
** 1. Summary
1.1 This report sets out the performance of the Fund's mandates over the year against their
benchmarks. A mandate is rated green at or above its benchmark, amber up to 0.5% below it and
red further below.
** 2. Performance
{table}
"""

FUND_TABLE = """\
|# Code | Mandate | Manager | Fund return 1 year (%) | Benchmark (%) | Relative (%) | RAG |
| EP1 | Total Fund | All managers | 6.2 | 5.9 | +0.3 | Green |
| EP2 | Property | Pooled property fund | 1.4 | 2.6 | -1.2 | Red |
| EP3 | Global equities | Pool equity fund | 9.1 | 9.4 | -0.3 | Amber |
"""

SERVICE_TABLE = """\
| Ref | Service | Lead | Outturn 2025/26 | Comparator (median) | Rating |
| LS1 | Library visits per 1,000 residents | Head of Libraries | 3,120 | 2,950 | Green |
| LS2 | Leisure centre attendances | Head of Leisure | 402,000 | 455,000 | Red |
"""


def test_regression_a_table_rated_against_a_benchmark_names_its_columns_by_subject(
        tmp_path: Path) -> None:
    """A report rating each mandate against its benchmark ("Code | Mandate | Manager | Fund
    return 1 year (%) | Benchmark (%) | Relative (%) | RAG"): no column is headed "Indicator"
    or "Actual", so no header was found and no row read (round 10: a pension fund's 7 mandates
    missed); a one-word mandate ("Property") was no description either."""
    found = _kpis(FUND_REPORT.format(table=FUND_TABLE), tmp_path)
    assert found.get("report") == [("EP1", 6.2, "green"), ("EP2", 1.4, "red"),
                                   ("EP3", 9.1, "amber")], found
    # a value column named ("Outturn"), the measure going by the service's word: a report
    # whose head names its outturn is a performance report
    found = _kpis(FUND_REPORT.format(table=SERVICE_TABLE), tmp_path)
    assert found.get("performance_report") == [("LS1", 3120.0, "green"),
                                               ("LS2", 402000.0, "red")], found


def test_the_rated_by_subject_header_keeps_to_rated_tables() -> None:
    """Guards: the subject's own columns are read only under a header naming a ref, a rating
    and the figure compared with; a risk table's scores are not a measure's value."""
    below = ["EP1", "Total Fund", "All managers", "6.2", "5.9", "Green"]
    rated = read_header(["Code", "Mandate", "Manager", "Return (%)", "Benchmark (%)", "RAG"],
                        below)
    assert rated is not None
    assert rated.roles == ["ref", "description", None, "latest", "comparator", "rag"]
    # no rating column
    assert read_header(["Code", "Mandate", "Manager", "Return (%)", "Benchmark (%)", "Notes"],
                       below) is None
    # no figure compared with
    assert read_header(["Code", "Mandate", "Manager", "Return (%)", "Fee (%)", "RAG"],
                       below) is None
    # a risk table: its current score against a target score
    risk_below = ["R1", "Loss of data centre", "Head of ICT", "12", "6", "Amber"]
    assert read_header(["Ref", "Risk", "Owner", "Current score", "Target", "RAG"],
                       risk_below) is None


def _contracts(source: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    return [(c.provider, c.value_gbp) for ctx in contexts(_pdf(source, tmp_path))
            if contracts.KINDS is None or ctx.document.kind in contracts.KINDS
            for c in contracts.extract(ctx) if isinstance(c, Contract)]


WAIVERS_REPORT = """\
## Harrowdale District Council
Report to: Audit Committee - 20 November 2026
** Procurement: exemptions from Contract Procedure Rules
Report of: Head of Finance
** 1. Recommendation
1.1 That the Committee notes the exemptions approved in the half-year.
** 2. Exemptions approved
2.1 Each exemption below was approved and the contract let to the supplier named.
|- Exemption | Requirement | Supplier | Value (£) | Reason |
| EX/14 | Emergency roof repairs at the depot | Castleford Roofing Ltd | 22,300 | Urgent works |
| EX/15 | Housing system licences | Hestia Software Ltd | 48,750 | Sole supplier |
| EX/16 | Conservation of the museum's clock | Ambrose Horology | 9,600 | Only specialist |
"""

REGISTER_OVER_PAGES = """\
## Fenmarsh Borough Council
Report to: Cabinet - 1 October 2026
** Contracts register: half-year update
Report of: Head of Procurement
** 1. Summary
1.1 The register below lists every contract in force over £100,000, with its provider and
total value.
--- page ---
** Appendix 1: Contracts register
|- Ref | Contract | Provider | Term | Total value (£) |
| CR1 | Waste collection | Tidyway Environmental Ltd | 2022 - 2030 | 48,000,000 |
| CR2 | Leisure centres management | Active Fen Trust | 2023 - 2033 | 6,500,000 |
| --- page, header not repeated --- |
| CR3 | Housing repairs and voids | Brickline Maintenance Ltd | 2024 - 2029 | 21,400,000 |
| CR4 | Payroll bureau service | Paywise Solutions LLP | 2025 - 2028 | 310,000 |
"""


def test_regression_a_contract_table_printed_without_rules_is_read(tmp_path: Path) -> None:
    """A table of contracts printed without rules (a word processor's table with its borders
    off): the contract reader read PDF tables from their rules alone, so a table of waivers
    (round 10: a national park's 4 waivers, each "the contract let to the supplier named")
    and a register run over two pages without its header printed again gave no row."""
    assert _contracts(WAIVERS_REPORT, tmp_path) == [
        ("Castleford Roofing Ltd", 22300.0), ("Hestia Software Ltd", 48750.0),
        ("Ambrose Horology", 9600.0)]
    assert _contracts(REGISTER_OVER_PAGES, tmp_path) == [
        ("Tidyway Environmental Ltd", 48000000.0), ("Active Fen Trust", 6500000.0),
        ("Brickline Maintenance Ltd", 21400000.0), ("Paywise Solutions LLP", 310000.0)]


def _sentence_rows(text: str) -> list[tuple[str | None, float | None]]:
    return [(d.provider, d.value_gbp) for d in sentence_drafts([(1, text)], None)]


def test_regression_an_award_naming_its_works_in_full_is_read() -> None:
    """An award whose recommendation names the works, where and for whom in full before the
    firm ("award the contract for the bulk haulage of residual waste from three transfer
    stations to the energy recovery facility to X"): the service was allowed 100 characters,
    so no provider was read and the value stood alone (round 10: a waste partnership's and a
    combined authority's awards)."""
    rows = _sentence_rows(
        "award the contract for the collection and treatment of clinical and offensive waste "
        "from the council's eleven care homes, four day centres and the two respite units at "
        "Elm Lodge to Carewaste Solutions Ltd for four years from 1 April 2027 at an estimated "
        "value of £1,240,000; and")
    assert rows == [("Carewaste Solutions Ltd", 1240000.0)]
    rows = _sentence_rows(
        "to approve the award of a contract for the supply, installation and maintenance of "
        "real-time passenger information displays at 140 bus stops across the northern "
        "districts to Signalway Transit Systems Ltd for a total contract value of £2,118,400;")
    assert rows == [("Signalway Transit Systems Ltd", 2118400.0)]


def test_regression_an_estimated_total_cost_is_the_awards_value() -> None:
    """"at an estimated total cost of £1,380,000": two words between "an" and "cost" (round 10:
    a pension fund's custody award read without its value)."""
    rows = _sentence_rows(
        "That the Committee awards the contract for actuarial services to Pelham Actuaries LLP "
        "for four years from 1 April 2027, at an estimated total cost of £640,000.")
    assert ("Pelham Actuaries LLP", 640000.0) in rows
    assert all(value in (None, 640000.0) for _, value in rows)


def test_regression_an_extension_with_its_provider_named_has_the_extensions_value() -> None:
    """An extension that names whom the contract is with ("the extension of the repairs
    contract with X for a further 12 months ... at an estimated value of £5,640,000") is that
    provider's row at the extension's value (round 10: a housing ALMO's board); one naming no
    provider still gives no provider-less value (the corpus sample pack's case)."""
    rows = _sentence_rows(
        "That the Cabinet approves the extension of the highways lighting contract with Lumen "
        "Street Services Ltd for a further two years from 1 April 2027, as allowed by the "
        "contract, at an estimated value of £3,200,000.")
    assert rows == [("Lumen Street Services Ltd", 3200000.0)]
    assert _sentence_rows(
        "That the Cabinet approves the extension of the highways lighting contract for a "
        "further two years from 1 April 2027 at an estimated value of £3,200,000.") == []


QUOTATIONS_MINUTES = """\
## ASHCOMBE TOWN COUNCIL
** Minutes of the Meeting of the Amenities Committee held on Monday 11 May 2026 at 7.00 pm
Present: Cllr J Wren (Chairman), Cllr S Abbott, Cllr M Kaur
** 26/31 Play area safety surfacing
{lead_in}
| Contractor | Price | Notes |
| Softfall Surfaces Ltd | £8,450 | Wetpour, ten-year guarantee |
| Playsafe Installations | £7,900 | Rubber mulch, five-year guarantee |
| Brookside Landscapes Ltd | £9,120 | Wetpour, includes the fencing |
**RESOLVED:** that the quotation of Softfall Surfaces Ltd of £8,450 be accepted.
"""


def test_regression_a_table_of_quotations_obtained_is_of_offers(tmp_path: Path) -> None:
    """A table of quotations under a sentence with its verb first ("The Clerk had obtained
    three quotations for ...", "Officers sought three quotes"): its rows were read as
    contracts, the losing quotations with them (round 10: a parish's grounds maintenance, 2
    false rows); the one the meeting accepted is the contract."""
    for lead_in in ("The Clerk had obtained three quotations for replacing the surfacing:",
                    "Officers sought three quotes for the work, set out below:"):
        found = _contracts(QUOTATIONS_MINUTES.format(lead_in=lead_in), tmp_path)
        assert found == [("Softfall Surfaces Ltd", 8450.0)], (lead_in, found)


VALUED_FUND_TABLE = """\
|# Code | Mandate | Manager | Market value (£m) | Fund return 1 year (%) | Benchmark (%) | RAG |
| EP1 | Total Fund | All managers | 4,812.5 | 6.2 | 5.9 | Green |
| EP2 | Property | Pooled property fund | 402.3 | 1.4 | 2.6 | Red |
| EP3 | Global equities | Pool equity fund | 1,920.0 | 9.1 | 9.4 | Amber |
"""


def test_regression_the_figure_rated_is_the_one_beside_its_benchmark(tmp_path: Path) -> None:
    """A fund's table printing each mandate's size before its return ("Market value (£m) |
    Fund return 1 year (%) | Benchmark (%) | RAG"): the figure rated against the benchmark
    is the one printed beside it, not the first figure of the row (the £4,812.5m the fund
    holds is no 6.2% return)."""
    found = _kpis(FUND_REPORT.format(table=VALUED_FUND_TABLE), tmp_path)
    assert found.get("report") == [("EP1", 6.2, "green"), ("EP2", 1.4, "red"),
                                   ("EP3", 9.1, "amber")], found
