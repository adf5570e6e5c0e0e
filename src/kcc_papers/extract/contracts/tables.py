"""Contract rows from tables whose header names the columns: "Provider | Area | Contract End
Date | Contract value per Annum" (one row per body row, a "Totals" row checked against the sum;
the header is read by ``table_header``). Tables without such a header are read by their
cells' labels (``label_cells``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from kcc_papers.extract.contracts.draft import Draft, read_date, set_period, set_value
from kcc_papers.extract.contracts.fields import (
    HOLDERS_UNNAMED,
    NO_ONE_APPOINTED,
    NOT_LET,
    one_line,
    term_years,
)
from kcc_papers.extract.contracts.label_cells import label_rows
from kcc_papers.extract.contracts.stacked_columns import unstacked
from kcc_papers.extract.contracts.table_header import (
    Columns,
    find_header,
    header_again,
    marks_winners,
    one_per_lot,
    totals_row,
    won,
)
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

# A printed total agrees with its rows within a pound or half a percent (rounding of each row).
TOTAL_TOLERANCE_GBP = 1.0
TOTAL_TOLERANCE_SHARE = 0.005

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


def _body_rows(
    rows: list[list[str]], cols: Columns, page: int, service: str | None
) -> tuple[list[Draft], Money | None]:
    """Rows under a header, and the printed total if a "Totals" row gives one."""
    unit = header_unit(cols.value_header)
    period = period_of(cols.value_header)
    out: list[Draft] = []
    total_printed = None
    for row in rows:
        cells = [one_line(c) for c in row]
        if not any(cells):
            continue
        if totals_row(cells):
            total_printed = next((m for c in cells[1:] if (m := parse_money(c, unit=unit))), None)
            break  # the total closes the table; rows after it belong to something else
        if len(cells) != cols.width:
            continue  # a row that does not fit the header is not read by guessing columns

        def cell(role: str, cells: list[str] = cells) -> str:
            i = cols.roles.get(role)
            return cells[i] if i is not None and i < len(cells) else ""

        if NOT_LET.match(cell("provider")) or NO_ONE_APPOINTED.search(cell("provider")):
            continue  # an entry for work not let yet names no one who holds a contract
        if HOLDERS_UNNAMED.match(cell("provider")):
            continue  # "Various (14 operators)": many contracts, no holder named, no one sum
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
        draft.bid = cols.offers and not won(cols, cells)
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
        again = header_again(rows, table.page, *carried) if carried and not introduced else 0
        cols: Columns | None
        if carried and again:
            start, cols = again, carried[0]
        else:
            start, cols = find_header(rows, id(table) in let, id(table) in chosen)
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
            (cols.offers and not one_per_lot(rows[start:], cols))
            or (id(table) in offered and not cols.winners)
            or marks_winners(rows[start:], cols))
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
            or any(len(r) != cols.width and not totals_row(r) for r in rows)):
        return False
    first = [one_line(c) for c in rows[0]]
    checks = []
    if "value" in cols.roles:
        value = first[cols.roles["value"]]
        checks.append(parse_money(value, unit=header_unit(cols.value_header) or 1.0) is not None)
    for role in ("start", "end"):
        if role in cols.roles:
            checks.append(parse_partial_date(first[cols.roles[role]]) is not None)
    return bool(checks) and all(checks)
