"""Regression tests of the review of round 25's second documents pass: a pack's listed item
heads (a paper's own head repeated over its continued page, an earlier item's named at a page's
top as a cross-reference, the minutes' own minute of a recurring item), a minutes body name
wrapped before its "of ..." tail, and the cost of reading the agenda's listing in a long pack.
Each runs on small papers written here."""

from __future__ import annotations

from pathlib import Path

import pytest

import kcc_papers.segment_starts as segment_starts
import kcc_papers.segment_starts.listed_items as listed_items
from heldout_support import pack_kinds
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.load.model import Line
from test_heldout_round25_docs2 import SHIRE_PACK

AWARD_RECOMMENDATION = ("That Council accepts the tender of Mulga Bitumen Pty Ltd for $1,284,000"
                        " (GST exclusive).")
ROOF_PURPOSE = "To update Council on the library roof replacement."


def test_regression_a_papers_head_repeated_over_its_continued_page_starts_no_paper(
        tmp_path: Path) -> None:
    # item 3.1's head repeated at the top of its second page "(CONTINUED)" is the same paper;
    # before, it started a document of its own
    pack = SHIRE_PACK.replace(AWARD_RECOMMENDATION, AWARD_RECOMMENDATION + """
--- page ---
## 3.1 RFT 2026/02 WARREGO ROAD RESEALING PROGRAM - CONTRACT AWARD (CONTINUED)
Four tenders were received and evaluated against the published criteria.""")
    kinds = pack_kinds(pack, tmp_path)
    assert [(k, first, last) for k, first, last in kinds] == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 4), ("report", 5, 5)]


def test_regression_an_earlier_items_title_as_a_cross_reference_starts_no_paper(
        tmp_path: Path) -> None:
    # item 3.2's second page is headed by item 3.1's number and title, the paper it refers to;
    # before, that page started a third report
    pack = SHIRE_PACK.replace(ROOF_PURPOSE, ROOF_PURPOSE + """
--- page ---
## 3.1 RFT 2026/02 WARREGO ROAD RESEALING PROGRAM - CONTRACT AWARD
The roof works follow the resealing programme reported at item 3.1 above.""")
    kinds = pack_kinds(pack, tmp_path)
    assert [(k, first, last) for k, first, last in kinds] == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3), ("report", 4, 5)]


def test_regression_the_minutes_own_minute_of_a_recurring_item_starts_no_paper(
        tmp_path: Path) -> None:
    # the last meeting's minutes print their own "3.2 COOLABAH LIBRARY ROOF ..." minute (the
    # project reported every month) at a page's top: the minutes go on, and the papers start
    # with item 3.1 after them; before, that minute started a report
    pack = SHIRE_PACK.replace("CARRIED 4/0\nThe meeting closed", """CARRIED 4/0
--- page ---
## 3.2 COOLABAH LIBRARY ROOF REPLACEMENT PROJECT
RESOLUTION 2026/12
That Council notes the report.
CARRIED 4/0
The meeting closed""")
    kinds = pack_kinds(pack, tmp_path)
    assert [(k, first, last) for k, first, last in kinds] == [
        ("agenda", 1, 1), ("minutes", 2, 3), ("report", 4, 4), ("report", 5, 5)]


@pytest.mark.parametrize(("first", "tail", "committee"), [
    ("Minutes of the Council", "of Governors", "Council of Governors"),
    ("Minutes of the Board", "of Directors", "Board of Directors"),
])
def test_regression_a_body_name_wrapped_before_its_of_tail_is_one_name(
        first: str, tail: str, committee: str) -> None:
    # an NHS foundation trust's "Council" over "of Governors" is one name; before, the name
    # was cut at the line its body's word ends ("Council")
    heading = minutes_heading([first, tail, "Held at the Town Hall on Tuesday, 3 March 2026 at "
                               "6.00pm", "Present: Cr A Smith, Cr B Jones"])
    assert heading.committee == committee


def _long_pack(items: int, pages_each: int) -> list[tuple[int, int, Line]]:
    """A PDF pack's lines: an agenda listing ``items`` items after its minutes item, the
    minutes, then each item's paper of ``pages_each`` pages of numbered paragraphs."""
    flat: list[tuple[int, int, Line]] = []

    def page(number: int, texts: list[str], heading: bool) -> None:
        for idx, text in enumerate(texts):
            big = heading and idx == 0
            flat.append((number, idx, Line(text, x0=50, top=50 + 14 * idx, x1=400,
                                           bottom=60 + 14 * idx, size=16.0 if big else 10.0,
                                           bold=big)))

    titles = [f"{n} REPORT ON SUBJECT NUMBER {n} OF THE COUNCIL PROGRAMME"
              for n in range(3, items + 3)]
    page(1, ["AGENDA", "ORDINARY MEETING OF COUNCIL", "1 OPENING OF MEETING",
             "2 CONFIRMATION OF MINUTES", *titles], True)
    page(2, ["MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 3 MARCH 2026",
             "PRESENT: Cr A Whitby"], True)
    number = 3
    for title in titles:
        for k in range(pages_each):
            body = [f"{j}.{k} The council considered paragraph {j} of the matter."
                    for j in range(1, 45)]
            page(number, [title, *body] if k == 0 else body, k == 0)
            number += 1
    return flat


def test_regression_a_long_packs_agenda_listing_is_read_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a 280-page pack with a 40-item agenda: every paper starts, and the agenda's listing is
    # read once, not at each of its 12,000 numbered lines (before: 1 s, 30 times main's walk)
    calls: list[int] = []
    real = listed_items.agenda_items

    def counted(lines: list[str]) -> dict[str, str]:
        calls.append(len(lines))
        return real(lines)

    monkeypatch.setattr(listed_items, "agenda_items", counted)
    # (and where the walk may call it by its own name)
    monkeypatch.setattr(segment_starts, "agenda_items", counted, raising=False)
    starts, _ = segment_starts._find_starts(_long_pack(40, 7), True, {}, lambda _: [])
    assert [kind for _, kind in starts].count("report") == 40
    assert len(calls) == 1
