"""Regression tests for the contract misses of held-out round 25's batches A-D (councils
abroad, an executive search, an ICT call-off): each named after what was misread, on small
papers in the layouts that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

import re

import pytest

from heldout_support import contract_rows as _rows
from kcc_papers.extract.contracts import award_phrasings
from kcc_papers.extract.contracts.names import _split_names
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------ "Awards RFT 2025/14 <title> to X Pty Ltd" (r25c Australian shire, NZ district)

SHIRE_AWARD = """ORDINARY MEETING OF COUNCIL
7.1 KOORINGAL ROAD RECONSTRUCTION - STAGE 2
OFFICER RECOMMENDATION
That Council:
1. Awards RFT 2025/14 Kooringal Road Reconstruction - Stage 2 to Riverina Civil Pty Ltd for $1,684,210 (GST exclusive).
2. Authorises the Chief Executive Officer to execute the contract documents under the Common Seal.
"""  # noqa: E501


def test_procurement_awarded_by_its_reference_names_the_firm(tmp_path):
    # the dollars are no pounds: the provider is read, the value left empty
    assert _rows(SHIRE_AWARD, tmp_path) == [("Riverina Civil Pty Ltd", None)]


def test_numbered_contract_awarded_by_its_reference(tmp_path):
    text = SHIRE_AWARD.replace(
        "Awards RFT 2025/14 Kooringal Road Reconstruction - Stage 2 to Riverina Civil Pty Ltd "
        "for $1,684,210 (GST exclusive).",
        "Awards Contract 1147 Kaiwhare Library and Service Centre Refurbishment to Totara "
        "Build Limited for £1,926,400.")
    assert _rows(text, tmp_path) == [("Totara Build Limited", 1_926_400.0)]


def test_award_to_no_firm_is_no_contract(tmp_path):
    # the guard: only a firm's legal form makes the party a contractor
    text = SHIRE_AWARD.replace("Riverina Civil Pty Ltd", "the Kooringal Progress Association")
    assert _rows(text, tmp_path) == []


# ------------ "awards the quotation for <work> to X Pty Ltd" (r25c Australian shire minutes)

QUOTATION_AWARD = """MINUTES OF THE ORDINARY MEETING
9 TREE REMOVAL - 22 BANKSIA PARADE
Moved Cr Pembleton, Seconded Cr Rosseter
That Council awards the quotation for the removal of two river red gums at 22 Banksia Parade to Murray Arborcare Pty Ltd for £18,450.
CARRIED 7/0
"""  # noqa: E501


def test_quotation_awarded_for_a_work_names_the_firm(tmp_path):
    assert _rows(QUOTATION_AWARD, tmp_path) == [("Murray Arborcare Pty Ltd", 18_450.0)]


def test_quotation_awarded_to_a_person_is_no_contract(tmp_path):
    text = QUOTATION_AWARD.replace("Murray Arborcare Pty Ltd", "Mr J Murray")
    assert _rows(text, tmp_path) == []


# ------------ "Award Bid No. 25-112 for <service> to X, LLC" (r25c US county board letter)

BOARD_LETTER = """BOARD LETTER
RECOMMENDED ACTIONS
1. Award Bid No. 25-112 for janitorial services at 23 County facilities to Pacific Crest Building Maintenance, LLC, the lowest responsive and responsible bidder, for a three-year term in an amount not to exceed $2,146,800.
"""  # noqa: E501


def test_bid_awarded_by_number_to_a_firm_with_its_legal_form_after_a_comma(tmp_path):
    assert _rows(BOARD_LETTER, tmp_path) == [("Pacific Crest Building Maintenance, LLC", None)]


# ------------ "Granite Ridge Paving, Inc." is one name (r25c US city action minutes)

ACTION_MINUTES = """CITY COUNCIL REPORT
6. Award of Construction Contract - Pavement Rehabilitation Project
Motion to adopt Resolution No. 2025-119 awarding a construction contract for the Pavement Rehabilitation Project, CIP 25-04, to Granite Ridge Paving, Inc. in the amount of $2,381,945.
"""  # noqa: E501


def test_legal_form_after_a_comma_is_part_of_the_name(tmp_path):
    # it was read as two providers, "Granite Ridge Paving" and "Inc"
    assert _rows(ACTION_MINUTES, tmp_path) == [("Granite Ridge Paving, Inc", None)]


def test_list_of_names_still_parts_at_its_commas():
    # the guard: a comma before another name, not before a legal form, parts a list
    assert _split_names("Alpha Ltd, Beta Ltd and Gamma Inc") == ["Alpha Ltd", "Beta Ltd",
                                                                 "Gamma Inc"]
    assert _split_names("Cabrillo Design Group, Inc., Delta Ltd") == [
        "Cabrillo Design Group, Inc.", "Delta Ltd"]


# ------------ "That X Ltd be appointed to run the executive search ... for a fixed fee of"
# (r25d chief officer appointments sub-committee)

SEARCH_FEE = """MINUTES OF THE CHIEF OFFICER APPOINTMENTS AND PAY SUB-COMMITTEE
COAPSC/24 Recruitment to the Post of Strategic Director of Place
RESOLVED - That Penrose Carver Associates Ltd be appointed to run the executive search for the post of Strategic Director of Place for a fixed fee of £27,500.
"""  # noqa: E501


def test_firm_appointed_for_a_fixed_fee_is_a_contract_let(tmp_path):
    assert _rows(SEARCH_FEE, tmp_path) == [("Penrose Carver Associates Ltd", 27_500.0)]


def test_person_appointed_is_no_contract(tmp_path):
    # the guard: a person appointed holds a post, and has no legal form
    text = SEARCH_FEE.replace("Penrose Carver Associates Ltd", "Ms Helen Carver")
    assert _rows(text, tmp_path) == []


# ------------ "the call-off of <licences> ... from X Ltd under the ... framework" and "the
# Agreement with its current reseller, X Ltd, ends on" (r25d digital and ICT strategy board)

CALL_OFF = """REPORT TO THE DIGITAL AND ICT STRATEGY BOARD
1. Recommendations
That the Board:
(a) approves the call-off of the Council's Microsoft 365 and Azure licences for three years from 1 April 2028 from Corvane Software Solutions Ltd under the Crown Commercial Service Technology Products and Associated Services 2 framework (RM6098), at a total cost of £1,146,300; and
(b) delegates authority to the Director of Corporate Resources to agree the final licence counts.
2. Background
2.1 The Council's Microsoft Enterprise Agreement with its current reseller, Blackwater IT Ltd, ends on 31 March 2028.
"""  # noqa: E501


def test_call_off_from_a_firm_and_the_reseller_in_place(tmp_path):
    assert sorted(_rows(CALL_OFF, tmp_path), key=str) == [
        ("Blackwater IT Ltd", None), ("Corvane Software Solutions Ltd", 1_146_300.0)]


def test_agreement_with_a_role_that_does_not_end_names_no_contract_in_place(tmp_path):
    # the guard: the firm holds the agreement in place only where the paper says it ends
    text = CALL_OFF.replace(", ends on 31 March 2028.", ", covers 876 licences.")
    assert ("Blackwater IT Ltd", None) not in _rows(text, tmp_path)


# ------------ "notes the appointment of X Pty Ltd as Council's internal audit provider"
# (r25c Australian city audit, risk and improvement committee)

AUDIT_PROVIDER = """MINUTES OF THE AUDIT, RISK AND IMPROVEMENT COMMITTEE
5 APPOINTMENT OF INTERNAL AUDIT PROVIDER
RECOMMENDATION
That the Audit, Risk and Improvement Committee notes the appointment of Saltbush Assurance Pty Ltd as Council's internal audit provider for 2026 to 2028.
"""  # noqa: E501


def test_firm_appointed_as_a_provider_holds_a_contract(tmp_path):
    assert _rows(AUDIT_PROVIDER, tmp_path) == [("Saltbush Assurance Pty Ltd", None)]


def test_person_appointed_as_a_provider_is_no_contract(tmp_path):
    text = AUDIT_PROVIDER.replace("Saltbush Assurance Pty Ltd", "Ms Jo Saltbush")
    assert _rows(text, tmp_path) == []


# ------------ the new patterns stay linear on what a bad text layer repeats

@pytest.mark.parametrize("pattern", [p for p, _ in award_phrasings.AWARD_PROVIDER_PATTERNS]
                         + [award_phrasings.AWARD_CUE])
@pytest.mark.parametrize("unit", ["A", " ", "Aa Ltd ", "award contract 1 "])
def test_regression_award_phrasings_are_linear(pattern: re.Pattern[str], unit: str):
    def search(repeats: int) -> object:
        return list(pattern.finditer("Bw " + unit * repeats + " x to the contract"))

    assert _growth(search, 100) < MOST_GROWTH

