"""Bristol's "Decision Recording Form" (one "(a) Subject: ... (agenda item 7) ... (d) Decision
taken ... (e)" section per decision, under "Decision determined at the ... meeting on ...")
and ModernGov's agenda-item pages ("Agenda item", the title, "Minutes:" and the resolution)."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.block_end import join_items
from kcc_papers.extract.decisions.notices import Notice
from kcc_papers.extract.minutes.items import ITEM_REF
from kcc_papers.extract.minutes.resolutions import find_resolutions
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.runs import LAST_SPACES as _LAST_SPACES
from kcc_papers.normalise.textclean import join_lines

# A decision recording form's heading (its decision maker) is in its first lines, and an
# "(Item X)" ref follows its subject within ITEM_REF_LINES lines.
DRF_HEAD_LINES = 6
ITEM_REF_LINES = 3

_DRF_SUBJECT = re.compile(r"^\s*\(a\)\s*Subject\s*:\s*(?P<title>.*)$", re.I)
_DRF_TAKEN = re.compile(r"^\s*\(d\)\s*Decision\s+taken\b", re.I)
_DRF_NEXT = re.compile(r"^\s*\((?:[e-z])\)\s", re.I)
# (Each run of spaces read once, as contracts.provider_patterns reads "contract for ...": the maker
# opens on the run's last few spaces at most (the rest skipped eight at a time) and ends on its
# first character or a word's end, not inside spaces. Read from each split of the run, "Decision
# determined at" and 500 spaces took a quarter of a second.)
_DRF_HEAD = re.compile(
    rf"Decision\s+determined\s+at{_LAST_SPACES}\s+(?:the{_LAST_SPACES}\s+)?"
    r"(?P<maker>.(?:.*?(?<!\s))??)\s++meeting\s+on\s+(?P<date>.+)$", re.I
)


def recording_form(lines: list[tuple[int, str]]) -> list[Notice]:
    texts = [t for _, t in lines]
    head = _DRF_HEAD.search(join_lines(texts[:DRF_HEAD_LINES]))
    maker = head.group("maker").strip() if head else None
    date = find_date(head.group("date")) if head else None
    starts = [i for i, t in enumerate(texts) if _DRF_SUBJECT.match(t)]
    out = []
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(texts)
        section = texts[i:end]
        title_lines = [_DRF_SUBJECT.match(section[0]).group("title")]  # type: ignore[union-attr]  # a start: it matched
        ref = None
        for t in section[1 : 1 + ITEM_REF_LINES]:
            m = ITEM_REF.search(t)
            if m:
                ref = m.group(1).replace(" ", "").upper()
                break
            if re.match(r"^\s*\([b-z]\)", t):
                break
            title_lines.append(t)
        taken = next((k for k, t in enumerate(section) if _DRF_TAKEN.match(t)), None)
        if taken is None:
            continue
        stop = next(
            (k for k in range(taken + 1, len(section)) if _DRF_NEXT.match(section[k])), len(section)
        )
        text = join_items([_DRF_TAKEN.sub("", section[taken]), *section[taken + 1 : stop]])
        if not text:
            continue
        out.append(
            Notice(
                title=join_lines(title_lines) or None,
                text=text,
                page=lines[i][0],
                ref=ref,
                decision_date=date,
                decision_maker=maker,
                status="decided",
                agenda_item_ref=ref,
            )
        )
    return out

_MINUTES_LABEL = re.compile(r"^\s*Minutes\s*:\s*(?P<rest>.*)$", re.I)


def agenda_item_page(lines: list[tuple[int, str]]) -> list[Notice]:
    texts = [t for _, t in lines]
    at = next((i for i, t in enumerate(texts) if _MINUTES_LABEL.match(t)), None)
    if at is None:
        return []
    # Site navigation may come above the page's own "Agenda item" heading: the title follows it.
    heading = moderngov.heading_index(texts[:at])
    head = texts[heading + 1 : at] if heading is not None else texts[:at]
    title = head[0].strip() if head else None
    rest = _MINUTES_LABEL.match(texts[at]).group("rest")  # type: ignore[union-attr]  # `at` is the line that matched
    body = ([(lines[at][0], rest)] if rest else []) + list(lines[at + 1 :])
    body = body[: _supporting(body)]
    resolutions = find_resolutions(body)
    # "Meeting: 08/10/2024 - Licensing Committee (Item 3.)"
    meeting = moderngov.meeting_heading(head)
    ref = next((m.group(1) for t in head if (m := ITEM_REF.search(t))), None) or (
        meeting.item if meeting else None
    )
    body_text = " ".join(t for _, t in body)
    maker = re.search(
        r"\b[Tt]he\s+((?:[A-Z][\w&-]*\s+){0,6}?(?:Board|Committee|Cabinet|Panel|Sub-Committee|Council|Forum))\b",
        body_text,
    )
    return [
        Notice(
            title=title,
            text=r.text,
            page=r.page,
            ref=ref,
            decision_date=meeting.date if meeting else None,
            decision_maker=meeting.committee if meeting else (maker.group(1) if maker else None),
            status="decided",
            agenda_item_ref=ref,
        )
        for r in resolutions
    ]


def _supporting(body: list[tuple[int, str]]) -> int:
    """Where an agenda-item page's minutes end: its list of supporting documents."""
    return next((i for i, (_, t) in enumerate(body) if _SUPPORTING.match(t)), len(body))

_SUPPORTING = re.compile(r"^\s*Supporting\s+documents\s*:", re.I)
