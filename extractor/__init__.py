"""Document extraction and regulatory obligations for environmental compliance (KZ, VN)."""

__version__ = "0.1.0"
