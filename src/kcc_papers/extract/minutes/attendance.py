"""Who was at a meeting: "PRESENT: Mr A J King, MBE (Chairman), Mr M A C Balfour (Substitute
for Mr J A Davies), ...", "ALSO PRESENT:", "IN ATTENDANCE:", "Members Present:- Councillors:
Ed Plowden (Chair), ...", "Apologies:", and apologies recorded in an Apologies minute."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.models import AttendanceCategory
from kcc_papers.normalise.runs import LAST_SPACES as _LAST_SPACES
from kcc_papers.normalise.textclean import join_lines

_LABELS: tuple[tuple[str, AttendanceCategory], ...] = (
    (r"ALSO\s+PRESENT|Other\s+Members\s+present|Also\s+in\s+attendance", "also_present"),
    (
        r"IN\s+ATTENDANCE(?:\s+(?:VIRTUALLY|REMOTELY|ONLINE))?|Officers(?:\s+present|\s+in\s+attendance)?",
        "in_attendance",
    ),
    (r"(?:Committee\s+)?Members\s+present|PRESENT", "present"),
    (r"APOLOGIES(?:\s+FOR\s+ABSENCE)?", "apologies"),
)
_LABEL = re.compile(
    r"^(?:"
    + "|".join(f"(?P<c{n}>{rx})" for n, (rx, _) in enumerate(_LABELS))
    + r")\s*(?::-|:|-|–)\s*(?P<rest>.*)$",
    re.I,
)
_CATEGORIES = [cat for _, cat in _LABELS]
_HONOURS = re.compile(r"^(?:MBE|OBE|CBE|TD|DL|JP|BEM|KBE|DBE|QPM|MP|MEP|QC|KC|FRICS|VR)$")
# "Mr Ashey Eley, MHA": the initials of the body a person speaks for (a housing association),
# not a person. Honours are matched first, so only other capitals land here.
_BODY = re.compile(r"^[A-Z]{2,6}$")
# "Councillors: A, B" or "Councillors A, B" (a plural prefix names nobody).
_GROUP_PREFIX = re.compile(
    r"^(?:(?:Councillors?|Cllrs?\.?|Members|Officers)\s*:\s*|(?:Councillors|Cllrs\.?)\s+(?=[A-Z]))"
)
_SUBSTITUTE = re.compile(r"^Substitut(?:e|ing)\s+for\s+(.+)$", re.I)
_APOLOGIES = re.compile(
    r"Apologies(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received|given|submitted|"
    r"tendered|made|noted)\s+(?:from|by|on\s+behalf\s+of)\s+(?P<names>.+?)(?:\.(?:\s|$)|$)",
    re.I,
)


@dataclass(slots=True)
class Attendee:
    name: str
    category: AttendanceCategory
    role: str | None = None
    substitute_for: str | None = None


def parse_attendance(lines: list[str]) -> list[Attendee]:
    """Attendees from the lines before the first minute."""
    blocks: list[tuple[AttendanceCategory, list[str]]] = []
    for line in lines:
        m = _LABEL.match(line.strip())
        if m:
            n = next(int(k[1:]) for k, v in m.groupdict().items() if k != "rest" and v)
            blocks.append((_CATEGORIES[n], [m.group("rest")]))
        elif blocks:
            blocks[-1][1].append(line)
    out = []
    for category, block in blocks:
        text = _GROUP_PREFIX.sub("", join_lines(block).strip())
        text = _PUBLIC.sub("", text)
        # A list set out one per line ("Councillor Ed Plowden" / "Councillor Emma Edwards,
        # Leader of the Green Group"): each line is a person, anything after a comma a role.
        rows = [t.strip() for t in block if t.strip()]
        if len(rows) >= 2 and all(_TITLED.match(r) and not _MANY.search(r) for r in rows):
            entries = [_role_after_comma(r) for r in rows]
        elif "," in text or " and " in text or " & " in text:
            entries = split_names(text)
        else:
            entries = rows
        for entry in entries:
            person = _attendee(entry, category)
            if person:
                out.append(person)
    return out


_TITLED = re.compile(r"^(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\s+[A-Z]")


# A wrapped list has several people on a line: "Mr R W Gough, Mr N Baker, Mrs C Bell,".
_MANY = re.compile(r"(?:,|\band)\s*(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s|,\s*$")


def _role_after_comma(row: str) -> str:
    name, sep, rest = row.partition(",")
    if not sep or _HONOURS.match(rest.strip().split(" ")[0]) or "(" in row:
        return row
    return f"{name} ({rest.strip()})"


def apologies_in(text: str) -> list[str]:
    """Names in "Apologies for absence were received from Miss Carey and Mr Davies."."""
    m = _APOLOGIES.search(text)
    if not m:
        return []
    return [n for n in (_strip_name(e) for e in split_names(m.group("names"))) if n]


def split_names(text: str) -> list[str]:
    """Split on commas and "and" outside parentheses, keeping honours with their holder."""
    parts: list[str] = []
    depth, current = 0, ""
    tokens = re.split(r"(\(|\)|,|\band\b|&)", text)
    for tok in tokens:
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        if depth == 0 and tok in (",", "and", "&"):
            parts.append(current)
            current = ""
            continue
        current += tok
    parts.append(current)
    out: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        head = re.match(r"^(\S+)\s*(\(.*)?$", part)
        if out and head and _HONOURS.match(head.group(1)):
            out[-1] = f"{out[-1]}, {part}"
        elif out and _BODY.match(part):
            out[-1] = f"{out[-1]} ({part})"
        else:
            out.append(part)
    return out


# Parish minutes: "Present: Chairman Cllr Mrs Shewell, Cllrs Hayward, Hoskins ... and the
# Clerk. Members of the public – Mr R Parsons." The public are not attendees; the Clerk,
# unnamed, is nobody to list; "Chairman" before a name is the person's role.
# _PUBLIC never opens inside a run of spaces: a match from there would have started at the run's
# first space, so none is lost, and a long run with nothing wanted after it is read once, not from
# each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
_PUBLIC = re.compile(r"\.?" + _OUTSIDE_SPACES + r"\s+Members\s+of\s+the\s+public\b.*$", re.I | re.S)
_ROLE_FIRST = re.compile(
    r"^(?P<role>Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|Mayor|"
    r"Deputy\s+Mayor)\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b)"
)
_PLURAL_TITLE = re.compile(r"^(?:Cllrs|Councillors)\.?\s+(?=[A-Z])")
_UNNAMED_OFFICER = re.compile(
    r"^(?:the\s+)?(?:Clerk|RFO|Responsible\s+Financial\s+Officer)\b", re.I
)


def _attendee(entry: str, category: AttendanceCategory) -> Attendee | None:
    role = substitute = None
    entry = _PLURAL_TITLE.sub("", entry.strip())
    if _UNNAMED_OFFICER.match(entry):
        return None
    first = _ROLE_FIRST.match(entry)
    if first:
        role, entry = first.group("role"), entry[first.end() :]
    notes = re.findall(r"\(((?:[^()]|\([^()]*\))*)\)", entry)
    name = re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", entry)
    for note in notes:
        sub = _SUBSTITUTE.match(note.strip())
        if sub:
            substitute = _strip_name(sub.group(1))
        else:
            role = re.sub(r"\s+", " ", note).strip()
    name = _strip_name(name)
    if not name or not re.search(r"[A-Z]", name):
        return None
    return Attendee(name, category, role, substitute)


def _strip_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return re.sub(r"\s+,", ",", text)


# (Each run of spaces read once, as contracts.provider_patterns reads "contract for ...": the name
# opens on the run's last few spaces at most (the rest skipped eight at a time) and ends on a word's
# end, not inside spaces. Read from each split of the run, "Mrs" and 500 spaces took half a second.)
_SUBSTITUTES = re.compile(
    rf"(?P<who>(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr){_LAST_SPACES}\s+)"
    r"(?:[^.]*?(?<!\s))??)\s++attended\s+as\s+"
    r"(?:a\s+|the\s+)?substitutes?(?:\s+for\s+(?P<for>[^.]+))?",
    re.I,
)


def substitutes_in(text: str, absent: list[str]) -> dict[str, str | None]:
    """{substitute: member replaced} from "Councillor Jos Clark attended as substitute" (for
    the one member who sent apologies, when only one did) or "... as substitute for X"."""
    out: dict[str, str | None] = {}
    for m in _SUBSTITUTES.finditer(text):
        names = [_strip_name(n) for n in split_names(m.group("who"))]
        replaced = _strip_name(m.group("for")) if m.group("for") else None
        if replaced is None and len(names) == 1 and len(absent) == 1:
            replaced = absent[0]
        for name in names:
            out[name] = replaced
    return out
