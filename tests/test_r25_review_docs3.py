"""Review of round 25's third documents pass: papers another council would plausibly publish
that the new rules must not misread. Each runs on small papers written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_front
from kcc_papers.extract.contracts.pack import merge_pack
from kcc_papers.models import Contract

# ------------------------------------------ a forward plan joined to its notice of decisions

NOTICE_OF_KEY_DECISIONS_PACK = pack_front("HOLMSLEY COUNTY COUNCIL", "Cabinet") + """\
Agenda Item 3
## Forward Plan and Notice of Key Decisions
Report to:	Cabinet
Date:	11 June 2026
| Decision | Decision maker | Date of decision |
| Award of the highways maintenance contract | Cabinet | 9 July 2026 |
| Adoption of the Local Transport Plan | Cabinet | 10 September 2026 |
"""


def test_regression_forward_plan_and_notice_of_key_decisions_stays_a_plan(tmp_path: Path) -> None:
    # the plan joined to its notice of decisions is still the plan; the fix's "and <any word
    # but Key>" read it as a report
    docs = pack_documents(NOTICE_OF_KEY_DECISIONS_PACK, tmp_path)
    assert any(kind == "forward_plan" for kind, _, _ in docs), docs


# ------------------------------- a short report citing Schedule 12A for its exempt appendix

EXEMPT_APPENDIX_PACK = pack_front("HOLMSLEY COUNTY COUNCIL", "Cabinet") + """\
Agenda Item 4
## Disposal of Land at Mill Lane, Holmsley
Report of the Director of Property
** Recommendation
That the Cabinet approves the disposal of the land at Mill Lane for £410,000.
Appendix B is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A \
of the Local Government Act 1972.
"""


def test_regression_short_report_citing_schedule_12a_is_a_document(tmp_path: Path) -> None:
    # a short public report citing Schedule 12A for its exempt appendix is a document; the
    # fix read the citation as an exclusion motion and dropped the report as a stand-in page
    docs = pack_documents(EXEMPT_APPENDIX_PACK, tmp_path)
    assert len([d for d in docs if d[0] != "agenda"]) == 1, docs


# --------------------------------- a planning notice quoted inside a report

PLANNING_NOTICE_PACK = pack_front("COLBROOK DISTRICT COUNCIL", "Planning Committee") + """\
Agenda Item 3
## Neighbourhood Plan Referendum Arrangements
Report of the Head of Planning
** 1. Recommendation
1.1 That the Committee notes the arrangements for the referendum.
** 2. Publicity
2.1 The notice published in the local press reads: "Notice is given that a public \
meeting about the Neighbourhood Plan will be held at the Village Hall on 2 July 2026."
2.2 The examiner's report was received on 14 May 2026.
"""


def test_guard_notice_inside_a_report_stays_a_report(tmp_path: Path) -> None:
    # a public notice quoted in a report ("Notice is given that a public meeting ... will be
    # held") leaves the report a report (the agenda clue without "hereby" is only fair)
    docs = pack_documents(PLANNING_NOTICE_PACK, tmp_path)
    assert ("report", "2026-06-11", "Planning Committee") in docs, docs


# --------------------------------- "Strategic Risk Report" as a section of a performance report

PERFORMANCE_PACK = pack_front("HOLMSLEY COUNTY COUNCIL", "Cabinet") + """\
Agenda Item 3
## Quarter 1 Performance Report 2026/27
Report of the Head of Policy
** 1. Recommendation
1.1 That the Cabinet notes performance in quarter 1.
** 2. Key performance indicators
| Indicator | Target | Q1 actual | RAG |
| Household waste recycled (%) | 50.0 | 47.2 | Amber |
| Invoices paid within 30 days (%) | 95.0 | 96.1 | Green |
| Calls answered within 60 seconds (%) | 80.0 | 71.4 | Red |
** 3. Strategic Risk Report
3.1 The strategic risk register was reviewed by the Corporate Leadership Team in May.
"""


def test_guard_risk_report_section_in_performance_report(tmp_path: Path) -> None:
    # "Strategic Risk Report" as a section of a performance report leaves it one
    docs = pack_documents(PERFORMANCE_PACK, tmp_path)
    assert ("performance_report", "2026-06-11", "Cabinet") in docs, docs


# ------------- a firm's pre-construction agreement and its building contract, two documents

def _contract(document_id: str, value: float, text: str) -> Contract:
    return Contract(document_id=document_id, provider="Haddow Pemberton Construction Ltd",
                    service="Foundry Wharf Phase 2", value_gbp=value, text=text)


def test_regression_pcsa_and_building_contract_in_two_documents_stay_two() -> None:
    # the minutes enter into a pre-construction services agreement at £164,500; the company's
    # report months later awards the design and build contract at £21,386,750: two contracts
    # with one firm (as ``merge`` keeps them within a document), not one read twice; before,
    # the pack's merge folded the award into the PCSA
    pcsa = _contract("d1", 164_500, "RESOLVED that a pre-construction services agreement for "
                     "Foundry Wharf Phase 2 be entered into with Haddow Pemberton Construction "
                     "Ltd at a fee of £164,500")
    award = _contract("d2", 21_386_750, "That the Board approves the award of the contract for "
                      "the design and construction of Foundry Wharf Phase 2 to Haddow Pemberton "
                      "Construction Ltd for a contract sum of £21,386,750")
    merged, _ = merge_pack([pcsa, award])
    values = sorted(c.value_gbp or 0 for c in merged if isinstance(c, Contract))
    assert values == [164_500, 21_386_750]


def test_guard_one_contract_read_in_two_documents_still_merges() -> None:
    # one building contract named in the minutes and in the award report (no PCSA) is one
    a = _contract("d1", 21_386_750, "the design and build contract with Haddow Pemberton")
    b = _contract("d2", 21_386_750, "award of the contract to Haddow Pemberton")
    merged, _ = merge_pack([a, b])
    assert len(merged) == 1
