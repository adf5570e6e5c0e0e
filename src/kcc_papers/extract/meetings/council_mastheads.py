"""A pack's report printed under the council's own masthead ("Lough Corran and Drumfad District
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
# The kinds of paper written to go to a meeting: only they are sent to the pack's body. A
# meeting's own papers (its agenda, minutes, a record of its decisions) name the meeting they
# are of: a town council's own agenda after its Planning Committee's of the same evening is
# the council's.
PAPERS_FOR_A_MEETING = frozenset({"report", "performance_report", "risk_register"})


def names_a_council(name: str | None) -> bool:
    """Whether ``name`` is a council's own name (see COUNCIL_NAME)."""
    return bool(name) and bool(COUNCIL_NAME.match(" ".join((name or "").split())))


def committee_of_pack(kind: str, meeting: Meeting, pack: Meeting | None) -> str | None:
    """The pack's committee for a report of it (a paper of ``kind``, see PAPERS_FOR_A_MEETING)
    whose meeting names only the council, on the pack's meeting date (or none): the body it
    goes to; None when the paper names a body of its own, another date, is no report, or the
    pack is the council's own meeting (its papers rightly name the council)."""
    if kind not in PAPERS_FOR_A_MEETING:
        return None
    if pack is None or not pack.committee or names_a_council(pack.committee):
        return None
    if not names_a_council(meeting.committee):
        return None
    if meeting.meeting_date not in (None, pack.meeting_date):
        return None
    return pack.committee
