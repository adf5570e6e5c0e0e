"""Regression tests for round 14's carry-over batches E and F, papers saved as plain text, on
small papers written here: a notice of a meeting's decisions (a bilingual heading, each entry
labelled like a report's header block between rules, a contract table set out in spaces, a
decision "not to approve"); an agenda whose titles break after a dash beside their page range.
"""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import decisions_in
from kcc_papers.extract import agenda
from kcc_papers.load.text import split_pages
from kcc_papers.models import Contract
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file
from kcc_papers.segment_starts import _find_starts

# A notice of an executive's decisions: its heading in two languages, the body that took them
# and the meeting's date by labels, each decision an entry of labels between rules.
DECISION_NOTICE = """BRYNGLAS COUNTY BOROUGH COUNCIL
CYNGOR BWRDEISTREF SIROL BRYNGLAS

DECISION NOTICE / HYSBYSIAD O BENDERFYNIAD

Decision Maker:          EXECUTIVE BOARD
Meeting Date:            Tuesday, 9 February 2027
Date of Publication:     Thursday, 11 February 2027

The decisions below may be implemented five clear working days after publication.

============================================================================
Agenda Item: 4              Decision Reference: EB/2027/011
----------------------------------------------------------------------------
SUBJECT:          LIBRARY VAN SERVICE - AWARD OF CONTRACTS
PORTFOLIO:        Culture and Leisure
KEY DECISION:     Yes
WARDS AFFECTED:   All

DECISION:
RESOLVED that the library van service contracts be awarded as set out below.

     Lot  Area                   Operator                      Value (3 years)
     ---  ---------------------  ----------------------------  ---------------
     1    North                  Afon Deithio Cyf                    £210,000
     2    South                  Brynglas Mobile Services Ltd        £185,500

REASONS FOR THE DECISION:
The current arrangements end in August 2027.

DECLARATIONS OF INTEREST:  None

============================================================================
Agenda Item: 5              Decision Reference: EB/2027/012
----------------------------------------------------------------------------
SUBJECT:          REVIEW OF BURIAL FEES
PORTFOLIO:        Environment
KEY DECISION:     No

DECISION:
RESOLVED not to approve the proposed increase in burial fees for 2027/28.

REASONS FOR THE DECISION:
The board considered the consultation responses.

============================================================================
"""


def _paper(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_regression_notice_entries_labelled_like_reports_split_the_notice(tmp_path):
    result = process_file(str(_paper(tmp_path, "notice.txt", DECISION_NOTICE)))
    assert [(d.kind, str(d.meeting_date), d.committee) for d in result.documents] == [
        ("decision", "2027-02-09", "Executive Board")]
    assert [(d.agenda_item_ref, d.title, d.decision_text, d.outcome, d.decision_maker)
            for d in decisions_in(result.records)] == [
        ("4", "LIBRARY VAN SERVICE - AWARD OF CONTRACTS",
         "RESOLVED that the library van service contracts be awarded as set out below.",
         "other", "EXECUTIVE BOARD"),
        ("5", "REVIEW OF BURIAL FEES",
         "RESOLVED not to approve the proposed increase in burial fees for 2027/28.",
         "rejected", "EXECUTIVE BOARD"),
    ]
    assert [(c.provider, c.value_gbp) for c in result.records if isinstance(c, Contract)] == [
        ("Afon Deithio Cyf", 210000.0), ("Brynglas Mobile Services Ltd", 185500.0)]


def _kinds_started(text: str) -> list[tuple[int, str]]:
    """Where each document of a text paper starts, and the kind its heading names."""
    flat = [(page.number, i, line) for page in split_pages(text)
            for i, line in enumerate(page.lines)]
    return _find_starts(flat, False)[0]


def test_regression_bilingual_decision_notice_heading_was_no_heading():
    # the heading names the notice in either language (its masthead above it is its own);
    # the entries under it start nothing
    assert _kinds_started(DECISION_NOTICE) == [(0, "decision")]


def test_regression_report_header_block_after_a_notice_still_starts_a_report():
    # a report's labelled header asks for a decision and records none: a paper of its own
    text = DECISION_NOTICE + """
Report to:         Executive Board
Date:              9 March 2027
Subject:           LEISURE CENTRE ROOF
Key decision:      Yes
Wards affected:    Town

1. RECOMMENDATION
1.1 That the Board approves the repairs.
"""
    assert [kind for _, kind in _kinds_started(text)] == ["decision", "report"]


def test_regression_resolved_not_to_approve_was_approved():
    assert classify_outcome("RESOLVED not to approve the proposed increase in fees.") == (
        "rejected")
    assert classify_outcome("RESOLVED not to agree the request, and to note the report.") == (
        "rejected")
    assert classify_outcome("RESOLVED to approve the proposed increase in fees.") == "approved"


# A text agenda's titles broken after a dash (and after "and") beside their page range, the
# rest of the title on the next line at the title's indent, the author's line under it.
DASH_WRAPPED_AGENDA = """                         HOLMBRIDGE DISTRICT COUNCIL

                         LICENSING COMMITTEE

      Tuesday, 6 April 2027 at 6.30 pm, Council Chamber

                                 AGENDA

1     Apologies for absence

2     Taxi Licensing Policy -                                      (Pages 1 - 8)
      Consultation Outcome
      Report of the Licensing Manager.

3     Street Trading Consents and                                  (Pages 9 - 12)
      Markets Review
      Report of the Licensing Manager.

4     Gambling Act Statement of Principles                         (Pages 13 - 30)
      To approve the draft statement for consultation.
"""


def test_regression_agenda_title_broken_after_dash_beside_pages_was_cut(tmp_path):
    (ctx,) = text_contexts(DASH_WRAPPED_AGENDA, "agenda", tmp_path)
    assert [(i.item_ref, i.title, i.description) for i in agenda.extract(ctx)] == [
        ("1", "Apologies for absence", None),
        ("2", "Taxi Licensing Policy - Consultation Outcome",
         "Report of the Licensing Manager."),
        ("3", "Street Trading Consents and Markets Review", "Report of the Licensing Manager."),
        ("4", "Gambling Act Statement of Principles",
         "To approve the draft statement for consultation."),
    ]
