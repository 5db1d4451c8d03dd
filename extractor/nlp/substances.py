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
from dataclasses import dataclass, field, replace
from importlib.resources import files

from rapidfuzz import fuzz, process

from extractor.nlp.phonetic import MIN_KEY, chemical_key

MEDIA = ("air", "water", "soil")
_FILES = {"air": "air_pollutants.csv", "water": "water_parameters.csv", "soil": "soil_elements.csv"}
_FULL_AIR_LIST = "air_pollutants_kz.csv"
_MEDIUM_SYNONYMS = {
    "flue_gas": "air",  # gas at a stack names air pollutants
    "waste_water": "water",
    "wastewater": "water",
    "ground_water": "water",
    "surface_water": "water",
}

_DUST_CODES = frozenset({"2907", "2908", "2909"})
"""Inorganic dust differs only by its SiO2 share; these are matched by `_dust_code`, never fuzzily."""
_UNSCANNED_SYMBOLS = frozenset({"T", "Odour", "Colour", "Turbidity", "Transparency", "Hardness", "Moisture"})
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
    official_name: str | None = None
    """The name the code list prints (air only); `name` is the short designation tables use."""
    mpc_max: float | None = None
    """ПДК максимальная разовая, mg/m3, as the code list gives it (a document's own value wins)."""
    mpc_daily: float | None = None
    """ПДК среднесуточная, mg/m3."""
    obuv: float | None = None
    """ОБУВ, mg/m3: the provisional safe level where no ПДК exists."""
    curated: bool = True
    """False for codes known only from the full list: matched by exact name, never fuzzily or in text."""


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


def _read_csv(name: str) -> list[dict[str, str]]:
    text = files("corpus").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#")))


def _value(raw: str | None) -> float | None:
    return float(raw) if _blank(raw) else None


def _with_list(sub: Substance, listed: dict[str, str] | None) -> Substance:
    """A curated air pollutant with what the full code list adds: official name, ПДК, ОБУВ, CAS."""
    if listed is None:
        return sub
    hazard = _blank(listed["hazard_class"])
    return replace(
        sub,
        official_name=listed["name"],
        mpc_max=_value(listed["mpc_max"]),
        mpc_daily=_value(listed["mpc_daily"]),
        obuv=_value(listed["obuv"]),
        cas=sub.cas or _blank(listed["cas"]),
        hazard_class=sub.hazard_class or (int(hazard) if hazard else None),
    )


def _listed_only(row: dict[str, str]) -> Substance:
    hazard = _blank(row["hazard_class"])
    return Substance(
        code=row["code"],
        cas=_blank(row["cas"]),
        symbol=_blank(row["formula"]),
        name=row["name"],
        name_en=None,
        name_kk=None,
        name_vi=None,
        hazard_class=int(hazard) if hazard else None,
        medium="air",
        aliases=tuple(a for a in row["synonyms"].split("|") if a),
        official_name=row["name"],
        mpc_max=_value(row["mpc_max"]),
        mpc_daily=_value(row["mpc_daily"]),
        obuv=_value(row["obuv"]),
        curated=False,
    )


@functools.cache
def load_substances() -> tuple[Substance, ...]:
    """All reference entries, air first; read once per process because every match needs them.

    Air is the curated list (names tables use, aliases in four languages) completed by the full
    code list (`air_pollutants_kz.csv`): every code of it is known, curated ones first.
    """
    listed = {row["code"]: row for row in _read_csv(_FULL_AIR_LIST)}
    out: list[Substance] = []
    for medium, name in _FILES.items():
        out.extend(_row_to_substance(row, medium) for row in _read_csv(name))
        if medium == "air":
            out = [_with_list(s, listed.get(s.code or "")) for s in out]
            curated = {s.code for s in out}
            out.extend(_listed_only(row) for code, row in listed.items() if code not in curated)
    return tuple(out)


@functools.cache
def _by_code() -> dict[str, Substance]:
    return {s.code: s for s in load_substances() if s.code}


def substance_by_code(code: str) -> Substance | None:
    """The air pollutant with this four-digit code (`301` and `0301` both work)."""
    return _by_code().get(code.strip().zfill(4))


@functools.cache
def _by_cas(medium: str | None) -> dict[str, Substance]:
    """CAS number → the one entry of the medium's lists with it (curated first); a number two entries share
    names neither."""
    out: dict[str, Substance] = {}
    shared: set[str] = set()
    for sub in sorted(load_substances(), key=lambda x: not x.curated):
        if not sub.cas or (medium is not None and sub.medium != medium):
            continue
        if sub.cas in out:
            if out[sub.cas].code != sub.code and out[sub.cas].curated == sub.curated:
                shared.add(sub.cas)
            continue
        out[sub.cas] = sub
    return {cas: sub for cas, sub in out.items() if cas not in shared}


_CAS = re.compile(r"(?<![\d-])(\d{2,7}-\d{2}-\d)(?![\d-])")
"""A CAS registry number (`75-21-8`), written beside a name the lists may not know (`Etylen oxit (CAS 75-21-8)`)."""


def _cas_in(text: str, medium: str | None) -> Substance | None:
    """The substance a CAS number in the text names, when its check digit holds and one entry has it."""
    for m in _CAS.finditer(text):
        digits = m.group(1).replace("-", "")
        body, check = digits[:-1], int(digits[-1])
        if sum(i * int(d) for i, d in enumerate(reversed(body), start=1)) % 10 == check:
            found = _by_cas(medium).get(m.group(1))
            if found is not None:
                return found
    return None


# ---------------------------------------------------------------- normalisation

_LAT2CYR = dict(zip("abcehikmoptxy", "авсенікмортху", strict=True))
_CYR2LAT = {v: k for k, v in _LAT2CYR.items()}
_DASHES = frozenset("‐‑‒–—―−﹣－⁻₋")
_ROMAN = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|x)")
_ROMAN_CHARS = str.maketrans({"і": "i", "х": "x"})
_OCR_ROMAN = re.compile(r"l{1,3}|lv|vl{1,3}|xl{1,3}")
"""`(ll)`, `(lV)`: OCR and typists put a Latin l for the I of a roman numeral."""
_ROMANISH = re.compile(r"[ivx]+")
_SKELETON = str.maketrans(_CYR2LAT)
_TO_CYRILLIC = str.maketrans(_LAT2CYR)
_WORD = r"[^\W_](?:[^\W_]|[\u0300-\u036f])*"
_TOKEN = re.compile(rf"[<>≤≥]|{_WORD}(?:(?:-|(?<=\d)[.,](?=\d)){_WORD})*")
_RANGE_END = re.compile(r"[сc]?\d+[сc]?\d+")
"""Two range ends written together (`7020`, `с1с5`): checked on the pair, so `70 - 20` and `С1 - С5` join."""
_RANGE_GAP = re.compile(r"\s*-\s*")
_LINE_WRAP = re.compile(r"-[ \t]*\n\s*")
_NOISE = re.compile(
    r"\(\s*\d{1,4}\s*\*?\s*\)"  # list numbers of the KZ hygiene norms: (349), (1294*)
    r"|\(\s*\d\s*кл[^)]*\)|\(\s*-\s*\)|\(\s*класс[^)]*\)"  # hazard class notes: (3 кл. опасн.), (-)
    r"|[/(]\s*в\s+пересчете\s+на\s+[^/()]*(?:\([^()]*\)[^/()]*)*[/)]?"  # /в пересчете на железо/
    r"|[/(]\s*по\s+молекуле\s+[^/)]*[/)]?"
    r"|[/(]\s*(?:tính\s+theo|quy\s+về|as)\s+[^/)]*[/)]?"  # `(tính theo NO2)`, `(as NO2)`: the basis, not the name
    r"|[,(]?\s*\b(?:мг|мкг|нг|mg|µg|μg|ng|ммоль|мг-экв)\s*(?:о2|o2)?\s*/\s*(?:дм3|л|м3|кг|l|m3|kg)\b\)?"  # units
)
_ENDINGS = sorted(
    (
        "ями ами ого его ому ему ыми ими ием иям иях ых их ый ий ой ая яя ое ее ые ие ую юю ия ию ии "
        "ов ев ей ам ям ах ях ом ем ою ею а я о е ы и у ю ь й "
        "лар лер дар дер тар тер"  # the Kazakh plural (`ксилолдар`: xylenes)
    ).split(),
    key=len,
    reverse=True,
)
_CYRILLIC = re.compile(r"[а-яәғқңөұүһі]")


@functools.cache
def _norm_char(ch: str) -> str:
    """One input character as the comparable text it stands for (NFKC, lower case, ё → е, one dash)."""
    if ch in _DASHES:
        return "-"
    if ch == "№":
        return "#"  # NFKC makes it `No`: `№2` would read as NO2
    out = unicodedata.normalize("NFKC", ch).lower().replace("ё", "е")
    return "".join("-" if c in _DASHES else c for c in out)


def _normalize(text: str) -> tuple[str, list[int]]:
    """Comparable text plus, for each of its characters, the offset it came from in `text`.

    Notes that carry no identity (list numbers, hazard classes, `в пересчете на …`) are blanked
    with spaces so that offsets stay valid.
    """
    norm = "".join(map(_norm_char, text))
    if len(norm) == len(text):  # every character stayed one character: offsets are positions
        origin = list(range(len(text)))
    else:
        origin = [i for i, ch in enumerate(text) for _ in _norm_char(ch)]
    probe = norm.translate(_TO_CYRILLIC)  # `в пepecчeтe` typed with Latin letters is still a note
    spans = [m.span() for m in _NOISE.finditer(norm)] + [m.span() for m in _NOISE.finditer(probe)]
    for start, end in spans:
        norm = norm[:start] + " " * (end - start) + norm[end:]
    return norm, origin


@functools.lru_cache(maxsize=65536)
def _canon_token(token: str) -> str:
    """Latin/Cyrillic lookalikes made consistent, so `C12-19`, `С12-19` and `CO`/`СО` compare equal.

    A token with a letter only Cyrillic has is Cyrillic; one with a letter only Latin has is Latin;
    a token made only of lookalikes is taken as Cyrillic. Roman numerals stay Latin.
    """
    token = unicodedata.normalize("NFC", re.sub(r"\s+", "", token))
    if _OCR_ROMAN.fullmatch(token):
        token = token.replace("l", "i")
    if _ROMAN.fullmatch(token.translate(_ROMAN_CHARS)):
        return token.translate(_ROMAN_CHARS)
    letters = [c for c in token if c.isalpha()]
    if any(c not in _CYR2LAT and _CYRILLIC.match(c) for c in letters):
        return "".join(_LAT2CYR.get(c, c) for c in token)
    if any(c not in _LAT2CYR and not _CYRILLIC.match(c) for c in letters):
        return "".join(_CYR2LAT.get(c, c) for c in token)
    return "".join(_LAT2CYR.get(c, c) for c in token)


@functools.lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    """A crude Russian stem (`диоксида` → `диоксид`) so case endings still match.

    Stems keep four letters at least, so `барий` → `бари` never meets the word `бар`.
    """
    if len(token) < 5 or not token.isalpha() or not _CYRILLIC.match(token[-1]):
        return token
    for ending in _ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 4:
            return token[: -len(ending)]
    return token


@dataclass(frozen=True)
class _Token:
    text: str
    stem: str
    start: int
    end: int


def _tokens(norm: str) -> list[_Token]:
    """Word tokens; a spaced range such as `70 - 20` or `С1 - С5` becomes one token like `70-20`."""
    out: list[_Token] = []
    for m in _TOKEN.finditer(norm):
        text = _canon_token(m.group())
        prev = out[-1] if out else None
        gap = norm[prev.end : m.start()] if prev else ""
        if prev and "-" in gap and _RANGE_GAP.fullmatch(gap) and _RANGE_END.fullmatch(prev.text + text):
            joined = f"{prev.text}-{text}"
            out[-1] = _Token(joined, joined, prev.start, m.end())
            continue
        if prev and _LINE_WRAP.fullmatch(gap):  # `содер-⏎жащая`, `2-⏎Этоксиэтанол` in a wrapped cell
            hyphen = "-" if prev.text[-1].isdigit() or text[0].isdigit() else ""
            joined = _canon_token(prev.text + hyphen + text)
            out[-1] = _Token(joined, _stem(joined), prev.start, m.end())
            continue
        out.append(_Token(text, _stem(text), m.start(), m.end()))
    return out


def _key(tokens: Iterable[_Token]) -> str:
    return " ".join(t.text for t in tokens)


def _stem_key(tokens: Iterable[_Token]) -> str:
    return " ".join(t.stem for t in tokens)


def _sorted_key(tokens: Iterable[_Token]) -> str:
    return " ".join(sorted(t.stem for t in tokens))


def _sorted_text_key(tokens: Iterable[_Token]) -> str:
    """Tokens in sorted order: `fuzz.ratio` on these equals `token_sort_ratio` without re-sorting choices."""
    return " ".join(sorted(t.text for t in tokens))


def _symbol_key(text: str) -> str:
    """Case-kept form of a formula or symbol: `Co` (cobalt) and `CO` (carbon monoxide) stay apart."""
    text = re.sub(r"\s+", "", "".join(unicodedata.normalize("NFKC", c) if c != "№" else "#" for c in text))
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
    keys: dict[str, list[str]] | None = None
    """`children` keys by first letter for rapidfuzz, filled on first fuzzy lookup (typos rarely hit it)."""


@dataclass
class _Index:
    exact: dict[str, Substance] = field(default_factory=dict)
    stems: dict[str, Substance] = field(default_factory=dict)
    symbols: dict[str, Substance] = field(default_factory=dict)
    scan_symbols: dict[str, Substance] = field(default_factory=dict)
    whole: dict[str, Substance] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)
    """Alias keys as script-neutral skeletons, for fuzzy search; dust aliases are left out."""
    sorted_choices: list[str] = field(default_factory=list)
    """The same with tokens sorted, so word order does not count."""
    choice_keys: list[str] = field(default_factory=list)
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
    index.choices.append(_key(tokens).translate(_SKELETON))
    index.sorted_choices.append(_sorted_text_key(tokens).translate(_SKELETON))
    index.choice_keys.append(_key(tokens))
    index.choice_subs.append(sub)
    if not scan:
        return
    node = index.trie
    for tok in tokens:
        node = node.children.setdefault(tok.stem, _Node())
    if node.substance is None:
        node.substance, node.alias = sub, _stem_key(tokens)


def _add_listed(index: _Index, sub: Substance) -> None:
    """A code known only from the full list: its names by exact and stemmed lookup, a formula as a
    whole cell when it cannot be a column letter or a word. Curated entries, added first, win."""
    if sub.symbol and (len(sub.symbol) >= 3 or any(c.isdigit() for c in sub.symbol)):
        index.symbols.setdefault(_symbol_key(sub.symbol), sub)
    for alias in (sub.name, *sub.aliases):
        tokens = _alias_tokens(alias)
        if tokens:
            index.exact.setdefault(_key(tokens), sub)
            index.stems.setdefault(_stem_key(tokens), sub)
            index.stems.setdefault(_sorted_key(tokens), sub)



def _add_substance(index: _Index, sub: Substance, scan_params: bool) -> None:
    if sub.symbol:
        _add_symbol(index, sub.symbol, sub)
    scan = scan_params or sub.symbol not in _UNSCANNED_SYMBOLS
    names = [a for a in (sub.name, sub.name_en, sub.name_kk, sub.name_vi, *sub.aliases) if a]
    whole_only = {_key(_alias_tokens(a[1:])) for a in names if a.startswith("=")}
    for key in whole_only:
        index.whole.setdefault(key, sub)
    for alias in names:
        if alias.startswith("=") or _key(_alias_tokens(alias)) in whole_only:
            continue
        if _is_formula(alias):
            _add_symbol(index, alias, sub)
        tokens = _alias_tokens(alias)
        if not tokens:
            continue
        short = len(tokens) == 1 and len(tokens[0].text) <= 2
        single_formula = _is_formula(alias) and len(tokens) == 1
        _add_words(index, tokens, sub, scan and not short and not single_formula)


@functools.cache
def _sounds(medium: str | None, listed: bool) -> dict[str, Substance]:
    """Names by their sound key (`extractor.nlp.phonetic`: `Trimetylamin`, `trimethylamine` for `Триметиламин`),
    curated entries of the medium first, then the full list's; built on the first Latin name no list spells."""
    media = MEDIA if medium is None else (medium,)
    subs = [sub for m in media for sub in load_substances() if sub.medium == m and sub.curated]
    subs += [sub for sub in load_substances() if not sub.curated] if listed else []
    out: dict[str, Substance] = {}
    for sub in subs:
        for name in (sub.name, *sub.aliases):
            if not name or name.startswith("=") or _is_formula(name) or not _CYRILLIC.search(name.lower()):
                continue  # (Latin names the lists already spell are found by them)
            for part in {name, *re.split(r"\s*[()]\s*", name)}:  # `Тетрахлорэтилен (Перхлорэтилен)`: each name too
                if len(key := chemical_key(part)) >= MIN_KEY:
                    out.setdefault(key, sub)
    return out


@functools.cache
def _index(medium: str | None) -> _Index:
    """Lookup tables for one medium's curated entries; without a medium, air wins over water and
    water over soil."""
    media = MEDIA if medium is None else (medium,)
    index = _Index()
    for m in media:
        for sub in load_substances():
            if sub.medium == m and sub.curated:
                _add_substance(index, sub, scan_params=medium is not None)
    return index


@functools.cache
def _listed_index() -> _Index:
    """Exact lookups for the air codes known only from the full list; built once, on the first name
    that no curated entry knows, and shared by every medium that includes air."""
    index = _Index()
    for sub in load_substances():
        if not sub.curated:
            _add_listed(index, sub)
    return index


def _check_medium(medium: str | None) -> str | None:
    if medium is None:
        return None
    medium = _MEDIUM_SYNONYMS.get(medium.lower(), medium.lower())
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
_DUST_PREFIXES = ("пыл", "неорганическ", "содерж", "двуокис", "диоксид", "кремн", "бейорганикал")
_DUST_WORDS = frozenset(
    (
        "sio2 в с до от и более выше ниже менее свыше больше меньше < > ≤ ≥ inorganic dust silica "
        "containing with of above below over under less than and шаң кремний қостотығы дан жоғары төмен кем артық"
    ).split()
)


def _is_dust_start(tokens: Sequence[_Token], i: int) -> bool:
    """`Пыль неорганическая` (either order, a typo allowed), `inorganic dust`, `бейорганикалық шаң`."""
    pair = [t.stem for t in tokens[i : i + 2]]
    if len(pair) < 2:
        return False
    a, b = pair
    if a.startswith("неорган") or fuzz.ratio(a, "неорганическ") >= 85:
        a, b = b, a
    inorganic = b.startswith("неорган") or fuzz.ratio(b, "неорганическ") >= 85
    return (
        (a.startswith("пы") and len(a) <= 5 and inorganic)
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
            while end < len(tokens) and _dust_tail(tokens[end : end + 2]):
                end += 1
            return end, substance_by_code(code)
        if not _dust_word(tok) or tok.stem.startswith("пыл"):
            break
        j += 1
    return j, None


def _dust_word(tok: _Token) -> bool:
    return tok.text in _DUST_WORDS or tok.stem.startswith(_DUST_PREFIXES)


def _dust_tail(pair: Sequence[_Token]) -> bool:
    """Words that may follow the share and still belong to the name: `двуокиси кремния`, `и более`."""
    tok = pair[0]
    if tok.text == "и":
        return len(pair) > 1 and pair[1].text in {"более", "выше", "менее", "ниже"}
    tail = {"sio2", "silica", "кремний", "қостотығы", "дан", "жоғары", "төмен", "кем", "артық"}
    return tok.text in tail | {"более", "выше", "менее", "ниже"} or tok.stem.startswith(
        ("двуокис", "диоксид", "кремн")
    )


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
    """Reject pairs that differ where it matters: numbers (C1-C5, PM10), NO vs NO2, roman numerals,
    плохо/хорошо растворимые."""
    q_digits, c_digits = set(re.findall(r"\d+", query)), set(re.findall(r"\d+", candidate))
    if c_digits and q_digits != c_digits:
        return False
    q_words, c_words = set(query.split()), set(candidate.split())
    q_tag, c_tag = _oxide_tag(q_words), _oxide_tag(c_words)
    garbled = any(_ROMANISH.fullmatch(w) and not _ROMAN.fullmatch(w) for w in q_words)
    if q_tag and c_tag and q_tag != c_tag and not garbled:
        return False
    q_roman = {w for w in q_words if _ROMAN.fullmatch(w)}
    c_roman = {w for w in c_words if _ROMAN.fullmatch(w)}
    if q_roman and not q_roman & c_roman:  # `(V)` is not `(IV)`; `(I, III)` may still be `(II, III)`
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
    """Whole text, text without brackets, each bracketed synonym, and the same without qualifiers.

    A roman numeral keeps the text whole: dropping `(V)` would turn `Азот (V) оксид` into the
    unrelated `Азот оксид`; such names go to fuzzy matching instead.
    """
    outside, inside = _split_parentheses(norm)
    whole = _tokens(norm)
    roman = any(_ROMANISH.fullmatch(t.text) for t in whole)
    inside_tokens = [_tokens(part) for part in inside]
    inside_tokens = [v for v in inside_tokens if not all(_ROMANISH.fullmatch(t.text) for t in v)]
    out = [whole, *inside_tokens] if roman else [whole, _tokens(outside), *inside_tokens]
    out += [[t for t in v if t.stem not in _QUALIFIERS] for v in out[:2]]
    return [v for v in out if v]


def _lookup(index: _Index, variants: list[list[_Token]], parts: bool) -> tuple[Substance, float] | None:
    """Exact alias first, then stems: of the whole text, or (`parts`) of the variants after it,
    where a part must not contradict the whole."""
    whole = _key(variants[0])
    usable = [v for v in variants[1:] if _compatible(whole, _key(v))] if parts else variants[:1]
    for tokens in usable:
        sub = index.exact.get(_key(tokens))
        if sub is not None:
            return sub, 100.0
    for tokens in usable:
        sub = index.stems.get(_stem_key(tokens)) or index.stems.get(_sorted_key(tokens))
        if sub is not None:
            return sub, 98.0
    return None


def _fuzzy(index: _Index, variants: list[list[_Token]]) -> tuple[Substance, float] | None:
    """Best fuzzy candidate that passes the guards and is not tied with a different substance.

    Keys are compared as skeletons (lookalike letters folded to Latin), in written and in sorted
    token order, so neither script mix-ups nor word order cost points.
    """
    best: dict[Substance, float] = {}
    queries = dict.fromkeys((_key(tokens), _sorted_text_key(tokens)) for tokens in variants[:2])
    for query, sorted_query in queries:
        cutoff = _threshold(query)
        if cutoff is None:
            continue
        for q, choices in (
            (query.translate(_SKELETON), index.choices),
            (sorted_query.translate(_SKELETON), index.sorted_choices),
        ):
            for _, score, pos in process.extract(q, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8):
                if _compatible(query, index.choice_keys[pos]):
                    sub = index.choice_subs[pos]
                    best[sub] = max(best.get(sub, 0.0), score)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 1.5:
        return None
    return ranked[0]


def _match_name(index: _Index, norm: str, listed: bool, medium: str | None = None) -> tuple[Substance, float] | None:
    """Curated names exactly, then the full code list's names exactly, then curated names fuzzily."""
    tokens = _tokens(norm)
    if not tokens:
        return None
    whole = index.whole.get(_key(tokens))
    if whole is not None:
        return whole, 100.0
    variants = _variants(norm)
    indexes = (index, _listed_index()) if listed else (index,)
    # The whole text in either list before its bracketed parts: `(Метиламино)бензол` is a name of
    # the full list, not the curated `Метиламин` inside it.
    for parts in (False, True):
        for idx in indexes:
            if (found := _lookup(idx, variants, parts)) is not None:
                return found
    if _CYRILLIC.search(norm):  # (the text lower-cased, `ё` as `е`)
        return _fuzzy(index, variants)  # the sound keys bridge Latin spellings to the lists' Russian names only
    sounds = _sounds(medium, listed)
    for tokens in variants[:2]:  # `Trimetylamin`, `ethyl acetate`: a name the lists spell another way
        key = chemical_key(" ".join(norm[t.start : t.end] for t in tokens))  # as written, not lookalikes folded
        if len(key) >= MIN_KEY and (sub := sounds.get(key)) is not None:
            return sub, 97.0
    return _fuzzy(index, variants) or _fuzzy_sound(sounds, norm, variants)


SOUND_CUTOFF = 92.0
"""How close two sound keys must be (`tetrakloetilen` for `tetrakloretilen`: a letter one spelling drops)."""


def _fuzzy_sound(sounds: dict[str, Substance], norm: str, variants: list[list[_Token]]) -> tuple[Substance, float] | None:
    """The one substance whose sound key is nearest the name's, when no other substance's is as near."""
    key = chemical_key(" ".join(norm[t.start : t.end] for t in variants[0]))
    if len(key) < MIN_KEY + 2:
        return None
    best: dict[Substance, float] = {}
    for found, score, _ in process.extract(key, list(sounds), scorer=fuzz.ratio, score_cutoff=SOUND_CUTOFF, limit=4):
        if re.findall(r"\d+", found) != re.findall(r"\d+", key):
            continue  # a fraction or an isomer by its figures
        best[sounds[found]] = max(best.get(sounds[found], 0.0), score)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 1.5):
        return None
    return ranked[0][0], round(ranked[0][1] * 0.95, 1)


def _is_dust_cell(tokens: Sequence[_Token]) -> bool:
    """Inorganic dust is decided by `_dust_code` alone: a missing SiO2 share is a firm no."""
    return _is_dust_start(tokens, 0) and not any(t.stem.startswith("гипс") for t in tokens)


@functools.lru_cache(maxsize=65536)
def match_substance(text: str, medium: str | None = None) -> SubstanceMatch | None:
    """The one substance a cell or list item names, or None when no entry is close enough.

    `medium` ("air", "water", "soil") restricts the lists: `Железо` is Fe in a soil table and
    iron oxides (0123) in an air table. Without a medium air wins, then water, then soil.
    Remembered per (text, medium): the lists are fixed for the process, the answer is frozen, and
    the table readers ask about the same cells again and again (role signals, headers, rows).
    """
    index = _index(_check_medium(medium))
    if not text or not text.strip():
        return None
    span = (len(text) - len(text.lstrip()), len(text.rstrip()))
    medium = _check_medium(medium)
    symbol = index.symbols.get(_symbol_key(text))
    if symbol is None and medium in (None, "air"):
        symbol = _listed_index().symbols.get(_symbol_key(text))
    if symbol is not None:
        return SubstanceMatch(symbol, 100.0, text, *span)
    norm, _ = _normalize(text)
    code_match = _LEADING_CODE.match(norm)
    if code_match:
        norm = " " * code_match.end() + norm[code_match.end() :]
    tokens = _tokens(norm)
    if _is_dust_cell(tokens):
        code = _dust_code(_key(tokens))
        dust = substance_by_code(code) if code else None
        return SubstanceMatch(dust, 100.0, text, *span) if dust else None
    found = _match_name(index, norm, listed=medium in (None, "air"), medium=medium)
    if found is None and (by_cas := _cas_in(text, medium)) is not None:
        found = (by_cas, 100.0)  # `Etylen oxit (C2H4O, CAS 75-21-8)`: the name unknown, the number known
    if found is None and code_match:
        found = _code_fallback(code_match.group(1), norm)
    if found is None and (bracket := _BRACKETED_SYMBOL.search(text)):
        inner = match_substance(bracket.group(1), medium)  # `Chì (Pb)*`: a name the list lacks, then its symbol
        return SubstanceMatch(inner.substance, inner.score, text, *span) if inner and inner.score >= 100 else None
    if found is None and medium in ("water", "soil") and (aired := match_substance(text, "air")) is not None and aired.score >= 100 and aired.substance.curated:
        return aired  # `Dioxin/Furan` in soil: a curated substance only the air list names, by its name exactly, keeps its code
    if found is None:
        return None
    sub, score = found
    return SubstanceMatch(sub, round(score, 1), text, *span)


_BRACKETED_SYMBOL = re.compile(r"^[^()]{2,60}\(\s*([A-Z][A-Za-z0-9]{0,11})\s*\)\s*\**\s*$")
"""A name followed by its chemical symbol or formula in brackets, a footnote mark after it."""


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
    best: tuple[int, Substance, float] | None = None
    stack = [(index.trie, i, 0)]
    while stack:
        node, j, fuzzy_steps = stack.pop()
        if node.substance is not None and j > i:
            score = _verify(_stem_key(tokens[i:j]), node.alias) if fuzzy_steps else 100.0
            if score is not None and (best is None or (j, score) > (best[0], best[2])):
                best = (j, node.substance, score)
        if j >= len(tokens) or not node.children:
            continue
        child = node.children.get(tokens[j].stem)
        if child is not None:
            stack.append((child, j + 1, fuzzy_steps))
        elif fuzzy_steps < 2:
            stack.extend((c, j + 1, fuzzy_steps + 1) for c in _fuzzy_children(node, tokens[j]))
    return best


def _verify(query: str, alias: str) -> float | None:
    """Score of a span reached through fuzzy steps, or None when it is too far from the alias."""
    cutoff = _threshold(query)
    score = fuzz.ratio(query, alias)
    if cutoff is None or score < cutoff or not _compatible(query, alias):
        return None
    return score


def _fuzzy_children(node: _Node, tok: _Token) -> list[_Node]:
    """Children a token may stand for: any other roman numeral, or a key one or two typos away."""
    if _ROMAN.fullmatch(tok.text):
        return [child for key, child in node.children.items() if _ROMAN.fullmatch(key)]
    if len(tok.stem) < 6:
        return []
    if node.keys is None:
        node.keys = {}
        for key in node.children:
            node.keys.setdefault(key[0], []).append(key)
    digits = re.findall(r"\d+", tok.stem)
    keys = node.keys.get(tok.stem[0], [])
    hits = process.extract(tok.stem, keys, scorer=fuzz.ratio, score_cutoff=85, limit=3)
    return [node.children[key] for key, _, _ in hits if re.findall(r"\d+", key) == digits]


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
            start_off, end_off = origin[tok.start], origin[tok.end - 1] + 1
            charge = re.match(r"[+\-−]*", text[end_off:])
            sub = index.scan_symbols.get(_symbol_key(text[start_off : end_off + charge.end()]))
            sub = sub or index.scan_symbols.get(_symbol_key(text[start_off:end_off]))
            hit = (i + 1, sub, 100.0) if sub else None
        if hit is None:
            i += 1
            continue
        end, sub, score = hit
        start_off, end_off = origin[tokens[i].start], origin[tokens[end - 1].end - 1] + 1
        if score < 100 and not _CYRILLIC.search((span := text[start_off:end_off]).lower()):
            sub = _sounds(None, True).get(chemical_key(span), sub)  # `Trimetylamin` one letter from `triethylamine`:
            # the name it sounds as, when one does
        tail = re.match(r"[ \t]?%|[+\-−]+(?!\w)", text[end_off:])
        end_off += tail.end() if tail else 0
        end_off = _close_bracket(text, start_off, end_off)
        out.append(SubstanceMatch(sub, round(score, 1), text[start_off:end_off], start_off, end_off))
        i = end
    return _merge_synonyms(text, out)


def _close_bracket(text: str, start: int, end: int) -> int:
    """End of a span widened over the `)` that closes a bracket opened inside it."""
    if text.count("(", start, end) > text.count(")", start, end):
        close = re.match(r"\s*\)", text[end:])
        end += close.end() if close else 0
    return end


def _merge_synonyms(text: str, matches: list[SubstanceMatch]) -> list[SubstanceMatch]:
    """`Пропан-2-он (Ацетон)` is one mention: same substance separated only by brackets or commas."""
    out: list[SubstanceMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is None or prev.substance != m.substance or re.search(r"\w", text[prev.end : m.start]):
            out.append(m)
            continue
        end = _close_bracket(text, prev.start, m.end)
        out[-1] = SubstanceMatch(
            prev.substance, min(prev.score, m.score), text[prev.start : end], prev.start, end
        )
    return out


def find_substances(text: str, medium: str | None = None) -> list[SubstanceMatch]:
    """Every substance named in `text`, in order, with offsets into `text`.

    Works on cells that list several substances separated only by spaces or line breaks and on
    sentences (`диоксид серы – 0,11 (ПДК - 0,5 мг/м3)`); case endings and typos are tolerated.
    """
    if not text:
        return []
    norm, origin = _normalize(text)
    checked = _check_medium(medium)
    found = _scan(_index(checked), text, norm, origin)
    if checked in (None, "air") and "(" in text and _BRACKETED_CODE.search(text):
        found = _with_coded_items(text, found, _CODED_ITEM)
    if checked in (None, "air") and _LISTED_CODE.search(text):
        found = _with_coded_items(text, found, _CODE_FIRST_ITEM)
    return found


_BRACKETED_CODE = re.compile(r"\(\d{4}\)")
_CODED_ITEM = re.compile(r"(?:^|(?<=[,;:(–—]))\s*(?P<name>[^,;:()–—]{3,80}?)\s*\((?P<code>\d{4})\)")
"""A listed item that ends in its code in brackets (`пыль талька (2977)`, `алюмосиликаттар (2933)`)."""


_LISTED_CODE = re.compile(r"(?:^|[;\n]|,\s)\s*\d{4}\s*[-–.:]?\s+[^\W\d_]")
_CODE_FIRST_ITEM = re.compile(r"(?:^|(?<=[;\n])|(?<=,\s))\s*(?P<code>\d{4})\s*[-–.:]?\s+(?P<name>[^;\n]{3,80}?)\s*(?=$|[;\n]|,\s+\d{4}\s)")
"""A listed item that opens with its code (`0857 Дифтордихлорметан (Фреон-12); 0409 Циклопентан`)."""


def _with_coded_items(text: str, found: list[SubstanceMatch], item: re.Pattern[str]) -> list[SubstanceMatch]:
    """The matches, with each item the scan left unnamed although its code (in brackets after it, or
    before it) is an air pollutant's and its words name that pollutant: names the reference lists only in full."""
    extra = []
    for m in item.finditer(text):
        start, end = m.start("name"), (m.end("name") if item is _CODE_FIRST_ITEM else m.end())  # `… (2977)` keeps its code
        if any(f.start < end and start < f.end for f in found):
            continue
        whole = match_substance(text[start:end], medium="air")
        if whole is not None and whole.substance.code == m.group("code"):
            extra.append(SubstanceMatch(whole.substance, whole.score, text[start:end], start, end))
        elif (coded := substance_by_code(m.group("code"))) is not None and _short_form(m.group("name"), coded):
            extra.append(SubstanceMatch(coded, SHORT_FORM_SCORE, text[start:end], start, end))
    return sorted([*found, *extra], key=lambda f: f.start) if extra else found


def _short_form(written: str, substance: Substance) -> bool:
    """Whether every word of a written name, two at least, begins a word of the code's official name
    (`пыль сахара (2973)` for `Пыль сахара, сахарной пудры (сахарозы)`): a shortened name, its code confirmed."""
    said = [w[:STEM_CHARS] for w in re.findall(r"[^\W\d_]{3,}", written.lower())]
    official = {w[:STEM_CHARS] for w in re.findall(r"[^\W\d_]{3,}", (substance.official_name or substance.name or "").lower())}
    return len(said) >= 2 and all(w in official for w in said)


STEM_CHARS = 5
SHORT_FORM_SCORE = 90.0


# ---------------------------------------------------------------- contract object


def substance_json(substance: Substance | SubstanceMatch | None, raw: str) -> dict[str, str | None]:
    """The contract's substance object; an unknown substance keeps its text as `name`."""
    if isinstance(substance, SubstanceMatch):
        substance = substance.substance
    if substance is None:
        return {"code": None, "cas": None, "symbol": None, "name": " ".join(raw.split()) or None}
    return {"code": substance.code, "cas": substance.cas, "symbol": substance.symbol, "name": substance.name}
