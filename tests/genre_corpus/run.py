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


def evaluate(
    outdir: Path, split: str = "tuning", formats=FORMATS, only: tuple[str, ...] = (), roles: tuple[str, ...] = ()
) -> list[Result]:
    """Every file of the split (written first when OUTDIR has none), or those whose layout starts with one of
    `only` and whose role is one of `roles`."""
    from .__main__ import write

    expected_dir = outdir / "expected"
    if not expected_dir.is_dir():
        write(outdir, split, formats)
    jobs = []
    for gold_path in sorted(expected_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold["meta"]["split"] != split:
            continue
        if only and not gold["meta"]["layout"].startswith(only):
            continue
        if roles and gold["meta"]["role"] not in roles:
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


def compare(before: dict, results: list[Result]) -> str:
    """The files whose F1 moved since an earlier run's --json, worst loss first, and the means over the files both hold."""
    moved, old, new = [], [], []
    for r in results:
        if (was := before.get(f"{r.stem}.{r.fmt}")) is None:
            continue
        old.append(was["f1"])
        new.append(r.f1)
        if abs(was["f1"] - r.f1) > 1e-9:
            moved.append((r.f1 - was["f1"], f"{r.stem}.{r.fmt}", was["f1"], r.f1))
    lines = [f"over the {len(new)} files both runs hold: {statistics.mean(old or [0]):.4f} -> {statistics.mean(new or [0]):.4f}, "
             f"{sum(d > 0 for d, *_ in moved)} up, {sum(d < 0 for d, *_ in moved)} down"]
    lines += [f"  {d:+.3f} {name}: {a:.3f} -> {b:.3f}" for d, name, a, b in sorted(moved)]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m genre_corpus.run", description=__doc__)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--split", choices=("tuning", "heldout", "all"), default="tuning")
    ap.add_argument("--worst", type=int, default=15)
    ap.add_argument("--only", nargs="+", default=(), help="layouts whose names start so (`JP` or `JP1 JO`)")
    ap.add_argument("--role", nargs="+", default=(), help="documents of these roles only (`limits monitoring`)")
    ap.add_argument("--json", type=Path, help="also write every file's F1 and metrics here, to compare two runs")
    ap.add_argument("--compare", type=Path, help="a --json file of an earlier run: print the files that went up or down")
    a = ap.parse_args()
    started = time.perf_counter()
    results = evaluate(a.outdir, a.split, only=tuple(a.only), roles=tuple(a.role))
    print(report(results, a.worst))
    if a.json:
        per_file = {f"{r.stem}.{r.fmt}": {"f1": r.f1, "metrics": r.metrics} for r in results}
        a.json.write_text(json.dumps(per_file, ensure_ascii=False, indent=0), encoding="utf-8")
    if a.compare:
        print(compare(json.loads(a.compare.read_text(encoding="utf-8")), results))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
