"""Regression tests for the decision-record misses of held-out round 36 (family K1, decision
records in many shapes): an urgent decision's record whose sections are headed in capitals
("PART 1 - DECISION"); a bilingual notice naming the body that decided by a "Body:" label; a
leader's notice numbering its decisions over their titles, each unlabelled under its heading;
a cabinet's list of decisions titled "Decisions - <body>, <date>" whose items' subjects read as
a performance report's title; a panel's decisions page titled "<Panel>: Decisions", its items
headed by their application references. Small papers in other councils' words, each rule with
a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.classify.decision_lists import title_above_items
from kcc_papers.extract.decisions.numbered_decisions import numbered_decisions
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


# ------------------------------------------------ a record's sections headed in capitals

_URGENT = """Moorcombe District Council

URGENT DECISION - RECORD OF DECISION

Decision maker:          Director of Place
Decision reference:      UD/03/2027
Decision date:           4 February 2027
Subject:                 Replacement of the Eastgate footbridge deck

Date of publication:     5 February 2027

{first} - DECISION

That the Director of Place, using the urgency powers of the Officer Scheme of Delegation,
replaces the deck of the Eastgate footbridge at a cost of no more than £62,000.

{second} - REASONS FOR THE DECISION

The deck failed its inspection on 1 February 2027 and the bridge is closed.
"""


def test_section_headed_in_capitals(tmp_path: Path) -> None:
    """Before, "PART 1 - DECISION" was not read as the record's numbered section headed
    "DECISION" (only "Part 1 - Decision" was): no decision was found. A section's word in
    capitals is now read as the same heading."""
    path = _written(tmp_path, "urgent.txt", _URGENT.format(first="PART 1", second="PART 2"))
    assert [t for t, _ in _decisions(path)] == [
        "That the Director of Place, using the urgency powers of the Officer Scheme of "
        "Delegation, replaces the deck of the Eastgate footbridge at a cost of no more than "
        "£62,000."]


def test_section_headed_in_sentence_case_still_read(tmp_path: Path) -> None:
    """Guard: the same record headed "Part 1 - Decision" (the layout read before) reads the
    same decision."""
    path = _written(tmp_path, "urgent.txt", _URGENT.format(first="Part 1", second="Part 2"))
    assert [t for t, _ in _decisions(path)] == [
        "That the Director of Place, using the urgency powers of the Officer Scheme of "
        "Delegation, replaces the deck of the Eastgate footbridge at a cost of no more than "
        "£62,000."]


# ------------------------------------------------ "Body:" names the body that decided

def _body_notice(body: str) -> str:
    return source_lines(
        "%% footer Cyngor Bro Glanafon / Glanafon Vale Council - Tudalen / Page {page}",
        "## Cyngor Bro Glanafon / Glanafon Vale Council",
        "!! Hysbysiad o Benderfyniadau / Notice of Decisions",
        f"Corff / Body:\t{body}",
        "Dyddiad y penderfyniad / Date of decision:\t9 Mehefin 2027 / 9 June 2027",
        "Dyddiad cyhoeddi / Date of publication:\t11 Mehefin 2027 / 11 June 2027",
        "** 1. Llyfrgelloedd / Libraries",
        "Penderfyniad: Bod oriau agor y llyfrgelloedd yn cael eu cadw.",
        "Decision: That the opening hours of the libraries be kept as they are.",
        "Rhesymau / Reasons: Ymgynghoriad. / The consultation.",
        "** 2. Parciau / Parks",
        "Penderfyniad: Nodi'r adroddiad.",
        "Decision: To note the report on the parks.",
    )


def test_body_label_names_the_meeting(tmp_path: Path) -> None:
    """Before, a notice naming the body that decided by "Corff / Body: Cabinet" (no "Decision
    maker:" label) named no meeting. The label is now read as "Decision maker:" is: the body
    and its "Date of decision:"."""
    path = rendered(_body_notice("Cabinet"), tmp_path)
    assert documents_of(path) == [("decision", "2027-06-09", "Cabinet")]


def test_body_label_naming_a_person_names_no_meeting(tmp_path: Path) -> None:
    """Guard: "Body:" naming a person (a leader deciding alone) names no meeting: one
    person's decision is taken at none."""
    path = rendered(_body_notice("Arweinydd / Leader of the Council"), tmp_path)
    assert documents_of(path) == [("decision", None, None)]


# ------------------------------------------------ decisions numbered in the notice's sequence

_LEADER = source_lines(
    "%% header Kestley Borough Council",
    "## NOTICE OF DECISIONS OF THE LEADER OF THE COUNCIL",
    "The Leader of the Council took the following decisions on 3 March 2027.",
    "Date of publication:\t5 March 2027",
    "** Decision No. 1 - Waste Collection Strategy 2027-2032",
    "To adopt the Waste Collection Strategy 2027-2032.",
    "Options considered: Keeping the present strategy was rejected.",
    "** Decision No. 2 - Future of Mill Lane Garage",
    "To defer a decision on the sale of Mill Lane Garage until a valuation is received.",
    "Options considered: Selling now was considered.",
    "** Interests declared",
    "None.",
)


def test_numbered_unlabelled_decisions(tmp_path: Path) -> None:
    """Before, a notice numbering its decisions ("Decision No. 1 - <title>") over unlabelled
    decisions was read as other (its items' subjects, "Strategy", among its title lines) and
    its decisions as one, its opening sentence. Its title lines now end at its first numbered
    item, and each heading of the sequence gives its decision, up to "Options considered:"."""
    path = rendered(_LEADER, tmp_path)
    assert documents_of(path) == [("decision", None, None)]
    assert _decisions(path) == [
        ("To adopt the Waste Collection Strategy 2027-2032.", "other"),
        ("To defer a decision on the sale of Mill Lane Garage until a valuation is received.",
         "deferred")]


def test_numbers_of_no_sequence_are_no_headings() -> None:
    """Guard: lines citing decisions numbered out of a sequence from one ("Decision 12: ...")
    head no decisions of the notice's own."""
    lines = [(1, "Decision 12: Parking Charges"), (1, "To raise the charges."),
             (1, "Decision 14: Parks"), (1, "To note the report.")]
    assert numbered_decisions(lines) == []


# ------------------------------------------------ a body's list of decisions titled so

_CABINET_PAGE = """<html><head><title>Decisions - Cabinet, Tuesday 9th March 2027</title></head>
<body><p>Home &gt; Meetings &gt; Cabinet &gt; Decisions</p>
<h1>Decisions - Cabinet, Tuesday 9th March 2027</h1>
<p>Published: Wednesday 10th March 2027. These decisions are subject to call-in.</p>
<h2>4. Quarterly Performance Report - Quarter 3</h2>
<dl><dt>Decision status</dt><dd>Noted</dd><dt>Call-in deadline</dt><dd>17th March 2027</dd></dl>
<h3>Decision:</h3>
<p>That the performance of the Council's services in quarter 3 be noted.</p>
<h2>5. Leisure Centre Roof</h2>
<dl><dt>Decision status</dt><dd>Recommendations approved</dd></dl>
<h3>Decision:</h3>
<p>That the leisure centre roof be replaced in the summer of 2027.</p>
</body></html>
"""


def test_decisions_list_titled_by_body_and_date(tmp_path: Path) -> None:
    """Before, a cabinet's decisions page whose first item is "Quarterly Performance Report"
    was read as a performance report (the item's subject among its title lines) and its
    decisions missed. Its title, "Decisions - <body>, <date>", now names it a decision
    record, its title lines ending at its first numbered item."""
    path = _written(tmp_path, "decisions.html", _CABINET_PAGE)
    assert documents_of(path) == [("decision", "2027-03-09", "Cabinet")]
    assert [t for t, _ in _decisions(path)] == [
        "That the performance of the Council's services in quarter 3 be noted.",
        "That the leisure centre roof be replaced in the summer of 2027."]


def test_title_lines_of_other_papers_kept() -> None:
    """Guard: a report's title lines are kept whole, numbered sections and all (its title
    names no list of decisions)."""
    title = "Quarterly Performance Report\nReport to: Cabinet\n1. Performance Report Summary"
    assert title_above_items(title) == title


# ------------------------------------------------ a panel's decisions headed by references

_PANEL_PAGE = """<html><head><title>Decisions - Village Halls Grants Panel</title></head>
<body>
<h1>Village Halls Grants Panel: Decisions</h1>
<p>Decisions of the Village Halls Grants Panel at its meeting on
Thursday 8 April 2027 at the Guildhall. These decisions are not subject to call-in.</p>
<h2>Decisions</h2>
<h3>VHG/27/01 - Brockley Village Hall, Church Road</h3>
<p>Decision:</p>
<p>That a grant of £4,000 be awarded to Brockley Village Hall towards a new kitchen.</p>
<h3>VHG/27/02 - Sutton Marsh Institute, The Green</h3>
<p>Decision:</p>
<p>That the application be deferred until the hall's accounts are received.</p>
</body></html>
"""


def test_panel_decisions_headed_by_references(tmp_path: Path) -> None:
    """Before, a panel's page titled "<Panel>: Decisions" was read as other, its meeting
    ("Decisions of the <Panel> at its meeting on <date>") unread, and its items, headed
    "VHG/27/01 - <applicant>", read as one. The title now names a decision record, "at its
    meeting on" dates the body's decisions, and a reference and a dash head an item."""
    path = _written(tmp_path, "panel.html", _PANEL_PAGE)
    assert documents_of(path) == [("decision", "2027-04-08", "Village Halls Grants Panel")]
    assert _decisions(path) == [
        ("That a grant of £4,000 be awarded to Brockley Village Hall towards a new kitchen.",
         "other"),
        ("That the application be deferred until the hall's accounts are received.",
         "deferred")]
