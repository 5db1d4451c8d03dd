"""Issue 4 acceptance: the shared scorer over the development set, with the floors the project holds.

Mean F1 ≥ 0.985 for each of the formats docx, pdf and txt (issue 11: nothing regresses), and ≥ 0.80 for every single file.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SCORER

FORMAT_FLOOR = 0.985
FILE_FLOOR = 0.80


@pytest.fixture(scope="module")
def scores(devset, tmp_path_factory):
    if not SCORER.is_file():
        pytest.skip(f"scorer not found at {SCORER}")
    out = tmp_path_factory.mktemp("score") / "score.json"
    cmd = f"{sys.executable} -m extractor extract {{file}}"
    subprocess.run([sys.executable, str(SCORER), str(devset), "--cmd", cmd, "--json", str(out)],
                   check=True, capture_output=True, timeout=900)
    return json.loads(out.read_text(encoding="utf-8"))


def test_every_file_is_extracted_without_error(scores):
    assert [d["file"] for d in scores["documents"] if d["error"]] == []


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_mean_f1_per_format(scores, fmt):
    values = [d["mean_f1"] for d in scores["documents"] if d["file"].endswith("." + fmt)]
    assert values and sum(values) / len(values) >= FORMAT_FLOOR, values


def test_every_file_meets_its_floor(scores):
    low = {d["file"]: d["mean_f1"] for d in scores["documents"] if d["mean_f1"] < FILE_FLOOR}
    assert low == {}
