"""Text repair shared by the readers: clean characters, join broken lines.

PDF text and hard-wrapped dumps break words at line ends, with a hyphen
("производствен-/ного") or, in narrow table cells, without one
("Вентиляционны/й"). A Russian lexicon (pymorphy3's dictionary, installed with
the package) decides whether the two pieces form one word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_BOOKMARK = re.compile(r"\[(?:bookmark|anchor):\s*[^\]]*\]", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Bullets of the Symbol and Wingdings fonts land in the private use area.
_INVISIBLE.update({0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF076: "❖", 0xF0FC: "✓", 0xF0A8: "▪", 0xF06E: "■"})
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2007\u2009\u202f]+")
_CYR = "А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_CYR_WORD_END = re.compile(rf"([{_CYR}]+)$")
_CYR_WORD_START = re.compile(rf"^([{_CYR}]+)")
# Short Russian words that may begin a line on their own; never glued to the word before.
_FUNCTION_WORDS = frozenset(
    [
        "и",
        "а",
        "в",
        "с",
        "к",
        "у",
        "о",
        "я",
        "не",
        "на",
        "по",
        "то",
        "же",
        "ли",
        "бы",
        "из",
        "от",
        "до",
        "за",
        "во",
        "со",
        "ко",
        "об",
        "ни",
        "но",
        "да",
        "их",
        "ее",
        "её",
        "он",
        "мы",
        "вы",
    ]
)
# Adjective and noun endings that a narrow column may push onto the next line alone.
_ENDINGS = frozenset(
    [
        "ий",
        "ый",
        "ой",
        "ая",
        "яя",
        "ое",
        "ее",
        "ые",
        "ие",
        "ых",
        "их",
        "ого",
        "его",
        "ому",
        "ему",
        "ом",
        "ем",
        "ую",
    ]
)


def clean(text: str) -> str:
    """Drop converter artefacts and invisible characters; one space between words; composed Unicode.

    Word keeps Vietnamese and Kazakh letters as typed, often decomposed ("â" + U+0301), while PDF
    text comes composed ("ấ"): NFC makes the same text equal whatever the format.
    """
    text = unicodedata.normalize("NFC", _BOOKMARK.sub("", text).translate(_INVISIBLE))
    return _SPACES.sub(" ", text).strip()


@cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def is_known_word(word: str) -> bool:
    return _morph().word_is_known(word.lower())


def join_lines(lines: list[str], in_cell: bool = False) -> str:
    """Join wrapped lines into one text, repairing words broken at line ends.

    `in_cell` also repairs breaks without a hyphen, which only happen when a
    word is wider than a narrow table column.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        glue = _glue(out, line, in_cell)
        out = (out[:-1] if glue is None else out + glue) + line
    return out


def _broken_word(head: str, tail: str) -> bool:
    """Whether `head-` at a line end and `tail` are one word broken by the hyphen: the lexicon knows the
    whole word (`производствен-ного`, `Кате-гория`), or does not know the tail, which a compound's tail
    always is (`санитарно-защитный`, `северо- и`): a Kazakh word (`тексе-ріледі`), the lexicon being
    Russian."""
    return is_known_word(head + tail) or (len(tail) > 2 and not is_known_word(tail))


_CELL_BREAK = re.compile(rf"([{_CYR}]{{2,}})-(?:\n| )([а-яёәғқңөұүһі]+)")


def mended_breaks(text: str) -> str:
    """A cell's words broken by a hyphen joined again: `Периодич-⏎ность` (a narrow DOCX column wrapped by
    hand), `Периодич- ность` (the same cell in a text dump). Compounds keep their hyphen."""
    if "-" not in text:
        return text
    return _CELL_BREAK.sub(lambda m: m[1] + m[2] if _broken_word(m[1], m[2]) else m[0], text)


def _glue(before: str, after: str, in_cell: bool) -> str | None:
    """What goes between two wrapped lines: a space, nothing, or None to drop a word-break hyphen."""
    if before.endswith("-") and not before.endswith(" -") and len(before) > 1:
        head = _CYR_WORD_END.search(before[:-1])
        tail = _CYR_WORD_START.match(after)
        if head and tail and after[0].islower() and _broken_word(head.group(1), tail.group(1)):
            return None
        return ""
    if after[0] in ",.:;)%»" and not after.startswith(("...", "..")):
        return ""
    if in_cell and after[0] == "-" and after[1:2].isalpha() and before[-1].isalpha():
        return ""  # `инженер` over `-эколог`: a compound wrapped before its hyphen, no dash (a dash stands apart)
    if before[-1].isdigit() or after[0].isdigit() or before[-1] in ",;":
        return " "  # two figures of a table column (`1,2100` / `0337`) or a list after a comma stay apart
    if in_cell:
        head = _CYR_WORD_END.search(before)
        tail = _CYR_WORD_START.match(after)
        if head and tail and after[0].islower():
            a, b = head.group(1), tail.group(1)
            short_tail = len(b) <= 2 and b.lower() not in _FUNCTION_WORDS and a.lower() not in _FUNCTION_WORDS
            if is_known_word(a + b) and (short_tail or not (is_known_word(a) and is_known_word(b))):
                return ""
            if b.lower() in _ENDINGS and not is_known_word(a):
                return ""  # a proper name's stem and its ending: "Жезказганск/ий"
    return " "
