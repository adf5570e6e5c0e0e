"""Regression tests for the KPI misses of held-out round 14: status words "Off target" (red)
under turned headers; zebra tables whose last row, unshaded, was lost (a paragraph set close
below it, or the page breaking after the first shaded body row); columns named by the date of
each position; status words and marks a key explains by what they say of the target; and a
dashboard's "Ref | ... | Rating" table read as a risk register in a paper that never speaks
of risks. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows as _kpis
from heldout_support import rendered
from kcc_papers.extract.kpis.rag import parse_rag
from kcc_papers.extract.kpis.status import meaning_rag, status_key, status_rag
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file


def _meant_key(lines: list[str]) -> dict[str, str]:
    """The paper's key, less the words (only the marks)."""
    return {k: v for k, v in status_key(lines).items() if not k.isalpha()}

HEAD = """\
## CARRICKBEG DISTRICT COUNCIL
!! Policy and Resources Committee
** Performance Improvement Objectives - Quarter 2 Report
1. The Committee is asked to note performance for July to September 2026.
"""
WIDTHS = "|% 6 40 9 9 9 9 10 8\n"
ZEBRA_HEADER = "|~ Ref | Measure | Apr-Jun | Jul-Sep | Oct-Dec | Jan-Mar | Target | {up}Status |\n"


def test_regression_off_target_status_read_with_no_rating() -> None:
    """"Off target" in a status column, beside "On target" and "Within tolerance", is red
    (``parse_rag``, read on any cell, leaves it alone: round 3)."""
    assert status_rag("Off target", {}, None) == "red"
    assert meaning_rag("Off Target") == "red"
    assert parse_rag("Off target") is None


def test_regression_zebra_last_row_lost_to_the_note_below_it(tmp_path: Path) -> None:
    """A row wrapped over two lines makes the zebra table's guessed last row tall enough to
    take in the note printed just below the table: the note runs across the columns' edges,
    and the guess is cut above it rather than dropped, so the last row is read."""
    source = HEAD + "--- page rotated ---\n** Appendix 1 - Measures\n" + WIDTHS + ZEBRA_HEADER + """\
| CB1 | Households in temporary accommodation at the quarter end | 41 | 38 | | | 40 | On target |
| CB2 | Homelessness preventions as a share of all approaches (%) | 52% | 47% | | | 50% | Within tolerance |
| CB3 | Disabled facilities grants approved within 12 weeks (%) | 72% | 64% | | | 80% | Off target |
| CB4 | Empty homes brought back into use | 12 | 15 | | | 12 | On target |
Measures marked with an asterisk are statutory performance indicators set by the Department for Communities under the 2015 Order.
"""  # noqa: E501
    assert _kpis(source, tmp_path) == [
        ("CB1", 38.0, "green"), ("CB2", 47.0, "amber"), ("CB3", 64.0, "red"),
        ("CB4", 15.0, "green")]


def test_regression_zebra_row_before_an_unrepeated_header_page_break_lost(
        tmp_path: Path) -> None:
    """A zebra table whose page breaks after its header, its first body row (shaded) and
    the unshaded row below: that piece shades every row it spans, yet the row below it,
    printing figures across the columns, is the table's (the rest carries on overleaf
    without its header)."""
    filler = "".join(f"{n}.1 The service continued to meet demand in the quarter.\n"
                     for n in range(2, 24))
    source = HEAD + "--- page rotated ---\n" + filler + WIDTHS + ZEBRA_HEADER + """\
| CB6 | Planning enforcement cases closed within 39 weeks (%) | 71% | 74% | | | 70% | On target |
| CB7 | Licensing applications decided within 28 days (%) | 88% | 84% | | | 90% | Within tolerance |
| --- page, header not repeated --- |
| CB8 | Building control plans checked within 21 days (%) | 77% | 69% | | | 85% | Off target |
| CB9 | Street lights repaired within 5 days (%) | 93% | 96% | | | 95% | On target |
"""
    assert _kpis(source, tmp_path) == [
        ("CB6", 74.0, "green"), ("CB7", 84.0, "amber"), ("CB8", 69.0, "red"),
        ("CB9", 96.0, "green")]


def test_regression_columns_named_by_date_and_status_glossed_in_the_key(
        tmp_path: Path) -> None:
    """Value columns named by the date each position is at ("30 Sep 2026"), the latest
    filled one the value (a "-" in the last is no figure: the one before is the latest),
    negative values kept, and a status word the text glosses by what it says of the target
    ("Watch (within tolerance)") rated by that gloss."""
    source = """\
## GLENMORRAN COUNCIL
!! Pension Fund Committee
** Pension Fund Performance Report
1. The status column compares the latest figure with the target: Achieved, Watch (within tolerance) or Not Achieved.
|% 40 9 11 11 11 12
| Indicator | Target | 30 Jun 2026 | 30 Sep 2026 | 31 Dec 2026 | Status |
| Fund return against benchmark, 1 year (% relative) | 0.0 | 0.3 | -0.4 | 0.2 | Achieved |
| Fund return against benchmark, 5 years (% p.a. relative) | 0.5 | 0.1 | 0.0 | -0.3 | Not Achieved |
| Transfer values quoted within 10 days (%) | 100 | 97.0 | 98.5 | 96.1 | Watch |
| Pensioner payroll reconciled by year end (%) | 100 | - | 99.2 | - | Watch |
"""  # noqa: E501
    assert _kpis(source, tmp_path) == [
        ("Fund return against benchmark, 1 year (% relative)", 0.2, "green"),
        ("Fund return against benchmark, 5 years (% p.a. relative)", -0.3, "red"),
        ("Transfer values quoted within 10 days (%)", 96.1, "amber"),
        ("Pensioner payroll reconciled by year end (%)", 99.2, "amber")]


def test_regression_glossed_status_word_key() -> None:
    """A key's word glossed by what it says of the target rates; a gloss about anything
    else ("see below") is no key's."""
    key = status_key(["The status compares the figure with the target: On Target, Monitor "
                      "(within tolerance) or Off Target. Housing (see below) is excluded."])
    assert key == {"monitor": "amber"}


def test_regression_marks_keyed_by_their_meaning_read_with_no_rating(tmp_path: Path) -> None:
    """Ratings printed as marks a key explains by what each says of the standard ("● met;
    ◐ within 10% of standard; ○ not met", the filled circle a bullet in the text layer) rate
    the rows; a "Standard" column beside one named "Target" names the measure. The paper
    never speaks of risks, so its "Ref | ... | Rating" table is no risk register."""
    source = "%% ligatures\n" + HEAD + """\
2. The figures are compared with the service standards. Ratings: ● met; ◐ within 10% of standard; ○ not met.
| Ref | Standard | Target | Q1 | Q2 | Rating |
| SS1 | Licence applications acknowledged within 5 days (%) | 95 | 96.0 | 97.2 | ● |
| SS2 | Inspections made within 20 days of a complaint (%) | 90 | 85.1 | 84.0 | ◐ |
| SS3 | Appeals determined within 8 weeks (%) | 80 | 70.4 | 61.9 | ○ |
| SS4 | Complaints received (number) | - | 44 | 37 | - |
"""  # noqa: E501
    assert _kpis(source, tmp_path) == [
        ("SS1", 97.2, "green"), ("SS2", 84.0, "amber"), ("SS3", 61.9, "red"),
        ("SS4", 37.0, None)]
    paper = rendered(source, tmp_path, "again")
    assert [r for r in process_file(str(paper)).records if isinstance(r, Risk)] == []


def test_regression_marks_key_bullet_with_two_meanings_is_no_key() -> None:
    """A list's bullet given two meanings rates nothing; the key's own marks still do."""
    assert _meant_key(["• Recycling met its target", "• Missed bins below target",
                       "Ratings: ✔ met; ✖ not met."]) == {"✔": "green", "✖": "red"}
