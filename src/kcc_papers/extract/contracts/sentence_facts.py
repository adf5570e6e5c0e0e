"""The term, extension options and dates a sentence about one contract gives its
row (``_sentence_facts``), and the date that opens a text (``_date_after``: the end date after
"expires on", the start after "commencing"), which the providers' reading uses too."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.fields import extension, term_years
from kcc_papers.normalise.dates import find_date, parse_date_range, parse_partial_date

# A date "opens" a text when its year is printed within the first DATE_YEAR_WITHIN characters
# of DATE_HEAD_CHARS read.
DATE_HEAD_CHARS = 40
DATE_YEAR_WITHIN = 25

TERM_IN_SENTENCE = re.compile(
    r"\bfor\s+(?:a|an\s+initial)\s+(?:period|term)\s+of\s+[^.;,]{1,20}?\b(?:years?|months?)\b|"
    r"\bterm\s+(?:is|of|will\s+be)\s+[^.;,]{1,20}?\b(?:years?|months?)\b|"
    r"\bfor\s+(?:a\s+further\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:years?|months?)\b(?!\s+(?:from|to|until|ago))|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]years?\s+"
    r"(?:(?!(?:and|or)\s+(?:the|a|an|this|that)\b)\w+\s+){0,4}?contract\b|\b\d+[\s-]years?\s+(?:contract\s+)?term\b",
    re.I,
)
END_IN_SENTENCE = re.compile(r"\b(?:until|expir(?:es|ing)\s+on|ends?\s+on|ending\s+on)\s+", re.I)
START_IN_SENTENCE = re.compile(
    r"\b(?:commencing|starting|start\s+date\s+of|from|started|commenced|began)\s+(?:on\s+)?",
    re.I,
)
MONTH_YEAR = re.compile(
    r"^(?:in\s+|by\s+)?((?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:19|20)\d\d)\b"
)


def _date_after(text: str) -> str | None:
    """The date that opens ``text`` ("31 March 2026", "March 2024"), at printed precision."""
    head = text[:DATE_HEAD_CHARS]
    m = MONTH_YEAR.match(head)
    d = find_date(head)
    if d and head.find(str(d.year)) < DATE_YEAR_WITHIN:
        return d.isoformat()
    if m:
        partial = parse_partial_date(m.group(1))
        return partial.iso() if partial else None
    return None


def _sentence_facts(draft: Draft, sentence: str) -> None:
    """Term, extension and dates a one-contract sentence gives."""
    m = TERM_IN_SENTENCE.search(sentence)
    if m and draft.term_years is None:
        draft.term_years = term_years(m.group(0))
    draft.extension_options = draft.extension_options or extension(sentence)
    period = re.search(r"\bfrom\s+(.{6,40}?\s+(?:to|until)\s+.{4,25}?(?:19|20)\d\d)\b", sentence)
    r = parse_date_range(period.group(1)) if period else None
    if r and r.start and draft.start_date is None:
        draft.start_date = r.start.iso()
    if r and r.end and draft.end_date is None:
        draft.end_date = r.end.iso()
    for cue, attr in ((END_IN_SENTENCE, "end_date"), (START_IN_SENTENCE, "start_date")):
        found = cue.search(sentence)
        if found and getattr(draft, attr) is None:
            setattr(draft, attr, _date_after(sentence[found.end() :]))
