"""A meeting's webcast in its minutes: the point in the recording at which each item begins,
printed after the heading's title in brackets ("65. QUESTIONS FROM MEMBERS OF THE PUBLIC
[00:09:48]") or in a column of its own in a table of minutes ("No. | Item | Webcast | Notes |
Outcome"). Either is where to find the item in the recording, no part of its title or of what
was minuted."""

from __future__ import annotations

import re

# A time in the recording: hours, minutes and seconds ("00:09:48", "1:02:36"), or minutes and
# seconds ("09:48"); the colons tell it from a time of day ("7.00 pm").
_RECORDING_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
# ... at the end of a heading, in square brackets or in round ones with its seconds (a time of
# day in round brackets, "(10:30)", is printed without them), perhaps labelled: "[00:09:48]",
# "(01:21:54)", "[Webcast 00:09:48]", "(Video: 1:02:36)".
_LABEL = r"(?:(?:Webcast|Video|Recording|Timestamp|Time)\s*:?\s*)?"
# (no spaces before the bracket in the pattern: tried at each space of a long run of them it
# would take time growing with the square of the run; the title's end is stripped after)
_TIMESTAMP_AT_END = re.compile(
    rf"(?:\[\s*{_LABEL}{_RECORDING_TIME}\s*\]|\(\s*{_LABEL}\d{{1,2}}:\d{{2}}:\d{{2}}\s*\))"
    r"\s*$", re.I)
# A table's column of recording times, by its header: "Webcast", "Webcast time", "Video",
# "Recording", "Timestamp", "Time in recording".
RECORDING_HEAD = re.compile(
    r"^\s*(?:Webcast|Video|Recording|Timestamp|Time\s+in\s+(?:the\s+)?(?:recording|webcast))"
    r"(?:\s+(?:time|link|point))?\s*$", re.I)


def without_timestamp(title: str) -> str:
    """A heading's title without the recording time printed after it."""
    kept = _TIMESTAMP_AT_END.sub("", title)
    return kept.rstrip() if kept != title else title
