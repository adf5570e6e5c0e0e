"""What a Welsh minute's result says, in the words a Welsh-language council prints it: a
motion voted down ("methodd y cynnig", "the motion failed"; "cynnig wedi methu", "motion
failed"; "collwyd y cynnig", "the motion was lost"; "trechwyd y cynnig", "... defeated").
The English readers' verbs (``outcomes``) never read these."""

from __future__ import annotations

# The failure and the motion ("cynnig") in either order, a line's wrap or spaces between the
# words.
# ("Ni chafodd y cynnig ei basio", "the motion was not passed")
WELSH_MOTION_LOST = (r"(?:methodd|collwyd|trechwyd)\s+y\s+cynnig"
                     r"|cynnig\s+wedi\s+(?:methu|(?:ei\s+)?(?:golli|drechu))"
                     r"|ni\s+chafodd\s+y\s+cynnig\s+ei\s+basio")

# An item put off in Welsh prose: "Gohiriwyd ystyried y cais" ("consideration ... was
# deferred"), and the verb-noun mutated after "i" ("Cytunwyd i ohirio'r cais", "to defer";
# its root "gohirio" is read with the English verbs). Not the meeting adjourned ("Gohiriwyd y
# cyfarfod"), which extract.minutes.welsh_prose never reads as a decision.
WELSH_DEFERRED = r"gohiriwyd|ohirio"
# The report laid before the meeting noted: "Nodwyd yr adroddiad", "Nodwyd adroddiad y Clerc"
# ("Nodwyd bod ...", a fact noted, is no decision and is never read as one).
WELSH_REPORT_NOTED = r"nodwyd\s+(?:(?:yr|y)\s+)?(?:adroddiad(?:au)?|diweddariad|cyflwyniad)"
# "it was agreed", the body's own verb ("Cytunwyd i ofyn am ddyfynbrisiau"), unless what was
# agreed is a deferral, read as one (WELSH_DEFERRED: the first verb found wins, so this one
# steps aside for it).
WELSH_AGREED = r"cytunwyd(?!\s+i\s+ohirio)"
