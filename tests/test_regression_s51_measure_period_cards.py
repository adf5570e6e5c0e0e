"""KPI cards naming their measure by a label ("Measure:", "Indicator:", "PI:") that print
their figures in a row of periods ("Q1 | Q2 | Q3 | Q4" over the quarters' figures), a rating
naming its period ("RAG (Q3): Green"), then last year's outturn and next year's target: the
cards reader, seeing no period row, took the outturn as the latest figure, and the period-block
reader never ran. Each case on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, pdf_kpis, source_lines

QUARTERS = "|- Q1 | Q2 | Q3 | Q4 |"
FIGURES = "| 93.0% | 94.1% | 96.2% | TBC |"


def _report(*blocks: str) -> str:
    return source_lines(
        "%% header Marlow Vale District Council",
        "## Housing and Communities: Performance Report Quarter 3 2026/27",
        "Meeting:\tHousing Overview Committee",
        "Date:\t4 February 2027",
        "** Introduction",
        "This report sets out performance against the council's key indicators for 2026/27,",
        "each with its target and its figure for each quarter of the year.",
        "--- page ---",
        *blocks,
        "** Background papers",
        "None.",
    )


def _card(opening: str, rating: str = "RAG (Q3):\t**Green**") -> list[str]:
    return [opening, "Target:\t95%", QUARTERS, FIGURES, rating,
            "Outturn 2025/26:\t91.4%", "Target 2027/28:\t96%"]


def test_regression_measure_card_value_is_the_rated_period_not_the_outturn(
        tmp_path: Path) -> None:
    """The figure of the period the rating names (Q3), not last year's outturn nor next
    year's target, whichever label names the measure."""
    source = _report(
        *_card("Measure:\tRent collected as a percentage of rent due"),
        *_card("Indicator:\tRepairs completed on the first visit",
               rating="RAG (Q3):\t**Amber**"),
        *_card("PI:\tEmpty homes relet within 28 days"),
        *_card("Measure HS04:\tTenants satisfied with the repairs service"),
    )
    kpis = pdf_kpis(source, tmp_path)
    assert [(k.ref or k.description, k.latest_value, k.target, k.latest_rag, k.period)
            for k in kpis] == [
        ("Rent collected as a percentage of rent due", 96.2, 95.0, "green", "Q3"),
        ("Repairs completed on the first visit", 96.2, 95.0, "amber", "Q3"),
        ("Empty homes relet within 28 days", 96.2, 95.0, "green", "Q3"),
        ("HS04", 96.2, 95.0, "green", "Q3"),
    ]


def test_regression_unrated_period_card_takes_the_last_printed_period(tmp_path: Path) -> None:
    """With no period named by a rating, the last period printing a figure (Q4 "TBC" is not
    reported yet), never the outturn."""
    source = _report(*_card("Measure:\tCouncil tax collected in year",
                            rating="RAG:\t**Green**"))
    assert kpi_rows(source, tmp_path) == [("Council tax collected in year", 96.2, "green")]


def test_regression_plain_cards_beside_period_cards_each_read_once(tmp_path: Path) -> None:
    """A card with no period row (its "Actual:" its latest) beside cards with one: each read,
    once, in the paper's order."""
    source = _report(
        *_card("Measure:\tRent collected as a percentage of rent due"),
        "Measure:\tHomeless households in temporary accommodation",
        "Actual:\t212",
        "Target:\t180",
        "RAG:\t**Red**",
        *_card("Measure:\tEmpty homes relet within 28 days"),
    )
    assert kpi_rows(source, tmp_path) == [
        ("Rent collected as a percentage of rent due", 96.2, "green"),
        ("Homeless households in temporary accommodation", 212.0, "red"),
        ("Empty homes relet within 28 days", 96.2, "green"),
    ]


def test_regression_activity_budget_and_risk_cards_with_period_rows_are_no_kpis(
        tmp_path: Path) -> None:
    """Cards printing a period row that measure nothing against a target: an activity's
    ("Target: n/a", "RAG: Data only"), a budget's (its quarters' forecasts in millions), a
    risk's (its quarterly scores against a target score): the cards reader read each as a KPI
    of its outturn line."""
    source = _report(
        "Measure:\tVisits to the district's libraries",
        "Target:\tn/a",
        QUARTERS,
        "| 41,220 | 44,903 | 39,817 | TBC |",
        "RAG:\tData only",
        "Outturn 2025/26:\t160,114",
        "Measure:\tAdult social care budget",
        "Budget:\t£41.2m",
        "Target:\tBreak even",
        QUARTERS,
        "| £40.1m | £40.8m | £41.2m | TBC |",
        "RAG (Q3):\t**Red**",
        "Outturn 2025/26:\t£39.9m",
        "Measure:\tFailure of the housing management system",
        "Target score:\t6",
        QUARTERS,
        "| 16 | 12 | 12 | TBC |",
        "RAG (Q3):\t**Amber**",
        "Outturn 2025/26:\t16",
    )
    assert kpi_rows(source, tmp_path) == []


RATED_TABLE = [
    "** Corporate indicators",
    "|- Ref | Indicator | Target | Q3 2026/27 | RAG |",
    "| CP1 | Council tax collected in year | 97.5% | 97.9% | Green |",
    "| CP2 | Invoices paid within 30 days | 95% | 91.0% | Amber |",
]


def test_regression_blocks_after_a_rated_table_are_read(tmp_path: Path) -> None:
    """A rated table, then measures printed as blocks with their period rows (a code heading,
    or a "Measure:" card): the block reader ran only where no other reader found a KPI, and
    the blocks were lost."""
    source = _report(
        *RATED_TABLE,
        "** HS1  Rent collected as a percentage of rent due",
        "Target:\t95%", QUARTERS, FIGURES, "RAG (Q3):\t**Green**", "Outturn 2025/26:\t91.4%",
        *_card("Measure:\tEmpty homes relet within 28 days", rating="RAG (Q3):\t**Red**"),
    )
    assert kpi_rows(source, tmp_path) == [
        ("CP1", 97.9, "green"), ("CP2", 91.0, "amber"), ("HS1", 96.2, "green"),
        ("Empty homes relet within 28 days", 96.2, "red"),
    ]


def test_block_of_a_measure_the_table_holds_is_read_once(tmp_path: Path) -> None:
    """A measure in the rated table and again as a block (by its code, or by its name with
    no code) is one KPI: the table's row."""
    source = _report(
        *RATED_TABLE,
        "** CP2  Invoices paid within 30 days",
        "Target:\t95%", QUARTERS, "| 93.0% | 92.1% | 91.0% | TBC |", "RAG (Q3):\t**Amber**",
        "Outturn 2025/26:\t94.4%",
        *_card("Measure:\tCouncil tax collected in year"),
    )
    assert kpi_rows(source, tmp_path) == [("CP1", 97.9, "green"), ("CP2", 91.0, "amber")]


def test_blocks_after_a_table_measuring_nothing_are_no_kpis(tmp_path: Path) -> None:
    """After a rated table, an activity's block ("Target: n/a"), a budget's (its forecasts in
    millions) and a risk's (its quarterly scores) are no KPIs there either."""
    source = _report(
        *RATED_TABLE,
        "** CM7  Visits to the district's libraries",
        "Target:\tn/a", QUARTERS, "| 41,220 | 44,903 | 39,817 | TBC |", "RAG:\tData only",
        "** Adult social care",
        "Forecast outturn:\t£41.2m", QUARTERS, "| £40.1m | £40.8m | £41.2m | TBC |",
        "RAG (Q3):\t**Red**",
        "Measure:\tFailure of the housing management system",
        "Target score:\t6", QUARTERS, "| 16 | 12 | 12 | TBC |", "RAG (Q3):\t**Amber**",
    )
    assert kpi_rows(source, tmp_path) == [("CP1", 97.9, "green"), ("CP2", 91.0, "amber")]
