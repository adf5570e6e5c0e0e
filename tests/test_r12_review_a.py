"""Regression tests for defects found reviewing round 12's reader changes (segmentation,
zebra tables, agenda and minutes readers): small generated papers and counter-examples of
the rules round 12 added."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
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
