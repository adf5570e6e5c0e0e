"""A report's "Recommendation(s):" blocks: the text the committee is asked to decide.

Reports print the block under many headings ("Recommendation(s):", "4. Recommendation(s)",
"Officer Recommendations:", "1.2 Recommendation of Director of ...", "Recommendation: The
Committee is asked to note the report.") and usually twice (summary and body); the block runs
until the report's next section, which is recognised by its numbering or its heading words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.decisions.applications import applications_above, other_applications
from kcc_papers.extract.decisions.ask_patterns import ASK, ASKS, HEADING, INLINE, THAT_ASK
from kcc_papers.extract.decisions.bilingual_headings import (
    BILINGUAL,
    WELSH_HEADING,
    one_language,
)
from kcc_papers.extract.decisions.block_end import (
    DECIMAL,
    MAX_LINES,
    NUMBERED_HEADING,
    end_of_block,
    join_items,
    sentence_done,
)
from kcc_papers.extract.decisions.closing_asks import ask_after_sentence
from kcc_papers.extract.decisions.described_asks import (
    column_under_anothers,
    names_anothers,
    names_others,
)
from kcc_papers.extract.decisions.open_choices import leaves_open
from kcc_papers.extract.decisions.purpose_asks import purpose_ask
from kcc_papers.extract.decisions.repeats import same_block
from kcc_papers.extract.decisions.verdicts import agree, verdict, verdict_schedule
from kcc_papers.normalise.textclean import strip_bullet

_CONTENTS = re.compile(r"\.{4,}\s*\d*\s*$")  # a table of contents line: "Recommendations....... 3"


@dataclass(slots=True)
class RecommendationBlock:
    text: str
    page: int
    # headed in Welsh alone ("3. Argymhelliad: Bod y Cyngor ..."): a bilingual paper's
    # translation of its English block, where it prints one
    welsh: bool = False
    # the planning application it is made on, in a schedule of them (applications.py)
    application: str | None = None


def find_recommendations(lines: list[tuple[int, str]]) -> list[RecommendationBlock]:
    """Every distinct recommendation block, first occurrence first; where no block is headed
    or worded as one, the report's first paragraph that asks its decision maker to decide."""
    texts = [one_language(strip_bullet(t)) for _, t in lines]
    tiers: dict[str, list[RecommendationBlock]] = {
        tier: [] for tier in (*_TIERS, _LAST_RESORT, _OTHERS)}
    i = 0
    appended = False  # past an appendix's heading ("Appendix A")
    applications: list[str | None] = []  # each line's (applications.py), read at a first block
    last_end = -1  # the line the last block read ends on
    own_lines: set[int] = set()  # the lines the own tier's blocks start on
    while i < len(texts):
        # (or mid-page, its heading on a line of its own after the report's own block: the
        # appendix printed on under the report, "Appendix A: Recommendations of the Task and
        # Finish Group" over its table, what the block asks the meeting to endorse)
        appended = appended or _appendix_starts(lines, texts, i) or bool(
            tiers["own"] and _APPENDIX_HEADING.match(texts[i]))
        headed = HEADING.match(texts[i]) or INLINE.match(texts[i])
        m = headed or _label_after_sentence(texts[i])
        if not m or _CONTENTS.search(texts[i]) or (m.groupdict().get("bare") and i != last_end):
            # (a bare lead-in, "Residents are asked:", starts a block only where a block ends
            # on it, a second ask under one Recommendations heading; in prose it asks no one)
            i += 1
            continue
        # "2.0 Recommendations" numbers its paragraphs 2.1, 2.2: its section is "2".
        num = re.sub(r"(?:\.0)+$", "", m.group("num") or "")
        end = end_of_block(texts, i + 1, num, bool(m.group("rest").strip(" .:")))
        body = [m.group("rest")] if m.group("rest") else []
        body += texts[i + 1 : end]
        if end < len(texts) and _introduces(body) and _column_name(texts[end]):
            # "The Group recommends that the Cabinet:" over a table of what it recommends,
            # whose column's name ("Recommendation") reads as a heading: the table's rows are
            # the list the lead-in introduces, one block with it
            after = end_of_block(texts, end + 1, num, True)
            body += texts[end + 1 : after]
            end = after
        text = join_items(body)
        if m.groupdict().get("mixed"):
            text = _from_the_ask(text)
        if (text and not (m.groupdict().get("proposal") and not _asks(text))
                and not (m.groupdict().get("ask") and ASK_KIND.match(text))
                and not verdict_schedule(body)):
            welsh = bool(WELSH_HEADING.match(texts[i])
                         and not BILINGUAL.match(strip_bullet(lines[i][1])))
            applications = applications or applications_above(texts)
            block = RecommendationBlock(text, lines[i][0], welsh, applications[i])
            tier = _tier(m, bool(headed), texts, i, end, own_lines)
            if (tier == "own" and tiers["own"] and names_anothers(texts[i])
                    and not _worded_as_ask(text)):
                # (a later list headed as another body's, "Recommendations of the Review",
                # is what the report's own ask refers to: described_asks.py; a cabinet
                # report's "Recommendations to Council: That Council approves ..." still asks)
                tier = "described"
            elif tier == "own" and names_others(texts[i]) and not _worded_as_ask(text):
                # (and a list headed to others in small letters, "Recommendations to
                # partners", the report's first: what they should do, where the report's
                # prose asks its meeting, "Cabinet is asked to note the report and endorse
                # its recommendations to partners"; read only where nothing asks, a
                # partnership's own report "That partners agree the strategy")
                tier = _OTHERS
            # (an appendix bound into the report, a task group's final report, prints its own
            # recommendations to whom it addresses: what the report asks the meeting to
            # endorse, no ask of its own where the report makes one before it)
            tier = "described" if appended and tier == "own" else tier
            tiers[tier].append(block)
            if tier == "own":
                own_lines.add(i)
        # (a label inside a line may be a consultee's advice in a section of its own: the
        # lines after it are read for the report's own heading still)
        last_end = end if headed else last_end
        i = max(end, i + 1) if headed else i + 1
    blocks = next((tiers[tier] for tier in _TIERS if tiers[tier]), [])
    if any(not b.welsh for b in blocks):
        # a side-by-side paper read column by column: its Welsh block translates the English
        blocks = [b for b in blocks if not b.welsh]
    if not blocks:
        # (a label after a sentence last: a report's background may quote the recommendation
        # another meeting had, "Cabinet considered report CAB/27/14. Recommendation: That
        # Cabinet approves ...", before the paragraph asking this meeting)
        # (the ask in a "Purpose" section after all: purpose_asks)
        # (a list headed to others last of all: _OTHERS)
        blocks = (_first_ask(lines, texts) or tiers[_LAST_RESORT]
                  or _block_at(lines, purpose_ask(texts)) or tiers[_OTHERS])
    # (each body's part, not the whole block: an ask to choose among options words no
    # decision, the parts before it still do: open_choices)
    return [part for block in _distinct(_without_verdicts(blocks))
            for part in _by_decision_maker(block) if not leaves_open(part.text)]


# The label after a sentence's stop on its line, its colon and the ask after it: a short
# report's one line "Report of the Development Manager. Recommendation: That the report be
# noted." (capitalised, as a label is; its value a sentence of its own, or the resolution it
# proposes run in after the colon: "Report of: Head of Network Performance. Recommendation:
# that the Committee notes ...")
_LABEL_AFTER_STOP = re.compile(
    r"(?<=[.;]\s)(?-i:R)ecommendations?(?:\s*\(s\))?:\s(?=\s*(?:[A-Z]|that\s))")


# An appendix's heading on a line of its own, perhaps with its title: "Appendix A", "APPENDIX
# 2 - Final Report of the Task Group" (a sentence citing it, "Appendix A sets out ...", goes on).
_APPENDIX_HEADING = re.compile(
    r"^(?:Appendix|APPENDIX|Annex|ANNEX)\s+[A-Z0-9]{1,3}(?:\s*[:\-–]\s*[A-Z][^.;:]{0,100})?$")
# An appendix bound into a report starts a page: its heading is among the page's first this
# many lines (under a stamp not taken for furniture).
APPENDIX_TOP_LINES = 2


def _appendix_starts(lines: list[tuple[int, str]], texts: list[str], i: int) -> bool:
    """Whether line ``i`` heads an appendix bound into the report: an _APPENDIX_HEADING at its
    page's top. (The report's list of its appendices, "Appendix A - Proposed Fees" under
    "Appendices:" on its first page, heads none: the report's own recommendations follow.)"""
    if not _APPENDIX_HEADING.match(texts[i]):
        return False
    page = lines[i][0]
    return any(k == 0 or lines[k - 1][0] != page
               for k in range(i, max(-1, i - APPENDIX_TOP_LINES), -1))


# Where each block found stands, the report's own first: a block is read only where none
# stands before its tier; the last resort only where no paragraph asks either (_first_ask).
_TIERS = ("own", "described", "asked_field")
_LAST_RESORT = "mid_line"
# ... and the lists of what others should do (described_asks.names_others), read after all.
_OTHERS = "others"


def _tier(m: re.Match[str], headed: bool, texts: list[str], i: int, end: int,
          own_lines: set[int]) -> str:
    """Which of _TIERS a block found by ``m`` on line ``i`` stands in: a masthead's
    "Decision required: Vote by ..." on its one line says how the decision is taken
    ("asked_field"); a table of another body's recommendations in another section of the
    report (_table_in_other_section) is what the report describes ("described"); a label
    after a sentence on its line ("Report of the Development Manager. Recommendation: That
    the report be noted.") may be a consultee's advice quoted in a planning report
    ("Highway Authority: ... Recommendation: No objection ...") or an earlier meeting's
    (_LAST_RESORT)."""
    if m.groupdict().get("ask") and m.group("rest") and end == i + 1:
        return "asked_field"
    if not headed:
        return _LAST_RESORT
    return "described" if _table_in_other_section(texts, i, own_lines) else "own"


def _label_after_sentence(text: str) -> re.Match[str] | None:
    """The HEADING match of a "Recommendation:" label printed after a sentence on its line."""
    label = _LABEL_AFTER_STOP.search(text) if "ecommendation" in text else None
    return HEADING.match(text[label.start():]) if label else None


def _table_in_other_section(texts: list[str], i: int, own_lines: set[int]) -> bool:
    """Whether line ``i`` is a table's "Recommendation" column name straight under a numbered
    heading of another section than the report's recommendations ("3. The Task Group's
    recommendations to Cabinet" over "No. | Recommendation | Lead"): what the report sets
    out, another body's recommendations that its own block asks the meeting to endorse, and
    no ask of its own where the report has one (``own_lines``: its blocks' lines so far)."""
    if i == 0 or not _column_name(texts[i]):
        return False
    above = texts[i - 1]
    return bool(NUMBERED_HEADING.match(above) and not HEADING.match(above)
                and not INLINE.match(above) and _ADDRESSED_ELSEWHERE.search(above)
                ) or column_under_anothers(texts, i, own_lines)


# A section heading naming whom its recommendations go to ("The Task Group's recommendations to
# Cabinet"): another body's, to be endorsed; a section of the report's own recommendations with
# their reasons ("4.0 The task group's recommendations") is its asks (round 20's test).
_ADDRESSED_ELSEWHERE = re.compile(r"(?i:recommendations?)\s+(?:made\s+)?to\s+(?:the\s+)?[A-Z]")


def _introduces(body: list[str]) -> bool:
    """Whether a block so far ends on its lead-in's colon, nothing listed under it yet."""
    last = next((t for t in reversed(body) if t.strip()), "")
    return last.rstrip().endswith(":")


def _column_name(text: str) -> bool:
    """A bare "Recommendation(s)" line: no number, nothing after it (a table's column name)."""
    m = HEADING.match(text)
    return bool(m and not m.group("num") and not m.group("proposal")
                and not m.group("rest").strip(" .:") and not text.rstrip().endswith(":"))


# The kind of decision a report asks for, as its summary box labels it ("Decision sought:
# Approval", "Decision required: For noting"): what is asked, never the decision's words.
# (Under "Recommendation:" the same word is the decision: a planning report's "Approval".)
ASK_KIND = re.compile(
    r"^(?:for\s+)?(?:approval|decision|noting|note|information|endorsement|agreement|"
    r"discussion|comment|consideration|assurance)\s*\.?$", re.I)


def _without_verdicts(blocks: list[RecommendationBlock]) -> list[RecommendationBlock]:
    """A report's blocks but its verdict headlines, each where a block after it words the
    recommendation (the headline, the first block, would otherwise stand for it: "REFUSE" is
    in "be refused for the reason ..."). A block before it is no wording of it: a schedule
    of applications lists every verdict in its summary table, then heads each application
    with its own, which is that application's recommendation."""
    kept: list[RecommendationBlock] = []
    worded_after: str | None = None  # the nearest worded block after
    for block in reversed(blocks):
        is_verdict = verdict(block.text)
        if not (is_verdict and worded_after is not None and agree(block.text, worded_after)):
            kept.append(block)
        if not is_verdict:
            worded_after = block.text
    return kept[::-1]


def _worded_as_ask(text: str) -> bool:
    """Whether a block's points ask a body to decide ("That Council approves ...", "Cabinet is
    asked to ..."), as a report's own do, not a review's findings ("R1 The standard should")."""
    return any(ASK.match(p) or ASKS.match(p) for p in text.splitlines())


def _asks(text: str) -> bool:
    return any(ASK.match(paragraph) for paragraph in text.splitlines())


def _from_the_ask(text: str) -> str:
    """A "Purpose and recommendation" section's ask: its paragraphs from the first that asks
    (ASK, or ASKS for any body: "The Executive Group is asked to approve") on, the purpose or
    summary before it no part of what is decided ("" where none asks)."""
    paragraphs = text.splitlines()
    first = next((i for i, p in enumerate(paragraphs) if ASK.match(p) or ASKS.match(p)),
                 len(paragraphs))
    return "\n".join(paragraphs[first:])


# A report's byline opening its line, its stop and the spaces after ("Report by Director of
# Communities. "): the sentence after it is the paper's own.
_BYLINE = re.compile(r"\s*Report\s+(?:by|of|from)\s+\S[^.;\n]{0,119}[.;]\s+(?=[A-Z])")


def _first_ask(lines: list[tuple[int, str]], texts: list[str]) -> list[RecommendationBlock]:
    """The reader of last resort: a paragraph that asks the decision maker to decide ("The
    Committee is invited to agree ..."), under whatever heading, up to its section's end;
    failing one, a paragraph worded as the resolution it proposes, up to its full stop;
    failing that, the ask run on after the report's byline (``_ask_after_byline``)."""
    at = next((k for k, t in enumerate(texts) if ASK.match(t)), None)
    if at is None:
        return (_that_ask(lines, texts) or _ask_after_byline(lines, texts)
                or _closing_ask(lines, texts))
    return _ask_block(lines, texts, at, "")


def _closing_ask(lines: list[tuple[int, str]], texts: list[str]) -> list[RecommendationBlock]:
    """An ask to decide closing a paragraph of other sentences (``closing_asks``)."""
    return _block_at(lines, ask_after_sentence(texts))


def _block_at(lines: list[tuple[int, str]],
              found: tuple[int, str] | None) -> list[RecommendationBlock]:
    """The block of an ask found at (line index, its sentence), if any."""
    return [] if found is None else [RecommendationBlock(found[1], lines[found[0]][0])]


def _ask_after_byline(lines: list[tuple[int, str]],
                      texts: list[str]) -> list[RecommendationBlock]:
    """The ask opening the sentence after the report's byline run into its one paragraph
    ("Report by Director of Communities. The Committee is asked to review the risk register
    ..."); not after another sentence, a forward plan's note of its publication ("Published
    ... under the Regulations 2012. The Board is asked to note the Forward Plan"), which asks
    nothing of its own. Read after a paragraph worded as the resolution: the byline's ask
    may only introduce it ("The Cabinet is asked to note the options below")."""
    at, lead = next(((k, m.group()) for k, t in enumerate(texts)
                     if (m := _BYLINE.match(t)) and ASK.match(t[m.end():])), (None, ""))
    return [] if at is None else _ask_block(lines, texts, at, lead)


def _ask_block(lines: list[tuple[int, str]], texts: list[str], at: int,
               lead: str) -> list[RecommendationBlock]:
    """The ask at paragraph ``at`` (without the ``lead`` before it on its line) up to its
    section's end."""
    num = DECIMAL.match(texts[at])
    section = num.group(1).rsplit(".", 1)[0] if num and "." in num.group(1) else ""
    end = end_of_block(texts, at + 1, section, True)
    text = join_items([texts[at][len(lead):], *texts[at + 1 : end]])
    return [RecommendationBlock(text, lines[at][0])] if text else []


# ... or the body's own report to another, recommending in the present: "3. Having considered
# the proposed appointment, the Panel recommends the appointment of ..." (a police and crime
# panel's report to its Commissioner), the paragraph its recommendation. The body by its
# whole name too, its small words in it: "the Health and Wellbeing Board recommends".
_MAX_CLAUSE = 200
BODY_RECOMMENDS = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?i:having|after|following)\s[^.;]{{1,{_MAX_CLAUSE}}}?,\s+)?"
    r"(?i:the)\s+(?:(?:[A-Z][\w&'’-]*|and|of|for|on)\s+){0,6}?"
    r"(?:Committee|Cabinet|Council|Board|Panel|Authority|Executive|Forum|Partnership)"
    r"\s+(?:unanimously\s+)?recommends(?:\s+(?:that|the)\b|\s*$)")


def _that_ask(lines: list[tuple[int, str]], texts: list[str]) -> list[RecommendationBlock]:
    at = next((k for k, t in enumerate(texts) if THAT_ASK.match(t)), None)
    if at is None:
        at = next((k for k, t in enumerate(texts) if BODY_RECOMMENDS.match(t)), None)
    if at is None:
        return []
    end = next((j + 1 for j in range(at, min(len(texts), at + MAX_LINES))
                if sentence_done(texts[j])), None)
    if end is None:
        return []
    text = join_items(texts[at:end])
    return [RecommendationBlock(text, lines[at][0])] if text else []


# "It is recommended that Cabinet approves ...": a paragraph that words the whole ask
# itself, the recommendation complete in one sentence.
_OWN_ASK = re.compile(r"^It\s+is\s+recommended\s+that\b.*[.;]$", re.I)


def _by_decision_maker(block: RecommendationBlock) -> list[RecommendationBlock]:
    """One block per body asked: a paragraph naming another body than the one before starts
    that body's part; the numbered sub-parts under each stay with it. A paragraph that
    words its own complete ask ("1.2 It is recommended that Cabinet delegates ...") under
    one that did so too is a recommendation of its own."""
    parts: list[list[str]] = []
    who: str | None = None
    own_ask = False  # the part so far is one paragraph wording its complete ask
    for paragraph in block.text.splitlines():
        m = ASKS.match(paragraph)
        asked = (m.group("who") or m.group("body")).lower() if m else None
        whole = bool(_OWN_ASK.match(paragraph))
        if not parts or (asked and who and not _same_body(asked, who)) or (whole and own_ask):
            parts.append([])
            own_ask = whole
        else:
            own_ask = False
        if asked:
            who = asked
        parts[-1].append(paragraph)
    return [RecommendationBlock("\n".join(p), block.page) for p in parts]


def _same_body(asked: str, before: str) -> bool:
    """Whether two names of the body asked name one body: the same, or one the other's
    short form ("the Board" after "the Strategic Board", its last words)."""
    return asked == before or asked.endswith(f" {before}") or before.endswith(f" {asked}")


def _distinct(blocks: list[RecommendationBlock]) -> list[RecommendationBlock]:
    """Reports repeat their recommendations (summary and body): keep the first of near-copies."""
    kept: list[RecommendationBlock] = []
    for block in blocks:
        if any(same_block(block.text, k.text)
               and not other_applications(block.application, k.application) for k in kept):
            continue
        kept.append(block)
    return kept

