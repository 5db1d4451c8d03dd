"""Vietnamese: deontic markers, obliged subjects, and the words of regulations and work plans.

Data only; `extractor.nlp.deontic` and the regulation / work-plan extractors read it.
Patterns are regular-expression fragments without unnamed capturing groups,
matched case-insensitively as whole words. The Russian module documents every
name; a language that has nothing for a name leaves it out.

Vietnamese is the hard case for permission: `được` is "may" (`Tổ chức được
sử dụng …`), but far more often a passive (`được cấp`, `được quy định`,
`được hiểu`) or a potential complement (`xác định được`). It is therefore
listed in AMBIGUOUS_PERMISSION and counts only after an obliged subject and
before a verb that is not a usual passive.
"""

from __future__ import annotations

from typing import Final

CODE: Final = "vi"

# ---------------------------------------------------------------- markers

MARKERS: Final = (
    (r"phải", "must", None),
    (r"có\s+trách\s+nhiệm", "must", None),
    (r"chịu\s+trách\s+nhiệm", "must", None),
    (r"có\s+nghĩa\s+vụ", "must", None),
    (r"bắt\s+buộc", "must", None),
    (r"(?<!khi\s)(?<!nếu\s)cần(?!\s+thiết)", "must", None),
    (r"nghiêm\s+cấm|cấm", "must_not", "may"),
    (r"được\s+phép|được\s+quyền|có\s+quyền", "may", "must_not"),
    (r"được", "may", "must_not"),
)

NEGATION_BEFORE: Final = (r"không", r"không\s+thuộc\s+(?:đối\s+tượng|diện)")
"""Words that negate the marker right after them (`không phải`, `không thuộc đối tượng phải quan trắc`: exempt)."""

AMBIGUOUS_PERMISSION: Final = (r"được",)

PASSIVE_BEFORE: Final = (
    r"đã",
    r"sẽ",
    r"đang",
    r"chưa",
    r"bị",
    r"là",
    r"thể",
    r"mới",
    r"vừa",
    r"phải",
    r"cần",
)
"""Words after which `được` is a passive auxiliary (`đã được duyệt`, `phải được phê duyệt`)."""

PASSIVE_AFTER: Final = (
    r"cấp",
    r"quy\s+định",
    r"hiểu",
    r"ban\s+hành",
    r"lập",
    r"chọn",
    r"lựa\s+chọn",
    r"thực\s+hiện",
    r"giao",
    r"phê\s+duyệt",
    r"duyệt",
    r"xác\s+định",
    r"sửa\s+đổi",
    r"bổ\s+sung",
    r"thay\s+thế",
    r"bảo\s+quản",
    r"lưu",
    r"tiến\s+hành",
    r"xây\s+dựng",
    r"hiệu\s+chuẩn",
    r"kiểm\s+định",
    r"công\s+nhận",
    r"chứng\s+nhận",
    r"áp\s+dụng",
    r"tính",
    r"ghi",
    r"coi",
    r"xem",
    r"gọi",
    r"viết",
    r"thu",
    r"cung\s+cấp",
    r"phối\s+hợp",
    r"đào\s+tạo",
    r"tập\s+huấn",
    r"bồi\s+dưỡng",
    r"đánh\s+giá",
    r"phân\s+công",
    r"bố\s+trí",
    r"trang\s+bị",
    r"thẩm\s+định",
    r"miễn",
    r"nêu",
    r"mô\s+tả",
    r"liệt\s+kê",
    r"đăng\s+ký",
    r"kiểm\s+tra",
    r"giám\s+sát",
    r"niêm\s+phong",
    r"mã\s+hóa",
    r"hướng\s+dẫn",
    r"ủy\s+quyền",
    r"thông\s+báo",
    r"gửi",
    r"chuyển",
    r"ký",
    r"(?-i:[A-ZĐ])\w*",
    r"nhà\s+nước",
    r"cơ\s+quan",
    r"ủy\s+ban",
)
"""Verbs that `được` makes passive (`được cấp giấy phép`: is granted, not may grant), and the
agents a passive names (`được Nhà nước giao đất`, `được cơ quan có thẩm quyền phê duyệt`)."""

CONDITION_END: Final = (r"thì",)
"""Ends the condition of `Nếu / Khi / Trường hợp … thì …`; markers before it belong to the condition."""

COPULA: Final = (r"là",)
"""`X cần Y là Z` defines X: a marker followed (not directly) by the copula sits inside the subject."""

NOUN_DETERMINERS: Final = (r"các", r"những")
"""A marker shortly after `các/những + noun` inside a clause is a relative clause (`các thông số cần đo`)."""

QUANTIFIERS: Final = (r"tất\s+cả", r"toàn\s+bộ", r"mọi")
"""Words that may stand before a subject's determiner (`Tất cả các bình mẫu phải …`)."""

# ---------------------------------------------------------------- subjects

WORD_ORDER: Final = "svo"

ACTOR_HEADS: Final = (
    r"cán\s+bộ",
    r"đơn\s+vị",
    r"cơ\s+quan",
    r"tổ\s+chức",
    r"cá\s+nhân",
    r"chủ\s+(?:cơ\s+sở|dự\s+án|đầu\s+tư|nguồn\s+thải|sở\s+hữu|xe|phương\s+tiện)",
    r"người",
    r"bộ\s+trưởng",
    r"bộ(?=\s+(?-i:[A-ZĐ]))",
    r"sở(?=\s+(?-i:[A-ZĐ]))",
    r"ủy\s+ban|UBND",
    r"cục\s+trưởng|cục(?=\s+(?-i:[A-ZĐ]))|tổng\s+cục|chi\s+cục",
    r"thủ\s+trưởng",
    r"chủ\s+tịch",
    r"chánh\s+(?:văn\s+phòng|thanh\s+tra|án)",
    r"trưởng\s+(?:đoàn|phòng|ban|công\s+an)",
    r"giám\s+đốc",
    r"doanh\s+nghiệp",
    r"cơ\s+sở",
    r"công\s+an",
    r"lực\s+lượng",
    r"ban\s+quản\s+lý",
    r"nhà\s+(?:đầu\s+tư|thầu|sản\s+xuất)",
    r"chính\s+phủ",
    r"hội\s+đồng",
    r"đoàn",
    r"thanh\s+tra",
    r"kiểm\s+định\s+viên",
    r"phòng\s+thí\s+nghiệm",
    r"lãnh\s+đạo",
    r"chỉ\s+huy",
    r"hộ\s+gia\s+đình",
    r"sĩ\s+quan",
    r"chiến\s+sĩ",
)
"""Nouns that head an obliged subject. `Phòng` alone is a room, not an office, so it is not here."""

ACTOR_PREMODIFIERS: Final = (r"các", r"những", r"mọi", r"mỗi", r"tất", r"cả", r"toàn", r"bộ")
ACTOR_MAX_PREMODIFIERS: Final = 3

ACTOR_PREPOSITIONS: Final = (r"cho|đến|với|của|tại|từ|về|bởi|vào|trong|theo|qua|giữa",)
"""A head right after a preposition is no subject (`Biên bản của đơn vị … phải`)."""

ACTOR_CUT: Final = (
    r"quy\s+định\s+tại",
    r"nêu\s+tại",
    r"theo\s+quy\s+định",
    r"khi",
    r"trong\s+khi",
    r"sau\s+khi",
    r"trước\s+khi",
    r"trong\s+quá\s+trình",
    r"trong\s+trường\s+hợp",
    r"đối\s+với",
    r"\(\s*sau\s+đây",
)
"""Where a subject's description stops (`Cán bộ … quy định tại Điều 5` → `Cán bộ …`)."""

# ---------------------------------------------------------------- regulations

ARTICLE_WORDS: Final = (r"điều",)

EXCLUDED_ARTICLE_TITLES: Final = (
    r"giải\s+thích\s+từ\s+ngữ",
    r"phạm\s+vi\s+điều\s+chỉnh",
    r"đối\s+tượng\s+áp\s+dụng",
    r"hiệu\s+lực\s+thi\s+hành",
    r"^hiệu\s+lực\b",
)
"""Article titles of definitions, scope, subjects and entry into force: no obligations there."""

OBLIGATION_TITLES: Final = (r"trách\s+nhiệm", r"nghĩa\s+vụ", r"^nhiệm\s+vụ", r"^yêu\s+cầu")
"""Article titles of duties or requirements (`Trách nhiệm của Sở Tài nguyên và Môi trường`)."""


TITLE_ACTOR: Final = (
    r"(?:trách\s+nhiệm|nghĩa\s+vụ|nhiệm\s+vụ)(?:\s*(?:,|và)\s*(?:quyền\s+hạn|quyền|nghĩa\s+vụ|nhiệm\s+vụ|trách\s+nhiệm))*"
    r"\s+của\s+(?P<actor>.+)$",
)
"""Who a title of duties names (`Trách nhiệm của Ủy ban nhân dân cấp tỉnh` → `Ủy ban nhân dân cấp tỉnh`)."""

ENACTING_WORDS: Final = (r"quyết\s+định", r"nghị\s+quyết", r"quyết\s+nghị")
"""The formula that closes an order's preamble (`… ПРИКАЗЫВАЮ:`): what follows is the order's body,
not a list the preamble leads into."""

DEFINITION_LEADINS: Final = (
    r"được\s+hiểu\s+như\s+sau",
    r"từ\s+ngữ\s+dưới\s+đây",
    r"các\s+thuật\s+ngữ",
)

KIND_WORDS: Final = {
    "reporting": (r"báo\s+cáo", r"thông\s+báo"),
    "monitoring": (r"quan\s+trắc",),
    "inspection": (r"thanh\s+tra", r"kiểm\s+tra"),
    "waste": (r"chất\s+thải",),
}
"""Words in the action (after the marker) that make an obligation reporting, monitoring or inspection."""

# ---------------------------------------------------------------- work plans

TASK_HEADERS: Final = (
    r"nhiệm\s+vụ",
    r"^yêu\s+cầu$",
    r"^điều\s+kiện$",
    r"nội\s+dung",
    r"công\s+việc",
    r"hoạt\s+động",
    r"giải\s+pháp",
    r"tên\s+(?:đề\s+án|dự\s+án|nhiệm\s+vụ)",
)
"""Header words of a plan's task column, where the shared column roles miss them (`Nhiệm vụ`)."""

DEADLINE_HEADERS: Final = (r"thời\s+(?:gian|hạn(?!\s+(?:hiệu\s+lực|sử\s+dụng|bảo\s+hành|kiểm\s+định))|điểm)", r"tiến\s+độ", r"hoàn\s+thành")

LEAD_ACTOR_HEADERS: Final = (r"chủ\s+trì", r"chỉ\s+huy", r"phụ\s+trách", r"trách\s+nhiệm", r"thực\s+hiện")
"""Who leads or answers for an item, preferred to a column of those taking part (`Thành phần tham gia | Đơn vị chủ trì`)."""

ACTOR_HEADERS: Final = (r"chủ\s+trì", r"phụ\s+trách", r"cơ\s+quan(?!\s+(?:cấp|ban\s+hành|phê\s+duyệt))", r"đơn\s+vị", r"trách\s+nhiệm")

CONTINUOUS_DEADLINES: Final = (r"thường\s+xuyên", r"liên\s+tục")

AS_NEEDED_DEADLINES: Final = (r"khi\s+(?:có\s+yêu\s+cầu|cần\s+thiết|phát\s+sinh)", r"theo\s+yêu\s+cầu")

YEAR_END_PHRASES: Final = (r"trong\s+năm", r"cả\s+năm", r"cuối\s+năm")
"""Deadline cells that mean "by the end of the plan's year"."""

HALF_YEAR_PHRASES: Final = {r"6\s+tháng\s+đầu\s+năm": 6, r"6\s+tháng\s+cuối\s+năm": 12}
"""Half-year deadline cells → the month they end in."""


ORDER_NOT: Final = (r"^\s*không\s+(?!chỉ\b)(?:được\s+)?\w+",)
"""A condition that forbids as an order without a marker, `không` at its head (`Không xả nước thải …`): a
table of a regulator's conditions reads it as a prohibition."""
