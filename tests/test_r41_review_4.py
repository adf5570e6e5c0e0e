"""Review of round 41's K4 changes: the same things written by other councils (a motion put
to the sides with no comma or "upon", an author's post with commas in it, a quarter and a
year in one bracket) and the near-misses the rules must not read (a proposal put to public
consultation, another body's vote reported, a paper's proposal in a "that" clause)."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decision_rows, kpi_rows
from test_heldout_round41_k4 import _AGENDA, _agenda_records, _minutes, _workforce

_CARRIED = "AGREED - that the revised Lone Working Policy be adopted from 1 October 2027."


def _decisions(paragraph: str, tmp_path: Path) -> list[tuple[str, str]]:
    return decision_rows(_minutes("JNC/7   LONE WORKING POLICY", paragraph, _CARRIED), tmp_path)


@pytest.mark.parametrize("paragraph", [
    "The Chair reported that when put to public consultation in 2026, the proposal was not "
    "supported by a majority of respondents.",
    "The Head of HR reported that, when put to the Regional Joint Council in June, the "
    "proposal was not agreed.",
])
def test_regression_put_to_consultation_or_reported_vote_is_no_decision(
        paragraph: str, tmp_path: Path) -> None:
    """A proposal put to consultation is the public's view, and a vote reported inside
    another sentence is another body's: neither is this meeting's rejected decision."""
    assert _decisions(paragraph, tmp_path) == [(_CARRIED, "agreed")]


@pytest.mark.parametrize("result", [
    "Upon being put to the employer's side and the trade union side separately, the motion "
    "was not carried.",
    "On being put to the employer's side and the trade union side separately the motion was "
    "not carried.",
])
def test_regression_put_to_the_sides_upon_or_without_comma(result: str,
                                                          tmp_path: Path) -> None:
    """"Upon being put to ..." and the clause without its comma are the same vote lost."""
    moved = "Ms Orme moved that the lone working allowance be kept for a further year."
    assert _decisions(f"{moved} {result}", tmp_path) == [
        (f"{moved} {result}", "rejected"), (_CARRIED, "agreed")]


@pytest.mark.parametrize("clause", [
    "considered the report that proposed that",
    "considered the revised scheme, in which it was proposed that",
])
def test_regression_paper_proposal_in_that_or_in_which_clause_is_no_rival_motion(
        clause: str, tmp_path: Path) -> None:
    """A paper's proposal in a "that" or "in which it was proposed" clause is moved by no
    one: the lost motion after it keeps its words."""
    lost = ("Mr Tay moved that the lump sum be kept. On being put to the vote, the motion was "
            "lost.")
    text = f"The Committee {clause} the lump sum be withdrawn. {lost}"
    assert _decisions(text, tmp_path) == [(lost, "rejected"), (_CARRIED, "agreed")]


def test_sentence_opening_it_was_proposed_stays_a_motion(tmp_path: Path) -> None:
    """Guard: "It was proposed that ..." opening a sentence is a motion moved."""
    text = ("It was proposed that the lump sum be kept. On being put to the sides, the motion "
            "was not carried.")
    assert _decisions(text, tmp_path) == [(text, "rejected"), (_CARRIED, "agreed")]


_ITEM_3 = ("3.  Farm Rent Reviews 2028 (report of the Assistant Director - Property, "
           "pages 6 - 9)")


@pytest.mark.parametrize("line,author", [
    ("3.  Farm Rent Reviews 2028 (report of the Director of Planning, Transport and "
     "Regeneration, pages 6 - 9)", "report of the Director of Planning, Transport and "
     "Regeneration"),
    ("3.  Farm Rent Reviews 2028 (Report of the Head of Property - pages 6 to 9)",
     "Report of the Head of Property"),
    ("3.  Farm Rent Reviews 2028 (report of the Head of Property, pp 6 - 9)",
     "report of the Head of Property"),
    ("3.  Farm Rent Reviews 2028 (Report by the Head of Property; Pages 6-9)",
     "Report by the Head of Property"),
    ("3.  Farm Rent Reviews 2028 (joint report of the Head of Property and the Section 151 "
     "Officer, pages 6 - 9)", "joint report of the Head of Property and the Section 151 "
     "Officer"),
])
def test_regression_bracketed_author_and_pages_in_other_forms(
        line: str, author: str, tmp_path: Path) -> None:
    """A post with commas in it, a dash or semicolon before the pages, "pp", a joint report:
    the author and pages all the same, no part of the title."""
    records = _agenda_records(_AGENDA.replace(_ITEM_3, line), tmp_path)
    assert records[2] == ("3", "Farm Rent Reviews 2028", 6, 9, author)


def test_regression_bracketed_author_and_pages_before_an_exempt_note(tmp_path: Path) -> None:
    """"(report of ..., pages 6 - 9) (exempt)": the note after the bracket is read by the
    title's note rules, the bracket still the author and pages."""
    line = "3.  Farm Rent Reviews 2028 (report of the Head of Property, pages 6 - 9) (exempt)"
    records = _agenda_records(_AGENDA.replace(_ITEM_3, line), tmp_path)
    assert records[2] == ("3", "Farm Rent Reviews 2028", 6, 9, "report of the Head of Property")


def test_bracket_with_paragraphs_not_pages_stays_in_title(tmp_path: Path) -> None:
    """Guard: a bracket closing on paragraphs, not pages, is no page range."""
    line = "3.  Farm Rent Reviews 2028 (report of the Head of Property, paragraphs 6 - 9)"
    records = _agenda_records(_AGENDA.replace(_ITEM_3, line), tmp_path)
    assert records[2] == ("3", line.removeprefix("3.  "), None, None, None)


def test_regression_column_named_by_quarter_and_year_in_brackets(tmp_path: Path) -> None:
    """"Starters (Q2 2027/28)": a quarter and its year in one bracket name a column too; the
    workforce profile is no dashboard's rows."""
    assert kpi_rows(_workforce("(Q2 2027/28)"), tmp_path) == [("PS01", 8.4, "red"),
                                                              ("PS02", 93.0, "green")]


@pytest.mark.parametrize("header", ["(2027-28)", "(Qtr 2)", "(Quarter 2)", "Q2"])
def test_column_named_by_other_periods_is_no_dashboard(header: str, tmp_path: Path) -> None:
    """Guard: a year with a dash, a quarter spelt out, a bare quarter name columns too."""
    assert kpi_rows(_workforce(header), tmp_path) == [("PS01", 8.4, "red"),
                                                      ("PS02", 93.0, "green")]
