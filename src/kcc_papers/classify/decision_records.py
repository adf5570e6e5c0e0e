"""Whether a paper is a decision's record or a report to a meeting, read from the clues the
kinds' scores cannot weigh: a report whose decision maker signed his assent to it is the
decision's record; a paper headed as a record of decisions but addressed to a dated meeting
with a recommendation is a report."""

from __future__ import annotations

import re

from kcc_papers.classify.clues import BODY_NAMED, DECISION_LABEL
from kcc_papers.classify.headers import RECOMMEND
from kcc_papers.normalise.dates import find_date

# A report to one decision maker (a cabinet member, an officer) that he has signed his assent
# to ("I agree the recommendation set out in paragraph 2.1", "I approve the recommendations"):
# the decision taken, its report its record, not a paper still to be decided.
SIGNED_ASSENT = re.compile(
    r"^[ \t]*I[ \t]+(?:agree|approve)[ \t]+(?:(?:with|to)[ \t]+)?(?:(?:the|all|each\s+of\s+the)"
    r"[ \t]+)?recommendations?\b", re.I | re.M)
# ... signed: a signature's label ("Signed:", "Signature") within this many lines after it (a
# consultation's answer quoted in an appendix, "I agree with the recommendations, but ...",
# opens its line the same way and is signed by nobody)
SIGNATURE_LABEL = re.compile(r"^[^\S\n]*(?:Signed|Signature)\b", re.I | re.M)
ASSENT_SIGNATURE_LINES = 4
# ... of lines no longer in all than these characters (a window, not the text's rest, each time)
ASSENT_SIGNATURE_CHARS = 800


# A paper's address to the meeting it goes before, labelled: "Report to: Council, 14 July
# 2027" (the line's body and date are read apart, see ``_addressed_to_meeting``).
REPORT_TO_LABEL = re.compile(r"^[^\S\n]*Report[^\S\n]+to[^\S\n]*:[^\n]*", re.I | re.M)
# A report's section heading "Recommendation(s)", numbered or not ("2. Recommendation").
RECOMMENDATION_HEADING = re.compile(
    r"^[^\S\n]*(?:\d+(?:\.\d+)?\.?[^\S\n]+)?Recommendations?[^\S\n]*$", re.I | re.M)
# A record's own decision under its heading, "Decision" alone on its line (numbered or not):
# a decision notice or a cabinet member's record prints the report's address and its
# recommendation above it ("Decisions taken" heads a report's account of others' decisions).
DECISION_HEADING = re.compile(
    r"^[^\S\n]*(?:\d+(?:\.\d+)?\.?[^\S\n]+)?Decision[^\S\n]*$", re.I | re.M)


def _addressed_to_meeting(head: str) -> bool:
    """Whether a paper headed as a record of decisions is a report to a meeting: its header
    addresses a body's dated meeting ("Report to: Council, 14 July 2027") and it recommends
    what the meeting does ("That the urgent decisions set out in paragraph 3.1 be noted").
    Decisions taken elsewhere (by an officer under urgency) reported so are its subject, and
    the meeting's decision is its recommendation's. A record that prints its own decision
    under the report's address and recommendation (a decision notice, a cabinet member's
    signed record) is a decision still."""
    if DECISION_HEADING.search(head) or DECISION_LABEL.search(head) or _signed_assent(head):
        return False
    return bool(RECOMMEND.search(head) or RECOMMENDATION_HEADING.search(head)) and any(
        BODY_NAMED.search(m.group(0)) and find_date(m.group(0))
        for m in (*REPORT_TO_LABEL.finditer(head), *MEETING_OVER_REPORT_OF.finditer(head)))


# Or the meeting named on a line of the paper's head with its date, a report's author under
# it, as a panel's pack heads each paper: "THORNVALE POLICE AND CRIME PANEL - 5 FEBRUARY
# 2026" over the title and "Report of the Chief Executive" (the line's body and date read as
# REPORT_TO_LABEL's; only the line before the title and author is taken).
MEETING_OVER_REPORT_OF = re.compile(
    # (the line whole from its start: blanks before it matched apart from the rest were tried
    # at every split of a long run of blanks, quadratic)
    r"^[^\n]*\d{4}[^\S\n]*$(?=(?:\n[^\n]*){1,2}\n[^\S\n]*Report[^\S\n]+(?:of|by)\b)",
    re.I | re.M)


def _signed_assent(text: str) -> bool:
    """Whether the decision maker signed his assent to the report's recommendations (see
    SIGNED_ASSENT, SIGNATURE_LABEL)."""
    for m in SIGNED_ASSENT.finditer(text):
        after = text[m.end() : m.end() + ASSENT_SIGNATURE_CHARS].split("\n")
        if SIGNATURE_LABEL.search("\n".join(after[: ASSENT_SIGNATURE_LINES + 1])):
            return True
    return False

