"""The notice every form of decision notice is read into (a record of decision, ModernGov's
issue and decision details, a recording form, an agenda-item page): one decision, its title
and text, and what the form prints about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_papers.normalise.outcomes import Outcome


@dataclass(slots=True)
class Notice:
    title: str | None
    text: str
    page: int
    ref: str | None = None
    decision_number: str | None = None
    decision_date: dt.date | None = None
    decision_maker: str | None = None
    key_decision: bool | None = None
    key_reason: str | None = None
    status: str | None = None
    lead_officer: str | None = None
    department: str | None = None
    agenda_item_ref: str | None = None
    # the status a page prints after the decision ("Decision status: Deferred"): its outcome
    # where the decision's own words name none
    printed_status: str | None = None
    # the outcome the notice records apart from the decision's words, where they would read
    # as another: a recommendation printed with "was not agreed" after it is a refusal, though
    # its own words approve (refused_items)
    outcome: Outcome | None = None
