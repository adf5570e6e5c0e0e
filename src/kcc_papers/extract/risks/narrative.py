"""The corporate risk section of a performance report, written as prose rather than a table:
"KEY CHANGES" under subheadings ("New Risk", "Risk Withdrawn", "Risk Reductions", "Risk
Revision") naming risks as "CRR0065: <title>. <why>", then "MITIGATING ACTIONS", each risk's
actions as a status line ("Complete", "Partially Complete", "Regular Review", "Action
Outstanding") followed by the action's text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kcc_papers.segment import Segment

SECTION = re.compile(r"^\s*Corporate\s+Risk\s+Register\b.{0,40}$", re.I)
RISK_LINE = re.compile(r"^\s*([A-Z]{2,6}\s?\d{1,4}[a-z]?)\s*:\s*(.*)$")
CHANGES = (
    (re.compile(r"^\s*New\s+Risks?\s*$", re.I), "new"),
    (re.compile(r"^\s*Risks?\s+(Withdrawn|Closed|Removed|De-?escalated)\s*$", re.I), "closed"),
    (re.compile(r"^\s*Risk\s+(Reductions?|Decreases?)\s*$", re.I), "decreased"),
    (re.compile(r"^\s*Risk\s+(Increases?|Escalations?)\s*$", re.I), "increased"),
    (re.compile(r"^\s*Risk\s+Revisions?\s*$", re.I), "revised"),
)
ACTIONS = re.compile(r"^\s*MITIGATING\s+ACTIONS\s*$", re.I)
STATUS = re.compile(
    r"^\s*(Complete|Completed|Partially\s+Complete|Regular\s+Review|Action\s+Outstanding"
    r"|Outstanding|Closed)\s*$", re.I)
FURNITURE = re.compile(r"^\s*(Appendix\s+\d+|\d{1,4}|Page\s+\d+)\s*$", re.I)
TARGET_DATE = re.compile(r"target\s+date\s*:?\s*([0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4})", re.I)


@dataclass
class NarrativeAction:
    status: str
    text: str
    page: int


@dataclass
class NarrativeRisk:
    risk_id: str
    page: int
    title: str | None = None
    change: str | None = None
    actions: list[NarrativeAction] = field(default_factory=list)


def parse_narrative(segment: Segment) -> list[NarrativeRisk]:
    lines = [(p, " ".join(line.text.split())) for p, line in segment.lines]
    start = next((i for i, (_, t) in enumerate(lines) if SECTION.match(t)), None)
    if start is None:
        return []
    lines = [(p, t) for p, t in lines[start + 1 :] if t and not FURNITURE.match(t)]
    risks: dict[str, NarrativeRisk] = {}
    change: str | None = None
    in_actions = False
    current: NarrativeRisk | None = None
    i = 0
    while i < len(lines):
        text = lines[i][1]
        new_change = next((value for rx, value in CHANGES if rx.match(text)), None)
        if new_change:
            change, i = new_change, i + 1
            continue
        if ACTIONS.match(text):
            in_actions, change, i = True, None, i + 1
            continue
        m = RISK_LINE.match(text)
        if m and (change or in_actions):
            current, i = _risk_heading(lines, i, m, change, in_actions, risks)
            continue
        if in_actions and current is not None and STATUS.match(text):
            i = _action(lines, i, current)
            continue
        i += 1
    return list(risks.values())


def _paragraph(lines: list[tuple[int, str]], i: int) -> tuple[str, int]:
    """The lines from ``i`` up to the next heading, risk line or status line."""
    parts = [lines[i][1]]
    j = i + 1
    while j < len(lines) and not _boundary(lines[j][1]):
        parts.append(lines[j][1])
        j += 1
    return " ".join(parts), j


def _boundary(text: str) -> bool:
    return bool(RISK_LINE.match(text) or STATUS.match(text) or ACTIONS.match(text)
                or any(rx.match(text) for rx, _ in CHANGES) or text.isupper())


def _risk_heading(lines: list[tuple[int, str]], i: int, m: re.Match[str], change: str | None,
                  in_actions: bool, risks: dict[str, NarrativeRisk]
                  ) -> tuple[NarrativeRisk, int]:
    page = lines[i][0]
    risk_id = m.group(1)
    if in_actions:
        # "CRR0063: Capacity to ... Seeking" / "children (UASC)": a title wraps in lower case.
        title, j = m.group(2), i + 1
        while j < len(lines) and lines[j][1][:1].islower() and not _boundary(lines[j][1]):
            title, j = f"{title} {lines[j][1]}", j + 1
    else:
        paragraph, j = _paragraph(lines, i)
        rest = RISK_LINE.match(paragraph).group(2)  # type: ignore[union-attr]  # its first line matched RISK_LINE
        title = re.split(r"\.\s|\s+(?:has|have)\s+been\s+(?:removed|withdrawn|closed)\b",
                         rest, maxsplit=1)[0]
    title = title.strip().rstrip(".") or None
    if title and len(title) > 160:
        title = None
    key = re.sub(r"\s", "", risk_id)
    risk = risks.setdefault(key, NarrativeRisk(risk_id, page))
    risk.title = risk.title or title
    risk.change = risk.change or change
    return risk, j


def _action(lines: list[tuple[int, str]], i: int, risk: NarrativeRisk) -> int:
    status = " ".join(lines[i][1].split())
    if i + 1 >= len(lines) or _boundary(lines[i + 1][1]):
        return i + 1
    text, j = _paragraph(lines, i + 1)
    risk.actions.append(NarrativeAction(status, text, lines[i + 1][0]))
    return j


def target_date(text: str) -> str | None:
    m = TARGET_DATE.search(text)
    return m.group(1) if m else None
