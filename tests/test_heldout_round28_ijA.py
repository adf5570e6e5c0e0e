"""Regression tests for the documents, minutes, agenda and decisions misses of held-out round
28's batches I and J (papers received as plain text, e-mail and web pages, and one London
borough's ModernGov week), each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows
from kcc_papers.models import AgendaItem, Decision, Document, Meeting, Minute
from kcc_papers.pipeline import process_file

MARKDOWN_EXPORT = """---
title: "Meeting papers - Parish Council, 14 May 2029"
layout: meeting
---

# Oakhurst Parish Council

## Agenda

You are summoned to attend a meeting of **Oakhurst Parish Council** on
**Monday 14 May 2029 at 7.30 pm** in the Village Hall.

| No. | Item |
|----:|------|
| 1 | Apologies for absence |
| 2 | Minutes of the meeting held on 16 April 2029 |
| 3 | Allotments |

---

# Oakhurst Parish Council

## Minutes of the Parish Council Meeting

**Held on:** Monday 16 April 2029 at 7.30 pm
**Present:** Cllr A Dunmore (Chair), Cllr B Fenwick, Cllr C Hollis

### 29/041 Apologies for absence

Apologies were received from Cllr D Pratt.

### 29/042 Allotment rents

**Resolved:** that allotment rents rise to £40 a plot from 1 October 2029.

### 29/043 Bus shelter

**Resolved:** to accept the quotation of Shelterco Ltd of £4,200 excluding VAT.

*The meeting closed at 8.40 pm.*
"""


def _read(text: str, tmp_path: Path) -> tuple[list[Document], list[object]]:
    """The documents split out of a text paper (the pack itself left out) and its records."""
    path = tmp_path / "paper.txt"
    path.write_text(text)
    result = process_file(str(path))
    docs = result.documents[1:] if len(result.documents) > 1 else result.documents
    return docs, list(result.records)


def test_markdown_export_reads_as_its_agenda_and_minutes(tmp_path: Path) -> None:
    """A Markdown export's "###" minute headings, "**Resolved:**" lines, pipe-table agenda and
    "---" document breaks read as the plain text they stand for (load/markdown.py)."""
    docs, records = _read(MARKDOWN_EXPORT, tmp_path)
    kinds = sorted((d.kind, str(d.meeting_date)) for d in docs)
    assert kinds == [("agenda", "2029-05-14"), ("minutes", "2029-04-16")]
    items = [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)]
    assert items == [("1", "Apologies for absence"),
                     ("2", "Minutes of the meeting held on 16 April 2029"),
                     ("3", "Allotments")]
    minutes = [(m.minute_number, m.title) for m in records if isinstance(m, Minute)]
    assert minutes == [("29/041", "Apologies for absence"), ("29/042", "Allotment rents"),
                       ("29/043", "Bus shelter")]
    decisions = [d.decision_text for d in records if isinstance(d, Decision)]
    assert len(decisions) == 2 and "allotment rents rise" in decisions[0]


DECISIONS_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><title>Decisions - Housing and Leisure Committee, Wednesday 7 February
2029 - Brackenmoor District Council</title></head><body>
<header><a href="/"><img src="/logo.png" alt="Brackenmoor District Council"></a></header>
<nav><ul><li><a href="/">Home</a></li>
<li><a href="/council">Council and democracy</a></li></ul></nav>
<main class="mgContent">
<h1 class="mgMainTitleTxt">Decisions</h1>
<p class="mgSubTitleTxt">Decisions published for Housing and Leisure Committee, Wednesday 7
February 2029, 7.00 pm</p>
<p>Decisions published on Friday 9 February 2029. Decisions may be implemented on Monday 19
February 2029 unless called in.</p>
{entries}
</main>
<footer><p>Copyright Brackenmoor District Council</p></footer>
</body></html>
"""
ENTRY = """<div class="mgDecision">
<h2 class="mgSectionTitle"><a href="/ieDecisionDetails.aspx?ID=1">{title}</a></h2>
<p class="mgDecisionStatus">Decision status: {status}</p>
<p><strong>Decision:</strong></p>
<p>{decision}</p>
<p><strong>Reasons for the decision:</strong> {reason}</p>
<p class="mgDecisionMeta">Wards affected: (All Wards); Contact: Ruth Allen, Leisure Manager.
Key decision: No. Publication date: 09/02/2029. Date of decision: 07/02/2029.</p>
</div>
"""
ENTRIES = [
    ("Leisure Centre Opening Hours", "Recommendations Rejected",
     "That the proposal to close the leisure centre on Sundays be not approved.",
     "members wished to keep weekend swimming."),
    ("Empty Homes Grants 2029/30", "Recommendations Approved",
     "That the Empty Homes Grants 2029/30 be approved.", "to bring empty homes back into use."),
    ("Allotment Rents", "Deferred",
     "That a decision on allotment rents be deferred to the meeting on 6 March 2029.",
     "members asked for the tenants' association's views."),
]


def test_decisions_page_listed_under_status_labels(tmp_path: Path) -> None:
    """A ModernGov "Decisions" page printing each decision's title over its "Decision status:"
    is a page of listed decisions (issue_details.listed_decision_starts), and its heading
    "Decisions published for <body>, <date>" names the meeting (sentences.decisions_taken)."""
    path = tmp_path / "decisions.html"
    entries = "".join(ENTRY.format(title=t, status=s, decision=d, reason=r)
                      for t, s, d, r in ENTRIES)
    path.write_text(DECISIONS_PAGE.format(entries=entries))
    result = process_file(str(path))
    decisions = [(d.title, d.outcome) for d in result.records if isinstance(d, Decision)]
    assert decisions == [("Leisure Centre Opening Hours", "rejected"),
                         ("Empty Homes Grants 2029/30", "approved"),
                         ("Allotment Rents", "deferred")]
    meetings = {(m.committee, str(m.meeting_date)) for m in result.records
                if isinstance(m, Meeting)}
    assert meetings == {("Housing and Leisure Committee", "2029-02-07")}


EMAIL_BODY = """From: Clerk <clerk@wickham-tc.gov.uk>
Sent: Monday, April 9, 2029 10:12 AM
To: Officer <officer@county.gov.uk>
Subject: Minutes and agenda

Hi, both pasted below.

________________________________

WICKHAM TOWN COUNCIL

MINUTES OF THE MEETING OF THE AMENITIES COMMITTEE held at the Town Hall, Wickham on
Tuesday 13 March 2029 at 7.00 pm

Present:        Cllr A Brent (Chair), Cllr B Colley, Cllr C Dyer

AM/29/05  APOLOGIES FOR ABSENCE
Apologies were received from Cllr D Eames.

AM/29/06  PLAYING FIELD
RESOLVED that the new goalposts be bought at a cost of £1,240.

AM/29/07  DATE OF NEXT MEETING
Tuesday 17 April 2029 at 7.00 pm.

The meeting closed at 8.10 pm.

________________________________

WICKHAM TOWN COUNCIL

AMENITIES COMMITTEE

Members of the Amenities Committee are summoned to attend a meeting to be held at the
Town Hall, Wickham on Tuesday 17 April 2029 at 7.00 pm for the business below.

A Clerk, Town Clerk                                          9 April 2029

AGENDA

1. Apologies for absence
2. Minutes of the meeting held on 13 March 2029
3. Allotments
"""


def test_pasted_agenda_starts_at_its_masthead_under_the_rule(tmp_path: Path) -> None:
    """An agenda pasted under a rule in an e-mail starts at its masthead under the rule, not
    at its "AGENDA" heading: its summons, which dates it, is its own (ruled_mastheads)."""
    docs, _ = _read(EMAIL_BODY, tmp_path)
    kinds = [(d.kind, str(d.meeting_date)) for d in docs]
    assert kinds == [("minutes", "2029-03-13"), ("agenda", "2029-04-17")]


TEXT_AGENDA = """WESTFORD COUNTY COUNCIL

RESOURCES OVERVIEW AND SCRUTINY COMMITTEE

Tuesday 24 April 2029 at 10.00 am
Committee Room 2, County Hall

AGENDA

Item  Business                                                        Pages

1     Apologies for Absence

2     Minutes of the Meeting held on 20 March 2029                    3 - 6

3     Cabinet Forward Plan                                            7 - 12

4     Work Programme 2029/30                                          13 - 15
"""


def test_text_agenda_row_titled_forward_plan_is_an_item(tmp_path: Path) -> None:
    """A text agenda's row "3     Cabinet Forward Plan     7 - 12" is an item of the agenda,
    no forward plan's title starting a document (decision_headings.FORWARD_PLAN_TITLE)."""
    docs, records = _read(TEXT_AGENDA, tmp_path)
    assert [d.kind for d in docs] == ["agenda"]
    items = [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)]
    assert items[2:] == [("3", "Cabinet Forward Plan"), ("4", "Work Programme 2029/30")]


COUNCIL_MINUTES = """\
ASHWORTH BOROUGH COUNCIL

MINUTES OF THE MEETING OF THE COUNCIL HELD ON WEDNESDAY 12 MARCH 2031 AT 7.00 PM

PRESENT: Councillor Ansell (Mayor), Councillors Bray, Coker, Dar and Vane

65.  MOTION: LIBRARY OPENING HOURS
     Councillor Vane moved and Councillor Bray seconded the following motion:
     "This Council calls on the Cabinet to open every library on Sundays."
     A recorded vote having been requested, the voting on the motion was as follows:
     For (2) Against (3) Abstained (0)
     The motion was therefore declared lost.

66.  APPOINTMENTS TO COMMITTEES
     RESOLVED that Councillor Dar replace Councillor Coker on the Licensing Committee.
"""


def test_motion_therefore_declared_lost_is_a_decision(tmp_path: Path) -> None:
    """"The motion was therefore declared lost." after a recorded vote is the motion's
    decision, rejected (lost_motions._MOTION_DEFEATED: an adverb before "declared"); read with
    the motion moved before it in quotation marks (review of round 37: "the following motion:"
    then its quoted words, whatever they open with, are what was refused; the vote's row of
    counts passed over as a recorded vote's table)."""
    rows = decision_rows(COUNCIL_MINUTES, tmp_path)
    assert ("Councillor Vane moved and Councillor Bray seconded the following motion: \"This"
            " Council calls on the Cabinet to open every library on Sundays.\" A recorded vote"
            " having been requested, the voting on the motion was as follows: The motion was"
            " therefore declared lost.", "rejected") in rows
