"""Score one extraction (what `extractor extract` prints) against one expected dict of the genre
corpus. Standard library only.

The rules of ../shared/eval/score.py where it has them (substances by code or symbol, `close()`
for numbers, monitoring as location × substance pairs), and stricter where the corpus knows more:
every item is matched one to one on all its expected fields, and extra items count against
precision everywhere — extra limits only in the media and units the expected limits use (as
score.py does), extra obligations only of the kinds inspection and task. Items read from a table
that should have no role, and items of a kind the document should not give at all that came from
a table, count as extra too. Returns {metric: (f1, precision, recall, detail)}; a document's score
is the mean F1 of its metrics.
"""

from __future__ import annotations

import statistics

KINDS = ("facilities", "sources", "emissions", "wastes", "limits", "monitoring", "obligations")


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def close(a, b, rel: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def norm(s) -> str:
    return " ".join(str(s or "").lower().replace("ё", "е").split())


def tight(s) -> str:
    """A label or point compared without its spaces: `м. р.` is `м.р.`, `скв. 1` is `скв.1`."""
    return norm(s).replace(" ", "")


def point_id(p) -> str:
    """A point compared by its id when it leads a description (`Т-1 (граница СЗЗ, север)` is `т-1`,
    as the development set's gold keeps `Кт.1` of `Кт.1 На границе СЗЗ`), else whole and tight."""
    text = norm(p)
    head, _, rest = text.partition(" ")
    if rest and any(ch.isdigit() for ch in head) and any(ch.isalpha() for ch in head):
        return head.rstrip(",;:")
    return text.replace(" ", "")


def unit(u) -> str:
    """Units as the contract writes them, in ASCII: `µg/m3` is `ug/m3`, `мг/дм3` is `mg/l`, `Pt-Co` is `Pt/Co`."""
    return norm(u).replace("дм3", "l").replace("л", "l").replace("µ", "u").replace("μ", "u").replace("pt-co", "pt/co")


def subst_keys(s) -> set[tuple[str, str]]:
    s = s or {}
    keys = set()
    if s.get("code"):
        keys.add(("code", str(s["code"]).zfill(4)))
    if s.get("symbol"):
        keys.add(("symbol", str(s["symbol"]).lower()))
    return keys


def gold_key(g: dict):
    if g.get("code"):
        return ("code", str(g["code"]).zfill(4))
    if g.get("symbol"):
        return ("symbol", str(g["symbol"]).lower())
    return None


def waste_code(c) -> str | None:
    digits = str(c or "").replace(" ", "")
    star = digits.endswith("*")
    digits = digits.rstrip("*")
    if len(digits) != 6 or not digits.isdigit():
        return None
    return f"{digits[:2]} {digits[2:4]} {digits[4:]}" + ("*" if star else "")


def _items(ext: dict, kind: str) -> list[dict]:
    if kind in ("monitoring", "obligations"):
        obls = [o for o in ext.get("obligations") or [] if isinstance(o, dict)]
        if kind == "monitoring":
            return [o for o in obls if o.get("kind") == "monitoring"]
        return [o for o in obls if o.get("kind") in ("inspection", "task")]
    return [x for x in ext.get(kind) or [] if isinstance(x, dict)]


def _table(item: dict):
    return (item.get("provenance") or {}).get("table")


def _match(gold: list[dict], got: list[dict], same) -> tuple[int, set[int], list[dict]]:
    """One-to-one: each expected item takes the first unused extracted item that fits.
    Returns the matches, the extracted items used and the expected items left."""
    used: set[int] = set()
    left = []
    for g in gold:
        i = next((i for i, e in enumerate(got) if i not in used and same(g, e)), None)
        if i is None:
            left.append(g)
        else:
            used.add(i)
    return len(used), used, left


def _facility(g: dict, e: dict) -> int:
    hits = 0
    for k, v in g.items():
        if k in ("lat", "lon"):
            hits += e.get(k) is not None and abs(float(e[k]) - v) < 0.0005
        elif k == "name_contains":
            hits += norm(v) in norm(e.get("name")) + " " + norm(e.get("operator"))
        else:
            hits += str(e.get(k) or "") == str(v)
    return hits


def _emission(g: dict, e: dict) -> bool:
    return (
        e.get("period") == g.get("period")
        and gold_key(g) in subst_keys(e.get("substance"))
        and str(e.get("source_number") or "") == str(g.get("source_number") or "")
        and close(e.get("g_s"), g.get("g_s"))
        and close(e.get("t_y"), g.get("t_y"))
        and e.get("hazard_class") == g.get("hazard_class")
    )


def _paired_by_duties(left: list[dict], duties: list[dict]) -> int:
    """Expected emissions with no figures left unmatched that a duty at their source covers.

    A figureless emission is a source–pollutant pair, and ../shared/eval/score.py takes those pairs
    from emissions and from duties at sources alike (`source_pollutants`): a plan's row at a source
    may give the duty alone."""
    pairs = {
        (str(sn), k)
        for o in duties
        for sn in o.get("source_numbers") or []
        for s in o.get("substances") or []
        for k in subst_keys(s)
    }
    bare = [g for g in left if g.get("source_number") and not any(g.get(k) for k in ("g_s", "t_y", "hazard_class", "period"))]
    return sum(1 for g in bare if (str(g["source_number"]), gold_key(g)) in pairs)


def _waste(g: dict, e: dict) -> bool:
    return (
        waste_code(e.get("code")) == g.get("code")
        and e.get("code_system") == g.get("code_system")
        and e.get("hazardous") == g.get("hazardous")
        and close(e.get("amount_t"), g.get("amount_t"))
        and norm(g.get("name_contains")) in norm(e.get("name"))
    )


def _limit(g: dict, e: dict) -> bool:
    key = gold_key(g)
    return (
        e.get("medium") == g["medium"]
        and (key is None or key in subst_keys(e.get("substance")))
        and all(close(e.get(k), g.get(k)) for k in ("limit", "limit_min", "limit_max"))
        and tight(e.get("column")) == tight(g.get("column"))
        and unit(e.get("unit")) == unit(g.get("unit"))
        and point_id(e.get("point")) == point_id(g.get("point"))
        and ("value" not in g or close(e.get("value"), g["value"]))
    )


def _obligation(g: dict, o: dict) -> bool:
    return (
        o.get("kind") == g["kind"]
        and ("number" not in g or str(o.get("number") or "") == g["number"])
        and ("frequency" not in g or o.get("frequency") == g["frequency"])
        and ("text_contains" not in g or norm(g["text_contains"]) in norm(o.get("text")))
        and ("actor_contains" not in g or norm(g["actor_contains"]) in norm(o.get("actor")) + " " + norm(o.get("text")))
    )


def _monitoring(gold: list[dict], mons: list[dict]) -> tuple[int, int, int]:
    """score.py's rule: (location, substance) pairs with their frequency; extras are pairs nobody asked for."""
    expanded, ident = set(), {}
    for o in mons:
        locs = [("src", str(s)) for s in o.get("source_numbers") or []] or [("pt", norm(o.get("point")))]
        for loc in locs:
            for s in o.get("substances") or []:
                keys = subst_keys(s)
                pid = next((ident[(loc, k)] for k in keys if (loc, k) in ident), (loc, min(keys, default=None)))
                for k in keys:
                    ident.setdefault((loc, k), pid)
                    expanded.add((loc, k, o.get("frequency")))
    tp, matched = 0, set()
    for g in gold:
        key = gold_key(g)
        for hit in sorted(expanded, key=str):
            loc, k, fr = hit
            if k != key or fr != g["frequency"] or hit in matched:
                continue
            if g.get("source_number") and loc != ("src", g["source_number"]):
                continue
            if g.get("point") and not (loc[0] == "pt" and point_id(loc[1]) == point_id(g["point"])):
                continue
            if g.get("point_contains") and not (loc[0] == "pt" and tight(g["point_contains"]) in tight(loc[1])):
                continue
            matched.add(hit)
            tp += 1
            break
    extra = {ident[(loc, k)] for loc, k, _ in expanded} - {ident[(loc, k)] for loc, k, _ in matched}
    return tp, len(extra), len(gold) - tp


def score(ext: dict, gold: dict) -> dict[str, tuple[float, float, float, str]]:
    m: dict[str, tuple[float, float, float, str]] = {}
    want_roles = [t.get("role") for t in gold.get("tables") or []]
    got_roles = [t.get("role") for t in ext.get("tables") or [] if isinstance(t, dict)]
    if "tables" in gold:
        tp = sum(1 for a, b in zip(want_roles, got_roles, strict=False) if a == b)
        m["table_roles"] = f1(tp, len(got_roles) - tp, len(want_roles) - tp) + (f"{got_roles} vs {want_roles}",)
    other = {i for i, r in enumerate(want_roles) if r == "other"}

    def stray(items: list[dict]) -> int:
        """Items from a table that should give none."""
        return sum(1 for x in items if _table(x) in other)

    def named_by_plan(kind: str, item: dict) -> bool:
        """A source numbered in a monitoring plan is a source of the facility: the plan names it."""
        t = _table(item)
        return kind == "sources" and isinstance(t, int) and 0 <= t < len(want_roles) and want_roles[t] == "monitoring"

    for kind in KINDS:
        got = _items(ext, kind)
        if kind not in gold:
            n = sum(1 for x in got if _table(x) is not None and not named_by_plan(kind, x))
            if n:
                m[kind] = f1(0, n, 0) + (f"{n} from tables, none expected",)
            continue
        want = gold[kind]
        if kind == "facilities":
            bins = {g["bin"] for g in want}
            fields = sum(len(g) for g in want)
            hits = sum(max((_facility(g, e) for e in got if str(e.get("bin") or "") == g["bin"]), default=0) for g in want)
            extra = sum(1 for e in got if str(e.get("bin") or "") not in bins and (e.get("bin") or _table(e) is not None))
            m["facility_fields"] = f1(hits, extra, fields - hits) + (f"{hits}/{fields}, {extra} extra",)
        elif kind == "sources":
            ex = {str(s.get("number")): s for s in got if s.get("number")}
            gs = {s["number"]: s for s in want}
            tp = len(set(ex) & set(gs))
            m["sources"] = f1(tp, len(set(ex) - set(gs)), len(set(gs) - set(ex))) + (f"{tp}/{len(gs)}, {len(set(ex) - set(gs))} extra",)
            typed = sum(1 for n, g in gs.items() if n in ex and ex[n].get("type") == g.get("type"))
            m["source_types"] = f1(typed, 0, len(gs) - typed) + (f"{typed}/{len(gs)}",)
        elif kind == "monitoring":
            tp, fp, fn = _monitoring(want, got)
            m["monitoring"] = f1(tp, fp + stray(got), fn) + (f"{tp}/{len(want)}, {fp} extra pairs",)
        else:
            same = {"emissions": _emission, "wastes": _waste, "limits": _limit, "obligations": _obligation}[kind]
            tp, used, left = _match(want, got, same)
            rest = [e for i, e in enumerate(got) if i not in used]
            if kind == "emissions":
                tp += _paired_by_duties(left, _items(ext, "monitoring"))
            if kind == "limits":
                scored = {(g["medium"], unit(g.get("unit"))) for g in want}
                fp = sum(1 for e in rest if (e.get("medium"), unit(e.get("unit"))) in scored or _table(e) in other)
            else:
                fp = len(rest)
            m[kind] = f1(tp, fp, len(want) - tp) + (f"{tp}/{len(want)}, {fp} extra",)
    return m


def mean_f1(metrics: dict) -> float:
    return statistics.mean(v[0] for v in metrics.values()) if metrics else 0.0
