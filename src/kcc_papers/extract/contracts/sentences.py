"""Contract rows from sentences. A sentence is a row only when it names a provider ("the Mid
Kent Contract with Amey", "Bytes Software, who hold the current Enterprise Agreement contract",
"to award the contract for grounds maintenance to Green Ltd") or ties a value to a contract
("commits the Council to spend approximately £1million per year for 3 years", "a contract
value of £2.4m"). Terms, extension options and dates in the same sentence go to that row when
the sentence is about one contract.

This module splits running text into sentences (``sentences``) and reads a counted list of
providers (``_listed_drafts``). The rest of the reading has modules of its own: the cue of a
sentence worth reading (``contract_cue``), the names of parties (``names``), the patterns naming
a provider and the rows they give (``provider_patterns``, ``provider_drafts``), values
(``value_drafts``), terms and dates (``sentence_facts``); ``paragraphs`` reads each sentence
with them."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.names import _NAME, _service, organisation
from kcc_papers.normalise.numbers import words_to_number

# "KCC commissions two providers to deliver Family Hub services: Millmead Family Hub in Thanet
# and Seashells Family Hub on the Isle of Sheppey": a counted list of providers.
LISTED = re.compile(
    r"\b(?i:commissions?|commissioned|has\s+contracts\s+with|contracts\s+with)\s+"
    r"(?P<count>\d|(?i:two|three|four|five|six))\s+(?i:external\s+|commissioned\s+)?"
    r"(?i:providers?|contractors?|suppliers?)\b"
    r"(?:\s+to\s+(?i:deliver|provide|run)\s+(?P<service>[^:.;]{3,80}?))?\s*:\s*(?P<list>.+)$"
)


# (Never opening inside a run of spaces or tabs, as NAME_SPLIT.)
_LINE_BREAK = re.compile(r"(?:(?<![ \t])|(?![ \t]))[ \t]*\n[ \t]*")
# A part of an award named by its number: "Lot 2", "Part A", "Package 3", what it covers
# bracketed after it ("Lot 1 (inner harbour)").
PART_MARK = r"(?:Lot|Part|Package|Section)\s+[A-Z0-9]{1,3}\b"
PART = rf"{PART_MARK}(?:\s*\([^()]{{3,80}}\))?"
# A sentence's end: a stop and the spaces after it, before a capital, a figure or a bullet.
# "cremator no. 2": a number's abbreviation before its figure ends no sentence (nor a price's
# "(excl. VAT)"), and a semicolon
# before the next part of an award, let to its firm ("Lot 1 to Acme Ltd (£120,000); Lot 2 to
# Beta plc ...") ends none: the parts are one award's list, read together by
# ``award_parts._award_parts``. A report's own parts ("; Part 2 of the report sets out the
# tenders") are not an award's: there a semicolon still ends the sentence. (Written from its
# first space, the stop looked back for after it, so that the engine skips to the spaces.)
# ("Brightside Cleaning Co. Ltd": a company's abbreviation before its legal form ends none.)
_SENTENCE_BREAK = re.compile(rf"\s(?:(?<=[.!?]\s)|(?<=;\s)(?!\s*{PART}\s+to\b))"
                             r"(?<!\b[Nn]o\.\s)(?<!\b[Ee]xcl\.\s)(?<!\b[Ii]ncl\.\s)"
                             r"(?!(?<=\bCo\.\s)\s*(?:Ltd|Limited|LLP|plc)\b)"
                             r"\s*(?=[A-Z(\d•-])")
# Nor does a founder's initial opening a firm's name: "awarded to R. Tollemache & Sons Ltd",
# the initial after a word in small letters (what names the party: "to", "from", "appointed")
# and the name closed by its legal form within INITIALLED_NAME_WORDS words. After a word in
# capitals the letter is a label's ("Option B.", "Appendix A.", "Zone C."), and a sentence
# may start after it with a firm ("Option B. Harlow Ltd submitted ..."); a letter opening a
# sentence is a list's mark ("B. Harlow Ltd be placed on the reserve list").
INITIALLED_NAME_WORDS = 4
INITIAL_AT_END = re.compile(r"(?:^|\s)[a-z][\w'’-]*\s+[A-Z]\.$")
# (or by a family firm's "& Son(s)": "the tender of J. Pargeter & Son", held-out round 28)
FIRM_OPENING = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:&|and|[A-Z][\w'’-]*))"
                          rf"{{0,{INITIALLED_NAME_WORDS}}}?"
                          r"(?:\s+(?:Ltd|Limited|LLP|plc)|\s+(?:&|and)\s+Sons?)\b")
# How far back from a piece's end its initial and the word before it are looked for.
INITIAL_TAIL_CHARS = 40


def _ends_on_initial(piece: str) -> bool:
    """Whether a piece split off ends on a person's initial after a word in small letters
    (INITIAL_AT_END; looked for only in its last INITIAL_TAIL_CHARS characters)."""
    return (len(piece) > 2 and piece[-2].isupper() and piece.endswith(".")
            and INITIAL_AT_END.search(piece, max(0, len(piece) - INITIAL_TAIL_CHARS)) is not None)


# A founder's second initial split off alone ("maintained since 2020 by R. J. Moss & Sons",
# held-out round 36): joined on when the piece after it opens a firm's name as above (or
# after a third initial, as alone: "by A. R. J. Moss & Sons Ltd"; at most LONE_INITIALS).
LONE_INITIAL = re.compile(r"[A-Z]\.")
LONE_INITIALS = 3


def _firm_after_initials(pieces: list[str], at: int) -> bool:
    """Whether a firm's name opens the piece at ``at``, or after the lone initials from it."""
    for piece in pieces[at : at + LONE_INITIALS]:
        if not LONE_INITIAL.fullmatch(piece):
            return FIRM_OPENING.match(piece) is not None
    return False


def _rejoined_initials(pieces: list[str]) -> list[str]:
    """The pieces, each ending on an initial joined to the firm's name the next opens with
    (through the lone initials between)."""
    out: list[list[str]] = []  # each sentence's pieces (joined once: no quadratic copying)
    initialled = False  # whether the last piece joined on was a lone initial
    for at, piece in enumerate(pieces):
        after_initial = bool(out) and (initialled or _ends_on_initial(out[-1][-1]))
        initialled = (after_initial and LONE_INITIAL.fullmatch(piece) is not None
                      and _firm_after_initials(pieces, at + 1))
        if after_initial and (initialled or FIRM_OPENING.match(piece)):
            out[-1].append(piece)
        else:
            out.append([piece])
    return [" ".join(sentence) for sentence in out]


def sentences(text: str) -> list[str]:
    """Sentences of running text; line breaks inside a paragraph are spaces."""
    flat = _LINE_BREAK.sub(" ", text) if "\n" in text else text
    return _rejoined_initials([s.strip() for s in _SENTENCE_BREAK.split(flat) if s.strip()])


def _listed_drafts(sentence: str, page: int | None) -> list[Draft]:
    """Rows for a counted list of providers, when the list names as many organisations as the
    sentence counts (each item's leading capitalised words; "in Thanet" is not the name)."""
    m = LISTED.search(sentence)
    if not m:
        return []
    items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if i]
    names = [n.group(0).strip() for i in items if (n := re.match(_NAME, i.strip()))]
    count = m.group("count")
    wanted = int(count) if count.isdigit() else words_to_number(count.lower())
    if len(names) != len(items) or len(names) != wanted or not all(map(organisation, names)):
        return []
    service = _service(m.group("service"))
    return [Draft(page=page, provider=n, service=service, text=sentence) for n in names]
