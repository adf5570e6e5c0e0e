"""Recommendation headings printed in two languages: a Welsh paper's "Argymhellion /
Recommendations" and a New Zealand council's "RECOMMENDATION | TŪTOHUTANGA", read as the half
that names the section, and a Welsh paper's block headed in Welsh alone (its translation)."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.ask_patterns import HEADING
from kcc_papers.extract.decisions.verdicts import verdict

# A heading in Welsh alone, not a bilingual one ("Argymhellion / Recommendations").
WELSH_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?-i:A)rgymhelli(?:ad|on)\b", re.I)

# A bilingual heading prints both languages: "2. Argymhellion / Recommendations".
BILINGUAL = re.compile(r"^(?P<num>\d+(?:\.\d+)*\.?\s+)?(?P<first>[^/]{3,60}?)\s+/\s+"
                       r"(?P<second>[^/]{3,60})$")

# ... or both in capitals parted by a bar, as New Zealand councils head their sections in
# English and te reo Māori ("RECOMMENDATION | TŪTOHUTANGA", "PURPOSE | TE TAKE MŌ TE PŪRONGO").
# (Not a verdict on the bar's other side: "RECOMMENDATION | REFUSE" is a planning summary
# table's row, the verdict its block.)
_BILINGUAL_BAR = re.compile(r"^(?P<num>\d+(?:\.\d+)*\.?\s+)?(?P<first>[^|a-z]{3,60}?)\s+\|\s+"
                            r"(?P<second>[^|a-z]{3,60})$")
# The other half is te reo Māori: its letters only (a e h i k m n o p r t u w, macronned vowels,
# "ng"), so a planning row's verdict in English ("RECOMMENDATION | MINDED TO GRANT") is no
# bilingual heading whether or not VERDICT knows its words.
_TE_REO = re.compile(r"^(?:[AEHIKMNOPRTUWĀĒĪŌŪ]|(?<=N)G|[\s'’-])+$", re.I)


def one_language(text: str) -> str:
    """A bilingual heading as the half that names a recommendations section (its number
    kept), so either language's word for it is read."""
    m = BILINGUAL.match(text) or _BILINGUAL_BAR.match(text)
    if not m:
        return text
    halves = (m.group("first"), m.group("second"))
    for half, other in zip(halves, halves[::-1], strict=True):
        if HEADING.match(half) and (m.re is BILINGUAL or _te_reo(other)):
            return f"{m.group('num') or ''}{half}"
    return text


def _te_reo(half: str) -> bool:
    """Whether a bar heading's other half is its te reo Māori name (_TE_REO), not a verdict
    (a planning row's "PERMIT" is spelt in those letters too)."""
    return bool(_TE_REO.match(half)) and not verdict(half)
