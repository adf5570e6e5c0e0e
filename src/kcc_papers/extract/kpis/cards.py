"""KPIs printed one card each: a heading naming the measure by its code, then a "Label: value"
line per field ("Measure WH1: Planning applications determined in time (%)" / "Outturn: 91.5"
/ "Target: 90.0" / "RAG status: Green"). The labels are known by the words the dashboard
reader knows columns by (``columns.role_of``), never by their order; a card needs its latest
value and a rating or a target to be a KPI.

An indicator profile is the same card with the measure given as a labelled field of its own
("Indicator: HS01 Average time to complete repairs" / "Actual: 3.4" / "Target: 4.0" /
"Status: Amber"), its name perhaps wrapped onto the next line."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.common import Extracted, Parsed
from kcc_papers.extract.kpis.layout import Item, Text
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value, parse_value

# "Measure WH1: ...", "KPI 3 - ...", "PI NC04: ...": a word for a measure, its code, a title.
OPENS = re.compile(r"^\s*(?:(?:Performance\s+)?(?:Measure|Indicator|KPI|PI)\s+)"
                   r"(?P<ref>[A-Z]{0,5}[-\s]?\d{1,3}[a-z]?)\s*[:.–-]\s*(?P<desc>\S.{4,})$")
# "Indicator: HS01 Average time ...", "Performance indicator: Rent collected ...": the measure
# as a field, its code (letters and figures together) first where it has one. (The spaces after
# the code's mark go with the mark: "\s*" either side of an optional mark tried every split of a
# long run of spaces.)
LABELLED = re.compile(r"^\s*(?:Performance\s+)?(?:Measure|Indicator|KPI|PI)(?:\s+(?:name|title))?"
                      r"\s*:\s*(?:(?P<ref>[A-Z]{1,6}[-/]?\d{1,4}[a-z]?)\b\s*(?:[:.–-]\s*)?)?"
                      r"(?P<desc>[^\d\s].{4,})$")
LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z0-9 (),/&.-]{1,30}?)\s*:\s*(?P<value>\S.*)$")
VALUE_ROLES = ("latest", "target", "floor", "previous", "previous_year", "ytd")
# The fields a card prints: its figures and its rating.
FIELD_ROLES = (*VALUE_ROLES, "rag")
# A measure's name wraps over a line or two below its opening line, before its fields.
MAX_NAME_LINES = 2
# A figure with its period in brackets after it ("2,911 (Quarter 3)", "80.4 (2025/26 survey)").
# (tried where a run of spaces starts only: from each of its spaces in turn it was quadratic)
BRACKETED_TAIL = re.compile(r"(?<!\s)\s*\([^()]*\)\s*$")


def opens_card(text: str) -> re.Match[str] | None:
    """The opening line of a KPI card or profile, naming its measure (and code)."""
    return OPENS.match(text) or LABELLED.match(text)


def read_cards(items: list[Item], key: dict[str, Rag]) -> Extracted:
    out = Extracted()
    card: dict[str, str] | None = None
    for item in items:
        if not isinstance(item, Text) or item.in_table:
            continue
        opens = opens_card(item.text)
        if opens:
            close_card(card, key, out)
            card = {"desc": opens.group("desc").strip(), "page": str(item.page), "wraps": "0"}
            if opens.group("ref"):
                card["ref"] = opens.group("ref").strip()
            continue
        label = LABEL_LINE.match(item.text) if card is not None else None
        if card is not None and label is None and _wraps_name(card, item):
            card["desc"] += " " + item.text.strip()
            card["wraps"] = str(int(card["wraps"]) + 1)
            continue
        if card is None or label is None:
            continue
        role = role_of(label.group("label"))
        if role in FIELD_ROLES and role not in card:
            card[role] = label.group("value").strip()
    close_card(card, key, out)
    return out


def _wraps_name(card: dict[str, str], item: Text) -> bool:
    """A line continuing the measure's name: on its page, before any field, and plainly the
    rest of it (in lower case, or closing a bracket the name left open); a line of its own
    below the name (a note, the page's running header) is no part of it."""
    unfinished = item.text[:1].islower() or card["desc"].count("(") > card["desc"].count(")")
    return (unfinished and not item.header and str(item.page) == card["page"]
            and int(card["wraps"]) < MAX_NAME_LINES
            and not any(role in card for role in FIELD_ROLES))


def _figure(text: str) -> Value:
    """A field's figure, its period in brackets after it set aside."""
    value = parse_value(text)
    if value.value is None and BRACKETED_TAIL.search(text):
        bare = parse_value(BRACKETED_TAIL.sub("", text))
        if bare.value is not None:
            return bare
    return value


def close_card(card: dict[str, str] | None, key: dict[str, Rag], out: Extracted) -> None:
    """The card's KPI, if it prints its latest figure and a rating or a target. A card whose
    only figure is the year so far ("Q4 (year total): 171", "Latest (Q2, year to date): 41")
    has that as its latest."""
    if card is not None and "latest" not in card and "ytd" in card:
        card["latest"] = card.pop("ytd")
    if card is None or "latest" not in card:
        return
    raw: dict[str, Value] = {role: _figure(card[role]) for role in VALUE_ROLES
                             if role in card}
    rag = status_rag(card["rag"], key, None) if "rag" in card else None
    if raw["latest"].value is None or not (rag or "target" in raw):
        return
    kpi = Kpi(ref=card.get("ref"), description=" ".join(card["desc"].split()),
              latest_rag=rag, page=int(card["page"]))
    for role, name in (("latest", "latest_value"), ("target", "target"),
                       ("floor", "floor_standard"), ("previous", "previous_value"),
                       ("previous_year", "previous_year"), ("ytd", "ytd_value")):
        if role in raw:
            setattr(kpi, name, raw[role].value)
    kpi.latest_text = raw["latest"].text or None
    kpi.unit = next((v.unit for v in raw.values() if v.unit), None)
    out.kpis.append(Parsed(kpi, raw))
