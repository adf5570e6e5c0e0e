"""Values printed in risk registers: risk ids ("CRR 10(a)") and the status printed after them,
the change column (arrows, "New risk") and £m exposures. Ratings and their legend are read in
``ratings``, scores printed with their factors in ``products``, the factors' scales and keys in
``scale_keys``; the names other modules import from here are re-exported.

Everything here is a pure function of the printed text; what cannot be read is None."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.products import MAX_FACTOR, parse_product
from kcc_papers.extract.risks.ratings import Legend, Rating, parse_legend, parse_rating
from kcc_papers.extract.risks.scale_keys import (
    KEY_ENTRY,
    KEY_ENTRY_NUMBER_FIRST,
    KEY_MARKS,
    LIKELIHOOD_WORDS,
    Scales,
    Score,
    parse_scale_row,
    parse_score,
    parse_shared_key,
    usual_scale,
)

__all__ = ["KEY_ENTRY", "KEY_ENTRY_NUMBER_FIRST", "KEY_MARKS", "LIKELIHOOD_WORDS", "MAX_FACTOR",
           "Legend", "Rating", "Scales", "Score", "parse_change", "parse_legend", "parse_millions",
           "parse_product", "parse_rating", "parse_risk_id", "parse_scale_row", "parse_score",
           "parse_shared_key", "risk_key", "split_status", "usual_scale"]

# "CRR 1", "CRR10(a)", "STCS 03", "CRR 10 (b)", "CRR0065": letters, a number, an optional part.
RISK_ID = re.compile(r"\b([A-Z]{2,6})\s?(\d{1,4})(?!\d)\s?(?:\(([a-z])\)|([a-z])\b)?")
RISK_ID_CELL = re.compile(r"^\s*([A-Z]{2,6})\s?(\d{1,4})\s?(?:\(([a-z])\))?\s*$")


# The change column is printed with arrow glyphs. Text layers render them as Unicode arrows,
# LaTeX names or Symbol-font code points (0xDB "Û" is arrowdblboth, 0xDD up, 0xDF down).
UNCHANGED = ("⇔", "↔", "⇒", "→", "⇨", "➔", "\\leftrightarrow", "\\rightarrow", "Û", "Þ")
INCREASED = ("⇑", "↑", "⇧", "\\uparrow", "Ý")
DECREASED = ("⇓", "↓", "⇩", "\\downarrow", "ß")




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



def parse_millions(text: str) -> float | None:
    """'165.0' or '£12.5m' (a £m column) -> pounds; None when the cell is not one number."""
    m = re.fullmatch(r"\s*£?\s*(-?\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*m?\s*", text or "")
    if not m:
        return None
    return round(float(m.group(1).replace(",", "")) * 1_000_000, 2)


# One entry of a key that scores words or letters for both axes: "H = 3", "Very high = 4", "High
