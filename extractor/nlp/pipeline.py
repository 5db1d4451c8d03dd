"""spaCy pipelines per language, with this project's entities.

Blank pipelines only (no model weights): `ru` with the pymorphy3 lemmatizer,
`vi` with its rule tokenizer (no pyvi), and Kazakh through Kyrgyz, the
closest Turkic language spaCy ships rules for. On top of the tokenizer:

- an entity ruler with token patterns for waste codes (`16 06 01*`,
  `160601*`) and emission source numbers next to the words that announce them;
- a component that adds what the project's finders recognise: substances
  (with their reference code), legal references, frequencies, deadlines.

Each pipeline is built once per process (`pipeline(lang)` is cached) and used
for many texts, never rebuilt per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.nlp.deadlines import find_deadlines
from extractor.nlp.frequency import find_frequencies
from extractor.nlp.legal_refs import find_legal_refs
from extractor.nlp.substances import find_substances
from extractor.nlp.wastes import find_waste_codes

BLANK = {"ru": "ru", "kk": "ky", "vi": "vi", "en": "en"}
LABELS = ("SUBSTANCE", "WASTE_CODE", "SOURCE", "LEGAL_REF", "FREQUENCY", "DEADLINE")

# Token patterns of the entity ruler: a source number after a word that announces it.
SOURCE_WORDS = ["источник", "источника", "источников", "ист", "ист.", "көзі", "көздері", "nguồn", "source"]
RULER_PATTERNS = [
    {
        "label": "SOURCE",
        "pattern": [
            {"LOWER": {"IN": SOURCE_WORDS}},
            {"LOWER": "№", "OP": "?"},
            {"TEXT": {"REGEX": r"^(0\d{3}|[1-5]\d{3}|[6-9]\d{3})$"}},
        ],
    },
    {"label": "WASTE_CODE", "pattern": [{"TEXT": {"REGEX": r"^\d{6}\*?$"}}]},
    {
        "label": "WASTE_CODE",
        "pattern": [
            {"TEXT": {"REGEX": r"^\d{2}$"}},
            {"TEXT": {"REGEX": r"^\d{2}$"}},
            {"TEXT": {"REGEX": r"^\d{2}\*?$"}},
        ],
    },
]

if not Span.has_extension("reference"):
    Span.set_extension("reference", default=None)


@dataclass(frozen=True)
class Entity:
    label: str
    text: str
    start: int
    end: int
    reference: str | None = None
    """The substance code/symbol, the normalised waste code, the frequency word, the legal reference's article."""


@Language.component("regdocs_finders")
def _finders(doc: Doc) -> Doc:
    """Substances, legal references, frequencies and deadlines, from the project's finders."""
    text = doc.text
    spans: list[Span] = list(doc.ents)
    for m in find_substances(text):
        _add(doc, spans, m.start, m.end, "SUBSTANCE", m.substance.code or m.substance.symbol)
    for ref in find_legal_refs(text):
        _add(doc, spans, ref.start, ref.end, "LEGAL_REF", ref.article or ref.number)
    for f in find_frequencies(text):
        _add(doc, spans, f.start, f.end, "FREQUENCY", f.word)
    for d in find_deadlines(text):
        _add(doc, spans, d.start, d.end, "DEADLINE", d.kind)
    for span in spans:
        if span.label_ == "WASTE_CODE" and span._.reference is None:
            codes = find_waste_codes(span.text, strict=False)
            span._.reference = codes[0][2].code if codes else None
    doc.ents = filter_spans([s for s in spans if not (s.label_ == "WASTE_CODE" and s._.reference is None)])
    return doc


def _add(doc: Doc, spans: list[Span], start: int, end: int, label: str, reference: str | None) -> None:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        span._.reference = reference
        spans.append(span)


@cache
def pipeline(lang: str) -> Language:
    """The pipeline of a language (ru, kk, vi, en), built once per process."""
    code = BLANK.get(lang, "xx")
    if code == "vi":
        nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    else:
        nlp = spacy.blank(code)
    if code == "ru":
        nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    nlp.initialize()  # before the ruler: initialising would clear its patterns
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(RULER_PATTERNS)
    nlp.add_pipe("regdocs_finders", last=True)
    return nlp


def entities(text: str, lang: str = "ru") -> list[Entity]:
    """The project's entities in a text, in order."""
    doc = pipeline(lang)(text)
    return [Entity(e.label_, e.text, e.start_char, e.end_char, e._.reference) for e in doc.ents]


def lemmas(text: str, lang: str = "ru") -> list[str]:
    """Lemmas where the language has a lemmatizer (Russian), lower-cased tokens elsewhere."""
    doc = pipeline(lang)(text)
    return [(t.lemma_ or t.lower_).lower() for t in doc]
