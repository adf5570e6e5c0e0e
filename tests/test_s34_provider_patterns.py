"""Regression (session 34, reviewer of round 19): two older provider patterns of the contract
sentences ("<Title> Contract with X", "X, who holds the ... contract") were tried from every
letter of a long capitalised word, each try reading the rest of the word: 3-10 s on a word of
10,000 capitals. They now start at a word's start only; what they read is unchanged."""

from __future__ import annotations

import pytest

from kcc_papers.extract.contracts.provider_patterns import PROVIDER_PATTERNS
from test_s25_limits_misc import MOST_GROWTH, _growth


@pytest.mark.parametrize("index", range(len(PROVIDER_PATTERNS)))
def test_regression_provider_pattern_is_linear_in_a_long_capitalised_word(index: int) -> None:
    pattern = PROVIDER_PATTERNS[index][0]

    def search(letters: int) -> object:
        return pattern.search("Bw" + "A" * letters + " x")

    assert _growth(search, 200) < MOST_GROWTH


@pytest.mark.parametrize(("sentence", "name"), [
    ("The current Mid Kent Grounds Contract with Amey Ltd ends in March.", "Amey Ltd"),
    ("Bytes Software Ltd, who hold the current licensing contract, will be retained.",
     "Bytes Software Ltd"),
])
def test_provider_patterns_still_read_a_name_at_its_words_start(sentence: str, name: str) -> None:
    found = [m.group("name") for p, _ in PROVIDER_PATTERNS if (m := p.search(sentence))]
    assert name in found
