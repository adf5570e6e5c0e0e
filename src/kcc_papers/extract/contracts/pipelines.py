"""Procurement pipelines (held-out round 26): contracts a body plans to let, each with an
estimate and no one they are let to. Their rows are no contracts: a contract is let to a party,
and these are not let yet. Two ways a paper says so:
- its title: "Procurement Pipeline 2026/27", a pipeline notice under section 93 of the
  Procurement Act 2023. A table row of such a paper that names no provider is a procurement to
  come; one that names a provider (an award the paper reports beside its pipeline) is read as
  ever, and so is a sentence that reports a contract let ("The grounds maintenance contract was
  awarded in December at a value of £1,250,000"): the pipeline is the paper's table, not its
  prose;
- a table's header: "Contract | Estimated value | Procurement route | Award expected". A table
  that says when its rows end ("Contract | Annual value | End date | Expected award date") lists
  contracts let and running, their successors' awards expected: its rows are read.

A forward plan's party column may name the holder of the contract each procurement replaces
("Planned procurement | Current provider | Estimated value | Route | Start | Expected award",
held-out round 35): with awards to come and no end, each row is still a procurement to come,
its firm the incumbent "shown for information", no contract the paper lets or reports."""

from __future__ import annotations

import re
from collections.abc import Mapping

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
    """The drafts, less each table row with no provider in a paper whose title names it a
    pipeline."""
    if not title or not PIPELINE_TITLE.search(title):
        return drafts
    return [d for d in drafts if d.provider or d.origin != "table"]


def awards_to_come(header: list[str], roles: Mapping[str, int]) -> bool:
    """Whether a table's header has a column of awards still to come and none of when its rows
    end (``roles``: the header's column roles): its rows are not let yet."""
    return "end" not in roles and any(AWARD_TO_COME.match(cell) for cell in header)


# A party column naming who holds the work now: "Current provider", "Incumbent (supplier)",
# "Existing contractor", "Present supplier", "Provider (incumbent)".
_PARTY = r"(?:provider|supplier|contractor|operator)s?"
INCUMBENT_COLUMN = re.compile(
    rf"^\s*(?:(?:current|existing|present|incumbent|outgoing)\s+{_PARTY}|"
    rf"incumbent(?:\s+{_PARTY})?|{_PARTY}\s*\(\s*(?:current|existing|present|incumbent)\s*\))"
    r"\s*(?:\(.*\))?\s*$", re.I)
# A value column of estimates ("Estimated value", "Indicative annual value"): what the
# procurement to come may cost, no price of the contract in place.
ESTIMATE_COLUMN = re.compile(r"\b(?:estimated|estimate|indicative|anticipated|forecast|"
                             r"projected)\b", re.I)


def incumbents_of_plan(header: list[str], roles: Mapping[str, int]) -> bool:
    """Whether a table of awards to come (``awards_to_come``) names in its party column only
    the holders of the contracts being replaced (INCUMBENT_COLUMN): none of its rows is let.
    So is such a table that says when the contracts in place end, if the sums it gives are
    estimates ("Procurement | Incumbent | Contract end | Estimated value | Expected award"):
    each row prices the procurement to come, not the incumbent's contract."""
    party, value = roles.get("provider"), roles.get("value")
    if party is None or not INCUMBENT_COLUMN.match(header[party]):
        return False
    return awards_to_come(header, roles) or (
        any(AWARD_TO_COME.match(cell) for cell in header)
        and value is not None and bool(ESTIMATE_COLUMN.search(header[value])))
