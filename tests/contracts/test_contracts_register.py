"""A register of contracts published on its own (no committee paper, so classed "other") gives
its table's contracts; any other "other" document gives none."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.models import Contract
from kcc_papers.pipeline import process_file

REGISTER = (
    "Ashdown Vale Council\n\nContracts register\n\n"
    "We publish every contract over £5,000 under the Local Government Transparency Code.\n\n"
    "Reference\tSupplier\tDescription\tStart date\tEnd date\tTotal value\n"
    "AV-001\tVale Landcare Ltd\tGrounds maintenance\t01/04/2026\t31/03/2029\t£1,072,500\n"
    "AV-002\tPrintwise Mailing Ltd\tPrint and post\t01/03/2026\t28/02/2030\t£153,000\n"
)


def _contracts(tmp_path: Path, text: str) -> list[tuple[str | None, float | None]]:
    path = tmp_path / "register.txt"
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path))
    assert [d.kind for d in result.documents] == ["other"]
    return [(r.provider, r.value_gbp) for r in result.records if isinstance(r, Contract)]


def test_a_contracts_register_page_gives_its_contracts(tmp_path: Path) -> None:
    assert _contracts(tmp_path, REGISTER) == [("Vale Landcare Ltd", 1072500.0),
                                              ("Printwise Mailing Ltd", 153000.0)]


def test_another_kind_of_page_with_a_supplier_table_gives_none(tmp_path: Path) -> None:
    news = REGISTER.replace("Contracts register", "Council news: spring 2026")
    assert _contracts(tmp_path, news) == []


def test_regression_a_long_service_phrase_stalled_the_contract_sentence_reader() -> None:
    # "(?:[a-z][\w-]*\s*)*" backtracked exponentially on a long lower-case phrase that failed
    # to match at its end: one Manx delegated decision stalled its file until the time limit.
    # Run in a child with a bound, so the old pattern fails the test instead of hanging it.
    import subprocess
    import sys

    code = ("from kcc_papers.extract.contracts.names import _service\n"
            "print(_service('supply and installation of replacement play equipment at a glen "
            "play area for the commissioners within the approved budget, the works to be done'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() != ""
