"""Meetings and agenda items, with exact expected rows for real and sample agendas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import ROOT, contexts, corpus_file
from kcc_papers.extract import agenda, meetings
from kcc_papers.models import AgendaItem, Meeting
from record_views import only

RAW = ROOT / "data" / "raw"
D_SECTION = "D - Other items for comment/recommendation to the Leader/Cabinet Member/Cabinet or officers"  # noqa: E501


def items_of(path: Path) -> list[tuple[object, ...]]:
    (ctx,) = contexts(path, "agenda")
    rows = only(agenda.extract(ctx), AgendaItem)
    return [(r.item_ref, r.title, r.page_from, r.page_to, r.decision_number) for r in rows]


def meeting_of(path: Path, kind: str) -> Meeting:
    ctx = contexts(path, kind)[0]
    (m,) = meetings.extract(ctx)
    assert isinstance(m, Meeting)
    return m


def test_kent_2025_frontsheet_nine_items_with_pages_and_decision_numbers() -> None:
    path = corpus_file("pdfs/kent_cabinet_2025-01-30_agenda_frontsheet.pdf")
    assert items_of(path) == [
        ("1", "Apologies", None, None, None),
        ("2", "Declarations of Interest", None, None, None),
        ("3", "Minutes of the Meeting held on 9th January 2025", 1, 10, None),
        ("4", "Cabinet Member Updates", None, None, None),
        ("5", "Revenue and Capital Budget Monitoring Report – November 2024-25", 11, 84,
         "24/00108"),
        ("6", "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and "
              "Treasury Management Strategy", 85, 276, None),
        ("7", "Transfer the 18-25 section of the Strengthening Independence Service from the "
              "Children Young People and Education Directorate to the Adult Social Care and "
              "Health Directorate", 277, 326, "24/00109"),
        ("8", "Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan", 327, 460,
         "24/00115"),
        ("9", "Commissioning Plan for Education Provision in Kent 2025-29", 461, 610, "24/00096"),
    ]
    m = meeting_of(path, "agenda")
    # The front sheet never prints the council's name (only an e-mail domain): not guessed.
    assert (m.council, m.committee, m.meeting_date, m.meeting_time, m.venue) == (
        None, "Cabinet", dt.date(2025, 1, 30), "10.00 am",
        "Council Chamber, Sessions House, County Hall, Maidstone",
    )


def test_seed_001_agenda_items_a1_to_d6() -> None:
    path = corpus_file("seeds/001_795b63a76636e3eb.txt")
    assert items_of(path) == [
        ("A1", "Introduction/Webcast announcement", None, None, None),
        ("A2", "Apologies and Substitutes", None, None, None),
        ("A3", "Declarations of Interest by Members in items on the Agenda", None, None, None),
        ("A4", "Minutes of the meeting held on 16 January 2015", 7, 14, None),
        ("A5", "Work Programme", 15, 18, None),
        ("B1", "Renewal Of Microsoft Enterprise Agreements", 19, 22, None),
        ("C1", "Performance Dashboard", 23, 36, None),
        ("C2", "Financial Monitoring 2014-2015", 37, 40, None),
        ("C3", "Transformation Update - Verbal Update", None, None, None),
        ("D1", "Strategic and Corporate Services Directorate Business Plan (2015-2016)", 41, 118,
         None),
        ("D2", "Risk Management - Strategic Risk Register", 119, 146, None),
        # printed without the hyphen: "(Pages 147 152)"
        ("D3", "Commercial Services Update", 147, 152, None),
        ("D4", "Total Facilities Management Contract Monitoring", 153, 158, None),
        ("D5", "Legal Services' Evolution Efficiency Enterprise Update for Quarter 3 - 2014/15",
         159, 162, None),
        ("D6", "Update on the Kent and Medway Armed Forces Community Covenant", 163, 184, None),
    ]
    (ctx,) = contexts(path, "agenda")
    rows = only(agenda.extract(ctx), AgendaItem)
    assert rows[5].section == (
        "B - Key or significant Cabinet Member Decision(s) for recommendation or endorsement"
    )
    assert rows[-1].section == D_SECTION
    m = meeting_of(path, "agenda")
    assert (m.committee, m.meeting_date, m.meeting_time, m.venue) == (
        "Policy and Resources Cabinet Committee", dt.date(2015, 4, 22), "10.00 am",
        "Darent Room, Sessions House, County Hall, Maidstone",
    )


def test_sample_pack_agenda_with_exempt_section() -> None:
    rows = items_of(RAW / "sample_agenda_pack.pdf")
    assert [r[0] for r in rows] == ["A1", "A2", "A3", "A4", "B1", "C1", "C2", "D1"]
    assert rows[4] == ("B1", "Renewal of Facilities Management Contract", 5, 8, "24/00123")


def test_exempt_items_are_flagged() -> None:
    from conftest import text_contexts

    (ctx,) = text_contexts(
        "AGENDA\nCABINET\nUNRESTRICTED ITEMS\n1. Apologies\n2. Budget (Pages 3 - 9)\n"
        "EXEMPT ITEMS\n3. Sale of land at Anytown (Pages 10 - 12)\n", "agenda"
    )
    rows = only(agenda.extract(ctx), AgendaItem)
    assert [(r.item_ref, r.exempt) for r in rows] == [
        ("1", False), ("2", False), ("3", True)
    ]


def test_minutes_heading_gives_committee_venue_and_date() -> None:
    m = meeting_of(corpus_file("pdfs/kent_cabinet_2025-01-09_minutes.pdf"), "minutes")
    assert (m.council, m.committee, m.meeting_date, m.venue) == (
        "Kent County Council", "Cabinet", dt.date(2025, 1, 9),
        "Council Chamber, Sessions House, County Hall, Maidstone",
    )
    b = meeting_of(corpus_file("pdfs/bristol_tcpc_2024-09-12_printed_minutes.pdf"), "minutes")
    assert (b.council, b.committee, b.meeting_date, b.meeting_time) == (
        "Bristol City Council", "Transport and Connectivity Policy Committee",
        dt.date(2024, 9, 12), "5.00 pm",
    )


def test_report_addressed_to_a_committee() -> None:
    m = meeting_of(corpus_file("pdfs/weca_committee_2026-06-05_budget_outturn_report.pdf"),
                   "report")
    assert (m.council, m.committee, m.meeting_date) == (
        "West of England Mayoral Combined Authority",
        "West of England Mayoral Combined Authority Committee", dt.date(2026, 6, 5),
    )


def test_regression_council_is_not_a_phrase_ending_in_county_council() -> None:
    # "the 2025-26 Budget County Council in February" is a meeting, not a council's name.
    assert meetings.council_of("ahead of the Budget County Council in February") is None
    assert meetings.council_of("MAIDSTONE BOROUGH COUNCIL\nMid Kent ICT") == (
        "Maidstone Borough Council"
    )
