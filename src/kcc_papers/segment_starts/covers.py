"""A pack's front pages that are no document of their own: the masthead's labelled lists
("Membership: Councillors ..."), and a contents page listing the pack's papers before its
agenda."""

from __future__ import annotations

import re

# A masthead's labelled list, however long its one line runs: "Membership: Councillors
# Gideon Ashcombe (Chair), Moira Flanagan-Teale (Vice-Chair), ...", "Contact: ..."
MASTHEAD_LIST_LABEL = re.compile(
    r"^\s*(?:Membership|Members|Councillors|Contact|Enquiries|Distribution)\s*:", re.I)

# A labelled list's entries may run on lines of their own under its label ("Membership:" over
# "Group A (Christian and other religions): Mr ..."), up to the next of the masthead's labels
# or LISTED_LINES_MAX lines, whichever comes first.
LISTED_LINES_MAX = 12
NEXT_LABEL = re.compile(
    r"^\s*(?:Clerk|Contact|Enquiries|Date|Time|Venue|Place|Location|Agenda|Chair)\b", re.I)


def listed_under_label(texts: list[str]) -> int:
    """How many of a masthead's lines ``texts`` are a labelled list's entries under its label
    (the label's own line is not counted)."""
    listed, open_list = 0, 0
    for text in texts:
        if MASTHEAD_LIST_LABEL.match(text) and text.split(":", 1)[1].strip() == "":
            open_list = LISTED_LINES_MAX
        elif open_list and not NEXT_LABEL.match(text):
            listed, open_list = listed + 1, open_list - 1
        else:
            open_list = 0
    return listed


# A pack's cover listing its papers: "Contents" over entries led by dots to their page
# ("Item 5 - Quarter 1 Performance Report ........ 5"), at least this many of them.
CONTENTS_TITLE = re.compile(r"^\s*(?:Table\s+of\s+)?Contents\s*$", re.I)
# (the leader's last four dots read back from the page's number, never searched for along the
# line: a search tried from each dot of a long run of them read the rest of the run each time)
LEADER_END = re.compile(r"(?:\.\s?){3}\.$")
LEADER_END_CHARS = 7
PAGE_DIGITS_MAX = 4
CONTENTS_ENTRIES_MIN = 2
# The kind a pack's contents cover is marked with while its file is split (it is dropped).
CONTENTS_COVER = "contents_cover"


def contents_page(lines: list[str]) -> bool:
    """Whether ``lines`` are a pack's contents page (see CONTENTS_TITLE)."""
    return any(CONTENTS_TITLE.match(s) for s in lines) and sum(
        1 for s in lines if contents_entry(s)) >= CONTENTS_ENTRIES_MIN


def contents_entry(line: str) -> bool:
    """Whether ``line`` is an entry led by dots to its page ("Item 5 - ... ........ 5")."""
    text = line.rstrip()
    digits = len(text) - len(text.rstrip("0123456789"))
    if not 1 <= digits <= PAGE_DIGITS_MAX:
        return False
    leader = text[:-digits].rstrip()[-LEADER_END_CHARS:]
    return LEADER_END.search(leader) is not None
