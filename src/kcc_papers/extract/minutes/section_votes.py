"""A vote that the rules give to a section of a body's members alone, minuted as that section's
agreement: "Maintained primary members agreed the de-delegation of ...", "The maintained
secondary member agreed ...", "Schools members approved the formula". A schools forum votes so
(its schools members on the funding formula, the maintained schools' members of each phase on
what is de-delegated): the section's vote is the forum's decision, though no "RESOLVED" marks
it, where the minute resolves nothing itself (beside a "RESOLVED" or a "Decision:" the
sections' votes are that decision's, see resolutions). Bare "Members agreed ..." (the whole
meeting) is how formal minutes word discussion, and a quantity of members ("Some members
agreed that ...") is an opinion, not a vote: neither is read here. Nor is a section that no
seats make: a party's or a ward's members, the opposition's, a working group's ("Labour
members agreed that ...", "Ward members agreed to meet ..."), whose agreeing is no vote the
rules give them: the section is named by the seats it holds, the kind of school its members
sit for ("maintained", "primary", "academy", "schools", "early years")."""

from __future__ import annotations

import re

# Words that say how many members, or name the whole meeting, not a section of it by its
# seats: "All members", "Several members", "Committee members", "Board members".
_NO_SECTION = (
    r"(?!(?:all|both|some|several|many|most|few|a|other|the|these|those|two|three|four|"
    r"individual|certain|various|committee|board|panel|forum|council|cabinet|its|their|"
    r"remaining|present|voting|elected|new)\b)")
# The seats a forum's rules give a vote of their own: the kind or phase of school (or setting)
# its members sit for, and the schools' members as against the non-schools'.
_SEAT = (r"(?=(?:(?!members?\b)[A-Za-z-]+\s+){0,2}?"
         r"(?:maintained|academ(?:y|ies)|primary|secondary|nursery|special|all-through|"
         r"middle|schools?|non-schools?|early|years|pvi|phase|headteachers?|governors?)\s)")
# A section of the members by its seats (one to three words, as printed), the section's
# verb and what it agreed: "Maintained primary members agreed the ...", "The maintained
# secondary member agreed to ..." (a list entry's mark perhaps before: "(a)", "2.").
SECTION_AGREED = re.compile(
    r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:The\s+)?" + _SEAT +
    r"(?:" + _NO_SECTION + r"[A-Za-z][a-z-]+\s+){1,3}?members?\s+"
    r"(?:unanimously\s+)?(?:agreed|approved|voted\s+(?:to|in\s+favour\s+of))\s+"
    r"(?:the|that|to)\b",
    re.I)


def section_agrees(line: str) -> bool:
    """Whether ``line`` opens on a section of the members agreeing (see SECTION_AGREED)."""
    return bool(SECTION_AGREED.match(line))
