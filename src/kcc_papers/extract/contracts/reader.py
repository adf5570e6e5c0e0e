"""Contracts: who provides what, for how long, for how much.

Rows come from service tables ("Provider: DUCL Contract Period: 2014-2020 Contract Value:
£24.5m"), tables with contract columns ("Provider | Area | Contract End Date | Contract value per
Annum"), label-per-line blocks ("Contractor - Amey / Contract Signature - 29th August 2014") and
sentences that name a provider or tie a value to a contract. A sentence that merely mentions a
contract is not a row: the paper must name a provider or a value. Readings of the same
contract within one document are merged; disagreements become findings, never silent fixes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.extract import Context
from kcc_papers.extract.contracts.answers import without_unnamed_answers
from kcc_papers.extract.contracts.cells import price_from_rows, prose_cells
from kcc_papers.extract.contracts.contract_pages import LETS_CONTRACTS
from kcc_papers.extract.contracts.counted_bids import counts_answers
from kcc_papers.extract.contracts.counted_totals import without_counted_totals
from kcc_papers.extract.contracts.draft import Draft, service_from_title
from kcc_papers.extract.contracts.fallen_proposals import without_fallen_proposals
from kcc_papers.extract.contracts.in_force_values import without_prices_in_force
from kcc_papers.extract.contracts.listed_lots import listed_lot_drafts
from kcc_papers.extract.contracts.listed_only import says_none_let
from kcc_papers.extract.contracts.lot_items import lot_item_drafts
from kcc_papers.extract.contracts.merely_in_force import without_contracts_merely_in_force
from kcc_papers.extract.contracts.merge import (
    fold_repeated_values,
    merge_readings,
    price_from_bids,
    value_of_lone_award,
)
from kcc_papers.extract.contracts.named_tables import awarded_by_number, tables_awarded_to
from kcc_papers.extract.contracts.not_contracts import without_staff_time
from kcc_papers.extract.contracts.novations import novation_drafts, without_outgoing_values
from kcc_papers.extract.contracts.offers import offer_drafts
from kcc_papers.extract.contracts.others_lettings import without_others_lettings
from kcc_papers.extract.contracts.own_company import with_own_company
from kcc_papers.extract.contracts.paragraphs import sentence_drafts
from kcc_papers.extract.contracts.pipelines import without_pipeline_rows
from kcc_papers.extract.contracts.running_text import (
    before_fields,
    contract_tables,
    running_paragraphs,
    table_lines,
)
from kcc_papers.extract.contracts.subcontracts import with_subcontracts_spaced
from kcc_papers.extract.contracts.tables import table_drafts
from kcc_papers.extract.contracts.text import block_drafts, enrich
from kcc_papers.extract.contracts.unnamed_estimates import without_unnamed_estimates
from kcc_papers.extract.contracts.variations import new_totals_kept
from kcc_papers.extract.contracts.winning_bids import winner_drafts, with_winner
from kcc_papers.load.model import Line, Table
from kcc_papers.models import Contract, Record
from kcc_papers.normalise.dates import parse_partial_date

# Minutes too: a meeting's record names the contracts it noted or awarded ("KCC has secured a
# new two-year recycling contract with ..."). Not agendas: an item's summary repeats the
# report's words, and the report is the contract's record.
# And a register of contracts published on its own (the transparency code's), which is no
# committee paper ("other"): only its tables are read, and only under a title naming it.
# And a risk register's running text, which may name a contract the council holds as the
# cause or control of a risk ("ER01 reflects the new contract with X Ltd, which is to produce
# postal votes"); never its tables, whose cells are risks ("Failure of the contract with X").
KINDS = {"report", "decision", "performance_report", "forward_plan", "minutes", "other",
         "risk_register"}

REGISTER_TITLE = re.compile(
    r"\bcontracts?\s+register\b|\bregister\s+of\s+contracts\b|\bcontracts\s+(?:awarded|let)\b",
    re.I)

CONTRACT_TITLE = re.compile(
    r"contract|agreement|procure|commission|tender|renewal|award|extension|facilities|"
    r"partnership|outsourc",
    re.I,
)

# A caption naming every row of the table below as a party chosen: "Table 2: Providers
# recommended for appointment", "Suppliers selected for award", "Providers awarded a
# framework place, by zone", "Suppliers appointed to the framework". Its rank and score
# columns order the winners, not the bids a tender drew (one bid lost is no row of such a
# table).
CHOSEN_CAPTION = re.compile(r"\b(?:providers|suppliers|contractors|operators|tenderers|bidders)\s+"
                            r"(?:(?:recommended|selected|approved)\s+for\s+(?:appointment|award)"
                            r"|awarded\s+(?:a\s+|an\s+)?(?:framework\s+)?places?"
                            r"|appointed\s+to\s+(?:the\s+|a\s+)?framework)\b",
                            re.I)
# ... unless it only says how the chosen are marked among the bids: "Evaluation results.
# Providers awarded a framework place are shown in bold", "(providers appointed to the
# framework are highlighted)": every tender is a row, the losers too.
MARK_CHARS = 40  # words between the caption's phrase and its verb ("in each zone")
MARKS_ROWS = re.compile(rf"[^.;:()]{{0,{MARK_CHARS}}}?\b(?:are|is|were|was|have\s+been|has\s+been)"
                        r"\s+(?:shown|highlighted|marked|shaded|emboldened|underlined|indicated|"
                        r"starred|asterisked|ticked|coloured|in\s+bold)\b", re.I)


def _names_the_chosen(caption: str) -> bool:
    """Whether a table's caption names its rows as the parties chosen (CHOSEN_CAPTION), not
    how the chosen are marked among its rows (MARKS_ROWS)."""
    m = CHOSEN_CAPTION.search(caption)
    return m is not None and MARKS_ROWS.match(caption, m.end()) is None


# Readings worth knowing about that are not disagreements in the paper.
INFO_CHECKS = ("_summed", "_unparsed", "_unsupported", "_signed_after_start", "_ambiguous")


def _check(ctx: Context, draft: Draft, ref: str) -> None:
    def finding(check: str, message: str) -> None:
        ctx.finding(
            check,
            message,
            record_table="contracts",
            record_ref=ref,
            page=draft.page,
            severity="info" if check.endswith(INFO_CHECKS) else "warning",
        )

    for check, message in dict.fromkeys(draft.problems):
        finding(check, message)
    start = parse_partial_date(draft.start_date)
    end = parse_partial_date(draft.end_date)
    signed = parse_partial_date(draft.signed_date)
    if start and end and end.key() < start.key():
        finding(
            "contract_end_before_start",
            f"ends {draft.end_date} before it starts {draft.start_date}",
        )
    if signed and start and signed.day and start.day and signed.key() > start.key():
        finding(
            "contract_signed_after_start",
            f"signed {signed.iso()} after its start {draft.start_date}",
        )
    if start and end and draft.term_years:
        span = (end.year + ((end.month or 1) - 1) / 12) - (
            start.year + ((start.month or 1) - 1) / 12
        )
        if abs(span - draft.term_years) > 1:
            finding(
                "contract_term_mismatch",
                f"period {draft.start_date}-{draft.end_date} but term {draft.term_years:g} years",
            )


# The sentence that introduces a table of offers: "three quotations were obtained for ...:",
# "The following tenders were received:", "Table 2: Bids submitted". Not one that lets them
# ("tenders were received and the contracts awarded as follows").
# How far after "received" the sentence is looked at for the award of what was received: a
# clause (each "received" reads no further, so a long line of them is not read again from each).
LEAD_IN_LETS_CHARS = 160
OFFERS_LEAD_IN = re.compile(
    r"(?:\b(?:quotations?|quotes|tenders|bids|offers|submissions)\b[^.;]{0,80}?"
    # (the verbs whole: "received by letter", "evaluated against the award criteria" let none)
    r"\b(?:received|obtained|submitted|returned|sought)\b"
    # ... or the verb first: "The Clerk had obtained three quotations for grass cutting"
    r"|\b(?:received|obtained|sought)\s+(?:[\w-]+\s+){0,2}?(?:quotations?|quotes|tenders|bids|"
    r"offers)\b)"
    rf"(?![^.;]{{0,{LEAD_IN_LETS_CHARS}}}\b(?:award(?:ed|s)?|let|appoint(?:ed|s)?)\b"
    r"(?!\s+criteri))",
    re.I)
# The lines above a table that may hold its lead-in (a paragraph wraps over a PDF's lines).
LEAD_IN_LINES = 3


# A sentence after the lead-in that says more of the offers themselves: "All are for a
# three-year term and exclude VAT.", "Prices exclude VAT." (not "The outcome of the evaluation
# is summarised below.", "Table 1: Preferred tenderers": the table is then the chosen ones).
ABOUT_THE_OFFERS = re.compile(r"^(?:All|Each|Both|They|These|Those|Prices|Figures|(?:The|All)\s+"
                              r"(?:quotations?|quotes|tenders|bids|offers|prices|figures))\b",
                              re.I)
# ... and lets none of them, nor picks one: "All were awarded contracts", "Each is recommended".
LETS = re.compile(r"\b(?:award(?:ed|s)?|let|appoint(?:ed|s)?|recommend(?:ed|s)?|preferred|"
                  r"successful)\b(?!\s+criteri)", re.I)


def _lead_in(ctx: Context, table: Table) -> list[str]:
    """The sentences of the text just above a table on its page (none when none is known)."""
    page = next((p for p in ctx.segment.pages if p.number == table.page), None)
    if page is None:
        return []
    if table.first_line is not None:
        above = page.lines[: table.first_line]
    elif table.bbox is not None:
        top = table.bbox[1]
        above = [line for line in page.lines if line.top is not None and line.top < top - 1]
    else:
        return []
    return _sentences(above[-LEAD_IN_LINES:])


def _sentences(lines: list[Line]) -> list[str]:
    """The sentences of a few lines of a page, joined."""
    text = " ".join(line.text.strip() for line in lines if line.text.strip())
    return re.split(r"(?<=[.;])\s+(?=[A-Z0-9])", text) if text else []


def _lead_in_over_page(ctx: Context, table: Table) -> list[str]:
    """The lead-in of a table (``_lead_in``), and when the table opens its page (no more than
    a running header, a heading or a caption above it), the last lines of the page before:
    the paragraph introducing it may end there."""
    lead_in = _lead_in(ctx, table)
    page = next((p for p in ctx.segment.pages if p.number == table.page), None)
    before = next((p for p in ctx.segment.pages if p.number == table.page - 1), None)
    if page is None or before is None:
        return lead_in
    if table.first_line is not None:
        above = table.first_line
    elif table.bbox is not None:
        above = sum(1 for line in page.lines if line.top is not None
                    and line.top < table.bbox[1] - 1)
    else:
        return lead_in
    if above > LEAD_IN_LINES:
        return lead_in
    # (one line more than a lead-in: the page's footer may come after its text)
    return _sentences(before.lines[-(LEAD_IN_LINES + 1):]) + lead_in


def _introduces_offers(lead_in: list[str]) -> bool:
    """Whether the text above a table says it lists offers: its last sentence does, or one
    that only more words on the offers follow ("Three quotations were invited and three were
    received. All are for a three-year term and exclude VAT.")."""
    said = next((i for i in range(len(lead_in) - 1, -1, -1)
                 if OFFERS_LEAD_IN.search(lead_in[i]) or counts_answers(lead_in[i])), None)
    return said is not None and all(ABOUT_THE_OFFERS.match(s) and not LETS.search(s)
                                    for s in lead_in[said + 1:])


def _lead_ins(ctx: Context, tables: list[Table]) -> tuple[set[int], set[int], set[int]]:
    """The tables a sentence introduces as the offers a tender or a request for quotations
    drew ("Supplier | Annual cost | 3-year cost | Notes" under "three quotations were
    obtained"): their rows are offers, as a bids table's are, whatever their columns; and
    those a heading or sentence just above names as contracts let ("Contracts awarded" over
    "Operator | Routes | Term | Value"): their party column is the provider, though the
    header names no contract; and those a caption names as the parties chosen, every row
    (``CHOSEN_CAPTION``), or the paper's award names by their caption's number
    (``named_tables``; all three by ``id``)."""
    offered: set[int] = set()
    let: set[int] = set()
    chosen: set[int] = set()
    numbers = tables_awarded_to(ctx.segment.text) if tables else set()
    for table in tables:
        lead_in = _lead_in(ctx, table)
        if _introduces_offers(lead_in):
            offered.add(id(table))
        elif lead_in and (_names_the_chosen(lead_in[-1])
                          or awarded_by_number(lead_in[-1], numbers, table)):
            chosen.add(id(table))
        elif lead_in and LETS_CONTRACTS.search(lead_in[-1]):
            let.add(id(table))
    return offered, let, chosen


def _table_reader(ctx: Context, service: str | None, tables: list[Table]) -> list[Draft]:
    # (a table the text above says none of whose contracts was let is listed for information)
    tables = [t for t in tables if not says_none_let(_lead_in_over_page(ctx, t))]
    offered, let, chosen = _lead_ins(ctx, tables)
    drafts, problems = table_drafts(tables, service, offered=offered, let=let, chosen=chosen)
    for draft in drafts:
        draft.origin = "table"
    for check, message, page in problems:
        ctx.finding(check, message, record_table="contracts", page=page)
    return drafts


def _block_reader(ctx: Context, service: str | None, tables: list[Table]) -> list[Draft]:
    # Text-table rows were read as tables; read again as lines they would only add noise.
    in_tables = set() if ctx.source.format == "pdf" else table_lines(ctx)
    flat = ctx.segment.flat[ctx.segment.start : ctx.segment.end]
    lines = [(page, line.text) for page, i, line in flat if (page, i) not in in_tables]
    return block_drafts(lines, service)


# A label cell is a few words ("Estimated contract value"); more is a row of data.
MAX_LABEL_CELL_WORDS = 6


def _label_table_reader(ctx: Context, service: str | None, tables: list[Table]
                        ) -> list[Draft]:
    """A form printed as a two-column table, a label per row ("Supplier name | Brightline
    Cleaning Ltd" / "Estimated contract value | £64,800"): read as the label lines it stands
    for, by the block reader's rules."""
    lines: list[tuple[int, str]] = []
    for table in tables:
        rows = table.texts()
        if not rows or any(len(r) != 2 for r in rows) or any(
                len(r[0].split()) > MAX_LABEL_CELL_WORDS or r[0].rstrip().endswith(":")
                for r in rows):
            continue
        lines += [(table.page, f"{' '.join(left.split())}: {' '.join(right.split())}")
                  for left, right in rows if left.strip() and right.strip()]
        lines.append((table.page, ""))
    return block_drafts(lines, service) if lines else []


def _sentence_reader(ctx: Context, service: str | None, tables: list[Table]) -> list[Draft]:
    said = running_paragraphs(ctx, tables) + prose_cells(tables)
    paragraphs = without_fallen_proposals([(page, without_deletions(with_subcontracts_spaced(text)))
                                           for page, text in said])
    drafts = without_unnamed_answers(sentence_drafts(paragraphs, service), paragraphs)
    price_from_rows(drafts, tables)
    return (drafts + offer_drafts(paragraphs) + listed_lot_drafts(paragraphs)
            + lot_item_drafts(paragraphs) + novation_drafts(paragraphs))


def _running_text_reader(ctx: Context, service: str | None, tables: list[Table]
                         ) -> list[Draft]:
    """The contracts a risk register's running paragraphs name, its tables' cells aside, and
    the fields of its entries printed as labelled blocks too ("Cause: The waste contract with
    X Ltd ends in 2030"): each block is a row of the register, its fields the row's cells."""
    paragraphs = [(page, without_deletions(with_subcontracts_spaced(before_fields(text))))
                  for page, text in running_paragraphs(ctx, tables)]
    return without_unnamed_answers(sentence_drafts(paragraphs, service), paragraphs)


# A word processor's tracked change printed inline ("at a cost of [deleted: £26,400]
# £24,870", Word's "Deleted:" markup): the words struck out are no longer the paper's, and
# between a sum's cue and the sum they part the two. (Bounded: an unclosed bracket reads on
# no further than a change is long.)
MAX_DELETION_CHARS = 300
DELETION = re.compile(rf"\[(?i:deleted):[^\[\]]{{0,{MAX_DELETION_CHARS}}}\]\s?")


def without_deletions(text: str) -> str:
    """The text as it stands once its tracked deletions are made."""
    return DELETION.sub("", text) if "[" in text else text


Reader = Callable[[Context, "str | None", list[Table]], list[Draft]]
# Where an "other" document names itself a register of contracts: its opening characters.
TITLE_CHARS = 300


def extract(ctx: Context) -> list[Record]:
    if ctx.document.kind == "other":
        return _register(ctx)
    if ctx.document.kind == "risk_register":
        return _read(ctx, (_running_text_reader,))
    return read(ctx)


def read(ctx: Context) -> list[Record]:
    """The contracts a paper names, by every reader, whatever its kind."""
    return _read(ctx, (_table_reader, _label_table_reader, _block_reader, _sentence_reader))


def _register(ctx: Context) -> list[Record]:
    """The contracts of a register published on its own: its tables, under a title naming it."""
    if not REGISTER_TITLE.search(f"{ctx.segment.title or ''}\n{ctx.segment.text[:TITLE_CHARS]}"):
        return []
    return _read(ctx, (_table_reader,))


def _read(ctx: Context, readers: tuple[Reader, ...]) -> list[Record]:
    title = ctx.segment.title
    service = service_from_title(title) if title and CONTRACT_TITLE.search(title) else None
    drafts: list[Draft] = []
    # the tables are read once: an unreadable page is said once, and every reader sees the same
    tables = contract_tables(ctx)
    for reader in readers:
        try:
            drafts += reader(ctx, service, tables)
        except MemoryError:  # the file's size, not this reader's bug: the file fails (``reading``)
            raise
        except Exception as exc:  # an odd layout costs that reader's rows, not the others'
            ctx.finding(
                "contract_reader_failed",
                f"{reader.__name__.strip('_')}: {exc!r}",
                record_table="contracts",
            )
    drafts = without_pipeline_rows([d for d in drafts if d.provider or d.value_gbp is not None],
                                   title)
    drafts = without_others_lettings(with_own_company(drafts, ctx.segment.text),
                                     ctx.segment.text)
    drafts = without_contracts_merely_in_force(drafts, ctx.segment.text)
    bids = [d for d in drafts if d.bid]
    drafts = merge_readings(new_totals_kept([d for d in drafts if not d.bid]))
    price_from_bids(drafts, bids)
    # (an award asked for without its firm, the winner named in another section: winning_bids)
    drafts = with_winner(drafts, winner_drafts(ctx.segment.text, ctx.segment.page_from))
    drafts = [d for d in fold_repeated_values(drafts) if d.has_substance()]
    drafts = without_staff_time(without_counted_totals(drafts))
    drafts = without_outgoing_values(value_of_lone_award(drafts), ctx.segment.text)
    drafts = without_prices_in_force(without_unnamed_estimates(drafts))
    enrich(drafts, ctx.segment.text)
    records: list[Record] = []
    for draft in drafts:
        ref = draft.provider or draft.service or "contract"
        _check(ctx, draft, ref)
        contract: Contract = draft.contract()
        records.append(contract)
    return records
