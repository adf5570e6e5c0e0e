"""The title of one office holder's record of decisions: "Decisions of the Cabinet Member for
Housing and Regeneration", "DECISIONS OF THE LEADER OF THE COUNCIL", "Decisions taken by the
Portfolio Holder for Planning", "Officer Decisions of the Head of Planning", "Decisions of the
Director of Adult Social Care". One person decides alone (a cabinet member, a portfolio holder,
an executive or lead member, the leader, an elected mayor, or an officer under delegated powers:
the chief executive, a director, a head of service), at no meeting: the record is a decision
notice with no body and no meeting date, whatever date its decisions were taken."""

from __future__ import annotations

import re

# The office's words, as councils print them: a member of the executive named by his role
# ("Cabinet Member", "Executive Member", "Lead Member", "Portfolio Holder"), the leader (or
# deputy) of the council or of the executive, an elected mayor. A body's own word never closes
# the office ("the Cabinet", "the Planning Committee" decide as bodies; "the Mayor and Cabinet"
# is one body too): the office is followed by its portfolio ("for ...") or ends the line.
_S = r"[^\S\n]+"
MEMBER_OFFICE = (rf"(?:(?:Individual{_S})?(?:Cabinet|Executive|Lead){_S}Member"
                 rf"|Portfolio{_S}Holder"
                 rf"|(?:Deputy{_S})?Leader(?:{_S}of{_S}the{_S}(?:Council|Executive))?"
                 rf"|(?:Elected{_S}|City{_S})?Mayor)")
# ... or an officer deciding under delegated powers, named by his post: the chief executive (or
# his deputy), a director of whatever rank ("Director of Adult Social Care", "Corporate
# Director, Growth and Environment", "Strategic Director for Place"), a head of service ("Head
# of Planning", the service named after it), a chief (finance) officer. The post is one
# person's: a word in the plural or possessive ("the Directors' Board", "the Chief Officers
# Group") is a body of them, which meets, and "the Executive" alone is the body of members.
# (An assistant chief executive or an acting director is one person too.)
_RANK = rf"(?:(?:Corporate|Strategic|Executive|Service|Assistant|Deputy|Interim|Acting){_S})?"
OFFICER_POST = (rf"(?:(?:(?:Deputy|Assistant){_S})?Chief{_S}Executive"
                rf"|{_RANK}Director|Chief{_S}(?:Financ(?:e|ial){_S})?Officer"
                rf"|{_RANK}Head(?={_S}of{_S}[^\W\d]))(?![\w'’])")
OFFICE = rf"(?:{MEMBER_OFFICE}|{OFFICER_POST})"
# The day the decisions were taken, after whose they are, set apart by a comma or a spaced
# dash or said with "on" ("Decisions of the Cabinet Member for Children and Families, 21 April
# 2027", "... - Thursday 4 March 2027", "... on 4 March 2027"): one person's day of decision,
# no meeting's (the line is no body's: its office is one person's). Only a whole date, its
# weekday perhaps first, or in figures: a bare figure after the office is no date.
_DECIDED_ON = (rf"(?:[^\S\n]*,|{_S}[–—-]|{_S}(?i:on)){_S}(?:[A-Za-z]+day,?{_S})?"
               rf"(?:\d{{1,2}}(?:st|nd|rd|th)?{_S}[A-Za-z]+,?{_S}\d{{4}}"
               # (or in figures: "21/04/2027", "21.04.2027")
               rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})")
# A portfolio's name after the office ("for Housing and Regeneration", "for Adults, Health and
# Wellbeing"; an officer's service, "of Adult Social Care", or after a comma or a spaced dash,
# "Corporate Director, Growth and Environment", "Corporate Director – Place"): words and their
# joining marks, no figures (the day of decision after it is read apart, _DECIDED_ON) and at
# most this many characters (a title, not a sentence). (The comma or dash only after a
# director's post: "Decisions of the Leader, Cabinet and Committees" lists bodies; the line
# may end at the comma, the service wrapped onto the next.) A name ending in a body's word is
# that body's, which meets: "Decisions of the Head of Service Panel", "... of the Director of
# Public Health Board", or those bodies' ("... Panels"), its date perhaps after ("... Panel,
# 3 May 2027": that meeting's).
PORTFOLIO_CHARS = 100
_BODY_LAST = (r"(?![^\n]*\b(?:Board|Panel|Group|Committee|Forum|Team)s?"
              rf"(?:{_DECIDED_ON})?[^\S\n]*$)")
# What the record is called before whose it is: "Decisions", "Record of Decisions", and an
# officer's "Officer Decisions", "Record of Officer Decisions" (the record's kind said before
# it, not an urgency or a report)
_RECORD = rf"(?:Record{_S}of{_S}(?:Officer{_S})?|Officer{_S})?Decisions?"
# The title's whole line: what the paper records, then whose decisions they are (perhaps the
# day they were taken after).
OFFICE_HOLDER_DECISIONS = re.compile(
    rf"^[^\S\n]*(?i:{_RECORD}{_S}(?:of|taken{_S}by|made{_S}by)"
    rf"{_S}(?:the{_S})?{OFFICE}"
    rf"(?:(?:{_S}(?:for|of)|(?<=Director)(?:,|{_S}[–—-])){_S}{_BODY_LAST}"
    rf"[^\W\d][^\d\n]{{0,{PORTFOLIO_CHARS}}}?|(?<=Director),)?)(?:{_DECIDED_ON})?"
    rf"[^\S\n]*$", re.M)


def office_holders_title(line: str) -> bool:
    """Whether ``line`` is an office holder's record of decisions titled by whose they are
    (a body's decisions, "Decisions of the Cabinet", are not)."""
    return bool(OFFICE_HOLDER_DECISIONS.match(line))
