"""Regression tests for the leftover misses of held-out round 35 (family L, document kinds and
dates, agenda items): a meeting held over two days dated by its first; a notice of decisions
titled before its body's name ("Notice of Decisions: Cabinet"), each decision headed "Decision
1: <title>"; a report whose ask to note is joined to one to recommend a decision to another
body, or whose decision names a "risk-based" approach, is a report whatever risk table it
holds; a text agenda's page range printed two spaces after its title closes it, a
supplementary agenda's urgent item "11A" after item 7, and the line every item prints under
its title in one form ("Cabinet Member for ...") is none of a title's words. Small papers in
other councils' words, each with a guard of the rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from heldout_support import documents_of, rendered, source_lines, text_agenda_items
from kcc_papers.models import Decision
from kcc_papers.normalise.dates import find_date
from kcc_papers.pipeline import process_file

# ------------------------------------------------------ a meeting held over two days


@pytest.mark.parametrize(("text", "day"), [
    ("Monday 9th and Tuesday 10th March 2026", 9),
    ("9 & 10 March 2026", 9),
    ("Wednesday, 11 and Thursday, 12 March 2026", 11),
])
def test_days_sharing_a_month_date_by_the_first(text: str, day: int) -> None:
    assert find_date(text) == dt.date(2026, 3, day)


# The guard: two days a week or more apart are two dates, and a number before "and" that is
# no earlier day ("items 12 and 4 March") none of a span: the date is the one printed whole.
@pytest.mark.parametrize("text", ["the meetings of 2 and 16 March 2026",
                                  "items 12 and 4 March 2026"])
def test_days_apart_are_no_span(text: str) -> None:
    day = 16 if "16" in text else 4
    assert find_date(text) == dt.date(2026, 3, day)


def test_a_two_day_agenda_is_dated_by_its_first_day(tmp_path: Path) -> None:
    paper = source_lines(
        "## HARROWFIELD BOROUGH COUNCIL",
        "!! Licensing Committee",
        "Date:\tMonday 9th and Tuesday 10th March 2026",
        "Time:\t9.30 am on each day",
        "Venue:\tCommittee Room 2, Civic Centre",
        "** AGENDA",
        "** First day - Monday 9th March 2026",
        "1. Apologies for absence",
        "2. Declarations of interest",
        "3. Review of the Statement of Licensing Policy",
        "** Second day - Tuesday 10th March 2026",
        "4. Taxi and private hire fees 2026/27",
        "5. Date of next meeting",
    )
    assert documents_of(rendered(paper, tmp_path)) == [
        ("agenda", "2026-03-09", "Licensing Committee")]


# ------------------------------------------- a notice of decisions titled before its body


def _notice(first_heading: str) -> str:
    return source_lines(
        "## Oakridge Borough Council",
        "!! Notice of Decisions: Executive",
        "Meeting date:\t14 April 2026",
        "Date of publication:\t16 April 2026",
        "Call-in deadline:\t5.00 pm, 23 April 2026",
        f"** {first_heading}",
        "Decision: That the revised fees for garden waste collections set out in Appendix A "
        "be approved from 1 June 2026.",
        "Reason: To recover the cost of the service.",
        "** Decision 2: Town Centre Car Parks (Key decision: Yes)",
        "Decision: That the decision on the disposal of the Mill Lane car park be deferred "
        "to the Executive meeting on 12 May 2026.",
        "Reason: The Executive wished to see the traffic survey first.",
    )


def _decisions(path: Path) -> list[tuple[str, str | None]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def test_a_notice_titled_before_its_body_is_that_bodys(tmp_path: Path) -> None:
    path = rendered(_notice("Decision 1: Garden Waste Fees (Key decision: No)"), tmp_path)
    assert documents_of(path) == [("decision", "2026-04-14", "Executive")]


def test_each_numbered_decision_heading_starts_its_decision(tmp_path: Path) -> None:
    path = rendered(_notice("Decision 1: Garden Waste Fees (Key decision: No)"), tmp_path)
    assert _decisions(path) == [
        ("That the revised fees for garden waste collections set out in Appendix A be "
         "approved from 1 June 2026.", "approved"),
        ("That the decision on the disposal of the Mill Lane car park be deferred to the "
         "Executive meeting on 12 May 2026.", "deferred")]


# The guard: a sentence opening "Decision 1" with no stop after its number heads no numbered
# decision. (Until round 41 the notice was then read as one record, its second decision, a
# deferral, lost; since round 41 "Decision 2: Town Centre Car Parks (Key decision: Yes)" over
# its "Decision:" heads its item as a title holding a colon (decisions/colon_titles.py), so
# both decisions are read, each whole and with its own outcome.)
def test_a_sentence_about_a_numbered_decision_heads_none(tmp_path: Path) -> None:
    path = rendered(_notice("Decision 1 was called in on 20 April 2026"), tmp_path)
    assert _decisions(path) == [
        ("That the revised fees for garden waste collections set out in Appendix A be "
         "approved from 1 June 2026.", "approved"),
        ("That the decision on the disposal of the Mill Lane car park be deferred to the "
         "Executive meeting on 12 May 2026.", "deferred")]


# ----------------------------------------- a report's decision and the risk table it holds


def _capital_report(recommendation: str, rotated: str = "--- page rotated ---") -> str:
    return source_lines(
        "## Fenbridge District Council",
        "** Agenda Item 7",
        "!! Parks Capital Programme 2026/27: Progress and Risks",
        "Report of:\tHead of Parks and Open Spaces",
        "** 1. Purpose",
        "1.1 To update the Committee on the parks capital schemes and the risks to them.",
        "** 2. Recommendation",
        f"2.1 {recommendation}",
        "** 3. Programme",
        "3.1 The play area renewals at Mill Green and Abbey Fields are on site.",
        "3.2 The pavilion works at Abbey Fields will be tendered in the spring.",
        rotated,
        "** 4. Programme risks",
        "|% 8 36 8 8 8 8 8 8 24",
        "|# Ref | Risk | Inherent L | Inherent I | Inherent score | Current L | Current I "
        "| Current score | Controls |",
        "| PK1 | Pavilion tender prices exceed budget | 4 | 3 | 12 | 3 | 3 | 9 | Phasing |",
        "| PK2 | Play equipment delivery delayed | 3 | 2 | 6 | 2 | 2 | 4 | Early orders |",
        "| PK3 | Vandalism of new equipment | 3 | 3 | 9 | 2 | 3 | 6 | CCTV; patrols |",
    )


def _kinds(source: str, tmp_path: Path) -> list[str]:
    return [kind for kind, _, _ in documents_of(rendered(source, tmp_path))]


def test_a_note_joined_to_a_recommendation_to_cabinet_is_a_report(tmp_path: Path) -> None:
    """Before, the rotated page's risk header read whole made the report a risk register:
    the ask joined to the note, to recommend to Cabinet a budget increase, is a decision."""
    ask = ("That the Committee notes the progress of the parks capital programme and "
           "recommends to Cabinet an increase of £60,000 in the pavilion budget.")
    assert _kinds(_capital_report(ask), tmp_path) == ["report"]


# The guard: a note of the programme's risks alone leaves the report a register, its table
# read as the risks it reports.
def test_a_note_of_the_risks_alone_stays_a_register(tmp_path: Path) -> None:
    ask = "That the Committee notes the programme risks set out in section 4."
    assert _kinds(_capital_report(ask), tmp_path) == ["risk_register"]


def test_approving_a_risk_based_approach_is_a_decision(tmp_path: Path) -> None:
    ask = ("That the Committee approves the Parks Investment Plan 2026-2031 and the "
           "risk-based approach to play area inspections.")
    assert _kinds(_capital_report(ask), tmp_path) == ["report"]


# The guard: approving the register itself is a decision on the table, the paper a register.
def test_approving_the_risk_register_stays_a_register(tmp_path: Path) -> None:
    ask = "That the Committee approves the programme risk register set out in section 4."
    assert _kinds(_capital_report(ask), tmp_path) == ["risk_register"]


# ------------------------------------------------------------------ text agendas


SUPPLEMENT = """GLENHOLME BOROUGH COUNCIL

EXECUTIVE

SUPPLEMENTARY AGENDA

Thursday, 5th March, 2026 at 6.00 pm
Council Chamber, Glenholme Town Hall

Further to the agenda for the above meeting published on 25 February 2026, please find
attached the following items.

Agenda No   Item

4.          Waste Vehicle Replacement Programme  (Pages 1 - 6)
            This report was marked "to follow" on the published agenda.

8A.         Urgent Item: Emergency Repairs to Glenholme Sea Wall  (Pages 7 - 9)
            The Chair has agreed that this item be considered as a matter of urgency because
            storm damage on 28 February 2026 needs repairs before the spring tides.

Contact: Democratic Services, 01632 770 100
"""


def test_a_supplements_urgent_item_and_its_range_two_spaces_on(tmp_path: Path) -> None:
    """Before, "8A" after item 4 was read as no item (a capital letter, a jump of four), and
    with it read, its title ran on into the lines under it: a range two spaces after the
    title is printed on with it, and closes it."""
    assert text_agenda_items(SUPPLEMENT, tmp_path) == [
        ("4", "Waste Vehicle Replacement Programme"),
        ("8A", "Urgent Item: Emergency Repairs to Glenholme Sea Wall")]


# The guard: an agenda not calling itself supplementary still takes no jump of four.
def test_an_ordinary_agenda_takes_no_jump_to_a_lettered_item(tmp_path: Path) -> None:
    text = SUPPLEMENT.replace("SUPPLEMENTARY AGENDA", "AGENDA")
    assert [ref for ref, _ in text_agenda_items(text, tmp_path)] == ["4"]


def _presented(first_title: str, first_under: str) -> str:
    return "\n".join((
        "ASHVALE COUNTY COUNCIL",
        "",
        "CABINET",
        "",
        "Date:   Wednesday, 18 March 2026",
        "",
        "                                 AGENDA",
        "",
        " 1.  Apologies for Absence",
        " 2.  Declarations of Interest",
        f" 3.  {first_title:<64}(Pages 3 - 10)",
        f"     {first_under}",
        " 4.  Library Service Strategy 2026-2030                             (Pages 11 - 18)",
        "     Cabinet Member for Culture and Leisure",
        " 5.  Bus Service Improvement Plan                                   (Pages 19 - 24)",
        "     Cabinet Member for Transport",
        " 6.  Pothole Repair Programme 2026/27                               (Pages 25 - 30)",
        "     Cabinet Member for Highways",
        "",
        "Dated: 6 March 2026",
        "",
    ))


def test_the_line_every_item_prints_under_its_title_is_none_of_it(tmp_path: Path) -> None:
    """Before, item 3's title, run near its page column, read the line under it as wrapped."""
    text = _presented("Quarter 3 Revenue and Capital Budget Monitoring 2025/26",
                      "Cabinet Member for Finance and Resources")
    assert text_agenda_items(text, tmp_path)[2:] == [
        ("3", "Quarter 3 Revenue and Capital Budget Monitoring 2025/26"),
        ("4", "Library Service Strategy 2026-2030"),
        ("5", "Bus Service Improvement Plan"),
        ("6", "Pothole Repair Programme 2026/27")]


# The guard: a wrapped title's own words, in no form the other items print under theirs,
# still run on (its range a column apart, three spaces or more after it).
def test_a_wrapped_titles_own_words_still_run_on(tmp_path: Path) -> None:
    text = _presented("Quarter 3 Revenue and Capital Budget Monitoring and the",
                      "Medium Term Financial Strategy 2026-2030")
    assert text_agenda_items(text, tmp_path)[2] == (
        "3", "Quarter 3 Revenue and Capital Budget Monitoring and the Medium Term Financial "
             "Strategy 2026-2030")
