"""A decision notice addressed to its meeting by a label naming who decided: "Decision maker:
Cabinet", "Body: Executive", "Heard by: Licensing Sub-Committee", dated by its meeting's or
hearing's date label, or failing one its "Date of decision:" (moved from addressed)."""

from __future__ import annotations

import re

from kcc_papers.normalise.dates import find_date

from .addressed import A_PERSON, ADDRESS_LINES, DATE_LINE, NAME_END, _labelled_half
from .body_names import BODY_WORD, COMMITTEE_NAME_CHARS, SOLE_BODY
from .column_labels import _before_next_label, in_one_language
from .council import title_case

# A notice of a meeting's decisions names the body that took them by a label ("Decision
# Maker: CABINET") and the meeting's date by another ("Meeting Date: ..."); a body, not a
# person ("Decision maker: Cabinet Member for Highways"). The label as records print it:
# "Decision maker", "Decision-maker", "Decision taken by", "Decision made by"; a record of
# several decisions in the plural: "Decisions taken by: The Executive".
DECISION_MAKER_LABEL = r"Decision(?:[-\s]maker|s?\s+(?:taken|made)\s+by)"
DECISION_MAKER_LINE = re.compile(rf"^\s*{DECISION_MAKER_LABEL}\s*:\s*(?P<name>\S.*)$", re.I)
# ... or by a label naming the body that decided ("Body: Cabinet", "Decision-making body:
# Executive", in either language of a bilingual notice: "Corff / Body: Cabinet"), read as the
# "Decision maker:" label is, a person there naming no meeting (held-out round 36).
# (or, a hearing's notice of decision, the body that heard it: "Heard by: Licensing
# Sub-Committee" over "Date of hearing: Tuesday 6 October 2026", the hearing its meeting)
DECIDING_BODY_LINE = re.compile(
    r"^\s*(?:(?:Decision[-\s]making\s+)?Body|Heard\s+by)\s*:\s*(?P<name>\S.*)$", re.I)
# (a notice of appointments to outside bodies prints "Body:" for the body a councillor is
# appointed to, beside a label naming who: "Body: Kestley Community Safety Partnership Board"
# over "Representative: Councillor A Ames"; there a bare "Body:" names no decider)
_APPOINTEE_LINE = re.compile(
    r"^\s*(?:Representatives?|Nominees?|Appointees?|Members?\s+appointed|(?:Councillor|Member)s?"
    r"\s+nominated)\s*:", re.I)


# ... or, with no meeting dated, the date a body's notice says it decided on (held-out round 35,
# an executive decision notice: "Decision taken by: Executive" over "Date of decision: 15 April
# 2026"): a body decides at its meeting, so the day it decided is the meeting's.
# (A bilingual label read in either language, as "Meeting date:" is: "Dyddiad y penderfyniad /
# Date of decision: 3 June 2026".)
# The date label that names the meeting or hearing it dates ("Date of hearing:", "Meeting
# date:"), of the labels DATE_LINE reads.
# (or the hearing's own label, its date the value: "Hearing: Thursday 13 May 2027, 10.00 am",
# "Hearing held on: ...", "Date heard: ...")
# (or the hearings of several days: "Hearings held on: 12 and 13 April 2027", or the sentence
# without its colon, "Hearings held on 12 and 13 April 2027": the first day's date is read)
_MEETING_DATE_LINE = re.compile(
    r"^\s*(?:(?:DATE\s+OF\s+(?:THE\s+)?(?:MEETING|HEARING)|(?:MEETING|HEARINGS?)(?:\s+DATE|\s+HELD"
    r"(?:\s+ON)?)?|DATE\s+HEARD)\s*:|HEARINGS?\s+HELD\s+ON\b)\s*(.+)$",
    re.I)
DECISION_DATE_LINE = re.compile(r"^\s*(?:date\s+of\s+(?:the\s+)?decision|decision\s+date)\s*:\s*"
                                r"(.+)$", re.I)


def decision_maker_labelled(lines: list[str]) -> dict[str, object]:
    """A decision notice's body by its "Decision maker:" (or "Body:") label, with the date its
    "Meeting date:" label gives, or failing one its "Date of decision:" (a body with neither
    dated is no meeting's)."""
    appointments = any(_APPOINTEE_LINE.match(in_one_language(s, _APPOINTEE_LINE.match, rest=True))
                       for s in lines[:ADDRESS_LINES])
    for s in lines[:ADDRESS_LINES]:
        m = next((m for line in (DECISION_MAKER_LINE, DECIDING_BODY_LINE)
                  if (m := line.match(in_one_language(s, line.match, rest=True)))), None)
        if m is None or (appointments and m.re is DECIDING_BODY_LINE
                         and not m.group(0).lstrip().lower().startswith("decision")):
            continue
        # ("Decisions taken by: The Executive": the body without its article, as a report's
        # "To: The Executive" is read)
        name = _before_next_label(NAME_END.split(m.group("name"))[0]).strip(" ,–-")
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        if (A_PERSON.search(name) or len(name) >= COMMITTEE_NAME_CHARS
                or not (BODY_WORD.search(name) or SOLE_BODY.fullmatch(name))):
            return {}
        # (a label naming the meeting or hearing first: a letter's own "Date: 19 May 2027"
        # beside its reference is the day it was written, not the hearing's)
        # (a body named by the hearing, "Heard by:", is dated by its hearing or decision only:
        # a letter's bare "Date:" is the day it was written)
        heard = m.group(0).lstrip().lower().startswith("heard")
        when = next((d for line in lines[:ADDRESS_LINES]
                     if (dm := _MEETING_DATE_LINE.match(_labelled_half(line)))
                     and (d := find_date(dm.group(1)))), None) or (None if heard else next(
            (d for line in lines[:ADDRESS_LINES]
             if (dm := DATE_LINE.match(_labelled_half(line)))
             and (d := find_date(dm.group(1)))), None)) or next(
            (d for line in lines[:ADDRESS_LINES] if (dm := DECISION_DATE_LINE.match(
                in_one_language(line, DECISION_DATE_LINE.match, rest=True)))
             and (d := find_date(dm.group(1)))), None)
        if when is None:
            return {}
        return {"committee": title_case(name) if name.isupper() else name, "meeting_date": when}
    return {}
