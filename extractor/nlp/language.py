"""Which language a text is in: ru, kk, vi, en (or another langdetect code).

langdetect has no Kazakh profile and calls Kazakh "ru" or "uk", and it is
slow on thousands of short blocks. Script decides first: Cyrillic text is
Kazakh when the letters only Kazakh uses (ә ғ қ ң ө ұ ү һ і) are frequent
enough, Russian otherwise; Latin text with Vietnamese letters is Vietnamese.
langdetect is asked only about other Latin text.

A short text (a table cell, a task name, a heading) has too few words for a
share: there each word is evidence for Kazakh (one of its letters, a frequent
word or ending written without them: `есеп беру`, `жыл сайын`) or for Russian
(a function word, an ending: `в районе`, `-ение`), and the larger count wins,
Russian on a tie. The words and endings are data in `extractor.nlp.lang`
(`LANGUAGE_WORDS`, `LANGUAGE_SUFFIXES`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache

from extractor.nlp import lang as lang_data

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
VIETNAMESE_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
MIN_LETTERS = 3
LANGDETECT_CONFIDENCE = 0.9
KAZAKH_WORD_SHARE = 0.25
"""Share of Cyrillic words with a Kazakh-only letter above which a text is Kazakh: most words of
Kazakh prose have one; a Russian sentence naming «Ақтөбе» or «Жаңаөзен» has one word in ten."""
SHORT_TEXT_WORDS = 12
"""Up to this many Cyrillic words, Kazakh is told by the evidence of each word rather than by the share."""
MIN_SUFFIX_WORD = 4
"""Endings are read only on words at least this long (`ка`, `ау` alone are no evidence)."""
_WORD = re.compile(r"\w+")


def _is_vietnamese_letter(ch: str) -> bool:
    if ch in VIETNAMESE_LETTERS:
        return True
    # Latin letters with tone marks of Vietnamese (precomposed in U+1EA0–U+1EF9).
    return "\u1ea0" <= ch <= "\u1ef9"


def detect(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it has too few letters to say."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    cyrillic = [ch for ch in letters if "\u0400" <= ch <= "\u04ff"]
    if len(cyrillic) >= len(letters) / 2:
        words = [w for w in _WORD.findall(text) if any("\u0400" <= ch <= "\u04ff" for ch in w)]
        if len(words) <= SHORT_TEXT_WORDS:
            return _short_cyrillic(words)
        kazakh = sum(1 for w in words if KAZAKH_LETTERS.intersection(w))
        if kazakh and kazakh >= KAZAKH_WORD_SHARE * len(words) and (kazakh >= 2 or len(words) <= 2):
            return "kk"
        return "ru"
    latin = [ch for ch in letters if unicodedata.name(ch, "").startswith("LATIN")]
    if len(latin) >= len(letters) / 2:
        vietnamese = sum(_is_vietnamese_letter(ch) for ch in latin)
        if vietnamese >= 1 and vietnamese >= 0.03 * len(latin):
            return "vi"
        return _langdetect(text)
    return _langdetect(text)


@cache
def _evidence(code: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """A language's frequent words and endings (`LANGUAGE_WORDS`, `LANGUAGE_SUFFIXES`)."""
    suffixes = lang_data.get(code, "LANGUAGE_SUFFIXES", ())
    regex = re.compile("|".join(f"(?:{s})" for s in suffixes)) if suffixes else None
    return frozenset(lang_data.get(code, "LANGUAGE_WORDS", frozenset())), regex


def _says(word: str, code: str) -> bool:
    words, endings = _evidence(code)
    return word in words or (
        endings is not None and len(word) >= MIN_SUFFIX_WORD and endings.search(word) is not None
    )


def _short_cyrillic(words: list[str]) -> str:
    """`kk` or `ru` for a short Cyrillic text: which language more of its words speak for (Russian on a tie)."""
    kazakh = russian = 0
    for word in words:
        if len(word) == 1 and word.isupper():  # an initial (`Қ.Б.`) says nothing of the language
            continue
        w = word.lower()
        if KAZAKH_LETTERS.intersection(w) or _says(w, "kk"):
            kazakh += 1
        elif _says(w, "ru"):
            russian += 1
    return "kk" if kazakh > russian else "ru"


@cache
def _detector_factory():
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return DetectorFactory


def _langdetect(text: str) -> str | None:
    """langdetect's answer when it is sure of it (transliterated names fool it)."""
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _detector_factory()
    try:
        best = detect_langs(text)[0]
    except (LangDetectException, IndexError):
        return None
    return best.lang.split("-")[0] if best.prob >= LANGDETECT_CONFIDENCE else None


def shares(texts: Iterable[tuple[str | None, int]]) -> dict[str, float]:
    """Share of text per language from (language, length) pairs, rounded to 3 places."""
    weights: Counter[str] = Counter()
    for lang, length in texts:
        if lang:
            weights[lang] += length
    total = sum(weights.values())
    if not total:
        return {}
    return {lang: round(w / total, 3) for lang, w in weights.most_common()}
