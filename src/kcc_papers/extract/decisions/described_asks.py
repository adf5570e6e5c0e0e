"""A later recommendations heading that names them as another body's: what the report sets
out, not its ask, once the report's own block is read.

A scrutiny report asks its panel to agree a review's findings in its own block, then sets out
the review's recommendations under "6. Recommendations of the Review" (r26i tenant scrutiny
panel), or its summary lists "2.2 Recommendations to Cabinet: (a) ..." (r26j overview and
scrutiny): each is another body's list the report's ask refers to. Only after the report's own
block (a report whose only block is so headed asks by it)."""

from __future__ import annotations

import re
from collections.abc import Collection

from kcc_papers.extract.decisions.ask_patterns import HEADING
from kcc_papers.extract.decisions.block_end import NUMBERED_HEADING

# "Recommendations of the Review", "... of the Task and Finish Group" (a body's, in its name's
# capitals, ending in what kind of body it is: an officer's "Recommendation of Director of
# Place" is the report's own), or "Recommendations to Cabinet" / "made to the Cabinet Member";
# or in the voice of the panel, review or auditor whose text the report sets out after its own
# ask: "3. Our recommendations" over "Recommendation 1: That Cabinet publishes ..." (in any
# case, as HEADING reads it).
_OF_A_BODY = (r"of\s+the\s+(?:[A-Z][\w'’&-]*\s+(?:and\s+|&\s+)?){0,4}"
              r"(?:Review|Group|Panel|Inquiry|Commission|Board)\b")
_RECOMMENDATIONS = r"\b(?-i:R|r)ecommendations\s+"
# ... or to those it addresses named in small letters, a plural of them: "4. Recommendations to
# partners", "Recommendations made to agencies" (a director of public health's annual report
# sets out what others should do, after the ask of its own; "to address" is no addressee),
# perhaps after a word saying whose or which ("Recommendations to our partners", "to local
# partners", "to other organisations"). Not the meeting itself, its members or "this
# Committee" (a word ending in "s" no plural): the report's own ask, headed by whom it goes to.
_TO_OTHERS = (r"(?:(?:our|their|its|all|other|local|key)\s+)?"
              r"(?!(?:this|its|his|us|members)\b)[a-z]+(?<!ss)s\b")
# (or the body's in the possessive, before the word: "5. The Group's recommendations", "The
# Review Panel's Recommendations", the body by the capital of its kind)
_BODYS = (r"\b(?-i:[A-Z])[\w&-]*\s+(?:(?-i:[A-Z])[\w&-]*\s+){0,3}?"
          r"(?-i:Review|Group|Panel|Inquiry|Commission|Board)['’]s?\s+(?-i:R|r)ecommendations\b")
_ANOTHERS = re.compile(_RECOMMENDATIONS + rf"(?:{_OF_A_BODY}|(?:made\s+)?to\s+(?:the\s+)?"
                       rf"(?:[A-Z]|{_TO_OTHERS}))"
                       r"|\bO(?i:ur\s+recommendations)\s*$|" + _BODYS)
# ... by the body's name alone: a section's heading over the body's own list ("4.
# Recommendations of the Task Group to Cabinet"; not "Recommendations to Council", which a
# cabinet report heads its own ask to council with)
_OF_ANOTHER_BODY = re.compile(_RECOMMENDATIONS + _OF_A_BODY + "|" + _BODYS)
# How far above a table's column name its section's heading is looked for: the section's
# lead-in paragraphs between, however many ("4.1 The task group's recommendations are set out
# below. ..." and the evidence it heard), up to a page and more; the next section's numbered
# heading ends the walk before that (read once per column name, a report's few).
SECTION_LINES = 60


def names_anothers(heading: str) -> bool:
    """Whether a recommendations heading names them as another body's (_ANOTHERS)."""
    return bool(_ANOTHERS.search(heading))


# ... of those others alone, named in small letters (_TO_OTHERS): never the meeting the report
# goes to, which a heading names by its capital ("Recommendations to Cabinet").
_TO_OTHERS_ALONE = re.compile(_RECOMMENDATIONS + rf"(?:made\s+)?to\s+(?:the\s+)?{_TO_OTHERS}")


def names_others(heading: str) -> bool:
    """Whether a recommendations heading names in small letters the others they go to ("3.
    Recommendations to partners"): what others should do, no ask of the meeting's even where
    it is the report's only such heading (its ask then in its prose: "Cabinet is asked to
    note the report and endorse its recommendations to partners")."""
    return bool(_TO_OTHERS_ALONE.search(heading))


def column_under_anothers(texts: list[str], i: int, own: Collection[int] = ()) -> bool:
    """Whether a table's "Recommendation" column name on line ``i`` stands in a numbered
    section headed as another body's recommendations ("4. Recommendations of the Task Group to
    Cabinet" over its lead-in, then "No. | Recommendation | Lead"): the body's list, each row
    worded as the resolution it proposes to the body it goes to, which the report's own block
    asks the meeting to endorse and pass on (r31e task group's final report). Not where that
    heading's block is the report's own (its line in ``own``, the report's first block: a
    panel's report whose only recommendations are its table asks by it)."""
    k = _section_heading(texts, i)
    return (k is not None and k not in own and bool(NUMBERED_HEADING.match(texts[k]))
            and bool(_OF_ANOTHER_BODY.search(texts[k])))


def _section_heading(texts: list[str], i: int) -> int | None:
    """The line of the nearest heading above line ``i`` (a numbered section's, or a
    recommendations heading), within SECTION_LINES."""
    return next((k for k in range(i - 1, max(-1, i - 1 - SECTION_LINES), -1)
                 if NUMBERED_HEADING.match(texts[k]) or HEADING.match(texts[k])), None)
