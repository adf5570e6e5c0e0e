"""Decisions written inline in the text of parish and community council minutes:
"It was agreed that ...", "Proposed by Cllr A, seconded by Cllr B, all approved", "The
Treasurer's report was accepted.", a bare result ("Carried.") joined to the motion before it.
Apart from the resolutions' marks: formal minutes count these only as motions carried
(``resolutions.find_resolutions``)."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.minute_sentences import _PLANNING_REF, _sentences, _split_sentences
from kcc_papers.extract.minutes.resolution_marks import PARA, Resolution

# The papers and proposals a meeting accepts (not apologies, which it only receives).
# (an application, a bid or a grant is mostly approved by some other body)
_PUT = (r"(?:reports?|accounts?|budgets?|plans?|recommendations?|proposals?|quotations?|quotes?|"
        r"tenders?|estimates?|statements?|polic(?:y|ies)|strateg(?:y|ies)|precept|motion|"
        r"amendment|scheme|request|invoices?|payments?|correspondence)")
# Another body's decision reported: "The County Council budget was approved", "... was
# approved by the district council".
_OTHER_BODY = (r"(?!(?:[\w'’-]+\s+){0,4}?(?:Council|Committee|Board|Authority|Government)\s)")
_BY_ANOTHER = (r"(?!\s+(?:by|at)\s+(?:the\s+)?(?!the\s)(?:[\w'’-]+\s+){1,3}?(?:council|"
               r"committee|board|authority|government|department|inspector|minister)\b)")
# A clause of discussion before the decision: "After discussion", "Following a short debate,".
_LEAD_IN = r"(?:After|Following)(?:\s+[^\s,.]+){1,6}?,?\s+"
# How long a clause of what the body considered may run before its decision (a report's
# date, author and subject: "having considered a report dated ... from the Director, ...").
_MAX_PARTICIPLE = 400
# Decisions written into the text of parish and community council minutes.
_INLINE = re.compile(
    r"^(?:[-–•]\s*)?(?:All\s+)?(?:approved|agreed|adopted|received\s+and\s+filed)\b"
    r"|\b(?:all|unanimously)\s+(?:approved|agreed|carried)\b"
    r"|\bpropos(?:ed|al)(?:\s+(?:by|of))?\b.{0,120}?\bseconded(?:\s+by)?\b"
    r"|\bproposed,?\s+and\s+.{0,60}?\bseconded\b"
    # a parish assembly decides as the Assembly: "The Assembly authorised the Roads Committee"
    # (after a clause of discussion: "After discussion it was agreed to defer consideration")
    rf"|^(?P<lead>{_LEAD_IN})?It\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)\s+(?:to|that)\b"
    r"|^(?:It\s+was|(?:All\s+)?(?:Councillors|Members|Cllrs)(?:\s+present)?|The\s+(?:\w+\s+)?Council"
    r"|The\s+(?:\w+\s+)?Assembly)"
    r"\s+(?:unanimously\s+)?(?:agreed|approved|resolved|adopted|authori[sz]ed|"
    r"voted\s+(?:to|in\s+favour))\b"
    # a committee's minutes in plain prose, the body agreeing in the sentence, after a clause
    # of discussion or a verb of its own: "After discussion the Committee agreed to accept the
    # quotation", "The Committee confirmed the dates, and agreed that notices be placed"
    # (its words a word at a time: a run of any character beside the spaces was quadratic)
    rf"|(?:^|\b(?P<after>{_LEAD_IN}))The\s+(?:\w+\s+)?(?:Committee|"
    r"Board|Panel|Sub-Committee|Forum|Partnership)\b[^.]{0,160}?\b(?:agreed|resolved)\s+(?:to|that)\b"
    # ... or after what it considered, a clause set off by commas however long: "The
    # Committee, having considered a report dated 30th April 2028 from the Director, ..., on
    # the findings of the survey, agreed to close the rampart" (States of Guernsey minutes)
    r"|^The\s+(?:\w+\s+)?(?:Committee|Board|Panel|Sub-Committee|Forum|Partnership),\s+having\s"
    rf"[^.]{{0,{_MAX_PARTICIPLE}}}?,\s+(?:agreed|resolved)\s+(?:to|that)\b"
    r"|[–-]\s*approved\.?$"
    # what was put to the meeting, accepted: "The Treasurer's report was accepted.", "The
    # quotation from A Ltd was approved." (apologies "were accepted" are not a decision)
    # (before the paper only names and its kind: "The Clerk reported that the ... was
    # approved" is reported speech)
    rf"|^The\s+{_OTHER_BODY}(?:(?-i:[A-Z])[\w'’-]*\s+|(?:draft|revised|final|annual|proposed|"
    rf"updated|amended|monthly|quarterly)\s+"
    # (or the one word naming the paper's kind before it: "The work plan", "The action plan";
    # or what holds them: "The list of correspondence", "The schedule of payments")
    rf"|[a-z]+\s+(?:of\s+)?(?={_PUT}\b)){{0,4}}?{_PUT}\b(?:\s+[\w'’,-]+){{0,8}}?\s+"
    rf"(?:was|were)\s+(?:unanimously\s+)?(?:accepted|approved|adopted|agreed|endorsed|"
    # ... or noted, as a forum notes its work plan: "The work plan was noted."
    rf"ratified|noted)\b{_BY_ANOTHER}",
    re.I,
)
# The verb alone, no one agreeing ("Agreed as a correct record."): an outcome as a table's
# decision column or a clerk's shorthand prints it, never discussion.
# (an American consent calendar's "Received and filed the warrant register ...", as its
# "Approved the minutes ..." beside it)
_BARE_OUTCOME = re.compile(
    r"^(?:Agreed|Approved|Adopted|Received\s+and\s+filed)\b(?!\s+(?:that|with|by)\b)")
_MOTION = re.compile(r"\b(?:proposed|proposal|moved)\b.{0,160}?\bseconded\b", re.I | re.S)
_CARRIED = re.compile(r"\b(?:agreed|approved|carried)\b|\ball\s+in\s+favour\b", re.I)
# A proposer and seconder alone ("Proposed by Cllr A, seconded by Cllr B.") belong to the
# decision printed just before them.
_PROPOSER_ONLY = re.compile(
    r"^(?:Proposed|Moved)(?:\s+by)?\b[^.]*\bseconded(?:\s+by)?\b(?![^.]*\bthat\b)[^.]*\.?$", re.I
)
# So does a bare result ("Agreed unanimously.", "Carried.") printed under a motion.
_RESULT_ONLY = re.compile(
    r"^(?:All\s+)?(?:agreed|approved|carried)(?:\s+(?:unanimously|by\s+all|(?:with|by)\s+\d[^.]*"
    r"|\([^)]*\)))?\.?$",
    re.I,
)
_LEADING_DASH = re.compile(r"^[-–•]\s*")


def inline_decisions(body: list[tuple[int, str]]) -> list[Resolution]:
    """Each sentence of a minute's text that records a decision, as parish minutes write them."""
    out: list[Resolution] = []
    last: int | None = None  # the sentence index of the decision before
    sentences = _sentences(body)
    for n, (page, sentence) in enumerate(sentences):
        sentence = PARA.sub("", sentence)
        follows = bool(out) and last == n - 1
        if follows and (_PROPOSER_ONLY.match(sentence) or _RESULT_ONLY.match(sentence)):
            out[-1].text = f"{out[-1].text} {sentence}"
            last = n
        elif (m := _INLINE.search(sentence)) and not _PLANNING_REF.match(sentence):
            # the decision after the discussion it closes, in the one sentence
            text = _LEADING_DASH.sub("", sentence[m.start("after"):] if m["after"] else sentence)
            if m["lead"]:
                text = text[m.end("lead") :]
                text = text[:1].upper() + text[1:]
            if n and last != n - 1 and _RESULT_ONLY.match(text):
                # "The Chair asked that the item be deferred to the June meeting. AGREED.": a
                # result alone, after no decision, is the agreement of the sentence before
                page, before = sentences[n - 1]
                text = f"{PARA.sub('', before)} {text}"
            if _PROPOSER_ONLY.match(text) and n and last != n - 1:
                # "Proposed by A, seconded by B, all approved." names no motion: the sentence
                # before it says what was proposed.
                page, before = sentences[n - 1]
                text = f"{PARA.sub('', before)} {text}"
            out.append(Resolution(text, page, "inline"))
            last = n
    return out


def _closes_with_result(text: str) -> bool:
    """Whether a decision's last sentence is a bare result ("... be deferred. AGREED."): what
    was put to the meeting, carried."""
    return bool(_RESULT_ONLY.match(_split_sentences(text)[-1].strip()))
