"""What a meeting's minutes say of a proposal it turned down in its own words, and of a second
motion moved after one lost (read by lost_motions): the refusal a decision of its own, and a
motion moved and seconded in form another vote than the one lost."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.resolution_marks import BODY

# The meeting's own refusal of a proposal or motion put to it (_MOTION_DEFEATED): its name
# at most this many capitalised words before its kind ("The Local Access Forum").
_NAME_WORDS = 4
MEETING_REFUSED = (
    rf"|(?:^|(?<=[.;]\s))The\s+(?:(?:[A-Z][\w&'’-]*\s+){{0,{_NAME_WORDS}}}?(?-i:{BODY})|Group)"
    r"\s+did\s+not\s+(?:agree\s+to|support|accept|approve)\s+(?:the|this|that)\s+"
    r"(?i:proposal|motion)\b")

# A motion moved and seconded in form, its mover and seconder named, the vote on it left
# to the resolution after: "It was then moved by Mrs Blamire and seconded by Cllr Nutter that
# the application be refused." over "RESOLVED That planning permission be refused" (a
# national park's planning committee). Read from the motion's verb to its seconder, within
# this many characters (a mover's name and title).
_MOVER_CHARS = 80
SECONDED = re.compile(rf"[^.;]{{0,{_MOVER_CHARS}}}?\band\s+seconded\b", re.I)
