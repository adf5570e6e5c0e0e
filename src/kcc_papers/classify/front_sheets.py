"""A front sheet's meeting block labelled by the meeting itself: "MEETING: Wednesday, 8th
July, 2026, at 2.00 pm" over "VENUE: Darent Room, Sessions House" (Kent County Council's
summons prints no "Agenda", its items lettered under "A - Committee Business"). The label's
value is the meeting's weekday, date and time of day, as a notice gives them: minutes say
when the meeting was "held", and a report's "Meeting:" or "Date:" label names a body or a
date with no time, and no venue under it."""

from __future__ import annotations

import re

# The other language's half of a bilingual label, before the stroke ("Lleoliad / Venue:").
_OTHER_LABEL = r"(?:[^\n/:]{1,30}/\s*)?"
# Lines between the meeting's label and the venue's (a time or room label between).
VENUE_BELOW = 3
MEETING_TIME_OVER_VENUE = re.compile(
    rf"^[^\S\n]*{_OTHER_LABEL}(?:Meeting|Date)[^\S\n]*:[^\S\n]*"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^\n]{0,40}?"
    r"\b\d{1,2}(?:[.:]\d{2})?[^\S\n]*(?:am|pm|a\.m\.|p\.m\.)[^\n]*\n"
    rf"(?:.*\n){{0,{VENUE_BELOW - 1}}}?[^\S\n]*{_OTHER_LABEL}(?:Venue|Place|Location)[^\S\n]*:",
    re.I | re.M)
# Words every match holds one of (see ``clues.Clue.needs``).
MEETING_TIME_WORDS = ("venue", "place", "location")
