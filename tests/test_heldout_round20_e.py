"""Regression tests for held-out round 20 batch E's misses (London boroughs' and metropolitan
councils' own templates): each named after the defect, on small papers written here, not on
the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

# ------------ a report opening with a front table under its meeting's title row

FRONT_TABLE_PACK = """%% header London Borough of Ashwell
## LONDON BOROUGH OF ASHWELL
!! Cabinet
** AGENDA
Date:	Tuesday 14 September 2027
| No. | Item | Pages |
| 1 | Apologies for Absence | |
| 2 | Library Opening Hours Review | 2 - 3 |
--- page ---
|# Cabinet | 14 September 2027 |
| Report title | Library Opening Hours Review for the Borough's Seven Community Libraries |
| Cabinet Member | Councillor Ama Boateng, Cabinet Member for Culture and Communities |
| Report author | Kwabena Ellis-Hart, Head of Libraries |
| Key Decision | Yes |
| Wards affected | All |
| Exempt | No |
** 1. Purpose of the report
1.1 This report sets out new opening hours for the Council's seven community libraries from April 2028.
** 2. Recommendations
Cabinet is recommended to:
2.1 Approve the opening hours at section 3.
"""  # noqa: E501


def test_front_table_under_meeting_title_row_read_as_no_report(tmp_path: Path) -> None:
    # The table's title row and a value cell wrapped above its label's line put the labels
    # below the page's first lines: the report was read as the agenda's last page
    assert pack_documents(FRONT_TABLE_PACK, tmp_path) == [
        ("agenda", "2027-09-14", "Cabinet"), ("report", "2027-09-14", "Cabinet")]


def test_label_rows_under_prose_start_no_report(tmp_path: Path) -> None:
    # the same rows under a paragraph of the page are a list inside the paper going on
    prose = FRONT_TABLE_PACK.replace(
        "|# Cabinet | 14 September 2027 |\n",
        "The Council reviewed library opening hours across the borough in 2027 and reported.\n")
    assert pack_documents(prose, tmp_path) == [("agenda", "2027-09-14", "Cabinet")]
