"""Budget risk registers: "Directorate | Risk Title | Source/Cause of Risk | Risk Event |
Consequence | Current Likelihood (1-5) | Estimated Annual / Lifetime Financial Exposure £m",
grouped in sections ("Significant Risks (over £10m)", "Other Risks (under £10m - individual
amounts not included)") whose heading row may carry the section's total, under a printed
"TOTAL £m".

PDF registers are read from the table geometry (see ``pdf_grid``); text exports from their
tab-separated rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kcc_papers.extract import Context
from kcc_papers.extract.risks import checks
from kcc_papers.extract.risks.grid import Band, read_grid
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.values import parse_millions
from kcc_papers.load.model import LayoutReader
from kcc_papers.load.pdf_layout import LayoutPages
from kcc_papers.models import Record, Risk

ROLES = (
    ("directorate", re.compile(r"^Directorate\b", re.I)),
    ("title", re.compile(r"\bRisk\s+Title\b|^Title\b", re.I)),
    ("cause", re.compile(r"\bCause\b", re.I)),
    ("event", re.compile(r"\bRisk\s+Event\b|^Event\b", re.I)),
    ("consequence", re.compile(r"\bConsequence", re.I)),
    ("likelihood", re.compile(r"\bLikelihood\b", re.I)),
    ("annual", re.compile(r"\bAnnual\b", re.I)),
    ("lifetime", re.compile(r"\bLifetime\b", re.I)),
)
TOTAL = re.compile(r"\bTOTAL\b", re.I)
SECTION = re.compile(r"\bRisks?\b.*\(|^\s*(Significant|Other|Major|Minor)\s+Risks\b", re.I)


def is_budget_register(text: str) -> bool:
    return bool(re.search(r"Risk\s+Title", text) and re.search(r"Likelihood", text)
                and re.search(r"Exposure", text))


@dataclass
class State:
    roles: dict[str, int] | None = None
    section: str | None = None
    section_totals: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    risks: list[Risk] = field(default_factory=list)
    total: tuple[float | None, float | None] = (None, None)
    unreadable: list[str] = field(default_factory=list)


def extract_budget(ctx: Context, rows: list[Row]) -> list[Record] | None:
    """Risks of a budget register, or None when the document is not one."""
    if not is_budget_register(ctx.segment.text):
        return None
    state = State()
    bands = _pdf_bands(ctx, state) if ctx.source.format == "pdf" else _text_bands(rows, state)
    for band in bands:
        _take(state, band)
    if state.roles is None:
        return None
    for r in state.risks:
        totals = state.section_totals.get(r.section or "")
        if totals and r.annual_exposure_gbp is None and r.lifetime_exposure_gbp is None:
            r.section_annual_exposure_gbp, r.section_lifetime_exposure_gbp = totals
    for check, message, ref in checks.check_total(state.total, state.risks,
                                                       _unitemised(state)):
        ctx.finding(check, message, record_table="risks", record_ref=ref,
                    page=ctx.segment.page_from)
    for message in state.unreadable:
        ctx.finding("risk_value_unreadable", message, record_table="risks")
    if state.total == (None, None):
        ctx.finding("risk_total_missing", "the budget register prints no TOTAL to check its "
                    "rows against", severity="info", record_table="risks")
    return list(state.risks)


def _unitemised(state: State) -> dict[str, tuple[float | None, float | None]]:
    """Section totals that stand for rows printed without amounts."""
    out = {}
    for name, totals in state.section_totals.items():
        rows = [r for r in state.risks if r.section == name]
        if all(r.annual_exposure_gbp is None and r.lifetime_exposure_gbp is None for r in rows):
            out[name] = totals
    return out


def _pdf_bands(ctx: Context, state: State) -> list[Band]:
    """The grid's bands, read through the loader's open document where it has one (the
    pages the text pass kept are not parsed again)."""
    if ctx.source.layout is not None:
        return _grid_bands(ctx, state, ctx.source.layout)
    with LayoutPages(Path(ctx.source.path)) as pdf:
        return _grid_bands(ctx, state, pdf.layout_page)


def _grid_bands(ctx: Context, state: State, layout: LayoutReader) -> list[Band]:
    bands: list[Band] = []
    for number in range(ctx.segment.page_from, ctx.segment.page_to + 1):
        page = layout(number)
        try:
            grid = read_grid(page, number)
        finally:
            page.close()
        if grid is None:
            continue
        if state.total == (None, None):
            state.total = _total_above(grid.above, grid.columns, grid.bands)
        bands.extend(grid.bands)
    return bands


def _total_above(words: list[dict[str, Any]], columns: list[tuple[float, float]],
                 bands: list[Band]) -> tuple[float | None, float | None]:
    """'TOTAL £m 334.7 290.0' above the table: each figure belongs to the column below it."""
    label = next((w for w in words if TOTAL.search(w["text"])), None)
    header = next((b for b in bands if _roles(b.cells)), None)
    if label is None or header is None:
        return None, None
    roles = _roles(header.cells) or {}
    found: list[float | None] = [None, None]
    for w in words:
        if abs(w["top"] - label["top"]) > 3:
            continue
        value = parse_millions(w["text"])
        centre = (w["x0"] + w["x1"]) / 2
        for n, role in enumerate(("annual", "lifetime")):
            i = roles.get(role)
            if value is not None and i is not None and columns[i][0] <= centre < columns[i][1]:
                found[n] = value
    return found[0], found[1]


def _text_bands(rows: list[Row], state: State) -> list[Band]:
    bands = []
    for row in rows:
        filled = row.filled
        if filled and TOTAL.match(filled[0]) and state.total == (None, None):
            values = [parse_millions(c) for c in filled[1:]]
            values = [v for v in values if v is not None]
            state.total = (values[0] if values else None, values[1] if len(values) > 1 else None)
            continue
        if len(filled) == 1 and SECTION.search(filled[0]):
            bands.append(Band(row.page, 0, 0, [], [filled[0]]))
            continue
        bands.append(Band(row.page, 0, 0, list(row.cells)))
    return bands


def _roles(cells: list[str]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for name, rx in ROLES:
            if name not in roles and rx.search(cell):
                roles[name] = i
                break
    return roles if {"title", "likelihood"} <= set(roles) else None


def _cell(band: Band, roles: dict[str, int], role: str) -> str:
    i = roles.get(role)
    return " ".join(band.cells[i].split()) if i is not None and i < len(band.cells) else ""


def _take(state: State, band: Band) -> None:
    roles = _roles(band.cells)
    if roles is not None:
        state.roles = roles  # the header, repeated on every page
        return
    if state.roles is None:
        return
    roles = state.roles
    text = {role: _cell(band, roles, role) for role in roles}
    prose = any(text.get(k) for k in ("directorate", "title", "cause", "event", "consequence"))
    likelihood = text.get("likelihood", "")
    if band.banners and not prose and not likelihood:
        # A section heading row, with the section's own total when its rows carry none.
        state.section = " ".join(band.banners)
        annual = parse_millions(text.get("annual", ""))
        lifetime = parse_millions(text.get("lifetime", ""))
        if annual is not None or lifetime is not None:
            state.section_totals[state.section] = (annual, lifetime)
        return
    if not prose and not likelihood:
        return  # an empty spacer row or the "£m" units row
    if not text.get("title") and not likelihood and state.risks:
        _continue(state.risks[-1], text)  # a row carried over from the previous page
        return
    risk = _risk(band, text, state.section)
    if likelihood and risk.likelihood is None:
        state.unreadable.append(f"{risk.title}: likelihood {likelihood!r} is not 1-5")
    state.risks.append(risk)


def _risk(band: Band, text: dict[str, str], section: str | None) -> Risk:
    m = re.match(r"^\s*([1-5])\s*$", text.get("likelihood", ""))
    title = text.get("title") or None
    directorate = text.get("directorate") or ""
    # Budget registers print no risk ids: the title stands for one, and the key adds the
    # directorate because titles repeat ("Market Sustainability" for ASCH and for CYPE).
    slug = re.sub(r"[^A-Z0-9]+", "-", f"{directorate} {title or ''}".upper()).strip("-")
    return Risk(
        risk_id=title or "",
        risk_key=f"BUDGET-{slug[:60]}",
        register="Budget Risks Register",
        title=title,
        directorate=text.get("directorate") or None,
        section=section,
        cause=text.get("cause") or None,
        event=text.get("event") or None,
        consequence=text.get("consequence") or None,
        likelihood=int(m.group(1)) if m else None,
        annual_exposure_gbp=parse_millions(text.get("annual", "")),
        lifetime_exposure_gbp=parse_millions(text.get("lifetime", "")),
        status="open",
        page=band.page,
    )


def _continue(risk: Risk, text: dict[str, str]) -> None:
    for field_name in ("directorate", "cause", "event", "consequence"):
        extra = text.get(field_name)
        if extra:
            old = getattr(risk, field_name)
            setattr(risk, field_name, f"{old} {extra}".strip() if old else extra)
