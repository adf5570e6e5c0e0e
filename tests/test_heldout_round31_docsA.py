"""Held-out round 31, documents of batches A-D: the rules the round's misses showed (a
director's decision form saved as text, a town council's text pack stamping its report on the
council's name line, a group's notes headed "Notes of the meeting held on ..." under its
name), each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.segment_starts.masthead_stamps import masthead_stamp

# The GLA's decision form of a director acting under the mayor's delegation, saved as text
# (r31a): its title "DIRECTOR'S DECISION - DD2690" under the authority's name, then the
# form's labelled fields, the decision in its own box and the director's signature.
DIRECTORS_DECISION = """GREATER LONDON AUTHORITY

DIRECTOR'S DECISION - DD1187

Title: Riverside Walk Phase 2 - Grant to the London Borough of Eastwick

Executive summary:

The Mayor approved the Riverside Walk programme in 2030 (MD2760). This decision seeks
approval for a capital grant of £640,000 to the London Borough of Eastwick.

Decision:

That the Executive Director of Good Growth approves expenditure of up to £640,000 as a
capital grant to the London Borough of Eastwick towards Riverside Walk Phase 2.

AUTHORISING DIRECTOR

I have reviewed the request and am satisfied it is correct.
It has my approval.

Name: Ama Lindqvist        Position: Executive Director, Good Growth

Signature: A. Lindqvist          Date: 12 May 2031
"""


def test_a_directors_decision_form_saved_as_text_is_a_decision(tmp_path: Path) -> None:
    path = tmp_path / "dd1187.txt"
    path.write_text(DIRECTORS_DECISION)
    assert [kind for kind, _, _ in documents_of(path)] == ["decision"]


def test_a_directors_decision_form_with_a_curly_apostrophe_is_a_decision(
        tmp_path: Path) -> None:
    path = tmp_path / "dd1187.txt"
    path.write_text(DIRECTORS_DECISION.replace("DIRECTOR'S", "Director’s"))
    assert [kind for kind, _, _ in documents_of(path)] == ["decision"]


# A town council's committee pack exported as plain text (r31d): the summons and agenda, the
# last minutes, then the item's report whose first line prints the council's name with the
# item's stamp set to the right margin, the meeting's dated line under it.
TOWN_COUNCIL_PACK = """BRINDLECOTE TOWN COUNCIL
The Town Hall, High Street, Brindlecote BR1 2AA

To: All Members of the Open Spaces Committee

You are hereby summoned to attend a meeting of the OPEN SPACES COMMITTEE
to be held in the Town Hall on Tuesday 9 March 2032 at 7.00 pm.

AGENDA

1. Apologies for absence
2. Minutes of the meeting held on 12 January 2032
3. Play area resurfacing
   To consider the report of the Town Clerk (attached).

--- Page 1 of 3 ---

BRINDLECOTE TOWN COUNCIL

MINUTES OF THE MEETING OF THE OPEN SPACES COMMITTEE
held in the Town Hall on Tuesday 12 January 2032 at 7.00 pm

PRESENT: Councillors Agnes Pole (Chairman), Ravi Lumb and Tess Orme.

OS/14/31 APOLOGIES FOR ABSENCE
Apologies were received from Councillor Dunstan.

OS/15/31 ALLOTMENT RENTS
RESOLVED that allotment rents for 2032/33 remain at £40 for a full plot.

The meeting closed at 8.10 pm.

--- Page 2 of 3 ---

BRINDLECOTE TOWN COUNCIL                                      AGENDA ITEM 3

OPEN SPACES COMMITTEE - 9 MARCH 2032

PLAY AREA RESURFACING
Report of the Town Clerk

1. Purpose
To report the quotations received for resurfacing the play area at Mill Green.

2. Recommendation
That the Committee accepts the quotation of Safeplay Surfaces Ltd of £18,400.

--- Page 3 of 3 ---
"""


def test_a_text_reports_stamp_on_the_councils_name_line_starts_it(tmp_path: Path) -> None:
    path = tmp_path / "pack.txt"
    path.write_text(TOWN_COUNCIL_PACK)
    docs = [d for d in documents_of(path) if d[0] != "pack"]
    assert docs == [("agenda", "2032-03-09", "Open Spaces Committee"),
                    ("minutes", "2032-01-12", "Open Spaces Committee"),
                    ("report", "2032-03-09", "Open Spaces Committee")]


def test_a_stamp_after_the_councils_name_is_a_masthead_stamp() -> None:
    assert masthead_stamp("BRINDLECOTE TOWN COUNCIL AGENDA ITEM 3") == "AGENDA ITEM 3"
    assert masthead_stamp("Severnside Combined Authority Agenda Item 7") == "Agenda Item 7"
    # (a sentence naming an item is no masthead)
    assert masthead_stamp("The Clerk reported on the council's agenda item 3") is None


# An events safety advisory group's notes (r31c): the group's name as the masthead, "Notes of
# the meeting held on ..." under it, and the chair's line wrapping onto a second line that
# ends in the council's name ("... Kestrel" / "Bay Borough Council").
SAG_HEAD = [
    "Marlcombe Bay Safety Advisory Group",
    "Notes of the meeting held on Tuesday 4 March 2031 at 10.00 am, Council Chamber, Marlcombe",
    "Bay Town Hall, and by video link",
    "The Safety Advisory Group (SAG) is a non-statutory forum. It gives advice to event",
    "organisers; nothing in these notes is a licence or a consent.",
    "Chair: Lorraine Pettigrew, Head of Environmental Health and Licensing, Marlcombe",
    "Bay Borough Council",
    "Members present: Insp. Garry Whitmore (Police); Stn Cdr Asha Raman (Fire and Rescue)",
]


def test_a_groups_notes_heading_ends_its_masthead() -> None:
    heading = minutes_heading(SAG_HEAD)
    assert heading.committee == "Marlcombe Bay Safety Advisory Group"
    assert str(heading.meeting_date) == "2031-03-04"


SAG_NOTES = source_lines(
    "%% font serif",
    "%% header Marlcombe Bay Borough Council - Safety Advisory Group",
    "## Marlcombe Bay Safety Advisory Group",
    "** Notes of the meeting held on Tuesday 4 March 2031 at 10.00 am, Council Chamber, "
    "Marlcombe Bay Town Hall, and by video link",
    "The Safety Advisory Group (SAG) is a non-statutory forum. It gives advice to event "
    "organisers and to the bodies that license events; it has no power to approve or to "
    "prohibit an event, and nothing in these notes is a licence or a consent.",
    "Chair:\tLorraine Pettigrew, Head of Environmental Health and Licensing, Marlcombe Bay "
    "Borough Council",
    "Members present:\tInsp. Garry Whitmore (Police); Stn Cdr Asha Raman (Fire and Rescue)",
    "** SAG/31/08 Notes of the previous meeting",
    "The notes of the meeting held on 14 January 2031 were agreed.",
    "** SAG/31/09 Marlcombe Air Show, 9 and 10 August 2031",
    "The Group agreed to advise the organiser that a second egress route be provided.",
)


def test_a_groups_notes_are_the_minutes_of_the_group_their_masthead_names(
        tmp_path: Path) -> None:
    docs = documents_of(rendered(SAG_NOTES, tmp_path))
    assert docs == [("minutes", "2031-03-04", "Marlcombe Bay Safety Advisory Group")]
