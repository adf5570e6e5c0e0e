"""Review of held-out round 31's decisions fixes (batches A-C): what the fixes misread on the
papers other councils publish, each on a small paper written as such a council would."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decision_rows

# A full council's or cabinet's minutes: the public heard, and what the body then did.
PUBLIC_PART = """LONDON BOROUGH OF KENSAL

MINUTES OF THE {body} HELD ON MONDAY, 20 OCTOBER 2031 AT 7.00 PM

PRESENT:    Councillor A Mullally (Chair), Councillors B Boateng-Price and C Rowe

56.   MINUTES OF THE PREVIOUS MEETING

RESOLVED: That the minutes of the meeting held on 22 September 2031 be agreed as a correct record.

57.   {title}

{text}
"""


@pytest.mark.parametrize("sentence", [
    # the petition referred on by the body itself, in its own verb
    "The Council received a petition of 1,124 signatures asking for a 20 mph limit on St "
    "Aldhelm's Road and referred it to the Cabinet for consideration.",
    # ... or an answer asked of an officer
    "The Council received a petition of 1,124 signatures asking for a 20 mph limit on St "
    "Aldhelm's Road and asked the Director of Place to report back to the Cabinet in January.",
])
def test_regression_what_the_body_did_with_a_petition_it_received_is_its_decision(
        sentence: str, tmp_path: Path) -> None:
    rows = decision_rows(PUBLIC_PART.format(body="COUNCIL", title="PETITIONS", text=sentence),
                         tmp_path)
    assert (sentence, "noted") in rows


def test_regression_a_report_on_petitions_received_is_a_decision(tmp_path: Path) -> None:
    # a petitions committee receiving its officer's report about petitions: a report received,
    # as any other, no petition heard
    text = ("The Head of Democratic Services presented the six-monthly report on petitions.\n\n"
            "The Committee received the petitions report.")
    rows = decision_rows(PUBLIC_PART.format(body="PETITIONS COMMITTEE", title="PETITIONS UPDATE",
                                            text=text), tmp_path)
    assert ("The Committee received the petitions report.", "noted") in rows
