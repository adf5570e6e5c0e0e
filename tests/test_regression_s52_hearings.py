"""Regression tests for licensing hearing papers round 37's review left misread: a paper
titled only by the hearing ("Licensing Sub-Committee Hearing") that records the application,
the parties and what the sub-committee decided, classed other; "Hearings held on 12 and 13
April 2027" giving no meeting date; a heading "Decision of the Sub-Committee" or "The
Sub-Committee resolved" over the decision not read as its label; the hearing's minutes named
"Licensing Sub-Committee Hearing". Small papers in other councils' words, each rule with its
guards (a notice of hearing sent before it, the parties' submissions, the police's recommended
conditions, the appeal paragraph)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str, str]]:
    return [(d.decision_text, d.outcome, d.source) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _paper(source: str, where: Path) -> Path:
    """A generated paper rendered to a PDF in its own folder."""
    where.mkdir(parents=True, exist_ok=True)
    return rendered(source, where)


def _hearing(when: str, heading: str, decided: str, *more: str) -> str:
    """A hearing's record under its title alone, as a district council prints it."""
    return source_lines(
        "## Oakhurst District Council",
        "## Licensing Sub-Committee Hearing",
        when,
        *more,
        "Application:\tReview of premises licence, The Kings Arms, 4 Market Place, Oakhurst",
        "Applicant:\tOakhurst Police",
        "Licence holder:\tMarston Inns Ltd",
        "Other parties:\tEnvironmental Health; four residents of Market Place",
        "** The application",
        "The Police applied for a review of the premises licence following incidents of "
        "disorder outside the premises.",
        "** Representations",
        "The Sub-Committee heard from the Police, the licence holder and the residents. The "
        "Police recommended conditions on door supervision and CCTV.",
        heading,
        decided,
        "** Right of appeal",
        "Any party may appeal against this decision to the Magistrates' Court within 21 days "
        "of notification of it.",
    )


_RESOLVED = ("The Sub-Committee resolved to modify the conditions of the licence by adding the "
             "conditions recommended by the Police.")


def test_regression_hearing_titled_record_is_a_decision(tmp_path: Path) -> None:
    """Before, a paper titled only "Licensing Sub-Committee Hearing", printing the application,
    the parties and its "Decision" section ("The Sub-Committee resolved to ..."), was other:
    no clue named it. Its title naming the hearing, and the body's decision under it, make it
    the hearing's decision record."""
    path = _paper(_hearing("Date:\tTuesday 9 March 2027", "** Decision", _RESOLVED), tmp_path)
    assert documents_of(path) == [("decision", "2027-03-09", "Licensing Sub-Committee")]
    assert _decisions(path) == [(_RESOLVED, "other", "decision_notice")]


def test_regression_hearing_notice_and_submissions_stay_undecided(tmp_path: Path) -> None:
    """The guards: a notice of the hearing sent before it, whose "Decision" section says what
    the sub-committee "will" do, and the parties' submissions with the police's recommended
    conditions and the appeal paragraph record no decision: neither is a decision record."""
    notice = _paper(source_lines(
        "## Ashcombe District Council", "## Licensing Sub-Committee Hearing",
        "** Notice of Hearing",
        "Date of hearing:\tWednesday 21 April 2027 at 10.00 am",
        "Application:\tNew premises licence, The Mill Bar, 9 Quay Street",
        "You are invited to attend the hearing. The Sub-Committee will determine the "
        "application after hearing the parties.",
        "** Decision",
        "The Sub-Committee will announce its decision at the end of the hearing and will give "
        "written notice of it within five working days.",
        "** Right of appeal",
        "Any party may appeal against the decision to the Magistrates' Court within 21 days."),
        tmp_path / "notice")
    submissions = _paper(source_lines(
        "## Ashcombe District Council", "## Licensing Sub-Committee Hearing",
        "** Applicant's submission",
        "Date of hearing:\tWednesday 21 April 2027",
        "Application:\tNew premises licence, The Mill Bar, 9 Quay Street",
        "The applicant submits that the conditions offered will promote the licensing "
        "objectives and asks the Sub-Committee to grant the licence.",
        "** Police recommended conditions",
        "1. CCTV shall be installed and maintained.",
        "2. Door supervisors shall be employed after 21.00 on Fridays and Saturdays.",
        "The Police recommended that the licence be granted only with these conditions.",
        "** Appeal",
        "Any party may appeal against the decision of the Sub-Committee to the Magistrates' "
        "Court within 21 days."), tmp_path / "submissions")
    for path in (notice, submissions):
        assert [kind for kind, _, _ in documents_of(path)] != ["decision"], path
        assert _decisions(path) == [], path
    assert documents_of(submissions) == [("other", None, None)]


def test_regression_hearings_of_two_days_dated_by_the_first(tmp_path: Path) -> None:
    """Before, "Hearings held on 12 and 13 April 2027" dated nothing: neither the hearing's
    titled record nor a notice's "Hearings held on:" beside its "Heard by:" body was read (the
    label knew "Hearing held on:" alone). The hearing opened on its first day: its date."""
    titled = _paper(_hearing("Hearings held on 12 and 13 April 2027", "** Decision",
                               _RESOLVED), tmp_path / "titled")
    assert documents_of(titled) == [("decision", "2027-04-12", "Licensing Sub-Committee")]
    for n, when in enumerate(("Hearings held on:\t12 and 13 April 2027",
                              "Hearings held on 12 and 13 April 2027")):
        notice = _paper(source_lines(
            "## Westerby Borough Council", "** LICENSING ACT 2003", "** Notice of Decision",
            "Premises:\tThe Crown, 2 High Street, Westerby", "Applicant:\tCrown Inns Ltd",
            "Heard by:\tLicensing Sub-Committee", when,
            "** Decision",
            "The Sub-Committee resolved to grant the licence subject to conditions.",
            "** Right of appeal",
            "The applicant may appeal to the Magistrates' Court within 21 days."),
            tmp_path / f"notice{n}")
        assert documents_of(notice) == [("decision", "2027-04-12", "Licensing Sub-Committee")]


def test_regression_decision_of_the_sub_committee_heading_labels(tmp_path: Path) -> None:
    """Before, a notice's heading "Decision of the Sub-Committee" (a hyphened body) or "The
    Sub-Committee resolved" over its decision was no label, and the notice's title was read as
    its decision. Either heading labels the words under it; the appeal paragraph is none."""
    for n, heading in enumerate(("** Decision of the Sub-Committee",
                                 "** The Sub-Committee resolved")):
        path = _paper(source_lines(
            "## Westerby Borough Council", "** LICENSING ACT 2003", "** Notice of Decision",
            "Premises:\tThe Crown, 2 High Street, Westerby", "Applicant:\tCrown Inns Ltd",
            "Heard by:\tLicensing Sub-Committee", "Date of hearing:\t12 April 2027",
            "** Representations", "Two residents objected on grounds of noise.",
            heading,
            "That the licence be granted subject to the conditions agreed with the Police.",
            "** Right of appeal",
            "The applicant may appeal to the Magistrates' Court within 21 days."),
            tmp_path / f"n{n}")
        assert _decisions(path) == [
            ("That the licence be granted subject to the conditions agreed with the Police.",
             "agreed", "decision_notice")], heading


def test_regression_hearing_title_names_its_body(tmp_path: Path) -> None:
    """Before, the hearing's minutes titled "Licensing Sub-Committee Hearing" (its members
    present) were the minutes of a body of that name. The body is the one the title names
    before "Hearing"; a body named with the word inside its name ("Standards Hearing
    Sub-Committee") keeps it."""
    path = _paper(_hearing("Hearing held on Tuesday 9 March 2027", "** Decision", _RESOLVED,
                             "Present:\tCouncillors A Bell (Chair), R Shaw and M Tull"), tmp_path)
    assert documents_of(path) == [("minutes", "2027-03-09", "Licensing Sub-Committee")]
    standards = _paper(source_lines(
        "## Ashcombe District Council", "## Standards Hearing Sub-Committee",
        "Minutes of the meeting held on Tuesday 9 March 2027",
        "Present:\tCouncillors A Bell (Chair), R Shaw and M Tull",
        "** 1. Complaint SC/27/04",
        "RESOLVED: That the complaint be not upheld."), tmp_path / "standards")
    assert documents_of(standards) == [("minutes", "2027-03-09",
                                        "Standards Hearing Sub-Committee")]
