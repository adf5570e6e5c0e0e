"""Review of round 40's fix K3 (contracts; a plan named in running text): the cases the review
found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, documents_of

_RECORD = (
    "ASHWORTH BOROUGH COUNCIL\n\n"
    "RECORD OF EXECUTIVE DECISION\n\n"
    "Decision maker:       Cabinet\n"
    "Date of decision:     9 March 2028\n\n"
    "SUBJECT: VARIATION OF THE HIGHWAY LIGHTING MAINTENANCE CONTRACT\n\n"
    "DECISION\n\n"
    "(1) To approve a variation to the highway lighting maintenance contract with\n"
    "    Lumenway Services Ltd to add the lighting of two new estates.\n"
)
_PLAN = ("For the period 1 April 2028 to 31 July 2028\n\n"
         "Decision: Award of the leisure management contract\n"
         "Decision maker: Cabinet\n"
         "Expected date of decision: 8 June 2028\n")


def _kinds(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "record.txt"
    path.write_text(text)
    return [d[0] for d in documents_of(path) if d[0] != "pack"]


def test_regression_plan_title_over_two_lines_still_starts_a_plan(tmp_path: Path) -> None:
    """A forward plan's title set over two lines, its first ending on "of" ("NOTICE OF" /
    "KEY DECISIONS FORWARD PLAN"), after a record: the fix took any line after one ending on
    "of" or "the" for a sentence run on, and the plan started no document. A title's short
    first line, or one in capitals, is no sentence's."""
    for title in ("NOTICE OF\nKEY DECISIONS FORWARD PLAN",
                  "Notice of\nKey Decisions Forward Plan",
                  "THE\nCABINET FORWARD PLAN"):
        text = _RECORD + "\f\nASHWORTH BOROUGH COUNCIL\n\n" + title + "\n\n" + _PLAN
        assert _kinds(text, tmp_path) == ["decision", "forward_plan"], title


def test_plan_named_in_a_sentence_run_on_is_still_no_plan(tmp_path: Path) -> None:
    """Guard: a sentence's line ending on "the", run on into a plan's name, still starts none."""
    text = _RECORD + (
        "\nProcurement note\n"
        "The contract will be re-let in 2031 and the re-procurement will appear in the\n"
        "Procurement Forward Plan 2030/31\n")
    assert _kinds(text, tmp_path) == ["decision"]


_LET_THEN_VARIED = (
    "BRAMHOLT DISTRICT COUNCIL\n\nREPORT TO CABINET\n\nBuilding cleaning contract\n\n"
    "1.1 The building cleaning contract was awarded to Fernbank Services Ltd in 2024 for five "
    "years at a total value of £300,000.\n\n"
    "1.2 To approve a variation to the contract with Fernbank Services Ltd to add the two new "
    "libraries, {total}.\n")


def test_regression_variation_new_total_in_other_words(tmp_path: Path) -> None:
    """The new total a variation prints said as the contract's value without "total" ("the
    contract value", "the contract sum", "the value of the contract" raised from £A to £B):
    the fix read "the total contract value" alone, and the value first let stayed the row's."""
    for total in ("increasing the contract value from £300,000 to £350,000",
                  "increasing the value of the contract from £300,000 to £350,000",
                  "increasing the contract sum from £300,000 to £350,000"):
        assert contract_rows(_LET_THEN_VARIED.format(total=total), tmp_path) == [
            ("Fernbank Services Ltd", 350000.0)], total


def test_variation_without_new_total_keeps_value_first_let(tmp_path: Path) -> None:
    """Guard: a variation that prints no new total leaves the value first let."""
    text = _LET_THEN_VARIED.format(total="with no change to the contract's value")
    assert contract_rows(text, tmp_path) == [("Fernbank Services Ltd", 300000.0)]


_CONCESSION_LET = (
    "BRAMHOLT DISTRICT COUNCIL\n\nREPORT TO CABINET\n\nRiverside market\n\n"
    "1.1 Approve the award of the Riverside Walk craft market concession to Loomhouse Markets "
    "Ltd for four years at a total concession fee payable to the Council of £86,000.\n\n"
    "2.1 The market has been {run}.\n")


def test_regression_concession_holder_since_after_name_or_agreement(tmp_path: Path) -> None:
    """The operator running the concession that ends, its date told after its name ("run by
    X Ltd since August 2023 under a concession which ends") or its concession called an
    agreement ("under a concession agreement which ends"): the fix read the date before the
    name and the bare "concession" alone, and the holder was read as nothing."""
    for run in ("run by Tallow Lane Events Ltd since August 2023 under a concession which "
                "ends on 31 July 2027",
                "run since August 2023 by Tallow Lane Events Ltd under a concession agreement "
                "which ends on 31 July 2027"):
        assert contract_rows(_CONCESSION_LET.format(run=run), tmp_path) == [
            ("Loomhouse Markets Ltd", 86000.0), ("Tallow Lane Events Ltd", None)], run


def test_rent_concession_agreement_still_gives_no_holder(tmp_path: Path) -> None:
    """Guard: a trader under a rent concession (agreement) holds no contract."""
    run = ("run by Tallow Lane Events Ltd since August 2023 under a rent concession agreement "
           "which ends on 31 July 2027")
    assert contract_rows(_CONCESSION_LET.format(run=run), tmp_path) == [
        ("Loomhouse Markets Ltd", 86000.0)]
