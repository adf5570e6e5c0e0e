"""Regression tests for round 28's document misses of family docs1 (splitting packs into their
papers, each paper's kind, meeting date and committee, minutes and agenda items): headings set
in Unicode small capitals, ... Each runs on small papers written here, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

# ------------------------------------------ headings typed in Unicode small capitals

SMALL_CAPITALS_PACK = """%% ligatures
## Amberley and Tod Joint Museums Service
!! Joint Museums Committee
Wednesday, 9 October 2030, 10.00 am
Members: Councillors R Ashdown (Chair), K Oyelaran and B Pettifer
** Aɢᴇɴᴅᴀ
1. Apologies for Absence
2. Minutes of the Meeting held on 3 July 2030
3. Collections Care Report
--- page ---
## Amberley and Tod Joint Museums Service
** Minutes of the Joint Museums Committee held on Wednesday, 3 July 2030
Pʀᴇsᴇɴᴛ: Councillors R Ashdown (Chair), K Oyelaran and B Pettifer
** JM/30/04 Apologies for Absence
None.
** JM/30/05 Loans Policy
RESOLVED: That the loans policy be approved.
--- page ---
Agenda Item 3
## Collections Care Report
Report of the Head of Museums
** Rᴇᴄᴏᴍᴍᴇɴᴅᴀᴛɪᴏɴ
That the Committee notes the report.
** Bᴀᴄᴋɢʀᴏᴜɴᴅ
The environmental monitoring of the stores continued through the summer.
"""


def test_small_capital_agenda_heading_makes_an_agenda(tmp_path: Path) -> None:
    # "Aɢᴇɴᴅᴀ" in letters of Unicode's small capitals is the word "Agenda": before, the front
    # page was "other" and the report after the minutes lost the meeting's date and committee
    body = "Joint Museums Committee"
    assert pack_documents(SMALL_CAPITALS_PACK, tmp_path) == [
        ("agenda", "2030-10-09", body), ("minutes", "2030-07-03", body),
        ("report", "2030-10-09", body)]
