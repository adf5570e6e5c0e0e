"""The pages that stand in for a paper rather than print it: a paper "to follow" and an
exempt item's notice that its paper is not published. They are no documents of their own
(the agenda names the papers), so ``segment`` drops them."""

from __future__ import annotations

import re

from kcc_papers.segment_span import Segment
from kcc_papers.segment_starts.exempt_notes import withheld_note_page
from kcc_papers.segment_starts.exempt_sentences import withheld_sentence_page
from kcc_papers.segment_starts.next_meeting_pages import next_meeting_page
from kcc_papers.segment_starts.stand_in_notices import notice_stand_in

# The words a stand-in's title may name its paper by before "to follow" ("Minutes of 8th May
# 2028 -"): more, and the line is a sentence.
PLACEHOLDER_NAME_WORDS = 6
# A paper's stand-in, titled as to follow: "MINUTES TO FOLLOW", "Report to follow", "Item 2 -
# Minutes to follow", "Appendix 2 to follow" (a few words naming the paper, its number or its
# item's among them, then the words).
PLACEHOLDER_TITLE = re.compile(
    rf"^[^\S\n]*(?:\S+[^\S\n]+){{0,{PLACEHOLDER_NAME_WORDS}}}?to[^\S\n]+follow\W*$", re.I)
# ... on a page of no more lines than these (its stamp, title, a sentence, running heads).
PLACEHOLDER_MAX_LINES = 8


def _placeholder(seg: Segment) -> bool:
    """A page standing in for an item's paper not yet published ("MINUTES TO FOLLOW" over
    "The minutes ... will be circulated separately"): its title says the paper is to follow,
    and it has no more than a few lines. It is no document (the agenda's item names the
    paper); the paper, when it comes, is one."""
    if seg.end - seg.start > PLACEHOLDER_MAX_LINES:
        return False
    titled = seg.title is not None and PLACEHOLDER_TITLE.match(seg.title) is not None
    # (or the notice under the item's own title: "REPORT TO FOLLOW", "NOT FOR PUBLICATION";
    # not a short agenda's, whose "4 Clerk's report to follow" is one of the items it lists)
    # (or the page of the next meeting's item, its date alone: the agenda names it)
    return titled or (seg.kind != "agenda" and (notice_stand_in(seg.text)
                                                or next_meeting_page(seg.text)))


# A pack's page standing in for its exempt business: the motion to exclude the press and
# public ("RECOMMENDED - that the press and public be excluded for item 8") over the exempt
# item's heading and its note that its paper is not published ("NOT FOR PUBLICATION").
EXCLUSION_MOTION = re.compile(
    r"\bpublic\s+be\s+excluded\b|\bexclu(?:sion|de)\s+(?:of\s+)?the\s+(?:press\s+and\s+)?public\b",
    re.I)
RESTRICTED = re.compile(r"\bdocument\s+is\s+restricted\b", re.I)
NOT_PUBLISHED = re.compile(r"\bnot\s+for\s+publication\b"
                           # (or none to exclude for: "There is no exempt business on this
                           # agenda", the item kept in case some arises)
                           r"|\bno\s+exempt\s+(?:business|items?|information)\b"
                           # (or ModernGov's "Document is Restricted")
                           rf"|{RESTRICTED.pattern}", re.I)
# Or ModernGov's own stand-in: the exempt-information paragraphs the item is withheld under
# ("By virtue of paragraphs 1 and 4 of Part 1 of Schedule 12A of the ... Act 1972") over
# "Document is Restricted". The citation alone is no stand-in: a short public report cites
# it for its exempt appendix ("Appendix B is not for publication by virtue of paragraph 3").
EXEMPT_PARAGRAPHS = re.compile(
    r"\bby\s+virtue\s+of\s+paragraphs?\b[^.\n]{0,80}\bSchedule\s+12A\b", re.I)
# ... on a page of no more lines than these (running heads, two headings, a sentence each)
EXEMPT_STAND_IN_MAX_LINES = 12


def _exempt_stand_in(seg: Segment) -> bool:
    """A few lines moving the exclusion of the press and public over an exempt item whose
    paper is not published: the agenda names those items, and nothing of them is printed,
    so the page is no document of its own (like a paper's stand-in "to follow")."""
    if seg.end - seg.start > EXEMPT_STAND_IN_MAX_LINES:
        return False
    text = seg.text
    if (EXEMPT_PARAGRAPHS.search(text) and RESTRICTED.search(text)) or withheld_note_page(
            text) or withheld_sentence_page(text):
        return True
    return EXCLUSION_MOTION.search(text) is not None and NOT_PUBLISHED.search(text) is not None

