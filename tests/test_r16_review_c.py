"""Review of round 16's agenda and PDF table fixes, checked against papers of other councils:
a dot leader leading to its pages spelled with their word ("Pages 3 - 4", "(Pages 3 - 4)") or
to a bracketed note stayed in the title; a page whose cells are shaded in Word's 25% grey
(#BFBFBF, PDFium's stand-in colour for a pattern) beside a pattern-filled chart lost that grey
on the fast table path. Each runs on a small paper written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items as _pdf_items

# ----------------------- a leader to pages spelled with their word, or to a bracketed note

MODERNGOV_WORDED_LEADERS = """%% font serif
## ASHCOMBE BOROUGH COUNCIL
**LICENSING COMMITTEE - THURSDAY, 9TH JULY, 2026**
A meeting of the Licensing Committee will be held in the Council Chamber, Ashcombe on Thursday, 9th July, 2026 at 6.30 pm.
** AGENDA
1.  Apologies for Absence
2.  Minutes ................................................................................... (Pages 3 - 6)
3.  Statement of Licensing Policy 2026-2031 ...................................... Pages 7 - 40
4.  Fees and Charges Review ................................................................ Page 41
5.  Hackney Carriage Fares ................................................................... (To Follow)
6.  Any Other Business which the Chairman considers to be urgent
"""  # noqa: E501


def test_regression_leader_to_worded_or_bracketed_pages_is_no_part_of_the_title(
        tmp_path: Path) -> None:
    # a leader leads to the pages however they are printed ("(Pages 3 - 6)", "Pages 7 - 40",
    # "Page 41") or to a note in brackets: the dots were left in the title
    assert _pdf_items(MODERNGOV_WORDED_LEADERS, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes"),
        ("3", "Statement of Licensing Policy 2026-2031"),
        ("4", "Fees and Charges Review"),
        ("5", "Hackney Carriage Fares"),
        ("6", "Any Other Business which the Chairman considers to be urgent"),
    ]
