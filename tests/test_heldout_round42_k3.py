"""Regression tests for the misses of held-out round 42's family K3 (KPI tables and the packs
holding them): a pack's report headed by a line naming its meeting over its title set as a
heading and "Report by:" (no "Title:" label); a table of counts by place, as many columns as
the dashboard above it, whose columns are named at length; a last year's rating column printed
before the value it is set against ("2025/26 rating | Outturn 2026/27 | RAG"); and a contract
merely in force told as a sum "paid under the ... contract with X Ltd, which runs to 2031".
Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, kpi_rows, pack_documents, source_lines

_AGENDA = (
    "## Ravensholt District Council",
    "!! Environment Committee",
    "Date:\tTuesday 14 November 2028",
    "Time:\t7.00 pm",
    "Place:\tCouncil Chamber, Town Hall",
    "** AGENDA",
    "1. Apologies for absence",
    "2. Declarations of interest",
    "3. Waste Collection Performance 2027/28",
    "4. Street Cleansing Standards Review",
)


def _report(heading: str, title: str, recommendation: str) -> tuple[str, ...]:
    return (
        "--- page ---",
        f"!! {heading}",
        f"** {title}",
        "Report by:\tHead of Environmental Services",
        "Wards:\tAll",
        "** Recommendation",
        recommendation,
        "** 1. Background",
        "1.1 The service was last reviewed by the Committee in 2026 and has been delivered by "
        "the Council's own crews since then without significant change.",
    )


def _pack(heading: str) -> str:
    return source_lines(
        *_AGENDA,
        *_report(heading, "Waste Collection Performance 2027/28",
                 "That the Committee notes the performance of the waste collection service."),
        *_report(heading, "Street Cleansing Standards Review",
                 "That the Committee approves the revised street cleansing standards."),
    )


def test_title_heading_and_author_label_under_a_meeting_heading_start_a_report(
        tmp_path: Path) -> None:
    """Before, a report headed by a line naming its meeting ("Environment Committee - 14
    November 2028"), its title in heading type under it and "Report by:" under that, started
    no paper: one label is fewer than a header block's three, and "Title:" was looked for
    beside the author's label. The title set as a heading is the same head as a labelled one:
    the pack was one agenda holding both reports."""
    docs = pack_documents(_pack("Environment Committee - 14 November 2028"), tmp_path)
    assert docs == [("agenda", "2028-11-14", "Environment Committee"),
                    ("report", "2028-11-14", "Environment Committee"),
                    ("report", "2028-11-14", "Environment Committee")]


def test_title_heading_under_a_line_naming_no_meeting_starts_nothing(tmp_path: Path) -> None:
    """Guard: the same head under a line naming no meeting (no body and date: a department's
    name) starts no paper by this rule."""
    docs = pack_documents(_pack("Environmental Services Directorate"), tmp_path)
    assert [d[0] for d in docs] == ["agenda"]


_DASHBOARD = (
    "## Ravensholt District Council",
    "!! Environment Committee",
    "** Waste Collection Performance Report",
    "Report to:\tEnvironment Committee",
    "Meeting date:\t14 November 2028",
    "Author:\tHead of Environmental Services",
    "** 1. Indicators",
    "|# Code | Measure | Target | Q1 2028/29 | Q2 2028/29 | RAG |",
    "| WC1 | Bins collected on the scheduled day | 99% | 99.2% | 99.5% | {#00b050}Green |",
    "| WC2 | Missed bins put right within 2 working days | 95% | 90% | 91% | {#ff0000}Red |",
    "** 2. Tonnages by parish (for information only)",
)


def test_table_by_place_named_at_length_under_a_dashboard_is_no_kpis(tmp_path: Path) -> None:
    """Before, a table of counts by place printed under a dashboard of as many columns, its
    first row naming its columns at more than four words ("Households on the garden waste
    service"), was read on as the dashboard's rows: the row of names as a measure, each place
    as a measure rated nothing. The first row's words under the dashboard's column of codes
    ("Parish") name the rows' kind, which no carried dashboard row prints there."""
    source = source_lines(
        *_DASHBOARD,
        "| Parish | Households on the garden waste service | Bulky collections | "
        "Fly-tips cleared | Bring sites | Assisted collections |",
        "| Ashby Magna | 1,204 | 88 | 41 | 3 | 57 |",
        "| Thornley | 812 | 45 | 17 | 2 | 31 |",
    )
    assert kpi_rows(source, tmp_path) == [("WC1", 99.5, "green"), ("WC2", 91.0, "red")]


def test_dashboard_row_carried_with_no_figures_is_still_read(tmp_path: Path) -> None:
    """Guard: a dashboard's row carried onto its own table printing its code and words only
    ("WC3 | ... | Annual | Not yet due | ...") is still the dashboard's, not another table's
    header."""
    source = source_lines(
        *_DASHBOARD[:-1],
        "--- page ---",
        "| WC3 | Residents satisfied with the waste collection service in the annual survey | "
        "Annual | Not due | Not due | |",
        "| WC4 | Household waste recycled or composted | 50% | 48% | 52% | {#00b050}Green |",
    )
    assert ("WC4", 52.0, "green") in kpi_rows(source, tmp_path)


def _rated(prior_heading: str) -> str:
    return source_lines(
        "## Ravensholt District Council",
        "!! Environment Committee",
        "** Air Quality Performance Report",
        "Report to:\tEnvironment Committee",
        "Meeting date:\t14 November 2028",
        "Author:\tHead of Environmental Services",
        "** 1. Indicators",
        f"| Code | Measure | Target 2027/28 | {prior_heading} | Outturn 2027/28 | RAG |",
        "| AQ1 | Monitoring sites within the annual NO2 objective (%) | 90% | Red | 93 "
        "| {#00b050}Green |",
        "| AQ2 | Smoke control complaints answered within 5 days (%) | 95% | Green | 88 "
        "| {#ff0000}Red |",
    )


def test_last_years_rating_before_this_years_value_rates_nothing(tmp_path: Path) -> None:
    """Before, a rating column naming last year ("2026/27 rating"), printed before the value
    column it is set against ("Outturn 2027/28"), was read as the row's rating: the value
    column not yet read, the rating was taken to rate the first value after it. Its year is
    not the value column's: last year's, for comparison; the RAG column after the value rates
    the row."""
    assert kpi_rows(_rated("2026/27 rating"), tmp_path) == [
        ("AQ1", 93.0, "green"), ("AQ2", 88.0, "red")]


def test_this_years_rating_before_its_value_still_rates_it(tmp_path: Path) -> None:
    """Guard: a rating column naming the value's own year ("2027/28 rating") is not set aside
    as an earlier one: the words before the value rate the row (the RAG column agreeing or
    not is left to the older rule, which reads the first rating)."""
    rows = kpi_rows(_rated("2027/28 rating"), tmp_path)
    assert [(r[0], r[1]) for r in rows] == [("AQ1", 93.0), ("AQ2", 88.0)]


def test_sum_paid_under_a_contract_in_force_is_no_contract(tmp_path: Path) -> None:
    """Before, a report telling the cost of a contract merely in force ("£96,000 paid under
    the air quality monitoring contract with Aerolyte Instruments Ltd, which runs to 2030")
    gave a row with no value: the paper lets nothing, and a contract in force is no row
    (``merely_in_force``), but only "provided by X under a contract which ends" was read as
    one."""
    text = ("AIR QUALITY ANNUAL STATUS REPORT\n\n"
            "3.1 Spending on air quality monitoring was £140,000 in 2027/28 (including £96,000 "
            "paid under the air quality monitoring contract with Aerolyte Instruments Ltd, "
            "which runs to 2030). The rest was met from the service's own budget.\n")
    assert contract_rows(text, tmp_path) == []


def test_contract_with_a_firm_let_in_the_same_paper_is_kept(tmp_path: Path) -> None:
    """Guard: the same words in a paper awarding the contract keep the row."""
    text = ("AIR QUALITY MONITORING CONTRACT AWARD\n\n"
            "RESOLVED: That the Committee awards the air quality monitoring contract to "
            "Aerolyte Instruments Ltd at a total value of £480,000; sums will be paid under "
            "the air quality monitoring contract with Aerolyte Instruments Ltd, which runs to "
            "2033.\n")
    assert [r[0] for r in contract_rows(text, tmp_path)] == ["Aerolyte Instruments Ltd"]
