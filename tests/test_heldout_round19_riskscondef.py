"""Regression tests for held-out round 19's risk misses (all batches) and contract misses
(batches D-F): each named after the misreading, on small papers written here in other
councils' words and the layouts that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow, contract_rows, contract_rows_of, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.risks.values import parse_change
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _risks(source: str, tmp_path: Path) -> list[RiskRow]:
    """The risks as the scorer compares them: id, likelihood, impact, current rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def _targets(source: str, tmp_path: Path) -> list[tuple[str | None, int | None]]:
    return [(r.risk_id, r.target_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def _pdf_contracts(source: str, tmp_path: Path) -> list[ContractRow]:
    return contract_rows_of(contexts(rendered(source, tmp_path)))


# ------------ a risk card's "Risk score | Likelihood | Impact | Score" stage table was unread

def _card(risk_id: str, title: str, scores: tuple[str, str, str]) -> list[str]:
    """One risk card: its heading, labelled lines, a stage table (inherent, current, target)."""
    inherent, current, target = scores
    return [
        f"** Risk {risk_id}",
        f"!! {title}",
        "Risk owner:\tHead of Resources",
        "Last reviewed:\t2 March 2028",
        "** Risk description",
        "Cause: pressures beyond the Council's control. Event: the risk happens. Effect: harm.",
        "|% 40 20 20 20",
        "|# @stage@ | Likelihood | Impact | Score |",
        f"| Inherent | {inherent} |",
        f"| Current | {current} |",
        f"| Target (March 2029) | {target} |",
        "** Controls in place",
        "-- Quarterly review by the senior leadership team",
        "Direction of travel: Unchanged",
    ]


CARDS = source_lines(
    "** Agenda Item 7",
    "!! CORPORATE RISK REGISTER - MARCH 2028",
    "Report by:\tChief Finance Officer",
    "** 1. Recommendation",
    "1.1 That the Committee reviews the risk cards at Appendix 1.",
    "--- page ---",
    "** Appendix 1 - Corporate Risk Register: risk cards",
    *_card("CR-FIN-01", "Medium term financial plan", ("5 | 5 | 25", "4 | 5 | 20",
                                                       "3 | 4 | 12")),
    "--- page ---",
    *_card("CR-HR-02", "Recruitment to key posts", ("4 | 4 | 16", "3 | 3 | 9", "2 | 3 | 6")),
    "** Risk CR-HR-02 (continued)",
    "** Further actions",
    "|- Action | Owner | Due |",
    "| Market supplements for planners | Head of HR | June 2028 |",
)


def test_risk_card_stage_table_headed_risk_score_read(tmp_path: Path) -> None:
    """Before, the stage column's own heading "Risk score" counted as a fourth value column,
    so the table was no stage table and the cards gave no risks."""
    source = CARDS.replace("@stage@", "Risk score")
    assert _risks(source, tmp_path) == [("CR-FIN-01", 4, 5, 20), ("CR-HR-02", 3, 3, 9)]
    # the target row's label carries its date in brackets: still the target
    assert _targets(source, tmp_path) == [("CR-FIN-01", 12), ("CR-HR-02", 6)]


def test_risk_card_stage_table_headed_stage_still_read(tmp_path: Path) -> None:
    """Guard: a stage column headed by a word naming no value was read before and is still."""
    source = CARDS.replace("@stage@", "Stage")
    assert _risks(source, tmp_path) == [("CR-FIN-01", 4, 5, 20), ("CR-HR-02", 3, 3, 9)]


# ------------ a register's ids with the register's group between ("SC-CRR-01") were no rows

GROUPED_IDS = source_lines(
    "** ABERGLEN COUNCIL",
    "** AUDIT AND SCRUTINY COMMITTEE: 4 APRIL 2028",
    "** CORPORATE RISK REGISTER",
    "** 1. PURPOSE",
    "1.1 This report presents the Corporate Risk Register.",
    "** Appendix 1: Corporate Risk Register - March 2028",
    "|# Ref | Risk | Owner | Residual Likelihood | Residual Impact | Residual Score | Trend |",
    "| AG-CRR-02 | Waste disposal contract ends without a replacement | Head of Environment"
    " | 3 | 4 | 12 | Static |",
    "| AG-CRR-06 | Loss of the main data centre | Head of Digital | 2 | 5 | 10 | Rising |",
    "| AG-CRR-11 | School estate condition | Head of Education | 4 | 3 | 12 | Falling |",
)


def test_register_ids_with_group_letters_between_read_as_rows(tmp_path: Path) -> None:
    """Before, a row opening "AG-CRR-02" was no new row of the table (two hyphens), and the
    register gave no risks."""
    assert _risks(GROUPED_IDS, tmp_path) == [("AG-CRR-02", 3, 4, 12), ("AG-CRR-06", 2, 5, 10),
                                             ("AG-CRR-11", 4, 3, 12)]


def test_trend_words_read_as_the_change() -> None:
    """A "Trend" column's Static / Rising / Falling is the risk's change; a word holding one
    ("arising") is not."""
    assert [parse_change(w) for w in ("Static", "Rising", "Falling", "Stable")] == [
        "unchanged", "increased", "decreased", "unchanged"]
    assert parse_change("Risk arising from the audit") is None



# ------------ a lot the tender failed to let ("Not awarded - no compliant tender") was a row

LOTS = source_lines(
    "** Agenda Item 8",
    "!! HIGHWAY SERVICES: AWARD OF CONTRACTS BY LOT",
    "1.1 That Cabinet approves the award of the contracts for Lots 1 and 2 to the bidders below.",
    "|# Lot | Service | Recommended bidder | Annual value | Contract value (4 years) |",
    "| 1 | Gully emptying | Drainwell Services Ltd | £110,000 | £440,000 |",
    "| 2 | Road markings | Lineline Ltd | £60,000 | £240,000 |",
    "| 3 | Weed spraying | No compliant tenders received | - | - |",
    "| | Total (Lots 1 and 2) | | £170,000 | £680,000 |",
)


def test_lot_not_awarded_is_no_contract(tmp_path: Path) -> None:
    assert _pdf_contracts(LOTS, tmp_path) == [("Drainwell Services Ltd", 440_000.0),
                                              ("Lineline Ltd", 240_000.0)]


# ------------ a text register's "Total" row under a dashed rule joined its last contract

REGISTER = """STANDARDS AND AUDIT COMMITTEE

APPENDIX A - CONTRACTS REGISTER: CONTRACTS LET IN 2027/28

Ref      Contract                          Provider                          Value (£)
-------  --------------------------------  --------------------------------  ----------
WDC0101  Leisure centre cleaning           Brightspan Cleaning Ltd              120,000
WDC0104  Bereavement services - cremator   Furnace Engineering Ltd              480,000
         relining and maintenance
-------  --------------------------------  --------------------------------  ----------
         Total                                                                  600,000
"""


def test_text_register_total_row_not_joined_to_last_contract(tmp_path: Path) -> None:
    """Before, the line after the closing rule was read as the wrapped rest of the last row,
    its value "480,000 600,000" no sum."""
    assert contract_rows(REGISTER, tmp_path) == [("Brightspan Cleaning Ltd", 120_000.0),
                                                 ("Furnace Engineering Ltd", 480_000.0)]


# ------------ "awards the concession contract to operate <what> to <firm>" was no award

CONCESSION = """Agenda Item 6
Riverside Kiosk: Award of Concession Contract
1.1 That the Executive awards the concession contract to operate the kiosk at Millbrook Riverside Gardens to Sandpiper Catering Ltd for a term of eight years from 1 April 2028.
3.1 There is no cost to the Council.
"""  # noqa: E501


def test_concession_contract_to_operate_read_as_award(tmp_path: Path) -> None:
    assert contract_rows(CONCESSION, tmp_path) == [("Sandpiper Catering Ltd", None)]


# ------------ "The maintenance contract with Gw|endraeth ..." cut the firm's name at "end"

ENDS = """Agenda Item 9
Fleet Replacement: Contract Award
3.1 The maintenance contract with Endeavour Fleet Services Ltd, which expires in June 2028, will be retendered separately.
3.2 The contract with Serco would end in March 2029.
"""  # noqa: E501


def test_name_opening_like_end_not_cut(tmp_path: Path) -> None:
    found = contract_rows(ENDS.replace("Endeavour", "Gwendolen"), tmp_path)
    assert found == [("Gwendolen Fleet Services Ltd", None), ("Serco", None)]


# ------------ an operating lease's award, a firm appointed at a cost: no contract word

LEASE = """Agenda Item 5
Grounds Vehicles - Lease Award
1.1 That the Executive approves the award of a five year operating lease for six ride-on mowers to Meadowline Leasing Ltd at a total cost of £212,400.
"""  # noqa: E501

APPOINTED = """Agenda Item 5
Town Clerk's Report: Bus Shelters
That the Council appoints Kerbside Maintenance Ltd to clean the bus shelters at a cost of £2,600 a year.
"""  # noqa: E501

PROPERTY_LEASE = """Agenda Item 5
Community Centre
That the Council grants a 25 year lease of the community centre to Millbrook Community Association at a peppercorn rent.
"""  # noqa: E501


def test_operating_lease_award_read_as_contract(tmp_path: Path) -> None:
    assert contract_rows(LEASE, tmp_path) == [("Meadowline Leasing Ltd", 212_400.0)]


def test_firm_appointed_at_a_cost_read_as_contract(tmp_path: Path) -> None:
    assert contract_rows(APPOINTED, tmp_path) == [("Kerbside Maintenance Ltd", 2_600.0)]


def test_property_lease_is_no_contract(tmp_path: Path) -> None:
    """Guard: a council's lease of its own building is no contract let."""
    assert contract_rows(PROPERTY_LEASE, tmp_path) == []


# ------------ a scanned paper's "at an estirnated cost of" (OCR's "rn" for "m") was no price

OCR = """MINUTES
HC.31 CCTV MONITORING
RESOLVED that the contract for CCTV monitoring be awarded to Watchpoint Security Ltd for three years at an estirnated cost of £96,000.
"""  # noqa: E501


def test_ocr_estimated_cost_read_as_value(tmp_path: Path) -> None:
    assert contract_rows(OCR, tmp_path) == [("Watchpoint Security Ltd", 96_000.0)]
