"""More of the readers' patterns stay linear in a long run of what a bad text layer repeats.

Each, searched over a run with nothing after it that it wants, read the rest of the run from
each place in it: a key's capitalised words ("Ltd Ltd ..."), a name's letters, a number's
figures, a run of spaces or of blank lines. 10,000 of them took 1-20 s. The growth check is that
of ``test_s25_limits_misc``: CPU time of an input ``LONGER`` times longer over a short one's,
the least of a few tries, as ``test_s35_linear_patterns`` times it.
"""

from __future__ import annotations

import re

import pytest

from kcc_papers.extract import meetings
from kcc_papers.extract.contracts import fields, tables
from kcc_papers.extract.decisions import report_fields
from kcc_papers.extract.kpis import boxes, status
from kcc_papers.extract.meetings import column_labels, council, mastheads
from kcc_papers.extract.minutes import attendance
from kcc_papers.extract.minutes import patterns as minutes_patterns
from kcc_papers.extract.risks import heading_words, labelled, products, scale_keys
from kcc_papers.load import ocr
from kcc_papers.normalise import bilingual
from test_s25_limits_misc import GROWTH_TRIES, MOST_GROWTH
from test_s25_limits_misc import _growth as _run_growth

# The short input's length in characters: long enough that the old patterns' reading of the
# rest of the run outweighs a call's cost, short enough that they take a fraction of a second on
# the long one.
SMALL_CHARACTERS = 200
SPACES = [" ", "\t", " \n"]
BLANK_LINES = ["\n", " \n", "\r\n"]
NAME_RUNS = ["a", "a ", "Ltd "]
# Each pattern, the runs that were slow, the pattern as it was (which the check must catch).
FIXED: dict[str, tuple[re.Pattern[str], list[str], str]] = {
    "KEYED_TERM": (fields.KEYED_TERM, ["Ltd ", "A", "LTD "],
                   r"(?P<key>[A-Z][\w&/]*(?:\s+[A-Z][\w&/]*)*)\s*[-–:]\s*"
                   + fields.TERM.pattern.replace(r"(?<!\d)", "")),
    "TERM": (fields.TERM, ["1"], fields.TERM.pattern.replace(r"(?<!\d)", "")),
    "SCALE_EQUALS": (scale_keys.SCALE_EQUALS, NAME_RUNS, r"([A-Za-z][A-Za-z ]*?)\s*[=:]\s*(\d)\b"),
    "SCALE_ENTRY": (scale_keys.SCALE_ENTRY, NAME_RUNS, r"([A-Za-z][A-Za-z ]*?)\s*\((\d)\)"),
    "CARD_VALUE": (scale_keys.CARD_VALUE, NAME_RUNS, r"([A-Za-z][A-Za-z ]*?)\s*\(\s*(\d)?"),
    "NAMED_FACTORS": (products.NAMED_FACTORS, SPACES,
                      products.NAMED_FACTORS.pattern.removeprefix(r"(?:(?<!\s)|(?!\s))")),
    "COLOURED_MARK": (status.COLOURED_MARK, BLANK_LINES,
                      status.COLOURED_MARK.pattern.replace(status._LINE_START, "^")),
    "COLOURED_WORD": (status.COLOURED_WORD, BLANK_LINES,
                      status.COLOURED_WORD.pattern.replace(status._LINE_START, "^")),
    "GLOSSED_WORD": (status.GLOSSED_WORD, BLANK_LINES,
                     status.GLOSSED_WORD.pattern.replace(status._LINE_START, "^")),
    "TITLE_NOISE": (minutes_patterns.TITLE_NOISE, SPACES,
                    r"\s*(?:pdf\s+icon\s*)?\bPDF\s+\d+\s*[KM]B\b.*$"),
    "_AUDIENCE_END": (report_fields._AUDIENCE_END, SPACES,
                      r"\s+[-–]\s*|\s*[-–]\s*(?=\d)|\s*,\s*(?=\d)"
                      r"|\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})"),
    "ITEM_LABEL_TAIL": (mastheads.ITEM_LABEL_TAIL, SPACES,
                        r"\s+(?:Agenda\s+)?Item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}[a-z]?\.?\s*$"),
    "NEXT_LABEL": (column_labels.NEXT_LABEL, SPACES,
                   r"\s+[A-Z][A-Za-z]*(?:\s+[a-z]+){0,3}\s*:(?:\s|$)"),
    "OF_COUNCIL": (council.OF_COUNCIL, SPACES,
                   r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){1,4}Council)\s*$"),
    "HALVES": (bilingual.HALVES, SPACES, r"\s+/\s+"),
    "CAPITAL_HALVES": (bilingual.CAPITAL_HALVES, SPACES, r"\s+/\s+(?=[A-Z])"),
    "PREVIOUS": (labelled.PREVIOUS, SPACES,
                 r"\s*\(\s*(?:previous(?:ly)?|prev\.?|was|last)\b[^()]*\)\s*$"),
    "REGISTRATION": (tables.REGISTRATION, SPACES,
                     r"\s*\((?:registered\s+)?(?:charity|company|reg(?:istration|\.)?)\s*"
                     r"(?:no\b\.?|number)[^()]*\)"),
    "_PUBLIC": (attendance._PUBLIC, SPACES, r"\.?\s+Members\s+of\s+the\s+public\b.*$"),
    "MASTHEAD_SPLIT": (mastheads.MASTHEAD_SPLIT, SPACES,
                       mastheads.MASTHEAD_SPLIT.pattern.removeprefix(r"(?:(?<!\s)|(?!\s))")),
    "SCORE_LINE": (labelled.SCORE_LINE, BLANK_LINES,
                   labelled.SCORE_LINE.pattern.replace(labelled._LINE_START, "^")),
    "TITLE_FIELD": (ocr.TITLE_FIELD, ["a", "1"], r"(\w+)\s+([^;]+)"),
    # read from a line's start alone, but one match read the run from each of its spaces
    "TRAILING_RAG": (boxes.TRAILING_RAG, SPACES, r"^(.*?)\s+(GREEN|AMBER|RED)\s*$"),
    "STAGE_AFTER": (heading_words.STAGE_AFTER, SPACES,
                    r"^(?P<head>[^()]+?)\s*\(\s*(?P<stage>current|residual|net|target"
                    r"|inherent|gross)\s*\)$"),
    "_BILINGUAL": (meetings._BILINGUAL, SPACES,
                   r"^(?P<welsh>.+?)\s+/\s+(?P<english>.*\b(?:Committee|Cabinet|Council|Board"
                   r"|Panel|Sub-Committee|Forum|Commission|Authority))$"),
}


def _growth(pattern: re.Pattern[str], unit: str) -> float:
    """How much longer reading every match of a run LONGER times as long takes."""
    return _run_growth(lambda units: list(pattern.finditer(unit * units)),
                       SMALL_CHARACTERS // len(unit))


def _worst_growth(pattern: re.Pattern[str], units: list[str]) -> float:
    return max(min(_growth(pattern, unit) for _ in range(GROWTH_TRIES)) for unit in units)


def _grows_too_fast(pattern: re.Pattern[str], units: list[str]) -> bool:
    """Whether some run grows past the bound in some try: a quadratic pattern's does every try
    (~LONGER ** 2), so the first usually tells, and its seconds are not spent again."""
    return any(_growth(pattern, unit) > MOST_GROWTH
               for unit in units for _ in range(GROWTH_TRIES))


def _before(name: str) -> re.Pattern[str]:
    pattern, _, source = FIXED[name]
    return re.compile(source, pattern.flags)


@pytest.mark.parametrize("name", FIXED)
def test_regression_pattern_is_linear_in_a_long_run(name: str) -> None:
    pattern, units, _ = FIXED[name]
    assert _worst_growth(pattern, units) < MOST_GROWTH


@pytest.mark.parametrize("name", FIXED)
def test_the_check_catches_the_pattern_as_it_was(name: str) -> None:
    _, units, _ = FIXED[name]
    assert _grows_too_fast(_before(name), units)


@pytest.mark.parametrize(("name", "text"), [
    ("KEYED_TERM", "Lot 1 Highways Works - 3 years; KEP Ltd: five yrs, the Ltd Ltd A -2 months"),
    ("TERM", "for 11 2 years, then 1.2.3 months and twenty-one months"),
    ("SCALE_EQUALS", "Rare = 1, Very  Unlikely: 2; Possible=3 a b x = 4"),
    ("SCALE_ENTRY", "LikelihoodVery Unlikely (1)Unlikely  (2) Possible(3) a (x) b (4)"),
    ("CARD_VALUE", "Significant ( Possible (3) x  y (  4"),
    ("NAMED_FACTORS", "5 x 4 = 20   (consequence 5, likelihood 4)  "),
    ("COLOURED_MARK", "Key:\n\n \n✓ green\n\n● on target (Green); ○ off target (red)"),
    ("COLOURED_WORD", "Status:\n\n\nGood (green)\r\n\r\nPoor (red)"),
    ("GLOSSED_WORD", "\n\n \nMonitor (within tolerance); On Target (met)"),
    ("TITLE_NOISE", "Minutes of the meeting   pdf icon PDF 149 KB"),
    ("_AUDIENCE_END", "Cabinet  -  3 March 2025 , 4  12 March 2025"),
    ("ITEM_LABEL_TAIL", "DYFED-TEIFI POLICE AND CRIME PANEL        Agenda Item 7"),
    ("NEXT_LABEL", "Resources Committee   Date of meeting: 27 January 2027"),
    ("OF_COUNCIL", "Cabinet   of the  Kent County Council  "),
    ("HALVES", "Risg  /  Risk / Perygl"),
    ("CAPITAL_HALVES", "held on 3 March  /  Minutes of and / or"),
    ("PREVIOUS", "15   (previous: 12)  "),
    ("REGISTRATION", "Freedom Leisure   (Charity no. 1101372)"),
    ("_PUBLIC", "and the Clerk.   Members of the public - Mr R Parsons."),
    ("MASTHEAD_SPLIT", "PLANNING COMMITTEE        12 MARCH 2026 ,  Monday  ·  x  -  y"),
    ("SCORE_LINE", "Risk Ref: 3\n\n \n\nNet Risk: I4 L3 = 12\n  current score 4"),
    ("TITLE_FIELD", "bbox 10 20 30 40;  x_wconf 95; baseline 0.01 -3"),
    ("TRAILING_RAG", "Recycling rate   AMBER  "),
    ("STAGE_AFTER", "  (current)"),
    ("STAGE_AFTER", "Consequence   ( target )"),
    ("_BILINGUAL", "Pwyllgor Craffu  /  Scrutiny Committee"),
    ("_BILINGUAL", "  /  Cabinet"),
])
def test_pattern_still_matches_as_it_did(name: str, text: str) -> None:
    def found(pattern: re.Pattern[str]) -> object:
        return ([(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.split(text))

    assert found(FIXED[name][0]) == found(_before(name))
