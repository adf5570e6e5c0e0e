"""A text pack's paper masthead in title type: ModernGov's text export of a pack stamps each
paper "Agenda Item 4" over the authority's name as it prints it ("Severnside Combined
Authority", not in capitals), then the meeting's dated line ("Employment and Skills Board - 9
March 2028"). The authority's name is a masthead line as a capitals one is
(``item_stamps._stamped_report``): the dated meeting line, or whose report it is, must follow
within the stamp's head all the same. A masthead in capitals may print the meeting's date on a
line of its own under the body's name ("ASHCOMBE AND TAVY VALLEY JOINT CREMATORIUM
COMMITTEE" over "24 February 2031"): that line is the masthead's too."""

from __future__ import annotations

import re

# The authority's or council's name alone on its line, each word capitalised (bar "and", "of",
# "the", "&") or the whole in capitals: "Severnside Combined Authority", "Tarnbeck District
# Council", "TELFORD & WREKIN COUNCIL". Not a sentence, nor a heading of the paper's own (those
# end otherwise). A stamp may close the line (masthead_stamps.masthead_stamp).
AUTHORITY_NAME = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|the|AND|OF|THE|&)\s+)?){1,6}"
    r"(?:Council|Authority|COUNCIL|AUTHORITY)\s*$")


def authority_masthead(text: str) -> bool:
    """Whether a line under a text stamp is its paper's masthead naming the authority."""
    return AUTHORITY_NAME.match(text) is not None


# The meeting's date alone on its line, perhaps with its weekday: "24 February 2031",
# "Monday, 24 February 2031" (the month's name in title type, as ModernGov's export prints it
# under a masthead in capitals).
MEETING_DATE_LINE = re.compile(
    r"^\s*(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*$")


def dated_masthead_line(text: str) -> bool:
    """Whether a line under a text stamp is the date of the meeting its masthead names."""
    return MEETING_DATE_LINE.match(text) is not None
