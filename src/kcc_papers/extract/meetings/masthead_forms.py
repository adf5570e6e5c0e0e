"""The looser reading of a minutes masthead, for what the heading's printed forms leave
unknown: "Minutes of <body> held in <venue> on <date>", or a body line above a heading that
names none."""

from __future__ import annotations

import re

from kcc_papers.normalise.dates import find_date

from .body_names import MASTHEAD_LINES, SOLE_BODY, is_masthead_name
from .council import COUNCIL, OF_COUNCIL, as_printed
from .held_when import TIME, norm_time

# The looser masthead reading, for what the forms above leave unknown.
_MASTHEAD_MINUTES_OF = re.compile(
    # "Minute of Meeting" (a Scottish house style) as well as "Minutes of"
    r"(?:minutes|minute(?=\s+of\s+(?:a\s+|the\s+)?meeting\b))\s+of\s+(?:(?:a|an|the)\s+)?"
    r"(?:\d{1,4}(?:st|nd|rd|th)\s+)?(?:(?:meeting|hearing)\s+of\s+(?:the\s+)?)?(?P<body>.+?)"
    r"(?:\s+held\s+(?:in|at)\s+(?P<venue>.+?))?(?:\s+on\s+(?P<date>[A-Z\d][^.]*?\d{4})|\s+\d{1,2}\s+\w+\s+\d{4}|$)",
    re.I | re.S,
)


def _masthead_forms(lines: list[str]) -> dict[str, object]:
    """The looser reading of a minutes masthead: "Minutes of <body> held in <venue> on <date>",
    or a body line above a heading that names none."""
    text = " ".join(lines[:MASTHEAD_LINES])
    m = _MASTHEAD_MINUTES_OF.search(text)
    out: dict[str, object] = {}
    if m:
        body = re.sub(r"\s+", " ", m.group("body")).strip(" ,.")
        # (in any case: "MINUTES OF THE MEETING HELD ON 7TH DECEMBER 2027" names no body)
        body = re.split(r"\s+(?:held|on)\b|\s+\d{1,2}\s+\w+\s+\d{4}", body, flags=re.I)[0]
        # "Minutes of the Cabinet Tuesday, ..."
        body = re.split(r",?\s+\w+day\b", body, flags=re.I)[0]
        body = _MEETING_WORDS.sub("", body.strip())  # "Extraordinary Meeting of the Council"
        if (own := OF_COUNCIL.search(body)) and own.start() > 0:
            out["council"] = as_printed(own.group(1))  # "... Committee of North Ayrshire Council"
            body = body[: own.start()]
        body = body or _body_above(lines[:MASTHEAD_LINES])  # "CABINET / Minutes of the meeting"
        if body:
            out["committee"] = as_printed(re.sub(r"(?i)^the\s+", "", body).strip())
        if m.group("venue"):
            out["venue"] = re.sub(r"(?i)^the\s+", "", m.group("venue").strip(" ,."))
    start = m.start() if m else 0
    if d := find_date(text[start:]):
        out["meeting_date"] = d
    if t := TIME.search(text[start:]):
        out["meeting_time"] = norm_time(t.group(1))
    return out


_MEETING_WORDS = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:extraordinary|annual|special|ordinary|budget|reconvened|"
    r"adjourned|additional)\s+)*(?:meeting|hearing)(?:\s+of\s+(?:the\s+)?|$)",
    re.I,
)


def _body_above(lines: list[str]) -> str:
    """The body a "Minutes of the meeting held on ..." belongs to: the masthead's body line
    ("CABINET"), or, under a council's name alone, the council itself."""
    names = [s.strip() for s in lines if (is_masthead_name(s) or SOLE_BODY.fullmatch(s.strip()))
             and not _MASTHEAD_MINUTES_OF.search(s)]
    own = [s for s in names if not COUNCIL.fullmatch(s)]
    if own:
        return own[0]
    return "Council" if names else ""
