"""API latency and throughput with 100,000 obligations in the store.

    python bench/bench_api.py [--obligations 100000] [--requests 400] [--clients 16] [--seconds 15]

Fills a fresh store with generated programmes (100 facilities × 1,000 obligations: monitoring of
real substances at numbered sources, reports with deadlines), starts `extractor serve` on a free
localhost port, and measures from this process:

- p50/p99 latency of a facility's obligations filtered by substance (`?substance=диоксид азота`),
  of the full-text search across facilities (`/obligations?q=…`), and of a baseline request that
  reads one row (`/facilities/{id}`), so that the figures can be quoted as ratios to it;
- requests per second with 16 clients at once, mixing the two queries.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from extractor import contract as c
from extractor.store import open_db
from extractor.store.ingest import store_extraction
from extractor.store.schema import write_transaction

ROOT = Path(__file__).resolve().parents[1]
SUBSTANCES = [
    c.Substance("0301", "10102-44-0", "NO2", "Азота диоксид"),
    c.Substance("0330", "7446-09-5", "SO2", "Сера диоксид"),
    c.Substance("0337", "630-08-0", "CO", "Углерод оксид"),
    c.Substance("2908", None, None, "Пыль неорганическая: 70-20% двуокиси кремния"),
    c.Substance("0333", "7783-06-4", "H2S", "Сероводород"),
]
FREQUENCIES = [
    ("quarterly", "FREQ=MONTHLY;INTERVAL=3"),
    ("monthly", "FREQ=MONTHLY"),
    ("yearly", "FREQ=YEARLY"),
]


def programme(f: int, per_facility: int) -> c.Extraction:
    """A generated programme of facility `f` with `per_facility` obligations."""
    obligations = []
    for k in range(per_facility):
        s1, s2 = SUBSTANCES[k % 5], SUBSTANCES[(k + 2) % 5]
        word, rrule = FREQUENCIES[k % 3]
        number = f"{k % 5999 + 1:04d}"
        if k % 50 == 0:
            obligations.append(
                c.Obligation(
                    id=f"o{k}",
                    kind="reporting",
                    text=f"Отчет о выполнении программы производственного экологического "
                    f"контроля по участку {k} представляется в уполномоченный орган",
                    frequency="quarterly",
                    rrule="FREQ=MONTHLY;INTERVAL=3",
                    deadline="до 1 числа второго месяца за отчетным кварталом",
                )
            )
        else:
            obligations.append(
                c.Obligation(
                    id=f"o{k}",
                    kind="monitoring",
                    text=f"Источник {number}: {s1.name}, {s2.name}; инструментальный замер",
                    frequency=word,
                    rrule=rrule,
                    substances=(s1, s2),
                    source_numbers=(number,),
                    actor="Аккредитованная лаборатория",
                )
            )
    name = f"Генерированный комбинат № {f}"
    sha = hashlib.sha256(name.encode()).hexdigest()
    return c.Extraction(
        document=c.DocumentInfo(
            sha,
            f"programme-{f}.pdf",
            "pdf",
            "pek_programme",
            "ru",
            {"ru": 1.0},
            "Программа ПЭК",
            None,
            None,
            30,
            2027,
        ),
        facilities=(c.Facility(name=name, bin=None, kato=f"35101{f:04d}"),),
        obligations=tuple(obligations),
    )


def fill(database: Path, total: int) -> None:
    db = open_db(database)
    facilities = max(1, total // 1000)
    for f in range(facilities):
        with write_transaction(db):
            store_extraction(db, programme(f, total // facilities), f"programme {f}".encode())
    db.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def latencies(client: httpx.Client, path: str, params: dict, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(path, params=params)
        out.append(time.perf_counter() - t0)
        r.raise_for_status()
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--obligations", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=15)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-api-"))
    database = folder / "bench.db"
    t0 = time.perf_counter()
    fill(database, args.obligations)
    print(f"store: {args.obligations} obligations generated in {time.perf_counter() - t0:.0f} s ({database})")
    port = free_port()
    env = {**os.environ, "REGDOCS_DB": str(database)}
    server = subprocess.Popen(
        [sys.executable, "-m", "extractor", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                httpx.get(f"{base}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        fid = max(1, args.obligations // 1000) // 2 + 1
        queries = {
            "baseline /facilities/{id}": (f"/facilities/{fid}", {}),
            "facility obligations ?substance=диоксид азота": (
                f"/facilities/{fid}/obligations",
                {"substance": "диоксид азота"},
            ),
            "text search /obligations?q=отчет уполномоченный": (
                "/obligations",
                {"q": "отчет уполномоченный"},
            ),
        }
        results = {}
        with httpx.Client(base_url=base, timeout=30) as client:
            for path, params in queries.values():  # warm-up
                latencies(client, path, params, 20)
            runs = {name: [] for name in queries}
            for _ in range(4):  # interleaved rounds, so that load falls on all alike
                for name, (path, params) in queries.items():
                    runs[name] += latencies(client, path, params, args.requests // 4)
        base_p50 = pct(runs["baseline /facilities/{id}"], 0.5)
        for name, values in runs.items():
            results[name] = {
                "p50_ms": round(pct(values, 0.5), 2),
                "p99_ms": round(pct(values, 0.99), 2),
                "p50_vs_baseline": round(pct(values, 0.5) / base_p50, 2),
            }
            print(
                f"{name:52} p50 {results[name]['p50_ms']:7.2f} ms  p99 {results[name]['p99_ms']:7.2f} ms  "
                f"p50 ×{results[name]['p50_vs_baseline']:.1f} baseline"
            )
        done, errors = [0], [0]
        stop = time.perf_counter() + args.seconds
        mixed = list(queries.values())[1:]

        def worker(k: int) -> None:
            with httpx.Client(base_url=base, timeout=30) as client:
                i = k
                while time.perf_counter() < stop:
                    path, params = mixed[i % len(mixed)]
                    i += 1
                    if client.get(path, params=params).status_code != 200:
                        errors[0] += 1
                    done[0] += 1

        threads = [threading.Thread(target=worker, args=(k,)) for k in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        rps = done[0] / (time.perf_counter() - started)
        results["concurrent"] = {
            "clients": args.clients,
            "requests_per_s": round(rps, 1),
            "errors": errors[0],
        }
        print(f"{args.clients} clients: {rps:.1f} requests/s, {errors[0]} errors")
        out = ROOT / "bench" / "out"
        out.mkdir(parents=True, exist_ok=True)
        (out / "bench_api.json").write_text(
            json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
