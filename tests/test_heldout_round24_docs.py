"""Regression tests for round 24's document misses (each document's kind, meeting date and
committee): minutes titled by the word letter-spaced ("M I N U T E S") over the meeting's name
and date. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_front

# ------------------------------------------- minutes titled by the word letter-spaced

SPACED_MINUTES_PACK = pack_front("ASHBROOK DISTRICT COUNCIL", "Planning Committee") + """\
## ASHBROOK DISTRICT COUNCIL
^^ M I N U T E S
** Planning Committee - Wednesday 12 March 2026
Held at 6.00 pm in the Council Chamber, Riverside Offices.
Present:	Councillor G. Ottley (Chair); Councillors B. Fyfe, H. Aldous and P. Cunliffe
** PC/26/41 Apologies for Absence
Apologies were received from Councillor N. Sheringham.
** PC/26/42 Minutes
RESOLVED that the minutes of the meeting held on 12 February 2026 be confirmed.
The meeting closed at 8.10 pm.
--- page ---
** Agenda Item 3
** Budget Monitoring 2026/27
Report of the Chief Finance Officer
** 1. Recommendation
1.1 That the Committee notes the budget position at the end of month 10.
"""


def test_letter_spaced_minutes_word_over_meeting_and_date(tmp_path: Path) -> None:
    # "M I N U T E S" letter-spaced alone over "Planning Committee - Wednesday 12 March 2026"
    # and "Present:": the word set as a title (as "Minutes - <date>" over who was present);
    # before, the spaced word was no minutes' heading and the minutes were read as a report
    docs = pack_documents(SPACED_MINUTES_PACK, tmp_path)
    assert ("minutes", "2026-03-12", "Planning Committee") in docs
