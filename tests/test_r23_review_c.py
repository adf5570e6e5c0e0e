"""Review of round 23's fixes for the nations' papers (a Welsh-only community council, a
Scottish islands council in Gaelic and English, an Irish municipal district), checked on papers
of other councils: "Rhaglen" in small letters started an agenda wherever it stood alone on its
line; a running head printing the council's name beside a date (not a body) was no longer
known as the head; a day or label printed in Welsh and English over a committee's name was
run into the name; a byline's ask came before a paragraph worded as the resolution; and a
bilingual paragraph saying its decision in Welsh, then English, was read from the Welsh. Each
runs on a small paper written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, pack_documents, rendered
from kcc_papers.pipeline import process_file

# ---------------------------------------- "Rhaglen" in small letters, in an English paper

ARTS_PACK = """## ASHFORD TOWN COUNCIL
** Arts Committee
AGENDA
Meeting on Tuesday 7 March 2028 at 7pm
1. Apologies
2. Youth theatre programme
--- page ---
** Report to Arts Committee: 7 March 2028
!! Youth theatre
The summer programme is set out below.
Rhaglen
The Rhaglen programme for Welsh learners runs weekly.
Recommendation
That the Committee notes the programme.
"""


def test_regression_rhaglen_in_small_letters_in_body_text_starts_no_agenda(
        tmp_path: Path) -> None:
    # "Rhaglen" alone on its line, in body type, named the report's programme: it was read as
    # a Welsh agenda's heading and split the report, its head left as a paper of no kind
    assert pack_documents(ARTS_PACK, tmp_path) == [
        ("report", "2028-03-07", "Arts Committee:")]


# ------------------------------ a running head printing the council beside a date or page

def _district_pack(beside: str) -> str:
    head = f"BALLYMORE COUNTY COUNCIL{' ' * 46}{beside}"
    return f"""{head}


                         PLANNING COMMITTEE

     Meeting to be held in the Council Chamber on Tuesday, 14th March 2028 at 11.00 a.m.


AGENDA

  1.  Confirmation of Minutes

  2.  Planning Applications

{head}


MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD IN
THE COUNCIL CHAMBER ON TUESDAY, 14TH FEBRUARY 2028 AT 11.00 A.M.

PRESENT:          Cllr. Aine Walsh (Cathaoirleach), Cllrs. P. Burke, M. Kelly

PL/28/011  CONFIRMATION OF MINUTES

It was agreed that the minutes of the meeting held on 17th January 2028 be confirmed.
"""


def test_regression_running_head_council_beside_a_date_names_no_committee(
        tmp_path: Path) -> None:
    # the right column of a running head with the council on its left was taken for the
    # body's name whatever it said: a date there left the line unknown as the head, and the
    # agenda's committee was read as the council
    path = tmp_path / "ballymore.txt"
    path.write_text(_district_pack("14 March 2028"))
    docs = [(d.kind, str(d.meeting_date), d.committee)
            for d in process_file(str(path)).documents if d.kind != "pack"]
    assert docs == [("agenda", "2028-03-14", "Planning Committee"),
                    ("minutes", "2028-02-14", "Planning Committee")]


# ---------------------------- a day or label in Welsh and English over the committee's name

def _welsh_front(above: str) -> str:
    return f"""## {above}
## Planning Committee
Dyddiad / Date:	Wednesday 8 November 2028
** Agenda
1. Apologies
2. Planning applications
"""


def test_regression_bilingual_day_or_label_over_name_is_not_run_into_it(
        tmp_path: Path) -> None:
    # a bilingual line whose last half named no body was taken for a name wrapped after its
    # stroke: "Dydd Mercher / Wednesday" over "Planning Committee" made "Wednesday Planning
    # Committee", "Cyhoeddus / Public" "Public Planning Committee"
    for n, above in enumerate(("Dydd Mercher / Wednesday", "Cyhoeddus / Public",
                               "Cyfarfod / Meeting")):
        folder = tmp_path / str(n)
        folder.mkdir()
        assert pack_documents(_welsh_front(above), folder) == [
            ("agenda", "2028-11-08", "Planning Committee")], above


def test_gaelic_name_wrapped_after_its_stroke_still_joined(tmp_path: Path) -> None:
    # (the rule's own case, its first half a body's name in Gaelic)
    source = _welsh_front("Comataidh Dealbhaidh / Planning").replace(
        "## Planning Committee", "## Applications Committee")
    assert pack_documents(source, tmp_path) == [
        ("agenda", "2028-11-08", "Planning Applications Committee")]


# --------------------------- a byline's ask that introduces the resolution worded after it

ROOF_REPORT = """## BRAMLEY DISTRICT COUNCIL
** Report to Cabinet: 9 May 2028
!! Leisure Centre Roof
Report by Head of Property. The Cabinet is asked to note the options below.
** 1. Options
That the Cabinet approves option 2, a full replacement.
"""


def test_regression_byline_ask_read_after_the_worded_resolution(tmp_path: Path) -> None:
    # the ask run on after the byline, the reader's last resort, was read before the
    # paragraph worded as the resolution ("That the Cabinet approves ..."): the report's
    # decision became the ask's "note the options below"
    records = process_file(str(rendered(ROOF_REPORT, tmp_path))).records
    assert [(d.outcome, d.decision_text) for d in decisions_in(records)
            if d.source == "report"] == [
        ("approved", "That the Cabinet approves option 2, a full replacement.")]


# ---------------------------- a decision said in Welsh, then English, in one paragraph

BILINGUAL_MINUTES = """## CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL
** COFNODION CYFARFOD O GYNGOR CYMUNED LLANFAIR A GYNHALIWYD NOS LUN, 6 MAWRTH 2028
** MINUTES OF A MEETING OF LLANFAIR COMMUNITY COUNCIL HELD ON MONDAY, 6 MARCH 2028
Yn bresennol / Present:	Cllr Ann Jones (Chair), Cllr Dafydd Rees
** 14. Cais / Application
Penderfynwyd gohirio'r cais. It was resolved to defer the application.
** 15. Grant
It was resolved to award a grant of £500 to the hall. Penderfynwyd rhoi grant o £500 i'r neuadd.
** 16. Llwybr / Footpath
Penderfynwyd ysgrifennu at y Cyngor Sir. It was agreed to write to the County Council.
"""


def test_regression_bilingual_paragraph_decision_read_from_its_english(
        tmp_path: Path) -> None:
    # "Penderfynwyd ..." opening the paragraph anchored the decision there, the English
    # sentence after it read as part of it; the English alone was read before
    records = process_file(str(rendered(BILINGUAL_MINUTES, tmp_path))).records
    assert [(d.outcome, d.decision_text) for d in decisions_in(records)
            if d.source == "minutes"] == [
        ("deferred", "It was resolved to defer the application."),
        ("other", "It was resolved to award a grant of £500 to the hall. Penderfynwyd rhoi "
                  "grant o £500 i'r neuadd."),
        ("agreed", "It was agreed to write to the County Council.")]


# ------------------------------ a bilingual council's minutes in Welsh, then in English

WELSH_THEN_ENGLISH = """## CYNGOR SIR PENFRO / PEMBROKESHIRE COUNTY COUNCIL
** Pwyllgor Cynllunio / Planning Committee
Dyddiad / Date:	Tuesday 14 March 2028
** AGENDA
1. Apologies
2. Minutes of the meeting held on 14 February 2028
--- page ---
** COFNODION CYFARFOD O'R PWYLLGOR CYNLLUNIO A GYNHALIWYD DDYDD MAWRTH, 14 CHWEFROR 2028
Yn bresennol:	Y Cynghorydd Ann Jones (Cadeirydd), Y Cynghorydd Dafydd Rees
** 11. Ymddiheuriadau
Derbyniwyd ymddiheuriadau gan y Cyng. Eirlys Owen.
** 12. Cais cynllunio 27/0412
Penderfynwyd caniatáu'r cais yn unol â'r argymhelliad.
--- page ---
** MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON TUESDAY, 14 FEBRUARY 2028
Present:	Councillor Ann Jones (Chair), Councillor Dafydd Rees
** 11. Apologies
Apologies were received from Cllr Eirlys Owen.
** 12. Planning application 27/0412
RESOLVED that the application be granted in line with the recommendation.
"""


def test_regression_welsh_minutes_before_their_english_start_no_document(
        tmp_path: Path) -> None:
    # the Welsh minutes heading started minutes of its own before the English of the same
    # meeting: the pack read each minute and decision twice, once in Welsh
    assert pack_documents(WELSH_THEN_ENGLISH, tmp_path) == [
        ("agenda", "2028-03-14", "Pembrokeshire County Council"),
        ("minutes", "2028-02-14", "Planning Committee")]
    records = process_file(str(rendered(WELSH_THEN_ENGLISH, tmp_path))).records
    assert [(d.outcome, d.decision_text) for d in decisions_in(records)] == [
        ("other", "RESOLVED that the application be granted in line with the recommendation.")]
