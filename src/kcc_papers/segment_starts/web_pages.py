"""The kind of a ModernGov web page, by its page heading: an "Agenda and minutes" page whose
items hold no minutes yet is the agenda, an issue's page that prints the decision taken is
that decision, an agenda item's page that prints none yet is the item's report."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise import moderngov

# An agenda item's minutes on a ModernGov page ("Minutes:"): the meeting has been held.
AGENDA_ITEM_MINUTES = re.compile(r"^\s*Minutes\s*:", re.M)


def _page_kind(page: str, flat: list[tuple[int, int, Line]]) -> str:
    """The kind of a ModernGov page; an "Agenda and (draft) minutes" page whose items hold no
    "Minutes:" yet is the agenda, and an issue's page that prints the decision taken is that
    decision (a forward plan's entry says only what is to be decided, and when)."""
    if page == "agenda_and_minutes" and not any(
            AGENDA_ITEM_MINUTES.match(line.text) for _, _, line in flat):
        return "agenda"
    if page == "issue_details" and _decision_printed([line.text for _, _, line in flat]):
        return "decision"
    if page == "agenda_item" and not _decided([line.text for _, _, line in flat]):
        # an item's page before its meeting prints the item's report, not yet its decision
        return "report"
    return moderngov.PAGE_KINDS[page]


def _decided(texts: list[str]) -> bool:
    """Whether an agenda item's page prints what its meeting decided: the item's "Minutes:"
    or its "Decision:" (the meeting held)."""
    return any(AGENDA_ITEM_MINUTES.match(t) for t in texts) or _decision_printed(texts)


# An issue page's "Decision:" label, its text on the line or the next (or "Decision" alone
# on its line, a CMIS issue page's section heading over the decision's text); and its
# "Decision status:" when it says the decision is still to come.
DECISION_LABEL = re.compile(r"^\s*Decision\s*(?::\s*(?P<text>.*)|$)", re.I)
PENDING_STATUS = re.compile(
    r"^\s*Decision\s+status\s*:.*\b(?:pending|for\s+determination|not\s+yet|deferred|"
    r"withdrawn|abandoned|called\s+in)\b", re.I)
# A decision's text is a sentence, not a one-word value ("Decision: Key").
DECISION_TEXT_WORDS = 4
# A field of the page's own ("Decision maker: Cabinet Member for ..."): under a bare "Decision"
# heading it is what the section groups (who decides, and when), not the decision's words; a
# resolution's own label ("Cabinet RESOLVED: That ...") is the decision's.
FIELD_LABEL = re.compile(
    r"^\s*(?![^:]*\b(?i:resolved|agreed|decided)\b)[A-Z][\w /]{2,40}:\s*\S")


def _decision_printed(texts: list[str]) -> bool:
    """Whether an issue's page prints the decision taken: a "Decision:" label over the words
    of the decision, and no status saying it is yet to be taken."""
    if any(PENDING_STATUS.match(t) for t in texts):
        return False
    for n, text in enumerate(texts):
        label = DECISION_LABEL.match(text)
        if not label:
            continue
        if _decision_words(label.group("text"), texts[n + 1] if n + 1 < len(texts) else ""):
            return True
    return False


def _decision_words(on_line: str | None, after: str) -> bool:
    """Whether a "Decision:" label (``on_line`` its text, None for a bare heading) or the
    line after it holds a decision's words; a bare heading's next line a field label holds
    none."""
    if on_line is None and FIELD_LABEL.match(after):
        return False
    words = (on_line or "").strip() or after.strip()
    return len(words.split()) >= DECISION_TEXT_WORDS or words.endswith(":")
