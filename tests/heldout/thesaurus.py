"""The words councils print for the same table column or caption, written from council papers
(scorecards, risk registers, contract registers and award reports) before the readers were read:
the metamorphic tests (`metamorphic.py`) rename a header cell to another word of its family and
expect the same records. A family holds only words that mean the same column in every paper
that prints them; a word that names two columns in different papers ("Rating": a RAG in a
scorecard, the score in a register) is in the family of the table kind it means there."""

from __future__ import annotations

# Header families by the kind of table: "any" applies to every table kind.
HEADER_FAMILIES: dict[str, list[list[str]]] = {
    "any": [
        ["Ref", "Ref.", "Reference", "No.", "ID", "Code"],
        ["Owner", "Lead officer", "Responsible officer", "Lead", "Accountable officer"],
        ["Comments", "Commentary", "Narrative", "Notes", "Explanation"],
        ["Direction of travel", "DoT", "Direction", "Trend"],
        ["Service", "Service area", "Directorate", "Department"],
    ],
    "kpis": [
        ["Indicator", "Performance indicator", "Measure", "Performance measure", "KPI",
         "Description", "Indicator description", "Key performance indicator"],
        ["PI Code", "PI Ref", "KPI Ref", "Indicator ref", "Measure ref", "Code"],
        ["Target", "Target 2025/26", "Annual target", "Aim", "Goal", "Target value"],
        ["Actual", "Outturn", "Performance", "Result", "Current", "Latest", "Value",
         "Actual performance", "Current performance", "Latest value", "Achieved"],
        ["RAG", "Status", "Rating", "BRAG", "Performance status", "RAG status", "RAG rating"],
        ["Polarity", "Good is", "Good performance is", "Better is", "Higher or lower is better"],
        ["Frequency", "Reporting frequency", "Reported"],
        ["Previous", "Previous year", "Last year", "Prior year"],
    ],
    "risks": [
        ["Risk", "Risk title", "Risk description", "Description", "Title", "Risk name"],
        ["Risk ID", "Risk ref", "Risk reference", "Risk No.", "Risk number", "Ref"],
        ["Likelihood", "Probability", "L", "Likelihood (L)", "Prob."],
        ["Impact", "Severity", "Consequence", "I", "Impact (I)"],
        # not "Rating" alone: in one register the score, in another the level ("High")
        ["Score", "Risk score", "L x I", "Total score", "Current score"],
        ["Owner", "Risk owner", "Lead officer", "Responsible officer", "Risk lead"],
        ["Controls", "Existing controls", "Current controls", "Controls in place",
         "Key controls"],
        ["Actions", "Further actions", "Planned actions", "Actions planned",
         "Further mitigating actions"],
        # not "Status": a register's status is open, closed or escalated
        ["RAG", "RAG status", "RAG rating", "Risk level", "Level"],
    ],
    "contracts": [
        ["Supplier", "Provider", "Contractor", "Successful bidder", "Successful tenderer",
         "Awarded to", "Supplier name"],
        ["Value", "Contract value", "Total value", "Estimated value", "Value (£)",
         "Contract value (£)", "Total contract value", "Award value"],
        ["Contract", "Contract title", "Contract description", "Description", "Service",
         "Title", "Contract name"],
        ["Start", "Start date", "Contract start", "Commencement date", "Commencement"],
        ["End", "End date", "Expiry date", "Contract end", "Expiry"],
        ["Term", "Duration", "Contract period", "Contract term", "Length"],
        ["Procurement route", "Route", "Procurement method", "Method", "Framework"],
    ],
}

# Caption wording by table kind: a heading naming the table by any of these phrases is moved
# to another of its family ("Performance scorecard" -> "Key measures").
CAPTION_FAMILIES: dict[str, list[list[str]]] = {
    "kpis": [["Performance scorecard", "Key measures", "Performance dashboard",
              "Key performance indicators", "Performance indicators", "Corporate scorecard",
              "Performance measures", "Council Plan measures", "Performance report",
              "Performance summary", "Scorecard"]],
    "risks": [["Corporate risk register", "Strategic risks", "Risk register", "Key risks",
               "Strategic risk register", "Corporate risks", "Principal risks"]],
    "contracts": [["Contracts awarded", "Contract award", "Award of contract", "Contract awards",
                   "Award of contracts"],
                  ["Contracts register", "Register of contracts", "Contract register",
                   "Contracts forward plan"]],
}
