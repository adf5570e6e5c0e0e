"""Parsers behind the minutes and decisions extractors, and their properties."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kcc_papers.extract.decisions.fields import first_person, key_decision
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.minutes.attendance import apologies_in, split_names
from kcc_papers.extract.minutes.items import split_minutes
from kcc_papers.extract.minutes.votes import parse_votes
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.normalise.textclean import clean_text

OUTCOMES = {"approved", "agreed", "endorsed", "noted", "deferred", "rejected", "other"}


def test_clean_text_letter_spacing_and_emphasis():
    assert clean_text("13. C orporate Parenting Panel") == "13. Corporate Parenting Panel"
    assert clean_text("C o r p o r a t e  P a n e l") == "Corporate Panel"
    assert clean_text("Option B is preferred; Part C of the plan") == (
        "Option B is preferred; Part C of the plan"
    )
    assert clean_text("112. Declarations *(Item A3)*") == "112. Declarations (Item A3)"
    assert clean_text("* Recommendations 4c and 5") == "* Recommendations 4c and 5"
    assert clean_text("on 13 th February") == "on 13th February"


def test_clean_text_spaces_and_stray_stops_only_where_printed():
    """Each rule runs only where its characters are: a stop set apart, a tab, a no-break
    space or a double space; a line without them is only trimmed."""
    assert clean_text("Traded Services .") == "Traded Services."
    assert clean_text("Item 4 :  Budget\tmonitoring\u00a0report ,") == (
        "Item 4: Budget monitoring report,")
    assert clean_text("  Minutes of the meeting ") == "Minutes of the meeting"
    assert clean_text("Page 3 of 12 - 21st March") == "Page 3 of 12 - 21st March"


def test_outcomes():
    cases = {
        "Resolved that the minutes be approved as a correct record.": "approved",
        "RESOLVED that Cabinet note the report and agree the changes.": "noted",
        "Resolved to endorse the proposed decision": "endorsed",
        "it was resolved that consideration be deferred to Part 2": "deferred",
        "It was APPROVED: 1. That the Committee notes the report": "approved",
        "The Cabinet Committee is asked to consider and comment on the risks.": "other",
        "Cabinet is asked to AGREE the Capital budget changes": "agreed",
        "On being put to the vote the recommendation was LOST": "rejected",
        "That the press and public be excluded from the meeting": "other",
    }
    for text, outcome in cases.items():
        assert classify_outcome(text) == outcome, text


def test_votes_from_prose():
    text = (
        "Recommendation 2A was moved by Councillor A. On being put to the vote the "
        "recommendation was CARRIED (6 members voting in favour, none against with 3 "
        "abstentions). The amendment was seconded. On being put to the vote the amendment was "
        "LOST (two voting for and seven against)."
    )
    votes = parse_votes(text)
    assert [(v.motion, v.votes_for, v.votes_against, v.abstentions, v.outcome) for v in votes] == [
        ("Recommendation 2A", 6, 0, 3, "carried"),
        ("amendment to Recommendation 2A", 2, 7, None, "lost"),
    ]


def test_prose_that_is_not_a_vote():
    assert parse_votes("The scheme was carried forward to next year. The bid was lost.") == []


def test_names_and_honours():
    assert split_names("Mr A J King, MBE (Chairman), Mr B (Substitute for Mr C, OBE) and Ms D") == [
        "Mr A J King, MBE (Chairman)",
        "Mr B (Substitute for Mr C, OBE)",
        "Ms D",
    ]
    assert apologies_in("Apologies for absence were received from Miss Carey and Mr Davies.") == [
        "Miss Carey",
        "Mr Davies",
    ]
    assert apologies_in("No apologies were received.") == []


def test_key_decision_and_people():
    assert key_decision("Yes - It affects more than 2 Electoral Divisions") == (
        True,
        "It affects more than 2 Electoral Divisions",
    )
    assert key_decision("NO") == (False, None)
    assert key_decision("For the reason that: • It affects more than 2 Electoral Divisions") == (
        True,
        "It affects more than 2 Electoral Divisions",
    )
    assert first_person(
        "Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services, Peter "
        "Oakford Interim Corporate Director Finance, John Betts"
    ) == ("Peter Oakford")
    assert first_person("Roger Gough – Leader of the Council") == "Roger Gough"


def _lines(text: str) -> list[tuple[int, str]]:
    return [(1, t) for t in text.splitlines() if t.strip()]


def test_recommendation_block_ends_at_next_section():
    text = (
        "Summary: This report is for information.\n"
        "Recommendation(s):\nCabinet is asked to:\na) NOTE the report;\nb) AGREE the changes.\n"
        "1. Introduction\n1.1 The report explains.\n"
        "5. Recommendation(s)\nCabinet is asked to:\na) NOTE the report;\nb) AGREE the changes.\n"
        "6. Background Documents\nNone\n"
    )
    (block,) = find_recommendations(_lines(text))
    assert block.text == "Cabinet is asked to:\na) NOTE the report;\nb) AGREE the changes."


def test_report_without_recommendations_has_none():
    text = "Subject: Newsletter\nSummary: For information only.\n1. Introduction\nText.\n"
    assert find_recommendations(_lines(text)) == []


def test_recommendation_heading_words_that_are_not_blocks():
    text = "Reasons for recommendation\nStatutory.\nRecommendation 1: None required\n"
    assert find_recommendations(_lines(text)) == []


@given(st.text(alphabet=string.ascii_letters + " .,;:()*-'£0123456789", max_size=80))
def test_clean_text_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@given(st.text(max_size=200))
def test_outcome_is_always_a_known_value(text):
    assert classify_outcome(text) in OUTCOMES


@given(
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
)
def test_vote_counts_round_trip(votes_for, against, abstain):
    text = (
        "On being put to the vote the recommendation was CARRIED ("
        f"{votes_for} members voting in favour, {against} against with {abstain} abstentions)"
    )
    (vote,) = parse_votes(text)
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (votes_for, against, abstain)


TITLES = ["Apologies", "Budget Monitoring", "Highways Update", "Annual Report", "Risk Register"]


@given(
    st.integers(min_value=1, max_value=900),
    st.lists(
        st.tuples(st.sampled_from(TITLES), st.integers(0, 4), st.booleans()), min_size=1, max_size=8
    ),
    st.booleans(),
)
def test_minute_numbers_found_whatever_the_paragraph_numbering(first, items, with_refs):
    lines = ["MINUTES of a meeting of the Cabinet held on 1 May 2020"]
    for n, (title, paragraphs, resolved) in enumerate(items):
        lines.append(f"{first + n}. {title}")
        if with_refs:
            lines.append(f"(Item {n + 1})")
        for p in range(1, paragraphs + 1):
            lines.append(f"{p}. Mr Smith introduced the report and members asked questions.")
        if resolved:
            lines.append(f"{paragraphs + 1}. RESOLVED that the report be noted.")
    split = split_minutes([(1, t) for t in lines])
    assert [b.number for b in split.items] == [str(first + n) for n in range(len(items))]
    assert [b.title for b in split.items] == [t for t, _, _ in items]


def test_votes_by_n_votes_to_m():
    (vote,) = parse_votes("On a vote the motion was carried by 5 votes to 3, with 1 abstention.")
    assert (vote.motion, vote.votes_for, vote.votes_against, vote.abstentions) == (
        "motion",
        5,
        3,
        1,
    )


def test_agreed_is_a_resolution_anchor():
    from kcc_papers.extract.minutes.resolutions import find_resolutions

    body = [(1, "The Panel discussed the plan."), (1, "AGREED: that the plan be adopted.")]
    (res,) = find_resolutions(body)
    assert res.text == "AGREED: that the plan be adopted."


def test_numbered_paragraphs_without_item_refs_do_not_beat_short_titles():
    lines = [
        "MINUTES of a meeting of the Panel held on 1 May 2020",
        "1. Apologies",
        "1. The Chairman welcomed everyone to the meeting and thanked members for coming.",
        "2. The Clerk reported that apologies had been received from two members today.",
        "3. Members noted the apologies and the substitutes present at the meeting today.",
        "2. Annual Report",
        "1. The Chairman introduced the annual report and invited questions from members.",
        "3. Budget",
        "RESOLVED that the budget be agreed.",
    ]
    split = split_minutes([(1, t) for t in lines])
    assert [(b.number, b.title) for b in split.items] == [
        ("1", "Apologies"),
        ("2", "Annual Report"),
        ("3", "Budget"),
    ]


def test_tallies_one_line_and_three():
    from kcc_papers.extract.minutes.votes import tallies

    assert tallies(["For: 5, Against: 3, Abstentions: 1"]) == [(5, 3, 1)]
    assert tallies(["For: 6", "Against: 2", "Abstained: 0", "RESOLVED that ..."]) == [(6, 2, 0)]
    assert tallies(["For the reasons set out, Members agreed."]) == []


def test_plural_councillors_prefix_names_nobody():
    from kcc_papers.extract.minutes.attendance import parse_attendance

    people = parse_attendance(["Present: Councillors Smith (Chair), Jones and Patel"])
    assert [(p.name, p.role) for p in people] == [
        ("Smith", "Chair"),
        ("Jones", None),
        ("Patel", None),
    ]


def test_inline_it_is_recommended_that():
    from kcc_papers.extract.decisions.report_fields import decision_maker

    text = (
        "1. Purpose\nThis report sets out the options.\n"
        "2. Recommendations to Council:\n"
        "2.1 It is recommended that Council:\n(a) approves the strategy; and\n"
        "(b) notes the risks.\n3. Background\nThe strategy was drafted in 2019.\n"
    )
    (block,) = find_recommendations(_lines(text))
    assert (
        block.text
        == "It is recommended that Council:\n(a) approves the strategy; and\n(b) notes the risks."
    )
    assert decision_maker(block.text, None) == "Council"
    other = "4.1 It is recommended that the Committee notes the report.\n5. Risk\nNone.\n"
    (block,) = find_recommendations(_lines(other))
    assert block.text == "It is recommended that the Committee notes the report."
    assert decision_maker(block.text, None) == "Committee"


_PIECES = st.sampled_from(
    [
        "12. Apologies",
        "(Item 3)",
        "RESOLVED that the report be noted.",
        "Recommendation(s):",
        "Cabinet is asked to:",
        "a) NOTE the report",
        "PRESENT: Mr A (Chairman), Mrs B",
        "On being put to the vote the motion was CARRIED (3 for, 1 against)",
        "For: Councillors A and B",
        "Decision:",
        "(a) Subject: Parking",
        "(d) Decision taken",
        "Issue details",
        "Decision due: 1 May 2020 by Cabinet",
        "===== PAGE 2 =====",
        "MINUTES of a meeting of the Cabinet held on 1 May 2020",
        "Page 4",
        "",
    ]
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(
            _PIECES,
            st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
        ),
        max_size=25,
    )
)
def test_extractors_never_raise(pieces):
    import tempfile
    from pathlib import Path

    from conftest import contexts
    from kcc_papers.extract.registry import extractor

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "paper.txt"
        # (an empty file is the loader's error to report, not the extractors')
        path.write_text("\n".join(["Paper", *pieces]), encoding="utf-8")
        for ctx in contexts(path):
            for reader in (extractor("minutes"), extractor("decisions")):
                if reader.applies(ctx.document.kind):
                    reader.extract(ctx)


def _heldout_lines() -> list[str]:
    """Every line of the held-out papers (texts, and the sources of its PDFs) and the samples
    (many councils' minutes), and lines written to hit each branch of the resolution patterns."""
    from conftest import ROOT

    held_out = ROOT / "tests" / "heldout" / "papers"
    papers = sorted(held_out.glob("*.txt")) + sorted(held_out.glob("*.pdfsrc"))
    papers += sorted((ROOT / "data" / "raw").glob("*.txt"))
    written = [
        "RESOLVED that", "AGREED to", "DECISION: x", "RECOMMENDED to Council: That",
        "Decision: That", "Outcome – to accept", "The Board RECEIVED and NOTED the report.",
        "were APPROVED as an accurate record", "Agreed: to extend", "The Board GRANTED it",
        "Decision", "Penderfyniad / Decision:", "AGREED", "(3) Resolved that",
        "It was resolved to", "The Committee resolved:", "seconded by B and resolved that",
        "lost. The Council resolved to object", "The Board recommended that",
        "After discussion, the Committee agreed:", "The Panel decided:",
        # letters re.IGNORECASE matches to ASCII ones (a long s, a dotless i)
        "Re\u017folution: To accept", "Determ\u0131nation: refused", "\u0130t was re\u017folved",
    ]
    return [line for p in papers for line in p.read_text(errors="replace").splitlines()] + written


def test_resolution_words_are_in_every_match():
    """A line holding none of a resolution pattern's words is not searched: every match of
    the pattern must hold one (its capitals as printed, its label words in any case)."""
    from kcc_papers.extract.minutes import resolution_marks as r
    from kcc_papers.normalise.needles import holds_any

    checked = 0
    for line in _heldout_lines():
        for m in r._RESOLVED.finditer(line):
            assert (any(w in m.group() for w in r.RESOLVED_CASED)
                    or holds_any(m.group(), r.RESOLVED_WORDS)), m.group()
            checked += 1
        for m in r._RESOLVED_CI.finditer(line):
            assert holds_any(m.group(), r.RESOLVED_CI_WORDS), m.group()
            checked += 1
    assert checked > 200
