"""Reading the parts of a contract passage: labelled fields ("Provider: DUCL Contract Period:
2014-2020"), lists of providers ("Amey for Mid Kent, Skanska for West Kent"), terms ("5 years",
"Swanscombe - 25 years, KEP - 28 years") and extension options. Used by the table and narrative
readers in :mod:`kcc_papers.extract.contracts`; nothing here knows about documents."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.normalise.numbers import WORDS_RE, words_to_number

# Label -> field. A label starts with a capital (it is a label, not a word in a sentence) and is
# followed by ":" or a spaced dash: "Contractor - Amey", "Contract Signature – 1st September 2014".
LABELS: tuple[tuple[str, str], ...] = (
    # "Name of contractor:", "Successful supplier:"
    # the party by the name of its trade as well: "Consultant:", "Successful tenderer:"
    ("provider", r"(?:(?:Name\s+of\s+(?:the\s+)?|Successful\s+|Appointed\s+)?(?:Service\s+)?"
                 r"(?:Provider|Contractor|Supplier|Vendor|Consultant|Tenderer|Bidder)s?"
                 r"(?:\s+name)?)"),
    ("period", r"Contract\s+(?:Period|Term|Dates)"),
    ("length", r"Contract\s+(?:Length|Duration)|Duration|Term"),
    # "Value of the contract", and of whatever the paper awards or waives: "Total value of
    # waiver", "Estimated cost of the award", "Tender sum"
    ("value", r"(?:Total\s+|Annual\s+|Estimated\s+)?Contract\s+Value|Annual\s+Value|"
              r"(?:Total\s+|Estimated\s+|Maximum\s+)?(?:Value|Cost)\s+of\s+(?:the\s+)?"
              r"(?:contract|waiver|award|order|agreement|exemption|extension|variation)|"
              r"(?:Contract|Tender)\s+sum|"
              # a value named by what it buys: "Call-off value:", "Order value:"
              r"(?:[A-Z][\w-]*\s+)?Value"),
    ("signed", r"Contract\s+(?:Signature|Signed)(?:\s+Date)?|Date\s+(?:of\s+)?Signature|Signed"),
    ("start", r"Contract\s+(?:Start|Commencement)(?:\s+Date)?|Start\s+Date|Commencement\s+Date"),
    ("end", r"Contract\s+(?:End|Expiry)(?:\s+Date)?|End\s+Date|Expiry\s+Date"),
    ("extension", r"Extension(?:\s+Options?)?|Options?\s+to\s+Extend"),
    ("area", r"Lot|Area"),
)
LABEL = re.compile(
    # the first letter a capital; the words after it in any case ("Contract period:", "Total
    # contract value:" as papers set their labels in sentence case)
    r"(?:^|(?<=[\s.;,(]))(?-i:(?=[A-Z]))(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in LABELS)
    + r")\s*(?::|\s[-–—]\s)\s*",
    re.M | re.I,
)


def labelled(text: str) -> list[tuple[str, str]]:
    """(field, value as printed) for every label in ``text``, in order."""
    found = [(m, next(k for k, v in m.groupdict().items() if v)) for m in LABEL.finditer(text)]
    out = []
    for i, (m, name) in enumerate(found):
        end = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        out.append((name, text[m.end() : end].strip(" \t\n;,")))
    return out


def before_labels(text: str) -> str:
    """The text before the first label (a service description, say)."""
    m = LABEL.search(text)
    return (text[: m.start()] if m else text).strip()


# --- providers ---------------------------------------------------------------------------

PROVIDED_BY = re.compile(r"^(?:currently\s+)?(?:provided|delivered|supplied)\s+by\s+", re.I)
# "Amey for Mid Kent", "New Schools Swanscombe Ltd (2 schools)"
# (The name is its first character, or ends on one that is no space: the shortest name ends
# before the spaces, which are read once, not from each of them, as a run of 10,000 took 0.4 s.)
_AREA_NAME = r"(?P<name>.(?:.*?(?<!\s))??)"
FOR_AREA = re.compile(rf"^{_AREA_NAME}\s++for\s+(?P<area>[A-Z].*)$")
PAREN_AREA = re.compile(rf"^{_AREA_NAME}\s*+\((?P<area>[^()]+)\)$")
# A provider's name is a few words; a longer cell is a sentence about the contract.
MAX_NAME_WORDS = 8
# A register's entry for work not let yet ("To be awarded (tender closes 6 March)", "Not yet
# appointed", "Awaiting tender outcome", "Under procurement"): no one holds the contract, so the
# entry is no contract, whatever its estimated value. So is a lot a tender failed to let ("Not
# awarded - no compliant tender", "No award", "No compliant bids received").
NOT_LET = re.compile(
    r"^\s*(?:(?:to\s+be|not\s+yet|yet\s+to\s+be)\s+(?:awarded|appointed|let|procured|tendered|"
    r"confirmed|selected)|awaiting\b|under\s+(?:procurement|tender|evaluation)\b|"
    r"not\s+(?:awarded|let|appointed)\b|no\s+(?:award\b|(?:compliant\s+|valid\s+)?"
    r"(?:tenders?|bids?|bidders?)\b)|"
    r"(?:procurement|tender)\s+(?:in\s+progress|under\s*way|open|live)\b)",
    re.I)
# A provider cell that says in brackets no one holds what the row lists (held-out round 35:
# "Access to the ESPO MSTAR framework (no provider appointed)", "Call-off (no supplier yet
# selected)"): the cell names a route or a framework, no party a contract is let to.
# So does one saying it after a dash, or as the whole cell ("ESPO framework - no supplier has been
# appointed", "No provider appointed", "(supplier to be appointed)", "(none appointed)").
_PARTY = r"(?:provider|supplier|contractor|operator|company|firm)s?"
_CHOSEN = r"(?:appointed|named|selected|chosen|awarded|engaged)"
NO_ONE_APPOINTED = re.compile(
    r"(?:^|\(|\s[-\u2013\u2014:]\s)\s*"
    rf"(?:(?:no\s+{_PARTY}|none)\s+(?:(?:has|have)\s+)?(?:yet\s+)?(?:been\s+)?{_CHOSEN}"
    rf"|{_PARTY}\s+(?:(?:is\s+|are\s+)?(?:to\s+be|not\s+yet|yet\s+to\s+be)\s+){_CHOSEN})"
    r"(?:\s+(?:yet|to\s+date|so\s+far))?\s*(?:\)|$)", re.I)
NOT_A_NAME = re.compile(r"^(?:n/?a|none|tbc|tbd|tba|various|in[- ]house|kcc|the council|vacant)$",
                        re.I)
# A schedule's provider cell that names no one but counts the holders (held-out round 32, a
# schedule of contracts to novate: "Various (14 operators)", "Various - see Appendix C",
# "Multiple providers"): a group of contracts, each with its own holder, none named; the
# row's sum is the group's, no one contract's value. "Various", "Multiple" or "Several"
# opening the cell, at most HOLDERS_NOUN_WORDS words in small letters ("local firms"), then at
# most an aside in brackets or after a dash that names no one: a pointer ("see Appendix C") or
# words in small letters and figures ("14 operators"). An aside with a capital names holders
# ("Various - Bevan Brittan LLP, Sharpe Pritchard LLP"): a row of named firms, kept.
HOLDERS_NOUN_WORDS = 3
_UNNAMED_ASIDE = r"(?:(?i:see)\s[^|()]*|[^A-Z|()]*)"
HOLDERS_UNNAMED = re.compile(
    rf"^\s*(?i:various|multiple|several)\b(?:\s+[a-z][\w-]*){{0,{HOLDERS_NOUN_WORDS}}}\s*"
    rf"(?:\({_UNNAMED_ASIDE}\)|[-–:]\s*{_UNNAMED_ASIDE})?\s*$")


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    area: str | None = None


def _first_sentence(text: str) -> str:
    # "Ltd." and initials do not end a sentence; ". " before a capital word does.
    m = re.search(r"(?<!\bLtd)(?<!\bCo)(?<!\b[A-Z])\.\s+(?=[A-Z])", text)
    return text[: m.start()] if m else text.rstrip(".")


def _items(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r",\s*", text) if p.strip()]
    if len(parts) > 1:
        last = re.split(r"^and\s+|\s+and\s+(?=[A-Z])", parts[-1])
        parts = parts[:-1] + [p.strip() for p in last if p and p.strip()]
    return parts


def parties(text: str) -> list[Party]:
    """The providers a "Provider:" value names, each with its area or lot where printed.

    Only names are kept: an item that starts in lower case ("framework of service desk
    contractors") is a description, not a provider.
    """
    text = PROVIDED_BY.sub("", _first_sentence(text.strip()))
    out = []
    for item in _items(text):
        item = re.sub(r"^and\s+", "", item).strip(" .;")
        area = None
        for pattern in (FOR_AREA, PAREN_AREA):
            m = pattern.match(item)
            if m:
                item, area = m.group("name").strip(), m.group("area").strip()
                break
        if not item or (not item[0].isupper() and not item[0].isdigit()):
            continue
        if NOT_A_NAME.match(item) or NOT_LET.match(item) or len(item.split()) > MAX_NAME_WORDS:
            continue
        out.append(Party(item, area))
    return out


GENERIC = re.compile(
    r"^(?:commissioned|external(?:ly)?|outsourced|contracted|provided|delivered|private|"
    r"third|other|various|provider|service)\b",
    re.I,
)
PARTLY = re.compile(r"\bpartly\s+(?!in[- ]?house)(?P<name>[A-Z][\w&.'/-]*(?:\s+[A-Z][\w&.'/-]*)*)")


def partly_provider(text: str) -> str | None:
    """ "Partly In-house, partly O2." names O2 as a provider."""
    m = PARTLY.search(text)
    if not m or GENERIC.match(m.group("name")):
        return None  # "partly Commissioned Service" says how, not who
    return m.group("name").rstrip(".")


# --- terms and extensions ------------------------------------------------------------------

# A number opens at the first of its figures: from a later one the number would have been read
# whole from the first, so a long run of figures is read once, not from each figure.
_N = r"((?<!\d)\d+(?:\.\d+)?|" + WORDS_RE.pattern + r")"
TERM = re.compile(_N + r"[\s-]*(years?|yrs?|months?)\b", re.I)
PLUS_TERM = re.compile(r"\b(\d+)\s*\+\s*\d+\s*(years?|months?)\b", re.I)
# A key's words run to the separator, so a key opening at a capital after another capital of
# the same run of words would have been read from that one: the key opens at none that follows a
# capital with up to KEY_LOOKBACK letters of its word (and a space) between, and a long run of
# capitalised words with no term after it is read once, not from each word.
KEY_LOOKBACK = 12
_KEY_OPENS = r"(?<![A-Z])" + "".join(rf"(?<![A-Z][\w&/]{{{k}}}[\s\w&/])"
                                     for k in range(KEY_LOOKBACK + 1))
KEYED_TERM = re.compile(_KEY_OPENS + r"(?P<key>[A-Z][\w&/]*(?:\s+[A-Z][\w&/]*)*)\s*[-–:]\s*"
                        + TERM.pattern)
EXTENSION = re.compile(
    r"(?:an?\s+)?(?:option|options|provision)\s+to\s+extend\b[^.;]*?"
    + TERM.pattern
    + r"|\+\s*"
    + TERM.pattern
    + r"|(?:further\s+)?extension\s+of\s+(?:up\s+to\s+)?(?:a\s+further\s+)?"
    + TERM.pattern,
    re.I,
)


def _number(word: str) -> float:
    value = words_to_number(word)
    return float(value if value is not None else word)


def years(number: str, unit: str) -> float:
    n = _number(number)
    return round(n / 12, 4) if unit.lower().startswith("month") else n


def term_years(text: str | None) -> float | None:
    """The first term printed: "5 years" 5.0, "12 months" 1.0, "two-year" 2.0."""
    if not text:
        return None
    plus = PLUS_TERM.search(text)
    if plus:  # "3 + 2 years": three years, then an option of two
        return years(plus.group(1), plus.group(2))
    m = TERM.search(text)
    return years(m.group(1), m.group(2)) if m else None


def keyed_terms(text: str) -> list[tuple[str, float]]:
    """ "Swanscombe - 25 years, KEP - 28 years" -> [("Swanscombe", 25.0), ("KEP", 28.0)]."""
    return [(m.group("key"), years(m.group(2), m.group(3))) for m in KEYED_TERM.finditer(text)]


def matches_key(name: str, key: str) -> bool:
    """Whether a short key names a provider: one of its words, or its initials ("KEP")."""
    words = re.findall(r"[\w&]+", name)
    if key.lower() in (w.lower() for w in words):
        return True
    initials = "".join(w[0] for w in words if w[0].isupper())
    return len(key) > 1 and key.isupper() and key == initials


def extension(text: str | None) -> str | None:
    """The extension option as printed: "an option to extend for 2 years"."""
    if not text:
        return None
    m = EXTENSION.search(text)
    return m.group(0).strip() if m else None


def one_line(text: str) -> str:
    """A cell's text on one line: a PDF cell wraps its text over lines."""
    return re.sub(r"\s+", " ", text).strip()
