"""Regression tests for the misses of held-out round 39's family K1 (Welsh councils' bilingual
papers): a date printed with its month in each language, Welsh first ("19 Ionawr / January
2028"); a ModernGov issue page's "Meeting:" label giving the meeting's date, then its body; a
side-by-side bilingual masthead whose Welsh column, "Adroddiad i'r Cabinet", is the one that
starts the line. Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, rendered, source_lines
from kcc_papers.classify import classify
from kcc_papers.models import Decision
from kcc_papers.normalise.dates import find_date, parse_partial_date
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str, str]]:
    return [(d.source, d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def test_welsh_then_english_month_dates_the_report(tmp_path: Path) -> None:
    """Before, "Dyddiad / Date: 3 Chwefror / February 2028" was read as no date (the month's
    Welsh name, then a stroke, then its English name, matched no date's form), and the
    report had no meeting date nor, with its date unread, the committee its heading names.
    The Welsh month and its stroke are now passed over and the English month read."""
    source = source_lines(
        "%% header CYNGOR BWRDEISTREF SIROL PENHALLT | PENHALLT COUNTY BOROUGH COUNCIL",
        "## Pwyllgor Craffu Lle / Place Scrutiny Committee",
        "** Dyddiad / Date: 3 Chwefror / February 2028",
        "** Pwnc / Subject: Review of Public Conveniences",
        "Awdur / Author:\tGareth Bowen, Head of Facilities",
        "** 1. Diben / Purpose",
        "1.1 This report sets out the findings of the review of the county's public toilets.",
        "** 2. Argymhellion / Recommendations",
        "2.1 That the Committee notes the findings of the review of public conveniences.",
        "Bod y Pwyllgor yn nodi canfyddiadau'r adolygiad o doiledau cyhoeddus.",
    )
    path = rendered(source, tmp_path)
    assert documents_of(path) == [("report", "2028-02-03", "Place Scrutiny Committee")]
    assert _decisions(path) == [
        ("report", "That the Committee notes the findings of the review of public "
                   "conveniences.", "noted")]


def test_bilingual_month_reads_in_each_date_form() -> None:
    """The rule's reach: a day-month-year, a month and year, a weekday date."""
    assert str(find_date("Dyddiad y cyfarfod / Date of meeting: 8 Gorffennaf / July 2027")) \
        == "2027-07-08"
    partial = parse_partial_date("Rhagfyr / December 2026")
    assert partial is not None and partial.iso() == "2026-12"
    assert str(find_date("held on 8 Gorffennaf 2027")) == "2027-07-08"


def test_english_month_pair_is_no_bilingual_date() -> None:
    """Guard: only a Welsh month's name (a closed list) before the stroke is a translation;
    "1 May / June 2027" names two English months, no one date; English dates read as before."""
    assert find_date("1 May / June 2027") is None
    assert str(find_date("Date: 1 June 2027")) == "2027-06-01"
    assert str(find_date("Wednesday, 4th March, 2026")) == "2026-03-04"


_ISSUE_PAGE = html_page(
    "<title>Issue - items at meetings - Play Area Renewal | Glasfryn County Council</title>",
    "<p>Home &gt; Committees &gt; Cabinet &gt; Agenda item</p>",
    "<h1>Agenda item - Play Area Renewal Programme</h1>",
    "<p>Meeting: {meeting}</p>",
    "<p>Item: 9</p>",
    "<p>Report author: Owain Hughes, Parks Manager</p>",
    "<h2>1. Purpose</h2>",
    "<p>1.1 To seek approval of the play area renewal programme for 2028/29.</p>",
    "<h2>2. Recommendations</h2>",
    "<p>2.1 That Cabinet approves the play area renewal programme for 2028/29.</p>",
)


def test_meeting_label_date_then_body_names_the_meeting(tmp_path: Path) -> None:
    """Before, an issue page's report headed "Meeting: Thursday, 9th March, 2028 2.00 pm -
    Cabinet" had no date and no committee: the "Meeting:" label's value was read as a body's
    name, and it starts with a date. A value that is the meeting's date, its time, a dash and
    a body now gives both."""
    path = tmp_path / "issue.html"
    path.write_text(_ISSUE_PAGE.format(meeting="Thursday, 9th March, 2028 2.00 pm - Cabinet"))
    assert documents_of(path) == [("report", "2028-03-09", "Cabinet")]


def test_meeting_label_date_then_no_body_is_no_meeting(tmp_path: Path) -> None:
    """Guard: a "Meeting:" label whose value after its date names no body (a place) gives no
    committee."""
    path = tmp_path / "issue.html"
    path.write_text(_ISSUE_PAGE.format(
        meeting="Thursday, 9th March, 2028 2.00 pm - Riverside Park"))
    assert documents_of(path) == [("report", None, None)]


def _welsh_masthead_report(masthead: str) -> str:
    """A report's text as a side-by-side bilingual masthead reads: the Welsh column, then the
    English beside it on the same line."""
    return "\n".join([
        "Cyngor Sir Morfa / Morfa County Council",
        masthead,
        "Dyddiad / Date: 11 Mehefin / June 2026",
        "Pwnc / Subject: Sport and Physical Activity Strategy 2028-2033",
        "Swyddog Arweiniol / Lead Officer: Catrin Wyn, Head of Leisure",
        "1. Diben / Purpose",
        "1.1 To seek approval of the strategy following public consultation. Responses are",
        "summarised in the consultation report at Appendix B.",
        "2. Argymhelliad / Recommendation",
        "It is recommended that Cabinet adopts the strategy at Appendix 1.",
        "Argymhellir bod y Cabinet yn mabwysiadu'r strategaeth yn Atodiad 1.",
        "3. Cefndir / Background",
        "3.1 The strategy was drafted with the town councils and the leisure trust.",
    ])


def _kind(text: str) -> str:
    """The kind weighed as a pack's report is: its heading named it a report, and its title
    lines are its masthead and the labelled lines under it."""
    return classify(text, hint="report", title="\n".join(text.splitlines()[1:TITLE_LINES + 1]))


TITLE_LINES = 4


def test_welsh_report_to_masthead_beside_english() -> None:
    """Before, a pack's report whose masthead set "ADRODDIAD I'R CABINET" and "REPORT TO
    CABINET" side by side on one line, on a strategy after a consultation, was read as
    "other" (its heading's weight and its recommendation against the strategy and the
    consultation report): the address to the meeting counts only at a line's start, where
    the Welsh column stood. "Adroddiad i'r <body>", Welsh for "Report to the <body>", now
    counts as the English does."""
    text = _welsh_masthead_report("ADRODDIAD I'R CABINET REPORT TO CABINET")
    assert _kind(text) == "report"
    text = _welsh_masthead_report("ADRODDIAD I'R PWYLLGOR CRAFFU REPORT TO SCRUTINY COMMITTEE")
    assert _kind(text) == "report"


def test_welsh_report_word_without_body_is_no_address() -> None:
    """Guard: "Adroddiad Blynyddol" (annual report) names no body the paper goes to: the
    strategy with no address to a meeting is still read as no committee paper."""
    text = _welsh_masthead_report("ADRODDIAD BLYNYDDOL ANNUAL STRATEGY")
    assert _kind(text) == "other"
