"""Regulations (laws, codes, orders, circulars, rules): every provision that obliges, forbids or permits.

Stages: blocks → provisions (the article / clause / point structure) →
obligations (the provisions whose main clause carries a deontic marker, see
`extractor.nlp.deontic`, outside articles of definitions, scope and entry
into force).

Articles come from heading blocks whose number names one (`Статья 12.`,
`5-бап.`, `Điều 5.`); clauses (`1.`: пункт, тармақ, khoản) and points (`а)`,
`1)`: подпункт, тармақша, điểm) from list items and their nesting level. A
paragraph or a bullet continues the open item, or stands alone in an article
without numbered clauses (its number is then None: it has none of its own).

A clause that ends with ":" and has points is a lead-in. It is not emitted
itself; each point's text starts with it, so that every obligation reads on
its own and inherits the lead-in's actor and modality (`Cán bộ … có trách
nhiệm: a) Thực hiện …` → actor `Cán bộ …`, modality `must`, number `6.1.a`).
Figures stay in the text (`5 ± 3 oC`, `30 ngày`): the contract has no field for them.

What the genre writes besides markers: an article number alone on its line with
its title on the next (`Статья 4` / `Обязанности …`), a PDF heading run on into
the first clause (`Điều 5. Lưu giữ … 1. Chủ nguồn thải …`), duties in the
normative present (`Оператор ведет журнал`, `… жүргізеді`) and an order's
directives (`Комитету … обеспечить`, `… қамтамасыз етсін`), articles titled as
someone's duties whose clauses are bare verbs (`Trách nhiệm của Sở …: 1. Kiểm
tra …`), editors' notes (`Сноска. …`) and the formula that closes an order's
preamble (`ПРИКАЗЫВАЮ:`), which leads into nothing. An act that issues a plan
gives the plan's task rows too (`extractor.extractors.work_plan`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor import contract as c
from extractor.context import Collector, Context, frequency, substances_in
from extractor.model import Block, BlockKind, Document
from extractor.nlp import deontic
from extractor.nlp.deadlines import find_deadline
from extractor.parsers.structure import looks_like_title

SPECIAL_KINDS = ("reporting", "monitoring", "inspection", "waste")
"""Obligation kinds read from the action's words, in order of precedence; else `requirement`."""
ACTION_WORDS = 8
"""How many words after the marker say what the action is (`phải báo cáo …`); later words are its details."""


@dataclass(frozen=True)
class Provision:
    """One article paragraph, clause or point, with the lead-ins above it."""

    article: str | None
    labels: tuple[str, ...]
    """Clause, point, … labels below the article (`("2", "a")`)."""
    text: str
    leads: tuple[str, ...]
    """Texts of the enclosing items, outermost first."""
    block: int
    excluded: bool
    """In an article of definitions, scope or entry into force."""
    has_children: bool
    tail: str | None = None
    """The text of the last item of its list: Kazakh closes an enumeration with its verb
    (`операторлары: 1) …өлшеуге; 2) … беруге міндетті.`), which every item shares."""
    article_title: str = ""
    """The title of its article (`Обязанности недропользователей`, `Trách nhiệm của …`)."""

    @property
    def number(self) -> str | None:
        if not self.labels:
            return None
        return ".".join(([self.article] if self.article else []) + list(self.labels))

    @property
    def is_lead_in(self) -> bool:
        return self.has_children and self.text.rstrip().endswith(":")


@dataclass
class _Open:
    """A provision while its blocks are being read."""

    level: int
    article: str | None
    labels: tuple[str, ...]
    parts: list[str]
    leads: tuple[str, ...]
    block: int
    excluded: bool
    children: int = 0
    parent: _Open | None = None
    title: str = ""
    merged: bool = False
    """A numbered clause read out of its article's heading line."""

    def freeze(self, tail: str | None) -> Provision:
        return Provision(
            self.article,
            self.labels,
            _joined(self),
            self.leads,
            self.block,
            self.excluded,
            self.children > 0,
            tail,
            self.title,
        )


def extract(ctx: Context, out: Collector) -> None:
    for provision in blocks_to_provisions(ctx.doc):
        obligation = provision_to_obligation(provision, ctx)
        if obligation is not None:
            out.add_obligation(obligation)


# ------------------------------------------------------------------ structure


def blocks_to_provisions(doc: Document) -> list[Provision]:
    """The document's provisions in order, each with its article, labels and lead-ins."""
    found: list[_Open] = []
    stack: list[_Open] = []
    article: str | None = None
    title = ""
    excluded = False
    awaiting_title = False
    for i, block in enumerate(doc.blocks):
        if block.kind == BlockKind.TABLE:
            continue
        text = block.text.strip()
        heading = _article_heading(block)
        if heading is not None:
            article, title = heading
            title, label, body = split_merged_title(title) if article is not None else (title, None, "")
            excluded = article is not None and is_excluded_title(title)
            awaiting_title = article is not None and not title
            stack = []
            if body:  # a PDF line run on from the heading into the article's first clause
                node = _Open(-1, article, (label,) if label else (), [body], (), i, excluded, title=title)
                node.merged = label is not None
                found.append(node)
                stack.append(node)
            continue
        if awaiting_title and text:
            awaiting_title = False
            if _is_title_line(block):  # `Статья 4` / `Обязанности недропользователей` on two lines
                title = " ".join(text.split())
                excluded = is_excluded_title(title)
                continue
        if not text or is_editorial_note(text):
            continue
        if block.kind == BlockKind.LIST_ITEM and block.label:
            level = block.level or 0
            while stack and (stack[-1].level >= level or (stack[-1].merged and block.label.isdigit())):
                stack.pop()  # (`2.` after a clause `1.` run on from the heading is its sibling)
            parent = stack[-1] if stack else None
            node = _Open(
                level=level,
                article=article,
                labels=_child_labels(parent.labels if parent else (), block.label),
                parts=[text],
                leads=(parent.leads + (_joined(parent),)) if parent else (),
                block=i,
                excluded=excluded,
                parent=parent,
                title=title,
            )
            if parent is not None:
                parent.children += 1
            found.append(node)
            stack.append(node)
        elif stack:
            stack[-1].parts.append(text)
        else:
            node = _Open(-1, article, (), [text], (), i, excluded, title=title)
            found.append(node)
            if text.endswith(":") and not is_enacting_formula(text):
                stack.append(node)  # an article's lead-in for the items below it
    last_child = {id(node.parent): node for node in found if node.parent is not None}
    return [node.freeze(_tail(node, last_child)) for node in found]


def _tail(node: _Open, last_child: dict[int, _Open]) -> str | None:
    last = last_child.get(id(node.parent)) if node.parent is not None else None
    return _joined(last) if last is not None and last is not node else None


def _joined(node: _Open) -> str:
    return " ".join(" ".join(p.split()) for p in node.parts if p.strip())


def _child_labels(parent: tuple[str, ...], label: str) -> tuple[str, ...]:
    """`5.1` under `5` replaces it rather than giving `5.5.1`."""
    if parent and label.startswith(parent[-1] + "."):
        return parent[:-1] + (label,)
    return parent + (label,)


_RUN_ON_CLAUSE = re.compile(r"^(?P<title>\S.*?)\s+(?P<label>\d{1,3})\.\s+(?P<body>[^\W\d_].*)$")
TITLE_WORDS = 25
"""An article title runs to at most this many words; more after the number is the article's text."""


def split_merged_title(title: str) -> tuple[str, str | None, str]:
    """(title, clause number, text) of a heading line that runs on into the article's text, as PDF
    text often does: `Điều 5. Lưu giữ bùn thải 1. Chủ nguồn thải có trách nhiệm:` → (`Lưu giữ bùn
    thải`, `1`, `Chủ nguồn thải …`). A long title without a clause number is text as a whole
    (`Điều 9. Trách nhiệm của … chịu trách nhiệm kiểm tra …`), kept as the title too."""
    m = _RUN_ON_CLAUSE.match(title)
    if m and len(m.group("title").split()) <= TITLE_WORDS and not re.search(r"[.;:]$", m.group("title")):
        return m.group("title").strip(" .:-–—"), m.group("label"), m.group("body")
    words = title.split()
    if (
        len(words) > TITLE_WORDS
        or re.search(r"[.;:]\s+\S", title)
        or title.endswith(":")
        or (len(words) > 8 and title.endswith((".", ";")))
    ):
        return " ".join(words[:TITLE_WORDS]).strip(" .:-–—"), None, title
    return title.strip(" .:-–—"), None, ""


def _article_heading(block: Block) -> tuple[str | None, str] | None:
    """(article number or None, title) when the block opens a new part of the text: a heading
    (an article's, or a chapter's, which closes the article before it), or a paragraph that is an
    article heading the reader did not mark (`Статья 1` alone on its line, `5-бап` without its
    full stop, `Статья 12 Оценка …`)."""
    if block.kind == BlockKind.HEADING:
        number = article_number(block)
        return number, heading_title(block, strip_end=False) if number is not None else ""
    if block.kind != BlockKind.PARAGRAPH:
        return None
    text = " ".join(block.text.split())
    for pattern in _article_line_patterns():
        m = pattern.match(text)
        if not m:
            continue
        title = m.group("title") or ""
        if not title or looks_like_title(title):
            return m.group("number").rstrip(".-‐"), title.strip(" .:-–—")
        if title[0].isupper() and split_merged_title(title)[2]:
            return m.group("number").rstrip(".-‐"), title  # heading, title and text on one PDF line
    return None


@cache
def _article_line_patterns() -> tuple[re.Pattern[str], ...]:
    """`Статья 5`, `Điều 5:`, `СТАТЬЯ 5` (word first) and `5-бап`, `5 бап` (number first), with an optional title."""
    number = r"(?P<number>\d+(?:[.\-‐]\d+)*[a-zđ]?)"
    out = []
    for word in deontic.words("ARTICLE_WORDS"):
        cap = f"(?:{word[0].upper()}(?i:{word[1:]})|(?-i:{word.upper()}))"
        out.append(re.compile(rf"^{cap}\s+{number}[.:]?(?:\s+(?P<title>.+))?$"))
        out.append(re.compile(rf"^{number}\s*[-‐]?\s*(?i:{word})[.:]?(?:\s+(?P<title>.+))?$"))
    return tuple(out)


def _is_title_line(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        and block.label is None
        and looks_like_title(block.text)
    )


def article_number(block: Block) -> str | None:
    """`Điều 5.` → `5`, `Статья 12-1.` → `12-1`, `5-бап.` → `5`; None for other headings."""
    number = block.number or ""
    words = deontic.words("ARTICLE_WORDS")
    if not words or not re.search(r"(?<![^\W_])(?:" + "|".join(words) + r")", number, re.IGNORECASE):
        return None
    m = re.search(r"\d+(?:[.\-‐]\d+)*[a-zđ]?", number)
    return m.group().rstrip(".-‐") if m else None


def heading_title(block: Block, strip_end: bool = True) -> str:
    """The heading's text after its number (`Điều 4. Giải thích từ ngữ` → `Giải thích từ ngữ`); with
    `strip_end` False its closing punctuation stays (a run-on clause may end its lead-in with `:`)."""
    text = " ".join(block.text.split())
    number = " ".join((block.number or "").split())
    if number and text.startswith(number):
        text = text[len(number) :]
    return text.strip(" .:-–—") if strip_end else text.lstrip(" .:-–—").rstrip()


def is_excluded_title(title: str) -> bool:
    """Definitions, scope, subjects, entry into force: articles that oblige no one (unless the title
    names duties too: `Hiệu lực và trách nhiệm thi hành`)."""
    return (
        _matches(deontic.words("EXCLUDED_ARTICLE_TITLES"), title) and deontic.title_modality(title) != "must"
    )


def is_editorial_note(text: str) -> bool:
    """`Сноска. …`, `Ескерту. …`: an editor's note on the article's amendments, not a provision."""
    return any(re.match(rf"(?:{p})\s*[.:!]", text, re.IGNORECASE) for p in deontic.words("EDITORIAL_NOTES"))


def is_enacting_formula(text: str) -> bool:
    """`… ПРИКАЗЫВАЮ:`, `… БҰЙЫРАМЫН:`, `QUYẾT ĐỊNH:`: the end of an order's preamble."""
    last = " ".join(text.rstrip(" :").split()[-3:])
    return any(
        re.search(rf"(?<![^\W_])(?:{p})$", last, re.IGNORECASE) for p in deontic.words("ENACTING_WORDS")
    )


def is_definition_lead_in(text: str) -> bool:
    return _matches(deontic.words("DEFINITION_LEADINS"), text)


def _matches(patterns: tuple[str, ...], text: str) -> bool:
    lowered = " ".join(text.lower().split())
    return any(re.search(p, lowered, re.IGNORECASE) for p in patterns)


# ------------------------------------------------------------------ obligations


def provision_to_obligation(p: Provision, ctx: Context) -> c.Obligation | None:
    """The obligation a provision states, or None when it obliges, forbids and permits nothing."""
    if p.excluded or p.is_lead_in or any(is_definition_lead_in(lead) for lead in p.leads):
        return None
    own_leads = [lead for lead in p.leads if lead.rstrip().endswith(":")]
    text = " ".join([*own_leads, p.text])
    found_frequency = frequency(text)
    deadline = find_deadline(text)
    langs = provision_languages(p, ctx.doc)
    lang, modality = next(((la, m) for la in langs if (m := provision_modality(p, la))), (None, None))
    actor = provision_actor(p, lang) if modality else None
    if modality is None:
        duty = next(((la, d) for la in langs if (d := provision_duty(p, la))), None)
        if duty is not None:
            lang, modality, actor = duty[0], duty[1].modality, duty[1].actor
    if (
        modality is None
        and (titled := deontic.title_modality(p.article_title))
        and _states_something(p, langs)
    ):
        # `Обязанности недропользователей`, `Trách nhiệm của Sở …`: the title obliges whom it names
        title_lang = langs[0] if langs else None
        titled_actor = provision_actor(p, title_lang) or deontic.title_actor(p.article_title)
        if titled_actor:
            lang, modality, actor = title_lang, titled, titled_actor
    if modality is None and (
        deadline or (found_frequency and found_frequency.word not in (None, "continuous"))
    ):
        lang, modality = (
            (langs[0] if langs else None),
            "must",
        )  # a due time prescribes (`liên tục` may only describe)
        actor = provision_actor(p, lang)
    if modality is None:
        return None
    return c.Obligation(
        id="",
        kind=kind_of(modality, text, lang),
        text=text,
        modality=modality,
        number=p.number,
        article=p.article,
        actor=actor,
        frequency=found_frequency.word if found_frequency else None,
        rrule=found_frequency.rrule if found_frequency else None,
        deadline=deadline.raw if deadline else None,
        substances=named_substances(text),
        legal_refs=ctx.legal_refs(text),
        provenance=ctx.block_provenance(p.block),
        language=ctx.doc.blocks[p.block].language or ctx.doc.language,
    )


def _chain(p: Provision, lang: str | None) -> list[str]:
    """Where a provision's modality and actor are looked for: itself, its lead-ins nearest first,
    and in a verb-final language the last item of its list, whose verb closes the enumeration."""
    tail = [p.tail] if p.tail and deontic.verb_final(lang) else []
    return [p.text, *reversed(p.leads), *tail]


def provision_modality(p: Provision, lang: str | None) -> str | None:
    """The first modality along the chain. (A provision with a deadline or a frequency but no
    marker, `Сведения представляются ежеквартально, до 10 числа …`, prescribes too: the caller
    makes it `must`.)"""
    return _first(deontic.modality(t, lang) for t in _chain(p, lang))


def provision_duty(p: Provision, lang: str | None) -> deontic.Duty | None:
    """A duty the provision states without a marker (`Оператор объекта ведет журнал`), looked for
    along the chain like a marker; an item takes the actor its lead-in opens with."""
    leads = [lead for lead in reversed(p.leads) if lead.rstrip().endswith(":")]
    lead_subject = _first(deontic.subject(lead, lang) for lead in leads)
    return _first(deontic.implicit_duty(t, lang, lead_subject) for t in _chain(p, lang))


def _states_something(p: Provision, langs: list[str]) -> bool:
    """A sentence of a few words that does not itself speak of duty: a marker that a negation or a
    condition cancelled (`Оператор не обязан …`) keeps the article's title from obliging."""
    return len(p.text.split()) >= 3 and not any(deontic.has_marker(p.text, la) for la in langs)


def provision_actor(p: Provision, lang: str | None) -> str | None:
    """The subject before a marker along the chain, else the subject a lead-in opens with."""
    found = _first(deontic.actor(t, lang) for t in _chain(p, lang))
    leads = [lead for lead in reversed(p.leads) if lead.rstrip().endswith(":")]
    return found or _first(deontic.subject(lead, lang) for lead in leads)


def provision_languages(p: Provision, doc: Document) -> list[str]:
    """The block's language, then the document's, as far as the deontic data know them
    (a short Kazakh line may be detected as Russian, a Russian quote may sit in a Kazakh text)."""
    found = [doc.blocks[p.block].language, doc.language]
    return [la for la in dict.fromkeys(found) if la and deontic.data(la) is not None]


def kind_of(modality: str, text: str, lang: str | None) -> str:
    """`prohibition` for must-not; else what the action (after the marker) is about, or `requirement`."""
    if modality == "must_not":
        return "prohibition"
    action = deontic.action(text, lang, ACTION_WORDS)
    kinds = deontic.table("KIND_WORDS", lang) if lang else {}
    for kind in SPECIAL_KINDS:
        if _matches(tuple(kinds.get(kind, ())), action):
            return kind
    return "requirement"


def named_substances(text: str) -> tuple[c.Substance, ...]:
    """Chemical substances named in the text, each once (physical parameters need a medium, so none here)."""
    seen: dict[tuple, c.Substance] = {}
    for substance, _ in substances_in(text):
        seen.setdefault((substance.code, substance.symbol, substance.name), substance)
    return tuple(seen.values())


def _first(values) -> str | None:
    return next((v for v in values if v), None)
