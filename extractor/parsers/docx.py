"""DOCX (python-docx and its XML): paragraphs, numbered lists, tables.

python-docx gives the XML but drops what Word computes when it renders:
list numbers, and which cells a merge covers. Both are computed here:
numbers from numbering.xml (numPr on the paragraph or inherited from its
style; levels, start values, overrides and restarts), merged cells from
gridSpan / vMerge / gridBefore. Adjacent `w:tbl` elements (Word shows them
as one table) are joined; headers and footers go to boilerplate.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from extractor.errors import CorruptFile, EncryptedFile
from extractor.model import Block, BlockKind, Cell, Document, Format, Metadata, Row, Table
from extractor.parsers.tables import merge_tables, starts_anew
from extractor.parsers.text import clean, mended_breaks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_STYLE = re.compile(r"^(?:heading|заголовок|titre|überschrift|tiêu đề)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "название", "заголовок", "tiêu đề"}
_SKIP = {W + "del", W + "moveFrom", W + "instrText", W + "delText", MC + "Fallback", W + "txbxContent"}


def read(data: bytes, filename: str, max_pages: int | None = None) -> Document:
    name = PurePath(filename).name
    try:
        doc = open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise CorruptFile(f"{name}: not a valid DOCX ({exc})") from None
    except MemoryError:  # over the worker's memory limit: not the file's fault
        raise
    except (
        Exception
    ) as exc:  # python-docx fails in many ways on broken packages (KeyError, AttributeError, lxml …)
        raise CorruptFile(f"{name}: damaged DOCX ({type(exc).__name__}: {exc})") from None
    if "EncryptedPackage" in str(getattr(doc.part.package, "parts", "")):
        raise EncryptedFile(f"{name}: the Word document is password-protected")
    reader = _Reader(doc)
    blocks = reader.body(doc.element.body)
    boilerplate = reader.headers_and_footers(doc)
    core = doc.core_properties
    return Document(
        filename=name,
        format=Format.DOCX,
        sha256="",
        blocks=tuple(blocks),
        pages=None,
        boilerplate=tuple(boilerplate),
        metadata=Metadata(title=clean(core.title or "") or None, author=clean(core.author or "") or None),
    )


# ------------------------------------------------------------------ numbering


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None


@dataclass
class Numbering:
    """Word's list numbering: definitions, and the counters as paragraphs are read."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    level_overrides: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def from_part(cls, element) -> Numbering:
        out = cls()
        if element is None:
            return out
        links: dict[str, str] = {}
        for absn in element.iter(W + "abstractNum"):
            aid = absn.get(W + "abstractNumId")
            out.abstract[aid] = {int(lvl.get(W + "ilvl")): _level(lvl) for lvl in absn.iter(W + "lvl")}
            link = absn.find(W + "numStyleLink")
            if link is not None:
                links[aid] = link.get(W + "val")
        for num in element.iter(W + "num"):
            nid = num.get(W + "numId")
            ref = num.find(W + "abstractNumId")
            if ref is None:
                continue
            out.nums[nid] = ref.get(W + "val")
            for ov in num.iter(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl"))
                start = ov.find(W + "startOverride")
                if start is not None:
                    out.overrides.setdefault(nid, {})[ilvl] = int(start.get(W + "val"))
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    out.level_overrides.setdefault(nid, {})[ilvl] = _level(lvl)
        out._links = links  # resolved against styles by the reader
        return out

    def render(self, num_id: str, ilvl: int) -> tuple[str | None, bool]:
        """Advance the counters for one paragraph; its rendered number, and whether it is a bullet."""
        aid = self.nums.get(num_id)
        if aid is None or aid not in self.abstract:
            return None, False
        levels = dict(self.abstract[aid])
        levels.update(self.level_overrides.get(num_id, {}))
        level = levels.get(ilvl, Level())
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
                for deeper in [k for k in counters if k > lvl]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            if levels.get(deeper, Level()).restart != 0:
                del counters[deeper]
        if level.fmt == "bullet":
            return None, True
        if level.fmt == "none":
            return None, False

        def value(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            lv = levels.get(k, Level())
            return format_number(counters.get(k, lv.start), lv.fmt)

        return re.sub(r"%(\d)", value, level.text).strip() or None, False


def _level(lvl) -> Level:
    def val(tag: str) -> str | None:
        el = lvl.find(W + tag)
        return el.get(W + "val") if el is not None else None

    restart = val("lvlRestart")
    return Level(
        start=int(val("start") or 1),
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") if val("lvlText") is not None else "%1.",
        restart=int(restart) if restart is not None else None,
    )


_RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


def format_number(n: int, fmt: str) -> str:
    """A counter in Word's number formats."""
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n, "abcdefghijklmnopqrstuvwxyz")
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("russianLower", "russianUpper"):
        s = _letters(n, _RU_LETTERS)
        return s if fmt == "russianLower" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.lower() if fmt == "lowerRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _letters(n: int, alphabet: str) -> str:
    if n <= 0:
        return str(n)
    k, r = divmod(n - 1, len(alphabet))
    return alphabet[r] * (k + 1)


def _roman(n: int) -> str:
    out = ""
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += sym
            n -= value
    return out


# ------------------------------------------------------------------ styles


@dataclass(frozen=True)
class StyleInfo:
    name: str
    heading: int | None
    num_id: str | None
    ilvl: int


def paragraph_properties(ppr) -> tuple[str | None, int | None, int | None]:
    """numId, ilvl and heading level (outline level + 1, body text excluded) of a paragraph or style."""
    if ppr is None:
        return None, None, None
    num_id = ilvl = outline = None
    numpr = ppr.find(W + "numPr")
    if numpr is not None:
        nid = numpr.find(W + "numId")
        lvl = numpr.find(W + "ilvl")
        num_id = nid.get(W + "val") if nid is not None else None
        ilvl = int(lvl.get(W + "val")) if lvl is not None else None
    ol = ppr.find(W + "outlineLvl")
    if ol is not None and int(ol.get(W + "val")) < 9:
        outline = int(ol.get(W + "val")) + 1
    return num_id, ilvl, outline


def _styles(doc) -> dict[str, StyleInfo]:
    """Paragraph styles by id, with heading level and numbering inherited along basedOn."""
    try:
        root = doc.styles.element
    except (KeyError, NotImplementedError):
        return {}
    raw: dict[str, tuple[str, str | None, int | None, str | None, int | None]] = {}
    for st in root.iter(W + "style"):
        if st.get(W + "type") not in (None, "paragraph"):
            continue
        sid = st.get(W + "styleId")
        name_el = st.find(W + "name")
        name = name_el.get(W + "val") if name_el is not None else sid
        based = st.find(W + "basedOn")
        ppr = st.find(W + "pPr")
        num_id, ilvl, outline = paragraph_properties(ppr)
        outline = outline - 1 if outline is not None else None
        raw[sid] = (name, based.get(W + "val") if based is not None else None, outline, num_id, ilvl)

    def resolve(sid: str, depth: int = 0) -> StyleInfo:
        name, based, outline, num_id, ilvl = raw[sid]
        parent = resolve(based, depth + 1) if based in raw and depth < 20 else None
        m = _HEADING_STYLE.match(name or "")
        heading = int(m.group(1)) if m else (outline + 1 if outline is not None and outline < 9 else None)
        if heading is None and (name or "").lower() in _TITLE_STYLES:
            heading = 1
        if heading is None and parent is not None:
            heading = parent.heading
        if num_id is None and parent is not None:
            num_id, ilvl = parent.num_id, parent.ilvl if ilvl is None else ilvl
        return StyleInfo(name or sid, heading, num_id, ilvl or 0)

    return {sid: resolve(sid) for sid in raw}


# ------------------------------------------------------------------ reading


class _Reader:
    def __init__(self, doc):
        self.styles = _styles(doc)
        try:
            part = doc.part.numbering_part
            element = part.element
        except (KeyError, NotImplementedError, AttributeError):
            element = None
        self.numbering = Numbering.from_part(element)

    def body(self, container) -> list[Block]:
        blocks: list[Block] = []
        pending: Table | None = None
        for child in _children(container):
            if child.tag == W + "tbl":
                table = self.table(child)
                if pending is not None and starts_anew(pending, table):
                    blocks.append(Block(BlockKind.TABLE, table=pending))
                    pending = None
                pending = table if pending is None else merge_tables(pending, table)
                continue
            if pending is not None:
                blocks.append(Block(BlockKind.TABLE, table=pending))
                pending = None
            if child.tag == W + "p":
                blocks.extend(self.paragraph(child))
        if pending is not None:
            blocks.append(Block(BlockKind.TABLE, table=pending))
        return blocks

    def paragraph(self, p) -> list[Block]:
        text = clean(paragraph_text(p))
        out: list[Block] = []
        ppr = p.find(W + "pPr")
        ps = ppr.find(W + "pStyle") if ppr is not None else None
        style_id = ps.get(W + "val") if ps is not None else None
        num_id, ilvl, outline = paragraph_properties(ppr)
        style = self.styles.get(style_id or "Normal") or self.styles.get(style_id or "")
        if num_id is None and style is not None and style.num_id is not None:
            num_id = style.num_id
            ilvl = style.ilvl if ilvl is None else ilvl
        heading = outline or (style.heading if style else None)
        number, bullet = None, False
        if num_id not in (None, "0") and text:
            number, bullet = self.numbering.render(num_id, ilvl or 0)
        style_name = style.name if style else None
        if text:
            if heading:
                if number:
                    out.append(
                        Block(BlockKind.HEADING, text=text, level=heading, number=number, style=style_name)
                    )
                else:
                    out.append(Block(BlockKind.HEADING, text=text, level=heading, style=style_name))
            elif number or bullet:
                out.append(
                    Block(BlockKind.LIST_ITEM, text=text, level=ilvl or 0, number=number, style=style_name)
                )
            else:
                out.append(Block(BlockKind.PARAGRAPH, text=text, style=style_name))
        for box in p.iter(W + "txbxContent"):
            if not _in_fallback(box):
                out.extend(self.body(box))
        return out

    def table(self, tbl) -> Table:
        grid: list[list[Cell | None]] = []
        owners: dict[int, tuple[int, int]] = {}  # column → (row, col) of the cell a vMerge continues
        for tr in tbl.iter(W + "tr"):
            if _nearest(tr, W + "tbl") is not tbl:
                continue
            row: list[Cell | None] = []
            trpr = tr.find(W + "trPr")
            before = _int_val(trpr, "gridBefore") if trpr is not None else 0
            row.extend([Cell("")] * before if before else [])
            for tc in tr.findall(W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span = _int_val(tcpr, "gridSpan") or 1 if tcpr is not None else 1
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                col = len(row)
                if vmerge is not None and vmerge.get(W + "val") in (None, "continue") and col in owners:
                    r0, c0 = owners[col]
                    above = grid[r0][c0]
                    grid[r0][c0] = Cell(above.text, row_span=above.row_span + 1, col_span=above.col_span)
                    row.extend([None] * span)
                    continue
                row.append(Cell(self.cell_text(tc), col_span=span))
                row.extend([None] * (span - 1))
                if vmerge is not None:
                    for k in range(span):
                        owners[col + k] = (len(grid), col)
                else:
                    for k in range(span):
                        owners.pop(col + k, None)
            grid.append(row)
        n_cols = max((len(r) for r in grid), default=0)
        rows: tuple[Row, ...] = tuple(tuple(r) + (Cell(""),) * (n_cols - len(r)) for r in grid)
        return Table(n_cols=n_cols, rows=rows)

    def cell_text(self, tc) -> str:
        """A cell's paragraphs one per line; a nested table's rows as lines of ` | `-separated cells."""
        lines: list[str] = []
        for child in _children(tc):
            if child.tag == W + "p":
                text = clean(paragraph_text(child))
                if text:
                    lines.append(text)
            elif child.tag == W + "tbl":
                nested = self.table(child)
                for row in nested.rows:
                    cells = [c.text for c in row if c is not None and c.text]
                    if cells:
                        lines.append(" | ".join(cells))
        return mended_breaks("\n".join(lines))

    def headers_and_footers(self, doc) -> list[Block]:
        seen: set[str] = set()
        out: list[Block] = []
        for section in doc.sections:
            for part in (
                section.header,
                section.first_page_header,
                section.even_page_header,
                section.footer,
                section.first_page_footer,
                section.even_page_footer,
            ):
                try:
                    if part.is_linked_to_previous and out:
                        continue
                    element = part._element
                except (KeyError, AttributeError, NotImplementedError):
                    continue
                for p in element.iter(W + "p"):
                    text = clean(paragraph_text(p))
                    if text and text not in seen:
                        seen.add(text)
                        out.append(Block(BlockKind.PARAGRAPH, text=text))
        return out


def _children(container):
    """Block-level children, looking inside content controls and custom XML wrappers."""
    for child in container:
        if child.tag in (W + "sdt", W + "customXml", W + "smartTag"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _children(content)
        elif child.tag in (W + "p", W + "tbl"):
            yield child


def paragraph_text(p) -> str:
    """The text Word shows for a paragraph: runs in order, tabs and breaks as spaces, no deletions."""
    parts: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP or tag == W + "pPr" or tag == W + "rPr":
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag in (W + "tab", W + "br", W + "cr"):
                parts.append(" ")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "sym":
                parts.append(_symbol(child))
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _symbol(sym) -> str:
    code = sym.get(W + "char") or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if value >= 0xF000:
        value -= 0xF000
    return chr(value) if value >= 32 else ""


def _in_fallback(el) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == MC + "Fallback":
            return True
        parent = parent.getparent()
    return False


def _nearest(el, tag: str):
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _int_val(parent, tag: str) -> int:
    el = parent.find(W + tag) if parent is not None else None
    try:
        return int(el.get(W + "val")) if el is not None else 0
    except (TypeError, ValueError):
        return 0


_ = qn  # python-docx's namespace helper is the documented way to build tags; W is its expansion
