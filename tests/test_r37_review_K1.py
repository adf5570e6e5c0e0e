"""Review of the round 37 fix for decision notices and decisions web pages (family K1): a
hearing adjourned for the panel to deliberate or for a break read as deferred, and a hearing
"be adjourned to" a later day not; a notice's "hereby GRANTS planning permission" sentence cut
at the point of "No." in its application's number; a decisions page's "Date of publication:"
line read as its meeting's date; a panel that "granted the licence" read as other; a hearing's
letter "Heard by:" a sub-committee dated by the letter's own "Date:". Small papers in other
councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file
from test_heldout_round37_K1 import _planning_page


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def test_regression_hearing_paused_is_no_deferral() -> None:
    """Before, any hearing "adjourned" was deferred, though a licensing sub-committee adjourns
    its hearing for a few minutes, to deliberate or to take advice, and decides that day. Only
    a hearing or item adjourned to a later day (a date, a weekday, another meeting or date) is
    put off."""
    for paused in ("The Sub-Committee adjourned the hearing at 10.40 am to deliberate in private.",
                   "The Chair adjourned the hearing for ten minutes.",
                   "The Panel adjourned the hearing briefly to take legal advice.",
                   "The Sub-Committee agreed to adjourn the hearing to retire to consider its "
                   "decision."):
        assert classify_outcome(paused) != "deferred", paused
    for put_off in ("The Sub-Committee agreed to adjourn the hearing to a date to be fixed.",
                    "The Panel agreed to adjourn the item until the next meeting.",
                    "The Panel agreed to adjourn the hearing to Monday 10 May 2027."):
        assert classify_outcome(put_off) == "deferred", put_off


def test_regression_hearing_be_adjourned_to_a_later_day() -> None:
    """Before, the passive "That the hearing be adjourned to 9 December 2027" was read as
    other, though it puts the hearing off as "agreed to adjourn the hearing to ..." does; the
    meeting's own adjournment still defers nothing."""
    assert classify_outcome("RESOLVED: That the hearing be adjourned to 9 December 2027.") \
        == "deferred"
    assert classify_outcome("The hearing was adjourned to Thursday 3 June 2027.") == "deferred"
    assert classify_outcome("After the item the meeting was adjourned to Monday 3 May 2027.") \
        != "deferred"


def test_regression_permission_sentence_past_abbreviation(tmp_path: Path) -> None:
    """Before, the council's sentence "hereby GRANT planning permission for application No.
    27/00190/FUL ..." was cut at the point after "No", as if the sentence ended there. An
    abbreviation's point ("No.", "St.", "ref.") is no stop; the colon over the conditions is."""
    source = source_lines(
        "## Holtby Vale District Council",
        "** NOTICE OF DECISION",
        "Town and Country Planning Act 1990",
        "Proposal:\tRear extension",
        "In pursuance of its powers the Council hereby GRANT planning permission for "
        "application No. 27/00190/FUL at 4 Mill St. Caddon, for the development described "
        "above subject to the following conditions:",
        "1. The development hereby permitted shall be begun within three years.",
        "Date of decision:\t11 March 2027",
    )
    assert _decisions(rendered(source, tmp_path)) == [
        ("GRANT planning permission for application No. 27/00190/FUL at 4 Mill St. Caddon, for "
         "the development described above subject to the following conditions", "approved")]


def test_regression_date_of_publication_never_dates_the_meeting(tmp_path: Path) -> None:
    """Before, a decisions page's "Date of publication: ..." line under its body was read as
    the meeting's date ("Published:" and "Publication date:" were known as the paper's own
    date of issue, "Date of publication:" not); now it is one, and "Meeting held on" dates."""
    path = tmp_path / "p.html"
    path.write_text(_planning_page("Date of publication: Wednesday 10 March 2027<br>Meeting held "
                                   "on Tuesday 9 March 2027"))
    assert documents_of(path) == [("decision", "2027-03-09", "Western Area Planning Committee")]


def test_regression_panel_granted_the_licence_is_approved() -> None:
    """Before, "The Panel granted the licence subject to conditions" was read as other (only
    "GRANTED" in capitals and "grant planning permission" were approvals), though "refused
    the application" is rejected. An application, licence, consent or variation granted is
    approved; one not granted is still rejected, and a grant of money is none of these."""
    for granted in ("The Panel granted the licence subject to conditions.",
                    "The Sub-Committee decided to grant the licence as applied for.",
                    "The Panel granted the variation in part."):
        assert classify_outcome(granted) == "approved", granted
    assert classify_outcome("The Sub-Committee decided not to grant the licence.") == "rejected"
    assert classify_outcome("RESOLVED that the proposal to grant a licence to the club be not "
                            "approved.") == "rejected"
    assert classify_outcome("The Forum agreed to grant £500 to the residents' association.") \
        != "approved"


def _heard_letter(*labels: str) -> str:
    return source_lines(
        "## Brackenfield Borough Council",
        "<> Ms R Ince, The Old Forge, Brackenfield || Our ref: LIC/27/044. Date: 19 May 2027",
        "!! Notice of Decision",
        "** Licensing Act 2003 - Application for a premises licence",
        "Heard by:\tLicensing Sub-Committee",
        *labels,
        "Dear Ms Ince,",
        "** Decision",
        "The Sub-Committee decided to grant the licence as applied for.",
    )


def test_regression_heard_by_not_dated_by_the_letter(tmp_path: Path) -> None:
    """Before, a letter "Heard by: Licensing Sub-Committee" labelling its hearing's date in
    other words ("Hearing held on:", "Date heard:", "Hearing: Thursday ...") or not at all was
    dated by the letter's own "Date: 19 May 2027", the day it was written. Those labels now
    date the hearing, and a body named by "Heard by:" is never dated by a bare "Date:"."""
    for label in ("Hearing held on:\t13 May 2027", "Date heard:\t13 May 2027",
                  "Hearing:\tThursday 13 May 2027, 10.00 am"):
        path = rendered(_heard_letter(label), tmp_path, label.split(":")[0].replace(" ", "_"))
        assert documents_of(path) == [("decision", "2027-05-13", "Licensing Sub-Committee")], label
    assert [d[1] for d in documents_of(rendered(_heard_letter(), tmp_path, "none"))] \
        != ["2027-05-19"]
