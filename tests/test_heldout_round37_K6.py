"""Held-out round 37, risks in a parish risk assessment and in risk cards (family K6): a
landscape register whose narrow columns wrap its header's factor and score cells off the line
naming its id and risk columns; and risk cards headed "Risk 7 (SR07): <title>" whose one
rating line labels each stage beside the others ("Before controls: ... | Current: ... |
Target: ..."). Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, scored_risks, source_lines
from kcc_papers.classify.wrapped_risk_headers import wrapped_risk_headers
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file

# --------------------------------------------- a register's header wrapped round its id line


def _parish_register(gross: str, net: str) -> str:
    return source_lines(
        "%% footer Hollinbrook Parish Council - Register of Risks - page {page} of {pages}",
        "## HOLLINBROOK PARISH COUNCIL",
        "** Register of Council Risks 2027/28",
        "Presented to:\tResources Committee",
        "Meeting date:\tMonday 8 March 2027",
        "Prepared by:\tParish Clerk",
        "** About this register",
        "Each risk is scored for likelihood and impact from 1 to 5 and the two are multiplied.",
        "--- page landscape ---",
        "** Risks",
        "|% 2 4 7 9 4 4 6",
        f"|~ Ref | Topic | Risk described | Existing controls | {gross} | {net} | Actions / lead |",
        "| HB-A1 | Cash | Theft of cash taken at the village hall | Cash banked weekly by two"
        " people; receipts issued | 3 x 3 | 2 x 3 = 6 | None |",
        "| HB-A2 | Payroll | Clerk paid the wrong amount | Payroll bureau; payslips checked by"
        " the Chairman | 3 x 2 | 1 x 2 = 2 | None |",
        "| HB-B1 | Allotments | Allotment tenant injured by broken fencing | Site walked every"
        " month; repairs logged | 3 x 4 | 2 x 4 = 8 | Replace fencing on the north side -"
        " Clerk |",
    )


def test_header_wrapped_round_its_id_line_is_a_registers(tmp_path: Path) -> None:
    """Before, the narrow columns printed "Uncontrolled" / "rating (L x I)" and "Residual
    rating" / "(L x I = score)" on the lines above and below "Ref Topic Risk described ...":
    no line was a register's header, and the paper was a report (or "other"). The id line
    joined with the short header lines either side of it is the header it stands for."""
    pdf = rendered(_parish_register("Uncontrolled rating (L x I)",
                                    "Residual rating (L x I = score)"), tmp_path)
    assert documents_of(pdf) == [("risk_register", "2027-03-08", "Resources Committee")]
    risks = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
             for r in process_file(str(pdf)).records if isinstance(r, Risk)]
    assert risks == [("HB-A1", 2, 3, 6), ("HB-A2", 1, 2, 2), ("HB-B1", 2, 4, 8)]


def test_review_asking_a_note_with_a_wrapped_risk_table_stays_a_report(tmp_path: Path) -> None:
    """Guard: a report asking its meeting to note a review, its risks one section with the
    same wrapped header, is the review's report (as r33a's strategy review is)."""
    source = _parish_register("Uncontrolled rating (L x I)", "Residual rating (L x I = score)")
    source = source.replace(
        "** About this register\n",
        "Subject:\tVillage Hall Business Plan - Annual Review\n"
        "** Recommendation\n"
        "The Committee is asked to note the annual review of the village hall business plan.\n")
    pdf = rendered(source, tmp_path)
    assert [kind for kind, _, _ in documents_of(pdf)] == ["report"]


def test_wrapped_lines_without_factors_make_no_register_header() -> None:
    """Guard: a table naming its ref and risk columns whose wrapped lines name no factor nor
    score (a log of actions: "Target" / "date") is no register's header; nor is an id line
    under a sentence that mentions the score."""
    actions = ("Ref Topic Risk described Action agreed Lead officer\n"
               "Target date\n"
               "HB-A1 Cash Theft of cash Weekly banking Clerk June 2027\n")
    assert wrapped_risk_headers(actions) == []
    prose = ("The score of each risk is its likelihood times its impact, as agreed.\n"
             "Ref Topic Risk described Existing controls Actions / lead\n"
             "HB-A1 Cash Theft of cash Weekly banking None\n")
    assert wrapped_risk_headers(prose) == []
    wrapped = ("Uncontrolled Residual rating\n"
               "Ref Topic Risk described Existing controls Actions / lead\n"
               "rating (L x I) (L x I = score)\n")
    assert wrapped_risk_headers(wrapped) == [len("Uncontrolled Residual rating\n")]


# ------------------------------------------- cards headed "Risk n (CODE)" with a rating line

CARDS = """Harrowgate Borough Council
Corporate Risk Register - Governance Committee - 14 June 2027

Each card gives the owner, the main controls and the rating before controls, now and at target.

Risk 2 (CR02): Loss of the main data centre
Risk owner: Head of Digital Services    Main controls: second site; tested restores.
Before controls: 4 x 5 = 20 | Current: 2 x 5 = 10 | Target: 1 x 5 = 5

Risk 5 (CR05): Shortage of planning officers
Risk owner: Head of Planning    Main controls: agency framework; career grade scheme.
Before controls: 4 x 3 = 12 | Current: 3 x 3 = 9 | Target: 2 x 3 = 6

Movement since March
Risk 2 (CR02) has fallen from 15 to 10 since the second site opened. Former Risk 4, on the leisure contract, was closed in April.
"""  # noqa: E501


def test_numbered_card_with_code_and_rating_line(tmp_path: Path) -> None:
    """Before, no risk was read: "Risk 2 (CR02): ..." was no card's heading (its bracketed
    code stood between the number and the title), and the rating line was one label, "Before
    controls", the inherent rating. The bracketed code is the risk's id; the line's parts,
    parted by strokes, are labels of their own, "Current" the rating as it stands."""
    assert scored_risks(CARDS, tmp_path) == [("CR02", 2, 5, 10), ("CR05", 3, 3, 9)]


def test_rating_line_parts_without_scores_give_no_rating(tmp_path: Path) -> None:
    """Guard: a bare "Current" or "Target" label is a stage's rating only where its value is a
    score with its factors ("Target: March 2028" says when): a card with no such part is no
    register's risk; the inherent part is never the current rating."""
    text = CARDS.replace("| Current: 2 x 5 = 10 | Target: 1 x 5 = 5",
                         "| Current: under review | Target: March 2028")
    assert scored_risks(text, tmp_path) == [("CR05", 3, 3, 9)]
