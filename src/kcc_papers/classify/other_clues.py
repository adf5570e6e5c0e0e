"""The clues against a document being a committee paper at all (the kind OTHER): statements
of accounts, strategies, consultations, brochures and news, a catalogue of files."""

from __future__ import annotations

import re

from kcc_papers.classify.clue_weights import FAIR, STRONG, WEAK, Clue, _rx
from kcc_papers.segment_starts.heading_kinds import OTHER

# A paper may cite a background file or two; a head naming this many files lists papers.
FILE_NAMES_FOR_A_CATALOGUE = 5
# ... and it describes them in the words of papers (KPIs, minutes, risks), so that evidence
# must not outweigh it.
CATALOGUE_WEIGHT = 3 * STRONG
# A note issued to all members names them and the council in its head ("To: All Members of the
# County Council") as a report addresses its meeting: its title must outweigh that address and
# the heading its labels read as.
MEMBERS_NOTE_WEIGHT = 2 * STRONG
# A head's label naming whose paper it is: its officer's or member's post follows, not its
# title ("Report of:", "Contact Officer:", "Portfolio Holder:", "Cabinet Member:").
AUTHOR_LABEL = (r"[^\S\n]*(?:Report(?:ing)?[^\S\n]+(?:of|by|from|author)|Author|Contact|"
                r"(?:Lead|Responsible|Contact|Reporting|Accountable|Executive|Cabinet)[^\S\n]+"
                r"(?:Officers?|Directors?|Members?|Councillors?)|Officer[^\S\n]+Contact|"
                r"Portfolio(?:[^\S\n]+Holders?)?|From)[^\S\n]*:")
FILE_NAME = re.compile(r"\b[\w-]+\.(?:pdf|txt|html?|docx?|xlsx?|csv)\b", re.I)


OTHER_CLUES: tuple[Clue, ...] = (
    # against: statements of accounts, strategies, consultations, brochures and news. Only
    # at the head (a cover, a contents page): a report may carry the accounts as an appendix.
    # (the accounts' own name, as a cover or a heading prints it: not the object of running
    # text, a word in small letters before it, "approved the Statement of Accounts 2024/25 on
    # 26 February", in a committee's annual report of what it did; a line's end before it is
    # no such word, "... County Council" over "Statement of Accounts 2023/24"; nor is a word
    # of the title's own, in capitals, "Draft Statement of Accounts", "Bransdale County Council
    # Statement of Accounts": only a whole word in small letters just before, "the", "approved")
    Clue(OTHER, _rx(r"(?:(?<![a-z][ \t])|\b[A-Z][\w'’&-]*[ \t]+)"
                    r"(?i:Statement\s+of\s+(?:the\s+)?Accounts)", re.M), STRONG,
         needs=("statement",)),
    Clue(OTHER, _rx(r"Notes\s+to\s+the\s+(?:Core\s+)?(?:Financial\s+Statements|Accounts)"), FAIR,
         needs=("notes",)),
    Clue(OTHER, _rx(r"^\s*(?:Note\s+)?\d{1,2}\.?\s+Accounting\s+Policies"), FAIR,
         needs=("accounting",)),
    Clue(OTHER, _rx(r"Comprehensive\s+Income\s+and\s+Expenditure\s+Statement|Movement\s+in\s+"
                    r"Reserves\s+Statement"), FAIR, needs=("statement",)),
    Clue(OTHER, _rx(r"Independent\s+auditor\W?s\s+report"), WEAK, needs=("auditor",)),
    # (not on a head's line labelled with whose paper it is, "Report of: Director of Strategy
    # and Transformation": a post's name there, not the paper's title)
    Clue(OTHER, _rx(rf"^(?!{AUTHOR_LABEL}).*?(?:\bStrategy\b|\bStrategic\s+Plan\b|"
                    r"\bPolicy\s+Framework\b)"), FAIR, "title"),
    Clue(OTHER, _rx(r"\bConsultation\s+(?:document|report|response|questionnaire|summary|"
                    r"findings)|have\s+your\s+say|you\s+said,?\s+we\s+did"), FAIR,
         needs=("consultation", "say", "said")),
    Clue(OTHER, _rx(r"\b(?:press\s+release|brochure|newsletter|news)\b"), FAIR, "title"),
    # a note issued to the members at large, no paper of a meeting: "Members' Briefing Note",
    # "Member Information Note" as its title (not a briefing's notes, "NOTES of the All Member
    # Briefing held ...", which minute a meeting; nor a briefing note in a committee's pack,
    # titled by its subject: "Briefing Note: Flood Recovery Update" names no members)
    Clue(OTHER, _rx(r"^[^\S\n]*(?:All[^\S\n]+)?Members?['’]?[^\S\n]+(?:Briefing|Information)"
                    r"[^\S\n]+Note\b"), MEMBERS_NOTE_WEIGHT, "title",
         needs=("note",)),
    # a catalogue of files (a folder's README, an index page): it names papers, it is none
    Clue(OTHER, FILE_NAME, CATALOGUE_WEIGHT, "head", min_count=FILE_NAMES_FOR_A_CATALOGUE,
         needs=(".pdf", ".txt", ".htm", ".doc", ".xls", ".csv")),
)
