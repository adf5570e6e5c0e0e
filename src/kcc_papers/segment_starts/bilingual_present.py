"""Who was present, labelled in both languages: "Presennol / Present: Councillor ...",
"Yn bresennol / Present:", "Present / Presennol:", as a Welsh body's bilingual minutes print
the label over one list. Either half read alone is the label a minutes' heading looks for
under it."""

from __future__ import annotations

import re

from kcc_papers.normalise.bilingual import label_halves


def bilingual_present(text: str, present_label: re.Pattern[str]) -> bool:
    """Whether ``text`` is a bilingual label pair one of whose halves ``present_label`` reads
    ("Presennol / Present:" read as "Present:")."""
    if "/" not in text:
        return False
    return any(present_label.match(half) for half in label_halves(text))
