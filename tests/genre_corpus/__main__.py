"""Write the corpus: `python -m tests.genre_corpus OUTDIR [--split tuning|heldout|all]`.

The held-out documents are for the final measurement only; the default writes the tuning part.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from .registry import FORMATS, documents


def write(outdir: Path, split: str = "tuning", formats=FORMATS) -> list[Path]:
    """Renders every document of the split in every format; returns the files written."""
    from genre_docs import render

    (outdir / "expected").mkdir(parents=True, exist_ok=True)
    files = []
    for doc in documents(split):
        for fmt in formats:
            files.append(render(doc.parts, outdir, doc.stem, fmt))
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
