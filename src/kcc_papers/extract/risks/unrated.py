"""A table read as a register that rates nothing and sits in a paper that never says "risk".

A "Ref | Organisation | Purpose | Score (of 40)" table of grant applications has an id column
and a "Score" column, the words a register heads its columns with, so the cheap test lets it
through; but none of its rows then reads as an assessed risk (no likelihood or impact, by number
or name, no level), only a number in that "Score" column (the applications' scores up to 25
read as ratings), and nowhere does the paper call anything a risk. Such a table is no register:
a real one either gives its risks' factors or names them risks (its title, a heading, a
column)."""

from __future__ import annotations

from kcc_papers.extract.risks.status_words import says_risk
from kcc_papers.models import Record, Risk

# A risk's own assessment by its factors: any of these set says the row was read as a risk's.
# (A bare score is not among them: any scored table has one. A target score is: a register
# scores where its risk should come down to, a scored list of applications has no target.)
FACTOR_FIELDS = ("likelihood", "impact", "likelihood_name", "impact_name", "current_level",
                 "target_likelihood", "target_impact", "target_rating", "target_level")


def _assessed(risk: Risk) -> bool:
    return any(getattr(risk, name) is not None for name in FACTOR_FIELDS)


def no_register(records: list[Record], text: str) -> bool:
    """Whether ``records``, read from a table of ``text``, are no register's: not one of their
    risks has a factor or a level and the paper never calls anything a risk."""
    risks = [r for r in records if isinstance(r, Risk)]
    return bool(risks) and not any(_assessed(r) for r in risks) and not says_risk(text)
