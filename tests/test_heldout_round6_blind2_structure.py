"""Regression tests for the structure misses of round 6's second blind batch (F) on its first
run. Each is named after the bug and runs on a small paper in the layout that showed it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import text_contexts
from heldout_support import decisions_in, minutes_of, numbers
from kcc_papers.extract import meetings
from kcc_papers.load.model import Source
from kcc_papers.load.text import split_pages
from kcc_papers.models import Meeting
from kcc_papers.segment import segment

WELSH_MINUTES = (
    "CYNGOR SIR DYFFRYN / DYFFRYN COUNTY COUNCIL\nCABINET\nCOFNODION / MINUTES\n"
    "Cyfarfod o'r Cabinet ar 3 Mawrth 2026 / Meeting of the Cabinet held on 3 March 2026\n"
    "Presennol / Present: Y Cynghorydd E Prydderch (Cadeirydd / Chair)\n"
    "1. Ffioedd a Thaliadau / Fees and Charges\n"
    "The charges had been amended following the consultation responses.\n"
    "PENDERFYNIAD / DECISION:\nThat the fees and charges be approved.\n"
    "Daeth y cyfarfod i ben am 11.40 / The meeting ended at 11.40\n"
)


def _kinds(text: str) -> list[str]:
    return [s.kind for s in segment(Source("t.txt", "0" * 64, "text", split_pages(text)))]


def test_bilingual_minutes_whose_english_halves_follow_the_welsh_were_read_as_other():
    # "Presennol / Present:" and "... / The meeting ended at" are minutes' marks in English
    # too: each language of a line counts, not only the first
    assert _kinds(WELSH_MINUTES) == ["minutes"]


def test_bilingual_decision_label_over_its_text_did_not_record_the_decision(tmp_path):
    (decision,) = decisions_in(minutes_of(WELSH_MINUTES, tmp_path))
    assert decision.decision_text == "That the fees and charges be approved."


def test_padded_running_number_after_a_prefix_and_year_lost_its_zeros(tmp_path):
    text = ("KNAPTON TOWN COUNCIL\n\nMinutes of the Meeting of the Full Council held on Monday "
            "9th March 2026 at 7pm\n\nPresent: Cllr H Pargeter (in the Chair), Cllrs Aldridge, "
            "Carter\n\nFC/26/031   APOLOGIES FOR ABSENCE\n            None.\n\n"
            "FC/26/032   ALLOTMENT RENTS 2027\n            RESOLVED that rents remain at £42.\n\n"
            "The meeting closed at 8.41pm.\n")
    assert numbers(minutes_of(text, tmp_path)) == [
        ("FC/26/031", "APOLOGIES FOR ABSENCE"), ("FC/26/032", "ALLOTMENT RENTS 2027")]


AUDIT_AGENDA = (
    "WEYBOURNE COUNCIL\nAudit Committee\nWednesday 25 March 2026, 2.00 pm\nCommittee Room 1\n"
    "AGENDA\nAgenda Item Subject Lead Officer Pages\n"
    "1 Apologies and Substitutions Democratic Services -\n"
    "Minutes of the meeting held\n3 Democratic Services 3 - 8\non 28 January 2026\n"
    "4 Work Programme Democratic Services 9 - 10\n"
)


def test_minutes_item_wrapped_before_its_date_in_an_agenda_table_started_a_document():
    assert len(_kinds(AUDIT_AGENDA)) == 1


def test_agenda_item_column_named_in_full_was_no_evidence_of_an_agenda():
    assert _kinds(AUDIT_AGENDA) == ["agenda"]


def test_ministerial_decision_heading_was_not_read_as_a_decision():
    text = ("GOVERNMENT OF ECREHOU\nMINISTERIAL DECISION\nDecision Reference: MD-I-2026-0017\n"
            "Date of Decision Summary: 06/03/2026\nDecision(s):\nThe Minister approved the award "
            "of a contract to Granite Highways Limited.\nReason(s) for Decision:\n"
            "The most economically advantageous tender.\n")
    assert _kinds(text) == ["decision"]


def _committee(text: str, kind: str, tmp_path: Path) -> tuple[str | None, dt.date | None]:
    (ctx,) = text_contexts(text, kind, tmp_path)
    found = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    return (found[0].committee, found[0].meeting_date) if found else (None, None)


def test_committee_named_before_what_it_is_for_was_not_read_from_the_masthead(tmp_path):
    text = ("STATES OF SARNIA MINOR\nCommittee for Environment & Infrastructure\n"
            "Minutes of the meeting held at Brockhurst House on Thursday, 5th March, 2026\n"
            "Present: Deputy P Le Marquand (President)\nI. CONFIRMATION OF MINUTES\n"
            "The Committee approved the minutes.\n")
    assert _committee(text, "minutes", tmp_path) == (
        "Committee for Environment & Infrastructure", dt.date(2026, 3, 5))


def test_running_head_naming_council_then_committee_then_date_gave_the_council(tmp_path):
    text = ("Ravensholme Metropolitan Borough Council - Audit and Governance Committee - "
            "24 February 2026\nRAVENSHOLME METROPOLITAN BOROUGH COUNCIL\n"
            "AUDIT AND GOVERNANCE COMMITTEE\nMinutes of the meeting held on Tuesday 24th "
            "February 2026 at 2.00 pm\nPresent: Councillor S Threlfall (Chair)\n"
            "AG41 Apologies for Absence\nNone.\n")
    assert _committee(text, "minutes", tmp_path)[0] == "Audit and Governance Committee"


def test_partnership_named_in_a_notice_of_meeting_was_no_committee(tmp_path):
    text = ("DRUMGLASS POLICING AND COMMUNITY SAFETY PARTNERSHIP\n\nNOTICE OF MEETING\n\n"
            "A meeting of the Drumglass and Carnlough Policing and Community Safety Partnership\n"
            "will be held in the Boardroom on Tuesday 24 March 2026\nat 4.30pm.\n\nAGENDA\n\n"
            "1.0   Welcome and Apologies\n2.0   Declarations of Interest\n")
    assert _committee(text, "agenda", tmp_path) == (
        "Drumglass and Carnlough Policing and Community Safety Partnership",
        dt.date(2026, 3, 24))


def test_partnership_noted_the_report_recorded_no_decision(tmp_path):
    text = ("MINUTES OF THE DRUMGLASS POLICING AND COMMUNITY SAFETY PARTNERSHIP MEETING HELD ON "
            "TUESDAY 27 JANUARY 2026\n\nPresent: Councillor N McGarry (Chair)\n\n"
            "1.0   WELCOME AND APOLOGIES\n\n      Apologies were received from Ms Lavery.\n\n"
            "2.0   DECLARATIONS OF INTEREST\n\n      None.\n\n"
            "3.0   PSNI DISTRICT COMMANDER'S REPORT\n\n      Chief Inspector Moffett reported "
            "a fall in burglary.\n\n      The Partnership noted the District Commander's "
            "report.\n\nThe meeting ended at 6.05pm.\n")
    (decision,) = decisions_in(minutes_of(text, tmp_path))
    assert decision.outcome == "noted"


def test_committee_resolved_colon_over_lettered_parts_was_not_a_resolution(tmp_path):
    text = ("Committee for Environment & Infrastructure\nMinutes of the meeting held on "
            "Thursday, 5th March, 2026\nPresent: Deputy P Le Marquand (President)\n"
            "I. CONFIRMATION OF MINUTES\nThe Committee approved the minutes.\n"
            "II. COASTAL DEFENCES PROGRAMME\nThe Committee considered a paper.\n"
            "The Committee resolved:\n(a) to approve the Coastal Defences Programme;\n"
            "(b) to direct the Director to submit a funding request.\n")
    texts = [d.decision_text for d in decisions_in(minutes_of(text, tmp_path))]
    assert any("to approve the Coastal Defences Programme" in t for t in texts)


def test_board_of_directors_over_its_meeting_in_public_was_no_committee(tmp_path):
    text = ("Kingsmere Hospitals NHS Foundation Trust\nBoard of Directors - Meeting in Public\n"
            "Thursday 5 March 2026, 09:30 - 12:30, Boardroom, Kingsmere General Hospital\n"
            "AGENDA\nTime Item Title Purpose Presenter\n"
            "09:30 TB26/031 Welcome, apologies and quorum - Chair\n"
            "09:32 TB26/032 Declarations of interest - Chair\n")
    assert _committee(text, "agenda", tmp_path) == ("Board of Directors", dt.date(2026, 3, 5))
