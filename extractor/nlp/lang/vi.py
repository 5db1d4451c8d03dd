"""Vietnamese: the words, abbreviations and patterns the normalisers look for.

Data only, in the shapes documented in `ru.py`. Vietnamese documents write a
dot between thousands and a comma before decimals (`1.000`, `0,5`), name
months by number (`tháng 01`), and number acts as `105/2015/NĐ-CP`.
"""

from __future__ import annotations

from typing import Final

CODE: Final = "vi"

# ------------------------------------------------------------------ numbers

THOUSANDS_DOT: Final = True
"""`1.000` is a thousand, not one (read so only when the caller says the text is Vietnamese)."""

MULTIPLIERS: Final = {r"nghìn|ngàn": 1e3, r"triệu": 1e6, r"tỷ|tỉ": 1e9}

NOT_DETECTED: Final = (r"không\s+phát\s+hiện", r"KPH", r"KPHĐ")
"""`KPH` is *không phát hiện*, the "not detected" of QCVN test reports."""

COMPARATORS_BEFORE: Final = {
    r"không\s+(?:vượt\s+)?quá|không\s+lớn\s+hơn|không\s+cao\s+hơn|tối\s+đa": "<=",
    r"không\s+(?:nhỏ|thấp|ít)\s+hơn|tối\s+thiểu|ít\s+nhất": ">=",
    r"nhỏ\s+hơn|thấp\s+hơn|dưới": "<",
    r"lớn\s+hơn|cao\s+hơn": ">",
}

COMPARATORS_AFTER: Final = {r"trở\s+lên": ">=", r"trở\s+xuống": "<="}
"""`từ 15 m2 trở lên`: fifteen square metres or more."""

RANGE_WORDS: Final = ((r"từ", r"đến|tới"),)

MINUS_AFTER: Final = (r"từ", r"đến")

NUMBER_WORDS: Final = {
    r"một": 1,
    r"hai": 2,
    r"ba": 3,
    r"bốn": 4,
    r"năm": 5,
    r"sáu": 6,
    r"bảy": 7,
    r"tám": 8,
    r"chín": 9,
    r"mười": 10,
    r"mười\s+hai": 12,
    r"mười\s+lăm": 15,
    r"hai\s+mươi": 20,
    r"ba\s+mươi": 30,
    r"bốn\s+mươi\s+lăm": 45,
    r"sáu\s+mươi": 60,
    r"chín\s+mươi": 90,
}
"""Cardinal numbers; `năm` (five) is also "year", so it is only read in a count's place."""

ORDINAL_WORDS: Final = {r"đầu\s+tiên|đầu|thứ\s+nhất": 1, r"thứ\s+hai": 2, r"thứ\s+ba": 3, r"thứ\s+tư": 4}

MONTHS: Final = {
    r"tháng\s+(?:0?1|giêng)": 1,
    r"tháng\s+0?2": 2,
    r"tháng\s+0?3": 3,
    r"tháng\s+0?4": 4,
    r"tháng\s+0?5": 5,
    r"tháng\s+0?6": 6,
    r"tháng\s+0?7": 7,
    r"tháng\s+0?8": 8,
    r"tháng\s+0?9": 9,
    r"tháng\s+10": 10,
    r"tháng\s+11": 11,
    r"tháng\s+12": 12,
}

DATE_PATTERNS: Final = (
    r"(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})",
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})",
)
"""`20 tháng 10 năm 2015` (after `ngày`), `20/10/2015`."""

# -------------------------------------------------------------------- units

UNIT_ALIASES: Final = {
    "vikhuẩn/100ml": "bacteria/100ml",
    "khuẩnlạc/100ml": "CFU/100ml",
    "m3/ngàyđêm": "m3/d",
    "m³/ngàyđêm": "m3/d",
    "tấn/năm": "t/y",
    "độc": "degC",
}

UNIT_PARTS: Final = {
    "tấn": "t",
    "năm": "y",
    "ngày": "d",
    "ngàyđêm": "d",
    "giờ": "h",
    "phút": "min",
    "giây": "s",
    "tháng": "month",
    "lít": "l",
    "mét": "m",
}

PER_WORDS: Final = (r"trên", r"mỗi")

TEMPERATURE: Final = (r"độ\s*C",)

# -------------------------------------------------------------- coordinates

HEMISPHERES: Final = {
    r"vĩ\s+độ\s+bắc|độ\s+vĩ\s+bắc": "N",
    r"kinh\s+độ\s+đông|độ\s+kinh\s+đông": "E",
    r"kinh\s+độ\s+tây|độ\s+kinh\s+tây": "W",
    r"vĩ\s+độ": "N",  # `vĩ độ 10,9526 kinh độ 107,08044`: the word before the figure (northern and eastern here)
    r"kinh\s+độ": "E",
    r"[Bb]ắc": "N",  # `19,80841° Bắc; 105,77819° Đông`: the word after the figure
    r"[Đđ]ông": "E",
    r"[Tt]ây": "W",
    r"B": "N",
    r"Đ": "E",
    r"T": "W",
}
"""Bắc north, Đông east, Tây west. `N` stays north (English), not *Nam*."""

ANGLE_WORDS: Final = {
    r"độ": "deg",
    r"phút": "min",
    r"giây": "sec",
}
"""Degrees, minutes and seconds written as words (`20 độ 34 phút 11 giây vĩ độ Bắc`)."""


# ---------------------------------------------------------------- frequency

FREQUENCY_WORDS: Final = {
    r"h[àằ]ng\s+ngày|mỗi\s+ngày": "daily",
    r"(?:mỗi|h[àằ]ng|từng)\s+ca(?:\s+(?:làm\s+việc|sản\s+xuất))?(?![^\W\d_])": "daily",  # every shift, as `ежесменно`, `әр ауысым`
    r"h[àằ]ng\s+tuần|mỗi\s+tuần": "weekly",
    r"h[àằ]ng\s+tháng|mỗi\s+tháng": "monthly",
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s+(?:tuần\s+)?(?:đầu\s+tiên|cuối\s+cùng)\s+(?:của\s+)?tháng(?!\s*\d)": "monthly",
    r"h[àằ]ng\s+quý|mỗi\s+quý": "quarterly",
    r"h[àằ]ng\s+năm|mỗi\s+năm": "yearly",
    r"liên\s+tục": "continuous",
    r"một\s+lần\s+duy\s+nhất|duy\s+nhất\s+một\s+lần": "once",
    r"^\s*(?:0?1|một)\s+lần\s*$": "once",  # `01 lần` alone in a phase's frequency cell
    r"^\s*(?:0?1|một)\s+lần\s+(?:trước|sau|khi)": "once",  # `01 lần trước mùa mưa`: once, before an event
    r"^\s*(?:bảo\s+dưỡng|kiểm\s+tra|kiểm\s+định)\s+tuần\s*$": "weekly",  # `Bảo dưỡng tuần`: the weekly kind, a column of marks
    r"^\s*(?:bảo\s+dưỡng|kiểm\s+tra|kiểm\s+định)\s+tháng\s*$": "monthly",
    r"^\s*(?:bảo\s+dưỡng|kiểm\s+tra|kiểm\s+định)\s+quý\s*$": "quarterly",
    r"^\s*(?:bảo\s+dưỡng|kiểm\s+tra|kiểm\s+định)\s+năm\s*$": "yearly",
}

PERIOD_WORDS: Final = {
    r"ngày\s+đêm|ngày": "day",
    r"tuần": "week",
    r"tháng": "month",
    r"quý": "quarter",
    r"năm": "year",
}

FREQUENCY_PATTERNS: Final = (
    r"(?:định\s+kỳ\s+)?(?P<every>{num})\s*(?P<period>{period})\s*/\s*(?:(?P<count>{num})\s*)?l\s?ần",
    r"(?:định\s+kỳ\s+)?(?P<every>{num})\s*(?P<period>{period})\s+(?P<count>{num})\s+l\s?ần",
    r"định\s+kỳ\s+(?P<every>{num})\s*(?P<period>{period})",
    r"(?P<count>{num})\s*(?:l\s?ần|đợt)\s*/\s*(?P<period>{period})",
    r"(?P<count>{num})\s+(?:l\s?ần|đợt)\s+(?:trong\s+)?(?:mỗi|một)\s+(?P<period>{period})",
)
"""`03 tháng/lần` (every three months), `6 tháng một lần`, `định kỳ 6 tháng`, `2 lần/năm`, `4 đợt/năm` (rounds)."""

FREQUENCY_WHEN: Final = (r"trong", r"vào")

QUARTER_WORDS: Final = (r"quý",)
"""The word a list of quarters stands by (`Quý II và Quý IV`)."""

LIST_AND: Final = (r"và",)
"""The `and` between the last two of a list."""

QUARTER_PATTERNS: Final = (r"quý\s+(?P<q>IV|III|II|I|[1-4])",)

# ---------------------------------------------------------------- deadlines

DURATION_UNITS: Final = {r"ngày": "day", r"tuần": "week", r"tháng": "month", r"năm": "year", r"giờ": "hour"}

REPORT_PERIODS: Final = {r"quý": "quarter", r"tháng": "month", r"năm": "year", r"kỳ\s+báo\s+cáo": None}

_BY: Final = r"(?:trước|chậm\s+nhất(?:\s+(?:là|vào))?|không\s+muộn\s+hơn|trước\s+hoặc\s+vào)"
_NEXT: Final = r"(?:tiếp\s+theo|sau|kế\s+tiếp)"

DEADLINE_PATTERNS: Final = (
    (
        _BY + r"\s+(?:ngày\s+)?(?P<day>\d{1,2})\s+(?:của\s+)?tháng\s+đầu(?:\s+tiên)?\s+(?:của\s+)?"
        r"(?P<period>quý)\s+" + _NEXT,
        {},
    ),
    (_BY + r"\s+(?:ngày\s+)?(?P<day>\d{1,2})\s+(?:của\s+)?(?P<period>tháng)\s+" + _NEXT, {}),
    (
        _BY
        + r"\s+(?:ngày\s+)?(?P<day>\d{1,2})\s*(?:tháng\s*|/\s*)(?P<month>\d{1,2})\s*(?:năm\s*|/\s*)(?P<year>\d{4})",
        {},
    ),
    (
        _BY + r"\s+(?:ngày\s+)?(?P<day>\d{1,2})\s*(?:tháng\s*|/\s*)(?P<month>\d{1,2})\s+(?:của\s+)?"
        r"(?P<next>năm\s+" + _NEXT + r")",
        {"period": "year"},
    ),
    (
        _BY
        + r"\s+(?:ngày\s+)?(?P<day>\d{1,2})\s*(?:tháng\s*|/\s*)(?P<month>\d{1,2})(?:\s+(?P<annual>h[àằ]ng\s+năm))?",
        {},
    ),
    (
        r"trong\s+(?:thời\s+hạn\s+|vòng\s+|thời\s+gian\s+)?(?:tối\s+đa\s+|không\s+quá\s+)?"
        r"(?P<amount>{num})\s+(?P<unit>{unit})(?:\s+(?P<working>làm\s+việc))?",
        {},
    ),
    (r"(?P<amount>{num})\s+(?P<unit>{unit})(?:\s+(?P<working>làm\s+việc))?(?=\s*,?\s*kể\s+từ)", {}),
    (r"(?P<immediate>ngay\s+lập\s+tức)", {}),
)
"""`trước ngày 31 tháng 01 hằng năm`, `trong thời hạn 30 ngày`, `05 ngày làm việc kể từ …`."""

BARE_DEADLINE_PATTERNS: Final = (r"(?P<amount>{num})\s+(?P<unit>{unit})(?:\s+(?P<working>làm\s+việc))?",)
"""`30 ngày` as the whole text of a deadline."""

# --------------------------------------------------------------- legal refs

LEGAL_UNITS: Final = (
    (r"điểm", "subclause"),
    (r"khoản", "clause"),
    (r"điều", "article"),
    (r"mục", "section"),
    (r"chương", "chapter"),
    (r"phụ\s+lục", "appendix"),
)

LEGAL_HEADING_WORDS: Final = r"(?:điều|chương|mục|phụ\s+lục)"
"""The words a heading opens with (`Điều 1. Phạm vi …`, `Chương I`)."""

LEGAL_NUMBER_POSITION: Final = "after"

LEGAL_RANGE_SEPARATOR: Final = r"\s+(?:đến|tới)\s+"
"""Words between the ends of a range besides a dash (`từ Điều 10 đến Điều 12`, `khoản 1 đến 3`)."""

LEGAL_LIST_SEPARATOR: Final = r"\s*(?:,\s*và|,|và|hoặc)\s*"

LEGAL_ACTS: Final = (
    (r"luật\s+bảo\s+vệ\s+môi\s+trường", "Luật Bảo vệ môi trường"),
    (r"luật\s+tài\s+nguyên\s+nước", "Luật Tài nguyên nước"),
    (r"luật\s+đất\s+đai", "Luật Đất đai"),
    (r"luật\s+xử\s+lý\s+vi\s+phạm\s+hành\s+chính", "Luật Xử lý vi phạm hành chính"),
    (r"luật\s+phòng\s+cháy\s+và\s+chữa\s+cháy", "Luật Phòng cháy và chữa cháy"),
    (r"luật\s+hóa\s+chất", "Luật Hóa chất"),
    (r"luật\s+khoáng\s+sản", "Luật Khoáng sản"),
    (r"pháp\s+lệnh\s+cảnh\s+sát\s+môi\s+trường", "Pháp lệnh Cảnh sát môi trường"),
    (r"thông\s+tư\s+liên\s+tịch", "Thông tư liên tịch"),
    (r"thông\s+tư", "Thông tư"),
    (r"nghị\s+định", "Nghị định"),
    (r"nghị\s+quyết", "Nghị quyết"),
    (r"quyết\s+định", "Quyết định"),
    (r"chỉ\s+thị", "Chỉ thị"),
    (r"công\s+văn", "Công văn"),
    (r"kế\s+hoạch", "Kế hoạch"),
    (r"bộ\s+luật", "Bộ luật"),
    (r"luật", "Luật"),
    (r"pháp\s+lệnh", "Pháp lệnh"),
    (r"(?-i:QCVN)", "QCVN"),
    (r"(?-i:TCVN)", "TCVN"),
)

LEGAL_GENERIC_ACTS: Final = frozenset(
    {
        "Thông tư liên tịch",
        "Thông tư",
        "Nghị định",
        "Nghị quyết",
        "Quyết định",
        "Chỉ thị",
        "Công văn",
        "Kế hoạch",
        "Bộ luật",
        "Luật",
        "Pháp lệnh",
        "QCVN",
        "TCVN",
    }
)

LEGAL_TITLED_ACTS: Final = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})
"""Act kinds whose name goes on with a capitalised title (`Luật Bảo vệ môi trường`)."""

LEGAL_TITLE_STOPWORDS: Final = frozenset(
    "số ngày năm này của và về được đã tại theo quy có để thì do với cho trong hoặc các những là khi đối sửa đổi bổ sung".split()
)
"""Words that end such a title."""

LEGAL_LINKERS: Final = r"(?:của|tại|(?:ban\s+hành\s+)?kèm\s+theo)"
"""Words between a reference and its act (`Phụ lục I ban hành kèm theo Thông tư này`)."""

LEGAL_INTERNAL_AFTER: Final = r"này"
"""`Điều 5 Thông tư này`: the act is the document itself."""

LEGAL_NUMBER: Final = r"(?:số\s+)?(?P<number>\d+(?:[-:/.][0-9A-ZĐ][0-9A-ZĐa-z]*)*[-:/][0-9A-ZĐ][0-9A-ZĐa-z]*)"
"""`số 105/2015/NĐ-CP`, `41/TT-BCA`, `40:2011/BTNMT`, `16/2015/QĐ-TTg` (matched case-sensitively:
each part opens with a capital or a digit; the Prime Minister's `TTg` goes on in lower case)."""

LEGAL_DATE_PREFIX: Final = r"ngày"

LEGAL_NUMBER_ACTS: Final = {
    r"NĐ-CP": "Nghị định",
    r"TTLT-[A-ZĐ]+": "Thông tư liên tịch",
    r"TT-[A-ZĐ0-9-]+": "Thông tư",
    r"QĐ-[A-ZĐ0-9][A-ZĐa-z0-9-]*": "Quyết định",
    r"NQ-[A-ZĐ0-9-]+": "Nghị quyết",
    r"CT-[A-ZĐ0-9][A-ZĐa-z0-9-]*": "Chỉ thị",
    r"KH-[A-ZĐ0-9-]+": "Kế hoạch",
    r"QH\d+": "Luật",
    r"UBTVQH\d+": "Pháp lệnh",
}
"""The issuer code at the end of a number names the kind of act (`…/NĐ-CP` is a Nghị định)."""

LEGAL_ALIAS_PATTERNS: Final = (
    r"\(\s*sau\s+đây\s+(?:gọi\s+)?(?:tắt\s+)?(?:là\s+)?(?P<alias>[^()]{1,60}?)\s*\)",
)

# -------------------------------------------------------------- identifiers

YEAR_MARKERS: Final = (r"năm",)


MONTH_RANGE_WORDS: Final = (r"đến", r"tới")
"""Between two months, a window of every month between (`Tháng 1 đến tháng 12`), not those two."""

MONTH_NUMBER_LISTS: Final = (r"tháng\s+(?P<list>\d{1,2}(?:\s*(?:,|;|và)\s*\d{1,2})+)(?![\d/.])",)
"""Months given by their numbers after one word for month (`Tháng 1, 4, 7, 10`): the months of sampling."""
