"""Facility cards: a field per row (`БИН | 050140000656`), two label–value pairs per row, or a
form's questions answered in full. Which fields a card has, and where; read by the recogniser (is
this a card?) and by the facility reader (what does it say?).
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.columns import label_parts, role_besides, role_of
from extractor.model import Table, owner
from extractor.nlp.coordinates import find_coordinates, parse_coordinates
from extractor.nlp.identifiers import find_bins
from extractor.tables.profile import cell_text, is_blank, labelled_number

FACILITY_FIELDS = frozenset(
    {
        "bin",
        "kato",
        "oked",
        "category",
        "requisites",
        "coordinates",
        "latitude",
        "longitude",
        "address",
        "operator",
        "site",
        "name",
        "capacity",
    }
)
FACILITY_KEYS = frozenset(
    {"bin", "kato", "oked", "category", "requisites", "coordinates", "address", "operator"}
)
"""Fields that only a facility card has (a name or a capacity alone could be anything's)."""


def key_value_fields(table: Table) -> dict[str, int]:
    """field → body row, for a card of two columns (label | value); empty when the table is no such card.

    The label column is the first one that is not a row number; the value column the next one.
    A row counts when its label names a facility field (`БИН`, `Адрес`, `Tên cơ sở`, `Мекенжайы`)
    and its value is not empty.
    """
    cols = label_value_columns(table)
    if cols is None:
        return {}
    label_col, value_col = cols
    found: dict[str, int] = {}
    theirs: dict[str, int] = {}  # what the rows of another party (a maker) give
    rebind = False  # a later row named the operator outright: the BIN after it is the operator's
    operator_section = other_section = False
    for r in range(len(table.rows)):
        section = " ".join(t for k in range(label_col) if (t := cell_text(table, r, k)) and not t.isdigit())
        if section:  # `Оператор | Полное наименование | …` in a column of sections, merged down
            operator_section, other_section = role_of(section) == "operator", _other_party(section)
        label = cell_text(table, r, label_col)
        value = owner(table.rows, r, value_col)
        if value is not None and is_blank(value.text):  # `Код КАТО | – | 118428000`: the site's column has it
            later = (owner(table.rows, r, k) for k in range(value_col + 1, table.n_cols))
            value = next((o for o in later if o is not None and o is not value and not is_blank(o.text)), value)
        if label and (value is None or value is owner(table.rows, r, label_col) or is_blank(value.text)):
            # A section row (`1. Сведения об операторе`): the names under it are the operator's; under
            # `1. Сведения об изготовителе` they are the maker's, no field of the facility.
            operator_section, other_section = role_of(label) == "operator", _other_party(label)
            continue
        if not label or value is None or len(label) > 120:
            continue  # a questionnaire asks in long labels
        into = theirs if other_section or _other_party(label) else found  # `БИН изготовителя` is the maker's
        role = role_of(label)
        if role is None and into is theirs and words.compiled("OTHER_PARTY_WORDS").fullmatch(words.flat(label)):
            role = "operator"  # `Изготовитель | ТОО «…»`: who the other party is
        if role == "row_number":
            continue
        head = (label_parts(label) or [label])[0]
        if head != label and role_of(head) in FACILITY_FIELDS - {"name"}:
            role = role_of(head)  # `Наименование объекта, основной вид деятельности (ОКЭД)`: the value starts with the name
        if role == "category" and not CATEGORY_VALUE.search(value.text):
            role = role_besides(label, "category")  # `наименование объекта I категории | Цементный завод`
        if role in ("name", "source_name"):  # a bare `Наименование` names the section's subject
            role = "operator" if operator_section else "name"
        rest = " ".join(cell_text(table, r, k) for k in range(value_col, table.n_cols))  # `lat | lon` in two cells
        centre = _names_centre(label) and parse_coordinates(rest) is not None
        if centre and role in (None, "address", "site"):
            role = "coordinates"  # `Центр промышленной площадки (WGS-84) | 52°20′09,6″ с.ш.; …`
        if role == "coordinates" and parse_coordinates(value.text) is None and parse_coordinates(rest) is None:
            role = "address"  # `Местонахождение | Жамбылская область …`: a place in words
        if role == "coordinates" and centre and role in into and not _names_centre(cell_text(table, into[role], label_col)):
            into[role] = r  # the site's centre, not the origin of a local grid or a corner before it
            continue
        if role is None and _said_operator(label):
            role = "operator"  # `Частный партнер (оператор завода)`
        if role == "bin" and rebind and into is found:
            into[role], rebind = r, False  # the number of the party called the operator, after the initiator's
            continue
        if role == "operator" and into is found and _said_operator(label) and (
            ("operator" in into and not _said_operator(cell_text(table, into["operator"], label_col))) or ("operator" not in into and "bin" in into)
        ):
            into[role], rebind = r, True  # `Инициатор проекта`, then `Частный партнер (оператор завода)`: the operator
            continue
        if role in FACILITY_FIELDS and (role not in into or _one_place_after_many(table, into, role, r, value_col)):
            into[role] = r
        for part in label_parts(label)[1:]:  # `Наименование объекта, местонахождение и код КАТО`: each field it asks
            if (also := role_of(part)) in ("bin", "kato", "oked") and also not in into:  # codes a value's text gives
                into[also] = r
    whole = theirs.keys() | found.keys()
    if not {"name", "operator"} & found.keys() and {"name", "operator"} & theirs.keys() and "bin" in whole and len(whole) >= MAKER_FIELDS:
        return {**theirs, **found}  # a product's passport: its maker, with a BIN and a place, is the one facility
    return found


MAKER_FIELDS = 3
"""Fields it takes for a card that names no party but the maker to be the maker's facility card."""


def _said_operator(label: str) -> bool:
    return bool(words.compiled("OPERATOR_SAID").search(words.flat(label)))


def _names_centre(label: str) -> bool:
    """`Центр промышленной площадки`, `Tọa độ tâm`: the label names the site's centre."""
    return bool(words.compiled("CENTRE_WORDS").search(words.flat(label)))


def _other_party(label: str) -> bool:
    """Whether a label or section names another party than the operator (`изготовитель`, `đơn vị chế tạo`)."""
    return bool(words.compiled("OTHER_PARTY_WORDS").search(words.flat(label)))


def _one_place_after_many(table: Table, found: dict[str, int], role: str, r: int, value_col: int) -> bool:
    """Coordinates of one point after a row of several (`Границы района: т. 1 – … т. 4 – …`, then
    `Центр района | 43°10′40,8″ / 51°39′36,1″`): the single point places the facility."""
    if role != "coordinates":
        return False
    return len(find_coordinates(cell_text(table, found[role], value_col))) > 1 and len(find_coordinates(cell_text(table, r, value_col))) == 1


CATEGORY_VALUE = re.compile(r"(?<![^\W\d_])(?:I{1,3}V?|IV|[1-4])(?![^\W\d_])")
"""A category a value gives (`I категория`, `II`, `nhóm II`, `3`)."""

CARD_ROWS = 40
"""A card has a few dozen fields at most: longer tables are not scanned cell by cell for labels."""


def label_value_columns(table: Table) -> tuple[int, int] | None:
    """(label column, value column) of a card, or None.

    Two text columns are label and value. With more (`Раздел | Реквизит | Значение`, or a column of
    supporting documents after the value), the label column is the one whose cells name facility
    fields, three at least and one that only a card has; the value column is the next one."""
    cols = [k for k in range(table.n_cols) if not _is_number_column(table, k)]
    if len(cols) == 2:
        return cols[0], cols[1]
    if len(cols) < 2:
        return None
    named = {k: _field_labels(table, k) for k in cols[:-1]}
    best = max(named, key=lambda k: (len(named[k]), -k))
    after = cols[cols.index(best) + 1 :]
    headed = bool(after) and words.compiled("KEY_VALUE_HEADERS").search(words.flat(table.header[after[0]])) is not None
    if len(named[best]) < (2 if headed and "bin" in named[best] else 3) or not named[best] & FACILITY_KEYS:
        return None  # (`Mã trường | Tên trường dữ liệu | Giá trị | …`: a value column headed so, with the BIN, needs fewer fields)
    if len(after) > 1 and (_is_unit_column(table, after[0]) or _sub_labels(table, best, after[0])):
        after = after[1:]  # `Показатель | Ед. изм. | Значение`: the value is after the unit, or after a part's label
    return best, after[0]


def _sub_labels(table: Table, label_col: int, k: int) -> bool:
    """A column that is mostly the label's own cell merged across it, or empty, and elsewhere names a part of the
    label's field (`Координаты центра | северная широта | 46°41′22,9″`): labels, not values."""
    rows = range(len(table.rows))
    merged = [r for r in rows if owner(table.rows, r, k) is owner(table.rows, r, label_col) or is_blank(cell_text(table, r, k))]
    named = [t for r in rows if r not in merged and (t := cell_text(table, r, k))]
    return len(merged) * 3 >= len(table.rows) * 2 and bool(named) and not any(re.search(r"\d", t) for t in named)


def _is_unit_column(table: Table, k: int) -> bool:
    """A column of units (`м3/сут`, `га`, `–`): headed so, or its filled cells short and figure-free."""
    if role_of(table.header[k]) == "unit":
        return True
    filled = [t for r in range(len(table.rows)) if not is_blank(t := cell_text(table, r, k))]
    return bool(filled) and all(len(t) <= 10 and not re.search(r"\d{2}", t) for t in filled)


def _field_labels(table: Table, k: int) -> set[str]:
    out = set()
    for r in range(min(len(table.rows), CARD_ROWS)):
        text = cell_text(table, r, k)
        if text and len(text) <= 80 and (role := role_of(text)) in FACILITY_FIELDS:
            out.add(role)
    return out


def _is_number_column(table: Table, k: int) -> bool:
    values = [cell_text(table, r, k) for r in range(len(table.rows))]
    filled = [v for v in values if v]
    return bool(filled) and all(re.fullmatch(r"\d{1,3}[.)]?", v) for v in filled)


def card_values(table: Table) -> str:
    """The answers of a form-like card whose labels are questions too long to name a field
    (`Сведения об инициаторе намечаемой деятельности: … | ТОО «…»; БИН …`), joined; '' unless they
    give one BIN and where the object is (coordinates or a KATO code)."""
    cols = label_value_columns(table)
    if cols is None or len(table.rows) > CARD_ROWS:
        return ""
    text = " ".join(cell_text(table, r, cols[1]) for r in range(len(table.rows)))
    if len({b.value for b in find_bins(text)}) != 1:
        return ""
    return text if find_coordinates(text) or _labelled_code(text, "kato", r"\d{9}") else ""


def _labelled_code(text: str, role: str, code: str) -> bool:
    """Whether a code stands after the words that name its field (`КАТО 614275000`, `ОКЭД 23321`)."""
    label = "|".join(words.labelled("COLUMN_WORDS").get(role, ()))
    return bool(label and re.search(rf"(?:{label})(?:\W{{1,3}}[^\W\d_]{{1,6}})?\W{{0,3}}{code}\b", words.flat(text)))  # `ҚАТО коды 511055100`


TOLD_ROWS = 12
"""A list of the documents that establish a facility is short; a longer table that names one number is a register."""


def told_card(table: Table) -> tuple[str, int]:
    """The cells of a short table that tells one facility's facts in its sentences (a list of title
    documents: `… | ТОО «…», БИН 170449027593; …`, `… | Местоположение: …, КАТО 614275000; …`), joined,
    with how many facts besides the number it tells: where the object is (coordinates, a KATO code), its
    activity's code, and whose the number is (the number's cell names more). ('', 0) unless the table
    names one enterprise number, labelled or a valid BIN, and one fact more."""
    own = [row for row in table.rows if len({c.text.strip() for c in row if c is not None and c.text.strip()}) > 1]
    if len(own) > TOLD_ROWS or table.n_cols < 3:
        return "", 0  # (section titles across the table, `1.2. Разрешенная деятельность`, are no rows of facts)
    texts = [t for r in range(len(table.rows)) for k in range(table.n_cols) if (t := cell_text(table, r, k))]
    long = [t for t in texts if sum(ch.isdigit() for ch in t) >= 10]  # digits for a number (`0501 4000 0656` too), before the dearer checks
    numbers = {b.value for t in long for b in find_bins(t)} | {n for t in long if (n := labelled_number(t))}
    if len(numbers) != 1:
        return "", 0
    text = "; ".join(dict.fromkeys(texts))
    facts = (
        bool(find_coordinates(text)),
        _labelled_code(text, "kato", r"\d{9}"),
        _labelled_code(text, "oked", r"\d{2}(?:\.?\d){1,3}"),
        any(labelled_number(t) and len(t) > len(re.sub(r"\D", "", t)) + 25 for t in long),
    )
    return (text, sum(facts)) if any(facts) else ("", 0)


def kv_has_bin(table: Table, kv: dict[str, int]) -> bool:
    if "bin" not in kv:
        return False
    cols = label_value_columns(table)
    value = cell_text(table, kv["bin"], cols[1]) if cols is not None else paired_values(table).get("bin", "")
    return bool(re.search(r"\d{10,13}", value.replace(" ", "")))


def card_fields(table: Table) -> dict[str, int]:
    """The fields of a card, by whichever reading finds more: a field per row, or pairs per row."""
    rows, pairs = key_value_fields(table), paired_values(table)
    return {role: 0 for role in pairs} if len(pairs) > len(rows) else rows


NUMBERED_FIELDS = ("bin", "kato", "oked")
"""Fields whose value is a number: a label beside them is no value."""


def paired_values(table: Table) -> dict[str, str]:
    """field → value of a card with two label–value pairs per row and no header of its own
    (`Оператор | ТОО «…» | БИН | 220943536859`); empty when the table is no such card."""
    if table.n_cols < 4 or table.n_cols % 2 or len(table.rows) > CARD_ROWS:
        return {}
    grid = [*table.header_rows, *table.rows]
    found: dict[str, str] = {}
    for r in range(len(grid)):
        for k in range(0, table.n_cols - 1, 2):
            label, value = owner(grid, r, k), owner(grid, r, k + 1)
            if (
                label is None
                or value is None
                or value is label
                or is_blank(value.text)
                or len(label.text) > 80
            ):
                continue
            role = role_of(label.text)
            if role == "coordinates" and parse_coordinates(value.text) is None:
                role = "address"
            if role in NUMBERED_FIELDS and not re.search(r"\d", value.text):
                continue  # `БИН | Основание` in a header row: two labels, no number
            if role in ("name", "source_name"):
                role = "name"
            if role in FACILITY_FIELDS and role not in found:
                found[role] = value.text.strip()
    return found if len(found) >= 3 and set(found) & FACILITY_KEYS else {}
