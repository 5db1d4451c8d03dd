"""Which kind of document this is, and its title, number and date.

Kinds are told apart by vocabulary (RU, KK, VI) and by structure: the
tables of the ПЭК form, a numbered list after "Выводы", articles (`Статья`,
`бап`, `Điều`), a table of tasks with deadlines and responsible bodies. Each
signal adds to a kind's score; the best score wins, or `other` when nothing
speaks for any kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.columns import column_roles
from extractor.model import BlockKind, Document
from extractor.nlp import lang
from extractor.tables.condition_columns import condition_columns
from extractor.tables.task_columns import names_tasks, task_columns

# Phrases naming the kind, weighted. Matched lower-cased against the first blocks and table captions.
TITLE_PHRASES: dict[str, list[tuple[str, float]]] = {
    "pek_programme": [
        (r"программ\w* производственного экологического контроля", 3.0),
        (r"өндірістік экологиялық бақылау бағдарламас", 3.0),
        (r"chương trình quan trắc môi trường", 3.0),
        (r"\bпэк\b", 1.0),
    ],
    "scoping_conclusion": [
        (r"заключени\w* об определении сферы охвата", 4.0),
        (r"сферы охвата оценки воздействия", 3.0),
        (r"қамту саласын айқындау", 4.0),
        (r"заявлени\w* о намечаемой деятельности", 1.5),
        (r"phạm vi đánh giá tác động môi trường", 3.0),
    ],
    "regulation": [
        (r"^(thông tư|nghị định|luật|quyết định|quy chuẩn|qcvn)\b", 3.0),
        (r"^(правила|инструкция|положение|порядок|методика|технический регламент|санитарные правила)\b", 2.5),
        (r"^(қағидалар|нұсқаулық|ереже)\w*\b", 2.5),
        (r"\b(кодекс|закон|приказ|правила|постановлени|инструкци)\w*\b", 0.5),
        (r"\b(кодексі|заңы|бұйрық|қағидалар)\w*\b", 0.5),
        (r"вступает в силу|қолданысқа енгізіледі|có hiệu lực thi hành", 2.0),
    ],
    "permit": [
        (r"giấy phép môi trường", 2.0),
        (r"\bgpmt\b", 1.0),
        (r"экологическ\w* разрешени|разрешени\w* на (эмисси|воздействи|выброс|сброс)", 2.5),
        (r"комплексн\w* экологическ\w* разрешени|\bкэр\b", 2.5),
        (r"экологиялық рұқсат|эмиссияларға рұқсат|кешенді экологиялық рұқсат", 2.5),
        (r"срок действия разрешения|рұқсаттың қолданылу мерзімі|thời hạn của giấy phép", 1.5),
    ],
    "work_plan": [
        (r"\bплан\w* (работ|мероприятий|действий)", 2.5),
        (r"жұмыс жоспары|іс-шаралар жоспары", 2.5),
        (r"kế hoạch (thực hiện|hành động|công tác)", 2.5),
    ],
}
# Phrases that name the kind in the title region only (the first TITLE_BLOCKS text blocks): the act's
# own name (`ПРИКАЗ`, `Об утверждении Правил …`, `… қағидалары`, `… бекіту туралы`, `KẾ HOẠCH`), which
# later in a text is only a heading or a citation. A kind scores its best phrase once; the title is the
# first block matching them in this order (an order's subject before the word `ПРИКАЗ`).
TITLE_BLOCKS = 8
FIRST_LINE = 2.0
FIRST_LINE_KINDS = ("permit",)
"""What a kind whose name is unambiguous adds when the document's very first line names it (`Экологическое
разрешение …` over the plan of measures annexed to it); `План …` is too common a first word to weigh so."""
TITLE_REGION_PHRASES: dict[str, list[tuple[str, float]]] = {
    "permit": [
        (r"^giấy phép môi trường\b", 4.0),
        (r"cấp giấy phép môi trường", 3.5),
        (r"^(комплексное )?экологическое разрешение\b|^разрешение на (эмиссии|воздействие)", 4.0),
        (r"^(кешенді )?экологиялық рұқсат\b|^эмиссияларға рұқсат", 4.0),
        (r"^[^.;:–]{0,80}(?:әсер етуге|эмиссияларға)\s+(?:арналған\s+)?экологиялық рұқсат\s*$", 4.0),  # a Kazakh
        # title names the permit last (`II санаттағы объектіге арналған әсер етуге экологиялық рұқсат`)
    ],
    "pek_programme": [
        (r"^программ\w* пэк\b", 4.0),  # `Программа ПЭК ТОО «…». Раздел 5`, not `Отчет о выполнении программы ПЭК`
        (r"(?:өэб|өндірістік экологиялық бақылау) бағдарламасы(?=\s*[.,;:]|$)", 4.0),  # nominative: the programme
        # itself, not `… бағдарламасының орындалуы туралы есеп` nor `… бағдарламасы бойынша`
    ],
    "regulation": [
        (r"^об утверждении\b", 1.5),
        (r"бекіту туралы$", 1.5),
        (r"^(приказ|постановление|указ|закон|кодекс|федеральный закон|решение маслихата)\b", 2.0),
        (r"(қағидалары|нұсқаулығы|ережесі|тәртібі|заңы|кодексі|бұйрығы|қаулысы)$", 2.5),
        (r"^(бұйрық|қаулы|заң)$", 2.0),
        (r"^(chỉ thị|nghị quyết|thông tư liên tịch)$", 3.0),
    ],
    "work_plan": [
        (r"^(комплексный |сетевой |оперативный )?план\b", 2.5),
        (r"^(план-график|дорожная карта|график)\b", 2.5),
        (r"(іс-шаралар|іс-қимыл|жұмыс) жоспары$|жол картасы$", 2.5),
        (r"^kế hoạch\b|^chương trình hành động\b", 2.5),
    ],
}
# Terms of a kind's own subject matter, counted anywhere in the text: a programme whose tables a text dump
# has flattened still speaks of emission sources, waste codes and monitoring of emissions. Each distinct
# term found adds its weight once.
BODY_TERMS: dict[str, list[tuple[str, float]]] = {
    "pek_programme": [
        (r"мониторинг\w* эмисси|эмиссиялар мониторинг", 0.75),
        (r"операционн\w* мониторинг|өндірістік мониторинг", 0.75),
        (r"мониторинг\w* воздействи|әсер мониторинг", 0.75),
        (r"источник\w* (выброс|загрязнени)|шығарынды көз", 0.75),
        (r"код\w* отход|қалдық\w* код", 0.5),
        (r"внутренн\w* провер|ішкі тексер", 0.5),
        (r"точк\w* отбора проб|контрольн\w* точ|бақылау нүкте", 0.5),
        (r"периодичност\w* (контроля|мониторинга|замеров)|бақылау кезеңділігі", 0.5),
    ],
}
BODY_CAP = 3.0
_COMPILED = {kind: [(re.compile(p, re.M), w) for p, w in ps] for kind, ps in TITLE_PHRASES.items()}
_BODY = {kind: [(re.compile(p), w) for p, w in ps] for kind, ps in BODY_TERMS.items()}
_TITLE_REGION = {kind: [(re.compile(p, re.M), w) for p, w in ps] for kind, ps in TITLE_REGION_PHRASES.items()}
_PEK_TABLE = re.compile(
    r"код\w* отход|источник\w* выброс|като|бин|контрольн\w* точ|точк\w* отбора|створ"
    r"|қалдық\w* код|шығарынды көз|қато|бсн|бақылау нүкте"
)
_ARTICLE = re.compile(r"^(статья|điều|article|глава|chương|chapter)\s+[\dIVXLC]+|^\d+[-‐](бап|тарау)", re.I)
_BARE_ARTICLE = re.compile(r"^(?:статья|điều|article)\s+\d+(?:-\d+)?\.?$|^\d+\s*[-‐]?\s*бап\.?$", re.I)
"""An article's number alone on its line, which the reader leaves a paragraph (`Статья 1`)."""
_DATE_WORDS = re.compile(
    r"(?:от|ngày)\s+(\d{1,2})[\s.]+(\d{1,2}|[а-яё]+|tháng\s+\d{1,2})[\s.,]+(?:năm\s+)?(\d{4})", re.I
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(), start=1
    )
}
_LEGAL_BASIS = re.compile(r"^\s*(căn cứ|согласно|в соответствии|на основании|руководствуясь|сәйкес)", re.I)
_NUMBER = re.compile(r"№\s*([\w/.\-]+\d[\w/.\-]*)|\bsố[:\s]+(\d+[\w/.\-]*)", re.I)


@dataclass(frozen=True)
class Classification:
    kind: str
    scores: dict[str, float]
    title: str | None
    number: str | None
    date: str | None
    year: int | None = None
    """The year the document applies to: "Период действия: 2027г.", "на 2022 год", "năm 2024"."""


def classify(doc: Document) -> Classification:
    scores = {kind: 0.0 for kind in TITLE_PHRASES}
    head_blocks = [b for b in doc.blocks[:40] if b.kind != BlockKind.TABLE]
    head_text = "\n".join(b.text.lower() for b in head_blocks[:25])
    head_flat = " ".join(head_text.split())  # a title broken over two blocks (a scan's lines) reads as one
    for kind, patterns in _COMPILED.items():
        for pattern, weight in patterns:
            if pattern.search(head_text) or (
                not pattern.pattern.startswith("^") and pattern.search(head_flat)
            ):
                scores[kind] += weight
    title_text = "\n".join(" ".join(b.text.lower().split()) for b in head_blocks[:TITLE_BLOCKS])
    first_line = title_text.split("\n", 1)[0]
    for kind, patterns in _TITLE_REGION.items():
        found = [weight for pattern, weight in patterns if pattern.search(title_text)]
        scores[kind] += max(found, default=0.0)
        if kind in FIRST_LINE_KINDS and any(pattern.search(first_line) for pattern, _ in patterns):
            scores[kind] += FIRST_LINE  # a permit that names itself first is one, whatever plan it carries
    body = " ".join(" ".join(b.text.lower().split()) for b in doc.blocks if b.kind != BlockKind.TABLE)
    for kind, terms in _BODY.items():
        scores[kind] += min(BODY_CAP, sum(weight for pattern, weight in terms if pattern.search(body)))
    tables = doc.tables()
    pek_tables = sum(1 for t in tables if t.caption and _PEK_TABLE.search(" ".join(t.header).lower()))
    scores["pek_programme"] += min(pek_tables, 6) * 1.0
    articles = sum(
        1
        for b in doc.blocks
        if (b.kind == BlockKind.HEADING and _ARTICLE.match(b.text.strip()))
        or (b.kind == BlockKind.PARAGRAPH and _BARE_ARTICLE.match(b.text.strip()))
    )
    scores["regulation"] += min(articles, 10) * 0.6
    if _has_conclusions_list(doc):
        scores["scoping_conclusion"] += 2.0
    regulator = scores["permit"] > 0 or scores["scoping_conclusion"] > 0
    if any(_is_task_table(t) and not (regulator and condition_columns(t) is not None) for t in tables):
        scores["work_plan"] += 3.0  # (a permit's or a conclusion's table of conditions is no plan)
    kind, best = max(scores.items(), key=lambda kv: kv[1])
    if best < 2.0:
        kind = "other"
    title = _title(doc, kind)
    number, date = _number_and_date(doc, title)
    return Classification(kind, scores, title, number, date, _year(doc, title))


_YEAR = re.compile(
    r"(?:период\w* действия|на|năm|for|in)\s*[:\-–]?\s*(?:с\s+\d{2}\.\d{2}\.)?((?:19|20)\d{2})\s*(?:г\.?|год\w*|жыл\w*)?"
    r"|\b((?:19|20)\d{2})\s*(?:ж\.|жыл(?:ға|дарға|ы)\b)",  # Kazakh: "2027 жылға", "2027 ж."
    re.I,
)


def _year(doc: Document, title: str | None) -> int | None:
    """The year in the title block ("Период действия: 2027г.", "План работы … на 2022 год")."""
    texts = ([title] if title else []) + [b.text for b in doc.blocks[:25] if b.kind != BlockKind.TABLE]
    texts += [t.caption for t in doc.tables()[:3] if t.caption]
    for text in texts:
        if _LEGAL_BASIS.match(text):
            continue
        m = _YEAR.search(text)
        if m:
            start = _RANGE_START.search(text[: m.start(1) if m.group(1) else m.start(2)])
            return int(start.group(1)) if start else int(m.group(1) or m.group(2))
    return None


_RANGE_START = re.compile(r"((?:19|20)\d{2})\s*[-–—]\s*$")
"""`на 2025–2027 годы`, `2025-2026 жылдарға`: a plan for several years starts in the first."""


def _is_task_table(table) -> bool:
    """A table of tasks with deadlines or the bodies responsible (`extractor.tables.task_columns`)."""
    roles = column_roles(table)
    if {"task", "deadline"} <= roles.keys() or {"task", "responsible"} <= roles.keys():
        return True

    # headers the shared roles miss (`Nhiệm vụ | … | Tiến độ`): tasks and their deadlines both
    columns = task_columns(table)
    return columns is not None and columns.deadline is not None and names_tasks(table, columns)


def _has_conclusions_list(doc: Document) -> bool:
    """A "Выводы"/"Қорытынды" passage followed by numbered items: the regulator's requirements."""
    for i, b in enumerate(doc.blocks):
        if re.match(r"^\s*(выводы|қорытынды|kết luận)\b", b.text, re.I):
            following = doc.blocks[i + 1 : i + 6]
            return any(x.kind == BlockKind.LIST_ITEM and x.label == "1" for x in following)
    return False


_PLACEHOLDER_TITLE = re.compile(
    r"^\(?(?:anonymous|untitled|без названия|документ\s*\d*|document\s*\d*)\)?$|^microsoft word\b|\.(?:docx?|rtf|odt|pdf)$",
    re.I,
)
"""Titles that writers put in a file's properties by themselves (`(anonymous)`, `Microsoft Word - x.docx`)."""


def _title(doc: Document, kind: str) -> str | None:
    if doc.metadata.title and not _PLACEHOLDER_TITLE.search(doc.metadata.title.strip()):
        return doc.metadata.title
    candidates = [
        b for b in doc.blocks[:30] if b.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and b.text.strip()
    ]
    region = candidates[:TITLE_BLOCKS]
    for pattern, _ in _TITLE_REGION.get(kind, []):
        for k, b in enumerate(region):
            if pattern.search(" ".join(b.text.lower().split())):
                return _trim(_with_subject(b.text, region[k + 1 : k + 2]))
    for pattern, _ in _COMPILED.get(kind, []):
        for k, b in enumerate(candidates):
            if pattern.search(b.text.lower()):
                return _trim(_with_subject(b.text, candidates[k + 1 : k + 2]))
    headings = [b for b in candidates if b.kind == BlockKind.HEADING]
    if headings:
        return _trim(headings[0].text)
    return _trim(candidates[0].text) if candidates else None


def _with_subject(text: str, following: list) -> str:
    """`THÔNG TƯ`, `ПРИКАЗ`, `KẾ HOẠCH` alone name only the kind of act: its title goes on in the next
    line (`Quy định kỹ thuật …`, `Об утверждении Правил …`), unless that line is the issuer's or the date's."""
    words = text.split()
    if len(words) > 2 or not following or not text.isupper():
        return text
    nxt = " ".join(following[0].text.split())
    if not nxt or nxt.isupper() or re.match(r"(?:от|số|№)\s|\d", nxt, re.I) or _LEGAL_BASIS.match(nxt):
        return text
    return f"{' '.join(words)} {nxt}"


def _trim(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number_and_date(doc: Document, title: str | None) -> tuple[str | None, str | None]:
    number, date = doc.metadata.number, doc.metadata.date
    if number and date:
        return number, date
    head = []
    for b in doc.blocks[:6]:
        if b.kind == BlockKind.TABLE or _LEGAL_BASIS.match(b.text) or _ARTICLE.match(b.text.strip()):
            break  # citations of other acts (in the preamble, in the first article) carry their numbers and dates
        head.append(b.text)
    text = " ".join(head)
    if title and title not in text:
        text = title + " " + text
    if not number and (m := _NUMBER.search(text)):
        number = m.group(1) or m.group(2)
    if not date and (m := _DATE_WORDS.search(text)):
        date = _iso(*m.groups())
    if not date:
        date = _kazakh_date(text)
    return number, date


def _kazakh_date(text: str) -> str | None:
    """`2024 жылғы 12 наурыздағы` (year, day, month in the locative): a Kazakh act's date."""
    months = lang.get("kk", "MONTHS", {})
    m = re.search(
        rf"((?:19|20)\d{{2}})\s+ж(?:ылғы|\.)\s+(\d{{1,2}})\s*[-‐]?\s*({lang.alternation(months.keys())})",
        text,
        re.IGNORECASE,
    )
    if not m:
        return None
    month = lang.lookup(months, m.group(3))
    if not month or not 1 <= int(m.group(2)) <= 31:
        return None
    return f"{int(m.group(1)):04d}-{int(month):02d}-{int(m.group(2)):02d}"


def _iso(day: str, month: str, year: str) -> str | None:
    month = month.lower().replace("tháng", "").strip()
    m = int(month) if month.isdigit() else _MONTHS.get(month)
    if not m or not 1 <= m <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{int(day):02d}"
