"""The meeting fields of a file's Document rows (committee, date, council, and an agenda's
title), filled in from the Meeting records read from its papers once every extractor has run."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

from kcc_papers.models import Decision, Document, Meeting, Record

from .council import council_of
from .council_mastheads import committee_of_pack


def fill_meeting_fields(documents: list[Document], records: list[Record],
                        text: Callable[[], str]) -> None:
    """Copy each document's meeting onto it; documents of a pack inherit the pack's meeting.
    ``text`` gives the file's text, read only when a document's council is not known."""
    meetings = {r.document_id: r for r in records if isinstance(r, Meeting)}
    _named_in_full(list(meetings.values()))
    _without_council_place(list(meetings.values()))
    agendas = [d.document_id for d in documents if d.kind == "agenda"]
    pack_meeting = next((meetings[i] for i in agendas if i in meetings), None)
    pack_meeting = pack_meeting or shared_meeting(list(meetings.values()))
    decided: dict[str, set[dt.date]] = {}
    for r in records:
        if isinstance(r, Decision) and r.decision_date:
            decided.setdefault(r.document_id, set()).add(r.decision_date)
    council = None
    for d in documents:
        m = meetings.get(d.document_id)
        fallback = pack_meeting if d.parent_id or d.kind == "pack" else None
        if m and d.parent_id and (body := committee_of_pack(d.kind, m, pack_meeting)):
            m.committee = body  # a report under the council's masthead goes to the pack's body
        if fallback and d.kind == "decision" and _decided_apart(
                decided.get(d.document_id, set()), fallback):
            # a record of a decision one person took on another day, appended to a pack (a
            # portfolio holder's, an officer's under urgency), was taken at no meeting of the
            # pack's: it names none of its own
            fallback = None
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


def _decided_apart(dates: set[dt.date], pack: Meeting) -> bool:
    """Whether a decision record's decisions were all taken on days other than the pack's
    meeting (a portfolio holder's record of 24 November in the Cabinet's pack of 9 December)."""
    return bool(dates) and pack.meeting_date is not None and pack.meeting_date not in dates


# A body named by its kind alone ("BOARD MEETING" over its date, "Minutes of the Board meeting
# held on ..."): no name of its own. (A cabinet or a council named so is the council's own.)
BARE_BODY = re.compile(r"^(?:the\s+)?(?P<word>Board|Committee|Sub-Committee|Panel|Forum|"
                       r"Commission|Authority)(?:\s+Meeting)?$", re.I)
# A body named by its kind and the kind of body it is ("Partnership Board" under the
# partnership's own masthead, "Joint Committee" in a shared service's running foot): a joint
# body's name among its own papers, its full name printed on its minutes ("Tamar Vale Building
# Control Partnership Board"). The qualifier says the file is one partnership's, so the full
# name may come from its record of an earlier meeting too. So with a project's or programme's
# board ("Notes of the Project Board" in the pack of "St Aldhelm's ... Expansion Project Board").
QUALIFIED_BODY = re.compile(r"^(?:the\s+)?(?P<word>(?:Joint|Partnership|Project|Programme)\s+"
                            r"(?:Board|Committee))(?:\s+Meeting)?$", re.I)


def _named_in_full(meetings: list[Meeting]) -> None:
    """A file's papers naming their body by its kind alone ("Board") take the name its other
    papers print in full ("Thornbury Homes Board" over a report, in the running foot): one
    pack's papers are one body's, and the full name says which. Left as printed where no
    paper, or more than one name, ends in the same word. The full name is taken only from a
    paper for the meeting of one of those papers (its date one of theirs): a pack's record of
    another meeting may be another body's (a partnership board's minutes the board notes)."""
    _full_name_for(meetings, BARE_BODY, of_any_date=False)
    _full_name_for(meetings, QUALIFIED_BODY, of_any_date=True)


def _full_name_for(meetings: list[Meeting], bare_body: re.Pattern[str], *,
                   of_any_date: bool) -> None:
    """Name in full the meetings whose body ``bare_body`` matches, from the one name ending in
    the same words on the file's other papers (of their dates unless ``of_any_date``)."""
    bare = [m for m in meetings if m.committee and bare_body.match(m.committee)]
    dates = {m.meeting_date for m in bare} - {None}
    full = {m.committee for m in meetings if m.committee and not bare_body.match(m.committee)
            and (of_any_date or m.meeting_date in dates)}
    for m in bare:
        if m.committee and (bare_name := bare_body.match(m.committee)):
            word = " ".join(bare_name.group("word").lower().split())
            named = ({name for name in full if name.lower().endswith(f" {word}")}
                     or _named_by_tail(word, full))
            if len(named) == 1:
                m.committee = named.pop()


# A body's name of its kind then what it is of ("Board of Directors", "Board of Governors",
# "Committee of Management"): the kind's word first, its tail joined by "of".
OF_TAIL = re.compile(r"^of\s+[A-Z]\w*(?:\s+[A-Z]\w*)?$")


def _named_by_tail(word: str, full: set[str]) -> set[str]:
    """The names among ``full`` that open with the bare body's ``word`` and go on with what
    it is of ("Board of Directors" for a company's report headed "... LIMITED - BOARD"): the
    same body named by its kind alone, where no name ends in the word."""
    return {name for name in full if name.lower().startswith(f"{word} ")
            and OF_TAIL.match(name[len(word) + 1 :])}


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


def _without_council_place(meetings: list[Meeting]) -> None:
    """A file's paper naming its body with its council's place before it ("Sandbrook Schools
    Forum" in the minutes' masthead, of "Sandbrook Metropolitan Borough Council") where
    another of its papers names that body without it ("Schools Forum", as its agenda prints
    it): one body, and the place is whose it is, not part of its name (as a council's name
    printed before a committee's is not, see ``body_names.without_council``)."""
    names = {m.committee for m in meetings if m.committee}
    for m in meetings:
        if not (m.committee and m.council):
            continue
        council = m.council.lower().split()
        for name in names:
            place = m.committee[: -len(name)].split() if len(m.committee) > len(name) else []
            if (place and m.committee.lower().endswith(f" {name.lower()}")
                    and [w.lower() for w in place] == council[: len(place)]
                    and len(place) < len(council)):
                m.committee = name
                break
