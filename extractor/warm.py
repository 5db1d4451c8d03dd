"""Imported once by the worker forkserver: builds what every document needs (reference indexes,
spaCy pipelines per language) so that each forked worker starts with them ready."""

from __future__ import annotations

from extractor.extraction import extract_document
from extractor.reading import parse_bytes
from extractor.settings import Settings

_WARM_UP = """ПРОГРАММА ПРОИЗВОДСТВЕННОГО ЭКОЛОГИЧЕСКОГО КОНТРОЛЯ на 2027 год
Источник 0001: азота диоксид, серы диоксид, 1 раз в квартал. Отходы 16 06 01*.
Отчет представляется до 1 числа второго месяца за отчетным кварталом согласно статье 186 Кодекса.
Өндірістік экологиялық бақылау тоқсанына 1 рет жүргізіледі, қалдықтар 20 03 01.
Điều 1. Cơ sở phải quan trắc nước thải 03 tháng/lần theo QCVN 40:2011/BTNMT.
"""


def warm_up() -> None:
    settings = Settings(time_limit_s=0)
    extract_document(parse_bytes(_WARM_UP.encode("utf-8"), "warm-up.txt", settings))


warm_up()
