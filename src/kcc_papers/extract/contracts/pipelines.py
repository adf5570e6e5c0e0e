"""Procurement pipelines (held-out round 26): contracts a body plans to let, each with an
estimate and no one they are let to. Their rows are no contracts: a contract is let to a party,
and these are not let yet. Two ways a paper says so:
- its title: "Procurement Pipeline 2026/27", a pipeline notice under section 93 of the
  Procurement Act 2023 (a row that names a provider, an award reported beside the pipeline, is
  read as ever);
- a table's header: "Contract | Estimated value | Procurement route | Award expected"."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# The title of a paper that says it is a pipeline: "Procurement Pipeline 2026/27", "Pipeline
# notice". (Not a forward procurement plan: its rows priced exactly are its table's business,
# test_heldout_round15_contracts, and bands are no values already.)
PIPELINE_TITLE = re.compile(r"\b(?:procurement|contracts?)\s+pipeline\b|\bpipeline\s+notices?\b",
                            re.I)

# A column saying when the award is to come: "Award expected", "Expected award (date)",
# "Planned award date", "Anticipated contract award", "Target award date", "Award due".
AWARD_TO_COME = re.compile(
    r"^\s*(?:(?:expected|planned|anticipated|target|forecast|estimated)\s+(?:contract\s+)?"
    r"award(?:\s+date)?|award\s+(?:date\s+)?(?:expected|due|planned|anticipated|forecast))"
    r"\s*(?:\(\s*(?:date|month|quarter)\s*\))?\s*$",
    re.I)


def without_pipeline_rows(drafts: list[Draft], title: str | None) -> list[Draft]:
    """The drafts, less each with no provider in a paper whose title names it a pipeline."""
    if not title or not PIPELINE_TITLE.search(title):
        return drafts
    return [d for d in drafts if d.provider]


def awards_to_come(header: list[str]) -> bool:
    """Whether a table's header has a column of awards still to come (its rows not let yet)."""
    return any(AWARD_TO_COME.match(cell) for cell in header)
