"""Deontic modality and the obliged subject of a provision, in RU, KK and VI.

A provision obliges, forbids or permits when its main clause carries a
deontic marker (`обязан`, `тиіс`, `phải`, `запрещается`, `không được`,
`вправе`, `được phép` …). The markers, their negations and the nouns that head
an obliged subject are language data (`lang/deontic_*.py`); this module finds
them and drops the markers that are not the main clause's own:

- markers in a condition (`Trường hợp … phải … thì …`: before `thì`);
- markers in a relative clause (`сведения, которые должны …`; after a determiner:
  `xác định các thông số cần đo`);
- markers inside a subject that a copula defines (`Thông số cần thu … là …`);
- the passive `được` (`được cấp`, `được quy định`, `được hiểu`): a permission
  only after an obliged subject and before a verb that is not a usual passive.

A negation switches a marker to its negated meaning (`не обязан`: no
obligation; `не должен`: must not; `không được`: must not).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Any, Final

MODALITIES: Final = ("must", "must_not", "may")
LANGUAGES: Final = ("ru", "kk", "vi")
"""Languages with deontic data (`lang/deontic_<code>.py`)."""

MAX_ACTOR_WORDS: Final = 40
"""Vietnamese counts syllables as words: a subject listing several bodies runs to thirty and more."""
RELATIVE_CLAUSE_WORDS: Final = 6
"""At most this many words between a determiner and a marker of a relative clause (`các thông số cần`)."""
COPULA_WORDS: Final = 6
"""At most this many words between a marker and a copula that makes it part of a defined subject."""

_EDGE: Final = r"(?<![^\W_])(?:{})(?![^\W_])"
_STRONG: Final = ("must", "must_not")


@dataclass(frozen=True)
class Marker:
    """A deontic marker of a main clause: where it is (offsets into the NFC form of the text
    searched; a negation that switched it is included) and what it means."""

    start: int
    end: int
    modality: str
    text: str
    clause_start: int


@dataclass(frozen=True)
class _Rules:
    """One language's data, compiled; a name the language leaves out is None (or matches nothing)."""

    markers: tuple[tuple[re.Pattern[str], str, str | None, bool], ...]
    negation_before: re.Pattern[str] | None
    negation_after: re.Pattern[str] | None
    passive_before: re.Pattern[str] | None
    passive_after: re.Pattern[str] | None
    condition_end: re.Pattern[str] | None
    copula: re.Pattern[str] | None
    determiner: re.Pattern[str] | None
    relative_pronoun: re.Pattern[str] | None
    quantifiers: re.Pattern[str] | None
    heads: re.Pattern[str] | None
    oblique_head: re.Pattern[str] | None
    premodifier: re.Pattern[str]
    preposition: re.Pattern[str] | None
    max_premodifiers: int
    cut: re.Pattern[str] | None
    boundary: re.Pattern[str]
    head_final: bool


# ------------------------------------------------------------------ data


@cache
def data(lang: str | None) -> ModuleType | None:
    """The deontic data module of a language, or None when there is none."""
    if lang not in LANGUAGES:
        return None
    return import_module(f"extractor.nlp.lang.deontic_{lang}")


def verb_final(lang: str | None) -> bool:
    """Whether the marker closes the sentence (`… жүргізуге міндетті`), as in Kazakh."""
    module = data(lang)
    return module is not None and getattr(module, "WORD_ORDER", "svo") == "sov"


def words(name: str, lang: str | None = None) -> tuple[Any, ...]:
    """A tuple of the data of one language, or of all languages concatenated when `lang` is None."""
    codes = (lang,) if lang else LANGUAGES
    out: list[Any] = []
    for code in codes:
        module = data(code)
        if module is not None:
            out.extend(getattr(module, name, ()))
    return tuple(out)


def table(name: str, lang: str | None = None) -> dict[Any, Any]:
    """A dictionary of the data of one language, or of all languages merged when `lang` is None."""
    codes = (lang,) if lang else LANGUAGES
    out: dict[Any, Any] = {}
    for code in codes:
        module = data(code)
        if module is not None:
            out.update(getattr(module, name, {}))
    return out


def _alt(patterns: tuple[str, ...]) -> str | None:
    return "(?:" + "|".join(patterns) + ")" if patterns else None


def _compile(template: str, patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    alt = _alt(patterns)
    return re.compile(template.format(alt), re.IGNORECASE) if alt else None


@cache
def _rules(lang: str | None) -> _Rules | None:
    module = data(lang)
    if module is None:
        return None
    get = lambda name: tuple(getattr(module, name, ()))  # noqa: E731
    ambiguous = get("AMBIGUOUS_PERMISSION")
    markers = tuple(
        (re.compile(_EDGE.format(p), re.IGNORECASE), mod, neg, p in ambiguous)
        for p, mod, neg in get("MARKERS")
    )
    boundaries = (r",", *(_EDGE.format(w) for w in get("CONDITION_END") + get("SUBJECT_BOUNDARIES")))
    return _Rules(
        markers=markers,
        negation_before=_compile(r"(?<![^\W_]){}\s+$", get("NEGATION_BEFORE")),
        negation_after=_compile(r"^\s+{}(?![^\W_])", get("NEGATION_AFTER")),
        passive_before=_compile(r"(?<![^\W_]){}\s+$", get("PASSIVE_BEFORE")),
        passive_after=_compile(r"^\s+{}(?![^\W_])", get("PASSIVE_AFTER")),
        condition_end=_compile(_EDGE, get("CONDITION_END")),
        copula=_compile(_EDGE, get("COPULA")),
        determiner=_compile(_EDGE, get("NOUN_DETERMINERS")),
        relative_pronoun=_compile(r"^\s*{}(?![^\W_])", get("RELATIVE_PRONOUNS")),
        quantifiers=_compile(r"^\s*(?:{}\s*)*$", get("QUANTIFIERS")),
        heads=_compile(_EDGE, get("ACTOR_HEADS")),
        oblique_head=_compile(r"^{}$", get("ACTOR_OBLIQUE_HEADS")),
        premodifier=re.compile(_alt(get("ACTOR_PREMODIFIERS")) or "(?!)", re.IGNORECASE),
        preposition=_compile(r"(?<![^\W_]){}\s+$", get("ACTOR_PREPOSITIONS")),
        max_premodifiers=getattr(module, "ACTOR_MAX_PREMODIFIERS", 3),
        cut=_compile(r"(?:^|(?<=\s)|(?=,)){}(?:(?<=\W)|(?![^\W_]))", get("ACTOR_CUT")),
        boundary=re.compile("|".join(boundaries), re.IGNORECASE),
        head_final=getattr(module, "WORD_ORDER", "svo") == "sov",
    )


# ------------------------------------------------------------------ clauses


def nfc(text: str) -> str:
    """Composed Unicode: documents mix `ó` as one character and as `o` + accent, the data is composed."""
    return unicodedata.normalize("NFC", text)


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a text: split at `; : ! ?` and at a full stop before a capital."""
    spans, start = [], 0
    for m in re.finditer(r"[.;:!?](?=\s|$)", text):
        if m.group() == "." and not _capital_follows(text, m.end()):
            continue  # `ст. 5`, `т.е. оператор`: an abbreviation, not a sentence end
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _capital_follows(text: str, pos: int) -> bool:
    rest = text[pos:].lstrip(' \t\n"«(“')
    return not rest or rest[0].isupper()


# ------------------------------------------------------------------ markers


def markers(text: str, lang: str | None) -> list[Marker]:
    """The deontic markers of the main clauses of `text`, in order; offsets are into `nfc(text)`."""
    rules = _rules(lang)
    if rules is None or not text:
        return []
    text = nfc(text)
    out = []
    for cs, ce in clauses(text):
        clause = text[cs:ce]
        for start, end, modality in _clause_markers(clause, rules):
            out.append(Marker(cs + start, cs + end, modality, clause[start:end], cs))
    return out


def _raw(clause: str, rules: _Rules) -> list[tuple[int, int, str, str | None, bool]]:
    """Every marker match, overlaps resolved in favour of the earlier, then the longer one."""
    found = [
        (m.start(), m.end(), mod, neg, amb)
        for pattern, mod, neg, amb in rules.markers
        for m in pattern.finditer(clause)
    ]
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    chosen: list[tuple[int, int, str, str | None, bool]] = []
    for f in found:
        if not chosen or f[0] >= chosen[-1][1]:
            chosen.append(f)
    return chosen


def _clause_markers(clause: str, rules: _Rules) -> list[tuple[int, int, str]]:
    out = []
    for start, end, modality, negated_modality, ambiguous in _raw(clause, rules):
        before, after = clause[:start], clause[end:]
        negation = _negation(before, after, rules)
        if negation is not None:
            if negated_modality is None:
                continue
            modality = negated_modality
            start, end = min(start, negation[0]), max(end, negation[1])
            before = clause[:start]
        elif ambiguous and not _permission(before, after, rules):
            continue
        if _in_condition(before, after, rules) or _in_relative_clause(before, rules):
            continue
        if _in_defined_subject(after, rules):
            continue
        out.append((start, end, modality))
    return out


def _negation(before: str, after: str, rules: _Rules) -> tuple[int, int] | None:
    """Span (in clause offsets) of a negation right before or after a marker, or None."""
    if rules.negation_before is not None and (m := rules.negation_before.search(before)):
        return m.start(), m.start()
    end = len(before)
    if rules.negation_after is not None and (m := rules.negation_after.match(after)):
        return end, end + m.end()
    return None


def _permission(before: str, after: str, rules: _Rules) -> bool:
    """An ambiguous permission word (`được`) is one only after an obliged subject, not as a passive."""
    if rules.passive_before is not None and rules.passive_before.search(before):
        return False
    if rules.passive_after is not None and rules.passive_after.match(after):
        return False
    return _subject(before, rules) is not None


def _in_condition(before: str, after: str, rules: _Rules) -> bool:
    """Before the first `thì` of its clause: part of the condition, not of what follows from it."""
    if rules.condition_end is None:
        return False
    return bool(rules.condition_end.search(after)) and not rules.condition_end.search(before)


def _in_relative_clause(before: str, rules: _Rules) -> bool:
    """`сведения, которые должны …`: a relative pronoun opens the marker's segment; `… xác định các
    thông số cần đo`: a determiner inside the clause opens a noun group the marker describes."""
    segment = before[_last_boundary(before, rules) :]
    if rules.relative_pronoun is not None and rules.relative_pronoun.match(segment):
        return True
    if rules.determiner is None:
        return False
    found = list(rules.determiner.finditer(segment))
    if not found:
        return False
    det = found[-1]
    between = segment[det.end() :].split()
    if not between or len(between) > RELATIVE_CLAUSE_WORDS:
        return False
    prefix = segment[: det.start()]
    if not prefix.strip():
        return False  # the determiner opens the clause: it is the subject's (`Các cơ quan phải …`)
    if rules.quantifiers is not None and rules.quantifiers.match(prefix):
        return False
    return not _inside_subject(prefix, rules)


def _inside_subject(prefix: str, rules: _Rules) -> bool:
    """Whether the words before a determiner are an obliged subject's, not a verb's that governs an
    object (`xác định các thông số cần đo`): an obliged head alone (`Thủ trưởng các đơn vị`), or the
    capitalised name of a body (`Giám đốc Sở Tài nguyên và Môi trường các tỉnh`)."""
    words = prefix.split()
    if not words or rules.heads is None or not rules.heads.match(prefix.strip()):
        return False
    return bool(rules.heads.fullmatch(prefix.strip())) or any(w[0].isupper() for w in words[1:])


def _in_defined_subject(after: str, rules: _Rules) -> bool:
    """`Thông số cần thu để kiểm định là …`: a copula after the marker makes the marker part of the subject."""
    if rules.copula is None:
        return False
    m = rules.copula.search(after)
    if not m:
        return False
    between = after[: m.start()]
    if re.search(r"[,;:()]", between):
        return False
    n = len(between.split())
    return 0 < n <= COPULA_WORDS


def _last_boundary(text: str, rules: _Rules) -> int:
    ends = [m.end() for m in rules.boundary.finditer(text)]
    return ends[-1] if ends else 0


# ------------------------------------------------------------------ modality


def modality(text: str, lang: str | None) -> str | None:
    """`must`, `must_not` or `may` from the main clauses' markers; None when nothing obliges or permits.

    An obligation or a prohibition outweighs a permission in the same text
    (`вправе …, но обязан …` is an obligation); between the two, the first wins.
    """
    found = markers(text, lang)
    for m in found:
        if m.modality in _STRONG:
            return m.modality
    return "may" if found else None


def main_marker(text: str, lang: str | None) -> Marker | None:
    """The marker that gives `modality(text)`."""
    found = markers(text, lang)
    strong = [m for m in found if m.modality in _STRONG]
    return (strong or found or [None])[0]


def kinds_named(text: str, lang: str | None) -> set[str]:
    """The kinds of duty a text's words name in its language (`отчет` reporting, `осмотр` inspection):
    the KIND_WORDS of the language data; none without a language."""
    kinds = table("KIND_WORDS", lang) if lang else {}
    return {kind for kind, patterns in kinds.items() if any(re.search(p, text, re.IGNORECASE) for p in patterns)}


def action(text: str, lang: str | None, n_words: int = 8) -> str:
    """The words that say what is to be done: those after the main marker, or before it in a
    verb-final language (`… есеп беруге міндетті`); the whole text when there is no marker."""
    rules = _rules(lang)
    text = nfc(text)
    marker = main_marker(text, lang)
    if rules is None or marker is None:
        return text
    if rules.head_final:
        return " ".join(text[marker.clause_start : marker.start].split()[-n_words:])
    return " ".join(text[marker.end :].split()[:n_words])


# ------------------------------------------------------------------ actor


def actor(text: str, lang: str | None) -> str | None:
    """The subject obliged (or permitted) to act, as written; None when no clear subject stands before a marker.

    `Cán bộ thu mẫu có trách nhiệm …` → `Cán bộ thu mẫu`; `Оператор объекта,
    указанный в пункте 2, обязан …` → `Оператор объекта`; `I және II санаттағы
    объектілердің операторлары … міндетті` → `I және II санаттағы объектілердің операторлары`.
    """
    rules = _rules(lang)
    if rules is None:
        return None
    text = nfc(text)
    found = markers(text, lang)
    found.sort(key=lambda m: (m.modality not in _STRONG, m.start))
    for m in found:
        subject = _subject(text[m.clause_start : m.start], rules)
        if subject:
            return subject
    return None


def subject(text: str, lang: str | None) -> str | None:
    """The obliged subject that opens a lead-in without a marker of its own
    (`I және II санаттағы объектілердің операторлары:`, whose verb closes the list below it)."""
    rules = _rules(lang)
    if rules is None:
        return None
    return _subject(nfc(text).rstrip(" :"), rules)


def _subject(before: str, rules: _Rules) -> str | None:
    """The noun group before a marker that opens with an obliged head (after at most a few modifiers)."""
    if rules.heads is None:
        return None
    condition = list(rules.condition_end.finditer(before)) if rules.condition_end else []
    offset = condition[-1].end() if condition else 0
    before = before[offset:]
    bounds = [0] + [m.end() for m in rules.boundary.finditer(before)]
    heads = [h for h in rules.heads.finditer(before) if not _oblique(h.group(), rules)]
    for head in heads:
        start = max(b for b in bounds if b <= head.start())
        prefix = before[start : head.start()].split()
        if len(prefix) <= rules.max_premodifiers and all(rules.premodifier.fullmatch(w) for w in prefix):
            return _subject_text(before, start, head, rules)
    if rules.head_final or not heads or heads[-1].start() < bounds[-1]:
        return None
    # `При проведении контроля оператор объекта обязан`: an adverbial opens the clause; the subject
    # is the last head of the last segment with its modifiers, unless a preposition governs it.
    head = heads[-1]
    start = head.start()
    words = list(re.finditer(r"\S+", before[bounds[-1] : head.start()]))
    for w in reversed(words[-rules.max_premodifiers :]):
        if not rules.premodifier.fullmatch(w.group()):
            break
        start = bounds[-1] + w.start()
    if rules.preposition is not None and rules.preposition.search(before[:start]):
        return None
    return _subject_text(before, start, head, rules)


def _oblique(word: str, rules: _Rules) -> bool:
    """`уәкілетті органмен`: by the body, not the body itself."""
    return rules.oblique_head is not None and bool(rules.oblique_head.match(word))


def _subject_text(before: str, start: int, head: re.Match[str], rules: _Rules) -> str | None:
    """From `start` to the head (verb-final) or to the marker, cut where the description stops."""
    if rules.head_final:
        subject = before[start : head.end()]
    else:
        subject = before[start:]
        cut = rules.cut.search(subject, head.end() - start) if rules.cut else None
        if cut:
            subject = subject[: cut.start()]
    subject = subject.strip(" ,;:–—-\t\n")
    if subject and len(subject.split()) <= MAX_ACTOR_WORDS:
        return " ".join(subject.split())
    return None


# ------------------------------------------------------------------ duties without a marker


@dataclass(frozen=True)
class Duty:
    """A duty a clause states without a deontic marker, and who bears it (None when the clause names no one)."""

    modality: str
    actor: str | None
    text: str


@cache
def _duty_rules(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """(finite present verb, verbs of no duty, directives) of a language."""
    module = data(lang)
    if module is None:
        return None, None, ()
    verb = getattr(module, "PRESENT_DUTY_VERB", None)
    not_duty = tuple(getattr(module, "NOT_DUTY_VERBS", ()))
    directives = tuple(re.compile(p, re.IGNORECASE) for p in getattr(module, "DIRECTIVES", ()))
    return (
        re.compile(_EDGE.format(verb), re.IGNORECASE) if verb else None,
        re.compile(r"^(?:{})$".format("|".join(not_duty)), re.IGNORECASE) if not_duty else None,
        directives,
    )


def implicit_duty(text: str, lang: str | None, lead_subject: str | None = None) -> Duty | None:
    """A duty stated in the normative present or as a directive, without a deontic marker.

    Statutes oblige in the present tense as often as with `обязан`: `Оператор объекта ведет
    журнал …`, `Объект операторы журналды … жүргізеді.` A clause is such a duty when its subject
    is an obliged actor (the heads of `ACTOR_HEADS`, in the nominative) and its verb is a finite
    present (`PRESENT_DUTY_VERB`) that is not one of description (`NOT_DUTY_VERBS`: `является`,
    `несет ответственность`, passives …): right after the subject in Russian, closing the clause in
    Kazakh. An item under a lead-in that names the actor (`Оператор: 1) ведет учет; …`) takes
    `lead_subject` and needs only the verb, at its start (or end, verb-final). Orders direct with
    `DIRECTIVES` (`Комитету … обеспечить`, `… қамтамасыз етсін`).
    """
    rules = _rules(lang)
    verb, not_duty, directives = _duty_rules(lang)
    if rules is None:
        return None
    text = nfc(text)
    for cs, ce in clauses(text):
        clause = text[cs:ce]
        for pattern in directives:
            m = pattern.search(clause)
            if m:
                found = m.groupdict().get("actor")
                who = _trimmed_actor(found, rules) if found else _subject(clause[: m.start()], rules)
                return Duty("must", who or lead_subject, m.group(0).strip())
        if verb is None:
            continue
        candidates = [v for v in verb.finditer(clause) if not (not_duty and not_duty.match(v.group()))]
        if rules.head_final:
            last = candidates[-1] if candidates else None
            if last is None or clause[last.end() :].strip(" .;:,!?\t\n"):
                continue
            if _negated(clause, last):
                continue
            who = _subject(clause[: last.start()], rules)
            if who or lead_subject:
                return Duty("must", who or lead_subject, last.group())
            continue
        for v in candidates:
            before = clause[: v.start()]
            if lead_subject and _ADVERBS_ONLY.fullmatch(before.strip(" \t\n,;:-–—")):
                return Duty("must", lead_subject, v.group())  # `Оператор: 1) ежегодно представляет …`
            who = _subject(before, rules)
            if who is None:
                continue
            if _negated(clause, v) or _in_relative_clause(before, rules) or _conditional(before, rules, lang):
                continue
            if _right_after(before, who):
                return Duty("must", who, v.group())
            break
    return None


_ADVERBS_ONLY: Final = re.compile(r"(?:(?:также|[^\W\d_]+о)\s*)*", re.IGNORECASE)
"""Nothing, or adverbs (`ежегодно`, `самостоятельно`, `также`), before an item's verb."""


def _conditional(before: str, rules: _Rules, lang: str | None) -> bool:
    """`Если оператор представляет …`: the verb is the condition's, not the main clause's."""
    openers = words("CONDITION_OPENERS", lang)
    segment = before[_last_boundary(before, rules) :]
    return any(re.match(rf"\s*(?:{p})(?![^\W_])", segment, re.IGNORECASE) for p in openers)


def _negated(clause: str, verb: re.Match[str]) -> bool:
    return bool(re.search(r"(?<![^\W_])(?:не|ни|емес)\s+$", clause[: verb.start()], re.IGNORECASE)) or bool(
        re.match(r"\s+емес(?![^\W_])", clause[verb.end() :], re.IGNORECASE)
    )


def _right_after(before: str, subject: str) -> bool:
    """The verb follows its subject: what stands between (an adverbial, a phrase set off by commas)
    closes every comma it opens."""
    flat = " ".join(before.split())
    index = flat.rfind(subject)
    if index < 0:
        return False
    between = flat[index + len(subject) :]
    return not re.search(r"[;:]", between) and between.count(",") % 2 == 0


def _trimmed_actor(found: str, rules: _Rules) -> str | None:
    text = " ".join(found.split())
    if rules.cut is not None and (m := rules.cut.search(text, 1)):
        text = text[: m.start()]
    text = text.strip(" ,;:–—-")
    return text if text and len(text.split()) <= MAX_ACTOR_WORDS else None


def title_modality(title: str, lang: str | None = None) -> str | None:
    """`must` for an article titled as duties or requirements (`Обязанности оператора`, `Trách nhiệm
    của …`, `… міндеттері`); None otherwise. (A title of rights grants nothing by itself: its
    provisions say `вправе`, `được`, and a passive under it is no permission.)"""
    lowered = " ".join(nfc(title).lower().split())
    if lowered and any(re.search(p, lowered, re.IGNORECASE) for p in words("OBLIGATION_TITLES", lang)):
        return "must"
    return None


def has_marker(text: str, lang: str | None) -> bool:
    """Whether any deontic marker is written in the text, even one a negation or a condition
    cancels (`Оператор не обязан согласовывать …` speaks of duty, and releases from it); an
    ambiguous one (`được`, mostly a passive) does not count."""
    rules = _rules(lang)
    if rules is None or not text:
        return False
    text = nfc(text)
    return any(not ambiguous for cs, ce in clauses(text) for *_, ambiguous in _raw(text[cs:ce], rules))


def title_actor(title: str, lang: str | None = None) -> str | None:
    """Who an article titled as duties obliges (`Trách nhiệm của Sở Tài nguyên` → `Sở Tài nguyên`)."""
    flat = " ".join(nfc(title).split())
    for pattern in words("TITLE_ACTOR", lang):
        m = re.search(pattern, flat, re.IGNORECASE)
        if m and m.group("actor").strip():
            return m.group("actor").strip(" .,:;")
    return None
