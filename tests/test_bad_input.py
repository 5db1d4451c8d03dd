"""Files the service cannot read: each is refused with its own input error, never a crash.

Through the library, the error class says what is wrong; through the CLI, the user gets one
line on stderr naming the file, a non-zero exit code and nothing on stdout.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import builders
import pytest
from servers import client_on_new_store

from extractor.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    InputError,
    MislabelledFile,
    NoTextLayer,
    TooManyPages,
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
    "blank_pages_pdf": (TooManyPages, "10000 pages"),
    "zip_bomb_docx": (CorruptFile, "zip bomb"),
    "docx_named_pdf": (MislabelledFile, "Word DOCX"),
    "pdf_named_docx": (MislabelledFile, "a PDF"),
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


# ---------------------------------------------------------------- strange but readable


@pytest.fixture(scope="module")
def hard(tmp_path_factory):
    return builders.hard_files(tmp_path_factory.mktemp("hard"))


def test_a_pdf_whose_cross_reference_table_is_broken_is_read_by_scanning(hard):
    doc = parse_file(hard["broken_xref_pdf"])
    assert "Monitoring report, line 1" in "\n".join(b.text for b in doc.blocks)


def test_a_pdf_with_only_an_owner_password_opens(hard):
    doc = parse_file(hard["owner_password_pdf"])
    assert "Monitoring report, quarterly" in "\n".join(b.text for b in doc.blocks)


def test_an_external_entity_in_a_docx_is_never_resolved(hard):
    try:
        doc = parse_file(hard["xxe_docx"])
    except InputError as exc:  # refusing it is as good as ignoring the entity
        assert "xxe.docx" in exc.message
        return
    text = "\n".join(b.text for b in doc.blocks)
    assert "Пункт 1." in text
    assert "root:" not in text and "/bin/" not in text


def test_windows_1251_text_is_decoded(hard):
    doc = parse_file(hard["cp1251_txt"])
    assert "Программа ПЭК: источник 0001, азота диоксид, ежеквартально." in doc.blocks[0].text


def test_forty_levels_of_nested_tables_keep_the_innermost_text(hard):
    doc = parse_file(hard["nested_tables_docx"])
    text = "\n".join(b.text for b in doc.blocks) + "".join(
        c.text for t in doc.tables() for row in t.rows for c in row if c is not None
    )
    assert "уровень 40" in text


def test_a_table_of_two_thousand_rows_comes_out_whole(hard):
    (table,) = parse_file(hard["long_table_docx"]).tables()
    assert len(table.rows) == 2000
    assert [table.rows[0][0].text, table.rows[-1][0].text] == ["0001", "2000"]
    assert table.header[0] == "№ источника"


def test_a_hundred_megabytes_of_random_bytes_is_refused_before_reading(tmp_path):
    path = tmp_path / "random.pdf"
    with path.open("wb") as fh:
        for _ in range(100):
            fh.write(os.urandom(1024 * 1024))
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "parse", str(path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("error: random.pdf: 100.0 MB is over the 50 MB limit")


# ---------------------------------------------------------------- through the HTTP API


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with client_on_new_store(tmp_path_factory.mktemp("bad-api")) as served:
        yield served


def test_every_bad_upload_is_a_4xx_json_answer_and_changes_nothing(server, bad):
    client, database = server
    assert client.post("/documents", files={"file": ("ok.txt", "Программа ПЭК на 2027 год.".encode())}).status_code == 201
    before = list(sqlite3.connect(database).iterdump())
    for key, path in bad.items():
        r = client.post("/documents", files={"file": (path.name, path.read_bytes())})
        assert 400 <= r.status_code < 500, (key, r.status_code, r.text)
        body = r.json()
        assert body["error"] == EXPECTED[key][0].code and path.name in body["message"], (key, body)
    huge = client.post("/documents", files={"file": ("random.pdf", os.urandom(51 * 1024 * 1024))})
    assert huge.status_code == 413 and huge.json()["error"] == "file_too_large"
    assert list(sqlite3.connect(database).iterdump()) == before
    assert client.get("/documents").status_code == 200  # the server is still up


def test_strange_but_readable_uploads_are_stored(server, hard):
    client, _ = server
    for key, path in hard.items():
        r = client.post("/documents", files={"file": (path.name, path.read_bytes())})
        assert r.status_code == 201, (key, r.text)


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("REGDOCS_TOKEN", "short", "REGDOCS_TOKEN must be at least 16 characters"),
        ("REGDOCS_READ_TOKEN", "tiny", "REGDOCS_READ_TOKEN must be at least 16 characters"),
        ("REGDOCS_MAX_PAGES", "many", "not a number"),
        ("REGDOCS_MAX_UPLOAD_MB", "0", "max_upload_bytes must be positive"),
    ],
)
def test_a_bad_setting_stops_serve_with_one_error_line_and_exit_code_2(tmp_path, variable, value, says):
    env = {**os.environ, variable: value}
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "serve", "--db", str(tmp_path / "s.db"), "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], done.stderr
    assert not (tmp_path / "s.db").exists()  # nothing was started or created


@pytest.mark.parametrize("command", ["ingest", "extract", "parse"])
@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("REGDOCS_TOKEN", "short", "REGDOCS_TOKEN must be at least 16 characters"),
        ("REGDOCS_MAX_MEMORY_MB", "lots", "not a number"),
        ("REGDOCS_TIME_LIMIT_S", "-1", "time_limit_s must be positive"),
    ],
)
def test_a_bad_setting_stops_every_command_that_reads_documents_in_one_line(tmp_path, command, variable, value, says):
    """The same refusal as `serve`'s, before any file is read or any store created."""
    sample = tmp_path / "programme.txt"
    sample.write_text("Программа ПЭК на 2027 год.", encoding="utf-8")
    args = ["ingest", "--db", str(tmp_path / "s.db"), str(sample)] if command == "ingest" else [command, str(sample)]
    done = subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        env={**os.environ, variable: value},
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = done.stderr.strip().splitlines()
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], done.stderr
    assert not (tmp_path / "s.db").exists()
