"""Scanned pages and broken text layers, read by OCR (Debian's Tesseract) into the same document model.

Built here: a PDF whose Cyrillic font has lost its Unicode map (pdfplumber reads `(cid:…)`), and an
image-only PDF of a generated programme, rasterised at 200 dpi (pypdfium2) and written by Pillow —
what a printed, scanned-back document is.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import builders
import pytest

from extractor.errors import NoTextLayer
from extractor.parsers.ocr import languages_for, page_images, unusable_text
from extractor.reading import parse_file

ROOT = Path(__file__).resolve().parents[1]
needs_tesseract = pytest.mark.skipif(
    not shutil.which("tesseract"), reason="Tesseract is not installed (.ci/run installs it)"
)


def broken_text_layer_pdf(path: Path) -> Path:
    """Russian text in DejaVu whose /ToUnicode map is renamed away: the page shows Cyrillic, the text
    layer gives glyph ids."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(builders.FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("DejaVu", 13)
    lines = [
        "Программа производственного экологического контроля на 2027 год",
        "Источник 0001: азота диоксид, серы диоксид, 1 раз в квартал.",
        "Отчет представляется в уполномоченный орган ежеквартально.",
    ]
    for k, text in enumerate(lines):
        c.drawString(60, 760 - 24 * k, text)
    c.save()
    path.write_bytes(buf.getvalue().replace(b"/ToUnicode", b"/NoUnicode"))  # same length: offsets hold
    return path


def rasterised(src: Path, dst: Path, dpi: int = 200) -> Path:
    """An image-only copy of a PDF: every page rendered to a greyscale image, the images saved as a PDF."""
    images = [image for _, image in page_images(src.read_bytes(), dpi=dpi)]
    images[0].save(dst, save_all=True, append_images=images[1:], resolution=dpi)
    return dst


def text_of(doc) -> str:
    cells = [c.text for t in doc.tables() for row in t.rows for c in row if c is not None]
    return " ".join([b.text for b in doc.blocks] + cells)


def test_a_usable_text_layer_is_left_alone():
    assert unusable_text("Программа производственного экологического контроля " * 5, 300, 0.0) is None
    vietnamese = "Điều 5. Cơ sở phải thực hiện quan trắc nước thải định kỳ theo quy chuẩn kỹ thuật quốc gia " * 3
    assert unusable_text(vietnamese, 300, 0.0) is None
    english = "The operator shall monitor the emissions of the sources listed in the table of this programme " * 2
    assert unusable_text(english, 300, 0.0) is None


def test_an_unusable_text_layer_is_recognised():
    assert unusable_text("", 0, 0.9) == "no text layer"
    assert unusable_text("Стр. 1", 6, 0.95) == "no text layer"  # a scan with a typed page number
    assert "Unicode" in unusable_text("(cid:1)(cid:2)(cid:3) (cid:4)(cid:5)", 40, 0.0)
    # Cyrillic drawn through a font that maps its glyphs to Latin letters: «Налоговая инспекция …»
    garbage = "Hanorosas uHcneKuus no ropogy Kaparagbl, ucTo4HuK Bbl6poca, asoTa guoKcug, cepbl guoKcug " * 2
    assert "Latin" in unusable_text(garbage, len(garbage), 0.0)


def test_ocr_languages_follow_the_script():
    assert languages_for("Программа экологического контроля") == "rus+kaz"
    assert languages_for("Cơ sở phải thực hiện quan trắc nước thải định kỳ") == "vie"


@needs_tesseract
def test_a_broken_text_layer_is_detected_and_read_by_ocr(tmp_path):
    doc = parse_file(broken_text_layer_pdf(tmp_path / "broken.pdf"))
    text = text_of(doc).lower()
    for word in ("программа", "экологического", "источник", "0001", "квартал", "уполномоченный"):
        assert word in text, text
    assert "(cid:" not in text
    assert list(doc.metadata.ocr_pages) == [1] and doc.metadata.ocr_pages[1] > 0.7


@needs_tesseract
def test_a_scanned_table_is_one_table_over_its_pages_with_provenance_confidence(tmp_path):
    from extractor.extraction import extract_document

    made = builders.pdf_programme(tmp_path)
    scan = rasterised(made.path, tmp_path / "scan.pdf")
    doc = parse_file(scan)
    assert set(doc.metadata.ocr_pages) == set(range(1, made.pages + 1))
    tables = doc.tables()
    assert len(tables) == 1, [len(t.rows) for t in tables]  # joined over its pages like a text PDF's
    (table,) = tables
    numbers = [row[2].text for row in table.rows if row[2] is not None]
    assert len(table.rows) >= len(made.rows) - 2
    assert sum(1 for n in numbers if n.isdigit() and len(n) == 4) >= 0.9 * len(made.rows)
    extraction = extract_document(doc)
    assert extraction.document.ocr_pages and all(v > 0.5 for v in extraction.document.ocr_pages.values())
    sources = [s for s in extraction.sources if s.provenance.page is not None]
    assert sources and all(s.provenance.ocr_confidence is not None for s in sources)


@needs_tesseract
def test_a_page_without_any_text_even_by_ocr_is_refused(tmp_path):
    with pytest.raises(NoTextLayer, match="OCR found no text"):
        parse_file(builders.pdf_without_text(tmp_path))


def test_without_tesseract_the_error_says_how_to_install_it(tmp_path):
    scan = builders.pdf_without_text(tmp_path)
    env = {**os.environ, "PATH": "/nonexistent"}  # no tesseract on the path
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "parse", str(scan)], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert "Tesseract is not installed" in proc.stderr
    assert "apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-vie" in proc.stderr
