"""The names a contract sentence gives its parties: the pattern of a firm's name
(capitalised words, a legal form, a bracketed place) and of a list of names, the legal form or
firm's word a name ends in, whether a name is an organisation that can hold a contract, and the
service a phrase names. Apart from the sentence readers because the other readers of a paper's prose
(``offers``, ``award_parts``) read names the same way. The small pieces the sentence patterns
share are here too: a sum as printed, a character of a clause, a start outside a run of
spaces."""

from __future__ import annotations

import re

# The words of a firm's name a person's never ends in: "Ledgerwise Audit Services".
FIRM_WORDS = ("Services", "Solutions", "Consulting", "Consultants", "Associates", "Partnership",
              "Group", "Company")

# A provider's name: capitalised words ("Bytes Software", "SAIT Recycling", "Kier/Amber").
# A bracketed place or qualifier inside a name ("Highway Surfacing (Jersey) Limited", "Trapeze
# Group (UK) Limited"); only inside it, with a capitalised word after, not an aside at its end.
# (Not what the letters' alternative reads, "(UK)": two ways to read one bracket made a failed
# match over many such names backtrack exponentially.) A name is read for at most
# NAME_MAX_WORDS words after its first: from every capitalised word of a long run of them
# ("A A A ...") a name read on to the run's end, and the sentence readers took seconds on a
# line of 6,000 characters. A party is never that long (name_of takes at most MAX_PARTY_WORDS).
NAME_MAX_WORDS = 12
# A legal form printed after a comma, as North American firms print theirs.
_US_FORM = r",\s(?:Inc|LLC|Corp)\b\.?"
# ... not a list's next name where a comma stands before such a form.
_NOT_US_FORM = r"(?!\s*(?:Inc|LLC|Corp)\b)"
# "Calderbrook Council for Voluntary Service", "Marlshire Centre for Independent Living": a
# voluntary body named as its kind of body "for" what it serves, a capitalised word after
# "for" ("for the Blind" in small letters still ends the name, as before), no lot.
# (Held-out round 30; only after these nouns: "awarded to X Ltd for Lot 2", "... for Highways"
# after a firm's name are what it is let, no part of the name.)
# A capitalised word before a figure after "for" is a date, a lot or a stage ("for April 2031",
# "for Phase 2", "for Year 1"), a month alone a date ("for April to March"): neither is a name.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_BODY_FOR = ("(?:" + "|".join(rf"(?<={noun}\s)" for noun in
                              ("Council", "Association", "Society", "Centre", "Institute"))
             + r")for(?=\s[A-Z][a-z])(?!\s(?:Lot|Part|Package|Section)\b)"
             + rf"(?!\s[A-Z][a-z]*\s+\d)(?!\s{_MONTH}\b)")
# Such a body's name, as a lookahead may test it ("Brackenford Council for Voluntary Service").
VOLUNTARY_BODY = rf"(?:[A-Z][\w&'./-]*\s+){{1,{NAME_MAX_WORDS}}}?{_BODY_FOR}\s"
_NAME = (
    # ("Brightwell Care at Home Ltd": "at" inside a firm's name, one word before its legal form)
    # ("Lumenfest Displays Ltd of GBP 8,640": "of" before a sum's currency code is no part)
    # ("Cegin y Penrhyn Cyf": Welsh "y" / "yr", the article, inside a name before a capital)
    r"[A-Z][\w&'./-]*(?:\s+(?:[A-Z0-9][\w&'./-]*|&|of(?=\s+[A-Z])(?!\s+GBP\b)|"
    r"yr?(?=\s+[A-Z])|"
    rf"{_BODY_FOR}|"
    r"at(?=\s[A-Z][\w&'./-]*\s(?:Ltd|Limited|LLP|plc|CIC)\b)|\([A-Z]{1,5}\)|"
    r"\((?![A-Z]{1,5}\))[A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){0,2}\)(?=\s+[A-Z])|"
    rf"(?:plc|ltd|llp|limited|cic|inc)\b\.?)){{0,{NAME_MAX_WORDS}}}"
    # ("Granite Ridge Paving, Inc.", "Pacific Crest Building Maintenance, LLC": a North
    # American firm's legal form follows a comma, and is a part of its name)
    rf"(?:{_US_FORM})?"
)
NAME_PATTERN = _NAME  # for the other sentence readers (offers)
# Where a name or a capitalised title may start: not inside a word (a pattern tried from every
# letter of a long word reads the rest of it each time).
_WORD_START = r"(?<![\w&'./-])"
# A sum as printed: "£640", "£8,640", "£1.2m".
SUM = r"£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|million)\b)?"
# A name that ends in a legal form ("... Ltd", "... LLP", "... Cyf"), checked where the name ends.
LEGAL_FORMS = ("Ltd", "Ltd.", "Limited", "LLP", "plc", "PLC", "CIC", "Cyf", "Inc", "Inc.", "LLC")
# (escaped: "Inc." and "Ltd." as patterns would end a name in "Inca" or "Ltds")
LEGAL_END = "(?:" + "|".join(f"(?<={re.escape(form)})" for form in LEGAL_FORMS) + ")"
# ... or in a word only a firm's name ends in ("Ledgerwise Audit Services", FIRM_WORDS).
_FIRM_WORD_END = "(?:" + "|".join(f"(?<={re.escape(word)})" for word in FIRM_WORDS) + ")"
_FIRM_END = f"(?:{LEGAL_END}|{_FIRM_WORD_END})"
# The stop of an abbreviation a price is qualified by ("£386,940 (excl. VAT)", "incl. VAT"):
# it ends no sentence and no clause.
_ABBREVIATION_STOP = r"(?<=\b[Ee]xcl)\.|(?<=\b[Ii]ncl)\."
# A character of the clause a name stands in: up to its end (a full stop or ";"), a decimal
# point ("£1,185.00") ending none.
_IN_CLAUSE = rf"(?:[^.;]|\.(?=\d)|{_ABBREVIATION_STOP})"
# Several names: "Millmead and Seashells", "Alpha Ltd, Beta Ltd and Gamma plc".
# ("contracts with Ashfield Care Ltd (North) and Haverleigh Homecare Ltd (South)": each
# name of a list may be followed by the area or lot it holds, in brackets, which is no part
# of it: see AREA_AFTER)
_AREA = r"\s\([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\)"
NAMES = rf"{_NAME}(?:(?:{_AREA})?(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*"
AREA_AFTER = re.compile(_AREA + "$")
# NAME_SPLIT, NAME_COMMA and the like below never open inside a run of spaces (the
# ``_OUTSIDE_SPACES`` prefix): a match from there would have started at the run's first space,
# so none is lost, and a long run with no comma after it is read once, not from each space.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
NAME_SPLIT = re.compile(_OUTSIDE_SPACES + rf"(?:\s*,{_NOT_US_FORM}\s*(?:and\s+)?|\s+and\s+)")
LIST_AND = re.compile(r"\band\s|&")
NAME_COMMA = re.compile(_OUTSIDE_SPACES + rf"\s*,{_NOT_US_FORM}\s*")
# A party's name, or a service named in lower case, is a few words; more is a clause.
MAX_PARTY_WORDS = 6
MAX_SERVICE_WORDS = 6

# ... nor the body that decides ("Award to Board" heading a forward plan's column, read on
# into its first row's "Real-time passenger information system").
NOT_PARTY = re.compile(
    r"^(?:the|this|that|these|a|an|KCC|Kent\s+County\s+Council|Council|us|we|it|them|"
    r"Cabinet|Members?|Officers?|Board|Committee|Sub-Committee|Panel)\b",
    re.I,
)
# "from April 2021 to March 2022": a month and its year is a date, not a party.
DATE_NAME = re.compile(rf"^{_MONTH}\s+(?:19|20)\d\d\b")

# An organisation: a legal form or an organisation word, or names in capitalised words. A bare
# acronym ("KFRS") is as often a partner or a customer as a supplier, so it is not enough here.
ORGANISATION_WORD = re.compile(
    r"\b(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc|Council|Trust|Foundation|Group|Partnership|"
    r"Association|Society|Charity|University|College|NHS|Services|Solutions|Consulting|"
    r"Consultants|Company|Corporation|Enterprises|Systems|Technologies|Software|Healthcare|"
    r"Care|Housing|Recycling|Construction|Engineering)\b\.?"
)
NOT_ORGANISATION = re.compile(
    r"\b(?:Director|Officer|Member|Members|Cabinet|Committee|Department|Directorate|Programme|"
    r"Project|Policy|Strategy|Plan|Report|Team|Partner|Head|Manager|Leader|Board|Panel|Act|"
    r"Sector|Sectors|Providers|Organisations|Schools|Government|Ministry|Secretary|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def organisation(name: str) -> bool:
    """Whether a name read from prose names an organisation that can hold a contract."""
    if NOT_ORGANISATION.search(name) and not ORGANISATION_WORD.search(name):
        return False
    if ORGANISATION_WORD.search(name):
        return True
    return not re.fullmatch(r"[A-Z0-9&]{2,8}", name)  # "Veolia", "Kier Group": yes; "KFRS": no


# "That Northbank Trust Company Ltd be appointed as ...": the recommendation's opening word,
# read as a capitalised word of the name after it, is none of it.
RECOMMENDING_THAT = re.compile(r"^That\s+(?=[A-Z])")


def name_of(raw: str) -> str | None:
    name = re.sub(r"(?:\s+(?:and|of|&))+$", "", raw.strip(" ,.")).strip()
    name = RECOMMENDING_THAT.sub("", name)
    name = AREA_AFTER.sub("", name)  # the area a listed firm holds is no part of its name
    if (not name or NOT_PARTY.match(name) or DATE_NAME.match(name)
            or len(_NAME_JOINER.sub(" ", name).split()) > MAX_PARTY_WORDS):
        return None
    return name


# The small words joining a name's own ("Tamsford and District Hospitals NHS Foundation Trust",
# "Friends of the Earth"): the limit on a party's words counts the words that name it.
_NAME_JOINER = re.compile(r"\s(?:and|of|&)(?=\s)")


YEARS_ONLY = re.compile(r"(?:(?:financial|municipal|the)\s+)*(?:years?\s+)?(?:19|20)\d\d"
                        r"(?:\s*[-–/]\s*(?:19|20)?\d\d)?", re.I)
# A service is a thing let, never a phrase saying when or how it was let: "the contract was
# awarded in 2022 to X", "... awarded following a mini-competition to X", "... under the
# framework to X" (the passive award's words before "to" are no service).
ADVERBIAL = re.compile(r"^(?:following|after|before|in|during|since|by|under|via|through|"
                       r"on|upon|at|with|without|as|from)(?=\s)", re.I)
_LOWER_WORDS = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s*")


def _service(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = re.sub(r"^(?:the\s+)?(?:recent|current|existing|new)\s+", "", raw.strip(), flags=re.I)
    raw = re.sub(
        r"^(?:the\s+)?(?:provision|supply|delivery)\s+of\s+(?:the\s+)?", "", raw, flags=re.I
    )
    # ("award the contract to X": a service named only "contract" names none)
    raw = re.sub(r"(?:^|\s+)contracts?$", "", raw, flags=re.I).strip()
    # "a 10-year contract": the term is not the service.
    raw = re.sub(
        r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]years?\b\s*",
        "",
        raw,
        flags=re.I,
    ).strip()
    # "the insurance contract for 2025/26": the years it runs are not the service
    if YEARS_ONLY.fullmatch(raw) or ADVERBIAL.match(raw):
        return None
    # (one way only to split the words: "(?:[a-z][\w-]*\s*)*" backtracked exponentially on a
    # long phrase that then failed, and stalled a file)
    if _LOWER_WORDS.fullmatch(raw) and len(raw.split()) > MAX_SERVICE_WORDS:
        return None
    return raw or None


def _split_names(text: str) -> list[str]:
    """ "Alpha Ltd, Beta Ltd and Gamma plc" names three; "Hearth and Home Trust" names one: an
    "and" with no comma, where only the last part carries a legal form or organisation word,
    joins the words of one name."""
    head, *after = NAME_COMMA.split(text)
    if after and not any(ORGANISATION_WORD.search(p) or LIST_AND.search(p) for p in after):
        # a name, then after its comma words naming no organisation and closing no list: the
        # firm and where it is ("Brannock Construction Ltd, Greenock", "Smith & Sons Ltd,
        # Paisley"); "Alpha Ltd, Beta Ltd, Gamma plc" and "... Beta Ltd and Gamma plc" list
        return _split_names(head)
    parts = NAME_SPLIT.split(text)
    if len(parts) < 2 or "," in text:
        return parts
    named = _joined_parts(parts)
    return [text] if len(named) == 1 else named  # (one name: as the text spells it)


def _joined_parts(parts: list[str]) -> list[str]:
    """The names of "and"-joined parts: a part with no legal form or organisation word is the
    head of the next one that has one ("Brightside Ltd and Hearth and Home Trust" names two,
    "Hearth and Home Trust" one: held-out round 41's review); parts after the last that has one,
    or where none has, stay each a name as the text splits them."""
    if not any(ORGANISATION_WORD.search(p) for p in parts):
        return parts
    names: list[str] = []
    pending: list[str] = []
    for part in parts:
        pending.append(part)
        if ORGANISATION_WORD.search(part):
            names.append(" and ".join(pending))
            pending = []
    return names + pending


# A council named in full, whose contract with a firm ``provider_patterns`` reads with no
# article before it ("a variation to Tollbridge Borough Council's existing contract with
# Corvell Public Systems Ltd": held-out round 32, a predecessor council's contract in a
# reorganisation): only a council or an authority, by a name of at most COUNCIL_NAME_WORDS
# words before it (a named trust's or board's contract with a firm may be that body's own,
# let by no council).
COUNCIL_NAME_WORDS = 3
NAMED_COUNCIL_POSSESSIVE = (rf"(?<![\w'’-])(?:[A-Z][\w-]*\s+){{1,{COUNCIL_NAME_WORDS}}}?"
                            r"(?:Council|Authority)['’]s\s+")
