"""The clues a document's kind is weighed from: each a pattern speaking for a kind (or,
for OTHER, against the document being a committee paper at all), its weight and where it is
looked for (see the note in ``kcc_papers.classify``, which weighs them).

What a clue is and its weights are in ``clue_weights``; the clues of each kind in the
modules beside it (``agenda_clues``, ``minutes_clues``, ``report_clues``, ``decision_clues``,
``performance_clues``, ``other_clues``), gathered here in the order they are weighed.
"""

from __future__ import annotations

from kcc_papers.classify.agenda_clues import AGENDA_CLUES, DATED_AGENDA
from kcc_papers.classify.clue_weights import BODY_NAMED, NO_BODY_WEIGHT, STRONG, Clue
from kcc_papers.classify.decision_clues import ANNOTATED_AGENDA, DECISION_CLUES, DECISION_LABEL
from kcc_papers.classify.hearing_titles import HEARING_CLUES
from kcc_papers.classify.minutes_clues import MINUTES_CLUES
from kcc_papers.classify.other_clues import OTHER_CLUES
from kcc_papers.classify.performance_clues import PERFORMANCE_CLUES
from kcc_papers.classify.report_clues import LISTED_PAPER_CLUES, REPORT_CLUES
from kcc_papers.classify.work_programmes import WORK_PROGRAMME_TITLE

# What other modules and tests import from here.
__all__ = [
    "ANNOTATED_AGENDA", "BODY_NAMED", "CLUES", "DATED_AGENDA", "DECISION_LABEL",
    "NO_BODY_WEIGHT", "STRONG", "WORK_PROGRAMME_TITLE", "Clue",
]

CLUES: tuple[Clue, ...] = (
    *AGENDA_CLUES, *MINUTES_CLUES, *REPORT_CLUES, *DECISION_CLUES, *HEARING_CLUES,
    *PERFORMANCE_CLUES, *LISTED_PAPER_CLUES, *OTHER_CLUES,
)
