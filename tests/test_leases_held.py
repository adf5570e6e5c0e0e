"""The one rule family of a lease of goods in place (``leases_held``): held now ("has been
leased since 2021 from X Ltd") or until a day ("leased from X Ltd until 31 August 2026"), with
one guard, asked wherever a lessor is read, that land or a building heading what is leased is
the council's tenancy, no contract let."""

from __future__ import annotations

import re
import time

import pytest

from heldout_support import contract_rows
from kcc_papers.extract.contracts import award_phrasings, provider_phrasings
from kcc_papers.extract.contracts.leases_held import LEASE_PROVIDER_PATTERNS, premises_leased

AWARD = """REFUSE FLEET REPLACEMENT: CONTRACT AWARD

2.1 That the Executive approves the award of the contract for the supply of twelve refuse
collection vehicles to Carrow Municipal Trucks Ltd at a total contract value of £3,210,000.

"""
AWARDED = [("Carrow Municipal Trucks Ltd", 3210000.0)]
LESSOR = [("Harlow Vale Fleet Leasing Ltd", None)]


@pytest.mark.parametrize("said", [
    "3.1 The fleet has been leased since 2021 from Harlow Vale Fleet Leasing Ltd.",
    "3.1 The sweepers are leased from Harlow Vale Fleet Leasing Ltd until 31 March 2029.",
    # a place after "kept at" is where the goods stand, held now as until a day
    "3.1 The vehicles kept at the depot site have been leased since 2021 from Harlow Vale "
    "Fleet Leasing Ltd.",
    # a possessive names whose goods they are, not what is leased
    "3.1 The depot's sweepers have been leased since 2021 from Harlow Vale Fleet Leasing Ltd.",
    "3.1 Since 2021, the fleet has been leased from Harlow Vale Fleet Leasing Ltd.",
])
def test_goods_leased_from_a_firm_are_its_contract_in_place(tmp_path, said: str):
    assert contract_rows(AWARD + said + "\n", tmp_path) == AWARDED + LESSOR


@pytest.mark.parametrize("said", [
    "3.1 Units 3 and 4 at Riverside Business Park are leased from Harlow Vale Property Ltd "
    "until 30 June 2029.",
    "3.1 Since 2019, the depot has been leased from Harlow Vale Property Ltd.",
    "3.1 The land at Mill Lane, which the fleet uses, has been leased since 2019 from Harlow "
    "Vale Property Ltd.",
    "3.1 The ground floor of Riverside House is leased from Harlow Vale Property Ltd until "
    "24 June 2031.",
    "3.1 The land and buildings are currently leased from Harlow Vale Property Ltd.",
])
def test_regression_premises_leased_from_a_firm_are_no_contract(tmp_path, said: str):
    assert contract_rows(AWARD + said + "\n", tmp_path) == AWARDED


def test_premises_guard_reads_only_a_name_after_the_lease_verb():
    sentence = "The depot at Mill Street is leased from Harbour Estates Ltd."
    assert premises_leased(sentence, sentence.index("Harbour"))
    # the guard: the same premises before a name read otherwise ("managed by") are no lease
    managed = "The depot at Mill Street is managed by Harbour Estates Ltd."
    assert not premises_leased(managed, managed.index("Harbour"))


def test_lease_patterns_are_wired_once():
    # the one place: the award phrasings hold them, the older prose patterns no longer do
    lease_patterns = {p.pattern for p, _ in LEASE_PROVIDER_PATTERNS}
    award = {p.pattern for p, _ in award_phrasings.AWARD_PROVIDER_PATTERNS}
    prose = {p.pattern for p, _ in provider_phrasings.MORE_PROSE_PATTERNS}
    assert lease_patterns <= award and not lease_patterns & prose
    assert award_phrasings.AWARD_CUE.search("The vans are leased from Aa Ltd until 1 May 2027")


@pytest.mark.parametrize("unit", ["A", " ", "Aa Ltd ", "has been leased since 2020 ",
                                  "depot site and ", "leased from Aa ", "since ", "1. "])
def test_regression_lease_patterns_and_guard_are_linear(unit: str):
    def search(repeats: int) -> float:
        text = "Bw " + unit * repeats + " x Ltd"
        start = time.perf_counter()
        for pattern, _ in LEASE_PROVIDER_PATTERNS:
            list(pattern.finditer(text))
        for m in re.finditer(r"\S+", text[:20_000]):
            premises_leased(text, m.start())
        return time.perf_counter() - start

    search(10)
    assert search(100_000 // len(unit)) < 2.0
