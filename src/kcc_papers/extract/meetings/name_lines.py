"""Where a minutes heading's body name ends when it is read on over the heading's lines: at the
end of the line its body's word closes, when the next line starts something else ("Minutes of
the Infrastructure and Performance" over "Committee" over "Ngā Meneti o te Komiti Hanganga me
te Whakatutukitanga", the heading again in te reo Māori, over "Held in ...")."""

from __future__ import annotations

import re

# A name closed by its body's word.
BODY_END = re.compile(
    r"\b(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Forum|Commission|Executive|"
    r"Authority|Partnership|Group)\s*$", re.I)
# A name's own tail wrapped after its body's word, by the small word that joins it: "Council"
# over "of Governors", "Board" over "of Directors", "Cabinet" over "for Housing" (a heading in
# another language opens with a word of its own).
NAME_TAIL = re.compile(r"^(?:of|for|on|and|&)\b")


def name_to_line_end(head: list[str], start: int, end: int) -> int:
    """The end of the body name at ``start:end`` of ``head`` joined by single spaces: the first
    line's end inside it after which the name ends in its body's word and the rest of it
    neither does (a wrapped "Cabinet" over "Housing Sub-Committee" is one name) nor opens a
    bracket (a name's qualifier wrapped, "(Midlands and North)") or goes on with a small joining
    word ("Council" over "of Governors"); else ``end``."""
    text = " ".join(head)
    offset = 0
    for line in head:
        offset += len(line)
        if start < offset < end:
            before, after = text[start:offset], text[offset:end].strip()
            if (BODY_END.search(before) and not BODY_END.search(after)
                    and not after.startswith("(") and not NAME_TAIL.match(after)):
                return offset
        offset += 1  # the space joining the lines
    return end
