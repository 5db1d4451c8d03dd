"""Facility cards: a row with a column per field, or two columns with a field per row.

Both forms name the same fields (name, operator, BIN or enterprise number, KATO, OKED,
address or coordinates, category, capacity); the words that name a field are the same
column words (`extractor.columns`) whether they head a column or open a row. A
Kazakh BIN is checked by its check digit; a Vietnamese enterprise number (mã số doanh
nghiệp, 10 or 13 digits, `0101234567-001`) has none and is taken from a field that
names it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor import contract as c
from extractor.columns import is_total, label_parts, role_of
from extractor.context import SECTION, Collector, Context, cell, clean_name, is_blank, own_cell, row_title
from extractor.model import Table
from extractor.nlp.coordinates import find_coordinates, parse_coordinates
from extractor.nlp.identifiers import find_bins, is_kato, is_valid_bin, normalise_oked
from extractor.tables.boxes import checked_option
from extractor.tables.cards import (
    card_values,
    key_value_fields,
    label_value_columns,
    paired_values,
    told_card,
)
from extractor.tables.profile import ENTERPRISE_NUMBER, cell_text, labelled_number, names_column

CATEGORY = re.compile(
    r"\b(IV|I{1,3}|[1-4])\s*(?:-?\s*(?:я|й|ой|ая))?\s*(?:категори|санат)"
    r"|(?:категори\w*|санат\w*|nhóm)\s*[:\-–]?\s*(IV|I{1,3}|[1-4])\b",
    re.I,
)
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
ORGANISATION = re.compile(
    r"\b(ТОО|АО|АҚ|ЖШС|ГКП|РГП|КГП|ГУ|ИП|LLP|JSC|LLC)[ \t\u00a0]*"
    r"(?:на\s+(?:ПХВ|праве\s+хозяйственного\s+ведения)[ \t\u00a0]*)?[«\"„“]([^»\"”\n]{2,80})[»\"”]"
)
ORGANISATION_AFTER = re.compile(r"[«\"„“]([^»\"”\n]{2,80})[»\"”][ \t\u00a0]*(ЖШС|АҚ|ЖК|МКК|ШҚ|LLP|JSC)\b")
"""Kazakh writes the legal form after the name: `«Батыс Мұнай Сервис» ЖШС`."""
COMPANY_VI = re.compile(r"\b(Công ty\s+(?:TNHH|Cổ phần|CP|cổ phần)[^,;\n]{2,100})", re.I)


def read_facility(ctx: Context, out: Collector, ti: int, table: Table, context: tuple[str, ...] = ()) -> None:
    """One facility per row of a row-form card. The one BIN the caption or the sentence before gives
    (`Оператор: …, БИН …`, `подрядчик ТОО «…» (БИН …)`, `Mã số doanh nghiệp: …`) is every row's that
    has none."""
    r = ctx_roles(table)
    if not {"name", "site"} & r.keys() and (k := r.get("address", r.get("coordinates"))) is not None and _name_then_address(table.header[k]):
        r = {**r, "name": k}  # `Tên cơ sở, địa chỉ`: the name, then where it is, in one cell
    if not {"name", "site"} & r.keys() and (k := names_column(table, set(r.values()))) is not None:
        r = {**r, "name": k}  # `Hạng mục phụ trợ`: what each row is, under a header that names no field
    if "site" in r and not _holds_names(table, r["site"]):  # `номер участка | … | наименование объекта на участке`
        r = {**r, "site": next((k for k in words.columns_of(table, "site") if _holds_names(table, k)), r["site"])}
    above = _said_bin(table.caption or "") or next((b for t in (*context[1:2], *context[3:4]) if (b := _said_bin(t))), "")
    # `ТОО «…» (БИН …) сообщает …` then `Приложение. Перечень объектов`: the letter's one BIN, a few paragraphs up
    previous: c.Facility | None = None
    axes = {axis: words.columns_of(table, axis) for axis in ("latitude", "longitude")}
    for row in range(len(table.rows)):
        texts = [cell(table, row, k) for k in range(table.n_cols)]
        if not any(texts) or all(t.isdigit() for t in texts if t) or any(is_total(t) for t in texts[:3] if t):
            continue  # an empty row, the row of column numbers, a total (`Tổng công suất`)
        if previous is not None and (note := _note(texts, [cell(table, row - 1, k) for k in range(table.n_cols)])) is not None:
            out.facilities[-1] = previous = _noted(previous, note)
            continue  # `Объект: Насосная станция ПНС-3; координаты водозабора: 44°36,855′ с.ш., …` under its row
        if "bin" in r and _group_title(texts, r["bin"]):
            continue  # `I | Thôn Đông` across a register whose rows carry numbers: the group of the rows below
        if (title := row_title(table, row)) and not find_bins(title) and not find_coordinates(title) and _numbered(table, r):
            continue  # `г. Алматы` across a numbered list of sites: the group of the rows below, no site
        fields = _fields(r, texts)
        for axis, cols in axes.items():  # `северная широта: град. | мин. | сек.` in three columns
            parts = [texts[k] for k in cols if k < len(texts)]
            if len(parts) == 3 and all(re.fullmatch(r"\d+(?:[.,]\d+)?", p) for p in parts):
                fields[axis] = f"{parts[0]}°{parts[1]}′{parts[2]}″"
        if above and not find_bins(" ".join(texts)) and "bin" not in fields:
            fields["bin"] = above
        if len(table.rows) > 1 and not is_blank(own_cell(table, row, 0)) and not any(not is_blank(fields.get(k)) for k in ("name", "site", "operator", "bin")):
            continue  # `В-04 | NULL | NULL | … | свободен`: a plot no one holds, a record of its own and no facility
        found = facility_from_fields(fields, " ".join(texts), ctx.row_provenance(ti, row))
        if previous is not None and (found.name, found.bin) == (previous.name, previous.bin) and found.name:
            continue  # a unit's own row under its plant's merged cells (`Tổ máy S1 | S2`): the same plant
        out.facilities.append(found)
        previous = found


def _holds_names(table: Table, col: int) -> bool:
    """Whether most filled cells of a column are names (three letters running), not ids (`Б-01`, `CN-02`, `ALM-A062`)."""
    filled = [t for r in range(len(table.rows)) if not is_blank(t := cell(table, r, col))]
    return bool(filled) and sum(1 for t in filled if re.search(r"[^\W\d_]{3}", t) and not SITE_ID.fullmatch(t.strip())) * 2 > len(filled)


SITE_ID = re.compile(r"[^\W\d_]{1,5}[-–.]?[^\W_]*\d[^\W_]*(?:[-–.][^\W_]+)*")
"""An id of letters and digits with no space (`ALM-A062`, `KNV-A001`, `БС-0457`): a code, not a name."""


def _numbered(table: Table, r: dict[str, int]) -> bool:
    """Whether the rows carry their numbers (`№ п/п`): a row of one title among them groups the ones below."""
    k = r.get("row_number")
    return k is not None and sum(1 for row in range(len(table.rows)) if own_cell(table, row, k).strip().rstrip(".").isdigit()) >= 2


def _name_then_address(header: str) -> bool:
    """A header of two fields in one column, the name first (`Наименование объекта, адрес`)."""
    parts = [p for p in re.split(r"[,;/]", header) if p.strip()]
    return len(parts) >= 2 and role_of(parts[0]) in ("name", "site") and any(role_of(p) in ("address", "coordinates") for p in parts[1:])


def _group_title(texts: list[str], bin_col: int) -> bool:
    """A row of one text (after a section's Roman number) standing where the enterprise's number is due."""
    said = {t for t in texts if t and not is_blank(t) and not SECTION.fullmatch(t)}
    return len(said) == 1 and (is_blank(texts[bin_col]) or texts[bin_col] in said) and not find_bins(" ".join(said))


def _note(texts: list[str], above: list[str]) -> str | None:
    """A row that is one labelled text across the table (`Объект: …; координаты: …`, `Công trình: …`)
    with no BIN: a note on the facility of the row above, not a facility of its own. What a merge carries
    down from the row above (its number) does not count."""
    said = {t for t, up in zip(texts, above, strict=True) if t and not is_blank(t) and t != up}
    if len(said) != 1:
        return None
    text = said.pop()
    label = text.split(":", 1)[0]
    if ":" not in text or not 0 < len(label.split()) <= 3 or find_bins(text):
        return None
    return text


def _noted(found: c.Facility, note: str) -> c.Facility:
    """The facility with what its note adds: the place where it has none, the object's name when its
    name is only the operator's or a column's that names no object."""
    changes: dict = {}
    if found.lat is None and (where := find_coordinates(note) or find_coordinates(_without_axis_words(note))):
        changes.update(lat=where[0].pair[0], lon=where[0].pair[1])
    label, _, rest = note.partition(":")
    if role_of(label) in ("name", "site") and (named := clean_name(rest.split(";", 1)[0])):
        changes["name"] = named
    return replace(found, **changes) if changes else found


def read_key_value(ctx: Context, out: Collector, ti: int, table: Table) -> None:
    """One facility from a card with a field per row (`БИН | 050140000656`)."""
    cols = label_value_columns(table)
    found = key_value_fields(table)
    if cols is not None and found and _read_per_column(ctx, out, ti, table, cols, found):
        return
    pairs = paired_values(table)
    if not found and not pairs and (text := card_values(table)):
        out.facilities.append(facility_from_fields({}, text, ctx.row_provenance(ti, 0)))
        return
    if cols is None or not found or len(pairs) > len(found):
        if pairs:
            text = " ".join(pairs.values())
            out.facilities.append(facility_from_fields(pairs, text, ctx.row_provenance(ti, 0)))
        return
    values = _value_columns(table, cols)
    aside = re.compile(words.compiled("PREVIOUS_PARTY_WORDS").pattern + "|" + words.compiled("OFFICE_COLUMN_WORDS").pattern)
    # `Прежний оператор | Новый оператор`, `Trụ sở chính | Nhà máy sản xuất`: the new operator's, the site's facts
    if values and values[0] + 1 < min(table.n_cols, len(table.header)) and len(values) <= 2 and aside.search(words.flat(table.header[values[0]])):
        old, new = values[0], values[0] + 1
        fields = {role: cell(table, row, new) if not is_blank(cell(table, row, new)) else cell(table, row, old) for role, row in found.items()}
        text = " ".join(cell(table, row, new) or cell(table, row, old) for row in range(len(table.rows)))
        out.facilities.append(facility_from_fields(fields, text, ctx.row_provenance(ti, min(found.values()))))
        return
    sides = [role_of(table.header[k]) if k < len(table.header) else None for k in values]
    if len(values) == 2 and set(sides) == {"operator", "site"}:
        # `Реквизит | Инициатор (оператор) | Объект`: the site's fields, the operator's where the site has none
        site, operator = (values[0], values[1]) if sides[0] == "site" else (values[1], values[0])
        fields = {role: cell(table, row, site) for role, row in found.items()}
        for role, row in found.items():
            theirs = cell(table, row, operator)
            if role in ("name", "site", "requisites"):
                fields["operator"] = fields.get("operator") if not is_blank(fields.get("operator")) else theirs
            elif is_blank(fields.get(role)):
                fields[role] = theirs
    else:  # a value over several cells (`43°18′ с.ш. | 56°51′ в.д.` under one merged `Сведения`)
        fields = {role: _joined(table, row, values) for role, row in found.items()}
        for role, row in found.items():  # `БСН / ҚАТО коды | 191142338911 / 194440100`: two fields in one row
            label, cells = cell(table, row, cols[0]), [cell(table, row, k) for k in values]
            for one, value in (_slashed(label, fields[role]) or _coded_pair(label, cells)).items():
                if one == role or one not in found:
                    fields[one] = value
            if len(cells) == 2 and sum(1 for t in cells if is_blank(t)) == 1:
                fields[role] = next(t for t in cells if not is_blank(t))  # `Объектінің атауы | – | …`
    numbered = [k for k in range(table.n_cols) if k not in values and k != cols[0] and role_of(table.header[k]) == "bin"]
    if "bin" not in fields and numbered:  # `Собственник – оператор | ТОО «…» | БИН | …`: the first party's number
        fields["bin"] = next((t for r in range(len(table.rows)) if enterprise_number(t := cell(table, r, numbered[0]))), "")
    text = " ".join(_joined(table, row, values) for row in range(len(table.rows)))
    out.facilities.append(facility_from_fields(fields, text, ctx.row_provenance(ti, min(found.values()))))


def current_place(found: list[c.Facility], table: Table) -> list[c.Facility]:
    """A card that lists the places an object stood in over time (a mobile plant moved from site to
    site): the facility where the row that says so puts it now, its coordinates and KATO code."""
    rows = [t for r in range(len(table.rows)) if find_coordinates(t := " ".join(cell_text(table, r, k) for k in range(table.n_cols)))]
    now = [t for t in rows if words.compiled("CURRENT_PLACE_WORDS").search(words.flat(t))]
    if len(found) != 1 or len(rows) < 2 or len(now) != 1:
        return found
    coords = find_coordinates(now[0])[0].pair
    kato = next((m.group(0) for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", now[0]) if is_kato(m.group(0))), found[0].kato)
    return [replace(found[0], lat=coords[0], lon=coords[1], kato=kato)]


def read_told(ctx: Context, out: Collector, ti: int, table: Table) -> None:
    """One facility from the facts the cells of a list of its documents tell; the organisation is the
    one named where its number is."""
    text, _ = told_card(table)
    found = facility_from_fields({}, text, ctx.row_provenance(ti, 0))
    if found.bin and found.operator is None:
        said = next((t for t in text.split("; ") if found.bin in re.sub(r"\s", "", t)), "")
        found = replace(found, operator=operator_of(said))
    out.facilities.append(found)


BRACKETED_KATO = re.compile(r"(?:\(|[;,]\s*)(\d{9})\)?\s*$")
"""An address closed by its KATO code, in brackets or after a semicolon (`…, 2; 313500000`)."""
SLASH = re.compile(r"\s+/\s+")


def _slashed(label: str, value: str) -> dict[str, str]:
    """Each field a label names apart with a slash and its value, when the value is parted so too
    (`БСН / ҚАТО коды` over `191142338911 / 194440100`); the parts share the last part's noun
    (`Объектінің / оператордың атауы`). Empty when the two do not part alike."""
    bare = re.sub(r"\([^)]*\)", "", label)  # `ЭҚЖЖ (негізгі / қосымша)`: one field, two values
    names, values = [p.strip() for p in re.split(r"\s*/\s*", bare)], [v.strip() for v in SLASH.split(value or "")]
    if len(names) < 2 or len(names) != len(values) or not all(names) or not all(values):
        return {}
    noun = names[-1].split()[-1]
    roles = [role_of(n) or role_of(f"{n} {noun}") for n in names]
    if None in roles or len(set(roles)) != len(roles):
        return {}
    return dict(zip(roles, values, strict=True))


CODES = frozenset({"bin", "kato", "oked"})


def _coded_pair(label: str, cells: list[str]) -> dict[str, str]:
    """`Объект операторы, БСН | 140742609075 | «Қаскелең Агро» ЖШС`: a label naming a field and its code,
    over a cell of the code and a cell of the field; empty for any other row."""
    parts = [p for p in label_parts(re.sub(r"\([^)]*\)", "", label)) if p.strip()]
    if len(parts) != 2 or len(cells) != 2:
        return {}
    roles = ["name" if (r := role_of(p)) == "site" else r for p in parts]
    coded = [r for r in roles if r in CODES]
    if len(coded) != 1 or None in roles or roles[0] == roles[1]:
        return {}
    digits = [k for k, t in enumerate(cells) if re.fullmatch(r"[\d\s.]{3,}", t or "")]
    if len(digits) != 1 or not re.search(r"[^\W\d_]{3}", cells[1 - digits[0]] or ""):
        return {}
    other, text = next(r for r in roles if r not in CODES), cells[1 - digits[0]].strip()
    if other == "coordinates" and parse_coordinates(text) is None:
        other = "address"  # `Орналасқан жері, ҚАТО | … | Алматы облысы, …`: a place in words
    return {coded[0]: cells[digits[0]].strip(), other: text}


def _read_per_column(
    ctx: Context, out: Collector, ti: int, table: Table, cols: tuple[int, int], found: dict[str, int]
) -> bool:
    """A card of several facilities side by side (`Наименование показателя | ТОО «А» | ТОО «Б»`), a BIN
    in each column: one facility per column, its operator the column's header. False when it is no such card."""
    row = found.get("bin")
    if row is None:
        return False
    numbers = {k: n for k in range(cols[1], table.n_cols) if (n := enterprise_number(cell(table, row, k)))}
    columns = list(numbers)
    if len(columns) < 2 or len(set(numbers.values())) < len(columns):
        # one operator's sites side by side (`Площадка № 1 | Площадка № 2`), its BIN given once
        columns = [k for k in range(cols[1], min(table.n_cols, len(table.header))) if role_of(table.header[k]) == "site"]
        if len(set(numbers.values())) != 1 or len(columns) < 2 or columns[0] not in numbers:
            return False  # (the one BIN may be merged across them)
    named = [found[role] for role in ("name", "site") if role in found]
    if any(is_blank(own_cell(table, r, k)) for r in named for k in columns):
        return False  # `Заказчик | Разработчик`: one object, its operator and the consultancy beside it
    for k in columns:
        fields = {role: cell(table, r, k) if not is_blank(cell(table, r, k)) else cell(table, r, columns[0]) for role, r in found.items()}
        head = table.header[k] if k < len(table.header) else ""
        if head.strip() and role_of(head) is None and is_blank(fields.get("operator")):
            fields["operator"] = head.strip()
        text = " ".join(cell(table, r, k) for r in range(len(table.rows)))
        out.facilities.append(facility_from_fields(fields, text, ctx.row_provenance(ti, min(found.values()))))
    return True


def _value_columns(table: Table, cols: tuple[int, int]) -> list[int]:
    """The value column and the columns after it that hold values too (not item numbers, not notes)."""
    out = [cols[1]]
    first = [t for r in range(len(table.rows)) if not is_blank(t := cell(table, r, cols[1]))]
    coded = len(first) >= 3 and sum(1 for t in first if re.fullmatch(r"[\d\s.,–-]{1,20}|[IV]{1,3}", t.strip())) * 5 >= len(first) * 3
    for k in range(cols[1] + 1, table.n_cols):
        filled = [t for r in range(len(table.rows)) if not is_blank(t := cell(table, r, k))]
        header = table.header[k] if k < len(table.header) else ""
        if filled and (header in ("", table.header[cols[1]]) or role_of(header) in ("operator", "site") or coded and k == cols[1] + 1):
            out.append(k)  # `Коды | Толық жазылуы`: the codes, then what they stand for
    return out


def _joined(table: Table, row: int, columns: list[int]) -> str:
    texts = [t for k in columns if not is_blank(t := cell(table, row, k))]
    return " ".join(dict.fromkeys(texts))


def _said_bin(text: str) -> str:
    """The one enterprise number a sentence gives, else ''."""
    found = {b.value for b in find_bins(text)}
    if len(found) == 1:
        return found.pop()
    return "" if found else labelled_number(text) or ""


def ctx_roles(table: Table) -> dict[str, int]:
    from extractor.columns import column_roles

    return column_roles(table)


def _fields(r: dict[str, int], texts: list[str]) -> dict[str, str]:
    return {role: texts[k] for role, k in r.items() if k < len(texts)}


def facility_from_fields(fields: dict[str, str], row_text: str, prov: c.Provenance) -> c.Facility:
    """A facility from its fields by role (`bin`, `kato`, `site`, `coordinates` …) and all its text."""

    def get(role: str) -> str:
        value = fields.get(role, "")
        return "" if is_blank(value) else value

    bin_value = enterprise_number(get("bin"))
    if bin_value is None:
        found = find_bins(row_text)
        bin_value = found[0].value if found else None
    if bin_value is None:
        bin_value = labelled_number(row_text)  # `(Mã số doanh nghiệp: 1445336734)`
    inline = labelled_codes(row_text)  # `… код КАТО 153136100`, `… ОКЭД 06200 – …` inside another field
    kato = re.sub(r"\D", "", get("kato"))
    if len(kato) != KATO_DIGITS:  # `Актюбинская область, код КАТО 153136100 N 47,88°`: a code among other words
        kato = inline.get("kato", kato)
    if len(kato) != KATO_DIGITS:  # `г. Усть-Каменогорск, ул. Промышленная, 5 (633071000)` under `Местонахождение (код КАТО)`
        kato = next((m.group(1) for f in ("kato", "address") if (m := BRACKETED_KATO.search(get(f) or "")) and is_kato(m.group(1))), kato)
    oked_text = get("oked")
    oked = normalise_oked(oked_text) or normalise_oked(oked_text.split(" ", 1)[0].strip(" –-,;")) if oked_text else None
    if oked is None and "oked" in inline:
        oked = normalise_oked(inline["oked"])
    where = get("coordinates")
    coords = parse_coordinates(where) if where else None
    if coords is None and where:  # `широта | 42°18′33″ с.ш. | долгота | 69°32′50″ в.д.`: labels among the values
        coords = parse_coordinates(_without_axis_words(where))
    if coords is None and get("latitude") and get("longitude"):  # `Северная широта | 46°47'39"` a row each
        coords = parse_coordinates(f"{get('latitude')} N, {get('longitude')} E")  # `X (долгота) | Y (широта)` too
        coords = coords or parse_coordinates(f"{get('latitude')}, {get('longitude')}")  # `10°50'08,7"N`: its own hemisphere
    if coords is None and not where and (found := find_coordinates(row_text) or find_coordinates(_without_axis_words(row_text))):
        coords = found[0].pair  # `… код КАТО 153136100 N 47,889353°, E 56,364065°`: in another field's value
    category, capacity = category_and_capacity(checked_option(get("category")) or row_text)
    if not get("category") or (capacity and not CAPACITY.search(capacity)):
        capacity = None  # what stands around a category is a capacity only with a figure and a unit
    if category is None:
        category = bare_category(get("category"))
    named = [v for v in (get("site"), get("name")) if re.search(r"[^\W\d_]{3}", v)]  # not `№ 3 / 5,8`
    name_text = named[0] if named else get("site") or get("name")
    place = ""
    if split := coded_place(name_text):  # `Птицефабрика «Нуресиль» КАТО 158492000, Акмолинская область, …`
        name_text, place = split
    dash = re.search(r"\s+[–—-]\s+", name_text or "")
    if dash and category_and_capacity(name_text[dash.end() :])[0] is not None:
        name_text = name_text[: dash.start()]  # `Мясокомбинат «Дала» — объект II категории (КАТО …)`: the name before what it is
    name_text = re.sub(r"\s*\(\s*$", "", name_text or "")
    name = clean_name(name_text) or None
    operator = (
        operator_of(get("requisites") or get("operator") or name or "") or clean_name(get("operator")) or None
    )
    worded = bool(re.search(r"[^\W\d_]{3}", where))  # `1.176.410` under `Tọa độ VN-2000 | X (m)`: a grid's figure, no place
    address = get("address") or place or (where if worded and not coords else None)
    if address and is_kato(kato) and (m := BRACKETED_KATO.search(address)) and m.group(1) == kato:
        address = address[: m.start()].strip(" ,;")  # `Место нахождения; код КАТО | …, 2; 313500000`
    if not address and BRACKETED_KATO.search(said := get("kato") or "") and re.search(r"[^\W\d_]{3}", said):
        address = BRACKETED_KATO.sub("", said).strip(" ,")  # the place, its code in brackets after it
    return c.Facility(
        name=name,
        operator=operator,
        bin=bin_value,
        kato=kato if is_kato(kato) else None,
        oked=oked,
        address=clean_name(address) if address else None,
        lat=coords[0] if coords else None,
        lon=coords[1] if coords else None,
        category=category,
        capacity=get("capacity") or capacity,
        provenance=prov,
    )


CAPACITY = re.compile(r"\d[\d\s.,]*\s*(?:т|тонн\w*|tấn|m3|м3|мвт|mw|квт|kw|шт|ед|sản phẩm|гкал|ton)\b", re.I)
"""A capacity: a figure with a unit of output."""


def enterprise_number(text: str) -> str | None:
    """A BIN (12 digits, check digit valid) or a Vietnamese enterprise number (10 digits, a 3-digit branch)."""
    digits = re.sub(r"\D", "", text)
    if is_valid_bin(digits):
        return digits
    found = find_bins(text)
    if found:
        return found[0].value
    m = ENTERPRISE_NUMBER.search(text)
    return m.group(1) + (m.group(2) or "") if m else None


def lead_in_category(found: list[c.Facility], lead_in: str) -> list[c.Facility]:
    """The card's facility with the category the sentence before the card gives (`Объект III категории.`),
    where the card gives none."""
    category = category_and_capacity(lead_in)[0] if len(found) == 1 else None
    return [replace(f, category=category) if f.category is None and category else f for f in found]


def category_and_capacity(text: str) -> tuple[str | None, str | None]:
    """`I категория 5500 000 тонн/год` → (`I`, `5500 000 тонн/год`); `2 категория` → (`II`, None)."""
    m = CATEGORY.search(text or "")
    if not m:
        return None, None
    value = (m.group(1) or m.group(2)).upper()
    after = re.sub(r"^[^\W\d_]*", "", text[m.end() :])  # the rest of a cut word: `категори|я`, `санат|ы`
    rest = clean_name(text[: m.start()] + " " + after)
    return ROMAN.get(value, value), rest if re.search(r"\d", rest or "") else None


KATO_DIGITS = 9
CODE_LABEL = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[:(–—-]?\s*(\d{2}(?:\.?\d){1,9})(?!\d|[.,]\d)")  # `КАТО – 115869100` too


def labelled_codes(text: str) -> dict[str, str]:
    """`kato` and `oked` codes written after their label inside a longer value (`код КАТО 153136100`)."""
    out: dict[str, str] = {}
    for m in CODE_LABEL.finditer(text or ""):
        role = role_of(m.group(1))
        if role in ("kato", "oked") and role not in out:
            out[role] = m.group(2)
    return out


def coded_place(text: str) -> tuple[str, str] | None:
    """(name, place) of a cell that names a facility, then its KATO code after the code's label, then
    where it is (`Птицефабрика «Нуресиль» КАТО 158492000, Акмолинская область, …`); None otherwise."""
    for m in CODE_LABEL.finditer(text or ""):
        label = m.group(1).split()
        for n in range(1, len(label) + 1):  # the shortest label that names the code (`ҚАТО`, `код КАТО`)
            if role_of(" ".join(label[-n:])) == "kato":
                start = m.start(1) + m.group(1).rindex(label[-n])
                name, place = text[:start].strip(" ,;–-"), text[m.end() :].strip(" ,;–-")
                if re.search(r"[^\W\d_]{3}", name):
                    return name, place if re.search(r"[^\W\d_]{3}", place) else ""
    return None


def _without_axis_words(text: str) -> str:
    """`широта 42°18′ с.ш. долгота 69°32′ в.д.` without the words that name the axes (`vĩ độ` is two)."""
    tokens = text.split()
    out, skip = [], 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if role_of(" ".join(tokens[i : i + 2])) in AXES and role_of(token) not in AXES:
            skip = 1
            continue
        if role_of(token) in AXES:
            continue
        out.append(token)
    return " ".join(out)


AXES = ("latitude", "longitude")


def bare_category(text: str) -> str | None:
    """A category cell that holds the category alone: `III`, `2`, `II (вторая)`."""
    m = re.match(r"^\s*(IV|I{1,3}|[1-4])(?![\w.,])", text or "")
    return ROMAN.get(m.group(1), m.group(1)) if m else None


def operator_of(text: str) -> str | None:
    """The organisation named in a text: `ТОО «…»`, `«…» ЖШС`, `Công ty TNHH …`."""
    before, after = ORGANISATION.search(text), ORGANISATION_AFTER.search(text)
    if after and (before is None or after.start() < before.start()):
        return f"«{after.group(1).strip()}» {after.group(2)}"
    if before:
        return f"{before.group(1)} «{before.group(2).strip()}»"
    vi = COMPANY_VI.search(text)
    return clean_name(vi.group(1)) if vi else None


def joined_cards(facilities: list[c.Facility]) -> list[c.Facility]:
    """Cards that describe one facility in parts (`Сведения об операторе` with the BIN, `Сведения об
    объекте` with the name and place) joined: one of them names no object and no field disagrees."""
    out: list[c.Facility] = []
    for f in facilities:
        for i, other in enumerate(out):
            if (f.name is None or other.name is None) and _agree(f, other):
                out[i] = _join(other, f)
                break
            if len(facilities) == 2 and (pair := _operator_and_object(other, f)) is not None:
                out[i] = replace(pair[1], operator=pair[0].operator, bin=pair[0].bin)  # the applicant's card with the
                break  # BIN, then the object's with its own place and KATO: one facility, the object run by the applicant
        else:
            out.append(f)
    return out


def _operator_and_object(a: c.Facility, b: c.Facility) -> tuple[c.Facility, c.Facility] | None:
    """(the operator's card, the object's card) when one names only its operator (its name is the operator's,
    with a BIN) and the other only the object (no operator, no BIN); None otherwise."""
    for op, obj in ((a, b), (b, a)):
        if op.operator and op.bin and op.name in (None, op.operator) and obj.name and not obj.operator and not obj.bin:
            return op, obj
    return None


def _card_fields(f: c.Facility) -> dict:
    return {k: v for k, v in vars(f).items() if k != "provenance" and v not in (None, "", ())}


def _agree(a: c.Facility, b: c.Facility) -> bool:
    fa, fb = _card_fields(a), _card_fields(b)
    return bool(fa) and bool(fb) and all(fb[k] == v for k, v in fa.items() if k in fb and k != "address")


def _join(a: c.Facility, b: c.Facility) -> c.Facility:
    extra = {k: v for k, v in _card_fields(b).items() if k not in _card_fields(a)}
    if a.name is None and b.name is not None and a.address and b.address:
        extra["address"] = b.address  # the object's place, not the operator's office
    return replace(a, **extra)
