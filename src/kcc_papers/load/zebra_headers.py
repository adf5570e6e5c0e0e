"""A zebra table's next table close under it: two zebra tables a short caption apart ("BCF
metrics" over its rows, "Spending plan" over the next) are no pieces of one. The next one
opens on its own header band, filled as the first one's header is (one style for a paper's
tables), its columns cut at other edges; a table's header is printed once over its body, so
such a band under the body starts another table (``zebra.joined``)."""

from __future__ import annotations

from typing import Any

from kcc_papers.load.zebra_columns import SNAP_POINTS, Obj, _inside


def opens_table(chain: list[Any], piece: Any, fills: list[Obj]) -> bool:
    """Whether ``piece`` opens another table under the zebra table whose pieces so far are
    ``chain``: its first band filled as the chain's header band is and not as the chain's last
    band (its body, shaded otherwise), and cut into columns at an edge none of the chain's
    bands has. (A section's name row filled as the header is, merged across the table or cut
    at its columns' edges, is a row of the same table.)"""
    top = _top_band(chain[0], fills)
    last = _bottom_band(chain[-1], fills)
    band = _top_band(piece, fills)
    if not (top and last and band):
        return False
    colour = band[0].get("non_stroking_color")
    if colour != top[0].get("non_stroking_color") or colour == last[0].get("non_stroking_color"):
        return False
    box = (min(t.bbox[0] for t in chain), chain[0].bbox[1],
           max(t.bbox[2] for t in chain), chain[-1].bbox[3])
    edges = {v for r in fills if _inside(r, box) for v in (r["x0"], r["x1"])}
    return any(all(abs(v - e) > SNAP_POINTS for e in edges)
               for r in band for v in (r["x0"], r["x1"]))


def _top_band(piece: Any, fills: list[Obj]) -> list[Obj]:
    """The fills of the piece's first band (those starting at its top)."""
    box = piece.bbox
    return [r for r in fills if _inside(r, box) and abs(r["top"] - box[1]) <= SNAP_POINTS]


def _bottom_band(piece: Any, fills: list[Obj]) -> list[Obj]:
    """The fills of the piece's last band (those ending at its bottom)."""
    box = piece.bbox
    return [r for r in fills if _inside(r, box) and abs(r["bottom"] - box[3]) <= SNAP_POINTS]
