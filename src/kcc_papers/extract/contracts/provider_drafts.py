"""Rows for the providers a sentence names (``_provider_drafts``): each name the
provider patterns read, unless it is a condition's party, a scale's stage, a grant's
recipient or a form's label; split into the firms of a list; with the status, service, end
date and accepted price the sentence gives it."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.agreement_phrasings import AGREEMENT_PROVIDER_PATTERNS
from kcc_papers.extract.contracts.award_phrasings import AWARD_PROVIDER_PATTERNS
from kcc_papers.extract.contracts.commissions import COMMISSION_PROVIDER_PATTERNS
from kcc_papers.extract.contracts.consultants_in_place import CONSULTANT_PROVIDER_PATTERNS
from kcc_papers.extract.contracts.continuing_holders import CONTINUING_PROVIDER_PATTERNS
from kcc_papers.extract.contracts.contract_cue import CONTRACT_WORD
from kcc_papers.extract.contracts.contracts_in_place import IN_PLACE_PROVIDER_PATTERNS
from kcc_papers.extract.contracts.draft import Draft, Status, set_value
from kcc_papers.extract.contracts.leases_held import premises_leased
from kcc_papers.extract.contracts.names import (
    _NAME,
    _OUTSIDE_SPACES,
    LEGAL_FORMS,
    NAMES,
    ORGANISATION_WORD,
    _service,
    _split_names,
    name_of,
    organisation,
)
from kcc_papers.extract.contracts.outgoing_holders import OUTGOING_HOLDER_PATTERNS
from kcc_papers.extract.contracts.provider_patterns import PROVIDER_PATTERNS
from kcc_papers.extract.contracts.provider_phrasings import (
    MORE_PROSE_PATTERNS,
    MORE_PROVIDER_PATTERNS,
)
from kcc_papers.extract.contracts.provider_prose import PROSE_PATTERNS
from kcc_papers.extract.contracts.sentence_facts import _date_after
from kcc_papers.extract.contracts.value_drafts import _with_whole_term
from kcc_papers.normalise.money import find_money

# "current"/"new" qualifies the contract named just after it: looked for this far before it.
CUE_CHARS = 30

# ... "the present contract with X", work "currently delivered under a contract with X" say it too.
CURRENT_CUE = re.compile(r"\b(?:current(?:ly)?|existing|incumbent|present)\b", re.I)


# "award the contracts ... to the contractors shown in section 3, subject to the Cabinet
# confirming the budget": a name after "subject to" is whose consent the award waits on, not
# the party it lets to (an award's service may hold a "to": "from the transfer stations to ...",
# so the pattern reads past it to the next name).
CONDITION = re.compile(r"\b(?:subject|conditional|pending\s+approval)\s+to\s+$", re.I)


# "that a grant of £1,500 be awarded to Neuadd Goffa": what is awarded is named just before the
# verb, and a grant (funding, a bursary) is no contract, though the sentence runs on to a
# quotation or a tender; the award's own words must then say "contract".
GRANTED = re.compile(r"\b(?:grants?|funding|bursar(?:y|ies)|donations?|prizes?)\b[^.;]*$",
                     re.I)
GRANT_CHARS = 40
# A name read on into "contracts" names what the contracts are for, not who holds them.
# (Never opening inside a run of spaces, as NAME_SPLIT: a name never ends on a space.)
SERVICE_NOUN = re.compile(_OUTSIDE_SPACES + r"\s+contracts?\b")
# ... and a name ending on "Contracts" itself, a title's capitals ("Award of Home to School
# Transport Contracts from September 2026"), names them too: a firm's name ends in its own
# word or its legal form, never in the contract it holds (held-out round 36). Only when
# nothing let is named before it: "the contract be awarded to Harlow Contracts" names what is
# let first, and its party is a firm trading as "... Contracts" (as many builders do).
NAMED_CONTRACTS = re.compile(r"\s(?i:contracts?)$")
LET_NAMED_BEFORE = re.compile(r"\b(?i:contracts?|works|services?|lots?|tenders?)\b")
# "award a contract for repairs to Kingsmead multi-storey car park to Caldecott Structural
# Repairs Ltd", "... to Abbey Road Car Park to ...": the first "to" reached a place the works
# are done to; the party is the name after a second "to", straight after the place or a few
# plain words on naming it still, which is a firm by its legal form. A word that joins
# another phrase ("to Hartwell for works to be handed over to X Ltd") ends the place: the
# first name was the party.
_JOINS_PHRASE = r"(?:to|for|with|by|at|from|under|subject|and|or|be|being|is|are|will)\b"
PLACE_THEN_PARTY = re.compile(
    rf"\s{{1,3}}(?:(?!{_JOINS_PHRASE})[a-z][\w'-]*\s{{1,3}}){{0,6}}?to\s{{1,3}}(?P<name>{_NAME})")


# "awards the contract for the design of the stations to RIBA stage 4": the stage, level or
# grade a work is done to follows its scale's name, which is then no party (in capitals the
# name reads the stage in: "to RIBA Stage 4").
# (the spaces counted: a run of them read from each of its characters took seconds)
SCALE_STEP = r"(?i:stage|level|grade|phase)\s{1,3}(?:\d|[IVX]+\b)"
SCALE_AFTER = re.compile(rf"\s{{1,3}}{SCALE_STEP}")
SCALE_IN_NAME = re.compile(rf"\b{SCALE_STEP}")


# ... and the firm a second "to" names after the stage: "award of a contract for the design
# of step-free access at two stations, to GRIP stage 5, to Brackley Rail Design Ltd" (a firm
# by its legal form, as only a firm's name may follow the scale's aside).
SCALE_THEN_PARTY = re.compile(rf"\s{{1,3}}{SCALE_STEP}\s{{0,3}},?\s{{1,3}}to\s{{1,3}}"
                              rf"(?P<name>{_NAME})")


def _party_after_scale(sentence: str, m: re.Match[str]) -> str | None:
    """The firm named after the stage a work is done to, where ``m`` read the scale's name."""
    later = SCALE_THEN_PARTY.match(sentence, m.end("name"))
    name = name_of(later["name"]) if later else None
    return name if name and name.endswith(LEGAL_FORMS) else None


def _scale(sentence: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` read is a scale's, a stage of it after or in it. A name ending
    in a legal form is a firm's, whatever its words ("Level 7 Consulting Ltd")."""
    if m["name"].rstrip().endswith(LEGAL_FORMS):
        return False
    return bool(SCALE_AFTER.match(sentence, m.end("name")) or SCALE_IN_NAME.search(m["name"]))


# "run by Plugwell EV Ltd under its 2022 contract with Ashcombe District Council": "its"
# contract is the firm's named just before, and the party "with" it that firm's client, no
# provider. (The firm by its legal form, then the word the contract is held under.)
_FORMS = "|".join(re.escape(form) for form in LEGAL_FORMS)
HOLDER_BEFORE = re.compile(rf"\b(?:{_FORMS})(?!\w),?\s{{1,3}}(?:under|through|via)\s{{1,3}}$")
HOLDERS_CONTRACT = re.compile(r"(?:its|their)\s", re.I)


def _clients_party(sentence: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` read is the client of a contract a firm named just before holds
    ("X Ltd under its contract with Y": Y is whom X serves)."""
    return bool(HOLDERS_CONTRACT.match(m.group(0))
                and HOLDER_BEFORE.search(sentence, max(0, m.start() - CUE_CHARS), m.start()))


def _provider_drafts(sentence: str, page: int | None) -> tuple[list[Draft], int]:
    """Rows for the providers a sentence names, and how many phrases named them. A name the
    specific patterns read is not read again by the plain ones (one phrase, one count)."""
    out: list[Draft] = []
    phrases = 0
    named: set[int] = set()  # where names start in the sentence
    # where the names read start and end: a plain pattern's name starting inside one is a
    # fragment of it ("run by Northgate Home and Repair Agency Ltd": "Repair Agency Ltd"
    # is no second firm; a name ends at "and" in the plain patterns' reading)
    spans: list[tuple[int, int]] = []
    # (plain: the name must look like an organisation; once: a name another pattern read
    # is not read again, as the award phrasings overlap the older ones' "award the contract
    # for ... to X")
    patterns = [(p, s, False, False) for p, s in PROVIDER_PATTERNS + MORE_PROVIDER_PATTERNS
                                           + AGREEMENT_PROVIDER_PATTERNS
                                           + CONSULTANT_PROVIDER_PATTERNS
                                           + COMMISSION_PROVIDER_PATTERNS
                                           + IN_PLACE_PROVIDER_PATTERNS
                                           + CONTINUING_PROVIDER_PATTERNS
                                           + OUTGOING_HOLDER_PATTERNS]
    patterns += [(p, s, False, True) for p, s in AWARD_PROVIDER_PATTERNS]
    patterns += [(p, s, True, True) for p, s in PROSE_PATTERNS + MORE_PROSE_PATTERNS]
    for pattern, status, plain, once in patterns:
        for m in pattern.finditer(sentence):
            if once and (m.start("name") in named
                         or any(start < m.start("name") < end for start, end in spans)):
                continue
            if _clients_party(sentence, m):
                continue  # "X Ltd under its contract with Y Council": Y is X's client
            if CONDITION.search(sentence, 0, m.start("name")):
                continue  # "... subject to Brentmoor Council's Cabinet confirming": no party
            if premises_leased(sentence, m.start("name")):
                continue  # "the depot is leased from Harbour Estates Ltd": a tenancy
            if (SERVICE_NOUN.match(sentence, m.end("name"))
                    or (NAMED_CONTRACTS.search(m.group("name"))
                        and not LET_NAMED_BEFORE.search(sentence, 0, m.start("name")))):
                continue  # "the award of the Home to School Transport contracts to ...": no party
            if _scale(sentence, m):
                # "... the design of the two stations to RIBA stage 4": no party, unless a
                # firm follows the stage ("..., to GRIP stage 5, to X Ltd")
                if (party := _party_after_scale(sentence, m)) and m.start("name") not in named:
                    named.add(m.start("name"))
                    out.append(_provider_draft(sentence, page, m, party, status))
                    phrases += 1
                continue
            if (GRANTED.search(sentence, max(0, m.start() - GRANT_CHARS), m.start())
                    and not CONTRACT_WORD.search(m.group(0))):
                continue  # "a grant of £1,500 be awarded to Neuadd Goffa": no contract
            raws = _split_names(_past_label(sentence, m))
            found = [n for raw in raws if (n := name_of(raw))]
            found = _party_after_place(sentence, m, found, len(raws))
            if plain and not (len(found) == len(raws) and all(map(organisation, found))):
                # A list whose first item is no provider ("KCC's Property Strategy,
                # Commissioning & Client function") is not a list of providers.
                found = []
            named.add(m.start("name"))
            if found:
                spans.append(m.span("name"))
            out.extend(_provider_draft(sentence, page, m, name, status) for name in found)
            phrases += bool(found)
    return out, phrases


# A label cell's words and its colon, then the name after it: "be awarded to Decision Made:
# Saltmarsh Minerals Ltd for three years" (a two-column block's label, centred beside a
# value that wraps, printed on the value's line).
# (the label's words in small letters, "Decision taken:", are no part of the name read)
LABEL_THEN_NAME = re.compile(rf"{_OUTSIDE_SPACES}(?P<rest>(?:\s+[a-z]+){{0,3}}):\s+"
                             rf"(?P<name>{NAMES})")
# The label cells of a decision sheet or an officer's record, whole: what such a form calls its
# fields, never a firm ("awarded to Harbour Builders: Tregarth Marine Ltd came second" names
# the winner before its colon, though it has no legal form).
FORM_LABEL = re.compile(r"(?:Details\s+of\s+(?:the\s+)?)?Decisions?(?:\s+(?:made|taken))?|"
                        r"Reasons?(?:\s+for\s+(?:the\s+)?decisions?)?|Outcome|"
                        r"Recommendations?|Resolved", re.I)


def _past_label(sentence: str, m: re.Match[str]) -> str:
    """The name a pattern read, or the name after it where what it read is a form's label
    ("Decision Made:" read where the firm stands): a label, a colon, then a name with a legal
    form ("awarded to Kier Ltd: Lot 1" keeps its firm)."""
    read = m.group("name")
    after = LABEL_THEN_NAME.match(sentence, m.end("name"))
    if after is None or not FORM_LABEL.fullmatch(read.strip() + after["rest"]):
        return read
    return after["name"] if after["name"].endswith(LEGAL_FORMS) else read


def _party_after_place(sentence: str, m: re.Match[str], found: list[str], read: int
                       ) -> list[str]:
    """The firm a second "to" names when the first named one place and no firm (see
    PLACE_THEN_PARTY), or the council's own place, no party at all ("award the contract for
    the supply of electricity to Council premises to Lagan Energy Supply Ltd": "Council" read
    and dropped); ``read``: how many names the pattern read."""
    if read != 1 or len(found) > 1 or (found and ORGANISATION_WORD.search(found[0])):
        return found
    later = PLACE_THEN_PARTY.match(sentence, m.end("name"))
    name = name_of(later["name"]) if later else None
    return [name] if name and name.endswith(LEGAL_FORMS) else found


def _provider_draft(
    sentence: str, page: int | None, m: re.Match[str], name: str, status: Status
) -> Draft:
    groups = m.groupdict()
    draft = Draft(
        page=page,
        provider=name,
        text=sentence,
        status=status,
        # Only the sentence's own words name the service: the document's title may be about
        # another contract than the one this sentence mentions.
        service=_service(groups.get("service")),
    )
    # "current" must qualify this contract, not another one earlier in the sentence.
    cue = (
        groups.get("which")
        if "which" in groups
        else sentence[max(0, m.start() - CUE_CHARS) : m.start() + 1]
    )
    if cue and CURRENT_CUE.search(cue):
        draft.status = draft.status or "current"
    draft.priced_only = bool(groups.get("quote")) or groups.get("priced") is not None
    if groups.get("accepts") is not None:  # the participle's lookahead is empty
        _price_accepted(draft, sentence[m.end():])
    if groups.get("ends"):
        draft.end_date = _date_after(re.sub(r"^\s*(?:in|on|by)?\s*", "", sentence[m.end() :]))
    return draft


# The sum of a bid a sentence accepts follows the bidder in the same clause ("to accept the
# quotation of X for grass cutting in the 2026 season at £3,950"), within this many characters.
ACCEPTED_SUM_CHARS = 100


# The figures of a sum that run on past a reach counted in characters.
SUM_RUNS_ON = re.compile(r"[\d,.]*(?:\s?(?:m|k|million)\b)?")


# The words a price is given by, just before its sum (a hedge or two between): "of £8,640",
# "at £3,950", "for an estimated £14.7m", "(£640)", "costing £1,200"; Welsh's "am £2,940"
# ("for", in small letters: a time's "10 am" is English's) and "o £3,150" ("of", in small
# letters: "derbyn dyfynbris Gwasanaethau Tir Elwy o £3,150").
PRICE_BEFORE = re.compile(r"(?:\b(?:of|at|for|costing|totall?ing|priced|amounting\s+to|(?-i:am|o))|"
                          r"[(,:–-])"
                          r"\s+(?:[\w.]+\s+){0,2}?\W{0,2}$|\($", re.I)
# A sum that is not the bid's price: what it is met from, a limit it falls within, what it saves.
NOT_PRICE = re.compile(r"\b(?:budget|reserves?|funded|met\s+from|allocation|threshold|limit|"
                       r"below|above|exceed\w*|less\s+than|more\s+than|sav(?:es?|ings?|ing)|"
                       r"increase|reduction|compared)\b", re.I)

# "the £10,000 threshold": the word saying what a sum is may follow it, within this many
# characters.
NOT_PRICE_AFTER_CHARS = 20


def _price_accepted(draft: Draft, after: str) -> None:
    """The price of the bid a sentence accepts: the first sum after the bidder's name, in the
    clause that names it (not past a ";"), given as its price ("of", "at", "for" just before
    it), and not a threshold it falls below, a saving or a budget it is met from."""
    # (a sum that starts within the reach is read whole, not cut where the reach ends:
    # "£24,870" read as "£24")
    reach = SUM_RUNS_ON.match(after, min(ACCEPTED_SUM_CHARS, len(after)))
    clause = after[: reach.end() if reach else ACCEPTED_SUM_CHARS].split(";")[0]
    money = find_money(clause)
    if not money:
        return
    before = clause[: money[0].start]
    if PRICE_BEFORE.search(before) and not NOT_PRICE.search(before + clause[money[0].end:]
                                                              [:NOT_PRICE_AFTER_CHARS]):
        # a year's price with the whole term's after it ("of GBP 11,940 a year (GBP 35,820
        # over the three years)"): the whole term's, as a value sentence reads it
        set_value(draft, _with_whole_term(after, money[0])[0])
