"""Regression tests for the agenda items, minutes, decisions and contracts misses of round 9's
blind batch O (agenda packs) on their first run. Each is named after the bug and runs on small
papers in more than one council's form of the thing, none of them a copy of the held-out paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts, text_contexts
from heldout_support import decisions_in, heldout_accuracy, minutes_of, numbers
from kcc_papers.extract import agenda
from kcc_papers.extract.contracts.reader import read as read_contracts
from kcc_papers.models import AgendaItem, Contract

# ------------------------------------ the year, a stroke and a running number of three figures

PARISH_MINUTES = """DRAFT MINUTES of the MEETING OF ASHCOMBE PARISH COUNCIL held in the
Memorial Hall on Tuesday 14th April 2026 at 7.00pm.

Present:      Cllrs D. Marsh (Chairman), K. Lyle, P. Osei, H. Vance

26/021  APOLOGIES FOR ABSENCE
Cllr Brett (work).
RESOLVED to accept the apologies given.

26/022  PLANNING
26/00318/HH  4 Well Lane - two storey side extension. RESOLVED to make no objection.

26/023  FINANCE
RESOLVED to approve the payments for April 2026 totalling £1,204.50.

26/024  CLERK'S REPORT
The Clerk reported on matters since the last meeting:
1.  Noticeboard at the bus shelter
2.  Defibrillator pads replaced
3.  Footpath 7 cleared of fallen trees

26/025  DATE OF NEXT MEETING
Tuesday 12th May 2026 at 7.00pm.
"""

TOWN_MINUTES = """MINUTES of the Meeting of Hollinbrook Town Council held on 3 March 2026

Present: Councillor J Platt (Mayor), Councillors R Amin, C Dobbs and E Frost

Min. 25/098 Apologies
Apologies were received from Councillor Gee.

Min. 25/099 Mayor's announcements
The Mayor reported on the civic service.

Min. 25/100 Allotments
RESOLVED that the allotment rents for 2026/27 be held at £42 a plot.
"""


def test_regression_year_before_a_padded_number_was_no_minute(tmp_path):
    # "26/021": the council's year, a stroke, the running number printed to three figures
    # (a numbered list under a minute, "1.  Noticeboard ...", is not the numbering)
    assert numbers(minutes_of(PARISH_MINUTES, tmp_path)) == [
        ("26/021", "APOLOGIES FOR ABSENCE"),
        ("26/022", "PLANNING"),
        ("26/023", "FINANCE"),
        ("26/024", "CLERK'S REPORT"),
        ("26/025", "DATE OF NEXT MEETING"),
    ]


def test_regression_padded_minutes_resolutions_were_no_decisions(tmp_path):
    found = [(d.minute_number, d.decision_text)
             for d in decisions_in(minutes_of(PARISH_MINUTES, tmp_path))]
    assert [n for n, _ in found] == ["26/021", "26/022", "26/023"]


def test_labelled_year_and_number_over_a_hundred_still_read(tmp_path):
    # the sequence crossing 099 -> 100: unpadded and padded numbers in one run
    assert numbers(minutes_of(TOWN_MINUTES, tmp_path)) == [
        ("25/098", "Apologies"),
        ("25/099", "Mayor's announcements"),
        ("25/100", "Allotments"),
    ]


def test_planning_reference_is_not_a_padded_minute(tmp_path):
    # "26/00318/HH" under the planning minute: a planning application, not minute 26/003
    assert "26/003" not in [n for n, _ in numbers(minutes_of(PARISH_MINUTES, tmp_path))]


RUN_IN_MINUTES = """Minutes of the meeting of the Licensing Sub-Committee held at the Guildhall on
Wednesday 4th February 2026 at 10.00 am.

PRESENT: Councillor H. Wyatt (Chairman); Councillors B. Dean and F. Moss.

Minute 26/007 - Election of Chairman. Councillor Wyatt was elected Chairman for the hearing.

Minute 26/008 - Declarations of Interest. There were no declarations of interest.

Minute 26/009 - Premises Licence, The Crown, 2 St. Mary's Lane. The Sub-Committee heard
from the applicant and two residents.
RESOLVED: That the licence be GRANTED subject to the conditions in the report.
"""


def test_regression_run_in_title_after_a_padded_number_kept_its_text(tmp_path):
    # a title run in to its minute's text ends at its first full stop, not an abbreviation's
    assert numbers(minutes_of(RUN_IN_MINUTES, tmp_path)) == [
        ("26/007", "Election of Chairman"),
        ("26/008", "Declarations of Interest"),
        ("26/009", "Premises Licence, The Crown, 2 St. Mary's Lane"),
    ]


# ------------------------------------------- an unruled agenda table with a pages column last

def _unruled_agenda(committee: str, header: str, rows: list[tuple[str, str, str]]) -> str:
    table = "\n".join(f"| {n} | {title} | {pages} |" for n, title, pages in rows)
    return f"""## {committee}
** Agenda
Tuesday 7 July 2026, 6.30 pm, Council Chamber
|- {header} |
{table}
The reports are published five clear working days before the meeting.
"""


PENSION_BOARD = _unruled_agenda("Local Pension Board", "Item | Title | Page", [
    ("1", "Apologies for absence", ""),
    ("2", "Minutes", "1 - 4"),
    ("3", "Administration performance and the breaches of the law register for the year", "5 - 16"),
    ("4", "Training plan", "17 - 20"),
    ("5", "Pension Fund statement of accounts and the external auditor's findings", "21 - 44"),
])
HOUSING_PANEL = _unruled_agenda("Tenants' Scrutiny Panel", "No. | Subject | Pages", [
    ("1", "Welcome and apologies", ""),
    ("2", "Damp and mould: the landlord's response times in the last quarter and since", "3 - 12"),
    ("3", "Rent setting 2027/28", "13 - 18"),
])


def _agenda_pages(source: str, tmp_path: Path) -> list[tuple[str | None, str, int | None]]:
    src = tmp_path / "agenda.pdfsrc"
    src.write_text(source)
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "agenda")
    return [(r.item_ref, r.title, r.page_from) for r in agenda.extract(ctx)
            if isinstance(r, AgendaItem)]


def test_regression_unruled_row_kept_its_pages_cell_in_the_title(tmp_path):
    # "2 Minutes 1 - 4" read as one run under "Item Title Page": the range is the pages
    found = _agenda_pages(PENSION_BOARD, tmp_path)
    assert ("2", "Minutes", 1) in found
    assert ("4", "Training plan", 17) in found


def test_regression_number_beside_a_wrapped_title_with_its_pages_was_lost(tmp_path):
    # "3" and "5 - 16" on one line, the title wrapped above and below them
    found = _agenda_pages(PENSION_BOARD, tmp_path)
    assert ("3", "Administration performance and the breaches of the law register for the "
            "year", 5) in found
    assert ("5", "Pension Fund statement of accounts and the external auditor's findings",
            21) in found


def test_pages_column_named_pages_under_a_number_column(tmp_path):
    assert _agenda_pages(HOUSING_PANEL, tmp_path) == [
        ("1", "Welcome and apologies", None),
        ("2", "Damp and mould: the landlord's response times in the last quarter and since", 3),
        ("3", "Rent setting 2027/28", 13),
    ]


def test_a_year_closing_a_title_is_not_its_pages(tmp_path):
    source = _unruled_agenda("Audit Committee", "Item | Title | Page", [
        ("1", "Apologies", ""), ("2", "Internal audit plan 2026 - 2027", ""),
        ("3", "Statement of accounts", "9 - 40")])
    assert ("2", "Internal audit plan 2026 - 2027", None) in _agenda_pages(source, tmp_path)


# ------------------------------------------------------- a firm engaged through a framework

def _contract_rows(text: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    return [(r.provider, r.value_gbp) for ctx in text_contexts(text, None, tmp_path)
            for r in read_contracts(ctx) if isinstance(r, Contract)]


ACTUARY = """Pension Fund Committee - 22 June 2026
Appointment of the Fund Actuary
Report of the Director of Finance
1. Recommendations
1.1 That the Committee appoints Harcourt Lyle LLP as actuary to the Pension Fund for six
years from 1 October 2026, under the National LGPS Frameworks actuarial services framework,
at an estimated cost of £540,000 over the term.
"""
AUDIT_ADVISER = """Audit and Governance Committee
Internal audit services
2.1 It is recommended that the Committee approves the appointment of Tamworth Reid Audit Ltd
as internal auditor for three years, called off from the Crown Commercial Service framework,
at a total cost of £186,000.
"""


@pytest.mark.parametrize("text, row", [
    (ACTUARY, ("Harcourt Lyle LLP", 540000)),
    (AUDIT_ADVISER, ("Tamworth Reid Audit Ltd", 186000)),
])
def test_regression_firm_appointed_under_a_framework_was_no_contract(text, row, tmp_path):
    # no "contract" or "tender" in the sentence: the framework it is let under says it
    assert _contract_rows(text, tmp_path) == [row]


def test_a_policy_framework_appointment_of_a_person_is_no_contract(tmp_path):
    text = ("The Committee appointed Councillor Amy Reyes as the member champion under the "
            "Council's policy framework, at a cost of £1,200 in allowances.\n")
    assert _contract_rows(text, tmp_path) == []


# ------------------------------------------- a quotation accepted, the participle after its sum

PARISH_CLERK = """CLERK'S REPORT - MARCH 2026
2. Quotations accepted under delegated powers
Under Financial Regulation 4.2 the Clerk may accept a quotation of up to £500.
2.1 Replacement of the bench at the green: quotation of Yarrow Woodcraft, £420.00, accepted on
4th March 2026.
2.2 Clearing the village pond: quotation of Fenside Aquatics Ltd, £285.00, accepted on 9th
March 2026.
"""
TOWN_CLERK = """Town Clerk's report
4. Works ordered since the last meeting
4.1 Allotment fencing: the tender from Alder Fencing Ltd (£2,140) accepted by the Town Clerk
in consultation with the Mayor.
"""


def test_regression_quotation_accepted_after_its_sum_was_no_contract(tmp_path):
    assert _contract_rows(PARISH_CLERK, tmp_path) == [
        ("Yarrow Woodcraft", 420), ("Fenside Aquatics Ltd", 285)]


def test_regression_tender_with_its_sum_in_brackets_accepted_was_no_contract(tmp_path):
    assert _contract_rows(TOWN_CLERK, tmp_path) == [("Alder Fencing Ltd", 2140)]


def test_quotation_received_not_accepted_is_no_contract(tmp_path):
    text = PARISH_CLERK.replace("accepted on", "received on")
    assert _contract_rows(text, tmp_path) == []


# ------------------------------------- a column counting recommendations, not printing them

def _report_decisions(source: str, tmp_path: Path) -> list[str]:
    from kcc_papers.extract import decisions
    from kcc_papers.models import Decision

    src = tmp_path / "report.pdfsrc"
    src.write_text(source)
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "report")
    return [d.decision_text or "" for d in decisions.extract(ctx) if isinstance(d, Decision)]


def _audit_report(header: str, rows: list[str]) -> str:
    table = "\n".join(rows)
    return f"""## Internal Audit Annual Report 2025/26
** Report to: Audit Committee, 23 June 2026
** 1. Recommendations
1.1 That the Committee notes the Chief Internal Auditor's annual opinion.
** 2. Delivery of the plan
2.1 Seven audits were completed.
{header}
{table}
** 3. Financial implications
3.1 None.
"""


IJB_AUDITS = _audit_report("| Audit | Days | Assurance | Recommendations |", [
    "| IA 25/01 Financial planning | 25 | Reasonable | 3 |",
    "| IA 25/02 Workforce planning | 20 | Limited | 6 |",
    "| IA 25/03 Commissioning | 28 | Limited | - |",
])
DISTRICT_AUDITS = _audit_report("| Ref | Review | Opinion | Recommendation(s) |", [
    "| 1 | Council tax | Substantial | 0 |",
    "| 2 | Procurement cards | Limited | 4 |",
    "| 3 | Car parking income | Moderate | 2 |",
])


def test_regression_recommendations_count_column_was_a_decision(tmp_path):
    for source in (IJB_AUDITS, DISTRICT_AUDITS):
        found = _report_decisions(source, tmp_path)
        assert len(found) == 1 and "annual opinion" in found[0], found


def test_a_column_printing_recommendations_is_still_read(tmp_path):
    source = _audit_report("| No. | Recommendation | Reason |", [
        "| 1 | That the Committee approves the revised audit charter. | To meet the standard. |",
        "| 2 | That the Committee notes the plan for 2026/27. | For information. |",
    ])
    assert any("revised audit charter" in d for d in _report_decisions(source, tmp_path))


# --------------------------------------------- a bilingual label with the verb in one language

FIRE_AUTHORITY = """Cofnodion cyfarfod y Pwyllgor Archwilio / Minutes of the meeting of the Audit
Committee held on Monday 2 March 2026

Yn bresennol / Present: Cynghorwyr / Councillors A. Rees (Cadeirydd / Chair), B. Morgan

14. Ymddiheuriadau / Apologies
Dim / None.

15. Cynllun Archwilio Mewnol / Internal Audit Plan
Penderfynwyd / Resolved: cymeradwyo'r cynllun. / to approve the Internal Audit Plan 2026/27.

16. Blaenraglen Waith / Forward Work Programme
Resolved / Penderfynwyd: to note the forward work programme.
"""
TOWN_COUNCIL = """CYNGOR TREF LLANFAIR / LLANFAIR TOWN COUNCIL
Cofnodion cyfarfod y Cyngor / Minutes of the meeting of the Council held on Tuesday
10 February 2026 at 7.00 pm

Yn bresennol / Present: Cynghorwyr / Councillors D. Owen (Maer / Mayor), E. Price

1. Ymddiheuriadau / Apologies
Cllr Hughes.

2. Goleuadau Nadolig / Christmas lights
Cytunwyd / Agreed: to accept the quotation of Goleuni Cyf.
"""


def test_regression_bilingual_resolved_label_was_no_decision(tmp_path):
    found = [(d.minute_number, d.decision_text)
             for d in decisions_in(minutes_of(FIRE_AUTHORITY, tmp_path))]
    assert [n for n, _ in found] == ["15", "16"]
    assert "to approve the Internal Audit Plan" in found[0][1]


def test_regression_bilingual_agreed_label_was_no_decision(tmp_path):
    found = [d.minute_number for d in decisions_in(minutes_of(TOWN_COUNCIL, tmp_path))]
    assert found == ["2"]


def test_resolved_in_prose_after_a_stroke_is_no_label(tmp_path):
    text = FIRE_AUTHORITY.replace(
        "Dim / None.", "Members asked whether the matter was resolved / agreed: it was not.")
    found = [d.minute_number for d in decisions_in(minutes_of(text, tmp_path))]
    assert "14" not in found
