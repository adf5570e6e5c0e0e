"""Review of round 37's fix K4 (KPIs printed as blocks of labelled lines over a row of their
periods' figures): the cases the review found read wrong, each on a small paper a council
could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, pdf_kpis, source_lines

TARGET = "Target 2027/28:\t90%"
QUARTERS = "|- Q1 | Q2 | Q3 | Q4 |"
FIGURES = "| 88.0% | 91.5% | 93.2% | TBC |"


def _report(*blocks: str, footer: bool = False) -> str:
    return source_lines(
        "%% header Brindlecombe Borough Council",
        *(["%% footer Communities Scrutiny Panel - 9 March 2028 - {page}/{pages}"]
          if footer else []),
        "## Communities Directorate: Performance Report Quarter 3 2027/28",
        "Meeting:\tCommunities Scrutiny Panel",
        "Date:\t9 March 2028",
        "** Introduction",
        "This report sets out performance against the directorate's key performance",
        "indicators for 2027/28, each with its target and its figure for each quarter.",
        "--- page ---",
        *blocks,
        "** Background papers",
        "None.",
    )


def _block(heading: str, rating: str = "Latest RAG (Q3):\t**Green**") -> list[str]:
    return [heading, TARGET, QUARTERS, FIGURES, rating, "Outturn 2026/27:\t87.1%"]


def test_regression_row_of_no_figures_is_no_block(tmp_path: Path) -> None:
    """A row of quarters over a row printing no figure (a reporting timetable's months, a
    project's stages) with a "Status" line made a KPI of nothing, or of the project's status."""
    source = _report(
        "** Performance reporting timetable",
        QUARTERS,
        "| July 2027 | October 2027 | January 2028 | April 2028 |",
        "Status:\tAgreed",
        "** New leisure centre",
        QUARTERS,
        "| Design | Tender | Build | Open |",
        "Status:\t**Green**",
    )
    assert kpi_rows(source, tmp_path) == []


def test_regression_activity_block_with_no_target_set_is_no_kpi(tmp_path: Path) -> None:
    """An activity indicator's block saying it has no target and no rating ("Target: n/a",
    "RAG: Data only") measures against nothing, as one printing neither does: it was a KPI."""
    source = _report(
        "** CM7  Visits to the borough's libraries",
        "Target:\tn/a",
        QUARTERS,
        "| 41,220 | 44,903 | 39,817 | TBC |",
        "RAG:\tData only",
        "** CM8  Calls to the contact centre",
        "Target:\tNo target (data only)",
        QUARTERS,
        "| 18,204 | 17,950 | 19,311 | TBC |",
    )
    assert kpi_rows(source, tmp_path) == []


def test_regression_rating_naming_a_period_the_row_does_not_print(tmp_path: Path) -> None:
    """A rating naming its month over a row of quarters ("Latest rating (December)") found no
    column of that name, and the block's latest figure was lost: the last printed is it."""
    source = _report(*_block("** CM1  Fly-tipping cleared within two working days",
                             rating="Latest rating (December):\t**Green**"))
    assert kpi_rows(source, tmp_path) == [("CM1", 93.2, "green")]


def test_regression_heading_of_code_colon_name(tmp_path: Path) -> None:
    """A heading parting its code from the name by a colon ("CM2: Missed bins ...") read as a
    field's line: no block opened, its measure was lost."""
    source = _report(
        *_block("** CM2: Missed bin collections put right the next working day"),
        *_block("CM3: Street lights repaired within seven days",
                rating="Latest RAG (Q3):\t**Amber**"),
    )
    assert kpi_rows(source, tmp_path) == [
        ("CM2", 93.2, "green"), ("CM3", 93.2, "amber")]


def test_regression_name_wrapped_over_two_lines(tmp_path: Path) -> None:
    """A long name wrapped onto a second line (begun in lower case): the second line was
    running prose, which ended the block before its fields."""
    source = _report(
        "** CM4  Percentage of fly-tipping incidents on public land cleared within two",
        "working days of being reported",
        TARGET, QUARTERS, FIGURES, "Latest RAG (Q3):\t**Green**",
    )
    (kpi,) = pdf_kpis(source, tmp_path)
    assert (kpi.ref, kpi.latest_value, kpi.latest_rag) == ("CM4", 93.2, "green")
    assert kpi.description.endswith("within two working days of being reported")


def test_regression_block_split_over_a_page(tmp_path: Path) -> None:
    """A block split at a page's foot: the running footer between its lines (and between its
    period row and its figures) read as prose, ending the block: its measure was lost."""
    blocks = [line for i in range(1, 9) for line in _block(f"** CM{i}  Measure number {i}")]
    split_fields = [*blocks[:25], "--- page ---", *blocks[25:]]
    split_rows = [*blocks[:27], "--- page ---", *blocks[27:]]
    expected = [(f"CM{i}", 93.2, "green") for i in range(1, 9)]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert kpi_rows(_report(*split_fields, footer=True), tmp_path / "a") == expected
    assert kpi_rows(_report(*split_rows, footer=True), tmp_path / "b") == expected


def test_regression_rating_and_target_printed_beside_the_periods(tmp_path: Path) -> None:
    """A block printing its rating (and its target) as cells of the period row ("Q1 | ... |
    Q4 | RAG" over "... | TBC | Amber", "Target | Q1 | ..." ruled) was no period row: lost."""
    source = _report(
        "** CM5  Household waste sent for reuse, recycling and composting",
        TARGET,
        "|- Q1 | Q2 | Q3 | Q4 | RAG |",
        "| 49.5% | 50.8% | 53.1% | TBC | Amber |",
        "** CM6  Food premises inspected on time",
        "| Target | Q1 | Q2 | Q3 | Q4 | Rating |",
        "| 95% | 96% | 94% | 97% | TBC | Green |",
    )
    assert kpi_rows(source, tmp_path) == [("CM5", 53.1, "amber"), ("CM6", 97.0, "green")]


def test_regression_budget_block_with_quarterly_forecasts_is_no_kpi(tmp_path: Path) -> None:
    """A budget monitor's block per service (its forecast outturn each quarter, its variance,
    a rating) was read as a measure: a forecast or variance in pounds is a sum's, no KPI."""
    source = _report(
        "** Adult Social Care",
        "Forecast outturn:\t£41.2m",
        QUARTERS,
        "| £40.1m | £40.8m | £41.2m | TBC |",
        "RAG:\t**Red**",
        "** Highways and Transport",
        QUARTERS,
        "| £12.0m | £12.3m | £12.2m | TBC |",
        "Variance:\t£0.4m",
        "Status:\t**Amber**",
    )
    assert kpi_rows(source, tmp_path) == []


def test_regression_row_of_months_set_close(tmp_path: Path) -> None:
    """A monthly block's twelve months set too close for their gaps to part them into cells
    ("Apr May Jun ... Mar") was no period row: the block was lost. Its rating naming a quarter
    the row does not print takes the last month printing a figure."""
    source = _report(
        "** CM9  Calls answered within 60 seconds",
        TARGET,
        "|- Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | Jan | Feb | Mar |",
        "| 88% | 89% | 90% | 91% | 92% | 90% | 91% | 94% | 95% | TBC | TBC | TBC |",
        "Latest RAG (Q3):\t**Green**",
    )
    assert kpi_rows(source, tmp_path) == [("CM9", 95.0, "green")]


def test_regression_rating_letter_after_the_latest_figure(tmp_path: Path) -> None:
    """A block rating each quarter by a letter in brackets after its figure ("93.2% (G)") and
    printing no rating line: its figures read as none (no KPI value) and its rating was lost."""
    source = _report(
        "** CM10  Invoices paid within 30 days",
        TARGET,
        QUARTERS,
        "| 88.0% (A) | 91.5% (G) | 93.2% (G) | TBC |",
    )
    assert kpi_rows(source, tmp_path) == [("CM10", 93.2, "green")]


def test_regression_bilingual_rating_label(tmp_path: Path) -> None:
    """A Welsh council's block labels its rating in both languages ("Statws RAG / RAG status
    (Ch3 / Q3)"), longer than a label of one language may be: no rating was read."""
    source = _report(
        "** CM11  Tipio anghyfreithlon wedi'i glirio / Fly-tipping cleared",
        "Targed / Target 2027/28:\t90%",
        "|- Ch1 / Q1 | Ch2 / Q2 | Ch3 / Q3 | Ch4 / Q4 |",
        FIGURES,
        "Statws RAG / RAG status (Ch3 / Q3):\t**Gwyrdd / Green**",
    )
    assert kpi_rows(source, tmp_path) == [("CM11", 93.2, "green")]
