"""Regression tests for the KPI misses of held-out round 20: a text table whose one figure
column is the year so far ("YTD 2027/28") beside a target and a status; a running header
printed over a table's header row; thousands parted by (thin) spaces ("2 512 340"); a
key naming each rating's colour after a phrase ("Not on track but improving (amber)"). Small
papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import KpiRow, kpi_rows, rendered
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.load.pdf import load_pdf
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import parse_value


def _text_kpis(text: str, tmp_path: Path) -> list[Kpi]:
    path = tmp_path / "report.txt"
    path.write_text(text)
    return [k for ctx in contexts(path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _rows(found: list[Kpi]) -> list[KpiRow]:
    return [(k.ref or k.description, k.latest_value, k.latest_rag) for k in found]


def _year_to_date_report(value_heading: str) -> str:
    return "\n".join([
        "WESTMARSH COMBINED FIRE AUTHORITY - 3 DECEMBER 2027",
        "",
        "PREVENTION PERFORMANCE: QUARTER 2 2027/28",
        "",
        "Report of the Chief Fire Officer",
        "",
        "1. RECOMMENDATION",
        "",
        "1.1 That the Authority notes the prevention performance for Quarter 2 2027/28.",
        "",
        "2. PERFORMANCE",
        "",
        "2.1 The position at 30 September 2027 against the plan's measures is shown below.",
        "",
        f"  Code   Measure                               Target    {value_heading:<12}  Status",
        "  -----  ------------------------------------  --------  ------------  ------",
        "  WP1    Fires in the home                     n/a       1,204         -",
        "  WP2    Smoke alarms fitted                   2,000     2,311         GREEN",
        "  WP3    Fire safety checks of care homes      120       97            RED",
        "         (per quarter)",
        "  WP4    School visits completed (%)           90%       84.5%         AMBER",
        "",
        "2.2 WP3 is red because two inspectors were on long-term leave.",
        "",
    ])


def test_year_to_date_column_unread_as_the_latest_value(tmp_path: Path) -> None:
    """Before, the only figure column, "YTD 2027/28", was read as a year-to-date figure
    beside no latest one: every row had no value and the unrated row ("n/a", "-") was lost."""
    found = _text_kpis(_year_to_date_report("YTD 2027/28"), tmp_path)
    assert _rows(found) == [("WP1", 1204.0, None), ("WP2", 2311.0, "green"),
                            ("WP3", 97.0, "red"), ("WP4", 84.5, "amber")]


def test_year_to_date_beside_a_latest_column_stays_the_year_so_far() -> None:
    """Guard: beside a column of the latest figure, the year so far is no latest value."""
    header = read_header(["Code", "Measure", "Target", "Quarter 2", "YTD 2027/28", "Status"])
    assert header is not None
    assert header.roles[3:] == ["latest", "ytd", "rag"]


def _overprinted_appendix(overprint: str) -> str:
    rows = "\n".join(f"| HS{n:02d} | Repairs completed within {n + 5} days (%) | 90.0 | "
                     f"{80 + n}.5 | {rating} |"
                     for n, rating in ((1, "Off target"), (2, "Within tolerance"),
                                       (3, "On target"), (4, "On target")))
    return "\n".join([
        *([f"%% overprint {overprint}"] if overprint else []),
        "%% footer Dunmere District Council",
        "## Dunmere District Council",
        "** Housing Scrutiny Panel",
        "Thursday 2 December 2027 at 6.30 pm",
        "** Agenda Item 6",
        "!! Housing Performance Report: Quarter 2 2027/28",
        "Report of:\tHead of Housing",
        "** 1. Recommendation",
        "1.1 That the Panel scrutinises the Quarter 2 performance set out in Appendix A.",
        "** 2. Overview",
        "2.1 Of the 4 measures, 2 are on target (Green), 1 is within tolerance (Amber) and 1 "
        "is off target (Red).",
        "--- page ---",
        "|% 9 43 12 14 22",
        "|# Code | Measure | Target | Q2 | Status |",
        rows,
        "Source: Dunmere performance system.",
    ])


def test_running_header_over_table_header_unread_as_its_cells(tmp_path: Path) -> None:
    """Before, the running header printed over the appendix's header row was read as the
    line and the row's cells, in smaller type on either side of it, as stamps: the header's
    words were dropped from the table and none of its rows was read."""
    source = _overprinted_appendix(
        "Housing and Communities Scrutiny Panel 02/12/2027 | {page}")
    assert kpi_rows(source, tmp_path) == [("HS01", 81.5, "red"), ("HS02", 82.5, "amber"),
                                          ("HS03", 83.5, "green"), ("HS04", 84.5, "green")]


def test_appendix_without_running_header_reads_the_same(tmp_path: Path) -> None:
    """Guard: with nothing printed over it, the header row reads as before."""
    assert kpi_rows(_overprinted_appendix(""), tmp_path) == [
        ("HS01", 81.5, "red"), ("HS02", 82.5, "amber"), ("HS03", 83.5, "green"),
        ("HS04", 84.5, "green")]



def test_stamp_over_a_label_and_its_value_stays_the_stamp(tmp_path: Path) -> None:
    """Guard: a stamp over a label's value, the label and the stamp of one size in another
    weight than the value, is the stamp still, not the label ("Indicator:")."""
    source = "\n".join([
        "%% overprint NOT PROTECTIVELY MARKED",
        "## ASHGLEN INTEGRATION JOINT BOARD",
        "!! Performance and Audit Committee",
        "--- page ---",
        "Indicator:\tAG2 Carers who feel supported to continue in their caring role, as far "
        "as they wish to (%)",
        "Latest value:\t41.6",
    ])
    pages = load_pdf(rendered(source, tmp_path), "x").pages
    assert [(line.text, line.stamp) for line in pages[1].lines[:2]] == [
        ("NOT PROTECTIVELY MARKED", True),
        ("Indicator: AG2 Carers who feel supported to continue in their caring role, as far",
         False)]

THIN = "\u2009"


def _thin_space_report() -> str:
    return "\n".join([
        "Agenda Item 7",
        "",
        "EASTHOLM CITY COUNCIL",
        "",
        "Report to: Place Scrutiny Committee",
        "Date: 9 February 2028",
        "Subject: TRANSPORT PERFORMANCE: QUARTER 3 2027/28",
        "",
        "1.   RECOMMENDATION",
        "",
        "1.1  That the Committee notes the transport performance indicators.",
        "",
        "   Ref    Indicator                                  Target       Q3 2027/28   RAG",
        "   " + "-" * 80,
        f"   TR01   Park and ride journeys (quarter)           1{THIN}200{THIN}000    "
        f"1{THIN}312{THIN}450      Green",
        "   TR02   Bus services running on time (%)           85.0         81.2         Amber",
        f"   TR03   Concessionary passes issued                4{THIN}500        "
        f"3{THIN}876        Red",
        "   " + "-" * 80,
        "",
    ])


def test_thin_space_thousands_unread_in_text_table(tmp_path: Path) -> None:
    """Before, a thin space between a figure's thousands parted the figure into cells of a
    text table set out in spaces (no row fitted the header's columns: no KPI was read), and a
    figure so parted was no number."""
    found = _text_kpis(_thin_space_report(), tmp_path)
    assert _rows(found) == [("TR01", 1312450.0, "green"), ("TR02", 81.2, "amber"),
                            ("TR03", 3876.0, "red")]
    assert [k.target for k in found] == [1200000.0, 85.0, 4500.0]


def test_space_parted_thousands_unread_as_a_figure() -> None:
    assert parse_value("1 236 870").value == 1236870.0
    assert parse_value(f"2{THIN}512{THIN}340").value == 2512340.0
    assert parse_value("£1 200k").value == 1200000.0
    # guard: groups that are not thousands (two figures in one cell) are no figure
    assert parse_value("12 34").value is None
    assert parse_value("45 100 2").value is None
    assert parse_value("1 2345").value is None


def _phrased_key_report(key: str) -> str:
    return "\n".join([
        "Agenda Item 9",
        "",
        "WESTLEA HEALTH AND WELLBEING BOARD",
        "",
        "Report to: Health and Wellbeing Board",
        "Date: 14 March 2028",
        "Subject: BETTER CARE FUND: QUARTER 3 RETURN",
        "",
        "1.   RECOMMENDATION",
        "",
        "1.1  That the Board notes the Better Care Fund metrics for Quarter 3.",
        "",
        f"2.1  {key}",
        "",
        "   Ref     Metric                                Plan     Q3       Status",
        "   " + "-" * 90,
        "   BC-1    Avoidable admissions (per 100,000)    180.0    171.2    On track",
        "   BC-2    Falls admissions, 65+ (per 100,000)   1,900    1,984    Not on track but "
        "improving",
        "   BC-3    Discharges to usual residence (%)     93.0     90.1     Not on track",
        "   " + "-" * 90,
        "",
    ])


def test_phrased_status_of_key_unread_as_its_colour(tmp_path: Path) -> None:
    """Before, a key's status longer than a few words ("Not on track but improving
    (amber)") was no key's word: the status was read by its words ("not on track": red)."""
    key = ("The metrics are rated as the return requires: On track (green), Not on track "
           "but improving (amber), Not on track (red).")
    found = _text_kpis(_phrased_key_report(key), tmp_path)
    assert _rows(found) == [("BC-1", 171.2, "green"), ("BC-2", 1984.0, "amber"),
                            ("BC-3", 90.1, "red")]


def test_phrase_inside_a_sentence_names_no_status(tmp_path: Path) -> None:
    """Guard: a colour in brackets inside a sentence is no key."""
    key = "The metric for falls is not on track but improving (amber in the last return)."
    found = _text_kpis(_phrased_key_report(key), tmp_path)
    assert _rows(found) == [("BC-1", 171.2, "green"), ("BC-2", 1984.0, "red"),
                            ("BC-3", 90.1, "red")]
