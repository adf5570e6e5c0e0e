"""An agenda item as the reader collects it (its ref, title lines, description) and the
record it makes: the title's page range, notes, presenter and decision number read out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kcc_papers.extract.agenda.bracketed_presenter import presenter_and_pages
from kcc_papers.extract.agenda.patterns import (
    COMMENT_MARK,
    DECISION_NO,
    DOCUMENT_LINK,
    NOTE,
    PAGES,
    PAPER_TAIL,
    PRESENTER,
    PRIVATE_PAPER,
    PRIVATE_TAIL,
)
from kcc_papers.load.model import Line
from kcc_papers.models import AgendaItem


@dataclass
class _Item:
    ref: str
    title_lines: list[str]
    page: int
    section: str | None
    exempt: bool
    closed: bool = False  # the title is complete
    ended: bool = False  # a heading followed: later lines are not its description
    description: list[str] = field(default_factory=list)
    line: Line | None = None  # the line the item starts on (its layout)
    last: Line | None = None  # the title's last line so far


def _record(item: _Item) -> AgendaItem:
    title = " ".join(item.title_lines)
    # the page range may close the labelled lines under the title instead
    pages = PAGES.search(title) or PAGES.search(" ".join(item.description))
    page_from = int(pages.group(1)) if pages else None
    page_to = int(pages.group(2)) if pages and pages.group(2) else page_from
    # "(report of the Head of Property, pages 6 - 9)": the author and pages bracketed together
    bracketed = None if pages else presenter_and_pages(title)
    if bracketed:
        title, _, page_from, page_to = bracketed
    # "Accounts for payment:-": the colon introduces the sub-items of the description.
    exempt = item.exempt or any(PRIVATE_PAPER.search(n.group()) for n in NOTE.finditer(title))
    in_title = PAGES.search(title)
    if in_title and PRIVATE_TAIL.match(title, in_title.end()):
        # a note after the range that the item is taken in private, no part of the title
        title, exempt = title[: in_title.end()], True
    elif in_title and PAPER_TAIL.match(title, in_title.end()):
        title = title[: in_title.end()]
    title = NOTE.sub("", PAGES.sub("", DOCUMENT_LINK.sub("", COMMENT_MARK.sub("", title))))
    title = title.strip(" -–").removesuffix(":-").rstrip(" :")
    # "Tenant Participation Strategy - Report by the Head of Housing": who presents it
    presenter = PRESENTER.search(title)
    if presenter:
        title = title[: presenter.start()]
    decision = DECISION_NO.search(title)
    if decision and title.startswith(decision.group(1)):
        title = title[len(decision.group(1)) :].strip(" -–")
    return AgendaItem(
        item_ref=item.ref,
        title=" ".join(title.split()),
        page_from=page_from,
        page_to=page_to,
        section=item.section,
        exempt=exempt,
        decision_number=decision.group(1) if decision else None,
        description=" ".join(item.description) or (presenter.group(1) if presenter else None)
        or (bracketed[1] if bracketed else None),
        page=item.page,
    )
