"""Regression tests for held-out round 19's remaining misses of one family: a parish's
masthead "PARISH OF X - ROADS COMMITTEE" over its minutes read as the committee's name, ...
Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

# ------------------------------------ a parish's name and a dash before its committee's name

PARISH_MINUTES = """%% header Parish of St Aubrel
## PARISH OF ST AUBREL
** PARISH OF ST AUBREL - HIGHWAYS COMMITTEE
** Minutes of the meeting held on Monday, 12th April 2027 at 6.00 pm in the Parish Hall
Present:	The Connetable (President); Roads Inspectors P Le Brun, T Amy
** HC 27/11  Apologies
Apologies were received from Mr M Gallie.
** HC 27/12  Minutes of the meeting held on 8th March 2027
The minutes were approved and signed by the Connetable.
** HC 27/13  Road closure applications
The Committee approved the closure of La Rue du Pont for the fete on 4th July 2027.
"""


def test_parish_name_before_dash_kept_in_committee_name(tmp_path: Path) -> None:
    # "PARISH OF X - HIGHWAYS COMMITTEE": the parish is whose the committee is, as an
    # authority's name before a dash is; before, the committee read "Parish of St Aubrel -
    # Highways Committee"
    assert pack_documents(PARISH_MINUTES, tmp_path) == [
        ("minutes", "2027-04-12", "Highways Committee")]
