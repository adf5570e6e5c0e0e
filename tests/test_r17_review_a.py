"""Review of round 17's reader changes, part A (contracts, KPIs, risks): counter-examples of
other councils to the round's new rules. A column naming each row's "Theme" or "Area" was made
the rows' ref even where it groups several indicators under one name (one KPI across papers);
"recommended ... contracts" read a clause ("It is recommended that contracts ... be ended") as
a heading of contracts let; the firm after a second "to" was read only past a place ending in
plain words ("repairs to Kingsmead Car Park to X Ltd" kept the car park as the party) and also
past a phrase the first name ends ("to Hartwell for works to be handed over to X Ltd"); and a
register row's value was given whole to each of the awards its decision cell names; and a
covering report's own labelled risk ("Risk 1: ... Likelihood: 2") was added to the register
its summary table lists; and a table of contracts awarded on the page after another printing
the same header, introduced by its own sentence, was read as the first carried on (one total
for both); and a count or rank printed between an area's own figure and England's was read as
the figure rated; and a register's inherent heading shortened without its stop ("Inh Score")
or the space after it ("Inh.Score") was read as the current score. Each regression test fails
on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    ContractRow,
    contract_html_rows,
    contract_rows,
    contract_rows_of,
    pdf_kpis,
    rendered,
    source_lines,
)
from kcc_papers.extract import contracts, risks
from kcc_papers.extract.contracts.contract_pages import LETS_CONTRACTS
from kcc_papers.extract.contracts.provider_drafts import PLACE_THEN_PARTY
from kcc_papers.extract.risks.header_roles import INHERENT, RESIDUAL
from kcc_papers.models import Contract, Risk
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------ a theme over several indicators is none's ref

THEMED_DASHBOARD = """\
## Thornbury District Council
!! Corporate Performance Panel
** Performance Report - Quarter 3 2027/28
Report to:\tCorporate Performance Panel, 9 February 2028
Report by:\tHead of Policy
** 1. Purpose
1.1 This report sets out performance at the end of December 2027.
** Appendix A: Key indicators
|# Theme | Indicator | Target | Q3 Actual | RAG |
| Housing | Average days to re-let empty homes | 25 | 31 | Red |
| Housing | Rent collected as a share of rent due | 97.5% | 98.1% | Green |
| Environment | Household waste recycled | 50% | 46% | Amber |
| Environment | Missed bins per 100,000 collections | 60 | 52 | Green |
"""


def test_regression_theme_shared_by_several_indicators_made_their_ref(tmp_path: Path) -> None:
    # "Housing" beside two indicators was both rows' ref: one KPI key for two indicators
    kpis = pdf_kpis(THEMED_DASHBOARD, tmp_path)
    assert [(k.ref, k.description, k.latest_value, k.latest_rag) for k in kpis] == [
        (None, "Average days to re-let empty homes", 31.0, "red"),
        (None, "Rent collected as a share of rent due", 98.1, "green"),
        (None, "Household waste recycled", 46.0, "amber"),
        (None, "Missed bins per 100,000 collections", 52.0, "green")]


def test_theme_naming_each_row_once_stays_its_ref(tmp_path: Path) -> None:
    one_each = THEMED_DASHBOARD.replace("| Housing | Rent", "| Income | Rent").replace(
        "| Environment | Missed", "| Street scene | Missed")
    assert [k.ref for k in pdf_kpis(one_each, tmp_path)] == [
        "Housing", "Income", "Environment", "Street scene"]


# ---------------------------- "It is recommended that contracts ..." heads no contracts let


def _pdf_rows(source: str, tmp_path: Path) -> list[ContractRow]:
    return contract_rows_of(contexts(rendered(source, tmp_path)))


BUS_SERVICES = """## Harrowfield County Council
!! Transport Committee
** 4. Supported bus services
4.1 @lead@
|% 10 40 30 20
| Service | Route | Operator | Annual cost |
| 402 | Castlebury - Upton Marsh | Marcher Coaches Ltd | £214,300 |
| 405 | Castlebury - Abbots Leigh | Avonvale Travel Ltd | £186,950 |
"""


def test_regression_recommended_clause_over_a_table_read_as_contracts_let(
        tmp_path: Path) -> None:
    # the services' operators and costs under a clause recommending something of contracts
    # (ending them, cutting them) are no contracts let
    for lead in ("It is recommended that contracts for the services below be ended in March.",
                 "The table below sets out the recommended cuts to bus contracts."):
        assert _pdf_rows(BUS_SERVICES.replace("@lead@", lead), tmp_path) == []


def test_recommended_contracts_heading_still_heads_contracts_let(tmp_path: Path) -> None:
    source = BUS_SERVICES.replace("@lead@", "Recommended supported bus contracts")
    assert _pdf_rows(source, tmp_path) == [
        ("Marcher Coaches Ltd", 214_300.0), ("Avonvale Travel Ltd", 186_950.0)]


def test_recommended_contracts_rule_is_linear_in_a_run_of_words() -> None:
    def heading(words: int) -> object:
        return LETS_CONTRACTS.search("Recommended " + "recommended bus " * words + "services")

    assert _growth(heading, 100) < MOST_GROWTH


# ---------------------------------------------- "to <place> to <firm Ltd>", more widely

CAPITALISED_PLACE = """DECISION:
To award a contract for structural repairs to Abbey Road Car Park to Brackley Civils Ltd at a cost of £412,000.
"""  # noqa: E501

FIRM_THEN_PHRASE = """DECISION:
To award the contract for the depot works to Hartwell for works to be handed over to Brackley Civils Ltd in May, at a cost of £90,000.
"""  # noqa: E501


def test_regression_capitalised_place_before_the_firm_read_as_the_provider(
        tmp_path: Path) -> None:
    # the place was read past only when plain words ended it ("... multi-storey car park")
    assert contract_rows(CAPITALISED_PLACE, tmp_path) == [("Brackley Civils Ltd", 412_000.0)]


def test_regression_firm_before_a_later_to_lost_to_the_name_after_it(tmp_path: Path) -> None:
    # "for the works to be handed over" is no more of a place: the first name is the party
    assert contract_rows(FIRM_THEN_PHRASE, tmp_path) == [("Hartwell", 90_000.0)]


def test_place_then_party_is_linear_in_runs_of_words_and_spaces() -> None:
    def words(n: int) -> object:
        return PLACE_THEN_PARTY.match(" " + "car park " * n + "Ltd")

    def spaces(n: int) -> object:
        return PLACE_THEN_PARTY.match(" " * n + "to Abbey Ltd")

    assert _growth(words, 100) < MOST_GROWTH
    assert _growth(spaces, 300) < MOST_GROWTH


# --------------------------------- a register row awarding two firms prices neither alone

TWO_AWARDS_ONE_VALUE = """<html><body><h1>Officer delegated decisions: March 2028</h1>
<table><thead><tr><th>Reference</th><th>Decision</th><th>Reason</th><th>Value</th></tr></thead>
<tbody>
<tr><td>DD/28/031</td><td>To award contracts for the resurfacing of the Mill Lane and Station Road car parks to Norbury Surfacing Ltd and Kestrel Paving Ltd</td><td>Lowest quotations received.</td><td>£120,400</td></tr>
<tr><td>DD/28/032</td><td>To award the contract for the cleaning of the Guildhall windows to Brightpane Services Ltd</td><td>Lowest of three quotations.</td><td>£8,450</td></tr>
</tbody></table></body></html>
"""  # noqa: E501


def test_regression_register_row_value_given_whole_to_each_of_its_awards(
        tmp_path: Path) -> None:
    # £120,400 prices the two awards together: it was counted once for each firm
    assert contract_html_rows(TWO_AWARDS_ONE_VALUE, tmp_path) == [
        ("Norbury Surfacing Ltd", None), ("Kestrel Paving Ltd", None),
        ("Brightpane Services Ltd", 8_450.0)]


# ------------------- a covering report's own labelled risk is none of the register's risks

REPORT_RISK_THEN_REGISTER = source_lines(
    "!! Strategic Risk Register - March 2028",
    "Report to:\tAudit and Standards Committee",
    "Date of meeting:\t15 March 2028",
    "** 5. Risk implications of this report",
    "Risk 1: The register is not kept up to date",
    "Likelihood:\t2",
    "Impact:\t3",
    "Risk rating:\t6",
    "Mitigation:\tQuarterly review by the Corporate Management Team.",
    "--- page ---",
    "** Appendix A: Strategic risk register",
    "|# Ref | Risk title | Likelihood | Impact | Current Risk Rating |",
    "| SR1 | Medium term financial plan | 4 | 5 | 20 |",
    "| SR2 | Special educational needs transport | 3 | 4 | 12 |",
)


def _risk_rows(source: str, tmp_path: Path) -> list[tuple[str | None, int | None, int | None,
                                                           int | None]]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def test_regression_reports_own_labelled_risk_added_to_the_registers(tmp_path: Path) -> None:
    # the labelled blocks read beside a summary table detail its risks; "Risk 1" is no risk
    # the table lists, and was added to the register as a third risk
    assert _risk_rows(REPORT_RISK_THEN_REGISTER, tmp_path) == [
        ("SR1", 4, 5, 20), ("SR2", 3, 4, 12)]


def test_labelled_blocks_alone_are_still_the_register(tmp_path: Path) -> None:
    blocks_only = REPORT_RISK_THEN_REGISTER.split("--- page ---")[0]
    assert _risk_rows(blocks_only, tmp_path) == [("1", 2, 3, 6)]


# ------------ two tables of awards, one per quarter, printing one header: two tables

QUARTERS = """## Wealdmoor County Council
!! Transport Committee
** 3. Contracts awarded
3.1 The following contracts were awarded by officers in quarter 1.
|% 30 40 30
| Contract | Supplier | Contract value |
| Cleaning of Castle House | Brightpane Services Ltd | £24,300 |
| Gritting salt | Saltway Minerals Ltd | £186,950 |
--- page ---
3.2 The following contracts were awarded by officers in quarter 2.
|% 30 40 30
| Contract | Supplier | Contract value |
| Library van | Marcher Coaches Ltd | £64,300 |
| Pothole repairs | Caldecott Highways Ltd | £68,900 |
| Total | | £133,200 |
"""


def test_regression_next_quarters_table_of_the_same_header_read_as_the_same_table(
        tmp_path: Path) -> None:
    # the second table, introduced by its own sentence, carried on the first: its total was
    # checked against both tables' rows ("rows add up to £344,450.00 but the table prints
    # £133,200")
    (ctx,) = contexts(rendered(QUARTERS, tmp_path))
    found = [(c.provider, c.value_gbp) for c in contracts.extract(ctx) if isinstance(c, Contract)]
    assert found == [("Brightpane Services Ltd", 24_300.0), ("Saltway Minerals Ltd", 186_950.0),
                     ("Marcher Coaches Ltd", 64_300.0), ("Caldecott Highways Ltd", 68_900.0)]
    assert [f.check for f in ctx.findings] == []


# ------------ a count or a rank between the area's own figure and England's is no value

PUBLIC_HEALTH = """\
## Ashcombe Borough Council
!! Health and Wellbeing Board
** Public Health Outcomes - Quarter 2 2027/28
Report to:\tHealth and Wellbeing Board, 9 December 2027
Report by:\tDirector of Public Health
** 1. Purpose
1.1 This report sets out the outcomes indicators at the end of September 2027.
** Appendix A: Outcomes indicators
|# Code | Indicator | Ashcombe | @tally@ | England | Target | RAG |
| OF1 | Adults smoking (%) | 13.2 | @one@ | 11.6 | 12.0 | Red |
| OF2 | Physically active adults (%) | 66.1 | @two@ | 67.3 | 66.0 | Green |
"""


def test_regression_count_or_rank_beside_england_read_as_the_areas_figure(
        tmp_path: Path) -> None:
    # the column nearest England was taken for the area's own figure, whatever it counted
    for tally, one, two in (("Count", "20,114", "98,201"), ("Rank", "9", "3")):
        source = PUBLIC_HEALTH.replace("@tally@", tally).replace("@one@", one).replace(
            "@two@", two)
        assert [(k.ref, k.latest_value, k.latest_rag) for k in pdf_kpis(source, tmp_path)] == [
            ("OF1", 13.2, "red"), ("OF2", 66.1, "green")], tally


# ------------ an inherent heading shortened with no stop, or no space after it

SHORTENED_STAGES = source_lines(
    "!! Coastal Protection Risk Register",
    "Report to:\tCoastal Management Panel",
    "Date of meeting:\t9 October 2028",
    "** Appendix A: Coastal Protection Risk Register",
    "|# Risk ID | Risk description | @inh@L | @inh@I | @inh@Score | Key controls | @res@L "
    "| @res@I | @res@Score | Risk owner |",
    "| CP-01 | Breach of the shingle ridge at the harbour mouth | 5 | 5 | 25 | Beach recycling "
    "| 3 | 5 | 15 | Coastal Engineer |",
    "| CP-02 | Grant in aid for the revetment scheme not secured | 4 | 4 | 16 "
    "| Business case reviews | 2 | 4 | 8 | Head of Place |",
)


def test_regression_inherent_heading_without_its_stop_or_space_read_as_current(
        tmp_path: Path) -> None:
    # "Inh Score" (no stop) was the current score: 25, not 15; "Inh.Score" / "Res.Score"
    # (no space) named neither stage, and the residual factors went unread
    for inh, res in (("Inh ", "Res. "), ("Orig ", "Res. "), ("Inh.", "Res.")):
        source = SHORTENED_STAGES.replace("@inh@", inh).replace("@res@", res)
        assert _risk_rows(source, tmp_path) == [("CP-01", 3, 5, 15), ("CP-02", 2, 4, 8)], inh


def test_shortened_stage_headings_are_linear_in_a_run_of_spaces() -> None:
    def heading(spaces: int) -> object:
        text = "Res." + " " * spaces + "x"
        return RESIDUAL.sub("", text), INHERENT.search("Inh" + " " * spaces + "x")

    assert _growth(heading, 300) < MOST_GROWTH
