"""Regression tests for defects found reviewing round 12's reader changes (segmentation,
zebra tables, agenda and minutes readers): small generated papers and counter-examples of
the rules round 12 added."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import kcc_papers.extract.meetings as meetings_module
from conftest import text_contexts
from heldout_support import rendered
from kcc_papers.extract.meetings.minutes_heading import MinutesHeading
from kcc_papers.models import Contract
from kcc_papers.pipeline import process_file

# ------------------------------- a zebra table's cell merged down in its last column

REGISTER = """!! {council}: Contracts Register 2026/27
Report to:	{body}
Date of meeting:	27 August 2026
Report by:	Chief Officer
** 1. Purpose of the report
1.1 To give the {body} sight of the contracts held for the services it commissions.
--- page ---
** Appendix 1: Register of contracts
|% 30 20 20 30
|~ Service and lot | Annual value (£) | Total contract value (£) | Provider |
{rows}"""


def test_regression_zebra_cell_merged_down_in_the_last_column(tmp_path: Path) -> None:
    """A provider's cell merged down from an unshaded row into the shaded row below, in the
    table's last column: the shaded row stops short of the right edge by that one cell, as a
    section's name row (shaded in its first cell only) does, but it is no section row."""
    rows = ("| Carers support | 228,000 | 1,140,000 | Ashcombe Carers Centre |\n"
            "| Day opportunities | 340,000 | 1,020,000 | Skye Ridge Mental Health and Wellbeing"
            " Association |\n"
            "| Recovery community | 118,000 | 354,000 | ^ |\n")
    paper = REGISTER.format(council="Ashcombe", body="Health and Wellbeing Board", rows=rows)
    found = [(c.provider, c.value_gbp)
             for c in process_file(str(rendered(paper, tmp_path))).records
             if isinstance(c, Contract)]
    skye = "Skye Ridge Mental Health and Wellbeing Association"
    assert sorted(found, key=str) == sorted(
        [("Ashcombe Carers Centre", 1140000.0), (skye, 1020000.0), (skye, 354000.0)], key=str)


# ------------------------------- a minutes' head read in columns lost a line after a stamp

STAMPED_MINUTES = "\n".join([
    "PUBLIC PACK - PLANNING 14/05/26",
    "ASHCOMBE BOROUGH COUNCIL",
    "Minutes of the meeting of the Planning Committee held on Thursday 14 May 2026 at 7.00 pm",
    "in the Council Chamber, Town Hall, Ashcombe",
    "Present:",
    *(f"Councillor Member{n} Surname{n}" for n in range(1, 12)),
    "1. Apologies for absence",
    "Apologies were received from Councillor Dene.",
    "2. Minutes of the previous meeting",
    "RESOLVED: That the minutes of the meeting held on 9 April 2026 be approved.",
    ""])


def test_regression_minutes_head_lost_a_line_after_a_stamp(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The minutes' head (read in columns) was taken from the segment's first lines less its
    stamps, the rest from the unstamped lines past the same count: a stamp in the head lost
    the first line after it."""
    (ctx,) = text_contexts(STAMPED_MINUTES, "minutes", tmp_path)
    flat, start = ctx.segment.flat, ctx.segment.start
    page, idx, first = flat[start]
    flat[start] = (page, idx, replace(first, stamp=True))  # as a publisher's stamp is marked
    seen: list[list[str]] = []

    def heading(lines: list[str], whole_text: str) -> MinutesHeading:
        seen.append(lines)
        return MinutesHeading()

    monkeypatch.setattr(meetings_module, "minutes_heading", heading)
    meetings_module.extract(ctx)
    unstamped = [line.text for _, line in ctx.segment.lines if not line.stamp]
    assert seen == [unstamped]
