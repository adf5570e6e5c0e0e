"""The lessor of goods the council holds on a lease now (held-out round 27): "The Council's
collection fleet of fourteen vehicles has been leased since 2022 from Dunmore Fleet Leasing
Ltd. The lease ends on 30 June 2030." A lease the council takes is a contract with its lessor,
in place while the present perfect or "currently" says so, told in a sentence that says no
"contract" (``provider_patterns`` reads the lessor only where the sentence goes on "under a
contract that ends ..."). Listed with no value: the lease's cost is said apart, and the new
contract's value is the award's. Only a name with a legal form: a council leases land from its
partners and from people too."""

from __future__ import annotations

from kcc_papers.extract.contracts.names import _LEGAL_END, _NAMES

# A firm's legal form ending the name (no longer word cut short: "Grand Inca" is no "Inc").
_FORM_END = _LEGAL_END + r"(?!\w)"
# Since when the lease has run, said between the verb and the lessor: "since 2022", "since
# April 2023", "since 1 July 2021" (a year closes it).
_SINCE = r"(?i:since)\s+(?:[\w,]+\s+){0,2}?(?:19|20)\d\d"
# "has been leased since 2022 from X Ltd", "have been leased from X Ltd", "are currently
# leased from X Ltd": the goods held on the lease now (the present perfect, or the present
# said to be now), and the firm they are leased from.
LEASED_FROM = (
    r"\b(?:(?i:has|have)\s+been|(?i:is|are)\s+(?i:currently|now))\s+(?i:leased)\s+"
    rf"(?:{_SINCE}\s+)?(?i:from)\s+(?P<name>{_NAMES}){_FORM_END}")
