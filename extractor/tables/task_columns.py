"""Where a table's task, deadline, responsible and number columns are, if it is a table of tasks.

Kept apart from the reader (`tasks`) because the recogniser and the classifier ask it too,
before any document context exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.columns import column_roles, columns_of, compiled, flat, label_parts, role_of
from extractor.model import Table
from extractor.nlp import deontic
from extractor.nlp.frequency import months_of
from extractor.tables.profile import MARK, cell_text


@dataclass(frozen=True)
class TaskColumns:
    """Column indexes of a task table; `task` always, at least one of `deadline` and `actor`."""

    task: int
    deadline: int | None
    actor: int | None
    number: int | None
    addressed: bool = False
    """One cell of all three that names whom first (`Предложено (кому, что, срок)`): `Body: task – deadline`."""


def task_columns(table: Table) -> TaskColumns | None:
    """The columns of a task table, or None when the table is not one (no task, or neither deadline nor actor).

    The shared column roles (`extractor.columns`) first; a role they miss is read from the plan
    header words of the language data (`Nhiệm vụ`, `Tiến độ`, `Орындаушылар` …), and the number
    column, whatever its header (`Р/с №`, `Số TT`), from its cells: short item numbers in order.
    """
    found = column_roles(table)
    task = found.get("task", found.get("name"))
    named = columns_of(table, "task")
    if len(named) > 1:  # `Hoạt động | Tác động | Biện pháp bảo vệ môi trường`: the duty is the longest prose
        task = max(named, key=lambda k: (mean_length(table, k), -k))
    deadline = found.get("deadline")
    actor = found.get("responsible", found.get("who"))
    if actor is not None and "who" in found and compiled("SUPERVISION_WORDS").search(flat(table.header[actor])):
        actor = found["who"]  # `Cơ sở thực hiện | Cơ quan kiểm tra, giám sát`: the one that does it
    number = found.get("row_number")
    taken = {i for i in (task, deadline, actor, number) if i is not None}
    for i, header in enumerate(table.header):
        if i in taken:
            continue
        if task is None and _header_is(header, "TASK_HEADERS"):
            task = i
        elif deadline is None and _header_is(header, "DEADLINE_HEADERS"):
            deadline = i
        elif actor is None and _header_is(header, "ACTOR_HEADERS") and role_of(header) != "unit":
            actor = i  # `Đơn vị thực hiện` is who does it; `Đơn vị` alone, beside figures, their unit
        else:
            continue
        taken.add(i)
    if task is None and deadline is not None and (op := found.get("operation")) is not None and mean_length(table, op) >= PROSE:
        task = op  # `Biện pháp xử lý` holding what is to be done, with a deadline: the task
    if task is None and deadline is not None and actor is not None:
        task = _wordy_column(table, taken)  # `Условие | Срок | Ответственный`: what is due is the prose
    if task is not None and deadline is None and actor is None and _names_all_three(table.header[task]):
        deadline = actor = task  # `Мероприятие, срок исполнения, ответственный`: labelled parts of one cell
    elif task is None and (both := next((k for k in (deadline, actor) if k is not None and _names_all_three(table.header[k])), None)) is not None:
        task = deadline = actor = both  # `Требование (ответственный, срок исполнения)`, read as its deadline
    if deadline is not None and actor is None and _names_both(table.header[deadline]):
        actor = deadline  # `Мерзімі / жауаптысы`: a date and a body in each cell, told apart by the reader
    if (both := _task_with_body(table)) is not None and actor in (None, both) and task in (None, both):
        task = actor = both  # `Мероприятия (ответственный)`: each task written with its body
        taken.add(both)
    if deadline is None and task is not None and (months := _month_column(table, taken)) is not None:
        deadline = months  # `Месяц | Мероприятия`: a calendar, each month the tasks due in it
    if actor is not None and not _header_is(table.header[actor], "LEAD_ACTOR_HEADERS"):
        lead = [k for k, h in enumerate(table.header) if k not in (task, deadline, number) and _header_is(h, "LEAD_ACTOR_HEADERS")]
        actor = lead[0] if lead else actor  # `Участники | Руководитель`: the one who leads, not those taking part
    if task is None or (deadline is None and actor is None):
        return None
    if number is None:
        number = _number_column(table, taken)
    addressed = task == deadline == actor and _names_whom_first(table.header[task])
    return TaskColumns(task, deadline, actor, number, addressed)


_ACTOR_ROLES = frozenset({"responsible", "responsible_strict", "who"})
BRACKETED = re.compile(r"^(?P<outer>.*?\S)\s*\((?P<inner>[^()]+)\)\s*$")


def _task_with_body(table: Table) -> int | None:
    """A column headed as tasks with their bodies in brackets (`Мероприятия (ответственный)`, `Nội dung
    công việc (đơn vị thực hiện)`): each cell gives a task and who does it."""
    for i, header in enumerate(table.header):
        m = BRACKETED.match(" ".join(header.split()))
        if m and role_of(m["inner"]) in _ACTOR_ROLES and (role_of(m["outer"]) == "task" or _header_is(m["outer"], "TASK_HEADERS")):
            return i
    return None


MONTHS_SHARE = 0.75
"""How many of a column's filled cells must name a month for it to be a calendar's months."""


def _month_column(table: Table, taken: set[int]) -> int | None:
    """A free column of months (`Январь`, `Tháng 2`), four at least: the month each row's tasks fall in."""
    for col in range(table.n_cols):
        filled = [v for r in range(len(table.rows)) if (v := cell_text(table, r, col).strip())] if col not in taken else []
        if len(filled) >= 4 and sum(1 for v in filled if len(months_of(v, anchored=True)) == 1) >= MONTHS_SHARE * len(filled):
            return col
    return None


def actor_spread(table: Table, actor: int | None, taken: tuple[int | None, ...] = ()) -> dict[int, str]:
    """The columns of bodies under one responsible header (`Распределение ответственности: Служба
    эксплуатации | Служба ГРП | Отдел ООС`, marked `О`/`У` per task), or headed by the bodies alone
    when no column is the responsible one: column → the body; empty when the responsible column is a
    column of names."""
    if actor is None:
        return _bodies_marked(table, {k for k in taken if k is not None})
    if len(parent := table.header_parts[actor][:-1]) == 0:
        return {}
    out = {k: parts[-1] for k, parts in enumerate(table.header_parts) if parts[:-1] == parent and len(parts) > 1}
    if len(out) < 2 or any(role_of(label) in _ACTOR_ROLES for label in out.values()):
        return {}  # `Ответственные: исполнитель | соисполнитель`: roles, each column naming its body
    marks = {t for k in out for r in range(len(table.rows)) if (t := cell_text(table, r, k).strip()) and t not in "-–—"}
    return out if len(marks) <= 3 else {}


BODY_MARKS = 3
"""At most this many different marks (`О`, `У`, or what a legend makes of them) in columns of bodies."""
MARK_LENGTH = 40


def _bodies_marked(table: Table, taken: set[int]) -> dict[int, str]:
    """Columns headed by bodies (`Отдел ООС | Цех хлорирования`), each task's row marking with a letter
    the ones that do it: two or more, a few marks in all, no figures, dates or ticks of a calendar."""
    out: dict[int, str] = {}
    marks: set[str] = set()
    for k, parts in enumerate(table.header_parts):
        values = {t for r in range(len(table.rows)) if (t := cell_text(table, r, k).strip()) and t not in "-–—"}
        if k in taken or not parts or not values or not re.search(r"[^\W\d_]{4}", parts[-1]):
            continue
        if any(len(v) > MARK_LENGTH or re.search(r"\d", v) or MARK.match(v) for v in values):
            continue
        out[k] = parts[-1]
        marks |= values
    return out if len(out) >= 2 and len(marks) <= BODY_MARKS else {}


def names_tasks(table: Table, cols: TaskColumns) -> bool:
    """Whether the task column is headed as tasks (`Мероприятие`, `Nhiệm vụ`), not only as names
    (`Наименование отходов | Срок хранения` is no plan)."""
    header = table.header[cols.task] if cols.task < len(table.header) else ""
    return role_of(header) == "task" or _header_is(header, "TASK_HEADERS")


def _header_is(header: str, name: str) -> bool:
    text = " ".join(header.lower().split())
    return bool(text) and any(re.search(p, text, re.IGNORECASE) for p in deontic.words(name))


def mean_length(table: Table, col: int) -> float:
    """The mean length of a column's filled cells: prose runs long, codes and dates short."""
    filled = [v for r in range(len(table.rows)) if (v := cell_text(table, r, col).strip())]
    return sum(len(v) for v in filled) / len(filled) if filled else 0.0


WORDY = 25
"""Mean characters per filled cell from which a column reads as prose (a duty), not as labels."""


def _wordy_column(table: Table, taken: set[int]) -> int | None:
    """The free column whose cells are longest, when they read as sentences."""
    best, best_len = None, float(WORDY)
    for col in range(table.n_cols):
        if col in taken:
            continue
        filled = [v for r in range(len(table.rows)) if (v := cell_text(table, r, col).strip())]
        mean = sum(len(v) for v in filled) / len(filled) if len(filled) >= 2 else 0.0
        if mean >= best_len and sum(1 for v in filled if " " in v) * 2 > len(filled):
            best, best_len = col, mean
    return best


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,5})[.)]?\s*$")
_ITEM_CODE = re.compile(r"^\s*[^\W\d_]{1,4}(?:[-.][^\W\d_]{1,4}){0,2}\s?[-.]?\s?\d{1,3}(?:\.\d{1,3})?\s*$")
"""A register's code of an item (`АВ-02`, `ПЧ-01`, `M1.2`, `PL-MT-01`)."""


def _number_column(table: Table, taken: set[int]) -> int | None:
    """The first column, not otherwise taken, whose filled body cells are item numbers (`1`, `2.`, `1.1`, `II`)."""
    for col in range(min(table.n_cols, 2)):
        if col in taken:
            continue
        values = [cell_text(table, r, col) for r in range(len(table.rows)) if not _across(table, r)]  # (`Ц1. Снизить …` across)
        filled = [v for v in values if v.strip()]
        if len(filled) >= 2 and all(_ITEM_NUMBER.match(v) for v in filled):
            return col
        if len(filled) >= 2 and all(_ITEM_CODE.match(v) for v in filled) and len(set(filled)) == len(filled):
            return col
    return None


def _across(table: Table, r: int) -> bool:
    """A row of one text across the table (a title over the items under it), merged or with its other cells empty."""
    row = table.rows[r]
    texts = [c.text.strip() if c is not None else "" for c in row]
    return table.n_cols >= 3 and bool(texts and texts[0]) and (row[0].col_span >= table.n_cols or not any(texts[1:]))


PROSE = 30
"""Mean characters of a column of measures written out, not a method's name (`Сжигание`)."""


def _names_both(header: str) -> bool:
    """A header that names the deadline and who is responsible, in two parts (`Срок / ответственный`)."""
    parts = [role_of(p) for p in label_parts(header)]
    return "deadline" in parts and bool({"responsible", "responsible_strict", "who"} & set(parts))


def _part_roles(header: str) -> list[str | None]:
    """The roles a header's parts name in their order, bracketed parts apart (`Требование (ответственный,
    срок исполнения)`: task, responsible, deadline)."""
    return [role_of(q) for p in label_parts(header) for q in re.split(r"\s*[()]\s*", p) if q.strip()]


def _names_all_three(header: str) -> bool:
    """A header that names the task, its deadline and who does it in one column, the two last perhaps
    in brackets (`Требование (ответственный, срок исполнения)`)."""
    roles = set(_part_roles(header))
    return "task" in roles and "deadline" in roles and bool(roles & _ACTOR_ROLES)


def _names_whom_first(header: str) -> bool:
    """Whether a header of all three names whom before what (`Предложено (кому, что, срок)`, `Kiến nghị
    (đối tượng thực hiện, nội dung, thời hạn)`): each cell then opens with the body it is addressed to."""
    named = [r for r in _part_roles(header) if r in _ACTOR_ROLES or r == "task"]
    return bool(named) and named[0] in _ACTOR_ROLES and "task" in named
