"""The header of a contract table: which column names the provider, the value, the dates
(``Columns``), where the header is among a table's first rows (one row or two), whether a
table's rows are the bids a tender drew or the contracts let, and a header printed again over
a table's next part."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.contracts.fields import labelled, one_line
from kcc_papers.extract.contracts.not_contracts import (
    TOTAL_OF,
    WEIGHTED_PRICE_SCORE,
    weighs_criteria,
)
from kcc_papers.extract.contracts.pipelines import awards_to_come, incumbents_of_plan
from kcc_papers.extract.contracts.unit_prices import unit_priced

# A header cell is a short name; a cell of more words is a row of data or a sentence.
MAX_HEADER_CELL_WORDS = 8
# A table's header row is among its first rows (a title row or two may come above it).
HEADER_ROWS = 3

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
# A totals row: "Total", "Totals:", "Grand total £4.2m", "Total awarded" (what the rows are,
# said after it) - not "Total Facilities Management".
TOTAL = re.compile(r"^\s*(?:grand\s+)?totals?(?:\s+(?:awarded|let|committed|contracted))?"
                   r"\s*(?:$|[:(£\d])", re.I)


def totals_row(cells: list[str]) -> bool:
    """A totals row, its label in its first filled cell: a register's "Total" may stand under
    its contracts' names, the id column beside it empty."""
    first = next((c for c in cells if c.strip()), "")
    return bool(TOTAL.match(first) or TOTAL_OF.match(first))


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


def _chosen_columns(header: list[str]) -> Columns | None:
    """Column roles of a table a caption names as the parties chosen ("Table 2: Providers
    recommended for appointment" over "Rank | Provider | Quality (60) | Price (40) | Total"):
    each row a contract let to its party, at a value only where a column prints one (a
    weighted price is its score; an hourly rate bid, a framework's price of one unit, is no
    contract's value)."""
    cols = _columns([c if not (WEIGHTED_PRICE_SCORE.match(c) or unit_priced(c)) else ""
                     for c in header], let=True, chosen=True)
    if cols is not None:
        cols.offers, cols.winners = False, True
    return cols


# A party column naming who held the work before: "Previous provider", "Outgoing contractor",
# "Incumbent".
FORMER_HOLDER = re.compile(r"^\s*(?:(?:previous|former|outgoing|existing|current|present|old|"
                           r"incumbent)\s+(?:provider|supplier|contractor|operator)s?\b|"
                           r"incumbent\b)", re.I)


def _prefer_new_holder(header: list[str], roles: dict[str, int]) -> None:
    """A table of awards naming both the firm that held the work and the one let to ("Contract
    | Previous provider | Successful bidder | Value"): its party is the one let to, the other
    party column only who held the work before."""
    party = roles.get("provider")
    if party is None or not FORMER_HOLDER.match(header[party]):
        return
    provider = dict(ROLES)["provider"]
    taken = set(roles.values())
    roles["provider"] = next((i for i, cell in enumerate(header) if i not in taken
                              and provider.search(cell) and not FORMER_HOLDER.match(cell)), party)


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
    _prefer_new_holder(header, roles)
    joined = " ".join(header)
    bidders = _bidder_column(header) if "provider" not in roles else None
    if bidders is not None:
        roles["provider"] = bidders
    if incumbents_of_plan(header, roles):
        return None  # a forward plan's rows, each firm the incumbent: no contract let
    if "provider" not in roles:
        named = "service" in roles and re.search(r"\bcontract", joined, re.I)
        if not (
            named and "value" in roles and re.search(r"\bvalue\b", header[roles["value"]], re.I)
        ) or awards_to_come(header, roles):  # (a pipeline's procurements: none let yet)
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
    # (a service column names each bid's product where the header weighs quality and price,
    # unless the text above lets the rows: each a service let to the supplier beside it)
    scored = (any(EVALUATION.match(c) for c in header) and not winners
              and ("service" not in roles or (weighs_criteria(header) and not let)))
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
# (its maximum may be said in words: "Quality score (out of 50)", "Total score (of 100)",
# "Total (max 100)")
EVALUATION = re.compile(r"^\s*(?:rank(?:ing)?|(?:(?:total|overall|weighted|evaluation)\s+)?"
                        r"scores?|quality(?:\s+score)?)\s*(?:\(\s*(?:(?:(?:out\s+)?of|max(?:imum)?"
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


# A table of one lot's bids is no table of winners (see ``one_per_lot``).
MIN_LOTS = 2


def one_per_lot(rows: list[list[str]], cols: Columns) -> bool:
    """Whether a bidders' table names one bidder for each lot, every lot once ("Tenderer | Lot
    | Description | Estimated value" under "the highest scoring tenderer for each lot is shown
    below"): the winners, one a lot; a table of the bids a lotted tender drew names several
    bidders for a lot. Two lots at least: one row alone says nothing of how many bid. A row
    short of a cell (a lot merged over its bids' rows, not printed again) leaves it unknown."""
    if cols.lot is None:
        return False
    body = [row for row in rows if any(c.strip() for c in row) and not totals_row(row)]
    if any(len(row) != cols.width for row in body):
        return False
    lots = [one_line(row[cols.lot]).lower() for row in body]
    return len(lots) >= MIN_LOTS and all(lots) and len(set(lots)) == len(lots)


def _bidder_column(header: list[str]) -> int | None:
    return next((i for i, c in enumerate(header) if BIDDER.match(c)), None)


def marks_winners(rows: list[list[str]], cols: Columns) -> bool:
    """Whether the outcome column marks some rows as won and leaves others unmarked or lost
    ("Award" beside the winner of each lot, nothing beside the rest): the rows are the bids
    a tender drew, whatever the bidders' column is called ("Operator", "Supplier"). A column
    that marks every row alike is a register's status, not a tender's outcome."""
    if cols.outcome is None:
        return False
    said = [[one_line(c) for c in row] for row in rows if any(c.strip() for c in row)]
    marks = [won(cols, cells) for cells in said]
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


def won(cols: Columns, cells: list[str]) -> bool:
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


# A table's money column headed as a grant ("Grant", "Grant (£)", "Grant awarded", "Amount of
# grant"): its rows are grants a panel awards to applicants, which buy nothing (the council's
# grant conditions, not a contract), however the heading above names them ("Recommended
# awards"). No row under it is read as a header either (a row of data has a "£" and a name).
GRANT_COLUMN = re.compile(r"^\s*(?:(?:total\s+)?grants?(?:\s+(?:awarded|offered|recommended|"
                          r"requested|amount|sum))?|amount\s+of\s+grant|grant\s+funding)"
                          r"\s*(?:\(\s*£\s*\)|£)?\s*$", re.I)
_VALUE_ROLE = dict(ROLES)["value"]
# A sum printed in a cell ("412,000", "£98,000"): a row of data, never a header.
_AMOUNT = re.compile(r"£|\d{1,3},\d{3}")


def _grants_header(row: list[str]) -> bool:
    """Whether a row is the header of a table of grants: a cell headed as a grant and no other
    cell naming a sum (GRANT_COLUMN). A contract table may show what a grant funds beside
    each contract's value ("Contract value | Grant funding"), and a row of data under its
    header may say "Grant" (its funding source) beside its "412,000": both stay contracts."""
    cells = [one_line(x) for x in row]
    grants = [c for c in cells if GRANT_COLUMN.match(c)]
    return bool(grants) and not any(_VALUE_ROLE.search(c) or _AMOUNT.search(c)
                                    for c in cells if c not in grants)


def find_header(rows: list[list[str]], let: bool = False, chosen: bool = False
                 ) -> tuple[int, Columns | None]:
    if any(_grants_header(row) for row in rows[:HEADER_ROWS]):
        return 0, None  # a table of grants: no contract, whatever the text above says
    if chosen:
        for h, header in enumerate(rows[:HEADER_ROWS]):
            if cols := _chosen_columns([one_line(x) for x in header]):
                cols.width = len(header)
                cols.printed = (tuple(one_line(x) for x in header),)
                return h + 1, cols
    for h, header in enumerate(rows[:HEADER_ROWS]):
        first = [one_line(x) for x in header]
        second = _second_header(first, rows[h + 1]) if h + 1 < len(rows) else None
        if second is not None and (cols := _columns(second, let)):
            cols.width = len(header)
            cols.printed = (tuple(first), tuple(one_line(x) for x in rows[h + 1]))
            return h + 2, cols
        cols = _columns(first, let)
        if cols:
            cols.width = len(header)
            cols.printed = (tuple(first),)
            return h + 1, cols
    return 0, None


def header_again(rows: list[list[str]], page: int, cols: Columns, last_page: int) -> int:
    """Where the rows start of a table on the page after a contract table that prints that
    table's header again (a table broken across pages, its header repeated): 0 if it does not.
    The repeat is read by the first part's header, whatever the text above this part says (a
    header that needed the heading over the first part to read as contracts has none here)."""
    if page != last_page + 1 or not cols.printed:
        return 0
    size = len(cols.printed)
    for h in range(min(HEADER_ROWS, len(rows) - size + 1)):
        if tuple(tuple(one_line(x) for x in row) for row in rows[h:h + size]) == cols.printed:
            return h + size
    return 0


def _second_header(first: list[str], row: list[str]) -> list[str] | None:
    """A header of two rows: groups over the columns ("Value (£)", printed in each column it
    spans, as a merged cell reads) and the columns' own names under them ("Annual", "Total").
    Each column is named by both ("Value (£) Total"); None when the row under the first is
    no header (a figure in it, a cell of many words, or the same names again)."""
    cells = [one_line(x) for x in row]
    if (len(cells) != len(first) or cells == first or any(re.search(r"\d", c) for c in cells)
            or any(len(c.split()) > MAX_HEADER_CELL_WORDS for c in cells)):
        return None
    return [a if a == b or not b else f"{a} {b}".strip() for a, b in zip(first, cells,
                                                                           strict=True)]
