"""Regression tests for the misses of held-out round 39's family K7 (a joint committee's
decisions web page; a town council's agenda of bulleted numbered items): a page titled
"Decisions" alone whose items each head their decision "Decision" (no colon), its sub-title
"Decisions made by the <body> on <date>, <time>, <venue>"; and an agenda whose numbered items
each open with a ZapfDingbats diamond bullet ("❖ 1. To receive apologies"). Small papers in
other councils' words, each rule with a guard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heldout_support import documents_of, rendered
from kcc_papers.extract.meetings.sentences import decisions_taken
from kcc_papers.load.glyphs import clean
from kcc_papers.models import AgendaItem, Contract, Decision
from kcc_papers.pipeline import process_file


def _page(tmp_path: Path, items: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"""<!DOCTYPE html><html><head><title>Decisions - Wyebridge Waste Partnership
</title></head><body>
<header><a href="/" class="logo">Wyebridge Shared Democracy Service</a></header>
<main><h1>Decisions</h1>
<p>Decisions made by the Wyebridge Joint Waste Committee on Thursday 11 March 2027, 10.30 am,
Council Chamber, Wyebridge Guildhall</p>
<p>Published: 15 March 2027.</p>
{items}
</main></body></html>""")
    return path


_ITEMS = """
<h2>3. Minutes of the previous meeting</h2>
<h3>Decision</h3>
<p>That the minutes of the meeting held on 9 December 2026 be approved as a correct record.</p>
<p>Decision status: Recommendations approved</p>
<h2>5. Bulky waste collection contract</h2>
<h3>Decision</h3>
<p>That the bulky waste collection contract be awarded to Ridgeway Haulage Ltd for four years
at a total contract value of £312,000.</p>
<h3>Reasons</h3>
<p>The present contract ends on 30 June 2027.</p>
<p>Decision status: Recommendations approved</p>
<h2>6. Depot lighting upgrade</h2>
<h3>Decision</h3>
<p>That consideration of the depot lighting upgrade be deferred to the next meeting.</p>
<p>Decision status: Deferred</p>
"""


def test_decisions_alone_title_over_decision_headings(tmp_path: Path) -> None:
    """Before, a page titled "Decisions" alone whose items each head their decision with a
    "Decision" sub-heading (no "Decision:" label) was read as no paper ("other"): the title
    clue asked for the label. A "Decision" heading under two items or more is such a page's,
    as a report's one "Decision" section is not; and the sub-title's date is read past the
    time and venue listed after it."""
    path = _page(tmp_path, _ITEMS)
    assert documents_of(path) == [("decision", "2027-03-11", "Wyebridge Joint Waste Committee")]
    assert [(d.decision_text[:40], d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)] == [
        ("That the minutes of the meeting held on ", "approved"),
        ("That the bulky waste collection contract", "approved"),
        ("That consideration of the depot lighting", "deferred"),
    ]


def test_one_decision_heading_is_no_list(tmp_path: Path) -> None:
    """Guard: a page titled "Decisions" with one "Decision" heading (a report's own section,
    say) is not taken for a list of decisions by that heading."""
    one = _ITEMS.split("<h2>5.")[0]
    path = _page(tmp_path, one)
    assert [kind for kind, _, _ in documents_of(path)] == ["other"]


def test_decisions_made_sentence_runs_on_after_commas() -> None:
    """The sentence naming the meeting may list its time and venue after the date, set apart
    by commas; the date and the body are read from it. A body with no date is still none."""
    assert decisions_taken([
        "Decisions made by the Wyebridge Joint Waste Committee on Thursday 11 March 2027, "
        "10.30 am, Council Chamber, Wyebridge Guildhall"]) == {
        "committee": "Wyebridge Joint Waste Committee",
        "meeting_date": date(2027, 3, 11)}
    assert decisions_taken(["Decisions made by the Wyebridge Joint Waste Committee on request, "
                            "as listed below"]) == {}


def test_diamond_bullet_is_a_bullet() -> None:
    """The ZapfDingbats diamond PDFium extracts as U+2756 is the list bullet Wingdings' "v"
    already stands for; other text is untouched."""
    assert clean("\u2756 1. To receive apologies") == "• 1. To receive apologies"
    assert clean("Item \u2756 2") == "Item • 2"
    assert clean("1. To receive apologies") == "1. To receive apologies"


_AGENDA = """## PENWITHY TOWN COUNCIL
To all Members of Penwithy Town Council
You are summoned to the Meeting of the Town Council at the Guildhall
on Wednesday 14th October, 2026 at 7.30 p.m.
** AGENDA
-- 1. To receive apologies for absence.
-- 2. To receive declarations of interest.
-- 3. To approve the minutes of the meeting held on 9 September 2026.
-- 4. Allotments rent review.
-- 5. Date of next meeting.
"""


def test_bulleted_numbered_agenda_items(tmp_path: Path) -> None:
    """Before, an agenda whose numbered items each open with a diamond bullet ("❖ 1. To
    receive apologies") had no items: the bullet, no character the item pattern knows, stood
    before each number. Read as a bullet, each line is the item its number opens (its title
    as printed, the scorer reading past its stop)."""
    path = rendered(_AGENDA, tmp_path)
    assert [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)] == [
        ("1", "To receive apologies for absence."),
        ("2", "To receive declarations of interest."),
        ("3", "To approve the minutes of the meeting held on 9 September 2026."),
        ("4", "Allotments rent review."),
        ("5", "Date of next meeting."),
    ]


def test_existing_call_off_holder_in_a_bulleted_option(tmp_path: Path) -> None:
    """With the diamond read as a bullet, a rejected option is a sentence of its own ("❖
    Extending the existing framework call-off with X Ltd: rejected because ..."), no longer
    run on into the next option's "contract award": the call-off held now names the contract
    its holder has (the outgoing one, no value). Guard: a call-off merely proposed is none."""
    source = (
        "## BRAYLOCK COMBINED AUTHORITY\n** MAYORAL DECISION NOTICE\n** 1. Decision\n"
        "1.1 approve the award of a contract for street lighting maintenance to Lumenway Ltd"
        " at a total contract value of £2,400,000.\n"
        "** 2. Alternative options considered and rejected\n"
        "-- Extending the existing framework call-off with Orrin Electrical Ltd: rejected"
        " because the framework ends in May 2027.\n"
        "-- Doing nothing: rejected because the lanterns are failing.\n"
        "-- A new call-off with a framework supplier: rejected because no framework covers"
        " the work.\n")
    path = rendered(source, tmp_path)
    assert sorted((c.provider, c.value_gbp) for c in process_file(str(path)).records
                  if isinstance(c, Contract)) == [
        ("Lumenway Ltd", 2400000.0), ("Orrin Electrical Ltd", None)]
