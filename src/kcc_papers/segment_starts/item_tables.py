"""An agenda's table of items as the segmenter sees it: the header row over the items
("Item No. / Title / Presenting / Pages"), and the rows under it, whose cells may wrap a
title that reads like a paper's heading ("Minutes of the meeting" over "of 26 November 2030")
and is the agenda's business, not a document starting. (``classify`` weighs the header as an
agenda's clue; the agenda reader finds its items under it.)"""

from __future__ import annotations

import re

from kcc_papers.load.model import Line

# The header row of an agenda's table of items: "Item No. / Title / Presenting / Pages".
AGENDA_TABLE_HEADER = re.compile(
    # (only a line's own blanks before its first word, and "No." optional after "Item" with its
    # own blanks: "^\s*", "Item\s*(?:No)?\s+" read a run of blank lines or spaces ahead from
    # each of its starts, quadratic)
    # a planning committee's items are its applications: "No. / Application / Ward / Pages"
    # ("Agenda Item / Subject / Lead Officer / Pages" names the column in full)
    r"^[^\S\n]*(?:(?:Agenda\s+)?Item(?:\s*No\.?)?|No\.?)\s+(?:Item|Title|Subject|Business|"
    r"Applications?)\b.*"
    # the last column: pages, presenter, lead, or the item's paper ("A", "B"); whose paper it
    # is ("Report by", "Presented by", "Lead Officer": a Scottish notice's table of business),
    # or its paper's number ("Report No."); the pages' column perhaps "Page No."
    r"\b(?:Pages?(?:\s+No\.?)?|Papers?|Present(?:ing|er)|Lead(?:\s+Member)?|(?:Report|Presented)\s+by|"
    r"Report\s+(?:No\.?|Number|Ref(?:erence)?)|"
    # ... or the paper itself, "Report" over "Attached", "To follow", "Pages 6 - 10"
    r"Reports?|"
    # ... or the member who presents it: "Item / Business / Cabinet Member", "Portfolio Holder"
    # (the column may name them as more than one: "Cabinet Member(s)", "Lead Officers")
    r"(?:Cabinet|Executive)\s+Member(?:s|\(s\))?|Portfolio(?:\s+Holders?(?:\(s\))?)?|"
    r"(?:Lead\s+|Responsible\s+)?Officer(?:s|\(s\))?)\s*$"
    # ... or the number's column left unnamed, "Item" naming the titles', then whose paper it
    # is: "| | Item | Lead officer |"
    # ("| Item | | Report |": the item's paper, "Attached" or "To follow")
    r"|^[^\S\n]*Item\s+(?:Present(?:ing|er)|Lead(?:\s+Member)?|(?:Lead\s+|Responsible\s+)?Officer|"
    r"Reports?)"
    r"\s*$"
    # ... or the titles' column left unnamed between the number's and the wards the item
    # concerns: "| Item | | Wards |" (a borough's table of business)
    r"|^[^\S\n]*(?:Agenda\s+)?Item(?:\s*No\.?)?\s+Ward(?:s|\(s\))?(?:\s+Affected)?\s*$"
    # ... or between the number's and the column saying where each item's report is
    # ("Attached", "To follow", "Pages 6 - 10"): "| Item | | Report |" (not "Agenda Item
    # Report", a report's own title over its cover)
    r"|^[^\S\n]*Item(?:\s*No\.?)?\s+Reports?\s*$",
    re.I | re.M
)


def under_item_table(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` stands below the header of an agenda's table of items on its page:
    a cell of one of the items (a college's notice over "No. | Item | Lead | Paper", which
    never says "Agenda", lists "Minutes of the meeting of 26 November 2030" as item 3)."""
    idx = flat[i][1]
    return any(AGENDA_TABLE_HEADER.match(above.text) for _, _, above in flat[i - idx : i])
