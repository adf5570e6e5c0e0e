"""Review of held-out round 32's running heads: what another council publishes that the new
rules must not misread (a report titled with strokes; a minute's text at a page's top that opens
with its meeting and date; a resolution ending "(continued overleaf)"). The guard passed before
the review too; the regression test failed on the fixer's branch."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered, source_decision_rows
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

# A cabinet pack whose report is titled with strokes: the body, the subject, the date. Its
# subject stands between them, so it is the report's own title, no running head of the pack.
STROKED_TITLE = """## Okebourne County Council
** Cabinet
** Agenda
1. Budget 2027
--- page ---
** Agenda item 5
!! {title}
Report of the Corporate Director of Resources
** 1. Recommendation
Cabinet is recommended to approve the Budget 2027 for consultation.
** 2. Background
The medium term financial plan sets out the gap to be closed.
"""


def test_regression_a_title_naming_its_subject_between_body_and_date_is_kept(
        tmp_path: Path) -> None:
    title = "Cabinet | Budget 2027 | 25 January 2028"
    records = process_file(str(rendered(STROKED_TITLE.format(title=title), tmp_path))).records
    titles = [d.title for d in records if isinstance(d, Decision) and d.source == "report"]
    assert titles == [title]


# A borough's minutes under the pack's running header; the page breaks inside the minutes and
# the next page's first line of text opens with the meeting and its date.
TOP_LINE = """%% header Brackenridge Borough Council | Housing Committee | 15 March 2033
%% footer Page {{page}} of {{pages}}
## Brackenridge Borough Council
** Housing Committee
** Minutes of the meeting held on Tuesday 18 January 2033 at 7.00 pm in the Council Chamber
Present:	Councillors Fiona Delamere (Chair), Ashok Mistry, Bernard Quill, Chidi Okafor
** HC/33/04 Housing Revenue Account Rent Setting 2033/34
The Director of Housing presented the proposed rent increase of 4.1% (continued overleaf)
RESOLVED: That the Committee recommends to Council a rent increase of 4.1% (continued overleaf)
** HC/33/05 Sub-group Report
RESOLVED: That the report of the sub-group
--- page ---
{top}
** HC/33/06 Garage Sites Disposal
RESOLVED: That the disposal of the four garage sites listed in the report be approved.
"""


def test_guard_a_minutes_text_opening_with_meeting_and_date_at_a_page_top_is_kept(
        tmp_path: Path) -> None:
    top = "Housing Committee - 18 January 2033 - Minutes of the sub-group were received"
    texts = [text for text, _ in source_decision_rows(TOP_LINE.format(top=top), "minutes",
                                                      tmp_path)]
    assert any("sub-group were received" in text for text in texts), texts
    assert any(text.endswith("4.1% (continued overleaf)") for text in texts), texts
