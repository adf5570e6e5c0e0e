"""Regression tests for round 24's after-fix batches I and J (documents, agenda items and
decisions): a text pack's report masthead ending in its item stamp ("... COMMITTEE - 8 DECEMBER
2027   AGENDA ITEM 4"), ... Each runs on small papers written here, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of

# ------------------------------ a text pack's masthead and item stamp on one line

STAMP_ON_MASTHEAD_PACK = """\
                     ELMSTEAD JOINT WASTE COMMITTEE

                Wednesday 8 December 2027 at 2.00 pm
        Council Chamber, Elmstead Civic Centre, Mill Lane, Elmstead

                                 AGENDA

   1.  Apologies for Absence

   2.  Minutes of the Meeting held on 22 September 2027         (Pages 2 - 3)

   3.  Garden Waste Tonnages 2027/28                            (Pages 4 - 5)

===========================================================================

                     ELMSTEAD JOINT WASTE COMMITTEE

  MINUTES of the meeting held on Wednesday 22 September 2027 at 2.00 pm
  in the Council Chamber, Elmstead Civic Centre

  PRESENT:  Councillors I Fairclough (Chair), J Oduya and W Hale

  JWC.14  APOLOGIES FOR ABSENCE

          There were no apologies.

  JWC.15  GARDEN WASTE CHARGES

          RESOLVED - That the garden waste charge be £45 for 2028/29.

  The meeting ended at 3.05 pm.

===========================================================================

  ELMSTEAD JOINT WASTE COMMITTEE - 8 DECEMBER 2027          AGENDA ITEM 3

  GARDEN WASTE TONNAGES 2027/28

  Report of the Partnership Manager

  1.  RECOMMENDATION

  1.1 That the Joint Waste Committee notes the garden waste tonnages for 2027/28.

  2.  TONNAGES

  2.1 The partner councils collected 13,974 tonnes of garden waste.
"""


def test_text_report_stamped_at_its_masthead_lines_end(tmp_path: Path) -> None:
    # the report's masthead (body and meeting date) closes with its item's stamp, set to the
    # right margin: before, no report was found and it was read as the minutes' tail
    path = tmp_path / "pack.txt"
    path.write_text(STAMP_ON_MASTHEAD_PACK)
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-12-08", "Elmstead Joint Waste Committee"),
        ("minutes", "2027-09-22", "Elmstead Joint Waste Committee"),
        ("report", "2027-12-08", "Elmstead Joint Waste Committee")]
