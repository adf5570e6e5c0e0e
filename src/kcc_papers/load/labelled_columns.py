"""A table of labels beside their values read as two columns: a minute's "Decision: | The
committee approved ..." and "Reason for decision: | ..." rows under each minute's heading keep
a steady gutter, and the headings above them fill the left column as prose would. Read column
by column, every label came before every value; each label is read with its value instead
(``columns.side_by_side`` asks ``labelled`` of a region, then reads it by ``label_cells``)."""

from __future__ import annotations

from typing import TypeVar

from kcc_papers.load.stamps import Placed

P = TypeVar("P", bound=Placed)

# A label beside its value: a few words ending in a colon ("Decision:", "Reason for decision:").
LABEL_WORDS = 4


def labelled(rows: list[tuple[list[P], list[P]] | None]) -> bool:
    """Whether every row with text both sides of the gutter is a label and its value (a
    minute's "Decision: | The committee approved ..." table under each heading): the lines
    left of it beside no value are the minutes' headings, wrapped across no column; the
    rows are read in their order, each label beside its value."""
    both = [row[0] for row in rows if row is not None and row[0] and row[1]]
    return bool(both) and all(_is_label(left) for left in both)


def _is_label(runs: list[P]) -> bool:
    """Whether a row's left part is a label: a few words ending in a colon."""
    text = " ".join(run.text for run in runs).strip()
    return text.endswith(":") and len(text.split()) <= LABEL_WORDS


def label_cells(rows: list[tuple[list[P], list[P]] | None],
                tops: list[float]) -> list[tuple[list[P], list[P]]]:
    """A labelled region's rows as cells, each (its label, its value's lines): a label is
    set level with the middle of its value (centred in its cell), so each value line goes
    with the label nearest it in a run of labelled rows (the earlier on a tie). A line left
    of the gutter beside no value that is no label (a heading) is a cell of its own."""
    out: list[tuple[list[P], list[P]]] = []
    run: list[int] = []  # a run of rows that are labels or values
    for i, row in enumerate([*rows, None]):
        if row is not None and (row[1] or _is_label(row[0])):
            run.append(i)
            continue
        out += _nearest_labels(rows, tops, run)
        run = []
        if row is not None:
            out.append((list(row[0]), []))
    return out


def _nearest_labels(rows: list[tuple[list[P], list[P]] | None], tops: list[float],
                    run: list[int]) -> list[tuple[list[P], list[P]]]:
    """A run of labelled rows as cells: each label with the value lines nearest it."""
    labels = [i for i in run if (row := rows[i]) is not None and row[0]]
    if not labels:
        return [([], [r for i in run if (row := rows[i]) is not None for r in row[1]])]
    cells: dict[int, tuple[list[P], list[P]]] = {i: ([], []) for i in labels}
    for i in run:
        row = rows[i]
        assert row is not None
        at = min(labels, key=lambda k: (abs(tops[k] - tops[i]), k))
        cells[at][1].extend(row[1])
        if i == at:
            cells[at][0].extend(row[0])
    return [cells[i] for i in labels]
