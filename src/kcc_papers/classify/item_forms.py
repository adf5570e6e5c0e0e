"""A form filed under a meeting's agenda item: its labelled fields name the meeting, the item
and the report it is filed with ("Meeting: Overview and Scrutiny Committee, 30 January 2030" /
"Agenda item: 6" / "Report: ..."), as an exempt information form does (round 29's r29b city
pack). Such a form is the item's paper, a report of the meeting, though it recommends nothing:
its boxes are the form's, not a decision's. A form naming the meeting and the item but no
report is a member's or the public's (a declaration of interest, a request to speak, a
question), no paper of the item."""

from __future__ import annotations

import re

# "Agenda item:  6", "Agenda item No.: 6a" as a labelled field of its own line
ITEM_FIELD = re.compile(r"^[^\S\n]*Agenda[^\S\n]+item[^\S\n]*(?:No\.?)?[^\S\n]*:[^\S\n]*"
                        r"\d{1,3}[a-z]?\b", re.I | re.M)
ITEM_FIELD_WORDS = ("agenda item",)
# "Meeting:  Overview and Scrutiny Committee, 30 January 2030": the field naming the body
_MEETING_FIELD = (r"^[^\S\n]*Meeting[^\S\n]*:[^\S\n]*[^\n]{0,80}?\b(?:Committee|Cabinet|Council|"
                  r"Board|Panel|Sub-Committee)\b")
# "Report:  Call-in: ...", "Report title:", "Title of report:": the field naming its report
_REPORT_FIELD = (r"^[^\S\n]*(?:Report(?:[^\S\n]+(?:title|name))?|Title[^\S\n]+of[^\S\n]+"
                 r"(?:the[^\S\n]+)?report)[^\S\n]*:[^\S\n]*\S")
# Both fields, anywhere in the form (a clue's ``requires``: searched once from the start)
ITEM_FORM_FIELDS = re.compile(rf"\A(?=[\s\S]*?{_MEETING_FIELD})(?=[\s\S]*?{_REPORT_FIELD})",
                              re.I | re.M)
