"""Review of held-out round 33's fix H: papers another council would print, which the fix read
wrong, each mended."""

from __future__ import annotations

from pathlib import Path

from heldout_support import minutes_of, numbers
from kcc_papers.normalise.outcomes import classify_outcome


def test_regression_a_condition_that_terms_not_be_agreed_refuses_nothing() -> None:
    # "should the terms not be agreed": a condition's subjunctive, no refusal (the fix read
    # every "not be agreed" with no modal just before it as one)
    assert classify_outcome(
        "RESOLVED that should the lease terms not be agreed by 1 April, the Director be "
        "authorised to terminate the lease.") != "rejected"
    assert classify_outcome(
        "RESOLVED that, in the event that the terms not be agreed, the matter be referred to "
        "Council.") != "rejected"
    # (the refusal itself still refuses)
    assert classify_outcome(
        "RESOLVED that the proposal to close the depot on Saturdays not be agreed.") == "rejected"


# A parish clerk's text minutes, titles in capitals, whose finance minute lists the payments made
# numbered by voucher in the same number/year scheme ("15/27", "17/27"), each closing with its sum.
PARISH_PAYMENTS_NUMBERED_BY_VOUCHER = """NETHERBY PARISH COUNCIL

MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON TUESDAY 2 MARCH 2027

Present:     Cllr H. Ormerod (Chairman), Cllr J. Pryce, Cllr K. Quarmby

11/27  APOLOGIES FOR ABSENCE
       There were no apologies.

12/27  MINUTES OF THE LAST MEETING
       RESOLVED; that the minutes be approved as a true record.

13/27  FINANCE
       The following payments were approved:
15/27  ACME GROUNDS MAINTENANCE LTD     £450.00
17/27  NETHERBY VILLAGE HALL HIRE       £25.00

14/27  DATE OF NEXT MEETING
       Tuesday 6 April 2027.
"""


def test_regression_payments_numbered_by_voucher_are_no_headings_across_a_jump(
        tmp_path: Path) -> None:
    # The fix let the capitals of "15/27 ACME ... £450.00" vouch for the jump from 13/27: the
    # vouchers read as minutes, the real 14/27 lost.
    assert numbers(minutes_of(PARISH_PAYMENTS_NUMBERED_BY_VOUCHER, tmp_path)) == [
        ("11/27", "APOLOGIES FOR ABSENCE"), ("12/27", "MINUTES OF THE LAST MEETING"),
        ("13/27", "FINANCE"), ("14/27", "DATE OF NEXT MEETING")]
