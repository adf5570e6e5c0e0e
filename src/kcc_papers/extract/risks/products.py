"""A risk's score printed with its factors: "4x5=20", "L3 x I4 = 12", "20 (L4 x I5)", "Impact 5 x
Likelihood 4", read as likelihood, impact and the score.

Everything here is a pure function of the printed text; what cannot be read is None."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.ratings import GRADE, Rating, risk_level

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
