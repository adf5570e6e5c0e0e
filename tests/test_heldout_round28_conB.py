"""Regression tests for the contract misses of held-out round 28's batches E, G and H (fixer
conB): a table of the offers a request for quotations drew, under a sentence that counts the
parties who answered, whose winner only the recommendation names. Each on a small paper in the
layout that showed it, with a guard of the general rule that fixed it."""

from __future__ import annotations

from heldout_support import contract_rows, rendered
from kcc_papers.extract.contracts.counted_bids import counts_answers
from kcc_papers.extract.contracts.sentences import sentences
from kcc_papers.extract.contracts.subcontracts import with_subcontracts_spaced
from kcc_papers.extract.contracts.tab_paragraphs import prose_rows
from kcc_papers.extract.contracts.title_labels import title_lines
from kcc_papers.load.model import Cell, Table
from kcc_papers.load.mojibake import repaired
from kcc_papers.models import Contract
from kcc_papers.pipeline import process_file

# ------------ quotations counted above their table (r28h charitable trust, r28h crematorium)

QUOTES = """## KESTWICK BOROUGH COUNCIL
** Report to the Trust Committee
Pavilion roof replacement: award of contract
1.1 That the Committee awards the contract for the replacement of the pavilion roof to Tolverne Roofing and Building Ltd at a cost of £64,870.
** 3. Quotations
3.1 {lead_in}
| Contractor | Quotation (£) | Start available |
| Tolverne Roofing and Building Ltd | 64,870 | April 2031 |
| Penwithick Slate Roofing | 71,450 | March 2031 |
| Carne and Sons Builders Ltd | 78,900 | June 2031 |
3.2 Tolverne's quotation includes reusing sound slates.
"""  # noqa: E501


def _contracts(source: str, tmp_path) -> list[tuple[str | None, float | None]]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [(c.provider, c.value_gbp) for c in records if isinstance(c, Contract)]


def test_losing_quotations_under_a_count_of_those_who_quoted_are_no_contracts(tmp_path):
    text = QUOTES.format(lead_in="Four roofing contractors were invited to quote; three did so.")
    assert _contracts(text, tmp_path) == [("Tolverne Roofing and Building Ltd", 64_870.0)]


def test_a_sentence_that_counts_no_answers_is_no_lead_in_to_offers():
    # the guard: the rule wakes on a count of those who answered, not on any sentence above a
    # table (the rows under "The roof was surveyed in 2029." are read as before; which of them
    # the readers take is not this rule's to pin)
    assert not counts_answers("The roof was surveyed in 2029.")
    assert not counts_answers("The contracts held by the Trust are listed below:")


def test_sentences_counting_answers():
    assert counts_answers("Three suppliers responded:")
    assert counts_answers("Four suppliers were invited and three bid:")
    assert counts_answers("Four roofing contractors were invited to quote; three did so.")
    # a sentence that lets the work as well is the award's, not a lead-in to offers
    assert not counts_answers("Three suppliers bid and the contract was awarded to X Ltd.")
    assert not counts_answers("The suppliers named below hold contracts with the Council.")


# ------------ a title with a label's word run into the recommendation (r28e joint archives)

SHELVING = """Agenda Item 5
{title}
Recommendation
That the Committee approves the award of the contract for the supply and installation of mobile shelving in the strongroom extension to Stackwell Storage Systems Ltd at a cost of £148,760.
"""  # noqa: E501


def test_title_holding_extension_before_a_colon_is_no_label_block(tmp_path):
    text = SHELVING.format(title="Strongroom Extension: Mobile Shelving Contract")
    assert contract_rows(text, tmp_path) == [("Stackwell Storage Systems Ltd", 148_760.0)]


def test_label_opening_its_line_still_leaves_the_sentence_to_the_block_reader():
    # the guard: a label block's line ("Extension: 1 + 1 years") is no title
    assert title_lines("Contractor: Amey\nExtension: 1 + 1 years") == []
    assert title_lines("Agenda Item 5\nStrongroom Extension: Mobile Shelving Contract\nThat") == [
        "Strongroom Extension: Mobile Shelving Contract"]


ARCHIVES_BIDS = """## Strongroom Extension: Mobile Shelving Contract
** Recommendation
That the Committee approves the award of the contract for the supply and installation of mobile shelving in the strongroom extension to Stackwell Storage Systems Ltd at a cost of £148,760.
** Procurement
A further competition was run under the ESPO framework for library and archive shelving. Four suppliers were invited and three bid:
| Supplier | Price | Quality (of 60) | Price (of 40) | Total |
| Stackwell Storage Systems Ltd | £148,760 | 54 | 38.6 | 92.6 |
| Archivault Shelving Ltd | £143,590 | 46 | 40.0 | 86.0 |
| Bradon Office Interiors Ltd | £161,200 | 49 | 35.6 | 84.6 |
** Financial Implications
The cost is within the capital budget for fit-out of £175,000.
"""  # noqa: E501


def test_bids_table_under_a_count_of_the_bidders_lets_only_the_recommended_one(tmp_path):
    assert _contracts(ARCHIVES_BIDS, tmp_path) == [("Stackwell Storage Systems Ltd", 148_760.0)]


# ------------ the firm doing the work now, whose contract ends (r28e licensing, r28g RSJC;
# contracts_in_place.WHOSE_CONTRACT_ENDS)

WHOSE = """Report to the Licensing and Regulatory Committee
2.1 Testing has been carried out since 2026 by Ridgeway Garage Services Ltd, whose {noun} expires on 31 March 2031.
"""  # noqa: E501


def test_firm_doing_the_work_whose_contract_ends_holds_a_contract(tmp_path):
    assert contract_rows(WHOSE.format(noun="contract"), tmp_path) == [
        ("Ridgeway Garage Services Ltd", None)]


def test_firm_whose_lease_ends_holds_no_contract_by_this_rule(tmp_path):
    # the guard: only the contract's end says the firm holds one
    assert contract_rows(WHOSE.format(noun="MOT certificate"), tmp_path) == []


# ------------ a firm in a role now, in apposition (r28e fire authority, r28e unitary web page)

ROLE_NOW = """Report to the Audit and Risk Committee
The Treasurer reported the outcome of a mini-competition under the insurance services framework. The current {role}, {name}, had not bid.
"""  # noqa: E501


def test_current_broker_named_with_a_legal_form_holds_the_contract_in_place(tmp_path):
    text = ROLE_NOW.format(role="broker", name="Hartigan Pike Insurance Brokers Ltd")
    assert contract_rows(text, tmp_path) == [("Hartigan Pike Insurance Brokers Ltd", None)]


def test_current_provider_without_a_legal_form_is_no_contract(tmp_path):
    # the guard: a name with no legal form may hold its role by any arrangement
    assert contract_rows(ROLE_NOW.format(role="provider", name="Ardnish Car Hire"), tmp_path) == []


# ------------ a mangled pound sign in a text pack's minute (r28e district audit committee)

MANGLED = """AG.51  INTERNAL AUDIT SERVICE 2029/30

       R E S O L V E D  that the internal audit contract with Eastfen Audit
       Services Ltd be extended for twelve months from 1 April 2029 at a
       cost of {pound}64,500.
"""


def test_pound_sign_read_as_windows_1252_still_prices_the_contract(tmp_path):
    assert contract_rows(MANGLED.format(pound="Â£"), tmp_path) == [
        ("Eastfen Audit Services Ltd", 64_500.0)]


def test_mangled_sign_made_whole_only_where_it_is_one():
    # (the loader's repair, ``load.mojibake``, now for every reader: the other marks too)
    assert repaired("cost of Ã‚Â£64,500 and Â£12,000") == "cost of £64,500 and £12,000"
    assert repaired("the Councilâ€™s budget") == "the Council’s budget"
    # the guard: ordinary text, Welsh "â" among it, is never touched
    plain = "gyda â'r Cyngor; a café’s £5 – “fees” of Ælfric, ÂB, Ã."
    assert repaired(plain) == plain


# ------------ a family firm with its founder's initial, its tender accepted (r28e parish 1987)

TENDER_OF = """415. Churchyard and Closed Burial Ground: Grass Cutting 1987
RESOLVED that the tender of J. Pargeter {form} for the cutting of grass in the churchyard for the 1987 season be accepted in the sum of £1,240.00.
"""  # noqa: E501


def test_initialled_family_firm_opens_no_new_sentence(tmp_path):
    assert contract_rows(TENDER_OF.format(form="& Son"), tmp_path) == [
        ("J. Pargeter & Son", 1_240.0)]


def test_initial_before_a_name_no_firm_ends_still_breaks_the_sentence():
    # the guard: "Option B. Harlow ..." is a label's letter, and a name with no firm's ending
    # after an initial is not joined to the piece before it
    assert sentences("the tender of J. Pargeter was accepted.")[0] == "the tender of J."
    assert sentences("the tender of J. Pargeter and Sons was accepted.") == [
        "the tender of J. Pargeter and Sons was accepted."]


# ------------ numbered paragraphs at a tab stop in a retyped typescript (r28e housing 1996)

TAB_STOPS = (
    "REPORT TO:\tHOUSING COMMITTEE\n"
    "SUBJECT:\tRESPONSIVE REPAIRS TERM CONTRACT: ACCEPTANCE OF TENDER\n\n"
    "1.\tPURPOSE OF REPORT\n\n"
    "1.1\tTo report the tenders received for the responsive repairs term\n"
    "\tcontract for the north area of the Borough.\n\n"
    "2.\tRECOMMENDATION\n\n"
    "2.1\tThat the tender of Marwood Building Services Ltd in the sum of\n"
    "\t£1,184,300 for the responsive repairs term contract (north area) for\n"
    "\tthree years from 1st July 1996 be accepted.\n\n"
    "3.\tTENDERS RECEIVED\n\n"
    "3.1\tFour tenders were received by the closing date of 9th February\n"
    "\t1996:\n\n"
    "\tTenderer\tTender sum (3 years)\tAdjusted sum\n"
    "\tMarwood Building Services Ltd\t£1,184,300\t£1,191,750\n"
    "\tPrestbury & Gaunt Ltd\t£1,259,480\t£1,262,100\n")


def test_numbered_paragraphs_at_a_tab_stop_are_read_as_prose(tmp_path):
    assert contract_rows(TAB_STOPS, tmp_path) == [("Marwood Building Services Ltd", 1_184_300.0)]


def test_wrapped_cell_of_a_register_is_no_paragraph():
    # the guard: a table with no numbered paragraph keeps every row a row
    rows = [["Provider", "Service"], ["Kier Ltd", "Grounds maintenance"],
            ["", "of parks and open spaces in the north"]]
    table = Table(page=1, rows=[[Cell(c) for c in row] for row in rows])
    assert prose_rows(table) == set()


# ------------ an FE college's subcontract let (r28h FE college corporation)

SUBCONTRACT = """Report to the Curriculum and Quality Committee
The Committee is asked to approve the award of a {word} for the delivery of level 2 and level 3 healthcare support apprenticeships to Northfold Training Ltd for 2031/32 at a value of £265,000, subject to the Corporation's approval of the subcontracting policy.
"""  # noqa: E501


def test_subcontract_let_to_a_firm_is_a_contract(tmp_path):
    assert contract_rows(SUBCONTRACT.format(word="subcontract"), tmp_path) == [
        ("Northfold Training Ltd", 265_000.0)]


def test_subcontracting_policy_is_left_as_it_is():
    # the guard: only the contract's word is spaced, not the practice's
    assert with_subcontracts_spaced("the subcontracting policy") == "the subcontracting policy"
    assert with_subcontracts_spaced("a sub-contract") == "a sub contract"


# ------------ two lots let, one to each item of a lettered list (r28g neighbourhoods pack)

TWO_LOTS = """Report to the Neighbourhoods Committee
1.1 That the Committee awards the contracts for pest control and dog warden services as follows:
(a) Lot 1, domestic and commercial pest control, to Verminex Environmental Ltd for four years from 1 April 2031 at a total value of £612,800; and
(b) Lot 2, dog warden, stray dog collection and kennelling, to Greyfield Kennels and Animal Welfare Ltd for four years from 1 April 2031 at a total value of £448,000.
"""  # noqa: E501


def test_each_listed_lot_let_to_a_firm_at_a_sum_is_a_contract(tmp_path):
    assert contract_rows(TWO_LOTS, tmp_path) == [
        ("Verminex Environmental Ltd", 612_800.0),
        ("Greyfield Kennels and Animal Welfare Ltd", 448_000.0)]


def test_listed_lot_without_a_firm_with_a_legal_form_lets_nothing(tmp_path):
    # the guard: a lot "to" something that is no firm ("to the north area") is no award
    lead = "That the Committee awards the contracts as follows:"
    text = "(a) Lot 1, pest control, to North Area teams from April at a total value of £612,800."
    assert contract_rows(f"Report\n{lead}\n{text}\n", tmp_path) == []
