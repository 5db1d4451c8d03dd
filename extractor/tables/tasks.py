"""Task tables: every row of a plan's table of tasks becomes one `task` obligation.

A plan is a table of tasks with deadlines and the bodies responsible (`№ |
Наименование мероприятий | Сроки исполнения | Ответственные органы`, `STT |
Nội dung công việc | Thời hạn | Đơn vị chủ trì`, `№ | Іс-шаралар | Мерзімі |
Жауапты орындаушылар`), in a work plan or in any other document. Columns are
found by their header words (`extractor.columns`), never by position; headers
the shared roles miss are read from the plan words of the language data, and a
number column from its cells. A row that only titles the items below it (`1.
Организационные мероприятия` above `1.1`) is no task. The frequency comes from
the deadline cell (`ежеквартально`, `постоянно`, `до 10 числа месяца,
следующего за отчетным кварталом`), `once` for a date or a period. The deadline
and the responsible bodies stay as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    cell,
    frequency,
    is_blank,
    is_text,
    own_cell,
    row_title,
    signed_row,
)
from extractor.model import Format, Table, is_column_number_row, owner_position
from extractor.nlp import deontic, language
from extractor.nlp.deadlines import find_deadline, parse_deadline
from extractor.nlp.frequency import RRULE_BY_WORD
from extractor.tables.inspections import inspection
from extractor.tables.task_columns import TaskColumns, actor_spread, task_columns

_PERIOD_WORDS = {"month": "monthly", "quarter": "quarterly", "halfyear": "semiannual", "year": "yearly"}
"""The recurrence of a deadline counted from the end of each reporting period."""


_LEAD_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?=\S)")


def read_tasks(ctx: Context, out: Collector, ti: int, table: Table, context: tuple[str, ...] = ()) -> None:
    columns = task_columns(table)
    if columns is None:
        return
    # A text file writes a cell merged down the table in its first row only: there, a body
    # responsible for the first task and blank below stands for all of them.
    merged_actor = ctx.doc.format == Format.TXT and columns.actor is not None
    above = None
    group_actor = context_actor(context[:2]) if columns.actor is None else None
    if columns.actor is None and group_actor is None:
        group_actor = committer(ctx) or addressee(ctx)  # a letter's undertakings, or its requirements: no column of
        # bodies, so the writer who undertakes them, else the addressee, must do them
    roles = words.column_roles(table)
    checks = words.compiled("INSPECTION_WORDS")
    for r in range(len(table.rows)):
        if signed_row(table, r):
            continue  # `Гос. инспектор ______ Байжанов Е.Р.`: the signatures under the tasks
        if columns.actor == columns.task != columns.deadline:  # tasks written with their bodies, several to a cell
            for item in row_items(ctx, ti, table, r, columns):
                out.add_obligation(item)
            continue
        obligation = row_to_obligation(ctx, ti, table, r, columns)
        unit = cell(table, r, roles.get("site"))
        if obligation is not None and not is_blank(unit) and checks.search(words.flat(obligation.text)):
            # `Внутренняя проверка … | Металлургический цех | ежемесячно` in a calendar of duties
            how_often = cell(table, r, roles.get("frequency")) or obligation.deadline
            out.add_obligation(inspection(ctx, f"{unit} — {obligation.text}", how_often, obligation.provenance))
            continue
        stated = frequency(cell(table, r, roles.get("frequency"))) if obligation is not None else None
        if stated and stated.word:  # a column of its own says how often, the deadline says by when
            obligation = replace(obligation, frequency=stated.word, rrule=stated.rrule)
            if _reports(obligation.text, obligation.language):
                obligation = replace(obligation, kind="reporting")  # `Представление отчета … | ежегодно | до 1 апреля`
        if obligation is None:
            title = row_title(table, r) if columns.actor is None else ""
            if title and (named := context_actor((title,)) or _organisation(title) or _officer(title) or _unit(title)):
                group_actor = named  # `1. ТОО «…» (участок № 45)` over the tasks that body must do
            continue
        if obligation.actor is None and group_actor:
            obligation = replace(obligation, actor=group_actor)
        if merged_actor and obligation.actor is None and above is not None:
            obligation = replace(obligation, actor=above)
        above = obligation.actor
        out.add_obligation(obligation)


def row_to_obligation(ctx: Context, ti: int, table: Table, r: int, cols: TaskColumns) -> c.Obligation | None:
    """One task, or None for an empty row, a section title across the table, or a repeated header."""
    one_cell = cols.deadline == cols.task
    if is_column_number_row(table.rows[r]) or _repeats_header(table, r) or (not one_cell and _spans_row(table, r, cols)):
        return None
    text = _flat(cell(table, r, cols.task))
    deadline = _flat(cell(table, r, cols.deadline)) or None
    actor = _flat(cell(table, r, cols.actor)) or None
    if one_cell:  # `Оборудовать … Срок: II кв. 2026 г. Ответственный: главный инженер`
        text, deadline, actor = labelled_parts(text)
        if cols.addressed and deadline is None and actor is None:
            text, deadline, actor = addressed_parts(text)  # `ТОО «…»: очистить … – в течение 10 дней`
    elif cols.deadline is not None and cols.deadline == cols.actor and deadline:
        deadline, actor = when_and_who(cell(table, r, cols.deadline))  # `31.03.2026 дейін / бас механик`
    elif spread := actor_spread(table, cols.actor, (cols.task, cols.deadline, cols.number)):
        actor = _marked_bodies(table, r, spread)
    number = _row_number(own_cell(table, r, cols.number))
    if number is None and cols.number is None and (lead := _LEAD_NUMBER.match(text)):
        number, text = lead.group(1), text[lead.end() :]  # `1) Разработать …` with no number column
    if is_blank(text) or (deadline is None and actor is None and number is None):
        return None
    if words.compiled("NOT_PLANNED").match(words.flat(text)):
        return None  # `Исключен приказом № 67-П`: an item taken out, no task
    if deadline is None and actor is None and _heads_section(table, r, cols, number):
        return None
    return task(ctx, ti, r, text, number, actor, deadline)


def _reports(text: str, lang: str | None) -> bool:
    """Whether a recurring duty is to submit a report or information (the language's reporting words)."""
    return "reporting" in deontic.kinds_named(text, lang)


def task(ctx: Context, ti: int, r: int, text: str, number: str | None, actor: str | None, deadline: str | None) -> c.Obligation:
    """A task of a plan's row, its frequency read from its deadline."""
    word, rrule = task_frequency(deadline)
    return c.Obligation(
        id="",
        kind="task",
        text=text,
        modality="must",
        number=number,
        actor=actor,
        frequency=word,
        rrule=rrule,
        deadline=deadline,
        legal_refs=ctx.legal_refs(text),
        provenance=ctx.row_provenance(ti, r),
        language=language.detect(" ".join(x for x in (text, deadline, actor) if x)) or ctx.doc.language,
    )


ITEM_START = re.compile(r"(?:^|(?<=\s))(?:(?P<number>\d{1,2})\)|(?<![^\s).;:])[-•])\s+(?=\S)")
"""Where an item of a cell begins: its number (`7) Высадить …`) or a bullet at the start or after a
sentence (`- Thay mới … (Xưởng) - Tập huấn …`)."""


def row_items(ctx: Context, ti: int, table: Table, r: int, cols: TaskColumns) -> list[c.Obligation]:
    """The tasks of a cell that lists them with their bodies (`7) Высадить деревья – отв. заместитель
    директора 8) Подготовить площадку – отв. главный механик`), each due by the row's deadline."""
    text = _flat(cell(table, r, cols.task))
    deadline = _flat(cell(table, r, cols.deadline)) or None
    if is_blank(text) or is_column_number_row(table.rows[r]) or _repeats_header(table, r):
        return []
    starts = list(ITEM_START.finditer(text))
    bounds = [m.start() for m in starts] if starts and starts[0].start() == 0 else [0, *(m.start() for m in starts)]
    out = []
    for a, b in zip(bounds, [*bounds[1:], len(text)], strict=True):
        piece = text[a:b].strip(" ;")
        lead = ITEM_START.match(piece)
        number = lead["number"] if lead else None
        duty, actor = task_and_body(piece[lead.end() :] if lead else piece)
        if not is_blank(duty):
            out.append(task(ctx, ti, r, duty, number, actor, deadline))
    return out


BODY_IN_BRACKETS = re.compile(r"^(?P<task>.*\S)\s*\((?P<body>[^()]{2,80})\)\s*$")


def task_and_body(text: str) -> tuple[str, str | None]:
    """(task, who does it) of a task written with its body: labelled (`… – отв. главный механик`,
    `… – жауапты: инженер-эколог`) or in closing brackets (`… (Phòng Vật tư)`)."""
    task, _, actor = labelled_parts(text)
    if actor:
        return task.rstrip(" –—-"), actor
    if m := BODY_IN_BRACKETS.match(text):
        return m["task"], m["body"]
    return text, None


def _marked_bodies(table: Table, r: int, spread: dict[int, str]) -> str | None:
    """The bodies a task's row marks (`О` where one answers for it, `У` where one takes part), the one
    answering first: a mark that says "responsible" (after the legend is applied) or a lone mark."""
    marked = [(k, text) for k in spread if not is_blank(text := own_cell(table, r, k))]
    lead = [k for k, text in marked if words.role_of(text) in ("responsible", "responsible_strict") or len(text) <= 2]
    ordered = [*lead, *(k for k, _ in marked if k not in lead)]
    return ", ".join(_flat(spread[k]) for k in ordered) or None


def labelled_parts(text: str) -> tuple[str, str | None, str | None]:
    """(task, deadline, actor) of a cell that labels its parts (`… Срок: январь 2026 г. Ответственный:
    агроном`); the task is the text before the first label. A label is the one to four words before
    a colon that name a deadline or a responsible body."""
    found: list[tuple[int, int, str]] = []  # (label start, value start, part)
    for colon in re.finditer(r"\s*:\s*|(?<=\.)\s+", text):  # `Срок: …`, or an abbreviated label `отв. …`
        before = text[: colon.start()].split(" ")
        for n in (1, 2, 3, 4):  # `Đơn vị thực hiện:` takes four
            label = " ".join(before[-n:]).lstrip("([")  # `(отв.: …; срок: …)` closing the task
            if (part := TASK_PARTS.get(words.role_of(label) or "")) is not None:
                found.append((colon.start() - len(label), colon.end(), part))
                break
    if not found:
        return text, None, None
    parts: dict[str, str] = {}
    for (_, value_at, part), nxt in zip(found, [*found[1:], None], strict=True):
        parts.setdefault(part, _unbracketed(_trimmed(text[value_at : nxt[0] if nxt else len(text)])))
    return text[: found[0][0]].strip(" ;.,(["), parts.get("deadline") or None, parts.get("actor") or None


ADDRESSEE = re.compile(r"^(?P<who>[^:;]{2,160}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
LAST_DASH = re.compile(r"\s+[–—-]\s+(?!.*\s[–—-]\s)", re.DOTALL)
DEADLINE_WORDS = 8
"""Words at most of the deadline closing a cell after its last dash."""


def addressed_parts(text: str) -> tuple[str, str | None, str | None]:
    """(task, deadline, actor) of a cell that opens with the body it is addressed to and closes with its
    deadline after a dash (`ТОО «Жол Ойл Сервис»: очистить нефтеловушку – в течение 10 дней`), as its
    header says (`Предложено (кому, что, срок)`)."""
    m = ADDRESSEE.match(text)
    if m is None or find_deadline(m["who"]) is not None:
        return text, None, None
    task, deadline = m["rest"].strip(), None
    if (dash := LAST_DASH.search(task)) is not None:
        tail = task[dash.end() :].strip(" .;")
        if len(tail.split()) <= DEADLINE_WORDS and (re.search(r"\d", tail) or find_deadline(tail) or frequency(tail)):
            task, deadline = task[: dash.start()].strip(), tail
    return task, deadline, _trimmed(m["who"])


def _trimmed(value: str) -> str:
    """A value without the punctuation around it, save the full stop of a name's initials (`Абдиров К.Т.`)."""
    value = value.strip(" ;,")
    return value if re.search(r"(?<![^\W\d_])[^\W\d_a-zа-я]\.$", value) else value.strip(" ;.,")


def _unbracketed(value: str) -> str:
    """A value without the closing bracket of the parts it ended (`до 30.06.2026)`)."""
    return value[:-1].rstrip(" ;.,") if value.endswith(")") and value.count(")") > value.count("(") else value


def when_and_who(text: str) -> tuple[str | None, str | None]:
    """(deadline, actor) of a cell that gives both, split at a slash, semicolon or comma: the part with
    a date, period or frequency is the deadline, the rest who does it (`эколог-инженер, 2026 ж. III тоқсан`)."""
    parts = [_flat(p).strip(" ;,/") for p in re.split(r"\s*[/;\n]\s*|,\s+", text) if p.strip(" ;,/")]
    when = [p for p in parts if re.search(r"\d", p) or frequency(p) or parse_deadline(p) is not None]
    who = [p for p in parts if p not in when]
    if when and who:
        return ", ".join(when), ", ".join(who)
    text = _flat(text)
    if (found := find_deadline(text)) is not None and (found.start == 0 or found.end == len(text)):
        # `Главный механик до 30.11.2026`: the phrase of the deadline at one end, who does it the rest
        rest = (text[: found.start] + text[found.end :]).strip(" ;,/–—-")
        if rest and not re.search(r"\d", rest):
            return found.raw.strip(), rest
    return text, None


TASK_PARTS = {"deadline": "deadline", "responsible": "actor", "responsible_strict": "actor", "who": "actor"}

LETTER_HEAD_BLOCKS = 12
"""A letter names its addressee among its first blocks, before any table."""


def addressee(ctx: Context) -> str | None:
    """The organisation a letter is addressed to (`Директору ТОО «Нұра Химпродукт»`, `«…» ЖШС директорына`,
    `Kính gửi: Công ty …`), by the language data's addressing words; None when no line before the first
    table addresses one."""
    pattern = words.compiled("ADDRESSEE_WORDS")
    organisation = words.compiled("ORGANISATION_WORDS")
    for block in ctx.doc.blocks[:LETTER_HEAD_BLOCKS]:
        if block.table is not None:
            return None
        text = " ".join((block.text or "").split())
        if not is_text(block) or len(text) > 200 or len(text.lower()) != len(text):
            continue
        if (m := pattern.search(text.lower())) is not None:
            who = f"{text[: m.start()]} {text[m.end() :]}".strip(" .,:;")
            if organisation.search(who):
                return who
    return None


def committer(ctx: Context) -> str | None:
    """The organisation bound by a letter's tasks: its writer undertaking them (`ТОО «…» гарантирует выполнение …`,
    `Công ty … cam kết thực hiện …`) or the one a prescription orders (`… предписывает АО «…»:`), by the language
    data's words of commitment, in the lines before the first table."""
    patterns = [re.compile(p, re.I) for p in words.words("COMMITTER_WORDS")]
    for block in ctx.doc.blocks[:LETTER_HEAD_BLOCKS]:
        if block.table is not None:
            return None
        text = " ".join((block.text or "").split())
        if is_text(block) and (m := next((m for p in patterns if (m := p.search(text))), None)):
            return m.group("who").strip()
    return None


def context_actor(texts: tuple[str, ...]) -> str | None:
    """The body a caption or a title row makes responsible for every task (`Ответственный
    исполнитель: ГУ «Отдел ЖКХ»`, `Đơn vị thực hiện: …`)."""
    return next((actor for text in texts if text and (actor := labelled_parts(text)[2])), None)


def _organisation(title: str) -> str | None:
    """A group title that names an organisation by its legal form (`1. ТОО «Оңтүстік Тоқыма»`, `B. BAN QUẢN LÝ KHU
    KINH TẾ …`), or a party after a dash (`II. Обязательства Уполномоченного органа – Комитет по инвестициям`)."""
    bare = _bare_title(title)
    head, dash, tail = bare.rpartition(" – ")
    if dash and tail[:1].isupper() and words.compiled("PARTY_TITLE_WORDS").search(words.flat(head)):
        return tail
    if not (words.compiled("ORGANISATION_WORDS").search(title) or words.compiled("ORGANISATION_WORDS").search(bare)):
        return None
    return bare or None


SECTION_LABEL = re.compile(r"^\s*(?:[IVXLC]{1,5}|[A-ZА-ЯĐ])[.)]\s+")
"""A section's label in Roman numerals or a capital letter (`II. `, `B. `)."""


def _bare_title(title: str) -> str:
    """A group title without its number or section label (`1. `, `II. `, `B. `)."""
    return _flat(SECTION_LABEL.sub("", _LEAD_NUMBER.sub("", title)))


def _unit(title: str) -> str | None:
    """A group title that names a unit of the enterprise (`1. Производственный участок (начальник участка …)`,
    `I. PHÒNG AN TOÀN – MÔI TRƯỜNG (chủ trì)`): the unit answerable for the tasks under it."""
    bare = _bare_title(title)
    return bare if bare and words.compiled("UNIT_TITLE_WORDS").search(words.flat(bare)) else None


def _officer(title: str) -> str | None:
    """A group title that names an officer by their post (`1. Главный инженер – Сейткали Б.М.`, `2. Trưởng ban An
    toàn – Môi trường`): the one answerable for the tasks under it."""
    bare = _flat(_LEAD_NUMBER.sub("", title))
    return bare if bare and words.compiled("POST_WORDS").match(words.flat(bare)) else None


def task_frequency(deadline: str | None) -> tuple[str | None, str | None]:
    """(frequency word, RRULE) of a task from its deadline cell: a recurrence as written
    (`ежеквартально`, `тоқсан сайын`, `03 tháng/lần`), `continuous` for a standing task
    (`постоянно`, `тұрақты`, `Thường xuyên`), the period of a deadline counted from each reporting
    period's end (`до 10 числа месяца, следующего за отчетным кварталом`: quarterly), None for one
    done as the need arises (`по мере необходимости`), else `once` (a date, a month, a quarter, a year)."""
    text = _flat(deadline or "")
    stated = frequency(text) if text else None
    if stated and stated.word:
        return stated.word, stated.rrule
    rule = parse_deadline(text) if text else None
    if rule is not None and rule.kind == "after_period" and rule.period in _PERIOD_WORDS:
        word = _PERIOD_WORDS[rule.period]  # `до 10 числа месяца, следующего за отчетным кварталом`
        return word, RRULE_BY_WORD.get(word)
    if text and matches_any(deontic.words("CONTINUOUS_DEADLINES"), text):
        return "continuous", None
    if text and matches_any(deontic.words("AS_NEEDED_DEADLINES"), text):
        return None, None
    return "once", None


def _heads_section(table: Table, r: int, cols: TaskColumns, number: str | None) -> bool:
    """A row that only titles the items below it: no deadline, no one responsible, and a Roman
    number, no number, or a number the next rows go on from (`1` above `1.1`, `1.2`)."""
    if number is None or re.fullmatch(r"[IVXLC]{1,5}", number):
        return True
    following = [_row_number(own_cell(table, k, cols.number)) for k in range(r + 1, len(table.rows))]
    return any(n and n.startswith(number + ".") for n in following)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _row_number(text: str) -> str | None:
    """`1.` → `1`, `1.2.` → `1.2`; None when the cell is empty."""
    value = text.strip().rstrip(".)").strip()
    return value or None


def _repeats_header(table: Table, r: int) -> bool:
    """A header row repeated on the next page, left in the body."""
    texts = [_flat(x).lower() for x in table.text_rows()[r]]
    header = [_flat(h).lower() for h in table.header]
    return any(texts) and texts == header


def _spans_row(table: Table, r: int, cols: TaskColumns) -> bool:
    """A section title merged across the task's and the deadline's or actor's columns."""
    home = owner_position(table.rows, r, cols.task)
    others = [col for col in (cols.deadline, cols.actor) if col is not None]
    return home is not None and all(owner_position(table.rows, r, col) == home for col in others)


def matches_any(patterns: tuple[str, ...], text: str) -> bool:
    """Any pattern as whole words (`I полугодие` is not inside `II полугодие`)."""
    return any(re.search(rf"(?<![^\W_])(?:{p})(?![^\W_])", text, re.IGNORECASE) for p in patterns)
