"""Review of round 26's documents fixes (batches E-H): papers another council would publish
that the new rules misread. Each runs on a small paper written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents
from kcc_papers.classify.spaced_titles import spaced_title_kind
from kcc_papers.extract.meetings.body_names import fuller_name
from kcc_papers.extract.meetings.owning_bodies import owning_body

# ------------------------------- a company's board keeps its name (the set's convention)

COMPANY_MINUTES = """%% header Southgate Market Square BID Limited - company no. 12345678
%% footer Board of Directors - 5 February 2027 | Page {page}
## SOUTHGATE MARKET SQUARE BID LIMITED
A company limited by guarantee, registered in England no. 12345678.
** Minutes of the meeting of the Board of Directors
Date:	Friday 5 February 2027 at 8.30 am
Place:	The Guildhall, Southgate
Present:	Anna Brook (Chair), Leo Marsh, Ravi Patel
** 1. Welcome and Apologies
There were no apologies. The meeting was quorate.
** 2. Events Programme
The Directors resolved that the events budget of £12,000 be approved.
"""


def test_regression_a_companys_board_keeps_its_name(tmp_path: Path) -> None:
    # the set names a company's board "Board of Directors" under the company's masthead (r7g's
    # ALMO, r19g's trading company, r20f's BID company, as an NHS trust's board): renamed by
    # the company, those three older papers each lost their committee
    docs = pack_documents(COMPANY_MINUTES, tmp_path)
    assert docs == [("minutes", "2027-02-05", "Board of Directors")]


# ------------------------------------------ a letter-spaced title: its words' ends matter

def test_regression_spaced_title_word_ends(tmp_path: Path) -> None:
    # "Performance Reporting Framework" set plainly is a report (PERFORMANCE_TITLED wants the
    # word "report" whole); letter-spaced, its letters run together held "performancereport"
    spaced = "I T E M 6 : P E R F O R M A N C E R E P O R T I N G F R A M E W O R K"
    assert spaced_title_kind([spaced]) is None
    dashboard = "I T E M 6 : P E R F O R M A N C E D A S H B O A R D Q 2"
    assert spaced_title_kind([dashboard]) == "performance_report"


# ------------------------------- a board of members: its own name in a running head is no body

def test_regression_a_board_of_members_running_head_is_not_the_body() -> None:
    # a harbour's pack with "Board of Commissioners" as a running head beside "Trevose Bay
    # Harbour Commissioners" (sorted first, so read first): the commissioners' body is the
    # harbour's. Before, "Meeting of the Commissioners" took the head "Board of Commissioners"
    # for its body (the round's new rule kept its own copy of the lookup, guarded; this one not)
    heads = ["Board of Commissioners", "Trevose Bay Harbour Commissioners"]
    assert fuller_name("Quarterly Meeting of the Commissioners", heads) == (
        "Trevose Bay Harbour Commissioners")
    assert owning_body("Board of Commissioners", heads) == "Trevose Bay Harbour Commissioners"
