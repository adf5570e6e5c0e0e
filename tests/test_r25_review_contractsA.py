"""Review of held-out round 25's contracts (batches A-D) fixes: small papers another council
could publish that the new award phrasings misread, each failing before its mend."""

from __future__ import annotations

from heldout_support import contract_rows as _rows

# ------------ a legal form ends a word: "Inc." is no pattern for "Inca"

CAFE_AWARD = """CABINET
5. Civic Centre Cafe
That Council awards RFT 2025/14 for the civic centre cafe to Grand Inca for £10,000.
"""


def test_regression_legal_form_is_a_whole_word_not_a_name_cut_short(tmp_path):
    # "Grand Inca" has no legal form: read as "Grand Inca" ("Inc." matching "Inca") or cut to
    # "Grand Inc", it was taken for a firm awarded the RFT
    assert _rows(CAFE_AWARD, tmp_path) == []


def test_legal_form_after_a_comma_still_ends_the_name(tmp_path):
    # the guard: a real ", Inc" still ends the firm's name
    text = CAFE_AWARD.replace("Grand Inca", "Grand Inca Foods, Inc")
    assert _rows(text, tmp_path) == [("Grand Inca Foods, Inc", 10_000.0)]


# ------------ an appointment as a provider is read only where it is made

DECLINED = """MINUTES OF THE AUDIT COMMITTEE
5 EXTERNAL AUDIT
The Committee declined to recommend the appointment of Azets Audit Services Ltd as the Council's external audit provider.
"""  # noqa: E501


def test_regression_declined_appointment_as_provider_is_no_contract(tmp_path):
    assert _rows(DECLINED, tmp_path) == []


def test_regression_rejected_proposed_appointment_as_provider_is_no_contract(tmp_path):
    text = DECLINED.replace(
        "The Committee declined to recommend the appointment of",
        "Members rejected the proposed appointment of")
    assert _rows(text, tmp_path) == []


def test_regression_appointment_only_considered_is_no_contract(tmp_path):
    text = DECLINED.replace("declined to recommend", "considered whether to recommend")
    assert _rows(text, tmp_path) == []


def test_appointment_approved_as_provider_is_still_read(tmp_path):
    # the guard: a recommendation's "approve" and a minute's "notes" take it up
    for verb in ("That the Committee approve", "The Committee noted"):
        text = DECLINED.replace("The Committee declined to recommend", verb)
        assert _rows(text, tmp_path) == [("Azets Audit Services Ltd", None)]


# ------------ a bid awarded grant funding is no contract

GRANT_BID = """UKSPF LOCAL PARTNERSHIP GROUP
5. Shopfront Improvement Grants
The Group awards the bid for shopfront improvement grant funding to Kirby Bakery Ltd for £5,000.
"""


def test_regression_bid_awarded_grant_funding_is_no_contract(tmp_path):
    # an applicant's bid for a grant, not a tender: it gave a row of the grant's £5,000
    assert _rows(GRANT_BID, tmp_path) == []


def test_numbered_contract_for_works_in_a_street_named_grant_is_read(tmp_path):
    # the guard: "Grant" in a title's name is no grant given
    text = GRANT_BID.replace(
        "The Group awards the bid for shopfront improvement grant funding to",
        "That Cabinet awards Contract 25/031 Grant Street Resurfacing to")
    assert _rows(text, tmp_path) == [("Kirby Bakery Ltd", 5_000.0)]


# ------------ a call-off is looked for where a sentence says no other cue word

LAPTOPS = """DIGITAL AND ICT STRATEGY BOARD
1. End-user devices
That the Board approves the call-off of 400 laptops from Dell Technologies Ltd at £312,000.
"""


def test_regression_call_off_saying_no_cue_word_names_the_firm(tmp_path):
    # "call-off" was no cue word: the paragraph was skipped before CALL_OFF_FROM was tried
    assert [provider for provider, _ in _rows(LAPTOPS, tmp_path)] == ["Dell Technologies Ltd"]
