"""PDF (pdfplumber): body text in reading order, tables from ruling lines.

Stages, each a small function over the page objects:
pages → lines and table fragments → running headers/footers set apart →
paragraphs → tables continued over page breaks joined → blocks.

A table in a PDF exported from Word is drawn cell by cell; pdfplumber gives
the cell rectangles. When two Word tables of different column widths touch,
pdfplumber sees one table with the union of their column edges: rows are
therefore grouped by their own column edges first, and each group becomes a
fragment of its own, joined to the others by column index like a table
continued on the next page.
"""

from __future__ import annotations

import errno
import io
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import PurePath

import pdfplumber
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser, PDFSyntaxError
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import DEFAULT_Y_TOLERANCE, WordExtractor, cluster_objects, get_line_cluster_key

from extractor.errors import ContentTooLarge, CorruptFile, EncryptedFile, NoTextLayer, TooManyPages
from extractor.model import Block, BlockKind, Cell, Document, Format, Metadata, Row, Table
from extractor.parsers import ocr, pdf_bombs
from extractor.parsers.structure import split_marker
from extractor.parsers.tables import merge_tables, starts_anew
from extractor.parsers.text import clean, is_known_word, join_lines

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?\s*$"
    r"|^\s*(?:стр\.?|страница|page|бет|trang)\s*\d{1,4}(?:\s*(?:из|of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_TRAILING_PAGE_NUMBER = re.compile(
    r"\s+(?:[-–]\s*\d{1,4}\s*[-–]|(?:стр\.?|page|бет|trang)\s*\d{1,4})\s*$", re.I
)
_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")
_TOL = 2.0
_BULLETS = "•●▪■◦○·▫➢►✓❖"  # a bullet starts an item even after a line that does not end a sentence


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    size: float
    bold: bool


@dataclass
class Fragment:
    page: int
    top: float
    bottom: float
    table: Table
    edges: tuple[float, ...] = ()


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    chars: int = 0
    unusable: str | None = None
    """Why the page's text layer cannot be used (read by OCR instead), or None."""
    ocr: bool = False
    """Read by OCR."""


def read(data: bytes, filename: str, max_pages: int | None = None) -> Document:
    name = PurePath(filename).name
    try:
        declared = _declared_page_count(data) if max_pages is not None else None
        if declared is not None and declared > max_pages:
            raise TooManyPages(f"{name}: {declared} pages is over the limit of {max_pages}")
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:
                raise CorruptFile(f"{name}: the PDF has no pages")
            if max_pages is not None and len(pdf.pages) > max_pages:
                raise TooManyPages(f"{name}: {len(pdf.pages)} pages is over the limit of {max_pages}")
            pages = [
                _read_closing(pdf_bombs.check_page(p, i, name), i) for i, p in enumerate(pdf.pages, start=1)
            ]
            info = pdf.metadata or {}
    except (CorruptFile, EncryptedFile, TooManyPages, ContentTooLarge, MemoryError):
        raise
    except Exception as exc:  # pdfplumber wraps pdfminer's errors; pdfminer raises plain ones on broken files
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, MemoryError):
            raise cause from None
        if isinstance(cause, OSError) and cause.errno == errno.ENOMEM:
            raise MemoryError(str(cause)) from None  # a mapping refused under the memory limit: no damage
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or "encrypt" in str(cause).lower():
            raise EncryptedFile(
                f"{name}: the PDF is password-protected; upload a copy without a password"
            ) from None
        if isinstance(cause, PDFSyntaxError | PSException):
            raise CorruptFile(f"{name}: damaged PDF ({cause})") from None
        raise CorruptFile(f"{name}: damaged PDF ({type(cause).__name__}: {cause})") from None
    pages, confidence = _with_ocr(data, name, pages)
    if not any(p.lines or p.fragments for p in pages):
        raise NoTextLayer(
            f"{name}: the PDF has {len(pages)} page(s) but no text layer, and OCR found no text on them either"
        )
    running = running_lines(pages)
    boilerplate = _boilerplate_blocks(pages, running)
    items = _body_items(pages, running)
    blocks = _join_across_pages(_to_blocks(items, pages))
    return Document(
        filename=name,
        format=Format.PDF,
        sha256="",
        blocks=tuple(blocks),
        pages=len(pages),
        boilerplate=tuple(boilerplate),
        metadata=Metadata(
            title=_meta(info, "Title"),
            author=_meta(info, "Author"),
            producer=_meta(info, "Producer"),
            ocr_pages=confidence,
        ),
    )


def _with_ocr(data: bytes, name: str, pages: list[Page]) -> tuple[list[Page], dict[int, float]]:
    """Pages whose text layer is missing or unusable, read again from their image (extractor.parsers.ocr);
    their OCR confidence by page number."""
    need = [p.number for p in pages if p.unusable]
    if not need:
        return pages, {}
    good = " ".join(line.text for p in pages if not p.unusable for line in p.lines)
    first_pass = "rus+kaz+vie"  # a document of scans only: its first page tells the script
    languages = ocr.languages_for(good) if len(good) >= 200 else None
    pdf_bombs.check_render(data, need, ocr.DPI, name)  # before the renderer allocates them
    ocr.require(languages or first_pass, name)
    found: dict[int, ocr.OcrPage] = {}
    if languages is None:
        found = ocr.recognise_pages(data, need[:1], first_pass)
        languages = ocr.languages_for(found[need[0]].text)
    found |= ocr.recognise_pages(data, [n for n in need if n not in found], languages)
    out = list(pages)
    for number, result in found.items():
        with pdfplumber.open(io.BytesIO(result.pdf)) as scanned:
            page = scanned.pages[0]
            if result.doubtful:
                page = page.filter(lambda obj, boxes=result.doubtful: not _in_box(obj, boxes))
            out[number - 1] = replace(_read_closing(page, number, result.rulings), ocr=True)
    return out, {n: found[n].confidence for n in sorted(found)}


def _in_box(obj: dict, boxes: tuple[tuple[float, float, float, float], ...]) -> bool:
    """A character of a word OCR was not sure of (its centre inside the word's box)."""
    if obj.get("object_type") != "char":
        return False
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _meta(info: dict, key: str) -> str | None:
    value = info.get(key)
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return clean(str(value)) or None if value else None


# ---------------------------------------------------------------- page reading


def _declared_page_count(data: bytes) -> int | None:
    """The page count the catalogue declares: read without building any page, so that a PDF of
    thousands of pages is refused at once (pdfplumber would build them all, even to close the file)."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        count = resolve1(resolve1(document.catalog["Pages"]).get("Count"))
    except Exception:  # a damaged page tree: the full read below reports it
        return None
    return count if isinstance(count, int) and count >= 0 else None


def _read_closing(page, number: int, rulings: tuple[dict, ...] | None = None) -> Page:
    """Read a page, then drop pdfplumber's caches of it: a long PDF is held as our small pages, not its."""
    try:
        return _read_page(page, number, rulings)
    finally:
        page.close()


def _read_page(page, number: int, rulings: tuple[dict, ...] | None = None) -> Page:
    """A page's lines and table fragments. `rulings`: the lines of an OCR'd page's image, which has no
    vector rules for the table finder to use."""
    out = Page(number=number, width=float(page.width), height=float(page.height), chars=len(page.chars))
    if rulings is None:
        closing = _open_table_ends(page)
        settings = {"explicit_horizontal_lines": closing} if closing else None
    else:
        verticals = [e for e in rulings if e["orientation"] == "v"]
        horizontals = [e for e in rulings if e["orientation"] == "h"]
        settings = {
            "vertical_strategy": "explicit",
            "horizontal_strategy": "explicit",
            "explicit_vertical_lines": verticals,
            "explicit_horizontal_lines": horizontals,
        }
        if len(verticals) < 2 or len(horizontals) < 2:
            settings = None  # no grid drawn on this page: no table to find
    found = page.find_tables(settings) if settings is not None or rulings is None else []
    tables = [t for t in found if len(t.cells) >= 2]
    boxes = [t.bbox for t in tables]
    body = (
        page.filter(lambda o: not (o.get("object_type") == "char" and _inside(o, boxes))) if boxes else page
    )
    for raw in body.extract_text_lines(return_chars=True, strip=True):
        text = clean(raw["text"])
        if not text:
            continue
        chars = [c for c in raw["chars"] if c["text"].strip()]
        sizes = [round(c["size"], 1) for c in chars] or [0.0]
        bold = bool(chars) and all("bold" in c["fontname"].lower() for c in chars)
        out.lines.append(
            Line(
                number, raw["top"], raw["bottom"], raw["x0"], raw["x1"], text, statistics.median(sizes), bold
            )
        )
    for table in tables:
        chars = [c for c in page.chars if _inside(c, [table.bbox])]
        for piece in table_fragments(table.cells, chars, number):
            out.fragments.append(piece)
    if rulings is not None and out.lines:
        # OCR gives each line a font size from its own height, which varies with the letters in it:
        # one size for the page, so that noise makes neither headings nor paragraph breaks.
        size = statistics.median(line.size for line in out.lines)
        for line in out.lines:
            line.size = size
    if rulings is None:
        image_share = sum(_area(i, page) for i in page.images) / max(1.0, out.width * out.height)
        out.unusable = ocr.unusable_text("".join(c["text"] for c in page.chars), out.chars, image_share)
    return out


def _area(image: dict, page) -> float:
    """The part of the page an image covers, in square points (clipped to the page)."""
    x0, x1 = max(0.0, image["x0"]), min(float(page.width), image["x1"])
    top, bottom = max(0.0, image["top"]), min(float(page.height), image["bottom"])
    return max(0.0, x1 - x0) * max(0.0, bottom - top)


def _open_table_ends(page) -> list[float]:
    """Heights where column rules stop without a horizontal rule to close them.

    A table cut by a page break may be drawn without a rule at the cut: the
    column rules run to the foot of the page (and start at the head of the
    next) with nothing across. A line at those heights closes the cells.
    """
    edges = page.edges
    verticals = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 3]
    horizontals = [e for e in edges if e["orientation"] == "h"]
    ends: Counter[float] = Counter()
    for e in verticals:
        ends[round(e["top"])] += 1
        ends[round(e["bottom"])] += 1
    out = []
    for y, count in ends.items():
        if count < 2:
            continue
        xs = [e["x0"] for e in verticals if round(e["top"]) == y or round(e["bottom"]) == y]
        lo, hi = min(xs), max(xs)
        closed = any(
            abs(h["top"] - y) <= _TOL and h["x0"] <= lo + _TOL and h["x1"] >= hi - _TOL for h in horizontals
        )
        if not closed:
            out.append(float(y))
    return out


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def table_fragments(cells: list[tuple], chars: list[dict], page: int) -> list[Fragment]:
    """Cell rectangles → one fragment per run of rows sharing their column edges."""
    cells = [tuple(float(v) for v in c) for c in cells]
    tops = _cluster(sorted({c[1] for c in cells}))
    bands = [(t, _band_bottom(t, tops, cells)) for t in tops]

    def band_of(y: float) -> int:
        return min(range(len(tops)), key=lambda i: abs(tops[i] - y))

    covering: list[list[tuple]] = [[] for _ in bands]
    for cell in cells:
        first = band_of(cell[1])
        for b in range(first, len(bands)):
            if bands[b][0] < cell[3] - _TOL:
                covering[b].append(cell)
    groups: list[list[int]] = []
    union: set[float] = set()
    for b, covered in enumerate(covering):
        edges = _edges(covered)
        if groups and (_subset(edges, union) or _subset(union, edges) or _flush(covering[b - 1], covered, bands[b][0])):
            groups[-1].append(b)
            union |= edges
        else:
            groups.append([b])
            union = set(edges)
    texts = _cell_texts(cells, chars)
    out = []
    for group in groups:
        out.append(_fragment(group, bands, covering, texts, page))
    return out


def _flush(above: list[tuple], below: list[tuple], top: float) -> bool:
    """Rows of cells that touch, with the same outer edges and most inner ones, though each merges other
    columns (`Класс опасности` over two columns above `Ед. изм.` over two others): one table's rows."""
    if not above or not below or abs(max(c[3] for c in above) - top) > _TOL:
        return False
    left = abs(min(c[0] for c in above) - min(c[0] for c in below))
    right = abs(max(c[2] for c in above) - max(c[2] for c in below))
    upper, lower = _edges(above), _edges(below)
    shared = sum(1 for x in upper if any(abs(x - y) <= _TOL for y in lower))
    # most inner edges shared too: two tables Word set one under the other share only their outer edges
    return left <= _TOL and right <= _TOL and shared > 2 and shared * 2 >= min(len(upper), len(lower))


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not out or v - out[-1] > _TOL:
            out.append(v)
    return out


def _band_bottom(top: float, tops: list[float], cells: list[tuple]) -> float:
    later = [t for t in tops if t > top + _TOL]
    if later:
        return later[0]
    return max(c[3] for c in cells)


def _edges(cells: list[tuple]) -> set[float]:
    return {round(v / _TOL) * _TOL for c in cells for v in (c[0], c[2])}


def _subset(a: set[float], b: set[float]) -> bool:
    return all(any(abs(x - y) <= _TOL for y in b) for x in a)


def _cell_texts(cells: list[tuple], chars: list[dict]) -> dict[tuple, str]:
    buckets: dict[tuple, list[dict]] = {c: [] for c in cells}
    for ch in chars:
        x = (ch["x0"] + ch["x1"]) / 2
        y = (ch["top"] + ch["bottom"]) / 2
        for c in cells:
            if c[0] <= x < c[2] and c[1] <= y < c[3]:
                buckets[c].append(ch)
                break
    return {cell: _cell_text(cell, cs) for cell, cs in buckets.items()}


def _cell_text(cell: tuple, chars: list[dict]) -> str:
    """A cell's text: its paragraphs one per line, as in a DOCX cell (`docx.py`), their wrapped lines
    joined with a space, a word hyphenated over two lines whole (`join_lines`).

    pdfplumber gives a cell's lines apart (`6,5-8,5` / `350` / `500` / `0,1`); which breaks are the
    writer's and which the cell width's only the geometry tells (`_broken_by_writer`). A token
    wider than the cell, cut wherever the width ran out (`47.52155:067.28` / `345`), is whole again.
    """
    if not chars:
        return ""
    extractor = WordExtractor()
    words = extractor.extract_words(chars)
    lines = cluster_objects(words, get_line_cluster_key(extractor.line_dir), DEFAULT_Y_TOLERANCE)
    if not lines:
        return ""
    if not all(w.get("upright", True) for w in words):
        return clean(join_lines([" ".join(w["text"] for w in line) for line in lines], in_cell=True))
    pad = max(min(w["x0"] for w in words) - cell[0], 0.0)  # the cell's padding, as far as its text shows
    room = cell[2] - cell[0] - 2 * pad
    paragraphs: list[list[str]] = []
    prev: list[dict] | None = None
    for line in lines:
        text = " ".join(w["text"] for w in line)
        if prev is not None and _cut_by_width(prev, line, cell):
            paragraphs[-1][-1] += text
        elif prev is None or _broken_by_writer(prev, line, room):
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
        prev = line
    return "\n".join(t for t in (clean(join_lines(p, in_cell=True)) for p in paragraphs) if t)


def _broken_by_writer(prev: list[dict], line: list[dict], room: float) -> bool:
    """Did the line `prev` end where its writer ended it, not where the cell's width did?

    It did when the next line's first word would have fitted after it, with a margin: a line
    that might have been wrapped counts as wrapped (its lines are then joined with a space).
    A line ending in a hyphen or dash is always wrapped (a hyphenated word, a range, a name).
    """
    if prev[-1]["text"].endswith(("-", "–", "—", "/")):
        return False
    size = max(w["bottom"] - w["top"] for w in prev + line[:1])
    used = max(w["x1"] for w in prev) - min(w["x0"] for w in prev)
    first = line[0]["x1"] - line[0]["x0"]
    return used + 0.3 * size + first <= room - 0.5 * size


LONG_WORD = 10
"""A word this long alone on a line filled a cell that held more: a compound the lexicon lacks, not a fragment
of a column cut every few letters (`оммун` / `альны`)."""

_MAX_PAD = 8.0  # cell padding in points: Word's default is 5.4, LibreOffice's 2.8, reportlab's 6


def _cut_by_width(prev: list[dict], line: list[dict], cell: tuple) -> bool:
    """Is `prev` one token wider than the cell, cut where the width ran out and continued on `line`?

    It is when it is the line's only word, runs from the left padding to within one character of
    the right one (not even the next line's first character would have fitted), and the cut falls
    between two letters or digits. Between letters the lexicon has the last word: a whole word
    before the cut (`Периодичность` / `инструменталь…`) is cut only when the two make one word
    (`классификатор` / `у`); a fragment (`топливозаправщи` / `к`) always is, unless a word the lexicon
    knows follows it and the two make none (`Нефтезагрязненный` / `грунт`).
    """
    if len(prev) != 1:
        return False
    word, nxt = prev[0], line[0]
    left, right = word["x0"] - cell[0], cell[2] - word["x1"]
    if left > min(_MAX_PAD, 0.15 * (cell[2] - cell[0])):
        return False
    first_char = (nxt["x1"] - nxt["x0"]) / max(len(nxt["text"]), 1)
    if right - max(left, 0.0) >= first_char:
        return False
    a, b = word["text"], nxt["text"]
    if not (a[-1].isalnum() and b[0].isalnum()):
        return False
    if b[0].isdigit() and re.search(r"(?<![^\W\d_])[^\W\d_A-ZА-ЯЁ]{4,}$", a):
        return False  # a word in lower case, then a figure (`жылына` / `2 рет`): wrapped, not cut (`ОБТ` / `5` may be)
    if a[-1].isalpha() and b[0].isalpha():
        if a[-1].islower() and b[0].isupper():
            return False
        head, tail = re.search(r"[^\W\d_]+$", a).group(0), re.match(r"[^\W\d_]+", b).group(0)
        if is_known_word(head + tail):
            return True
        # `Нефтезагрязненный` / `грунт`: a word the lexicon lacks before one it knows, neither whole together: two words
        return not is_known_word(head) and not (len(head) >= LONG_WORD and len(tail) >= 4 and is_known_word(tail))
    return True


def _fragment(group: list[int], bands, covering, texts, page: int) -> Fragment:
    edges = sorted(_merge_close({e for b in group for e in _edges(covering[b])}))
    n_cols = max(len(edges) - 1, 1)
    grid: list[list[Cell | None]] = [[None] * n_cols for _ in group]
    placed: set[tuple] = set()
    for r, b in enumerate(group):
        for cell in covering[b]:
            if cell in placed:
                continue
            placed.add(cell)
            c0 = _index(edges, cell[0])
            c1 = max(_index(edges, cell[2]), c0 + 1)
            rows_spanned = sum(1 for bb in group[r:] if cell in covering[bb])
            grid[r][c0] = Cell(texts.get(cell, ""), row_span=max(rows_spanned, 1), col_span=c1 - c0)
    rows: tuple[Row, ...] = tuple(tuple(row) for row in grid)
    top = bands[group[0]][0]
    bottom = bands[group[-1]][1]
    table = Table(n_cols=n_cols, rows=rows, page_start=page, page_end=page, row_pages=(page,) * len(rows))
    return Fragment(page, top, bottom, table, tuple(edges))


def _merge_close(values: set[float]) -> list[float]:
    return _cluster(sorted(values))


def _index(edges: list[float], x: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - x))


# ------------------------------------------------------ running headers/footers


def running_lines(pages: list[Page]) -> set[tuple[int, float]]:
    """(page, top) of lines repeated in the top or bottom margin of most pages, and page numbers."""
    if not pages:
        return set()
    marginal = []
    for p in pages:
        for line in p.lines:
            if line.top < p.height * 0.12 or line.bottom > p.height * 0.88:
                marginal.append(line)
    if any(p.ocr for p in pages):
        counts = _fuzzy_counts(marginal)
    else:
        counts = Counter(key for key, _ in {(_key(line.text), line.page) for line in marginal})
    needed = max(2, math.ceil(len(pages) * 0.5))
    out = set()
    ocr_pages = {p.number for p in pages if p.ocr}
    for line in marginal:
        if (len(pages) >= 2 and counts[_key(line.text)] >= needed) or _PAGE_NUMBER.match(line.text):
            out.add((line.page, line.top))
        elif (
            line.page in ocr_pages
            and len(line.text.strip()) <= 6
            and not any(ch.isalpha() for ch in line.text)
        ):
            out.add((line.page, line.top))  # a page number as OCR misreads it ("-9:" for "-2-")
    return out


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _fuzzy_counts(marginal: list[Line]) -> Counter[str]:
    """On OCR'd pages the same footer reads a little differently on every page: a line's count is the
    number of pages with a line like it (rapidfuzz ratio ≥ 85), not with the very same text."""
    from rapidfuzz import fuzz, process

    pages_of: dict[str, set[int]] = {}
    for line in marginal:
        pages_of.setdefault(_key(line.text), set()).add(line.page)
    keys = list(pages_of)
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=85, workers=1)
    counts: Counter[str] = Counter()
    for i, key in enumerate(keys):
        alike = set().union(*(pages_of[keys[j]] for j in scores[i].nonzero()[0]))
        counts[key] = len(alike | pages_of[key])
    return counts


def _boilerplate_blocks(pages: list[Page], running: set[tuple[int, float]]) -> list[Block]:
    pitch = line_pitch(pages)
    seen: set[str] = set()
    out: list[Block] = []
    for p in pages:
        lines = [ln for ln in p.lines if (ln.page, ln.top) in running and not _PAGE_NUMBER.match(ln.text)]
        for para in _paragraph_lines(lines, pitch):
            text = _TRAILING_PAGE_NUMBER.sub("", join_lines([ln.text for ln in para]))
            key = _key(text)
            if key not in seen:
                seen.add(key)
                out.append(Block(BlockKind.PARAGRAPH, text=text, page=p.number))
    return out


# ---------------------------------------------------------------- body blocks


def _body_items(pages: list[Page], running: set[tuple[int, float]]) -> list[list[Line] | Fragment]:
    """Per page, paragraphs (lists of lines) and table fragments in reading order."""
    items: list[list[Line] | Fragment] = []
    pitch = line_pitch(pages)
    for p in pages:
        lines = [ln for ln in p.lines if (ln.page, ln.top) not in running]
        page_items: list[tuple[float, list[Line] | Fragment]] = []
        for segment in _between_tables(lines, p.fragments):
            for para in _paragraph_lines(segment, pitch):
                page_items.append((para[0].top, para))
        for frag in p.fragments:
            page_items.append((frag.top, frag))
        page_items.sort(key=lambda pair: pair[0])
        items.extend(item for _, item in page_items)
    return items


def _between_tables(lines: list[Line], fragments: list[Fragment]) -> list[list[Line]]:
    """Lines split where a table stands between them: text above and below a table is not one paragraph."""
    cuts = sorted(f.top for f in fragments)
    segments: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        k = sum(1 for cut in cuts if line.top >= cut)
        segments[k].append(line)
    return [s for s in segments if s]


def line_pitch(pages: list[Page]) -> float:
    """Line pitch within a paragraph as a multiple of the font size (DejaVu at 9 pt: about 1.33).

    Measured over the whole document from consecutive lines closer than 1.6 font sizes, so that
    pages of one-line paragraphs do not mistake paragraph spacing for line spacing.
    """
    ratios = []
    for p in pages:
        for a, b in zip(p.lines, p.lines[1:], strict=False):
            gap = b.top - a.top
            if a.size > 0 and 0 < gap <= 1.6 * a.size:
                ratios.append(round(gap / a.size, 2))
    return _mode([round(r * 20) for r in ratios]) / 20 if ratios else 1.2


def _paragraph_lines(lines: list[Line], pitch: float) -> list[list[Line]]:
    """Group lines into paragraphs by spacing, font changes and list markers."""
    if not lines:
        return []
    lines = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    paras: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        gap = line.top - prev.top
        expected = pitch * max(prev.size, line.size)
        font_change = prev.bold != line.bold or abs(prev.size - line.size) > 0.6
        short = prev.x1 < right - 0.15 * (right - left)
        ends = bool(_ENDS_SENTENCE.search(prev.text))
        marker = split_marker(line.text)
        new = (
            gap > expected * 1.3 + 0.5
            or font_change
            or (ends and (short or marker is not None))
            or (marker is not None and line.text.lstrip()[:1] in _BULLETS)
            or (abs(line.top - prev.top) < 1 and line.x0 > prev.x1)
        )
        if new:
            paras.append([line])
        else:
            paras[-1].append(line)
    return paras


def _mode(values: list[int]) -> int:
    return Counter(values).most_common(1)[0][0]


def _to_blocks(items: list[list[Line] | Fragment], pages: list[Page]) -> list[Block]:
    body_lines = [ln for item in items if not isinstance(item, Fragment) for ln in item]
    weights: Counter[int] = Counter()
    for ln in body_lines:
        weights[round(ln.size)] += len(ln.text)
    body_size = weights.most_common(1)[0][0] if weights else 0
    heading_sizes = sorted(
        {round(ln.size) for ln in body_lines if round(ln.size) > body_size + 1}, reverse=True
    )
    by_page = {p.number: p for p in pages}
    blocks: list[Block] = []
    table: Table | None = None
    last_fragment: Fragment | None = None
    for item in items:
        if isinstance(item, Fragment):
            if table is not None and last_fragment is not None and _continues(last_fragment, item, by_page):
                table = merge_tables(table, item.table)
            else:
                if table is not None:
                    blocks.append(Block(BlockKind.TABLE, page=table.page_start, table=table))
                table = item.table
            last_fragment = item
            continue
        if table is not None:
            blocks.append(Block(BlockKind.TABLE, page=table.page_start, table=table))
            table, last_fragment = None, None
        text = join_lines([ln.text for ln in item])
        size = round(statistics.median(ln.size for ln in item))
        if len(item) <= 6 and len(text) <= 400 and (size in heading_sizes or all(ln.bold for ln in item)):
            level = heading_sizes.index(size) + 1 if size in heading_sizes else len(heading_sizes) + 1
            blocks.append(Block(BlockKind.HEADING, text=text, page=item[0].page, level=level))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, text=text, page=item[0].page))
    if table is not None:
        blocks.append(Block(BlockKind.TABLE, page=table.page_start, table=table))
    return blocks


def _continues(a: Fragment, b: Fragment, pages: dict[int, Page]) -> bool:
    """Is fragment `b` the same table as `a`, continued?

    Either both come from one drawn table (same page, touching), or `b`
    starts at the head of the next page and `a` ends at the foot of its own
    or has the very columns of `b` (rows merged down a column move to the next
    page whole, leaving room under the first part: `Судно | № | Проверка`).
    """
    if a.page == b.page:
        return abs(b.top - a.bottom) <= _TOL * 2
    if b.page != a.page + 1:
        return False
    pa, pb = pages[a.page], pages[b.page]
    if b.top > pb.height * 0.35:
        return False
    same_grid = len(a.edges) == len(b.edges) > 2 and all(abs(x - y) <= _TOL for x, y in zip(a.edges, b.edges, strict=True))
    return a.bottom >= pa.height * 0.65 or (same_grid and not starts_anew(a.table, b.table))


def _join_across_pages(blocks: list[Block]) -> list[Block]:
    """A paragraph or list item cut by a page break is continued at the top of the next page."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and block.kind == BlockKind.PARAGRAPH
            and prev.kind == BlockKind.PARAGRAPH
            and block.page != prev.page
            and not _ENDS_SENTENCE.search(prev.text)
            and (block.text[:1].islower() or block.text[:1] in ",;)»")
        ):
            out[-1] = Block(BlockKind.PARAGRAPH, text=join_lines([prev.text, block.text]), page=prev.page)
            continue
        out.append(block)
    return out
