"""Regression tests for the KPI misses of held-out round 15 read as indicator profiles: each
measure printed as a labelled field of its own ("Indicator: CODE name"), then one field a line
(its latest figure, target, previous figure and status), as performance systems print them.
Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, pdf_kpis

HEAD = """\
## DUNMORRAN DISTRICT COUNCIL
!! Environment and Leisure Committee
** Service Performance Report - Quarter 2 2026/27
1. The Committee is asked to scrutinise the indicator profiles for July to September 2026.
--- page ---
** Appendix A - Indicator profiles
"""


def test_regression_indicator_profile_rating_lost_to_the_box_reader(tmp_path: Path) -> None:
    """An "Actual:" line under "Indicator: CODE name" was read as a KPI box: its status, on a
    line of its own below the target, was lost, and the code stayed in the description."""
    source = HEAD + """\
Indicator: EL01 Household waste sent for recycling (%)
Actual: 46.2
Target: 50.0
Status: Amber
Comment: garden waste tonnage fell in a dry summer.
Indicator: EL02 Missed bins per 100,000 collections
Actual: 31
Target: 40
Status: Green
Indicator: EL03 Leisure centre visits per 1,000 population
Actual: 1,204
Target: 1,500
Status: Red
"""
    assert kpi_rows(source, tmp_path) == [
        ("EL01", 46.2, "amber"), ("EL02", 31.0, "green"), ("EL03", 1204.0, "red")]
    first = pdf_kpis(source, tmp_path)[0]
    assert (first.description, first.target) == ("Household waste sent for recycling (%)", 50.0)


def test_regression_indicator_profile_latest_value_label_not_read(tmp_path: Path) -> None:
    """Profiles whose fields are tab-set ("Latest value:", "Previous value: 88 (Quarter 1)")
    and whose names wrap were not read at all: "Latest value" opened no box, and a card
    needed "Indicator CODE:" with the colon after its code."""
    source = HEAD + """\
Indicator:\tPK4 Parks and open spaces assessed against the national quality standard in the year and rated good or better (%)
Latest value:\t88.5
Previous value:\t86.0 (Quarter 1)
Target:\t85.0
Status:\tGreen
Indicator:\tPK5 Playgrounds inspected within the month
Latest value:\t97
Previous value:\t99 (Quarter 1)
Target:\t100
Status:\tAmber
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == [("PK4", 88.5, "green"), ("PK5", 97.0, "amber")]
    first = pdf_kpis(source, tmp_path)[0]
    assert first.description == ("Parks and open spaces assessed against the national quality "
                                 "standard in the year and rated good or better (%)")
    assert first.previous_value == 86.0


def test_rotated_zebra_scorecard_rated_by_colour_alone_read(tmp_path: Path) -> None:
    """A scorecard on a landscape page stored turned (/Rotate 90), its rows zebra-shaded and
    each rated by a coloured circle glyph alone (no word in the text layer): the latest
    quarter's figure and the circle's colour are read. (Round 15 printed it in a board's
    pack, which had to be split first for its performance report to be found.)"""
    source = """\
## KILMORACK INTEGRATION JOINT BOARD
!! Performance Report - Quarter 2 2026/27
** 1. Purpose
1.1. To present performance against the local measures to 30 September 2026.
2.1. The rating is a coloured circle: green on target, amber within 5% of it, red further.
--- page rotated ---
** Appendix 1: Scorecard, Quarter 2 2026/27
|% 8 40 12 12 12 12 8
|~ Ref | Measure | Target | Q3 25/26 | Q1 26/27 | Q2 26/27 | RAG |
| KM-01 | Care home placements per 1,000 population aged 65+ | 30 | 29 | 31 | 33 | {ding#ff0000} |
| KM-02 | Falls resulting in hospital admission (per 1,000 aged 65+) | 20 | 21 | 20 | 19 | {ding#00b050} |
| KM-05 | Reviews of care packages completed on time (%) | 85 | 80.1 | 81.0 | 82.2 | {ding#ffc000} |
| KM-08 | Carers supported with an adult carer support plan | 400 | 388 | 402 | 415 | {ding#00b050} |
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == [
        ("KM-01", 33.0, "red"), ("KM-02", 19.0, "green"), ("KM-05", 82.2, "amber"),
        ("KM-08", 415.0, "green")]
