"""KPIs printed one card each: a heading naming the measure by its code, then a "Label: value"
line per field ("Measure WH1: Planning applications determined in time (%)" / "Outturn: 91.5"
/ "Target: 90.0" / "RAG status: Green"). The labels are known by the words the dashboard
reader knows columns by (``columns.role_of``), never by their order; a card needs its latest
value and a rating or a target to be a KPI.

An indicator profile is the same card with the measure given as a labelled field of its own
("Indicator: HS01 Average time to complete repairs" / "Actual: 3.4" / "Target: 4.0" /
"Status: Amber"), its name perhaps wrapped onto the next line.

A text export prints a card under a heading of its code and name, a rule under it
("RES04  Invoices paid within 30 days (%)" over "-----"), several fields a line set apart by
wide gaps ("Q4 2026/27: 93.1% (Amber)     Q1 2027/28: 88.4%     Status: RED"): where a card
prints its figure for periods in turn, the latest period's is its latest."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import period_of, role_of
from kcc_papers.extract.kpis.common import Extracted, Parsed
from kcc_papers.extract.kpis.header import budget_heading
from kcc_papers.extract.kpis.layout import Item, Text
from kcc_papers.extract.kpis.periods import MONTH_STEMS, MONTHS_PER_YEAR, period_key
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.models import Kpi
from kcc_papers.normalise.dates import MONTHS
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


# A measure's heading as a text export prints it: its code, then its name ("RES04  Invoices
# paid within 30 days (%)", "CH9 Households in bed and breakfast"), a rule under it.
CODED_HEADING = re.compile(r"^\s*(?P<ref>[A-Z]{1,5}[-/]?\d{1,3}[a-z]?)\s+(?P<desc>[A-Z(][^:]{4,})$")
# A rule drawn in characters: a row of dashes, equals signs or underscores.
RULE = re.compile(r"^\s*[-=_]{10,}\s*$")
# A risk's field ("Likelihood: 4", "Current score: 16", "Target risk score: 6"): a text pack
# prints its risks under a code and a rule as it prints its measures, but a risk's score rates
# no measure (nor does a budget line's sum: ``header.budget_heading``).
RISK_FIELD = re.compile(r"\b(?:likelihood|impact|probability|severity|risk\s+score|"
                        r"(?:inherent|residual|current|target)\s+score)\b", re.I)
# A period that names no year, as its place in the year: a quarter ("Q2", "Quarter 2") or a
# month ("Sep").
YEARLESS_PERIOD = re.compile(
    rf"^(?:(?:Q|Quarter\s*)(?P<quarter>[1-4])|(?P<month>{MONTH_STEMS})[a-z]*\.?)$", re.I)
QUARTERS_PER_YEAR = 4


def opens_card(text: str) -> re.Match[str] | None:
    """The opening line of a KPI card or profile, naming its measure (and code)."""
    return OPENS.match(text) or LABELLED.match(text)


def read_cards(items: list[Item], key: dict[str, Rag]) -> Extracted:
    out = Extracted()
    card: dict[str, str] | None = None
    texts = [item for item in items if isinstance(item, Text) and not item.in_table]
    for n, item in enumerate(texts):
        named = opens_card(item.text)
        ruled = None if named else _ruled_heading(texts, n)
        opens = named or ruled
        if opens:
            close_card(card, key, out)
            card = _new_card(item, opens, ruled=ruled is not None)
            continue
        if card is None:
            continue
        labels = [m for part in item.columns or [item.text] if (m := LABEL_LINE.match(part))]
        if "ruled" in card and any(sum_or_risk(m.group("label")) for m in labels):
            card = None  # a budget line's or a risk's block, set out as a measure's card is
            continue
        if not labels and _wraps_name(card, item):
            card["desc"] += " " + item.text.strip()
            card["wraps"] = str(int(card["wraps"]) + 1)
            continue
        for label in labels:
            _take_field(card, label.group("label"), label.group("value").strip())
    close_card(card, key, out)
    return out


def _new_card(item: Text, opens: re.Match[str], *, ruled: bool) -> dict[str, str]:
    """A card as its heading opens it; one under a ruled code heading is marked so, as a
    budget's or a risk's block may look the same (``sum_or_risk``)."""
    card = {"desc": opens.group("desc").strip(), "page": str(item.page), "wraps": "0"}
    if opens.group("ref"):
        card["ref"] = opens.group("ref").strip()
    if ruled:
        card["ruled"] = "1"
    return card


def _ruled_heading(texts: list[Text], n: int) -> re.Match[str] | None:
    """The line as a measure's heading of its code and name, where a rule underlines it."""
    heading = CODED_HEADING.match(texts[n].text)
    ruled = n + 1 < len(texts) and RULE.match(texts[n + 1].text)
    return heading if heading and ruled else None


def sum_or_risk(label: str) -> bool:
    """Whether a field names a budget ("Budget: £45.2m") or a risk's likelihood or score
    ("Current score: 16"): its block is a budget monitor's or a risk register's."""
    return budget_heading(label) or bool(RISK_FIELD.search(label))


def _take_field(card: dict[str, str], label: str, value: str) -> None:
    """The card's field of that label, the first of its role; but a figure for a later period
    than the latest so far (both labels naming periods: "Q4 2026/27: 93.1%", then "Q1
    2027/28: 88.4%") is the latest, as a dashboard's last period column is."""
    role = role_of(label)
    if role not in FIELD_ROLES:
        return
    if role not in card:
        card[role] = value
        card[f"{role} label"] = label
    elif role == "latest" and _later_period(label, card["latest label"]):
        card[role], card["latest label"] = value, label


def _later_period(label: str, than: str) -> bool:
    """Whether ``label`` names a period after the one ``than`` names; printed after it, a
    period is the later where either names no year, unless both are of one kind and it falls
    before the other in the year (``_on_in_year``)."""
    period, before = period_of(label), period_of(than)
    if period is None or before is None:
        return False
    keys = period_key(period), period_key(before)
    if keys[0] is not None and keys[1] is not None:
        return keys[0] > keys[1]
    return _on_in_year(period, before)


def _on_in_year(period: str, before: str) -> bool:
    """Whether a quarter or month named with no year, printed after another of its kind, is
    the later: where it falls up to half a year on ("Q1" after "Q2" is a card printing its
    latest first; "Q1" after "Q4" is the next year's first quarter)."""
    place, was = _place_in_year(period), _place_in_year(before)
    if place is None or was is None or place[1] != was[1]:
        return True
    steps = (place[0] - was[0]) % place[1]
    return 0 < steps <= place[1] // 2


def _place_in_year(period: str) -> tuple[int, int] | None:
    """A yearless quarter's or month's place in the year and the year's count of its kind."""
    m = YEARLESS_PERIOD.match(" ".join(period.split()))
    if m is None:
        return None
    if m.group("quarter"):
        return int(m.group("quarter")), QUARTERS_PER_YEAR
    return MONTHS[m.group("month").lower()], MONTHS_PER_YEAR


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
