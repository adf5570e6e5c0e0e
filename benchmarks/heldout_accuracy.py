"""Held-out accuracy: run the pipeline on papers of councils and committees the extractors were
not built on (tests/heldout/papers) and score the records against the expected data
(tests/heldout/expected.json, and one file per later round in tests/heldout/expected/) per
class: precision, recall and F1.

    python benchmarks/heldout_accuracy.py [--json] [--files] [--only PAPER ...]

A `.pdfsrc` paper is rendered to a PDF first (benchmarks/heldout_render.py, whose docstring
describes every mark a paper may use).
Classes: kind+date (each document of a file: kind and meeting date), minutes (number and
title), decisions (source, words of the decision, outcome where expected), agenda_items,
kpis (ref, value, RAG), risks (id, likelihood, impact, score), contracts (provider, value);
committee is printed too (where the expected data names one) but carries no floor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from heldout_render import render_pdf

from kcc_papers.models import AgendaItem, Contract, Decision, Kpi, Minute, Risk
from kcc_papers.pipeline import FileResult, process_file

W = TypeVar("W")  # an expected row, as expected.json gives it
G = TypeVar("G")  # a row the pipeline read

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
PAPERS = HELDOUT / "papers"
EXPECTED = HELDOUT / "expected.json"
# Later rounds keep their expected data in a file each, so rounds written side by side merge.
EXPECTED_ROUNDS = HELDOUT / "expected"
CLASSES = ("kind+date", "committee", "minutes", "decisions", "agenda_items", "kpis", "risks",
           "contracts")

@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def expected_data() -> dict[str, Any]:
    """Every paper's expected records: expected.json, then each round's file in expected/."""
    expected: dict[str, Any] = json.loads(EXPECTED.read_text())
    for part in sorted(EXPECTED_ROUNDS.glob("*.json")):
        round_papers: dict[str, Any] = json.loads(part.read_text())
        twice = set(round_papers) & set(expected)
        if twice:
            raise SystemExit(f"{part.name}: papers already expected elsewhere: {sorted(twice)}")
        expected.update(round_papers)
    return expected


def prepared(folder: Path, only: set[str] | None = None) -> dict[str, Path]:
    """Each held-out paper by its file name (``only``: those papers alone), as a file the
    pipeline reads. Rendering a paper is most of its cost: a batch's score renders that batch
    only, not the whole set again (a test scoring one batch took 100 s at 675 papers)."""
    files = {}
    for src in sorted(PAPERS.iterdir()):
        if only is not None and src.name not in only:
            continue
        files[src.name] = render_pdf(src, folder) if src.suffix == ".pdfsrc" else src
    return files


# ---------------------------------------------------------------------------- matching


def words(text: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).split())


def ref(text: str | None) -> str:
    """A minute or item number without its 'Min.' / 'Minute' / 'Item' prefix and stops."""
    text = re.sub(r"^(?:min(?:ute)?s?|item|no)\.?\s*", "", (text or "").strip(), flags=re.I)
    return text.strip(" .:)").lower()


def _match(expected: Sequence[W], predicted: Sequence[G], same: Callable[[W, G], bool]) -> Score:
    left = list(predicted)
    score = Score()
    for want in expected:
        hit = next((got for got in left if same(want, got)), None)
        if hit is None:
            score.fn += 1
        else:
            left.remove(hit)
            score.tp += 1
    score.fp = len(left)
    return score


def _titled(want: list[Any], num: str | None, title: str | None) -> bool:
    """The number, and the title as printed (case and punctuation aside), nothing more."""
    return ref(num) == ref(want[0]) and words(title) == words(want[1])


def _decided(want: list[Any], got: Decision) -> bool:
    source, snippet, outcome = want
    return (got.source == source and words(snippet) in words(got.decision_text)
            and (outcome is None or got.outcome == outcome))


def _kpi(want: list[Any], got: Kpi) -> bool:
    printed = words(f"{got.ref or ''} {got.description or ''}")
    return (words(want[0]) in printed and got.latest_value == want[1]
            and got.latest_rag == want[2])


def _risk(want: list[Any], got: Risk) -> bool:
    rating = got.current_rating
    return (ref(got.risk_id) == ref(want[0]) and got.likelihood == want[1]
            and got.impact == want[2] and rating is not None and float(rating) == want[3])


def _contract(want: list[Any], got: Contract) -> bool:
    return words(want[0]) in words(got.provider) and got.value_gbp == want[1]


def _of(records: Iterable[object], cls: type[G]) -> list[G]:
    return [r for r in records if isinstance(r, cls)]


# A found document as the committee class scores it: kind, meeting date, committee.
FoundDoc = tuple[str, str | None, str | None]


def _named(want_docs: list[Any], got_docs: Sequence[FoundDoc]
           ) -> tuple[list[Any], list[FoundDoc]]:
    """The documents whose committee is scored: the expected ones that name it, and every
    found one but those standing for (same kind and date as) an expected one that names none,
    a council's own meeting in a pack that also holds a committee's papers (a town council's
    agenda and its Planning Committee's minutes). A file naming no committee scores none."""
    named = [w for w in want_docs if w[2]]
    if not named:
        return [], []
    got = list(got_docs)
    for want in want_docs:
        if not want[2] and (hit := _standing_for(want, named, got)):
            got.remove(hit)
    return named, got


def _standing_for(want: Any, named: list[Any], got: list[FoundDoc]) -> FoundDoc | None:
    """The found document that stands for ``want``, an expected document naming no committee:
    of those of its kind and date, one that is none of the named expected documents of that
    kind and date (a town council's agenda beside its Planning Committee's, both of one
    evening); else, where more are found than are named, the first (where no more are, each
    stands for a named one)."""
    same = [g for g in got if g[:2] == tuple(want[:2])]
    rivals = [w for w in named if tuple(w[:2]) == tuple(want[:2])]
    spare = same[0] if len(same) > len(rivals) else None
    return next((g for g in same if not any(words(w[2]) == words(g[2]) for w in rivals)),
                spare)


def score_file(expected: dict[str, Any], result: FileResult) -> dict[str, Score]:
    docs = result.documents[1:] if len(result.documents) > 1 else result.documents
    got_docs = [(d.kind, d.meeting_date.isoformat() if d.meeting_date else None, d.committee)
                for d in docs]
    want_docs = expected.get("documents", [])
    recs = result.records
    return {
        "kind+date": _match(want_docs, got_docs, lambda w, g: tuple(w[:2]) == g[:2]),
        # only where the expected data names the committee: a council's own meeting has none
        "committee": _match(*_named(want_docs, got_docs),
                            lambda w, g: words(w[2]) == words(g[2])),
        "minutes": _match(expected.get("minutes", []), _of(recs, Minute),
                          lambda w, g: _titled(w, g.minute_number or g.item_ref, g.title)),
        "decisions": _match(expected.get("decisions", []), _of(recs, Decision), _decided),
        "agenda_items": _match(expected.get("agenda_items", []), _of(recs, AgendaItem),
                               lambda w, g: _titled(w, g.item_ref, g.title)),
        "kpis": _match(expected.get("kpis", []), _of(recs, Kpi), _kpi),
        "risks": _match(expected.get("risks", []), _of(recs, Risk), _risk),
        "contracts": _match(expected.get("contracts", []), _of(recs, Contract), _contract),
    }


def evaluate(only: set[str] | None = None) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """Totals per class, and each file's scores (to see where the misses are); ``only``: the
    papers of one batch, to score a new batch on its own first run."""
    expected = expected_data()
    totals = {name: Score() for name in CLASSES}
    per_file: dict[str, dict[str, Score]] = {}
    missing = set(expected) ^ {src.name for src in PAPERS.iterdir()}
    if missing:
        raise SystemExit(f"papers and expected data disagree: {sorted(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in prepared(Path(tmp), only).items():
            result = process_file(str(path))
            if result.error:
                raise SystemExit(f"{name}: {result.error.error_kind}: {result.error.message}")
            per_file[name] = score_file(expected[name], result)
            for cls, score in per_file[name].items():
                totals[cls].tp += score.tp
                totals[cls].fp += score.fp
                totals[cls].fn += score.fn
    return totals, per_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--files", action="store_true", help="also print each file's misses")
    parser.add_argument("--only", action="append", metavar="PAPER",
                        help="score only this paper (repeat for a batch)")
    args = parser.parse_args(argv)
    totals, per_file = evaluate(set(args.only) if args.only else None)
    if args.json:
        print(json.dumps({c: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "f1": round(s.f1, 3)}
                          for c, s in totals.items()}, indent=2))
        return 0
    print(f"{'class':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>7}")
    for cls, s in totals.items():
        print(f"{cls:<14}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.2f}{s.recall:>8.2f}"
              f"{s.f1:>7.2f}")
    if args.files:
        for name, scores in per_file.items():
            bad = {c: (s.fp, s.fn) for c, s in scores.items() if s.fp or s.fn}
            if bad:
                print(f"{name}: " + ", ".join(f"{c} fp={fp} fn={fn}" for c, (fp, fn) in
                                               bad.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
