"""Review of round 39's fix K3 (KPI tables: a figure signed plus; a table of counts by
quarter under a dashboard; a text table whose first row wraps): the cases the review found
read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contexts
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi

_TEXT_OPENING = """Ashcombe District Council
Audit and Governance Committee
Thursday, 17th June, 2027
REPORT TITLE: Information Governance Annual Report 2026/27

1.  This report sets out the Council's performance against its information request
targets for 2026/27.

2.  Rating: G = target met; A = within 5 points of target; R = more than 5 points below.

"""


def _text_kpis(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(_TEXT_OPENING + text)
    return [(k.ref or k.description, k.latest_value, k.latest_rag) for ctx in contexts(path)
            if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def test_regression_text_table_first_row_name_alone_wrapping(tmp_path: Path) -> None:
    """A table set out in spaces with no codes' column, each row's name wrapping onto a
    second line set in under it that carries the figures: the first row's first line prints
    no figure (the fix wrapped a first line only where it printed one, its code's), so the
    table was read as none. A first line whose next line is the rest of its name, set in
    as a wrapped name is, goes on there."""
    text = """\
   Indicator                                      Target      2025/26     2026/27     Rating

   Information requests answered within twenty
     working days                                 90%         88.0%       92.6%       G
   Internal reviews completed within forty
     working days                                 95%         97.0%       91.2%       A
"""
    assert _text_kpis(text, tmp_path) == [
        ("Information requests answered within twenty working days", 92.6, "green"),
        ("Internal reviews completed within forty working days", 91.2, "amber")]

