"""The kind of document a heading line names: an "AGENDA" heading, a "MINUTES of a meeting"
line, a report's "From:/To:/Subject:" block or labelled header, a "RECORD OF DECISION", a
notice of determination, a forward plan, a title in large type; and a form a pack encloses
that is no committee paper. The kind is only a hint: ``classify`` weighs it against the
document's own words.

Each kind's headings are read in a module of their own (agenda_headings,
minutes_headings, report_headings, typeset_titles); this one weighs them in turn, with the
decision and forward plan headings and the forms enclosed."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.needles import lowered
from kcc_papers.segment_starts.agenda_headings import AGENDA as AGENDA
from kcc_papers.segment_starts.agenda_headings import COVER_LINES as COVER_LINES
from kcc_papers.segment_starts.agenda_headings import _agenda_kind
from kcc_papers.segment_starts.agenda_headings import _agenda_under_cover as _agenda_under_cover
from kcc_papers.segment_starts.decision_headings import (
    DECISION_NOTICE,
    FORWARD_PLAN_TITLE,
    ISSUE_DETAILS,
    KEY_DECISIONS_NOTICE,
    PROPOSED_RECORD,
    RECORD_OF_DECISION,
)
from kcc_papers.segment_starts.layout import _set_as_heading, in_running_text
from kcc_papers.segment_starts.minutes_headings import BODY_NOTES as BODY_NOTES
from kcc_papers.segment_starts.minutes_headings import MINUTES as MINUTES
from kcc_papers.segment_starts.minutes_headings import MINUTES_CONTINUED as MINUTES_CONTINUED
from kcc_papers.segment_starts.minutes_headings import MINUTES_DATED as MINUTES_DATED
from kcc_papers.segment_starts.minutes_headings import MINUTES_OF_BODY as MINUTES_OF_BODY
from kcc_papers.segment_starts.minutes_headings import _minutes_kind as _minutes_kind
from kcc_papers.segment_starts.minutes_headings import continued_minutes as continued_minutes
from kcc_papers.segment_starts.minutes_headings import in_printed_order as in_printed_order
from kcc_papers.segment_starts.report_headings import REPORT_FROM as REPORT_FROM
from kcc_papers.segment_starts.report_headings import REPORT_FROM_WORDS as REPORT_FROM_WORDS
from kcc_papers.segment_starts.report_headings import SUBJECT as SUBJECT
from kcc_papers.segment_starts.report_headings import _report_kind
from kcc_papers.segment_starts.spaced_notices import spaced_decision_notice, spaced_paper_kind
from kcc_papers.segment_starts.typeset_titles import TYPESET_KINDS as TYPESET_KINDS
from kcc_papers.segment_starts.typeset_titles import _typeset_kind

# A form a pack encloses after a report that is no committee paper itself: it heads its own
# first page (within FORM_TOP lines) and yields no records.
NOT_A_PAPER = re.compile(
    r"^\s*(?:EQIA\s+Submission\s+Form|Equality\s+(?:Impact\s+)?(?:Assessment|Analysis)"
    r"(?:\s+(?:Form|Template))?)\s*$",
    re.I,
)
FORM_TOP = 3
# A heading is a short line: longer, "record of decision" or "agenda" is a sentence using it.
DECISION_HEADING_CHARS = 80

# The kind of a document that is no committee paper (a form a pack encloses); what
# classification calls every document it cannot place, too.
OTHER = "other"

# An appendix's heading ("Appendix A - Performance scorecard", "APPENDIX 1"); a page that
# carries one on ("Appendix 1 (continued)") is no new start.
APPENDIX_HEADING = re.compile(
    r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b(?!.*\bcont(?:inued|\.|d)\b)", re.I)


def _under_appendix(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an appendix's heading stands above line ``i`` on its page ("APPENDIX B" over
    "Equality Impact Assessment"): the line titles an appendix of the paper before, which
    says what it encloses, not a form enclosed after it as a document of its own."""
    idx = flat[i][1]
    return any(APPENDIX_HEADING.match(above.text) for _, _, above in flat[i - idx : i])


def _heading_kind(flat: list[tuple[int, int, Line]], i: int,
                  agenda_heading: int | None = None) -> str | None:
    """The kind of document line ``i`` starts, if it is a heading (``agenda_heading``: the
    line that started the current document, when that is an agenda)."""
    text = flat[i][2].text
    # Every line near the top of every page is asked: the patterns below each need their
    # word in the line ("minute", "decision"), and the lines under it are read only when the
    # line itself may start a heading.
    lower = lowered(text)
    if flat[i][1] < FORM_TOP and NOT_A_PAPER.match(text) and not _under_appendix(flat, i):
        return OTHER
    return (_typeset_kind(flat, i, agenda_heading, lower)
            or _decision_or_plan_kind(flat, i, text, lower)
            or ("decision" if spaced_decision_notice(flat, i) else None)
            or spaced_paper_kind(flat, i)
            or _minutes_kind(flat, i, agenda_heading, text, lower)
            or _agenda_kind(flat, i)
            or _report_kind(flat, i, text))


def _decision_or_plan_kind(flat: list[tuple[int, int, Line]], i: int, text: str,
                           lower: str) -> str | None:
    """The kind "decision" for a record of decision or a decision notice set as a heading,
    "forward_plan" for an issue's details or a forward plan's title."""
    if ("decision" in lower and RECORD_OF_DECISION.search(text)
            and len(text) < DECISION_HEADING_CHARS):
        # a proposed record under an appendix's heading is the decision its report proposes,
        # a part of the report: no decision taken
        proposed = "proposed" in lower and PROPOSED_RECORD.search(text)
        return None if proposed and _under_appendix(flat, i) else "decision"
    if "notice" in lower and KEY_DECISIONS_NOTICE.match(text) and _set_as_heading(flat, i):
        return "forward_plan"
    # (in either language of a bilingual heading: "DECISION NOTICE / HYSBYSIAD O BENDERFYNIAD")
    if ("notice" in lower and any(DECISION_NOTICE.match(half) for half in halves(text))
            and _set_as_heading(flat, i)):
        return "decision"
    if ISSUE_DETAILS.match(text):
        return "forward_plan"
    # (in either language of a bilingual title: "RHAGLEN WAITH Y CABINET / CABINET FORWARD
    # WORK PROGRAMME")
    # (not a sentence's line that a plan's name opens: "... will be included in the" /
    # "Procurement Forward Plan 2028/29; the incumbent supplier may bid.")
    if ("forward" in lower and any(FORWARD_PLAN_TITLE.match(half) for half in halves(text))
            and _set_as_heading(flat, i) and not in_running_text(flat, i)):
        return "forward_plan"
    return None
