"""Held-out round 32, decisions and agenda items of batch E (papers whose layout fights the
reading order): the misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_decision_rows
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# A cabinet report set in two columns throughout, each section's bold heading run into its
# paragraph with no colon ("Recommendation That Cabinet approves the"): the recommendation
# runs from the foot of the left column to the top of the right one.
TWO_COLUMN_REPORT = """^^ CABINET REPORT
** School Transport: Contract Award
Meeting:	Cabinet, 14 June 2031
Cabinet Member:	Councillor Ruth Alder, Children and Families
Lead Officer:	Director of Children's Services
Agenda item:	6
<> **Summary** The council carries 2,300 pupils to school each day under contracts that end in August 2031. This report sets out the outcome of the tender for the routes in the north of the county. || Marlowe Coaches Ltd for five years from 1 September 2031 at a total contract value of £4,120,000.
<> The tender was run as an open procedure and attracted six compliant bids for the eleven routes. || **Reasons for the recommendation** The recommended bidder offered the best quality and the lowest price.
<> **Recommendation** That Cabinet approves the award of the contract for school transport in the north of the county to || **Alternative options considered** Running the routes with the council's own fleet was costed and rejected.
"""  # noqa: E501

# A scrutiny report whose numbered bold headings run into their paragraphs in the left half
# of the page, a "Key facts" sidebar and a pull quote beside them in the right half.
SIDEBAR_REPORT = """## Corrbridge District Council
** Leisure Centres: Annual Review 2030/31
Report to:	Overview and Scrutiny Committee
Date:	2 March 2031
Report of:	Head of Leisure
<> **1. Purpose** This report reviews the use of the district's three leisure centres in 2030/31. || **KEY FACTS** 412,000 visits. 3 centres. 96% of classes full.
<> **2. Recommendation** That the Committee notes the use of the leisure centres in 2030/31 and chooses one centre to visit in May 2031. || "The new pool has changed my mornings." - a swimmer at Corrbridge Baths
<> **3. What happened in the year** Visits rose by 6% on 2029/30, most of the rise at the new pool. || **Did you know?** One visit in four is now booked online.
"""  # noqa: E501


def test_a_bold_recommendation_heading_run_into_its_paragraph_heads_the_block(
        tmp_path: Path) -> None:
    rows = source_decision_rows(TWO_COLUMN_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That Cabinet approves the award of the contract for school transport in the north of "
        "the county to Marlowe Coaches Ltd for five years from 1 September 2031 at a total "
        "contract value of £4,120,000."]


def test_a_numbered_run_in_recommendation_heading_beside_a_sidebar(tmp_path: Path) -> None:
    rows = source_decision_rows(SIDEBAR_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Committee notes the use of the leisure centres in 2030/31 and chooses one "
        "centre to visit in May 2031."]


# A committee's pack: a cover, a contents page whose entries are led by dots to their pages
# (one of them the report's item, "Item 3: ...", and its appendices), then the agenda's page
# listing the items from "1.".
CONTENTS_PACK = """%% header Penharrow Borough Council | Licensing Committee | 9 April 2031
%% footer Page {page} of {pages}
## Penharrow Borough Council
!! Licensing Committee
!! Agenda pack
Wednesday 9 April 2031 at 6.00 pm
--- page ---
** Contents
Agenda ............................................................................ 3
Minutes of the meeting held on 12 February 2031 ............................ 4
Item 3: Taxi Licensing Policy Review 2031 ................................... 5
Appendix A: Draft policy ..................................................... 6
Appendix B: Consultation responses ........................................ 7
--- page ---
## Penharrow Borough Council
** Licensing Committee
Date:	Wednesday 9 April 2031
Time:	6.00 pm
** AGENDA
1. Apologies for Absence
2. Minutes of the Meeting held on 12 February 2031
3. Taxi Licensing Policy Review 2031
4. Any Other Business
--- page ---
## Penharrow Borough Council
** Licensing Committee
** Minutes of the meeting held on Wednesday 12 February 2031 at 6.00 pm
Present:	Councillors Jane Pascoe (Chair), Tom Rowe, Emma Kitto
** LC/31/01 Apologies for Absence
There were none.
** LC/31/02 Street Trading Fees
RESOLVED: That the street trading fees for 2031/32 be approved.
"""


def test_a_packs_contents_page_before_the_agenda_lists_papers_not_items(
        tmp_path: Path) -> None:
    records = process_file(str(rendered(CONTENTS_PACK, tmp_path, "pack"))).records
    assert [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)] == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 12 February 2031"),
        ("3", "Taxi Licensing Policy Review 2031"),
        ("4", "Any Other Business"),
    ]
