"""A chemical name as it sounds, the same in Russian, English and Vietnamese spelling.

The full list of air pollutants names its 2,444 substances in Russian only; a Vietnamese or English writer
spells the same name the way their language writes the international one: `Триметиламин`, `trimethylamine`,
`Trimetylamin`; `Этилацетат`, `ethyl acetate`, `Etyl axetat`. Folded to one key (Cyrillic transliterated,
`th` `t`, `y` `i`, a soft `c` and the Vietnamese `x` `s`, a hard `c` `k`, doubled letters once, a closing `e`
dropped), such names meet where no alias was written for them. The letter map is language data
(`extractor/nlp/lang/ru.py`, `CHEMICAL_TRANSLIT`); the spelling rules are those of chemical nomenclature.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from extractor.nlp import lang

MIN_KEY = 6
"""Keys shorter than this (`oksid`, `amin`) say too little to name one substance."""

_RULES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[bcdfgklmnprstvz])h"), ""),  # `th`, `kh`, `ch`, `rh`: the letter before it
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"[cq]"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"ks"), "s"),  # `axetat`, `acetate`, `ацетат`; `oxit`, `оксид`
    (re.compile(r"y"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(.)\1+"), r"\1"),
)


@cache
def _letters() -> dict[int, str]:
    table = {ord(k): v for k, v in lang.merged_dict("CHEMICAL_TRANSLIT").items()}
    table[ord("đ")] = "d"
    return table


_WORD = re.compile(r"[a-z]+|\d+")


@cache
def _word_key(word: str) -> str:
    for pattern, repl in _RULES:
        word = pattern.sub(repl, word)
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def chemical_key(name: str) -> str:
    """The sound key of a name (`Триметиламин`, `trimethylamine` and `Trimetylamin` all `trimetilamin`);
    figures kept, so `C1-C5` is not `C2-C4`."""
    low = name.lower().translate(_letters())
    if not low.isascii():
        low = "".join(ch for ch in unicodedata.normalize("NFD", low) if not unicodedata.combining(ch))
    return "".join(_word_key(word) for word in _WORD.findall(low))
