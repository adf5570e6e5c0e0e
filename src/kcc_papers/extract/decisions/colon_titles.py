"""An item's title that holds a colon, set over its "Decision:" label on a meeting's decisions
page: "Alternative option: in-house print", "Premises licence application: The Anchor". Its
words before the colon read as a label, but a label is a field of the record: one the record's
reader knows by name ("Decision status:", "Key decision:", "Wards affected:"), or one printed
over every item alike ("Lead Member: Cllr ..." above each "Decision:"), or a form's field
whose value is no words (a tick box: "Waiver refused: ☐"). A line whose words before the
colon are neither, with words after it, is the item's own title."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.record_fields import _ROD_LABEL

# The words before a line's first colon, as a label would print them.
_BEFORE_COLON = re.compile(r"^\s*([^:]{1,60}):")
# A title's words after its colon: a word of letters at least ("The Anchor", "in-house
# print"); a tick box or a figure after the colon is a form's field ("Waiver refused: ☐").
_WORDS_AFTER = re.compile(r":[^:]*?[^\W\d_]{2}")


def _label_words(line: str) -> str | None:
    found = _BEFORE_COLON.match(line)
    return " ".join(found.group(1).lower().split()) if found else None


def colon_title(title: str, above_labels: list[str]) -> bool:
    """Whether ``title``, a line holding a colon just above an item's "Decision:" label, is the
    item's title: its words before the colon no label the record's reader knows, and not
    printed before a colon over another item's label too (``above_labels``: the line above
    each item's label, this one among them)."""
    words = _label_words(title)
    if words is None or _ROD_LABEL.match(title) or not _WORDS_AFTER.search(title):
        return False
    return sum(1 for line in above_labels if _label_words(line) == words) == 1
