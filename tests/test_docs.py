"""Guardrail: every command and every API route is documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

from api.app import create_app
from extractor.cli import COMMANDS, build_parser
from extractor.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_in_the_readme_and_has_an_example():
    for name, (_, help_text, example) in COMMANDS.items():
        assert f"extractor {name}" in README, f"README does not document `extractor {name}`"
        assert help_text and example.startswith("example: extractor ")
    assert build_parser().parse_args(["parse", "x.pdf"]).command == "parse"


def test_every_api_route_is_in_the_readme(tmp_path):
    app = create_app(Settings(database=tmp_path / "docs.db"))
    documented = README.replace("\\|", "|")
    paths = list(app.openapi()["paths"])
    assert len(paths) >= 10
    missing = []
    for path in paths:
        literal = re.escape(path).replace("\\{", "{").replace("\\}", "}")
        pattern = re.sub(r"\{[^}]+\}", r"({[^}]+}|[\\w.|]+)", literal)
        if not re.search(pattern, documented):
            missing.append(path)
    assert missing == [], f"undocumented routes: {missing}"


def test_every_web_page_is_in_the_readme():
    from api.ui.pages import router

    pages = [r.path for r in router.routes if r.path != "/ui"]  # /ui only redirects to /
    assert len(pages) >= 5
    missing = [p for p in pages if f"`{p}`" not in README]
    assert missing == [], f"undocumented pages: {missing}"
