"""Records from the prose risk section of a performance report (see ``risk_narrative``), and
the check of its "Updates have been provided for 19 actions" against the actions listed."""

from __future__ import annotations

import re

from kcc_papers.extract import Context
from kcc_papers.extract.risks.narrative import NarrativeRisk, target_date
from kcc_papers.extract.risks.values import risk_key
from kcc_papers.models import Record, Risk, RiskAction
from kcc_papers.normalise.dates import parse_date

REGISTER = "Corporate Risk Register"
ACTION_COUNT = re.compile(r"Updates\s+have\s+been\s+provided\s+for\s+(\d+)\s+actions", re.I)


def narrative_records(ctx: Context, risks: list[NarrativeRisk]) -> list[Record]:
    out: list[Record] = []
    for r in risks:
        out.append(Risk(
            risk_id=r.risk_id, risk_key=risk_key(r.risk_id), register=REGISTER, title=r.title,
            change=r.change, status="closed" if r.change == "closed" else "open", page=r.page,
        ))
        for a in r.actions:
            when = target_date(a.text)
            out.append(RiskAction(risk_id=r.risk_id, action=a.text, status=a.status,
                                  planned_completion=when, planned_completion_date=parse_date(when),
                                  page=a.page))
    listed = sum(len(r.actions) for r in risks)
    m = ACTION_COUNT.search(" ".join(ctx.segment.text.split()))
    if m and int(m.group(1)) != listed:
        ctx.finding("risk_count_mismatch",
                    f"the paper says updates were provided for {m.group(1)} actions, "
                    f"{listed} are listed", record_table="risk_actions")
    return out
