"""An agenda's masthead printing the meeting on one line, the body's name, then its weekday,
date and time, perhaps its venue: "Cabinet - Thursday 25 September 2031, 10.00 am, Shire Hall,
Ludcastle" over a table of items that never says "Agenda". The line is a notice's: minutes say
when their meeting was "held", a report is dated to its meeting with no weekday and time."""

from __future__ import annotations

import re

# The body's name: a few capitalised words naming a committee, cabinet, council, board or
# panel, matched case-sensitively inside the pattern's re.I: a lower-case word is a sentence
# about the body, a record of its meeting ("Decisions of the Cabinet - Thursday ...",
# "Report to Cabinet - ..."), not its name.
_BODY = (r"(?-i:(?:[A-Z][\w&'’,]*[^\S\n]+){0,8}?"
         r"(?i:Committee|Cabinet|Council|Board|Panel|Forum|Commission|Authority|Executive))")
# ... a dash or a colon, then the weekday, the date and the time of day (the venue may follow).
NAMED_DATE_LINE = re.compile(
    rf"^[^\S\n]*{_BODY}[^\S\n]+[-–—:|][^\S\n]+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+\d{1,2}(?:st|nd|rd|th)?[^\S\n]+"
    r"[A-Z][a-z]+,?[^\S\n]+\d{4},?[^\S\n]+(?:at[^\S\n]+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?[^\S\n]*(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d\b)",
    re.I | re.M)
# Words every match holds one of (a clue's ``needs``): its weekday.
WEEKDAY_WORDS = ("day",)
