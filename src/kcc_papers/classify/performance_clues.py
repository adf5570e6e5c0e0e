"""The clues that speak for a performance report or a risk register: their titles, a KPI
table's header or a dashboard's cards, a register's cards and table header."""

from __future__ import annotations

import re

from kcc_papers.classify.clue_weights import FAIR, STRONG, WEAK, Clue, _rx
from kcc_papers.classify.headers import (
    KPI_TABLE_HEADER,
    PERFORMANCE,
    PERFORMANCE_TITLED,
    RISK_CARD,
    RISK_REGISTER,
    RISK_TABLE_HEADER,
    kpi_header_starts,
)
from kcc_papers.classify.wrapped_risk_headers import ID_AND_RISK_LINE, wrapped_risk_headers

RISK_CARDS_FOR_A_REGISTER = 2
# A measure's card labels its target alone on a line, a figure after it ("Target: 90%",
# "Target: 1,250", "Target: 20 days"); this many cards in the head make a dashboard. A target
# of money ("Target: £1.2m", "Target: 450k") is a budget's saving, as FINANCIAL_TARGETS'; a
# year alone ("Target: 2030") is when a plan's commitment is due, no measure's level.
KPI_CARD_TARGET = re.compile(
    r"^[^\S\n]*Target[^\S\n]*:[^\S\n]*(?:[<>≤≥][^\S\n]*)?(?!(?:19|20)\d\d[^\S\n]*$)\d[\d,.]*"
    r"(?:[^\S\n]*(?:%|(?!(?:m|k|bn|mn)\b)[a-z]{1,5}))?[^\S\n]*$",
    re.I | re.M)
KPI_CARDS_MIN = 3


# The words PERFORMANCE and RISK_REGISTER (and every match of them) hold one of.
_PERFORMANCE_WORDS = ("performance", "kpi")
_REGISTER_WORDS = ("risk", "assurance", "raid")


PERFORMANCE_CLUES: tuple[Clue, ...] = (
    # performance reports and risk registers
    Clue("performance_report", PERFORMANCE, STRONG, "title", needs=_PERFORMANCE_WORDS),
    Clue("performance_report", PERFORMANCE, WEAK, needs=_PERFORMANCE_WORDS),
    Clue("performance_report", PERFORMANCE_TITLED, STRONG, "title"),
    Clue("performance_report", _rx(r"Quarterly\s+Performance\s+Report"), STRONG),
    # the body a KPI table: its header row, within the head
    Clue("performance_report", KPI_TABLE_HEADER, FAIR, starts=kpi_header_starts),
    # ... or its measures set out as cards, each with its target labelled on a line of its
    # own ("Target: 90%"), as a dashboard web page prints them
    Clue("performance_report", KPI_CARD_TARGET, STRONG, min_count=KPI_CARDS_MIN,
         needs=("target",)),
    Clue("risk_register", RISK_REGISTER, STRONG, "title", needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_REGISTER, WEAK, needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_CARD, STRONG, "text", min_count=RISK_CARDS_FOR_A_REGISTER,
         needs=("owner",)),
    # a register's table header: its ids, then likelihood and impact columns
    Clue("risk_register", RISK_TABLE_HEADER, FAIR),
    # ... or that header with its cells wrapped onto the lines round its id's line, as a
    # wide table's narrow columns print it (wrapped_risk_headers)
    Clue("risk_register", ID_AND_RISK_LINE, FAIR, starts=wrapped_risk_headers),
)
