"""The prose corporate-risk section of a performance report: key changes and mitigating
actions with their status, and the paper's own count of actions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from conftest import contexts, corpus_file
from kcc_papers.extract import risks
from kcc_papers.models import Risk, RiskAction

QPR = "pdfs/kent_cabinet_2025-03-04_quarterly_performance_report_Q3_2024-25.pdf"


def test_qpr_corporate_risk_section():
    [ctx] = [c for c in contexts(corpus_file(QPR)) if c.segment.kind in risks.KINDS]
    records = risks.extract(ctx)
    rows = [(r.risk_id, r.title, r.change, r.status, r.page)
            for r in records if isinstance(r, Risk)]
    assert rows == [
        ("CRR0065", "Implementation of Oracle Cloud Programme", "new", "open", 66),
        ("CRR0061", "Care Quality Commission (CQC) Assurance", "closed", "closed", 66),
        ("CRR0063", "Capacity to accommodate and care for Unaccompanied Asylum Seeking "
         "Children (UASC)", "decreased", "open", 66),
        ("CRR0042", "Border fluidity, infrastructure, and regulatory arrangements", "decreased",
         "open", 67),
        ("CRR0052", "Adaptation of KCC Services to Climate Change impacts", "revised", "open", 67),
        ("CRR0003", "Securing resources to aid economic recovery and enabling infrastructure",
         None, "open", 67),
        ("CRR0009", "Future financial and operating environment for Local Government", None,
         "open", 68),
        ("CRR0014", "Cyber Information Security Resilience", None, "open", 68),
        ("CRR0015", "Sustainability of the Social Care Market", None, "open", 68),
        ("CRR0039", "Information Governance", None, "open", 68),
        ("CRR0045", "Maintaining effective governance and decision making in a challenging "
         "financial and operating environment", None, "open", 69),
        ("CRR0049", "Fraud and Error", None, "open", 69),
        ("CRR0058", "Capacity & capability of the workforce", None, "open", 70),
        ("CRR0059", "Significant failure to deliver agreed budget savings and manage demand",
         None, "open", 70),
    ]
    actions = [a for a in records if isinstance(a, RiskAction)]
    # The paper's table: 8 completed, 6 partially complete, 4 regular review, 1 outstanding.
    assert Counter(a.status for a in actions) == {"Complete": 8, "Partially Complete": 6,
                                                  "Regular Review": 4, "Action Outstanding": 1}
    fraud = next(a for a in actions if a.risk_id == "CRR0049")
    assert fraud.planned_completion == "31/03/25"
    assert fraud.planned_completion_date.isoformat() == "2025-03-31"
    assert ctx.findings == []


def narrative(count: int) -> str:
    return "\n".join([
        "Quarterly Performance Report",
        "Corporate Risk Register – Overview",
        "KEY CHANGES DURING LAST QUARTER",
        "New Risk",
        "ABC0001: Flooding of the depot. The depot flooded twice",
        "this winter.",
        "Risk Withdrawn",
        "ABC0002: Old system has been removed from the register.",
        "MITIGATING ACTIONS",
        f"Updates have been provided for {count} actions.",
        "ABC0001: Flooding of the depot",
        "Complete",
        "Flood barriers bought. (Action Target date: 30/06/25)",
        "Regular Review",
        "Drains inspected monthly.",
    ]) + "\n"


def test_synthetic_narrative(tmp_path: Path):
    path = tmp_path / "qpr.txt"
    path.write_text(narrative(2), encoding="utf-8")
    [ctx] = [c for c in contexts(path) if c.segment.kind in risks.KINDS]
    records = risks.extract(ctx)
    assert [(r.risk_id, r.title, r.change, r.status) for r in records if isinstance(r, Risk)] \
        == [("ABC0001", "Flooding of the depot", "new", "open"),
            ("ABC0002", "Old system", "closed", "closed")]
    assert [(a.risk_id, a.status, a.action, a.planned_completion) for a in records
            if isinstance(a, RiskAction)] == [
        ("ABC0001", "Complete", "Flood barriers bought. (Action Target date: 30/06/25)",
         "30/06/25"),
        ("ABC0001", "Regular Review", "Drains inspected monthly.", None),
    ]
    assert ctx.findings == []


def test_synthetic_narrative_action_count_disagrees(tmp_path: Path):
    path = tmp_path / "qpr.txt"
    path.write_text(narrative(3), encoding="utf-8")
    [ctx] = [c for c in contexts(path) if c.segment.kind in risks.KINDS]
    risks.extract(ctx)
    assert [(f.check, f.message) for f in ctx.findings] == [
        ("risk_count_mismatch", "the paper says updates were provided for 3 actions, 2 are "
         "listed")]
