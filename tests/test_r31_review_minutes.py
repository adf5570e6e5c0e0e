"""Review of held-out round 31's minutes fixes: the misreadings the review found in them, each
on a small paper another council would publish, read right."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import contexts
from heldout_support import numbers
from kcc_papers.extract import minutes
from kcc_papers.extract.minutes.candidates import numbered_candidate
from test_heldout_round31_minutes import AGENDA_AND_MINUTES_PACK

# The round's pack of an agenda, the last meeting's minutes and a report, a page each; its
# minutes here numbered without a stop, as the footer below prints its page's number.
_AGENDA, _DOTTED_MINUTES, _REPORT = AGENDA_AND_MINUTES_PACK.split("\f")
_MINUTES = re.sub(r"^([1-9])\.(?=\s)", r"\1", _DOTTED_MINUTES, flags=re.M)

_REPORT_PAGE = """2.    Background

2.{n}   The programme funds twelve projects across the capital; officers monitor each
      project quarterly against its agreed targets.
"""


def _pack_page(body: str, number: int) -> str:
    """A page of a pack whose every page closes on its running footer, the page's number
    first: "4 Grants Committee - 19 November 2031"."""
    return f"{body.rstrip()}\n\n{number} Grants Committee - 19 November 2031\n"


# A committee's text pack, its pages parted by form feeds: the agenda on page 3, the last
# meeting's minutes, one page, on page 4, a report after them; each page's footer opens on its
# page number, which on the minutes' page follows their last minute's.
ONE_PAGE_MINUTES_IN_A_FOOTED_PACK = "\f".join(
    [_pack_page(_AGENDA, 3), _pack_page(_MINUTES, 4), _pack_page(_REPORT, 5)]
    + [_pack_page(_REPORT_PAGE.format(n=n), n) for n in range(6, 10)])


def test_regression_a_packs_running_footer_on_one_page_of_minutes_is_no_minute(
        tmp_path: Path) -> None:
    path = tmp_path / "pack.txt"
    path.write_text(ONE_PAGE_MINUTES_IN_A_FOOTED_PACK, encoding="utf-8")
    (ctx,) = [c for c in contexts(path) if c.segment.kind == "minutes"]
    assert numbers(minutes.extract(ctx)) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "WOMEN'S REFUGE NETWORK: VARIATION REQUEST"),
        ("3", "ANY OTHER BUSINESS"),
    ]


# A parish's correspondence, numbered in the minute's text as its headings are numbered: a
# recommendation or a reference from a body that the sentence goes on past is no title.
CORRESPONDENCE_SENTENCES = [
    "3. Reference from the County Council to the resurfacing of Mill Lane was noted.",
    "3. Recommendation from the Police Liaison Officer that speed checks be resumed was agreed.",
    "3. Reference from the County Council to the resurfacing of Mill Lane, to be discussed",
]


def test_regression_a_sentence_opening_on_a_recommendation_from_a_body_is_no_heading() -> None:
    assert [numbered_candidate([line], 0) for line in CORRESPONDENCE_SENTENCES] == [None] * 3


def test_the_business_a_council_takes_from_its_bodies_is_still_titled() -> None:
    titles = ["4. Recommendation from Cabinet 13 April 2032",
              "5. REFERENCE FROM OVERVIEW AND SCRUTINY COMMITTEE - COMMUNITY GRANTS",
              "6. Recommendation from Cabinet (Minute CAB/31/12): Budget 2032/33"]
    read = [numbered_candidate([line], 0) for line in titles]
    assert [(c.number, c.title) for c in read if c is not None] == [
        (4, "Recommendation from Cabinet 13 April 2032"),
        (5, "REFERENCE FROM OVERVIEW AND SCRUTINY COMMITTEE - COMMUNITY GRANTS"),
        (6, "Recommendation from Cabinet (Minute CAB/31/12): Budget 2032/33"),
    ]
