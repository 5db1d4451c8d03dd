"""Guardrails of the layout: no import cycles inside the package, and data flows one way —
parsers → nlp → tables → kinds' extractors → store → api. A module imported only inside a
function to dodge a cycle counts as imported."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("extractor.parsers", "extractor.nlp", "extractor.tables", "extractor.extractors", "extractor.store", "api")
"""Earlier stages never import later ones."""


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    modules = {_module(p): p for d in ("extractor", "api") for p in (ROOT / d).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            found |= {t for t in targets if t in modules and t != name}
        graph[name] = found
    return graph


DATA = ("extractor.nlp", "extractor.nlp.lang")
"""Language data is data: any stage reads it."""


def _stage(module: str) -> int | None:
    if module in DATA or module.startswith("extractor.nlp.lang."):
        return None
    return next((i for i, prefix in enumerate(STAGES) if module == prefix or module.startswith(prefix + ".")), None)


def test_no_import_cycles():
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + ".") or node.startswith(nxt + "."):
                continue  # a package and its own modules
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt) :] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_no_stage_imports_a_later_stage():
    wrong = []
    for module, imports in _graph().items():
        here = _stage(module)
        for target in imports:
            there = _stage(target)
            if here is not None and there is not None and there > here:
                wrong.append(f"{module} → {target}")
    assert wrong == []
