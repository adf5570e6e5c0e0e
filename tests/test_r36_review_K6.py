"""Review of round 36's fix K6 (contract awards in tables and reports): the cases the review
found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines

# ------------------------------------------------- a firm trading as "... Contracts"


def test_regression_firm_trading_as_contracts_after_the_contract_named(tmp_path: Path) -> None:
    """A name ending on "Contracts" names the contracts only when nothing let is named before
    it (a title "Award of Home to School Transport Contracts"): "the contract be awarded to
    Mid Kent Contracts" names the contract first, its party a builder trading as "Contracts"."""
    text = ("RESOLVED: That the highway drainage contract be awarded to Mid Kent Contracts for"
            " two years at a total contract value of £64,000.\n")
    assert contract_rows(text, tmp_path) == [("Mid Kent Contracts", 64000.0)]


# ------------------------------------------- a variation's value, its firm named before


def _variation_report(background: str, variation: str) -> str:
    return source_lines(
        "%% header Ashmere City Council",
        "## Housing Committee",
        "## 10 June 2027",
        "Title:\tLidgate Flats Refurbishment: Variation to the Works Contract",
        "** 1. Recommendation",
        "1.1 The Committee is recommended to approve a variation to the Lidgate Flats works"
        " contract to add new fire doors to the stair cores.",
        "** 2. Background",
        background,
        "** 3. The variation",
        variation,
    )


VALUED = ("3.1 The variation is valued at £184,300, bringing the total value of the works"
          " contract to £2,684,300.")
DELIVERED = ("2.1 The works contract was let in May 2026 after a tender. It covers roofs and"
             " windows to 96 flats, and is being delivered by Tollgate Build Ltd, who are on"
             " programme.")


def test_regression_variation_not_priced_to_a_designer(tmp_path: Path) -> None:
    """A study or design "undertaken by" a firm is not the contract varied: the variation's
    value is not that firm's."""
    paper = _variation_report("2.1 The works contract was let in May 2026. The feasibility"
                              " study was undertaken by Pellow Architects Ltd in 2025.", VALUED)
    assert contract_rows_of(contexts(rendered(paper, tmp_path))) == []


def test_regression_variation_not_priced_to_a_subcontractor(tmp_path: Path) -> None:
    """A subcontractor carrying out part of the works ("The roofing is being carried out by
    Ridgeline Roofing Ltd, a subcontractor") holds no contract the council varies."""
    paper = _variation_report(
        "2.1 The works contract was let in May 2026 to Tollgate Build Ltd. The roofing is"
        " being carried out by Ridgeline Roofing Ltd, a subcontractor.", VALUED)
    rows = contract_rows_of(contexts(rendered(paper, tmp_path)))
    assert ("Ridgeline Roofing Ltd", 184300.0) not in rows


def test_regression_variation_of_the_works_beside_the_designer(tmp_path: Path) -> None:
    """The designer and the works' contractor in one sentence: the works' firm is priced (its
    name at the sentence's end read without the full stop)."""
    paper = _variation_report(
        "2.1 The works contract was let in May 2026. The design was carried out by Pellow"
        " Architects Ltd and the works are being delivered by Tollgate Build Ltd.", VALUED)
    assert contract_rows_of(contexts(rendered(paper, tmp_path))) == [
        ("Tollgate Build Ltd", 184300.0)]


def test_regression_earlier_variation_is_no_value_let_now(tmp_path: Path) -> None:
    """A variation agreed in an earlier year, "the variation" then priced, is context: its
    value is no contract let now."""
    paper = _variation_report(
        DELIVERED, "3.1 In March 2025 the Committee approved a first variation to the works"
        " contract for asbestos removal. The variation is valued at £40,000 and has been"
        " completed.")
    assert ("Tollgate Build Ltd", 40000.0) not in contract_rows_of(
        contexts(rendered(paper, tmp_path)))


def test_regression_variation_valued_at_approximately(tmp_path: Path) -> None:
    """"valued at approximately £X" is the variation's value as "valued at £X" is."""
    paper = _variation_report(DELIVERED, VALUED.replace("at £184,300", "at approximately"
                                                                        " £184,300"))
    assert contract_rows_of(contexts(rendered(paper, tmp_path))) == [
        ("Tollgate Build Ltd", 184300.0)]


# -------------------------------- a public body's contract "for <service> with <firm>" extended


def _partnership_report(whose: str) -> str:
    return source_lines(
        "%% header Saltmere Heritage Partnership",
        "## Saltmere Heritage Partnership Board",
        "## 12 March 2027",
        "** Quarter 3 report",
        "** Interpretation services",
        f"{whose} with Quillon Design Ltd was extended in February 2027 for twelve months at a"
        " cost of £54,000, as the original contract allowed.",
    )


def test_regression_named_councils_contract_extended(tmp_path: Path) -> None:
    """A body named with no article ("Kent County Council's contract for ... with X Ltd")."""
    paper = _partnership_report("Kent County Council's contract for visitor interpretation")
    assert contract_rows_of(contexts(rendered(paper, tmp_path))) == [
        ("Quillon Design Ltd", 54000.0)]


def test_regression_contract_for_a_long_description_extended(tmp_path: Path) -> None:
    """What the contract is for in more than six words, a comma among them."""
    paper = _partnership_report("The council's contract for the design, print and installation"
                                " of visitor interpretation panels at six sites")
    assert contract_rows_of(contexts(rendered(paper, tmp_path))) == [
        ("Quillon Design Ltd", 54000.0)]
