"""A numbered heading set in bold and run in to its minute's text on one line ("48. Budget
Monitoring 2026/27 - Quarter 2. The Committee considered ..." with the heading alone in bold):
the bold run-in (``Line.lead``) is the whole heading. Read from the words alone, its title
would end at the first break that looks like one (a dash before "Quarter 2. The ..."); the
type says where the heading ends."""

from __future__ import annotations

from kcc_papers.extract.minutes.candidates import Candidate
from kcc_papers.extract.minutes.patterns import NUM_FIRST, tidy_title

# The stops a run-in heading ends on before its text ("Minutes." / "Minutes:" / "Minutes -").
_RUN_IN_ENDS = (".", ":", "-", "–", "—")
# The fewest words of a minute's text run in after a lead that ends on no stop.
_TEXT_WORDS = 4


def heading_from_lead(candidate: Candidate, text: str, lead: str | None) -> None:
    """Set ``candidate``'s title and run-in text from its line's bold lead, where the line
    opens with the lead, goes on past it, and the lead is the heading of the candidate's own
    number ending on a stop; else leave it as read."""
    if not lead or candidate.number is None or candidate.title_lines != 1:
        return
    lead = lead.strip()
    if not text.startswith(lead):
        return
    rest = text[len(lead):].strip()
    if not lead.endswith(_RUN_IN_ENDS) and not _text_runs_on(rest):
        return
    heading = NUM_FIRST.match(lead)
    if not rest or heading is None or int(heading.group("num")) != candidate.number:
        return
    title = tidy_title(heading.group("title").rstrip("".join(_RUN_IN_ENDS) + " "))
    if title:
        candidate.title, candidate.inline_body, candidate.titleish = title, rest, True


def _text_runs_on(rest: str) -> bool:
    """Whether the regular type after a lead that ends on no stop ("11. Apologies for
    Absence" in bold, then "Apologies were received from ...") is a minute's text: words
    opening a sentence, more than a title's few, not a bracket's note or a page's link."""
    return rest[:1].isupper() and len(rest.split()) >= _TEXT_WORDS
