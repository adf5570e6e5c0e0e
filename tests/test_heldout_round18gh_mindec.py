"""Regression tests for held-out round 18's carry-over batches G and H, minutes and
decisions: a proposal "be not pursued" read as no outcome; a village hall committee's lettered
paragraphs of matters arising ("32(a) Fire risk assessment: the two actions ...") read as parts
of the minute with headings of their own; a parish's planning responses, "No objection." on one
application's line and "The Council objects on the grounds ..." on the next, read as one
decision, the second's sentence no response; an application's reference wrapped onto the line
above its response ("A27/0318 ...:" over "extension. No objection.") read as no decision;
a ModernGov minutes page's "Minutes PDF 98 KB" item title under its coded number
("JSPC/28/3") read as a labelled number of its own. Each on a small paper written here in
the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.models import Decision, Minute
from kcc_papers.pipeline import process_file

# ---------------------------------------------- a proposal "be not pursued" read as no outcome

FINANCE_MINUTES = """## Elmford Town Council
** Minutes of the Finance and General Purposes Committee held on Monday 6th December 2027 at 7.00pm
Present: Cllr A Birch (Chair), Cllr P Lowe, Cllr S Fenn
** FGP 45/27 Apologies
None.
** FGP 46/27 Banking arrangements
The Committee considered moving the Council's main account to another bank.
RESOLVED: that the proposal to change bank be not pursued at this time.
** FGP 47/27 Date of next meeting
Monday 7th February 2028.
"""


def test_proposal_be_not_pursued_read_as_rejected(tmp_path: Path) -> None:
    # a proposal dropped ("be not pursued") is turned down, as "be not accepted" is
    records = process_file(str(rendered(FINANCE_MINUTES, tmp_path))).records
    assert [(d.minute_number, d.outcome, d.decision_text) for d in records
            if isinstance(d, Decision)] == [
        ("FGP 46/27", "rejected",
         "RESOLVED: that the proposal to change bank be not pursued at this time."),
    ]


# ------------------------- lettered paragraphs run in after a colon read as parts with headings

HALL_MINUTES = """                     ASHLEY GREEN VILLAGE HALL

               MANAGEMENT COMMITTEE - MINUTES

Meeting held in the Small Hall on Wednesday 3rd November 2027 at 7.30pm

Present:   Mrs Hilary Penhaligon (Chair), Mr Colin Trebilcock (Treasurer)

Apologies: Mrs Iris Pascoe

--------------------------------------------------------------------------

Minute 31   Minutes of the last meeting (8th September 2027)
            Agreed as a true record and signed by the Chair.

Minute 32   Matters arising
   32(a)    Fire risk assessment: the two actions (emergency light in the
            kitchen, signage on the rear door) have been completed.
   32(b)    Car park lining: Mr Polglase has still not had a price.
            Carried forward.

Minute 33   Bookings report
            Regular bookings are steady.
            The Committee noted the report.

Minute 34   Date of next meeting
            Wednesday 12th January 2028, 7.30pm.
"""


def test_lettered_run_in_paragraphs_read_as_minute_parts(tmp_path: Path) -> None:
    # "32(a) Fire risk assessment: the two actions (emergency light in the" runs on as a
    # sentence after its colon: a paragraph of minute 32, not a part's heading ("Minute
    # 15(b) Marsh Lane, Holbeck: property flood resilience" is one)
    path = tmp_path / "hall_minutes.txt"
    path.write_text(HALL_MINUTES, encoding="utf-8")
    records = process_file(str(path)).records
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        ("31", "Minutes of the last meeting (8th September 2027)"),
        ("32", "Matters arising"),
        ("33", "Bookings report"),
        ("34", "Date of next meeting"),
    ]


# ------------------------------------------------------ planning responses, one per application

PARISH_MINUTES = """LITTLE HOLTON PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 11th May 2027 at 7.30pm
Present: Cllr J Abbott (Chair), Cllr R Barnes, Cllr S Cole
1. Apologies
None.
2. Planning
DC/27/0412 Rose Cottage, The Street: single storey rear extension. No objection.
DC/27/0457 Hall Farm: new barn. The Council objects on the grounds of highway safety.
3. Date of next meeting
Tuesday 8th June 2027.
"""


def _decisions(path: Path) -> list[tuple[str | None, str]]:
    return [(d.minute_number, d.decision_text) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def test_planning_responses_read_one_per_application(tmp_path: Path) -> None:
    # "The Council objects on the grounds of ..." ending an application's line is the
    # council's response, as "No objection." is: each application its own decision (the
    # second was run into the first's)
    path = tmp_path / "parish_minutes.txt"
    path.write_text(PARISH_MINUTES, encoding="utf-8")
    assert _decisions(path) == [
        ("2", "No objection."),
        ("2", "The Council objects on the grounds of highway safety."),
    ]


WRAPPED_MINUTES = """LLANDEWI TOWN COUNCIL
Minutes of the meeting of the Town Council held on Monday 12 July 2027 at 7.00pm
Present: Cllr E Morgan (Mayor), Cllr D Rees, Cllr G Hughes
1. Apologies
None.
2. Planning applications
A27/0318 Ty Gwyn, Ffordd y Mor:
extension. No objection.
3. Date of next meeting
Monday 13 September 2027.
"""


def test_planning_response_under_its_wrapped_reference(tmp_path: Path) -> None:
    # a county's "A27/0318" reference (its letter glued to the year), on the line above the
    # one its entry wraps onto: the response still answers the application
    path = tmp_path / "town_minutes.txt"
    path.write_text(WRAPPED_MINUTES, encoding="utf-8")
    assert _decisions(path) == [("2", "No objection.")]


# ----------------------------- a web page's "Minutes PDF 98 KB" link read as a labelled number

_ITEM = """<tr><td class="mgItemNumberCell"><p>{num}</p></td>
<td><p class="mgSubItemTitleTxt">{title}</p>
<div class="mgDecision"><p>{text}</p></div></td></tr>
"""
_ITEMS = (
    ("JSP/27/1", "Apologies", "Apologies were received from Councillor Ann Hale."),
    ("JSP/27/2", "Declarations of Interest", "There were no declarations."),
    ("JSP/27/3", 'Minutes <a class="mgPdfLink" href="m.pdf">PDF 98 KB</a>',
     "<strong>Resolved:</strong> That the minutes of the last meeting be agreed."),
    ("JSP/27/4", "Local Plan Timetable", "<strong>Resolved:</strong> That the timetable be noted."),
)
MODERNGOV_PAGE = (
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Minutes of Vale '
    "Joint Planning Committee, Wednesday 10th March 2027 6.00 pm - Vale District Council</title>"
    '</head><body class="mgBody"><div id="mgContent" class="mgContent">'
    '<h1 class="mgMainTitleTxt">Minutes</h1><p class="mgSubTitleTxt">Vale Joint Planning '
    "Committee<br>Wednesday 10th March 2027 6.00 pm</p>"
    '<h2 class="mgSubSubTitleTxt">Items</h2><table class="mgItemTable" summary="Items">'
    + "".join(_ITEM.format(num=n, title=t, text=x) for n, t, x in _ITEMS)
    + "</table></div></body></html>"
)


def test_minutes_item_with_pdf_link_read_as_labelled_number(tmp_path: Path) -> None:
    # "Minutes PDF 98 KB" under "JSP/27/3" read as the label "Minutes" before a number "PDF
    # 98" (the item dropped, its resolution run into the item before): the link is no number
    path = tmp_path / "minutes_page.html"
    path.write_text(MODERNGOV_PAGE, encoding="utf-8")
    records = process_file(str(path)).records
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        ("JSP/27/1", "Apologies"),
        ("JSP/27/2", "Declarations of Interest"),
        ("JSP/27/3", "Minutes"),
        ("JSP/27/4", "Local Plan Timetable"),
    ]


# ----------------------------- a side-by-side report's Welsh recommendation read as a decision

BILINGUAL_REPORT = """CYNGOR TREF LLANDEWI / LLANDEWI TOWN COUNCIL
Adroddiad y Clerc / Report of the Town Clerk
Cyfarfod y Cyngor / Council meeting: 12 July 2027
1. Mabwysiadodd y Cyngor Gynllun Lle Llandewi ym mis Mawrth 2027.
2. Argymhelliad: Bod y Cyngor yn mabwysiadu'r cynllun gweithredu.
1. The Council adopted the Llandewi Place Plan in March 2027.
2. Recommendation: That the Council adopts the action plan.
"""


def test_welsh_recommendation_beside_english_read_once(tmp_path: Path) -> None:
    # a side-by-side paper read column by column prints its recommendation twice, the Welsh
    # "Argymhelliad:" block translating the English "Recommendation:" one: one decision
    path = tmp_path / "clerk_report.txt"
    path.write_text(BILINGUAL_REPORT, encoding="utf-8")
    assert [(d.source, d.decision_text) for d in process_file(str(path)).records
            if isinstance(d, Decision)] == [
        ("report", "That the Council adopts the action plan."),
    ]
