"""Vietnamese: the words of environmental permits (Giấy phép môi trường, Luật Bảo vệ môi trường 2020)."""

from __future__ import annotations

from typing import Final

ISSUER: Final = (r"ủy ban nhân dân", r"uỷ ban nhân dân", r"^bộ\s", r"^sở\s", r"ban quản lý")

VALIDITY: Final = (r"thời hạn\s+(?:của\s+)?giấy phép", r"giấy phép\s+(?:này\s+)?có\s+(?:thời hạn|hiệu lực)")

TERM_YEARS: Final = (r"(?P<years>\d{1,2})\s*\(?[^()\d]{0,12}\)?\s*năm",)

RENEWAL_LEAD: Final = (
    r"trước\s+(?:thời điểm\s+|ngày\s+)?hết hạn\s+(?:của\s+giấy phép\s+)?(?:ít nhất|tối thiểu)\s+(?P<n>\d{1,3})\s*(?P<unit>tháng|ngày|ngày làm việc)",
)

RENEWAL_TEXT: Final = "Đề nghị cấp lại giấy phép môi trường trước khi giấy phép hết hạn ({date})"

FACILITY_LABEL: Final = (r"^\s*(?:\d+(?:\.\d+)*[.)]\s*)?(?P<label>[^:]{2,80}?)\s*:\s*(?P<value>\S.*)$",)

BASIS: Final = (
    r"(?P<standard>QCVN\s*\d{1,3}\s*[:/]\s*\d{4}\s*/\s*BTNMT)[^.;]{0,80}?cột\s*(?P<column>[ABC])"
    r"[^.]{0,80}?K\s*(?P<k1name>q|p)\s*=\s*(?P<k1>\d+(?:[.,]\d+)?)[\s;,]*(?:và\s+)?K\s*(?P<k2name>f|v)\s*=\s*(?P<k2>\d+(?:[.,]\d+)?)",
)
"""A standard's column and its coefficients: `QCVN 40:2011/BTNMT, cột B với hệ số Kq = 0,9; Kf = 1,0`."""

NOT_MULTIPLIED: Final = ("pH", "T", "Colour", "Coliform", "FecalColiform", "E.coli")
"""Parameters whose C is the limit itself, without Kq and Kf (QCVN 40:2011/BTNMT, 2.1.2)."""

DATE_LABELS: Final = (r"ngày\s+cấp",)
