"""More of the readers' patterns stay linear in a long run of what a bad text layer repeats.

Each read a run of spaces (or figures) once from every split of it between two of its
quantifiers: "contract for" and 10,000 spaces took 73 s, "who holds the" and 1,000 spaces 1.7 s
(three quantifiers: cubic), a bilingual label's line of 10,000 spaces 20 s, a rated cell of
10,000 figures 11 s. Each is run as its caller runs it (``finditer`` over a sentence, ``match``
at a line's or a bid's start). The growth check is that of ``test_s25_limits_misc``: CPU time
of an input ``LONGER`` times longer over a short one's, the least of a few tries, as
``test_s35_linear_patterns`` times it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from kcc_papers import classify
from kcc_papers.extract.contracts import fields, names, offers, provider_patterns
from kcc_papers.extract.decisions import recording_forms
from kcc_papers.extract.kpis import header
from kcc_papers.extract.meetings import addressed
from kcc_papers.extract.minutes import attendance
from kcc_papers.normalise import bilingual
from test_s25_limits_misc import GROWTH_TRIES, MOST_GROWTH
from test_s25_limits_misc import _growth as _run_growth

SPACES = [" ", "\t", " \n"]
BLANK_LINES = ["\n", " \n", "\r\n"]
# The short input's length in runs: long enough that the old patterns' reading of the run
# outweighs a call's cost, short enough that they take a fraction of a second on the long one
# (a cubic one takes seconds on 600 spaces, hence its shorter run).
SHORT_RUN = 50
CUBIC_SHORT_RUN = 30
# ... and a longer one for a pattern that reads the run once per space, in a tight loop
QUICK_SHORT_RUN = 200


@dataclass(frozen=True)
class Fixed:
    pattern: re.Pattern[str]
    before: str  # the pattern as it was, which the check must catch
    runs: list[str]
    lead: str = ""  # what the caller's text holds before the run
    matched: bool = False  # matched at the text's start (its caller's match), else finditer
    short: int = SHORT_RUN
    # run by its callers over a whole text (or matched at its start) alone: a match opening at
    # a line inside a run of blank lines is never asked for
    searched: bool = False


def _provider(head: str) -> re.Pattern[str]:
    """The provider pattern that begins ``head`` (found by its text: a pattern added to the
    list moves the others' places)."""
    found = [p for p, _ in provider_patterns.PROVIDER_PATTERNS if p.pattern.startswith(head)]
    assert len(found) == 1, head
    return found[0]


_WHO_HOLDS = provider_patterns.PROVIDER_PATTERNS[6][0]
_CONTRACT_FOR = provider_patterns.PROVIDER_PATTERNS[7][0]
NAMES = names.NAMES


def _clue(fragment: str) -> re.Pattern[str]:
    """The pattern of the document-kind clue whose source holds ``fragment``."""
    return next(c.pattern for c in classify.CLUES if fragment in c.pattern.pattern)


def _at_any_line(pattern: re.Pattern[str], guard: str = classify._LINE_START) -> str:
    """A classify pattern as it was: opening at any line's start, a blank run's too."""
    return "^" + pattern.pattern.removeprefix(guard)


_MINUTE_NO, _CLOSED_AT = _clue(r"Min(?:ute)?\.?\s*No"), _clue(r"meeting\s+(?:closed")
# The head's clues whose every branch opens at a blank run's last line starts alone, by a
# phrase of each.
_HEAD_CLUES = {
    "PRESENT": r"Present\s*:?-?", "RECOMMENDATIONS": r"Recommendations?\s*$",
    "MEETING_AT_HEAD": r"\s*(?:[–—,-]\s*|\n\s*(?:Date", "REPORT_HEADINGS": r"Purpose\s+of",
    "DECISION_LABELS": r"Decided\s+at\s+meeting", "DECISION_FIELDS": r"Decisions?\s*:|Reasons",
}
# The hedge before a bid's price as it was (its "an" then spaces, then spaces again).
_HEDGE = (r"(?P<hedge>(?i:an?\s+)?(?i:estimated|approximately|approx\.?|around|about|circa|c\.)?"
          r"\s*)(?=£)")
FIXED: dict[str, Fixed] = {
    "WHO_HOLDS": Fixed(
        _WHO_HOLDS,
        rf"{names._WORD_START}(?P<name>{names._NAME})\s*,?\s+who\s+holds?\s+(?P<which>"
        r"the\s+current|the\s+existing|another|an?|the)\s+(?P<service>[\w\s/&-]*?)\s*contract\b",
        SPACES, lead="Bytes Software who holds the", short=CUBIC_SHORT_RUN),
    "CONTRACT_FOR": Fixed(
        _CONTRACT_FOR,
        r"\b[Cc]ontract\s+for\s+(?P<service>[^.;]{3,80}?)\s+(?:was|has\s+been|is|will\s+be|be)"
        rf"\s+(?:(?i:re-?)?awarded|let)\s+to\s+(?P<name>{NAMES})",
        SPACES, lead="the contract for"),
    "BID_MORE": Fixed(
        offers.BID_MORE,
        r"\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?i:from)\s+)?"
        rf"(?P<name>{names.NAME_PATTERN})\s*(?:\(|(?i:at|of|for)\s+)" + _HEDGE,
        SPACES, matched=True),
    "BID_MORE_PRICE": Fixed(
        offers.BID_MORE,
        r"\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?i:from)\s+)?"
        rf"(?P<name>{names.NAME_PATTERN})\s*(?:\(|(?i:at|of|for)\s+)" + _HEDGE,
        SPACES, lead=", Glow Ltd at", matched=True),
    "BID": Fixed(
        offers.BID,
        r"\b(?i:tenders?|quotations?|quotes?|bids?|offers?|submissions?|advantageous|lowest|"
        rf"cheapest)\b[^.£]{{0,80}}?\b(?i:from|by)\s+(?P<name>{names.NAME_PATTERN})\s*,?\s*"
        r"(?:(?i:at|of|for|in\s+the\s+sum\s+of|priced\s+at|" + offers._PRICE_NAMED + r")\s+|\()?"
        + _HEDGE,
        SPACES, lead="the lowest quotation, from Bure Ltd", short=CUBIC_SHORT_RUN),
    "AWARDED_FOLLOWING": Fixed(
        provider_patterns.PROVIDER_PATTERNS[8][0],
        r"\b[Cc]ontracts?\s+(?:(?:had|has|have|was|were|is|are|will|would)\s+)?"
        r"(?:been\s+|be\s+)?(?:(?i:re-?)?awarded|let)\s+"
        r"(?:(?:under|through|via|following|after|by)\s+[^.;]{3,60}?\s+)?"
        rf"to\s+(?P<name>{NAMES})",
        SPACES, lead="the contracts were awarded following"),
    "AWARD_THE_CONTRACT_FOR": Fixed(
        provider_patterns.PROVIDER_PATTERNS[9][0],
        r"\b(?i:awarded|awards?|awarding|let|letting)\s+(?i:of\s+)?(?:(?:(?:the|a|an|this)\s+)?"
        r"(?:new\s+)?(?:[\w-]+,?\s+){0,6}?(?:[Cc]ontracts?|(?i:operating|finance)\s+leases?)"
        r"(?:\s+(?:(?:for\s+(?P<service>[^.;]{3,180}?)|(?i:under)\s+[^.;]{3,100}?"
        r"|(?:19|20)\d\d\s*[-–/]\s*\d{2,4})\s+)?|,\s*(?i:under)\s+[^.;]{3,180}?,\s*))?"
        rf"to\s+(?P<name>{NAMES})",
        SPACES, lead="award the contract for", short=CUBIC_SHORT_RUN),
    "EXTENSION_OF": Fixed(
        _provider(r"\b(?i:extend|extension\s+(?:of|to))\s++"),
        r"\b(?i:extend|extension\s+(?:of|to))\s+(?i:the\s+)?(?i:existing\s+|current\s+)?"
        rf"(?P<service>[^.;]{{0,60}}?)\s*[Cc]ontracts?\s+with\s+(?P<name>{NAMES})",
        SPACES, lead="the extension of"),
    "FOR_AREA": Fixed(
        fields.FOR_AREA, r"^(?P<name>.+?)\s+for\s+(?P<area>[A-Z].*)$", [" ", "\t"],
        lead="Amey", matched=True, short=QUICK_SHORT_RUN),
    "PAREN_AREA": Fixed(
        fields.PAREN_AREA, r"^(?P<name>.+?)\s*\((?P<area>[^()]+)\)$", [" ", "\t"],
        lead="Amey", matched=True, short=QUICK_SHORT_RUN),
    "DRF_HEAD": Fixed(
        recording_forms._DRF_HEAD,
        r"Decision\s+determined\s+at\s+(?:the\s+)?(?P<maker>.+?)\s+meeting\s+on\s+(?P<date>.+)$",
        SPACES, lead="Decision determined at", short=CUBIC_SHORT_RUN),
    "DETERMINED_AT": Fixed(
        addressed.DETERMINED_AT,
        r"(?:determined|taken|made)\s+at\s+(?:the\s+)?(.{3,100}?)\s+meeting\s+(?:held\s+)?on\s+"
        r"(.{6,40})",
        SPACES, lead="Decision made at"),
    "SUBSTITUTES": Fixed(
        attendance._SUBSTITUTES,
        r"(?P<who>(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+)[^.]*?)\s+attended\s+as\s+"
        r"(?:a\s+|the\s+)?substitutes?(?:\s+for\s+(?P<for>[^.]+))?",
        SPACES, lead="Mrs", short=CUBIC_SHORT_RUN),
    # a document's text or head (HEAD_CHARS) searched for a clue: read from each line of a run
    # of blank lines, 3,000 of them took a fifth of a second a clue
    "TIMED_ITEM": Fixed(classify.TIMED_ITEM, _at_any_line(classify.TIMED_ITEM), BLANK_LINES,
                        short=QUICK_SHORT_RUN, searched=True),
    "DECISION_TABLE_HEADER": Fixed(
        classify.DECISION_TABLE_HEADER,
        _at_any_line(classify.DECISION_TABLE_HEADER, classify._LINE_START_BEFORE_RUN_END),
        BLANK_LINES, short=QUICK_SHORT_RUN, searched=True),
    **{name: Fixed(_clue(fragment),
                   _clue(fragment).pattern.replace(classify._LINE_START_BEFORE_RUN_END, "^"),
                   BLANK_LINES, short=QUICK_SHORT_RUN, searched=True)
       for name, fragment in _HEAD_CLUES.items()},
    "DATED_AGENDA": Fixed(classify.DATED_AGENDA, _at_any_line(classify.DATED_AGENDA),
                          BLANK_LINES, short=QUICK_SHORT_RUN, searched=True),
    "MINUTE_NO": Fixed(_MINUTE_NO, _at_any_line(_MINUTE_NO), BLANK_LINES,
                       short=QUICK_SHORT_RUN, searched=True),
    "CLOSED_AT": Fixed(_CLOSED_AT, _at_any_line(_CLOSED_AT), BLANK_LINES,
                       short=QUICK_SHORT_RUN, searched=True),
    "LABEL_PAIR": Fixed(
        bilingual.LABEL_PAIR,
        r"^\s*(?P<first>[^/:]{1,60}?)\s+/\s+(?P<second>[^/:]{1,60}?)\s*(?P<mark>\??:)\s*"
        r"(?P<rest>.*)$",
        SPACES, matched=True),
    "RATED_VALUE": Fixed(
        header.RATED_VALUE,
        r"^(?P<value>.*\d[^\s(]*)\s*\(?\s*(?P<rag>[RAG]|red|amber|green)\s*\)?$",
        ["1", "1 "], matched=True),
}


def _read(pattern: re.Pattern[str], fixed: Fixed, unit: str, units: int) -> object:
    text = fixed.lead + unit * units
    return pattern.match(text) if fixed.matched else list(pattern.finditer(text))


def _growth(pattern: re.Pattern[str], fixed: Fixed, unit: str) -> float:
    """How much longer reading a run LONGER times as long takes, as the caller reads it."""
    return _run_growth(lambda units: _read(pattern, fixed, unit, units),
                       max(1, fixed.short // len(unit)))


def _before(name: str) -> re.Pattern[str]:
    fixed = FIXED[name]
    return re.compile(fixed.before, fixed.pattern.flags)


@pytest.mark.parametrize("name", FIXED)
def test_regression_pattern_is_linear_in_a_long_run(name: str) -> None:
    fixed = FIXED[name]
    worst = max(min(_growth(fixed.pattern, fixed, unit) for _ in range(GROWTH_TRIES))
                for unit in fixed.runs)
    assert worst < MOST_GROWTH


@pytest.mark.parametrize("name", FIXED)
def test_the_check_catches_the_pattern_as_it_was(name: str) -> None:
    # a super-linear pattern's growth is past the bound every try: the first usually tells
    fixed = FIXED[name]
    assert any(_growth(_before(name), fixed, unit) > MOST_GROWTH
               for unit in fixed.runs for _ in range(GROWTH_TRIES))


@pytest.mark.parametrize(("name", "text"), [
    ("WHO_HOLDS", "Bytes Software , who holds the current  Enterprise Agreement   contract"),
    ("WHO_HOLDS", "Acme Ltd who hold an   contract; Beta Ltd who holds the  contracts"),
    ("CONTRACT_FOR", "the contract for  IT was awarded to Kier Ltd"),
    ("CONTRACT_FOR", "the contract for       was awarded to Kier Ltd and Acme plc"),
    ("CONTRACT_FOR", "The contract for   clinical   waste  was  re-awarded to Medway Clinical Ltd"),
    ("BID_MORE", "), Festive Lighting Ltd (£56,250) and from Glow Ltd (£58,000)"),
    ("BID_MORE", "   and  Glow Ltd at £5"),
    ("BID_MORE_PRICE", ", Glow Ltd at an   estimated  £5 and X Ltd (  £4"),
    ("BID", "the lowest quotation ,  from Bure Ltd ,  of  an  estimated £4,200"),
    ("BID", "Quotations had been received from Brightstar Displays   (£61,900)"),
    ("AWARDED_FOLLOWING", "contracts were awarded following    a mini-competition  to Acme Ltd"),
    ("AWARDED_FOLLOWING", "the contract was let by      to Kier Ltd"),
    ("AWARD_THE_CONTRACT_FOR",
     "award the contract for  IT  to Green Ltd; let a contract under  x to A"),
    ("AWARD_THE_CONTRACT_FOR",
     "awards the repair contract, under   Regulation 33 , to Tregarth Ltd"),
    ("EXTENSION_OF", "to extend the existing  cleaning   contract with Brite Ltd"),
    ("EXTENSION_OF", "the extension of   contracts with A Ltd and B plc"),
    ("FOR_AREA", "Amey   for   Mid Kent"),
    ("FOR_AREA", "   for X"),
    ("PAREN_AREA", "New Schools Swanscombe Ltd   (2 schools)"),
    ("PAREN_AREA", "  (x)"),
    ("DRF_HEAD", "Decision determined at  the   Cabinet   meeting on 12 March 2026"),
    ("DRF_HEAD", "Decision determined at       meeting on x"),
    ("DETERMINED_AT", "Decision made at   the  Cabinet   meeting held on 12 March 2026 at"),
    ("DETERMINED_AT", "taken at       meeting on 1 May 2026"),
    ("SUBSTITUTES", "Councillor   Jos Clark   attended as  substitute for  Mr   X"),
    ("SUBSTITUTES", "Mrs      attended as substitute; Dr  A attended as the substitutes"),
    ("TIMED_ITEM", "\n\n \n10.30 A1 Title\n\n\n11.00  B2. Other\n  \n\t\n  9:05 12 Budget"),
    # (a header's match ends before the run's last line break: the next opens there)
    ("DECISION_TABLE_HEADER", "Item Decision\n\n\nNo Outcome a b c d\n \n\n\n Ref Outcome"),
    ("DECISION_TABLE_HEADER", "No. Title Decision taken\n\n\nItem x Outcome\n\n"),
    ("PRESENT", "Present\n\n\nPresent:\n \n\n\nAttendees\n\n\n In attendance :"),
    ("MEETING_AT_HEAD", "x\n\n\nCABINET\n5 November 2024\n\n \n\nBoard - 3 March 2025"),
    ("DECISION_FIELDS", "\n\n\nDecisions:\n\n\n\nReasons for the decision"),
    ("DATED_AGENDA", "x\n\n\n  Agenda - Tuesday 20 January 2026\n\n \nAgenda items 5 March 2026"),
    ("MINUTE_NO", "\n\n\n Minute No. 45\n\n\nMin No 3\n  \n \n  Min. No.4"),
    ("CLOSED_AT", "AGREED\n\n\nThere being no other business, the meeting ended at 9\n\n"),
    ("LABEL_PAIR", "  Cyfarfod /  Meeting: 11/02/2025 - Cabinet"),
    ("LABEL_PAIR", "     /   x :"),
    ("LABEL_PAIR", "Decision maker / Gwneuthurwr y penderfyniad ?: Cabinet"),
    ("RATED_VALUE", "84.1 (A)"),
    ("RATED_VALUE", "92%G"),
    ("RATED_VALUE", "6.2 5x  ( Green )"),
])
def test_pattern_still_matches_as_it_did(name: str, text: str) -> None:
    starts = [0] if FIXED[name].searched else range(len(text))

    def found(pattern: re.Pattern[str]) -> object:
        return ([(m.span(), m.groups()) for m in pattern.finditer(text)],
                [(m.span(), m.groups()) for i in starts if (m := pattern.match(text, i))])

    assert found(FIXED[name].pattern) == found(_before(name))
