"""Contracts: who provides what, for how long, for how much.

Rows come from service tables ("Provider: DUCL Contract Period: 2014-2020 Contract Value:
£24.5m"), tables with contract columns ("Provider | Area | Contract End Date | Contract value per
Annum"), label-per-line blocks ("Contractor - Amey / Contract Signature - 29th August 2014") and
sentences that name a provider or tie a value to a contract. A sentence that merely mentions a
contract is not a row: the paper must name a provider or a value. Readings of the same
contract within one document are merged; disagreements become findings, never silent fixes.
"""

from kcc_papers.extract.contracts.pack import merge_pack
from kcc_papers.extract.contracts.reader import KINDS, extract

__all__ = ["KINDS", "extract", "merge_pack"]
