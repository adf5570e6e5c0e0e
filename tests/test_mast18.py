"""A committee named in its authority's masthead: "<NAME> FIRE AND RESCUE AUTHORITY - AUDIT
COMMITTEE" over a minutes heading. The committee meets; the authority's name before the dash
is whose it is (as a council's is). Found by a reviewer on r18-int: such minutes got the
committee "Committee" (the line wrapped before its last word, or under a county's name), the
county's own name ("Westhaven County Council": the title-case line was no masthead name, and
the county named in the text stood in), or the whole line ("... Police and Crime Panel -
Audit Committee": only an authority was taken for an owner)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from heldout_support import pack_front, rendered
from kcc_papers.extract.meetings.body_names import owned_committee, without_council
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.pipeline import process_file

COUNTY = "Westhaven County Council"

MINUTES = """## Westhaven County Council
{masthead}
** MINUTES of the meeting held on Thursday 16 September 2027 at 10.30 am at County Hall
Present: Councillors A Brackley (Chair), N Carr and H Dell (appointed by Westhaven County Council).
1. Apologies for absence
No apologies were received. The clerk is employed by Westhaven County Council.
2. Internal Audit Progress
RESOLVED that the internal audit progress report be noted.
"""


def _minutes_rows(tmp_path: Path, masthead: str) -> list[tuple[str, str | None, str | None]]:
    path = rendered(MINUTES.format(masthead=masthead), tmp_path, "minutes")
    return [(d.kind, d.committee, d.council) for d in process_file(str(path)).documents]


# Defect 1: upper case, the line wrapped before "COMMITTEE" -> "Committee".
# Defect 2: title case under a county's name -> the county's name.
# Defect 3: a police and crime panel as the owner -> the whole line.
@pytest.mark.parametrize(("masthead", "committee"), [
    ("!! WESTHAVEN FIRE AND RESCUE AUTHORITY - AUDIT COMMITTEE", "Audit Committee"),
    ("## Westhaven Fire and Rescue Authority - Audit Committee", "Audit Committee"),
    ("!! NORTHMOOR POLICE AND CRIME PANEL - AUDIT COMMITTEE", "Audit Committee"),
    ("## Northmoor Police and Crime Panel - Audit Committee", "Audit Committee"),
    ("## Westhaven Combined Authority - Audit and Governance Committee",
     "Audit and Governance Committee"),
    ("!! WESTHAVEN COMBINED AUTHORITY - AUDIT AND GOVERNANCE COMMITTEE",
     "Audit and Governance Committee"),
])
def test_authority_masthead_names_its_committee(tmp_path: Path, masthead: str,
                                                committee: str) -> None:
    assert _minutes_rows(tmp_path, masthead) == [("minutes", committee, COUNTY)]


def test_county_own_audit_committee_stays_the_countys(tmp_path: Path) -> None:
    assert _minutes_rows(tmp_path, "!! AUDIT COMMITTEE") == [("minutes", "Audit Committee", COUNTY)]


def test_authority_minutes_in_a_county_pack(tmp_path: Path) -> None:
    """The reviewer's pack: the county's Audit Committee agenda, its own minutes, then a fire
    authority's audit committee's minutes in capitals."""
    pack = pack_front(COUNTY, "Audit Committee") + """1. Apologies for absence
2. Minutes of the meeting held on 12 March 2026 (Pages 2 - 3)
3. Budget monitoring (Pages 4 - 5)
--- page ---
** Minutes of the meeting held on 12 March 2026
Present: Councillors A Brackley (Chair), N Carr and H Dell.
1. Apologies
None.
--- page ---
!! WESTHAVEN FIRE AND RESCUE AUTHORITY - AUDIT AND RISK COMMITTEE
** MINUTES of the meeting held on Thursday 16 September 2027 at 10.30 am at Service Headquarters
Present: Councillors P Quill (Chair), R Stone and T Vance.
AC/27/10 Apologies for absence
No apologies were received.
AC/27/11 Internal Audit Progress
RESOLVED that the internal audit progress report be noted.
--- page ---
** Budget monitoring
Report of:\tDirector of Finance
1. The budget is on track.
"""
    docs = process_file(str(rendered(pack, tmp_path, "pack"))).documents
    rows = [(d.kind, str(d.meeting_date), d.committee, d.council) for d in docs]
    assert ("minutes", "2026-03-12", "Audit Committee", COUNTY) in rows
    assert ("minutes", "2027-09-16", "Audit and Risk Committee", COUNTY) in rows
    assert ("agenda", "2026-06-11", "Audit Committee", COUNTY) in rows


@pytest.mark.parametrize(("head", "committee"), [
    (["WESTHAVEN FIRE AND RESCUE AUTHORITY - AUDIT", "COMMITTEE"], "Audit Committee"),
    (["Westhaven Combined Authority - Audit and Governance", "Committee"],
     "Audit and Governance Committee"),
    (["Westhaven County Council", "Westhaven Fire and Rescue Authority - Audit Committee"],
     "Audit Committee"),
    (["Westhaven County Council", "AUDIT COMMITTEE"], "Audit Committee"),
])
def test_minutes_heading_reads_the_committee(head: list[str], committee: str) -> None:
    lines = [*head, "MINUTES of the meeting held on Thursday 16 September 2027 at County Hall",
             "Present: Councillors A Brackley (Chair)"]
    assert minutes_heading(lines, "\n".join(lines)).committee == committee


@pytest.mark.parametrize(("line", "committee"), [
    ("KESTON FIRE AND RESCUE AUTHORITY - AUDIT COMMITTEE", "AUDIT COMMITTEE"),
    ("Keston Fire and Rescue Authority – Resources Committee", "Resources Committee"),
    ("Northmoor Police and Crime Panel - Complaints Sub-Committee", "Complaints Sub-Committee"),
    # not an authority's committee: a date, a label, a body's kind alone, a council, no dash
    ("Northmoor Police and Crime Panel - 12 March 2027", None),
    ("Keston Fire Authority - Minutes", None),
    ("Keston Fire Authority - Committee", None),
    ("Keston Fire Authority - Westhaven County Council", None),
    ("Keston Fire-Authority Audit Committee", None),
    ("Westhaven County Council - Audit Committee", None),
])
def test_owned_committee(line: str, committee: str | None) -> None:
    assert owned_committee(line) == committee


def test_without_council_takes_a_panels_committee() -> None:
    name = "Northmoor Police and Crime Panel - Audit Committee"
    assert without_council(name) == "Audit Committee"


# A pattern tried on 10,000 spaces or letters takes less than this (seconds): linear.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1
RUN = 10_000


@pytest.mark.parametrize("line", [
    "A" + " " * RUN + "Authority - Audit Committee",
    "A " * (RUN // 2),
    "A" * RUN,
    "Fire " * (RUN // 5) + "Authority - Audit Committee",
    "Keston Authority -" + " " * RUN + "x",
    "Keston Authority" + " " * RUN + "- Audit Committee",
])
def test_owned_committee_is_linear(line: str) -> None:
    from kcc_papers.extract.meetings.body_names import _AUTHORITY_THEN_BODY

    start = time.process_time()
    _AUTHORITY_THEN_BODY.match(line)
    owned_committee(line)
    assert time.process_time() - start < LINEAR_SECONDS
