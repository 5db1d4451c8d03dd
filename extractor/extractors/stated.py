"""Monitoring duties a document states in its sentences, whatever its kind: `В наблюдательных скважинах Н-1,
Н-2 и Н-3 ежеквартально определяются: pH, сухой остаток, хлориды …`, `Tại các giếng quan trắc GN1 – GN3
quan trắc các thông số: pH, TDS …, tần suất 03 tháng/lần`. Each place a sentence names gets its duty,
unless a table or the kind's extractor already gave that place one; a duty read from the same sentence
without its places gives way to those that have them.
"""

from __future__ import annotations

from dataclasses import replace

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, Context, frequency, is_text, substances_in
from extractor.tables.duty_lines import WHOLE_SENTENCES, stated_duties
from extractor.tables.points import places_named


def add_stated_monitoring(ctx: Context, out: Collector) -> None:
    """The monitoring duties of the document's paragraphs, a duty per place; a duty read without its places
    given those its own words name."""
    out.obligations[:] = [one for o in out.obligations for one in _placed(o)]
    placed = {_place(o) for o in out.obligations if o.kind == "monitoring"}
    for bi, block in enumerate(ctx.doc.blocks):
        if block.table is not None or not is_text(block):
            continue
        made = []
        for sentence in WHOLE_SENTENCES.split(block.text):
            medium = words.first_label("MEDIUM_WORDS", [sentence])
            for where, what, when in stated_duties(sentence):
                said = frequency(when)
                found = substances_in(what, medium) if medium else max((substances_in(what, m) for m in ("air", "water")), key=len)
                sources, points = places_named(where)
                for source, point in [*((s, None) for s in sources), *((None, p) for p in points)]:
                    if (source, point) in placed or not found:
                        continue
                    placed.add((source, point))
                    made.append(
                        c.Obligation(
                            id="",
                            kind="monitoring",
                            text=f"{point or source} — {what}; {when}",
                            frequency=said.word if said else None,
                            rrule=said.rrule if said else None,
                            substances=tuple(s for s, _ in found),
                            source_numbers=(source,) if source else (),
                            point=point,
                            provenance=ctx.block_provenance(bi),
                            language=block.language or ctx.doc.language,
                        )
                    )
        if made:
            out.obligations[:] = [o for o in out.obligations if not _unplaced_from(o, bi)]
            for obligation in made:
                out.add_obligation(obligation)
    out.obligations[:] = [replace(o, id=f"o{n}") for n, o in enumerate(out.obligations, 1)]  # ids in order, once each


def _placed(o: c.Obligation) -> list[c.Obligation]:
    """A monitoring duty that says nowhere where, once per place its text names (`Vị trí quan trắc: 01 điểm
    tại ống khói lò hơi (KT1)`); the duty as it is otherwise."""
    if o.kind != "monitoring" or o.point or o.source_numbers:
        return [o]
    sources, points = places_named(o.text)
    at = [*((s, None) for s in sources), *((None, p) for p in points)]
    return [replace(o, source_numbers=(s,) if s else (), point=p) for s, p in at] or [o]


def _place(o: c.Obligation) -> tuple[str | None, str | None]:
    return (o.source_numbers[0] if o.source_numbers else None), o.point


def _unplaced_from(o: c.Obligation, bi: int) -> bool:
    """A monitoring duty read from block `bi` that says nowhere where."""
    return o.kind == "monitoring" and o.provenance.block == bi and not o.point and not o.source_numbers
