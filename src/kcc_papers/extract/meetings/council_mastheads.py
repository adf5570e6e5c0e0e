"""A pack's paper printed under the council's own masthead ("Lough Corran and Drumfad District
Council" over its "Report on | ..." and "Date of Meeting | 7 June 2027" rows, as Northern
Ireland councils head every report) names the council, not the body it goes to: in a
committee's pack, on that committee's meeting date, it went to that committee."""

from __future__ import annotations

import re

from kcc_papers.models import Meeting

# A council's own name: its last word "Council" ("Fermoyle and Clanrye District Council",
# "Kent County Council"), with no word of a body of the council before it ("Council Cabinet",
# "Children's Services Committee of the Council" end otherwise; "Youth Council" is a body).
COUNCIL_NAME = re.compile(r"^(?!.*\b(?:Committee|Board|Panel|Cabinet|Forum|Youth|Partnership|"
                          r"Sub-Committee|Assembly|Commission)\b).*\S\s+Council$", re.I)


def names_a_council(name: str | None) -> bool:
    """Whether ``name`` is a council's own name (see COUNCIL_NAME)."""
    return bool(name) and bool(COUNCIL_NAME.match(" ".join((name or "").split())))


def committee_of_pack(meeting: Meeting, pack: Meeting | None) -> str | None:
    """The pack's committee for a paper of it whose meeting names only the council, on the
    pack's meeting date (or none): the body it goes to; None when the paper names a body of
    its own, another date, or the pack is the council's own meeting (its papers rightly name
    the council)."""
    if pack is None or not pack.committee or names_a_council(pack.committee):
        return None
    if not names_a_council(meeting.committee):
        return None
    if meeting.meeting_date not in (None, pack.meeting_date):
        return None
    return pack.committee
