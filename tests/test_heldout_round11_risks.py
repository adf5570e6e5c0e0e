"""Regression tests for the risk-register misses of held-out round 11's blind batches (W, X):
how real registers lay out their tables. Small papers in other councils' words, each with a
guard of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import heldout_accuracy
from kcc_papers.extract import risks
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _pdf(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def _risks(source: str, tmp_path: Path) -> list[RiskRow]:
    """The paper's risks as the scorer compares them: id, likelihood, impact, rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(_pdf(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


HEAD = """\
!! {title}
Committee:\tGovernance and Audit Committee
Date:\t14 May 2026
** Purpose
To present the {title} for the committee's review.
--- page landscape ---
** {title}
"""

# A zebra table: no rules, the header on a dark fill, every other band of rows shaded. Only
# the shaded bands have edges, so a rule-finder sees each band as a table of its own and the
# rows on white between them as no table at all.
ZEBRA_SCORED = HEAD.format(title="Corporate Risk Register") + """\
|~ Risk ref | Description | Gross (L x I = score) | Net (L x I = score) | Risk owner |
| GR-1 | Income from planning fees falls below budget | 4 x 3 = 12 | 3 x 3 = 9 | Head of Planning |
| GR-2 | Loss of the main data centre | 3 x 5 = 15 | 2 x 5 = 10 | Head of Digital |
| GR-3 | Contractor insolvency on the leisure build | 4 x 4 = 16 | 3 x 4 = 12 | Property Lead |
| GR-4 | Fraud in grant payments to businesses | 3 x 4 = 12 | 1 x 4 = 4 | Chief Auditor |
| GR-5 | Climate targets are not met | 4 x 2 = 8 | 4 x 2 = 8 | Climate Officer |
"""

ZEBRA_COLUMNS = HEAD.format(title="Strategic Risk Register") + """\
|~ ID | Risk | Likelihood | Impact | Score | Lead |
| SRR01 | Demand for adult social care exceeds the budget | 4 | 5 | 20 | Director of Adults |
| SRR02 | Failure to recruit qualified social workers | 3 | 4 | 12 | Director of Children's |
| SRR03 | School places shortfall in the north of the borough | 2 | 3 | 6 | Head of Education |
| SRR04 | Highways asset deteriorates faster than planned | 3 | 3 | 9 | Head of Highways |
"""


def test_zebra_register_reads_rows_on_white_between_shaded_bands(tmp_path: Path) -> None:
    assert sorted(_risks(ZEBRA_SCORED, tmp_path)) == [
        ("GR-1", 3, 3, 9), ("GR-2", 2, 5, 10), ("GR-3", 3, 4, 12), ("GR-4", 1, 4, 4),
        ("GR-5", 4, 2, 8)]


def test_zebra_register_with_likelihood_and_impact_columns(tmp_path: Path) -> None:
    assert sorted(_risks(ZEBRA_COLUMNS, tmp_path)) == [
        ("SRR01", 4, 5, 20), ("SRR02", 3, 4, 12), ("SRR03", 2, 3, 6), ("SRR04", 3, 3, 9)]


# Guard: a ruled register whose every cell is shaded (rules drawn, each row its own colour)
# is read from its rules as before; the words' places give the same rows.
RULED_SHADED = HEAD.format(title="Operational Risk Register") + """\
|# Ref | Risk | Likelihood | Impact | Score |
| OR1 | Pool plant failure at the leisure centre | 3 | 4 | 12 |
| OR2 | Loss of the cemetery's burial capacity | 2 | 3 | 6 |
| OR3 | Data breach by a contractor | 2 | 5 | 10 |
"""


def test_ruled_register_is_still_read_from_its_rules(tmp_path: Path) -> None:
    assert sorted(_risks(RULED_SHADED, tmp_path)) == [
        ("OR1", 3, 4, 12), ("OR2", 2, 3, 6), ("OR3", 2, 5, 10)]


# The renderer: an empty cell is a cell. "| a | | b |" made "| b" one cell, so the rule was
# printed as text and every later cell moved one column left (a register's unlabelled RAG-dot
# column took its header's neighbour "Risk no.").
EMPTY_CELL = HEAD.format(title="Risk Register") + """\
|# Score | | Risk no. | Risk | Lead |
| 12 | {dot#c00000} | RR1 | Storm damage to the harbour wall | Harbour Master |
| 4 | {dot#00b050} | RR2 | Loss of the ferry licence | Chief Officer |
"""


def test_renderer_prints_an_empty_cell_as_a_cell(tmp_path: Path) -> None:
    from kcc_papers.load import load

    with load(_pdf(EMPTY_CELL, tmp_path)) as source:
        rows = [[c.text for c in row] for page in source.pages for t in page.tables
                for row in t.rows]
    assert ["Score", "", "Risk no.", "Risk", "Lead"] in rows
    assert not any("|" in cell for row in rows for cell in row)


# A register printing its factors as letters under a key written out in words: each letter is
# the initials of the key's name ("H" High, "VH" Very high), scored as the key says.
LETTERS = """\
!! Strategic Risk Register
Committee:\tJoint Audit Panel
Date:\t3 March 2026
** Scoring
Key: {key}. The score is likelihood times impact.
** Register
| Ref | Risk | Likelihood | Impact | Owner |
| JR1 | Loss of the shared case management system | {a} | {b} | Head of ICT |
| JR2 | Grant conditions are breached | {c} | {d} | Treasurer |
| JR3 | Key staff leave the office | {e} | {f} | Chief Executive |
"""


def test_letters_read_by_a_key_written_in_words(tmp_path: Path) -> None:
    paper = LETTERS.format(key="High = 3, Medium = 2, Low = 1",
                           a="H", b="M", c="L", d="H", e="M", f="M")
    assert sorted(_risks(paper, tmp_path)) == [
        ("JR1", 3, 2, 6), ("JR2", 1, 3, 3), ("JR3", 2, 2, 4)]


def test_letters_of_two_word_levels_on_a_weighted_key(tmp_path: Path) -> None:
    # a key whose numbers are not the usual ladder's: the key, not the ladder, scores them
    paper = LETTERS.format(key="Very high = 6, High = 4, Medium = 2, Low = 1",
                           a="VH", b="H", c="L", d="M", e="H", f="H")
    assert sorted(_risks(paper, tmp_path)) == [
        ("JR1", 6, 4, 24), ("JR2", 1, 2, 2), ("JR3", 4, 4, 16)]


# A register followed by a table of the risks taken off it: those are no longer its risks.
REGISTER = """\
!! Corporate Risk Register
Committee:\tAudit Committee
Date:\t9 June 2026
** Register
| Ref | Risk | Likelihood | Impact | Score |
| KR1 | Income from the crematorium falls | 3 | 3 | 9 |
| KR2 | Failure of the harbour crane | 2 | 4 | 8 |
{after}
"""


def test_table_of_removed_risks_gives_no_risks(tmp_path: Path) -> None:
    for n, heading in enumerate(("** 5. Risks removed from the register", "** Closed risks",
                                 "** Risks archived since the last report")):
        after = f"""{heading}
The following risks were taken off the register this quarter.
| Ref | Risk | Last score | Reason |
| KR7 | Delivery of the depot move | 6 | Completed |
| KR9 | Loss of the bus subsidy | 4 | Subsidy confirmed |
"""
        folder = tmp_path / str(n)
        folder.mkdir()
        assert sorted(_risks(REGISTER.format(after=after), folder)) == [
            ("KR1", 3, 3, 9), ("KR2", 2, 4, 8)], heading


def test_a_sentence_about_closed_risks_is_no_heading(tmp_path: Path) -> None:
    # a sentence saying none were closed, with the rest of the register after it
    after = """Risks closed since the last review: none.
| Ref | Risk | Likelihood | Impact | Score |
| KR3 | Cyber attack on the council's systems | 2 | 5 | 10 |
"""
    assert sorted(_risks(REGISTER.format(after=after), tmp_path)) == [
        ("KR1", 3, 3, 9), ("KR2", 2, 4, 8), ("KR3", 2, 5, 10)]


# A register printed without rules whose score cells all read "L x I = score": every row puts
# its score at the same x, under a header word of the wrapped heading; a word a space after the
# one before it is inside a cell, not the start of a column.
UNRULED_SCORED = HEAD.format(title="Service Risk Register") + """\
|- Ref | Risk | Before controls (L x I = score) | After controls (L x I = score) | Owner |
| SV1 | Loss of the library management system | 3 x 4 = 12 | 2 x 4 = 8 | Head of Libraries |
| SV2 | Pool closure after a plant failure | 4 x 3 = 12 | 3 x 3 = 9 | Leisure Manager |
| SV3 | Claims from a tree falling on a highway | 3 x 3 = 9 | 2 x 3 = 6 | Tree Officer |
"""


def test_unruled_register_of_scored_cells_keeps_its_columns(tmp_path: Path) -> None:
    assert sorted(_risks(UNRULED_SCORED, tmp_path)) == [
        ("SV1", 2, 4, 8), ("SV2", 3, 3, 9), ("SV3", 2, 3, 6)]


# A register grouped by a first column before its ids ("Portfolio | Ref | Risk"), its factor
# columns' headers turned: the header's line of words starts with the group's name, not the
# id's, and is still a register's.
GROUPED = HEAD.format(title="Strategic Risks") + """\
| Directorate | Ref | Risk | {up}Residual L | {up}Residual I | {up}Residual score |
| Place | PR1 | Flood defence works are delayed | 3 | 4 | 12 |
| ^ | PR2 | Bus services are withdrawn | 4 | 2 | 8 |
| Resources | PR3 | Pension fund deficit grows | 2 | 4 | 8 |
"""


def test_register_grouped_before_its_id_column(tmp_path: Path) -> None:
    assert sorted(_risks(GROUPED, tmp_path)) == [
        ("PR1", 3, 4, 12), ("PR2", 4, 2, 8), ("PR3", 2, 4, 8)]
