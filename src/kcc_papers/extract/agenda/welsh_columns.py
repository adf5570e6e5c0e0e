"""A bilingual agenda printed in two columns, Welsh left and English right, read a column at
a time: the numbered items run once in Welsh ("1. Ymddiheuriadau am Absenoldeb" ... "7.
Eitemau Brys"), then again from the same first number in English ("1. Apologies for Absence"
...). The records keep the English (as the set's other bilingual papers do), read once: the
Welsh run, and the English column's masthead between the runs, are dropped."""

from __future__ import annotations

from kcc_papers.extract.agenda.patterns import ITEM
from kcc_papers.load.model import Line
from kcc_papers.normalise.bilingual import is_english, is_welsh

# Fewer items than this in a run say nothing of a second column (a list restarting at "1"
# after two lines is an item's parts).
MIN_TWIN_ITEMS = 3


def english_run_only(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """``lines`` without a Welsh run of items whose English twin follows on the same page:
    the same refs in the same order, the first run's titles reading as Welsh and the second's
    as English. Other lines as they are."""
    found = _numbered(lines)
    refs = [ref for _, ref, _ in found]
    for k in range(MIN_TWIN_ITEMS, len(found) // 2 + 1):
        if refs[k] != refs[0] or refs[k:2 * k] != refs[:k]:
            continue
        first, second = found[:k], found[k:2 * k]
        if lines[first[0][0]][0] != lines[second[0][0]][0]:
            continue  # (a page of its own: another agenda's list, not the column beside)
        if is_welsh(" ".join(t for _, _, t in first)) and is_english(
                " ".join(t for _, _, t in second)):
            return lines[:first[0][0]] + lines[second[0][0]:]
    return lines


def _numbered(lines: list[tuple[int, Line]]) -> list[tuple[int, str, str]]:
    """(line, ref, title) of each line numbering an item in one run of numbers counting up
    from the first, or starting it again: a wrapped title's page range ("13 - 16)") is
    none of them."""
    out: list[tuple[int, str, str]] = []
    for n, (_, line) in enumerate(lines):
        m = ITEM.match(line.text.strip())
        if m is None or not m.group("ref").isdigit():
            continue
        ref = m.group("ref")
        if not out or ref == out[0][1] or int(ref) == int(out[-1][1]) + 1:
            out.append((n, ref, m.group("title")))
    return out
