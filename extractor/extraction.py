"""Document model → extraction contract.

Stages: classify the document; read every table by its role (`extractor.tables`);
run the kind's extractor, which adds what its text holds; turn the sources read
into sources and monitoring duties; then gather what every document has — its
legal references (each once) and its tables with their roles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extractor import contract as c
from extractor.classify import Classification, classify
from extractor.context import Collector, Context, to_contract_ref
from extractor.extractors import pek, permit, regulation, scoping, work_plan
from extractor.extractors.card_lines import add_card_lines
from extractor.extractors.stated import add_stated_monitoring
from extractor.extractors.stated_limits import add_stated_limits
from extractor.model import Document
from extractor.nlp import legal_refs as lr
from extractor.nlp.deadlines import parse_deadline
from extractor.tables.read import finish_tables, read_tables
from extractor.tables.roles import Recognition

EXTRACTORS: dict[str, Callable[[Context, Collector], None]] = {
    "pek_programme": pek.extract,
    "scoping_conclusion": scoping.extract,
    "permit": permit.extract,
    "regulation": regulation.extract,
}
"""What each kind adds to its tables from its text (a work plan has nothing but its tables)."""


def extract_document(doc: Document, classification: Classification | None = None) -> c.Extraction:
    """The contract of one document; `classification` overrides the classifier (to read it as another kind)."""
    classification = classification or classify(doc)
    ctx = Context(doc, classification)
    out = Collector()
    read_tables(ctx, out)
    run = EXTRACTORS.get(classification.kind)
    if run is not None:
        run(ctx, out)
    add_stated_monitoring(ctx, out)
    add_stated_limits(ctx, out)
    add_card_lines(ctx, out)
    finish_tables(ctx, out)
    year = classification.year or _year_of(classification.date)
    obligations = tuple(with_due_dates(o, year) for o in out.obligations)
    return c.Extraction(
        document=c.DocumentInfo(
            sha256=doc.sha256,
            filename=doc.filename,
            format=doc.format.value,
            kind=classification.kind,
            language=doc.language,
            languages=doc.languages,
            title=classification.title,
            number=classification.number,
            date=classification.date or out.document_fields.get("date"),
            pages=doc.pages,
            issuer=out.document_fields.get("issuer"),
            valid_from=out.document_fields.get("valid_from"),
            valid_to=out.document_fields.get("valid_to"),
            year=classification.year,
            ocr_pages={str(k): v for k, v in doc.metadata.ocr_pages.items()},
        ),
        facilities=tuple(out.facilities),
        sources=tuple(out.sources),
        emissions=tuple(out.emissions),
        wastes=tuple(out.wastes),
        limits=tuple(out.limits),
        obligations=obligations,
        legal_refs=document_refs(ctx, out),
        tables=tuple(table_out(t, out.table_roles.get(ti)) for ti, _, t in ctx.tables()),
        warnings=tuple(out.warnings),
        points=tuple(out.points),
    )


def with_due_dates(o: c.Obligation, year: int | None) -> c.Obligation:
    """The concrete dates of an obligation's deadline in the document's year."""
    if not o.deadline or year is None or o.due_dates:
        return o
    if o.kind == "task":
        due = work_plan.due_date(o.deadline, year)
        dates = [due] if due else []
    else:
        rule = parse_deadline(o.deadline)
        try:
            dates = rule.due_dates(year) if rule is not None and rule.kind != "relative" else []
        except (ValueError, TypeError):
            dates = []
    return replace(o, due_dates=tuple(sorted({d.isoformat() for d in dates})))


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def document_refs(ctx: Context, out: Collector) -> tuple[c.LegalRef, ...]:
    """Every reference in the document once: in its text, its tables, and its obligations."""
    texts = [ctx.full_text]
    for _, _, table in ctx.tables():
        texts.extend(cell.text for row in table.rows for cell in row if cell is not None)
    refs = [ref for text in texts for ref in lr.find_legal_refs(text, aliases=ctx.aliases)]
    found = [to_contract_ref(r) for r in lr.dedupe_refs(refs)]
    seen = {_key(r) for r in found}
    for obligation in out.obligations:
        for ref in obligation.legal_refs:
            if _key(ref) not in seen:
                seen.add(_key(ref))
                found.append(ref)
    return tuple(found)


def _key(ref: c.LegalRef) -> tuple:
    return (ref.act, ref.number, ref.article, ref.clause, ref.subclause)


def table_out(table, found: Recognition | None) -> c.TableOut:
    return c.TableOut(
        title=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
        header=tuple(table.header),
        rows=tuple(tuple(cell.text if cell else "" for cell in row) for row in table.rows),
        role=found.role if found else "other",
        role_confidence=found.confidence if found else 0.0,
    )
