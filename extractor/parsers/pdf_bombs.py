"""PDF decompression bombs, refused before they go off, with a message that says what and why.

A few kilobytes of PDF can declare a page of 200 000 × 200 000 pt, an image of 50 000 × 50 000 px
or a content stream that inflates to gigabytes. Reading such a file would exhaust the worker's memory
or time limit, and the user would learn only that a limit was hit (or, when the renderer gives up
silently, that OCR found no text). These checks read sizes only — the page box, the image
dictionaries, the compressed streams counted as they inflate, never kept — so they cost
milliseconds, and they run before the content is parsed or a page is rendered.

Not covered here, and left to the worker's time and memory limits: the same small form drawn
millions of times through nesting, and Type 3 glyphs, patterns or annotations with huge streams.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterable, Iterator

from pdfminer.lzw import LZWDecoder
from pdfminer.pdftypes import (
    LITERALS_ASCII85_DECODE,
    LITERALS_ASCIIHEX_DECODE,
    LITERALS_FLATE_DECODE,
    LITERALS_LZW_DECODE,
    LITERALS_RUNLENGTH_DECODE,
    PDFStream,
    resolve1,
)
from pdfminer.psparser import LIT

from extractor.errors import ContentTooLarge

MAX_PAGE_PT = 14_400
"""Longest page side in points: 200 inches, the largest page the PDF standard allows."""
MAX_CONTENT_BYTES = 64 * 1024 * 1024
"""A page's content streams (and the forms it draws) once inflated. A dense page of text exported
from Word is about 30 kB; a detailed map a few MB."""
MAX_RENDER_PIXELS = 150_000_000
"""A page rendered for OCR: A0 at 300 dpi is 139 Mpx (one byte a pixel, and a few copies of it)."""
MAX_IMAGE_PIXELS = 150_000_000
"""An image on a page rendered for OCR: the renderer decodes it whole. A4 scanned at 600 dpi is 35 Mpx."""
_COUNT_FACTOR = 8
"""An inflating stream is counted up to this many times its limit, to say how far over it is."""
_CHUNK = 1024 * 1024
_FORM = LIT("Form")


def check_page(page, number: int, filename: str):
    """The pdfplumber page, when its size and its content streams are within the limits."""
    width, height = float(page.width), float(page.height)
    if max(width, height) > MAX_PAGE_PT:
        raise ContentTooLarge(
            f"{filename}: page {number} is {width:.0f} × {height:.0f} pt, over the limit of "
            f"{MAX_PAGE_PT} × {MAX_PAGE_PT} pt (the largest page the PDF standard allows)"
        )
    cap = _COUNT_FACTOR * MAX_CONTENT_BYTES
    size = sum(_bounded((_decoded_size(s, cap) for s in _content_streams(page.page_obj)), cap))
    if size > MAX_CONTENT_BYTES:
        amount = f"more than {_mb(cap)}" if size >= cap else _mb(size)
        raise ContentTooLarge(
            f"{filename}: page {number}'s content stream expands to {amount} MB, "
            f"over the limit of {_mb(MAX_CONTENT_BYTES)} MB"
        )
    return page


def check_render(data: bytes, numbers: Iterable[int], dpi: int, filename: str) -> None:
    """Refuse when a page to be rendered for OCR, or an image on it, has more pixels than the limit:
    the renderer would allocate them all."""
    import pypdfium2
    from pypdfium2 import raw

    document = pypdfium2.PdfDocument(data)
    try:
        for number in numbers:
            page = document[number - 1]
            try:
                width, height = page.get_size()
                px_w, px_h = round(width * dpi / 72), round(height * dpi / 72)
                if px_w * px_h > MAX_RENDER_PIXELS:
                    raise ContentTooLarge(
                        f"{filename}: page {number} has no usable text layer and is {width:.0f} × "
                        f"{height:.0f} pt: rendered for OCR at {dpi} dpi it would be {px_w} × {px_h} px "
                        f"({_px(px_w * px_h)}), over the limit of {_px(MAX_RENDER_PIXELS)}"
                    )
                for image in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]):
                    w, h = image.get_px_size()
                    if w * h > MAX_IMAGE_PIXELS:
                        raise ContentTooLarge(
                            f"{filename}: an image of {w} × {h} px ({_px(w * h)}) on page {number} is over "
                            f"the limit of {_px(MAX_IMAGE_PIXELS)} for a page read by OCR"
                        )
            finally:
                page.close()
    finally:
        document.close()


# ------------------------------------------------------------------ streams


def _content_streams(page_obj) -> Iterator[PDFStream]:
    """The page's content streams and those of the forms it draws (each once), as pdfminer reads them."""
    seen: set[int] = set()
    for ref in page_obj.contents:
        stream = resolve1(ref)
        if isinstance(stream, PDFStream) and id(stream) not in seen:
            seen.add(id(stream))
            yield stream
    yield from _forms(page_obj.resources, seen)


def _forms(resources, seen: set[int]) -> Iterator[PDFStream]:
    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return
    xobjects = resolve1(resources.get("XObject"))
    if not isinstance(xobjects, dict):
        return
    for ref in xobjects.values():
        stream = resolve1(ref)
        if not isinstance(stream, PDFStream) or id(stream) in seen or stream.get("Subtype") is not _FORM:
            continue
        seen.add(id(stream))
        yield stream
        yield from _forms(stream.get("Resources"), seen)


def _bounded(sizes: Iterable[int], cap: int) -> Iterator[int]:
    """The sizes until their sum reaches the cap (the rest need not be counted)."""
    total = 0
    for size in sizes:
        yield size
        total += size
        if total >= cap:
            return


def _decoded_size(stream: PDFStream, cap: int) -> int:
    """The stream's length once decoded (counted up to `cap`), without holding more than the limit of it.

    Flate and LZW are counted as they inflate; the stages before the last are kept (they feed the
    next) only up to the limit, and a stage over it is over whatever follows."""
    if stream.data is not None:
        return len(stream.data)
    data = stream.rawdata or b""
    if stream.decipher and stream.objid is not None and stream.genno is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    filters = stream.get_filters()
    for k, (name, _) in enumerate(filters):
        last = k == len(filters) - 1
        if name in LITERALS_FLATE_DECODE or name in LITERALS_LZW_DECODE:
            chunks = _inflate(data) if name in LITERALS_FLATE_DECODE else LZWDecoder(io.BytesIO(data)).run()
            if last:
                return _count(chunks, cap)
            data = _take(chunks, MAX_CONTENT_BYTES + 1)
            if len(data) > MAX_CONTENT_BYTES:
                return cap
        elif name in LITERALS_RUNLENGTH_DECODE:
            if last or len(data) * 64 > MAX_CONTENT_BYTES:
                return _run_length_size(data)
            from pdfminer.runlength import rldecode

            data = rldecode(data)
        elif name in LITERALS_ASCII85_DECODE or name in LITERALS_ASCIIHEX_DECODE:
            from pdfminer.ascii85 import ascii85decode, asciihexdecode

            try:
                data = (ascii85decode if name in LITERALS_ASCII85_DECODE else asciihexdecode)(data)
            except ValueError:
                return len(data)
        else:
            break  # an image filter, or one pdfminer will refuse by itself
    return len(data)


def _inflate(data: bytes) -> Iterator[bytes]:
    """A deflate stream's output, a megabyte at a time (as much as a damaged stream gives)."""
    inflater = zlib.decompressobj()
    try:
        while True:
            out = inflater.decompress(data, _CHUNK)
            if not out:
                return
            yield out
            data = inflater.unconsumed_tail
    except zlib.error:
        return


def _count(chunks: Iterable[bytes], cap: int) -> int:
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total >= cap:
            return cap
    return total


def _take(chunks: Iterable[bytes], most: int) -> bytes:
    out = bytearray()
    for chunk in chunks:
        out += chunk
        if len(out) >= most:
            break
    return bytes(out)


def _run_length_size(data: bytes) -> int:
    """The decoded length of RunLengthDecode data (at most 64 times its own), without decoding it."""
    total, i = 0, 0
    while i < len(data):
        n = data[i]
        if n == 128:
            break
        if n < 128:
            total += n + 1
            i += n + 2
        else:
            total += 257 - n
            i += 2
    return total


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def _px(pixels: int) -> str:
    return f"{pixels / 1e9:.1f} Gpx" if pixels >= 1e9 else f"{pixels / 1e6:.0f} Mpx"
