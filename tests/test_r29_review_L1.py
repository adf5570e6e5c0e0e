"""Review of round 29's L1 fixes (slides: web page bullets, evaluation decks, appended decks):
each test a defect the review found, failing before its mend. Small papers written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_html_rows

# ------------------------------------------ a web page's sentence broken for layout runs on

_AWARD = ("The Cabinet resolved to award the grounds maintenance contract to",
          "Verdant Estates Ltd for five years from 1 June 2031 at a total",
          "value of £1,900,000.")


def _page(body: str) -> str:
    return ("<html><body><h1>Item 6: Grounds maintenance contract</h1><h2>Decision</h2>"
            f"{body}</body></html>")


def test_regression_web_sentence_broken_by_line_breaks_runs_on(tmp_path: Path) -> None:
    # a <br> breaks a line inside one paragraph (a pasted, hard-wrapped decision): the
    # sentence runs on over it; the fix made every web line a block and lost the award
    page = _page("<p>" + "<br>\n".join(_AWARD) + "</p>")
    assert contract_html_rows(page, tmp_path) == [("Verdant Estates Ltd", 1900000.0)]


def test_regression_web_sentence_set_in_paragraphs_for_layout_runs_on(tmp_path: Path) -> None:
    # a converter setting each printed line in a <p> of its own, mid-sentence: still one
    # sentence where a line stops short of one's end (as a text export's wrapped lines)
    page = _page("".join(f"<p>{line}</p>\n" for line in _AWARD))
    assert contract_html_rows(page, tmp_path) == [("Verdant Estates Ltd", 1900000.0)]


# (the mend keeps the fix's list items apart: guards, passing with the fix and the mend)
_ASK = ("<h2>Recommendations</h2><p>The Cabinet is recommended to approve the award of the"
        " grounds maintenance contract to Verdant Estates Ltd for five years from 1 June 2031"
        " at a total value of £1,900,000.</p>")
_BIDS = ("<li>Three bids received: Verdant Estates Ltd, Greenway Grounds Ltd and Parkside"
         " Landscapes Ltd</li>")


def test_web_line_broken_inside_a_list_item_keeps_the_items_apart(tmp_path: Path) -> None:
    # a list's item broken by a <br> is one block; the item after it is another: the
    # incumbent it names takes no price from the award's item
    page = _page(
        f"<ul>{_BIDS}<li>Preferred bidder: Verdant Estates Ltd, five years from 1 June 2031,"
        "<br>total contract value £1,900,000</li>"
        "<li>The service is run by Greenway Grounds Ltd under a contract that ends on"
        f" 31 May 2031</li></ul>{_ASK}")
    rows = contract_html_rows(page, tmp_path)
    assert ("Verdant Estates Ltd", 1900000.0) in rows
    assert ("Greenway Grounds Ltd", None) in rows


def test_web_paragraph_after_a_list_item_is_its_own(tmp_path: Path) -> None:
    # a paragraph after a list starts a block of its own, as an item after an item does
    page = _page(
        f"<ul>{_BIDS}<li>Preferred bidder: Verdant Estates Ltd, five years from 1 June 2031,"
        " total contract value £1,900,000</li></ul>"
        "<p>Routes are currently run by Greenway Grounds Ltd under a contract that ends on"
        f" 31 May 2031</p>{_ASK}")
    rows = contract_html_rows(page, tmp_path)
    assert ("Verdant Estates Ltd", 1900000.0) in rows
    assert ("Greenway Grounds Ltd", None) in rows
