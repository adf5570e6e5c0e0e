"""Review of the round 39 fix for Welsh councils' bilingual papers (family K1): a bilingual
date's Welsh month passed over before any English month, though the two named different months
("1 Mai / June 2027", "19 Ionawr / Chwefror 2028" read as dates), and not read where the
English month comes first ("19 January / Ionawr 2028"); a "Meeting:" label's part after the
date read as the body wherever it held a body's word, though a place is named for one ("-
Council Chamber", "- Committee Room 1"); a masthead setting a name both languages spell alike
side by side ("CABINET" beside "CABINET") named "Cabinet Cabinet". Small papers in other
councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, rendered, source_lines
from kcc_papers.extract.meetings.english_names import english_name
from kcc_papers.normalise.dates import find_date, parse_partial_date


def test_regression_month_pair_naming_two_months_is_no_date() -> None:
    """Before, any Welsh month and a stroke were passed over before the English month, so
    "1 Mai / June 2027" (May, then June) read as 1 June and "19 Ionawr / Chwefror 2028" (a
    Welsh January/February) as 19 February. The pair is a translation only where the two name
    one month; the translated pairs read as before."""
    for text in ("1 Mai / June 2027", "19 Ionawr / Chwefror 2028", "12 Medi / October 2027"):
        assert find_date(text) is None, text
    assert str(find_date("Dyddiad / Date: 12 Medi / September 2027")) == "2027-09-12"
    assert str(find_date("19 Mai/May 2028")) == "2028-05-19"


def test_regression_english_then_welsh_month_dates_the_report(tmp_path: Path) -> None:
    """Before, a council printing English first, "Date / Dyddiad: 3 February / Chwefror
    2028", gave its report no date (only the Welsh-first order was read). Either order of the
    one month's two names is read now."""
    assert str(find_date("19 January / Ionawr 2028")) == "2028-01-19"
    partial = parse_partial_date("December / Rhagfyr 2026")
    assert partial is not None and partial.iso() == "2026-12"
    assert find_date("1 May / Mehefin 2027") is None
    source = source_lines(
        "%% header BRYNCOCH COUNTY BOROUGH COUNCIL | CYNGOR BWRDEISTREF SIROL BRYNCOCH",
        "## Place Scrutiny Committee / Pwyllgor Craffu Lle",
        "** Date / Dyddiad: 3 February / Chwefror 2028",
        "** Subject / Pwnc: Review of Public Conveniences",
        "Author / Awdur:\tGareth Bowen, Head of Facilities",
        "** 1. Purpose / Diben",
        "1.1 This report sets out the findings of the review of the county's public toilets.",
        "** 2. Recommendations / Argymhellion",
        "2.1 That the Committee notes the findings of the review of public conveniences.",
    )
    path = rendered(source, tmp_path)
    assert documents_of(path) == [("report", "2028-02-03", "Place Scrutiny Committee")]


_ISSUE_PAGE = html_page(
    "<title>Issue - items at meetings - Library Opening Hours | Bryncoch County Borough "
    "Council</title>",
    "<h1>Agenda item - Library Opening Hours</h1>",
    "<p>Meeting: {meeting}</p>",
    "<p>Item: 6</p>",
    "<p>Report author: Sian Price, Libraries Manager</p>",
    "<h2>1. Purpose</h2>",
    "<p>1.1 To consider changes to library opening hours from April 2028.</p>",
    "<h2>2. Recommendations</h2>",
    "<p>2.1 That the changes to library opening hours be approved.</p>",
)


def test_regression_meeting_label_place_is_no_body(tmp_path: Path) -> None:
    """Before, a "Meeting:" label whose part after the date was the meeting's place, a room
    named for a body ("Council Chamber", "Committee Room 1", "Board Room"), gave that place as
    the committee. A place's word (room, chamber, hall, offices) names no body; the body's
    name after the date is read as before."""
    path = tmp_path / "issue.html"
    for place in ("Council Chamber", "Committee Room 1", "Board Room",
                  "Council Offices, Bryncoch"):
        path.write_text(_ISSUE_PAGE.format(meeting=f"Monday, 6th March, 2028 5.30 pm - {place}"))
        assert documents_of(path) == [("report", None, None)], place
    path.write_text(_ISSUE_PAGE.format(
        meeting="Monday, 6th March, 2028 5.30 pm - Community Scrutiny Committee"))
    assert documents_of(path) == [("report", "2028-03-06", "Community Scrutiny Committee")]


def test_regression_name_spelt_alike_side_by_side_is_one_name(tmp_path: Path) -> None:
    """Before, a bilingual agenda setting "CABINET" (Welsh) beside "CABINET" (English), one
    line as the page was read, named the committee "Cabinet Cabinet". A name printed twice
    side by side, the Welsh perhaps with its article ("Y Cabinet"), is the one name."""
    source = source_lines(
        "%% header Cyngor Bwrdeistref Sirol Bryncoch / Bryncoch County Borough Council",
        "<> ## CYNGOR BWRDEISTREF SIROL BRYNCOCH || ## BRYNCOCH COUNTY BOROUGH COUNCIL",
        "<> ** CABINET || ** CABINET",
        "<> Dyddiad: Dydd Mawrth, 14 Mawrth 2028 || Date: Tuesday, 14 March 2028",
        "<> Lleoliad: Siambr y Cyngor || Venue: Council Chamber",
        "** Agenda / Agenda",
        "| Eitem / Item | Pwnc / Subject | Tudalennau / Pages |",
        "| 1 | Ymddiheuriadau / Apologies | |",
        "| 2 | Oriau Agor Llyfrgelloedd / Library Opening Hours | 2 - 4 |",
    )
    path = rendered(source, tmp_path)
    assert documents_of(path) == [("agenda", "2028-03-14", "Cabinet")]
    assert english_name("Y Cabinet Cabinet") == "Cabinet"
    assert english_name("Panel Panel") == "Panel"
    assert english_name("Audit Committee") == "Audit Committee"
