"""Hostile files through all three doors — `extractor extract`, `extractor ingest` and `POST /documents`
on a real server: each is refused with the same one-line message saying what was refused and why,
no process goes over the memory limit, and the store is unchanged. UTF-16 text without a BOM is read,
and read alike by all three.

The files are built here, a few kilobytes to megabytes each: a page of 200 000 × 200 000 pt, a
scanned page too large to render, an image of 50 000 × 50 000 px and a content stream that inflates
to a gigabyte (deflated zeros), plus the same stream hidden in a form.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import struct
import sys
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from servers import running_server

from extractor.errors import ContentTooLarge
from extractor.parsers import pdf_bombs
from extractor.settings import Settings
from extractor.worker import extract_bytes

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
MEMORY_MB = 1024
"""The worker's limit in these tests: half the default, and below the 1.9 GB an image bomb once took."""
ENV = {**os.environ, "REGDOCS_MAX_MEMORY_MB": str(MEMORY_MB)}
GIB = 1024**3


# ------------------------------------------------------------------ hostile files, built as bytes


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 is the catalogue), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(attributes: bytes, data: bytes) -> bytes:
    return b"<< " + attributes + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def deflated_zeros(n: int, chunk: int = 1 << 20) -> bytes:
    """`n` zero bytes, deflated (about a thousandth of n) in milliseconds: every megabyte compresses to
    the same block after a full flush, so one block is repeated; the checksum of zeros is computed."""
    if n < 2 * chunk:
        return zlib.compress(bytes(n), 9)
    deflater = zlib.compressobj(9)
    first = deflater.compress(bytes(chunk)) + deflater.flush(zlib.Z_FULL_FLUSH)
    block = deflater.compress(bytes(chunk)) + deflater.flush(zlib.Z_FULL_FLUSH)
    whole, rest = divmod(n, chunk)
    tail = deflater.compress(bytes(rest)) + deflater.flush(zlib.Z_FULL_FLUSH) if rest else b""
    adler32 = ((n % 65521) << 16) | 1
    return first + block * (whole - 1) + tail + b"\x03\x00" + struct.pack(">I", adler32)


def one_page(box: str, content: bytes, resources: bytes = b"<< >>", *more: bytes) -> bytes:
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Resources %s /Contents 4 0 R >>"
            % (box.encode(), resources),
            content,
            *more,
        ]
    )


HELVETICA = b"<< /Font << /F1 5 0 R >> >>", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_page(box: str) -> bytes:
    lines = b" ".join(
        b"(The report of line %d is sent to the authority and kept on file.) Tj 0 -14 Td" % k
        for k in range(30)
    )
    return one_page(box, stream(b"", b"BT /F1 12 Tf 72 700 Td " + lines + b" ET"), *HELVETICA)


def image_page(box: str, width: int, height: int, data: bytes) -> bytes:
    """A page drawn by one greyscale image, like a scan."""
    image = stream(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode" % (width, height),
        data,
    )
    right, top = box.split()[2:]
    draw = f"q {right} 0 0 {top} 0 0 cm /Im1 Do Q".encode()
    return one_page(box, stream(b"", draw), b"<< /XObject << /Im1 5 0 R >> >>", image)


def form_bomb() -> bytes:
    form = stream(
        b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter /FlateDecode", deflated_zeros(GIB)
    )
    return one_page("0 0 595 842", stream(b"", b"/Fm1 Do"), b"<< /XObject << /Fm1 5 0 R >> >>", form)


HOSTILE: dict[str, tuple[bytes, str]] = {
    # file name → (its bytes, the refusal after "name: ")
    "huge-page.pdf": (
        one_page("0 0 200000 200000", stream(b"", b"0 0 m 100 100 l S")),
        "page 1 is 200000 × 200000 pt, over the limit of 14400 × 14400 pt "
        "(the largest page the PDF standard allows)",
    ),
    "huge-scan.pdf": (
        image_page("0 0 10000 10000", 1000, 1000, deflated_zeros(1000 * 1000)),
        "page 1 has no usable text layer and is 10000 × 10000 pt: rendered for OCR at 300 dpi it would be "
        "41667 × 41667 px (1.7 Gpx), over the limit of 150 Mpx",
    ),
    "image-bomb.pdf": (
        image_page("0 0 595 842", 50_000, 50_000, deflated_zeros(50_000 * 50_000)),
        "an image of 50000 × 50000 px (2.5 Gpx) on page 1 is over the limit of 150 Mpx for a page read by OCR",
    ),
    "content-bomb.pdf": (
        one_page("0 0 595 842", stream(b"/Filter /FlateDecode", deflated_zeros(GIB))),
        "page 1's content stream expands to more than 512 MB, over the limit of 64 MB",
    ),
}
UTF16_NAME = "programme-utf16.txt"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    out = {}
    for name, (data, _) in HOSTILE.items():
        out[name] = folder / name
        out[name].write_bytes(data)
    text = (SAMPLES / "sample-pek-programme.txt").read_text(encoding="utf-8")
    out[UTF16_NAME] = folder / UTF16_NAME
    out[UTF16_NAME].write_bytes(text.encode("utf-16-le"))  # no byte-order mark
    return out


# ------------------------------------------------------------------ running the three doors


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    peak_mb: float
    """The largest resident set of the command or any process under it."""


def command(args: list[str], folder: Path, env: dict[str, str] = ENV) -> Run:
    """`python -m extractor ARGS`, with the peak memory of its process tree: wait4 gives the largest of
    the command and every descendant it reaped (the worker of `extract`); the sampler catches those it
    did not (the forkserver of `ingest` and its workers)."""
    out, err = folder / "stdout", folder / "stderr"
    actions = [
        (os.POSIX_SPAWN_OPEN, 1, str(out), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, str(err), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    pid = os.posix_spawn(
        sys.executable, [sys.executable, "-m", "extractor", *args], env, file_actions=actions
    )
    with PeakRss(lambda: [pid]) as sampled:
        _, status, usage = os.wait4(pid, 0)
    peak = max(usage.ru_maxrss / 1024, sampled.peak_mb)
    code = os.waitstatus_to_exitcode(status)
    return Run(code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"), peak)


class PeakRss:
    """The largest high-water mark of resident memory (VmHWM) among the processes under the given roots,
    read from /proc every few milliseconds while the block runs."""

    def __init__(self, roots) -> None:
        self.roots = roots
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            for pid in _tree(self.roots()):
                self.peak_mb = max(self.peak_mb, _hwm_mb(pid))
            time.sleep(0.005)


def _tree(roots: list[int]) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found = set(roots)
    while True:
        more = {pid for pid, parent in parents.items() if parent in found} - found
        if not more:
            return found
        found |= more


def _hwm_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(match.group(1)) / 1024 if match else 0.0


def dump(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return list(connection.iterdump())


@pytest.fixture(scope="module")
def extract_runs(files, tmp_path_factory) -> dict[str, Run]:
    """`extractor extract` on every file, two at a time."""

    def run(name: str) -> Run:
        return command(["extract", str(files[name])], tmp_path_factory.mktemp("extract"))

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(files, pool.map(run, files), strict=True))


@pytest.fixture(scope="module")
def ingest_runs(files, tmp_path_factory) -> dict[str, tuple[Run, bool]]:
    """`extractor ingest` of every hostile file into a store holding one document: (the run, whether
    the store is unchanged after it)."""
    folder = tmp_path_factory.mktemp("ingest")
    database = folder / "store.db"
    stored = command(["ingest", "--db", str(database), str(files[UTF16_NAME])], folder)
    assert stored.code == 0, stored.stderr
    out = {}
    for name in HOSTILE:
        before = dump(database)
        out[name] = (
            command(["ingest", "--db", str(database), str(files[name])], folder),
            dump(database) == before,
        )
    return out


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api")
    database = folder / "api.db"
    with (
        running_server(folder, database, env=ENV) as base,
        httpx.Client(base_url=base, timeout=120) as client,
    ):
        yield client, database, _server_pid(database)


def _server_pid(database: Path) -> int:
    for entry in os.listdir("/proc"):
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"serve" in cmdline and str(database).encode() in cmdline:
            return int(entry)
    raise AssertionError(f"no server process on {database}")


def one_error_line(run: Run) -> str:
    """The refusal of a run of `extract`: code 2, nothing on stdout, one `error:` line on stderr."""
    assert (run.code, run.stdout) == (2, ""), run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.stderr
    return lines[0].removeprefix("error: ")


# ------------------------------------------------------------------ the tests


@pytest.mark.parametrize("name", list(HOSTILE))
def test_extract_refuses_a_bomb_in_one_line_that_says_what_and_why(extract_runs, name):
    run = extract_runs[name]
    assert one_error_line(run) == f"{name}: {HOSTILE[name][1]}"
    assert run.peak_mb < MEMORY_MB, run.peak_mb


@pytest.mark.parametrize("name", list(HOSTILE))
def test_ingest_refuses_a_bomb_with_the_same_message_and_stores_nothing(ingest_runs, name):
    run, unchanged = ingest_runs[name]
    assert run.code == 2
    assert f": FAILED: {name}: {HOSTILE[name][1]}\n" in run.stderr
    assert unchanged
    assert run.peak_mb < MEMORY_MB, run.peak_mb


def test_the_api_refuses_every_bomb_with_the_same_message_and_stores_nothing(api, files):
    client, database, server = api
    assert client.post(
        "/documents", files={"file": (UTF16_NAME, files[UTF16_NAME].read_bytes())}
    ).status_code in (
        200,
        201,
    )
    before = dump(database)
    for name, (_, message) in HOSTILE.items():
        with PeakRss(lambda: [server]) as sampled:
            r = client.post("/documents", files={"file": (name, files[name].read_bytes())})
        assert r.status_code == 413, (name, r.text)
        assert r.json() == {"error": "content_too_large", "message": f"{name}: {message}"}
        assert sampled.peak_mb < MEMORY_MB, (name, sampled.peak_mb)
    assert dump(database) == before
    assert client.get("/documents").json()["total"] == 1  # the server is still up


def test_utf16_text_without_a_bom_is_read_alike_by_extract_ingest_and_the_api(extract_runs, api, files):
    run = extract_runs[UTF16_NAME]
    assert (run.code, run.stderr) == (0, ""), run.stderr
    extracted = json.loads(run.stdout)
    assert extracted["document"]["format"] == "txt" and extracted["document"]["language"] == "ru"
    assert len(extracted["obligations"]) >= 5
    client, _, _ = api
    r = client.post("/documents", files={"file": (UTF16_NAME, files[UTF16_NAME].read_bytes())})
    assert r.status_code in (200, 201), r.text
    assert client.get(f"/documents/{r.json()['document_id']}").json() == extracted
    database = files[UTF16_NAME].parent / "ingested.db"
    stored = command(["ingest", "--db", str(database), str(files[UTF16_NAME])], files[UTF16_NAME].parent)
    assert stored.code == 0 and f"; {len(extracted['obligations'])} obligations" in stored.stderr, (
        stored.stderr
    )
    with sqlite3.connect(database) as connection:
        (extraction,) = connection.execute("select extraction from documents").fetchone()
    assert json.loads(extraction) == extracted


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("REGDOCS_TIME_LIMIT_S", "0.05", "processing took longer than the 0.05 s limit and was stopped"),
        ("REGDOCS_MAX_MEMORY_MB", "64", "processing needed more than the 64 MB memory limit"),
    ],
)
def test_extract_and_parse_run_under_the_limits_ingest_runs_under(tmp_path, variable, value, says):
    sample = SAMPLES / "sample-pek-programme.pdf"
    env = {**os.environ, variable: value}
    expected = f"{sample.name}: {says}"
    for name in ("extract", "parse"):
        assert one_error_line(command([name, str(sample)], tmp_path, env)) == expected, name
    ingest = command(["ingest", "--db", str(tmp_path / "s.db"), str(sample)], tmp_path, env)
    assert ingest.code == 2 and f": FAILED: {expected}\n" in ingest.stderr, ingest.stderr


def test_a_bomb_in_a_form_the_page_draws_is_found_too():
    data = form_bomb()
    with pytest.raises(
        ContentTooLarge, match=r"^bomb\.pdf: page 1's content stream expands to more than 512 MB"
    ):
        extract_bytes(data, "bomb.pdf", Settings(time_limit_s=60, max_memory_mb=MEMORY_MB))


def test_pages_and_images_within_the_limits_pass(tmp_path):
    """The largest page the standard allows, with text, is read; an A0 scan at 300 dpi may be rendered."""
    from extractor.reading import parse_bytes

    doc = parse_bytes(text_page("0 0 14400 14400"), "big.pdf", Settings(time_limit_s=0))
    assert "The report of line 29 is sent" in "\n".join(b.text for b in doc.blocks)
    a0 = image_page(
        "0 0 2384 3370", 9933, 14043, deflated_zeros(9933 * 14043)[:4096]
    )  # only its size is read
    pdf_bombs.check_render(a0, [1], 300, "a0.pdf")
