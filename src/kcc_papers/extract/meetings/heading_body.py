"""The body a minutes heading names: the "Minutes of ..." sentence and the name it ends at,
a masthead's "NAME - date" and body-name lines, and the name as read from the sentence (a
body named by its kind alone, "the above Council", a company's or an authority's committee,
a label read on into it) and as printed (capitals in title case)."""

from __future__ import annotations

import re

from .body_names import GROUP, MASTHEAD_LINES
from .council_prefixes import without_council_after
from .masthead_names import SESSION_BRACKET

# (a programme's steering group too: "DIGITAL PROGRAMME STEERING GROUP" over its minutes)
BODY = (r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission|Executive|"
        rf"{GROUP})")
# (or a masthead's sentence wrapping the council's name under the committee's, "Minutes of a
# meeting of the Environment Committee" over "of Lowmarsh Borough Council": the "of" is no part
# of the name)
_COUNCIL_LINE = re.compile(
    r"^\s*(?:THE\s+|OF\s+(?:THE\s+)?)?(?P<name>(?:[A-Z][\w'’&-]*\s+){1,4}(?:Metropolitan\s+Borough|County|City|"
    r"Borough|District|Community|Town|Parish|Combined)\s+(?:Council|Authority))\s*$",
    re.I,
)
# A name ending in its body's word, just before a comma (one lookbehind a word: each is fixed).
_ENDS_IN_BODY = "|".join(rf"(?<={word},)" for word in (
    "Committee", "Cabinet", "Council", "Board", "Panel", "Forum", "Commission"))
_MINUTES_OF = re.compile(
    # Scottish councils print "Minute of Meeting held in ..."
    r"\b(?:MINUTES\s+of\s+(?:a|the)\s+|MINUTE\s+of\s+(?:a\s+|the\s+)?(?=meeting\b)"
    # no article before a capitalised name that ends in its body's word and is "held":
    # "Minutes of Environment Committee Meeting held on ..."
    r"|(?-i:MINUTES?|Minutes?)\s+of\s+(?=(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}(?:Committee|Cabinet|Council|Board|"
    r"Panel|Sub-Committee|Forum|Commission|Executive|Authority)\s+(?:Meeting\s+)?held\b)"
    # the notes of a members' briefing: "NOTES of the informal All Member Briefing held in
    # ..." (the briefing's name is what met, a portfolio holder's naming the portfolio in up to
    # five words: "Housing and Homelessness Portfolio Holder Briefing")
    r"|NOTES\s+of\s+(?:(?:the|an?)\s+)?(?:informal\s+)?(?=(?:[\w'’-]+\s+){0,5}?Briefing\s+held\b)"
    # or of a body that keeps notes, named before "meeting held": "Notes of the Executive
    # Group meeting held on ...", "Notes of the Blue Light Collaboration Board meeting held"
    r"|NOTES\s+of\s+(?:the\s+)?(?=(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}(?:Committee|Board|Panel|"
    r"Forum|Group|Partnership)\s+meeting\s+held\b))"
    # the meeting's number in the body's run of them: "the 62nd meeting of the Committee", or
    # in words, a new body's "the first meeting of the Shadow Executive" (only before the
    # word "meeting": "the First Homes Panel" is a name)
    r"(?:(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|inaugural)\s+"
    r"(?=(?:[a-z]+\s+)?(?:meeting|hearing)\s+of\b))?"
    r"(?:(?:special|extraordinary|annual|ordinary|virtual|remote|"
    # (a licensing or appeals body sits as a hearing: "Minutes of the hearing of the
    # Licensing Sub-Committee held ...", the hearing's minutes under the same heading)
    r"hybrid|additional|reconvened)\s+)?"
    # or any word or two saying what kind of meeting it was, before "meeting of the" and the
    # body's name: "the Call-In meeting of the Overview and Scrutiny Committee", "the budget
    # meeting of the Council", "the Special Budget meeting of the Council" (no body's word
    # among them: "the Cabinet meeting of the 4th"; a body's name after "of the", not a date:
    # "the Scrutiny meeting of the 4th March"; a joint meeting's name is the joint meeting's,
    # "Joint Meeting of the Audit Committee and the Standards Committee", as the parish's is
    # its own, "the Annual Parish Meeting of the Parish of Wexcombe")
    r"(?:(?!(?:joint|parish|town)\b)(?!(?:[\w'’-]+\s+)?(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|"
    r"Forum|Commission|Executive|Authority)\b)(?:[\w'’-]+\s+){1,2}?"
    r"(?=(?:meeting|hearing)\s+of\s+the\s+(?!\d)))?"
    r"(?:(?:meeting|hearing)\s+of\s+(?:the\s+)?)?"
    # (the year a numbered meeting is the first of, before the body: "the first meeting of the
    # municipal year of the Planning Committee"; in small letters: "the Year of Culture Steering
    # Group" is a name)
    r"(?-i:(?:new\s+)?(?:municipal\s+|civic\s+|council\s+)?year\s+of\s+(?:the\s+)?)?"
    r"(?P<name>.+?)"
    # The ends that start with spaces are looked for only where the spaces start: one found
    # inside a run of them is found at its start too, and looking from every space of a run
    # read the rest of the run each time (1,000 spaces: seconds; now linear). A dash between
    # spaces is one optional group: two runs of spaces side by side split a run every way.
    # (a meeting that did not take place, inquorate, was "called for" its date, not held)
    r"(?=,\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?<!\s)(?:\s+held\b|"
    r"\s+(?:called|convened|summoned)\s+for\b|"
    r"\s+on\s+(?:\w+day\b|\d)|\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\s*(?:[–—-]\s*)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b|\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    # a comma ends the name, unless the name lists its parts before the body's word: "the
    # EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in ..."; one already ending in that
    # word is whole, the venue after it though a room is named for a body ("the Planning
    # Committee, Committee Room 2, Civic Centre")
    rf"|,(?:{_ENDS_IN_BODY}|(?!\s+(?:[\w&'’-]+\s+){{0,5}}?"
    r"(?:Committee|Board|Panel|Sub-Committee|Forum|Commission)\b))|\.(?:\s|$)|$)",
    re.I,
)
# The heading names no body: "MINUTES of a meeting held at ..." (a standards or licensing
# body's: "Minutes of a hearing held on ...").
_GENERIC = re.compile(r"^(?:meeting|hearing|the\s+(?:meeting|hearing)|minutes)?$", re.I)
# What kind of meeting it was, in small letters before the word: "MINUTES of the joint meeting
# held on ...", "the inquorate meeting". A body's name is capitalised; these words name none,
# and the masthead above the sentence names what met ("JOINT MEETING OF THE AUDIT COMMITTEE
# AND THE STANDARDS COMMITTEE"). (Case-sensitive: a heading in capitals cannot tell them; a
# body's word in small letters is a body still: "the cabinet meeting held on ...".)
_KIND_OF_MEETING = re.compile(
    rf"^(?!.*\b(?i:{BODY}|Authority)\b)"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:meeting|hearing)$")
# A body named by its kind alone: "the Board", "the Authority".
_BARE_BODY = re.compile(r"^(?:Committee|Board|Panel|Sub-Committee|Forum|Commission|Authority)$",
                        re.I)
# A body named after its members ("PORT ST CATHERINE COMMISSIONERS", "... Conservators"): its
# meeting is "of the Board" in the minutes line, the masthead names it.
# ("PORT OF KILMORY HARBOUR AUTHORITY" over "Minutes of the Board Meeting" too)
_MEMBERS_BODY = re.compile(r"^\s*[A-Z][\w'’ -]{2,60}\b(?:Commissioners|Conservators|Trustees|"
                           r"Harbour\s+Authority|Port\s+Authority)\s*$",
                           re.I)
# A local council's meeting named by its kind alone: "the Parish Council Meeting" (a county's
# "County Council" stays the meeting's name, as its full council is known).
_BARE_COUNCIL = re.compile(r"^(?:Parish|Town|Community)\s+Council$", re.I)
_ABOVE = re.compile(r"^(?:the\s+)?above(?:[\s-]named)?\s+(?P<what>\w+)$", re.I)
# "CORPORATE PARENTING PANEL– 29 October 2024", "Cabinet - Thursday 9 January 2025".
_NAME_DATE = re.compile(
    rf"^\s*(?P<name>[A-Za-z][\w&,'’ ]{{2,90}}?\b{BODY}\b[\w&'’ ]{{0,40}}?)"
    r"\s*[–—-]\s*(?P<date>\S.*)$",
    re.I,
)
# (a stroke parts the Welsh and English names: "PWYLLGOR CRAFFU / SCRUTINY COMMITTEE")
# ("CABINET" alone on its line names the body too)
_NAME_ONLY = re.compile(
    rf"^\s*(?:[A-Z][\w&,'’ /-]{{2,90}}\b|(?:THE\s+)?(?={BODY}\s*$)){BODY}\b[\w&'’ -]{{0,40}}$",
    re.I)
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on"}


# (from a run of spaces' first: "\s+" tried from each of its spaces is quadratic in it)
_LABEL_AFTER_NAME = re.compile(r"(?<!\s)\s+(?:Date|Time|Venue|Place)\s*:.*$", re.I)
_LABEL_IN_NAME = re.compile(r"\b(?:Present|Attendance|In\s+attendance|Apologies)\s*:", re.I)


# A company's body named with its company: "the Board of Oakfield Homes Ltd", "Audit Committee
# of Kingsmere Homes Limited": the body meets (the company is whose it is, as a council is).
_COMPANY_BODY = re.compile(
    r"^(?P<body>(?:[A-Z][\w&'’-]*\s+){0,3}?(?:Board|Committee)(?:\s+of\s+Directors)?)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,6}(?:Ltd|Limited|plc|PLC|CIC|LLP)\.?$")


# ... and a committee named with the board or authority it is a committee of: "the Audit and
# Risk Committee of the Strathallan Integration Joint Board" is the Audit and Risk Committee,
# as the notice of its meeting names it ("a meeting of the Audit and Risk Committee of ...").
_OWNED_BODY = re.compile(
    r"^(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,6}?(?:Committee|Sub-Committee|Panel|Forum))"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+|of\s+)?){1,6}?"
    r"(?:Board|Authority|Partnership|Trust)$")


# A name in capitals that the heading's next line, in mixed case, runs on from: "MINUTE OF
# MEETING OF THE NET ZERO, ENVIRONMENT AND TRANSPORT COMMITTEE" over "Council Chambers,
# Municipal Buildings, ..." (the venue's first words no part of the name). Case-sensitive.
_CAPITALS_NAME = re.compile(
    r"^(?P<name>[A-Z0-9,&'’ -]*\b(?:COMMITTEE|CABINET|COUNCIL|BOARD|PANEL|FORUM|COMMISSION|"
    r"EXECUTIVE|AUTHORITY))\s(?=[A-Z][a-z])")


# A body's name that says whose it is after its word: "Board of Directors".
_BODY_OF = re.compile(
    r"^\s*[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*\s*$")


def _body_name(raw: str, head: list[str], council: str | None) -> str | None:
    name = re.sub(r"\s+", " ", raw).strip(" ,.–-")
    if capitals := _CAPITALS_NAME.match(name):
        name = capitals.group("name")
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    # the meeting's labelled line read on into the name ("the Board Meeting" over "Date: ...")
    name = _LABEL_AFTER_NAME.sub("", name)
    # the session after the name, not its part: "the Board of Directors Meeting in Public"
    name = SESSION_BRACKET.sub("", name)
    if _KIND_OF_MEETING.match(name):
        return None  # "MINUTES of the joint meeting held on": no body named (see below)
    name = re.sub(r"\s+meeting$", "", name, flags=re.I)  # "the Planning Committee Meeting"
    if company := _COMPANY_BODY.match(name) or _OWNED_BODY.match(name):
        name = company.group("body")
    # "Minute of Meeting" over "Present: ...": a label's line names no body
    if _GENERIC.match(name) or _LABEL_IN_NAME.search(name):
        return None
    if _BARE_COUNCIL.match(name) and council:
        # "the Parish Council Meeting": the council the masthead names
        return council
    if _BARE_BODY.match(name):
        # "Minutes of the meeting of the Board": the board the masthead names in full
        word = name.split()[-1].lower()
        # (or opens with it and says whose the body is: "Board of Directors", "Board of
        # Management", as a company's masthead titles its board)
        named = next((s for s in head if not _MINUTES_OF.search(s) and len(s.split()) > 1
                      and ((_NAME_ONLY.match(s) and s.split()[-1].lower() == word)
                           or (_BODY_OF.match(s) and s.split()[0].lower() == word))), None)
        named = named or next((s for s in head[:MASTHEAD_LINES] if _MEMBERS_BODY.match(s)), None)
        return _title_case(named) if named else _title_case(name)
    above = _ABOVE.match(name)
    if above:
        # "the above Council": the council in the masthead; "the above Committee": the
        # body-name line above the minutes line.
        if above.group("what").lower() == "council" and council:
            return council
        named = next((s for s in head if _NAME_ONLY.match(s) and not _MINUTES_OF.search(s)), None)
        return _title_case(named) if named else None
    # (the council whose it is printed after it, "the Planning Committee of Lowmarsh Borough
    # Council": no part of the committee's name)
    name = without_council_after(name)
    return _title_case(name) if name.isupper() else name


def _masthead_case(s: str) -> bool:
    """A name set in capitals, or in title case ("Communities and Housing Committee"), as a
    masthead prints it; a sentence has lower-case words."""
    return s.upper() == s or all(w[:1].isupper() or w.lower() in _SMALL_WORDS | {"&"}
                                 for w in s.split())


def _title_case(s: str) -> str:
    words = s.strip().split()
    if s.upper() != s:
        return " ".join(words)
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS else _capitalize(w)
        for i, w in enumerate(words)
    )


def _capitalize(word: str) -> str:
    """ "SUB-COMMITTEE" is "Sub-Committee": each part of a hyphenated word ("(MIDLANDS" is
    "(Midlands": its first letter, after a bracket)."""
    return "-".join(re.sub(r"^(\W*)(.*)$", lambda m: m[1] + m[2].capitalize(), part)
                    for part in word.split("-"))
