"""A paper's title dated by what it is about, not by its meeting: "Tolls and Charges from 1
April 2031", "Parking Charges with effect from 1 April 2029", "Interim Arrangements until 31
March 2030". Short, under the masthead's body, such a line looks like the meeting's date line
(any short line holding a date is read as one, DATE_ONLY_CHARS); but a word tying the date to
the subject (when charges start, a scheme ends) stands before it, after the title's words, and
a meeting's date line says no such thing ("Thursday 6 March 2031", "Date: 6 March 2031",
"Council Chamber - 6 March 2031", "Meeting held on 6 March 2031")."""

from __future__ import annotations

import re

# Words saying what became of the meeting itself: before the tie word they make the line the
# meeting's date line ("Adjourned until 5 June 2031", "Meeting postponed until 5 June 2031",
# "Reconvened from 3 June 2031"), whatever the subject's papers say of their own dates.
MEETING_MOVED = (r"meeting|adjourn\w*|reconven\w*|postpon\w*|defer\w*|re-?arranged|"
                 r"resum\w*|held|sitting")
# Words tying a date to a subject's start or end ("from", "with effect from", "until"), never a
# meeting's day; only where no digit comes before them (a title's words, not a date line's
# time or a meeting's own date first: "6 March 2031 (adjourned from 27 February 2031)").
SUBJECT_DATE = re.compile(
    r"^(?![^\d\n]*\b(?i:" + MEETING_MOVED + r")\b)"
    r"\s*[A-Za-z][^\d\n]*?\b(?:from|until|till|since|after|before|by|effective)[^\S\n]+"
    r"(?:the[^\S\n]+)?(?:[A-Z][a-z]+day,?[^\S\n]+)?\d{1,2}(?:st|nd|rd|th)?[^\S\n]+"
    r"[A-Za-z]{3,10}\.?,?[^\S\n]+\d{4}\b")


def subject_dated(line: str) -> bool:
    """Whether ``line`` is a title dated by its subject ("Tolls and Charges from 1 April
    2031"), no meeting's date line."""
    return SUBJECT_DATE.match(line) is not None
