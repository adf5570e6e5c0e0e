"""Regression tests for held-out round 19's scanned paper whose text layer (the scanner's own
OCR) misreads ordinary letters: "rn" for "m", "1" for "l", "tlie" for "the", "l" for "1" in a
day. The structural words the readers key on (MINUTES, meeting, Committee, Council, the month,
the day, "estimated") are read through the misreadings; the records keep the text as printed.
Each on a small paper written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, pack_documents, rendered
from kcc_papers.models import Decision, Minute
from kcc_papers.normalise.ocr_words import legible
from kcc_papers.pipeline import process_file

MISREAD_PACK = """## ASHVALE BOROUGH COUNCIL
** LICENSING AND REGULATION COMMITTEE
NOTICE IS HEREBY GIVEN that a rneeting of the Licensing and Regulation Comrnittee will be held in the Counci1 Chamber, Market Place, Ashvale on Tuesday 2lst January 2020 at 7.00 pm.
** AGENDA
1. Apologies for Absence
2. Minutes of the Meeting held on 19th November 2019
3. Taxi Licensing Policy
--- page ---
## ASHVALE BOROUGH COUNCIL
** LICENSING AND REGULATION COMMITTEE
MINUTES of tlie rneeting of the Licensing and Regulation Comrnittee held on Tuesday 19th Novernber 2019 at 7.00 pm in tbe Council Chamber, Market Place, Ashvale.
Present:	Councillors H Durrant (Chairman), J Ellery and K Fenwick
** LR.7 APOLOGIES FOR ABSENCE
There were no apo1ogies for absence.
** LR.8 STREET TRADING CONSENTS
RESOLVED that tbe revised street trading charges be approved by tbe Comrnittee.
** LR.9 TAXI TESTING
RESOLVED that the contract for the testing of hackney carriages be awarded to Ridgeway Motor Engineers Ltd for two years at an estirnated cost of £84,000.
The meeting closed at 8.10 pm.
"""  # noqa: E501


def test_minutes_heading_with_ocr_misreadings_starts_no_minutes(tmp_path: Path) -> None:
    # "MINUTES of tlie rneeting ... Comrnittee held on Tuesday 19th Novernber 2019" heads the
    # minutes; the notice's "on Tuesday 2lst January 2020" dates the agenda
    assert pack_documents(MISREAD_PACK, tmp_path) == [
        ("agenda", "2020-01-21", "Licensing and Regulation Committee"),
        ("minutes", "2019-11-19", "Licensing and Regulation Committee")]


def test_minutes_under_misread_heading_read_as_printed(tmp_path: Path) -> None:
    # the minutes are found, their resolutions keep the words as printed
    records = process_file(str(rendered(MISREAD_PACK, tmp_path))).records
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        ("LR.7", "APOLOGIES FOR ABSENCE"), ("LR.8", "STREET TRADING CONSENTS"),
        ("LR.9", "TAXI TESTING")]
    assert [d.decision_text for d in records if isinstance(d, Decision)] == [
        "RESOLVED that tbe revised street trading charges be approved by tbe Comrnittee.",
        "RESOLVED that the contract for the testing of hackney carriages be awarded to Ridgeway "
        "Motor Engineers Ltd for two years at an estirnated cost of £84,000."]


def test_misread_estimated_cost_lost_the_contract_value(tmp_path: Path) -> None:
    text = ("LICENSING AND REGULATION COMMITTEE\n"
            "RESOLVED that the contract for the testing of hackney carriages be awarded to "
            "Ridgeway Motor Engineers Ltd for two years at an estirnated cost of £84,000.\n")
    assert contract_rows(text, tmp_path) == [("Ridgeway Motor Engineers Ltd", 84_000.0)]


def test_only_misread_key_words_are_read_through() -> None:
    # a form holding no misreading is left as printed, and so are words not keyed on
    assert legible("MINUTES of tlie rneeting of the COMRNITTEE held on l4th Septernber") == (
        "MINUTES of the meeting of the COMMITTEE held on 14th September")
    clean = "the 14th Ist 1st Theatre Tbilisi thesis rnore accornmodation Council 3l2 Ju1y"
    assert legible(clean) == clean.replace("Ju1y", "July")
