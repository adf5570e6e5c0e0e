"""The readers' patterns that open on a run of spaces stay linear in its length.

Each opened on ``\\s*`` or ``\\s+`` and, searched over a long run of spaces with nothing after it
that it wants, read the rest of the run from every space: 10,000 spaces took 0.4-1 s. The
growth check is that of ``test_s25_limits_misc``: CPU time of an input ``LONGER`` times longer
over a short one's, robust to the machine's load.
"""

from __future__ import annotations

import re

import pytest

from kcc_papers.extract.agenda import patterns as agenda_patterns
from kcc_papers.extract.contracts import draft, names, provider_drafts, sentences, value_drafts
from test_s25_limits_misc import GROWTH_TRIES, MOST_GROWTH
from test_s25_limits_misc import _growth as _run_growth

SMALL_RUN = 300
# The whitespace a bad text layer runs to: spaces, tabs, blank lines.
RUNS = [" ", "\t", " \n"]
FIXED = {
    "NAME_SPLIT": names.NAME_SPLIT,
    "NAME_COMMA": names.NAME_COMMA,
    "SERVICE_NOUN": provider_drafts.SERVICE_NOUN,
    "BRACKETED_SUM": value_drafts.BRACKETED_SUM,
    "_LINE_BREAK": sentences._LINE_BREAK,
    "PRESENTER": agenda_patterns.PRESENTER,
    "TITLE_TAIL": draft.TITLE_TAIL,
}
# Each pattern as it was, which the growth check must catch.
BEFORE = {
    "NAME_SPLIT": r"\s*,\s*(?:and\s+)?|\s+and\s+",
    "NAME_COMMA": r"\s*,\s*",
    "SERVICE_NOUN": r"\s+contracts?\b",
    "BRACKETED_SUM": r"\s*\((?=[^()]{0,80}£)[^()]{1,80}\)",
    "_LINE_BREAK": r"[ \t]*\n[ \t]*",
    "PRESENTER": r"\s+[-–]\s+(Reports?\s+(?:of|by|from)\s+(?:the\s+)?[A-Z].*)$",
    "TITLE_TAIL": r"\s*[–—:-]\s*(?:contract\s+)?(?:management|monitoring|update)\b.*$",
}


def _growth(pattern: re.Pattern[str], unit: str) -> float:
    """How much longer searching a run LONGER times as long takes."""
    return _run_growth(lambda units: pattern.search(unit * units), SMALL_RUN)



def _worst_growth(pattern: re.Pattern[str]) -> float:
    return max(min(_growth(pattern, unit) for _ in range(GROWTH_TRIES)) for unit in RUNS)


@pytest.mark.parametrize("name", FIXED)
def test_regression_pattern_is_linear_in_a_run_of_spaces(name: str) -> None:
    assert _worst_growth(FIXED[name]) < MOST_GROWTH


@pytest.mark.parametrize("name", FIXED)
def test_the_check_catches_the_pattern_as_it_was(name: str) -> None:
    assert _worst_growth(re.compile(BEFORE[name], FIXED[name].flags)) > MOST_GROWTH


@pytest.mark.parametrize(("name", "text"), [
    ("NAME_SPLIT", "Alpha Ltd , Beta Ltd, and Gamma plc and  Delta, , Epsilon"),
    ("NAME_COMMA", "Alpha Ltd ,Beta Ltd,  Gamma plc , , Delta"),
    ("SERVICE_NOUN", "the Home to School Transport  contracts to Acme, contract x"),
    ("BRACKETED_SUM", "£412,600 per annum  (£1,237,800 over the term) (aside) (£1)"),
    ("_LINE_BREAK", "award of \t\n\t the contract \n\n to\n Acme"),
    ("PRESENTER", "Budget monitoring  -  Report of the Director of Finance"),
    ("TITLE_TAIL", "Waste collection   –  contract management and performance"),
])
def test_pattern_still_matches_as_it_did(name: str, text: str) -> None:
    def found(pattern: re.Pattern[str]) -> object:
        return ([(m.span(), m.group(0)) for m in pattern.finditer(text)], pattern.split(text))

    assert found(FIXED[name]) == found(re.compile(BEFORE[name], FIXED[name].flags))
