"""The non-PDF samples: a ModernGov "Issue details" HTML page, a plain-text minutes export with
tab-separated tables, and a news article that is not a committee paper at all."""

from __future__ import annotations

from html import escape
from pathlib import Path

ISSUE_FACTS = [
    ("Decision type", "Key"),
    ("Reason Key", "Expenditure or savings of more than £1m;"),
    ("Decision status", "Recommendations Approved"),
    ("Notice of proposed decision first published", "02/12/2024"),
    ("Decision due", "6 Feb 2025 by Cabinet"),
    ("Lead member", "Cabinet Member for Communities"),
    ("Lead director", "Mrs A Kettering"),
    ("Department", "Growth, Environment and Transport"),
    (
        "Contact",
        "Ms C Redfern, Head of Libraries, Registration and Archives "
        "Email: libraries.review@example.gov.uk Tel: 03000 410321.",
    ),
]
ISSUE_MEETINGS = [
    (
        "14/01/2025",
        "Growth, Economic Development and Communities Cabinet Committee",
        "For comment before the decision",
    ),
    ("06/02/2025", "Cabinet", "Decision"),
]


def issue_details_html() -> str:
    facts = "\n".join(
        f"<p><strong>{escape(label)}:</strong> {escape(value)}</p>" for label, value in ISSUE_FACTS
    )
    meetings = "\n".join(
        f"<tr><td>{escape(d)}</td><td>{escape(m)}</td><td>{escape(p)}</td></tr>"
        for d, m, p in ISSUE_MEETINGS
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Issue details - 25/00014 - Library Service Opening Hours Review</title>
</head>
<body>
<div id="content">
<h1>Issue details</h1>
<h2>25/00014 - Library Service Opening Hours Review</h2>
<p>Following a public consultation, Cabinet will be asked to agree new opening hours at 32
libraries, saving £1.1m a year from 1 April 2025.</p>
{facts}
<h2>Consultees</h2>
<p>A public consultation ran from 1 October to 24 November 2024 and received 4,870 responses.
Staff and trade unions were consulted at the same time.</p>
<h2>Financial implications</h2>
<p>The new opening hours would reduce staffing costs by £1.1m a year.</p>
<h2>Meetings</h2>
<table>
<tr><th>Date</th><th>Meeting</th><th>Purpose</th></tr>
{meetings}
</table>
<h2>Decisions</h2>
<ul>
<li>06/02/2025 - 25/00014 - Library Service Opening Hours Review</li>
</ul>
</div>
</body>
</html>
"""


AUDIT_OPINIONS = [("High", 4), ("Substantial", 9), ("Adequate", 5), ("Limited", 2)]


def minutes_export() -> str:
    total = sum(n for _, n in AUDIT_OPINIONS)
    table = "\n".join(f"{name}\t{n}\t{round(100 * n / total)}%" for name, n in AUDIT_OPINIONS)
    paragraphs = [
        "GOVERNANCE AND AUDIT COMMITTEE",
        "MINUTES of a meeting of the Governance and Audit Committee held in the Medway Room, "
        "Sessions House, County Hall, Maidstone on Wednesday, 11 December 2024.",
        "PRESENT: Mrs H Calloway (Chairman), Mr I Bexley, Mr O Quennell, Mrs P Yardley "
        "(Substitute for Mr G Tolhurst) and Mr S Vickery",
        "IN ATTENDANCE: Mr D Penhallow (Corporate Director Finance), Mrs E Grantley (Head of "
        "Internal Audit) and Mr F Holloway (Engagement Lead, external auditor)",
        "UNRESTRICTED ITEMS",
        "41. Apologies and Substitutes\n(Item 1)",
        "Apologies for absence were received from Mr Tolhurst. Mrs Yardley attended as a "
        "substitute.",
        "42. Declarations of Interest by Members in items on the Agenda\n(Item 2)",
        "There were no declarations of interest.",
        "43. Minutes of the meeting held on 25 September 2024\n(Item 3)",
        "RESOLVED that the minutes of the meeting held on 25 September 2024 are correctly "
        "recorded and that they be signed by the Chairman.",
        "44. Internal Audit Progress Report\n(Item 4)",
        "(1) Mrs Grantley (Head of Internal Audit) introduced the report, which summarised the "
        f"{total} audits completed between September and November 2024.",
        "(2) The audit opinions given in the period were:",
        f"Audit Opinion\tNumber of Audits\tPercentage\n{table}",
        "(3) Members asked about the two audits with a Limited opinion, which related to the "
        "management of school purchasing cards and the security of the parking permits system. "
        "Mrs Grantley said that management actions had been agreed for both and would be "
        "followed up in March 2025.",
        "(4) RESOLVED that the report be noted.",
        "45. External Audit Findings Report 2023-24\n(Item 5)",
        "(1) Mr Holloway (Engagement Lead) presented the findings of the audit of the 2023-24 "
        "statement of accounts, which had identified no material misstatements.",
        "(2) RESOLVED that:",
        "(a) the External Audit Findings Report 2023-24 be noted; and",
        "(b) the Letter of Representation be signed by the Corporate Director Finance and the "
        "Chairman.",
        "46. Work Programme\n(Item 6)",
        "RESOLVED that the work programme be agreed.",
    ]
    return "\n\n".join(paragraphs) + "\n"


NEWS = [
    "Riverside cycle path opens between Eastmarsh and Holbrook",
    "A four-mile cycle and walking path along the River Lenn between Eastmarsh and Holbrook "
    "opened to the public on Saturday.",
    "The path, which took eighteen months to build, follows the route of an old railway line "
    "and crosses the river twice on new bridges. It cost £3.6m, most of it from a government "
    "active travel grant, with the rest paid by the county council and the two parish councils.",
    "Several hundred people turned out for the opening in spite of the rain. Local cyclist "
    "Maria Dunstan, who rides to work in Holbrook every day, said the new path would save her "
    "twenty minutes each way. \u201cBefore, I had to use the main road, and the lorries made it "
    "frightening,\u201d she said.",
    "A spokesperson for the county council said the path had been designed with a smooth "
    "surface so that wheelchair users and families with pushchairs could use it, and that "
    "benches had been placed every half mile.",
    "Not everyone is pleased. Some residents of Mill Lane in Eastmarsh say parking near the "
    "start of the path has already become difficult at weekends, and have asked for a "
    "residents\u2019 parking scheme.",
    "A second section of the path, linking Holbrook to the coast, is planned but does not yet "
    "have funding. Campaigners from the Lenn Valley Cycling Group said they would keep pressing "
    "for it.",
    "The path is open from dawn to dusk. Dogs are welcome but must be kept on a lead near the "
    "nature reserve at Holbrook Marshes.",
]


def write_texts(out: Path) -> None:
    for name, text in [
        ("sample_issue_details.html", issue_details_html()),
        ("sample_minutes_export.txt", minutes_export()),
        ("sample_news.txt", "\n\n".join(NEWS) + "\n"),
    ]:
        (out / name).write_bytes(text.encode("utf-8"))
