"""Regression tests for round 15's plain-text town council pack and its contract misses: a
clerk's report stamped "Agenda item 24/124" over its masthead, in a text pack, read as more
minutes; an agenda title keeping its note on the attached paper; a framework let in lots, each
bidder's lot bracketed after its name, read without its providers; a service's name read
on into "contracts" taken for a provider; and the scorer's committee class, which counted a
council's own meeting against a pack that also holds a committee's minutes. Each runs on a
small paper written here."""

from __future__ import annotations

from heldout_support import contract_rows as _rows
from heldout_support import documents_of, heldout_accuracy, text_agenda_items
from kcc_papers.models import Minute
from kcc_papers.pipeline import process_file

# ------------------ a text pack: a clerk's report stamped by its item over its masthead

TOWN_PACK = """ASHBY WOLDS TOWN COUNCIL

You are summoned to attend the MEETING OF THE TOWN COUNCIL to be held in the Council
Chamber on THURSDAY 12th SEPTEMBER 2024 commencing at 7.00pm.

                                  AGENDA

24/118  Apologies for absence
24/119  Minutes of the Planning Committee meeting held on 22nd August 2024
24/120  Christmas lights 2024: quotations
24/121  Correspondence

ASHBY WOLDS TOWN COUNCIL - PLANNING COMMITTEE

Minutes of the meeting of the Planning Committee held at the Town Hall on
Thursday 22nd August 2024 at 6.30pm

Present:  Cllr S Moore (Chair), Cllrs R Bell, L Cole
Clerk:    Mr G Orme

PL/24/31  Apologies
          Cllr Raine.

PL/24/32  Planning Applications
          a) ZC24/01872/HOUSE - 14 Thorpe Lane - two storey side extension.
             RESOLVED: No objection.

PL/24/33  Date of Next Meeting
          Thursday 19th September 2024 at 6.30pm.

Signed ............................  Chair

Agenda item 24/120

ASHBY WOLDS TOWN COUNCIL - 12th SEPTEMBER 2024
REPORT OF THE TOWN CLERK: CHRISTMAS LIGHTS 2024

1. Purpose
   To choose a contractor to install the Christmas lights for three years.

2. Background
   Three quotations were received.

3. Recommendation
   That the Council accepts the quotation of Festoon Lighting Ltd at a cost of £14,850.
"""


def test_regression_a_text_pack_s_stamped_clerk_s_report_read_as_more_minutes(tmp_path):
    # "Agenda item 24/120" alone on its line, the meeting's masthead and "REPORT OF THE TOWN
    # CLERK: ..." in capitals under it, is a paper of its own (an item the agenda listed): its
    # numbered sections were read as the committee's minutes 1-4, and the committee's
    # "PL/24/31" minutes lost to them
    path = tmp_path / "pack.txt"
    path.write_text(TOWN_PACK)
    documents = documents_of(path)[1:]
    assert [(kind, date) for kind, date, _ in documents] == [
        ("agenda", "2024-09-12"), ("minutes", "2024-08-22"), ("report", "2024-09-12")]
    assert documents[1][2] == "Planning Committee"
    result = process_file(str(path))
    assert [(m.minute_number, m.title) for m in result.records if isinstance(m, Minute)] == [
        ("PL/24/31", "Apologies"),
        ("PL/24/32", "Planning Applications"),
        ("PL/24/33", "Date of Next Meeting"),
    ]
    assert [d.title for d in result.documents][-1] == (
        "REPORT OF THE TOWN CLERK: CHRISTMAS LIGHTS 2024")


# An agenda that prints each item's stamp over its title: its items' "Report of ..." lines
# are the list's, no paper's head.
STAMPED_AGENDA = """ASHBY WOLDS TOWN COUNCIL

AGENDA

Agenda item 1
APOLOGIES FOR ABSENCE

Agenda item 2
BUDGET MONITORING 2024/25
Report of the Town Clerk

Agenda item 3
CORRESPONDENCE
"""


def test_an_agenda_listing_stamps_over_its_reports_stays_one_agenda(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(STAMPED_AGENDA)
    assert [kind for kind, _, _ in documents_of(path)] == ["agenda"]


# ------------------------------ an agenda title's note on its attached paper kept

NOTED_AGENDA = """ASHBY WOLDS TOWN COUNCIL

AGENDA

24/121  Minutes of the Town Council meeting held on 11th July 2024 (attached)
24/122  Minutes of the Planning Committee meeting held on 22nd August 2024 (attached, to receive)
24/123  Christmas lights 2024: quotations (Clerk's report attached)
24/124  Accounts for payment (enclosed, for approval)
24/125  Correspondence
"""


def test_regression_agenda_title_kept_its_note_on_the_attached_paper(tmp_path):
    # whose paper it is and what the meeting does with it are the note's, not the title's
    assert text_agenda_items(NOTED_AGENDA, tmp_path) == [
        ("24/121", "Minutes of the Town Council meeting held on 11th July 2024"),
        ("24/122", "Minutes of the Planning Committee meeting held on 22nd August 2024"),
        ("24/123", "Christmas lights 2024: quotations"),
        ("24/124", "Accounts for payment"),
        ("24/125", "Correspondence"),
    ]


# ------------- a framework let in lots, each bidder's lot bracketed after its name

LOTS_BRACKETED = """2.1 That Cabinet awards the Home Adaptations Framework 2020-2024 to Harwell & Crane Adaptations Ltd (Lot 1: stairlifts and through-floor lifts) at an estimated value of £1,240,000 and to Brookmead Building Services Ltd (Lot 2: level-access showers and minor works) at an estimated value of £1,870,000 over four years.
"""  # noqa: E501


def test_regression_bidders_with_their_lots_bracketed_read_without_providers(tmp_path):
    # "to <bidder> (Lot n: ...) at an estimated value of £x": each part's bidder and sum
    assert _rows(LOTS_BRACKETED, tmp_path) == [
        ("Harwell & Crane Adaptations Ltd", 1_240_000.0),
        ("Brookmead Building Services Ltd", 1_870_000.0),
    ]


# ------------- a service's name read on into "contracts" taken for the provider

SERVICE_CONTRACTS = """1. That Cabinet approves the award of the Home to School Transport contracts to the bidders set out in Appendix A, at a total value of £3,962,850 over the initial three-year term.
"""  # noqa: E501


def test_regression_a_service_named_before_contracts_read_as_their_provider(tmp_path):
    # "the award of the Home to School Transport contracts to ...": "School Transport" names
    # the contracts, not a firm; the sum is the contracts' total, no one provider's
    assert all(provider is None for provider, _ in _rows(SERVICE_CONTRACTS, tmp_path))


def test_an_award_to_a_firm_still_names_its_provider(tmp_path):
    text = "1. That Cabinet approves the award of the cleaning contract to Brite Ltd at a cost of £45,000.\n"  # noqa: E501
    assert _rows(text, tmp_path) == [("Brite Ltd", 45_000.0)]


# ------------- the scorer: a council's own meeting in a pack with a committee's minutes

def test_regression_scorer_counted_a_council_s_own_meeting_against_its_committee():
    # the expected data names no committee for the council's own agenda and minutes: those
    # documents are not scored for committee, whatever the reader calls them; the committee's
    # minutes are
    want = [["agenda", "2024-09-12", None], ["minutes", "2024-07-11", None],
            ["minutes", "2024-08-22", "Planning Committee"]]
    got = [("agenda", "2024-09-12", None), ("minutes", "2024-07-11", "Ashby Town Council"),
           ("minutes", "2024-08-22", "Planning Committee")]
    assert heldout_accuracy._named(want, got) == (
        [["minutes", "2024-08-22", "Planning Committee"]],
        [("minutes", "2024-08-22", "Planning Committee")])
    # a file naming no committee scores none; one naming every document scores them all
    assert heldout_accuracy._named([["agenda", "2024-09-12", None]], got) == ([], [])
    named = [["agenda", "2024-09-12", "Cabinet"]]
    assert heldout_accuracy._named(named, got[:1]) == (named, got[:1])
