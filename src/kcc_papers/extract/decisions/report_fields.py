"""What a report's masthead says about the decision it asks for: who decides ("To: Cabinet – 30
January 2025", "COMMITTEE:"), its decision number, whether it is a key decision and why, and
the lead officer ("From:", "Executive Director lead:")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kcc_papers.extract.decisions.fields import (
    DECISION_NUMBER,
    first_person,
    key_decision,
    label_patterns,
    labelled,
)
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.needles import holds_any

# A report's labelled masthead is within its first HEAD_LINES lines; its date, when no label
# names it, on a short line (at most DATE_LINE_CHARS) among the first DATE_LINES.
HEAD_LINES = 60
DATE_LINES = 12
DATE_LINE_CHARS = 40
# The masthead's committee stands for "the Committee" of a recommendation unless it ran on.
MAX_BODY_CHARS = 120
# An "Agenda Item 5" stamp is a short line of its own, not a sentence citing an item.
STAMP_LINE_CHARS = 40
# An agenda entry is the report's when this share of the longer title's words is in both.
SAME_TITLE_SHARE = 0.5
_LABELS = {
    "from": r"(?:From|By)(?=\s*:)",
    "to": r"To(?=\s*:)|REPORT\s+TO|Meeting(?=\s*:)",
    "committee": r"(?:COMMITTEE|Decision\s+maker)(?=\s*:)",
    "date": r"(?:DATE|Date\s+of\s+meeting|Meeting\s+date)(?=\s*:)",
    "number": r"Decision\s+(?:no|number|ref(?:erence)?)\.?",
    "key": r"KEY\s+OR\s+NON-KEY\s+DECISION|Key\s+Decision(?:\s+No(?=\s*:))?|"
    r"Is\s+(?:this\s+|it\s+)?a\s+Key\s+Decision",
    "subject": r"Subject|TITLE|Report\s+title",
    "lead": r"Executive\s+Director\s+lead|Lead\s+(?:officer|director)|RESPONSIBLE\s+OFFICER|"
    r"Report\s+Author|(?:Contact|Lead)\s+Officer",
    "classification": r"Classification",
    "summary": r"Summary|Purpose\s+of\s+Report|PURPOSE(?=\s*:)",
    "division": r"Electoral\s+Division|(?:Ward\(s\)|Wards?)(?=\s*:)",
    "past": r"Past\s+Pathway",
    "future": r"Future\s+Pathway",
    "callin": r"Is\s+the\s+decision\s+eligible",
    "presenter": r"Officer\s+presenting",
    "chair": r"Committee\s+Chair",
    "origin": r"Proposal\s+origin",
    # District templates: labels that end the "Subject:" above them.
    "report_of": r"Report\s+(?:of|by)(?=\s*:)",
    "portfolio": r"Portfolio(?:\s+Holder)?(?=\s*:)|(?:Cabinet|Lead)\s+Member(?=\s*:)",
    "status": r"(?:Report\s+)?Status(?=\s*:)|Exempt(?:\s+information)?(?=\s*:)",
}
_FIELDS = label_patterns(_LABELS)
_KEY_BECAUSE = re.compile(r"This\s+is\s+a\s+Key\s+Decision\s+because\s*:?\s*(?P<why>[^…\n]+)", re.I)
_ASKED = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][^:]{1,120}?)\s+(?:is|are)\s+"
    r"(?:asked|recommended|requested|invited)\s+to\b"
)
_THAT = re.compile(
    r"^That\s+(?:the\s+)?(?P<who>[A-Z][\w&’' ,-]{1,100}?)\s*"
    r"(?::|\b(?:Agree|Approve|Note|Endorse)s?\b|$)"
)
_RECOMMENDED_THAT = re.compile(
    r"recommended\s+that\s+(?:the\s+)?(?P<who>[A-Z][\w&’' -]{1,80}?)\s*"
    r"(?::|\b(?:agrees?|approves?|notes?|endorses?|considers?)\b|$)",
    re.I,
)
# _AUDIENCE_END never opens inside a run of spaces: a match from there would have started at the
# run's first space, so none is lost, and a long run with nothing wanted after it is read once,
# not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
_AUDIENCE_END = re.compile(
    _OUTSIDE_SPACES + r"(?:"
    r"\s+[-–]\s*|\s*[-–]\s*(?=\d)|\s*,\s*(?=\d)|\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})"
    r")"
)
_STAMP = re.compile(r"\bAgenda\s+Item\s+(?:No\.?\s*)?([A-Z]?\d{1,3}[a-z]?)\b", re.I)
STAMP_WORDS = ("agenda",)  # in every stamp, in any case


@dataclass(slots=True)
class ReportFields:
    decision_number: str | None
    decision_date: dt.date | None
    audience: str | None
    key_decision: bool | None
    key_reason: str | None
    lead_officer: str | None
    subject: str | None = None


def report_fields(lines: list[str]) -> ReportFields:
    head = lines[:HEAD_LINES]
    f = labelled(head, _FIELDS)
    number = DECISION_NUMBER.search(f.get("number", ""))
    key, reason = key_decision(f.get("key"))
    because = _KEY_BECAUSE.search("\n".join(lines))
    if because:
        key, reason = True, because.group("why").strip(" ;.…")
    to = f.get("committee") or f.get("to") or ""
    # A masthead without a "Date:" label still prints the meeting ("CABINET / 16 APRIL 2012").
    date = (
        find_date(f.get("date", ""))
        or find_date(to)
        or find_date("\n".join(t for t in lines[:DATE_LINES] if len(t) < DATE_LINE_CHARS))
    )
    # "Cabinet – 30 January 2025", "Cabinet, 30 January 2025", "... Committee 22 April 2015"
    audience = _AUDIENCE_END.split(to, maxsplit=1)[0].strip() or None
    lead = f.get("lead")
    lead_officer = first_person(f.get("from")) or first_person(lead)
    return ReportFields(
        decision_number=number.group(1) if number else None,
        decision_date=date,
        audience=audience,
        key_decision=key,
        key_reason=reason,
        lead_officer=lead_officer or None,
        subject=f.get("subject") or None,
    )


def decision_maker(recommendation: str, fallback: str | None) -> str | None:
    """Who the recommendation asks: "Cabinet is asked to" -> "Cabinet"."""
    first = recommendation.splitlines()[0] if recommendation else ""
    m = _ASKED.match(first) or _THAT.match(first) or _RECOMMENDED_THAT.search(first)
    if not m:
        return fallback
    who = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", m.group("who")).strip(" ,"), flags=re.I)
    # "The Cabinet Committee is asked to" a report "To: Policy and Resources Cabinet Committee":
    # the masthead names the same body in full.
    if fallback and who.lower() in fallback.lower() and len(fallback) < MAX_BODY_CHARS:
        return re.sub(r"^the\s+", "", fallback, flags=re.I)
    return who


def agenda_stamp(lines: list[str]) -> str | None:
    """The item number stamped on a report in a pack ("Page 1 Agenda Item 7")."""
    for line in lines:
        # the cheap tests first: most lines are long or print no "agenda"
        if len(line) >= STAMP_LINE_CHARS or not holds_any(line, STAMP_WORDS):
            continue
        m = _STAMP.search(line)
        if m:
            return m.group(1).upper()
    return None


# An agenda entry with its pages: "B1 Renewal Of Microsoft Enterprise Agreements (Pages 19 - 22)".
_AGENDA_ENTRY = re.compile(
    r"^[-•\s]*(?P<ref>[A-Z]\d{1,2}|\d{1,2}[a-z]?)\.?\s+(?P<title>.+?)\s*\(Pages?\s+\d+"
)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "by",
        "with",
        "from",
        "update",
        "report",
    ]
)


def agenda_item_for(
    title: str | None, pack_lines: list[str], other_titles: list[str] | None = None
) -> str | None:
    """The agenda item of a pack whose title is the report's own ("Subject:") title. An entry
    that another document of the pack matches better is not this report's."""
    if not title or not _words(title):
        return None
    others = [_words(t) for t in other_titles or [] if t and t != title]
    best: tuple[float, str | None] = (0.0, None)
    for line in pack_lines:
        m = _AGENDA_ENTRY.match(line)
        if not m:
            continue
        have = _words(m.group("title"))
        score = _overlap(_words(title), have)
        if score <= best[0] or any(_overlap(o, have) > score for o in others):
            continue
        best = (score, m.group("ref").upper())
    return best[1] if best[0] >= SAME_TITLE_SHARE else None


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS}
