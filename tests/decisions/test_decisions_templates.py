"""Decisions from report templates other than Kent's and from every ModernGov page type, with
exact expected rows: a district council's cabinet report asking two bodies, and "Decision
details", "Agenda and minutes", "Agenda item" and "Meeting attendance" pages (HTML and text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

from conftest import ROOT, contexts, text_contexts
from kcc_papers.extract import decisions, meetings, minutes
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.models import Attendance, Decision, Meeting, Minute, Record

R = TypeVar("R", bound=Record)

RAW = ROOT / "data" / "raw"


def records(path: Path) -> list[Record]:
    out: list[Record] = []
    for ctx in contexts(path):
        for module in (meetings, minutes, decisions):
            if module.KINDS is None or ctx.document.kind in module.KINDS:
                out += module.extract(ctx)
    return out


def of(rows: list[Record], kind: type[R]) -> list[R]:
    return [r for r in rows if isinstance(r, kind)]


def test_regression_district_report_decisions_per_decision_maker() -> None:
    rows = of(records(RAW / "sample_district_cabinet_report.pdf"), Decision)
    assert [
        (d.decision_maker, d.decision_text, d.key_decision, d.decision_date, d.source, d.status)
        for d in rows
    ] == [
        (
            "Cabinet",
            "Cabinet is asked to RECOMMEND that:\n"
            "(1) the refurbishment programme set out in section 4 is approved; and\n"
            "(2) a capital budget of £4.2 million is added to the capital programme for 2026/27.",
            True, dt.date(2025, 12, 10), "report", "proposed",
        ),
        (
            "Council",
            "Council is asked to RESOLVE that:\n"
            "(1) the capital programme for 2026/27 is amended to include the refurbishment "
            "programme; and\n"
            "(2) the Director of Communities is authorised to award the works contract.",
            True, dt.date(2025, 12, 10), "report", "proposed",
        ),
    ]
    assert {(d.title, d.lead_officer) for d in rows} == {
        ("Leisure Centre Refurbishment Programme", "Tobias Wrenfield")
    }
    (m,) = of(records(RAW / "sample_district_cabinet_report.pdf"), Meeting)
    assert (m.council, m.committee, m.meeting_date) == (
        "Ashdown Vale District Council", "Cabinet", dt.date(2025, 12, 10)
    )


def _blocks(text: str) -> list[str]:
    return [b.text for b in find_recommendations([(1, t) for t in text.splitlines()])]


def test_one_body_asked_twice_is_one_block() -> None:
    assert _blocks(
        "3 Recommendations\n3.1 Cabinet is asked to NOTE the forecast.\n"
        "3.2 Cabinet is asked to AGREE the virements in Appendix 2.\n4 Background\nText.\n"
    ) == ["Cabinet is asked to NOTE the forecast.\nCabinet is asked to AGREE the virements in "
          "Appendix 2."]


def test_an_ask_in_capitals_is_a_recommendation_without_a_heading() -> None:
    assert _blocks(
        "Purpose\nThis report updates members.\nThe Committee is asked to NOTE that:\n"
        "(a) the plan is on track; and\n(b) a review follows in June.\nBackground\nText.\n"
    ) == ["The Committee is asked to NOTE that:\n(a) the plan is on track; and\n"
          "(b) a review follows in June."]
    # A sentence that merely mentions an ask is not one.
    assert _blocks("Members were asked to note the plan at the last meeting.\n") == []


DECISION_TEXT = (
    "RESOLVED: That Cabinet:\n"
    "(1) approve allotment rents of £42 a year for a full plot and £24 for a half plot from "
    "1 April 2025;\n"
    "(2) approve a water charge of £9 a plot; and\n"
    "(3) delegate to the Head of Parks the setting of concessionary rents."
)


def test_decision_details_page_html_and_text() -> None:
    for name in ("sample_moderngov_decision_details.html", "sample_moderngov_decision_details.txt"):
        (ctx,) = contexts(RAW / name)
        assert ctx.document.kind == "decision"
        assert ctx.document.title == "Allotment Rents and Charges 2025-26"
        (d,) = decisions.extract(ctx)
        assert isinstance(d, Decision)
        assert (
            d.source, d.title, d.decision_text, d.decision_maker, d.decision_date,
            d.key_decision, d.status, d.outcome,
        ) == (
            "decision_notice", "Allotment Rents and Charges 2025-26", DECISION_TEXT, "Cabinet",
            dt.date(2024, 9, 10), False, "Recommendations Approved", "approved",
        )


def test_regression_decision_details_without_decision_label_is_not_a_forward_plan() -> None:
    page = (
        "Skip to content\nHome\nDecision details\nAllotment Rents\nDecision Maker: Cabinet\n"
        "Decision status: Recommendations Approved\nIs Key decision?: No\n"
        "RESOLVED: That Cabinet:\n(1) approve the rents;\n(2) approve the water charge.\n"
        "Reasons for the decision: Costs have risen.\nDate of decision: 10/09/2024\n"
        "Decided at meeting: 10/09/2024 - Cabinet\n"
    )
    (ctx,) = text_contexts(page)
    assert ctx.document.kind == "decision"
    (d,) = decisions.extract(ctx)
    assert isinstance(d, Decision)
    assert (d.decision_text, d.status, d.key_decision, d.decision_date) == (
        "RESOLVED: That Cabinet:\n(1) approve the rents;\n(2) approve the water charge.",
        "Recommendations Approved", False, dt.date(2024, 9, 10),
    )
    (m,) = meetings.extract(ctx)
    assert isinstance(m, Meeting)
    assert (m.committee, m.meeting_date) == ("Cabinet", dt.date(2024, 9, 10))


COMMITTEE = "Environment and Leisure Committee"
MINUTES = [
    ("31", "Apologies for Absence", "Apologies were received from Councillor Tamsin Orde.", None),
    ("32", "Declarations of Interest", "There were no declarations of interest.", None),
    (
        "33",
        "Minutes of the meeting held on 18 September 2024",
        "RESOLVED: That the minutes of the meeting held on 18 September 2024 be approved as a "
        "correct record and signed by the Chair.",
        "RESOLVED: That the minutes of the meeting held on 18 September 2024 be approved as a "
        "correct record and signed by the Chair.",
    ),
    (
        "34",
        "Street Tree Planting Programme",
        "The Committee considered a report of the Head of Parks on planting 400 street trees "
        "over the winter.\nMembers welcomed the programme and asked that wards with the fewest "
        "trees come first.\nRESOLVED: That the Committee:\n(1) approve the street tree planting "
        "programme for 2024-25; and\n(2) ask the Head of Parks to report progress in March 2025.",
        "RESOLVED: That the Committee:\n(1) approve the street tree planting programme for "
        "2024-25; and\n(2) ask the Head of Parks to report progress in March 2025.",
    ),
    (
        "35",
        "Work Programme",
        "RESOLVED: That the work programme be noted.",
        "RESOLVED: That the work programme be noted.",
    ),
]


def test_regression_agenda_and_minutes_page_gives_minutes_and_meeting() -> None:
    for name in (
        "sample_moderngov_agenda_and_minutes.html",
        "sample_moderngov_agenda_and_minutes.txt",
    ):
        rows = records(RAW / name)
        assert [
            (m.minute_number, m.title, m.body, m.resolution) for m in of(rows, Minute)
        ] == MINUTES, name
        assert {(m.committee, m.meeting_date) for m in of(rows, Minute)} == {
            (COMMITTEE, dt.date(2024, 11, 27))
        }
        assert [(d.minute_number, d.decision_maker, d.outcome) for d in of(rows, Decision)] == [
            ("33", COMMITTEE, "approved"), ("34", COMMITTEE, "approved"), ("35", COMMITTEE, "noted")
        ]
        (m,) = of(rows, Meeting)
        assert (m.committee, m.meeting_date, m.meeting_time, m.venue) == (
            COMMITTEE, dt.date(2024, 11, 27), "6.30 pm", "Committee Room 2, Town Hall, Fernbridge"
        )


def test_regression_agenda_item_page_minutes_agreed_without_resolved() -> None:
    (ctx,) = contexts(RAW / "sample_moderngov_agenda_item.html")
    assert (ctx.document.kind, ctx.document.title) == (
        "decision", "Minutes of the Previous Meeting"
    )
    (d,) = decisions.extract(ctx)
    assert isinstance(d, Decision)
    assert (
        d.title, d.decision_text, d.decision_maker, d.decision_date, d.agenda_item_ref, d.outcome
    ) == (
        "Minutes of the Previous Meeting",
        "The minutes of the meeting held on 9 July 2024 were agreed as a correct record and "
        "signed by the Chair.",
        "Licensing Committee", dt.date(2024, 10, 8), "3", "agreed",
    )


def test_meeting_attendance_page() -> None:
    rows = records(RAW / "sample_moderngov_attendance.html")
    assert [(a.name, a.category, a.role, a.substitute_for) for a in of(rows, Attendance)] == [
        ("Councillor Helena Marsh", "present", "Chair", None),
        ("Councillor Idris Penwarden", "present", "Vice-Chair", None),
        ("Councillor Sunita Varma", "apologies", "Committee Member", None),
        ("Councillor Owen Castell", "present", "Committee Member", None),
        ("Councillor Ruth Adeyemi", "present", "Committee Member", "Councillor Sunita Varma"),
        ("Graham Tull", "in_attendance", "Chief Executive", None),
        ("Leanne Fisk", "in_attendance", "Democratic Services Officer", None),
    ]
    (m,) = of(rows, Meeting)
    assert (m.council, m.committee, m.meeting_date, m.meeting_time) == (
        "Fernbridge Borough Council", "Cabinet", dt.date(2024, 9, 10), "7.00 pm"
    )
    assert of(rows, Minute) == [] and of(rows, Decision) == []


def test_attendance_page_without_its_table_says_so(tmp_path: Path) -> None:
    path = tmp_path / "attendance.html"
    path.write_text(
        "<html><body><h1>Meeting attendance</h1><h2>Cabinet - Tuesday, 10th September, 2024 "
        "7.00 pm</h2><p>Councillor A Smith attended.</p></body></html>",
        encoding="utf-8",
    )
    (ctx,) = contexts(path)
    assert minutes.extract(ctx) == []
    assert [(f.check, f.page) for f in ctx.findings] == [("layout_unrecognised", 1)]


def test_that_body_paragraphs_split_by_decision_maker() -> None:
    assert _blocks(
        "5. Recommendations\n5.1 That Cabinet:\n(a) approves the draft budget; and\n"
        "(b) recommends it to Council.\n5.2 That Council:\n(a) sets the council tax for 2026/27.\n"
        "6. Background\nText.\n"
    ) == [
        "That Cabinet:\n(a) approves the draft budget; and\n(b) recommends it to Council.",
        "That Council:\n(a) sets the council tax for 2026/27.",
    ]
