"""The tuning documents with the columns of their tables in another order: the same values to extract.

Readers must find a column by what it holds, not where it stands. Each table's columns are shuffled in
blocks (columns joined by a merged header cell move together; the first block, a row number or the names,
stays first; a title merged across the whole row stays across it), and a row of column numbers is numbered
anew. Left as they are: tables of fewer than three blocks (a key–value card), and halves printed side by side
(the same header twice). Facility cards are left out: a value before its label is no way anyone writes one.
A check of robustness on the tuning layouts, not a held-out figure.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from .registry import Document, documents

SAMPLE = 3
"""One tuning layout in SAMPLE is reordered: enough to show a reader leaning on position, quick to run."""
ROLES = ("emissions", "wastes", "limits", "monitoring", "inspections", "tasks")


def reordered_documents() -> Iterator[Document]:
    """The sampled tuning documents whose tables reordering changes, under the split name `reordered`."""
    seen: list[str] = []
    for doc in documents("tuning"):
        if doc.role not in ROLES:
            continue
        if doc.layout not in seen:
            seen.append(doc.layout)
        if (len(seen) - 1) % SAMPLE:
            continue
        parts = reordered(doc.parts, random.Random(doc.stem))
        if parts == doc.parts:
            continue
        meta = {**doc.expected["meta"], "split": "reordered"}
        yield Document(doc.stem, doc.role, doc.layout, doc.lang, "reordered", parts, {**doc.expected, "meta": meta})


def reordered(parts: list, rng: random.Random) -> list:
    """The parts with every table's column blocks shuffled."""
    return [_table_reordered(p, rng) if p[0] == "t" else p for p in parts]


def _table_reordered(part: tuple, rng: random.Random) -> tuple:
    _, caption, rows, merges = part
    width = max(len(r) for r in rows)
    heads = [c.strip() for c in rows[0] if c and c.strip()]
    blocks = _blocks(width, merges)
    if len(set(heads)) < len(heads) or blocks is None or len(blocks) < 3:
        return part
    rest = blocks[1:]
    rng.shuffle(rest)
    order = [c for block in (blocks[0], *rest) for c in block]
    at = {c: i for i, c in enumerate(order)}
    new_rows = [[row[c] for c in order] for row in rows]
    for i, row in enumerate(rows):
        cells = [(c or "").strip().strip("()") for c in row]
        if all(c.isdigit() for c in cells) and sorted(int(c) for c in cells) == list(range(1, width + 1)):
            bracketed = "(" in (row[0] or "")
            new_rows[i] = [f"({k + 1})" if bracketed else str(k + 1) for k in range(width)]
    new_merges = []
    for r0, c0, r1, c1 in merges:
        if c0 == 0 and c1 >= width - 1:
            new_merges.append((r0, c0, r1, c1))
            continue
        moved = [at[c] for c in range(c0, c1 + 1)]
        new_merges.append((r0, min(moved), r1, max(moved)))
    return ("t", caption, new_rows, new_merges)


def _blocks(width: int, merges) -> list[list[int]] | None:
    """Runs of columns a merged header cell joins; None when a merge would be torn apart."""
    parent = list(range(width))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for _, c0, _, c1 in merges:
        if c0 == 0 and c1 >= width - 1:
            continue
        for c in range(c0 + 1, c1 + 1):
            parent[find(c)] = find(c0)
    groups: dict[int, list[int]] = {}
    for c in range(width):
        groups.setdefault(find(c), []).append(c)
    blocks = sorted(groups.values())
    return blocks if all(b == list(range(b[0], b[-1] + 1)) for b in blocks) else None

