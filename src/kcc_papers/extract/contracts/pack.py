"""One row per contract within a file: a pack often names the same contract in two of its
documents (a business plan's service table and the contract-monitoring report after it). Each
document is read on its own, so the file's rows are merged here, after every document has been
read: the same provider, in the same area, for the same service, is one contract. The richer
reading keeps its fields and takes what it lacks from the other; every page either was printed
on goes to ``pages``. Readings that disagree (two values) become a finding, not a silent pick.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.enabling_works import apart_from_building_contract
from kcc_papers.models import Contract, Finding, Record, Severity

# Fields that say something about the contract (not provenance, not the passage as printed).
FACTS = (
    "service", "provider", "area", "start_date", "end_date", "signed_date", "term_years",
    "extension_options", "value_gbp", "value_period", "value_covers",
)  # fmt: skip
# Facts two readings may print differently: a disagreement is reported, the richer one kept.
COMPARED = ("start_date", "end_date", "signed_date", "term_years", "value_gbp")
LEGAL_FORM = re.compile(r"\b(?:ltd|limited|plc|llp|cic|inc|group|uk)\b|[^\w\s]", re.I)
# Words every service description may share: they do not make two services one.
GENERIC_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the and of for to in a an contract contracts agreement agreements service services "
        "provision management support new current existing",
    )
)


def _name(provider: str) -> str:
    return " ".join(LEGAL_FORM.sub(" ", provider.lower()).split())


def _words(service: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (service or "").lower()) if w not in GENERIC_WORDS}


def _same_contract(a: Contract, b: Contract) -> bool:
    """Two documents' readings name one contract: same provider, areas that do not differ,
    and services that share a word of substance (or one reading names no service)."""
    if a.document_id == b.document_id:
        return False  # a document's own readings were merged already; two rows left are two
    if not (a.provider and b.provider) or _name(a.provider) != _name(b.provider):
        return False
    if a.area and b.area and a.area.lower() != b.area.lower():
        return False
    if apart_from_building_contract(a, b):
        return False  # a firm's pre-construction agreement and its building contract
    wa, wb = _words(a.service), _words(b.service)
    return not (wa and wb) or bool(wa & wb)


def _richness(c: Contract) -> int:
    return sum(getattr(c, f) not in (None, False, "") for f in FACTS)


def _disagreements(base: Contract, other: Contract) -> list[tuple[str, Severity]]:
    """(message, severity) per fact the two readings print differently. Two approximate values
    ("approx. £9.5m a year", "approximately £10 million") are worth knowing, not a warning."""
    out: list[tuple[str, Severity]] = []
    for name in COMPARED:
        mine, theirs = getattr(base, name), getattr(other, name)
        if mine is not None and theirs is not None and mine != theirs:
            rough = name == "value_gbp" and base.approximate and other.approximate
            where = f"page {other.page} of document {other.document_id}"
            out.append(
                (
                    f"{name} {mine} (page {base.page}) but {theirs} ({where})",
                    "info" if rough else "warning",
                )
            )
    return out


def _absorb(base: Contract, other: Contract) -> None:
    if base.value_gbp is None and other.value_gbp is not None:
        # A value and how it was printed go together.
        base.approximate, base.value_text = other.approximate, other.value_text
    for name in FACTS:
        if getattr(base, name) is None and getattr(other, name) is not None:
            setattr(base, name, getattr(other, name))
    base.pages = sorted({*base.pages, *other.pages, *(p for p in (other.page,) if p)})


def merge_pack(records: Sequence[Record]) -> tuple[list[Record], list[Finding]]:
    """The file's records with each contract once; findings for readings that disagree.
    Records of other kinds pass through in order."""
    contracts = [r for r in records if isinstance(r, Contract)]
    dropped: set[int] = set()
    findings: list[Finding] = []
    for i, a in enumerate(contracts):
        if id(a) in dropped:
            continue
        for b in contracts[i + 1 :]:
            if id(b) in dropped or not _same_contract(a, b):
                continue
            base, other = (b, a) if _richness(b) > _richness(a) else (a, b)
            findings.extend(
                Finding(
                    document_id=base.document_id,
                    record_table="contracts",
                    record_ref=base.provider,
                    check="contract_readings_differ",
                    severity=severity,
                    message=f"the file prints the {_named(base)} contract twice: {message}",
                    page=base.page,
                )
                for message, severity in _disagreements(base, other)
            )
            _absorb(base, other)
            dropped.add(id(other))
            if base is b:
                dropped.add(id(a))
                break  # ``a`` lives on in ``b``; later readings will meet ``b`` in turn
    return [r for r in records if id(r) not in dropped], findings


def _named(contract: Contract) -> str:
    """"Amey (Total Facilities Management, East Kent)": which contract a finding is about."""
    detail = ", ".join(x for x in (contract.service, contract.area) if x)
    return f"{contract.provider or 'unnamed'}{f' ({detail})' if detail else ''}"
