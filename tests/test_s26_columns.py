"""Regressions of the side-by-side column split (s26 review, items 6 and 8): a two-column table
printed without rules is read row by row, not column by column; a time's "am" is English."""

from __future__ import annotations

import sys
from pathlib import Path

from kcc_papers.load.pdf import load_pdf
from kcc_papers.normalise.bilingual import is_welsh

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from heldout_render import render_pdf

# Two columns of wrapped prose under a bold header row, no rules, equal widths ("|% 1 1").
RISKS = [("Failure to recruit and retain qualified social workers leads to unallocated cases",
          "Recruitment campaign with market supplements agreed by the panel in the spring"),
         ("Loss of income from car parking charges following changes in travel patterns",
          "Quarterly review of tariffs by the finance team with the portfolio holder"),
         ("Delay to the capital programme because of contractor insolvency in the region",
          "Contract monitoring and bonds on all large schemes across the programme"),
         ("Cyber attack on council systems causing loss of service and data and fines",
          "Staff training and tested backups for all systems held by the council")]
RISK_TABLE = "\n".join([
    "## Cabinet", "** Risk register",
    "The table below sets out the principal risks and how they are being managed this year.",
    "|% 1 1", "|- Risk description | Mitigation |",
    *(f"| {risk} | {mitigation} |" for risk, mitigation in RISKS),
    "The risks will be reported again to Cabinet in the autumn."])

DECISIONS = [
    ("Fees for the use of sports pitches in 2026/27, as set out in the report of the Head of "
     "Leisure Services on the rising cost of pitch maintenance",
     "To approve the fees for the use of sports pitches for 2026/27, an increase of 3% on the "
     "fees charged in 2025/26"),
    ("The Housing Revenue Account business plan and the rent setting proposals for the coming "
     "year, following the tenant consultation in January",
     "To approve the business plan and an increase of 2.7% in social rents from April, with "
     "service charges held at their current level"),
    ("The award of the contract for grounds maintenance across the borough's parks and open "
     "spaces for five years from the first of June",
     "To award the contract to Greenway Services Ltd for five years with an option to extend "
     "it by two further years on the same terms")]
DECISION_TABLE = "\n".join([
    "## ASHCOMBE BOROUGH COUNCIL", "## Cabinet - Record of Decisions",
    "Meeting held on 9 March 2026.", "|- Matter considered | Decision |",
    *(f"| {matter} | {decision} |" for matter, decision in DECISIONS)])


def _lines(tmp_path: Path, name: str, source: str) -> list[str]:
    src = tmp_path / f"{name}.pdfsrc"
    src.write_text(source + "\n")
    with load_pdf(render_pdf(src, tmp_path), "x") as paper:
        return [line.text for line in paper.pages[0].lines]


def _read_in_rows(lines: list[str], header: tuple[str, str], rows: list[tuple[str, str]]
                  ) -> None:
    """The header's two names, then each row's left cell's lines, then its right cell's."""
    at = lines.index(header[0])
    assert lines[at + 1] == header[1]
    words = " ".join(lines[at + 2 :])
    expected = " ".join(f"{left} {right}" for left, right in rows)
    assert words.startswith(expected), lines
    # no line joins the two columns' text
    assert not any(left.split()[0] in line and right.split()[0] in line
                   for left, right in rows for line in lines)


def test_regression_unruled_risk_table_keeps_each_risk_beside_its_mitigation(
        tmp_path: Path) -> None:
    lines = _lines(tmp_path, "risks", RISK_TABLE)
    _read_in_rows(lines, ("Risk description", "Mitigation"), RISKS)
    assert lines[-1] == "The risks will be reported again to Cabinet in the autumn."


def test_regression_unruled_decision_table_keeps_each_matter_beside_its_decision(
        tmp_path: Path) -> None:
    lines = _lines(tmp_path, "decisions", DECISION_TABLE)
    assert lines[:3] == ["ASHCOMBE BOROUGH COUNCIL", "Cabinet - Record of Decisions",
                         "Meeting held on 9 March 2026."]
    _read_in_rows(lines, ("Matter considered", "Decision"), DECISIONS)


def test_regression_morning_times_are_not_welsh() -> None:
    assert not is_welsh("Sessions at 9.30 am, 10.30 am, 11.30 am and 2.00 pm, 3.00 pm")
    assert not is_welsh("Drop-in at 9am, 10am and 11am, then 2pm, 3pm and 4pm daily")


def test_welsh_am_before_a_time_still_counts() -> None:
    assert is_welsh("Nos Lun 13 Ebrill 2026 am 7.00 yr hwyr yn Neuadd y Dref; daeth y cyfarfod "
                    "i ben am 8.52 yr hwyr.")


# A bilingual page pairs its paragraphs as a table's rows, under a bold heading each side: it
# is read one language after the other, as before.
ENGLISH = [("Members considered the annual review of the allotment sites and the waiting list, "
            "which now stands at forty households across the two wards of the town."),
           "RESOLVED: that the review be noted and the waiting list be published each quarter."]
WELSH = [("Ystyriodd yr aelodau yr adolygiad blynyddol o'r safleoedd rhandiroedd a'r rhestr aros, "
          "sydd bellach yn ddeugain o aelwydydd ar draws dwy ward y dref."),
         "PENDERFYNWYD: nodi'r adolygiad a bod y rhestr aros yn cael ei chyhoeddi bob chwarter."]
BILINGUAL = "\n".join(["## Town Council", "<> ** Allotments || ** Rhandiroedd",
                       *(f"<> {en} || {cy}" for en, cy in zip(ENGLISH, WELSH, strict=True))])


def test_bilingual_paragraph_pairs_under_bold_headings_read_english_then_welsh(
        tmp_path: Path) -> None:
    lines = _lines(tmp_path, "bilingual", BILINGUAL)
    welsh_from = lines.index("Rhandiroedd")
    assert " ".join(lines[1:welsh_from]) == " ".join(["Allotments", *ENGLISH])
    assert " ".join(lines[welsh_from:]) == " ".join(["Rhandiroedd", *WELSH])
