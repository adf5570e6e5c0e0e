"""KPIs and activity indicators from performance reports, with RAG cross-checks.

Two layouts are read, and both run on every performance report (each finds nothing in the
other's layout): dashboards of table rows under a named header row (``kpi_grid``) and KPI
boxes of "Latest: / Target: / Floor: / Previous:" (``kpi_boxes``). The report's own
statements about itself (totals in prose, RAG-by-service tables) are then checked against the
rows extracted."""

from kcc_papers.extract.kpis.reader import KINDS, extract

__all__ = ["KINDS", "extract"]
