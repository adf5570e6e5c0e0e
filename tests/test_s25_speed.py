"""Round 10's reading cost won back (issue 15): a report's pages go to the slow table readers
only where a rated dashboard's header is, named as a header names its rating column."""

from __future__ import annotations

from kcc_papers.extract.kpis.reader import _rated_pages
from kcc_papers.load.model import Line, Page, Source
from kcc_papers.segment import Segment


def _segment(pages: list[list[str]]) -> Segment:
    built = [Page(n, [Line(t) for t in texts]) for n, texts in enumerate(pages, start=1)]
    source = Source("paper.pdf", "0" * 64, "pdf", built)
    flat = [(p.number, i, line) for p in built for i, line in enumerate(p.lines)]
    return Segment(source, "report", 0, len(flat), flat)


def test_a_capitalised_rating_column_marks_its_page_and_the_next() -> None:
    seg = _segment([["Introduction"],
                    ["Appendix A", "Scorecard", "Ref Indicator Target Actual Status",
                     "PI1 Homes 90 95 G"],
                    ["More rows"], ["Background"]])
    assert _rated_pages(seg) == {2, 3}


def test_a_header_wrapped_over_lines_is_read_as_one() -> None:
    seg = _segment([["Performance", "PI Ref Target Actual", "RAG"]])
    assert _rated_pages(seg) == {1, 2}


def test_a_credit_rating_in_prose_and_rows_is_no_rated_header() -> None:
    # weca's treasury outturn: indicators against targets, the rating a portfolio's own
    seg = _segment([["The authority measures credit risk by the average credit rating",
                     "Credit risk indicator Target Actual",
                     "Minimum portfolio average credit rating A- A+"]])
    assert _rated_pages(seg) == set()
