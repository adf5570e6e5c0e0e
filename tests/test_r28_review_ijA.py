"""Review of held-out round 28's I and J documents, minutes and decisions fixes (reviewer ijA):
each test a small paper another council might publish that the fixes misread."""

from __future__ import annotations

import time
from pathlib import Path

from kcc_papers.load.markdown import plain_text
from kcc_papers.models import AgendaItem, Decision, Minute
from kcc_papers.pipeline import process_file


def _records(text: str, tmp_path: Path) -> list[object]:
    path = tmp_path / "paper.txt"
    path.write_text(text)
    return list(process_file(str(path)).records)


def _items(records: list[object]) -> list[str | None]:
    return [a.item_ref for a in records if isinstance(a, AgendaItem)]


def _minutes(records: list[object]) -> list[str | None]:
    return [m.minute_number for m in records if isinstance(m, Minute)]


UNDERLINED_AGENDA = """WICKHAM TOWN COUNCIL

AMENITIES COMMITTEE

Tuesday 17 April 2029 at 7.00 pm, Town Hall

AGENDA
================================================
OPEN SESSION
1. Apologies for absence
2. Minutes of the meeting held on 13 March 2029
3. Allotments
4. Playing field

MINUTES OF THE AMENITIES COMMITTEE MEETING, Town Hall, Wickham, Tuesday 13 March 2029

Members present: Cllrs Ford (Chair), Gale and Hunt

AM/29/05  APOLOGIES
Councillor Ives sent apologies.

AM/29/06  CEMETERY RAILINGS
RESOLVED that the railings be repainted at a cost of £860.

The meeting closed at 8.10 pm.
"""


def test_regression_capitals_line_under_an_underlined_heading_is_no_masthead(
        tmp_path: Path) -> None:
    """An agenda's heading underlined by a rule with "OPEN SESSION" under it: the capitals
    line is the agenda's, no masthead of the minutes headed a few lines below, so the
    agenda's items stay its own (ruled_mastheads: the masthead names a body)."""
    records = _records(UNDERLINED_AGENDA, tmp_path)
    assert _items(records) == ["1", "2", "3", "4"]
    assert _minutes(records) == ["AM/29/05", "AM/29/06"]


MARKDOWN_RULED_MINUTES = """# Oakhurst Parish Council

## Minutes of the Parish Council Meeting

**Held on:** Monday 16 April 2029 at 7.30 pm
**Present:** Cllr A Dunmore (Chair), Cllr B Fenwick, Cllr C Hollis

### 29/041 Apologies for absence

Apologies were received from Cllr D Pratt.

### 29/042 Allotment rents

**Resolved:** that allotment rents rise to £40 a plot from 1 October 2029.

---

### 29/043 Bus shelter

**Resolved:** to accept the quotation of Shelterco Ltd of £4,200 excluding VAT.

### 29/044 Footpaths

**Resolved:** that the footpath warden's report be noted.

*The meeting closed at 8.40 pm.*

# Oakhurst Parish Council

## Agenda

You are summoned to attend a meeting of **Oakhurst Parish Council** on
**Monday 14 May 2029 at 7.30 pm** in the Village Hall.

1. Apologies for absence
2. Minutes of the meeting held on 16 April 2029
3. Allotments
"""


def test_regression_markdown_rule_inside_minutes_is_no_page_break(tmp_path: Path) -> None:
    """A Markdown export's "---" between two of the minutes' sections, and none over the
    agenda after them: the rule is no page break (a paged file starts papers only at a page's
    top, and the agenda took the minutes after the rule as its items); the level-one heading
    over each paper breaks the page (load/markdown.py)."""
    records = _records(MARKDOWN_RULED_MINUTES, tmp_path)
    assert _minutes(records) == ["29/041", "29/042", "29/043", "29/044"]
    assert _items(records) == ["1", "2", "3"]
    # (nor is the rule drawn on into the resolution above it)
    decided = [d.decision_text for d in records if isinstance(d, Decision)]
    assert decided[0] == "Resolved: that allotment rents rise to £40 a plot from 1 October 2029."


HASH_NUMBERED_AGENDA = """WESTFORD BOROUGH COUNCIL

LICENSING COMMITTEE

Tuesday 24 April 2029 at 10.00 am
Committee Room 2, Town Hall

AGENDA

# 1   Apologies for Absence

# 2   Minutes of the Meeting held on 20 March 2029

# 3   Taxi Fares Review

# 4   Street Trading Policy
"""


def test_hash_numbered_text_agenda_is_no_outline(tmp_path: Path) -> None:
    """A text agenda numbering its items "# 1" ... "# 4": headings of one level, no outline
    of papers, so no page break goes before each (each item its own page lost the last)."""
    assert _items(_records(HASH_NUMBERED_AGENDA, tmp_path)) == ["1", "2", "3", "4"]


DECISIONS_WRAPPED_MAKERS = """Decisions

Decisions published for Cabinet, Tuesday 13 March 2029, 6.00 pm

Leisure Centre Opening Hours
Decision Maker: Cabinet Member for Leisure, Culture and
Communities
Decision status: Recommendations Approved
Decision:
That the leisure centre open on Sundays from 1 May 2029.
Reasons for the decision: members wished to keep weekend swimming.

Empty Homes Grants 2029/30
Decision Maker: Cabinet Member for Housing and
Regeneration
Decision status: Recommendations Approved
Decision:
That the Empty Homes Grants 2029/30 be approved.
Reasons for the decision: to bring empty homes back into use.
"""


def test_regression_decision_status_under_a_wrapped_maker_is_no_title(tmp_path: Path) -> None:
    """A page of decisions each printing its "Decision Maker:" (wrapped onto a second line)
    over its "Decision status:": the line over the status is the maker's name's end, no
    decision's title (issue_details: titles over the status only where no maker is named)."""
    decisions = [(d.title, d.decision_maker) for d in _records(DECISIONS_WRAPPED_MAKERS, tmp_path)
                 if isinstance(d, Decision)]
    assert decisions == [
        ("Leisure Centre Opening Hours", "Cabinet Member for Leisure, Culture and Communities"),
        ("Empty Homes Grants 2029/30", "Cabinet Member for Housing and Regeneration")]


# A pattern linear in its line's length runs well within this on a line of 20,000 characters.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1


def test_regression_markdown_marks_are_linear_in_a_long_line() -> None:
    """The heading pattern, tried on every line of every text file, and the strong-emphasis
    pattern each cost a long line's length once (9.6 s and 2.4 s before, on "# a" and 20,000
    spaces, and on 5,000 "**a " no "**" closes)."""
    for line in ("# a" + " " * 20_000 + "x", "# A\n## B\n### C\n" + "**a " * 5_000):
        start = time.process_time()
        plain_text(line)
        assert time.process_time() - start < LINEAR_SECONDS


def test_regression_signature_underscores_are_no_strong_marks() -> None:
    """A signature's run of underscores is no "__" strong mark around "_" (it was cut to two);
    and what the linear patterns still read: a heading's closing hashes off, a hash inside its
    text kept, strong text's marks off."""
    text = "# A\n## Agenda ##\n### C# training\n**Resolved:** that **x** be\nSigned ______ Chair"
    assert plain_text(text).split("\n")[1:] == [
        "Agenda", "C# training", "Resolved: that x be", "Signed ______ Chair"]


SHORT_MINUTES_THEN_AGENDA = """Hi, both below.

________________________________

WICKHAM TOWN COUNCIL

MINUTES OF THE AMENITIES COMMITTEE held on Tuesday 13 March 2029 at 7.00 pm

Present: Cllr A Brent (Chair), Cllr B Colley

AM/29/05  APOLOGIES
None.
AM/29/06  PLAYING FIELD
RESOLVED that the goalposts be bought.

AGENDA

1. Apologies for absence
2. Minutes of the meeting held on 13 March 2029
"""


def test_regression_ruled_masthead_is_below_the_paper_before(tmp_path: Path) -> None:
    """Short minutes under the rule and its masthead, an agenda's heading within a few lines
    under them: the rule is the minutes', above their heading, and the agenda starts below it
    (it started above the minutes and was lost in them, its items with it)."""
    records = _records(SHORT_MINUTES_THEN_AGENDA, tmp_path)
    assert _minutes(records) == ["AM/29/05", "AM/29/06"]
    assert _items(records) == ["1", "2"]


MARKDOWN_LINKED_AGENDA = """# Oakhurst Parish Council

## Agenda

You are summoned to attend a meeting of **Oakhurst Parish Council** on
**Monday 14 May 2029 at 7.30 pm** in the Village Hall.

| No. | Item |
|----:|------|
| 1 | Apologies for absence |
| 2 | [Minutes of the meeting held on 16 April 2029](/documents/minutes-2029-04-16.pdf) |
| 3 | [Allotments](https://oakhurst-pc.org.uk/allotments "Allotments page") |

# Oakhurst Parish Council

## Minutes of the Parish Council Meeting

**Held on:** Monday 16 April 2029 at 7.30 pm

### 29/041 Apologies for absence

Apologies were received from Cllr D Pratt.

### 29/042 [Allotment rents](/reports/allotments.pdf)

**Resolved:** that allotment rents rise to £40 a plot from 1 October 2029.
"""


def test_regression_markdown_links_read_as_their_words(tmp_path: Path) -> None:
    """A website's Markdown export links an agenda's items and a minute's heading to their
    papers: a link reads as its words, its target dropped (the titles kept the brackets and
    the address, and the linked minute's heading was no minute)."""
    records = _records(MARKDOWN_LINKED_AGENDA, tmp_path)
    assert [a.title for a in records if isinstance(a, AgendaItem)] == [
        "Apologies for absence", "Minutes of the meeting held on 16 April 2029", "Allotments"]
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        ("29/041", "Apologies for absence"), ("29/042", "Allotment rents")]
