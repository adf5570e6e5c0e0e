"""Review of round 36's fix K5 (KPI tables of new shapes): the rules it added, tried on close
variants and on papers they should leave be. Each test failed before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, kpi_rows, source_lines
from kcc_papers.extract.kpis.status import status_key
from kcc_papers.extract.meetings.sentences import reported_to
from test_heldout_round36_K5 import TILES_PAGE

# ------------------------------------------------ "Presented to the <body> on <date>."

PRESENTED = "Presented to the Health and Wellbeing Board on 14 October 2027."


def _page_meeting(sentence: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "scorecard.html"
    path.write_text(TILES_PAGE.replace(PRESENTED, sentence), encoding="utf-8")
    return documents_of(path)


def test_regression_two_bodies_joined_by_and_are_no_one_body(tmp_path: Path) -> None:
    """A paper presented to two bodies ("the Cabinet and Council", "the Health and Wellbeing
    Board and Council") was read as presented to one body of both names. A body's own word
    ("Cabinet", "Board") before "and" ends its name: the sentence names no one meeting."""
    assert _page_meeting("Presented to the Cabinet and Council on 14 October 2027.",
                         tmp_path) == [("performance_report", None, None)]
    assert reported_to(["Presented to the Health and Wellbeing Board and Council on"
                        " 3 March 2027."]) == {}
    assert reported_to(["Presented to Cabinet and Overview and Scrutiny Committee on"
                        " 3 March 2027."]) == {}
    # a name's own "and" is still read, and the first of two meetings each with its date
    found = reported_to(["Presented to the Audit and Governance Committee on 3 March 2026"
                         " and to Council on 20 March 2026."])
    assert found["committee"] == "Audit and Governance Committee"
    assert str(found["meeting_date"]) == "2026-03-03"


def test_regression_body_name_joined_by_ampersand(tmp_path: Path) -> None:
    """A committee's name joined by "&" ("the Overview & Scrutiny Committee"), as councils
    print it as often as "and", named no meeting; it now does, as "and" does."""
    assert _page_meeting("Presented to the Overview & Scrutiny Committee on 14 October 2027.",
                         tmp_path) == [
        ("performance_report", "2027-10-14", "Overview & Scrutiny Committee")]
    assert reported_to(["Presented to the Cabinet & Council on 3 March 2027."]) == {}


# ------------------------------------------------ a bullet as a key's filled circle

def _two_mark_report(rows: tuple[str, ...]) -> str:
    return source_lines(
        "%% ligatures",
        "## Fennick Borough Council",
        "** Environment Scrutiny Committee - 3 December 2027",
        "!! Environment Services Performance Indicators: Quarter 2 2027/28",
        "** 1. Summary",
        "This report sets out the environment indicators against their targets.",
        "** 2. Rating key",
        "✔ On or better than target (green)",
        "✖ Below target (red)",
        "** 3. Indicators",
        "|% 8 34 10 10 10 28",
        "| Ref | Indicator | Target | Q2 2027/28 | Status | Commentary |",
        *rows,
        "** 4. Commentary",
        "The following indicators need attention:",
        "• Amber indicators are reviewed monthly (amber)",
    )


def test_regression_commentary_bullet_far_from_key_is_no_mark(tmp_path: Path) -> None:
    """A commentary's bullet ending in the one colour a two-mark key leaves out ("• Amber
    indicators are reviewed monthly (amber)", pages from the key) was taken for the key's
    amber mark: a status cell printing a bullet (no rating yet) was read amber. A bullet is a
    key's mark only among the key's other marks, its line beside theirs."""
    rows = kpi_rows(_two_mark_report((
        "| EN1 | Bins collected on the scheduled day (%) | 99 | 98.7 | ✖ | Crew shortages |",
        "| EN2 | Fly-tips cleared within 2 working days (%) | 90 | 92.4 | ✔ | On track |",
        "| EN3 | Street cleanliness inspections passed (%) | 95 | 93.5 | • | Data not yet"
        " validated |")), tmp_path)
    assert rows == [("EN1", 98.7, "red"), ("EN2", 92.4, "green"), ("EN3", 93.5, None)]
    key = status_key([
        "✔ On or better than target (green)",
        "✖ Below target (red)",
        "3. Indicators",
        "4. Commentary",
        "The following indicators need attention:",
        "• Amber indicators are reviewed monthly (amber)",
    ])
    assert "•" not in key
    # the key's own circle, beside its other marks, is still its mark
    assert status_key([
        "▲ Below target but within tolerance (amber)",
        "• On or better than target (green)",
        "■ Outside tolerance (red)",
    ])["•"] == "green"
