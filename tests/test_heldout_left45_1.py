"""Regression tests for the older held-out papers left to session 45's fixer 1 (round 25's
batch B and r25e): each named after what was misread, on a small paper written here in the
layout that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows as _rows
from heldout_support import documents_of, pack_documents, rendered
from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file

# ------------ "a direct award ... to X Ltd ... at £sum" says no "contract" and is one
# (r25b ICB strategic commissioning committee's minutes: a Provider Selection Regime award)

DIRECT_AWARD_MINUTES = """MINUTES OF THE STRATEGIC COMMISSIONING COMMITTEE
SCC/25/044 Community Audiology: direct award to the existing provider
The Committee considered {award} to Hearfirst Audiology Ltd for two years at £1,240,000.
The Committee APPROVED the direct award of the community audiology contract to Hearfirst Audiology Ltd for two years from 1 January 2026.
"""  # noqa: E501


def test_direct_award_without_the_word_contract_gives_its_value(tmp_path):
    award = "a direct award under Process C of the Provider Selection Regime"
    rows = _rows(DIRECT_AWARD_MINUTES.format(award=award), tmp_path)
    assert rows == [("Hearfirst Audiology Ltd", 1_240_000.0)]


def test_a_grant_awarded_directly_is_no_contract(tmp_path):
    text = "The Panel approved a direct award of grant funding to Kidz Club Ltd of £5,000.\n"
    assert _rows(text, tmp_path) == []


# ------------ a rated table whose value column is a month named whole with its year
# (r25b joint health overview and scrutiny committee: "Code | Standard | Target (mins) |
# October 2025 (mins) | RAG" heads an ambulance trust's response standards)

STANDARDS_PACK = """## Ormesby and Wyke Joint Health Overview and Scrutiny Committee
Date:	Monday 15 December 2025 at 10.00 am
** AGENDA
1. Apologies
2. Ambulance response times
--- page ---
## Ormesby and Wyke Joint Health Overview and Scrutiny Committee
** Agenda Item 2
!! North Eastern Ambulance Service: response times and hospital handovers
Report of:	Scrutiny Officer
** 1. Purpose
1.1 To give the Committee the response standards for October 2025.
** 2. Response standards
|% 10 36 16 18 20
| Code | Standard | Target (mins) | {column} (mins) | RAG |
| ARP1 | Category 1 mean | 7.0 | 7.6 | Amber |
| ARP2 | Category 1 90th centile | 15.0 | 14.1 | Green |
| ARP3 | Category 2 mean | 30.0 | 41.6 | Red |
"""


def test_month_and_year_column_makes_a_rated_table_a_performance_report(tmp_path):
    docs = pack_documents(STANDARDS_PACK.format(column="October 2025"), tmp_path)
    assert [d[0] for d in docs] == ["agenda", "performance_report"]


def test_rated_table_without_a_period_column_stays_a_report(tmp_path):
    # the guard of the rule: with no period column (a month and year, a quarter, "Latest")
    # the header is no dashboard's, and the report asks nothing else: a report still.
    # (Its purpose must not say it gives "standards": since round 34 a rated table with a
    # target under an opening that says it reports performance, measures or standards is a
    # performance report whatever its columns, classify/rated_tables.py, as the set's
    # conventions have it.)
    pack = STANDARDS_PACK.format(column="Response in").replace(
        "the response standards for", "the ambulance trust's response times for")
    docs = pack_documents(pack, tmp_path)
    assert [d[0] for d in docs] == ["agenda", "report"]


def test_rated_table_without_a_period_column_under_standards_spoken_is_a_performance_report(
        tmp_path):
    # round 34's reading: the opening gives "the response standards", and the table rates
    # each against its target: the paper reports its measures (classify/rated_tables.py)
    docs = pack_documents(STANDARDS_PACK.format(column="Response in"), tmp_path)
    assert [d[0] for d in docs] == ["agenda", "performance_report"]


# ------------ an NHS board's text pack: each paper's title over "Presented by:" under its
# "Agenda item N" stamp (r25b ICB board's plain text export)

ICB_TEXT_PACK = """NHS Fenmarsh Integrated Care Board

Board meeting in public

Tuesday 9 December 2025, 10:00am

AGENDA

Item   Paper        Title                                       Presenter
1      -            Welcome and apologies                       Chair
2      ICB 25/73    Community Health Services: award of contract  Chief Delivery Officer
3      ICB 25/74    Dental access: commissioning intentions      Director of Primary Care

------------------------------------------------------------------------
ICB 25/73

NHS Fenmarsh Integrated Care Board
Board meeting in public, 9 December 2025
Agenda item 2

COMMUNITY HEALTH SERVICES: AWARD OF CONTRACT

{label}   Jonathan Pryce, Chief Delivery Officer
Purpose:        Decision

1. RECOMMENDATION

1.1 The Board is asked to approve the award of the Community Health Services contract to
    Redwater Community Partnership CIC for seven years from 1 April 2026.

------------------------------------------------------------------------
ICB 25/74

NHS Fenmarsh Integrated Care Board
Board meeting in public, 9 December 2025
Agenda item 3

DENTAL ACCESS: COMMISSIONING INTENTIONS 2026/27

{label}   Sameera Qureshi, Director of Primary Care
Purpose:        Decision

1. RECOMMENDATION

1.1 The Board is asked to approve the dental commissioning intentions for 2026/27.
"""


def _text_documents(text: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [d for d in documents_of(path) if d[0] != "pack"]


def test_presented_by_under_a_stamped_title_starts_a_boards_paper(tmp_path):
    docs = _text_documents(ICB_TEXT_PACK.format(label="Presented by:"), tmp_path)
    assert [d[:2] for d in docs] == [("agenda", "2025-12-09"), ("report", "2025-12-09"),
                                     ("report", "2025-12-09")]


def test_presented_by_must_be_labelled(tmp_path):
    # "Presented by" as a sentence's words is no label: the pack stays one agenda
    docs = _text_documents(ICB_TEXT_PACK.format(label="Presented by"), tmp_path)
    assert [d[0] for d in docs] == ["agenda"]


# ------------ under a text pack's rule, the paper's number then its masthead in title type
# start the paper: minutes headed "MINUTES OF THE BOARD MEETING" are the masthead's board's

ICB_MINUTES_PACK = """NHS Fenmarsh Integrated Care Board

Board meeting in public

Tuesday 9 December 2025, 10:00am

AGENDA

Item   Paper        Title                                       Presenter
1      -            Welcome and apologies                       Chair
2      ICB 25/71    Minutes of the meeting held on 14 October 2025  Chair

------------------------------------------------------------------------
{number}

NHS Fenmarsh Integrated Care Board

MINUTES OF THE BOARD MEETING HELD IN PUBLIC ON TUESDAY 14 OCTOBER 2025

Present:
  Baroness Miriam Tollerton   Chair
  Kwame Asante-Brough          Chief Executive

ICB 25/58  Welcome and apologies
The Chair opened the meeting. No new interests were declared.

ICB 25/59  Minutes of the previous meeting
The Board APPROVED the minutes of the meeting held on 12 August 2025 as an
accurate record.
"""


def test_paper_number_over_title_masthead_under_a_rule_starts_the_minutes(tmp_path):
    docs = _text_documents(ICB_MINUTES_PACK.format(number="ICB 25/71"), tmp_path)
    assert docs[1] == ("minutes", "2025-10-14", "NHS Fenmarsh Integrated Care Board")


def test_a_line_no_paper_number_over_the_masthead_starts_nothing(tmp_path):
    # the guard: a sentence under the rule is no paper's number, and the masthead below it
    # stays the end of the paper above
    docs = _text_documents(ICB_MINUTES_PACK.format(number="Papers follow."), tmp_path)
    assert docs[1][:2] == ("minutes", "2025-10-14") and docs[1][2] != (
        "NHS Fenmarsh Integrated Care Board")


# ------------ a table of another kind under a rated table, one of its columns named at some
# length ("Hours lost over 30 minutes"), is no more of the dashboard (r25b JHOSC's handovers)

HANDOVERS = """** 3. Hospital handovers (activity, not against a standard)
|% 40 20 20 20
| Hospital | Arrivals | {column} | Longest handover |
| Tenterdale General | 4,812 | 2,940 | 9 h 12 m |
| Ormesby Royal | 3,106 | 1,077 | 5 h 40 m |
"""


def _kpi_refs(source: str, tmp_path: Path) -> list[str | None]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [k.ref or k.description for k in records if isinstance(k, Kpi)]


def test_long_column_name_of_another_table_ends_the_dashboard(tmp_path):
    source = STANDARDS_PACK.format(column="October 2025") + HANDOVERS.format(
        column="Hours lost over 30 minutes")
    assert _kpi_refs(source, tmp_path) == ["ARP1", "ARP2", "ARP3"]


def test_measures_name_under_other_columns_is_no_header(tmp_path):
    # the guard: a row naming a measure at a measure's length is data, not a table's header,
    # so the dashboard's header still reads it (a row of four cells under five)
    source = STANDARDS_PACK.format(column="October 2025") + HANDOVERS.format(
        column="Major planning applications decided within 13 weeks")
    assert "ARP1" in _kpi_refs(source, tmp_path) and len(_kpi_refs(source, tmp_path)) > 3
