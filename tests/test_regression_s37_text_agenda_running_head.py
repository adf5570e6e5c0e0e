"""Session 37 (integration of held-out round 22): a text pack's running head names the
committee whole ("... Children and Young People Scrutiny Committee ..."), its agenda's masthead
wraps the name over two lines in capitals. One fixer read the wrapped name whole from the
running head; another dropped a text file's running head from every document's lines (for the
minutes' date), and together the agenda's committee was read as "Scrutiny Committee"."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.pipeline import process_file

_HEAD = ("Ashwold County Council          Children and Young People Scrutiny Committee"
         "          14 March 2028")
_PACK = f"""{_HEAD}

                              ASHWOLD COUNTY COUNCIL

                      CHILDREN AND YOUNG PEOPLE
                        SCRUTINY COMMITTEE

Date:     Tuesday 14 March 2028
Time:     10.00 am
Venue:    Council Chamber, County Offices, Ashwold

                                  AGENDA

1.   Apologies and Substitutions
2.   Minutes of the Meeting held on 18 January 2028
3.   Scrutiny Work Programme

                                                                          Page 1
\f{_HEAD}

Minutes of the meeting of the Children and Young People Scrutiny Committee held on
Tuesday 18 January 2028 at 10.00 am

Present: Councillors E Ashby (Chair), R Cole and T Marsh.

CYP/28/1   Apologies
Apologies were received from Councillor S Rowe.

CYP/28/2   Scrutiny Work Programme
RESOLVED: That the work programme be agreed.

                                                                          Page 2
"""


def test_regression_text_agenda_reads_its_wrapped_name_whole_from_the_running_head(
        tmp_path: Path) -> None:
    path = tmp_path / "pack.txt"
    path.write_text(_PACK, encoding="utf-8")
    docs = [(d.kind, d.committee) for d in process_file(str(path)).documents]
    assert docs[1:] == [
        ("agenda", "Children and Young People Scrutiny Committee"),
        ("minutes", "Children and Young People Scrutiny Committee"),
    ]
