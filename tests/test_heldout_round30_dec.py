"""Held-out round 30, decisions of all four batches: the misses fixed, each on a small paper
written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows

# A plain-English report template: the ask under a question for a heading, "What we are
# asking the Committee to do", worded "We are asking the Committee to note ...".
PLAIN_ENGLISH_REPORT = """%% header Hartleigh County Council
%% footer Page {page} of {pages}
## Resources Committee
** Report title: Budget Monitoring, Quarter 3 2021/22
Date of meeting:	15 March 2022
Report by:	Director of Finance
Open or closed:	Open
|# Summary |
| This report tells the Committee how the revenue budget stood at the end of December 2021. |
** What we are asking the Committee to do
We are asking the Committee to note the forecast underspend of £1.2 million and agree the transfer of £400,000 to the highways reserve.
** Why we are asking this
The Committee's terms of reference say it must review the budget every quarter.
** What happens next
The Director of Finance will report the outturn in June 2022.
"""  # noqa: E501


def test_what_we_are_asking_the_committee_to_do_heads_the_ask(tmp_path: Path) -> None:
    rows = source_decision_rows(PLAIN_ENGLISH_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "We are asking the Committee to note the forecast underspend of £1.2 million and agree "
        "the transfer of £400,000 to the highways reserve."]


# An advisory committee's minutes in plain text: its own agreement to advise, then a member's
# further proposal put to the vote and not supported, in one minute that resolves nothing.
ADVICE_THEN_PROPOSAL_LOST = """KELMOUTH AIRPORT CONSULTATIVE COMMITTEE

MINUTES OF THE MEETING HELD ON TUESDAY, 21 OCTOBER 2030 AT 2.00 PM

PRESENT:    Councillor A Jones (Chair), Councillors B Smith and C Brown

ACC 23/30   NIGHT FLYING POLICY REVIEW

Ms Dhawan presented the airport's draft night flying policy, which would keep the limit of
1,150 night movements a year.

The Committee agreed to advise the airport that delayed arrivals after 23.30 should count
against the annual limit of night movements.

Mr Tidmarsh proposed that the Committee also advise the airport to end all scheduled
departures before 06.30. On being put to the vote the proposal was not supported.
"""


def test_a_bodys_own_agreement_before_a_lost_proposal_is_a_decision(tmp_path: Path) -> None:
    rows = decision_rows(ADVICE_THEN_PROPOSAL_LOST, tmp_path)
    assert ("The Committee agreed to advise the airport that delayed arrivals after 23.30 "
            "should count against the annual limit of night movements.", "agreed") in rows
    assert ("Mr Tidmarsh proposed that the Committee also advise the airport to end all "
            "scheduled departures before 06.30. On being put to the vote the proposal was not "
            "supported.", "rejected") in rows


# A joint committee's minutes: a member's proposal "was put to the vote and was not agreed".
PROPOSAL_NOT_AGREED = """<< TREVENA FLOATING BRIDGE JOINT COMMITTEE
** Minutes of the meeting held on Thursday 5 December 2030 at 6.30 pm in the Council Chamber, Trevena Guildhall
Present: Cllrs J Pascoe (Chair), D Uren, M Eddy, R Hext, T Blamey, C Stephens
Officers: Ian Collings (Floating Bridge Manager), Naomi Treloar (Clerk)
** FJC 15 Apologies
There were no apologies.
** FJC 16 Minutes
The minutes of the meeting held on 12 September 2030 were approved as a correct record.
** FJC 17 Residents' Concession Scheme
Cllr Blamey proposed that the residents' concession be extended to all households within five miles of the crossing. After debate the proposal was put to the vote and was not agreed (2 votes for, 4 against).
** FJC 18 Performance Report
The Joint Committee noted the performance report for July to September 2030.
"""  # noqa: E501


def test_a_proposal_put_to_the_vote_and_not_agreed_is_rejected(tmp_path: Path) -> None:
    rows = source_decision_rows(PROPOSAL_NOT_AGREED, "minutes", tmp_path)
    assert ("Cllr Blamey proposed that the residents' concession be extended to all households "
            "within five miles of the crossing. After debate the proposal was put to the vote "
            "and was not agreed (2 votes for, 4 against).", "rejected") in rows


# An inshore fisheries authority's formal minutes: the body is "the Authority", and a minute
# that resolves nothing closes on it noting what the Chief Officer reported just before.
AUTHORITY_NOTED_REPORTED = """DUNHOLM INSHORE FISHERIES AND CONSERVATION AUTHORITY

MINUTES OF THE MEETING HELD ON 17 OCTOBER 2030

Present: Cllr J Storey (Chair), Cllr P Hewitt, Mr A Robson

IFCA/30/46 Annual Plan 2031/32
RESOLVED that the Annual Plan 2031/32 be approved for publication by 31 March 2031.

IFCA/30/47 Defra Grant in Aid
The Chief Officer reported that the New Burdens grant of £412,000 for 2031/32 had been confirmed. The Authority noted the grant, which is paid to the Authority by Defra and is not a contract.

IFCA/30/48 Declarations
Mr Robson declared an interest as a permit holder. The Authority noted the declaration.
"""  # noqa: E501


def test_an_authority_noting_what_its_officer_reported_is_a_decision(tmp_path: Path) -> None:
    rows = decision_rows(AUTHORITY_NOTED_REPORTED, tmp_path)
    assert ("The Authority noted the grant, which is paid to the Authority by Defra and is not "
            "a contract.", "noted") in rows
    # (noting what happened, no report before it, records no decision)
    assert not any("declaration" in text for text, _ in rows)


# A police and crime commissioner's decision record: its "DECISION" page prints the masthead
# again and the decision number before the commissioner's own words.
COMMISSIONER_RECORD = """%% header Office of the Police and Crime Commissioner for Dunmoor
%% footer OPCC Decision Record 2031/051 - Page {page} of {pages}
^^ DECISION RECORD
** Police and Crime Commissioner for Dunmoor
Decision number:	2031/051
Title:	Custody Healthcare Service
Author:	Head of Commissioning, OPCC
** Recommendations
The Commissioner is asked to approve the award of the custody healthcare contract.
** Background
1. The current contract ends on 31 March 2032.
--- page ---
^^ DECISION
** Police and Crime Commissioner for Dunmoor
Decision number:	2031/051
I approve the award of the contract for custody healthcare services to Medway Forensic Health Ltd for three years from 1 April 2032 at a total value of £2,418,000.
Signature:	Gareth Pennycuick
Police and Crime Commissioner for Dunmoor
Date:	9 October 2031
** Publication
This decision will be published on the Commissioner's website within two working days.
"""  # noqa: E501


def test_a_decision_heading_over_the_masthead_reads_the_first_person_decision(
        tmp_path: Path) -> None:
    rows = source_decision_rows(COMMISSIONER_RECORD, "decision_notice", tmp_path)
    assert [text for text, _ in rows] == [
        "I approve the award of the contract for custody healthcare services to Medway Forensic "
        "Health Ltd for three years from 1 April 2032 at a total value of £2,418,000."]
