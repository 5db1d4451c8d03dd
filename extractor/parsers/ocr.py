"""Pages without a usable text layer, read by OCR (Tesseract) into what the PDF reader reads.

A scanned page, or a page whose fonts map to nonsense, is rendered (pypdfium2, which pdfplumber
already uses), recognised by Tesseract into a one-page PDF with an invisible text layer at the
words' positions, and searched for ruling lines in the image. The PDF reader then reads that page
like any other, with the image's rulings as the explicit lines of its table finder, so scanned
tables enter the same table model (and are joined over pages) like the others.

Tesseract comes from Debian's packages: `tesseract-ocr` with `-rus`, `-kaz`, `-vie`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.errors import ExtractorError

if TYPE_CHECKING:
    from PIL.Image import Image

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-vie"
DPI = 300
"""Small table text (7–8 pt) needs 300 dpi to be read reliably."""
RULE_MIN_INCHES = 0.2
"""A dark run this long is a ruling line, not a letter's stroke."""
DARK = 150
MIN_WORD_CONFIDENCE = 50
"""Words read with less are dropped (Tesseract's 0–100); real words of a clean scan read at 85–97."""
PAGE_TIMEOUT_S = 300


class OcrUnavailable(ExtractorError):
    """The file needs OCR and this installation has no Tesseract (or lacks its languages)."""

    status = 422
    code = "ocr_unavailable"


@dataclass(frozen=True)
class OcrPage:
    number: int
    pdf: bytes
    """A one-page PDF of the page's size with the recognised words as invisible text."""
    rulings: tuple[dict, ...]
    """Ruling lines found in the image, as pdfplumber edges in PDF points."""
    confidence: float
    """Mean word confidence, 0–1."""
    seconds: float
    languages: str
    text: str = ""
    """The words kept, in Tesseract's reading order (to tell the script of a document of scans)."""
    doubtful: tuple[tuple[float, float, float, float], ...] = ()
    """Boxes (x0, top, x1, bottom in points) of words read with too little confidence to keep: specks,
    stamps and the edges of drawings read as letters."""


@cache
def installed_languages() -> frozenset[str]:
    if not shutil.which("tesseract"):
        return frozenset()
    proc = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    return frozenset(line.strip() for line in proc.stdout.splitlines()[1:] if line.strip())


def require(languages: str, filename: str) -> None:
    """Refuse clearly when the engine or a language it needs is missing."""
    if not shutil.which("tesseract"):
        raise OcrUnavailable(
            f"{filename}: pages without a text layer need OCR, and Tesseract is not installed; "
            f"install it with: {INSTALL_HINT}"
        )
    missing = [lang for lang in languages.split("+") if lang not in installed_languages()]
    if missing:
        raise OcrUnavailable(
            f"{filename}: OCR needs the Tesseract language data {', '.join(missing)}; install it with: {INSTALL_HINT}"
        )


# ------------------------------------------------------------------ which pages


_VI_MARKS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_EN_WORDS = re.compile(r"\b(the|and|of|to|in|is|for|with|on|by|be|are|this|that)\b", re.I)


def unusable_text(text: str, chars: int, image_share: float) -> str | None:
    """Why a page's text layer cannot be used (None when it can): nothing but an image, replacement
    glyphs, or Latin letters that spell neither Vietnamese nor English (Cyrillic fonts without a Unicode
    map: «Налоговая» extracted as "Hanorosas")."""
    letters = [ch for ch in text if ch.isalpha()]
    if chars == 0 or (image_share > 0.5 and len(letters) < 100):
        return "no text layer"
    if "(cid:" in text or text.count("\ufffd") > 0.05 * max(1, len(text)):
        return "glyphs without a Unicode map"
    private = sum(1 for ch in text if unicodedata.category(ch) in ("Co", "Cn"))
    if private > 0.1 * max(1, len(letters)):
        return "glyphs without a Unicode map"
    if len(letters) >= 80:
        latin = [ch for ch in letters if ch.lower() < "ɏ"]  # Basic Latin and Latin-1/Extended-A
        vietnamese = sum(1 for ch in letters if ch.lower() in _VI_MARKS)
        words = max(1, len(text.split()))
        if (
            len(latin) > 0.9 * len(letters)
            and vietnamese < 0.01 * len(letters)
            and len(_EN_WORDS.findall(text)) < 0.03 * words
        ):
            return "Latin letters that spell no language (a font without a Unicode map)"
    return None


def languages_for(sample: str) -> str:
    """Tesseract languages for a document, from text read so far (a good page, or a first OCR pass)."""
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "rus+kaz"
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic >= 0.3 * len(letters):
        return "rus+kaz"  # Kazakh letters turn up in Russian documents too (names, addresses)
    if sum(1 for ch in letters if ch.lower() in _VI_MARKS) >= 0.01 * len(letters):
        return "vie"
    return "eng+rus"


# ------------------------------------------------------------------ recognition


def page_images(
    pdf: bytes, numbers: Iterable[int] | None = None, dpi: int = DPI
) -> Iterator[tuple[int, Image]]:
    """(page number, greyscale image) of the pages asked for (1-based; all when None), one at a time,
    from one opening of the document. pdfium is not thread-safe: render in one thread only."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in numbers if numbers is not None else range(1, len(document) + 1):
            page = document[number - 1]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            yield number, image
    finally:
        document.close()


def recognise(image, number: int, languages: str, dpi: int = DPI) -> OcrPage:
    """One page image → its invisible-text PDF page, rulings and confidence."""
    started = time.perf_counter()
    found = rulings(image, dpi)
    # A table: at least two rows and two columns of cells (a frame alone is a drawing or a stamp).
    grid = (
        sum(e["orientation"] == "h" for e in found) >= 3 and sum(e["orientation"] == "v" for e in found) >= 3
    )
    # Tesseract's page layout drops a lone figure in a cell (a row's number beside the table's rule):
    # the rules are erased, and a page with a grid is read as one block of text (psm 6), whose words
    # keep their positions all the same.
    psm = "6" if grid else "3"
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # pages run side by side; one thread each
    with tempfile.TemporaryDirectory(prefix="regdocs-ocr-") as tmp:
        src = Path(tmp) / "page.png"
        _without_rulings(image, found, dpi).save(src)
        base = Path(tmp) / "out"
        proc = subprocess.run(
            [
                "tesseract",
                str(src),
                str(base),
                "--dpi",
                str(dpi),
                "-l",
                languages,
                "--psm",
                psm,
                "-c",
                "textonly_pdf=1",
                "pdf",
                "tsv",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=PAGE_TIMEOUT_S,
        )
        if proc.returncode != 0 or not base.with_suffix(".pdf").exists():
            raise ExtractorError(f"OCR failed on page {number}: {proc.stderr.strip()[-300:]}")
        pdf = base.with_suffix(".pdf").read_bytes()
        words = _words(base.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace"), dpi)
    kept = [(conf, text) for conf, _, text in words if conf >= MIN_WORD_CONFIDENCE]
    confidence = round(sum(conf for conf, _ in kept) / len(kept) / 100, 3) if kept else 0.0
    doubtful = tuple(box for conf, box, _ in words if conf < MIN_WORD_CONFIDENCE)
    text = " ".join(t for _, t in kept)
    return OcrPage(
        number, pdf, tuple(found), confidence, time.perf_counter() - started, languages, text, doubtful
    )


def _without_rulings(image, edges: list[dict], dpi: int):
    """A copy of the page image with its ruling lines painted white."""
    from PIL import ImageDraw

    clean = image.copy()
    draw = ImageDraw.Draw(clean)
    scale = dpi / 72
    for e in edges:
        draw.rectangle(
            [e["x0"] * scale - 3, e["top"] * scale - 3, e["x1"] * scale + 3, e["bottom"] * scale + 3],
            fill=255,
        )
    return clean


def recognise_pages(pdf: bytes, numbers: list[int], languages: str, dpi: int = DPI) -> dict[int, OcrPage]:
    """Pages (1-based numbers) recognised side by side, one Tesseract per CPU, rendered here one by one
    (a long scan is never held as hundreds of page images at once)."""
    if not numbers:
        return {}
    workers = max(1, min(len(numbers), os.cpu_count() or 1))
    found: dict[int, OcrPage] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[OcrPage]] = deque()
        for number, image in page_images(pdf, numbers, dpi):
            pending.append(pool.submit(recognise, image, number, languages, dpi))
            while len(pending) > 2 * workers:
                page = pending.popleft().result()
                found[page.number] = page
        for future in pending:
            page = future.result()
            found[page.number] = page
    return found


def _words(tsv: str, dpi: int) -> list[tuple[float, tuple[float, float, float, float], str]]:
    """(confidence 0–100, box in points, text) of every word in Tesseract's TSV."""
    scale = 72 / dpi
    out = []
    for line in tsv.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) != 12 or parts[0] != "5" or not parts[11].strip():
            continue
        try:
            left, top, width, height, conf = (float(v) for v in parts[6:11])
        except ValueError:
            continue
        if conf >= 0:
            box = (left * scale, top * scale, (left + width) * scale, (top + height) * scale)
            out.append((conf, box, parts[11]))
    return out


# ------------------------------------------------------------------ ruling lines


def rulings(image, dpi: int = DPI) -> list[dict]:
    """Horizontal and vertical ruling lines of a page image, as pdfplumber edges in PDF points."""
    import numpy as np

    dark = np.asarray(image) < DARK
    min_len = int(dpi * RULE_MIN_INCHES)
    scale = 72 / dpi
    edges = []
    for y, x0, x1 in _segments(dark, min_len):
        edges.append(_edge("h", x0 * scale, x1 * scale, y * scale, y * scale))
    for x, y0, y1 in _segments(dark.T, min_len):
        edges.append(_edge("v", x * scale, x * scale, y0 * scale, y1 * scale))
    return edges


def _segments(mask, min_len: int) -> list[tuple[float, int, int]]:
    """Long dark runs along the rows of `mask`, runs on neighbouring rows merged into one line:
    (mean row, start, end)."""
    import numpy as np

    height, width = mask.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    _, ends = np.nonzero(step == -1)
    keep = ends - starts >= min_len
    open_lines: list[list[int]] = []  # [first row, last row, start, end]
    done: list[list[int]] = []
    for row, start, end in zip(rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True):
        for line in open_lines:
            if row - line[1] <= 2 and start < line[3] and end > line[2]:
                line[1], line[2], line[3] = row, min(line[2], start), max(line[3], end)
                break
        else:
            open_lines.append([row, row, start, end])
        still = [line for line in open_lines if row - line[1] <= 2]
        done += [line for line in open_lines if row - line[1] > 2]
        open_lines = still
    done += open_lines
    return [((a + b) / 2, s, e) for a, b, s, e in done if b - a <= 12]  # thicker is a filled area, not a rule


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {
        "object_type": "line",
        "orientation": orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }
