"""The XML of ModernGov's ``mgWebService.asmx``: GetCommittees, GetMeetings, GetMeeting.

Element names as public clients of the service read them: ``committee`` (``committeeid``,
``committeetitle``, ``committeeexpired``, ``committeedeleted``), ``meeting`` (``meetingid``,
``meetingdate`` as dd/mm/yyyy, ``meetingtime``, ``meetingstatus``, ``meetinglocation``,
``minutepublished``), ``agendaitem`` (``agendaitemid``, ``agendaitemnumber``,
``agendaitemtitle``, ``isrestricted``, ``minutesnonemptyhtmlbody``) and ``linkeddoc``
(``title``, ``url``, ``attachmentid``, ``isrestricted``) under ``linkeddocuments``. Sites differ
in the case of names and some wrap replies in a namespace, so names are matched lower-cased
with any namespace dropped. Titles are often entity-encoded twice (``&amp;#39;``).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from kcc_papers.errors import SiteResponseError

# Dates as the service prints them; the ISO form seen on a few installations is accepted too.
DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S")
TRUE_WORDS = {"true", "1", "yes"}


@dataclass(frozen=True)
class Committee:
    id: int
    title: str
    expired: bool = False


@dataclass(frozen=True)
class MeetingRef:
    id: int
    date: dt.date | None


@dataclass(frozen=True)
class LinkedDoc:
    title: str
    url: str
    attachment_id: str | None
    restricted: bool


@dataclass
class AgendaItem:
    id: str | None
    number: str | None
    title: str
    restricted: bool
    minutes_html: str | None
    documents: list[LinkedDoc] = field(default_factory=list)


@dataclass
class Meeting:
    id: int
    date: dt.date | None
    time: str | None
    status: str | None
    location: str | None
    committee: str | None
    minutes_published: bool
    items: list[AgendaItem] = field(default_factory=list)

    def documents(self) -> Iterator[tuple[AgendaItem, LinkedDoc]]:
        for item in self.items:
            for doc in item.documents:
                yield item, doc


def parse_xml(data: bytes, what: str) -> ET.Element:
    """The document's root with every element name lower-cased and its namespace dropped."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise SiteResponseError(f"{what}: the reply is not XML ({exc})") from exc
    for el in root.iter():
        el.tag = el.tag.rsplit("}", 1)[-1].lower()
    return root


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el if c.tag == name), None)


def _text(el: ET.Element, name: str) -> str | None:
    child = _child(el, name)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def _title(el: ET.Element, name: str) -> str | None:
    """A title, decoded of the second round of entities the service adds."""
    value = _text(el, name)
    return re.sub(r"\s+", " ", html.unescape(value)).strip() if value else None


def _flag(el: ET.Element, name: str) -> bool:
    return (_text(el, name) or "").lower() in TRUE_WORDS


def _int(value: str | None, what: str) -> int:
    try:
        return int(value or "")
    except ValueError:
        raise SiteResponseError(f"{what}: an id is not a number ({value!r})") from None


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def committees(data: bytes) -> list[Committee]:
    root = parse_xml(data, "GetCommittees")
    found = []
    for el in root.iter("committee"):
        title = _title(el, "committeetitle")
        if title is None or _flag(el, "committeedeleted"):
            continue
        found.append(Committee(_int(_text(el, "committeeid"), "GetCommittees"), title,
                               _flag(el, "committeeexpired")))
    return found


def meetings(data: bytes) -> list[MeetingRef]:
    root = parse_xml(data, "GetMeetings")
    return [
        MeetingRef(_int(_text(el, "meetingid"), "GetMeetings"),
                   parse_date(_text(el, "meetingdate")))
        for el in root.iter("meeting")
        if _text(el, "meetingid")
    ]


def meeting(data: bytes) -> Meeting:
    root = parse_xml(data, "GetMeeting")
    el = root if root.tag == "meeting" else next(root.iter("meeting"), None)
    if el is None:
        raise SiteResponseError("GetMeeting: no meeting in the reply")
    found = Meeting(
        id=_int(_text(el, "meetingid"), "GetMeeting"),
        date=parse_date(_text(el, "meetingdate")),
        time=_text(el, "meetingtime"),
        status=_text(el, "meetingstatus"),
        location=_title(el, "meetinglocation"),
        committee=_title(el, "committeetitle"),
        minutes_published=_flag(el, "minutepublished"),
    )
    found.items = [_agenda_item(item) for item in el.iter("agendaitem")]
    return found


def _agenda_item(el: ET.Element) -> AgendaItem:
    docs = []
    for doc in el.iter("linkeddoc"):
        url = _text(doc, "url")
        if url:
            docs.append(LinkedDoc(title=_title(doc, "title") or url.rsplit("/", 1)[-1], url=url,
                                  attachment_id=_text(doc, "attachmentid"),
                                  restricted=_flag(doc, "isrestricted")))
    return AgendaItem(
        id=_text(el, "agendaitemid"),
        number=_text(el, "agendaitemnumber"),
        title=_title(el, "agendaitemtitle") or "",
        restricted=_flag(el, "isrestricted"),
        minutes_html=_text(el, "minutesnonemptyhtmlbody"),
        documents=docs,
    )


def is_meeting_xml(head: bytes) -> bool:
    """Whether a file starts like a saved GetMeeting reply."""
    return re.match(rb"^\s*(<\?xml[^>]*>\s*)?<meeting[\s>]", head[:2048], re.I) is not None


def minutes_html(data: bytes) -> str:
    """A saved GetMeeting reply as one HTML page: the meeting's heading, then each agenda
    item's title and its minutes (the escaped HTML the service embeds), for the HTML loader."""
    m = meeting(data)
    when = f"{m.date:%A %-d %B %Y}" if m.date else ""
    heading = " ".join(x for x in (m.committee, "-", when) if x) if m.committee else when
    parts = [f"<html><head><title>{html.escape(heading)}</title></head><body>"]
    if m.minutes_published or any(i.minutes_html for i in m.items):
        intro = f"Minutes of the meeting of the {m.committee or 'committee'}"
        parts.append(f"<h1>{html.escape(intro)}</h1>")
        parts.append(f"<p>held on {html.escape(when)}"
                     + (f" at {html.escape(m.location)}" if m.location else "") + "</p>")
    else:
        parts.append(f"<h1>{html.escape(heading)}</h1>")
    for item in m.items:
        number = f"{item.number}. " if item.number else ""
        parts.append(f"<h2>{html.escape(number + item.title)}</h2>")
        if item.minutes_html:
            parts.append(item.minutes_html)
    parts.append("</body></html>")
    return "\n".join(parts)
