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
from kcc_papers.extract.contracts.contract_cue import TERM_PRICE, TERM_TOTAL
from kcc_papers.extract.contracts.draft import Draft, service_from_title
from kcc_papers.extract.contracts.fallen_proposals import without_fallen_proposals
from kcc_papers.extract.contracts.offers import offer_drafts
from kcc_papers.extract.contracts.page_breaks import page_margins
from kcc_papers.extract.contracts.paragraphs import sentence_drafts
from kcc_papers.extract.contracts.tables import table_drafts
from kcc_papers.extract.contracts.text import block_drafts, enrich
from kcc_papers.extract.contracts.text_columns import column_order
from kcc_papers.load.aligned import page_tables
from kcc_papers.load.model import Page, Table
from kcc_papers.load.unruled import pdf_tables
from kcc_papers.models import Contract, Record
from kcc_papers.normalise.dates import parse_partial_date
from kcc_papers.normalise.needles import holds_any
from kcc_papers.segment import Segment

# Minutes too: a meeting's record names the contracts it noted or awarded ("KCC has secured a
# new two-year recycling contract with ..."). Not agendas: an item's summary repeats the
# report's words, and the report is the contract's record.
# And a register of contracts published on its own (the transparency code's), which is no
# committee paper ("other"): only its tables are read, and only under a title naming it.
KINDS = {"report", "decision", "performance_report", "forward_plan", "minutes", "other"}
REGISTER_TITLE = re.compile(
    r"\bcontracts?\s+register\b|\bregister\s+of\s+contracts\b|\bcontracts\s+(?:awarded|let)\b",
    re.I)

CONTRACT_TITLE = re.compile(
    r"contract|agreement|procure|commission|tender|renewal|award|extension|facilities|"
    r"partnership|outsourc",
    re.I,
)
# A page that may hold a contract table: a "Provider:" / "Contract Value:" label, or a short
# line naming two contract columns ("Provider | Contract Period | Contract Value").
CONTRACT_LABEL = re.compile(
    r"\b(?:Provider|Contractor|Supplier|Contract\s+(?:Value|Period|Term))\s*[:\-–]", re.I
)
# The words every match of CONTRACT_LABEL holds one of ("contract" in "Contractor" too).
LABEL_WORDS = ("provider", "contract", "supplier")
# A table header or label is a short line; a contract column named in a longer one is prose.
MAX_HEADER_LINE_CHARS = 80
# A heading or sentence saying the contracts below were let: "Contracts awarded", "the
# following contracts were awarded by officers", "Contract awards", "Award of contracts"; or
# the contracts a report recommends letting ("Appendix A: Recommended supported service
# contracts"), counted as the awards a recommendation makes are. There "recommended" qualifies
# the contracts, its words between naming what they are for: a word joining a clause ("It is
# recommended that contracts ... be ended", "the recommended cuts to bus contracts") says
# what is recommended of contracts, not that they are let. A caption of the awards a report
# recommends ("Table 1: Recommended awards") names the contracts let as plainly.
_CLAUSE_WORD = r"(?:that|to|for|from|of|with|by|on|in|at|and|or|the|be|not)\b"
LETS_CONTRACTS = re.compile(
    r"\bcontracts?\s+(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:awarded|let|placed)\b|"
    r"\bcontract\s+awards?\b|\b(?:award(?:ed|s)?|let)\s+(?:of\s+)?(?:the\s+)?contracts?\b|"
    rf"\brecommended\s+(?:(?!{_CLAUSE_WORD})[\w-]+\s+){{0,3}}?contracts\b|"
    r"\brecommended\s+awards\b",
    re.I)
# A caption naming every row of the table below as a party chosen: "Table 2: Providers
# recommended for appointment", "Suppliers selected for award". Its rank and score columns
# order the winners, not the bids a tender drew (one bid lost is no row of such a table).
CHOSEN_CAPTION = re.compile(r"\b(?:providers|suppliers|contractors|operators|tenderers|bidders)\s+"
                            r"(?:recommended|selected|approved)\s+for\s+(?:appointment|award)\b",
                            re.I)
CONTRACT_COLUMN = re.compile(
    r"\b(provider|contractor|supplier|contract\s+value|contract\s+period|contract\s+term|"
    r"start\s+date|end\s+date|expiry|annual\s+value|value\b|"
    # an award's table: "Successful tenderer | Contract sum (£) | Initial term"
    r"(?:successful|preferred|winning)\s+(?:tenderer|bidder)|(?:contract|tender)\s+sum|"
    r"initial\s+term|"
    # a bids table's price ("Five-year price (£)", "Tendered price")
    r"price\b|"
    # the words of those columns' families that a narrow PDF column leaves on a line of
    # their own ("Successful" / "bidder", "Commencement" / "date"), and a tender's lots and
    # the bidders for them ("Lot | Scope | Recommended tenderer")
    r"lots?\b|tenderers?\b|bidders?\b|commencement|"
    # the party a transport or leisure contract is let to ("Recommended operator"), as the
    # table reader names its provider column
    r"operators?\b|"
    # a table's heading saying what it lists: "Contracts awarded", "Contract awards"
    rf"{LETS_CONTRACTS.pattern})",
    re.I,
)


# The header of a register of decisions taken ("Ref | Decision | Date", "Date | Decision |
# Reason for urgency"): a decision per row, each a sentence ("Award of the winter maintenance
# salt supply contract to X at £418,600 ..."), read as the table's cells (``prose_cells``),
# not as the page's lines, where a row's other cells part its words. Capitalised column words
# around "Decision", on a page that says "contract" and prints money.
# ("Date | Decision | Taken by | Call-in": who took it, and a hyphened column word)
DECISIONS_HEADER = re.compile(r"^\s*(?:[A-Z][\w#./]*\s+){0,3}Decisions?"
                              r"(?:\s+(?:[A-Z][\w()/-]*|for|of|by)){1,4}\s*$")

# What a register of decisions says of a contract it lets: the word, or an appointment.
DECISION_REGISTER_WORDS = ("contract", "appoint")

LINE_SEPARATOR = "\x00"
# A row of a table of figures ("Bus Service Operator Grant (BSOG) 1,148 1,148 1,148 1,148"):
# its words name the row, not a column, so they are no header's. A header prints figures too
# ("Bidder Quality (60) Price (30) Total (100)"), but fewer than its words.
FIGURE_CELL = re.compile(r"(?<!\S)[(£+\-]?\d[\d,.]*[%)]?(?!\S)")
ROW_WORD = re.compile(r"[A-Za-z]{2,}")
MIN_ROW_FIGURES = 3


def contract_page(lines: list[str]) -> bool:
    """Cheap text test before the slow table read. Header cells wrap ("Contract" / "End Date"
    / "Contract value" / "per Annum"), so column words are counted over the page's short
    lines, and a table of contracts prints money."""
    # Every page of every paper is asked: its lines are searched as one text, parted by a
    # character neither pattern reads or crosses (a word boundary, as a line's ends are).
    text = LINE_SEPARATOR.join(lines)
    if holds_any(text, LABEL_WORDS) and CONTRACT_LABEL.search(text):
        return True
    if not any("£" in t for t in lines):
        return False
    shorts = [t for t in lines if len(t) < MAX_HEADER_LINE_CHARS]
    if _column_words(shorts) >= 2 and _column_words([t for t in shorts if not _figures_row(t)]
                                                    ) >= 2:
        return True
    # (a register of decisions that appoints someone may engage a firm for a fee, "To appoint
    # Haldane Cross Surveyors LLP to carry out a structural survey ..., at a fee of £9,850",
    # without the word "contract": its cells read as sentences decide)
    return (holds_any(text, DECISION_REGISTER_WORDS)
            and any(DECISIONS_HEADER.match(t) for t in shorts))


def _column_words(lines: list[str]) -> int:
    """How many distinct contract column words the lines name."""
    found = CONTRACT_COLUMN.findall(LINE_SEPARATOR.join(lines))
    return len({" ".join(m.lower().split()) for m in found})


def _figures_row(line: str) -> bool:
    """A row of a table of figures (``FIGURE_CELL``); asked only of a page that prints "£"
    and whose short lines name two column words, so the other pages pay nothing more."""
    figures = len(FIGURE_CELL.findall(line))
    return figures >= MIN_ROW_FIGURES and figures >= len(ROW_WORD.findall(line))


# Readings worth knowing about that are not disagreements in the paper.
INFO_CHECKS = ("_summed", "_unparsed", "_unsupported", "_signed_after_start", "_ambiguous")
SENTENCE_END = re.compile(r"[.!?:;]\s*$")
# A numbered, lettered or bulleted line starts a paragraph: "3.1 ", "4. ", "(b) ", "b) ", "• ".
# A bare number
# ("1 April 2021 for a term ...", "2022. Missed ...") is a wrapped line of the paragraph before
# unless that paragraph had ended.
PARAGRAPH_START = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d+)+\.?\s|\d{1,3}\.\s(?!\d)|[•▪●◦·-]\s|\(\w{1,3}\)\s|"
    r"(?:[a-z]|[ivx]{1,4})\)\s)"
)
BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s+[A-Z]")
MONTH_AFTER_NUMBER = re.compile(
    r"^\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)


def _paragraphs(ctx: Context, tables: list[Table]) -> list[tuple[int, str]]:
    """(page, paragraph) of the document's running text. PDF lines run on until a blank line or
    a numbered or bulleted line starts a new one; text files usually hold a paragraph a line,
    so a text line runs on only when the one before stops mid-sentence (a hard-wrapped export).
    Lines text tables were read from are rows, not sentences, and are left out."""
    pdf = ctx.source.format == "pdf"
    in_tables = _pdf_table_lines(ctx, tables) if pdf else _table_lines(ctx)
    out: list[tuple[int, str]] = []
    flat = ctx.segment.flat[ctx.segment.start : ctx.segment.end]
    margins = page_margins(flat) if pdf else set()
    # (a text page's two columns of prose set side by side, each read whole: ``text_columns``)
    placed = ([(page, index, line.text) for page, index, line in flat]
              if ctx.source.format != "text" else column_order(flat))
    # the margins a sentence broken over a page's end runs on past, read after the text
    aside: list[tuple[int, str]] = []
    for page, index, said in placed:
        text = said.strip()
        if not text or (page, index) in in_tables:
            out.append((page, ""))
            continue
        previous = out[-1][1] if out else ""
        if (page, index) in margins and previous and not SENTENCE_END.search(previous):
            _set_aside(aside, page, text)
            continue
        starts = PARAGRAPH_START.match(text) or (
            BARE_NUMBER.match(text)
            and SENTENCE_END.search(previous)
            and not MONTH_AFTER_NUMBER.match(text)
        )
        runs_on = bool(previous) and not starts
        if runs_on and (pdf or not SENTENCE_END.search(previous)):
            out[-1] = (out[-1][0], f"{previous}\n{text}")
        else:
            out.append((page, text))
    return [(p, t) for p, t in out + aside if t]


def _set_aside(aside: list[tuple[int, str]], page: int, text: str) -> None:
    """A margin's line, joined to the one set aside before it on its page (a footnote's
    lines, a footer's): each page's margin one paragraph."""
    if aside and aside[-1][0] == page:
        aside[-1] = (page, f"{aside[-1][1]}\n{text}")
    else:
        aside.append((page, text))


def _tables(ctx: Context) -> list[Table]:
    """The segment's tables, as ``Segment.tables`` gives them, but a page whose tables cannot be
    read costs that page only (with a finding), not the document's contracts."""
    seg = ctx.segment
    out: list[Table] = []
    said_before = False
    before: Page | None = None
    carried: Table | None = None  # the unruled table the page before ended with
    for page in seg.pages:
        says = contract_page([line.text for line in page.lines])
        # Reading PDF tables is slow: skip a page that never says "contract" or "provider",
        # unless the page before did (its table may run on over this one).
        if ctx.source.format == "pdf" and not (says or said_before):
            carried = None
            continue
        said_before = says
        try:
            if ctx.source.format == "pdf":
                read = _pdf_page_tables(ctx, page, carried)
                carried = read[-1] if read else None
                out.extend(seg.tables_on(page, read))
            else:
                out.extend(_text_tables(seg, page, before))
            before = page
        except MemoryError:  # the file's size, not the page: the file fails (``reading``)
            raise
        except Exception as exc:  # a loader failure on one page must not cost the rest
            ctx.finding(
                "contract_table_unreadable",
                f"tables on page {page.number} could not be read: {exc}",
                page=page.number,
                record_table="contracts",
            )
    return out


def _pdf_page_tables(ctx: Context, page: Page, carried: Table | None) -> list[Table]:
    """The page's ruled tables and those printed without rules (a word processor's table with
    its borders off), read from its words' places as the KPI and risk readers read them, also
    beside a ruled table on the page (a bids table boxed, the contracts let under it
    unruled); an unruled table's rest on the next page under the columns of ``carried``. A
    damaged layout layer (or a bug in the reader) costs this page's unruled tables only, not
    the ruled ones or the sentences, and is said, as ``_tables`` says a page it cannot read:
    rows lost without a word would pass for a page without a register."""
    ruled = page.tables  # read first: a failure here is the page's, said by ``_tables``
    try:
        return pdf_tables(page, ctx.source.layout, carried)
    except MemoryError:  # the file's size, not the page: the file fails (``reading``)
        raise
    except Exception as exc:
        ctx.finding(
            "contract_table_unreadable",
            f"the table without rules on page {page.number} could not be read: "
            f"{type(exc).__name__}: {exc}",
            page=page.number,
            record_table="contracts",
        )
    return ruled


def _text_tables(seg: Segment, page: Page, before: Page | None) -> list[Table]:
    """A text page's tables inside the segment: separated by tabs, or set out in columns of
    spaces (as the KPI and risk readers read them), carried on from the page ``before``."""
    if page.tables:
        return seg.tables_on(page)
    flat = seg.flat[seg.start : seg.end]
    mine = {i for p, i, _ in flat if p == page.number}
    return [t for t in page_tables(page, before) if t.first_line is None or t.first_line in mine]


def _pdf_table_lines(ctx: Context, tables: list[Table]) -> set[tuple[int, int]]:
    """(page, line index) of PDF lines inside a table the table reader reads: its rows are
    read there ("Estimated contract value | £64,800"), and run together as a sentence they
    would give the row's value again without its provider. Pages whose tables are not read
    (no contract words on them) keep all their lines. A line is inside by its top or by its
    middle: a table read from its words starts at their tops, which may lie below the top of
    the line they make (a header's "Value (£)", its bracket taller than its letters), and its
    header line, left out of the box, ran on as a sentence ("Contract Awarded to Value")."""
    boxes_on: dict[int, list[tuple[float, float, float, float]]] = {}
    for table in tables:
        if table.bbox:
            boxes_on.setdefault(table.page, []).append(table.bbox)
    out: set[tuple[int, int]] = set()
    for page in ctx.segment.pages:
        boxes = boxes_on.get(page.number, [])
        for index, line in enumerate(page.lines):
            top, x0 = line.top, line.x0
            if top is None or x0 is None:
                continue
            middle = (top + (line.bottom if line.bottom is not None else top)) / 2
            if any((b[1] - 1 <= top <= b[3] + 1 or b[1] <= middle <= b[3])
                   and b[0] - 1 <= x0 <= b[2] + 1 for b in boxes):
                out.add((page.number, index))
    return out


def _table_lines(ctx: Context) -> set[tuple[int, int]]:
    """(page, line index) of the lines text tables were read from: rows, not sentences."""
    out: set[tuple[int, int]] = set()
    before: Page | None = None
    for page in ctx.segment.pages:
        try:
            tables, before = _text_tables(ctx.segment, page, before), page
        except MemoryError:  # as in _tables: the file fails
            raise
        except Exception:  # reported once, by _tables
            continue
        for table in tables:
            if table.first_line is None:
                continue
            # a table set out in spaces spans its wrapped lines too (first to last line)
            last = max(table.last_line or 0, table.first_line + len(table.rows) - 1)
            out.update((page.number, i) for i in range(table.first_line, last + 1))
    return out


def _key(draft: Draft) -> tuple[str, ...]:
    if draft.provider:
        name = re.sub(r"\b(?:ltd|limited|plc|llp)\b|[^\w\s]", "", draft.provider.lower())
        return ("provider", " ".join(name.split()), (draft.area or "").lower())
    return ("service", (draft.service or "").lower(), f"{draft.value_gbp}")


def _short_form(a: Draft, b: Draft) -> bool:
    """One reading names the provider by the first words of the other's name: a table's
    "Millmead" and the text's "Millmead Family Hub". Not between two table rows (two rows are
    two contracts), and not when the readings give different areas."""
    if not (a.provider and b.provider) or "text" not in (a.origin, b.origin):
        return False
    if a.area and b.area and a.area.lower() != b.area.lower():
        return False
    x, y = (_key(a)[1].split(), _key(b)[1].split())
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return short != long and long[: len(short)] == short


def _same_contract(a: Draft, b: Draft) -> bool:
    # Same provider and area, or same provider where one reading gives no area.
    loose = bool(b.provider) and _key(a)[:2] == _key(b)[:2] and not (a.area and b.area)
    if not (_key(a) == _key(b) or loose or _short_form(a, b)):
        return False
    # Two table rows are two contracts unless they repeat each other (a row printed twice);
    # a block or sentence naming the provider is another reading of the table's contract.
    # Rows that print two values do not repeat each other, though the table names no service
    # of its own for them (a firm winning two sites of one lot: "1 | Drumgarve Leisure Centre |
    # Benton Catering Ltd | £616,800" and "1 | Lisnacorr Leisure Centre | Benton ... | £394,400").
    if a.origin == "table" and b.origin == "table":
        same_service = (a.service or "").lower() == (b.service or "").lower()
        return (same_service and not _two_values(a, b)) or _same_lot(a, b)
    return True


def _two_values(a: Draft, b: Draft) -> bool:
    return a.value_gbp is not None and b.value_gbp is not None and a.value_gbp != b.value_gbp


def _same_lot(a: Draft, b: Draft) -> bool:
    """Two tables' rows for one lot: a bids table's winning row ("1 | Chiltern Edge Ltd |
    1,486,250 | Preferred bidder") and the awards table's ("1 | Grounds maintenance - northern
    sites | Chiltern Edge Ltd | 1,486,250"). Same provider and area (the caller checked), one
    naming no service of its own (the title's is no row's), and no two values: a firm winning
    two lots is two rows by its areas."""
    one_unnamed = not (a.service and b.service) or a.titled or b.titled
    return bool(a.area and b.area) and one_unnamed and not _two_values(a, b)


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One row per contract: the first reading of a provider keeps its fields and takes what it
    lacks from later ones. A row without an area merges with one that has it."""
    out: list[Draft] = []
    for draft in drafts:
        same = next((d for d in out if _same_contract(d, draft)), None)
        if same is None:
            out.append(draft)
        else:
            same.absorb(draft)
    return out


def _price_from_bids(drafts: list[Draft], bids: list[Draft]) -> None:
    """A bidder's offer is no contract; where the paper lets the contract to that bidder, the
    offer's price is what the award lacks ("Four tenders had been received; the most
    economically advantageous was from X at an estimated £5.6m" ... "APPROVED the award of the
    contract to X"). Offers of bidders the paper lets nothing to are left out, and so are
    those of the bidder holding the contract in place ("The current contract with X expires
    ..." over a bids table naming X): an offer prices the contract to come, not the one that
    ends."""
    for bid in bids:
        awarded = next((d for d in drafts if d.provider and d.status != "current"
                        and _same_contract(d, bid)), None)
        if awarded is not None:
            awarded.absorb(bid)


def _fold_repeated_values(drafts: list[Draft]) -> list[Draft]:
    """A sentence that gives a value without a provider ("the system could be retained for a
    further two years at a cost of £325,000") repeats the contract another reading names with
    the same value ("agreed to extend the contract with X ... at a cost of £325,000"): one row."""
    out = []
    priced = [d for d in drafts if d.provider and d.value_gbp is not None]
    for draft in drafts:
        named = next((d for d in priced if d.value_gbp == draft.value_gbp), None)
        if draft.provider or draft.origin != "text" or draft.value_gbp is None:
            out.append(draft)
        elif named is not None:
            named.absorb(draft)
        elif not (_total_of(draft.value_gbp, priced) or _original_of(draft, priced)):
            out.append(draft)
    return out


# A contract's value as first let, before the variation or extension the paper prices: "The
# original contract value was £1,590,000".
ORIGINAL = re.compile(r"\boriginal\s+(?:contract\s+)?(?:value|price|sum)\b", re.I)


def _original_of(value: Draft, priced: list[Draft]) -> bool:
    """Whether a value without a provider is what a contract was first let for, beside a firm's
    contract the paper prices (an extension "at an additional cost of £418,500"): the value of
    a contract already named, as let before, not a contract of its own."""
    return bool(priced) and bool(ORIGINAL.search(_up_to_sum(value)))


# A sentence about the contract in place, or one before it: its value is not a new award's.
IN_PLACE = re.compile(r"\b(?:current|existing|incumbent|previous|former|present)\b", re.I)
# The paper's one contract, named by no service of its own: "The contract value is", "the
# estimated contract value", "this contract" (not "the cleaning contract value": another one).
# ... or what its whole term costs ("the total fees over the seven-year term"): the term of
# the one engagement the paper makes.
# ... or "a total contract value of £2,436,000" (the value the contract has, not another
# contract), or the price of "the recommended bidder", whom the award names; or the price
# over the term ("Its price is £1,085,000 over the five year term").
_CONTRACT_SIZE = r"(?:(?:estimated|total|annual|overall|maximum|whole[\s-]life)\s+)*"
THE_CONTRACT = re.compile(
    rf"\b(?:the|this)\s+{_CONTRACT_SIZE}contract\b|{TERM_TOTAL}|{TERM_PRICE}"
    rf"|\ban?\s+{_CONTRACT_SIZE}contract\s+(?:value|price|sum)\b"
    r"|\b(?:recommended|preferred|successful|winning)\s+(?:bidder|tenderer|supplier|provider|"
    r"contractor)(?:'s|’s)\s+(?:price|bid|tender|offer)\b", re.I)


def _value_of_lone_award(drafts: list[Draft]) -> list[Draft]:
    """A paper that lets one contract and gives one contract value without a provider, apart
    from the award ("3.2 The contract is for two years ... The contract value is £24,500 per
    annum." ... "4.0 Recommendation: ... be awarded to Aquasafe Ltd"): the value is the
    award's. Only where the award is the paper's one award without a value of its own,
    and the value is that of "the contract", no other named ("the cleaning contract value")
    nor one in place ("The current contract value is ...")."""
    named = [d for d in drafts if d.provider]
    values = [d for d in drafts if not d.provider]
    # Other firms the paper names do not stand in the way when they are no unpriced award: a
    # contract it names in place ("provided under a contract with X, which expires ..."), or
    # one let with its own value.
    unpriced = [d for d in named if d.status == "new" and not d.bid and d.value_gbp is None]
    if not unpriced and len(values) == 1 and (priced := _award_of_annual(named, values[0])):
        priced.absorb(values[0])  # the award keeps its whole-term value; the reading joins it
        return named
    if len(unpriced) != 1 or len(values) != 1:
        return drafts
    award, value = unpriced[0], values[0]
    if (value.origin != "text" or value.value_gbp is None
            or not THE_CONTRACT.search(value.text or "") or IN_PLACE.search(_up_to_sum(value))):
        return drafts
    if len(named) > 1 and _other_term(award, value):
        return drafts  # among other firms' contracts, a value over another term is another's
    award.absorb(value)
    return named


# "The annual contract value of £852,000", "The contract costs £852,000 a year".
ANNUAL_OF = re.compile(r"\bannual\b|\bper\s+annum\b|\ba\s+year\b|\beach\s+year\b", re.I)


def _award_of_annual(named: list[Draft], value: Draft) -> Draft | None:
    """The award whose annual price a value row gives, if any: a paper's one award priced over
    its term ("at a maximum value of £4,260,000 over the initial term") and "the contract"'s
    annual value said apart ("The annual contract value of £852,000 is within the existing
    budget") are two prices of the one contract, not two contracts."""
    awards = [d for d in named if d.status == "new" and not d.bid]
    if len(awards) != 1 or awards[0].value_gbp is None or value.value_gbp is None:
        return None
    if (value.origin != "text" or not THE_CONTRACT.search(value.text or "")
            or IN_PLACE.search(_up_to_sum(value)) or not ANNUAL_OF.search(value.text or "")):
        return None
    if value.value_gbp >= awards[0].value_gbp:
        return None  # a year's price above the whole term's is another contract's
    return awards[0]


def _up_to_sum(value: Draft) -> str:
    """A value's sentence up to its sum: what the sum is the value of is said before it; a
    contract in place set against it after the sum ("£1,085,000 over the five year term,
    against £1,310,000 for the current arrangement") is another's."""
    text = value.text or ""
    at = text.find(value.value_text) if value.value_text else -1
    return text[:at] if at >= 0 else text


def _other_term(award: Draft, value: Draft) -> bool:
    """The value is given over another term than the award's ("awarded to X ... for a period of
    five years" and "the total contract value over the 7 year term")."""
    return (award.term_years is not None and value.term_years is not None
            and award.term_years != value.term_years)


# A total agrees with the rows it adds up within a pound (each row rounded as printed).
TOTAL_TOLERANCE_GBP = 1.0


def _total_of(value: float, priced: list[Draft]) -> bool:
    """Whether a value is the sum of two or more contracts the paper names with their values:
    "awards the contracts for Lots 1, 2, 3, 4 and 6 to the operators named in Table 2, at a
    total cost of £2,318,100" adds up the table's rows and lets no contract of its own."""
    return len(priced) > 1 and abs(sum(d.value_gbp or 0 for d in priced) - value) <= (
        TOTAL_TOLERANCE_GBP)


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
    text = " ".join(line.text.strip() for line in above[-LEAD_IN_LINES:] if line.text.strip())
    return re.split(r"(?<=[.;])\s+(?=[A-Z0-9])", text) if text else []


def _introduces_offers(lead_in: list[str]) -> bool:
    """Whether the text above a table says it lists offers: its last sentence does, or one
    that only more words on the offers follow ("Three quotations were invited and three were
    received. All are for a three-year term and exclude VAT.")."""
    said = next((i for i in range(len(lead_in) - 1, -1, -1)
                 if OFFERS_LEAD_IN.search(lead_in[i])), None)
    return said is not None and all(ABOUT_THE_OFFERS.match(s) and not LETS.search(s)
                                    for s in lead_in[said + 1:])


def _lead_ins(ctx: Context, tables: list[Table]) -> tuple[set[int], set[int], set[int]]:
    """The tables a sentence introduces as the offers a tender or a request for quotations
    drew ("Supplier | Annual cost | 3-year cost | Notes" under "three quotations were
    obtained"): their rows are offers, as a bids table's are, whatever their columns; and
    those a heading or sentence just above names as contracts let ("Contracts awarded" over
    "Operator | Routes | Term | Value"): their party column is the provider, though the
    header names no contract; and those a caption names as the parties chosen, every row
    (``CHOSEN_CAPTION``; all three by ``id``)."""
    offered: set[int] = set()
    let: set[int] = set()
    chosen: set[int] = set()
    for table in tables:
        lead_in = _lead_in(ctx, table)
        if _introduces_offers(lead_in):
            offered.add(id(table))
        elif lead_in and CHOSEN_CAPTION.search(lead_in[-1]):
            chosen.add(id(table))
        elif lead_in and LETS_CONTRACTS.search(lead_in[-1]):
            let.add(id(table))
    return offered, let, chosen


def _table_reader(ctx: Context, service: str | None, tables: list[Table]) -> list[Draft]:
    offered, let, chosen = _lead_ins(ctx, tables)
    drafts, problems = table_drafts(tables, service, offered=offered, let=let, chosen=chosen)
    for draft in drafts:
        draft.origin = "table"
    for check, message, page in problems:
        ctx.finding(check, message, record_table="contracts", page=page)
    return drafts


def _block_reader(ctx: Context, service: str | None, tables: list[Table]) -> list[Draft]:
    # Text-table rows were read as tables; read again as lines they would only add noise.
    in_tables = set() if ctx.source.format == "pdf" else _table_lines(ctx)
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
    paragraphs = without_fallen_proposals([(page, without_deletions(text)) for page, text
                                           in _paragraphs(ctx, tables) + prose_cells(tables)])
    drafts = without_unnamed_answers(sentence_drafts(paragraphs, service), paragraphs)
    price_from_rows(drafts, tables)
    return drafts + offer_drafts(paragraphs)


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
    tables = _tables(ctx)
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
    drafts = [d for d in drafts if d.provider or d.value_gbp is not None]
    bids = [d for d in drafts if d.bid]
    drafts = _merge([d for d in drafts if not d.bid])
    _price_from_bids(drafts, bids)
    drafts = [d for d in _fold_repeated_values(drafts) if d.has_substance()]
    drafts = _value_of_lone_award(drafts)
    enrich(drafts, ctx.segment.text)
    records: list[Record] = []
    for draft in drafts:
        ref = draft.provider or draft.service or "contract"
        _check(ctx, draft, ref)
        contract: Contract = draft.contract()
        records.append(contract)
    return records
