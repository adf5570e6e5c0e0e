"""What a web page's definition list (<dl>) holds: fields ("Decision maker" / "Cabinet"), each
term the label of its description, or headed sections, each term a heading over descriptions
that carry labels of their own ("Item 6: Town Hall Roof" over "Decision: That ..." and
"Reason: ..."), as a council's decisions page sets out its items without a table."""

from __future__ import annotations

import re

from kcc_papers.load.html_dom import Element

# The most words a description's own label runs to ("Alternative options considered").
LABEL_WORDS = 5
# A word of such a label, opening with a letter ("Reason", "call-in"; not "4", "10:00").
_WORD = r"[^\W\d_][\w'’&/-]*"
# A description opening with a label of its own: a few such words, ending with a
# colon before its text ("Decision: That ...", "Alternative options considered: ..."); not a
# time ("10:00"), a date ("Monday 3 March: 6pm"), nor a sentence with a colon further on.
OWN_LABEL = re.compile(rf"^\s*{_WORD}(?:[^\S\n]+{_WORD}){{0,{LABEL_WORDS - 1}}}"
                       r"[^\S\n]*:(?:\s|$)")
# A label's text is read from the description's first characters alone: no more are needed.
LEAD_CHARS = 80


def _lead_text(element: Element, limit: int = LEAD_CHARS) -> str:
    """The first ``limit`` or so characters of an element's text, its tags dropped."""
    parts: list[str] = []
    size = 0
    stack: list[Element | str] = [element]
    while stack and size < limit:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            size += len(node)
        else:
            stack.extend(reversed(node.children))
    return " ".join("".join(parts).split())


def labels_its_own(description: Element) -> bool:
    """Whether a <dd> opens with its own label: then the term over it is no label of its text
    but the heading of the labelled fields under it, a line of its own."""
    return bool(OWN_LABEL.match(_lead_text(description)))
