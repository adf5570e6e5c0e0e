"""Review of held-out round 31's minutes fixes: the misreadings the review found in them, each
on a small paper another council would publish, read right."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import numbers
from kcc_papers.extract import minutes

_AGENDA = """LONDON COUNCILS

GRANTS COMMITTEE

Wednesday, 19th November, 2031 at 11.00 am

AGENDA

1    Apologies for Absence

2    Declarations of Interest

3    Minutes of the Meeting held on 9 July 2031

4    Grants Programme: Performance Report
"""

_MINUTES = """                                                          Agenda Item 3

MINUTES OF THE MEETING OF THE GRANTS COMMITTEE held on Wednesday, 9th
July, 2031 at 11.00 am in the Conference Suite, London Councils

PRESENT:     Councillor Yusuf Haddad (Chair); Councillors Greta Lindholm and
             Abimbola Carrington


1            APOLOGIES FOR ABSENCE

             Apologies were received from Councillor Harun Yilmaz.


2            WOMEN'S REFUGE NETWORK: VARIATION REQUEST

             The Grants Committee agreed to defer consideration of the
             variation request to its meeting on 19 November 2031.


3            ANY OTHER BUSINESS

             There was no other business. The meeting closed at 12.36 pm.
"""

_REPORT = """                                                          Agenda Item 4

Grants Committee

Item no: 4

Report by:     Lukas Obradovic         Job title:  Head of Grants

Title:         Grants Programme: Performance Report

1.    Summary

1.1   This report sets out the performance of the grants programme.
"""

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
