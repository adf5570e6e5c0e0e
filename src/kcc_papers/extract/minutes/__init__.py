"""Minutes: attendance, declarations of interest, every numbered minute item with its
resolution, recorded votes, and one ``source="minutes"`` Decision per resolution."""

from kcc_papers.extract.minutes.reader import KINDS, extract

__all__ = ["KINDS", "extract"]
