"""Session 36: a summons letter that lists its agenda signs off under the last item ("Yours
sincerely", the clerk's name and post): the sign-off and the signature block under it are no
part of that item's description (review of session 35)."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import rendered
from kcc_papers.extract.agenda.patterns import SIGN_OFF
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _pack(sign_off: str) -> str:
    return f"""## Northfold Borough Council
Democratic Services, Town Hall, Northfold
2 June 2026
Dear Councillor,
** PLANNING COMMITTEE
You are summoned to attend a meeting of the Planning Committee to be held in the Council
Chamber, Town Hall, Northfold on Thursday 11 June 2026 at 2.30 pm.
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 12 March 2026 (Pages 2 - 3)
3. Planning applications (Pages 4 - 5)
To determine the applications set out in the report.
4. Any other business
{sign_off}
Jane Holloway
Head of Democratic Services
--- page ---
** PLANNING COMMITTEE
Minutes of the meeting held on 12 March 2026
Present: Councillor A Smith (Chair), Councillors B Jones and C Patel.
1. Apologies
Apologies were received from Councillor D Khan.
"""


def _items(source: str, tmp_path: Path) -> list[tuple[str | None, str, str | None]]:
    pdf = rendered(source, tmp_path, "pack")
    return [(r.item_ref, r.title, r.description) for r in process_file(str(pdf)).records
            if isinstance(r, AgendaItem)]


@pytest.mark.parametrize("sign_off", ["Yours sincerely", "Yours faithfully,"])
def test_regression_sign_off_is_no_part_of_the_last_items_description(
        tmp_path: Path, sign_off: str) -> None:
    assert _items(_pack(sign_off), tmp_path) == [
        ("1", "Apologies for absence", None),
        ("2", "Minutes of the meeting held on 12 March 2026", None),
        ("3", "Planning applications", "To determine the applications set out in the report."),
        ("4", "Any other business", None),
    ]


def test_sign_off_is_keyed_on_its_words() -> None:
    assert all(SIGN_OFF.match(text) for text in [
        "Yours sincerely", "YOURS FAITHFULLY", "Yours truly,", "Kind regards",
        "With kind regards,", "Regards", "Yn gywir"])
    # a description that only mentions regards, or goes on past the words, is no sign-off
    assert not any(SIGN_OFF.match(text) for text in [
        "Regards the budget set in February", "With regard to the report",
        "Your Council's response to the consultation"])
