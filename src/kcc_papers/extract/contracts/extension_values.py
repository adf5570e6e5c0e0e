"""The value of an extension let, said in a clause of the sentence that extends a firm's
contract (held-out round 33): "That the bulky waste haulage contract with X Ltd be extended by
twelve months to 30 September 2027, the value of the extension being £385,000". VALUE_CUE
(``value_drafts``) reads "the contract value of"; here the sum is named as the extension's,
which is the contract let again, its value the row's.

Only in a sentence that names its firm (``value_drafts`` asks this cue only then) and extends
its contract, not one that weighs an option to ("an option to extend, the cost of the
extension being £X" lets nothing yet)."""

from __future__ import annotations

import re

# "the value of the extension being", "the total cost of this extension is", "the cost of the
# proposed extension will be": the sum just after.
EXTENSION_VALUE_CUE = re.compile(
    r"\bthe\s+(?:(?:total|estimated|overall)\s+){0,2}(?:value|cost|price)\s+of\s+(?:the|this)\s+"
    r"(?:(?:proposed|further|recommended)\s+)?extension\s+(?:being|is|was|will\s+be|would\s+be)"
    r"\s*\W{0,2}$", re.I)
# An extension not let but weighed: an option to extend, one that could or might be taken;
# or refused ("the contract will not be extended; the cost of the extension would be £X").
EXTENSION_WEIGHED = re.compile(r"\boptions?\b|\b(?:could|might|may)\s+(?:be\s+)?extend|"
                               r"\b(?:not|never)\s+(?:to\s+)?(?:be\s+|been\s+)?extend", re.I)
EXTENDED = re.compile(r"\bextend(?:s|ed)?\b", re.I)


def extension_value_cue(sentence: str, before: str) -> bool:
    """Whether the text just before a sum names it the value of the extension the sentence
    lets."""
    return (EXTENSION_VALUE_CUE.search(before) is not None and EXTENDED.search(sentence) is not None
            and EXTENSION_WEIGHED.search(sentence) is None)
