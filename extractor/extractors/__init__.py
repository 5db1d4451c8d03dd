"""One extractor per document kind: what its text holds, beside the tables.

Tables are read for every kind by `extractor.tables` before these run. Each module
has `extract(ctx, out)`: it reads `ctx.doc` and appends what its text gives (duties,
provisions, requirements, the statement of a conclusion, a text dump's lost tables)
to the collector `out`. The pipeline (`extractor.extraction`) picks the module by
the document's kind.
"""
