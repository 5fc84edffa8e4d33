"""Quote detection (placeholder until the extractor lands)."""
from __future__ import annotations

from .config import Config
from .models import Document


def extract(doc: Document, config: Config) -> Document:
    """Return the document with its quotes and speakers."""
    return doc
