"""Held-out round 36, contracts told in sentences: the misses fixed, each on a small paper
written in the layout that showed it (other councils, firms and words)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows_of, rendered, source_lines


def _rows(source: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    return sorted(contract_rows_of(contexts(rendered(source, tmp_path))),
                  key=lambda row: row[0] or "")


# A committee report awarding a service whose provider now is a voluntary body named by its
# own word ("Network"), said to be delivered by it, its contract said to end.
NETWORK_HOLDER = source_lines(
    "## Children and Families Committee",
    "Date:\t9 June 2026",
    "Subject:\tYoung Carers Service: Contract Award",
    "** Summary",
    "The young carers service is delivered by Ashby Vale Young Carers Network, whose contract"
    " ends on 30 September 2026. This report asks the Committee to approve a new contract.",
    "** Recommendations",
    "The Committee is recommended to:",
    "(a) approve the award of the contract for the young carers service to Brightpath Family"
    " Support CIC for three years from 1 October 2026, at a total value of £744,000;",
    "(b) note that the invitation to tender said the contract would be worth up to £900,000.",
    "** 1. Background",
    "1.1 The service is delivered by Paul Greaves, whose contract ends in August as the"
    " service's interim coordinator.",
)


def test_a_voluntary_body_whose_contract_ends_is_the_holder_replaced(tmp_path: Path) -> None:
    # (a person "delivering" a service, whose contract ends, holds no contract let)
    assert _rows(NETWORK_HOLDER, tmp_path) == [
        ("Ashby Vale Young Carers Network", None),
        ("Brightpath Family Support CIC", 744000.0)]


# A town council's report: the grounds kept by a family firm named with its founder's two
# initials, whose contract ends; the quotations, one of them accepted.
FAMILY_FIRM_HOLDER = source_lines(
    "!! Allotments Maintenance Contract 2026 - 2028",
    "Report of the Clerk to the meeting of the Town Council on 12 March 2026",
    "** Background",
    "The allotment hedges have been cut since 2019 by a volunteer group. The paths have been"
    " maintained since 2021 by T. W. Hollis & Sons, whose contract ends on 31 March 2026."
    " Messrs Hollis did not quote.",
    "** Recommendation",
    "That the Council awards the allotments maintenance contract for 1 April 2026 to 31 March"
    " 2028 to Fernside Groundcare Ltd at a total cost of £12,600.",
)


def test_a_family_firm_with_two_initials_whose_contract_ends(tmp_path: Path) -> None:
    assert _rows(FAMILY_FIRM_HOLDER, tmp_path) == [
        ("Fernside Groundcare Ltd", 12600.0), ("T. W. Hollis & Sons", None)]


# A cabinet report: the award in a sentence; the holder named as the service's provider since
# a year, its contract (with a long aside of its history) said to end in the next sentence;
# an estimate and a budget, no values.
HOLDER_THEN_ITS_CONTRACT = source_lines(
    "## Cabinet",
    "Date:\t4 June 2026",
    "Subject:\tCleaning of Council Offices: Outcome of Procurement",
    "** 1. Summary",
    "1.1 The contract was awarded to Northgate Clean Ltd at a total value of £1.1m over four"
    " years. The contract starts on 1 September 2026.",
    "** 2. Background",
    "2.1 Cleaning at the civic offices has been provided since 2017 by Mossbank Support"
    " Services Ltd. Their contract, which the Council varied in 2022 to add the two new"
    " customer service points, expires on 31 August 2026 and the service then transfers.",
    "2.2 The pre-tender estimate was £1.3m and the annual budget is £290,000.",
)


def test_the_holder_named_before_its_contract_said_to_end(tmp_path: Path) -> None:
    assert _rows(HOLDER_THEN_ITS_CONTRACT, tmp_path) == [
        ("Mossbank Support Services Ltd", None), ("Northgate Clean Ltd", 1100000.0)]


# A report of contracts let under delegated powers, in prose: a contract awarded replacing a
# firm whose contract was ended; a call-off made with a firm for a sum (the framework's
# ceiling beside it, no value); an agreement renewed through a reseller, its value in the next
# sentence; a renewal through a framework (no firm), and a consultant a trust pays from a grant.
DELEGATED_AWARDS = source_lines(
    "!! Greywater District Council",
    "** Finance Committee - 5 March 2026",
    "** Agenda item 6: Contracts Let under Delegated Powers",
    "** 1 Recommendation",
    "1.1 The Committee is asked to note the contracts let under delegated powers in the"
    " quarter.",
    "** 2 Contracts let in the quarter",
    "2.1 Parks toilets cleaning. The contract was awarded on 2 February 2026 to Gleamwell"
    " Facilities Ltd at a value of £58,900 over two years from 1 March 2026, replacing Tidyco"
    " Services Ltd, whose contract was terminated by agreement on 28 February 2026.",
    "2.2 Parking machines. The call-off was made with Paypoint Kiosks Ltd on 9 January 2026"
    " for £71,250, covering twelve machines and three years of maintenance. The framework"
    " allows call-offs of up to £5 million each.",
    "2.3 Backup software. The Council's backup software agreement was renewed on 1 February"
    " 2026 for two years through Ledgerline Software plc, the Council's software reseller."
    " The value of the agreement is £46,300 over the two years.",
    "2.4 Telephony. The telephony licences were renewed on 1 March 2026 through the ESPO"
    " framework pending a review.",
    "** 3 Other matters",
    "3.1 The Heritage Trust pays its architect, Greyfield Studio Ltd, from a grant of £30,000"
    " it received; the Council is not a party.",
)


def test_contracts_let_told_in_prose_paragraphs(tmp_path: Path) -> None:
    assert _rows(DELEGATED_AWARDS, tmp_path) == [
        ("Gleamwell Facilities Ltd", 58900.0),
        ("Ledgerline Software plc", 46300.0),
        ("Paypoint Kiosks Ltd", 71250.0),
        ("Tidyco Services Ltd", None)]

