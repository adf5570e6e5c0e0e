"""Regression tests for the structure misses of round 10's blind batches (Q to T) that remain
with the text layer's marks stripped: a decision notice whose masthead names its body and what
the paper is on one line ("Licensing Sub-Committee: Notice of Decision"), and a web page's
agenda whose masthead ("Agenda - Tuesday 20 January 2026, 7.00pm") stands over long lines
before the items' heading. Each runs on small generated papers in more than one council's form,
not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import heldout_accuracy
from kcc_papers.pipeline import process_file


def _pdf(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def _documents(path: Path) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, str(d.meeting_date) if d.meeting_date else None, d.committee)
            for d in process_file(str(path)).documents]


NOTICE = """## {council}
## {masthead}
Licensing Act 2003 - application for a premises licence
Premises:	The Plough, 3 Mill Lane
{date_label}:	{date}
Members:	Councillor A Brown (Chair), Councillor C Dale, Councillor E Fox
** Decision
The Sub-Committee RESOLVED to grant the premises licence subject to the conditions agreed
with the Police.
** Reasons
The Sub-Committee was satisfied that the conditions promote the licensing objectives.
** Right of appeal
Any party may appeal to the magistrates' court within 21 days of this notice.
"""


@pytest.mark.parametrize(("masthead", "body", "date_label", "date", "iso"), [
    ("Licensing Sub-Committee: Notice of Decision", "Licensing Sub-Committee",
     "Date of hearing", "Wednesday 11 March 2026", "2026-03-11"),
    ("Licensing Panel - Notice of Determination", "Licensing Panel",
     "Hearing date", "4 February 2026", "2026-02-04"),
    ("Regulatory Sub-Committee – Decision Notice", "Regulatory Sub-Committee",
     "Date of meeting", "19 May 2026", "2026-05-19"),
])
def test_notice_masthead_names_its_body_before_what_the_paper_is(
        masthead: str, body: str, date_label: str, date: str, iso: str, tmp_path: Path) -> None:
    paper = NOTICE.format(council="Eastby District Council", masthead=masthead,
                          date_label=date_label, date=date)
    assert _documents(_pdf(paper, tmp_path)) == [("decision", iso, body)]


WEB_AGENDA = """{crumbs}

{council}

{committee}

{dated}
Venue: The Council Chamber, Town Hall, Market Place, Westby
Published: 2 March 2026

{members}

{welcome}

Download this agenda (PDF, 180KB)

AGENDA

1. To receive apologies for absence

2. To receive declarations of interest

3. To approve the minutes of the meeting held on 3 February 2026

4. To consider the planning applications listed below

5. Date of next meeting
"""
# The page's lines longer than a masthead's, between it and the items' heading.
MEMBERS = ("Committee members: Cllr A Brown (Chair), Cllr C Dale (Vice-Chair), Cllr E Fox, "
           "Cllr G Hart, Cllr J Kerr, Cllr L Moss")
WELCOME = ("Members of the public are welcome to attend and may speak on any item on this "
           "agenda. Please let the clerk know by noon on the day of the meeting.")


@pytest.mark.parametrize(("committee", "dated", "iso"), [
    ("Planning Committee", "Agenda - Tuesday 10 March 2026, 7.00pm", "2026-03-10"),
    ("Finance and General Purposes Committee", "Agenda for the meeting on 3rd March 2026 at 7pm",
     "2026-03-03"),
    ("Amenities Committee", "AGENDA: Monday 16 March 2026", "2026-03-16"),
])
def test_web_page_masthead_naming_its_dated_agenda_is_the_agendas(
        committee: str, dated: str, iso: str, tmp_path: Path) -> None:
    page = WEB_AGENDA.format(
        crumbs=f"Home > Meetings > {committee} > Agenda - {committee}",
        council="WESTBY TOWN COUNCIL", committee=committee, dated=dated,
        members=MEMBERS, welcome=WELCOME)
    path = tmp_path / "agenda.txt"
    path.write_text(page)
    assert _documents(path) == [("agenda", iso, committee)]
