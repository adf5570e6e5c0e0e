"""A strategy's consultation report: not a committee paper, though its numbered sections speak
of what was recommended, agreed and approved, and it names the Cabinet that will consider it.
Modelled on councils' published consultation reports; every name and figure is invented."""

from __future__ import annotations

from pathlib import Path

STRATEGY = [
    "Wealdshire Libraries Strategy 2025-2030",
    "Consultation report: what you told us",
    "1. Introduction",
    "1.1 Between 3 March and 28 April 2025 we asked residents, library users and partners to "
    "have your say on the draft Libraries Strategy. This report summarises the 2,314 responses "
    "we received and how the strategy has changed as a result.",
    "2. What you told us",
    "2.1 Most respondents (68%) agreed with the strategy's aim of keeping every library open, "
    "and 54% agreed that opening hours should follow when people use libraries most.",
    "2.2 Many respondents recommended longer opening on Saturdays; others recommended that "
    "mobile library stops be kept in villages without a library.",
    "3. What we will do",
    "3.1 We recommend that Saturday opening be extended at the twelve busiest libraries, and "
    "it was agreed with the Friends of Wealdshire Libraries that volunteers would help run the "
    "mobile service.",
    "3.2 The final strategy will be considered by the Cabinet in the autumn. The Council "
    "approved the budget for the libraries service in February 2025.",
    "4. RECOMMENDATIONS OF THE YOUTH PANEL",
    "4.1 The Youth Panel recommended free study space during exam periods; this has been "
    "added to the strategy.",
    "You said, we did: a summary of the changes is on the council's website.",
]


def write_strategy(out: Path) -> None:
    text = "\n\n".join(STRATEGY) + "\n"
    (out / "sample_strategy_consultation.txt").write_bytes(text.encode("utf-8"))
