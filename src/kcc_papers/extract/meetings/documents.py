"""The meeting fields of a file's Document rows (committee, date, council, and an agenda's
title), filled in from the Meeting records read from its papers once every extractor has run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from kcc_papers.models import Document, Meeting, Record

from .council import council_of


def fill_meeting_fields(documents: list[Document], records: list[Record],
                        text: Callable[[], str]) -> None:
    """Copy each document's meeting onto it; documents of a pack inherit the pack's meeting.
    ``text`` gives the file's text, read only when a document's council is not known."""
    meetings = {r.document_id: r for r in records if isinstance(r, Meeting)}
    agendas = [d.document_id for d in documents if d.kind == "agenda"]
    pack_meeting = next((meetings[i] for i in agendas if i in meetings), None)
    pack_meeting = pack_meeting or shared_meeting(list(meetings.values()))
    council = None
    for d in documents:
        m = meetings.get(d.document_id)
        fallback = pack_meeting if d.parent_id or d.kind == "pack" else None
        d.committee = (m and m.committee) or (fallback and fallback.committee) or None
        d.meeting_date = (m and m.meeting_date) or (fallback and fallback.meeting_date) or None
        d.council = (m and m.council) or (fallback and fallback.council) or None
        if d.council is None:
            council = council or council_of(text()) or ""
            d.council = council or None
    for d in documents:
        # A pack without an agenda (a supplementary pack) keeps the title of its first paper.
        if (d.kind == "agenda" or (d.kind == "pack" and agendas)) and d.committee:
            # "AGENDA" says little in a list of documents; name the meeting instead.
            when = f" {d.meeting_date:%d %B %Y}" if d.meeting_date else ""
            d.title = f"{d.committee}{when} ({'agenda pack' if d.kind == 'pack' else 'agenda'})"


def shared_meeting(meetings: list[Meeting]) -> Meeting | None:
    """A pack without an agenda (a supplementary pack: a letter and the reports it encloses)
    is for the meeting its papers name, when more than half of them name the same one."""
    named = Counter(
        (m.committee, m.meeting_date) for m in meetings if m.committee and m.meeting_date
    )
    if not named:
        return None
    ((key, count),) = named.most_common(1)
    if count * 2 <= len(meetings):
        return None
    return next(m for m in meetings if (m.committee, m.meeting_date) == key)
