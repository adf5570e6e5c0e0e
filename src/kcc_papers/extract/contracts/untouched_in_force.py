"""A contract in force the paper says it leaves alone (held-out round 42): "The separate notice
processing and permit system (supplied by Tollgate Software Ltd under a contract to 2030) is
not affected by this report", beside the award of two other contracts.

By the set's conventions a contract in force gives a row only where the paper replaces it
(awards, procures or extends that service: its holder is then the outgoing one);
``merely_in_force`` drops the holders of a paper that lets nothing at all. A paper letting one
contract may name another in force only to say it is untouched: "is not affected by this
report", "falls outside the scope of this procurement", "does not form part of this tender".
Such a holder is no outgoing holder, and its row is dropped. A row let now ("new") is kept,
whatever the sentence says of other things ("... awarded to X Ltd; the existing staff are not
affected by this decision"), and so is a holder named after the words saying so, or before them
in another clause ("replacing Y Ltd, whose contract ended; staff are not affected by this
award": the clause after the ";" is the staff's)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# What the paper is: the report, the procurement, the award or decision it makes.
_THIS = (r"(?:this|the|these|the\s+present|the\s+current)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:report|procurement|re-?procurement|tender|award|decision|recommendations?|"
         r"proposals?|exercise|contracts?)\b")
# ... said to leave the contract alone: "is not affected by", "remains unaffected by", "falls
# outside the scope of", "is not part of", "does not form part of", "is not included in".
UNTOUCHED = re.compile(
    r"\b(?:(?:is|are|was|were|will\s+be|remains?)\s+(?:not\s+|un)affected\s+by\s+"
    r"|(?:is|are|falls?|remains?|lies?|sits?)\s+outside\s+(?:the\s+scope\s+of\s+)?"
    r"|(?:is|are)\s+not\s+(?:part\s+of|included\s+in|within(?:\s+the\s+scope\s+of)?|"
    r"covered\s+by)\s+"
    r"|(?:does|do)\s+not\s+form\s+(?:a\s+)?part\s+of\s+)"
    + _THIS, re.I)


def _untouched(draft: Draft) -> bool:
    """Whether a holder's own clause, after its name, says the paper leaves its contract alone."""
    if not draft.provider or draft.status == "new" or not draft.text:
        return False
    at = draft.text.find(draft.provider)
    if at < 0:
        return False
    start = at + len(draft.provider)
    end = draft.text.find(";", start)
    return UNTOUCHED.search(draft.text, start, end if end >= 0 else len(draft.text)) is not None


def without_untouched_contracts(drafts: list[Draft]) -> list[Draft]:
    """The rows, less the holders of contracts in force a sentence says the paper leaves
    alone (UNTOUCHED), where the paper lets another (a row let now; ``merely_in_force`` drops
    them where it lets none)."""
    return [d for d in drafts if not _untouched(d)]
