"""Risk-register extraction on small registers written here, so the logic is tested without
the corpus: merging tables and cards, wrapped ids, owners, dates and every rating check."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from kcc_papers.extract import risks
from kcc_papers.models import Risk, RiskAction, RiskControl

T = "\t"


def register_text(*, stcs01_rating: str = "8 (Medium)", statement_count: str = "two",
                  closed_note: str = "XYZ 09") -> str:
    lines = [
        "EXAMPLE DIRECTORATE RISK REGISTER",
        "",
        f"4.1 There are currently {statement_count} directorate risks featured on the Example "
        "directorate risk register (appendix 2), none of which are rated as 'High', one is "
        "rated as 'Medium' risk and one is rated as 'Low' risk.",
        f"4.3 Since last reported, one risk has been closed ({closed_note} old risk).",
        "",
        "Summary Risk Profile",
        "Low = 1-6 Medium = 8-15 High = 16-25",
        T.join(["Risk No.*", "Risk Title", "Current Risk Rating", "Changes to Current Risk Level",
                "Target Risk Rating"]),
        T.join(["XYZ 01", "Keeping the workforce healthy", stcs01_rating, "⇔", "4 (Low)"]),
        T.join(["XYZ", "Systems that are not used", "6 (Low)", "New risk", "4 (Low)"]),
        T.join(["10(a)", "by the organisation", "", "", ""]),
        T.join(["XYZ 09", "An old risk", "", "Risk closed", ""]),
        "",
        T.join(["", "Likelihood & Impact Scales", "", "", "", ""]),
        T.join(["Likelihood", "Very Unlikely (1)", "Unlikely (2)", "Possible (3)", "Likely (4)",
                "Very Likely (5)"]),
        T.join(["Impact", "Minor (1)", "Moderate (2)", "Significant (3)", "Serious (4)",
                "Major (5)"]),
        "",
        T.join(["Risk ID XYZ 01 Risk", "Title Keeping the workforce healthy", ""]),
        T.join(["Source / Cause of risk Staff work hard", "Risk Event Sickness rises",
                "Consequence Services suffer", "Risk Owner Ann Other, Director People "
                "Responsible Cabinet Member(s): Cllr Example, Corporate Services",
                "Current Likelihood Unlikely (2) Target Residual Likelihood",
                "Current Impact Serious (4) Target Residual Impact"]),
        T.join(["", "", "", "", "Unlikely (2)", "Moderate (2)"]),
        T.join(["Control Title", "", "", "Control Owner"]),
        T.join(["Attendance management policy in", "place", "", "Ann Other, Director People"]),
        T.join(["Wellbeing offer for staff", "", "", "Bob Smith, Head of"]),
        T.join(["", "", "Health & Safety", ""]),
        T.join(["Action Title", "Action Owner", "Planned Completion Date"]),
        T.join(["Review the attendance policy", "Ann Other, Director People", "31st March 2016"]),
        T.join(["Train managers", "Corporate Management Team", "April 2016"]),
        "",
        # A card whose header was lost: matched to XYZ 10(a) by its place and its rating.
        T.join(["Source / Cause of risk", "Risk Event", "Consequence", "Risk Owner", "Current",
                "Current"]),
        T.join(["Systems exist", "They are not used", "Money is wasted", "Cat Jones, Director "
                "Systems", "Likelihood Possible (3) Target Residual Likelihood Unlikely (2)",
                "Impact Moderate (2) Target Residual Impact Moderate (2)"]),
        T.join(["Control Title", "", "Control Owner"]),
        T.join(["Training programme in place", "", "Cat Jones, Director Systems"]),
    ]
    return "\n".join(lines) + "\n"


def run(tmp_path: Path, text: str):
    path = tmp_path / "register.txt"
    path.write_text(text, encoding="utf-8")
    [ctx] = [c for c in contexts(path) if c.segment.kind in risks.KINDS]
    return risks.extract(ctx), ctx.findings


def test_register_rows_merge_tables_and_cards(tmp_path):
    records, findings = run(tmp_path, register_text())
    rows = [r for r in records if isinstance(r, Risk)]
    got = [(r.risk_id, r.risk_key, r.title, r.current_rating, r.current_level, r.target_rating,
            r.target_level, r.change, r.status, r.likelihood, r.impact, r.target_likelihood,
            r.target_impact, r.owner, r.cabinet_member) for r in rows]
    assert got == [
        ("XYZ 01", "XYZ01", "Keeping the workforce healthy", 8, "medium", 4, "low", "unchanged",
         "open", 2, 4, 2, 2, "Ann Other, Director People", "Cllr Example, Corporate Services"),
        ("XYZ 10(a)", "XYZ10A", "Systems that are not used by the organisation", 6, "low", 4,
         "low", "new", "open", 3, 2, 2, 2, "Cat Jones, Director Systems", None),
        ("XYZ 09", "XYZ09", "An old risk", None, None, None, None, "closed", "closed", None,
         None, None, None, None, None),
    ]
    assert rows[0].likelihood_name == "Unlikely" and rows[0].impact_name == "Serious"
    assert rows[0].register == "EXAMPLE DIRECTORATE RISK REGISTER"
    assert findings == []


def test_controls_and_actions_with_wrapped_owner_and_dates(tmp_path):
    records, _ = run(tmp_path, register_text())
    controls = [(c.risk_id, c.control, c.owner) for c in records if isinstance(c, RiskControl)]
    assert controls == [
        ("XYZ 01", "Attendance management policy in place", "Ann Other, Director People"),
        ("XYZ 01", "Wellbeing offer for staff", "Bob Smith, Head of Health & Safety"),
        ("XYZ 10(a)", "Training programme in place", "Cat Jones, Director Systems"),
    ]
    actions = [(a.risk_id, a.action, a.owner, a.planned_completion,
                a.planned_completion_date and a.planned_completion_date.isoformat())
               for a in records if isinstance(a, RiskAction)]
    assert actions == [
        ("XYZ 01", "Review the attendance policy", "Ann Other, Director People",
         "31st March 2016", "2016-03-31"),
        ("XYZ 01", "Train managers", "Corporate Management Team", "April 2016", None),
    ]


def test_rating_not_likelihood_times_impact_is_a_finding(tmp_path):
    _, findings = run(tmp_path, register_text(stcs01_rating="12 (Medium)"))
    assert [(f.check, f.record_ref) for f in findings] == [("risk_rating_mismatch", "XYZ 01")]
    assert "current rating 12" in findings[0].message and "= 8" in findings[0].message


def test_level_outside_the_legend_band_is_a_finding(tmp_path):
    _, findings = run(tmp_path, register_text(stcs01_rating="8 (High)"))
    assert [(f.check, f.record_ref) for f in findings] == [
        ("risk_level_mismatch", "XYZ 01"),
        # The paper's "none ... 'High', one ... 'Medium'" no longer matches the rows either.
        ("risk_count_mismatch", None),
        ("risk_count_mismatch", None),
    ]


def test_target_above_current_is_a_finding(tmp_path):
    text = register_text().replace("⇔\t4 (Low)", "⇔\t12 (Medium)")
    _, findings = run(tmp_path, text)
    checks = sorted(f.check for f in findings)
    # 12 is also not the card's target likelihood x impact (2 x 2).
    assert checks == ["risk_rating_mismatch", "risk_target_above_current"]


def test_statement_count_disagreeing_with_rows_is_a_finding(tmp_path):
    _, findings = run(tmp_path, register_text(statement_count="three"))
    assert [f.check for f in findings] == ["risk_count_mismatch"]
    assert "3 directorate risks" in findings[0].message


def test_statement_of_closure_disagreeing_with_rows_is_a_finding(tmp_path):
    _, findings = run(tmp_path, register_text(closed_note="XYZ 01"))
    assert [(f.check, f.record_ref) for f in findings] == [("risk_closure_mismatch", "XYZ 01")]


def test_same_risk_rated_differently_in_two_tables_is_a_finding(tmp_path):
    profile = "\n".join([
        T.join(["Risk No.*", "Risk Title", "Current Risk Rating", "Target Risk Rating"]),
        T.join(["XYZ 01", "Keeping the workforce healthy", "9", "4"]),
        T.join(["XYZ 10(a)", "Systems that are not used", "6", "4"]),
        "",
    ])
    text = register_text().replace("Summary Risk Profile", profile + "\nSummary Risk Profile")
    _, findings = run(tmp_path, text)
    assert [(f.check, f.record_ref) for f in findings] == [("risk_rating_conflict", "XYZ 01")]


def test_a_report_that_only_mentions_risks_yields_nothing(tmp_path):
    text = ("Subject: Budget update\nThe risk register will be reviewed. Risks are managed.\n"
            "Recommendation(s): The Committee is asked to note the report.\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    for ctx in contexts(path):
        assert risks.extract(ctx) == []
        assert ctx.findings == []


def test_odd_layout_gives_fewer_rows_not_an_exception(tmp_path):
    text = "\n".join([
        "RISK REGISTER",
        T.join(["Risk No.*", "Risk Title", "Current Risk Rating"]),
        T.join(["", "", ""]),
        T.join(["Source / Cause of risk", "Risk Event", "Consequence", "Risk Owner"]),
        T.join(["Control Title", "Control Owner"]),
        T.join(["Action Title", "Action Owner"]),
    ])
    records, findings = run(tmp_path, text)
    assert [r for r in records if isinstance(r, Risk)] == []
    assert [f.check for f in findings] == ["risk_card_unidentified"]


def district_register(cr3_score: str = "16") -> str:
    return "\n".join([
        "Corporate Risk Register 2024/25",
        T.join(["Ref", "Risk", "Likelihood", "Impact", "Risk Score", "Risk Owner",
                "Existing Controls", "Further Actions"]),
        T.join(["CR1", "Failure of ICT systems", "3 - Possible", "4", "12", "Head of ICT",
                "• Daily backups • Firewall", "• Test restores"]),
        T.join(["", "and networks", "", "", "", "", "", ""]),
        T.join(["CR2", "Loss of funding", "2", "5", "High (10)", "Director of Finance",
                "Reserves policy", ""]),
        T.join(["CR3", "Flooding of depots", "4", "4", cr3_score, "Head of Operations", "", ""]),
    ]) + "\n"


def test_register_table_with_likelihood_impact_owner_columns(tmp_path):
    records, findings = run(tmp_path, district_register())
    rows = [(r.risk_id, r.title, r.likelihood, r.likelihood_name, r.impact, r.current_rating,
             r.current_level, r.owner) for r in records if isinstance(r, Risk)]
    assert rows == [
        ("CR1", "Failure of ICT systems and networks", 3, "Possible", 4, 12, None,
         "Head of ICT"),
        ("CR2", "Loss of funding", 2, None, 5, 10, "high", "Director of Finance"),
        ("CR3", "Flooding of depots", 4, None, 4, 16, None, "Head of Operations"),
    ]
    controls = [(c.risk_id, c.control) for c in records if isinstance(c, RiskControl)]
    assert controls == [("CR1", "Daily backups"), ("CR1", "Firewall"), ("CR2", "Reserves policy")]
    actions = [(a.risk_id, a.action) for a in records if isinstance(a, RiskAction)]
    assert actions == [("CR1", "Test restores")]
    # No legend printed: "High (10)" cannot be checked against a band, so nothing is said.
    assert findings == []


def test_register_table_score_not_likelihood_times_impact(tmp_path):
    _, findings = run(tmp_path, district_register(cr3_score="12"))
    assert [(f.check, f.record_ref) for f in findings] == [("risk_rating_mismatch", "CR3")]
