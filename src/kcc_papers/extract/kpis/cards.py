"""KPIs printed one card each: a heading naming the measure by its code, then a "Label: value"
line per field ("Measure WH1: Planning applications determined in time (%)" / "Outturn: 91.5"
/ "Target: 90.0" / "RAG status: Green"). The labels are known by the words the dashboard
reader knows columns by (``grid.role_of``), never by their order; a card needs its latest
value and a rating or a target to be a KPI."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.common import Extracted, Parsed
from kcc_papers.extract.kpis.grid import role_of
from kcc_papers.extract.kpis.layout import Item, Text
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value, parse_value

# "Measure WH1: ...", "KPI 3 - ...", "PI NC04: ...": a word for a measure, its code, a title.
OPENS = re.compile(r"^\s*(?:(?:Performance\s+)?(?:Measure|Indicator|KPI|PI)\s+)"
                   r"(?P<ref>[A-Z]{0,5}[-\s]?\d{1,3}[a-z]?)\s*[:.–-]\s*(?P<desc>\S.{4,})$")
LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z0-9 (),/&.-]{1,30}?)\s*:\s*(?P<value>\S.*)$")
VALUE_ROLES = ("latest", "target", "floor", "previous", "previous_year", "ytd")


def read_cards(items: list[Item], key: dict[str, Rag]) -> Extracted:
    out = Extracted()
    card: dict[str, str] | None = None
    for item in items:
        if not isinstance(item, Text) or item.in_table:
            continue
        opens = OPENS.match(item.text)
        if opens:
            close_card(card, key, out)
            card = {"ref": opens.group("ref").strip(), "desc": opens.group("desc").strip(),
                    "page": str(item.page)}
            continue
        label = LABEL_LINE.match(item.text) if card is not None else None
        if card is None or label is None:
            continue
        role = role_of(label.group("label"))
        if role in (*VALUE_ROLES, "rag") and role not in card:
            card[role] = label.group("value").strip()
    close_card(card, key, out)
    return out


def close_card(card: dict[str, str] | None, key: dict[str, Rag], out: Extracted) -> None:
    """The card's KPI, if it prints its latest figure and a rating or a target. A card whose
    only figure is the year so far ("Q4 (year total): 171", "Latest (Q2, year to date): 41")
    has that as its latest."""
    if card is not None and "latest" not in card and "ytd" in card:
        card["latest"] = card.pop("ytd")
    if card is None or "latest" not in card:
        return
    raw: dict[str, Value] = {role: parse_value(card[role]) for role in VALUE_ROLES
                             if role in card}
    rag = status_rag(card["rag"], key, None) if "rag" in card else None
    if raw["latest"].value is None or not (rag or "target" in raw):
        return
    kpi = Kpi(ref=card["ref"] or None, description=" ".join(card["desc"].split()),
              latest_rag=rag, page=int(card["page"]))
    for role, name in (("latest", "latest_value"), ("target", "target"),
                       ("floor", "floor_standard"), ("previous", "previous_value"),
                       ("previous_year", "previous_year"), ("ytd", "ytd_value")):
        if role in raw:
            setattr(kpi, name, raw[role].value)
    kpi.latest_text = raw["latest"].text or None
    kpi.unit = next((v.unit for v in raw.values() if v.unit), None)
    out.kpis.append(Parsed(kpi, raw))
