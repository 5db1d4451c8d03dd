"""Extract and score the genre corpus: `python -m genre_corpus.run OUTDIR [--split tuning|heldout]`
(from tests/). Writes the split when OUTDIR has none, reads every file through the same path as
`extractor extract`, and prints the mean F1 per role, language and format, and the worst documents.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .registry import FORMATS
from .scoring import mean_f1, score


@dataclass(frozen=True)
class Result:
    stem: str
    fmt: str
    meta: dict
    f1: float
    metrics: dict


def extract(path: Path) -> dict:
    """What `extractor extract PATH` prints, in process (the CLI's own two calls)."""
    from extractor.extraction import extract_document
    from extractor.reading import parse_bytes
    from extractor.settings import Settings

    doc = parse_bytes(path.read_bytes(), path.name, Settings())
    return extract_document(doc).to_json()


def evaluate(outdir: Path, split: str = "tuning", formats=FORMATS) -> list[Result]:
    from .__main__ import write

    expected_dir = outdir / "expected"
    if not expected_dir.is_dir():
        write(outdir, split, formats)
    jobs = []
    for gold_path in sorted(expected_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold["meta"]["split"] != split:
            continue
        jobs.extend((str(outdir / f"{gold_path.stem}.{fmt}"), gold_path.stem, fmt, gold) for fmt in formats)
    # every core extracts: the files are independent, and the whole corpus is thousands of them
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(_scored, jobs, chunksize=16))


def _scored(job: tuple[str, str, str, dict]) -> Result:
    path, stem, fmt, gold = job
    metrics = score(extract(Path(path)), gold)
    return Result(stem, fmt, gold["meta"], mean_f1(metrics), metrics)


def mean(results: list[Result]) -> float:
    return statistics.mean(r.f1 for r in results) if results else 0.0


def report(results: list[Result], worst: int = 15) -> str:
    lines = [f"mean F1 {mean(results):.3f} over {len(results)} files"]
    for key in ("role", "language"):
        groups: dict[str, list[Result]] = {}
        for r in results:
            groups.setdefault(r.meta[key], []).append(r)
        lines.append(f"  by {key}: " + ", ".join(f"{k} {mean(v):.3f}" for k, v in sorted(groups.items())))
    by_fmt: dict[str, list[Result]] = {}
    for r in results:
        by_fmt.setdefault(r.fmt, []).append(r)
    lines.append("  by format: " + ", ".join(f"{k} {mean(v):.3f}" for k, v in sorted(by_fmt.items())))
    for r in sorted(results, key=lambda r: r.f1)[:worst]:
        if r.f1 >= 1.0:
            break
        bad = {k: v[3] for k, v in r.metrics.items() if v[0] < 1.0}
        lines.append(f"  {r.f1:.3f} {r.stem}.{r.fmt}: {bad}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m genre_corpus.run", description=__doc__)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--split", choices=("tuning", "heldout", "all"), default="tuning")
    ap.add_argument("--worst", type=int, default=15)
    a = ap.parse_args()
    started = time.perf_counter()
    results = evaluate(a.outdir, a.split)
    print(report(results, a.worst))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
