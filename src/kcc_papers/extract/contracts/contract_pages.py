"""Which pages of a paper may hold contracts: a page that says so (a contract's title, a
provider's label, columns a contracts table heads, a sentence letting contracts, a decisions
register naming a contract) or prints a table of figures. Reading a PDF page's tables is the
slow part of the contracts reader, so only such pages (and the page after one) are read."""

from __future__ import annotations

import re

from kcc_papers.normalise.needles import holds_any

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

# How a page prints money: the pound sign, or the currency's code as a register or an
# accounting export prints it ("Value (GBP)", "GBP 486,000"), which reads as a £ does
# (``normalise.money``).
CURRENCY_MARKS = ("£", "GBP")


def contract_page(lines: list[str]) -> bool:
    """Cheap text test before the slow table read. Header cells wrap ("Contract" / "End Date"
    / "Contract value" / "per Annum"), so column words are counted over the page's short
    lines, and a table of contracts prints money."""
    # Every page of every paper is asked: its lines are searched as one text, parted by a
    # character neither pattern reads or crosses (a word boundary, as a line's ends are).
    text = LINE_SEPARATOR.join(lines)
    if holds_any(text, LABEL_WORDS) and CONTRACT_LABEL.search(text):
        return True
    if not any(mark in t for t in lines for mark in CURRENCY_MARKS):
        return False
    shorts = [t for t in lines if len(t) < MAX_HEADER_LINE_CHARS]
    if _column_words(shorts) >= 2 and _column_words([t for t in shorts if not figures_row(t)]
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


def figures_row(line: str) -> bool:
    """A row of a table of figures (``FIGURE_CELL``); asked only of a page that prints "£"
    and whose short lines name two column words, so the other pages pay nothing more."""
    figures = len(FIGURE_CELL.findall(line))
    return figures >= MIN_ROW_FIGURES and figures >= len(ROW_WORD.findall(line))
