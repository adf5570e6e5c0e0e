"""Decisions asked for and decisions taken, outside minutes:

* ``source="report"``: one row per distinct "Recommendation(s)" block of a report;
* ``source="decision_notice"``: records (and proposed records) of decision, ModernGov issue /
  decision details and forward plan pages, decision recording forms, agenda-item pages.

A paper that asks for nothing (a for-information report, a news article) yields no rows."""

from kcc_papers.extract.decisions.reader import KINDS, extract

__all__ = ["KINDS", "extract"]
