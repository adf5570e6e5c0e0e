"""A register's table printed inside minutes: a programme board's minute "Tarrow Bridge Relief
Road: scheme risk register" tables the top risks it reviewed ("Risk ref | Risk | Likelihood |
Impact | Score | Owner"). The set reads a scored table printed in minutes as it reads one in a
report (r10r's scorecard in a board's minutes gives its KPIs); minutes are read for a
register's table only, under a register's own header line, never for risks named in prose (a
minute saying what the board discussed is no register)."""

from __future__ import annotations

import re

from kcc_papers.classify import RISK_TABLE_HEADER
from kcc_papers.extract.risks.lettered import lettered_header

# ... or a header whose id column is headed "Risk" and the factors by their letters beside the
# score ("Risk | Description | L | I | Score | Owner", as lettered.py reads in a report): the
# header's first cell names the rows as risks, so minutes need say nothing more.
RISK_FIRST_CELL = re.compile(r"^\s*Risk(?:\t|\s*\||\s+(?=\S)|\s*$)", re.I)
HEADER_LINE_CHARS = 120


def holds_register_table(text: str) -> bool:
    """Whether minutes' ``text`` prints a register's header line: the id column and the
    factors, or the id, the risk and its score, as columns."""
    if RISK_TABLE_HEADER.search(text) is not None:
        return True
    risk_first = [line for line in text.splitlines() if RISK_FIRST_CELL.match(line)]
    return lettered_header("\n".join(risk_first), HEADER_LINE_CHARS)
