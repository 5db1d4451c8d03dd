"""Debian's Chromium for the browser tests, and how it is started here (root, closed network).

Playwright downloads no browser of its own: the tests drive `/usr/bin/chromium`, which `.ci/run`
installs. Without the background-networking flags Chromium keeps retrying connections the machine
refuses; as root it needs `--no-sandbox`.
"""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright):
    """A headless Chromium started the way every browser test starts it."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
