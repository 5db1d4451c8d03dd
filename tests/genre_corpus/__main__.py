"""Write the corpus: `python -m tests.genre_corpus OUTDIR [--split tuning|heldout|all]`.

The held-out documents are for the final measurement only; the default writes the tuning part.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from .registry import FORMATS, documents


def write(outdir: Path, split: str = "tuning", formats=FORMATS) -> list[Path]:
    """Renders every document of the split in every format, on every core; returns the files written."""
    (outdir / "expected").mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        written = pool.map(partial(_write_one, outdir, formats), documents(split), chunksize=8)
        return [path for paths in written for path in paths]


def _write_one(outdir: Path, formats, doc) -> list[Path]:
    from genre_docs import render

    files = [render(doc.parts, outdir, doc.stem, fmt) for fmt in formats]
    text = json.dumps(doc.expected, ensure_ascii=False, indent=1)
    (outdir / "expected" / f"{doc.stem}.json").write_text(text, encoding="utf-8")
    return files


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tests.genre_corpus", description=__doc__)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--split", choices=("tuning", "heldout", "all"), default="tuning")
    a = ap.parse_args()
    t0 = time.perf_counter()
    files = write(a.outdir, a.split)
    print(f"{len(files)} files of {len(files) // len(FORMATS)} documents in {a.outdir} ({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
