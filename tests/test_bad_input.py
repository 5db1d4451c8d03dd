"""Files the service cannot read: each is refused with its own input error, never a crash.

Through the library, the error class says what is wrong; through the CLI, the user gets one
line on stderr naming the file, a non-zero exit code and nothing on stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import builders
import pytest

from extractor.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    InputError,
    MislabelledFile,
    NoTextLayer,
    UnsupportedFormat,
)
from extractor.reading import parse_file

# bad file → (the error it must raise, a word the message must contain)
EXPECTED: dict[str, tuple[type[InputError], str]] = {
    "garbage_pdf": (CorruptFile, "damaged"),
    "truncated_pdf": (CorruptFile, "damaged"),
    "encrypted_pdf": (EncryptedFile, "password"),
    "scan_pdf": (NoTextLayer, "text layer"),
    "empty_pdf": (EmptyFile, "empty"),
    "blank_txt": (EmptyFile, "empty"),
    "exe_pdf": (UnsupportedFormat, "executable"),
    "text_docx": (MislabelledFile, "plain text"),
    "binary_docx": (CorruptFile, "not a valid DOCX"),
    "zip_docx": (UnsupportedFormat, "word/document.xml"),
    "half_docx": (CorruptFile, "damaged"),
    "truncated_xml_docx": (CorruptFile, "damaged"),
    "bad_types_docx": (CorruptFile, "damaged"),
    "binary_txt": (UnsupportedFormat, "binary"),
}


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    return builders.bad_files(tmp_path_factory.mktemp("bad"))


@pytest.fixture(scope="module")
def cli_runs(bad, tmp_path_factory):
    """`python -m extractor parse FILE` on every bad file (and a few more), one per CPU at a time."""
    folder = tmp_path_factory.mktemp("cli")
    targets = dict(bad)
    targets["missing"] = folder / "no-such-file.pdf"
    targets["directory"] = folder
    targets["good_docx"] = builders.docx_paragraphs(folder, "good.docx", ["Программа контроля.", "Пункт 1."])

    def run(path):
        return subprocess.run(
            [sys.executable, "-m", "extractor", "parse", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        done = dict(zip(targets, pool.map(run, targets.values()), strict=True))
    out = {}
    for key, proc in done.items():
        out[key] = (proc.returncode, proc.stdout, proc.stderr, targets[key])
    return out


def test_every_bad_file_is_covered(bad):
    assert set(bad) == set(EXPECTED)


@pytest.mark.parametrize("key", list(EXPECTED))
def test_parse_file_raises_the_specific_input_error(bad, key):
    error, word = EXPECTED[key]
    with pytest.raises(error) as info:
        parse_file(bad[key])
    assert type(info.value) is error
    assert bad[key].name in info.value.message
    assert word in info.value.message
    assert 400 <= info.value.status < 500


@pytest.mark.parametrize("key", list(EXPECTED))
def test_cli_reports_one_error_line_naming_the_file(cli_runs, key):
    code, stdout, stderr, path = cli_runs[key]
    assert code == 2
    assert stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    assert path.name in lines[0]
    assert EXPECTED[key][1] in lines[0]


@pytest.mark.parametrize("key", ["missing", "directory"])
def test_cli_refuses_what_is_not_a_readable_file(cli_runs, key):
    code, stdout, stderr, path = cli_runs[key]
    assert (code, stdout) == (2, "")
    assert len(stderr.splitlines()) == 1 and stderr.startswith("error: ")
    assert str(path) in stderr


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        parse_file(tmp_path / "absent.docx")


def test_cli_prints_the_model_of_a_good_file_and_nothing_on_stderr(cli_runs):
    code, stdout, stderr, _ = cli_runs["good_docx"]
    assert (code, stderr) == (0, "")
    model = json.loads(stdout)
    assert model["format"] == "docx"
    assert [b["text"] for b in model["blocks"]] == ["Программа контроля.", "Пункт 1."]
