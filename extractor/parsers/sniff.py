"""Decide a file's format from its bytes, and refuse what we cannot read.

The name's extension is a claim, the bytes are the evidence: a `.docx` that
is not a ZIP, a `.pdf` that is an executable, or a `.txt` full of binary is
refused with a message that says what the file really is.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from extractor.errors import CorruptFile, EmptyFile, EncryptedFile, MislabelledFile, UnsupportedFormat
from extractor.model import Format

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""A DOCX of a thousand pages with pictures unpacks to tens of MB; far more is an attack."""

EXTENSIONS = {".pdf": Format.PDF, ".docx": Format.DOCX, ".txt": Format.TXT, ".text": Format.TXT}

# What other well-known files look like, so that the refusal can name them.
_FOREIGN_MAGIC = (
    (b"MZ", "a Windows executable"),
    (b"\x7fELF", "a Linux executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"%!PS", "a PostScript file"),
)


def sniff(data: bytes, filename: str = "") -> Format:
    """The format of `data`, checked against what `filename` claims."""
    name = PurePath(filename).name or "the file"
    if not data or not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise EmptyFile(f"{name}: the file is empty")
    claimed = EXTENSIONS.get(PurePath(filename).suffix.lower())
    actual = _detect(data, name)
    if claimed is not None and claimed != actual:
        raise MislabelledFile(
            f"{name}: named .{claimed.value} but the content is {_describe(actual)}; "
            f"rename it to .{actual.value} or upload the right file"
        )
    return actual


def _describe(fmt: Format) -> str:
    return {Format.PDF: "a PDF", Format.DOCX: "a Word DOCX document", Format.TXT: "plain text"}[fmt]


def _detect(data: bytes, name: str) -> Format:
    head = data[:1024]
    if b"%PDF-" in head:
        return Format.PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_format(data, name)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedFile(
                f"{name}: the Word document is password-protected; save it without a password"
            )
        raise UnsupportedFormat(
            f"{name}: a legacy Office file (.doc/.xls, Word 97-2003); save it as .docx or PDF"
        )
    for magic, what in _FOREIGN_MAGIC:
        if data.startswith(magic):
            if what == "an RTF document":
                raise UnsupportedFormat(f"{name}: {what}; save it as .docx or PDF")
            raise UnsupportedFormat(f"{name}: this is {what}, not a document (PDF, DOCX or text)")
    if _looks_like_text(data):
        return Format.TXT
    if PurePath(name).suffix.lower() == ".pdf":
        raise CorruptFile(f"{name}: not a valid PDF (no %PDF header)")
    if PurePath(name).suffix.lower() == ".docx":
        raise CorruptFile(f"{name}: not a valid DOCX (it is not a ZIP archive)")
    raise UnsupportedFormat(f"{name}: unrecognised binary content; supported formats are PDF, DOCX and text")


def _zip_format(data: bytes, name: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"{name}: damaged ZIP container ({exc})") from None
    names = {i.filename for i in infos}
    # zipfile never inflates a member past its declared size (it fails the CRC check instead),
    # so the declared sizes bound what reading the container can cost.
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise CorruptFile(
            f"{name}: the container unpacks to {unpacked / (1024 * 1024):.0f} MB, over the "
            f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB a document may hold (a zip bomb?)"
        )
    if "word/document.xml" in names:
        return Format.DOCX
    if "xl/workbook.xml" in names:
        raise UnsupportedFormat(f"{name}: an Excel workbook; export the sheet to PDF or copy it into a DOCX")
    if "content.xml" in names:
        raise UnsupportedFormat(f"{name}: an OpenDocument file; save it as .docx or PDF")
    raise UnsupportedFormat(f"{name}: a ZIP archive, not a DOCX document (no word/document.xml inside)")


def utf16_without_bom(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when BOM-less bytes read as text in that order (letters of the
    scripts the service reads, spaces, punctuation), else None: Notepad's "Unicode" without a BOM."""
    sample = data[:65536]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        usual = sum(1 for ch in text if _usual(ch))
        if usual >= 0.97 * len(text):
            return codec
    return None


def _usual(ch: str) -> bool:
    """A character of Russian, Kazakh, Vietnamese or English text, or of its punctuation."""
    o = ord(ch)
    return (
        ch in "\t\n\r\f"
        or 0x20 <= o < 0x7F
        or 0xA0 <= o < 0x250
        or 0x300 <= o < 0x370
        or 0x400 <= o < 0x530
        or 0x1E00 <= o < 0x1F00
        or 0x2000 <= o < 0x2070
        or o in (0x2116, 0x2103)
    )


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample and utf16_without_bom(sample):
        return True
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            decoded = sample[: len(sample) // 2 * 2].decode("utf-16")
        except UnicodeDecodeError:
            return False
        return sum(1 for ch in decoded if ord(ch) < 32 and ch not in "\t\n\f\r") <= len(decoded) * 0.01
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) * 0.01
