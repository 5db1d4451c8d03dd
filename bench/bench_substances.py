"""Time `match_substance` on 10,000 raw strings against two baselines measured in the same process.

The strings are the test table (tests/data/substance_strings.tsv), the non-substance lines, and
seeded perturbations of both (case, spacing, ё, Latin lookalikes, one dropped or doubled letter,
a KZ list number), so most inputs are unseen and the fuzzy stage is exercised.

Run: /work/venv/bin/python bench/bench_substances.py [--n 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process

from extractor.nlp import substances
from extractor.nlp.substances import Substance, find_substances, load_substances, match_substance

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
LOOKALIKES = str.maketrans("аеосрхАЕОСРХ", "aeocpxAEOCPX")


Item = tuple[str, str | None, str | None]
"""(raw, medium, expected code or symbol; None for a non-substance)."""


def read_inputs() -> list[Item]:
    out: list[Item] = []
    lines = (DATA / "substance_strings.tsv").read_text(encoding="utf-8").splitlines()
    for line in [x for x in lines if x and not x.startswith("#")][1:]:
        raw, medium, expected, _ = line.split("\t")
        out.append((raw.replace("\\n", "\n"), None if medium == "-" else medium, expected))
    negatives = (DATA / "non_substances.txt").read_text(encoding="utf-8").splitlines()
    out += [(x, "air", None) for x in negatives if x.strip() and not x.startswith("#")]
    return out


def perturb(raw: str, rng: random.Random) -> str:
    """One realistic corruption of a table cell."""
    kind = rng.randrange(7)
    if kind == 0:
        return raw.upper()
    if kind == 1:
        return "  " + raw.replace(" ", "   ") + " "
    if kind == 2:
        return raw.replace("е", "ё", 1)
    if kind == 3:
        return raw.translate(LOOKALIKES)
    if kind == 4:
        return f"{raw} ({rng.randint(1, 700)})"
    letters = [i for i, c in enumerate(raw) if c.isalpha()]
    if len(letters) < 8:
        return raw.lower()
    i = rng.choice(letters[2:-2])
    return raw[:i] + raw[i + 1 :] if kind == 5 else raw[:i] + raw[i] + raw[i:]


def workload(n: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    base = read_inputs()
    out = list(base)
    while len(out) < n:
        raw, medium, expected = rng.choice(base)
        out.append((perturb(raw, rng), medium, expected))
    rng.shuffle(out)
    return out[:n]


def timed(fn: Callable[[str, str | None], str | None], items: list[Item]) -> tuple[float, float]:
    """Seconds for all items and the share answered right (a perturbed string keeps its answer)."""
    start = time.perf_counter()
    answers = [fn(raw, medium) for raw, medium, _ in items]
    elapsed = time.perf_counter() - start
    right = sum(got == expected for got, (_, _, expected) in zip(answers, items, strict=True))
    return elapsed, right / len(items)


def ident(sub: Substance | None) -> str | None:
    return (sub.code or sub.symbol) if sub else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of strings (default 10000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the perturbations")
    args = parser.parse_args()

    t0 = time.perf_counter()
    load_substances()
    for medium in (None, "air", "water", "soil"):
        match_substance("Сера диоксид", medium)
    warm = time.perf_counter() - t0
    items = workload(args.n, args.seed)

    # Baseline 1: a plain dictionary of normalised aliases (normalise + dict.get), medium ignored.
    names: dict[str, Substance] = {}
    for sub in load_substances():
        if not sub.curated:  # the baselines stay on the curated aliases, as before the full code list
            continue
        for alias in (sub.name, *sub.aliases):
            names.setdefault(" ".join(alias.lower().replace("ё", "е").split()), sub)
    dict_time, dict_ok = timed(
        lambda raw, _m: ident(names.get(" ".join(raw.lower().replace("ё", "е").split()))), items
    )

    # Baseline 2: one rapidfuzz extractOne over the same aliases, no normalisation or guards.
    keys, subs = list(names), list(names.values())

    def fuzzy_only(raw: str, _medium: str | None) -> str | None:
        hit = process.extractOne(raw.lower(), keys, scorer=fuzz.token_sort_ratio, score_cutoff=88)
        return ident(subs[hit[2]]) if hit else None

    fuzz_time, fuzz_ok = timed(fuzzy_only, items)
    match_substance.cache_clear()  # remembered answers would flatter it: every string starts unseen
    match_time, match_ok = timed(
        lambda raw, medium: ident(m.substance if (m := match_substance(raw, medium)) else None), items
    )

    text = "\n".join(raw for raw, _, _ in items[:2000])
    start = time.perf_counter()
    found = find_substances(text, "air")
    find_time = time.perf_counter() - start

    per_k = 1000 / len(items)
    print(f"strings: {len(items)} (seed {args.seed}); index build + warm-up: {warm * 1000:.0f} ms")
    print(f"match_substance        {match_time * per_k * 1000:8.1f} ms / 1000   right {match_ok:6.1%}")
    print(f"baseline dict lookup   {dict_time * per_k * 1000:8.1f} ms / 1000   right {dict_ok:6.1%}")
    print(f"baseline rapidfuzz     {fuzz_time * per_k * 1000:8.1f} ms / 1000   right {fuzz_ok:6.1%}")
    print(f"ratio match/dict {match_time / dict_time:.0f}x, match/rapidfuzz {match_time / fuzz_time:.2f}x")
    print(
        f"find_substances on {len(text) / 1000:.0f} kchar (first 2000 strings joined): "
        f"{find_time * 1000:.0f} ms, {len(found)} matches"
    )
    print(f"aliases in the dict baseline: {len(keys)}; fuzzy choices: {len(substances._index(None).choices)}")


if __name__ == "__main__":
    main()
