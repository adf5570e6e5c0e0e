"""The title of one office holder's record of decisions: "Decisions of the Cabinet Member for
Housing and Regeneration", "DECISIONS OF THE LEADER OF THE COUNCIL", "Decisions taken by the
Portfolio Holder for Planning". One person decides alone (a cabinet member, a portfolio holder,
an executive or lead member, the leader, an elected mayor), at no meeting: the record is a
decision notice with no body and no meeting date, whatever date its decisions were taken."""

from __future__ import annotations

import re

# The office's words, as councils print them: a member of the executive named by his role
# ("Cabinet Member", "Executive Member", "Lead Member", "Portfolio Holder"), the leader (or
# deputy) of the council or of the executive, an elected mayor. A body's own word never closes
# the office ("the Cabinet", "the Planning Committee" decide as bodies; "the Mayor and Cabinet"
# is one body too): the office is followed by its portfolio ("for ...") or ends the line.
_S = r"[^\S\n]+"
OFFICE = (rf"(?:(?:Individual{_S})?(?:Cabinet|Executive|Lead){_S}Member"
          rf"|Portfolio{_S}Holder"
          rf"|(?:Deputy{_S})?Leader(?:{_S}of{_S}the{_S}(?:Council|Executive))?"
          rf"|(?:Elected{_S}|City{_S})?Mayor)")
# A portfolio's name after the office ("for Housing and Regeneration", "for Adults, Health and
# Wellbeing"): words and their joining marks, no figures (a date after it is a body's meeting
# line, read as such elsewhere) and at most this many characters (a title, not a sentence).
PORTFOLIO_CHARS = 100
# The title's whole line: what the paper records, then whose decisions they are.
OFFICE_HOLDER_DECISIONS = re.compile(
    rf"^[^\S\n]*(?i:(?:Record{_S}of{_S})?Decisions?{_S}(?:of|taken{_S}by|made{_S}by)"
    rf"{_S}(?:the{_S})?{OFFICE}"
    rf"(?:{_S}(?:for|of){_S}[^\W\d][^\d\n]{{0,{PORTFOLIO_CHARS}}}?)?)[^\S\n]*$", re.M)


def office_holders_title(line: str) -> bool:
    """Whether ``line`` is an office holder's record of decisions titled by whose they are
    (a body's decisions, "Decisions of the Cabinet", are not)."""
    return bool(OFFICE_HOLDER_DECISIONS.match(line))
