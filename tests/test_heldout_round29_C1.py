"""Held-out round 29, contracts batches A-C: the misses fixed, each on a small paper written in
the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered

# A play area's works let on quotations: the table scores the three quotations received, its
# maxima said as "(of 60)"; only the one the report awards is a contract.
SCORED_QUOTATIONS = """%% header Kesterbury City Council - Eastgate and Riverside Area Committee
%% footer Page {page} of {pages}
%% watermark PUBLIC
%% hyphenate
## KESTERBURY CITY COUNCIL
** Report to: Eastgate and Riverside Area Committee
Date:	20 March 2031
Report of:	Parks Development Officer
Title:	Mill Lane Play Area Refurbishment
Wards:	Riverside
** 1. Summary
1.1 The Committee allocated £95,000 from the local improvements fund and section 106 contributions in 2029/30 to replace the equipment at Mill Lane play area, which was installed in 2004. This report asks the Committee to award the works contract.
** 2. Recommendation
2.1 That the Committee awards the contract for the refurbishment of Mill Lane play area to Playscape Installations Ltd at a cost of £86,250.
** 3. Procurement
3.1 Quotations were invited from four suppliers on the council's play equipment framework and three were received. Children at Riverside Primary School voted on the designs submitted.
| Supplier | Quotation £ | Quality score (of 60) | Total score (of 100) |
| Playscape Installations Ltd | 86,250 | 52 | 92.0 |
| Greenplay Leisure Ltd | 91,400 | 47 | 84.7 |
| Timbercraft Play Systems Ltd | 97,120 | 49 | 84.5 |
3.2 The play area will be closed for about six weeks from late May 2031. The council's grounds maintenance contractor will reinstate the surrounding grass.
** 4. Financial implications
4.1 The cost of £86,250 will be met from the £95,000 allocated. The balance of £8,750 will be held as a contingency and any sum unspent returned to the local improvements fund.
"""  # noqa: E501


def test_scores_out_of_a_maximum_said_as_of_mark_a_table_of_quotations(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(SCORED_QUOTATIONS, tmp_path)))
    assert rows == [("Playscape Installations Ltd", 86250.0)]


# An officer's decision record in plain text, each field an ASCII box: the bar framing a line
# ends no sentence, so the provider is the name after the subject ("... to Quarry Lane
# footbridge to Penrose Bridge Engineering Ltd"), not the place the subject's line ends on.
BOXED_DECISION = """BRENNINGTON COUNCIL

RECORD OF DECISION TAKEN BY AN OFFICER UNDER DELEGATED POWERS

+--------------------------------------------------------------------------+
| 3. Subject                                                               |
|    Emergency structural repairs to Quarry Lane footbridge, Oldcastle     |
+--------------------------------------------------------------------------+
| 4. Decision                                                              |
|    To award a contract for emergency structural repairs to Quarry Lane   |
|    footbridge to Penrose Bridge Engineering Ltd by single tender action  |
|    at a cost of GBP 97,850 (excluding VAT).                              |
+--------------------------------------------------------------------------+
"""


def test_an_ascii_box_frame_ends_no_sentence(tmp_path: Path) -> None:
    rows = contract_rows(BOXED_DECISION, tmp_path)
    assert rows == [("Penrose Bridge Engineering Ltd", 97850.0)]


# The outgoing provider of an internal audit award, named only in prose: a partnership (a word
# only a firm's name ends in) whose agreement with the council is said to end holds the
# contract in place, listed with no value.
AGREEMENT_ENDS = """2.1 That the Committee endorses the award of the internal audit service contract to Carrick Assurance LLP for three years from 1 April 2031 at a total cost of £186,000.
3.1 Internal audit is currently provided by Fenwold Audit Partnership, whose agreement with the council ends on 31 March 2031. The partnership is being wound up by its member councils.
"""  # noqa: E501


def test_a_partnership_whose_agreement_ends_holds_the_contract_in_place(tmp_path: Path) -> None:
    rows = contract_rows(AGREEMENT_ENDS, tmp_path)
    assert ("Fenwold Audit Partnership", None) in rows
    assert ("Carrick Assurance LLP", 186000.0) in rows
