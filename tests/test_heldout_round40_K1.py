"""Regression tests for the misses of held-out round 40's family K1 (web pages of a body's
decisions): a title naming the body and "decisions of <date>", or "Decisions:" before the body
and date; a body's name listing its words with commas; "Decisions of the <body>" over "Meeting
held on <date>"; a page whose "Decision status:" lines close the decisions above them; a
concession awarded at a total fee, and the concession held now. Small pages in other councils'
words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, decisions_page_file, documents_and_decisions
from kcc_papers.extract.decisions.issue_details import listed_decision_starts
from kcc_papers.extract.meetings.sentences import decisions_taken

_BANNER = ("<div class='cookie-banner'><p>We use cookies to make this site work.</p>"
           "<button>Accept cookies</button></div>")


def _page(tmp_path: Path, *parts: str) -> Path:
    return decisions_page_file(tmp_path, _BANNER, *parts)



def test_body_then_decisions_of_a_date_titles_a_decisions_page(tmp_path: Path) -> None:
    """Before, "Neighbourhood Grants Panel: decisions of 3 March 2028" over items each with a
    "Decision:" was read as an "other" paper, undated, no body, no decisions: only "Decisions"
    ending the title, or a date after "Decisions:" before the body, named a decisions list.
    The body, a colon, then "decisions of <date>" now titles one and names its meeting."""
    path = _page(
        tmp_path,
        "<h1>Neighbourhood Grants Panel: decisions of 3 March 2028</h1>",
        "<p>The Neighbourhood Grants Panel met on Friday 3 March 2028 and made these "
        "decisions.</p>",
        "<h2>1. Pellow Youth Football Club - new kit</h2>",
        "<p>Decision: That a grant of £2,400 be awarded to Pellow Youth Football Club.</p>",
        "<p>Reasons: The application meets the fund's criteria.</p>",
        "<h2>2. Tremar Allotment Society - water supply</h2>",
        "<p>Decision: That the application from Tremar Allotment Society be deferred pending "
        "a quotation for the works.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", "2028-03-03", "Neighbourhood Grants Panel")]
    assert decisions == [
        ("decision_notice", "That a grant of £2,400 be awarded to Pellow Youth Football Club.",
         "other"),
        ("decision_notice", "That the application from Tremar Allotment Society be deferred "
                            "pending a quotation for the works.", "deferred"),
    ]


def test_decisions_colon_body_and_date_names_the_meeting(tmp_path: Path) -> None:
    """Before, "Decisions: Waste and Recycling Committee, Monday 6 March 2028" (a body's name
    joining its words with "and"), each item's title over "Agenda item 4. Key decision: No"
    and a "Decision" heading, was read as "other"; read as a decisions list, its title's
    "Decisions:" label gave every item the title's words as its decision. The body may now
    join its words with "and", the title names the meeting, and a "Decisions: ..." title
    above the first item labels no item's decision."""
    path = _page(
        tmp_path,
        "<h1>Decisions: Waste and Recycling Committee, Monday 6 March 2028</h1>",
        "<p>Decisions published: 8 March 2028.</p>",
        "<h2>Garden waste subscription</h2>",
        "<p>Agenda item 4. Key decision: No</p>",
        "<h3>Decision</h3>",
        "<p>That the garden waste subscription for 2028/29 be set at £52.</p>",
        "<h3>Reasons</h3>",
        "<p>The charge covers the cost of the service.</p>",
        "<h2>Bulky waste collections</h2>",
        "<p>Agenda item 5. Key decision: No</p>",
        "<h3>Decision</h3>",
        "<p>That the bulky waste collection performance report be noted.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", "2028-03-06", "Waste and Recycling Committee")]
    assert [text for _, text, _ in decisions] == [
        "That the garden waste subscription for 2028/29 be set at £52.",
        "That the bulky waste collection performance report be noted.",
    ]


def test_listed_name_and_meeting_held_on_line_name_the_meeting() -> None:
    """Before, "Decisions" over "Decisions of the Audit, Risk and Scrutiny Committee, ..." gave
    the committee "Decisions of the Audit, Risk and Scrutiny Committee" (the name listing its
    words with commas matched no body, and the two lines joined were read as "Decisions" over
    a body); and "Decisions of the Safer Towns Board" over "Meeting held on Tuesday, 7 March
    2028 at 10.00 am" named no meeting. Both are read now."""
    assert decisions_taken([
        "Decisions",
        "Decisions of the Audit, Risk and Scrutiny Committee, Tuesday, 7th March, 2028",
        "Published: 9 March 2028",
    ]) == {"committee": "Audit, Risk and Scrutiny Committee",
           "meeting_date": decisions_taken(["Cabinet decisions: 7 March 2028"])["meeting_date"]}
    found = decisions_taken(["Decisions of the Safer Towns Board",
                             "Meeting held on Tuesday, 7 March 2028 at 10.00 am, Guildhall"])
    assert found["committee"] == "Safer Towns Board"
    assert str(found["meeting_date"]) == "2028-03-07"


def test_decisions_over_meeting_guard_keeps_plain_names() -> None:
    """Guard: a name with no commas reads as before, the date after it not swallowed into a
    listed name; "Decisions" over a plain body line still reads that body."""
    assert decisions_taken(["Decisions of the Cabinet, Thursday, 2nd March, 2028"])[
        "committee"] == "Cabinet"
    assert decisions_taken(["Decisions", "Licensing Committee, Monday 6 March 2028"])[
        "committee"] == "Licensing Committee"


def test_status_after_the_decision_closes_it(tmp_path: Path) -> None:
    """Before, a page whose numbered items each print "Decision:" over "That ...", some then
    "Decision status: Deferred", was read as ModernGov's layout of a title over each status:
    the decision over each status was taken for a title, and the items with no status were
    lost. A page whose first "Decision:" comes before any status now reads each item from
    its own heading, its status closing its decision."""
    path = _page(
        tmp_path,
        "<h1>Decisions</h1>",
        "<h2>Licensing Committee - Monday, 6th March, 2028 2.00 pm</h2>",
        "<p>Venue: Guildhall, Pellow. Contact: Jo Rowe, Committee Officer.</p>",
        "<h3>1. Animal boarding licence fees</h3>",
        "<p><strong>Decision:</strong></p>",
        "<p>That the animal boarding licence fees for 2028/29 be approved.</p>",
        "<h3>2. Street trading consent, Fore Street</h3>",
        "<p>Decision:</p>",
        "<p>That the application be deferred for the applicant to attend.</p>",
        "<p>Decision status: Deferred</p>",
        "<h3>3. Taxi fares review</h3>",
        "<p>Decision:</p>",
        "<p>That the revised table of taxi fares be approved.</p>",
        "<p>Decision status: Recommendations approved</p>",
        "<h3>4. Licensing statistics</h3>",
        "<p>Decision:</p>",
        "<p>That the report be noted.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", "2028-03-06", "Licensing Committee")]
    assert [(text, outcome) for _, text, outcome in decisions] == [
        ("That the animal boarding licence fees for 2028/29 be approved.", "approved"),
        ("That the application be deferred for the applicant to attend.", "deferred"),
        ("That the revised table of taxi fares be approved.", "approved"),
        ("That the report be noted.", "noted"),
    ]


def test_title_over_status_layout_still_lists_decisions() -> None:
    """Guard: ModernGov's own layout, each title over its "Decision status:" then its
    "Decision:", still lists a decision per title."""
    texts = ["Decisions published for Cabinet, Tuesday 7 March 2028",
             "Library opening hours", "Decision status: Recommendations approved",
             "Decision:", "That the library opening hours be approved.",
             "Leisure centre roof", "Decision status: Recommendations approved",
             "Decision:", "That the roof works be approved."]
    assert listed_decision_starts(texts) == [1, 5]


def test_concession_awarded_at_total_fee_and_holder_now(tmp_path: Path) -> None:
    """Before, "That the bus shelter advertising concession be awarded to Kerbside Media Ltd
    for five years ... at a total concession fee payable to the Council of £140,000" gave the
    firm no value, and "The current concession, held by Shelterads UK Ltd, ends on ..." no
    row. A concession let to a named firm is a contract, its total fee over the term its
    value; the concession held now, by a firm, said to end, is the outgoing contract."""
    rows = contract_rows(
        "Decision: That the bus shelter advertising concession be awarded to Kerbside Media "
        "Ltd for five years from 1 April 2028 at a total concession fee payable to the "
        "Council of £140,000.\n"
        "Reasons: Kerbside Media Ltd's bid scored highest. The current concession, held by "
        "Shelterads UK Ltd, ends on 31 March 2028.\n", tmp_path)
    assert rows == [("Kerbside Media Ltd", 140000.0), ("Shelterads UK Ltd", None)]


def test_yearly_concession_fee_and_rent_concession_are_no_value(tmp_path: Path) -> None:
    """Guard: a concession's yearly fee is the council's income, no total; a rent concession
    held by a firm is relief, no contract in place."""
    rows = contract_rows(
        "Decision: That the kiosk concession be awarded to Harbour Bites Ltd for three years "
        "at an annual concession fee of £12,000.\n"
        "Reasons: The current rent concession, held by Quayside Cafe Ltd, ends on 31 March "
        "2028.\n", tmp_path)
    assert rows == [("Harbour Bites Ltd", None)]
