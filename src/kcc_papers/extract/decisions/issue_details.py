"""ModernGov's "Issue details" (forward plan) and "Decision details" pages (Decision type,
Reason Key, Decision status, Decision due ... by Cabinet, Lead director, Department), and a
page listing several decisions, each under its "Decision maker:" label."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.block_end import join_items
from kcc_papers.extract.decisions.fields import (
    DECISION_NUMBER,
    first_person,
    key_decision,
    label_patterns,
    labelled,
    labelled_lines,
)
from kcc_papers.extract.decisions.notices import Notice
from kcc_papers.extract.decisions.numbered_decisions import numbered_parts
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves, label_halves
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.textclean import join_lines

_ISSUE_LABELS = {
    "type": r"Decision\s+type",
    "key": r"Is\s+key\s+decision|Key\s+decision",
    "reason": r"Reason\s+Key",
    "status": r"Decision\s+status|Status",
    "published": r"Notice\s+of\s+proposed\s+decision\s+first\s+published",
    "restriction": r"Anticipated\s+restriction|Restriction",
    "due": r"Decision\s+due",
    "maker": r"Decision\s+maker",
    "date": r"Date\s+of\s+decision",
    # ("Made at meeting:" on a meeting's page of decisions)
    "meeting": r"(?:Decided|Made)\s+at\s+meeting",
    "callin": r"Is\s+subject\s+to\s+call\s+in",
    "purpose": r"Purpose",
    "alternatives": r"Alternative\s+options\s+considered",
    "interests": r"Interests\s+and\s+Nature\s+of\s+Interests\s+Declared",
    "publication": r"Publication\s+date",
    "effective": r"Effective\s+from",
    "accompanying": r"Accompanying\s+Documents",
    "lead": r"Lead\s+(?:director|officer|member)s?",
    "department": r"Department|Directorate",
    "contact": r"Contact",
    # (a decision sheet's "Decision Made:")
    "decision": r"Decision(?:\s+(?:made|taken))?(?=\s*:)",
    # ... or "Decision" alone on its line, a CMIS issue page's section heading over what was
    # decided ("Purpose", "Decision", "Reasons for the decision" each a heading, no colon);
    # capitalised as a heading is: a table's "Key decision" column name wrapped over two
    # lines leaves "decision" alone on its line (r22g's procurement forward plan)
    "decision_heading": r"(?-i:D)ecision(?=\s*$)",
    # A bare "RESOLVED:" ends the field above it (read by _resolved).
    "resolved": r"RESOLVED(?=\s*:)",
    "reasons": r"Reasons?\s+for\s+(?:the\s+)?decision",
    "consultees": r"Consultees",
    "financial": r"Financial\s+implications",
    "legal": r"Legal\s+implications",
    "equalities": r"Equalit(?:y|ies)\s+implications",
    "wards": r"Wards\s+affected",
    "agenda": r"Agenda\s+items",
    "documents": r"(?:Background|Supporting)\s+documents",
}
_ISSUE_HEAD = re.compile(r"^\s*(?:Issue|Decision)\s+details\s*$", re.I)

# A page's field label, whole: "Decision Maker", "Is Key decision?".
_ISSUE_LABEL = re.compile(rf"^\s*(?:{'|'.join(_ISSUE_LABELS.values())})(?!\w)\s*\??:", re.I)
_ISSUE_FIELDS = label_patterns(_ISSUE_LABELS)


def _english_half(text: str) -> str:
    """A bilingual page's heading or label line in the language its labels are known in
    ("Statws y penderfyniad / Decision status: ..." is read as "Decision status: ...";
    "Manylion y penderfyniad / Decision details" as "Decision details")."""
    label = next((half for half in label_halves(text) if _ISSUE_LABEL.match(half)), None)
    if label:
        return label
    return next((part for part in halves(text, before_capital=True)
                 if _ISSUE_HEAD.match(part)), text)


def issue_details(lines: list[tuple[int, str]]) -> list[Notice]:
    lines = [(p, _english_half(t)) for p, t in lines]
    texts = [t for _, t in lines]
    start = next((i for i, t in enumerate(texts) if _ISSUE_HEAD.match(t)), -1)
    body = texts[start + 1 :]
    if not body:
        return []
    title = body[0].strip()
    f = labelled(body[1:], _ISSUE_FIELDS)
    first_label = next(
        (i for i, t in enumerate(body[1:], 1) if re.match(r"^\s*[A-Z][\w /]{2,40}:", t)), len(body)
    )
    description = join_lines(body[1:first_label])
    # A "Decision details" page prints what was decided under "Decision:", or as the bare
    # "RESOLVED: That Cabinet: (1) ..." among its fields; sub-parts stay one a line.
    fields = labelled_lines(body[1:], _ISSUE_FIELDS)
    decided = join_items(fields.get("decision") or fields.get("decision_heading", []))
    resolved = _resolved(lines[start + 2 :]) if not decided else None
    text = decided or resolved or description
    if not text:
        return []
    due = f.get("due", "")
    meeting = moderngov.meeting_heading([f"Decided at meeting: {f['meeting']}"]) if f.get(
        "meeting"
    ) else None
    maker = (
        f.get("maker")
        or (due.split(" by ", 1)[1].strip() if " by " in due else None)
        or (meeting.committee if meeting else None)
    )
    date = (
        find_date(f.get("date", ""))
        or (meeting.date if meeting else None)
        or find_date(due)
    )
    key, reason = key_decision(f.get("key") or f.get("type"))
    if f.get("reason"):
        reason = f["reason"].strip(" ;.")
        key = True if key is None else key
    number = DECISION_NUMBER.search("\n".join(texts))
    # (a "Decision:" field numbering the page's decisions, "Decision 1 - <title>" over its
    # words, then "Decision 2 - ...": a decision each, the page's fields shared)
    parts = numbered_parts(fields.get("decision", [])) or [(title, text)]
    return [
        Notice(
            title=part_title or None,
            text=part_text,
            page=lines[0][0],
            ref=number.group(1) if number else None,
            decision_number=number.group(1) if number else None,
            decision_date=date,
            decision_maker=maker,
            key_decision=key,
            key_reason=reason,
            status=f.get("status") or None,
            lead_officer=f.get("lead") or first_person(f.get("contact")),
            department=f.get("department") or None,
        )
        for part_title, part_text in parts
    ]

# A page of one meeting's decisions (ModernGov's "Decisions" page) prints each decision as a
# "Decision details" page does, its title alone on the line over its "Decision Maker:", or
# over its "Decision status:" where the page names the meeting (its maker) once in its heading
# ("Decisions published for Environment and Communities Committee, Tuesday 13 March 2029") and
# no decision its maker. (Where each has both, the line over its status is its maker's, or
# the end of a maker's name wrapped: "Cabinet Member for Leisure, Culture and" over
# "Communities" is no title.)
_MAKER_LABEL = re.compile(r"^\s*Decision\s+maker\s*:", re.I)
_STATUS_LABEL = re.compile(r"^\s*Decision\s+status\s*:", re.I)
# ... two such titles or more: one decision is a "Decision details" page's layout.
MIN_LISTED_DECISIONS = 2
# What was decided, under its title: "Decision:" or "RESOLVED". A forward plan prints a
# "Decision maker:" under each title too, but only decisions to come ("Decision due:").
_DECIDED = re.compile(rf"^\s*(?:{_ISSUE_LABELS['decision']}|RESOLVED\b)", re.I)


def listed_decision_starts(texts: list[str]) -> list[int]:
    """Where each decision of a page of several begins (its title's line), or none."""
    # (a title may hold a colon, "Temporary Accommodation: Purchase of Homes": it is no field
    # the page names)
    label = _MAKER_LABEL if any(_MAKER_LABEL.match(t) for t in texts) else _STATUS_LABEL
    starts = [n - 1 for n, t in enumerate(texts)
              if n and label.match(t) and not _ISSUE_LABEL.match(texts[n - 1])]
    if len(starts) < MIN_LISTED_DECISIONS:
        return []
    # (a page whose first item prints its "Decision:" before any status, the status a line
    # after some items' decisions, "Decision:" / "That ..." / "Decision status: Deferred":
    # each item is headed by its own title over its label, and the line over a status is the
    # decision it closes, no title, some such line the label's own line's next; read as a
    # record of several decisions, notices. ModernGov's layout may open with an item printing
    # no status, "Minutes" / "Decision:" / "That ...", each title still over its status)
    if (any(_DECIDED.match(t) for t in texts[: starts[0]])
            and any(start and _DECIDED.match(texts[start - 1]) for start in starts)):
        return []
    decided = [start for start, end in zip(starts, [*starts[1:], len(texts)], strict=True)
               if any(_DECIDED.match(t) for t in texts[start:end])]
    return starts if len(decided) >= MIN_LISTED_DECISIONS else []


def listed_decisions(lines: list[tuple[int, str]]) -> list[Notice]:
    """A page of a meeting's decisions: each decision's fields, from its title to the next
    decision's title, read as a "Decision details" page's."""
    starts = listed_decision_starts([_english_half(t) for _, t in lines])
    return [notice for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)
            for notice in issue_details(lines[start:end])]


def _resolved(lines: list[tuple[int, str]]) -> str | None:
    """The "RESOLVED: ..." block of a page that has no "Decision:" label, up to the next
    field label."""
    texts = [t for _, t in lines]
    at = next((i for i, t in enumerate(texts) if re.match(r"^\s*RESOLVED\b", t)), None)
    if at is None:
        return None
    block = [texts[at]]
    for t in texts[at + 1 :]:
        if _FIELD_LABEL.match(t) and not _LIST_START.match(t):
            break
        block.append(t)
    return join_items(block) or None

_FIELD_LABEL = re.compile(r"^\s*[A-Z][\w /()?-]{2,60}\??:\s*")
_LIST_START = re.compile(r"^\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|That\b)", re.I)
