"""Held-out round 32, running heads: the minutes' head at a later page's top, saying the minutes
go on there ("Housing Committee - 18 January 2033 - Minutes (continued)"), is no part of the
decision the page before ends on, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import source_decision_rows

# A borough's minutes in its committee pack: the pack's own running header over every page,
# the minutes' page break after a resolution, the next page headed by the meeting and the
# word that the minutes go on.
PACK_MINUTES = """%% header Brackenridge Borough Council | Housing Committee | 15 March 2033
%% footer Page {{page}} of {{pages}}
## Brackenridge Borough Council
** Housing Committee
** Minutes of the meeting held on Tuesday 18 January 2033 at 7.00 pm in the Council Chamber
Present:	Councillors Fiona Delamere (Chair), Ashok Mistry, Bernard Quill, Chidi Okafor
Apologies:	Councillor Louise Tennant
** HC/33/01 Apologies for Absence
Apologies were received from Councillor Tennant.
** HC/33/04 Housing Revenue Account Rent Setting 2033/34
The Director of Housing presented the proposed rent increase of 4.1% in line with the rent standard.
RESOLVED: That the Committee recommends to Council a rent increase of 4.1% from 3 April 2033.
--- page ---
{head}
** HC/33/05 Tenancy Strategy Refresh
RESOLVED: That the refreshed Tenancy Strategy be deferred to the meeting on 15 March 2033.
** HC/33/06 Garage Sites Disposal
RESOLVED: That the disposal of the four garage sites listed in the report be approved.
The meeting closed at 8.55 pm.
"""

RENT = ("RESOLVED: That the Committee recommends to Council a rent increase of 4.1% "
        "from 3 April 2033.")


@pytest.mark.parametrize("head", [
    "Housing Committee - 18 January 2033 - Minutes (continued)",
    "Minutes - 18 January 2033 (continued)",
    "Housing Committee - 18 January 2033 (cont'd)",
])
def test_the_minutes_continued_head_under_a_packs_running_header_is_no_decisions_text(
        head: str, tmp_path: Path) -> None:
    texts = [text for text, _ in source_decision_rows(PACK_MINUTES.format(head=head),
                                                      "minutes", tmp_path)]
    assert RENT in texts
    assert not any("ontinued" in text or "cont'd" in text for text in texts)
