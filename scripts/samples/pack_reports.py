"""Officer reports in the agenda pack: the report header block, the contract renewal report
(B1) and the strategic risk register report (D1). The dashboard (C1) is in pack_dashboard."""

from __future__ import annotations

from collections.abc import Sequence

from .base import PaperPDF, heading, labelled, numbered, para, ruled_table

MEETING = "Policy and Resources Cabinet Committee – 15 January 2025"
FINANCE_MEMBER = (
    "Mr P Langridge, Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services"
)


def report_header(
    pdf: PaperPDF,
    authors: Sequence[str],
    subject: str,
    summary: str,
    recommendations: Sequence[str],
    extra: Sequence[tuple[str, str]] = (),
) -> None:
    """The Kent report header block on a new page: From/To/Subject, then Summary and
    Recommendation(s)."""
    pdf.add_page()
    labelled(pdf, "From:", "\n".join(authors), gap=2)
    labelled(pdf, "To:", MEETING, gap=2)
    labelled(pdf, "Subject:", subject, gap=2)
    for label, value in extra:
        labelled(pdf, label, value, gap=2)
    labelled(pdf, "Classification:", "Unrestricted", gap=2)
    labelled(pdf, "Past Pathway of report:", "None", width=56, gap=1)
    labelled(pdf, "Future Pathway of report:", "None", width=56, gap=1)
    labelled(pdf, "Electoral Division:", "All", width=56, gap=3)
    labelled(pdf, "Summary:", summary, width=22, gap=3)
    recommendation_block(pdf, recommendations)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)


def recommendation_block(pdf: PaperPDF, recommendations: Sequence[str]) -> None:
    heading(pdf, "Recommendation(s):", size=10.5, gap=1.5)
    for text in recommendations:
        para(pdf, text, gap=2)


# --- B1: contract renewal -------------------------------------------------------------------

DECISION_NO = "24/00123"
CONTRACTS = [
    ("Total Facilities Management (Mid Kent)", "Acme FM Ltd", "2021-2027", "£12.5m"),
    ("Total Facilities Management (West Kent)", "Brightwell Services Ltd", "2021-2027", "£9.8m"),
    ("Statutory Compliance Testing", "Castleford Compliance Ltd", "2022-2025", "£1.6m"),
]
B1_RECOMMENDATIONS = [
    "The Policy and Resources Cabinet Committee is asked to ENDORSE or make recommendations to "
    "the Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services on the "
    "proposed decision to:",
    "(a) EXTEND the Total Facilities Management contract for Mid Kent with Acme FM Ltd for two "
    "years, from 1 April 2027 to 31 March 2029, at an estimated value of £4.2m; and",
    "(b) DELEGATE authority to the Director of Infrastructure to take relevant actions, "
    "including finalising and entering into the contract variation, to implement the decision.",
]


def write_facilities_report(pdf: PaperPDF) -> None:
    report_header(
        pdf,
        [FINANCE_MEMBER, "Ms S Okonjo, Director of Infrastructure"],
        f"{DECISION_NO} - Renewal of Facilities Management Contract",
        "This report sets out the proposal to use the two year extension option in the Total "
        "Facilities Management contract for Mid Kent, which would otherwise end on 31 March 2027.",
        B1_RECOMMENDATIONS,
        extra=[
            ("Decision No:", DECISION_NO),
            ("Key decision:", "Yes - it involves expenditure of more than £1m"),
        ],
    )
    heading(pdf, "1. Introduction", size=11)
    numbered(
        pdf,
        "1.1",
        "The council's office buildings, depots and libraries are maintained "
        "under Total Facilities Management contracts for Mid Kent and West Kent, with a "
        "separate contract for statutory compliance testing. The contract for Mid Kent was "
        "let as follows -",
    )
    for line in [
        "Mid Kent",
        "Contractor - Acme FM Ltd",
        "Contract Signature - 3rd March 2021",
        "Contract Start Date – 1st April 2021",
    ]:
        para(pdf, line, indent=12, gap=1)
    pdf.ln(2)
    numbered(
        pdf,
        "1.2",
        "The Mid Kent contract runs for six years with an option to extend for "
        "up to two further years. The current contracts are:",
    )
    ruled_table(
        pdf,
        ["Service", "Provider", "Contract Period", "Contract Value"],
        CONTRACTS,
        [62, 48, 30, 30],
        size=9,
    )
    heading(pdf, "2. Performance of the Current Contract", size=11)
    numbered(
        pdf,
        "2.1",
        "Acme FM Ltd has met 27 of its 30 key performance indicators in each "
        "quarter of 2023-24 and 2024-25. The three indicators missed most often relate to "
        "the time taken to complete reactive repairs at rural libraries.",
    )
    numbered(
        pdf,
        "2.2",
        "Service credits of £38,000 were deducted in 2023-24 for missed "
        "indicators. A remedial plan agreed in March 2024 has reduced the repairs backlog "
        "from 410 jobs to 95 jobs.",
    )
    numbered(
        pdf,
        "2.3",
        "User satisfaction with cleaning and maintenance, measured by the "
        "annual building users' survey, rose from 71% in 2022 to 84% in 2024.",
    )
    heading(pdf, "3. Financial Implications", size=11)
    numbered(
        pdf,
        "3.1",
        "The extension has an estimated value of £4.2m over two years (£2.1m a "
        "year), which can be met from the existing revenue budget for facilities "
        "management. Prices would be uplifted by the contract's indexation clause only.",
    )
    heading(pdf, "4. Options Considered", size=11)
    numbered(
        pdf,
        "4.1",
        "Re-procuring the service from 2027 was considered and rejected: the "
        "procurement would cost about £0.3m and the market testing carried out in 2024 "
        "showed no saving over the current contract rates.",
    )
    numbered(
        pdf,
        "4.2",
        "Bringing the service in-house was also rejected because it would need "
        "the transfer of 140 staff and new systems before April 2027.",
    )
    heading(pdf, "5. Legal Implications", size=11)
    numbered(
        pdf,
        "5.1",
        "The extension is provided for in the contract and is permitted under "
        "the Public Contracts Regulations 2015. The variation will be documented by a deed "
        "prepared by the council's legal services.",
    )
    heading(pdf, "6. Equalities Implications", size=11)
    numbered(
        pdf,
        "6.1",
        "An equality impact assessment found no adverse impact on people with "
        "protected characteristics. Accessibility works in buildings remain within the "
        "scope of the contract.",
    )
    heading(pdf, "7. Recommendation(s)", size=11)
    recommendation_block(pdf, B1_RECOMMENDATIONS)
    heading(pdf, "8. Background Documents", size=11)
    para(pdf, "Record of Decision 20/00761 - Award of Total Facilities Management Contracts")
    heading(pdf, "9. Contact details", size=11)
    para(
        pdf,
        "Report Author: Mr V Ingram, Head of Facilities Management, 03000 410123\n"
        "Relevant Director: Ms S Okonjo, Director of Infrastructure, 03000 410456",
    )


# --- D1: strategic risk register --------------------------------------------------------------

RISK_PROFILE = [
    ("CRR 01", "Data and Information Management", "High (16)", "Medium (8)"),
    ("CRR 02", "Cyber Security Resilience", "High (20)", "Medium (12)"),
    ("CRR 03", "Future Financial Operating Environment", "High (25)", "High (16)"),
    ("CRR 05", "Civil Contingencies and Resilience", "Medium (12)", "Medium (8)"),
    ("CRR 07", "Workforce Recruitment and Retention", "Medium (9)", "Low (6)"),
    ("CRR 09", "Contract Management of Key Suppliers", "Medium (8)", "Low (4)"),
]
LEGEND = "Low = 1-6 Medium = 8-15 High = 16-25"
CONTROLS = [
    (
        "Senior Information Risk Owner supported by a cross-directorate Information Governance "
        "group",
        "Mrs Q Harrowby, Chief Executive",
    ),
    (
        "Information governance policies and procedures in place and reviewed annually",
        "Mr U Stanmore, General Counsel",
    ),
    (
        "Mandatory data protection training for all staff, with completion monitored monthly",
        "Mrs Y Ferrand, Director of Human Resources",
    ),
    (
        "Information asset register maintained, with risk assessments for new systems",
        "Ms S Okonjo, Director of Infrastructure",
    ),
]
ACTIONS = [
    (
        "Review of records retention schedules for all directorates",
        "Mr U Stanmore, General Counsel",
        "June 2025",
    ),
    (
        "Roll out of data loss prevention software to all council laptops",
        "Ms S Okonjo, Director of Infrastructure",
        "September 2025",
    ),
]


def write_risk_report(pdf: PaperPDF) -> None:
    report_header(
        pdf,
        ["Mr R Ellingham, Leader of the Council", "Mrs Q Harrowby, Chief Executive"],
        "Risk Management - Strategic Risk Register",
        "This paper presents the corporate risks for which a director in the Chief Executive's "
        "Department is the designated 'Risk Owner', and explains how the risks are reviewed.",
        ["The Committee is asked to COMMENT on the risks presented."],
    )
    heading(pdf, "1. Introduction", size=11)
    numbered(
        pdf,
        "1.1",
        "Risk management is part of the council's internal control framework. "
        "The corporate risk register holds the risks that could stop the council meeting "
        "its objectives, and is reviewed by the Corporate Management Team every quarter.",
    )
    numbered(
        pdf,
        "1.2",
        "Each risk is scored on a 5x5 matrix of likelihood and impact. The "
        "current rating takes account of the controls in place; the target rating is the "
        "level expected once the planned actions are complete.",
    )
    heading(pdf, "2. Summary Risk Profile", size=11)
    ruled_table(
        pdf,
        ["Risk No.", "Risk Title", "Current Risk Rating", "Target Risk Rating"],
        RISK_PROFILE,
        [22, 86, 31, 31],
        size=9,
    )
    para(pdf, LEGEND, style="B")
    numbered(
        pdf,
        "2.1",
        "Three of the six risks are rated High. CRR 03 remains at the highest "
        "possible score while the local government finance settlement for 2026-27 is "
        "unknown.",
    )
    heading(pdf, "3. Financial Implications", size=11)
    numbered(
        pdf,
        "3.1",
        "Many of the risks have financial consequences. The cost of the "
        "planned actions is met from existing budgets; the data loss prevention software "
        "in the action plan for CRR 01 costs £85,000 a year.",
    )
    heading(pdf, "4. Monitoring and Review", size=11)
    numbered(
        pdf,
        "4.1",
        "Risk owners review their risks, and the progress of the actions that "
        "mitigate them, at least every quarter. Risks can be added to the register at any "
        "time. The Governance and Audit Committee receives the full register twice a year.",
    )
    numbered(
        pdf,
        "4.2",
        "Since the register was last reported to this Committee in July 2024, "
        "one risk has been closed (CRR 06, Delivery of 2023-24 savings) and CRR 09 has been "
        "added following the failure of a supplier of agency social workers.",
    )
    numbered(
        pdf,
        "4.3",
        "Including a risk on the register does not mean that there is a "
        "problem. It gives assurance that the risk has been identified and is being "
        "managed.",
    )
    heading(pdf, "5. Recommendation", size=11)
    recommendation_block(pdf, ["The Committee is asked to COMMENT on the risks presented."])
    heading(pdf, "6. Contact details", size=11)
    para(pdf, "Report Author: Mrs U Castell, Chief Risk Officer, 03000 410789")
    write_risk_card(pdf)


def write_risk_card(pdf: PaperPDF) -> None:
    pdf.add_page()
    heading(pdf, "Appendix 1 - Corporate Risk Register: risk detail", size=12)
    ruled_table(
        pdf,
        ["Risk ID", "CRR 01", "Risk Title", "Data and Information Management"],
        [],
        [22, 25, 25, 98],
        size=9,
    )
    ruled_table(
        pdf,
        ["Source / Cause of risk", "Risk Event", "Consequence", "Risk Owner"],
        [
            (
                "The council holds large amounts of personal data and relies on it to plan and "
                "deliver services. More partnership working and flexible working make the data "
                "harder to control.",
                "Information security incident resulting in loss of personal data or breach of "
                "confidentiality.",
                "Enforcement action or a monetary penalty from the Information Commissioner. "
                "Reputational damage and claims for damages.",
                "Mr U Stanmore, General Counsel",
            )
        ],
        [50, 40, 45, 35],
        size=8.5,
    )
    ruled_table(
        pdf,
        [
            "Current Likelihood",
            "Current Impact",
            "Current Risk",
            "Target Residual Likelihood",
            "Target Residual Impact",
            "Target Risk",
        ],
        [("Likely (4)", "Serious (4)", "16 High", "Unlikely (2)", "Serious (4)", "8 Medium")],
        [28, 28, 28, 30, 28, 28],
        size=8.5,
    )
    ruled_table(pdf, ["Control Title", "Control Owner"], CONTROLS, [110, 60], size=8.5)
    ruled_table(
        pdf,
        ["Action Title", "Action Owner", "Planned Completion Date"],
        ACTIONS,
        [85, 55, 30],
        size=8.5,
    )
    para(
        pdf,
        "Likelihood: Very Unlikely (1), Unlikely (2), Possible (3), Likely (4), "
        "Very Likely (5). Impact: Minor (1), Moderate (2), Significant (3), Serious (4), "
        "Major (5).",
        size=8.5,
    )
