"""The shapes of the fast table path's objects (``pdf_fast``): pdfplumber's dicts and the
points and boxes they are read with, shared by the path, char, word and cell modules."""

from __future__ import annotations

from typing import Any

Point = tuple[float, float]
Bbox = tuple[float, float, float, float]
Obj = dict[str, Any]
