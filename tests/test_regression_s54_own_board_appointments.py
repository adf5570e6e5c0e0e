"""A body's own minutes, report or decisions telling of its own letting as an appointment
(limit round 40): "The Trust has appointed Greenway Facilities Ltd to provide cleaning services
for three years", "RESOLVED: that Kestrel Catering Ltd be appointed as the catering contractor
... at a total value of £1,250,000". A firm appointed by the body itself to provide works,
goods or services, or to a provider's role, is a contract let (value as printed, null if none).
People appointed, appointments by another body (PSAA, the council's company) and places on a
framework give none. Small papers in other bodies' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows


def _trust_minutes(paragraph: str) -> str:
    return f"""Ashvale Community Health NHS Trust
Minutes of the meeting of the Trust Board held on 14 March 2028

Present: Ms J Harper (Chair), Mr P Nolan (Chief Executive)

45/28 Estates and Facilities Report
The Board received the Estates and Facilities report.
{paragraph}
RESOLVED: that the report be noted.
"""


def _cabinet_minutes(paragraph: str) -> str:
    return f"""Corbridge District Council
Minutes of the Cabinet held on 9 February 2028

Present: Councillor A Lamb (Leader), Councillors B Shaw and C Dunn

52. Leisure Centre Catering
The Cabinet considered the report of the Head of Leisure.
{paragraph}
"""


def _council_report(paragraph: str) -> str:
    return f"""Corbridge District Council
Report to: Shareholder Committee
Date: 9 February 2028
Title: Corbridge Leisure Trust - Annual Update

1. Recommendation
1.1 That the Committee notes the update.

2. Update
2.1 {paragraph}
"""


def test_regression_own_body_has_appointed_firm_to_provide(tmp_path: Path) -> None:
    """Before, "The Trust has appointed X Ltd to provide cleaning services for three years"
    in the trust's own minutes gave no contract ("appointed" with no fee and no "contract"),
    and "the Trust", a body of another kind in a council's paper, was dropped as another's
    letting. The trust's masthead makes it the paper's own body: its firm is let a contract,
    with no value printed."""
    text = _trust_minutes("The Trust has appointed Greenway Facilities Ltd to provide cleaning "
                          "services for three years from 1 April 2028.")
    assert contract_rows(text, tmp_path) == [("Greenway Facilities Ltd", None)]
    council = _cabinet_minutes("The Council has appointed Greenway Facilities Ltd to provide "
                               "cleaning services for three years from 1 April 2028.")
    assert contract_rows(council, tmp_path) == [("Greenway Facilities Ltd", None)]


def test_regression_resolved_firm_be_appointed_as_contractor(tmp_path: Path) -> None:
    """Before, "RESOLVED: that Kestrel Catering Ltd be appointed as the catering contractor
    ... for five years at a total value of £1,250,000" gave no contract. A firm appointed to a
    provider's role by the resolution is let one, its value the sum in its clause."""
    text = _cabinet_minutes("RESOLVED: that Kestrel Catering Ltd be appointed as the catering "
                            "contractor for the leisure centres for five years at a total "
                            "value of £1,250,000.")
    assert contract_rows(text, tmp_path) == [("Kestrel Catering Ltd", 1250000.0)]
    to_provide = _cabinet_minutes("RESOLVED: that Kestrel Catering Ltd be appointed to provide "
                                  "catering at the leisure centres for five years.")
    assert contract_rows(to_provide, tmp_path) == [("Kestrel Catering Ltd", None)]


def test_people_and_others_appointments_give_no_contract(tmp_path: Path) -> None:
    """The traps: a person appointed (no legal form), an auditor appointed by PSAA, a place
    on a framework, and the council's company appointing a firm in a council's report (the
    masthead the council's: the company is another body)."""
    for text in (
        _trust_minutes("The Board has appointed Mrs K Lowe as Chair of the Audit Committee."),
        _trust_minutes("The Trust has appointed Dr R Mistry to provide clinical leadership for "
                       "the diabetes service."),
        _cabinet_minutes("RESOLVED: that it be noted that Grant Thornton UK LLP has been "
                         "appointed by PSAA as the Council's external auditor for 2028/29."),
        _cabinet_minutes("RESOLVED: that Kestrel Catering Ltd be appointed to the framework "
                         "for catering services."),
        _council_report("The company has appointed Harwood Audit LLP to provide internal audit "
                        "services for three years."),
        _council_report("The Trust has appointed Greenway Facilities Ltd to provide cleaning "
                        "services at the leisure centres for three years."),
    ):
        assert contract_rows(text, tmp_path) == [], text


def _services_report(paragraph: str) -> str:
    return f"""Corbridge District Council
Report to: Cabinet
Date: 9 February 2028
Title: Home Care Services Update

1. Recommendation
1.1 That the Cabinet notes the update.

2. Background
2.1 {paragraph}
"""


def test_regression_contract_merely_in_force_gives_no_row(tmp_path: Path) -> None:
    """Before, "The service will be provided by Northgate Care Ltd under a contract that ends
    on 31 March 2030" in a paper that lets nothing gave Northgate as an outgoing holder. A
    contract merely in force (not let, extended or replaced by the paper) gives no row."""
    for paragraph in (
        "The service will be provided by Northgate Care Ltd under a contract that ends on "
        "31 March 2030.",
        "The service is provided by Northgate Care Ltd under a contract which runs until 2029.",
    ):
        assert contract_rows(_services_report(paragraph), tmp_path) == [], paragraph


def test_outgoing_holder_beside_an_award_is_kept(tmp_path: Path) -> None:
    """The holder of a contract the paper replaces, beside the award of that service to
    another firm, stays the outgoing holder (null value)."""
    text = _services_report("The service is currently provided by Northgate Care Ltd under a "
                            "contract that ends on 31 March 2028. The contract for home care "
                            "has been awarded to Ashby Homecare Ltd at £2,400,000.")
    assert contract_rows(text, tmp_path) == [("Northgate Care Ltd", None),
                                             ("Ashby Homecare Ltd", 2400000.0)]
