"""Round 38's review's limits on contract sentences, mended: the outgoing holder of a service
told with no commas ("is provided by X Trust and ends on ..."), a firm appointed for a fee as
"the appointment of X Consultants", with no "as", or described between commas first, and one
fee for firms appointed together (neither's). Each on a small paper a council could print,
with the traps the rules could overreach into."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow, contract_rows_of, rendered, source_lines


def _rows(*body: str, tmp_path: Path) -> list[ContractRow]:
    source = source_lines("## Thornbury Vale District Council",
                          "** Community Services Committee - 14 April 2027",
                          "Report of:\tHead of Commissioning", "** 1. Summary", *body)
    return sorted(contract_rows_of(contexts(rendered(source, tmp_path))), key=str)


# ------------------------------------------------ a service in place told with no commas

def test_service_provided_and_ending_with_no_commas(tmp_path: Path) -> None:
    assert _rows(
        "1.1 The current service is provided by Ashmoor Community Health NHS Trust and ends on"
        " 31 March 2027.", tmp_path=tmp_path) == [("Ashmoor Community Health NHS Trust", None)]


def test_service_provided_since_then_expiring(tmp_path: Path) -> None:
    assert _rows(
        "1.1 The existing home library service has been provided by Kestrel Care Ltd since April"
        " 2021 and expires on 30 June 2027.", tmp_path=tmp_path) == [("Kestrel Care Ltd", None)]


def test_service_with_no_commas_traps(tmp_path: Path) -> None:
    # the council or its department provides it; a route or an hour; a partner's pooled fund;
    # a person
    assert _rows(
        "1.1 The current service is provided by Thornbury Vale District Council and ends on 31"
        " March 2027.",
        "1.2 The existing service is provided by Legal Services and ends on 31 March 2027.",
        "1.3 The existing bus service is provided by Stagecoach South East Ltd and runs to"
        " Ashford every hour.",
        "1.4 The current service is provided by Westmoor Community Health NHS Trust under the"
        " pooled fund and ends on 31 March 2027.",
        "1.5 The current service is provided by John Marsh and ends on 31 March 2027.",
        tmp_path=tmp_path) == []


# ------------------------------------------------------------ a firm appointed for a fee

def test_appointment_of_a_firm_as_a_role_for_a_fee(tmp_path: Path) -> None:
    assert _rows(
        "1.1 That the Committee approve the appointment of Fenwick Hale Consultants as principal"
        " designer for a fee of £64,500.", tmp_path=tmp_path) == [
            ("Fenwick Hale Consultants", 64500.0)]


def test_firm_appointed_for_a_fee_with_no_as(tmp_path: Path) -> None:
    assert _rows(
        "1.1 That the Committee appoint Fenwick Hale Consultants for a fee of £64,500.",
        tmp_path=tmp_path) == [("Fenwick Hale Consultants", 64500.0)]


def test_firm_described_between_commas_then_appointed(tmp_path: Path) -> None:
    assert _rows(
        "1.1 That the Committee appoint Fenwick Hale Consultants, the highest-scoring bidder, as"
        " principal designer for a fee of £64,500.", tmp_path=tmp_path) == [
            ("Fenwick Hale Consultants", 64500.0)]


def test_people_and_departments_appointed_for_a_fee_stay_unread(tmp_path: Path) -> None:
    assert _rows(
        "1.1 That the Committee approve the appointment of John Marsh as independent person for"
        " an allowance of £1,500.",
        "1.2 That the Committee appoint Councillor Jane Ward for a fee of £500.",
        "1.3 That the Committee appoint the Chief Executive for a fee of £2,000.",
        "1.4 That the Committee approve the appointment of Legal Services for a fee of £2,000.",
        "1.5 The Committee declined to recommend the appointment of Briar Consultants for a fee"
        " of £41,000.",
        tmp_path=tmp_path) == []


def test_estimate_and_losing_bidder_not_the_fee(tmp_path: Path) -> None:
    rows = _rows(
        "1.1 That the Committee appoint Fenwick Hale Consultants, the design lead, to prepare an"
        " estimate of the scheme, currently estimated at a cost of £48,000.",
        "1.2 That the Committee appoint Oakhurst Vane Consultants as principal designer after"
        " Briar Consultants, who bid at a fee of £41,000, withdrew.",
        tmp_path=tmp_path)
    assert all(value is None for _, value in rows)


# ------------------------------------------------------- one fee for firms appointed together

def test_firms_appointed_together_share_the_fee(tmp_path: Path) -> None:
    assert _rows(
        "1.1 That Alpha Ltd and Beta Ltd be appointed as joint designers for a fee of £48,000.",
        tmp_path=tmp_path) == [("Alpha Ltd", None), ("Beta Ltd", None)]


def test_one_firm_appointed_keeps_its_fee(tmp_path: Path) -> None:
    assert _rows(
        "1.1 That Gamma Ltd be appointed as principal designer for a fee of £48,000.",
        tmp_path=tmp_path) == [("Gamma Ltd", 48000.0)]
