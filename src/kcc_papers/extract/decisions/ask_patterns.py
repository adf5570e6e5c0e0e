"""The lines that head or state a report's ask: a "Recommendation(s)" heading in its many
forms, an ask with no heading ("It is recommended that ..."), who a paragraph asks, and the
ask worded as the resolution it proposes. Shared by the block reader and the notices' fields."""

from __future__ import annotations

import re

from kcc_papers.extract.decisions.that_runs import THAT_BODY

# The bodies and members a report asks to decide, by the last word of their names.
DECIDER = (r"(?:Committee|Cabinet|Council|Board|Panel|Members|Authority|Commissioner|Mayor|"
           r"Leader|Executive|Forum|Partnership|Holder|Member|IJB)")

HEADING = re.compile(
    r"^(?:(?P<num>\d+(?:\.\d+)*)(?:\.|\s*\|)?\s+)?(?:Officer\s+|Officers'?\s+)?"
    # an update sheet's amendment of a report's ask: "Amended recommendation:", "Revised
    # Recommendation", "Updated recommendation" (the ask the meeting is now to decide); its
    # capital a heading's (prose wrapped before "revised recommendation 2.1:" is none)
    r"(?P<amended>(?:(?-i:A)mended|(?-i:R)evised|(?-i:U)pdated)\s+)?"
    # a section that states the report's purpose and its ask together: "1. Purpose and
    # recommendation", "Summary and Recommendations"
    r"(?P<mixed>(?:Purpose|Summary)\s+and\s+)?"
    # Templates that head their sections with questions: "3. What are the recommendations?"
    r"(?:What\s+(?:are|is)\s+the\s+)?"
    # A panel's or review's own report speaking for itself: "Our recommendations" over
    # "Recommendation 1: that the basic allowance be ..." (an independent remuneration panel's
    # report bound in as an appendix, what the council is asked to adopt), in whatever case
    # its headings take ("Our Recommendations", "OUR RECOMMENDATIONS"), the whole line
    r"(?:(?-i:O)ur\s+(?=recommendations\s*$))?"
    # A capital R: "...asked to ENDORSE or make / recommendations to the Cabinet Member" is a
    # sentence running on, not a heading; after "Officer" a heading may keep it small ("2.
    # Officer recommendation").
    r"(?:(?:(?-i:R)|(?<=[Oo]fficer\s)r|(?<=[Oo]fficers\s)r|(?<=[Oo]fficers'\s)r"
    r"|(?<=[Aa]mended\s)r|(?<=[Rr]evised\s)r|(?<=[Uu]pdated\s)r|(?<=[Aa]nd\s)r"
    r"|(?<=Our\s)r)"
    r"ecommendations?(?:\s*\(s\))?|(?-i:A)rgymhelliad|(?-i:A)rgymhellion"
    # an American board letter's heading: "RECOMMENDED ACTION(S)" over what the board is asked,
    # in capitals as the letter's other headings ("DISCUSSION"); an audit tracker's "Recommended
    # Action" column is the auditee's task, not an ask of the meeting
    r"|(?-i:RECOMMENDED\s+ACTION(?:S|\(S\))?)"
    # "Proposal": a section that may only describe a scheme; read when it asks (see _asks)
    r"|(?P<proposal>(?-i:P)roposals?)"
    # a decision-maker's report: "Decision(s) requested", "Decision required", "Decisions /
    # Action required"
    r"|(?P<ask>(?-i:D)ecisions?(?:\s*\(s\))?(?:\s*/\s*Actions?)?\s+(?:requested|required|sought))"
    # a plain-English template's question for a heading: "What we are asking the Committee to
    # do" (its capital W a heading's; the paragraph under it, "We are asking the Committee to
    # note ...", is the ask)
    # (the one asked a body or member who decides: "What we are asking the Government to do"
    # is the council's own lobbying, "What we are asking Mill Lane Residents to decide" a
    # consultation's question)
    r"|(?-i:W)hat\s+we\s+are\s+asking\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+){0,5}?"
    + DECIDER + r"\s+to\s+(?:do|decide|agree))"
    # ... the amended one naming the report's recommendation it replaces: "Amended
    # recommendation 2.1:" (its colon said: "Revised recommendation 3 was agreed" is a sentence)
    r"(?(amended)(?:\s+\d+(?:\.\d+)*(?=\s*:))?|)"
    # ... perhaps naming the agenda item it is for: "Recommendation (Agenda Item 5)", alone
    # or before its colon ("Recommendation (Item 7) was deferred" is a sentence)
    r"(?=\s*$|\s*[:.\-–?]|\s+(?:of|to|for)\s|\s\((?:Agenda\s)?Item\s[\w.]{1,6}\)\s*(?:$|[:.\-–]))"
    r"(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][^:]{0,80})?"
    r"(?:\s\((?:Agenda\s)?Item\s[\w.]{1,6}\))?\s*[:.\-–?]?\s*(?P<rest>.*)$",
    re.I,
)
# No heading, just the ask: "It is recommended that Cabinet: ...", "2.1 It is RECOMMENDED that",
# "Cabinet is asked to RECOMMEND that:" (the capitalised verb is the template's own mark), or
# a body's recommendation to another: "The Cabinet RECOMMENDS that Council: (a) ...", or a
# bare lead-in.
INLINE = re.compile(
    r"^(?:(?P<num>\d+(?:\.\d+)*)\.?\s+)?(?P<rest>It\s+is\s+recommended\s+that\b.*|"
    r"(?-i:(?:The\s+)?[A-Z][\w&'’ -]{1,60}?\s+(?:is|are)\s+(?:asked|recommended|requested)\s+to\s+"
    r"(?:RECOMMEND|RESOLVE|NOTE|AGREE|APPROVE|ENDORSE|CONSIDER|DECIDE)\b).*|"
    r"(?-i:(?:The\s+)?[A-Z][\w&'’ -]{1,60}?\s+RECOMMENDS\s+(?:to\s+[A-Z][\w ]{1,40}?\s+)?"
    r"that\b).*|"
    # a bare lead-in on a line of its own, its list under it: "Cabinet is recommended:" after
    # a list Cabinet is asked to recommend to Council (r26i HRA rents page), its own ask
    r"(?P<bare>(?-i:(?:The\s+)?[A-Z][\w&'’ -]{1,60}?\s+(?:is|are)\s+(?:asked|recommended)\s*:))"
    r"\s*)$",
    re.I,
)
# Who a paragraph asks: "2.2 Council is asked to RESOLVE that:" starts the next decision
# maker's part of a block that asks two bodies (Cabinet recommends, Council resolves).
ASKS = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w&'’ -]{1,60}?)\s+(?:is|are)\s+"
    r"(?:asked|recommended|requested|invited)\s+to\b|"
    # "That Council:", "That the Cabinet approves ..." (the body's own verb: in "That the Chief
    # Executive is authorised to agree the terms" an officer is authorised by the body asked)
    + THAT_BODY
    + r"(?:\s*:|\s+(?!(?:is|was|has|does)\b)[a-z]+s\b)"
)

# Where nothing asks, the recommendation worded as the resolution it proposes, unheaded: "1.
# That the Committee reviews the Corporate Risk Register and agrees the changes ..." (the body
# named, its verb in the present: what the minutes will record).
THAT_ASK = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?That\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Committee|"
    r"Cabinet|Council|Board|Panel|Members|Authority|Executive|Forum|Partnership|IJB)\s+"
    r"[a-z]{3,}s\b")
# What a report asks of its decision maker, in any of the words templates use: "The Committee
# is invited to agree", "Members are recommended to", "It is proposed that".
# The one asked is a body or a member who decides ("Residents are invited to comment" asks
# nothing of a decision maker).
ASK = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?" + DECIDER
    + r"\s+(?:is|are)\s+(?:asked|invited|recommended|requested)\s+to\b"
    r"|It\s+is\s+(?:recommended|proposed)\s+that\b)")
