"""Review of round 31's documents fixes, batches E-F: the new rules' false readings on papers
another council would publish, each mended and pinned here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, source_lines
from test_heldout_round31_docsB import FIRE_AUTHORITY_PACK, JOINT_PACK, _summons_report

# A joint committee's pack: its host council's name letter-spaced atop the front over the
# committee's own (spaced too), the council's name alone at every page's foot. The spaced
# council is the publisher, no meeting: the agenda names no committee the reader can take.
HOST_COUNCIL_PACK = FIRE_AUTHORITY_PACK.replace(
    "%% footer Audit and Risk Committee | 3 March 2032 | {page}",
    "%% footer Brantwick Borough Council | {page}").replace(
    "## Thamesmere Combined Fire Authority\n^^ A U D I T  A N D  R I S K  C O M M I T T E E",
    "^^ B R A N T W I C K  B O R O U G H  C O U N C I L\n"
    "^^ J O I N T  W A S T E  C O M M I T T E E")


def test_regression_a_spaced_host_councils_name_at_the_foot_is_no_committee(
        tmp_path: Path) -> None:
    docs = pack_documents(HOST_COUNCIL_PACK, tmp_path)
    assert docs[0] == ("agenda", "2032-03-03", None)


# A report to council whose list of background papers sets its first entry, an extract of the
# cabinet's minutes, in bold down the page, other papers' titles under it: no minutes enclosed.
BACKGROUND_LIST_REPORT = source_lines(
    "%% header Thornleigh Borough Council - Council - 26 November 2031",
    *_summons_report(2, "Recommendation from Cabinet: Library Service Strategy 2032-2037", [
        "** Background Papers",
        "** Extract from the minutes of the Cabinet held on 15 October 2031",
        "Library Service Strategy consultation responses, July 2031",
        "Communities Scrutiny Committee task group report, June 2031",
    ]),
)


def test_regression_an_extract_listed_among_background_papers_starts_no_minutes(
        tmp_path: Path) -> None:
    docs = pack_documents(BACKGROUND_LIST_REPORT, tmp_path)
    assert [kind for kind, _, _ in docs] == ["report"]


# A joint committee's front printing its full name as its own masthead, the same words as the
# running head above it, over the short name: the front names the body in full (the running
# head is the page's first line only, the same words lower down the front's own).
FULL_OVER_SHORT_PACK = JOINT_PACK.replace(
    "<> Brantwick Borough Council || Oakhurst District Council\n"
    "## Joint Strategic Planning Committee",
    "## Brantwick and Oakhurst Joint Strategic Planning Committee\n"
    "** Joint Strategic Planning Committee", 1)


def test_regression_a_front_printing_the_running_heads_name_as_its_own_names_it_in_full(
        tmp_path: Path) -> None:
    docs = pack_documents(FULL_OVER_SHORT_PACK, tmp_path)
    assert docs[0] == (
        "agenda", "2032-05-26", "Brantwick and Oakhurst Joint Strategic Planning Committee")
