"""Review of round 34's fix H (council web pages): the cases the review found read wrong, each on
a small web page a council could publish."""

from __future__ import annotations

from pathlib import Path

from heldout_support import html_page
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(html: str, tmp_path: Path) -> list[tuple[str, bool | None, str | None]]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [(d.decision_text, d.key_decision, d.decision_maker)
            for d in process_file(str(path)).records if isinstance(d, Decision)]


def _fields(rows: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in rows) + "</dl>"


# A decision record set out as a field list, two of whose values open with a word and a colon in
# plain text ("Yes: it affects ...", "Approved: that ..."): each is still its field's value, not
# a labelled line under a heading, so the decision is read.
def test_regression_a_field_value_opening_with_a_word_and_colon_stays_the_fields(
        tmp_path: Path) -> None:
    page = html_page(
        "<h1>Record of decision</h1>", "<h2>Library opening hours</h2>",
        _fields([("Decision maker", "Cabinet"), ("Date of decision", "10 June 2025"),
                 ("Key decision", "Yes: it affects two or more wards"), ("Exempt", "No"),
                 ("Decision", "Approved: that the new opening hours be introduced from"
                              " 1 September 2025."),
                 ("Reasons", "To save money.")]))
    assert _decisions(page, tmp_path) == [
        ("Approved: that the new opening hours be introduced from 1 September 2025.", True,
         "Cabinet")]
