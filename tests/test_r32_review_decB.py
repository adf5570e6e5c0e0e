"""Review of round 32's decisions and agenda fixes (batch E): papers another council would
publish that the new rules misread, each held to what the reader made of it before them."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import rendered, source_decision_rows
from kcc_papers.extract.agenda import contents_pages
from kcc_papers.load.model import Line
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# A cabinet's response to a scrutiny review: the review's recommendations in a table whose
# bold first column head is "Recommendations", the regular head beside it on the same line.
# The line is a table's head, not a recommendations heading run into the ask.
RESPONSE_TABLE = """## Hallam District Council
** Scrutiny Review of Grass Cutting: Cabinet Response
Report to:	Cabinet
Date:	4 May 2031
Report of:	Head of Environment
** 1. Recommendation
1.1 That Cabinet agrees the response to the review at Appendix A.
** 2. The review's recommendations and the response
**Recommendations** Officers' response and timescale
R1 Cut verges twice a year. Agreed, from April 2032.
R2 Publish the cutting schedule. Agreed, on the council's website.
"""


def test_regression_a_bold_recommendations_column_head_is_no_run_in_heading(
        tmp_path: Path) -> None:
    rows = source_decision_rows(RESPONSE_TABLE, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That Cabinet agrees the response to the review at Appendix A."]


# A pack whose agenda is printed under "Contents", its items led by dots to their pages, and
# a page of notes for the public after it numbered "1.", "2.": the contents page is the agenda
# (its own entries start at item 1), not a list of papers bound before it.
CONTENTS_AGENDA = """%% header Tremorna Borough Council | Licensing Committee | 9 April 2031
%% footer Page {page} of {pages}
## Tremorna Borough Council
!! Licensing Committee
Wednesday 9 April 2031 at 6.00 pm
** Agenda
--- page ---
** Contents
1. Apologies for Absence ........................................ 1
2. Minutes of the Meeting held on 12 February 2031 ............... 3
3. Taxi Licensing Policy Review 2031 ............................. 5
4. Any Other Business ............................................ 9
--- page ---
** Notes for members of the public
1. Members of the public may film or record the meeting.
2. The meeting room has a hearing loop.
"""


def test_regression_an_agenda_printed_under_contents_is_kept(tmp_path: Path) -> None:
    records = process_file(str(rendered(CONTENTS_AGENDA, tmp_path, "pack"))).records
    assert [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)] == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 12 February 2031"),
        ("3", "Taxi Licensing Policy Review 2031"),
        ("4", "Any Other Business"),
    ]

# A long pack's pages, half of them contents pages.
PAGES = 200


def test_regression_contents_pages_read_each_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A long pack bound as one document, a report's own contents page before each report: the
    # check for the agenda's first item ran over every later page for each contents page
    # (30 s over 1,000 pages). Counted, not timed, so it does not depend on the machine.
    calls: list[int] = []
    real = contents_pages._lists_first_item

    def counted(texts: list[str]) -> bool:
        calls.append(1)
        return real(texts)

    monkeypatch.setattr(contents_pages, "_lists_first_item", counted)
    rows: list[tuple[int, Line]] = []
    for page in range(PAGES):
        if page % 2:
            rows += [(page, Line(f"{n + 2}. A report's paragraph")) for n in range(5)]
        else:
            rows += [(page, Line("Contents"))] + [
                (page, Line(f"Appendix {n}: A paper ........................ {n + 3}"))
                for n in range(3)]
    contents_pages.without_contents_pages(rows)
    assert len(calls) <= PAGES


# A report whose numbered bold headings run into their paragraphs, the ask going on in lower
# case after "Recommendation" as it does after a printed colon.
LOWER_CASE_RUN_IN = """## Corrbridge District Council
** Leisure Centres: Fees 2031/32
Report to:	Cabinet
Date:	2 March 2031
Report of:	Head of Leisure
**1. Purpose** This report sets out the fees for 2031/32.
**2. Recommendation** that Cabinet approves the fees set out in Appendix A.
**3. Background** Fees rose by 3% last year.
"""


def test_regression_a_run_in_heading_before_its_ask_in_lower_case(tmp_path: Path) -> None:
    rows = source_decision_rows(LOWER_CASE_RUN_IN, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "that Cabinet approves the fees set out in Appendix A."]
