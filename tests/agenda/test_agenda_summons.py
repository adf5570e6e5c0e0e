"""Agendas beyond the committee front sheet: Full Council summonses (large-type cover, letter-
spaced "A G E N D A", titles wrapping onto the hanging indent) and a community council's
agenda numbered like its minutes, with exact expected rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import ROOT, contexts, corpus_file, text_contexts
from kcc_papers.extract import agenda, meetings
from kcc_papers.models import AgendaItem, Meeting
from record_views import only

RAW = ROOT / "data" / "raw"
DECLARATIONS = (
    "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on "
    "the agenda"
)


def items_of(path: Path) -> list[tuple[object, ...]]:
    (ctx,) = contexts(path, "agenda")
    rows = only(agenda.extract(ctx), AgendaItem)
    return [(r.item_ref, r.title, r.page_from, r.page_to) for r in rows]


def meeting_of(path: Path) -> tuple[object, ...]:
    (ctx,) = contexts(path, "agenda")
    (m,) = meetings.extract(ctx)
    assert isinstance(m, Meeting)
    return (m.committee, m.meeting_date, m.meeting_time, m.venue)


def test_regression_full_council_summons_is_an_agenda_with_its_items() -> None:
    path = corpus_file("pdfs/kent_county_council_2025-02-13_agenda_frontsheet.pdf")
    assert items_of(path) == [
        ("1", "Apologies for Absence", None, None),
        ("2", DECLARATIONS, None, None),
        ("3", "Minutes of the meetings held on 19 December 2024 and 9 January 2025 and, if in "
              "order, to be approved as a correct record", 1, 26),
        ("4", "Chairman's Announcements", None, None),
        ("5", "Section 25 Report", 27, 36),
        ("6", "Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax "
              "Setting 2025/26)", 37, 250),
    ]
    # The meeting is the one the summons calls, not the date of the clerk's letter.
    assert meeting_of(path) == (
        "County Council", dt.date(2025, 2, 13), "9.30 am",
        "Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ",
    )


def test_extraordinary_full_council_summons() -> None:
    path = corpus_file("pdfs/kent_county_council_2025-01-09_agenda_frontsheet.pdf")
    assert items_of(path) == [
        ("1", "Apologies for Absence", None, None),
        ("2", DECLARATIONS, None, None),
        ("3", "English Devolution White Paper", None, None),
    ]
    (ctx,) = contexts(path, "agenda")
    rows = only(agenda.extract(ctx), AgendaItem)
    assert rows[2].description == "- To follow"
    assert meeting_of(path)[:3] == ("County Council", dt.date(2025, 1, 9), "10.00 am")


def test_sample_full_council_summons() -> None:
    path = RAW / "sample_full_council_summons.pdf"
    assert items_of(path) == [
        ("1", "Apologies for Absence", None, None),
        ("2", DECLARATIONS, None, None),
        ("3", "Minutes of the meeting held on 13 February 2025 and, if in order, to be approved "
              "as a correct record", 1, 18),
        ("4", "Chairman's Announcements", None, None),
        ("5", "Questions", None, None),
        ("6", "Report by Leader of the Council (Oral)", None, None),
        ("7", "Pay Policy Statement 2025-26", 19, 34),
        ("8", "Highways Asset Management Plan", 35, 60),
        ("9", "Motion for Time Limited Debate", None, None),
    ]
    assert meeting_of(path) == (
        "County Council", dt.date(2025, 3, 13), "10.00 am",
        "Council Chamber, Shire Hall, Eastbury, EB1 4QA",
    )
    # The clerk's signature block under the last item is not its description.
    (ctx,) = contexts(path, "agenda")
    assert only(agenda.extract(ctx), AgendaItem)[-1].description is None


def test_regression_community_council_agenda_numbered_like_its_minutes() -> None:
    path = corpus_file("pdfs/tintern_community-council_2018-03-26_agenda.pdf")
    (ctx,) = contexts(path, "agenda")
    rows = only(agenda.extract(ctx), AgendaItem)
    assert [(r.item_ref, r.title) for r in rows] == [
        ("2448", "Police Report"),
        ("2449", "Public Forum"),
        # The clerk printed 2449 twice: both items are kept, as printed.
        ("2449", "Apologies for absence"),
        ("2450", "Declarations of interest"),
        ("2451", "Approval of minutes of previous meeting"),
        ("2452", "Financial Report"),
        ("2453", "Accounts for payment"),
        ("2454", "Planning Permissions"),
        ("2455", "Updates"),
        ("2456", "Reports from outside bodies"),
        ("2457", "Reports from Sub-Committees:- Finance"),
        ("2458", "Review Standing Orders"),
        ("2459", "Discuss instructing MCC Highways to repair potholes, Quayside Lane"),
        ("2460", "Discuss possible Welsh Language Scheme"),
        ("2461", "Data Protection & GDPR"),
        ("2462", "Correspondence"),
        ("2463", "Any Other Business"),
        ("2464", "Date of next meeting"),
    ]
    assert rows[6].description == (
        "Merlin Waste Clerk’s Salary & Expenses Quayside Path resurfacing Llandogo School – "
        "donation towards Nurture Room"
    )
    assert rows[-1].description is None
    (m,) = only(meetings.extract(ctx), Meeting)
    assert (m.committee, m.meeting_date, m.meeting_time, m.venue) == (
        "Tintern Community Council", dt.date(2018, 3, 26), "7.00pm", None
    )


def test_other_community_council_agendas_give_every_item() -> None:
    for name, first, last, count in [
        ("tintern_community-council_2019-01-28_agenda.pdf", "2629", "2642", 14),
        ("tintern_community-council_2019-04-29_agenda.pdf", "2674", "2690", 17),
    ]:
        (ctx,) = contexts(corpus_file(f"pdfs/{name}"), "agenda")
        refs = [r.item_ref for r in only(agenda.extract(ctx), AgendaItem)]
        assert (refs[0], refs[-1], len(refs)) == (first, last, count)
        assert refs == [str(n) for n in range(int(first), int(last) + 1)]


def test_a_list_starting_at_a_high_number_needs_its_next_number() -> None:
    (ctx,) = text_contexts(
        "AGENDA\nPARISH COUNCIL\n310. Apologies\n311. Planning\n", "agenda"
    )
    assert [r.item_ref for r in only(agenda.extract(ctx), AgendaItem)] == ["310", "311"]
    # A lone number (a year, a phone number's start) does not start a list.
    (ctx,) = text_contexts("AGENDA\nPARISH COUNCIL\n2025 Budget and precept\nNotes\n", "agenda")
    assert agenda.extract(ctx) == []


MODERNGOV_AGENDA = """<html><body><nav>Home | Committees</nav><h1>Agenda</h1>
<h2>Planning Committee - Thursday, 5th December, 2024 7.00 pm</h2>
<p>Venue: Council Chamber, Civic Centre, Fernbridge. View directions</p>
<table><tr><th>No.</th><th>Item</th></tr>
<tr><td><p>1.</p></td><td><p>Apologies for Absence</p></td></tr>
<tr><td><p>2.</p></td><td><p>Declarations of Interest</p>
<p>To receive any declarations of interest.</p></td></tr>
<tr><td><p>3.</p></td><td><p>Land at Mill Lane, Fernbridge - 24/01234/FUL</p><p>PDF 310 KB</p>
</td></tr></table></body></html>"""


def test_moderngov_agenda_page_numbers_in_their_own_cells(tmp_path: Path) -> None:
    path = tmp_path / "agenda.html"
    path.write_text(MODERNGOV_AGENDA, encoding="utf-8")
    (ctx,) = contexts(path, "agenda")
    rows = only(agenda.extract(ctx), AgendaItem)
    # A planning application's "24/01234/FUL" is not a decision number; a "PDF 310 KB" link
    # is not a description.
    assert [
        (r.item_ref, r.title, r.decision_number, r.description)
        for r in rows
    ] == [
        ("1", "Apologies for Absence", None, None),
        ("2", "Declarations of Interest", None, "To receive any declarations of interest."),
        ("3", "Land at Mill Lane, Fernbridge - 24/01234/FUL", None, None),
    ]
    (m,) = only(meetings.extract(ctx), Meeting)
    assert (m.committee, m.meeting_date, m.meeting_time, m.venue) == (
        "Planning Committee", dt.date(2024, 12, 5), "7.00 pm",
        "Council Chamber, Civic Centre, Fernbridge",
    )
