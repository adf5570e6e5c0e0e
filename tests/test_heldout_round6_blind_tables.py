"""Regression tests for the KPI, risk and contract misses of held-out round 6's blind batch (E)
on its first run: each named after the bug, on a small paper in the layout that showed it, with
guards of the general rule that fixed it, and the floor over the batch's table papers."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import below_floor, heldout_accuracy
from heldout_support import scored_risks as _risks
from kcc_papers.extract import contracts, kpis, risks
from kcc_papers.extract.kpis.status import status_key
from kcc_papers.load import load
from kcc_papers.models import Contract, Kpi, Risk

# The batch's papers whose KPIs, risks and contracts this part fixed (the met pack's KPI table
# is read below as its own paper: splitting the pack is the structure part's).
TABLE_PAPERS = {
    "r6e_combined_authority_scorecard.txt",
    "r6e_scottish_council_pentana_kpis.txt",
    "r6e_health_board_assurance_risks.txt",
    "r6e_county_cabinet_report_contract.pdfsrc",
    "r6e_scottish_council_report_contract.txt",
}
OWN_CLASSES = {"kpis", "risks", "contracts"}


def _kpis(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    (ctx,) = text_contexts(text, "performance_report", tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]


def _contracts(text: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    (ctx,) = text_contexts(text, None, tmp_path)
    return [(c.provider, c.value_gbp) for c in contracts.extract(ctx) if isinstance(c, Contract)]


def test_the_blind_batch_table_papers_meet_the_floor_in_their_classes():
    low = below_floor(TABLE_PAPERS)
    assert not set(low) & OWN_CLASSES, f"round 6 batch E below the floor: {low}"


# ---------------------------------------------------------------------------- tables in spaces

SPACED_SCORECARD = """NORTHFELL COMBINED AUTHORITY

Overview and Scrutiny Committee - 9 March 2026

Performance Scorecard - Quarter 3

    Ref    Indicator                                Target    Q3 Outturn   Status
    ----   --------------------------------------   -------   ----------   ---------
    S1     Apprenticeship starts                     1,500     1,612        On Track
    S2     Rail journeys (millions)                  14.0      11.2         Off Track

Commentary follows.
"""


def test_regression_kpi_table_set_out_in_spaces_gave_no_kpis(tmp_path):
    assert _kpis(SPACED_SCORECARD, tmp_path) == [("S1", 1612.0, "green"), ("S2", 11.2, "red")]


def test_a_table_in_spaces_is_read_only_where_the_page_has_no_tab_table(tmp_path):
    from kcc_papers.load.aligned import aligned_tables, page_tables

    tabbed = SPACED_SCORECARD + "\nRef\tIndicator\tTarget\tQ3\tStatus\nX1\tOther\t1\t2\tOn Track\n"
    tabbed += "X2\tMore\t1\t0\tOff Track\n"
    path = tmp_path / "paper.txt"
    path.write_text(tabbed)
    (page,) = load(path).pages
    assert [t.texts()[1][0] for t in page_tables(page)] == ["X1"]
    assert [t.texts()[1][0] for t in aligned_tables(page)] == ["S1"]


def test_prose_with_wide_gaps_is_no_table(tmp_path):
    from kcc_papers.load.aligned import aligned_tables

    text = ("Status key:  OK = on or above target;  Warning = below target but within\n"
            "tolerance;  Alert = below tolerance.\n\nThe report was noted.  Members asked\n"
            "about sickness.   The Chair thanked officers.\n")
    path = tmp_path / "paper.txt"
    path.write_text(text)
    assert [aligned_tables(p) for p in load(path).pages] == [[]]


STATUS_IN_ORDER = SPACED_SCORECARD.replace(
    "Performance Scorecard - Quarter 3\n",
    "Performance Scorecard - Quarter 3\n\nStatus: On Track / Some Slippage / Off Track\n",
).replace("Off Track\n\nCommentary", "Some Slippage\n\nCommentary")


def test_regression_status_key_naming_three_ratings_in_order_left_the_middle_unrated(tmp_path):
    assert _kpis(STATUS_IN_ORDER, tmp_path) == [("S1", 1612.0, "green"), ("S2", 11.2, "amber")]
    assert status_key(["Status: On Track / Some Slippage / Off Track"]) == {
        "on track": "green", "some slippage": "amber", "off track": "red"}
    # the ends must rate by their own words, either way round; else the order says nothing
    assert status_key(["Rating: Off Track / Some Slippage / On Track"])["some slippage"] == "amber"
    assert status_key(["Status: Open / Pending / Closed"]) == {}
    assert status_key(["Status: On Track / Off Track"]) == {}


PENTANA = """LOCHSIDE COUNCIL

AUDIT COMMITTEE: 11 MARCH 2026

PERFORMANCE REPORT - QUARTER 3 2025/26

Status key:  OK = on or above target;  Warning = below target but within tolerance;
             Alert = below tolerance.

Code          Short Name                                 Q3 2025/26  Target  Status
                                                         Value
RES-PI-01     Invoices paid within 30 days (%)           91.2        95      Warning
RES-PI-02     Council tax collected in the year to       83.0        82      OK
              date (%)
RES-PI-03     Sickness absence days per employee         9.8         8       Alert

Commentary follows.
"""


def test_regression_short_name_column_header_over_two_lines_and_wrapped_names_gave_no_kpis(
        tmp_path):
    got = _kpis(PENTANA, tmp_path)
    assert got == [("RES-PI-01", 91.2, "amber"), ("RES-PI-02", 83.0, "green"),
                   ("RES-PI-03", 9.8, "red")]
    from kcc_papers.load.aligned import aligned_tables

    path = tmp_path / "pentana.txt"
    path.write_text(PENTANA)
    (table,) = aligned_tables(load(path).pages[0])
    rows = table.texts()
    assert rows[0] == ["Code", "Short Name", "Q3 2025/26 Value", "Target", "Status"]
    assert rows[2][1] == "Council tax collected in the year to date (%)"


def test_regression_short_name_column_of_a_tab_table_was_not_the_indicator(tmp_path):
    text = ("CITY COUNCIL\n\nScrutiny Committee - 4 March 2026\n\n"
            "Performance Report - Quarter 3\n\n"
            "Code\tShort Name\tQ3 Value\tTarget\tStatus\n"
            "PI-1\tMissed bins per 100,000\t41\t50\tOK\n"
            "PI-2\tFly-tipping cleared in 5 days (%)\t82\t95\tAlert\n\n"
            "Status key: OK = target met; Warning = slightly below; Alert = well below.\n")
    assert _kpis(text, tmp_path) == [("PI-1", 41.0, "green"), ("PI-2", 82.0, "red")]


def test_kpi_table_of_the_met_pack_read_as_its_own_paper(tmp_path):
    # The pack's KPI part (its third page) given alone: splitting the pack is the structure
    # part's, reading its table this part's.
    pack = (Path(heldout_accuracy.PAPERS) / "r6e_met_scrutiny_agenda_pack.pdfsrc").read_text()
    part = tmp_path / "kpi_part.pdfsrc"
    part.write_text(pack.split("--- page ---")[2])
    (ctx,) = contexts(heldout_accuracy.render_pdf(part, tmp_path), "performance_report")
    got = [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
           if isinstance(k, Kpi)]
    assert got == [("CR01", 84.9, "green"), ("CR02", 80.9, "red"), ("CR03", 20.8, "amber"),
                   ("CR04", 96.3, "green"), ("CR05", 8.9, "red")]


# ---------------------------------------------------------------------------- risks

SPACED_REGISTER = """NHS WESTLOCH

BOARD MEETING - 26 MARCH 2026

CORPORATE RISK REGISTER

Risks are scored as Consequence (C) x Likelihood (L).

ID     Risk title                                   C   L   Current   Target   Lead
-----  -------------------------------------------  --  --  -------   ------   ------------
2011   Delayed discharge from acute beds leading    4   5   20        12       Director of
       to long waits in the Emergency Department                               Acute Services
2040   Cyber attack disrupting clinical systems     5   2   10        5        Director of
                                                                               Digital

Changes since the last report follow.
"""


def test_regression_risk_register_in_spaces_with_wrapped_rows_gave_no_risks(tmp_path):
    # Consequence (impact) printed before likelihood
    assert _risks(SPACED_REGISTER, tmp_path) == [("2011", 5, 4, 20), ("2040", 2, 5, 10)]
    (ctx,) = text_contexts(SPACED_REGISTER, None, tmp_path)
    titles = [r.title for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert titles[0] == ("Delayed discharge from acute beds leading to long waits in the "
                         "Emergency Department")


# ---------------------------------------------------------------------------- contracts

TENDERED = """GLENMORE COUNCIL

Report to: Infrastructure Committee

Date: 5 March 2026

Subject: Award of Contract - Footway Resurfacing

1.1 It is recommended that the Committee:

    (a) approves the award of the contract for footway resurfacing to Tarmac Roads
        Ltd at a tendered sum of £812,400; and

    (b) notes the programme.

5.1 Tenders were evaluated on price and quality.

    Tenderer                      Price (£)      Quality    Total
    Tarmac Roads Ltd              812,400        24.5       92.5
    Kerbline Civils Ltd           845,100        26.0       91.3
"""


def test_regression_tendered_sum_was_not_the_contract_value(tmp_path):
    # the losing bidder in the evaluation table is no contract
    assert _contracts(TENDERED, tmp_path) == [("Tarmac Roads Ltd", 812400.0)]


FRAMEWORK = """WESTSHIRE COUNTY COUNCIL

CABINET - 10 MARCH 2026

The Cabinet is RECOMMENDED to approve the award of the school meals framework to Harvest
Catering CIC at an estimated value of £1.4m over three years.
"""


def test_regression_framework_award_at_an_estimated_value_gave_no_contract(tmp_path):
    assert _contracts(FRAMEWORK, tmp_path) == [("Harvest Catering CIC", 1400000.0)]


def test_a_policy_framework_approved_is_no_contract(tmp_path):
    text = FRAMEWORK.replace(
        "approve the award of the school meals framework to Harvest\n"
        "Catering CIC at an estimated value of £1.4m over three years.",
        "approve the Climate Policy Framework at an estimated cost to Members of £10,000.")
    assert _contracts(text, tmp_path) == []


def test_an_extension_naming_its_provider_takes_its_estimated_value(tmp_path):
    # as the held-out papers record extensions (r6f's "extend the contract with Vale
    # Aggregates Limited ... at a value of", r10r's repairs extension)
    text = FRAMEWORK.replace(
        "approve the award of the school meals framework to Harvest\n"
        "Catering CIC at an estimated value of £1.4m over three years.",
        "extend the contract with Harvest Catering CIC, awarded in 2022, for one year at an\n"
        "estimated value of £0.4m.")
    assert _contracts(text, tmp_path) == [("Harvest Catering CIC", 400000.0)]


LETTERED = """WESTSHIRE COUNTY COUNCIL

CABINET - 10 MARCH 2026

The Cabinet is RECOMMENDED to:
a) approve a Dynamic Purchasing System for home to school transport from 1 September 2026; and
b) approve the award of the minibus framework to Harvest Travel CIC at an estimated value of
£3.2m; and
c) delegate call-off awards to the Director.
"""


def test_regression_lettered_item_ran_on_into_the_contract_before_it(tmp_path):
    (ctx,) = text_contexts(LETTERED, None, tmp_path)
    (got,) = [c for c in contracts.extract(ctx) if isinstance(c, Contract)]
    assert (got.provider, got.value_gbp) == ("Harvest Travel CIC", 3200000.0)
    # item a)'s start date is not the framework's
    assert got.text.startswith("b) approve") and got.start_date is None
