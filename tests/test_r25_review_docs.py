"""Regression tests for the review of round 25's document fixes: a running foot is only the
page's last line (a masthead printing the same words above is the paper's own); a board's
coded item named on a line of a paper's text is no second stamp on its page; a paper's label
in capitals ("PAPER A: MINUTES OF ...") is no part of its heading. Each runs on a small paper
written here, as another council would publish it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents
from test_heldout_round25_docs import ICB_COMMITTEE_PACK

# A one-page-per-paper report whose masthead prints the meeting as the page's foot does.
MASTHEAD_AS_FOOT = """%% footer Cabinet - 11 June 2026
## Cabinet - 11 June 2026
** Report of the Director of Place
!! Highways Asset Management Plan
** 1. Recommendation
1.1 That Cabinet approves the plan.
--- page ---
** 2. Background
2.1 The plan sets out how the network is kept.
2.2 It was last approved in 2023.
"""


def test_regression_masthead_printing_the_foots_words_is_read(tmp_path: Path) -> None:
    # the foot's words at the page's top are the report's masthead; before, every line with
    # the foot's words was dropped and the report had no meeting: ("report", None, None)
    assert pack_documents(MASTHEAD_AS_FOOT, tmp_path) == [("report", "2026-06-11", "Cabinet")]


# A paper stamped "Agenda Item 2" whose text names another meeting's coded item on a line of
# its own (a sentence wrapped at the reference).
CODED_ITEM_IN_TEXT = """## CABINET
Date:	Thursday 11 June 2026
Venue:	Council Chamber
** AGENDA
1. Apologies for absence
2. Budget monitoring
3. Highways plan
--- page ---
** Agenda Item 2
!! Budget Monitoring Quarter 1
Report of the Chief Finance Officer
** Recommendation
That Cabinet notes the position.
This was considered as
Agenda item CAB 7
at the last meeting.
--- page ---
** Agenda Item 3
!! Highways Plan
Report of the Director of Place
** Recommendation
That Cabinet approves the plan.
"""


def test_regression_coded_item_in_text_is_no_second_stamp(tmp_path: Path) -> None:
    # the page's stamp starts item 2's report; before, the coded reference counted as a second
    # stamp on the page, no stamp was read and items 2 and 3 ran together as one report
    assert [d[0] for d in pack_documents(CODED_ITEM_IN_TEXT, tmp_path)] == [
        "agenda", "report", "report"]


# A board's pack labelling its enclosures in capitals, as many print their headings (the ICB
# committee's pack of round 25's tests, its minutes' heading in capitals).
PAPER_LABEL_IN_CAPITALS = ICB_COMMITTEE_PACK.replace(
    "Paper A: Minutes of the Quality Committee held on Thursday 15 January 2026",
    "PAPER A: MINUTES OF THE QUALITY COMMITTEE HELD ON THURSDAY 15 JANUARY 2026")


def test_regression_paper_label_in_capitals_titles_minutes(tmp_path: Path) -> None:
    # "PAPER A: MINUTES OF ... HELD ON ..." starts minutes as "Paper A: Minutes of ..." does;
    # before, the label was stripped only as "Paper" is written and the paper read as "other"
    assert PAPER_LABEL_IN_CAPITALS != ICB_COMMITTEE_PACK
    docs = pack_documents(PAPER_LABEL_IN_CAPITALS, tmp_path)
    assert docs[1] == ("minutes", "2026-01-15", "Quality Committee")
