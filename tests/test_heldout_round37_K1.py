"""Regression tests for the decision-notice misses of held-out round 37 (family K1, decision
notices and decisions web pages): a planning sub-committee's decisions page dated by its
"Meeting held on ..." line over its "Published:" date; a licensing sub-committee's decisions
page whose items head each decision "Decision" (no colon), one adjourning a hearing; a
hearing's notice of decision letter naming its body "Heard by:" over "Date of hearing:"; a
planning decision notice to an applicant ("hereby GRANTS planning permission ..."); a decision
details page whose one "Decision:" field numbers two decisions. Small papers in other
councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


# ------------------------------------------------ "Meeting held on ..." over "Published:"

def _planning_page(when: str) -> str:
    return f"""<html><head><title>Decisions - Western Area Planning Committee</title></head>
<body><header><a href="#">Thornbeck Borough Council</a></header><main>
<h1>Western Area Planning Committee - decisions</h1>
<p>{when}</p>
<p>The decisions below were made on the applications listed.</p>
<h2>1. 27/00412/FUL - 9 Mill Street, Caddon</h2>
<dl><dt>Officer recommendation</dt><dd>Refuse</dd>
<dt>Decision</dt><dd>Planning permission GRANTED subject to conditions.</dd></dl>
<h2>2. 27/00533/HOU - 2 Orchard Close, Caddon</h2>
<dl><dt>Decision</dt><dd>DEFERRED for a site visit.</dd></dl>
</main></body></html>"""


def test_meeting_held_on_line_dates_the_page(tmp_path: Path) -> None:
    """Before, the page's "Meeting held on <date> at <time>, <venue>" line was too long to read
    as its masthead's date line, and the "Published:" line under it (the day after) was read
    as the meeting's date. A line saying when the meeting was held now dates the masthead's
    body, and a line giving the paper's date of issue never does."""
    path = _written(tmp_path, "p.html", _planning_page(
        "Meeting held on Tuesday 9 March 2027 at 6.00 pm, Council Chamber, Caddon Town Hall."
        "<br>Published: Wednesday 10 March 2027"))
    assert documents_of(path) == [("decision", "2027-03-09", "Western Area Planning Committee")]


def test_published_line_never_dates_the_meeting(tmp_path: Path) -> None:
    """Guard: a page printing only its "Published:" date under its body names no meeting date
    from it; a plain date line under the body still dates it."""
    path = _written(tmp_path, "p.html", _planning_page("Published: Wednesday 10 March 2027"))
    assert [d[1] for d in documents_of(path)] != ["2027-03-10"]
    path = _written(tmp_path, "q.html", _planning_page("Tuesday 9 March 2027"))
    assert documents_of(path) == [("decision", "2027-03-09", "Western Area Planning Committee")]


# ------------------------------------------------ "Decision" headings under a decisions title

def _licensing_page(label: str) -> str:
    return f"""<html><head><title>Licensing Panel - decisions</title></head>
<body><main>
<p>Ardlow District Council</p>
<h1>Licensing Panel - decisions</h1>
<p>Hearings held on Monday 12 April 2027 at the Town Hall, Ardlow. Members: Councillors A. Birch
(Chair) and C. Dunn.</p>
<h2>1. New premises licence - The Pantry, 4 Bridge Street</h2>
<p>Representations Two residents of Bridge Street.</p>
<h3>{label}</h3>
<p>The Panel granted the licence subject to the conditions offered by the applicant.</p>
<h3>Reasons</h3>
<p>The conditions met the residents' concerns.</p>
<h2>2. Review of premises licence - Kwik Stores, 18 High Row</h2>
<h3>{label}</h3>
<p>The Panel agreed to adjourn the hearing to Monday 10 May 2027 at the request of the licence
holder.</p>
</main></body></html>"""


def test_decision_headings_under_a_decisions_title(tmp_path: Path) -> None:
    """Before, a page titled "<Panel> - decisions" whose items head each decision "Decision"
    (no "Decision:" label) was read as other: no meeting, no decision. Such a heading alone on
    its line now counts as the label does; the page's "Hearings held on" line dates it, and an
    adjourned hearing is deferred."""
    path = _written(tmp_path, "l.html", _licensing_page("Decision"))
    assert documents_of(path) == [("decision", "2027-04-12", "Licensing Panel")]
    assert _decisions(path) == [
        ("The Panel granted the licence subject to the conditions offered by the applicant.",
         "approved"),
        ("The Panel agreed to adjourn the hearing to Monday 10 May 2027 at the request of the "
         "licence holder.", "deferred")]


def test_no_decision_heading_no_decisions_page(tmp_path: Path) -> None:
    """Guard: the same page whose items head nothing "Decision" is not read as a decision
    paper by its title alone."""
    path = _written(tmp_path, "l.html", _licensing_page("Outcome of the hearing"))
    assert [d[0] for d in documents_of(path)] != ["decision"]


def test_meeting_adjourned_is_no_deferral() -> None:
    """Guard: the meeting's own adjournment defers no item; an item's does."""
    assert classify_outcome("The Committee agreed that the meeting be adjourned.") != "deferred"
    assert classify_outcome("The Panel agreed to adjourn the meeting for ten minutes.") \
        != "deferred"
    assert classify_outcome("The Panel agreed to adjourn the application to 3 June.") \
        == "deferred"


# ------------------------------------------------ "Heard by:" over "Date of hearing:"

def _hearing_letter(heard_by: str) -> str:
    return source_lines(
        "%% footer Brackenfield Borough Council - Licensing - page {page} of {pages}",
        "## Brackenfield Borough Council",
        "<> Ms R Ince, The Old Forge, Brackenfield || Our ref: LIC/27/044. Date: 19 May 2027",
        "!! Notice of Decision",
        "** Licensing Act 2003 - Application for a premises licence",
        "Premises:\tThe Old Forge, Brackenfield",
        f"Heard by:\t{heard_by}",
        "Date of hearing:\tThursday 13 May 2027",
        "Dear Ms Ince,",
        "** Decision",
        "The Sub-Committee decided to grant the licence as applied for.",
        "** Right of appeal",
        "You may appeal to the magistrates' court within 21 days.",
    )


def test_heard_by_names_the_meeting(tmp_path: Path) -> None:
    """Before, a hearing's notice of decision letter naming its body "Heard by: Licensing
    Sub-Committee" over "Date of hearing: ..." named no meeting. "Heard by:" now names the
    deciding body as "Decision maker:" does, dated by the hearing, not the letter."""
    path = rendered(_hearing_letter("Licensing Sub-Committee"), tmp_path)
    assert documents_of(path) == [("decision", "2027-05-13", "Licensing Sub-Committee")]


def test_heard_by_a_person_names_no_meeting(tmp_path: Path) -> None:
    """Guard: "Heard by:" naming a councillor names no meeting."""
    path = rendered(_hearing_letter("Councillor P. Vance, Chair of Licensing"), tmp_path)
    assert documents_of(path) == [("decision", None, None)]


# ------------------------------------------------ a planning decision notice to an applicant

_PERMISSION = source_lines(
    "%% font serif",
    "## HOLTBY VALE DISTRICT COUNCIL",
    "Town and Country Planning Act 1990",
    "** NOTICE OF DECISION",
    "Application No:\t27/00190/FUL",
    "Date valid:\t3 February 2027",
    "Proposal:\tTwo-storey side extension",
    "Holtby Vale District Council hereby {verb} planning permission for the development "
    "described above, {tail}:",
    "** Conditions",
    "1. The development hereby permitted shall be begun within three years.",
    "Reason: To comply with section 91 of the Act.",
    "Date of decision:\t11 March 2027",
    "Signed:\tA. Mercer, Planning Manager (under delegated powers)",
)


def test_hereby_grants_is_the_decision(tmp_path: Path) -> None:
    """Before, a planning decision notice (no "Decision:" label, no items) was read as one
    decision made of its masthead's lines. The council's sentence "hereby GRANTS planning
    permission ..." is now the decision, to its colon over the conditions; the conditions
    ("the development hereby permitted ...") are none; the officer's notice names no meeting."""
    path = rendered(_PERMISSION.format(verb="GRANTS", tail="subject to the following conditions"),
                    tmp_path)
    assert documents_of(path) == [("decision", None, None)]
    assert _decisions(path) == [
        ("GRANTS planning permission for the development described above, subject to the "
         "following conditions", "approved")]


def test_hereby_refuses_is_the_decision(tmp_path: Path) -> None:
    """Guard: a refusal is read alike, up to its reasons."""
    path = rendered(_PERMISSION.format(verb="REFUSES", tail="for the following reasons"),
                    tmp_path)
    assert [t for t, _ in _decisions(path)] == [
        "REFUSES planning permission for the development described above, for the following "
        "reasons"]


# ------------------------------------------------ one "Decision:" field numbering decisions

def _details_page(decision: str) -> str:
    return f"""<html><head><title>Decision details</title></head><body><main>
<p>Quarrington Borough Council</p>
<h1>Decision details</h1>
<h2>Library opening hours and mobile library service</h2>
<p><strong>Decision Maker:</strong> Cabinet Member for Communities</p>
<p><strong>Decision status:</strong> Recommendations Approved</p>
<h3>Decision:</h3>
{decision}
<h3>Reasons for the decision:</h3>
<p>Visitor numbers have changed since 2024.</p>
<p>Date of decision: 14/06/2027</p>
</main></body></html>"""


def test_numbered_decisions_in_one_field(tmp_path: Path) -> None:
    """Before, a decision details page whose "Decision:" field numbered two decisions
    ("Decision 1 - <title>" over its words, "Decision 2 - <title>" over its own) was read as
    one decision, the second's words lost inside the first. Each numbered heading of a
    sequence from one now gives a decision."""
    path = _written(tmp_path, "d.html", _details_page(
        "<p><strong>Decision 1 - Opening hours</strong></p>"
        "<p>To approve the library opening hours set out in Appendix 1.</p>"
        "<p><strong>Decision 2 - Mobile library</strong></p>"
        "<p>To approve the extension of the mobile library contract with Bookvan Ltd for one "
        "year.</p>"))
    assert [t for t, _ in _decisions(path)] == [
        "To approve the library opening hours set out in Appendix 1.",
        "To approve the extension of the mobile library contract with Bookvan Ltd for one year."]


def test_unnumbered_field_is_one_decision(tmp_path: Path) -> None:
    """Guard: a field whose words come before any numbered line is one decision."""
    path = _written(tmp_path, "d.html", _details_page(
        "<p>To approve the library opening hours, as follows:</p>"
        "<p>Decision 1 - Opening hours as in Appendix 1</p>"
        "<p>Decision 2 - Mobile library as in Appendix 2</p>"))
    assert len(_decisions(path)) == 1
