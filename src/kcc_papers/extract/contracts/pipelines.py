"""Procurement pipelines (held-out round 26): a paper publishing the procurements a council
plans ("Procurement Pipeline 2026/27", a pipeline notice under section 93 of the Procurement
Act 2023) lists contracts not yet let, each with an estimated value and no supplier. A table
row of such a paper that names no provider is a procurement to come, no contract; one that
names a provider (an award the paper reports beside its pipeline) is read as ever, and so is
a sentence that reports a contract let ("The grounds maintenance contract was awarded in
December at a value of £1,250,000"): the pipeline is the paper's table, not its prose."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# The title of a paper that says it is a pipeline: "Procurement Pipeline 2026/27", "Pipeline
# notice". (Not a forward procurement plan: its rows priced exactly are its table's business,
# test_heldout_round15_contracts, and bands are no values already.)
PIPELINE_TITLE = re.compile(r"\b(?:procurement|contracts?)\s+pipeline\b|\bpipeline\s+notices?\b",
                            re.I)


def without_pipeline_rows(drafts: list[Draft], title: str | None) -> list[Draft]:
    """The drafts, less each table row with no provider in a paper whose title names it a
    pipeline."""
    if not title or not PIPELINE_TITLE.search(title):
        return drafts
    return [d for d in drafts if d.provider or d.origin != "table"]
