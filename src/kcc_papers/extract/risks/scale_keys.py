"""The factors' scales registers print: the "Likelihood & Impact Scales" ("Possible (3)"), a
risk card's likelihood or impact ("Possible (3)", "4 Major"), a key shared by both axes ("Key: H =
3, M = 2, L = 1") and the usual scales of a register that prints none.

Everything here is a pure function of the printed text; what cannot be read is None."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kcc_papers.extract.risks.products import FACTOR, MAX_FACTOR

# SCALE_ENTRY, SCALE_EQUALS and CARD_VALUE read a name of letters and spaces up to the number
# after it: whether one follows depends only on where the name's run of letters and spaces ends,
# so a name opening at a letter after another of its run would have been read from that one. A
# name opens after no letter, nor a letter and up to NAME_LOOKBACK spaces: a long run with no
# number after it is read once, not from each of its letters.
NAME_LOOKBACK = 4
_NAME_OPENS = r"(?<![A-Za-z])" + "".join(rf"(?<![A-Za-z] {{{k}}})"
                                         for k in range(1, NAME_LOOKBACK + 1))
SCALE_ENTRY = re.compile(_NAME_OPENS + r"([A-Za-z][A-Za-z ]*?)\s*\((\d)\)")
# A key printed "Rare = 1, Unlikely = 2" or "1 = Rare; 2 = Unlikely": the name and its number.
SCALE_EQUALS = re.compile(_NAME_OPENS + r"([A-Za-z][A-Za-z ]*?)\s*[=:]\s*(\d)\b")
SCALE_NUMBER_FIRST = re.compile(r"\b(\d)\s*[=:]\s*([A-Za-z][A-Za-z ]*[A-Za-z])")


@dataclass
class Scales:
    """The paper's 'Likelihood & Impact Scales': name -> number for each axis, and a key that
    names no axis ("Key: H = 3, M = 2, L = 1"), for both."""

    likelihood: dict[str, int] = field(default_factory=dict)
    impact: dict[str, int] = field(default_factory=dict)
    both: dict[str, int] = field(default_factory=dict)

    def names(self, axis: str) -> dict[int, str]:
        return {v: k for k, v in getattr(self, axis).items()}


def parse_scale_row(text: str) -> dict[str, int]:
    """'Very Unlikely (1) Unlikely (2) ...' -> {'Very Unlikely': 1, ...}. Text layers may glue
    the entries together ("LikelihoodVery Unlikely (1)Unlikely (2)"); the row label is dropped."""
    text = re.sub(r"^\s*(Likelihood|Impact)(?=[A-Z\s])", "", text.strip())
    out: dict[str, int] = {}
    pairs = [(m.group(1), m.group(2)) for m in SCALE_ENTRY.finditer(text)]
    if not pairs:
        pairs = [(m.group(1), m.group(2)) for m in SCALE_EQUALS.finditer(text)]
    if not pairs:
        pairs = [(m.group(2), m.group(1)) for m in SCALE_NUMBER_FIRST.finditer(text)]
    for raw, number in pairs:
        name = " ".join(raw.split())
        name = re.sub(r"^(Likelihood|Impact)\s*", "", name)
        if name and 1 <= int(number) <= MAX_FACTOR:
            out[name] = int(number)
    return out


@dataclass(frozen=True)
class Score:
    """One likelihood or impact value as printed on a risk card."""

    number: int | None
    name: str | None


CARD_VALUE = re.compile(_NAME_OPENS + r"([A-Za-z][A-Za-z ]*?)\s*\(\s*(\d)?")


# A factor's number and its step's name after a space ("4 Major", "3 Possible", "5 Almost
# certain"): a name of a word or two, capitalised, as a scale names its steps.
STEP_CELL = re.compile(rf"^\s*({FACTOR})\s+((?-i:[A-Z])[a-z]+(?: [a-z]+)?)\s*$")


def parse_score(text: str, scale: dict[str, int]) -> Score | None:
    """'Possible (3)' -> Score(3, 'Possible'), the name spelt as in the paper's scale. The
    number may be lost in the text layer ('Significant (') and is then read from the scale."""
    text = " ".join(text.split())
    canonical = {k.lower(): k for k in scale}
    best: Score | None = None
    for m in CARD_VALUE.finditer(text):
        words = m.group(1).split()
        # The name is the longest tail of the words that the scale knows ("Very Unlikely").
        name = None
        for start in range(len(words)):
            candidate = " ".join(words[start:]).lower()
            if candidate in canonical:
                name = canonical[candidate]
                break
        number = int(m.group(2)) if m.group(2) else None
        if name is None and number is None:
            continue
        if number is None and name is not None:
            number = scale[name]
        best = Score(number, name)
        break
    if best is None and text.lower() in canonical:
        # the scale's name alone ("Likely"), its number in the paper's key
        name = canonical[text.lower()]
        best = Score(scale[name], name)
    if best is None:
        # A register table cell: "3", "3 - Possible", "3 (Possible)", and the number with its
        # step's name after a space as AS/NZS ISO 31000 registers print it ("4 Major").
        cell = re.match(rf"^\s*({FACTOR})\s*(?:[-–:]\s*(.*)|\(\s*([^()]*?)\s*\))?$", text) \
            or STEP_CELL.match(text)
        if cell:
            number = int(cell.group(1))
            word = (cell.group(2) or (cell.group(3) if cell.re is not STEP_CELL else "")
                    or "").strip()
            name = (canonical.get(word.lower()) or word
                    or {v: k for k, v in scale.items()}.get(number))
            best = Score(number, name)
    return best


# (3)"; a band's range ("Low = 1-6", "High 16 to 25") is a rating legend, not a factor's key.
# The name may carry its letter in brackets: "High (H) = 3".
KEY_ENTRY = re.compile(r"\b([A-Za-z][A-Za-z ]{0,14}?)\s*(?:\(([A-Za-z]{1,2})\)\s*)?"
                       r"(?:[=:]\s*|\(\s*)" + f"({FACTOR})"
                       + r"\b(?!\s*(?:[-–]|to\b))\s*\)?")
# The number first: "3 = High, 2 = Medium, 1 = Low".
KEY_ENTRY_NUMBER_FIRST = re.compile(rf"(?<![\d\-–])\b({FACTOR})\s*=\s*([A-Za-z][A-Za-z]*"
                                    r"(?: [a-z]+)?)\b")
# Words that introduce a key rather than name a value.
KEY_WORDS = re.compile(r"^(?:(?:rating|scoring|risk)\s+)?(?:key|scales?|scoring|scores?)\s*",
                       re.I)
# What every entry of either key pattern prints between its name and its number.
KEY_MARKS = ("=", ":", "(")
# A key scores at least three values (the shortest scale is High / Medium / Low).
MIN_KEY_ENTRIES = 3


def parse_shared_key(text: str) -> dict[str, int]:
    """'Key: H = 3, M = 2, L = 1' -> {'H': 3, 'M': 2, 'L': 1}; {} unless the text scores at
    least three names, each with its own number."""
    if not any(mark in text for mark in KEY_MARKS):  # most texts asked: no key to read
        return {}
    out: dict[str, int] = {}
    pairs = [(name, m.group(3)) for m in KEY_ENTRY.finditer(text)
             for name in (m.group(1), m.group(2)) if name]
    if len(pairs) < MIN_KEY_ENTRIES:
        pairs = [(m.group(2), m.group(1)) for m in KEY_ENTRY_NUMBER_FIRST.finditer(text)]
    for raw, number in pairs:
        # the name is its capitalised words, not the prose before them ("rated High (3)")
        name = re.sub(r"^(?:[a-z]\S*\s+)+(?=[A-Z])", "", KEY_WORDS.sub("", " ".join(raw.split())))
        if name and name not in out:
            out[name] = int(number)
    # each number named once (a letter in brackets names it again: "High (H) = 3")
    if len(set(out.values())) < MIN_KEY_ENTRIES or any(
            list(out.values()).count(n) > 2 for n in out.values()):
        return {}
    return out


# The usual scales of a register that prints its factors as words or letters and no key: the
# level ladder, four steps from Low or five from Very low (its letters too), and the
# likelihood words of the common 5 x 5 matrix.
LADDER = (("very low", "vl"), ("low", "l"), ("medium", "m"), ("high", "h"), ("very high", "vh"))
LIKELIHOOD_WORDS = {"rare": 1, "unlikely": 2, "possible": 3, "likely": 4, "almost certain": 5}


def usual_scale(printed: set[str]) -> dict[str, int]:
    """The number of each of a register's printed factor words on the usual scale, keyed by
    the words as printed; a word no usual scale knows is left out."""
    words = {" ".join(p.lower().split()): p for p in printed}
    five_steps = bool({"very low", "vl"} & set(words))
    ladder = {name: rank + (1 if five_steps else 0)
              for rank, names in enumerate(LADDER) for name in names}
    known = {**{k: v for k, v in ladder.items() if v >= 1}, "med": ladder["medium"],
             **LIKELIHOOD_WORDS}
    return {p: known[w] for w, p in words.items() if w in known}
