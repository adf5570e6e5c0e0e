"""The clues that speak for a report: its recommendations, what the body is asked to do,
whom it is addressed to, and the titles a pack gives its papers (an item's, a lettered
paper's, an enclosure code's, a work programme's)."""

from __future__ import annotations

from kcc_papers.classify.clue_weights import _NAME_WORD, FAIR, WEAK, Clue, _rx
from kcc_papers.classify.commissioned import PREPARED_FOR, PREPARED_FOR_WORDS
from kcc_papers.classify.headers import _LINE_START_BEFORE_RUN_END, RECOMMEND
from kcc_papers.classify.information_papers import INFORMATION_ONLY, INFORMATION_ONLY_WORDS
from kcc_papers.classify.item_forms import ITEM_FIELD, ITEM_FIELD_WORDS, ITEM_FORM_FIELDS
from kcc_papers.classify.work_programmes import WORK_PROGRAMME_TITLE, WORK_PROGRAMME_WORDS
from kcc_papers.segment_starts.appendices import TABLED_PAPER, TABLED_WORDS
from kcc_papers.segment_starts.enclosure_codes import ENCLOSURE_CODE
from kcc_papers.segment_starts.report_heads import PRESENTED_TO

# The Welsh body words as "i" ("to") leaves them, soft-mutated: Cyngor (council), Pwyllgor
# (committee), Bwrdd (board), Cabinet, Panel, Comisiwn (commission); a closed list, as Welsh
# mutates only a word's first letter and only these name a body a report is put to.
WELSH_BODY_SOFT_MUTATIONS = "Gyngor|Bwyllgor|Fwrdd|Gabinet|Banel|Gomisiwn"

# A title naming a kind of its own (a lettered paper's: "Paper 2: Minutes of ...").
_NO_KIND_NAMED = r"(?!(?:Minutes|Agenda|Notes\s+of|Record\s+of|Decisions?)\b)"


REPORT_CLUES: tuple[Clue, ...] = (
    # report: recommendations, what the body is asked to do, who it is addressed to
    Clue("report", RECOMMEND, WEAK, "text", needs=("recommendation", "cabinet")),
    Clue("report", _rx(r"\b(?:Cabinet|Committee|Council|Board|Panel)\s+(?:is|are)\s+"
                       r"(?:asked|recommended|invited|requested)\s+to|^\s*(?:\d+(?:\.\d+)?\.?\s+)?"
                       # (the body by its full name: "That the Harbour Board RESOLVES to:")
                       # (its name's words capitalised, as the clue is read ignoring case:
                       # not "That members of the Committee note", a minute's resolution)
                       rf"That\s+(?:the\s+)?(?:{_NAME_WORD}\s+){{0,4}}?(?:Cabinet|Committee|Council|"
                       r"Board|Panel)\s+(?:approves?|agrees?|notes?|endorses?|recommends?|"
                       r"considers?|resolves?)\b"), WEAK),
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:\d+(?:\.\d+)?\.?\s+)?Recommendations?\s*$"), WEAK),
    # ... or the recommendations' heading in a plain-English template: "What we are asking"
    # ("What we are asking Cabinet to do?") over "That Cabinet awards ..."
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END + r"\s*What[^\S\n]+we[^\S\n]+are[^\S\n]+"
                       r"asking\b[^\n.]{0,40}$"), WEAK, "text", needs=("asking",)),
    # ... in Welsh alone: "3. Argymhelliad" ("Recommendation") over it, "Adroddiad y Clerc"
    # ("Report of the Clerk") at the head
    Clue("report", _rx(r"^[^\S\n]*(?:\d+(?:\.\d+)?\.?[^\S\n]+)?Argymhelli(?:ad|on)[^\S\n]*:?"
                       r"[^\S\n]*$"), WEAK, "text", needs=("argymhelli",)),
    Clue("report", _rx(r"^[^\S\n]*Adroddiad[^\S\n]+(?:y|yr|gan)[^\S\n]+[A-Z]"), WEAK,
         needs=("adroddiad",)),
    # the meeting named at the head: "CABINET" over "5 November 2024", or on one line
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:[A-Z][\w&\'-]*\s+){0,6}(?:Committee|Cabinet|Board|Panel|Forum|"
                       r"Commission)\s*(?:[–—,-]\s*|\n\s*(?:Date[^\S\n]*:?[^\S\n]+)?)(?:\w+day,?\s+)?"
                       r"\d{1,2}(?:st|nd|rd|th)?"
                       r"\s+[A-Za-z]+,?\s+\d{4}\s*$"), WEAK),
    # (a report's sections may be numbered: "1. Purpose of this report")
    Clue("report", _rx(_LINE_START_BEFORE_RUN_END
                       + r"\s*(?:(?:\d{1,2}(?:\.\d{1,2})?\.?[^\S\n]+)?Purpose\s+of\s+"
                       r"(?:the\s+|this\s+)?Report"
                       r"|Reasons?\s+for\s+"
                       r"(?:the\s+)?Recommendations?|Report\s+(?:of|by|author)\b|Issue\s+for\s+"
                       r"Decision|Executive\s+Summary|Summary\s*:)"), WEAK),
    # a report addressed to the council's members at its head, its title after a colon, as an
    # Irish council heads its papers to a monthly meeting: "Report to Members: Disposal of
    # Property under Section 183 ..."
    Clue("report", _rx(r"^[^\S\n]*Report[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?Members[^\S\n]*:"
                       r"[^\S\n]*[A-Z]"), WEAK, "head", needs=("members",)),
    # an Infocouncil report's labelled head under its title (New Zealand, Australia): its
    # file's number over its author ("File Number: A1190015" over "Author: Dion Harawira")
    Clue("report", _rx(r"^[^\S\n]*File[^\S\n]+(?:Number|No\.?|Ref(?:erence)?)[^\S\n]*:.*\n"
                       r"[^\S\n]*(?:Report[^\S\n]+)?Author[^\S\n]*:"), WEAK, "head",
         needs=("author",)),
    # the meeting the paper was presented to, under its title: "CHAIRMAN'S ANNUAL REPORT" over
    # "Presented to the Annual Parish Meeting, 19 April 2028"
    Clue("report", _rx(rf"^\s*{PRESENTED_TO}"), FAIR, "head", needs=("presented",)),
    # a commissioned report's cover: "Prepared for Wexcombe County Council" (commissioned)
    Clue("report", _rx(PREPARED_FOR), WEAK, "head", needs=PREPARED_FOR_WORDS),
    # "Appendix A: Exemptions from Contract Procedure Rules" as its title: a part of a
    # committee's paper (with the meeting named at the head, a report)
    Clue("report", _rx(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b"), WEAK, "title"),
    # "Item E: Visite du Branchage 2027" as its title: the paper of the agenda's item, by the
    # item's number or letter and its title (a notice the meeting receives is its report)
    Clue("report", _rx(r"^[^\S\n]*(?:Agenda[^\S\n]+)?Item[^\S\n]+(?:No\.?[^\S\n]*)?"
                       r"(?:[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?|(?-i:[A-Z]))[^\S\n]*[:.–—-]"
                       r"[^\S\n]+\S"), WEAK, "title", needs=("item",)),
    # a form filed under an item, its fields naming the meeting, the item and its report
    # (item_forms)
    Clue("report", ITEM_FIELD, FAIR, "head", requires=ITEM_FORM_FIELDS,
         needs=ITEM_FIELD_WORDS),
    # "For information. No decision is sought.": a paper put to the meeting to note
    # (information_papers)
    Clue("report", INFORMATION_ONLY, WEAK, "head", needs=INFORMATION_ONLY_WORDS),
    # "Paper C: High Needs Block: Budget Monitoring" as its title: a forum's paper lettered as
    # its agenda lists it, as "Item E: ..." is (an annex of it, "Paper B, Annex 1", is not)
    # (unless its title names the kind it is: "Paper C: Record of Decision", "Paper 2:
    # Minutes of the last meeting", "Paper 1: Agenda" are lettered so and no reports)
    Clue("report", _rx(r"^[^\S\n]*Paper[^\S\n]+(?:(?-i:[A-Z])|\d{1,3})[^\S\n]*[:.–—-]"
                       r"[^\S\n]+" + _NO_KIND_NAMED + r"\S"), WEAK, "title", needs=("paper",)),
    # "Update Sheet - Planning Committee 7 May 2026": a paper tabled for the meeting's items
    Clue("report", _rx(TABLED_PAPER.pattern), WEAK, "title", needs=TABLED_WORDS),
    # (in Welsh too, "Adroddiad i'r Cabinet" is "Report to the Cabinet": a Welsh council's
    # masthead sets it first, its English beside it on the same line, so only the Welsh
    # starts the line; "Pwyllgor", "Cyngor", "Bwrdd" are its committee, council and board)
    Clue("report", _rx(r"^\s*(?:(?:To|REPORT\s+TO|COMMITTEE|ADRODDIAD\s+I(?:['’]R)?)\s*:?\s+"
                       r"(?:[\w&,\' -]{0,80}?\s)?"
                       r"(?:Committee|Cabinet|Council|Board|Panel|Forum|Commission|Pwyllgor|"
                       r"Cyngor|Bwrdd)\b"
                       # ... "i" without the article mutates the body's word ("Adroddiad i
                       # Gyngor", "i Bwyllgor Craffu", "i Fwrdd"): only there, straight after
                       # it, is a mutated form the address (not "Gyngor" in running prose)
                       rf"|ADRODDIAD\s+I\s+(?:{WELSH_BODY_SOFT_MUTATIONS})\b)"), FAIR),
)

# A title line naming the paper a year's report: up to five words before "Annual Report", then
# at most whose it is and to whom ("of the Audit Committee", "to Council") and the year it
# covers ("for the year ended ...", "2031/32"), no sentence.
ANNUAL_REPORT_TITLE = _rx(
    r"^[^\S\n]*(?:[\w'’&-]+[^\S\n]+){0,5}?Annual[^\S\n]+Report"
    r"(?:[^\S\n]+of[^\S\n]+the[^\S\n]+(?:[\w'’&-]+[^\S\n]+){0,6}?"
    r"(?:Committee|Panel|Board|Commission|Forum))?"
    r"(?:[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:Full[^\S\n]+)?Council)?"
    r"(?:[^\S\n]+(?:for[^\S\n]+(?:the[^\S\n]+)?(?:year|period)[^\S\n]+(?:ended|ending|to)"
    r"[^\S\n]+[\w ]{4,20}?|\d{4}(?:[/-]\d{2,4})?))?[^\S\n]*$")

# A report's section saying what it is for, perhaps numbered: "1. Purpose of this report"
# ("1.0 Purpose of Report", a section numbered with its first paragraph's point).
REPORT_PURPOSE = _rx(r"^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})?\.?[^\S\n]+)?Purpose[^\S\n]+of[^\S\n]+"
                     r"(?:the[^\S\n]+|this[^\S\n]+)?report\b")

# Read after the performance and risk clues, as they always were.
LISTED_PAPER_CLUES: tuple[Clue, ...] = (
    # a paper titled under the enclosure code its pack's agenda gives it ("FGP3: Schedule of
    # payments for approval", see segment_starts.enclosure_papers): a paper of the meeting
    Clue("report", ENCLOSURE_CODE, WEAK, "title"),
    # a committee's work programme titled so on a line of its own ("WORK PROGRAMME 2030",
    # "Audit Committee Work Programme 2030/31"): the committee's paper of its business to come,
    # whose rows may name papers that are no committee's ("Draft statement of accounts"). Not
    # an executive's forward work programme (a forward plan), nor a numbered agenda row
    # (work_programmes).
    Clue("report", WORK_PROGRAMME_TITLE, FAIR, "title", needs=WORK_PROGRAMME_WORDS),
    # a paper titled as a year's report on a line of its own ("Auditor's Annual Report for the
    # year ended 31 March 2032", "Internal Audit Annual Report 2031/32") that says, as a
    # report's section, what it is for ("1. Purpose of this report"): a report, whoever wrote
    # it (an external auditor's carries no officer's recommendations); a council's annual
    # report to its residents states no such purpose and is a publication, no paper
    Clue("report", ANNUAL_REPORT_TITLE, FAIR, "title", needs=("annual",),
         requires=REPORT_PURPOSE),
)
