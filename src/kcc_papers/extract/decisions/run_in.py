"""A recommendations heading run into its paragraph: set in bold at the paragraph's start and
going on in regular type on the same line, with no colon or stop between ("2. Recommendation
That the Committee notes ...", "Recommendation That Cabinet awards the"), as reports set in
two columns or beside a sidebar print their section headings. The loader gives the bold words
a line opens with (``Line.lead``); the heading is read as if its colon were printed.

Only where the regular text is itself worded as an ask: a bold "Recommendations" over a
table's columns ("Recommendations  Officers' response") is a column head beside another, and
"Recommendation" before a sentence about the report ("The report was considered ...") asks
nothing."""

from __future__ import annotations

from kcc_papers.extract.decisions.ask_patterns import ASK, ASKS, HEADING, INLINE, THAT_ASK
from kcc_papers.load.model import Line


def run_in_heading(line: Line) -> str:
    """``line``'s text, a colon after its bold run-in where that is a recommendations heading
    by itself (HEADING, nothing after it) and the regular text after it is an ask ("That the
    Committee notes ...", "Cabinet is asked to ..."); the text as printed otherwise."""
    lead = (line.lead or "").strip()
    text = line.text.strip()
    if not lead or not text.startswith(lead) or HEADING.match(text):
        return line.text
    heading = HEADING.match(lead)
    rest = text[len(lead):].lstrip()
    if heading is None or heading.group("rest") or not _worded_as_ask(rest):
        return line.text
    return f"{lead}: {rest}"


def _worded_as_ask(text: str) -> bool:
    """Whether ``text`` opens with an ask of a decision maker, in the words the block reader
    knows an ask by (ask_patterns). Its first letter in either case: a run-in heading may go
    on in lower case ("Recommendation that Cabinet approves ..."), as after a printed colon."""
    sentence = text[:1].upper() + text[1:]
    return any(p.match(sentence) for p in (THAT_ASK, ASK, ASKS, INLINE))
