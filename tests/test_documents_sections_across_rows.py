"""A title across a limits table, in DOCX, PDF and text the tests write.

A row that only names the medium and the standard's column (`I. Nước thải … QCVN 40:2011/BTNMT, cột A`) heads
the rows under it: it is merged across the table in DOCX and PDF, and in a text file it is the first cell alone.
Either way the rows under it take its medium and column, and the title is no place of sampling.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


SECTIONED = [
    ("p", "Chương 3. Các quy chuẩn kỹ thuật môi trường áp dụng cho cơ sở"),
    (
        "t",
        "Bảng 3.2. Giới hạn tối đa cho phép",
        [
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Giới hạn", "Ghi chú"],
            ["I. Nước thải sinh hoạt sau bể khử trùng – QCVN 40:2011/BTNMT, cột A", None, None, None, None],
            ["1", "pH", "-", "6 đến 9", "Đo tại hố ga cuối"],
            ["2", "COD", "mg/l", "75", ""],
            ["3", "Amoni (tính theo N)", "mg/l", "5", ""],
            ["II. Khí thải lò đốt chất thải – QCVN 19:2009/BTNMT, cột B", None, None, None, None],
            ["1", "Bụi tổng", "mg/Nm3", "200", "Lò đốt 300 kg/giờ"],
            ["2", "Cacbon monoxit (CO)", "mg/Nm3", "1.000", ""],
        ],
        [(1, 0, 1, 4), (5, 0, 5, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_across_the_rows_gives_them_its_medium_and_column_and_no_point(tmp_path, fmt):
    found = extracted(SECTIONED, tmp_path, "sectioned", fmt)
    got = sorted(
        (x.substance.code or x.substance.symbol, x.medium, x.column, x.point, x.limit, x.limit_min, x.limit_max)
        for x in found.limits
    )
    assert got == [
        ("0337", "flue_gas", "B", None, 1000.0, None, None),
        ("2902", "flue_gas", "B", None, 200.0, None, None),
        ("COD", "waste_water", "A", None, 75.0, None, None),
        ("NH4+", "waste_water", "A", None, 5.0, None, None),
        ("pH", "waste_water", "A", None, None, 6.0, 9.0),
    ]
