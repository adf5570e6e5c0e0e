"""Held-out round 33, the three papers left (batches G and H): the rules their misses showed,
each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered

# A reissued agenda pack (r33g) opening on a page headed as a correction notice: the notice is
# a document of its own (an erratum, kind other), and the agenda it reissues starts on the page
# after it, headed by its committee's name alone over a small "Agenda (reissued)" line.
REISSUED_PACK = """%% header Ashbourne Vale District Council
%% footer Licensing Committee - 4 May 2027 - REISSUED - {page}
## NOTICE OF CORRECTION
** Licensing Committee - Tuesday 4 May 2027
The agenda below replaces the one sent out on 22 April 2027, in which one error was made:
-- Item 4's report was dated wrongly. Its date is now right.
Committee Services, 26 April 2027
--- page ---
## Licensing Committee
!! Ashbourne Vale District Council - Agenda (reissued)
Meeting:	Tuesday 4 May 2027 at 2.00 pm
Place:	Committee Room 2, Vale House
** Items
1. Apologies for absence
2. Declarations of interest
3. Minutes of the meeting held on 2 March 2027
4. Taxi Licensing Policy review
"""


def test_a_correction_notice_opening_a_pack_is_its_own_document(tmp_path: Path) -> None:
    docs = documents_of(rendered(REISSUED_PACK, tmp_path))
    assert docs[1:] == [("other", "2027-05-04", "Licensing Committee"),
                        ("agenda", "2027-05-04", "Licensing Committee")]


# An agenda whose first page is headed as a correction but lists the items itself: it is the
# agenda (the heading says it is corrected), not a notice before one.
CORRECTED_AGENDA = """%% header Ashbourne Vale District Council
## CORRECTION NOTICE
** Licensing Committee - Tuesday 4 May 2027 - Agenda
1. Apologies for absence
2. Declarations of interest
3. Minutes of the meeting held on 2 March 2027
4. Taxi Licensing Policy review
"""


def test_a_correction_headed_page_listing_items_stays_the_agenda(tmp_path: Path) -> None:
    docs = documents_of(rendered(CORRECTED_AGENDA, tmp_path))
    assert [kind for kind, _, _ in docs] == ["agenda"]


# A supplementary agenda's text pack (r33g): an item's replacement page, stamped with the
# item's number over its label ("REPLACEMENT PAGE 3") and the report's title line, is the
# report's page reissued: a paper of its own after the paper before it, though its title line
# (a year range in it) is none a masthead is read from.
SUPPLEMENTARY_TEXT_PACK = """HALDEN BOROUGH COUNCIL

PLANNING POLICY PANEL

SUPPLEMENTARY AGENDA

Monday, 8th March, 2027 at 7.00 pm

Item   Title

4.     Local Plan Timetable  (Pages 1 - 2)

5.     Open Space Standards 2027/28  (Page 3)


Agenda Item 4

HALDEN BOROUGH COUNCIL

Report to:       Planning Policy Panel
Date:            8 March 2027
Title:           Local Plan Timetable

1.   RECOMMENDATION

1.1  That the Panel notes the revised timetable for the Local Plan.


Agenda Item 5

REPLACEMENT PAGE 3

Open Space Standards 2027/28 - Report to Planning Policy Panel, 8 March 2027

4.   RECOMMENDATION

4.1  That the Panel agrees the open space standards in Table 2.
"""


def test_a_stamped_replacement_page_is_a_paper_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "pack.txt"
    path.write_text(SUPPLEMENTARY_TEXT_PACK)
    assert [kind for kind, _, _ in documents_of(path)] == ["pack", "agenda", "report", "report"]


# A report's own section under an item's stamp repeated in its text ("Agenda Item 5" then a
# line "Replacement page 3" inside a paragraph of prose) is no stamp: the agenda's list of
# items stamped so (no paper under them) stays one agenda.
STAMPED_LIST = """HALDEN BOROUGH COUNCIL

PLANNING POLICY PANEL

AGENDA

Monday, 8th March, 2027 at 7.00 pm

Agenda Item 4
Local Plan Timetable

Agenda Item 5
Open Space Standards, including a replacement page 3 tabled at the meeting
"""


def test_an_agenda_listing_stamped_items_is_one_agenda(tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_text(STAMPED_LIST)
    assert [kind for kind, _, _ in documents_of(path)] == ["agenda"]
