"""Regression tests for round 15's family A leftovers: a bilingual agenda whose letter-spaced
heading ("CLÀR-GNOTHAICH / AGENDA", every letter set apart) wraps onto a second line under a
masthead printed in two languages side by side; a minute's "agreed that consideration ... be
deferred" read as agreed; and a "Record of Meeting" printed as an "Item | Record | Action"
table, each item's title a bold run-in at the start of its record cell, read as an agenda
with no items. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decisions_in,
    numbers,
    pack_documents,
    pdf_minutes,
    rendered,
    source_lines,
)
from kcc_papers.load import load
from kcc_papers.normalise.outcomes import classify_outcome

# (set in DejaVu Sans, as a paper printing Gaelic's accents is: its wide capitals wrap the
# heading)
BILINGUAL_AGENDA = source_lines(
    "%% header Comhairle na Machrach | Machair Council",
    "%% ligatures",
    "## COMHAIRLE NA MACHRACH",
    "## MACHAIR COUNCIL",
    "<> Comataidh Foghlaim agus Seirbheisean Cloinne || Education and Children's Services "
    "Committee",
    "<> Diardaoin 11 Màrt 2027 aig 10.00m || Thursday 11 March 2027 at 10.00am",
    "<> Seòmar na Comhairle, Oifisean na Comhairle, Rathad a' Chladaich, Baile Mòr || "
    "Council Chamber, Council Offices, Shore Road, Baile Mor",
    "Members:\tCllr Iain Beaton (Chair), Cllr Morag Gillies (Vice-Chair), Cllrs Alasdair "
    "Munro, Catriona Ross, Neil Matheson",
    "Enquiries:\tKirsty Maclean, Democratic Services, 01632 960555",
    "^^ C l À R - G N O T H A I C H  /  A G E N D A",
    "<> 1. Apologies for Absence || 1. Leisgeulan",
    "<> 2. Declarations of Interest || 2. Foillseachadh Com-pàirt",
    "<> 3. School Estate Review: Consultation Outcome || 3. Ath-sgrùdadh Oighreachd nan Sgoiltean",
    "<> 4. Early Learning and Childcare Expansion || 4. Leudachadh Ionnsachadh Tràth",
    "Fiona Macrae, Chief Executive / Àrd-Oifigear",
    "--- page ---",
    "** COMHAIRLE NA MACHRACH",
    "Minute of Meeting of the Education and Children's Services Committee held in the Council "
    "Chamber, Baile Mòr on Thursday 14 January 2027 at 2.00pm.",
    "Present:\tCllr Iain Beaton (Chair), Cllr Morag Gillies, Cllr Alasdair Munro, Cllr Neil "
    "Matheson",
    "** 11. SCHOOL TRANSPORT POLICY",
    "Co-dhùnadh / Decision",
    "The Committee agreed that consideration of the school transport policy be deferred to the "
    "meeting in March 2027.",
)


def test_regression_wrapped_letter_spaced_bilingual_agenda_heading_is_an_agenda(
        tmp_path: Path) -> None:
    # the heading's last word wraps ("... / A G E N" over "D A") below a masthead whose two
    # languages side by side take more lines than a title is looked for in
    pdf = rendered(BILINGUAL_AGENDA, tmp_path, "pack")
    lines = [line.text for page in load(pdf).pages[:1] for line in page.lines]
    assert any(text.endswith("A G E N") for text in lines) and "D A" in lines
    assert pack_documents(BILINGUAL_AGENDA, tmp_path) == [
        ("agenda", "2027-03-11", "Education and Children's Services Committee"),
        ("minutes", "2027-01-14", "Education and Children's Services Committee"),
    ]


def test_regression_agreed_that_consideration_be_deferred_is_deferred() -> None:
    assert [classify_outcome(text) for text in (
        "The Committee agreed that consideration of the slipway replacement be deferred to "
        "the meeting in February 2027.",
        "AGREED that consideration of the item be postponed.",
        "It was AGREED that consideration of the application be deferred for a site visit.",
        # what was agreed is no deferral: agreed, as before
        "The Committee agreed that the report be noted.",
        "The Committee agreed that the item be approved. The next item was deferred.",
        "AGREED that officers prepare options",
    )] == ["deferred", "deferred", "deferred", "agreed", "agreed", "agreed"]


def test_regression_agreed_deferral_in_minutes_has_outcome_deferred(tmp_path: Path) -> None:
    minutes = BILINGUAL_AGENDA.split("--- page ---\n", 1)[1]
    (decision,) = decisions_in(pdf_minutes(minutes, tmp_path))
    assert (decision.ref, decision.outcome) == ("11", "deferred")


RECORD_OF_MEETING = source_lines(
    "%% header States of Vallance - Scrutiny Panel",
    "%% footer States Greffe | {page}",
    "%% overprint APPROVED",
    "!! Environment Scrutiny Panel",
    "** Record of Meeting",
    "Date:\t9 March 2027",
    "Time:\t2.00 p.m.",
    "Venue:\tBlampied Room, States Building",
    "Present:\tDeputy K. Le Marquand, Chair; Deputy R. Mauger; Mr P. Le Brun (independent "
    "member)",
    "In attendance:\tMs C. Pallot, Panel Officer (minutes)",
    "|% 7 75 18",
    "| Item | Record | Action |",
    "| 1. | **Records of previous meetings** The records of the meeting held on 9 February "
    "2027, having been circulated, were approved and signed. | |",
    "| 2. | **Coastal defence review** The Panel discussed the draft terms of reference for its "
    "review of coastal defences. The Panel agreed to hold a public hearing with the Minister "
    "for Infrastructure on 20 April 2027. | CP to arrange hearing |",
    "| --- page, header not repeated --- |",
    "| 3. | **Water resources plan** The Panel received a briefing from the Head of Water "
    "Resources. The Panel agreed to write to the Minister asking for the plan's timetable. | "
    "CP to draft letter |",
    "| 4. | **Date of next meeting** The next meeting will be held on Tuesday 6 April 2027 at "
    "2.00 p.m. | |",
    "Signed: .................................... Chair",
)


def test_regression_record_of_meeting_is_minutes(tmp_path: Path) -> None:
    # the Time/Venue block speaks for an agenda; "Record of Meeting" as the title says minutes
    assert pack_documents(RECORD_OF_MEETING, tmp_path) == [
        ("minutes", "2027-03-09", "Environment Scrutiny Panel")]


def test_regression_record_table_titles_run_in_bold_are_read_as_minutes(
        tmp_path: Path) -> None:
    records = pdf_minutes(RECORD_OF_MEETING, tmp_path)
    assert numbers(records) == [
        ("1", "Records of previous meetings"),
        ("2", "Coastal defence review"),
        ("3", "Water resources plan"),
        ("4", "Date of next meeting"),
    ]
    assert [(d.ref, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("1", "The records of the meeting held on 9 February 2027, having been circulated, "
              "were approved and signed.", "approved"),
        ("2", "The Panel agreed to hold a public hearing with the Minister for Infrastructure "
              "on 20 April 2027.", "agreed"),
        # (the reader reads "received a briefing" as noting it, its sentences after it too)
        ("3", "The Panel received a briefing from the Head of Water Resources. The Panel "
              "agreed to write to the Minister asking for the plan's timetable.", "noted"),
    ]


def test_regression_bold_run_in_of_a_pdf_line_is_its_lead(tmp_path: Path) -> None:
    pdf = rendered(RECORD_OF_MEETING, tmp_path)
    leads = [line.lead for page in load(pdf).pages for line in page.lines if line.lead]
    assert leads == ["Records of previous meetings", "Coastal defence review",
                     "Water resources plan", "Date of next meeting"]
