"""A list of a body's decisions titled so: its title names whose decisions they are ("High
Street Fund Grants Panel: Decisions", "Decisions - Cabinet, Monday 23rd February 2026",
"Notice of Decisions of the Leader"), its items each a numbered heading over the decision.

The title lines a paper's kind is weighed from reach down past such a title into the list's
first items, whose subjects ("Corporate Performance Report - Quarter 3", "Digital Inclusion
Strategy") say what each decision is about, not what the paper is: ``title_above_items`` keeps
the title lines above the list's first numbered item."""

from __future__ import annotations

import re

# A body's name as a title prints it: a few capitalised words ending in the kind of body.
# (its words perhaps joined by "and", "of" or "&": "Commercial and Income Committee"; or
# listed with commas before the "and": "Audit, Standards and Governance Committee")
_BODY = (r"(?:(?:[A-Z][\w&'’-]*,?|and|of|&)[^\S\n]+){0,7}?(?i:Committee|Sub-Committee|Cabinet|"
         r"Council|Board|Panel|Executive|Forum|Authority|Commission)")
# A meeting's date as such a title prints it, perhaps after its weekday ("Monday 23rd February
# 2026", "4 March 2026").
_DATE = r"(?:\w+day,?[^\S\n]+)?\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[A-Za-z]+,?[^\S\n]+\d{4}"
# The title line of a body's list of decisions, the whole line: the body then "Decisions" set
# apart by a colon or a dash ("High Street Fund Grants Panel: Decisions", "Licensing
# Committee - decisions"; perhaps of the meeting's date: "Grants Panel: decisions of 12
# October 2027"), or "Decisions" set apart before the body and the meeting's date
# ("Decisions - Cabinet, Monday 23rd February 2026", "Decisions: Planning Committee - 4 March
# 2027"). A report's sentence about a body's decisions has neither stop.
DECISIONS_TITLE = re.compile(
    rf"^[^\S\n]*(?:{_BODY}[^\S\n]*[:–—-][^\S\n]*(?i:decisions)"
    rf"(?:[^\S\n]+(?i:of|on)[^\S\n]+{_DATE})?"
    rf"|(?i:decisions)[^\S\n]*[:–—-][^\S\n]*(?:the[^\S\n]+)?{_BODY}[^\S\n]*[,:–—-]?[^\S\n]*"
    rf"{_DATE})[^\S\n]*$", re.M)
# ... or ModernGov's heading of a meeting's decisions page, naming the meeting after "for":
# "Decisions published for Cabinet on Wednesday, 6 December 2027", "Decisions published for
# Environment and Communities Committee, Tuesday 13 March 2029, 6.00 pm", "... for the meeting
# of Shareholder Board on Tuesday, 21st January, 2031, 10.00 am" (the meeting's time perhaps
# after its date). A sentence saying when decisions were published ("Decisions published on
# 15 March 2029 ...") names no body after "for".
# (or without "published", the page's heading naming the meeting as plainly: "Decisions for
# Cabinet, Monday, 13th December, 2027, 5.30 pm"; the whole line is still the body and its
# meeting's date, which no sentence about decisions is)
_TIME = r"\d{1,2}(?:[.:]\d{2})?[^\S\n]*(?:am|pm|a\.m\.|p\.m\.)"
DECISIONS_PUBLISHED_FOR = re.compile(
    rf"^[^\S\n]*(?i:decisions[^\S\n]+(?:published[^\S\n]+)?for[^\S\n]+"
    rf"(?:the[^\S\n]+meeting[^\S\n]+of[^\S\n]+)?(?:the[^\S\n]+)?)"
    # (the date perhaps wrapped onto the heading's next line)
    # (or "held on" the date, "meeting" perhaps before it: "Decisions for Licensing
    # Sub-Committee held on Tuesday, 7th March, 2028", "... Cabinet meeting on ...")
    rf"{_BODY}[^\S\n]*(?:,|[–—-]|(?i:[^\S\n]meeting)?(?i:[^\S\n]held)?[^\S\n](?i:on))"
    rf"[^\S\n]*\n?[^\S\n]*{_DATE}"
    rf"(?:[^\S\n]*,?[^\S\n]+(?i:at[^\S\n]+)?(?i:{_TIME}))?[^\S\n]*$", re.M)
# ... or a notice naming itself a notice or record of decisions, whose ever they are
# ("NOTICE OF DECISIONS OF THE LEADER OF THE COUNCIL", "Record of Cabinet Decisions").
_LIST_NAMED = re.compile(
    r"^[^\S\n]*(?:Notice|Record|Schedule)[^\S\n]+of[^\S\n]+(?:[\w-]+[^\S\n]+)?Decisions\b",
    re.I | re.M)
# ... or a page titled "Decisions" alone, its heading line (a council's web page of a meeting's
# decisions: "Decisions" over the meeting's name and date, each item's "Decision:" under its
# heading). A report's own "Decisions" heading is within its body, never its title.
# The title may be set off by a few marks either side that are no words ("❖ Decisions ❖",
# "— Decisions —", "*** DECISIONS ***") or end in a colon over the meeting ("Decisions:"): a
# page's decoration, the title's word the same.
# (at most a short run of them: a longer rule of dashes or stars is a line, no decoration)
MAX_TITLE_MARKS = 6
TITLE_MARKS = rf"[^\w\s]{{1,{MAX_TITLE_MARKS}}}"
DECISIONS_ALONE = re.compile(
    rf"^[^\S\n]*(?:{TITLE_MARKS}[^\S\n]*)?(?i:decisions)(?:[^\S\n]*{TITLE_MARKS})?[^\S\n]*$",
    re.M)
# ... and such a title over the line naming its meeting, the body and its date ("Decisions"
# over "Licensing Committee, Monday 3 April 2028"): the page says whose meeting's decisions it
# lists, so one item's "Decision" heading is the list's (a report's own "Decision" section
# sits under the report's subject, never under a title "Decisions" over a meeting).
DECISIONS_OVER_MEETING = re.compile(
    rf"{DECISIONS_ALONE.pattern[:-1]}\n(?:[^\S\n]*\n)*[^\S\n]*(?:the[^\S\n]+)?{_BODY}"
    rf"[^\S\n]*[,:–—-]?[^\S\n]*{_DATE}[^\S\n]*$", re.M)
# A numbered item of the list: "6. Award of School Catering Contract", "Decision No. 1 -
# Appointment to Outside Bodies", "Item 4: ...".
_NUMBERED_ITEM = re.compile(
    r"^[^\S\n]*(?:\d{1,3}[.)]|(?:Decision|Item)[^\S\n]+(?:No\.?[^\S\n]*)?\d{1,3}[^\S\n]*[:.–-])"
    r"[^\S\n]+[A-Z]", re.I)


def title_above_items(title: str) -> str:
    """The title lines of a list of decisions titled so, up to its first numbered item; any
    other paper's as they are."""
    lines = title.splitlines()
    first = next((n for n, line in enumerate(lines) if _NUMBERED_ITEM.match(line)), None)
    if not first:
        return title  # (no item, or one opening the title: its title is its item's)
    above = "\n".join(lines[:first])
    if any(named.search(above) for named in (DECISIONS_TITLE, _LIST_NAMED, DECISIONS_ALONE,
                                             DECISIONS_PUBLISHED_FOR)):
        return above
    return title
