"""The development set printed and scanned back: each PDF rasterised at 200 dpi into an image-only
PDF, extracted through OCR, and scored by ../shared/eval/score.py against the same gold. Each
file's mean F1 must reach 0.8 of what its text PDF scores."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import SCORER
from test_ocr import rasterised

RATIO = 0.8

pytestmark = pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract is not installed")


def _score(dataset, out) -> dict[str, float]:
    subprocess.run(
        [sys.executable, str(SCORER), str(dataset), "--cmd", f"{sys.executable} -m extractor extract {{file}}",
         "--only", ".pdf", "--json", str(out)],
        check=True,
        capture_output=True,
        timeout=3600,
    )
    return {d["file"]: d["mean_f1"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]}


@pytest.fixture(scope="module")
def scores(devset, tmp_path_factory):
    scanned = tmp_path_factory.mktemp("scanned")
    shutil.copytree(devset / "gold", scanned / "gold")
    for pdf in sorted(devset.glob("*.pdf")):
        rasterised(pdf, scanned / pdf.name)
    return _score(devset, scanned / "text.json"), _score(scanned, scanned / "scanned.json")


def test_every_scanned_pdf_scores_at_least_four_fifths_of_its_text_pdf(scores):
    text, scanned = scores
    assert set(scanned) == set(text) and len(text) >= 5
    report = {name: (round(scanned[name], 3), round(text[name], 3)) for name in text}
    print("scanned vs text mean F1:", report)
    assert all(scanned[name] >= RATIO * text[name] for name in text), report
