"""Review of the round 40 fix for papers in older house styles (family K2): an agenda cell
whose bold part is no title (the item's number, "<strong>3.</strong>", or a label's lead-in,
"<strong>Housing:</strong>") had its title, the paragraph under it, set apart and lost; a page
titled "Agenda for the <body> on <date>" (the body with its article) named no committee.
Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file
from test_heldout_round40_K2 import _RECORD, _agenda

_TITLE = "Agenda for Standards Board on Tuesday 9 October 2012, 6.00 pm"


def test_regression_bold_number_or_label_keeps_its_paragraph_title(tmp_path: Path) -> None:
    """Before, a cell printing its item's number in bold over the title's paragraph
    ("<strong>3.</strong><p>Fees and Charges 2012/13</p>") lost every title, and a bold
    label's lead-in ("<strong>Housing:</strong>") lost the title it led on to: only a bold
    text holding a word and no label's colon is a title set over a paragraph of its own."""
    rows = """
<tr><td><strong>1.</strong><p>Apologies for Absence</p></td></tr>
<tr><td><strong>2.</strong><p>Declarations of Interest</p></td></tr>
<tr><td><strong>3.</strong><p>Fees and Charges 2012/13</p></td></tr>
"""
    _, items = _agenda(tmp_path, _TITLE, rows)
    assert items == [("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
                     ("3", "Fees and Charges 2012/13")]
    rows = """
<tr><td class="num">1</td><td><strong>Apologies</strong></td></tr>
<tr><td class="num">2</td><td><strong>Housing:</strong><p>Homelessness Review 2012</p></td></tr>
<tr><td class="num">3</td><td><strong>Budget 2013/14</strong><p>Lead officer: Borough
Treasurer.</p></td></tr>
"""
    _, items = _agenda(tmp_path, _TITLE, rows)
    assert items == [("1", "Apologies"), ("2", "Housing: Homelessness Review 2012"),
                     ("3", "Budget 2013/14")]


def test_regression_agenda_for_the_body_names_it(tmp_path: Path) -> None:
    """Before, "Agenda for the Scrutiny Commission on <date>" named no committee (the body
    had to open with a capital, so its article stopped it); the article is dropped now, and
    "Agenda for the meeting on <date>" still names none."""
    docs, _ = _agenda(tmp_path, "Agenda for the Scrutiny Commission on Tuesday 9 October "
                      "2012, 6.00 pm")
    assert docs == [("agenda", "2012-10-09", "Scrutiny Commission")]
    docs, _ = _agenda(tmp_path, "Minutes for the meeting on Tuesday 9 October 2012, 6.00 pm")
    assert [committee for _, _, committee in docs] == [None]


def test_regression_decision_numbered_after_a_colon_or_year_first(tmp_path: Path) -> None:
    """Before, a record's heading numbering its decision after a colon ("EXECUTIVE DECISION
    NO: 41/2011 - ...") or its year first ("CABINET DECISION No. 2011/42 - ...") headed no
    decision, so the record's two decisions were read as one."""
    for old, new in (("CABINET DECISION No. 41/2011 - ", "EXECUTIVE DECISION NO: 41/2011 - "),
                     ("CABINET DECISION No. 42/2011 - ", "CABINET DECISION No. 2011/42 - ")):
        lines = [s.format(label="Decisions taken by:").replace(old, new) for s in _RECORD]
        path = rendered(source_lines(*lines), tmp_path)
        assert [d.outcome for d in process_file(str(path)).records
                if isinstance(d, Decision)] == ["approved", "deferred"], new


def test_regression_lettered_parts_in_capitals(tmp_path: Path) -> None:
    """Before, an item's parts lettered in capitals ("iii(A)", "iii(B)") were no items, as
    only lower-case letters were read; either case is read now, one case throughout, the run
    from its "(A)"."""
    titles = ["Apologies", "Declarations of Interest", "Housing Matters",
              "Homelessness Review 2012", "Empty Homes Grants", "Fees and Charges"]

    def refs(printed: list[str]) -> list[str | None]:
        rows = "".join(f'<tr><td class="num">{r}</td><td><strong>{t}</strong></td></tr>'
                       for r, t in zip(printed, titles, strict=True))
        return [ref for ref, _ in _agenda(tmp_path, _TITLE, rows)[1]]

    assert refs(["i", "ii", "iii", "iii(A)", "iii(B)", "iv"]) == [
        "i", "ii", "iii", "iii(A)", "iii(B)", "iv"]
    assert refs(["i", "ii", "iii", "iii(a)", "iii(B)", "iv"]) == [
        "i", "ii", "iii", "iii(a)", "iv"]
