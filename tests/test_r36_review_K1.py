"""Review of the round 36 fix for decision records (family K1): a pack holding two notices of
a leader's numbered decisions, each counting again from one; a notice of appointments to
outside bodies whose "Body:" field names the body appointed to, not the decider."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.extract.decisions.numbered_decisions import numbered_decisions
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def test_regression_numbered_decisions_restarting_in_second_notice(tmp_path: Path) -> None:
    """Before, a pack of two leader's notices, each numbering its decisions from one, was read
    as one decision (the first notice's opening sentence and all): the numbers counted no one
    sequence. Each run counting again from one is now the notices' own sequence."""
    source = source_lines(
        "## Kestley Borough Council",
        "## NOTICE OF DECISIONS OF THE LEADER OF THE COUNCIL",
        "The Leader of the Council took the following decisions on 3 March 2027.",
        "** Decision No. 1 - Waste Collection Strategy 2027-2032",
        "To adopt the Waste Collection Strategy 2027-2032.",
        "Options considered: Keeping the present strategy was rejected.",
        "** Decision No. 2 - Future of Mill Lane Garage",
        "To defer a decision on the sale of Mill Lane Garage.",
        "Options considered: Selling now was considered.",
        "--- page ---",
        "## NOTICE OF DECISIONS OF THE LEADER OF THE COUNCIL",
        "The Leader of the Council took the following decisions on 10 March 2027.",
        "** Decision No. 1 - Parking Charges",
        "To raise the parking charges by 5%.",
        "Options considered: None.",
        "** Decision No. 2 - Allotments",
        "To let the allotments at Mill Lane.",
        "Options considered: None.",
    )
    assert _decisions(rendered(source, tmp_path)) == [
        ("To adopt the Waste Collection Strategy 2027-2032.", "other"),
        ("To defer a decision on the sale of Mill Lane Garage.", "deferred"),
        ("To raise the parking charges by 5%.", "other"),
        ("To let the allotments at Mill Lane.", "other")]


def test_numbers_skipping_within_a_run_still_no_headings() -> None:
    """Guard: a run that starts again from one must still count by one ("1", "3" is none)."""
    lines = [(1, "Decision No. 1 - Parks"), (1, "To note the report."),
             (1, "Decision No. 3 - Fees"), (1, "To raise the fees.")]
    assert numbered_decisions(lines) == []


_APPOINTMENT = (
    "## Kestley Borough Council",
    "!! Notice of Decision",
    "Appointments to Outside Bodies 2027/28",
    "Date of decision:\t3 March 2027",
    "Date of publication:\t5 March 2027",
    "Body:\tKestley Community Safety Partnership Board",
    "{who}:\tCouncillor A Ames",
    "Decision: That Councillor A Ames be appointed to the Kestley Community Safety "
    "Partnership Board.",
    "Reasons: The Board asks for one member of the Council.",
)


def test_regression_body_label_of_an_appointment_names_no_decider(tmp_path: Path) -> None:
    """Before, a notice appointing a councillor to an outside body ("Body: <Partnership
    Board>" over "Representative: Councillor ...") named that board as the body that decided,
    meeting and all. A bare "Body:" beside a label naming who is appointed is the body
    appointed to."""
    source = source_lines(*(line.format(who="Representative") for line in _APPOINTMENT))
    assert documents_of(rendered(source, tmp_path)) == [("decision", None, None)]


def test_decision_making_body_label_beside_appointment_still_read(tmp_path: Path) -> None:
    """Guard: "Decision-making body: Cabinet" says who decided, appointments or none."""
    lines = [line.format(who="Representative") for line in _APPOINTMENT]
    lines.insert(3, "Decision-making body:\tCabinet")
    assert documents_of(rendered(source_lines(*lines), tmp_path)) == [
        ("decision", "2027-03-03", "Cabinet")]


_SEARCH_PAGE = """<html><head><title>Decisions - Licensing Panel</title></head><body>
<header><a href="/" class="logo">Fenbridge District Council</a>
<form action="{action}"><label for="q">Search</label><input id="q" name="q"></form></header>
<main><h1>Licensing Panel: Decisions</h1>
<p>Decisions of the Licensing Panel at its meeting on Tuesday 6 April 2027.</p>
<h3>LP/27/03 - The Feathers, 2 Mill Lane</h3>
<p><strong>Decision:</strong> That the variation of the premises licence be granted.</p>
<h3>LP/27/04 - Corner Stores, 9 High Street</h3>
<p><strong>Decision:</strong> That the application be deferred to the next meeting.</p>
</main></body></html>
"""


def _page_title(tmp_path: Path, action: str) -> str | None:
    path = tmp_path / "page.html"
    path.write_text(_SEARCH_PAGE.format(action=action))
    return next(d.title for d in process_file(str(path)).documents)


def test_regression_site_search_form_is_no_title(tmp_path: Path) -> None:
    """Before, a decisions page whose header holds the site's search box ("<form
    action="/search"><label>Search</label>...") was titled "Search", the box's label its first
    line. A form sending its words to the site's search is the site's chrome."""
    assert _page_title(tmp_path, "/search") == "Licensing Panel: Decisions"


def test_page_form_posting_back_is_kept(tmp_path: Path) -> None:
    """Guard: a page wrapped in a form posting back to itself (as ASP.NET pages are,
    "<form action="./Meetings/Default.aspx">") keeps its words, decisions and all."""
    page = _SEARCH_PAGE.replace('<form action="{action}"><label for="q">Search</label>'
                                '<input id="q" name="q"></form>', "")
    page = page.replace("<main>", '<form method="post" action="./Meetings/Default.aspx"><main>')
    path = tmp_path / "page.html"
    path.write_text(page.replace("</main>", "</main></form>"))
    assert [t for t, _ in _decisions(path)] == [
        "That the variation of the premises licence be granted.",
        "That the application be deferred to the next meeting."]


def test_regression_numbered_decisions_own_words_head_none() -> None:
    """Before (fix36K1), a sheet printing each decision's own words after its number
    ("Decision 1: To note ...", "Decision 1 - as the Panel advised.", "Decision 1 - Agreed to
    ...", or over a "Reason:" line) was read as headings over the lines under them (the
    reason, a wrapped line), breaking round 34's tests of such sheets. Only a title heads."""
    for first, second, under in [
            ("Decision 1: To note the Panel's advice", "Decision 2: To note the survey", "Ok."),
            ("Decision 1 - as the Panel advised.", "Decision 2 - as agreed.", "Ok."),
            ("Decision 1 - Agreed to adopt the strategy", "Decision 2 - Agreed to set rents",
             "Ok."),
            ("Decision 1 - Garage rents", "Decision 2 - Strategy", "Reason: it expired.")]:
        lines = [(1, first), (1, under), (1, second), (1, under)]
        assert numbered_decisions(lines) == [], first
