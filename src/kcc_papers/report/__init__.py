"""A browsable static report of the database: an overview, a page per meeting, KPIs, risks and
findings, as HTML files that open from disk (no server, no network). ``data`` holds the SQL
behind each page, ``charts`` the geometry of the inline SVG charts, ``render`` the templates."""

from kcc_papers.report.render import DEFAULT_OUT, write_report

__all__ = ["DEFAULT_OUT", "write_report"]
