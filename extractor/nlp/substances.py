"""Substances: the reference lists in corpus/*.csv and matching of raw document text to them.

Documents name one substance in many ways (word order, oxidation-state notation, trade names,
Latin letters typed inside Cyrillic words, typos, case endings, a trailing list number such as
`(349)`). Matching therefore runs in stages, each stricter than fuzzy search alone:
normalise → whole-cell aliases and formulas → the inorganic-dust rule → exact and stemmed alias
lookup → rapidfuzz with guards. A string that clears none of them gives None, never a guess.

The lists are data; this module holds only what is needed to read and compare them.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files

from rapidfuzz import fuzz, process

MEDIA = ("air", "water", "soil")
_FILES = {"air": "air_pollutants.csv", "water": "water_parameters.csv", "soil": "soil_elements.csv"}
_MEDIUM_SYNONYMS = {"waste_water": "water", "wastewater": "water", "ground_water": "water", "surface_water": "water"}

_DUST_CODES = frozenset({"2907", "2908", "2909"})
"""Inorganic dust differs only by its SiO2 share; these are matched by `_dust_code`, never fuzzily."""
_UNSCANNED_SYMBOLS = frozenset({"T", "Odour", "Colour", "Turbidity", "Transparency", "Moisture"})
"""Physical parameters whose names are ordinary words; found in running text only when a medium is given."""
_UNSAFE_SCAN_SYMBOLS = frozenset({"As", "Be", "Co", "Mo", "Ga", "Li", "In", "No"})
"""Element symbols that are also common words or abbreviations; they match whole cells only."""


@dataclass(frozen=True)
class Substance:
    """One entry of a reference list: an air pollutant with its code, or a water/soil parameter."""

    code: str | None
    cas: str | None
    symbol: str | None
    name: str
    name_en: str | None
    name_kk: str | None
    name_vi: str | None
    hazard_class: int | None
    medium: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SubstanceMatch:
    """A substance found in text; `start`/`end` are offsets into the text that was searched."""

    substance: Substance
    score: float
    raw: str
    start: int = 0
    end: int = 0


# ---------------------------------------------------------------- reference lists


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _row_to_substance(row: dict[str, str], medium: str) -> Substance:
    hazard = _blank(row.get("hazard_class"))
    return Substance(
        code=_blank(row.get("code")),
        cas=_blank(row.get("cas")),
        symbol=_blank(row.get("formula") if medium == "air" else row.get("symbol")),
        name=row["name_ru"].strip(),
        name_en=_blank(row.get("name_en")),
        name_kk=_blank(row.get("name_kk")),
        name_vi=_blank(row.get("name_vi")),
        hazard_class=int(hazard) if hazard else None,
        medium=medium,
        aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
    )


@functools.cache
def load_substances() -> tuple[Substance, ...]:
    """All reference entries, air first; read once per process because every match needs them."""
    out: list[Substance] = []
    for medium, name in _FILES.items():
        text = files("corpus").joinpath(name).read_text(encoding="utf-8")
        lines = (line for line in io.StringIO(text) if not line.startswith("#"))
        out.extend(_row_to_substance(row, medium) for row in csv.DictReader(lines))
    return tuple(out)


@functools.cache
def substance_by_code(code: str) -> Substance | None:
    """The air pollutant with this four-digit code (`301` and `0301` both work)."""
    code = code.strip().zfill(4)
    return next((s for s in load_substances() if s.code == code), None)


# ---------------------------------------------------------------- normalisation

_LAT2CYR = dict(zip("abcehikmoptxy", "авсенікмортху", strict=True))
_CYR2LAT = {v: k for k, v in _LAT2CYR.items()}
_DASHES = frozenset("‐‑‒–—―−﹣－⁻₋")
_ROMAN = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|x)")
_ROMAN_CHARS = str.maketrans({"і": "i", "х": "x"})
_WORD = r"[^\W_](?:[^\W_]|[\u0300-\u036f])*"
_TOKEN = re.compile(rf"[<>≤≥]|{_WORD}(?:(?:-|(?<=\d)\s*-\s*(?=[сc]?\d)|(?<=\d)[.,](?=\d)){_WORD})*")
_NOISE = re.compile(
    r"\(\s*\d{1,4}\s*\*?\s*\)"  # list numbers of the KZ hygiene norms: (349), (1294*)
    r"|\(\s*\d\s*кл[^)]*\)|\(\s*-\s*\)|\(\s*класс[^)]*\)"  # hazard class notes: (3 кл. опасн.), (-)
    r"|[/(]\s*в\s+пересчете\s+на\s+[^/()]*(?:\([^()]*\)[^/()]*)*[/)]?"  # /в пересчете на железо/
    r"|[/(]\s*по\s+молекуле\s+[^/)]*[/)]?"
)
_ENDINGS = sorted(
    "ями ами ого его ому ему ыми ими ием иям иях ых их ый ий ой ая яя ое ее ые ие ую юю ия ию ии "
    "ов ев ей ам ям ах ях ом ем ою ею а я о е ы и у ю ь й".split(),
    key=len,
    reverse=True,
)
_CYRILLIC = re.compile(r"[а-яәғқңөұүһі]")


@functools.cache
def _norm_char(ch: str) -> str:
    """One input character as the comparable text it stands for (NFKC, lower case, ё → е, one dash)."""
    if ch in _DASHES:
        return "-"
    out = unicodedata.normalize("NFKC", ch).lower().replace("ё", "е")
    return "".join("-" if c in _DASHES else c for c in out)


def _normalize(text: str) -> tuple[str, list[int]]:
    """Comparable text plus, for each of its characters, the offset it came from in `text`.

    Notes that carry no identity (list numbers, hazard classes, `в пересчете на …`) are blanked
    with spaces so that offsets stay valid.
    """
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for c in _norm_char(ch):
            chars.append(c)
            origin.append(i)
    norm = _NOISE.sub(lambda m: " " * len(m.group()), "".join(chars))
    return norm, origin


def _canon_token(token: str) -> str:
    """Latin/Cyrillic lookalikes made consistent, so `C12-19`, `С12-19` and `CO`/`СО` compare equal.

    A token with a letter only Cyrillic has is Cyrillic; one with a letter only Latin has is Latin;
    a token made only of lookalikes is taken as Cyrillic. Roman numerals stay Latin.
    """
    token = unicodedata.normalize("NFC", re.sub(r"\s+", "", token))
    if _ROMAN.fullmatch(token.translate(_ROMAN_CHARS)):
        return token.translate(_ROMAN_CHARS)
    letters = [c for c in token if c.isalpha()]
    if any(c not in _CYR2LAT and _CYRILLIC.match(c) for c in letters):
        return "".join(_LAT2CYR.get(c, c) for c in token)
    if any(c not in _LAT2CYR and not _CYRILLIC.match(c) for c in letters):
        return "".join(_CYR2LAT.get(c, c) for c in token)
    return "".join(_LAT2CYR.get(c, c) for c in token)


def _stem(token: str) -> str:
    """A crude Russian stem (`диоксида` → `диоксид`, `серы` → `сер`) so case endings still match."""
    if len(token) < 4 or not token.isalpha() or not _CYRILLIC.match(token[-1]):
        return token
    for ending in _ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    return token


@dataclass(frozen=True)
class _Token:
    text: str
    stem: str
    start: int
    end: int


def _tokens(norm: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(norm):
        text = _canon_token(m.group())
        out.append(_Token(text, _stem(text), m.start(), m.end()))
    return out


def _key(tokens: Iterable[_Token]) -> str:
    return " ".join(t.text for t in tokens)


def _stem_key(tokens: Iterable[_Token]) -> str:
    return " ".join(t.stem for t in tokens)


def _sorted_key(tokens: Iterable[_Token]) -> str:
    return " ".join(sorted(t.stem for t in tokens))


def _symbol_key(text: str) -> str:
    """Case-kept form of a formula or symbol: `Co` (cobalt) and `CO` (carbon monoxide) stay apart."""
    text = re.sub(r"\s+", "", "".join(unicodedata.normalize("NFKC", c) for c in text))
    text = "".join("-" if c in _DASHES else c for c in text)
    low = _canon_token(text.lower())
    return "".join(c.upper() if o.isupper() else c for c, o in zip(low, text, strict=False))


_FORMULA = re.compile(r"[A-Z][A-Za-z0-9()+\-.,]*")


def _is_formula(alias: str) -> bool:
    """Formulas and abbreviations (`NO2`, `CO`, `TSS`, `Cu`) are matched case-sensitively, not as words."""
    if not _FORMULA.fullmatch(alias):
        return False
    return len(alias) <= 2 or any(c.isdigit() for c in alias) or sum(c.isupper() for c in alias) >= 2


# ---------------------------------------------------------------- indexes


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    substance: Substance | None = None
    alias: str = ""


@dataclass
class _Index:
    exact: dict[str, Substance] = field(default_factory=dict)
    stems: dict[str, Substance] = field(default_factory=dict)
    symbols: dict[str, Substance] = field(default_factory=dict)
    scan_symbols: dict[str, Substance] = field(default_factory=dict)
    whole: dict[str, Substance] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)
    choice_subs: list[Substance] = field(default_factory=list)
    trie: _Node = field(default_factory=_Node)


def _alias_tokens(alias: str) -> list[_Token]:
    return _tokens(_normalize(alias)[0])


def _add_symbol(index: _Index, text: str, sub: Substance) -> None:
    key = _symbol_key(text)
    index.symbols.setdefault(key, sub)
    risky = text in _UNSAFE_SCAN_SYMBOLS or len(text) < 2 or sub.symbol in _UNSCANNED_SYMBOLS
    if not risky:
        index.scan_symbols.setdefault(key, sub)


def _add_words(index: _Index, tokens: list[_Token], sub: Substance, scan: bool) -> None:
    index.exact.setdefault(_key(tokens), sub)
    index.stems.setdefault(_stem_key(tokens), sub)
    index.stems.setdefault(_sorted_key(tokens), sub)
    if sub.code in _DUST_CODES:
        return
    index.choices.append(_key(tokens))
    index.choice_subs.append(sub)
    if not scan:
        return
    node = index.trie
    for tok in tokens:
        node = node.children.setdefault(tok.stem, _Node())
    if node.substance is None:
        node.substance, node.alias = sub, _stem_key(tokens)


def _add_substance(index: _Index, sub: Substance, scan_params: bool) -> None:
    if sub.symbol:
        _add_symbol(index, sub.symbol, sub)
    scan = scan_params or sub.symbol not in _UNSCANNED_SYMBOLS
    for alias in (sub.name, *sub.aliases):
        if alias.startswith("="):
            index.whole.setdefault(_key(_alias_tokens(alias[1:])), sub)
            continue
        if _is_formula(alias):
            _add_symbol(index, alias, sub)
        tokens = _alias_tokens(alias)
        if not tokens:
            continue
        short = len(tokens) == 1 and len(tokens[0].text) <= 2
        _add_words(index, tokens, sub, scan and not short and not _is_formula(alias))


@functools.cache
def _index(medium: str | None) -> _Index:
    """Lookup tables for one medium; without a medium, air wins over water and water over soil."""
    media = MEDIA if medium is None else (medium,)
    index = _Index()
    for m in media:
        for sub in load_substances():
            if sub.medium == m:
                _add_substance(index, sub, scan_params=medium is not None)
    return index


def _check_medium(medium: str | None) -> str | None:
    if medium is None:
        return None
    medium = _MEDIUM_SYNONYMS.get(medium, medium)
    if medium not in MEDIA:
        raise ValueError(f"unknown medium {medium!r}; expected one of {', '.join(MEDIA)}")
    return medium


# ---------------------------------------------------------------- inorganic dust

_DUST_RANGE = re.compile(r"(?<![\d,.])(?:70-20|20-70)(?![\d,.])|\bот\s+(?:20\s+до\s+70|70\s+до\s+20)\b")
_DUST_ABOVE = re.compile(
    r"(?:более|выше|свыше|больше|above|over|>|≥)\s+70(?![\d,.])"
    r"|(?<![\d,.])70\s+(?:и\s+(?:более|выше)|and\s+above|дан\s+жоғары|жоғары|артық)"
)
_DUST_BELOW = re.compile(
    r"(?:ниже|менее|меньше|до|below|under|less\s+than|<|≤)\s+20(?![\d,.])"
    r"|(?<![\d,.])20\s+(?:и\s+(?:менее|ниже)|and\s+below|дан\s+төмен|төмен|кем)"
)
_DUST_WORDS = re.compile(
    r"пыл|неорганическ|содерж|двуокис|диоксид|кремн|sio2|в|с|до|от|и|более|выше|ниже|менее|свыше|"
    r"больше|меньше|[<>≤≥]|inorganic|dust|silica|containing|with|of|above|below|over|under|less|than|"
    r"and|бейорганикал.*|шаң|кремний|қостотығы|дан|жоғары|төмен|кем|артық"
)


def _is_dust_start(tokens: Sequence[_Token], i: int) -> bool:
    pair = [t.stem for t in tokens[i : i + 2]]
    if len(pair) < 2:
        return False
    a, b = pair
    return (
        (a.startswith("пыл") and b.startswith("неорганическ"))
        or (a.startswith("неорганическ") and b.startswith("пыл"))
        or (a == "inorganic" and b == "dust")
        or (a.startswith("бейорганикал") and b == "шаң")
    )


def _dust_code(key: str) -> str | None:
    """2908 for 70-20 % SiO2, 2907 above 70 %, 2909 below 20 %; None when the share is not stated."""
    if _DUST_RANGE.search(key):
        return "2908"
    if _DUST_ABOVE.search(key):
        return "2907"
    if _DUST_BELOW.search(key):
        return "2909"
    return None


def _dust_span(tokens: Sequence[_Token], i: int) -> tuple[int, Substance | None]:
    """End of the dust phrase starting at `i` and its substance (None when the share is missing)."""
    j = i + 2
    while j < len(tokens) and j < i + 14:
        tok = tokens[j]
        if any(c.isdigit() for c in tok.text):
            code = _dust_code(_key(tokens[i : j + 3]))
            if code is None:
                return j, None
            end = j + 1
            while end < len(tokens) and not tokens[end].text[0].isdigit() and _dust_word(tokens[end]):
                if tokens[end].stem.startswith("пыл"):
                    break
                end += 1
            if end < len(tokens) and tokens[end].text in {"жоғары", "төмен", "кем", "артық", "более", "выше"}:
                end += 1
            return end, substance_by_code(code)
        if not _dust_word(tok) or tok.stem.startswith("пыл"):
            break
        j += 1
    return j, None


def _dust_word(tok: _Token) -> bool:
    return bool(_DUST_WORDS.fullmatch(tok.text) or _DUST_WORDS.match(tok.stem))


# ---------------------------------------------------------------- guards

_DI = frozenset({"диоксид", "двуокис", "dioxide", "iv", "диоксиді", "қостотығы"})
_MONO = frozenset({"оксид", "окис", "монооксид", "monoxide", "oxide", "ii", "оксиді", "тотығы"})
_EXCLUSIVE = (("плох", "хорош"), ("предельн", "непредельн"), ("органическ", "неорганическ"))


def _oxide_tag(stems: set[str]) -> str | None:
    if stems & _DI:
        return "di"
    if stems & _MONO:
        return "mono"
    return None


def _compatible(query: str, candidate: str) -> bool:
    """Reject fuzzy pairs that differ where it matters: numbers (C1-C5, PM10), NO vs NO2, плохо/хорошо."""
    q_digits, c_digits = set(re.findall(r"\d+", query)), set(re.findall(r"\d+", candidate))
    if c_digits and q_digits != c_digits:
        return False
    q_words, c_words = set(query.split()), set(candidate.split())
    q_tag, c_tag = _oxide_tag(q_words), _oxide_tag(c_words)
    if q_tag and c_tag and q_tag != c_tag:
        return False
    for a, b in _EXCLUSIVE:
        q_a, q_b = any(w.startswith(a) for w in q_words), any(w.startswith(b) for w in q_words)
        c_a, c_b = any(w.startswith(a) for w in c_words), any(w.startswith(b) for w in c_words)
        if (q_a and c_b and not c_a) or (q_b and c_a and not c_b):
            return False
    return True


def _threshold(key: str) -> float | None:
    """Minimum rapidfuzz score by length; short strings must match exactly (`Хлор` is not `Хром`)."""
    if len(key) < 8:
        return None
    return 90.0 if len(key) < 12 else 88.0


# ---------------------------------------------------------------- matching one string

_LEADING_CODE = re.compile(r"^\s*(\d{4})(?![\d.,:])\s*[-.:]?\s*")
_QUALIFIERS = frozenset(
    "валов подвижн форм общ общий общая общее содержан суммарн растворен раствор total".split()
)


def _split_parentheses(tokens_norm: str) -> tuple[str, list[str]]:
    """Text outside top-level brackets and the pieces inside them (split at commas and semicolons)."""
    outside, inside, depth, buf = [], [], 0, []
    for ch in tokens_norm:
        if ch == "(":
            if depth == 0:
                buf = []
            else:
                buf.append(ch)
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                inside.extend(re.split(r"[,;]", "".join(buf)))
            else:
                buf.append(ch)
        elif depth:
            buf.append(ch)
        else:
            outside.append(ch)
    if depth:
        inside.extend(re.split(r"[,;]", "".join(buf)))
    return "".join(outside), inside


def _variants(norm: str) -> list[list[_Token]]:
    """Whole text, text without brackets, each bracketed synonym, and the same without qualifiers."""
    outside, inside = _split_parentheses(norm)
    out = [_tokens(norm), _tokens(outside), *(_tokens(part) for part in inside)]
    out += [[t for t in v if t.stem not in _QUALIFIERS] for v in out[:2]]
    return [v for v in out if v]


def _lookup(index: _Index, variants: list[list[_Token]]) -> tuple[Substance, float] | None:
    for tokens in variants:
        sub = index.exact.get(_key(tokens))
        if sub is not None:
            return sub, 100.0
        sub = index.stems.get(_stem_key(tokens)) or index.stems.get(_sorted_key(tokens))
        if sub is not None:
            return sub, 98.0
    return None


def _fuzzy(index: _Index, variants: list[list[_Token]]) -> tuple[Substance, float] | None:
    """Best fuzzy candidate that passes the guards and is not tied with a different substance."""
    best: dict[Substance, float] = {}
    for tokens in variants[:2]:
        query = _key(tokens)
        cutoff = _threshold(query)
        if cutoff is None:
            continue
        hits = process.extract(query, index.choices, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=8)
        for choice, score, pos in hits:
            if _compatible(query, choice):
                sub = index.choice_subs[pos]
                best[sub] = max(best.get(sub, 0.0), score)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 1.5:
        return None
    return ranked[0]


def _match_name(index: _Index, norm: str) -> tuple[Substance, float] | None | bool:
    """Match of a normalised name; False means "inorganic dust of unstated share", a firm no."""
    tokens = _tokens(norm)
    if not tokens:
        return None
    whole = index.whole.get(_key(tokens))
    if whole is not None:
        return whole, 100.0
    if _is_dust_start(tokens, 0) and not any(t.stem.startswith("гипс") for t in tokens):
        code = _dust_code(_key(tokens))
        sub = substance_by_code(code) if code else None
        return (sub, 100.0) if sub else False
    variants = _variants(norm)
    return _lookup(index, variants) or _fuzzy(index, variants)


def match_substance(text: str, medium: str | None = None) -> SubstanceMatch | None:
    """The one substance a cell or list item names, or None when no entry is close enough.

    `medium` ("air", "water", "soil") restricts the lists: `Железо` is Fe in a soil table and
    iron oxides (0123) in an air table. Without a medium air wins, then water, then soil.
    """
    index = _index(_check_medium(medium))
    if not text or not text.strip():
        return None
    span = (len(text) - len(text.lstrip()), len(text.rstrip()))
    symbol = index.symbols.get(_symbol_key(text))
    if symbol is not None:
        return SubstanceMatch(symbol, 100.0, text, *span)
    norm, _ = _normalize(text)
    code_match = _LEADING_CODE.match(norm)
    if code_match:
        norm = " " * code_match.end() + norm[code_match.end() :]
    found = _match_name(index, norm)
    if found is False:
        return None
    if found is None and code_match:
        found = _code_fallback(code_match.group(1), norm)
    if not found:
        return None
    sub, score = found
    return SubstanceMatch(sub, round(score, 1), text, *span)


def _code_fallback(code: str, norm: str) -> tuple[Substance, float] | None:
    """A leading list code supports a name too garbled to match alone (`0123 Железа окс.`)."""
    sub = substance_by_code(code)
    if sub is None:
        return None
    name = _key(_tokens(norm))
    names = [_key(_alias_tokens(a)) for a in (sub.name, *sub.aliases) if not a.startswith("=")]
    hit = process.extractOne(name, names, scorer=fuzz.token_set_ratio, score_cutoff=60)
    return (sub, float(hit[1])) if hit else None


# ---------------------------------------------------------------- finding substances in longer text


def _walk(index: _Index, tokens: Sequence[_Token], i: int) -> tuple[int, Substance, float] | None:
    """Longest alias starting at token `i`; a token may differ by a typo or another roman numeral."""
    node, j, fuzzy_steps, best = index.trie, i, 0, None
    while j < len(tokens) and node.children:
        tok = tokens[j]
        child = node.children.get(tok.stem)
        if child is None:
            child = _fuzzy_child(node, tok)
            fuzzy_steps += child is not None
        if child is None:
            break
        node, j = child, j + 1
        if node.substance is not None:
            score = 100.0
            if fuzzy_steps:
                query = _stem_key(tokens[i:j])
                score = fuzz.ratio(query, node.alias)
                cutoff = _threshold(query)
                if cutoff is None or score < cutoff or not _compatible(query, node.alias):
                    continue
            best = (j, node.substance, score)
    return best


def _fuzzy_child(node: _Node, tok: _Token) -> _Node | None:
    if _ROMAN.fullmatch(tok.text):
        romans = [k for k in node.children if _ROMAN.fullmatch(k)]
        return node.children[romans[0]] if len(romans) == 1 else None
    if len(tok.stem) < 6 or any(c.isdigit() for c in tok.stem):
        return None
    hit = process.extractOne(tok.stem, node.children.keys(), scorer=fuzz.ratio, score_cutoff=85)
    return node.children[hit[0]] if hit else None


def _scan(index: _Index, text: str, norm: str, origin: list[int]) -> list[SubstanceMatch]:
    tokens = _tokens(norm)
    out: list[SubstanceMatch] = []
    i = 0
    while i < len(tokens):
        hit = _walk(index, tokens, i)
        if hit is None and _is_dust_start(tokens, i):
            end, sub = _dust_span(tokens, i)
            hit = (end, sub, 100.0) if sub else None
        if hit is None:
            tok = tokens[i]
            sub = index.scan_symbols.get(_symbol_key(text[origin[tok.start] : origin[tok.end - 1] + 1]))
            hit = (i + 1, sub, 100.0) if sub else None
        if hit is None:
            i += 1
            continue
        end, sub, score = hit
        start_off, end_off = origin[tokens[i].start], origin[tokens[end - 1].end - 1] + 1
        out.append(SubstanceMatch(sub, round(score, 1), text[start_off:end_off], start_off, end_off))
        i = end
    return _merge_synonyms(text, out)


def _merge_synonyms(text: str, matches: list[SubstanceMatch]) -> list[SubstanceMatch]:
    """`Пропан-2-он (Ацетон)` is one mention: same substance separated only by brackets or commas."""
    out: list[SubstanceMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev and prev.substance == m.substance and not re.search(r"\w", text[prev.end : m.start]):
            end = m.end
            tail = re.match(r"[^\w(]*\)", text[end:])
            end += tail.end() if tail and "(" in text[prev.end : m.start] else 0
            out[-1] = SubstanceMatch(prev.substance, min(prev.score, m.score), text[prev.start : end], prev.start, end)
        else:
            out.append(m)
    return out


def find_substances(text: str, medium: str | None = None) -> list[SubstanceMatch]:
    """Every substance named in `text`, in order, with offsets into `text`.

    Works on cells that list several substances separated only by spaces or line breaks and on
    sentences (`диоксид серы – 0,11 (ПДК - 0,5 мг/м3)`); case endings and typos are tolerated.
    """
    if not text:
        return []
    norm, origin = _normalize(text)
    return _scan(_index(_check_medium(medium)), text, norm, origin)


# ---------------------------------------------------------------- contract object


def substance_json(substance: Substance | SubstanceMatch | None, raw: str) -> dict[str, str | None]:
    """The contract's substance object; an unknown substance keeps its text as `name`."""
    if isinstance(substance, SubstanceMatch):
        substance = substance.substance
    if substance is None:
        return {"code": None, "cas": None, "symbol": None, "name": " ".join(raw.split()) or None}
    return {"code": substance.code, "cas": substance.cas, "symbol": substance.symbol, "name": substance.name}
