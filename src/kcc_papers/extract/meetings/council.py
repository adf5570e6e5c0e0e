"""Which council a paper is about, and the names of councils and their committees as printed."""

from __future__ import annotations

import re
from collections import Counter

# Bounded word counts keep the pattern linear on 300-page packs. Every name starts with a
# capital at a word's start, written as a capital first and the word boundary looked back
# for after it ("\b[A-Z]" would do the same): a pattern opening with a character class lets
# the regex engine skip to the capitals instead of trying every position of a whole file.
COUNCIL = re.compile(
    r"([A-Z](?<!\w[A-Z])(?:"
    # "Kent County Council", "CITY OF LONDON COUNCIL", "West of England Combined Authority"
    r"[A-Za-z]+\s+(?:[A-Z][A-Za-z]+\s+){0,2}(?:COUNTY|CITY|BOROUGH|DISTRICT|COMMUNITY|TOWN|"
    r"PARISH|County|City|Borough|District|Community|Town|Parish)\s+(?:COUNCIL|Council)"
    r"|(?<=C)(?:ITY|ity)\s+(?:OF|of)\s+(?:[A-Z][A-Za-z]+\s+){1,3}(?:COUNCIL|Council)"
    r"|[A-Za-z]+\s+(?:of\s+)?(?:[A-Z][A-Za-z]+\s+(?:of\s+)?){0,4}(?:COMBINED|Combined)\s+"
    r"(?:AUTHORITY|Authority)))"
)
# "the above Council", "the Council": a town, parish or community council meeting as a whole
ITSELF = re.compile(r"^(?:(?:the\s+)?(?:above|said|above-named|aforementioned)\s+)?Council$", re.I)


def names_the_council_itself(committee: object, council: str | None = None) -> bool:
    """Whether the meeting's body read is the council itself: "the Council", or its kind alone
    where the paper's council is of that kind ("the Meeting of the Town Council" in Oakenholt
    Town Council's papers: the council meeting as a whole, no committee of it)."""
    if not isinstance(committee, str):
        return False
    if ITSELF.match(committee.strip()):
        return True
    m = KIND_ALONE_ITSELF.match(committee.strip())
    return bool(m and council and council.lower().endswith(f" {m.group(1).lower()} council"))


# A town, parish or community council named by its kind alone: "Town Council".
KIND_ALONE_ITSELF = re.compile(r"^(?:the\s+)?(Town|Parish|Community)\s+Council$", re.I)


# OF_COUNCIL never opens inside a run of spaces: a match from there would have started at the
# run's first space, so none is lost, and a long run with nothing wanted after it is read once,
# not from each of its spaces.
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
OF_COUNCIL = re.compile(_OUTSIDE_SPACES
                        + r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){1,4}Council)\s*$")


NOT_FIRST = {"The", "Of", "And", "By", "To", "At", "In", "For", "A", "An", "Budget", "Full", "With"}
# A masthead line naming the council ("KENT COUNTY COUNCIL") is looked for this far down.
MASTHEAD_SEARCH_LINES = 40
# The paper's own e-mail domains, most used first; past these, an address is a partner's.
OWN_DOMAINS = 3
EMAIL_DOMAIN = re.compile(r"@([a-z][a-z-]*)\.gov\.uk", re.I)


def council_of(text: str) -> str | None:
    """The council a file is about. A name that matches the paper's own e-mail domain
    (kent.gov.uk) wins; otherwise the name printed most often, counting "Kent County Council"
    inside "the Kent County Council" too. A single passing mention is not enough."""
    for line in text.splitlines()[:MASTHEAD_SEARCH_LINES]:
        # A web page's footer: "Copyright Fernbridge Borough Council".
        line = re.sub(r"^(?:Copyright|©)\s*(?:\d{4}\s+)?", "", line.strip())
        m = COUNCIL.match(line)
        if m and re.fullmatch(r"\s*(?:[–-].*)?", line[m.end() :]):
            return title_case(m.group(1))  # a masthead line: "KENT COUNTY COUNCIL – ..."
    counts: Counter[str] = Counter()
    for m in COUNCIL.finditer(text):
        name = m.group(1)
        words = (title_case(name) if name.isupper() else " ".join(name.split())).split()
        for i in range(len(words) - 2):  # every suffix of three or more words
            if words[i].capitalize() not in NOT_FIRST:
                counts[" ".join(words[i:])] += 1
    if not counts:
        return None
    domains = Counter(d.lower() for d in EMAIL_DOMAIN.findall(text))
    for domain, _ in domains.most_common(OWN_DOMAINS):
        own = [n for n in counts if domain.startswith(n.split()[0].lower())]
        if own:
            return max(own, key=lambda n: (counts[n], -len(n)))
    if domains:
        return None  # the councils it names are other councils
    best = max(counts.values())
    if best < 2:
        return None
    # Among equally common names the longest is the full name ("West of England Mayoral
    # Combined Authority" over "Mayoral Combined Authority").
    return max((n for n, c in counts.items() if c == best), key=len)


def title_case(s: str) -> str:
    small = {"and", "of", "the", "for", "in", "on"}
    words = s.strip().split()
    return " ".join(
        w.lower() if i and w.lower() in small else "-".join(_capitalised(p) for p in w.split("-"))
        for i, w in enumerate(words)
    )


def _capitalised(word: str) -> str:
    """A word in capitals written with its first letter alone a capital, a bracket before it
    kept ("(CALL-IN)" is "(Call-In)")."""
    if word.startswith("("):
        return "(" + word[1:].capitalize()
    return word.capitalize()


def as_printed(name: str) -> str:
    name = name.strip()
    return title_case(name) if name.isupper() else name
