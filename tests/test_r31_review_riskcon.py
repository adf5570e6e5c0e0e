"""Review of round 31's risks and contracts fixes: papers other councils would publish that the
fixes misread, each failing on the fix as it was merged to its branch."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, scored_risks, source_lines
from kcc_papers.models import Contract, Risk
from kcc_papers.pipeline import process_file

# A capital programme's register whose rows are threats and opportunities both, a column
# naming each row's kind ("Threat / Opportunity"): the threats are risks, whatever the
# column's heading says of the other rows.
THREATS_AND_OPPORTUNITIES = """Capital Programme Board: Programme Risk Register
Ref\tThreat / Opportunity\tDescription\tLikelihood\tImpact\tScore\tOwner
CP01\tThreat\tContractor insolvency delays the leisure centre\t3\t4\t12\tProgramme Director
CP02\tThreat\tBuild cost inflation above the 5% allowance\t4\t4\t16\tFinance Lead
CP03\tOpportunity\tGrant funding from Sport England\t2\t3\t6\tProgramme Director
"""


def test_regression_a_column_naming_each_row_s_kind_keeps_the_threats(tmp_path: Path) -> None:
    found = scored_risks(THREATS_AND_OPPORTUNITIES, tmp_path)
    assert {("CP01", 3, 4, 12), ("CP02", 4, 4, 16)} <= set(found)


# A climate adaptation register scoring each hazard, with the opportunity each brings in a
# column beside it ("Opportunities"): a register of risks, its subject the "Description".
ADAPTATION_REGISTER = """Climate Change Adaptation Risk Assessment
Ref\tClimate hazard\tDescription\tLikelihood\tImpact\tScore\tOpportunities\tOwner
CA01\tFlooding\tSurface water floods the depot\t3\t4\t12\tA new fleet site\tHead of Fleet
CA02\tHeat\tOverheating in care homes\t4\t4\t16\tShade planting\tDirector of Adult Care
CA03\tDrought\tParks irrigation restricted\t3\t2\t6\tDrought tolerant planting\tHead of Parks
"""


def test_regression_an_opportunities_column_beside_each_risk_keeps_them(tmp_path: Path
                                                                       ) -> None:
    assert scored_risks(ADAPTATION_REGISTER, tmp_path) == [
        ("CA01", 3, 4, 12), ("CA02", 4, 4, 16), ("CA03", 3, 2, 6)]


# A register printed as labelled blocks, a risk's cause naming the contract it depends on
# ("Cause: The waste collection contract with Veolia ES (UK) Ltd ..."): the block is a row of
# the register, its fields cells, as a table's are; the report's own paragraph after the
# register names the contract it reflects.
LABELLED_REGISTER = "\n".join((
    "Corporate Risk Register - Quarter 2",
    "",
    "Risk Ref: CR01",
    "Risk title: Failure of the revenues and benefits system",
    "Cause: The council's revenues system is provided by Capita Business Services Ltd under a"
    " contract that ends in 2030.",
    "Current score: Likelihood 3 x Impact 5 = 15",
    "Risk owner: Director of Resources",
    "",
    "Risk Ref: CR02",
    "Risk title: Loss of waste collection service",
    "Cause: The waste collection contract with Veolia ES (UK) Ltd, worth £6.2m a year, could fail.",
    "Current score: Likelihood 2 x Impact 4 = 8",
    "Risk owner: Head of Waste",
    "",
    "3.1 CR01 reflects the new contract with Harlow Revenues Systems Ltd, which is to host the"
    " system from April 2032.",
    ""))


def _risks_and_contracts(path: Path) -> tuple[list[str | None], list[tuple[str | None,
                                                                           float | None]]]:
    result = process_file(str(path))
    assert {d.kind for d in result.documents} == {"risk_register"}
    return ([r.risk_id for r in result.records if isinstance(r, Risk)],
            [(c.provider, c.value_gbp) for c in result.records if isinstance(c, Contract)])


def test_regression_a_labelled_register_s_fields_name_no_contract(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text(LABELLED_REGISTER)
    assert _risks_and_contracts(path) == (["CR01", "CR02"], [
        ("Harlow Revenues Systems Ltd", None)])


# The same as a PDF's risk cards: a heading per risk, its fields as label lines, which run on
# as one paragraph (none of them ends a sentence).
RISK_CARDS = source_lines(
    "## Westbridge Borough Council",
    "** Strategic Risk Register",
    "Report of:\tHead of Audit and Risk",
    "** Risk SR1: Waste collection service failure",
    "Risk owner: Director of Environment",
    "Cause: The waste collection contract with Veolia ES (UK) Ltd ends in March 2030 and the"
    " market for a new one is thin.",
    "Current score: Likelihood 3 x Impact 4 = 12",
    "Target score: Likelihood 2 x Impact 4 = 8",
    "** Risk SR2: Revenues system failure",
    "Risk owner: Director of Resources",
    "Cause: The revenues system is provided by Capita Business Services Ltd under a contract"
    " worth £1.2m a year.",
    "Current score: Likelihood 2 x Impact 5 = 10",
    "Target score: Likelihood 2 x Impact 4 = 8",
)


def test_regression_a_pdf_s_risk_cards_name_no_contract(tmp_path: Path) -> None:
    assert _risks_and_contracts(rendered(RISK_CARDS, tmp_path)) == (["SR1", "SR2"], [])
