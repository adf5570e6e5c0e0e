"""A table of the parties an award names by the table's number (held-out round 41): "Approves
the appointment of the providers listed in Table 2 to the Supported Accommodation Framework
(16-17 year olds) for four years", over "Table 2: Supported Accommodation Framework providers
(Ofsted registered)" and "Provider | Lot | Ofsted registration". The decision lets a place to
every row of the table it points to, as a caption naming its rows as the parties chosen does
("Table 2: Providers recommended for appointment", ``reader.CHOSEN_CAPTION``): each row is a
contract let to its party, whatever the caption or the columns say of it.

Only a table no other reading takes as contracts: a table of awards or of a tender's lots the
award points to ("the operators set out in Table 1" over "Route | Operator | Annual cost") is
read by its header as ever, and a bids table by its outcome column."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.stacked_columns import unstacked
from kcc_papers.extract.contracts.table_header import find_header
from kcc_papers.load.model import Table

# The parties a decision lets to, by the plural or the singular its table's rows are called.
_PARTIES = (r"(?:providers?|suppliers?|contractors?|operators?|tenderers?|bidders?|firms?|"
            r"organisations?|companies|company)")
# How far the award's verb may stand before the parties: what is awarded and on what terms
# ("award places on the Home Care and Community Support Framework 2027-2031 to ..."), a clause.
AWARD_TO_CHARS = 200
# A count or a qualifier between the article and the parties ("the six providers", "the
# successful bidders"): a word or two.
PARTY_WORDS = 2
# "award ... to the six providers listed in Table 2", "the appointment of the providers set out
# in Table 2": the verb (or its noun), then "to" or "of" the parties, then where they are listed
# (or "in").
# (or the verb's own object straight after it, "Appoints the providers listed in Table 3 to
# the ... Framework"; and the parties merely "in" the table, "awards places ... to the
# providers in Table 3": r41 review)
NAMED_TABLE = re.compile(
    r"\b(?:award(?:s|ed|ing)?|appoint(?:s|ed|ing|ment)?)\b"
    rf"(?:\s+|[^.;]{{0,{AWARD_TO_CHARS}}}?\b(?:to|of)\s+)"
    rf"the\s+(?:[\w-]+\s+){{0,{PARTY_WORDS}}}?{_PARTIES}\s+"
    r"(?:(?:listed|set\s+out|shown|named|identified)\s+)?(?:in|at)\s+Table\s+"
    r"(?P<number>\d{1,3})\b",
    re.I)
# A decision that lets nothing to the table's parties: deferred, rejected, refused, withdrawn
# or declined, said not to be, or to the unsuccessful ones ("Defers the appointment of the
# providers listed in Table 3", "the unsuccessful bidders listed in Table 3": r41 review).
NOT_LET = re.compile(r"\b(?:defer|reject|refus|withdr[ae]w|declin|postpon|not\b|unsuccessful)",
                     re.I)
# How far back the decision's own clause may start: its sentence, after a stop, colon or
# semicolon (a numbered line's "1.1" gives its stop too), within a few lines.
CLAUSE_CHARS = 300
# A caption giving its table's number: "Table 2: Supported Accommodation Framework providers".
CAPTION_NUMBER = re.compile(r"^\W{0,3}Table\s+(?P<number>\d{1,3})\b", re.I)


def tables_awarded_to(text: str) -> set[str]:
    """The numbers of the tables a document's decision lets to the parties of (NAMED_TABLE)."""
    if "able" not in text:  # ("Table"/"table": no table named, nothing to read)
        return set()
    return {m["number"] for m in NAMED_TABLE.finditer(text) if not _not_let(text, m)}


def _not_let(text: str, m: re.Match[str]) -> bool:
    """Whether the clause of a decision naming a table (``m``) lets its parties nothing
    (NOT_LET from the clause's start to the table's number)."""
    window = max(0, m.start() - CLAUSE_CHARS)
    start = max(text.rfind(stop, window, m.start()) for stop in ".;:") + 1 or window
    return NOT_LET.search(text, max(start, window), m.end()) is not None


def awarded_by_number(caption: str, numbers: set[str], table: Table) -> bool:
    """Whether a table, its caption ``caption``, is one the decision lets to by its number
    (``numbers``, from ``tables_awarded_to``) that no other reading takes as contracts."""
    m = CAPTION_NUMBER.match(caption)
    if m is None or m["number"] not in numbers:
        return False
    return find_header(unstacked(table.texts()))[1] is None
