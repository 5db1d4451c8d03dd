"""Readers: file bytes → document model (one reader per format)."""
