"""A motion put to whoever votes on it, named however the body votes, and lost: "On being put
to the employer's side and the trade union side separately, the motion was not carried". A
joint consultative committee (or a joint negotiating body) votes by side, not by a show of
hands, so its minutes name the sides rather than "the vote"; "put" is the vote all the same.
The pattern is one alternative of lost_motions' _MOTION_DEFEATED, which reads the sentence
before for an "if" and keeps an amendment's defeat out (the motion or proposal alone)."""

from __future__ import annotations

# How far the clause naming whom the motion was put to may run before the motion's result: a
# body's two sides, each named in full ("the employer's side and the trade union side
# separately"), fit.
_PUT_TO_CHARS = 90

# "On being put to <whoever>, the motion was not carried / lost / defeated / not agreed"
# ("when put to ...", "upon being put to ..." too; the comma may be left out). The clause
# opens its sentence: one reported inside another ("The Head of HR reported that, when put to
# the Regional Joint Council, the proposal was not agreed") is another body's vote, told of.
# Nor is a proposal put to consultation voted on: "When put to public consultation, the
# proposal was not supported by a majority of respondents" is the public's view. The clause
# holds no stop (one sentence), and opens on a literal "put", so the bounded lazy run is
# tried only there.
PUT_TO_SIDES = (
    r"(?i:(?<![\w,]\s)(?<![\w,])\b(?:(?:up)?on\s+being|when)\s+put\s+to\b"
    r"(?!\s+(?:(?:a|the|public|further|formal|statutory)\s+)*consultation)"
    r"[^.;:]{0," + str(_PUT_TO_CHARS) + r"}?,?\s+"
    r"the\s+(?:motion|proposal)\s+(?:was|were)\s+"
    r"(?:lost|defeated|not\s+(?:carried|agreed|approved|accepted|supported))\b)")
