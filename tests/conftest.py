"""Shared fixtures: the development set lives outside the repository and may be absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

try:  # hypothesis is a test extra; CI runs the same examples every time, developers new ones each run
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover
    pass

ROOT = Path(__file__).resolve().parents[1]
DEVSET = Path(os.environ.get("REGDOCS_DEVSET", ROOT.parent / "shared" / "devset"))
SCORER = DEVSET.parent / "eval" / "score.py"


@pytest.fixture(scope="session")
def devset() -> Path:
    if not DEVSET.is_dir():
        pytest.skip(f"development set not found at {DEVSET}")
    return DEVSET


@pytest.fixture(scope="session")
def devset_or_none() -> Path | None:
    """The development set when present; tests use it in addition to the project's own documents."""
    return DEVSET if DEVSET.is_dir() else None


def source_pollutants(ext) -> set[tuple[str, str]]:
    """(source, pollutant code) pairs as the scorer counts them: from emissions and from duties at sources."""
    found = {(e.source_number, e.substance.code) for e in ext.emissions if e.source_number and e.substance.code}
    for o in ext.obligations:
        found |= {(n, s.code) for n in o.source_numbers for s in o.substances if s.code}
    return found


LONGEST_FIRST = ("test_genre_corpus.py", "test_ocr_devset.py")
"""Files whose tests take minutes: collected first, so that with `-n auto --dist loadfile` a worker starts
on them while the others share out the rest, rather than one worker finishing them alone at the end."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))
