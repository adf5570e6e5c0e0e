"""A form filed under a meeting's agenda item: its labelled fields name the meeting and the
item it is the paper of ("Meeting: Overview and Scrutiny Committee, 30 January 2030" /
"Agenda item: 6" / "Report: ..."), as an exempt information form does (round 29's r29b city
pack). Such a form is the item's paper, a report of the meeting, though it recommends nothing:
its boxes are the form's, not a decision's."""

from __future__ import annotations

import re

# "Agenda item:  6", "Agenda item No.: 6a" as a labelled field of its own line
ITEM_FIELD = re.compile(r"^[^\S\n]*Agenda[^\S\n]+item[^\S\n]*(?:No\.?)?[^\S\n]*:[^\S\n]*"
                        r"\d{1,3}[a-z]?\b", re.I | re.M)
ITEM_FIELD_WORDS = ("agenda item",)
# "Meeting:  Overview and Scrutiny Committee, 30 January 2030": the field naming the body
MEETING_FIELD = re.compile(r"^[^\S\n]*Meeting[^\S\n]*:[^\S\n]*[^\n]{0,80}?\b(?:Committee|"
                           r"Cabinet|Council|Board|Panel|Sub-Committee)\b", re.I | re.M)
