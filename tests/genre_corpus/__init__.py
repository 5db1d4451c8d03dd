"""A generated corpus of tables of every role, in Russian, Kazakh and Vietnamese, rendered as DOCX,
PDF and text, each document with the values its extraction must give: material to show that the
table readers work on layouts nobody tuned on.

`python -m tests.genre_corpus OUTDIR [--split tuning|heldout|all]` writes the documents and
`OUTDIR/expected/STEM.json`; `python -m tests.genre_corpus.score OUTDIR` extracts and scores them.
A quarter of the layouts of every role (`layouts_heldout`) is kept out of tuning.
"""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:  # genre_docs lives beside this package, in tests/
    sys.path.append(_TESTS)
