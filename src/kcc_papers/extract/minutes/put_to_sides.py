"""A motion put to whoever votes on it, named however the body votes, and lost: "On being put
to the employer's side and the trade union side separately, the motion was not carried". A
joint consultative committee (or a joint negotiating body) votes by side, not by a show of
hands, so its minutes name the sides rather than "the vote"; "put" is the vote all the same.
The pattern is one alternative of lost_motions' _MOTION_DEFEATED, which reads the sentence
before for an "if" and keeps an amendment's defeat out (the motion or proposal alone)."""

from __future__ import annotations

# How far the clause naming whom the motion was put to may run before its comma: a body's two
# sides, each named in full ("the employer's side and the trade union side separately"), fit.
_PUT_TO_CHARS = 90

# "On being put to <whoever>, the motion was not carried / lost / defeated / not agreed"
# ("when put to ..." too). The clause holds no stop (one sentence), and opens on a literal
# "put", so the bounded lazy run is tried only there.
PUT_TO_SIDES = (
    r"(?i:\b(?:on\s+being|when)\s+put\s+to\b[^.;:]{0," + str(_PUT_TO_CHARS) + r"}?,\s+"
    r"the\s+(?:motion|proposal)\s+(?:was|were)\s+"
    r"(?:lost|defeated|not\s+(?:carried|agreed|approved|accepted|supported))\b)")
