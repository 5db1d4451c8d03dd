"""Extractor for regulation documents (to be written)."""

from __future__ import annotations

from extractor.extractors.common import Collector, Context


def extract(ctx: Context, out: Collector) -> None:
    return None
