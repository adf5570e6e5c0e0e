"""Review of session 45's fixes of older held-out papers (contracts, classify, segment starts):
regression tests of what the review mended, each failing before its mend, on small papers a
plausible other council or NHS body would publish."""

from __future__ import annotations

from heldout_support import contract_rows as _rows
from heldout_support import pack_documents

# ------------ a direct award of a grant scheme named in capitals ("Household Support Fund
# Grant", "Better Care Fund Funding") is no contract: DIRECT_AWARD_TO's guard words, in any case


def test_regression_direct_award_of_a_capitalised_grant_is_no_contract(tmp_path):
    text = ("The Panel approved a direct award of Household Support Fund Grant to "
            "Kidz Club Ltd of £5,000.\n")
    assert _rows(text, tmp_path) == []


def test_regression_direct_award_of_capitalised_funding_is_no_contract(tmp_path):
    text = ("The Board agreed a direct award of Better Care Fund Funding to "
            "Carewell Ltd of £50,000.\n")
    assert _rows(text, tmp_path) == []


def test_direct_award_of_a_named_service_still_lets_a_contract(tmp_path):
    # the guard of the mend: a service's name in capitals holds neither word
    text = ("The Committee approved a direct award of the Community Audiology Service to "
            "Hearfirst Audiology Ltd for two years at £1,240,000.\n")
    assert _rows(text, tmp_path) == [("Hearfirst Audiology Ltd", 1_240_000.0)]


# ------------ "Presented by:" under an unnumbered heading at a page's top in a board's minutes
# is the minute's presenter, its prose under it: no paper starts (REPORT_BY's "Presented by:"
# heads a paper as a cover sheet's field, another field under it)

BOARD_MINUTES = """## NHS Fenmarsh Integrated Care Board
** MINUTES OF THE BOARD MEETING HELD IN PUBLIC ON TUESDAY 14 OCTOBER 2025
Present: Baroness Miriam Tollerton (Chair), Kwame Asante-Brough (Chief Executive)
** ICB 25/58 Welcome and apologies
The Chair opened the meeting. No new interests were declared.
** ICB 25/59 Minutes of the previous meeting
The Board APPROVED the minutes of the meeting held on 12 August 2025.
--- page ---
** FINANCE REPORT
Presented by: Chief Finance Officer
{under}
** ICB 25/61 Dental access
The Board APPROVED the dental commissioning intentions for 2026/27.
"""


def test_regression_presented_by_over_a_minutes_prose_starts_no_paper(tmp_path):
    under = "The Board received the month 6 finance report and NOTED the forecast deficit."
    docs = pack_documents(BOARD_MINUTES.format(under=under), tmp_path)
    assert [d[0] for d in docs] == ["minutes"]


def test_presented_by_over_a_cover_sheets_field_starts_a_paper(tmp_path):
    # the guard of the mend: a cover sheet's "Presented by:" and "Purpose:" fields head a paper
    docs = pack_documents(BOARD_MINUTES.format(under="Purpose: Decision"), tmp_path)
    assert [d[0] for d in docs][:1] == ["minutes"] and len(docs) == 2
