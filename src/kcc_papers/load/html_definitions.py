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


# The inline elements a page sets a label apart in: "<strong>Decision:</strong> That ...".
_EMPHASIS = frozenset({"strong", "b", "em", "i", "u", "label", "dfn"})
# Such an element's whole text as a label: its words, the colon in it or just after it.
_SET_LABEL = re.compile(rf"\s*{_WORD}(?:[^\S\n]+{_WORD}){{0,{LABEL_WORDS - 1}}}[^\S\n]*:?\s*")


def _label_set_apart(description: Element) -> bool:
    """Whether a <dd>'s first words are an emphasised label of their own ("<strong>Reason:
    </strong> ..."), not the first words of its plain text ("Yes: it affects two wards")."""
    node: Element = description
    while True:
        first = next((c for c in node.children
                      if isinstance(c, Element) or c.strip()), None)
        if first is None or isinstance(first, str):
            return False
        if first.tag in _EMPHASIS:
            return bool(_SET_LABEL.fullmatch(_lead_text(first)))
        node = first


def heads_fields(descriptions: list[Element]) -> bool:
    """Whether a term is the heading of the descriptions under it, not their label: they open
    with labels of their own, set apart as labels ("<strong>Decision:</strong> That ...") or
    more than one of them so ("Decision: That ..." and "Reason: ..."). A field's one plain
    description whose first words end with a colon ("Key decision" / "Yes: it affects two
    wards", "Title" / "Local Plan: Regulation 19") is still that field's value."""
    labelled = [d for d in descriptions if labels_its_own(d)]
    return len(labelled) > 1 or any(_label_set_apart(d) for d in labelled)
