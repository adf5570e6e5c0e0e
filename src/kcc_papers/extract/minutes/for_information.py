"""Business laid before a meeting as a list for its information: "The Board received the
following reports for information: ...", "The Committee received the following updates, for
noting:", "The Committee was advised of the following decisions of the Cabinet, for noting:",
"The following decisions of the Cabinet were reported for information:". The list is others'
acts or papers the body was told of (the set's convention: previous decisions and others' acts
given for information are no decisions), in minutes that print RESOLVED and in those that never
do; its entries ("(a) The Joint Scrutiny Board agreed its work programme") are not the body's
own sentences either. What the body then does with the list in a sentence of its own ("The
Board agreed to ...", "RESOLVED that the updates be noted") decides, as any such sentence does.
One check, shared by the readers of noting sentences (noted) and of received business
(received_business)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.resolution_marks import _LIST_ITEM
from kcc_papers.normalise.textclean import strip_bullet

# The body's own act on what it received, after the receiving verb in its sentence:
# "received the report and agreed to ...", "received the update, noted the risks and ..."
# (or took it as its own: "received and adopted the annual governance statement", "received
# and accepted the resignation of Councillor A"; or sent it on, or set work by it: "received
# the petition and referred it to Council", "... and instructed the Clerk to write", "... and
# requested a further report"; or the act in a clause after: "received the report, which was
# noted").
_DECIDING = (r"(?:noted|agreed|endorsed|approved|resolved|deferred|declined|refused|rejected|"
             r"recommended|adopted|accepted|ratified|referred|delegated|authori[sz]ed|"
             r"instructed|requested|supported)")
ACTS_AFTER = re.compile(rf"(?:\band|,)\s+(?:(?:also|then|further)\s+)?{_DECIDING}\b"
                        r"|,\s+which\s+(?:was|were)\s+(?:duly\s+)?(?:noted|agreed|approved|"
                        r"accepted|adopted|endorsed)\b")

# The words saying what was laid is for the meeting's information, after it or put first:
# "... updates from the constituent councils, for information:", "received, for information,
# the following ...", "... for members' information", "..., for noting:".
_FOR_INFORMATION = re.compile(
    r"\bfor\s+(?:(?:members['’]?|the\s+\w+['’]s)\s+)?(?:information|noting)\b", re.I)
# The colon before the list (a time's, "10:30", is none).
_LIST_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# The clause before the colon has the body given the list, by its name (up to so many words)
# or by what was laid as the subject: "The Board received ...", "The Committee was advised of
# ...", "The Panel was presented with ...", "The following decisions of the Cabinet were
# reported ..." (not the body deciding on it: "AGREED to note the updates listed below:",
# "RESOLVED that the following be noted:", "The Panel noted the following ..." stay its own).
_GIVEN = re.compile(
    # (none of the subject's words the body's own act: "The Committee noted the reports
    # received for information:" notes them)
    rf"^(?:The\s+)?(?:(?!(?i:{_DECIDING})\b)[\w&,'’()-]+\s+){{0,10}}?"
    r"(?:received|had\s+before\s+it|(?:was|were|had\s+been)\s+(?:duly\s+)?(?:received|"
    r"informed|advised|notified|updated|provided|presented|sent|copied|given|reported|"
    r"submitted|circulated|tabled|made\s+aware))\b")


def listed_for_information(sentence: str) -> bool:
    """Whether ``sentence`` opens on the body given a list for its information: a clause
    before a colon that has it receive or be told of what follows (_GIVEN) and says it is for
    information or noting (_FOR_INFORMATION), no act of the body's own in that clause
    (ACTS_AFTER: "received the updates and agreed the following:" decides)."""
    colon = _LIST_COLON.search(sentence)
    if colon is None:
        return False
    clause = sentence[: colon.start()].strip()
    head = _GIVEN.match(clause)
    return (head is not None and _FOR_INFORMATION.search(clause) is not None
            and not ACTS_AFTER.search(clause, head.end()))


def listed_entry(line: str) -> bool:
    """Whether ``line`` is an entry of a list (its bullet or its letter first)."""
    return strip_bullet(line) != line.strip() or bool(_LIST_ITEM.match(line))


def given_for_information(texts: list[str]) -> set[int]:
    """The lines of a minute that lay a list before it for information: each head
    (listed_for_information, over the lines it wraps on), each entry under it, and the lines an
    entry wraps onto, up to the first line that starts a paragraph of its own (the body's
    sentence after the list)."""
    out: set[int] = set()
    under = False
    for i, text in enumerate(texts):
        if under and (listed_entry(text) or not texts[i - 1].rstrip().endswith((".", ";", ":"))):
            out.add(i)
            continue
        # (the head may wrap: its colon ends the line that closes it)
        start = _head_start(texts, i)
        under = text.rstrip().endswith(":") and listed_for_information(
            " ".join(t.strip() for t in texts[start : i + 1]))
        if under:
            out.update(range(start, i + 1))
    return out


# A list's head runs back over so many lines at most (a clause wrapped in a narrow column).
_HEAD_LINES = 3


def _head_start(texts: list[str], end: int) -> int:
    """The first line of the clause ending on line ``end``: the line after the last that
    closed a sentence, at most _HEAD_LINES back."""
    start = end
    while (start > 0 and end - start < _HEAD_LINES - 1
           and not texts[start - 1].rstrip().endswith((".", ";", ":"))):
        start -= 1
    return start
