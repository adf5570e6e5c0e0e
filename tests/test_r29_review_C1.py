"""Review of held-out round 29's contracts fixes (reviewer C1): the defects found in the
fixer's change, each on a small paper another council could publish."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import contract_rows
from kcc_papers.extract.contracts.contracts_in_place import IN_PLACE_PROVIDER_PATTERNS

# An agreement of a kind that buys nothing, said to end: a grant to a youth trust, the lease of
# a kiosk on the council's land, a partnership's data sharing. None is a contract in place
# (docs/heldout.md: grants never; a lease of the council's land is no contract let), though
# "whose contract ends" is one.
NOT_BOUGHT = """3.1 Youth work in the town is delivered by Kestrel Youth Trust Ltd, whose grant agreement with the council ends on 31 March 2031. A new grant round opens in January.
3.2 The seafront kiosk is run by Harbour Cafe Ltd, whose lease agreement with the council ends on 31 March 2031. The kiosk will be advertised.
3.3 Crime analysis is supplied by Wealdmere Data Partnership, whose data sharing agreement with the council ends on 31 March 2031.
"""  # noqa: E501


def test_regression_an_agreement_that_buys_nothing_holds_no_contract_in_place(
        tmp_path: Path) -> None:
    assert contract_rows(NOT_BOUGHT, tmp_path) == []


# A partnership of public and voluntary bodies (no legal form, a firm's word at its end) whose
# agreement with the council or government ends: a council agrees with its partners too, so
# such a name holds an agreement as a contract only where it provides the service ("provided
# by", as r29a's audit partnership); a firm with a legal form holds any agreement.
PARTNERS = """3.1 The board noted the work of Eastgate Community Partnership, whose agreement with the council ends on 31 March 2031. Members thanked its volunteers.
3.2 The growth programme is overseen by Wealdmere Enterprise Partnership, whose agreement with government ends in March 2031.
3.3 Catering at the civic centre is provided by Ashdown Catering Ltd, whose agreement with the council ends on 30 June 2031.
"""  # noqa: E501


def test_regression_a_partners_agreement_is_no_contract_unless_it_provides_the_service(
        tmp_path: Path) -> None:
    assert contract_rows(PARTNERS, tmp_path) == [("Ashdown Catering Ltd", None)]


def test_the_whose_ends_patterns_read_a_long_line_quickly() -> None:
    # a long run of capitalised words and "whose" clauses that never end: each pattern reads it
    # in well under a second (a name is read for at most NAME_MAX_WORDS words)
    line = ("provided by Audit Services Partnership, whose agreement with the the the " * 300
            + "Alpha " * 3000)
    started = time.perf_counter()
    for pattern, _status in IN_PLACE_PROVIDER_PATTERNS:
        list(pattern.finditer(line))
    assert time.perf_counter() - started < 1.0
