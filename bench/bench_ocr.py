"""OCR seconds per page, against reading the same pages from their text layer.

    python bench/bench_ocr.py [--devset DIR] [--dpi 200]

Every PDF of the dev set (else the sample programme) is rasterised at `--dpi` into an image-only
PDF, the way a printed and scanned document arrives; then, in this process and alternating, the
text PDF and its scan are parsed (document model). Printed: seconds per page of each, and the scan
as a multiple of the text PDF. OCR runs one Tesseract per CPU, so the figure depends on the cores.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from extractor.parsers.ocr import page_images
from extractor.reading import parse_file
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = Settings(time_limit_s=0)


def rasterise(src: Path, dst: Path, dpi: int) -> Path:
    images = [image for _, image in page_images(src.read_bytes(), dpi=dpi)]
    images[0].save(dst, save_all=True, append_images=images[1:], resolution=dpi)
    return dst


def timed(path: Path) -> tuple[float, object]:
    t0 = time.perf_counter()
    doc = parse_file(path, SETTINGS)
    return time.perf_counter() - t0, doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devset", default=str(ROOT.parent / "shared" / "devset"))
    ap.add_argument("--dpi", type=int, default=200)
    args = ap.parse_args()
    devset = Path(args.devset)
    pdfs = (
        sorted(devset.glob("*.pdf"))
        if devset.is_dir()
        else [ROOT / "corpus" / "samples" / "sample-pek-programme.pdf"]
    )
    parse_file(pdfs[0], SETTINGS)  # warm-up
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in pdfs:
            scan = rasterise(pdf, Path(tmp) / pdf.name, args.dpi)
            text_s, doc = timed(pdf)
            scan_s, scanned = timed(scan)
            pages = doc.pages or 1
            conf = scanned.metadata.ocr_pages
            rows.append(
                {
                    "file": pdf.name,
                    "pages": pages,
                    "text_s_per_page": round(text_s / pages, 3),
                    "ocr_s_per_page": round(scan_s / pages, 2),
                    "ocr_vs_text": round(scan_s / text_s, 1),
                    "mean_confidence": round(sum(conf.values()) / len(conf), 3) if conf else None,
                }
            )
            print(json.dumps(rows[-1], ensure_ascii=False))
    pages = sum(r["pages"] for r in rows)
    ocr_s = sum(r["ocr_s_per_page"] * r["pages"] for r in rows)
    text_s = sum(r["text_s_per_page"] * r["pages"] for r in rows)
    print(
        f"\n{len(rows)} PDFs, {pages} pages at {args.dpi} dpi, {os.cpu_count()} CPUs: "
        f"OCR {ocr_s / pages:.2f} s/page, text layer {text_s / pages:.3f} s/page, OCR ×{ocr_s / text_s:.0f}"
    )
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_ocr.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
