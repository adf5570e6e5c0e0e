"""Values printed in risk registers: risk ids ("CRR 10(a)"), ratings ("12 (Medium)"), the
rating legend ("Low = 1-6 Medium = 8-15 High = 16-25"), the "Likelihood & Impact Scales"
("Possible (3)"), the change column (arrows, "New risk") and £m exposures.

Everything here is a pure function of the printed text; what cannot be read is None."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_papers.models import RiskLevel

# "CRR 1", "CRR10(a)", "STCS 03", "CRR 10 (b)", "CRR0065": letters, a number, an optional part.
RISK_ID = re.compile(r"\b([A-Z]{2,6})\s?(\d{1,4})(?!\d)\s?(?:\(([a-z])\)|([a-z])\b)?")
RISK_ID_CELL = re.compile(r"^\s*([A-Z]{2,6})\s?(\d{1,4})\s?(?:\(([a-z])\))?\s*$")

LEVELS: tuple[RiskLevel, ...] = ("low", "medium", "high")
# "Low = 1-6 Medium = 8-15 High = 16-25" (hyphen or dash, "=" optional)
LEGEND_PART = re.compile(r"\b(Low|Medium|High)\s*=?\s*(\d{1,2})\s*[-–]\s*(\d{1,2})", re.I)
# The grade a paper prints beside a score: "Low", "Medium", "High", and the words other
# sectors grade with ("Moderate", "Extreme", "Very High", "Significant"); only the three
# levels the model knows are kept, the score is read whatever the word.
GRADE = r"[A-Za-z]+(?:\s[A-Za-z]+)?"
RATING = re.compile(rf"^\s*(\d{{1,2}})\s*(?:[-–:(]?\s*({GRADE})\s*\)?)?\s*$", re.I)
# "High (16)", "Medium - 9": the level first
RATING_LEVEL_FIRST = re.compile(rf"^\s*({GRADE})\s*[-–:(]?\s*(\d{{1,2}})\s*\)?\s*$", re.I)
RATING_COLOUR = re.compile(
    r"^\s*(?:(?:Red|Amber|Green)\s*[-–:(]?\s*(?P<a>\d{1,2})\s*\)?"
    r"|(?P<b>\d{1,2})\s*[-–:(]?\s*(?:Red|Amber|Green)\s*\)?)\s*$", re.I)
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

# The change column is printed with arrow glyphs. Text layers render them as Unicode arrows,
# LaTeX names or Symbol-font code points (0xDB "Û" is arrowdblboth, 0xDD up, 0xDF down).
UNCHANGED = ("⇔", "↔", "⇒", "→", "⇨", "➔", "\\leftrightarrow", "\\rightarrow", "Û", "Þ")
INCREASED = ("⇑", "↑", "⇧", "\\uparrow", "Ý")
DECREASED = ("⇓", "↓", "⇩", "\\downarrow", "ß")


def risk_level(word: str) -> RiskLevel | None:
    """'Medium' -> 'medium'; a word that is not a level -> None."""
    return next((level for level in LEVELS if level == word.lower()), None)


def risk_key(risk_id: str) -> str:
    """Normalised id: 'CRR 10(a)' -> 'CRR10A', 'STCS 03' -> 'STCS03'."""
    m = RISK_ID.search(risk_id.strip())
    if not m:
        return re.sub(r"[^A-Z0-9]", "", risk_id.upper())
    part = m.group(3) or m.group(4) or ""
    return f"{m.group(1)}{m.group(2)}{part.upper()}"


# A status printed after the id in brackets: "AH-SR7 (new)", "CR 4 (Revised)", "SR/02 (closed)".
# Or after a spaced dash, or in capitals: "SR7 - New", "CR 4 NEW".
ID_STATUS = re.compile(r"^(?P<id>\S.*?)(?:\s*\((?P<status>[A-Za-z][A-Za-z ]{2,20})\)"
                       r"|\s+[-–]\s+(?P<dashed>[A-Za-z][A-Za-z ]{2,20})"
                       r"|\s+(?P<capitals>(?-i:NEW|CLOSED|REVISED)))\s*$")


STATUS = re.compile(r"(?:new|closed|revised)(?:\s+risk)?", re.I)


def split_status(printed: str) -> tuple[str, str | None]:
    """'AH-SR7 (new)' -> ('AH-SR7', 'new'): the id without the status a register prints after
    it, and that status as a change word; an id with no such status is returned as printed."""
    m = ID_STATUS.match(printed)
    status = m and (m.group("status") or m.group("dashed") or m.group("capitals"))
    # only a status word ("New risk"), never a title after a dash ("CR 2 - New homes")
    change = parse_change(status) if status and STATUS.fullmatch(status.strip()) else None
    if m is None or change is None:
        return printed, None
    return m.group("id"), change


def parse_risk_id(cell: str) -> str | None:
    """A cell that is exactly a risk id, as printed (whitespace normalised)."""
    text = " ".join(cell.split())
    return text if RISK_ID_CELL.match(text) else None


@dataclass(frozen=True)
class Legend:
    """Rating bands of a paper: level -> (low, high) inclusive."""

    bands: dict[RiskLevel, tuple[int, int]]

    def level(self, rating: int | None) -> RiskLevel | None:
        if rating is None:
            return None
        for name, (lo, hi) in self.bands.items():
            if lo <= rating <= hi:
                return name
        return None


def parse_legend(text: str) -> Legend | None:
    """The legend if the text prints all three bands, else None."""
    bands = {level: (int(m.group(2)), int(m.group(3))) for m in LEGEND_PART.finditer(text)
             if (level := risk_level(m.group(1)))}
    return Legend(bands) if set(bands) == set(LEVELS) else None


@dataclass(frozen=True)
class Rating:
    value: int | None
    level: RiskLevel | None
    closed: bool = False
    # no score printed: the value is the product of the factors printed ("L4 / I5", "4 x 5"),
    # as the paper's key defines the score (said in a finding, never passed off as printed)
    derived: bool = False


def parse_rating(cell: str) -> Rating | None:
    """'12 (Medium)' -> Rating(12, 'medium'); '9' -> Rating(9, None); 'Risk closed'."""
    text = " ".join(cell.split())
    if not text:
        return None
    if re.search(r"\bclosed\b", text, re.I):
        return Rating(None, None, closed=True)
    m = RATING.match(text)
    colour = RATING_COLOUR.match(text)
    if m:
        value, level = int(m.group(1)), m.group(2)
    elif colour:
        # "Red (16)", "16 - Amber": the colour is the paper's own band, not a level
        value, level = int(colour.group("a") or colour.group("b")), None
    else:
        m = RATING_LEVEL_FIRST.match(text)
        if not m:
            return None
        value, level = int(m.group(2)), m.group(1)
    if not 1 <= value <= 25:
        return None
    return Rating(value, risk_level(level) if level else None)


# A likelihood or impact factor: 1-5 on the common 5 x 5 matrix, up to 6 on the 6 x 4 one
# police forces and national risk assessments use.
MAX_FACTOR = 6
FACTOR = f"[1-{MAX_FACTOR}]"
# Between two factors: "x", "×", "*", "/", a comma, or a space before the next factor's name
# ("I4 L3", "L4 I3").
FACTOR_SEP = r"(?:\s*[x×*/,]\s*|(?<=\d)\s+(?=[A-Za-z]))"
# A score printed with its factors: "4x5=20", "4 x 5 = 20", "L3 x I4 = 12", "L4 I3 (12)",
# "Likelihood 3 / Impact 4" (likelihood first, as the registers print it).
# A band or colour after the score: "(High)", "Very high", "- Red"; a key of four colours
# puts yellow between amber and green ("4-6 Yellow": "2 x 3 = 6 (Yellow)").
BAND_WORDS = (r"(?:very\s+)?(?:low|high)|medium|moderate|significant|extreme|critical|severe"
              r"|red|amber|yellow|green")
BAND_AFTER = rf"(?:[-–:]?\s*\(?\s*({BAND_WORDS})\s*\)?)?"
# The impact's names: health bodies call it the consequence ("C x L", "Consequence 5").
IMPACT_NAME = r"(?:I(?:mpact)?|C(?:onsequence)?|Severity)"
PRODUCT = re.compile(
    rf"^\s*(?:L(?:ikelihood)?\s*[:=]?\s*)?({FACTOR}){FACTOR_SEP}"
    # the score after "=", or in brackets after the named factors: "L4 I3 (12)"
    rf"(?:{IMPACT_NAME}\s*[:=]?\s*)?({FACTOR})\s*"
    rf"(?:(?:=\s*|\(\s*)(\d{{1,2}})\s*\)?)?\s*"
    rf"{BAND_AFTER}\s*$",
    re.I,
)


# The same with the impact first, named: "Impact 5 x Likelihood 4 = 20", "I5 x L4", "I4 L3",
# "C5 x L4".
PRODUCT_IMPACT_FIRST = re.compile(
    rf"^\s*{IMPACT_NAME}\s*[:=]?\s*({FACTOR}){FACTOR_SEP}L(?:ikelihood)?\s*[:=]?\s*({FACTOR})\s*"
    rf"(?:=\s*(\d{{1,2}}))?\s*{BAND_AFTER}\s*$",
    re.I,
)


# The score first, its factors in brackets after it: "12 (3x4)", "20 (L4 x I5)", and a band
# or colour after those ("20 (4x5) - Red", "20 (4 x 5) High").
SCORE_FIRST = re.compile(rf"^\s*(\d{{1,2}})\s*[(\[]\s*([^()\[\]]+?)\s*[)\]]\s*"
                         rf"(?:[-–:]?\s*({GRADE}))?\s*$")


# NAMED_FACTORS never opens inside a run of spaces: a match from there would have started at the
# run's first space, so none is lost, and a long run with nothing wanted after it is read once,
# not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# The factors named in brackets after a product: "5 x 4 = 20 (consequence 5, likelihood 4)".
# The names say which factor is which, whatever order the product printed them in.
FACTOR_WORD = r"likelihood|probability|impact|consequence|severity"
NAMED_FACTORS = re.compile(_OUTSIDE_SPACES
                           + rf"\s*[(\[]\s*({FACTOR_WORD})\s*[:=]?\s*({FACTOR})\s*[,;]\s*"
                           rf"({FACTOR_WORD})\s*[:=]?\s*({FACTOR})\s*[)\]]\s*$", re.I)
LIKELIHOOD_WORD = re.compile(r"likelihood|probability", re.I)


def _named_factors(text: str, impact_first: bool) -> tuple[str, str, Rating] | None:
    """A product followed by its factors' names in brackets: read by the names."""
    m = NAMED_FACTORS.search(text)
    if m is None or m.start() == 0:
        return None
    inner = parse_product(text[: m.start()], impact_first)
    if inner is None:
        return None
    axes = {LIKELIHOOD_WORD.fullmatch(m.group(1)) is not None: m.group(2),
            LIKELIHOOD_WORD.fullmatch(m.group(3)) is not None: m.group(4)}
    if len(axes) != 2:
        return inner  # both names of one axis: the bracket says nothing about the order
    return axes[True], axes[False], inner[2]


def parse_product(cell: str, impact_first: bool = False) -> tuple[str, str, Rating] | None:
    """ "4x5=20" -> ("4", "5", Rating(20, None)): likelihood, impact and the score (their
    product where the score is not printed). Every form a register prints a score with its
    factors in is read here: "4x5=20", "4 x 5", "L4 x I5", "20 (4x5)", "20 (L4 x I5)".
    ``impact_first``: the column's heading prints the impact first ("I x L"); a cell naming
    its factors says so itself."""
    text = " ".join(cell.split())
    named_factors = _named_factors(text, impact_first)
    if named_factors is not None:
        return named_factors
    first = SCORE_FIRST.match(text)
    if first:
        inner = parse_product(first.group(2), impact_first)
        if inner is None:
            return None
        level = risk_level(first.group(3)) if first.group(3) else inner[2].level
        return inner[0], inner[1], Rating(int(first.group(1)), level)
    named = PRODUCT_IMPACT_FIRST.match(text)
    m = named or PRODUCT.match(text)
    if not m:
        return None
    likelihood, impact = int(m.group(1)), int(m.group(2))
    if named or (impact_first and not re.match(r"L", text, re.I)):
        likelihood, impact = impact, likelihood
    value = int(m.group(3)) if m.group(3) else likelihood * impact
    level = risk_level(m.group(4)) if m.group(4) else None
    return str(likelihood), str(impact), Rating(value, level, derived=not m.group(3))


def parse_change(cell: str) -> str | None:
    """The change-since-last-report column as one of new, revised, closed, unchanged,
    increased, decreased; None when it says nothing recognisable."""
    text = " ".join(cell.split())
    low = text.lower()
    if not text:
        return None
    for word, value in (("new", "new"), ("revised", "revised"), ("closed", "closed"),
                        ("increas", "increased"), ("decreas", "decreased"),
                        ("no change", "unchanged"), ("unchanged", "unchanged"),
                        ("same", "unchanged")):
        if word in low:
            return value
    trend = TREND_WORD.search(text)
    if trend:
        return TREND_WORDS[trend.group().lower()]
    for glyphs, value in ((UNCHANGED, "unchanged"), (INCREASED, "increased"),
                          (DECREASED, "decreased")):
        if any(g.lower() in low for g in glyphs):
            return value
    return None


# A "Trend" column's words, as Scottish registers print the direction ("Static", "Rising",
# "Falling"): whole words, so a "risk arising from ..." says nothing.
TREND_WORDS = {"static": "unchanged", "stable": "unchanged", "rising": "increased",
               "falling": "decreased"}
# (the pattern from the table's words: one list of them to keep)
TREND_WORD = re.compile(r"\b(?:" + "|".join(TREND_WORDS) + r")\b", re.I)


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


def parse_millions(text: str) -> float | None:
    """'165.0' or '£12.5m' (a £m column) -> pounds; None when the cell is not one number."""
    m = re.fullmatch(r"\s*£?\s*(-?\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*m?\s*", text or "")
    if not m:
        return None
    return round(float(m.group(1).replace(",", "")) * 1_000_000, 2)


# One entry of a key that scores words or letters for both axes: "H = 3", "Very high = 4", "High
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
