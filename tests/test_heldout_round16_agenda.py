"""Regression tests for the agenda item misses of round 16's blind batches: a signature's name
under the last item read as its title wrapped, the line above ending with the item's page
range; a borderless table's row whose title and lead both wrapped, the lead's lines on the
title's baselines read into the title. Each runs on small generated papers (or on the
reader's parts)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items as _pdf_items

# ------------------------------ a page range ends its line: the name under it is a signature

REGULATION_SIGNED = """## WESTMARCH COUNTY COUNCIL
!! REGULATION COMMITTEE
A meeting of the Regulation Committee will be held in the Tarn Room, County Hall, Westmarch on Tuesday 9th March 2027 at 10.00 am.
** AGENDA
** A - COMMITTEE BUSINESS
A1 Membership and Substitutes
A2 Minutes of the meeting held on 12th January 2027 (Pages 3 - 6)
** B - MATTERS FOR INFORMATION
B1 Public Path Orders and Definitive Map Modification Orders: Progress Report (Pages 15 - 16)
Benjamin Corrigan
Director of Law and Governance
"""  # noqa: E501


def test_a_signature_under_a_title_ended_by_its_page_range_is_not_the_title(
        tmp_path: Path) -> None:
    # the last item's line runs near the margin and ends with its page range: its writer ended
    # it there, so the name under it (the clerk's signature) is no word the margin pushed down
    assert _pdf_items(REGULATION_SIGNED, tmp_path) == [
        ("A1", "Membership and Substitutes"),
        ("A2", "Minutes of the meeting held on 12th January 2027"),
        ("B1", "Public Path Orders and Definitive Map Modification Orders: Progress Report"),
    ]


# ------------- a borderless table: the title and the lead both wrapped, on the same baselines

PENSION_BORDERLESS = """%% ligatures
## MARLSHIRE COUNTY COUNCIL
!! Pension Fund Committee
Wednesday 8th December 2027 at 10.00 am, County Hall, Fenbridge
** AGENDA
|- No. | Item | Lead officer |
| 1 | Apologies and substitutions | Committee Clerk |
| 2 | Minutes of the meeting held on 15th September 2027 | Chair |
| 3 | Investment strategy and performance update | Head of Pension Fund Investments |
| 4 | Pension Fund risk register | Head of Pensions |
"""


def test_a_lead_wrapped_beside_a_wrapped_title_is_not_the_title(tmp_path: Path) -> None:
    # item 3's title and its lead each wrap to two lines, side by side on one baseline each
    # ("Investment strategy and  Head of Pension Fund"): the runs starting where the other
    # line's later run starts are the lead's column, left out of the title
    assert _pdf_items(PENSION_BORDERLESS, tmp_path) == [
        ("1", "Apologies and substitutions"),
        ("2", "Minutes of the meeting held on 15th September 2027"),
        ("3", "Investment strategy and performance update"),
        ("4", "Pension Fund risk register"),
    ]
