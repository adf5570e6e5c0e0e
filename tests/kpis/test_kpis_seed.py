"""Seed 001: the 2015 Strategic and Corporate Services Performance Dashboard (text layer,
tab-separated tables, garbled DoT arrows). Expected rows are hand-checked against the paper."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from conftest import contexts, corpus_file
from kcc_papers.extract import kpis
from kcc_papers.models import ActivityIndicator, Kpi

SEED = "seeds/001_795b63a76636e3eb.txt"

# ref, latest as printed, latest RAG, DoT as printed, YTD, YTD RAG, target, floor,
# previous year, previous (forecast)
KPIS = [
    ("CR01", "97%", "green", "ţ", 97.0, "green", 95.0, 90.0, None, None),
    ("CR02", "74%", "amber", "仓", 72.0, "amber", 80.0, 70.0, None, None),
    ("CR03", "76%", "green", "ţ", 75.0, "green", 70.0, 65.0, 68.0, None),
    ("CR04", "97%", "green", "ţ", 89.0, "amber", 90.0, 85.0, 97.0, None),
    ("CR05", "88%", "green", "仓", 66.0, "red", 80.0, 70.0, None, None),
    ("CE02", "67%", "red", "Û", 89.0, "green", 80.0, 70.0, 85.0, None),
    ("CR06", "98%", "green", "仓", 92.0, "green", 90.0, 85.0, 97.0, None),
    ("CR07", "85%", "green", "仓", 84.0, "amber", 85.0, 80.0, 83.0, None),
    ("FP01", "99%", "green", "ţ", 98.0, "green", 98.0, 95.0, 98.0, None),
    ("FP02", "99%", "green", "Û", 99.0, "green", 98.0, 95.0, 100.0, None),
    ("FP03", "80%", "amber", "仓", 82.0, "amber", 90.0, 80.0, 82.0, None),
    ("FP04", "98%", "green", "仓", 95.0, "green", 85.0, 75.0, 91.0, None),
    ("FP05", "82%", "green", "Û", None, None, 75.0, 57.0, 77.0, None),
    ("FP06", "6%", "green", "Û", None, None, 10.0, 15.0, 9.0, None),
    ("GL01", "100%", "green", "ţţ", 100.0, "green", 100.0, 96.0, 98.0, None),
    ("GL02", "93%", "green", "仓", 91.0, "green", 90.0, 85.0, 96.0, None),
    ("GL03", "86%", "amber", "仓", 79.0, "red", 90.0, 85.0, 76.0, None),
    ("HR01", "100%", "green", "¢", 99.0, "green", 90.0, 80.0, 95.0, None),
    ("HR02", "88%", "amber", "仓", 86.0, "amber", 90.0, 80.0, None, None),
    ("HR03", "97%", "green", "Û", 96.0, "green", 75.0, 65.0, None, None),
    ("HR04", "100%", "green", "ţ", 100.0, "green", 80.0, 70.0, None, None),
    ("HR07", "100%", "green", "¢", 98.0, "green", 80.0, 75.0, None, None),
    ("ICT01", "75%", "green", "仓", 72.0, "green", 70.0, 65.0, 72.0, None),
    ("ICT02", "99%", "green", "仓", 99.0, "green", 95.0, 90.0, 98.0, None),
    ("ICT03", "100%", "green", "ţ", 99.9, "green", 99.8, 99.0, 100.0, None),
    ("ICT04", "98%", "amber", "Û", 99.6, "green", 99.0, 98.0, 99.7, None),
    ("ICT05", "100%", "green", "ŧ", 100.0, "green", 99.0, 98.0, 100.0, None),
    ("PI01", "10%", "amber", "仓", None, None, 5.0, 15.0, 0.3, None),
    ("PI02", "98%", "green", "仓", 80.0, "red", 95.0, 90.0, 98.0, None),
    ("PI03", "138%", "green", "仓", None, None, 100.0, 90.0, None, 91.0),
]

# ref, description, year to date, in expected range, upper, lower, previous year, unit
ACTIVITY = [
    ("CR08", "Number of calls handled by Contact Point (000s)", 696.0, "Yes", 751.0, 652.0, 735.0, "number"),  # noqa: E501
    ("CR09", "Average call handling time (in seconds)", 222.0, "Yes", 222.0, 190.0, 197.0, "number"),  # noqa: E501
    ("CE03", "Positive mentions in the national media reflecting KCC priorities", 1010.0, None, None, None, None, "number"),  # noqa: E501
    ("CE04", "Number of visits to the KCC website, kent.gov (000s)", 4251.0, "Low", 5266.0, 4534.0, 4751.0, "number"),  # noqa: E501
    (None, "Number of complaints responded to", 2334.0, None, None, None, 1769.0, "number"),
    (None, "Pension correspondence processed", 3098.0, None, None, None, 1340.0, "number"),
    (None, "Retirement benefits paid", 1784.0, None, None, None, 1843.0, "number"),
    (None, "Number of invoices paid by KCC", 147780.0, None, None, None, 165625.0, "number"),
    (None, "Value of debt due to KCC", 16400000.0, None, None, None, 46400000.0, "£"),
    (None, "Committee meetings", 129.0, None, None, None, 123.0, "number"),
    (None, "Freedom of Information requests", 2083.0, None, None, None, 1905.0, "number"),
    (None, "Data Protection Act Subject Access requests", 285.0, None, None, None, 247.0, "number"),
    (None, "Feedback responses provided on people management cases", 205.0, None, None, None, 215.0, "number"),  # noqa: E501
    (None, "Feedback responses provided by managers on training", 1349.0, None, None, None, None, "number"),  # noqa: E501
    (None, "Feedback responses provided on HR Connect", 2267.0, None, None, None, None, "number"),
    (None, "Feedback responses provided for Health and Safety advice line", 580.0, None, None, None, None, "number"),  # noqa: E501
    (None, "Feedback responses provided on Support Line", 244.0, None, None, None, None, "number"),
    (None, "Calls to ICT Help Desk", 66896.0, None, None, None, 71232.0, "number"),
    (None, "Feedback responses provided for ICT Help Desk", 7085.0, None, None, None, 8986.0, "number"),  # noqa: E501
    (None, "Total rent outstanding", 314000.0, None, None, None, 1802000.0, "£"),
    (None, "Number of service desk requests responded to", 2266.0, None, None, None, 1844.0, "number"),  # noqa: E501
]


def run(path: Path):
    [ctx] = contexts(path, "performance_report")
    records = kpis.extract(ctx)
    rows = [r for r in records if isinstance(r, Kpi)]
    activity = [r for r in records if isinstance(r, ActivityIndicator)]
    return rows, activity, ctx.findings


@pytest.fixture(scope="module")
def seed():
    return run(corpus_file(SEED))


def test_all_thirty_kpis_with_printed_fields(seed):
    rows, _, _ = seed
    got = [
        (k.ref, k.latest_text, k.latest_rag, k.dot_text, k.ytd_value, k.ytd_rag, k.target,
         k.floor_standard, k.previous_year, k.previous_value)
        for k in rows
    ]
    assert got == KPIS
    assert Counter(k.latest_rag for k in rows) == {"green": 23, "amber": 6, "red": 1}


def test_no_findings_on_the_real_dashboard(seed):
    _, _, findings = seed
    assert [(f.check, f.message) for f in findings] == []


def test_exact_row_with_snapshot_note(seed):
    rows, _, _ = seed
    fp05 = next(k for k in rows if k.ref == "FP05")
    stamped = {"document_id", "source_path", "sha256", "meeting_id", "kpi_key", "ocr_confidence"}
    assert fp05.model_dump(exclude=stamped) == {
        "page": 1,
        "ref": "FP05",
        "description": "Percentage of sundry debt due to KCC outstanding under 60 days old",
        "service_area": "Finance",
        "director": "Andy Wood",
        "cabinet_member": "John Simmonds",
        "period": "Latest Month: February 2015",
        "period_date": dt.date(2015, 2, 28),
        "latest_value": 82.0,
        "latest_text": "82%",
        "latest_rag": "green",
        "latest_rag_colour": None,
        "dot": None,  # the arrow glyph is garbled and the legend prints one glyph for two arrows
        "dot_text": "Û",
        "ytd_value": None,
        "ytd_rag": None,
        "target": 75.0,
        "floor_standard": 57.0,
        "previous_year": 77.0,
        "previous_value": None,
        "previous_rag": None,
        "unit": "%",
        "note": "Year to date: snapshot",
    }


def test_sections_periods_and_notes(seed):
    rows, _, _ = seed
    by_ref = {k.ref: k for k in rows}
    assert by_ref["CE02"].service_area == "Media and Public Relations"
    assert by_ref["ICT01"].director == "Rebecca Spore"
    # Complaints are reported by quarter, to December 2014.
    assert by_ref["CR07"].period == "Latest Quarter: December 2014"
    assert by_ref["CR07"].period_date == dt.date(2014, 12, 31)
    assert by_ref["PI03"].period == "Year End: 2014/15"
    assert by_ref["PI03"].period_date == dt.date(2015, 3, 31)
    assert by_ref["CR01"].note == "Previous year: new indicator"
    assert by_ref["HR02"].note == (
        "Previous year: new indicator; Data is up to October only for this indicator."
    )


def test_activity_indicators(seed):
    _, activity, _ = seed
    got = [
        (a.ref, a.description, a.ytd_value, a.in_expected_range, a.expected_upper,
         a.expected_lower, a.previous_ytd, a.unit)
        for a in activity
    ]
    assert got == ACTIVITY
    ce03 = activity[2]
    assert ce03.note and ce03.note.startswith("This indicator now includes closer")
    assert activity[4].period == "Year to date: December 2014"  # complaints, by quarter


def test_regression_commentary_date_does_not_move_section_date(seed):
    """"PI02 - Data is up to December 2014" speaks of PI02 only, not of the rows after it."""
    _, activity, _ = seed
    assert activity[-1].period == "Year to date: February 2015"
    assert activity[-1].period_date == dt.date(2015, 2, 28)


def edited(tmp_path: Path, *changes: tuple[str, str]) -> Path:
    """A copy of the seed with some printed values changed (in tmp_path, never the repo)."""
    text = corpus_file(SEED).read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "edited.txt"
    path.write_text(text, encoding="utf-8")
    return path


def checks(findings) -> list[tuple[str, str | None]]:
    return sorted((f.check, f.record_ref) for f in findings)


def test_printed_rag_disagreeing_with_value_is_found(tmp_path):
    path = edited(tmp_path, ("answered\t97%\tGREEN", "answered\t97%\tRED"))
    _, _, findings = run(path)
    assert checks(findings) == [
        ("kpi_rag_count_mismatch", None),
        ("kpi_rag_count_mismatch", None),
        ("kpi_rag_mismatch", "CR04"),
    ]
    mismatch = next(f for f in findings if f.check == "kpi_rag_mismatch")
    assert "printed RED but implies GREEN" in mismatch.message
    assert "higher is better" in mismatch.message


def test_lower_is_better_is_inferred_from_target_and_floor(tmp_path):
    # PI01 rent outstanding: target 5%, floor 15%. 20% is above the floor: RED, not AMBER.
    path = edited(tmp_path, ("60 days\t10%\tAMBER", "60 days\t20%\tAMBER"))
    _, _, findings = run(path)
    [finding] = findings
    assert finding.check == "kpi_rag_mismatch" and finding.record_ref == "PI01"
    assert "implies RED (lower is better" in finding.message


def test_stated_totals_written_as_words_are_compared(tmp_path):
    path = edited(tmp_path, ("Green for twenty-three", "Green for twenty-two"))
    _, _, findings = run(path)
    [finding] = findings
    assert finding.check == "kpi_rag_count_mismatch"
    assert "states 22 GREEN KPIs but 23 rows" in finding.message


def test_stated_total_of_kpis_is_compared(tmp_path):
    path = edited(tmp_path, ("of the 30 KPIs included", "of the 31 KPIs included"))
    _, _, findings = run(path)
    assert checks(findings) == [("kpi_count_mismatch", None)]


def test_bad_values_are_found(tmp_path):
    path = edited(
        tmp_path,
        ("as good\t97%\tGREEN\tţ\t97%", "as good\t197%\tGREEN\tţ\t97%"),  # CR01
        ("with KCC as good\t74%\tAMBER\t仓\t72%\tAMBER\t80%", "with KCC as good\t74%\tAMBER\t仓\t72%\tAMBER\t"),  # noqa: E501
        ("Gateway who rated the experience as good\t76%", "Gateway who rated the experience as good\t7б%"),  # noqa: E501
    )
    rows, _, findings = run(path)
    assert len(rows) == 30
    assert checks(findings) == [
        ("kpi_missing_target", "CR02"),
        ("kpi_percentage_out_of_range", "CR01"),
        ("kpi_unparseable_value", "CR03"),
    ]
    cr03 = next(k for k in rows if k.ref == "CR03")
    assert cr03.latest_value is None and cr03.latest_text == "7б%"


def test_year_to_date_red_count_is_compared(tmp_path):
    path = edited(tmp_path, ("There are three indicators", "There are four indicators"))
    _, _, findings = run(path)
    assert [(f.check, f.severity) for f in findings] == [("kpi_ytd_rag_count_mismatch", "info")]
    assert "states 4 year-to-date RED but 3 rows" in findings[0].message
