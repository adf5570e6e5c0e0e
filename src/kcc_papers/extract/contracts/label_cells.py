"""Contract rows from table cells that carry labels: "Provider: DUCL Contract Period:
2014-2020 Contract Value: £24.5m" (one row per provider named in the cell), and a row naming
a provider in passing ("Partly in-house, partly O2")."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft, read_date, set_period, set_value
from kcc_papers.extract.contracts.fields import (
    Party,
    before_labels,
    extension,
    keyed_terms,
    labelled,
    matches_key,
    one_line,
    parties,
    partly_provider,
    term_years,
)
from kcc_papers.normalise.numbers import words_to_number

CONTRACTISH = re.compile(r"\bcontract|\bcommissioned\b|\bexternal\b|\boutsourced\b", re.I)
EXTERNAL = re.compile(r"\bexternal|\bcommissioned\b|\boutsourced\b", re.I)
SUPPLY_VERB = r"(?:provides|supplies|delivers|hosts|operates|runs)\b"


# "PFI Schools – 3 contracts", "(three TFM contracts)"
COUNTED = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[A-Z]\w*\s+)?"
    r"contracts\b",
    re.I,
)


def _count(word: str) -> int | None:
    """The count COUNTED read, in figures or in words ("3", "three")."""
    return int(word) if word.isdigit() else words_to_number(word)


def _terms_for(parties_: list[Party], length: str) -> dict[str, float]:
    """Per-provider terms ("Swanscombe - 25 years, KEP - 28 years"), or one for all."""
    keyed = keyed_terms(length)
    out: dict[str, float] = {}
    for party in parties_:
        for key, years in keyed:
            if matches_key(party.name, key) or (party.area and matches_key(party.area, key)):
                out[party.name] = years
                break
    if not keyed:
        single = term_years(length)
        if single is not None:
            out = {p.name: single for p in parties_}
    return out


def label_rows(cells: list[str], page: int) -> list[Draft]:
    cells = [one_line(c) for c in cells]  # a PDF cell wraps its text over lines
    label_cell = next(
        (c for c in cells if any(k in ("provider", "value") for k, _ in labelled(c))), None
    )
    if label_cell is None:
        return _partly_row(cells, page)
    fields = labelled(label_cell)
    if {k for k, _ in fields} <= {"provider", "area"} and not CONTRACTISH.search(" ".join(cells)):
        return []  # "Provider: X" alone, in a row that says nothing of a contract
    service = cells[0] if cells[0] is not label_cell and cells[0].strip() else None
    service = (
        one_line(service) if service else one_line(before_labels(label_cell)).strip(" .;:,") or None
    )
    named: list[Party] = []
    for name, value in fields:
        if name == "provider":
            named.extend(parties(value))
    text = one_line(" | ".join(c for c in cells if c.strip()))
    base = Draft(page=page, service=service, text=text)
    terms: dict[str, float] = {}
    for name, value in fields:
        if name == "period":
            set_period(base, value)
        elif name == "length":
            terms = _terms_for(named, value)
            base.term_years = term_years(value) if not keyed_terms(value) else None
            base.extension_options = extension(value)
        elif name == "extension":
            base.extension_options = one_line(value) or None
        elif name in ("start", "end"):
            setattr(base, f"{name}_date", read_date(value, base, f"{name} date"))
        elif name == "signed":
            base.signed_date = value
        elif name == "area":
            base.area = one_line(value) or None
    values = [v for n, v in fields if n == "value"]
    if values:
        set_value(base, values[0], covers=len(named) if len(named) > 1 else None)
    if not named:
        return [base] if base.has_substance() else []
    counted = COUNTED.search(before_labels(label_cell))
    if counted and len(named) > 1 and _count(counted.group(1)) != len(named):
        base.problems.append(
            ("contract_count_mismatch", f"{counted.group(0)!r} but {len(named)} providers named")
        )
    out = []
    for party in named:
        row = Draft(**{**base.__dict__, "problems": list(base.problems)})
        row.provider, row.area = party.name, party.area or base.area
        row.term_years = terms.get(party.name, base.term_years)
        out.append(row)
    return out


def _supplies(name: str, text: str) -> bool:
    """Whether the row says the named company supplies the service ("Egress provides secure
    email ..."), which makes it a supplier even in a row the table marks as in-house."""
    return bool(re.search(rf"\b{re.escape(name)}\s+{SUPPLY_VERB}", text))


def _partly_row(cells: list[str], page: int) -> list[Draft]:
    """ "Partly In-house, partly O2." names a provider in a row the table marks as external,
    or in any row that says the provider supplies the service. "Partly In-house, partly
    Microsoft" in an in-house row says whose software is run, not who is contracted."""
    if len(cells) < 2:
        return []
    external = any(EXTERNAL.search(c) for c in cells[1:])
    for cell in cells[1:]:
        name = partly_provider(cell)
        if name and (external or _supplies(name, cell)):
            return [
                Draft(
                    page=page,
                    service=one_line(cells[0]) or None,
                    provider=name,
                    text=one_line(" | ".join(c for c in cells if c.strip())),
                )
            ]
    return []
