"""Review of round 16's reader changes, part D (KPIs, risks, contracts): a sum "over the
medium term" (a council's planning horizon) read as an engagement's price; staff appointed
for counted years read as a contract; the appointment cue slow over a run of spaces; a firm
an award is set against ("in preference to ...") read as let a part of it; a firm whose name
holds a level read as a scale; a register's consequence prose holding a sum read as the
impact. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows
from kcc_papers.extract.contracts import contract_cue
from test_heldout_round16_risks import CONSEQUENCE_PROSE, _rows
from test_s25_limits_misc import MOST_GROWTH, _seconds_per_call

# ------------------------------------- "over the medium term": a planning horizon, no term


MEDIUM_TERM = """3.1 The cost of the pay award is £2,100,000 over the medium term, to be met from reserves.
3.2 The total cost is £640,000 over the medium term.
3.3 Its cost is £1.2m over the medium term financial plan period.
3.4 The fees are £90,000 over the long term, as the Fund's assets grow.
"""  # noqa: E501


def test_regression_cost_over_the_medium_term_is_no_contract_value(tmp_path: Path) -> None:
    # the new "price is £x over the five year term" cue read any "over the ... term": the
    # medium term of a council's financial plan is no engagement's term
    assert contract_rows(MEDIUM_TERM, tmp_path) == []


def test_price_over_an_engagements_term_still_read(tmp_path: Path) -> None:
    text = ("2.1 That the Committee appoints Harbury Custody Services plc as global custodian "
            "for a term of five years.\n2.2 Its price is £1,085,000 over the five year term.\n")
    assert contract_rows(text, tmp_path) == [("Harbury Custody Services plc", 1_085_000.0)]


# ------------------------------------------- staff appointed for counted years: no contract

STAFF_FOR_YEARS = """4.1 The service appointed two additional social workers for two years at a cost of £120,000, funded from the Public Health grant.
"""  # noqa: E501


def test_regression_staff_appointed_for_counted_years_read_as_a_contract(tmp_path: Path) -> None:
    # the counted-years cue ("appoint X plc ... for five years") took any appointment: staff
    # appointed so are no firm, and their cost no contract's value
    assert contract_rows(STAFF_FOR_YEARS, tmp_path) == []


# ------------------------------------------------ the appointment cue over a run of spaces


def test_regression_appointment_cue_slow_over_a_run_of_spaces() -> None:
    # "appoint\s+" then a reach that may open on spaces: the reach tried from each space of a
    # run (10,000 spaces after one "appoint" took ~230 times the search without it)
    spaces = " " * 10_000

    def cue(word: str) -> float:
        return _seconds_per_call(lambda: contract_cue.CONTRACT_CUE.search(word + spaces + "x"), 3)

    assert cue("appoint") / cue("appint") < MOST_GROWTH


# --------------------------------- a firm set against an award after its sum is let nothing

SET_AGAINST = """1.1 That the contract for the resurfacing of the A4120 be awarded to Westmere Surfacing Ltd at a cost of £1,200,000, in preference to Callow Roads Ltd at a cost of £1,300,000.
1.2 That the contract for street lighting maintenance be awarded to Brightway Lighting Ltd at a cost of £410,000, compared to Lumen Services Ltd at a cost of £455,000 under the last contract.
"""  # noqa: E501


def test_regression_firm_set_against_an_award_read_as_let_a_part(tmp_path: Path) -> None:
    # the two-awards rule ("awarded to X at a cost of £x, and ... awarded to Y at a cost of
    # £y") paired every "to <firm> at a cost of": a firm the award is preferred or compared
    # to after its sum is let nothing
    assert contract_rows(SET_AGAINST, tmp_path) == [
        ("Westmere Surfacing Ltd", 1_200_000.0), ("Brightway Lighting Ltd", 410_000.0)]


# -------------------------------------------- a firm whose name holds a level is a firm

LEVEL_IN_NAME = """1.1 That the contract for the cyber security review be awarded to Level 7 Assurance Ltd at a value of £86,000.
"""  # noqa: E501


def test_regression_firm_named_with_a_level_read_as_a_scale(tmp_path: Path) -> None:
    # "to RIBA stage 4" names a stage, no party; a name ending in a legal form is a firm's,
    # whatever words it holds
    assert contract_rows(LEVEL_IN_NAME, tmp_path) == [("Level 7 Assurance Ltd", 86_000.0)]


# --------------------------- a register's consequence prose holding a sum read as the impact

CONSEQUENCE_WITH_A_SUM = CONSEQUENCE_PROSE.replace(
    "Fees refunded to applicants; complaints to the Ombudsman",
    "Fees of up to £40,000 refunded to applicants")


def test_regression_consequence_prose_with_a_sum_read_as_the_impact(tmp_path: Path) -> None:
    # a column of prose under a factor's heading yielded the factor to its letter's column
    # only where its first cell held no figure at all: a sum is prose's, a factor's figure is
    # one or two figures on their own
    assert CONSEQUENCE_WITH_A_SUM != CONSEQUENCE_PROSE
    assert _rows(CONSEQUENCE_WITH_A_SUM, tmp_path) == [
        ("LS1", 3, 4, 12), ("LS2", 2, 3, 6), ("LS3", 2, 5, 10)]
