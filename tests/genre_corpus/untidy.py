"""The tuning documents as hands and converters leave them: each table with a column of remarks, a row of
column numbers under its header, an empty row among its rows, its caption moved into a first row merged
across it, its long header words broken over two lines with a hyphen, or footnote marks after some figures.
The same values to extract.

Readers must look past what holds nothing: a remarks column is no field or key, a numbers row no header, an
empty row continues no row, a title row is the caption, a broken word is one word, a mark no part of a figure. One tuning layout in SAMPLE (not those `variants.py`
reorders), one kind of untidiness per document. A check of robustness on the tuning layouts, not a held-out
figure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from .registry import Document, documents

SAMPLE = 3
KINDS = ("remarks", "numbers", "empty", "title", "hyphens", "marks")
REMARKS = {
    "ru": ("Примечание", ("", "", "-", "по данным инвентаризации", "см. приложение 3", "по данным лаборатории")),
    "kk": ("Ескертпе", ("", "", "-", "түгендеу деректері бойынша", "3-қосымшаны қараңыз", "зертхана деректері бойынша")),
    "vi": ("Ghi chú", ("", "", "-", "theo số liệu kiểm kê", "xem Phụ lục 3", "theo kết quả phòng thí nghiệm")),
}
"""A remarks column's header and notes: none of them a frequency, a figure or a place."""


def untidy_documents() -> Iterator[Document]:
    """The sampled tuning documents whose tables the untidiness changes, under the split name `untidy`."""
    seen: list[str] = []
    for doc in documents("tuning"):
        if doc.layout not in seen:
            seen.append(doc.layout)
        if (len(seen) - 1) % SAMPLE != 1:
            continue
        rng = random.Random(f"untidy/{doc.stem}")
        kind = rng.choice([k for k in KINDS if not (k == "remarks" and doc.role == "facility")])
        parts = untidied(doc.parts, kind, doc.lang, rng)
        if parts == doc.parts:
            continue
        meta = {**doc.expected["meta"], "split": "untidy", "untidy": kind}
        yield Document(doc.stem, doc.role, doc.layout, doc.lang, "untidy", parts, {**doc.expected, "meta": meta})


def untidied(parts: list, kind: str, lang: str, rng: random.Random) -> list:
    """The parts with every table made untidy in one way (a title row only where no table stands right
    before: two tables with nothing between are one table in Word)."""
    out = []
    for i, part in enumerate(parts):
        if part[0] != "t" or (kind == "title" and i and parts[i - 1][0] == "t"):
            out.append(part)
        elif kind == "remarks":
            out.append(_remarks(part, lang, rng))
        elif kind == "numbers":
            out.append(_numbers(part))
        elif kind == "empty":
            out.append(_empty_row(part, rng))
        elif kind == "hyphens":
            out.append(_hyphenated(part))
        elif kind == "marks":
            out.append(_marked(part, rng))
        else:
            out.append(_title_row(part))
    return out


def _header_rows(rows: list, merges) -> int:
    """How many rows the header takes: those a merge from the first row covers, two under a parent (one
    across the whole first row too: `Tần suất kiểm tra` over `Hằng ngày | Hằng tuần | …`)."""
    h = 1
    for r0, c0, r1, c1 in merges:
        if r0 == 0:
            h = max(h, r1 + 1, 2 if c1 > c0 else 1)
    return h


def _numbered(row: list, width: int) -> bool:
    cells = [(c or "").strip().strip("()") for c in row]
    return all(c.isdigit() for c in cells) and sorted(int(c) for c in cells) == list(range(1, width + 1))


def _no_header(rows: list) -> bool:
    """A card or a form whose first row is already an item (`1. | Наименование | …`)."""
    return bool(re.match(r"^\s*\d+[.)]?\s*$", rows[0][0] or ""))


def _remarks(part: tuple, lang: str, rng: random.Random) -> tuple:
    _, caption, rows, merges = part
    width = len(rows[0])
    heads = [c.strip() for c in rows[0] if c and c.strip()]
    head, notes = REMARKS[lang]
    if width < 3 or len(set(heads)) < len(heads) or _no_header(rows) or head in heads:
        return part
    h = _header_rows(rows, merges)
    new = []
    for i, row in enumerate(rows):
        if i == 0:
            new.append([*row, head])
        elif i < h:
            new.append([*row, None])
        elif _numbered(row, width):
            new.append([str(k + 1) for k in range(width + 1)])
        elif any(m[0] == i and m[1] == 0 and m[3] >= width - 1 for m in merges) or len({(c or "").strip() for c in row}) == 1:
            new.append([*row, None])
        else:
            new.append([*row, rng.choice(notes)])
    new_merges = [(r0, c0, r1, c1 + 1) if c0 == 0 and c1 >= width - 1 and r0 >= h else (r0, c0, r1, c1) for r0, c0, r1, c1 in merges]
    if h > 1:
        new_merges.append((0, width, h - 1, width))
    return ("t", caption, new, new_merges)


def _numbers(part: tuple) -> tuple:
    _, caption, rows, merges = part
    width = len(rows[0])
    h = _header_rows(rows, merges)
    if width < 2 or _no_header(rows) or any(_numbered(r, width) for r in rows[: h + 1]):
        return part
    new = [*rows[:h], [str(k + 1) for k in range(width)], *rows[h:]]
    return ("t", caption, new, [(r0 + (r0 >= h), c0, r1 + (r1 >= h), c1) for r0, c0, r1, c1 in merges])


def _empty_row(part: tuple, rng: random.Random) -> tuple:
    _, caption, rows, merges = part
    h = _header_rows(rows, merges)
    if len(rows) < h + 3:
        return part
    at = rng.randint(h + 1, len(rows) - 1)
    if any(r0 < at <= r1 for r0, _, r1, _ in merges):
        return part
    new = [*rows[:at], [""] * len(rows[0]), *rows[at:]]
    return ("t", caption, new, [(r0 + (r0 >= at), c0, r1 + (r1 >= at), c1) for r0, c0, r1, c1 in merges])


def _title_row(part: tuple) -> tuple:
    _, caption, rows, merges = part
    width = len(rows[0])
    if not caption or width < 2:
        return part
    new = [[caption] + [None] * (width - 1), *rows]
    return ("t", None, new, [(0, 0, 0, width - 1), *((r0 + 1, c0, r1 + 1, c1) for r0, c0, r1, c1 in merges)])


def _hyphenated(part: tuple) -> tuple:
    """Long header words broken over two lines with a hyphen, as a narrow column wraps them by hand."""
    _, caption, rows, merges = part
    h = _header_rows(rows, merges)

    def broken(text: str | None) -> str | None:
        if not text:
            return text
        return " ".join(w[: len(w) // 2] + "-\n" + w[len(w) // 2 :] if len(w) >= 9 and w.isalpha() else w for w in text.split(" "))

    return ("t", caption, [[broken(c) for c in row] if i < h else row for i, row in enumerate(rows)], merges)


_FIGURE = re.compile(r"^\s*\d+[.,]\d+\s*$")


def _marked(part: tuple, rng: random.Random) -> tuple:
    """A footnote mark after some figures (`0,4361*`): the note under the table says why; the figure stands."""
    _, caption, rows, merges = part
    h = _header_rows(rows, merges)
    new = [[c + "*" if i >= h and c and _FIGURE.match(c) and rng.random() < 0.3 else c for c in row] for i, row in enumerate(rows)]
    return ("t", caption, new, merges)
