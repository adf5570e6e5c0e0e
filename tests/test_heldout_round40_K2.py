"""Regression tests for the misses of held-out round 40's family K2 (papers in older, 2005-2015
house styles): a text export's minutes numbered in brackets ("(45)  APOLOGIES FOR ABSENCE");
an agenda web page titled "Agenda for <body> on <date>", its items numbered in lower-case
roman numerals with lettered parts ("vi(a)") and each title in bold over a paragraph of its
own; a risk register "Presented to the <body>, <date>"; and a record of several executive
decisions ("Decisions taken by: The Executive", "EXECUTIVE DECISION No. 123/2009 - ...").
Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, numbers, rendered, source_lines
from kcc_papers.models import AgendaItem, Decision, Risk
from kcc_papers.pipeline import process_file

_MINUTES = """THORNLEY BOROUGH COUNCIL

LICENSING AND REGULATORY PANEL

MINUTES of the meeting held at the Town Hall, Thornley on Wednesday, 8th November 2007 at 6.00 p.m.

PRESENT:   Councillor J. Brearley (Chairman)
           Councillors A. Cottam, Mrs P. Ingham and R. Whittle

(112)  APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor D. Yates.

(113)  HACKNEY CARRIAGE FARES

The Head of Licensing reported on the trade's request for higher fares (see Minute (109)).

RESOLVED -
(a)  That the table of fares be varied as set out in the report;
(b)  That the variation be advertised in the local press.

(114)  STREET COLLECTIONS POLICY

RESOLVED - That the Street Collections Policy be approved.

The meeting closed at 7.10 p.m.
"""


def _text_paper(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "minutes.txt"
    path.write_text(text)
    return path


def test_bracketed_minute_numbers_in_a_text_export(tmp_path: Path) -> None:
    """Before, a text export's minutes numbered in brackets were read as no minutes: a
    bracketed number counted only where a layout set its line as a heading. With no layout
    to go by, a bracketed number over a title in capitals standing alone on its line is a
    minute's; a resolution's lettered limbs and "Minute (109)" cited in the text are not."""
    records = process_file(str(_text_paper(tmp_path, _MINUTES))).records
    assert numbers(records) == [("112", "APOLOGIES FOR ABSENCE"),
                                ("113", "HACKNEY CARRIAGE FARES"),
                                ("114", "STREET COLLECTIONS POLICY")]
    assert [" ".join(d.decision_text.split(";")[0].split()) for d in records
            if isinstance(d, Decision)] == [
        "RESOLVED - (a) That the table of fares be varied as set out in the report",
        "RESOLVED - That the Street Collections Policy be approved."]


def test_bracketed_limbs_in_sentence_case_are_no_minutes(tmp_path: Path) -> None:
    """A resolution's numbered limbs, "(1) That ...", standing alone on their lines in
    sentence case, stay the minute's text: only a title in capitals is read as a heading."""
    text = _MINUTES.replace("(a)  That the table", "(1)  That the table").replace(
        "(b)  That the variation", "(2)  That the variation")
    records = process_file(str(_text_paper(tmp_path, text.replace(";\n", ";\n\n")))).records
    assert [n for n, _ in numbers(records)] == ["112", "113", "114"]


def _agenda_page(title: str, rows: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>{title} - Brackenfield Borough Council</title>
</head><body><div id="nav"><a href="/">Home</a> &gt; <a href="/c">Committees</a></div>
<h1>{title}</h1>
<p><strong>Venue:</strong> Council Chamber, Brackenfield</p>
<h2>Items</h2>
<table class="agenda">{rows}</table>
<div id="footer"><p>&copy; Brackenfield Borough Council 2012</p></div></body></html>"""


_ROWS = """
<tr><td class="num">i</td><td><strong>Apologies</strong></td></tr>
<tr><td class="num">ii</td><td><strong>Declarations of Interest</strong><p>Members are asked to
declare any interests they may have in the business on the agenda.</p></td></tr>
<tr><td class="num">iii</td><td><strong>Housing Matters</strong></td></tr>
<tr><td class="num">iii(a)</td><td><strong>Homelessness Review 2012</strong><p>Report of the Head
of Housing. (Pages 5 - 20)</p></td></tr>
<tr><td class="num">iii(b)</td><td><strong>Empty Homes Grants</strong><p>Lead officer: Head of
Housing. (Pages 21 - 26)</p></td></tr>
<tr><td class="num">iv</td><td><strong>Fees and Charges 2012/13</strong><p>Lead officer: Borough
Treasurer. (Pages 27 - 31)</p></td></tr>
<tr><td class="num">v</td><td><strong>Urgent Business</strong></td></tr>
"""


# A document as documents_of gives it (kind, meeting date, committee), and an agenda item.
_Doc = tuple[str, str | None, str | None]
_Item = tuple[str | None, str]


def _agenda(tmp_path: Path, title: str, rows: str = _ROWS) -> tuple[list[_Doc], list[_Item]]:
    path = tmp_path / "agenda.html"
    path.write_text(_agenda_page(title, rows))
    result = process_file(str(path))
    docs: list[_Doc] = [(str(d.kind), str(d.meeting_date) if d.meeting_date else None,
                         d.committee) for d in result.documents]
    return docs, [(a.item_ref, a.title) for a in result.records if isinstance(a, AgendaItem)]


def test_agenda_page_titled_for_its_body_on_its_date(tmp_path: Path) -> None:
    """Before, a page titled "Agenda for <body> on <date>" with no line of the body's own got
    no committee: the page's title names the body between "for" and "on"."""
    docs, _ = _agenda(tmp_path, "Agenda for Standards Board on Tuesday 9 October 2012, 6.00 pm")
    assert docs == [("agenda", "2012-10-09", "Standards Board")]


def test_agenda_page_titled_for_a_meeting_names_no_body(tmp_path: Path) -> None:
    """"Agenda for the meeting on <date>" names a meeting, no body: no committee read from it."""
    docs, _ = _agenda(tmp_path, "Agenda for the meeting on Tuesday 9 October 2012, 6.00 pm")
    assert [committee for _, _, committee in docs] == [None]


def test_bold_titles_over_paragraphs_and_lettered_parts(tmp_path: Path) -> None:
    """Before, an item's title in bold over a paragraph of its cell ("Lead officer: ...") was
    read with the paragraph, or lost where the paragraph ran to a sentence; and "iii(a)",
    "iii(b)" under "iii" were no items. The paragraph is set apart from the bold title, and
    an item's lettered parts printed between it and the next item are items of their own."""
    _, items = _agenda(tmp_path, "Agenda for Standards Board on Tuesday 9 October 2012, 6.00 pm")
    assert items == [("i", "Apologies"), ("ii", "Declarations of Interest"),
                     ("iii", "Housing Matters"), ("iii(a)", "Homelessness Review 2012"),
                     ("iii(b)", "Empty Homes Grants"), ("iv", "Fees and Charges 2012/13"),
                     ("v", "Urgent Business")]


def test_lettered_parts_of_another_item_or_out_of_run_are_not_taken(tmp_path: Path) -> None:
    """A part printed under another item's number, or a part "(b)" with no "(a)" before it,
    runs no item's parts: neither is read as an item."""
    rows = _ROWS.replace('"num">iii(a)', '"num">ii(a)').replace('"num">iii(b)', '"num">iv(b)')
    _, items = _agenda(tmp_path, "Agenda for Standards Board on Tuesday 9 October 2012, 6.00 pm",
                       rows)
    assert [ref for ref, _ in items] == ["i", "ii", "iii", "iv", "v"]


_REGISTER = (
    "%% header Ashwell County Council - Corporate Risk Register",
    "## ASHWELL COUNTY COUNCIL",
    "## CORPORATE RISK REGISTER",
    "** {presented}",
    "Each risk is scored for Likelihood and Impact on a scale of 1 to 4.",
    "|# Risk No. | Risk | Likelihood | Impact | Score | Owner |",
    "| CR1 | Loss of the main depot to fire | 2 | 4 | 8 | Head of Fleet |",
    "| CR2 | Failure to recruit care staff | 3 | 3 | 9 | Director of Adult Care |",
)


def test_register_presented_to_its_body_on_its_date(tmp_path: Path) -> None:
    """Before, a register whose only address was "Presented to the <body>, <date>" under its
    title (no label's colon) got no meeting: the line names the body and the meeting's date,
    as a "Report to" masthead does."""
    paper = source_lines(*(s.format(presented="Presented to the Governance Committee, "
                                              "14 October 2011") for s in _REGISTER))
    path = rendered(paper, tmp_path)
    assert documents_of(path) == [("risk_register", "2011-10-14", "Governance Committee")]
    assert [(r.risk_id, r.current_rating) for r in process_file(str(path)).records
            if isinstance(r, Risk)] == [("CR1", 8), ("CR2", 9)]


def test_presented_to_in_a_sentence_names_no_meeting(tmp_path: Path) -> None:
    """A sentence that opens "Presented to the ..." and runs on past a date is no address."""
    paper = source_lines(*(s.format(presented="Presented to the Governance Committee on 14 "
                                              "October 2011, the register was then revised.")
                           for s in _REGISTER))
    assert [committee for _, _, committee in documents_of(rendered(paper, tmp_path))] == [None]


_RECORD = (
    "## MARLSTONE DISTRICT COUNCIL",
    "** RECORD OF CABINET DECISIONS",
    "{label}\tThe Cabinet",
    "Date of decision:\t3 March 2011",
    "Call-in expiry date:\t10 March 2011",
    "--- page ---",
    "** CABINET DECISION No. 41/2011 - LEISURE CENTRE OPENING HOURS",
    "Report of: Head of Leisure",
    "DECISION:",
    "That the revised opening hours of Marlstone Leisure Centre be approved from 1 April 2011.",
    "Reasons for decision: Usage before 7.00 am has fallen by a third.",
    "** CABINET DECISION No. 42/2011 - ALLOTMENTS POLICY",
    "Report of: Head of Parks",
    "DECISION:",
    "That consideration of the Allotments Policy be deferred to the meeting on 7 April 2011.",
    "Reasons for decision: The allotment societies have asked for more time.",
)


def _record(tmp_path: Path, label: str) -> Path:
    return rendered(source_lines(*(s.format(label=label) for s in _RECORD)), tmp_path)


def test_record_of_several_numbered_decisions(tmp_path: Path) -> None:
    """Before, "Decisions taken by:" (plural) named no decision maker, and headings "CABINET
    DECISION No. 41/2011 - <title>" (the decision's kind before it, its number with its year)
    headed no item, so one decision of the record was read. The plural label names the body
    (without its article) and each numbered heading heads its item's decision."""
    path = _record(tmp_path, "Decisions taken by:")
    assert documents_of(path) == [("decision", "2011-03-03", "Cabinet")]
    assert [(d.decision_text.split(" be ")[0], d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)] == [
        ("That the revised opening hours of Marlstone Leisure Centre", "approved"),
        ("That consideration of the Allotments Policy", "deferred")]


def test_decision_maker_label_naming_a_person_names_no_body(tmp_path: Path) -> None:
    """The plural label over a person ("Decisions taken by: Leader of the Council") names no
    meeting, as the singular label over a person never did."""
    path = rendered(source_lines(*(s.format(label="Decisions taken by:").replace(
        "\tThe Cabinet", "\tLeader of the Council") for s in _RECORD)), tmp_path)
    assert [committee for _, _, committee in documents_of(path)] == [None]
