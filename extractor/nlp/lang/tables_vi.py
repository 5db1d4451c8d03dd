"""Vietnamese: the words of table headers, captions and rows (see `tables_ru` for the conventions)."""

from __future__ import annotations

from typing import Final

CODE: Final = "vi"

COLUMN_WORDS: Final = {
    "price": (r"đơn giá", r"thành tiền", r"\(vnđ\)", r"\(đồng\)", r"chưa (?:bao gồm )?vat", r"\bvat\b"),
    "year": (r"^năm đạt", r"^năm$", r"^kỳ báo cáo$", r"^năm\s+(?:trồng|xây dựng|vận hành|đưa vào|lắp đặt|sản xuất|thành lập)"),
    "per_year": (
        r"số lần\s+(?:quan trắc|lấy mẫu|đo)\w*\s*/\s*năm",
        r"số lần.*trong năm",
        r"số lần\s+kiểm tra\w*\s*/\s*năm",
        r"^số lần\s*/\s*năm",
        r"^số (?:mẫu|đợt)\s*/\s*năm",  # `Số mẫu/năm | 08 (02 vị trí × 04 đợt)`
    ),
    "latitude": (r"vĩ độ",),
    "longitude": (r"kinh độ",),
    "row_number": (r"^stt$", r"^số\s*tt$", r"^tt$", r"^mã (?:cv|công việc|nhiệm vụ)$"),
    "waste_code": (r"mã\s+(?:số\s+)?chất thải", r"mã\s+ctnh", r"mã\s+ctr"),
    "bin": (r"mã số thuế", r"\bmsdn\b", r"\bmst\b", r"mã số doanh nghiệp", r"^mã số dn$", r"mã số (?:đăng ký )?kinh doanh", r"đăng ký doanh nghiệp,?\s+(?:mã )?số"),
    "category": (r"^nhóm$", r"^phân nhóm", r"phân loại (?:dự án|cơ sở|theo luật|theo tiêu chí)", r"^nhóm (?:dự án|cơ sở)$", r"^nhóm (?:dự án|cơ sở)\b.*tiêu chí (?:về )?môi trường"),
    "coordinates": (r"tọa độ", r"toạ độ", r"\(wgs\W?84\)", r"\(vn\W?2000\b"),  # `Vị trí xả thải (VN-2000, …)`: a place by its grid figures
    "waste_name": (r"tên\s+(?:loại\s+)?chất thải", r"loại chất thải", r"^loại\s+hao hụt", r"tên\s+ctnh", r"chủng loại chất thải", r"^chất thải$"),
    "operation": (
        r"phương (?:pháp|án) xử lý",
        r"biện pháp(?! (?:khắc phục|bảo vệ môi trường|giảm thiểu))",
        r"hình thức xử lý",
        r"^xử lý",
    ),
    "amount": (r"khối lượng(?! chất ô nhiễm)", r"số lượng", r"lượng phát sinh"),  # (a pollutant's mass: an emission)
    "hazard_class": (r"cấp (?:độ )?nguy hại",),
    "t_y": (r"^(?:tải lượng|thải lượng|lượng thải)\s+(?:cả\s+)?năm$", r"lượng thải\w*.*(?:trong|mỗi|một)\s+năm.*\(tấn\)", r"(?:tải lượng|thải lượng|lượng thải|phát thải)\w*.*kg/năm", r"tấn/năm", r"^kg/năm$", r"tấn\s*/\s*(?:cả\s+)?giai đoạn", r"(?:lượng thải|tải lượng)\w*.*(?:giai đoạn|cả giai đoạn).*\(tấn\)", r"\(tấn\)\s+cả năm$", r"tổng lượng thải ra (?:môi trường|không khí)", r"^(?:tổng\s+)?(?:tải lượng|thải lượng|lượng thải)\s*\(tấn\)$", r"^khối lượng chất ô nhiễm\b[^()]*\(tấn\)$"),
    "g_s": (r"\bg/s\b", r"(?:tải lượng|thải lượng|lượng thải|phát thải)\w*.*\bmg/s\b"),
    "source_number": (r"số hiệu nguồn", r"ký hiệu nguồn", r"mã nguồn"),
    "source_name": (r"tên nguồn", r"nguồn (?:thải|phát sinh)"),
    "frequency": (r"tần suất", r"tần xuất", r"chu kỳ"),
    "responsible_strict": (r"đơn vị chủ trì", r"cơ quan chủ trì", r"^bộ phận (?:chủ trì|phối hợp)"),  # the department leading or helping, not the one checked
    "who": (r"đơn vị thực hiện", r"^(?:đơn vị|bộ phận) kiểm tra$", r"^đối tượng thực hiện$", r"cơ quan thực hiện", r"bộ phận thực hiện", r"cơ sở thực hiện", r"^bên (?:thực hiện|chịu trách nhiệm)", r"^người (?:thực hiện|kiểm tra|đánh giá|giám sát)$", r"^cán bộ (?:thực hiện|kiểm tra|đánh giá|giám sát)$", r"^cơ quan chủ trì$", r"^(?:chuyên gia|người) đánh giá$"),
    "method": (r"phương pháp",),
    "record": (r"^hình thức ghi (?:nhận|chép)", r"^biểu mẫu ghi"),  # `Hình thức ghi nhận`: where a check is written down
    "indicator": (
        r"(?:tỷ lệ|tỉ lệ)\s+đóng góp|^đóng góp\b.*%",  # `Tỷ lệ đóng góp (%)`: a share, no substance and no rate
        r"^c\s*/\s*(?:qcvn|gh\b|giới hạn)",  # `C/ПДК`: the result divided by its norm
        r"số\s+(?:ngày|giờ|lần|giá trị)\s+vượt", r"vượt\s+(?:quy chuẩn|qcvn|giới hạn|ngưỡng)", r"tỷ lệ\s+vượt",
        r"(?:tỷ lệ|số lần)\b.{0,20}?(?:so với\s+)?(?:qcvn|giới hạn|quy chuẩn)",  # `Tỷ lệ so với QCVN`: the result as a share of the norm
    ),
    "measured": (r"kết quả", r"giá trị đo", r"nồng độ đo", r"^(?:giá trị|nồng độ)\b.*\blớn nhất"),
    "limit": (
        r"tiêu chí (?:chấp nhận|đạt)",
        r"giới hạn",
        r"qcvn",
        r"giá trị\s+(?:c|cmax|tối đa|cho phép|giới hạn)\b",
        r"^giá trị\s+[a-c]$",
        r"quy chuẩn",
        r"tiêu chuẩn",
        r"\bcmax\b",
        r"^cột\s+[a-c]$",
        r"^trung bình\s+(?:\d+\s+giờ|năm|ngày)",
    ),
    "point": (r"điểm quan trắc", r"điểm kiểm soát", r"vị trí", r"điểm lấy mẫu", r"ký hiệu mẫu", r"điểm đo", r"^điểm\s+số", r"^điểm$", r"^điểm\s+xả(?:\s+thải)?$"),
    "unit": (r"^đơn vị(?:\s+(?:tính|đo))?$", r"^đvt$"),
    "substance": (r"thông số", r"chỉ tiêu", r"chất ô nhiễm", r"^chất$", r"nội dung (?:giám sát|quan trắc)"),
    "subject": (r"nội dung\s+(?:được\s+)?kiểm (?:tra|soát)", r"vấn đề\s+kiểm tra", r"khía cạnh", r"hình thức (?:kiểm tra|đánh giá)", r"^hình thức$"),
    "site": (r"^(?:tên )?bộ phận", r"^khoa\s*[,/]\s*phòng", r"^đối tượng", r"^khu vực", r"^(?:dự án|cơ sở|công trình)$", r"^cơ sở nơi", r"^hạng mục\s+(?:được\s+)?kiểm tra", r"^(?:công trình|hạng mục|thiết bị|khu vực|kho|xưởng)\s*[,/]\s*(?:công trình|hạng mục|thiết bị|khu vực|kho|xưởng)"),
    "capacity": (r"công suất",),
    "capacity_strict": (r"^công suất(?!\s+(?:xả|phát thải))",),
    "task": (
        r"nội dung",
        r"công việc",
        r"hoạt động",
        r"hành động",
        r"nhiệm vụ",
        r"^hạng mục(?: công trình)?$",
        r"biện pháp (?:khắc phục|bảo vệ môi trường|giảm thiểu)",
        r"yêu cầu khắc phục",
        r"nội dung tiếp thu",
        r"^yêu cầu$",  # a register of legal requirements
    ),
    "deadline": (r"thời hạn(?!\s+(?:hiệu lực|sử dụng|bảo hành|kiểm định))", r"thời gian(?!.*\((?:giờ|h|ngày|phút)\))", r"tiến độ", r"hạn chót", r"hạn hoàn thành"),  # (`Thời gian xả thải (giờ)`: hours run, no date)
    "responsible": (r"^trách nhiệm$", r"trách nhiệm thực hiện", r"cơ quan(?! (?:cấp|ban hành|phê duyệt))", r"chủ trì", r"phối hợp", r"người tham gia", r"thành phần tham gia", r"chịu trách nhiệm", r"phụ trách", r"^phân công"),
    "address": (r"địa chỉ", r"(?<!mã số )địa điểm"),  # `Mã số địa điểm kinh doanh`: a number, no place
    "operator": (r"chủ cơ sở", r"chủ dự án", r"chủ đầu tư", r"tên (?:doanh nghiệp|công ty|tổ chức)", r"^tổ chức(?:, cá nhân)? được cấp", r"^thương nhân", r"^doanh nghiệp thuê", r"nhà đầu tư thứ cấp", r"^doanh nghiệp$"),
    "name": (r"^tên\b", r"\btên cơ sở"),
}

KEY_VALUE_HEADERS: Final = (
    r"^chỉ tiêu$",
    r"^giá trị$",
    r"^thông tin$",
    r"^nội dung$",
    r"^hạng mục$",
    r"^mô tả$",
    r"^thông số$",
)

SOURCE_MENTION: Final = (r"nguồn (?:thải|khí thải|phát thải)", r"ống khói số",)
"""Words naming an emission source beside its number in a sentence (`на источнике № 0002`)."""

PART_WORDS: Final = (r"^\s*trong đó",)
"""A column that gives a part of the one beside it (`в том числе аварийные, кг/год`), not a figure of its own."""

OUTLET_WORDS: Final = (r"cửa xả", r"điểm xả", r"vị trí xả",)
"""Words naming a discharge outlet (`Выпуск № 1`): a place limits are set at, heading their columns or rows."""

SUPERVISION_WORDS: Final = (r"kiểm tra", r"giám sát",)
"""A column of the body that supervises a task (`Cơ quan kiểm tra, giám sát`), not of the one that does it."""

SOURCE_TEXT: Final = "Nguồn thải"
"""How a monitoring duty at a source is introduced in its text."""

METHOD_TEXT: Final = {"automated": "quan trắc tự động", "instrumental": "đo đạc", "calculation": "tính toán"}
"""How a source is monitored, said in its duty's text."""

LABEL_JOINERS: Final = (r"và",)
"""The word that joins two fields in one header (`Срок и ответственный`)."""

RUN_WORDS: Final = (r"đến", r"tới",)
"""The word between the first and the last of a run of ids (`KT1 đến KT4`, `Т-1 до Т-4`)."""

ROLE_WORDS: Final = {
    "facility": (r"thông tin (?:chung )?(?:về )?(?:cơ sở|dự án|doanh nghiệp|chủ)", r"thông tin chung"),
    "sources": (r"nguồn (?:phát sinh )?khí thải", r"nguồn thải"),
    "emissions": (r"tải lượng", r"lưu lượng khí thải", r"lượng phát thải", r"kiểm kê khí thải"),
    "wastes": (r"chất thải",),
    "limits": (
        r"giá trị\s+(?:c|giới hạn|tối đa)",
        r"giới hạn",
        r"qcvn",
        r"quy chuẩn",
        r"nồng độ (?:tối đa|cho phép)",
        r"kết quả (?:quan trắc|phân tích|đo)",
    ),
    "monitoring": (r"quan trắc", r"giám sát", r"lấy mẫu"),
    "inspections": (r"kiểm tra nội bộ", r"tự kiểm tra"),
    "tasks": (r"kế hoạch", r"nhiệm vụ", r"phân công"),
}

MEDIUM_WORDS: Final = {
    "flue_gas": (r"khí thải", r"ống khói", r"bụi, khí thải", r"ống thải", r"qcvn\s*(?:19|20|21|22|23|30|34|51|61)\b"),
    "waste_water": (r"nước thải", r"nước rỉ rác", r"nước mưa chảy tràn", r"qcvn\s*(?:11|12|13|14|25|28|29|40|52|60|62|63)\b"),
    "soil": (r"(?<!dưới )\bđất\b", r"trầm tích", r"qcvn\s*(?:0?3|43|45)\b"),
    "water": (
        r"nước mặt", r"nước dưới đất", r"nước ngầm", r"nước biển", r"nước sinh hoạt", r"nước cấp",
        r"nước (?:kênh|sông|suối|hồ|mương)", r"qcvn\s*(?:0?8|0?9|10)\b",
    ),
    "air": (r"không khí", r"môi trường xung quanh", r"tiếng ồn", r"qcvn\s*(?:0?5|0?6|26)\b"),
}
"""The media words name, and those the national technical regulations (QCVN) stand for by their numbers: 08 surface,
09 ground and 10 sea water; 14, 40 and the sector standards (11 seafood, 12 paper, 13 textile, 25 leachate, 28 medical,
29 fuel depots, 52 steel, 60 ethanol, 62 livestock, 63 starch) waste water; 19–23, 30, 34, 51 and 61 stack gas; 05, 06
ambient air and 26 noise; 03 soil, 43 sediment, 45 dioxin in soil."""

METHOD_WORDS: Final = {
    "automated": (r"tự động", r"liên tục"),
    "instrumental": (r"đo đạc",),
    "calculation": (r"tính toán",),
}

TOTAL_WORDS: Final = (
    r"^\s*(?:tổng cộng|tổng số|tổng)\s*(?:\([^()]*\))?\s*$",  # `Tổng (g/s)`: the sum, in its unit
    r"^\s*tổng cộng\b",
    r"^\s*cộng\s*:?\s*$",
    r"^\s*cộng\s*:\s*(?!đồng)",  # `Cộng: bùn thải … (mã CTNH 17 05 02)`: the sum, and what it is
    r"^\s*cộng\s+(?!đồng)",  # `Cộng Gói thầu XL-02`: a group's sum
    r"^\s*tổng (?:khối lượng|lượng|tải lượng|công suất)\b",
    r"^\s*tổng\s+(?:toàn\s+)?(?:nhà máy|cơ sở|dự án|công ty|khu)\b",  # `Tổng toàn nhà máy`: the plant's sum
    r"^\s*trong\s+đó\b",  # `trong đó:` over the parts of the row above
)

SOURCE_TOTAL_WORDS: Final = (r"^\s*(?:cộng|tổng(?: cộng)?)\s+(?:theo|của)\s+(?:từng\s+)?nguồn\b",)
"""A row that sums one source's rows (its operations, its stages), not the whole table's."""

YEAR_TOTAL_WORDS: Final = (r"^cả năm", r"^tổng", r"^năm$",)
"""A sub-column of amounts that gives the whole year (`всего за год`, `Cả năm`) beside its parts."""

RETURNED_WORDS: Final = (
    r"tái sử dụng trong (?:dây chuyền|quá trình|công đoạn)",
    r"đưa trở lại (?:dây chuyền|quá trình|công đoạn)",
    r"không (?:phải|được coi|thuộc)(?: là)? chất thải",
)
"""Material put back into the process it came from (`Tái sử dụng trong dây chuyền`), or said to be none
(`Không phải chất thải`): no waste."""

NOT_PLANNED: Final = (r"không (?:quy định|yêu cầu|thực hiện)", r"không thuộc đối tượng", r"^(?:bãi bỏ|loại bỏ|bỏ)$")

SUBCOLUMN_PREFIXES: Final = (r"cột", r"giá trị")

AVERAGE_HEADERS: Final = (r"^(?:giá trị\s+)?trung bình(?:\s+(?:các lần đo|kết quả))?(?:,.*)?$",)
"""A column of the mean of repeated measurements (`Giá trị trung bình`): the value a norm is checked against."""

EXTREME_HEADERS: Final = (r"^(?:giá trị\s+)?(?:(?:tb|trung bình)\s+(?:ngày|giờ)\s+)?(?:lớn nhất|nhỏ nhất|cao nhất|thấp nhất)$", r"^(?:max|min)\.?$")
"""The least or the greatest of repeated measurements (`Giá trị lớn nhất`, `nhỏ nhất`), beside their mean: statistics of one series."""

REDUCED_HEADERS: Final = (r"quy đổi", r"hiệu chỉnh")
"""A result reduced to the reference conditions (`Kết quả quy đổi (O2 = 7 %)`): the one a stack norm is checked against."""

AVERAGING_LABELS: Final = (r"trung bình\s+(?:\d+\s+giờ|năm|ngày)",)
"""The averaging time a lone limit column names (QCVN 05 `Trung bình 1 giờ`): it is the column's label."""

PERIOD_WORDS: Final = {
    "construction": (r"giai đoạn (?:thi công|xây dựng)",),
    "operation": (r"giai đoạn (?:vận hành|hoạt động)",),
}

HAZARD_GROUPS: Final = {
    "no": (r"không nguy hại", r"thông thường", r"chất thải rắn sinh hoạt", r"chất thải rắn(?=\s*(?:và|,)\s*(?:chất thải\s+)?nguy hại)"),
    "yes": (r"nguy hại", r"\bctnh\b"),
}
"""`chất thải rắn và chất thải nguy hại` names both groups: the table's rows say which each is."""

MEDIUM_LABELS: Final = {
    "air": "Không khí xung quanh",
    "water": "Nước mặt, nước dưới đất",
    "soil": "Đất",
    "waste_water": "Nước thải",
    "flue_gas": "Khí thải",
}

INSPECTION_WORDS: Final = (r"kiểm tra", r"kiểm toán", r"đánh giá (?:nhà thầu|nhà cung cấp|nội bộ|tại hiện trường)", r"đánh giá (?:sự )?tuân thủ", r"tần suất đánh giá", r"người đánh giá")
"""Words of checking a unit of the enterprise, in a header, a cell or a caption: an inspection table."""

INSPECTION_TEXT: Final = "Kiểm tra nội bộ"
"""How an inspection read from a table is introduced in its text."""

PER_YEAR_TEXT: Final = "{n} lần/năm"
"""A count per year (`Количество замеров в год | 4`) said as the frequency it is."""

PER_WEEK_TEXT: Final = "{n} lần/tuần"
"""A count of marked days of the week said as the frequency it is."""

PER_MONTH_TEXT: Final = "{n} lần/tháng"
"""Weeks of the month marked in a schedule, said as the frequency they make (`4 раза в месяц` is weekly)."""

PER_DAYS_TEXT: Final = "{n} ngày/lần"
"""A check every so many days said as a frequency (`Периодичность, сут. | 90`)."""

DAYS_HEADERS: Final = (r"(?<![^\W\d_])ngày(?![^\W\d_])",)
"""A frequency header counting in days (`Периодичность, сут.`): its bare figures are days between checks."""

ALL_SUBSTANCES_WORDS: Final = (r"\btất cả (?:các )?(?:thông số|chất|chỉ tiêu)", r"(?:thông số|chỉ tiêu|chất)\w*.{0,20}(?:quy định|nêu|liệt kê) tại (?:bảng|phụ lục|mục)", r"theo bảng\s*\d")
"""A plan's cell that names its substances by pointing at a list elsewhere (`Các thông số quy định tại Bảng 1`)."""

NOTE_WORDS: Final = (r"^\s*ghi\s+chú", r"^\s*chú\s+thích", r"^\s*\*")
"""The opening of a note under a table: it speaks of the table above, not of the next one."""

BRACKETED_PARTY: Final = (r"\(\s*(?:chủ trì|phụ trách|trách nhiệm|đơn vị thực hiện)\s*[:–-]?\s*([^()]+?)\s*\)",)
"""Who answers for an item, in brackets after it (`(отв.: главный механик)`, `(Chủ trì: Phòng Kỹ thuật)`)."""

NUMBER_SIGN_WORDS: Final = (r"số",)
"""A word for `№` before a record's number (`Phiếu số 1`)."""

QUALITY_SECTION_WORDS: Final = (r"kiểm tra nguyên liệu", r"nguyên liệu đầu vào", r"kiểm tra sản phẩm", r"kiểm (?:tra|soát) chất lượng")
"""A plan's section of the control of raw materials, process or products (`I. Входной контроль сырья`): a
laboratory's own quality tests, no duty of environmental monitoring."""

VARIANT_WORDS: Final = (r"phương án",)
"""A group of columns giving one of the options a document compares (`Вариант 1: туннельная печь на угле`)."""

CHOSEN_WORDS: Final = (r"\((?:được\s+)?(?:lựa\s+)?chọn\)", r"(?:được|đã)\s+(?:lựa\s+)?chọn")
"""The option the document takes (`Вариант 2 (принят)`): its columns are the ones in force."""

METHOD_RANGE_HEADERS: Final = (r"giới hạn (?:phát hiện|định lượng)", r"\b(?:lod|loq|mdl)\b", r"(?:khoảng|phạm vi|dải) đo")
"""A column of what the method can measure (`Диапазон измерений`, `Giới hạn phát hiện`): figures beside the
results, no limit of the environment."""

NOTE_HEADERS: Final = (r"^(?:ghi chú|chú thích)\W*$",)
"""The header of a column of remarks beside the items (`Примечание`): what it says is no field of theirs."""

INTERVAL_DAYS_WORDS: Final = (r"(?:khoảng cách|chu kỳ|khoảng thời gian)\w*.*\bngày\b",)
"""A header saying its figures are days between samples (`Интервал между отборами проб, сут.`)."""

DRY_MATTER_WORDS: Final = (r"chất khô", r"khối lượng\s+(?:[^\W\d_]+\s+)?khô\b", r"\bkhô tuyệt đối\b")
"""A mass counted dry (`Сухое вещество, т/год`): a sludge's amount is its mass as it leaves, wet."""

NET_WORDS: Final = (r"\bkl\s+hàng\b", r"khối lượng\s+(?:hàng|tịnh)", r"\btịnh\b")
"""The net mass of a weighing (`нетто, кг`, `KL hàng`), beside the gross and the tare."""

BACKGROUND_WORDS: Final = (r"(?<![^\W\d_])(?:điểm|mẫu|vị trí)\s+nền\b", r"\(nền\)")
"""A point that gives the background others are judged against (`NM1 (điểm nền)`)."""

WASTE_KIND_WORDS: Final = (r"chất\s+thải", r"\bctnh\b", r"\bctr\b")
"""A stream's class that makes it a waste (`CTNH` beside `Sản phẩm`, `Nguyên liệu` in a material balance)."""

RATE_NORM_WORDS: Final = (r"tải\s+lượng\s+tính\s+toán", r"giới\s+hạn", r"cho\s+phép")
"""The norm among pairs of rates (`Chế độ ổn định | Chế độ khởi động | Tải lượng tính toán`)."""
RATE_STAGE_WORDS: Final = (r"hiện\s+(?:trạng|hữu)", r"chế\s+độ")
"""What sets pairs of rates of one emission apart: the existing position, an operating regime."""

CLASS_HEADERS: Final = (r"^(?:phân\s+loại|loại|nhóm|tính\s+chất)(?:\s+dòng)?$",)
"""A column that classes each row (`Phân loại`): in a balance, which streams are wastes."""

NORM_WORDS: Final = (r"giới hạn", r"quy chuẩn", r"qcvn", r"cho phép", r"tối đa", r"giấy phép")
"""A table or its caption that sets norms: a concentration beside the rates is the norm at the source."""

SHARE_WORDS: Final = (r"số lần", r"bội số",)
"""Headers of values given as shares (multiples) of a limit, not limits (`доли ПДК`)."""

AMENDED_WORDS: Final = (r"sau (?:khi )?điều chỉnh", r"sau (?:khi )?sửa đổi", r"\bmới\b", r"đính chính", r"^nay\b", r"sửa lại",)
"""A column of the values an amendment puts in force (`стало`), beside those it replaces."""

SUPERSEDED_WORDS: Final = (r"trước (?:khi )?điều chỉnh", r"^theo (?:giấy phép|gpmt|quyết định)", r"trước (?:khi )?sửa đổi", r"\bcũ\b", r"^đã ghi", r"ghi sai",)
"""A column of the values an amendment replaces (`было`)."""

MONTH_HEADERS: Final = (r"\btháng\b",)
"""A header over a schedule's month columns (`Месяцы отбора проб`), which tells `T1 … T12` from points."""

WEEKDAY_WORDS: Final = (r"thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|t[2-7]|cn|chủ nhật",)
"""The days of the week a schedule's columns are headed with (`Пн | Вт | …`), matched whole."""

WEEK_WORDS: Final = (r"tuần\s*[1-5]", r"tuần\s+thứ\s+(?:nhất|hai|ba|tư|năm)",)
"""The weeks of a month a schedule's columns are headed with (`1-я неделя | … | 4-я неделя`, `Tuần 1`), matched whole."""

ORGANISATION_WORDS: Final = (r"^\s*(?:\d+[.)]\s*)?(?i:công ty|doanh nghiệp|ban quản lý|trung tâm|chi nhánh)\b",)
"""Words an organisation's name starts with (`Công ty TNHH …`)."""

COMMITTER_WORDS: Final = (
    r"(?P<who>(?<![^\W\d_])(?:Tổng công ty|Công ty|Doanh nghiệp|Nhà máy|Chi nhánh)\s[^,.;:()]{3,100}?)\s+(?:xin\s+)?cam kết",
    r"^đối với\s+(?P<who>(?:Tổng công ty|Công ty|Doanh nghiệp|Nhà máy|Chi nhánh)\s[^,.;:()]{3,100}?),[^.:]{0,200}?\byêu cầu\b",
)
"""An organisation bound by what follows: undertaking it (`Công ty … cam kết thực hiện các nội dung sau`), a letter of
commitment, or required to do it (`Đối với Công ty …, Đoàn kiểm tra yêu cầu Công ty thực hiện …`), an inspection's
conclusion; its tasks that organisation must do, not the letter's addressee or the inspectors."""

ADDRESSEE_WORDS: Final = (r"^kính\s+gửi\s*:?\s*",)
"""The words a letter addresses its recipient by (`Директору …`, `… директорына`, `Kính gửi: …`): the
organisation beside them must do what the letter requires."""

ITEM_UNITS: Final = (r"cái", r"chiếc", r"người", r"con",)
"""What a mass is counted per when it is a unit mass, not an amount (`кг/шт`, `kg/cái`)."""

BEFORE_TREATMENT_WORDS: Final = (r"chưa\s+(?:qua\s+)?xử lý", r"trước\s+(?:khi\s+)?xử lý", r"^(?:tải lượng\s+)?phát sinh\b", r"thu giữ", r"thu hồi", r"(?:được|đã)\s+xử lý",)
"""Rates before the gas is cleaned (`Выброс до очистки`, `Tải lượng chưa xử lý`): what the plant
makes, not what it emits, when rates after cleaning stand beside them."""

PAYMENT_LABELS: Final = (r"người thụ hưởng", r"đơn vị thụ hưởng", r"nội dung (?:nộp|thanh toán)", r"mã chương", r"mã tiểu mục",)
"""Labels of a payment's details (a fine's beneficiary and budget codes): such a card names who is paid, no facility."""

OTHER_PARTY_WORDS: Final = (r"đơn vị (?:dịch vụ|bảo trì|bảo dưỡng)", r"chế tạo", r"nhà sản xuất", r"nhà cung cấp", r"nhà thầu", r"đơn vị (?:tư vấn|thi công|lắp đặt|cung cấp)",)
"""Words of another party than the facility's operator (its maker, supplier, contractor, designer): a card's section or
field of theirs gives no field of the facility."""

LOG_CAPTIONS: Final = (r"nhật ký", r"lịch sử (?:bảo dưỡng|sửa chữa|vận hành)",)
"""A caption naming a log of what was done (`Журнал …`, `Учет технического обслуживания`, `Nhật ký bảo dưỡng`): its
rows are records of the past, no tasks to do."""

REQUIREMENT_HEADERS: Final = (r"^yêu cầu (?:đối với|về|của) ",)
"""A column of requirements for what is measured (`Требования к обеззараженным сточным водам`): beside a limit
column, and holding ranges and bounds, a second set of limits."""

AGREED_WORDS: Final = (r"thống nhất", r"được (?:hai|các) bên (?:xác nhận|chấp nhận)",)
"""A column of the amounts the parties agreed on (`Принято сторонами, кг`, `Khối lượng thống nhất`), beside each
party's own figures and their difference: the amounts that stand."""

OCCASION_WORDS: Final = (r"(?:sau|trước|khi)\s+mỗi",)
"""An occasion a check is made at, not a period (`Kiểm tra sau mỗi trận mưa lớn`)."""

UNSCHEDULED_WORDS: Final = (r"đột xuất", r"bất thường",)
"""An unscheduled check (`внеплановый осмотр`, `kiểm tra đột xuất`): a check of its own, though it has no frequency."""

GENERATED_WORDS: Final = (r"^phát sinh", r"^thực tế")
"""A sub-column of a waste movement that gives the amount generated (`Наличие на начало | Образовано | Передано`)."""

UNCHANGED_WORDS: Final = (r"^không thay đổi",)
"""A cell of an amendment's new row that keeps the old value (`без изменений`): the value of the row it replaces."""

DITTO_WORDS: Final = (r"^như\s+trên\.?$", r"^-?\s*nt\s*-?\.?$", r"^tương\s+tự\.?$")
"""A cell that repeats the one above it (`như trên`, `nt`); the marks (`-//-`, `〃`) are every language's, in `tables_en`."""

CURRENT_PLACE_WORDS: Final = (r"vị trí mới", r"địa điểm mới", r"vị trí hiện (?:tại|nay)")
"""A row of a card's places that names the one in use now (`с 15.04.2026 г. (новое место размещения)`)."""

PLAN_HEADER: Final = ('Vị trí quan trắc', 'Thông số quan trắc', 'Tần suất quan trắc')
"""The header a plan is given when its duties stood as sentences in a register's column
(`Мониторинг: ИЗА 0003 – ксилол – 1 раз в квартал`): where, what, how often."""

AIR_STREAM_WORDS: Final = (r"khí thải", r"phát tán", r"vào không khí", r"ra môi trường không khí")
"""A stream of a solvent or material balance that leaves into the air (`O1 – с отходящими газами`,
`O4 – неуловленные выбросы`), beside those to water, destroyed, to waste or recovered."""

POINT_WORDS: Final = (r"điểm", r"vị trí xả(?:\s+thải)?", r"vị trí quan trắc", r"cửa xả")
"""The word for a control point beside its id in running text (`(точка КК-2)`, `(КК-2 нүктесі)`, `(điểm NT1)`)."""


LEAD_PARTY_WORDS: Final = (r"chủ trì", r"^thực hiện", r"tổ chức thực hiện", r"^chịu trách nhiệm",)
"""What a responsibility matrix's leading letter means (`О – организует и проводит проверку`): its column does the work."""

LEAD_PARTY_HEADER: Final = "Người thực hiện"
"""The header a responsibility matrix's leading parties are gathered under, one column of who does each row."""


EMITTED_WORDS: Final = (r"phát thải", r"thải ra", r"rò rỉ",)
"""Words of what went into the air (`Масса выброса, кг`): a mass column so named is the emitted amount."""

PRODUCT_CAPTIONS: Final = (r"(?:chất lượng|đặc tính|thông số|chỉ tiêu)\s+(?:kỹ thuật\s+)?(?:của\s+)?sản phẩm", r"(?:đặc tính|chỉ tiêu chất lượng)\s+(?:kỹ thuật\s+)?(?:của\s+)?(?:dầu|nhiên liệu|nguyên liệu|hóa chất)", r"sản phẩm\s+(?:đầu ra|thương phẩm)",)
"""A caption naming a product's specification (`Chỉ tiêu chất lượng sản phẩm`): grades of what is sold, no norms of the environment."""

STATE_NETWORK_WORDS: Final = (r"mạng lưới quan trắc (?:môi trường )?quốc gia", r"trung tâm khí tượng thủy văn",)
"""The state's own observation network named as who measures (`РГП «Казгидромет»`): its posts are no duty of the operator."""

CENTRE_WORDS: Final = (r"(?:điểm\s+)?tâm\s+(?:khu|nhà máy|dự án|cơ sở|khu đất|mặt bằng)",)
"""A card's label naming the site's centre (`Центр промышленной площадки`): the point that places the facility."""

ABSENCE_WORDS: Final = (r"không (?:được )?(?:có|phát hiện)", r"không cho phép",)
"""A norm that allows none (`отсутствие в 100 см3`): its figure is the volume looked in, no limit."""

INFORMED_PARTY_WORDS: Final = (r"được\s+(?:báo cáo|thông báo)",)
"""What a responsibility matrix's letter means when its column is only told (`И – информируется о результатах`)."""


NUMBERED_LAND_COLUMNS: Final = (r"(?<![^\W\d_])(?<!phân\s)loại\s+[1-3](?!\d)",)
"""A soil standard's column named by its number (`QCVN 03:2023/BTNMT (Loại 3)`): a column's name, as `B` is, even
where the table has one limit column (a land use said in words is only what the land is)."""

LAND_USE_COLUMNS: Final = (
    r"đất\s+nông\s+nghiệp",
    r"đất\s+lâm\s+nghiệp",
    r"đất\s+dân\s+sinh",
    r"đất\s+thương\s+mại(?:,?\s+dịch\s+vụ)?",
    r"đất\s+công\s+nghiệp",
    *NUMBERED_LAND_COLUMNS,
)
"""The columns of a soil standard by the land's use (QCVN 03-MT:2015/BTNMT, table 1; QCVN 03:2023/BTNMT names them
`Loại 1`, `Loại 2`, `Loại 3`): a limit's column, as `cột B` is."""


MEASURING_DUTY_WORDS: Final = (r"quan trắc", r"phân tích", r"xác định", r"lấy mẫu", r"giám sát", r"đo đạc")
"""A condition that orders measuring or sampling, whose places, substances and frequency make a monitoring duty."""


COMMITMENT_WORDS: Final = (r"cam kết(?!\s+(?:môi trường|bảo vệ))",)
"""An answer that commits its speaker to do something (a hearing's `обязуется …`): a task of theirs."""


HAZARD_MARKS: Final = {"yes": (r"nh",), "no": (r"tt",)}
"""A waste register's one-cell mark for hazardous (`yes`) or not (`no`), in a column of its own."""


UNIT_LABEL_WORDS: Final = (r"^đơn vị(?:\s*ph)?$",)
"""A sub-header that gives only the unit (`ед. pH`): the parameter is named in the header above it."""


POST_WORDS: Final = (
    r"(?:phó\s+)?(?:tổng\s+)?giám đốc\b",
    r"(?:phó\s+)?trưởng\s+(?:ban|phòng|bộ phận|xưởng|ca)\b",
    r"quản đốc\b",
    r"kỹ sư trưởng\b",
    r"thủ kho\b",
    r"(?:tổ|đội|cán bộ|nhân viên)\s+(?:kỹ thuật|môi trường|an toàn|vận hành|bảo trì|bảo dưỡng|cơ điện|sản xuất)\b",
)
"""A post that opens a group title (`Главный инженер – …`, `Trưởng ban …`): the officer answerable for the rows under it."""



LIMIT_SAYING_WORDS: Final = (r"không\s+(?:được\s+)?vượt\s+quá",)
"""A condition that caps what follows (`не должны превышать, мг/Нм³: …`): each substance and figure after it a limit."""


CONDITION_HEADERS: Final = (r"^(?:nội dung\s+)?(?:yêu cầu|điều kiện)(?:\s+(?:về\s+)?(?:bảo vệ\s+)?môi trường)?$",)
"""The column of a regulator's conditions (`Nội dung yêu cầu`): each numbered row one requirement."""
BASIS_HEADERS: Final = (r"^căn cứ(?:\s+pháp lý)?$", r"^cơ sở pháp lý$")
"""The column that cites where a condition comes from (`Căn cứ`)."""


PARTY_TITLE_WORDS: Final = (r"^(?:nghĩa vụ|trách nhiệm|cam kết)\b", r"^nhà đầu tư\b", r"^bên\s+\w\b")
"""A section title naming whose duties follow, the party after a dash (`A. Nhà đầu tư – Công ty TNHH …`)."""


EXCEPT_WORDS: Final = (r"trừ", r"ngoại\s+trừ")
"""Words that take items out of a range (`0001–0004 (кроме 0002)`, `(0002-ден басқа)`, `KT1 ÷ KT4 (trừ KT3)`)."""


OPERATOR_SAID: Final = (r"chủ cơ sở", r"đơn vị vận hành")
"""Words that call a party the operator outright (`Частный партнер (оператор завода)`), over an initiator or an owner."""


POST_HEADERS: Final = (r"^chức vụ$", r"^chức danh$")
"""A column of posts (`Должность`) beside checks: whoever holds the post does them."""

SHIFT_HEADERS: Final = (r"^ca\s+(?:[ivIV]{1,3}|\d|sáng|chiều|đêm|ngày)\b",)
"""A column per shift (`Ca 1 (6h–14h)`): a slot in one of them is a check made every day."""

PER_BATCH_WORDS: Final = (r"(?:cho|trên|/)\s*(?:1|một|mỗi)\s+(?:mẻ|lô|đợt sản xuất|tấn sản phẩm)\b", r"\b(?:mỗi|một|1)\s+mẻ\b")
"""An amount for one batch, melt or tonne of product (`Khối lượng/mẻ (kg)`): a part of the year's amount beside it."""

ALLOWED_AMOUNT_WORDS: Final = (r"theo giấy phép", r"theo gpmt", r"được (?:cấp\s+)?phép", r"cấp phép", r"theo (?:kế hoạch|đtm|báo cáo đtm|hồ sơ|thiết kế)", r"dự kiến", r"đăng ký", r"tối đa cho phép")
"""A column of the amount a permit, programme or project allows or plans (`Khối lượng theo giấy phép môi trường`), beside
the amount actually generated: the actual one is the waste's."""

HYDRAULIC_QUANTITIES: Final = (r"\bmực nước", r"\blưu lượng", r"\bcao độ mực nước")
"""Quantities of water measured, not substances in it (`Mực nước động, lưu lượng khai thác`): a row of them is no substance's duty."""

FORECAST_WORDS: Final = (r"dự báo", r"tính toán", r"mô hình", r"dự kiến")
"""Figures worked out, not measured (`Nồng độ dự báo`): no result to check against a norm."""

INLET_WORDS: Final = (r"đầu vào", r"chưa\s+(?:qua\s+)?xử lý", r"trước\s+(?:khi\s+)?xử lý")
"""A point before treatment (`Nước thải đầu vào (chưa xử lý)`), beside the outlet: judged by no norm."""


GROSS_WORDS: Final = (r"cả\s+bì", r"cả\s+bao\s+bì", r"\bgross\b")
"""A mass with its packaging (`Khối lượng cả bì (kg)`) beside the net mass: the net is the waste's."""

PREVIOUS_PARTY_WORDS: Final = (r"\bcũ\b", r"trước\s+(?:khi\s+)?(?:chuyển|thay đổi)", r"bên\s+chuyển\s+nhượng", r"chủ\s+cơ\s+sở\s+trước")
"""A column of the party or values being replaced (`Chủ cơ sở cũ`), beside the new ones."""

FRACTION_LEGEND: Final = (r"tử\s+số\s*(?:là)?\s*[–—:-]?\s*(?P<a>[^,;]+?)\s*[,;]\s*mẫu\s+số\s*(?:là)?\s*[–—:-]?\s*(?P<b>.+)$",)
"""A note that a cell is a fraction (`tử số – kết quả, mẫu số – giới hạn`): what stands above, below."""

OFFICE_COLUMN_WORDS: Final = (r"trụ\s+sở\s+chính", r"^văn\s+phòng(?:\s+công\s+ty)?$")
"""A column of the company's office (`Trụ sở chính`) beside its site's: the site is the facility."""

UNIT_TITLE_WORDS: Final = (r"^phòng\b", r"^ban\b", r"^bộ phận\b", r"^tổ\b", r"^(?:phân\s+)?xưởng\b", r"^phòng thí nghiệm\b")
"""A group title naming a unit of the enterprise (`I. PHÒNG AN TOÀN – MÔI TRƯỜNG (chủ trì)`): the unit does the tasks under it."""

MONITORING_KIND_WORDS: Final = (r"định\s+kỳ", r"tự\s+động", r"liên\s+tục")
"""A title over a plan's rows that says how they are monitored (`2. QUAN TRẮC KHÍ THẢI ĐỊNH KỲ`), not a division of
the enterprise: a point under two such titles is one point."""
