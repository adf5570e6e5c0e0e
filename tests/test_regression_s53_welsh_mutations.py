"""Regression tests for two Welsh forms the round 39 review found unread: a bilingual report
addressed "Adroddiad i Gyngor" ("Report to Council"), its body's word soft-mutated after "i"
without the article (Cyngor -> Gyngor, Pwyllgor -> Bwyllgor, Bwrdd -> Fwrdd); and a ModernGov
issue page whose "Meeting:" or "Cyfarfod:" label prints the meeting's weekday in Welsh ("Dydd
Iau, 9 Mawrth, 2028 10.00 am - Cabinet"). Small papers in other councils' words, each rule
with its guards."""

from __future__ import annotations

from kcc_papers.classify import classify


def _bilingual_report(masthead: str, body_line: str = "") -> str:
    """A report's text as a Welsh council's bilingual masthead reads: the Welsh address, its
    labelled lines, then the text in English with the Welsh beneath."""
    return "\n".join([
        "Cyngor Bwrdeistref Sirol Cwm Ogwr / Cwm Ogwr County Borough Council",
        masthead,
        "Dyddiad / Date: 16 Tachwedd / November 2027",
        "Pwnc / Subject: Leisure Centres Strategy 2028-2033",
        "Swyddog Arweiniol / Lead Officer: Rhodri Pugh, Head of Leisure",
        "1. Diben / Purpose",
        "1.1 To seek approval of the strategy following public consultation. Responses are",
        "summarised in the consultation report at Appendix B.",
        *([body_line] if body_line else []),
        "2. Argymhelliad / Recommendation",
        "It is recommended that the strategy at Appendix 1 is adopted.",
        "Argymhellir mabwysiadu'r strategaeth yn Atodiad 1.",
        "3. Cefndir / Background",
        "3.1 The strategy was drafted with the town councils and the leisure trust.",
    ])


_TITLE_LINES = 4


def _kind(text: str) -> str:
    """The kind weighed as a pack's report is: its heading named it a report, and its title
    lines are its masthead and the labelled lines under it."""
    return classify(text, hint="report", title="\n".join(text.splitlines()[1:_TITLE_LINES + 1]))


def test_welsh_report_to_mutated_body_is_an_address() -> None:
    """Before, a report whose masthead printed "Adroddiad i Gyngor" ("Report to Council")
    alone was read as "other" while "Adroddiad i'r Cyngor" was a report: after "i" without
    the article Welsh soft-mutates the body's word (Cyngor -> Gyngor, Pwyllgor -> Bwyllgor,
    Bwrdd -> Fwrdd, Cabinet -> Gabinet), and the address clue knew only the plain words. The
    mutated forms, a closed list, now count straight after "Adroddiad i"."""
    assert _kind(_bilingual_report("ADRODDIAD I'R CYNGOR")) == "report"
    assert _kind(_bilingual_report("ADRODDIAD I GYNGOR")) == "report"
    assert _kind(_bilingual_report("Adroddiad i Bwyllgor Craffu")) == "report"
    assert _kind(_bilingual_report("Adroddiad i Fwrdd Gwasanaethau Cyhoeddus")) == "report"
    assert _kind(_bilingual_report("Adroddiad i Gabinet")) == "report"


def test_mutated_body_word_outside_an_address_is_no_clue() -> None:
    """Guards: "Gyngor" in running Welsh prose, not after "Adroddiad i", addresses nothing;
    nor does an English line with "i" as a word; nor "Adroddiad" with no body after "i"."""
    prose = ("Mae'r strategaeth yn dilyn ymgynghoriad a gynhaliwyd gan y Gyngor Tref "
             "a'r ymddiriedolaeth hamdden.")
    assert _kind(_bilingual_report("STRATEGAETH HAMDDEN / LEISURE STRATEGY", prose)) == "other"
    assert _kind(_bilingual_report("Gyngor Sir / Bwyllgor")) == "other"
    assert _kind(_bilingual_report("Appendix i Council Tax Bands")) == "other"
    assert _kind(_bilingual_report("ADRODDIAD I GYNGHORWYR LLEOL")) == "other"
