"""Session 33's last read: round 18 G's rule for an "Item N" stamp in large type asked, for every
line a document's walk looked at, whether the paper so far heads its parts "Item", scanning it
back to its heading; a text paper's walk looks at every line, so 4,000 minutes took 21 s
(1.7 s now). It is asked only of a line that may be a stamp."""

from __future__ import annotations

from pathlib import Path

import pytest

import kcc_papers.segment_starts as segment_starts
from kcc_papers.pipeline import process_file


def test_regression_item_heading_scan_ran_for_every_line(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    scans: list[int] = []
    real = segment_starts._items_not_headed

    def counted(walk: object, i: int) -> bool:
        scans.append(i)
        return real(walk, i)  # type: ignore[arg-type]

    monkeypatch.setattr(segment_starts, "_items_not_headed", counted)
    body = "\n".join(f"{n}. Business item {n}\nThe Cabinet considered the report." for n in
                     range(1, 60))
    paper = tmp_path / "minutes.txt"
    paper.write_text("MINUTES OF THE MEETING OF THE CABINET HELD ON TUESDAY 12 OCTOBER 2027\n\n"
                     f"Present: Cllr A Hale (Chair), Cllr B Moss\n\n{body}\n")
    result = process_file(str(paper))
    assert result.error is None
    assert scans == []  # a text paper's lines are never a page-top stamp
