"""How much extraction adds to parsing: parse a file, then extract from the parsed model.

    python bench/bench_extract.py [FILE] [--repeat N]

Both run in this process, alternating, so that the machine's load affects them alike; the figure to
quote is the ratio (parse + extract) / parse, which issue 4 requires to stay under 2.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from extractor.extraction import extract_document
from extractor.reading import parse_file

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "devset" / "pek-programme-vzhr.pdf"
FALLBACK = ROOT / "corpus" / "samples" / "sample-pek-programme.pdf"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file", nargs="?", default=str(DEFAULT if DEFAULT.exists() else FALLBACK))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    parse_file(args.file)  # warm up: imports, dictionaries, reference lists
    extract_document(parse_file(args.file))
    parse_times, extract_times = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        doc = parse_file(args.file)
        t1 = time.perf_counter()
        extract_document(doc)
        t2 = time.perf_counter()
        parse_times.append(t1 - t0)
        extract_times.append(t2 - t1)
    parse = statistics.median(parse_times)
    extract = statistics.median(extract_times)
    print(f"file: {args.file} ({doc.pages or '-'} pages, {len(doc.blocks)} blocks)")
    print(f"parse            {parse * 1000:8.0f} ms (median of {args.repeat})")
    print(f"extract          {extract * 1000:8.0f} ms")
    print(f"parse + extract  {(parse + extract) * 1000:8.0f} ms")
    print(f"ratio (parse + extract) / parse = {(parse + extract) / parse:.2f}  (must stay under 2)")


if __name__ == "__main__":
    main()
