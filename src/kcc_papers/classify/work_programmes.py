"""A committee's own work programme as a paper's title: "COMMUNITIES SCRUTINY PANEL - WORK
PROGRAMME 2031/32", "Overview and Scrutiny Work Programme 2027/28", "Work Programme". The set
reads it as a report of the committee's (r23g, r24e, r25f, r29b): a table of the business it
means to take, which its members agree or change. Only an executive's plan of the decisions it
will take is a forward plan ("Cabinet Forward Work Programme": FORWARD_PLAN_TITLE), so a title
saying "Forward" is left to that clue."""

from __future__ import annotations

import re

# The title line: perhaps the body's name (and a dash or colon) first, not a number (an
# agenda's or minutes' item, "6. Work Programme", is no title of its own), then "Work
# Programme" and perhaps its year, nothing after ("Work Programme and Forward Plan" is titled
# by the plan too); "Forward" nowhere on the line ("Forward Work Programme of the Cabinet").
WORK_PROGRAMME_TITLE = re.compile(
    r"^(?![^\n]*\bforward\b)[^\S\n]*(?:[A-Za-z][^\n\d]{0,80}?[^\S\n])?work[^\S\n]+programme"
    r"(?:[^\S\n]+(?:for[^\S\n]+)?\d{4}(?:[/-]\d{2,4})?)?[^\S\n]*$",
    re.I | re.M)
# The words every match holds.
WORK_PROGRAMME_WORDS = ("programme",)
