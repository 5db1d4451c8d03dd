"""Ingest throughput, and peak memory while ingesting the long generated programme.

    python bench/bench_ingest.py [--documents 24] [--pages 500]

Throughput: `extractor ingest` of the same set of documents (variants of the sample programme in
PDF, DOCX and text, each made distinct by one line) into a fresh store, by one process, then by
two processes at once (each half of the set); documents per minute, and the two-process figure as
a ratio to the one-process run of the same session.

Memory: `extractor ingest` of the generated programme (bench/programme.py) with the memory of its
whole process tree (the command, the worker forkserver, the worker) sampled from /proc every 50 ms:
the peak resident set (RSS, shared pages counted once per process) and the peak proportional set
(PSS, shared pages divided among the processes that share them: what the tree really costs).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
OUT = ROOT / "bench" / "out"


def variants(folder: Path, n: int) -> list[Path]:
    """`n` distinct documents: the sample programme in its three formats, each with one more line."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        fmt = ("txt", "docx", "pdf")[k % 3]
        path = folder / f"programme-{k:03d}.{fmt}"
        data = (SAMPLES / f"sample-pek-programme.{fmt}").read_bytes()
        if fmt == "txt":
            data += f"\nПриложение {k}.\n".encode()
        elif fmt == "docx":
            data = _docx_with_comment(data, k)
        else:
            data += f"\n% variant {k}\n".encode()  # after %%EOF: readers ignore it, the hash changes
        path.write_bytes(data)
        out.append(path)
    return out


def _docx_with_comment(data: bytes, k: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("customXml/variant.xml", f"<variant>{k}</variant>")
    return out.getvalue()


def ingest(paths: list[Path], database: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "extractor", "ingest", *map(str, paths), "--db", str(database)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def throughput(paths: list[Path], processes: int, folder: Path) -> float:
    database = folder / f"ingest-{processes}.db"
    started = time.perf_counter()
    procs = [ingest(paths[k::processes], database) for k in range(processes)]
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(err.decode())
    return len(paths) / ((time.perf_counter() - started) / 60)


def tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            with contextlib.suppress(OSError):  # the process has just ended
                todo += [int(c) for c in task.read_text().split()]
    return out


def memory_kb(pid: int, field: str) -> int:
    path = Path(f"/proc/{pid}/smaps_rollup" if field == "Pss" else f"/proc/{pid}/status")
    try:
        for line in path.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_memory(path: Path, folder: Path) -> dict:
    proc = ingest([path], folder / "memory.db")
    peak_rss = peak_pss = peak_one = 0
    started = time.perf_counter()
    while proc.poll() is None:
        pids = tree(proc.pid)
        rss = [memory_kb(p, "VmRSS") for p in pids]
        peak_rss = max(peak_rss, sum(rss))
        peak_one = max(peak_one, max(rss, default=0))
        peak_pss = max(peak_pss, sum(memory_kb(p, "Pss") for p in pids))
        time.sleep(0.05)
    _, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(err.decode())
    return {
        "file": path.name,
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_tree_mb": round(peak_rss / 1024),
        "peak_rss_largest_process_mb": round(peak_one / 1024),
        "peak_pss_tree_mb": round(peak_pss / 1024),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=24)
    ap.add_argument("--pages", type=int, default=500)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    paths = variants(folder / "docs", args.documents)
    one = throughput(paths, 1, folder)
    two = throughput(paths, 2, folder)
    results = {
        "documents": len(paths),
        "one_process_per_min": round(one, 1),
        "two_processes_per_min": round(two, 1),
        "two_vs_one": round(two / one, 2),
    }
    print(json.dumps(results, ensure_ascii=False))
    if args.pages:
        OUT.mkdir(parents=True, exist_ok=True)
        big = OUT / f"programme-{args.pages}.pdf"
        if not big.exists():
            from programme import build

            big.write_bytes(build(args.pages))
        results["memory"] = peak_memory(big, folder)
        print(json.dumps(results["memory"], ensure_ascii=False))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_ingest.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
