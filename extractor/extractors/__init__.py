"""One extractor per document kind: document model → contract items.

Each module has `extract(ctx, out)`: it reads `ctx.doc` and appends what it
finds to the collector `out`. The pipeline (extractor.extraction) picks the
module by the document's kind.
"""
