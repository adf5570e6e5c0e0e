"""Round 27's misses mended by the lead at integration (docs/heldout.md, round 27)."""

from __future__ import annotations

from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.decisions.repeats import same_block

SCHEMES = """2.   Scheme A: St Mary's Gate, Lunecaster - Prohibition of Waiting
2.1  Nine objections were received.
2.2  Officers consider the restrictions needed for buses to pass.
Recommendation
{ask_a}
3.   Scheme B: Kiln Lane, Halton Mill - One-Way Traffic
3.1  Twelve objections were received.
Recommendation
{ask_b}
4.   Financial Implications
4.1  The schemes cost an estimated £27,400.""".format(
    ask_a="2.3  That the Board overrules the objections and that the Wyreshire County Council "
    "(St Mary's Gate, Lunecaster) (Prohibition of Waiting at Any Time) Order 2028 be made as "
    "advertised.",
    ask_b="3.2  That the Board overrules the objections and that the Wyreshire County Council "
    "(Kiln Lane, Halton Mill) (One-Way Traffic) Order 2028 be made with the modification shown "
    "in Appendix B.")


def _blocks(text: str) -> list[str]:
    return [b.text for b in find_recommendations([(1, line) for line in text.splitlines()])]


def test_regression_r27d_each_schemes_recommendation_is_its_own_decision() -> None:
    # An unnumbered "Recommendation" heading over its section's next paragraph ("2.3 That
    # ..."), once per scheme: each scheme's ask is read, and the alike wording of the two
    # (each naming its own order) is no repeat of one recommendation.
    blocks = _blocks(SCHEMES)
    assert len(blocks) == 2
    assert blocks[0].startswith("That the Board overrules") and "St Mary's Gate" in blocks[0]
    assert "Kiln Lane" in blocks[1] and "Scheme" not in blocks[1]


def test_a_summarys_short_form_is_still_a_repeat() -> None:
    summary = "That Cabinet approves the Local Plan for consultation."
    body = "That Cabinet approves the Draft Local Plan 2040 for Regulation 19 consultation."
    assert same_block(summary, body)


def test_alike_asks_naming_other_things_are_two_recommendations() -> None:
    first = "That the Board approves the Chapel Street (Garstang Bridge) Order 2028 as advertised."
    second = "That the Board approves the Kiln Lane (Halton Mill) Order 2028 as advertised."
    assert not same_block(first, second)


def test_regression_r22g_wrapped_key_decision_column_name_heads_no_decision() -> None:
    # A forward plan's table whose "Key decision" column name wraps leaves "decision" alone on
    # its line: no issue page's "Decision" heading (r22g's procurement forward plan lost its
    # cover report's recommendation to the table's first row).
    from kcc_papers.extract.decisions.issue_details import issue_details

    lines = [(1, t) for t in (
        "Title: Procurement Forward Plan 2028/29",
        "Decision type: Non Key Decision",
        "Ref Procurement Directorate Est. total value £ Route Advert Contract start",
        "decision",
        "PFP01 Housing repairs and maintenance (4 lots) Housing 86,000,000 Competitive Yes",
    )]
    assert not any("PFP01" in n.text for n in issue_details(lines))
    heading = [(1, t) for t in ("Issue details", "Title: Street lighting", "Decision",
                                "Cabinet RESOLVED: To award the contract.")]
    assert any("award the contract" in n.text for n in issue_details(heading))


TWO_RECORDS = """%% header Northmarsh County Council - Executive Decisions Bulletin 9/2026
%% footer Published 6 March 2026 - call-in deadline 5.00 pm, 13 March 2026 - Page {page} of {pages}
%% overprint BULLETIN 9/2026
%% ligatures
## NORTHMARSH COUNTY COUNCIL
** RECORD OF LEADER'S DECISION
|% 30 70
| Decision reference: | LD/26/003 |
| Decision maker: | Councillor Desmond Harrowgate, Leader of the Council |
| Subject: | Fenby Household Waste Recycling Centre: Proposed Closure |
| Date of decision: | 5 March 2026 |
| Key decision: | Yes - Forward Plan ref. FP/2026/097 |
| Decision: | To defer the decision on the proposed closure of Fenby household waste recycling centre until the results of the independent traffic survey of the alternative Marshgate site are available in June 2026. |
| Reasons for decision: | 2,318 people responded to the consultation, 81% opposing closure. Residents raised queueing at Marshgate on Saturdays, which the traffic survey will measure. |
| Alternative options considered: | Closing the site on 1 April 2026 as proposed: not taken at this time. Reduced opening (three days a week): to be reported with the survey results. |
| Conflicts of interest: | None. |
| Dispensation: | Not applicable. |
** NORTHMARSH COUNTY COUNCIL
** RECORD OF INDIVIDUAL CABINET MEMBER DECISION
|% 30 70
| Decision reference: | ICMD/RS/26/009 |
| Decision maker: | Councillor Oswin Pargeter, Cabinet Member for Resources |
| Subject: | Fenby Market Charter: Request for Transfer to Fenby Town Council |
| Date of decision: | 5 March 2026 |
| Key decision: | No |
| Decision: | Not to approve the request from Fenby Town Council for the transfer of the Fenby market charter and the market tolls to the town council. |
| Reasons for decision: | The market charter income of £41,000 a year supports the county's rural markets service across six towns; the town council's business case did not show how the Fenby market would be run at no loss to the others. |
| Alternative options considered: | Transfer with a tapering subsidy for three years: rejected as it would cost £96,000. |
| Conflicts of interest: | Councillor Pargeter is also a member of Fenby Town Council and declared this interest. |
| Dispensation: | Dispensation granted by the Monitoring Officer on 2 March 2026 (Localism Act 2011, section 33(2)(c)), the councillor having taken no part in the town council's request. |
"""  # noqa: E501


def test_regression_r27h_second_record_on_a_page_reads_its_own_label_table(tmp_path) -> None:
    # Two records of decision on one page, each a ruled table of labels: the second's reading
    # by its table rows kept the page's lines above it, and its "Decision:" was the first's.
    from heldout_support import decisions_in, rendered
    from kcc_papers.pipeline import process_file

    pdf = rendered(TWO_RECORDS, tmp_path, "bulletin")
    texts = [d.decision_text for d in decisions_in(process_file(str(pdf)).records)]
    assert any(t.startswith("Not to approve the request") for t in texts)
    assert not any(t.startswith("recycling centre") for t in texts)


def test_regression_r15d_plan_named_in_a_wrapped_sentence_titles_no_plan() -> None:
    # docs2's rule (a report titled as the plan whose appendix is the plan is the plan's cover)
    # read a wrapped line of r15d's purpose paragraph as the report's title and made its
    # "Procurement Update and Forward Procurement Plan" report a forward plan.
    from kcc_papers.classify.report_kinds import _plan_title

    assert not _plan_title(
        "Forward Procurement Plan for 2027/28, as required by the Procurement Act 2023 and the")
    assert _plan_title("Notice of Key Decisions: April to July 2026")
