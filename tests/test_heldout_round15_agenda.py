"""Regression tests for the agenda item misses of round 15's blind batches: a borderless
table's header row of one-word labels read as one run (its wide gaps alike, taken for a
justified line's); a title's wrapped line that also holds the next column's run, its end taken
for the title column's; sub-items numbered with a stop of their own ("5.1."); a bilingual
agenda's titles wrapped at their column's edge, not the page's margin; the page's running
footer read as the last item's description. Each runs on small
generated papers (or on the reader's parts)."""

from __future__ import annotations

from pathlib import Path

import heldout_accuracy

from conftest import contexts
from heldout_support import pdf_agenda_items as _pdf_items
from kcc_papers.extract import agenda
from kcc_papers.extract.agenda.other_cells import title_end
from kcc_papers.extract.agenda.title_lines import _edge_for
from kcc_papers.load.model import Line
from kcc_papers.load.pdf_run_cells import _column_gaps
from kcc_papers.models import AgendaItem

# ----------------- a borderless table, its header of single words, titles wrapped in cells

TRUST_COMMITTEE_BORDERLESS = """## Hollinsmere Hospitals NHS Foundation Trust
!! Quality and Safety Committee
** Agenda
Date:	14th March 2028
Time:	13:30 to 16:00
|- No. | Item | Presenter | Format |
| 1. | Apologies and quoracy | Chair | Verbal |
| 2. | Declarations of interest | Chair | Verbal |
| 3. | Minutes of the meeting held on 12th December 2027 | Chair | Paper |
| 4. | Patient Safety Incident Response Framework Update | Medical Director for Patient Safety | Paper |
| 5. | Maternity Services Assurance Report | Director of Midwifery | Paper |
| 6. | Clinical Audit Programme Quarterly Report | Head of Clinical Effectiveness | Paper |
| 7. | Infection Prevention and Control Report | Director of Nursing | Paper |
| 8. | Any other business | Chair | Verbal |
"""  # noqa: E501


def test_regression_a_header_of_single_word_labels_is_parted_and_wrapped_titles_read_whole(
        tmp_path: Path) -> None:
    # "No.  Item  Presenter  Format" is drawn as one run, its gaps wide and alike: a table's
    # columns, not a justified line's word spaces; under it each title is read whole from its
    # wrapped cell, the presenter's and format's cells beside it left out
    assert _pdf_items(TRUST_COMMITTEE_BORDERLESS, tmp_path) == [
        ("1", "Apologies and quoracy"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of the meeting held on 12th December 2027"),
        ("4", "Patient Safety Incident Response Framework Update"),
        ("5", "Maternity Services Assurance Report"),
        ("6", "Clinical Audit Programme Quarterly Report"),
        ("7", "Infection Prevention and Control Report"),
        ("8", "Any other business"),
    ]


def test_regression_gaps_many_font_heights_wide_part_columns_though_alike() -> None:
    # a justified line's word spaces are alike and a few points wide; gaps of ten font
    # heights, however alike, part a table's columns ("No.", "Item", "Presenter", "Format")
    text = "No. Item Presenter Format"
    gaps = [(3, 4, 103.0), (8, 9, 97.5), (18, 19, 71.0)]
    assert _column_gaps(gaps, text) == [(18, 19, 71.0)]
    assert _column_gaps(gaps, text, 63.0) == gaps
    justified = [(1, 2, 150.0), (10, 13, 25.0), (17, 20, 25.5), (23, 26, 24.9)]
    assert _column_gaps(justified, "8 (reserve   date   for   precept", 63.0) == [
        (1, 2, 150.0)]


def test_regression_a_title_line_holding_the_next_columns_run_ends_before_it() -> None:
    # "Counter Fraud Progress" and the presenter's "Local Counter Fraud" on one line: the
    # title's column ends before the presenter's run, not at the line's end
    both = Line("Counter Fraud Progress Local Counter Fraud", 180.0, 353.6, 415.3, 364.1,
                [(180.0, "Counter Fraud Progress"), (300.5, "Local Counter Fraud")])
    alone = Line("Internal Audit Progress", 180.0, 322.5, 294.8, 332.9)
    end = title_end(both)
    assert end is not None and end < 300.5
    assert title_end(alone) == 294.8


# ------------------------------------------------ sub-items numbered with their own stop

IJB_SUB_ITEMS_STOPPED = """## Fairholm Integration Joint Board
Notice of Meeting
A meeting of the Integration Joint Board will be held in the Council Chamber on Wednesday, 9 June 2027 at 10:00.
^^ A G E N D A
|- Item | Title | Paper |
| 1. | Welcome and Apologies | Verbal |
| 2. | Declarations of Interest | Verbal |
| 3. | Minute of Previous Meeting | A |
| 4. | Finance and Performance | |
| 4.1. | Revenue Budget Monitoring Report - Period 2 2027/28 | B |
| 4.2. | Annual Performance Report | C |
| 5. | Primary Care Improvement Plan: Progress and Next Steps | D |
| 6. | Date of Next Meeting | Verbal |
"""  # noqa: E501


def test_regression_a_sub_items_number_with_its_own_stop_is_its_ref(tmp_path: Path) -> None:
    # "4.1." is item 4's sub-item 4.1, not item "4" titled "1. Revenue ..."; beside a title
    # wrapped in its cell it is the row's number as "4.1" is
    assert _pdf_items(IJB_SUB_ITEMS_STOPPED, tmp_path) == [
        ("1", "Welcome and Apologies"),
        ("2", "Declarations of Interest"),
        ("3", "Minute of Previous Meeting"),
        ("4", "Finance and Performance"),
        ("4.1", "Revenue Budget Monitoring Report - Period 2 2027/28"),
        ("4.2", "Annual Performance Report"),
        ("5", "Primary Care Improvement Plan: Progress and Next Steps"),
        ("6", "Date of Next Meeting"),
    ]


# ------------------------------ a bilingual agenda: titles wrapped at their column's edge

BILINGUAL_COLUMNS = """## CYNGOR SIR GLANNAU / COUNTY COUNCIL OF GLANNAU
<> Pwyllgor Cynllunio || Planning Committee
<> Dydd Mercher 10 Mawrth 2027 am 10.00 || Wednesday 10 March 2027 at 10.00am
** AGENDA
<> 1. Apologies for Absence || 1. Ymddiheuriadau am Absenoldeb
<> 2. Declarations of Personal and Prejudicial Interest || 2. Datganiadau o Fuddiant Personol a Rhagfarnol
<> 3. Minutes of the Meeting held on 10 February 2027 || 3. Cofnodion y Cyfarfod a gynhaliwyd ar 10 Chwefror 2027
<> 4. Local Development Plan Replacement: Preferred Strategy Consultation Responses || 4. Cynllun Datblygu Lleol Newydd: Ymatebion
<> 5. Enforcement Appeals Decided 2026/27: Summary Report || 5. Apeliadau Gorfodi 2026/27
<> 6. Exclusion of the Press and Public || 6. Gwahardd y Wasg a'r Cyhoedd
"""  # noqa: E501


def test_regression_a_bilingual_agendas_titles_wrap_at_their_columns_edge(
        tmp_path: Path) -> None:
    # each title wraps at its half of the page, the other language's text beside it: its
    # wrapped line goes on with it (after a colon too, where it is the item's last line)
    assert _pdf_items(BILINGUAL_COLUMNS, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Personal and Prejudicial Interest"),
        ("3", "Minutes of the Meeting held on 10 February 2027"),
        ("4", "Local Development Plan Replacement: Preferred Strategy Consultation Responses"),
        ("5", "Enforcement Appeals Decided 2026/27: Summary Report"),
        ("6", "Exclusion of the Press and Public"),
    ]


# ------------------------------------------- the page's running footer under the last item

BOARD_PACK_FOOTED = """%% footer Wexcombe Borough Council | Commercial and Procurement Board | Thursday 18 March 2027
## Wexcombe Borough Council
!! Commercial and Procurement Board
** Agenda
Date:	Thursday 18 March 2027
|- No. | Item | Lead |
| 1. | Apologies and substitutes | Chair |
| 2. | Declarations of interest | Chair |
| 3. | Contract waivers approved in quarter 4 | Head of Procurement |
| 4. | Board work plan 2027/28 | Head of Procurement |
--- page ---
** Wexcombe Borough Council
** Commercial and Procurement Board - Minutes
Thursday 21 January 2027, Committee Room 2
** 1 Apologies and substitutes
There were no apologies.
--- page ---
** Agenda item 3
!! Contract waivers approved in quarter 4
The Board is asked to note the waivers approved in the quarter.
"""  # noqa: E501


def test_regression_the_running_footer_is_not_the_last_items_description(
        tmp_path: Path) -> None:
    # the footer printed at the foot of every page of the pack follows the last item in the
    # text layer: the page's furniture, not the item's description
    src = tmp_path / "paper.pdfsrc"
    src.write_text(BOARD_PACK_FOOTED)
    (ctx, *_) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "agenda")
    items = [r for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]
    assert [(r.item_ref, r.title) for r in items][-1] == ("4", "Board work plan 2027/28")
    assert items[-1].description is None


def test_regression_a_line_past_the_titles_column_is_not_judged_by_its_edge() -> None:
    # "Services" (a lead's wrapped cell, far right) starts past the edge of the title's
    # column: judged against the page's margin, not the column's, it is no title's wrap
    lead = Line("Services", 445.0, 294.6, 475.5, 304.7)
    title_line = Line("Minute of Meeting of 2 December 2026", 59.5, 324.3, 60.0, 334.0)
    assert _edge_for(lead, 341.5, 535.8) == 535.8
    assert _edge_for(title_line, 282.8, 535.8) == 282.8
    assert _edge_for(title_line, None, 535.8) == 535.8
