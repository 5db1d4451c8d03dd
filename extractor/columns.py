"""What a table column holds, from the words of its header (RU, KK, VI, EN).

Extractors never rely on column positions: forms are re-typed, columns are
dropped or merged, and the same form comes in three languages. A column's
role is read from its joined header text. The words are language data
(`extractor/nlp/lang/tables_<code>.py`); which role wins when several match
is decided here, once for every language: the more specific roles come first.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import import_module
from types import ModuleType
from typing import Final

from extractor.model import Table
from extractor.nlp.lang import LANGUAGES

ORDER: Final = (
    ("year", "year"),
    ("row_number", "row_number"),
    ("waste_code", "waste_code"),
    ("kato", "kato"),
    ("bin", "bin"),
    ("oked", "oked"),
    ("category", "category"),
    ("requisites", "requisites"),
    ("price", "price"),  # `Цена за единицу, тенге без НДС`: what a service costs, no norm (`НДС`)
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("coordinates", "coordinates"),
    ("address", "address"),
    ("waste_name", "waste_name"),
    ("operation", "operation"),
    ("amount", "amount"),
    ("hazard_class", "hazard_class"),
    ("capacity", "capacity_strict"),  # `Мощность, т/год`: what a unit makes a year, no emission (`Мощность выброса` is one)
    ("g_s", "g_s"),
    ("t_y", "t_y"),
    ("source_number", "source_number"),
    ("source_name", "source_name"),
    ("substance_code", "substance_code"),
    ("indicator", "indicator"),
    ("per_year", "per_year"),
    ("nmu_frequency", "nmu_frequency"),
    ("frequency", "frequency"),
    ("responsible", "responsible_strict"),
    ("who", "who"),
    ("method", "method"),
    ("record", "record"),  # `Форма фиксации`, `Тіркеу нысаны`: the log a check is written in, no unit checked
    ("measured", "measured"),
    ("limit", "limit"),
    ("point", "point"),
    ("unit", "unit"),
    ("substance", "substance"),
    ("subject", "subject"),
    ("site", "site"),
    ("capacity", "capacity"),
    ("material", "material"),
    ("task", "task"),
    ("deadline", "deadline"),
    ("responsible", "responsible"),
    ("operator", "operator"),
    ("name", "name"),
)
"""(role, key of COLUMN_WORDS): the first key whose words match a header gives its role."""


@cache
def data(code: str) -> ModuleType:
    """The table words of one language (`extractor/nlp/lang/tables_<code>.py`)."""
    return import_module(f"extractor.nlp.lang.tables_{code}")


def words(name: str) -> tuple[str, ...]:
    """A tuple of patterns of every language's table words, concatenated."""
    out: list[str] = []
    for code in LANGUAGES:
        out.extend(getattr(data(code), name, ()))
    return tuple(out)


def labelled(name: str) -> dict[str, tuple[str, ...]]:
    """A dict of patterns per label (role, medium, method) over every language, in first-seen label order."""
    out: dict[str, list[str]] = {}
    for code in LANGUAGES:
        for label, patterns in getattr(data(code), name, {}).items():
            out.setdefault(label, []).extend(patterns)
    return {label: tuple(patterns) for label, patterns in out.items()}


@cache
def compiled(name: str) -> re.Pattern[str]:
    """One alternation of a tuple of table words."""
    return re.compile("|".join(f"(?:{p})" for p in words(name)) or "(?!)")


@cache
def compiled_labels(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(label, alternation) for a dict of table words, in label order."""
    return tuple(
        (label, re.compile("|".join(f"(?:{p})" for p in ps))) for label, ps in labelled(name).items()
    )


@cache
def _roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = labelled("COLUMN_WORDS")
    return tuple(
        (role, re.compile("|".join(f"(?:{p})" for p in table[key]))) for role, key in ORDER if key in table
    )


def flat(text: str) -> str:
    """Lower case, `ё` as `е`, whitespace collapsed: the form every table word is matched against."""
    return " ".join(text.lower().replace("ё", "е").split())


def label_parts(label: str) -> list[str]:
    """The fields one header names, split at commas, slashes, semicolons and the language's `and`
    (`Срок / ответственный`, `Наименование объекта, основной вид деятельности`)."""
    joiners = compiled("LABEL_JOINERS").pattern
    return [p for p in re.split(rf"\s*[,;/]\s*|\s+(?:{joiners})\s+", label, flags=re.IGNORECASE) if p.strip()]


def is_total(text: str) -> bool:
    """A row or column that sums the others (`Итого`, `Барлығы`, `Tổng cộng`): no item of its own."""
    return bool(compiled("TOTAL_WORDS").search(flat(text)))


@lru_cache(maxsize=65536)
def role_of(header: str) -> str | None:
    """The role a header's words name (remembered: the readers ask about the same headers many times)."""
    text = flat(header)
    if not text:
        return None
    return _named_role(text) or _said_twice(text, _named_role)


def _named_role(text: str) -> str | None:
    for role, pattern in _roles():
        if pattern.search(text):
            if role == "unit" and (named := _named_with_unit(text)):
                return named
            return role
    return None


def _said_twice(text: str, judge) -> str | None:
    """What both halves of a header say alike, when the whole says nothing: the same label in two
    languages (`Р/с № / № п/п`, `Ескертпе⏎Примечание`, as Kazakhstan's bilingual tables have them)."""
    words_ = text.replace(" / ", " ").split()
    if len(words_) > 12:
        return None
    for k in range(1, len(words_)):
        first = judge(" ".join(words_[:k]))
        if first is not None and first == judge(" ".join(words_[k:])):
            return first
    return None


def _named_with_unit(text: str) -> str | None:
    """`Показатель, единица измерения`, `Chỉ tiêu, đơn vị`: a column of parameters each written with
    its unit; the role its first part names when that part is no unit."""
    head, sep, _ = text.partition(",")
    if not sep:
        return None
    role = role_of(head)
    return role if role in ("substance", "name") else None


def role_besides(header: str, role: str) -> str | None:
    """The role a header names once the words of `role` are taken out (`наименование объекта I
    категории` besides `category` is a `site`): for a label whose value is not of its first role."""
    text = flat(header)
    for name, pattern in _roles():
        if name == role:
            text = pattern.sub(" ", text)
    return role_of(text)


def label_of(name: str, text: str) -> str | None:
    """The first label of a dict of table words (ROLE_WORDS, MEDIUM_WORDS …) whose words occur in `text`."""
    low = flat(text)
    for label, pattern in compiled_labels(name):
        if pattern.search(low):
            return label
    return None


def header_roles(table: Table) -> list[str | None]:
    """The role of each column: by its whole header, or else by its own sub-label under a merged
    parent (`Dự án | Tên` is a name, `Объект | Категория` a category)."""
    out: list[str | None] = []
    subs: list[str | None] = []
    for header, parts in zip(table.header, table.header_parts, strict=True):
        role = role_of(header)
        sub = role_of(parts[-1]) if len(parts) > 1 else None
        subs.append(sub)
        if role == "source_number" and sub == "row_number":
            pass  # `Источник загрязнения атмосферы | №`: the source's number, not the row's
        elif sub is not None and (role is None or sub not in _GENERIC or role in _PARTIES) and not (role == "limit" and sub == "amount"):
            role = "name" if role in _PARTIES and sub in _GENERIC else sub
            # `Загрязняющее вещество | код`: the code, not the substance (but `ШЖК | жалпы мөлшері` a limit)
        out.append(role)
    return _rate_parents(table, out, subs)


def _rate_parents(table: Table, roles: list[str | None], subs: list[str | None]) -> list[str | None]:
    """Columns under a parent that gives a rate (`Фактический выброс за 2025 год, тонн | Сера диоксид
    (0330)`) are rates each, unless a sibling is the rate by its own header (`Валовый выброс, т | I кв. |
    … | за год`: the year's column, not the quarters)."""
    out = list(roles)
    parents: dict[tuple[str, ...], str | None] = {}  # a parent merged over many columns is read once
    for k, parts in enumerate(table.header_parts):
        if roles[k] in _RATES or len(parts) < 2 or subs[k] is not None:
            continue
        key = tuple(parts[:-1])
        if key not in parents:
            parents[key] = role_of(" ".join(key))
        parent = parents[key]
        if parent not in _RATES:
            continue
        siblings = [j for j, other in enumerate(table.header_parts) if tuple(other[:-1]) == key and j != k]
        if not any(roles[j] == parent for j in siblings):
            out[k] = parent
    return out


_GENERIC = frozenset({"name", "source_name", "site", "year"})
"""Sub-labels too plain to override their parent (`Загрязняющее вещество | наименование`)."""
_RATES = frozenset({"g_s", "t_y"})
_PARTIES = frozenset({"responsible", "responsible_strict", "who"})
"""Parents naming a party, whose `Наименование` sub-label is the party's name (`Участник | Наименование`)."""


def column_roles(table: Table) -> dict[str, int]:
    """role → column index; the first column of a role wins, unless its cells lack what the role
    holds and a later one has it (`Местоположение | Координаты центра`: the place in words is the
    address, the figures the coordinates)."""
    roles: dict[str, int] = {}
    for i, role in enumerate(header_roles(table)):
        if role and role not in roles:
            roles[role] = i
        elif role in _HELD and not holds(table, roles[role], role) and holds(table, i, role):
            if (instead := _HELD[role][1]) not in roles:
                roles[instead] = roles[role]
            roles[role] = i
    return roles


_HELD: Final = {"coordinates": (re.compile(r"\d{1,3}[,.]\d{2,}|\d{1,3}\s*°"), "address")}
"""Roles whose cells show what they hold, and the role a column of that name without it has instead."""


def holds(table: Table, col: int, role: str) -> bool:
    """Whether most filled cells of a column show what `role` holds (figures of coordinates)."""
    texts = [(row[col].text if col < len(row) and row[col] is not None else "") for row in table.rows[:8]]
    return sum(1 for t in texts if _HELD[role][0].search(t)) * 2 > len([t for t in texts if t.strip()])


def note_columns(table: Table) -> frozenset[int]:
    """Columns of remarks (`Примечание`, `Ескертпе`, `Ghi chú`): beside the items, never a field, a key or a
    title of theirs."""
    return _note_columns(table.header_parts)


@lru_cache(maxsize=512)
def _note_columns(parts: tuple[tuple[str, ...], ...]) -> frozenset[int]:
    return frozenset(k for k, p in enumerate(parts) if p and _is_note(flat(p[-1])))


def _is_note(text: str) -> bool:
    note = compiled("NOTE_HEADERS").match
    return bool(note(text)) or _said_twice(text, lambda t: True if note(t) else None) is not None


def columns_of(table: Table, role: str) -> list[int]:
    """Every column whose header gives `role`, left to right."""
    return [i for i, r in enumerate(header_roles(table)) if r == role]


def first_label(name: str, texts: tuple[str, ...] | list[str]) -> str | None:
    """The label of the first text, in order of trust (caption, lead-in, heading), that says one."""
    for text in texts:
        label = label_of(name, text) if text else None
        if label is not None:
            return label
    return None


def phrase(lang: str | None, name: str, default: str) -> str:
    """A fixed phrase an item's text is written with, in the document's language (Russian when the
    language has none)."""
    return getattr(data(lang if lang in LANGUAGES else "ru"), name, default)


def per_days_text(lang: str | None, n: int) -> str:
    """A check every `n` days (`Периодичность, сут. | 90`) said as the frequency it is (`1 раз в 90 суток`)."""
    return getattr(data(lang if lang in LANGUAGES else "ru"), "PER_DAYS_TEXT", "{n}").format(n=n)


def per_year_text(lang: str | None, n: int, per: str = "year") -> str:
    """A count per year (`Количество замеров в год | 4`, months marked), per week (days of the week marked) or
    per month (its weeks marked) said as the frequency it is, in the document's language: `4 раза в год` reads as
    quarterly."""
    name = {"week": "PER_WEEK_TEXT", "month": "PER_MONTH_TEXT"}.get(per, "PER_YEAR_TEXT")
    template = getattr(data(lang if lang in LANGUAGES else "ru"), name, "{n}")
    return template.format(n=n)
