"""Contract rows from tables, in two layouts papers use:

* service tables whose description cell carries labels: "Provider: DUCL Contract Period:
  2014-2020 Contract Value: £24.5m" (one row per provider named in the cell);
* tables whose header names the columns: "Provider | Area | Contract End Date | Contract value
  per Annum" (one row per body row, a "Totals" row checked against the sum).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from kcc_papers.extract.contracts.draft import Draft, read_date, set_period, set_value
from kcc_papers.extract.contracts.fields import (
    NOT_LET,
    Party,
    before_labels,
    extension,
    keyed_terms,
    labelled,
    matches_key,
    parties,
    partly_provider,
    term_years,
)
from kcc_papers.extract.contracts.pipelines import awards_to_come
from kcc_papers.extract.contracts.stacked_columns import unstacked
from kcc_papers.extract.contracts.unit_prices import unit_priced
from kcc_papers.load.model import Table
from kcc_papers.normalise.dates import parse_partial_date
from kcc_papers.normalise.money import (
    Money,
    Period,
    find_money,
    header_unit,
    parse_money,
    period_of,
)

# A header cell is a short name; a cell of more words is a row of data or a sentence.
MAX_HEADER_CELL_WORDS = 8
# A table's header row is among its first rows (a title row or two may come above it).
HEADER_ROWS = 3
# A printed total agrees with its rows within a pound or half a percent (rounding of each row).
TOTAL_TOLERANCE_GBP = 1.0
TOTAL_TOLERANCE_SHARE = 0.005
CONTRACTISH = re.compile(r"\bcontract|\bcommissioned\b|\bexternal\b|\boutsourced\b", re.I)
EXTERNAL = re.compile(r"\bexternal|\bcommissioned\b|\boutsourced\b", re.I)
SUPPLY_VERB = r"(?:provides|supplies|delivers|hosts|operates|runs)\b"


# "PFI Schools – 3 contracts", "(three TFM contracts)"
COUNTED = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[A-Z]\w*\s+)?"
    r"contracts\b",
    re.I,
)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}  # fmt: skip


def _count(word: str) -> int:
    return COUNT_WORDS.get(word.lower()) or int(word)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- label cells ----------------------------------------------------------------------------


def _terms_for(parties_: list[Party], length: str) -> dict[str, float]:
    """Per-provider terms ("Swanscombe - 25 years, KEP - 28 years"), or one for all."""
    keyed = keyed_terms(length)
    out: dict[str, float] = {}
    for party in parties_:
        for key, years in keyed:
            if matches_key(party.name, key) or (party.area and matches_key(party.area, key)):
                out[party.name] = years
                break
    if not keyed:
        single = term_years(length)
        if single is not None:
            out = {p.name: single for p in parties_}
    return out


def label_rows(cells: list[str], page: int) -> list[Draft]:
    cells = [_clean(c) for c in cells]  # a PDF cell wraps its text over lines
    label_cell = next(
        (c for c in cells if any(k in ("provider", "value") for k, _ in labelled(c))), None
    )
    if label_cell is None:
        return _partly_row(cells, page)
    fields = labelled(label_cell)
    if {k for k, _ in fields} <= {"provider", "area"} and not CONTRACTISH.search(" ".join(cells)):
        return []  # "Provider: X" alone, in a row that says nothing of a contract
    service = cells[0] if cells[0] is not label_cell and cells[0].strip() else None
    service = (
        _clean(service) if service else _clean(before_labels(label_cell)).strip(" .;:,") or None
    )
    named: list[Party] = []
    for name, value in fields:
        if name == "provider":
            named.extend(parties(value))
    text = _clean(" | ".join(c for c in cells if c.strip()))
    base = Draft(page=page, service=service, text=text)
    terms: dict[str, float] = {}
    for name, value in fields:
        if name == "period":
            set_period(base, value)
        elif name == "length":
            terms = _terms_for(named, value)
            base.term_years = term_years(value) if not keyed_terms(value) else None
            base.extension_options = extension(value)
        elif name == "extension":
            base.extension_options = _clean(value) or None
        elif name in ("start", "end"):
            setattr(base, f"{name}_date", read_date(value, base, f"{name} date"))
        elif name == "signed":
            base.signed_date = value
        elif name == "area":
            base.area = _clean(value) or None
    values = [v for n, v in fields if n == "value"]
    if values:
        set_value(base, values[0], covers=len(named) if len(named) > 1 else None)
    if not named:
        return [base] if base.has_substance() else []
    counted = COUNTED.search(before_labels(label_cell))
    if counted and len(named) > 1 and _count(counted.group(1)) != len(named):
        base.problems.append(
            ("contract_count_mismatch", f"{counted.group(0)!r} but {len(named)} providers named")
        )
    out = []
    for party in named:
        row = Draft(**{**base.__dict__, "problems": list(base.problems)})
        row.provider, row.area = party.name, party.area or base.area
        row.term_years = terms.get(party.name, base.term_years)
        out.append(row)
    return out


def _supplies(name: str, text: str) -> bool:
    """Whether the row says the named company supplies the service ("Egress provides secure
    email ..."), which makes it a supplier even in a row the table marks as in-house."""
    return bool(re.search(rf"\b{re.escape(name)}\s+{SUPPLY_VERB}", text))


def _partly_row(cells: list[str], page: int) -> list[Draft]:
    """ "Partly In-house, partly O2." names a provider in a row the table marks as external,
    or in any row that says the provider supplies the service. "Partly In-house, partly
    Microsoft" in an in-house row says whose software is run, not who is contracted."""
    if len(cells) < 2:
        return []
    external = any(EXTERNAL.search(c) for c in cells[1:])
    for cell in cells[1:]:
        name = partly_provider(cell)
        if name and (external or _supplies(name, cell)):
            return [
                Draft(
                    page=page,
                    service=_clean(cells[0]) or None,
                    provider=name,
                    text=_clean(" | ".join(c for c in cells if c.strip())),
                )
            ]
    return []


# --- header tables --------------------------------------------------------------------------

# The bidder a table names as the one that won or is put forward to: "Successful tenderer",
# "Recommended tenderer", "Preferred bidder".
# ... or by the award criterion it won on: "Most economically advantageous tenderer", "MEAT
# bidder".
WINNER = (r"\b(?:(?:successful|preferred|winning|recommended|selected)\s+(?:tenderer|bidder)|"
          r"(?:most\s+(?:economically\s+)?advantageous|MEAT)\s+(?:tenderer|bidder|tender)\b)")
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("period", re.compile(r"\bperiod\b|\bdates\b", re.I)),  # "Contract Period": 2021-2027
    ("start", re.compile(r"\bstart|\bcommenc", re.I)),
    ("end", re.compile(r"\bend\b|\bend\s+date|\bexpir", re.I)),
    # "Tendered sum (4 years)", "Contract sum": a sum let is the value
    ("value", re.compile(r"\bvalue\b|\bcost\b|\bprice\b|\bsum\b|£", re.I)),
    ("term", re.compile(r"\bterm\b|\blength\b|\bduration\b", re.I)),
    (
        "provider",
        re.compile(
            r"\bprovider|\bsupplier|\bcontractor|\bvendor|\borganisation|"
            r"\bcompany\b|\bcentre\b|\boperator\b|"
            # the bidder who won, not every bidder of an evaluation table ("Tenderer |
            # Quality | Price"): bids are not contracts
            rf"{WINNER}|\bawarded\s+to\b",
            re.I,
        ),
    ),
    ("area", re.compile(r"\barea\b|\blot\b|\bdistrict\b|\blocation\b|\bregion\b", re.I)),
    (
        "service",
        re.compile(
            r"\bservice\b|\bcontract\s+(?:name|title)\b|\bdescription\b|"
            r"^\s*contracts?\s*$|\bscheme\b|^\s*scope\b|\blot\s+(?:title|name|description)\b",
            re.I,
        ),
    ),
)
# REGISTRATION never opens inside a run of spaces: a match from there would have started at the
# run's first space, so none is lost, and a long run with nothing wanted after it is read once,
# not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# A registration number printed with the name ("Freedom Leisure (Charity no. 1101372)",
# "(Company No. 04567890)") identifies the provider but is no part of its name.
REGISTRATION = re.compile(
    _OUTSIDE_SPACES
    + r"\s*\((?:registered\s+)?(?:charity|company|reg(?:istration|\.)?)\s*(?:no\b\.?|number)"
    r"[^()]*\)", re.I)
# A totals row: "Total", "Totals:", "Grand total £4.2m" - not "Total Facilities Management".
TOTAL = re.compile(r"^\s*(?:grand\s+)?totals?\s*(?:$|[:(£\d])", re.I)


def _totals_row(cells: list[str]) -> bool:
    """A totals row, its label in its first filled cell: a register's "Total" may stand under
    its contracts' names, the id column beside it empty."""
    first = next((c for c in cells if c.strip()), "")
    return bool(TOTAL.match(first))


@dataclass
class Columns:
    roles: dict[str, int]
    value_header: str = ""
    width: int = 0
    names_contracts: bool = False  # the header says "contract" somewhere
    offers: bool = False  # the rows are the bids a tender drew (see ``BIDDER``)
    outcome: int | None = None  # the column saying which bid won
    lot: int | None = None  # the column naming each row's lot ("Lot", "Lot no.")
    winners: bool = False  # the party column names the bidder that won ("Successful tenderer")
    printed: tuple[tuple[str, ...], ...] = ()  # the header's rows as printed (one or two)


# A value no one is paid: "Social value over 5 years (£)", the worth of what a supplier
# offers besides the contract (apprenticeships, local jobs), no contract's price.
NOT_PAID = re.compile(r"\bsocial\s+value\b", re.I)


# A criterion's column weighted in brackets: "Price (40)", "Cost (30%)": a score, no sum.
WEIGHTED_PRICE = re.compile(r"^\s*(?:price|cost)\s*\(\s*\d{1,3}\s*%?\s*\)\s*$", re.I)


def _chosen_columns(header: list[str]) -> Columns | None:
    """Column roles of a table a caption names as the parties chosen ("Table 2: Providers
    recommended for appointment" over "Rank | Provider | Quality (60) | Price (40) | Total"):
    each row a contract let to its party, at a value only where a column prints one (a
    weighted price is its score)."""
    cols = _columns([c if not WEIGHTED_PRICE.match(c) else "" for c in header], let=True,
                    chosen=True)
    if cols is not None:
        cols.offers, cols.winners = False, True
    return cols


def _columns(header: list[str], let: bool = False, chosen: bool = False) -> Columns | None:
    """Column roles from a header row; None unless it is a contract table.

    A contract table names contracts in its header ("Contract End Date") or a provider column,
    or is ``let`` (the text above says it lists contracts let), and has a provider column and
    a value or date column. Without a provider column it must list contracts by name and give
    their value ("Contract | Annual Value | End Date").
    """
    # A header is a row of short names, not a row whose cells carry labels or sentences.
    if any(len(c.split()) > MAX_HEADER_CELL_WORDS or labelled(c) for c in header):
        return None
    roles: dict[str, int] = {}
    for i, cell in enumerate(header):
        for role, pattern in ROLES:
            if role not in roles and pattern.search(cell) and not (
                    role == "value" and NOT_PAID.search(cell)):
                roles[role] = i
                break
    _prefer_total(header, roles)
    joined = " ".join(header)
    bidders = _bidder_column(header) if "provider" not in roles else None
    if bidders is not None:
        roles["provider"] = bidders
    if "provider" not in roles:
        named = "service" in roles and re.search(r"\bcontract", joined, re.I)
        if not (
            named and "value" in roles and re.search(r"\bvalue\b", header[roles["value"]], re.I)
        ) or awards_to_come(header):  # (a pipeline's procurements: none let yet)
            return None
    if not (
        let
        or re.search(r"\bcontract", joined, re.I)
        or re.search(rf"\bprovider|supplier|contractor|{WINNER}|\bawarded\s+to\b", joined, re.I)
        or bidders is not None
        # a table of a tender's lots ("Lot | Operator | Four-year cost (£)"): only a
        # procurement divides work into lots, so its named party is the one let to
        or any(LOT_COLUMN.match(c) for c in header)
    ):
        return None
    if not ({"value", "end", "start", "term", "period"} & roles.keys()) and not (
            chosen and "provider" in roles):
        return None
    value_header = header[roles["value"]] if "value" in roles else ""
    outcome = next((i for i, c in enumerate(header) if OUTCOME.match(c)), None)
    names = let or bool(re.search(r"\bcontract", joined, re.I))
    # ... unless its party column names the winner ("Preferred tenderer | Score"): one row a
    # lot; or its rows name contracts of their own ("Rank | Contract | Supplier | Annual
    # value": a register's largest contracts ranked by value, not one tender's bids)
    winners = "provider" in roles and bool(re.search(WINNER, header[roles["provider"]], re.I))
    scored = any(EVALUATION.match(c) for c in header) and "service" not in roles and not winners
    lot = next((i for i, c in enumerate(header) if LOT_COLUMN.match(c)), None)
    return Columns(roles, value_header, names_contracts=names,
                   offers=bidders is not None or scored, outcome=outcome, lot=lot,
                   winners=winners)


# A table of the bids a tender drew: "Tenderer | Tendered price (£) | ... | Outcome", "Bidder |
# Score | Concessionaire investment". Its rows are offers, not contracts (see ``offers.py``);
# the row its outcome column marks as the winner ("Preferred bidder", "Successful",
# "Recommended for award") is the contract let.
BIDDER = re.compile(r"^\s*(?:name\s+of\s+)?(?:tenderer|bidder)s?(?:\s+name)?\s*$", re.I)
# A column of a tender's evaluation: "Rank", "Score (100)", "Quality (50)", "Total score". A
# table that scores or ranks its rows lists the bids a tender drew, whatever its bidders'
# column is called ("Supplier | Price (£) | Quality (50) | Rank"): offers, not contracts.
# (its maximum may be said in words: "Quality score (out of 50)", "Total (max 100)")
EVALUATION = re.compile(r"^\s*(?:rank(?:ing)?|(?:(?:total|overall|weighted|evaluation)\s+)?"
                        r"scores?|quality(?:\s+score)?)\s*(?:\(\s*(?:(?:out\s+of|max(?:imum)?"
                        r"\.?)\s*)?(?:\d+\s*%?|%)\s*\))?\s*$",
                        re.I)
# A column of a tender's lots: "Lot", "Lot no.", "Lots".
LOT_COLUMN = re.compile(r"^\s*lots?\b(?:\s*(?:no\.?|number|ref\.?))?\s*$", re.I)
OUTCOME = re.compile(r"^\s*(?:outcome|result|recommendation|status|decision)\s*$", re.I)
WON = re.compile(r"\b(?:preferred|successful|recommended|winning|winner|selected|awarded|"
                 r"appointed|accepted|award)\b", re.I)
# ... nor one a stage of the tender let through to the next ("Selected for ITT stage",
# "Accepted for evaluation", "Recommended to proceed to dialogue"): no contract is let yet.
NOT_WON = re.compile(r"\b(?:not|unsuccessful|rejected|withdrawn|reserve)\b|\bfor\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:stage|round|phase|evaluation|interview|dialogue|"
                     r"negotiation|shortlist)\b|\b(?:proceed|invited|shortlisted)\b", re.I)


# A table of one lot's bids is no table of winners (see ``_one_per_lot``).
MIN_LOTS = 2


def _one_per_lot(rows: list[list[str]], cols: Columns) -> bool:
    """Whether a bidders' table names one bidder for each lot, every lot once ("Tenderer | Lot
    | Description | Estimated value" under "the highest scoring tenderer for each lot is shown
    below"): the winners, one a lot; a table of the bids a lotted tender drew names several
    bidders for a lot. Two lots at least: one row alone says nothing of how many bid. A row
    short of a cell (a lot merged over its bids' rows, not printed again) leaves it unknown."""
    if cols.lot is None:
        return False
    body = [row for row in rows if any(c.strip() for c in row) and not _totals_row(row)]
    if any(len(row) != cols.width for row in body):
        return False
    lots = [_clean(row[cols.lot]).lower() for row in body]
    return len(lots) >= MIN_LOTS and all(lots) and len(set(lots)) == len(lots)


def _bidder_column(header: list[str]) -> int | None:
    return next((i for i, c in enumerate(header) if BIDDER.match(c)), None)


def _marks_winners(rows: list[list[str]], cols: Columns) -> bool:
    """Whether the outcome column marks some rows as won and leaves others unmarked or lost
    ("Award" beside the winner of each lot, nothing beside the rest): the rows are the bids
    a tender drew, whatever the bidders' column is called ("Operator", "Supplier"). A column
    that marks every row alike is a register's status, not a tender's outcome."""
    if cols.outcome is None:
        return False
    said = [[_clean(c) for c in row] for row in rows if any(c.strip() for c in row)]
    marks = [_won(cols, cells) for cells in said]
    # a register's status names each contract's state ("Awarded | Live | Extended"); a
    # tender's outcome says nothing, or that the bid lost, beside the bids it did not take
    others = [_outcome(cols, cells) for cells, won in zip(said, marks, strict=True) if not won]
    return any(marks) and bool(others) and all(
        not WORDED.search(o) or NOT_WON.search(o) or RANKED_BELOW.search(o) for o in others)


# An outcome cell that says something: a word, not a blank or a dash.
WORDED = re.compile(r"[^\W\d_]")
# A bid placed below the winner: "Second", "3rd", "Runner-up", "Ranked 2".
RANKED_BELOW = re.compile(r"\b(?:second|third|fourth|fifth|sixth|[2-9](?:nd|rd|th)|"
                          r"runner[\s-]up|ranked\s+[2-9])\b", re.I)


def _outcome(cols: Columns, cells: list[str]) -> str:
    return cells[cols.outcome] if cols.outcome is not None and cols.outcome < len(cells) else ""


def _won(cols: Columns, cells: list[str]) -> bool:
    """Whether a bid's row says it won, in a column headed "Outcome" or the like."""
    said = _outcome(cols, cells)
    return bool(WON.search(said)) and not NOT_WON.search(said)


# A value column for the whole term: "Estimated total value", "Whole life value".
# Or one naming the most it can come to, or the years it covers: "Maximum value (4 + 1 + 1
# years)", "Aggregate value", "Value over 5 years", "Value (including extensions)".
WHOLE_TERM = re.compile(r"\btotal\b|\bwhole[\s-]+life\b|\blifetime\b|\bmaximum\b|\baggregate\b"
                        r"|\d[\s-]*years?\b|\binc(?:l\.?|luding)\s+extensions?\b"
                        # "Four-year cost (£)", "Five year price"
                        r"|\b(?:two|three|four|five|six|seven|eight|nine|ten)[\s-]+years?\b",
                        re.I)
VALUE_COLUMN = dict(ROLES)["value"]


def _prefer_total(header: list[str], roles: dict[str, int]) -> None:
    """A header printing a year's value and the whole term's ("Estimated annual value |
    Estimated total value"): the contract's value is the whole term's, as in a label block."""
    values = [i for i, c in enumerate(header) if VALUE_COLUMN.search(c)]
    whole = [i for i in values if WHOLE_TERM.search(header[i])]
    if len(values) > 1 and whole:
        roles["value"] = whole[0]


def _find_header(rows: list[list[str]], let: bool = False, chosen: bool = False
                 ) -> tuple[int, Columns | None]:
    if chosen:
        for h, header in enumerate(rows[:HEADER_ROWS]):
            if cols := _chosen_columns([_clean(x) for x in header]):
                cols.width = len(header)
                cols.printed = (tuple(_clean(x) for x in header),)
                return h + 1, cols
    for h, header in enumerate(rows[:HEADER_ROWS]):
        first = [_clean(x) for x in header]
        second = _second_header(first, rows[h + 1]) if h + 1 < len(rows) else None
        if second is not None and (cols := _columns(second, let)):
            cols.width = len(header)
            cols.printed = (tuple(first), tuple(_clean(x) for x in rows[h + 1]))
            return h + 2, cols
        cols = _columns(first, let)
        if cols:
            cols.width = len(header)
            cols.printed = (tuple(first),)
            return h + 1, cols
    return 0, None


def _header_again(rows: list[list[str]], page: int, cols: Columns, last_page: int) -> int:
    """Where the rows start of a table on the page after a contract table that prints that
    table's header again (a table broken across pages, its header repeated): 0 if it does not.
    The repeat is read by the first part's header, whatever the text above this part says (a
    header that needed the heading over the first part to read as contracts has none here)."""
    if page != last_page + 1 or not cols.printed:
        return 0
    size = len(cols.printed)
    for h in range(min(HEADER_ROWS, len(rows) - size + 1)):
        if tuple(tuple(_clean(x) for x in row) for row in rows[h:h + size]) == cols.printed:
            return h + size
    return 0


def _second_header(first: list[str], row: list[str]) -> list[str] | None:
    """A header of two rows: groups over the columns ("Value (£)", printed in each column it
    spans, as a merged cell reads) and the columns' own names under them ("Annual", "Total").
    Each column is named by both ("Value (£) Total"); None when the row under the first is
    no header (a figure in it, a cell of many words, or the same names again)."""
    cells = [_clean(x) for x in row]
    if (len(cells) != len(first) or cells == first or any(re.search(r"\d", c) for c in cells)
            or any(len(c.split()) > MAX_HEADER_CELL_WORDS for c in cells)):
        return None
    return [a if a == b or not b else f"{a} {b}".strip() for a, b in zip(first, cells,
                                                                           strict=True)]


def _body_rows(
    rows: list[list[str]], cols: Columns, page: int, service: str | None
) -> tuple[list[Draft], Money | None]:
    """Rows under a header, and the printed total if a "Totals" row gives one."""
    unit = header_unit(cols.value_header)
    period = period_of(cols.value_header)
    out: list[Draft] = []
    total_printed = None
    for row in rows:
        cells = [_clean(c) for c in row]
        if not any(cells):
            continue
        if _totals_row(cells):
            total_printed = next((m for c in cells[1:] if (m := parse_money(c, unit=unit))), None)
            break  # the total closes the table; rows after it belong to something else
        if len(cells) != cols.width:
            continue  # a row that does not fit the header is not read by guessing columns

        def cell(role: str, cells: list[str] = cells) -> str:
            i = cols.roles.get(role)
            return cells[i] if i is not None and i < len(cells) else ""

        if NOT_LET.match(cell("provider")):
            continue  # an entry for work not let yet names no one who holds a contract
        draft = Draft(
            page=page,
            service=cell("service") or service,
            provider=REGISTRATION.sub("", cell("provider")) or None,
            area=cell("area") or None,
            text=" | ".join(c for c in cells if c),
            titled=not cell("service") and service is not None,
        )
        draft.start_date = read_date(cell("start"), draft, "start date")
        draft.end_date = read_date(cell("end"), draft, "end date")
        draft.term_years = term_years(cell("term"))
        if cell("period"):
            set_period(draft, cell("period"))
        _month_span(draft, cell("term") or cell("period"))
        # (a bid's price of one unit, "Price per appliance", is no contract's value)
        if cell("value") and not (draft.provider is None and _band(cell("value"))) and not (
                cols.offers and unit_priced(cols.value_header)):
            amount, own_period = _period_bracketed(cell("value"))
            set_value(draft, _priced(amount), unit=unit, period=own_period or period)
            draft.value_text = cell("value") or None  # as printed
        draft.bid = cols.offers and not _won(cols, cells)
        # Under a header that never says "contract" ("Provider | Indicator | Value"), a row is
        # a contract only when it prints money or dates, not a provider name alone.
        dated = draft.value_gbp is not None or draft.start_date or draft.end_date
        if draft.has_substance() and (cols.names_contracts or dated):
            out.append(draft)
    return out, total_printed


# A term printed as the months it runs, in figures: "07/2027 - 06/2028" (a register's "Term"
# column as often holds its dates as its length).
MONTH_SPAN = re.compile(r"^\s*(\d{1,2})/((?:19|20)\d\d)\s*[-–]\s*(\d{1,2})/((?:19|20)\d\d)\s*$")
MONTHS_A_YEAR = 12


# A value printed as a band ("£2m - £5m", "£25m+", "over £25m"): a forward plan's estimate
# of a procurement to come, whose size a pipeline notice gives only roughly. Without a
# provider such a row names no contract let, and no contract's value.
OPEN_BAND = re.compile(r"^\s*(?:over|above|more\s+than)\s+£|£\s?[\d.,]+\s*[mk]?\s*\+\s*$", re.I)


def _band(value: str) -> bool:
    """Whether a value cell prints a band (OPEN_BAND, or one range of sums), not a sum."""
    if OPEN_BAND.search(value):
        return True
    found = find_money(value)
    return len(found) == 1 and found[0].is_range


def _month_span(draft: Draft, text: str) -> None:
    """The first and last month of a term printed as "MM/YYYY - MM/YYYY", where no other
    reading of the row gave its dates."""
    m = MONTH_SPAN.match(text)
    if m is None or draft.start_date or draft.end_date:
        return
    (m1, y1), (m2, y2) = ((int(m.group(i)), int(m.group(i + 1))) for i in (1, 3))
    if not (1 <= m1 <= MONTHS_A_YEAR and 1 <= m2 <= MONTHS_A_YEAR) or (y2, m2) < (y1, m1):
        return
    draft.start_date, draft.end_date = f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}"


# A figure with its scale and no currency: "145k", "450k per annum", "1.2m".
SCALED_FIGURE = re.compile(r"^\s*\d[\d,]*(?:\.\d+)?\s?(?:k|m|mn|bn|million|thousand)\b", re.I)


# A value cell's period in brackets after its amount: "32,500.00 (a year)" under "Amount £",
# "£61,800 (per annum)". (Few characters: a bracket that runs on is a remark, not a period.)
BRACKETED_PERIOD = re.compile(r"^(?P<amount>[^()]*\d)\s*\((?P<period>[^()]{1,20})\)\s*$")


def _period_bracketed(value: str) -> tuple[str, Period | None]:
    """A value cell's amount, and the period it is for where a bracket after it names one
    (the amount alone then reads as the column's figures do: bare under a unit's header)."""
    m = BRACKETED_PERIOD.match(value)
    period = period_of(m["period"]) if m else None
    return (m["amount"], period) if m and period else (value, None)


def _priced(value: str) -> str:
    """A value column's cell as money: a figure printed with its scale but no "£" ("145k"
    among "£486,250" and "GBP 2.94m") is an amount in the column of the contracts' values, as
    no count is written in thousands; a bare figure stays as printed (it may count anything,
    unless the header gives its unit)."""
    return f"£{value.strip()}" if "£" not in value and SCALED_FIGURE.match(value) else value


def _total_problem(group: list[Draft], printed: Money) -> tuple[str, str] | None:
    total = sum(d.value_gbp or 0 for d in group)
    tolerance = max(TOTAL_TOLERANCE_GBP, abs(printed.pounds) * TOTAL_TOLERANCE_SHARE)
    if abs(total - printed.pounds) <= tolerance:
        return None
    return (
        "contract_total_mismatch",
        f"rows add up to £{total:,.2f} but the table prints {printed.text}",
    )


def table_drafts(
    tables: Iterable[Table], service: str | None, offered: Collection[int] = (),
    let: Collection[int] = (), chosen: Collection[int] = (),
) -> tuple[list[Draft], list[tuple[str, str, int]]]:
    """Contract rows from every table; problems as (check, message, page).

    A headerless table on the page after a contract table, with as many columns, or one that
    prints that table's header again (and no text above it introduces it), continues it (a
    table broken across pages); its "Totals" row is checked against the whole table. The
    rows of the tables ``offered`` (by ``id``: introduced as the offers a tender drew) are
    offers, as a bids table's are; those ``let`` (headed by the text above as contracts let)
    are contract tables whose header need not say "contract"; those ``chosen`` (captioned as
    the parties chosen) are the contracts let, every row, whatever columns score them."""
    drafts: list[Draft] = []
    problems: list[tuple[str, str, int]] = []
    carried: tuple[Columns, int] | None = None  # the last header table and its last page
    group: list[Draft] = []
    for table in tables:
        rows = unstacked(table.texts())
        # (a part that prints the header again carries on its table: one total for both;
        # one the text above introduces as contracts let or offers is a table of its own)
        introduced = id(table) in let or id(table) in offered or id(table) in chosen
        again = _header_again(rows, table.page, *carried) if carried and not introduced else 0
        cols: Columns | None
        if carried and again:
            start, cols = again, carried[0]
        else:
            start, cols = _find_header(rows, id(table) in let, id(table) in chosen)
        if cols is not None and not again:
            group = []
        elif cols is None and carried and _continues(rows, table.page, *carried):
            cols = carried[0]
        if cols is None:
            carried = None
            for row in rows:
                drafts.extend(label_rows(row, table.page))
            continue
        # (a column of the winners lists them, though the text above says tenders came in)
        cols.offers = id(table) not in chosen and (
            (cols.offers and not _one_per_lot(rows[start:], cols))
            or (id(table) in offered and not cols.winners)
            or _marks_winners(rows[start:], cols))
        found, printed = _body_rows(rows[start:], cols, table.page, service)
        group.extend(found)
        drafts.extend(found)
        problem = _total_problem(group, printed) if printed and group else None
        if problem:
            problems.append((*problem, table.page))
        # A printed total closes the table: what follows is another one.
        carried = None if printed else (cols, table.page)
    return drafts, problems


def _continues(rows: list[list[str]], page: int, cols: Columns, last_page: int) -> bool:
    """Whether a headerless table carries on the contract table of the page before: as many
    columns (but in its totals row, which closes the table and is read by its label, however
    few cells its blanks leave it, after the rows it totals), and its first row, a full one,
    reads as data in the value or date columns."""
    if (page != last_page + 1 or not rows or len(rows[0]) != cols.width
            or any(len(r) != cols.width and not _totals_row(r) for r in rows)):
        return False
    first = [_clean(c) for c in rows[0]]
    checks = []
    if "value" in cols.roles:
        value = first[cols.roles["value"]]
        checks.append(parse_money(value, unit=header_unit(cols.value_header) or 1.0) is not None)
    for role in ("start", "end"):
        if role in cols.roles:
            checks.append(parse_partial_date(first[cols.roles[role]]) is not None)
    return bool(checks) and all(checks)
