"""Regression tests for the older held-out papers left to session 45's fixer 1 (round 25's
batch B and r25e): each named after what was misread, on a small paper written here in the
layout that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from heldout_support import contract_rows as _rows

# ------------ "a direct award ... to X Ltd ... at £sum" says no "contract" and is one
# (r25b ICB strategic commissioning committee's minutes: a Provider Selection Regime award)

DIRECT_AWARD_MINUTES = """MINUTES OF THE STRATEGIC COMMISSIONING COMMITTEE
SCC/25/044 Community Audiology: direct award to the existing provider
The Committee considered {award} to Hearfirst Audiology Ltd for two years at £1,240,000.
The Committee APPROVED the direct award of the community audiology contract to Hearfirst Audiology Ltd for two years from 1 January 2026.
"""  # noqa: E501


def test_direct_award_without_the_word_contract_gives_its_value(tmp_path):
    award = "a direct award under Process C of the Provider Selection Regime"
    rows = _rows(DIRECT_AWARD_MINUTES.format(award=award), tmp_path)
    assert rows == [("Hearfirst Audiology Ltd", 1_240_000.0)]


def test_a_grant_awarded_directly_is_no_contract(tmp_path):
    text = "The Panel approved a direct award of grant funding to Kidz Club Ltd of £5,000.\n"
    assert _rows(text, tmp_path) == []
