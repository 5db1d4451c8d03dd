"""Structure from text patterns: headings, numbered list items, captions.

PDF and text carry no styles, and even DOCX authors type "1)" by hand, so a
paragraph's own text tells whether it is an article heading (`Статья 5.`,
`5-бап.`, `Điều 5.`), a section heading (`2.4.1 Воздействие …`) or a list
item (`1.`, `1)`, `а)`, `•`), and the run of markers gives its nesting level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.model import Block, BlockKind
from extractor.parsers.tables import is_caption, is_continuation, merge_tables

# Structural headings of codes, laws, orders and circulars: (pattern, level).
# Chapters and parts are level 1, sections level 2, articles level 3. An article's number ends with a
# full stop or a colon (`Статья 5.`, `Điều 5:`), or stands alone on its line, or runs into its
# capitalised title (`5-бап Жалпы ережелер`): never into lower-case text, as a citation does.
_ARTICLE_END = r"(?:[.:](?=\s|$)|\s*$|(?=\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-ZĐ]))"
STRUCTURAL_HEADINGS: dict[str, list[tuple[str, int]]] = {
    "ru": [
        (r"(?:ГЛАВА|Глава|РАЗДЕЛ|Раздел|ЧАСТЬ|Часть)\s+[IVXLC\d]+\.?(?=\s|$)", 1),
        (r"(?:ПРИЛОЖЕНИЕ|Приложение)(?:\s+№?\s*\d+)?\.?\s*$", 1),
        (r"(?:Параграф|ПАРАГРАФ|§)\s*\d+\.?(?=\s|$)", 2),
        (r"(?:СТАТЬЯ|Статья)\s+\d+(?:[-.]\d+)*" + _ARTICLE_END, 3),
    ],
    "kk": [
        (r"\d+[-‐]?(?:тарау|ТАРАУ)\.?(?=\s|$)", 1),
        (r"\d+[-‐]?(?:параграф|ПАРАГРАФ)\.?(?=\s|$)", 2),
        (r"\d+(?:[-.]\d+)?[-‐](?:бап|БАП)" + _ARTICLE_END, 3),
    ],
    "vi": [
        (r"(?:CHƯƠNG|Chương|PHẦN|Phần)\s+[IVXLC\d]+\.?(?=\s|$)", 1),
        (r"(?:PHỤ LỤC|Phụ lục)(?:\s+[IVXLC\d]+)?\.?\s*$", 1),
        (r"(?:MỤC|Mục)\s+\d+\.?(?=\s|$)", 2),
        (r"(?:ĐIỀU|Điều)\s+\d+[a-zđ]?" + _ARTICLE_END, 3),
    ],
    "en": [
        (r"(?:CHAPTER|Chapter|PART|Part)\s+[IVXLC\d]+\.?(?=\s|$)", 1),
        (r"(?:SECTION|Section)\s+\d+\.?(?=\s|$)", 2),
        (r"(?:ARTICLE|Article)\s+\d+\.(?=\s|$)", 3),
    ],
}
_STRUCTURAL = [
    (re.compile(r"^\s*(" + p + r")\s*(.*)$", re.DOTALL), lvl)
    for ps in STRUCTURAL_HEADINGS.values()
    for p, lvl in ps
]

_MULTI = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3}){1,4})\.?(?=\s)\s*(.*)$", re.DOTALL)
_NUM_DOT = re.compile(r"^\s*(\d{1,3}\.)(?=\s|[«\"(А-ЯA-Z])\s*(.*)$", re.DOTALL)
_NUM_PAREN = re.compile(r"^\s*(\(?\d{1,3}\))\s*(.*)$", re.DOTALL)
_LETTER_PAREN = re.compile(r"^\s*(\(?[а-яёa-zđ]\))\s+(.*)$", re.DOTALL)
_ROMAN = re.compile(r"^\s*([IVXLC]{1,5}\.)\s+(.*)$", re.DOTALL)
_BULLET = re.compile(r"^\s*([•●▪■◦○·▫➢►✓❖\-–—*])\s*(.*)$", re.DOTALL)
_TERMINAL = re.compile(r"[.;,!?:]\s*$")


@dataclass(frozen=True)
class Marker:
    kind: str
    """`multi` (5.1), `dot` (1.), `paren` (1)), `letter` (а)), `roman` (IV.), `bullet`."""
    number: str | None
    rest: str


def split_marker(text: str) -> Marker | None:
    """The list/section marker at the start of `text`, if any."""
    m = _MULTI.match(text)
    if m:
        return Marker("multi", m.group(1), m.group(2).strip())
    m = _NUM_DOT.match(text)
    if m:
        return Marker("dot", m.group(1), _strip_stray(m.group(2)))
    m = _NUM_PAREN.match(text)
    if m and m.group(2):
        return Marker("paren", m.group(1), m.group(2).strip())
    m = _LETTER_PAREN.match(text)
    if m:
        return Marker("letter", m.group(1), m.group(2).strip())
    m = _ROMAN.match(text)
    if m:
        return Marker("roman", m.group(1), m.group(2).strip())
    m = _BULLET.match(text)
    if m and m.group(2).strip():
        rest = m.group(2).strip()
        inner = None if _BULLET.match(rest) else split_marker(rest)
        if inner and inner.kind in ("paren", "dot", "letter"):
            return inner  # "- 1) …": a hand-typed number inside a bulleted paragraph
        return Marker("bullet", None, rest)
    return None


def _strip_stray(rest: str) -> str:
    """`13. . В соответствии` → `В соответствии`."""
    return re.sub(r"^[\s.]+", "", rest).strip()


def structural_heading(text: str) -> tuple[int, str, str] | None:
    """`(level, label, title)` of an article/chapter heading such as `Điều 3. Nguyên tắc …`."""
    if len(text) > 400:
        return None
    for pattern, level in _STRUCTURAL:
        m = pattern.match(text)
        if m:
            label, title = m.group(1).strip(), m.group(2).strip()
            if level == 3 and title and not label.endswith((".", ":")) and not looks_like_title(title):
                continue  # "Статья 5 Кодекса устанавливает …": a sentence that cites, not a heading
            return level, label, title
    return None


def looks_like_title(text: str) -> bool:
    """Short, starts with a capital, and does not end like a sentence or list entry."""
    text = text.strip()
    if not text or len(text) > 160 or _TERMINAL.search(text):
        return False
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.isupper()


def mostly_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)


def structure_blocks(blocks: list[Block]) -> list[Block]:
    """Headings and list items from paragraph text; list levels from marker runs; captions onto tables."""
    out: list[Block] = []
    stack: list[str] = []
    for k, block in enumerate(blocks):
        if block.kind == BlockKind.HEADING and _is_prose(block.text):
            block = replace(
                block, kind=BlockKind.PARAGRAPH, level=None
            )  # a heading style on a whole paragraph
        if block.kind == BlockKind.HEADING:
            stack = []
            out.append(_split_heading_number(block))
            continue
        if block.kind != BlockKind.PARAGRAPH:
            out.append(block)
            continue
        text = block.text
        heading = structural_heading(text)
        if heading:
            level, label, _ = heading
            stack = []
            out.append(replace(block, kind=BlockKind.HEADING, level=level, number=label))
            continue
        marker = split_marker(text)
        if marker is None or not marker.rest:
            if looks_like_title(text):
                stack = []
            out.append(block)
            continue
        if marker.kind == "multi" and looks_like_title(marker.rest):
            stack = []
            level = marker.number.count(".") + 1
            out.append(
                replace(block, kind=BlockKind.HEADING, level=level, number=marker.number, text=marker.rest)
            )
            continue
        if (
            marker.kind in ("dot", "roman")
            and looks_like_title(marker.rest)
            and (mostly_upper(marker.rest) or _introduces_text(blocks, k, marker))
        ):
            stack = []
            out.append(
                replace(block, kind=BlockKind.HEADING, level=1, number=marker.number, text=marker.rest)
            )
            continue
        if marker.kind in stack:
            del stack[stack.index(marker.kind) + 1 :]
        elif marker.number and not _opens_list(marker.number):
            stack = [marker.kind]  # "7." after a bulleted run continues an outer list, it does not nest
        else:
            stack.append(marker.kind)
        level = stack.index(marker.kind)
        out.append(
            replace(block, kind=BlockKind.LIST_ITEM, number=marker.number, level=level, text=marker.rest)
        )
    return attach_captions(out)


_SENTENCE_BREAK = re.compile(r"[.!?:]\s+[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІĐ]")


def _is_prose(text: str) -> bool:
    """Too long, or several sentences: a paragraph that only carries a heading style."""
    return len(text) > 250 or len(_SENTENCE_BREAK.findall(text)) >= 2


def _introduces_text(blocks: list[Block], k: int, marker: Marker) -> bool:
    """A short numbered title followed by prose, not by the next item of its list, is a section heading."""
    if len(marker.rest) > 100 or k + 1 >= len(blocks):
        return False
    nxt = blocks[k + 1]
    if nxt.kind != BlockKind.PARAGRAPH:
        return False
    following = split_marker(nxt.text)
    return following is None or following.kind != marker.kind


def _opens_list(number: str) -> bool:
    """Nested lists start at one: `1.`, `1)`, `а)`, `a)`, `i.`, `I.`, `1.1`."""
    label = re.sub(r"^[(\s]+|[.)\s]+$", "", number).lower()
    return label in ("1", "0", "а", "a", "i") or label.endswith(".1")


def _split_heading_number(block: Block) -> Block:
    """A styled heading `2.1. Информация …` keeps `2.1.` as its number."""
    if block.number:
        return block
    heading = structural_heading(block.text)
    if heading:
        return replace(block, number=heading[1])
    marker = split_marker(block.text)
    if marker and marker.kind in ("multi", "dot", "roman") and marker.rest:
        return replace(block, number=marker.number, text=marker.rest)
    return block


def attach_captions(blocks: list[Block]) -> list[Block]:
    """A `Таблица N …` paragraph right before a table becomes that table's caption."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == BlockKind.TABLE and block.table is not None and not block.table.caption:
            j = len(out) - 1
            while j >= 0 and out[j].kind == BlockKind.PARAGRAPH and not out[j].text.strip():
                j -= 1
            if j >= 1 and out[j].kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and is_continuation(out[j].text):
                k = j - 1
                while k >= 0 and out[k].kind == BlockKind.PARAGRAPH and not out[k].text.strip():
                    k -= 1
                prev = out[k].table if k >= 0 and out[k].kind == BlockKind.TABLE else None
                if prev is not None and prev.n_cols == block.table.n_cols:  # the rest of the table above
                    out[k] = replace(out[k], table=merge_tables(prev, block.table))
                    del out[k + 1 :]
                    continue
            if j >= 0 and out[j].kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and is_caption(out[j].text):
                caption = out[j].text if out[j].kind == BlockKind.PARAGRAPH else _heading_text(out[j])
                del out[j:]
                block = replace(block, text=caption, table=replace(block.table, caption=caption))
        out.append(block)
    return out


def _heading_text(block: Block) -> str:
    return f"{block.number} {block.text}".strip() if block.number else block.text
