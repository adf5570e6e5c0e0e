"""KPIs told in paragraphs under their headings (round 38's "Target 46%. Actual 44.1% (Amber).")
whose figures count a noun ("Actual 26 homes (Red)") or whose labels print in two languages
("Targed / Target: 85%. Gwirioneddol / Actual: 82.4% (Ambr / Amber)."), each on a small paper a
council could print; the guards: a sentence running the previous year into a national average,
and a count told in prose with no target, are no measure's value."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file

_OPENING = (
    "## Fenmarch District Council",
    "** Housing and Communities Scrutiny Panel",
    "Meeting date:\t14 July 2027",
    "Title:\tHousing Performance - Quarter 1 2027/28",
    "** 1. Purpose",
    "1.1 This report sets out housing performance for quarter 1. Each measure is told below"
    " under its code and name.",
    "** 2. Performance by measure",
)

_WELSH_OPENING = (
    "## Cyngor Bwrdeistref Sirol Glanhafren / Glanhafren County Borough Council",
    "** Overview and Scrutiny Committee",
    "Meeting date:\t21 July 2027",
    "Title:\tQuarterly Performance Report - Quarter 1 2027/28",
    "** 1. Purpose",
    "1.1 This report sets out performance against the Council's key performance indicators"
    " for quarter 1. Each measure is told below under its code and name, in Welsh and English.",
    "** 2. Perfformiad / Performance",
)


def test_regression_told_figure_counting_a_noun(tmp_path: Path) -> None:
    """"Target 40 homes. Actual 26 homes (Red)." was read as no KPI: a figure printed with the
    noun it counts ("26 homes", "1,250 visits", "120 households") was no figure. The count is
    the figure. Guard: a sentence running last year's figure into England's average ("Last
    year 31 homes; England average 28 homes.") gives neither as the value."""
    source = source_lines(
        *_OPENING,
        "** HC01 Affordable homes delivered",
        "Target 40 homes. Actual 26 homes (Red). Last year 31 homes; England average 28 homes.",
        "** HC02 Households prevented from becoming homeless",
        "Target: 120 households. Actual: 131 households (Green).",
        "** HC03 Visits to the housing advice hub",
        "Target 1,200 visits. Actual 1,250 visits (Green).",
        "** HC04 Average days in emergency accommodation",
        "Target 3 days. Actual 3.2 days (Amber).",
    )
    assert kpi_rows(source, tmp_path) == [
        ("HC01", 26.0, "red"), ("HC02", 131.0, "green"), ("HC03", 1250.0, "green"),
        ("HC04", 3.2, "amber")]


def test_regression_told_figure_counting_a_noun_in_a_text_paper(tmp_path: Path) -> None:
    """The same paragraphs in a plain-text paper (headings known by their code and name alone)
    were read as no KPIs, and are read with their counts as their values."""
    path = tmp_path / "housing_performance_q1.txt"
    path.write_text("\n".join((
        "FENMARCH DISTRICT COUNCIL",
        "Housing and Communities Scrutiny Panel - 14 July 2027",
        "Housing Performance - Quarter 1 2027/28 key performance indicators",
        "",
        "HC01 Affordable homes delivered",
        "Target 40 homes. Actual 26 homes (Red). Last year 31 homes; England average 28 homes.",
        "",
        "HC05 Empty homes brought back into use",
        "Target: 15 homes. Actual: 17 homes. Status: Green.",
        "")), encoding="utf-8")
    rows = [(k.ref, k.latest_value, k.latest_rag, k.target)
            for k in process_file(str(path)).records if isinstance(k, Kpi)]
    assert rows == [("HC01", 26.0, "red", 40.0), ("HC05", 17.0, "green", 15.0)]


def test_regression_told_labels_in_two_languages(tmp_path: Path) -> None:
    """"Targed / Target: 85%. Gwirioneddol / Actual: 82.4% (Ambr / Amber)." (or "Target /
    Targed 85%", either language first) was read as no KPI: a label printed in two languages,
    its halves parted by a stroke, was no label. Each half names the column as the label
    does; a rating told as its own sentence in two languages ("Statws / Status: Gwyrdd /
    Green") rates the measure as a bracketed rating does."""
    source = source_lines(
        *_WELSH_OPENING,
        "** PAM030 Gwastraff wedi'i ailgylchu / Municipal waste recycled",
        "Targed / Target: 85%. Gwirioneddol / Actual: 82.4% (Ambr / Amber).",
        "** PAM012 Atal digartrefedd / Households prevented from homelessness",
        "Target / Targed 60%. Actual / Gwirioneddol 64.1% (Green / Gwyrdd).",
        "** PAM015 Dyddiau i gyflawni grant / Days to deliver a disabled facilities grant",
        "Targed / Target: 180 days. Gwirioneddol / Actual: 171 days. Statws / Status: Gwyrdd /"
        " Green.",
    )
    assert kpi_rows(source, tmp_path) == [
        ("PAM030", 82.4, "amber"), ("PAM012", 64.1, "green"), ("PAM015", 171.0, "green")]


def test_counts_without_a_measure_are_no_kpis(tmp_path: Path) -> None:
    """Guards (no KPI on either branch): a count told in prose with no target ("The service
    let 26 homes"), a paragraph giving only a target and a sentence of last year's figure and
    England's average, a figure joined to more words ("Actual 26 against 40"), and a figure
    under two columns' labels parted by a stroke ("Actual / England average: 26 homes", no label
    printed in two languages) are no measure's."""
    source = source_lines(
        *_OPENING,
        "** HC06 Council homes let",
        "The service let 26 homes in the quarter, against 31 homes last year.",
        "** HC07 Affordable homes started on site",
        "Target 40 homes. Last year 31 homes; England average 28 homes.",
        "** HC08 Homes improved",
        "Target 40 homes. Actual 26 against 40. Status: Red.",
        "** HC09 Homes let through choice-based lettings",
        "Homes let 26 homes. Homes offered 31 homes.",
        "** HC10 Homes brought up to the decent homes standard",
        "Target 40 homes. Actual / England average: 26 homes (Red).",
    )
    assert kpi_rows(source, tmp_path) == []
