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
