"""An item of a notice of several decisions that prints no "Decision:" label, only a sentence
recording that what was put to the meeting was refused: "The Clerk's recommendation that
temporary fencing be erected ... was not agreed (2 for, 4 against)." The refusal is the item's
decision, rejected: the words of what was refused, the sentence that records it.

Only a sentence that opens on the recommendation, proposal or motion (perhaps after whose it
is) and names it in full ("recommendation that ...", "proposal to ..."): a bare "The
recommendation was not agreed" says nothing of what was refused, and a refusal told inside
another sentence ("The Clerk reported that the proposal ... was rejected by the Secretary of
State") is someone else's, reported."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.notice import Notice
from kcc_papers.normalise.refusals import refusals

# A label over the item's text, as an entry of a notice heads it ("Subject: Beehives", "Ward:
# Hillside", "Report of: Clerk"): a short label and its value, no sentence's stop at its end.
_HEAD_LABEL = re.compile(r"^[A-Z][\w ’'-]{0,30}:\s*\S[^.;]*$")


def refused_item(lines: list[tuple[int, str]], title: str | None,
                 ref: str | None) -> list[Notice]:
    """The refusal an unlabelled item's ``lines`` record, as a notice of its own (rejected),
    or none."""
    kept = [" ".join(t.split()) for _, t in lines if t.strip()]
    while kept and _HEAD_LABEL.match(kept[0]):
        # (the item's own labelled header lines over its text, "Subject: Beehives": no
        # sentence's start, and run into the sentence under them they hide where it opens)
        kept.pop(0)
    text = " ".join(kept)
    found = next(refusals(text), None)
    if found is None:
        return []
    page = lines[0][0] if lines else 1
    return [Notice(title=title or None, text=found.group().strip(), page=page,
                   agenda_item_ref=ref, outcome="rejected")]
