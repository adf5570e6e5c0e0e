"""An item's title that holds a colon, set over its "Decision:" label on a meeting's decisions
page: "Alternative option: in-house print", "Premises licence application: The Anchor". Its
words before the colon read as a label, but a label is a field of the record: one the record's
reader knows by name ("Decision status:", "Key decision:", "Wards affected:"), or one printed
over every item alike ("Lead Member: Cllr ..." above each "Decision:"), or a form's field
whose value is no words (a tick box: "Waiver refused: ☐"). A line whose words before the
colon are neither, with words after it, is the item's own title. A field of whose the item
is or its state ("Report author: Jane Smith"), though over one item only, is no title:
``item_field`` lets the item's reader look for the title above it."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.record_fields import _ROD_LABEL

# The words before a line's first colon, as a label would print them.
_BEFORE_COLON = re.compile(r"^\s*([^:]{1,60}):")
# A title's words after its colon: a word of letters at least ("The Anchor", "in-house
# print"); a tick box or a figure after the colon is a form's field ("Waiver refused: ☐").
_WORDS_AFTER = re.compile(r":[^:]*?[^\W\d_]{2}")


# ... and a field's label whose last word names whose item it is or its state, though it
# heads one item only ("Report author: Jane Smith", "Lead Member: Cllr A Patel", "Contact
# officer: ...", "Outcome: Approved"): a field still, no title.
_FIELD_LAST = re.compile(
    r"\b(?:author|officers?|members?|holder|lead|contact|outcome|status|wards?|directorate|"
    r"reference|ref|by)$")


def _label_words(line: str) -> str | None:
    found = _BEFORE_COLON.match(line)
    return " ".join(found.group(1).lower().split()) if found else None


def item_field(line: str) -> bool:
    """Whether ``line`` is one item's field of whose it is or its state ("Report author: Jane
    Smith", "Lead Member: Cllr A Patel"), set between the item's title and its "Decision:"."""
    words = _label_words(line)
    return words is not None and bool(_FIELD_LAST.search(words))


def colon_title(title: str, above_labels: list[str]) -> bool:
    """Whether ``title``, a line holding a colon just above an item's "Decision:" label, is the
    item's title: its words before the colon no label the record's reader knows, and not
    printed before a colon over another item's label too (``above_labels``: the line above
    each item's label, this one among them)."""
    words = _label_words(title)
    if (words is None or _ROD_LABEL.match(title) or not _WORDS_AFTER.search(title)
            or _FIELD_LAST.search(words)):
        return False
    return sum(1 for line in above_labels if _label_words(line) == words) == 1
