"""Identity across papers: which meeting a document belongs to, and which KPI, activity
indicator or risk a row is, so two papers about the same thing share a key.

Names are compared as canonical forms ("Policy & Resources Cttee" and "the Policy and Resources
Committee" are one committee); the printed names are kept beside the keys. A key is readable
(``kent-county-council/cabinet/2025-01-30``) so an analyst can type it into ``history``.
"""

from __future__ import annotations

import datetime as dt
import re

from kcc_papers.models import ActivityIndicator, Document, Kpi, Meeting, Record, Risk

# Words that say nothing about which body it is ("the Cabinet" is "Cabinet").
_NOISE = re.compile(r"\b(?:the|of\s+the|meeting\s+of)\b", re.I)
_ABBREVIATIONS = (
    (re.compile(r"&"), " and "),
    (re.compile(r"\bcttee\b|\bcmttee\b", re.I), "committee"),
    (re.compile(r"\bsub[\s-]+committee\b", re.I), "subcommittee"),
)
# The whole council meeting as a body: "County Council", "Full Council", "Council".
FULL_COUNCIL = "full council"
_FULL_COUNCIL_NAMES = re.compile(
    r"^(?:all\s+members\s+(?:of\s+)?)?(?:(?:county|city|borough|district|full|community|town|"
    r"parish)\s+)?council$"
)
# A register's date or year ("Budget Risks Register 2025-26") changes between issues of it.
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-/–]\s*\d{2,4})?\b")
# Keys stay short enough to read and type; descriptions beyond this add nothing to identity.
MAX_SLUG = 80


def canonical(name: str | None) -> str:
    """Lower case, "&" as "and", "Cttee" as "Committee", without "the" and punctuation."""
    if not name:
        return ""
    text = name
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    text = _NOISE.sub(" ", text.lower())
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def canonical_committee(committee: str | None, council: str | None) -> str:
    """A committee's canonical name; the council meeting itself, whatever it is called
    ("County Council", "Kent County Council", "Full Council"), is ``full council``."""
    name = canonical(committee)
    if not name:
        return ""
    if _FULL_COUNCIL_NAMES.match(name) or (council and name == canonical(council)):
        return FULL_COUNCIL
    return name


def slug(text: str | None) -> str:
    return "-".join(canonical(text).split())[:MAX_SLUG].rstrip("-")


def meeting_id(council: str | None, committee: str | None, date: dt.date | None) -> str | None:
    """``council/committee/date``; None unless both committee and date are known, as one of
    them alone does not pick out a meeting. A paper that never names its council gets
    ``-/committee/date``."""
    body = slug(canonical_committee(committee, council))
    if not body or date is None:
        return None
    return f"{slug(council) or '-'}/{body}/{date.isoformat()}"


def kpi_key(council: str | None, ref: str | None, description: str | None) -> str:
    """Council and printed ref ("CS01"); without a ref, the normalised description."""
    own = _ref(ref) or slug(description)
    return f"{slug(council) or '-'}/{own}"


def risk_key(council: str | None, register: str | None, local_key: str) -> str:
    """Council, register (without its years) and the register's own key for the risk."""
    reg = slug(_YEARS.sub(" ", register or "")) or "-"
    return f"{slug(council) or '-'}/{reg}/{local_key}"


def _ref(ref: str | None) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", ref or "").upper()


def assign(documents: list[Document], records: list[Record]) -> None:
    """Stamp one file's documents and records with their meeting and cross-paper keys. Runs
    after the documents know their council, committee and date (the pipeline fills those)."""
    by_id = {d.document_id: d for d in documents}
    pack = documents[0] if len(documents) > 1 else None
    pack_meeting = pack and meeting_id(pack.council, pack.committee, pack.meeting_date)
    for d in documents:
        own = meeting_id(d.council, d.committee, d.meeting_date)
        # A report or appendix in a pack is for the pack's meeting; minutes record their own.
        d.meeting_id = own if d.kind == "minutes" or not pack_meeting else pack_meeting
    for r in records:
        doc = by_id.get(r.document_id)
        if doc is None:
            continue
        r.meeting_id = doc.meeting_id
        _key(r, doc.council)


def _key(r: Record, council: str | None) -> None:
    if isinstance(r, Meeting):
        r.committee_key = canonical_committee(r.committee, r.council) or None
    elif isinstance(r, Kpi):
        r.kpi_key = kpi_key(council, r.ref, r.description)
    elif isinstance(r, ActivityIndicator):
        r.indicator_key = kpi_key(council, r.ref, r.description)
    elif isinstance(r, Risk):
        r.risk_key = risk_key(council, r.register, r.risk_key)
