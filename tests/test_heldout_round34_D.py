"""Held-out round 34, decision documents taken outside meetings or recorded after them (batches
a, c, d, e, h): the rules the round's misses showed, each on a small paper in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str, str]]:
    """(source, text, outcome) of each decision the pipeline reads from a paper."""
    return [(d.source, d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _text_paper(text: str, tmp_path: Path) -> Path:
    path = tmp_path / "paper.txt"
    path.write_text(text)
    return path


# A body's record of decision (r34d, r34h): its maker labelled "Decision taken by:" or
# "Decision-maker:", a body, over its "Date of decision:" label: the body's meeting that day.
def _body_record(label: str, maker: str) -> str:
    return source_lines(
        "## Pennard Vale District Council",
        "** RECORD OF DECISION",
        f"{label}:\t{maker}",
        "Date of decision:\t9 October 2029",
        "Decision reference:\tEX/2029/077",
        "Subject:\tLeisure Centre Roof Replacement",
        "** Decision",
        "RESOLVED that the roof replacement at Pennard Leisure Centre be approved at a cost"
        " within the approved capital programme.",
        "** Reasons for the decision",
        "The roof has reached the end of its life.",
    )


@pytest.mark.parametrize("label", ["Decision taken by", "Decision-maker", "Decision made by"])
def test_a_record_whose_maker_label_names_a_body_is_its_meeting(label: str,
                                                                 tmp_path: Path) -> None:
    docs = documents_of(rendered(_body_record(label, "Cabinet"), tmp_path))
    assert docs == [("decision", "2029-10-09", "Cabinet")]


# The negative: an officer named under the same label took the decision at no meeting.
def test_a_record_whose_maker_label_names_an_officer_has_no_meeting(tmp_path: Path) -> None:
    docs = documents_of(rendered(_body_record("Decision taken by", "Director of Place"),
                                 tmp_path))
    assert docs == [("decision", None, None)]


# A lead member's decision (r34e Ashby Marsh): "LEAD MEMBER DECISION" alone on its line titles
# the record, as "CABINET MEMBER DECISION" does; its decision defers the matter.
LEAD_MEMBER_DECISION = """KILNSEY BOROUGH COUNCIL

LEAD MEMBER DECISION

Lead Member for Leisure and Culture
Councillor Ingrid Sowerby

Decision reference:   LMD/LC/2031/04
Date of decision:     12 March 2031
Subject:              Library opening hours

1. MATTER FOR DECISION

The Head of Libraries proposed that three branch libraries close on Mondays
from June 2031.

2. DECISION

That the decision on branch library opening hours be deferred until the
results of the residents' survey are known.

3. REASONS

The survey closes on 30 April 2031.

Signed: Cllr I. Sowerby                 12 March 2031
"""


def test_a_lead_member_decision_is_a_decision_record(tmp_path: Path) -> None:
    path = _text_paper(LEAD_MEMBER_DECISION, tmp_path)
    assert documents_of(path) == [("decision", None, None)]
    assert _decisions(path) == [(
        "decision_notice", "That the decision on branch library opening hours be deferred until"
        " the results of the residents' survey are known.", "deferred")]


# An executive member's decision sheet (r34e Tenby Vale): under "Decisions", each decision
# headed by its number and title ("Decision 1 - <title>") over its text and its "Reason:".
def _decision_sheet(*headings: str) -> str:
    texts = ["To approve the Tenant Engagement Strategy 2030-2033.",
             "To set garage rents at £14.50 a week from 1 April 2030."]
    return source_lines(
        "## Oldmoor Council",
        "## Executive Member Decision Sheet",
        "Executive Member:\tCouncillor R Danby, Executive Member for Housing",
        "** Decisions",
        *[line for heading, text in zip(headings, texts, strict=True)
          for line in (heading, text, "Reason: the current policy has expired.")],
        "** Declarations of interest",
        "None.",
    )


def test_each_numbered_titled_decision_heading_starts_a_decision(tmp_path: Path) -> None:
    sheet = _decision_sheet("Decision 1 - Tenant engagement strategy", "Decision 2 - Garage rents")
    assert [text for _, text, _ in _decisions(rendered(sheet, tmp_path))] == [
        "To approve the Tenant Engagement Strategy 2030-2033.",
        "To set garage rents at £14.50 a week from 1 April 2030."]


# The negative: a line that opens "Decision 1 - " and finishes a sentence is the decision's
# text, no heading: the sheet's one block stays one decision.
# Nor does a decision's own text after its number ("Decision 1: To ...") head one.
@pytest.mark.parametrize("headings", [
    ("Decision 1 - as the Panel advised.", "Decision 2 - as agreed."),
    ("Decision 1: To note the Panel's advice", "Decision 2: To note the survey results"),
])
def test_a_numbered_sentence_is_no_decision_heading(headings: tuple[str, str],
                                                     tmp_path: Path) -> None:
    sheet = _decision_sheet(*headings)
    assert len(_decisions(rendered(sheet, tmp_path))) == 1


# A leader's list of a meeting's decisions in a table (r34e Castlemere): a row whose decision
# cell says the item was withdrawn and no decision taken records no decision.
def _decisions_list(withdrawn_cell: str) -> str:
    return source_lines(
        "## Executive - Decisions List",
        "Meeting:\tExecutive",
        "Date of meeting:\tWednesday 6 June 2029",
        "|% 8 30 52 10",
        "| Item | Subject | Decision | Key |",
        "| 4 | Car Park Charges | That the car park charges in Appendix 1 be approved. | Key |",
        f"| 5 | Town Centre Strategy | {withdrawn_cell} | - |",
        "| 6 | Outside Bodies | That Councillor P Rook be appointed to the Harbour Board. | No |",
    )


def test_a_withdrawn_item_in_a_table_of_decisions_records_none(tmp_path: Path) -> None:
    cell = "Item withdrawn from the agenda before the meeting. No decision was taken."
    assert [text for _, text, _ in _decisions(rendered(_decisions_list(cell), tmp_path))] == [
        "That the car park charges in Appendix 1 be approved.",
        "That Councillor P Rook be appointed to the Harbour Board."]


# The negative: a decision that withdraws something is a decision.
def test_a_decision_to_withdraw_is_a_decision(tmp_path: Path) -> None:
    cell = "That the draft strategy be withdrawn and revised."
    texts = [text for _, text, _ in _decisions(rendered(_decisions_list(cell), tmp_path))]
    assert texts == ["That the car park charges in Appendix 1 be approved.",
                     "That the draft strategy be withdrawn and revised.",
                     "That Councillor P Rook be appointed to the Harbour Board."]
