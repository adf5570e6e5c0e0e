"""Review of round 26's documents fixes (batches E-H): papers another council would publish
that the new rules misread. Each runs on a small paper written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

from kcc_papers.classify.spaced_titles import spaced_title_kind
from kcc_papers.extract.meetings.owning_bodies import company_named

# ------------------------------------ a company's board: a line naming another firm is no company

MANAGING_AGENT_PACK = """%% header Southgate Market Square BID Limited
%% footer Board of Directors | 9 April 2027 | Page {page} of {pages}
## Southgate Market Square BID Limited
** Meeting of the Board of Directors
Date:	Friday 9 April 2027
Time:	8.30 am
Venue:	The Guildhall, Southgate
** Agenda
1. Welcome and Apologies
2. Minutes of the Board meeting held on 5 February 2027
3. Managing Agent's Report
--- page ---
## Minutes of the Board of Directors
Minutes of a meeting of the Board of Directors of Southgate Market Square BID Limited held at the Guildhall, Southgate on Friday 5 February 2027 at 8.30 am.
Present: Anna Brook (Chair), Leo Marsh, Ravi Patel
** HB/27/01 Welcome and Apologies
There were no apologies.
** HB/27/02 Events Programme
The Directors resolved that the events budget of £12,000 be approved.
--- page ---
## Report by Brookfield Property Consultants Ltd
** Board of Directors - 9 April 2027
!! Managing Agent's Report
** 1. Recommendation
1.1 The Board is asked to note the report.
"""  # noqa: E501


def test_regression_a_report_by_another_firm_does_not_name_the_board(tmp_path: Path) -> None:
    # "Report by Brookfield Property Consultants Ltd" is a sentence naming the report's author,
    # not the company whose board meets: before, its lower-case "by" was read as a capitalised
    # word of a company's name (the company line's pattern was case-blind)
    assert company_named(["Report by Brookfield Property Consultants Ltd"]) is None
    assert company_named(["HOLLOWMERE MARKET SQUARE BID LIMITED"]) is not None
    docs = pack_documents(MANAGING_AGENT_PACK, tmp_path)
    assert {d[2] for d in docs} == {"Southgate Market Square BID Limited"}


# ------------------------------------------ a letter-spaced title: its words' ends matter

def test_regression_spaced_title_word_ends(tmp_path: Path) -> None:
    # "Performance Reporting Framework" set plainly is a report (PERFORMANCE_TITLED wants the
    # word "report" whole); letter-spaced, its letters run together held "performancereport"
    spaced = "I T E M 6 : P E R F O R M A N C E R E P O R T I N G F R A M E W O R K"
    assert spaced_title_kind([spaced]) is None
    assert spaced_title_kind(["P E R F O R M A N C E R E P O R T Q 2"]) == "performance_report"
