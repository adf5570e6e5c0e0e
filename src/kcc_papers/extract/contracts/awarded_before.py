"""A contract told as let in a year gone and running now: "The Committee noted that the
contracts awarded in 2024 to Harlow Grounds Ltd (£120,000) and Fenby Cleaning Ltd (£80,000)
expire in March 2028", "The contract was awarded in 2023 to X Ltd and ends on 31 March 2028".
The paper does not let it: it tells the contract in force, and when it runs out, and the
sentence reads as no contract (as one "let by the County Council in 2023" prices none:
merge.LET_IN_YEAR); unless it extends, varies, re-lets or replaces it. A holder named by the
service it runs ("carried out by X Ltd under a contract let in 2020, which expires ...") is
not read here: beside the award of the contract to come, it is the outgoing holder. An award
with no year ("be awarded to X Ltd (£...)"), or a letting in a year with no end said of it
("was let in August 2025 to X Ltd at £212,400", a report of contracts let), stays the award
it is."""

from __future__ import annotations

import re

from kcc_papers.normalise.outcomes import MONTH_NAME

# Let in a year gone, or a month and year, or told as let before: "awarded in 2024 to",
# "let in April 2025 to", "awarded last year to", "previously awarded to", or the year after
# the firm, "was awarded to X Ltd (£120,000) in 2024". Not an award said as to be made ("be
# awarded to X Ltd in 2027", "will be let in 2028").
_FIRM_CHARS = 120  # the firm and its price between "awarded to" and the year
WHEN_LET = rf"(?:(?:in|during)\s+(?:{MONTH_NAME}\s+)?(?:19|20)\d\d\b|last\s+year\b)"
# Only an award told with its firm ("awarded in 2024 to X Ltd"): a contract told by its
# holder ("provided by X Ltd under contracts let in 2023, which end on ...") is the holder of
# the contract in place that a paper replacing it names as outgoing (contracts_in_place).
_LET_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeing\s)\b(?:(?:previously\s+(?:awarded|let)|(?:awarded|let)\s+"
    + WHEN_LET + r")\s+to\s|(?:awarded|let)\s+to\s+[^.;]{1," + str(_FIRM_CHARS) + r"}?\s+"
    + WHEN_LET + ")", re.I)
# ... and said, after that, to run out: "expire in March 2028", "ends on 31 March", "run until
# 2028", "is due to end": the contract in force, its end ahead.
_RUNS_OUT = re.compile(
    r"\b(?:expires?|ends|end\s+(?:in|on)|runs?\s+(?:until|to|till)|run\s+out"
    r"|(?:is|are)\s+due\s+to\s+(?:end|expire))\b", re.I)
# ... unless the sentence does something to it now: extends, varies, re-lets or renews it
# ("... expire in March 2028 and be extended to 2029"), or replaces it.
_ACTED_ON = re.compile(
    r"\b(?:exten(?:d|ds|ded|sion)|var(?:y|ied|iation)|re-?let|re-?award\w*|renew\w*"
    r"|replac\w*|novat\w*)\b", re.I)


def awarded_before(sentence: str) -> bool:
    """Whether ``sentence`` tells a contract let before and running out, acted on by nothing
    it says (see the module's docstring): no contract of the paper's."""
    let = _LET_BEFORE.search(sentence)
    return (let is not None and _RUNS_OUT.search(sentence, let.end()) is not None
            and _ACTED_ON.search(sentence) is None)
