"""The meeting a document belongs to: council, committee, date, time and venue.

Agendas print a masthead (committee, date, time, venue); minutes say "MINUTES of a meeting of
the Cabinet held in <venue> on <date>"; reports say "To: <committee> – <date>" or
"COMMITTEE: ... DATE: ...". Every kind is read; nothing is emitted when nothing is said.
"""

from __future__ import annotations

import re
from collections import Counter

from kcc_papers.extract import Context
from kcc_papers.extract.minutes.heading import minutes_heading
from kcc_papers.models import Meeting, Record
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.dates import find_date

KINDS = None

# Bounded word counts keep the pattern linear on 300-page packs.
COUNCIL = re.compile(
    r"\b((?:[A-Z][A-Za-z]+\s+){1,3}(?:COUNTY|CITY|BOROUGH|DISTRICT|County|City|Borough|District)"
    r"\s+(?:COUNCIL|Council)|(?:[A-Z][A-Za-z]+\s+(?:of\s+)?){1,5}(?:COMBINED|Combined)\s+"
    r"(?:AUTHORITY|Authority))"
)
BODY = r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission)"
TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", re.I)
TO_LINE = re.compile(
    r"^\s*(?:To|REPORT\s+TO|COMMITTEE|Meeting|DECISION\s+TO\s+BE\s+TAKEN\s+BY)\s*:\s*(.*)$", re.I
)
# Where a committee's name ends and its date begins: "Cabinet – 30 January 2025", "Cabinet, 4".
NAME_END = re.compile(
    r"\s*[–-]\s*\d|\s+[–-]\s+|,\s*\d|\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}"
)
DATE_LINE = re.compile(r"^\s*DATE\s*:\s*(.+)$", re.I)
DETERMINED_AT = re.compile(
    r"(?:determined|taken|made)\s+at\s+(?:the\s+)?(.{3,100}?)\s+meeting\s+(?:held\s+)?on\s+(.{6,40})",
    re.I,
)
VENUE_WORDS = re.compile(
    r"\b(Room|Chamber|Hall|House|Centre|Offices?|Suite|Online|Virtual)\b", re.I
)


def extract(ctx: Context) -> list[Record]:
    lines = [line.text for _, line in ctx.segment.lines]
    kind = ctx.document.kind
    if moderngov.page_type(lines):
        found = _page_heading(lines)
    elif kind == "agenda":
        found = _masthead(lines)
    elif kind == "minutes":
        found = _minutes_heading(lines, ctx.source.iter_text())
    else:
        found = _addressed_to(ctx.segment.stream_lines[:60])
    if not found:
        return []
    found.setdefault("council", council_of(ctx.source.iter_text()))
    return [Meeting(page=ctx.segment.page_from, **found)]


NOT_FIRST = {"The", "Of", "And", "By", "To", "At", "In", "For", "A", "An", "Budget", "Full", "With"}
EMAIL_DOMAIN = re.compile(r"@([a-z][a-z-]*)\.gov\.uk", re.I)


def council_of(text: str) -> str | None:
    """The council a file is about. A name that matches the paper's own e-mail domain
    (kent.gov.uk) wins; otherwise the name printed most often, counting "Kent County Council"
    inside "the Kent County Council" too. A single passing mention is not enough."""
    for line in text.splitlines()[:40]:
        # A web page's footer: "Copyright Fernbridge Borough Council".
        line = re.sub(r"^(?:Copyright|©)\s*(?:\d{4}\s+)?", "", line.strip())
        m = COUNCIL.match(line)
        if m and re.fullmatch(r"\s*(?:[–-].*)?", line[m.end() :]):
            return _title_case(m.group(1))  # a masthead line: "KENT COUNTY COUNCIL – ..."
    counts: Counter[str] = Counter()
    for m in COUNCIL.finditer(text):
        name = m.group(1)
        words = (_title_case(name) if name.isupper() else " ".join(name.split())).split()
        for i in range(len(words) - 2):  # every suffix of three or more words
            if words[i].capitalize() not in NOT_FIRST:
                counts[" ".join(words[i:])] += 1
    if not counts:
        return None
    domains = Counter(d.lower() for d in EMAIL_DOMAIN.findall(text))
    for domain, _ in domains.most_common(3):
        own = [n for n in counts if domain.startswith(n.split()[0].lower())]
        if own:
            return max(own, key=lambda n: (counts[n], -len(n)))
    if domains:
        return None  # the councils it names are other councils
    best = max(counts.values())
    if best < 2:
        return None
    # Among equally common names the longest is the full name ("West of England Mayoral
    # Combined Authority" over "Mayoral Combined Authority").
    return max((n for n, c in counts.items() if c == best), key=len)


# A summons names its meeting in one sentence: "An extraordinary meeting of the County Council
# will be held in the Council Chamber, County Hall, Maidstone on Thursday, 9th January, 2025 at
# 10.00 am to deal with the following business."
SUMMONS = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&'’ -]{1,80}?)\s+will\s+be\s+held\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?(?P<venue>.{3,160}?)\s+)?on\s+(?P<date>[^.]{6,60}?\d{4})"
    r"(?:,?\s+(?:at|commencing\s+at)\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)))?",
    re.I,
)
# The numbered business ends the masthead: a venue is never looked for among the items.
FIRST_ITEM = re.compile(r"^\s*(?:\d{1,4}\.|[A-Z]\d{1,2})\s+[A-Z]")


def _summons(lines: list[str]) -> dict[str, object]:
    m = SUMMONS.search(" ".join(s.strip() for s in lines[:40]))
    if not m or not re.search(rf"\b{BODY}\b", m.group("body")):
        return {}
    out: dict[str, object] = {"committee": m.group("body").strip()}
    if d := find_date(m.group("date")):
        out["meeting_date"] = d
    if m.group("time"):
        out["meeting_time"] = _norm_time(m.group("time"))
    if m.group("venue"):
        out["venue"] = m.group("venue").strip(" ,")
    return out


def _masthead(lines: list[str]) -> dict[str, object]:
    """Committee, date, time and venue from the lines around an agenda's heading."""
    head = lines[:25]
    first_item = next((n for n, s in enumerate(head) if FIRST_ITEM.match(s)), len(head))
    head = head[:first_item]
    out: dict[str, object] = _summons(lines)
    for s in head:
        if "committee" not in out and _is_body_name(s):
            out["committee"] = _title_case(s)
        if "meeting_date" not in out and (d := find_date(s)):
            out["meeting_date"] = d
            if t := TIME.search(s):
                out["meeting_time"] = _norm_time(t.group(1))
        elif "meeting_time" not in out and (t := TIME.fullmatch(s.strip())):
            out["meeting_time"] = _norm_time(t.group(1))
        if "venue" not in out and VENUE_WORDS.search(s) and not re.search(r"Ask for", s[:8]):
            out["venue"] = _venue(s, head)
    if "committee" not in out and (page := _page_heading(lines)):
        out = {**page, **out}  # a ModernGov agenda page: "Planning Committee - Thursday, ..."
    return out


def _is_body_name(s: str) -> bool:
    s = s.strip()
    return (
        bool(re.search(rf"\b{BODY}\b", s, re.I))
        and s.upper() == s
        and len(s) < 90
        and not re.search(r"\bITEMS?\b|AGENDA", s)
    ) or s in ("CABINET", "COUNCIL", "Cabinet", "Council")


def _venue(line: str, head: list[str]) -> str:
    """Venue lines carry trailing "Telephone:"/"Email:" columns of the masthead; drop them."""
    parts = [line]
    i = head.index(line)
    if i + 1 < len(head) and re.search(r"\b(Hall|Maidstone|House)\b", head[i + 1]):
        parts.append(head[i + 1])
    cut = re.compile(r"\s+(?:Telephone|Tel|Email|Ask for)\s*:")
    text = ", ".join(cut.split(p)[0].strip(" ,") for p in parts)
    # "Venue: Council Chamber, Civic Centre. View directions" (a web page's label and link)
    text = re.sub(r"^\s*Venue\s*:\s*|\.?\s*View\s+directions\s*$", "", text)
    return re.sub(r",\s*,", ",", text).strip(" ,")


def _page_heading(lines: list[str]) -> dict[str, object]:
    """A ModernGov page's meeting line: "Cabinet - Tuesday, 10th September, 2024 7.00 pm"."""
    heading = moderngov.meeting_heading(lines)
    if heading is None:
        return {}
    out: dict[str, object] = {"committee": heading.committee}
    if heading.date:
        out["meeting_date"] = heading.date
    if heading.time:
        out["meeting_time"] = heading.time
    venue = next((s for s in lines[:30] if re.match(r"^\s*Venue\s*:", s)), None)
    if venue:
        out["venue"] = re.sub(r"^\s*Venue\s*:\s*|\.?\s*View\s+directions\s*$", "", venue)
    return out


def _minutes_heading(lines: list[str], whole_text: str) -> dict[str, object]:
    """The minutes' own heading (extract/minutes/heading.py reads every form of it)."""
    heading = minutes_heading(lines, whole_text)
    found = {
        "committee": heading.committee,
        "council": heading.council,
        "meeting_date": heading.meeting_date,
        "meeting_time": heading.meeting_time,
        "venue": heading.venue,
    }
    return {k: v for k, v in found.items() if v is not None}


def _addressed_to(lines: list[str]) -> dict[str, object]:
    """Reports and decisions: "To: Cabinet – 30 January 2025", "COMMITTEE: ..." / "DATE: ..."."""
    out: dict[str, object] = {}
    for n, s in enumerate(lines[:40]):
        m = TO_LINE.match(s)
        if m and "committee" not in out:
            value = m.group(1).strip() or (lines[n + 1] if n + 1 < len(lines) else "")
            if value and not re.search(rf"\b{BODY}\b", value, re.I) and n + 1 < len(lines):
                value = f"{value} {lines[n + 1]}" if _is_body_name(lines[n + 1]) else value
            if re.search(r"Cabinet\s+Member|Director|Officer", value, re.I):
                continue  # addressed to a person: the decision maker, not a meeting
            name = NAME_END.split(value)[0]
            name = name.removeprefix("The ").strip(" ,–-")
            if re.search(rf"\b{BODY}\b", name, re.I) and len(name) < 100:
                out["committee"] = _title_case(name) if name.isupper() else name
                if d := find_date(value):
                    out["meeting_date"] = d
        dm = DATE_LINE.match(s)
        at = DETERMINED_AT.search(" ".join(lines[n : n + 3]))
        if at and "committee" not in out:
            out["committee"] = " ".join(at.group(1).split())
            out["meeting_date"] = find_date(at.group(2))
        if dm and "meeting_date" not in out and (d := find_date(dm.group(1))):
            out["meeting_date"] = d
    return out


def _title_case(s: str) -> str:
    small = {"and", "of", "the", "for", "in", "on"}
    words = s.strip().split()
    return " ".join(
        w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(words)
    )


def _norm_time(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("a.m.", "am").replace("p.m.", "pm")).lower()
