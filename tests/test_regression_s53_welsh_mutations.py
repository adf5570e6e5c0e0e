"""Regression tests for two Welsh forms the round 39 review found unread: a bilingual report
addressed "Adroddiad i Gyngor" ("Report to Council"), its body's word soft-mutated after "i"
without the article (Cyngor -> Gyngor, Pwyllgor -> Bwyllgor, Bwrdd -> Fwrdd); and a ModernGov
issue page whose "Meeting:" or "Cyfarfod:" label prints the meeting's weekday in Welsh ("Dydd
Iau, 9 Mawrth, 2028 10.00 am - Cabinet"). Small papers in other councils' words, each rule
with its guards."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page
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


WELSH_ISSUE_PAGE = html_page(
    "<title>Issue - items at meetings - Library Opening Hours | Cyngor Sir Cefnfor</title>",
    "<p>Home &gt; Committees &gt; Cabinet &gt; Agenda item</p>",
    "<h1>Agenda item - Library Opening Hours Review</h1>",
    "<p>{label}: {meeting}</p>",
    "<p>Item: 7</p>",
    "<p>Report author: Nia Morgan, Libraries Manager</p>",
    "<h2>1. Purpose</h2>",
    "<p>1.1 To seek approval of revised opening hours for the county's libraries.</p>",
    "<h2>2. Recommendations</h2>",
    "<p>2.1 That Cabinet approves the revised library opening hours from April 2028.</p>",
)


def _issue_documents(tmp_path: Path, label: str, meeting: str) -> list[tuple[str, str | None,
                                                                          str | None]]:
    path = tmp_path / f"issue_{len(list(tmp_path.iterdir()))}.html"
    path.write_text(WELSH_ISSUE_PAGE.format(label=label, meeting=meeting))
    return documents_of(path)


def test_welsh_meeting_label_gives_date_and_body(tmp_path: Path) -> None:
    """Before, an issue page's "Meeting: Dydd Iau, 9 Mawrth, 2028 10.00 am - Cabinet" (or
    its label in Welsh, "Cyfarfod:") gave no date and no committee: the label's pattern knew
    only English weekdays and the English label. The Welsh weekdays (a closed list, "Dydd"
    and the day's name) and the label "Cyfarfod" now read as the English do."""
    expected = [("report", "2028-03-09", "Cabinet")]
    assert _issue_documents(tmp_path, "Meeting", "Dydd Iau, 9 Mawrth, 2028 10.00 am - Cabinet") \
        == expected
    assert _issue_documents(tmp_path, "Cyfarfod", "Dydd Iau, 9 Mawrth, 2028 10.00 am - Cabinet") \
        == expected
    assert _issue_documents(tmp_path, "Meeting", "Dydd Iau, 9 Mawrth, 2028 - Cabinet") == expected


def test_welsh_meeting_label_guards(tmp_path: Path) -> None:
    """Guards: a Welsh label whose value after its date names no body (a place) gives no
    committee; a word that is no weekday before the date is no meeting line; the English
    form reads as before."""
    assert _issue_documents(tmp_path, "Cyfarfod", "Dydd Iau, 9 Mawrth, 2028 - Parc Glanrafon") \
        == [("report", None, None)]
    assert _issue_documents(tmp_path, "Cyfarfod", "Dydd Agored, 9 Mawrth, 2028 - Cabinet") \
        == [("report", None, None)]
    assert _issue_documents(tmp_path, "Meeting", "Thursday, 9th March, 2028 10.00 am - Cabinet") \
        == [("report", "2028-03-09", "Cabinet")]
