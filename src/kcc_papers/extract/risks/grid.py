"""A ruled PDF table read from its geometry: columns from the vertical rules, rows ("bands")
from the horizontal rules that cross the table, and each word placed by its centre.

Text order alone misreads such tables: a section heading repeated by the printer over the
first row of every page ("Significant Risks (over £10m)") interleaves with the row's words,
and gradient fills split pdfplumber's rows. A heading is recognised because its words run
across column rules, which a cell's own words never do; it is kept apart as a banner."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

RULE_TOLERANCE = 3.0


@dataclass
class Band:
    page: int
    top: float
    bottom: float
    cells: list[str]
    banners: list[str] = field(default_factory=list)
    # True when a banner shares the band with cell text (a heading printed over a row)
    overprinted: bool = False


@dataclass
class Grid:
    page: int
    columns: list[tuple[float, float]]
    bands: list[Band]
    above: list[dict[str, Any]]  # words above the table (totals printed over the columns)


def _cluster(values: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """(position, length) pairs -> (position, total length) per cluster of nearby positions."""
    out: list[list[float]] = []
    for pos, length in sorted(values):
        if out and pos - out[-1][0] <= tol:
            out[-1][1] += length
        else:
            out.append([pos, length])
    return [(p, n) for p, n in out]


def read_grid(page: Any, number: int) -> Grid | None:
    tables = page.find_tables()
    if not tables:
        return None
    main = max(tables, key=lambda t: (t.bbox[2] - t.bbox[0]) * (t.bbox[3] - t.bbox[1]))
    x0, top, x1, bottom = main.bbox
    width, height = x1 - x0, bottom - top
    inside = [e for e in page.edges
              if e["x0"] >= x0 - 2 and e["x1"] <= x1 + 2 and e["top"] >= top - 2
              and e["bottom"] <= bottom + 2]
    v_rules = _cluster([(e["x0"], e["bottom"] - e["top"]) for e in inside
                        if e["orientation"] == "v"], RULE_TOLERANCE)
    xs = [p for p, n in v_rules if n >= 0.3 * height]
    h_rules = _cluster([(e["top"], e["x1"] - e["x0"]) for e in inside
                        if e["orientation"] == "h"], RULE_TOLERANCE)
    ys = [p for p, n in h_rules if n >= 0.5 * width]
    if len(xs) < 3 or len(ys) < 2:
        return None
    columns = list(pairwise(xs))
    words = page.extract_words(extra_attrs=["size"], keep_blank_chars=False)
    above = [w for w in words if w["bottom"] <= top + 1]
    body = [w for w in words if w["top"] >= top - 1 and w["bottom"] <= bottom + 1]
    banners, body = _split_banners(body, xs[1:-1])
    bands = []
    for band_top, band_bottom in pairwise(ys):
        bands.append(_band(number, band_top, band_bottom, columns, body, banners))
    return Grid(number, columns, bands, above)


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) < 1.5 and \
                abs(lines[-1][0]["size"] - w["size"]) < 0.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def _split_banners(words: list[dict[str, Any]], inner: list[float]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Words of phrases that run across a column rule become banners; the rest stay."""
    banner_ids: set[int] = set()
    for line in _lines(words):
        for i, w in enumerate(line):
            if not any(w["x0"] < b - 1 and w["x1"] > b + 1 for b in inner):
                continue
            # The phrase around the straddling word: neighbours closer than a wide space.
            gap = w["size"] * 1.2
            lo = i
            while lo > 0 and line[lo]["x0"] - line[lo - 1]["x1"] <= gap:
                lo -= 1
            hi = i
            while hi + 1 < len(line) and line[hi + 1]["x0"] - line[hi]["x1"] <= gap:
                hi += 1
            banner_ids.update(id(x) for x in line[lo : hi + 1])
    banners = [w for w in words if id(w) in banner_ids]
    rest = [w for w in words if id(w) not in banner_ids]
    return banners, rest


def _text(words: list[dict[str, Any]]) -> str:
    return " ".join(" ".join(w["text"] for w in line) for line in _lines(words))


def _band(number: int, top: float, bottom: float, columns: list[tuple[float, float]],
          words: list[dict[str, Any]], banners: list[dict[str, Any]]) -> Band:
    def within(w: dict[str, Any]) -> bool:
        middle: float = (w["top"] + w["bottom"]) / 2
        return top <= middle < bottom

    mine = [w for w in words if within(w)]
    cells = []
    for left, right in columns:
        cells.append(_text([w for w in mine if left <= (w["x0"] + w["x1"]) / 2 < right]))
    banner_words = [w for w in banners if within(w)]
    banner_texts = [" ".join(w["text"] for w in line) for line in _lines(banner_words)]
    return Band(number, top, bottom, cells, banner_texts,
                overprinted=bool(banner_texts) and any(cells))
