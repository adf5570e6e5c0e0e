"""Regression tests for round 29's batch G misses (long packs): a pack's contents page set in a
page column before its agenda read as a document of its own (its entries numbered as the
agenda's items read as items twice), an exempt item's stand-in saying in one sentence that its
paper is not for publication, and a partnership's register lettering its risks "PR-A". Each
runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, rendered, scored_risks
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# ------------------------------------------ a contents page in a page column

MINUTES_AND_REPORT = """--- page ---
## Calderbrook Fire and Rescue Authority
** Minutes of the meeting held on Tuesday 20 March 2029 at 10.30 am
PRESENT: Councillors G Ashdown (Chair), M Lyle and S Whitlock
** AG/29/01 Apologies
Apologies were received from Councillor C Pettifer.
** AG/29/02 Internal Audit Plan
RESOLVED: That the Internal Audit Plan 2029/30 be approved.
--- page ---
Agenda Item 4
## Treasury Management Outturn 2028/29
Report of:	Treasurer
** 1. Recommendation
1.1 That the Committee notes the treasury management outturn for 2028/29.
** 2. Background
2.1 Borrowing stayed within the authorised limit throughout the year.
"""

# (the pack's running head names its committee and meeting, as the fire authority's does)
RUNNING_HEAD = ("%% header Calderbrook Fire and Rescue Authority | Audit and Governance Committee"
                " | 26 June 2029\n")
NUMBERED_CONTENTS_PACK = RUNNING_HEAD + """%% footer {page}
## CALDERBROOK FIRE AND RESCUE AUTHORITY
## AUDIT AND GOVERNANCE COMMITTEE
Date:	Tuesday 26 June 2029
Time:	10.30 am
Venue:	Training Suite, Service Headquarters, Orchard Way, Calderbrook
Clerk:	Nerys Colclough, Clerk to the Authority
** Contents
|- Item | Page |
| 1. Apologies for Absence |  |
| 2. Declarations of Interest |  |
| 3. Minutes of the Meeting held on 20 March 2029 | 3 |
| 4. Treasury Management Outturn 2028/29 | 4 |
| 5. Corporate Risk Register | 6 |
| 6. Insurance Brokerage Services: Contract Award | 8 |
| 7. Exclusion of the Press and Public |  |
--- page ---
** AGENDA
|~ Item | Business | Lead officer |
| 1 | Apologies for Absence | Chair |
| 2 | Declarations of Interest | Chair |
| 3 | Minutes of the Meeting held on 20 March 2029 | Clerk |
| 4 | Treasury Management Outturn 2028/29 | Treasurer |
| 5 | Corporate Risk Register | Deputy Chief Fire Officer |
| 6 | Insurance Brokerage Services: Contract Award | Treasurer |
| 7 | Exclusion of the Press and Public | Chair |
""" + MINUTES_AND_REPORT


def test_numbered_contents_page_before_the_agenda_is_no_document(tmp_path: Path) -> None:
    """A pack's cover listing its items with their pages in a column (no dots leading to
    them) before the agenda was read as a second agenda, its items read twice."""
    docs = pack_documents(NUMBERED_CONTENTS_PACK, tmp_path)
    assert [d[0] for d in docs] == ["agenda", "minutes", "report"]
    assert docs[0][1] == "2029-06-26"


def test_numbered_contents_page_items_are_read_once(tmp_path: Path) -> None:
    """The cover's entries, numbered as the agenda's items, were read as items again."""
    pdf = rendered(NUMBERED_CONTENTS_PACK, tmp_path, "pack")
    refs = [r.item_ref for r in process_file(str(pdf)).records if isinstance(r, AgendaItem)]
    assert refs == ["1", "2", "3", "4", "5", "6", "7"]


TEXT_CONTENTS_PACK = """Public Document Pack

Penrow Town Council

Meeting of the Town Council

Thursday, 8th November 2029 at 7.00 pm
The Assembly Room, Penrow Town Hall

Contents
                                                              Page
Agenda                                                           1
Minutes of the Town Council, 11 October 2029                     3
Grounds Maintenance Contract 2030-2035                           8
Budget Monitoring to 30 September 2029                          11

AGENDA

1.   Apologies for absence
2.   Minutes of the Town Council
     To approve the minutes of the meeting held on 11 October 2029.
3.   Grounds Maintenance Contract 2030-2035
4.   Budget Monitoring to 30 September 2029

Public Document Pack

PENROW TOWN COUNCIL

MINUTES of the Meeting of the Town Council held at Penrow Town Hall on Thursday, 11th October 2029

PRESENT:  Councillor K Polglase (Town Mayor, in the Chair)

C/29/071  APOLOGIES FOR ABSENCE
          Apologies were received from Councillor E Hocking.

C/29/072  CHRISTMAS LIGHTS
          RESOLVED that the quotation for the Christmas lights be accepted.

The meeting closed at 8.41 pm.
"""


def test_text_contents_page_of_papers_joins_the_agenda_as_its_cover(tmp_path: Path) -> None:
    """A text pack's contents page naming its papers with their pages in a column: an entry
    ("Minutes of the Town Council, 11 October 2029   3") started a document, and the cover
    was read as an agenda beside the agenda; joined to the agenda, its masthead still names
    the meeting."""
    path = tmp_path / "pack.txt"
    path.write_text(TEXT_CONTENTS_PACK)
    docs = [d for d in documents_of(path) if d[0] != "pack"]
    assert [d[:2] for d in docs] == [("agenda", "2029-11-08"), ("minutes", "2029-10-11")]


# ------------------------------------------ an exempt item's stand-in by one sentence

EXEMPT_SENTENCE_PACK = NUMBERED_CONTENTS_PACK + """--- page ---
Agenda Item 6
## Acquisition of Land at Priory Wharf
Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government
Act 1972.
"""


def test_exempt_item_stand_in_by_its_sentence_is_no_document(tmp_path: Path) -> None:
    """The page standing in for an exempt item's paper, saying in one sentence opening its
    line that the paper is not for publication under Schedule 12A, was read as an "other"
    document."""
    docs = pack_documents(EXEMPT_SENTENCE_PACK, tmp_path)
    assert [d[0] for d in docs] == ["agenda", "minutes", "report"]


def test_report_withholding_only_its_appendix_is_a_document(tmp_path: Path) -> None:
    """Guard: a short report whose appendix alone is withheld ("Appendix B is not for
    publication by virtue of ...") is still a paper."""
    paper = NUMBERED_CONTENTS_PACK + """--- page ---
Agenda Item 6
## Acquisition of Land at Priory Wharf
Appendix B is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the
Local Government Act 1972.
"""
    docs = pack_documents(paper, tmp_path)
    assert len(docs) == 4


# ------------------------------------------ a register lettering its risks

LETTERED_REGISTER = """Partnership Risk Register
Risks are scored as likelihood x impact on a 1-5 scale.
Ref\tRisk\tL x I\tScore\tOwner
PR-A\tReprocessing markets for mixed plastics collapse\t3 x 4\t12\tPartnership Manager
PR-B\tExtended producer responsibility payments lower than modelled\t4 x 3\t12\tTreasurer
PR-C\tDelay in delivery of food waste vehicles\t2 x 4\t8\tFleet Manager
"""


def test_register_lettering_its_risks_after_a_hyphen(tmp_path: Path) -> None:
    """A joint committee's register whose ids are its letters, a hyphen and a letter ("PR-A")
    gave no risks: such an id starts a row as a numbered one does."""
    assert scored_risks(LETTERED_REGISTER, tmp_path) == [
        ("PR-A", 3, 4, 12), ("PR-B", 4, 3, 12), ("PR-C", 2, 4, 8)]
