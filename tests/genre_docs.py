"""Documents of the genre written for the genre tests, rendered the ways they reach the service.

A document is a list of parts: ("h", heading), ("p", paragraph), ("t", caption or None, rows,
merges). Rows are lists of cell texts, None for a position a merge covers; a merge is
(first row, first column, last row, last column) and keeps the text of its top-left cell.

Each document is written as a DOCX (python-docx), a PDF (reportlab, DejaVu fonts), a text file
as Word saves one (a table row per line, cells between tabs) and a text dump of the PDF
(pypdfium2, the grid of every table lost). The facilities, figures and wording are invented.
"""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FORMATS = ("docx", "pdf", "txt", "dump.txt")


def have_fonts() -> bool:
    return (FONT_DIR / "DejaVuSans.ttf").is_file() and (FONT_DIR / "DejaVuSans-Bold.ttf").is_file()


def _set(cell, text: str) -> None:
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _at(table, r: int, c: int):
    """The cell at grid row `r`, column `c`: found in its row when a cell starts there and no merge
    from above covers it, else by `table.cell`, which walks the whole grid."""
    from docx.table import _Cell

    try:
        tc = table._tbl.tr_lst[r].tc_at_grid_offset(c)
    except ValueError:
        return table.cell(r, c)
    return table.cell(r, c) if tc.vMerge == "continue" else _Cell(tc, table)


def to_docx(parts, path: Path) -> Path:
    from docx import Document
    from docx.table import _Cell

    doc = Document()
    for part in parts:
        if part[0] == "h":
            doc.add_heading(part[1], level=1)
        elif part[0] == "p":
            doc.add_paragraph(part[1])
        else:
            _, caption, rows, merges = part
            if caption:
                doc.add_paragraph(caption)
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            # the cells straight from their rows: `table.cell` walks the whole grid on every call
            trs = table._tbl.tr_lst
            for r, row in enumerate(rows):
                tcs = trs[r].tc_lst
                for k, text in enumerate(row):
                    if text is not None:
                        _set(_Cell(tcs[k], table), text)
            for r1, c1, r2, c2 in merges:
                _set(_at(table, r1, c1).merge(_at(table, r2, c2)), rows[r1][c1] or "")
    doc.save(str(path))
    return path


def to_pdf(parts, path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("head", fontName="DejaVuSans-Bold", fontSize=11, leading=14, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=7.5, leading=9)
    width = landscape(A4)[0] - 80
    story = []
    for part in parts:
        if part[0] == "h":
            story.append(Paragraph(part[1], head))
        elif part[0] == "p":
            story.append(Paragraph(part[1], body))
        else:
            _, caption, rows, merges = part
            if caption:
                story.append(Paragraph(caption, body))
            n = max(len(r) for r in rows)
            data = [
                [Paragraph(t.replace("\n", "<br/>"), cell) if t else "" for t in row] + [""] * (n - len(row))
                for row in rows
            ]
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            style += [("SPAN", (c1, r1), (c2, r2)) for r1, c1, r2, c2 in merges]
            story.append(Table(data, colWidths=[width / n] * n, style=TableStyle(style)))
            story.append(Spacer(1, 8))
    pagesize = landscape(A4)
    SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(
        story
    )
    return path


def to_txt(parts, path: Path) -> Path:
    """Word's plain-text save: a table row per line, its cells between tabs."""
    lines: list[str] = []
    for part in parts:
        if part[0] in ("h", "p"):
            lines += [part[1], ""]
        else:
            _, caption, rows, _ = part
            if caption:
                lines += [caption, ""]
            lines += ["\t".join((t or "").replace("\n", " ") for t in row) for row in rows]
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def to_dump(parts, path: Path) -> Path:
    """The text of the PDF as a text layer gives it: words of a row on a line, every grid lost."""
    import pypdfium2

    pdf = path.with_name(path.name + ".pdf")
    to_pdf(parts, pdf)
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        text = "\n\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()
    pdf.unlink()
    path.write_text(text.replace("\r\n", "\n"), encoding="utf-8")
    return path


RENDER = {"docx": to_docx, "pdf": to_pdf, "txt": to_txt, "dump.txt": to_dump}


def render(parts, directory: Path, stem: str, fmt: str) -> Path:
    return RENDER[fmt](parts, directory / f"{stem}.{fmt}")


def extracted(parts, directory: Path, stem: str, fmt: str):
    """The extraction of a document the test writes in `fmt`, read back as the service reads an upload."""
    from extractor.extraction import extract_document
    from extractor.reading import parse_file

    return extract_document(parse_file(render(parts, directory, stem, fmt)))


def monitoring_duties(found) -> set[tuple]:
    """(sources, point, frequency, substances) of each monitoring duty an extraction found."""
    return {
        (o.source_numbers, o.point, o.frequency, tuple(sorted(s.symbol or s.code or "" for s in o.substances)))
        for o in found.obligations
        if o.kind == "monitoring"
    }
