"""Regression tests for round 32's Welsh bilingual PDF packs (batch C, fixer welshA): minutes
whose "Presennol / Present:" label is printed in both languages under a "COFNODION / MINUTES"
heading on a page after the agenda. Each runs on small papers written here, not on the
held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# An agenda page, then the last meeting's minutes on the next page under a bilingual
# masthead set side by side: the minutes' heading is the word in both languages, the
# meeting's sentence wraps, and who was present is labelled in both languages.
BILINGUAL_PRESENT_PACK = """%% header Cyngor Bwrdeistref Sirol Maesglas / Maesglas County Borough Council
%% footer Tudalen / Page {page}
<> ## CYNGOR BWRDEISTREF SIROL MAESGLAS || ## MAESGLAS COUNTY BOROUGH COUNCIL
<> Pwyllgor Trwyddedu || Licensing Committee
<> Dydd Mawrth, 4 Mawrth 2031, 2.00 yp || Tuesday, 4 March 2031, 2.00 pm
** RHAGLEN / AGENDA
|% 8 46 46
| Rhif / No. | Eitem | Item |
| 1 | Ymddiheuriadau | Apologies for Absence |
| 2 | Cofnodion y Cyfarfod a gynhaliwyd ar 3 Rhagfyr 2030 | Minutes of the Meeting held on 3 December 2030 |
| 3 | Polisi Trwyddedu Tacsis | Taxi Licensing Policy |
--- page ---
<> ## CYNGOR BWRDEISTREF SIROL MAESGLAS || ## MAESGLAS COUNTY BOROUGH COUNCIL
** COFNODION / MINUTES
Cofnodion cyfarfod y Pwyllgor Trwyddedu a gynhaliwyd ddydd Mercher, 3 Rhagfyr 2030 / Minutes of the meeting of the Licensing Committee held on Wednesday, 3 December 2030
Presennol / Present: Councillor Eirlys Bevan (Chair), Councillors D Amos, K Griffiths, P Lloyd, S Nash
** LIC/12/30 YMDDIHEURIADAU / APOLOGIES
Apologies were received from Councillor R Hopkins.
** LIC/13/30 POLISI TRWYDDEDU TACSIS / TAXI LICENSING POLICY
PENDERFYNWYD / RESOLVED that the draft Taxi Licensing Policy be approved for consultation.
"""  # noqa: E501


def test_bilingual_present_label_under_minutes_heading_starts_the_minutes(
        tmp_path: Path) -> None:
    # "Presennol / Present:" is who was present in either language: the page's "COFNODION /
    # MINUTES" heading starts the minutes; before, the label was not read (only "Present:" or
    # "Presennol:" alone), the minutes' page stayed with the agenda, and the pack was read
    # as one document of minutes dated by the agenda's meeting
    kinds = [(kind, first) for kind, first, _ in pack_kinds(BILINGUAL_PRESENT_PACK, tmp_path)]
    assert kinds == [("agenda", 1), ("minutes", 2)]
