"""Parse and full extraction speed per format, against pdfplumber's bare reading of the same PDFs.

    python bench/bench_pdf.py [--devset DIR] [--pages 500] [--repeat 3]

For each PDF, in this process and alternating so that the machine's load falls on all alike:
pdfplumber's own `extract_text()` + `extract_tables()` on every page (the baseline), our parse
(document model), and our parse + extraction (the contract). The figures to quote are the ratios
to the baseline. DOCX and text files of the dev set are timed too, in pages per second of their
PDF twin. The generated programme (bench/programme.py) is built once into bench/out/.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import pdfplumber

from extractor.extraction import extract_document
from extractor.reading import parse_file
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SETTINGS = Settings(time_limit_s=0, max_pages=100_000)


def bare_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def parse(path: Path) -> None:
    parse_file(path, SETTINGS)


def full(path: Path) -> None:
    extract_document(parse_file(path, SETTINGS))


def timed(fn, path: Path) -> float:
    t0 = time.perf_counter()
    fn(path)
    return time.perf_counter() - t0


def bench_pdf(path: Path, repeat: int) -> dict:
    pages = bare_pdfplumber(path)
    runs: dict[str, list[float]] = {"pdfplumber": [], "parse": [], "full": []}
    for _ in range(repeat):
        for name, fn in (("pdfplumber", bare_pdfplumber), ("parse", parse), ("full", full)):
            runs[name].append(timed(fn, path))
    med = {k: statistics.median(v) for k, v in runs.items()}
    return {
        "file": path.name,
        "pages": pages,
        **{f"{k}_s": round(v, 3) for k, v in med.items()},
        "full_pages_per_s": round(pages / med["full"], 2),
        "parse_vs_pdfplumber": round(med["parse"] / med["pdfplumber"], 2),
        "full_vs_pdfplumber": round(med["full"] / med["pdfplumber"], 2),
    }


def bench_other(path: Path, pages: int | None, repeat: int) -> dict:
    parse_s = statistics.median(timed(parse, path) for _ in range(repeat))
    full_s = statistics.median(timed(full, path) for _ in range(repeat))
    return {
        "file": path.name,
        "pages": pages,
        "parse_s": round(parse_s, 3),
        "full_s": round(full_s, 3),
        "full_pages_per_s": round(pages / full_s, 2) if pages else None,
        "full_vs_parse": round(full_s / parse_s, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devset", default=str(ROOT.parent / "shared" / "devset"))
    ap.add_argument("--pages", type=int, default=500, help="pages of the generated programme (0: none)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    full(ROOT / "corpus" / "samples" / "sample-pek-programme.pdf")  # warm-up: imports, indexes, pipelines

    devset = Path(args.devset)
    pdfs = sorted(devset.glob("*.pdf")) if devset.is_dir() else []
    pdfs.append(ROOT / "corpus" / "samples" / "sample-pek-programme.pdf")
    results = {"pdf": [], "docx": [], "txt": []}
    page_counts = {}
    for path in pdfs:
        r = bench_pdf(path, args.repeat)
        page_counts[path.stem] = r["pages"]
        results["pdf"].append(r)
        print(json.dumps(r, ensure_ascii=False))
    if args.pages:
        big = OUT / f"programme-{args.pages}.pdf"
        if not big.exists():
            from programme import build

            big.write_bytes(build(args.pages))
        r = bench_pdf(big, 1)
        results["pdf"].append(r)
        print(json.dumps(r, ensure_ascii=False))
    for fmt in ("docx", "txt"):
        for path in sorted(devset.glob(f"*.{fmt}")) if devset.is_dir() else []:
            r = bench_other(path, page_counts.get(path.stem), args.repeat)
            results[fmt].append(r)
            print(json.dumps(r, ensure_ascii=False))

    print()
    print(
        f"{'format':6} {'files':>5} {'pages':>6} {'pages/s full':>12} {'full/pdfplumber':>16} {'parse/pdfplumber':>17}"
    )
    for fmt, rows in results.items():
        if not rows:
            continue
        pages = sum(r["pages"] or 0 for r in rows)
        secs = sum(r["full_s"] for r in rows)
        line = f"{fmt:6} {len(rows):>5} {pages:>6} {pages / secs if secs else 0:>12.2f}"
        if fmt == "pdf":
            base = sum(r["pdfplumber_s"] for r in rows)
            line += f" {secs / base:>16.2f} {sum(r['parse_s'] for r in rows) / base:>17.2f}"
        print(line)
    (OUT / "bench_pdf.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
