"""Risk registers: strategic / corporate / directorate registers (summary tables, register
tables and risk cards), budget risk registers (directorate, likelihood and £m exposure per
risk) and the prose corporate-risk section of performance reports.

A document yields risks only when it shows a register: a "Risk No. | Risk Title | Current Risk
Rating" table, risk cards ("Risk Event", "Consequence", "Risk Owner"), a budget register's
"Risk Title ... Likelihood ... Exposure" table, or a "Corporate Risk Register" section naming
risks by id ("CRR0065: ..."). Reports that merely mention risks yield nothing."""

from __future__ import annotations

import re

from kcc_papers.extract import Context
from kcc_papers.extract.risks import checks
from kcc_papers.extract.risks.budget import extract_budget, is_budget_register
from kcc_papers.extract.risks.cards import parse_cards
from kcc_papers.extract.risks.heat_map import placed_risks, with_places
from kcc_papers.extract.risks.labelled import labelled_entries
from kcc_papers.extract.risks.merge import Merged, merge
from kcc_papers.extract.risks.minuted import holds_register_table
from kcc_papers.extract.risks.narrative import parse_narrative
from kcc_papers.extract.risks.narrative_records import narrative_records
from kcc_papers.extract.risks.prose_rows import prose_entries
from kcc_papers.extract.risks.register_words import (
    FACTOR_WORDS,
    HEADER_LINE_CHARS,
    ID_CELL,
    ID_WORDS,
    LIKELIHOOD_WORDS,
    _shows_register,
)
from kcc_papers.extract.risks.risk_records import _items, _ratings, _risk, _row_checks
from kcc_papers.extract.risks.rows import Row, rows_of
from kcc_papers.extract.risks.scales import _factor_key, _scales
from kcc_papers.extract.risks.summary import SummaryEntry, parse_summaries
from kcc_papers.extract.risks.unrated import no_register
from kcc_papers.extract.risks.values import parse_legend, risk_key
from kcc_papers.load.model import Page
from kcc_papers.models import Record, Risk

# The register's words are tested for, its scales and its records read, apart
# (register_words, scales, risk_records); the names tests import from this module stay here.
__all__ = ["FACTOR_WORDS", "HEADER_LINE_CHARS", "ID_CELL", "ID_WORDS", "KINDS",
           "LIKELIHOOD_WORDS", "_shows_register", "extract"]

# (and minutes printing a register's table: minuted.py)
KINDS = {"risk_register", "report", "performance_report", "minutes"}


def extract(ctx: Context) -> list[Record]:
    if ctx.document.kind == "minutes":
        # minutes are read for a register's table alone (minuted)
        return _tabled(ctx) if holds_register_table(ctx.segment.text) else []
    if is_budget_register(ctx.segment.text):
        budget = extract_budget(ctx, _rows(ctx) if ctx.source.format != "pdf" else [])
        if budget is not None:
            return budget
    tabled = _tabled(ctx) if _shows_register(ctx.segment.text) else []
    if no_register(tabled, ctx.segment.text):
        tabled = []  # a scored table of something else ("Ref | ... | Score (of 40)"): grants
    if tabled:
        return tabled
    narrative = parse_narrative(ctx.segment)
    return narrative_records(ctx, narrative) if narrative else []


def _detail_blocks(blocks: list[SummaryEntry], listed: list[SummaryEntry]
                   ) -> list[SummaryEntry]:
    """The labelled blocks that detail the risks the summary tables list, by their ids (all
    where no table lists any): beside a register's table, a block of another id is none of
    its risks (a covering report's "Risk 1: The register is not kept up to date" over its own
    "Likelihood: 2")."""
    if not listed:
        return blocks
    ids = {risk_key(e.risk_id) for e in listed}
    return [b for b in blocks if risk_key(b.risk_id) in ids]


def _rows(ctx: Context) -> list[Row]:
    """The segment's rows; a page whose tables cannot be read is said."""
    return rows_of(ctx.segment, lambda page, exc: _unreadable(ctx, page, exc))


def _unreadable(ctx: Context, page: Page, exc: Exception) -> None:
    """Rows of that page are lost (its ruled tables are kept where they can be read, its
    lines and the other pages are read)."""
    ctx.finding(
        "risk_table_unreadable",
        f"tables on page {page.number} could not be read (the page's ruled tables are kept "
        f"where they could be): {type(exc).__name__}: {exc}",
        page=page.number,
        record_table="risks",
    )


def _tabled(ctx: Context) -> list[Record]:
    """A register printed as tables: summary tables and risk cards."""
    rows = _without_removed(_rows(ctx))
    entries = parse_summaries(rows)
    scales = _scales(rows)
    cards = parse_cards(rows, scales)
    if not cards:
        # no cards: perhaps blocks of "Label: value" lines, the register itself or the detail
        # of the risks a summary table lists ("Likelihood: 4 (Likely)" under "CRR0001 ..."),
        # each merged with its table row by its id
        entries = entries + _detail_blocks(labelled_entries(rows), entries)
    if not entries and not cards:
        # or a paragraph per risk stating its factors ("CRR02 ... Current L4 I3, score 12")
        entries = prose_entries(rows)
    if not cards:
        # and the places a heat map gives the risks none of those scores (a card scores its
        # own risk)
        entries = _with_heat_map(rows, entries)
    if not entries and not cards:
        return []
    legend = next((lg for r in rows if (lg := parse_legend(r.text))), None)
    merged, unmatched = merge(entries, cards)
    for card in unmatched:
        ctx.finding("risk_card_unidentified",
                    f"a risk card (page {card.page}) names no risk id the paper's summary "
                    "tables can confirm; its details are not recorded",
                    severity="info", record_table="risks", page=card.page)
    out: list[Record] = []
    risks: list[Risk] = []
    key = _factor_key(scales, entries)
    for m in merged:
        risk = _risk(m, legend, scales, key)
        risks.append(risk)
        out.append(risk)
        out.extend(_items(m))
        _report(ctx, _row_checks(m, risk, legend), m.page)
        _report_missing(ctx, m, risk)
        _report_derived(ctx, m, risk)
    _report(ctx, checks.check_statements(ctx.segment.text, risks), None)
    return out


def _with_heat_map(rows: list[Row], entries: list[SummaryEntry]) -> list[SummaryEntry]:
    """The register's rows, with the places a heat map gives the risks no row scores (the
    paper's list of its risks naming their titles and owners, if it has one)."""
    placed = placed_risks(rows)
    if not placed:
        return entries
    return with_places(entries, parse_summaries(rows, unscored=True), placed)


# A heading over the risks taken off the register ("4. Risks removed from the register",
# "Closed risks", "Risks archived this quarter"): a heading's words, no sentence or label.
REMOVED_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:risks?\s+(?:(?:that\s+have\s+been|"
                             r"now|being)\s+)?(?:removed|closed|archived|retired|deleted|"
                             r"withdrawn)|(?:closed|archived|retired|removed|deleted)\s+risks?)"
                             r"\b[^.:;]*$", re.I)
MAX_HEADING_WORDS = 12
# Lines of prose a removed risks' heading may have before its table ("The following ...").
LEAD_IN_ROWS = 3


def _without_removed(rows: list[Row]) -> list[Row]:
    """The rows less each table of risks taken off the register (the table after a heading
    that says so): they are no longer the register's risks, and such a table prints only
    their last score and the reason."""
    out: list[Row] = []
    skipping = lead_in = 0
    for row in rows:
        heading = len(row.filled) == 1 and len(row.text.split()) <= MAX_HEADING_WORDS and \
            REMOVED_HEADING.match(row.text)
        if heading:
            skipping, lead_in = 1, 0
            out.append(row)
            continue
        if skipping and len(row.filled) > 1:
            skipping = 2  # in the table
            continue
        if skipping == 1 and lead_in < LEAD_IN_ROWS:
            lead_in += 1
        else:
            skipping = 0
        out.append(row)
    return out


def _report_missing(ctx: Context, m: Merged, risk: Risk) -> None:
    """A card whose likelihood or impact the text layer lost: said, never guessed."""
    if m.card is None:
        return
    missing = [name for name in ("likelihood", "impact", "target_likelihood", "target_impact")
               if getattr(risk, name) is None]
    if missing:
        ctx.finding("risk_card_value_missing",
                    f"{risk.risk_id}: the risk card prints no readable {', '.join(missing)}",
                    severity="info", record_table="risks", record_ref=risk.risk_id,
                    page=m.card.page)


def _report_derived(ctx: Context, m: Merged, risk: Risk) -> None:
    """A rating the paper prints no score for (only its factors: "L4 / I5", "4 x 5", or
    likelihood and impact columns) is their product, as the paper's key defines the score:
    said, so that it is never taken for a printed one."""
    current, target = _ratings(m)
    derived = [(label, value) for label, rating, value in (
        ("current", current, risk.current_rating), ("target", target, risk.target_rating))
        if value is not None and (rating.derived if rating else label == "current")]
    if not derived:
        return
    said = ", ".join(f"{label} rating {value}" for label, value in derived)
    ctx.finding("risk_rating_derived",
                f"{risk.risk_id}: no score is printed; the {said} is the product of the "
                "likelihood and impact printed", severity="info", record_table="risks",
                record_ref=risk.risk_id, page=m.page)




def _report(ctx: Context, found: list[checks.Found], page: int | None) -> None:
    for check, message, ref in found:
        ctx.finding(check, message, record_table="risks", record_ref=ref, page=page)


