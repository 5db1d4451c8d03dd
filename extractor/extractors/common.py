"""Transitional: the shared context moved to `extractor.context` (removed once every extractor imports it there)."""

from extractor.context import (  # noqa: F401
    DASHES,
    Collector,
    Context,
    blocks_between,
    caption_number,
    cell,
    clean_name,
    contract_substance,
    frequency,
    is_blank,
    is_text,
    number,
    own_cell,
    roles,
    substance,
    substances_in,
    to_contract_ref,
)
