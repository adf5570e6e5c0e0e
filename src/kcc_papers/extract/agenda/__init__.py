"""Agenda items: ref ("A4", "5"), title, "(Pages 7 - 14)", section, exempt, decision number.

Items start with their ref at the beginning of a line ("A4 Minutes of ...", "5. 24/00108 -
Revenue ..."). A title may run over several lines when the page range closes it a line or two
later; lines after a closed title are the item's description.
"""

from kcc_papers.extract.agenda.reader import KINDS, extract

__all__ = ["KINDS", "extract"]
