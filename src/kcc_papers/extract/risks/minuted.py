"""A register's table printed inside minutes: a programme board's minute "Tarrow Bridge Relief
Road: scheme risk register" tables the top risks it reviewed ("Risk ref | Risk | Likelihood |
Impact | Score | Owner"). The set reads a scored table printed in minutes as it reads one in a
report (r10r's scorecard in a board's minutes gives its KPIs); minutes are read for a
register's table only, under a register's own header line, never for risks named in prose (a
minute saying what the board discussed is no register)."""

from __future__ import annotations

from kcc_papers.classify import RISK_TABLE_HEADER


def holds_register_table(text: str) -> bool:
    """Whether minutes' ``text`` prints a register's header line: the id column and the
    factors, or the id, the risk and its score, as columns."""
    return RISK_TABLE_HEADER.search(text) is not None
