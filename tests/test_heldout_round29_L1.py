"""Regression tests for round 29's batch A papers left by the first fixers (slides and
presentations bound into packs): a procurement's evaluation deck appended to the award's
report (its kind and its meeting), and a web page's bulleted list read a sentence an item.
Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_html_rows, pack_documents

# ------------------------------------------ an evaluation deck appended to its award report

EVALUATION_DECK_PACK = """%% header Borough of Lowmoor - Executive - 4 March 2031
%% footer {page}
## BOROUGH OF LOWMOOR
** EXECUTIVE
Wednesday 4 March 2031 at 5.30 pm
** AGENDA
1. Apologies
2. Grounds Maintenance Contract: Award
--- page ---
Agenda Item 2
## Grounds Maintenance Contract: Award
Report of the Director of Place
** 1. Purpose
1.1 To award the grounds maintenance contract. The evaluation was presented to the Grounds Procurement Board on 12 February 2031; its slides are attached as Appendix B.
** 2. Recommendations
2.1 That the Executive awards the grounds maintenance contract to Verdant Estates Ltd for seven years from 1 June 2031 at £380,000 a year.
** 3. Background
3.1 The service is provided by Greenway Grounds Ltd under a contract that ends on 31 May 2031.
--- page landscape ---
## Appendix B: Grounds Maintenance Procurement: Evaluation Summary
Grounds Procurement Board, 12 February 2031
<< Lowmoor Council   OFFICIAL - SENSITIVE   1
--- page landscape ---
## Evaluation results
|% 34 14 14 14 12 12
|# Bidder | Quality (60) | Price (40) | Total | Rank |
| Verdant Estates Ltd | 50.4 | 36.1 | 86.5 | 1 |
| Greenway Grounds Ltd | 47.0 | 37.9 | 84.9 | 2 |
| Parkside Landscapes Ltd | 41.5 | 40.0 | 81.5 | 3 |
<< Lowmoor Council   OFFICIAL - SENSITIVE   2
--- page landscape ---
## Mobilisation risks
|% 8 46 12 12 10
|# Ref | Risk | Likelihood | Impact | Score |
| GM1 | TUPE transfer of 41 staff delayed | 2 | 4 | 8 |
| GM2 | Vehicle fleet not delivered by 1 June 2031 | 3 | 3 | 9 |
<< Lowmoor Council   OFFICIAL - SENSITIVE   3
"""  # noqa: E501


def test_evaluation_deck_with_mobilisation_risks_is_a_report(tmp_path: Path) -> None:
    # its head holds the bids scored before the contract's mobilisation risks: the
    # procurement's evaluation, a report; before, the risks' table made it a risk register
    kinds = [kind for kind, _, _ in pack_documents(EVALUATION_DECK_PACK, tmp_path)]
    assert kinds == ["agenda", "report", "report"]


def test_appended_deck_goes_to_the_packs_meeting(tmp_path: Path) -> None:
    # headed "Appendix B: ..." in the Executive's pack, the deck goes with its report to the
    # Executive of 4 March; before, its title slide's "Grounds Procurement Board, 12 February
    # 2031" (where it was first shown) was read as its meeting
    assert pack_documents(EVALUATION_DECK_PACK, tmp_path)[2][1:] == ("2031-03-04", "Executive")


# ------------------------------------------ a web page's bulleted list: a sentence an item

BULLETED_AWARD_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Item 7: Rural bus services</title></head>
<body><main>
<h1>Item 7: Rural bus services: demand responsive transport</h1>
<h2>Demand responsive transport: Upper Dale</h2>
<ul>
<li>Three bids received: Dale Connect Ltd, Ridgeway Mobility Ltd and Oakham Coaches Ltd</li>
<li>Preferred bidder: Ridgeway Mobility Ltd, five years from 1 June 2031, total contract value £2,150,000</li>
<li>Routes 31 and 32 are currently run by Oakham Coaches Ltd under a contract that ends on 31 May 2031</li>
</ul>
<h2>Recommendations</h2>
<p>The Committee is recommended to:</p>
<ol type="a"><li>note the bids received;</li>
<li>approve the award of the Upper Dale demand responsive transport contract to Ridgeway Mobility Ltd for five years from 1 June 2031 at a total value of £2,150,000.</li></ol>
</main></body></html>
"""  # noqa: E501


def test_web_list_items_are_sentences_of_their_own(tmp_path: Path) -> None:
    # each item of a web page's list is a block of its own (a browser sets it on its own line
    # after its bullet): no sentence runs on from one item into the next; before, the three
    # items unstopped read as one sentence, the incumbent taking the new contract's value
    rows = contract_html_rows(BULLETED_AWARD_PAGE, tmp_path)
    assert ("Ridgeway Mobility Ltd", 2150000.0) in rows
    assert ("Oakham Coaches Ltd", None) in rows
    assert ("Oakham Coaches Ltd", 2150000.0) not in rows
