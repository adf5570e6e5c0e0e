"""Review of session 45's fixes of older held-out papers (contracts, classify, segment starts):
regression tests of what the review mended, each failing before its mend, on small papers a
plausible other council or NHS body would publish."""

from __future__ import annotations

from heldout_support import contract_rows as _rows

# ------------ a direct award of a grant scheme named in capitals ("Household Support Fund
# Grant", "Better Care Fund Funding") is no contract: DIRECT_AWARD_TO's guard words, in any case


def test_regression_direct_award_of_a_capitalised_grant_is_no_contract(tmp_path):
    text = ("The Panel approved a direct award of Household Support Fund Grant to "
            "Kidz Club Ltd of £5,000.\n")
    assert _rows(text, tmp_path) == []


def test_regression_direct_award_of_capitalised_funding_is_no_contract(tmp_path):
    text = ("The Board agreed a direct award of Better Care Fund Funding to "
            "Carewell Ltd of £50,000.\n")
    assert _rows(text, tmp_path) == []


def test_direct_award_of_a_named_service_still_lets_a_contract(tmp_path):
    # the guard of the mend: a service's name in capitals holds neither word
    text = ("The Committee approved a direct award of the Community Audiology Service to "
            "Hearfirst Audiology Ltd for two years at £1,240,000.\n")
    assert _rows(text, tmp_path) == [("Hearfirst Audiology Ltd", 1_240_000.0)]
