"""newscli: Arabic news text, normalized and tokenized, with quotes and speakers.

    >>> import newscli
    >>> doc = newscli.parse("وقال الوزير إن المحادثات مستمرة.")
    >>> doc.quotes[0].text
    'المحادثات مستمرة'

Kept light: the submodules load on first use, so ``newscli --help`` pays for none of them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

__version__ = "0.1.0"
__all__ = ["parse", "normalize", "tokenize", "load_config", "__version__"]

if TYPE_CHECKING:
    from .config import Config, NormalizeConfig
    from .models import Document, Token


def parse(text: str, *, source: str = "<string>", config: Optional["Config"] = None) -> "Document":
    """Parse text into a Document (the same object `newscli parse` prints as JSON)."""
    from .pipeline import parse as _parse

    return _parse(text, source=source, config=config)


def normalize(text: str, options: Optional["NormalizeConfig"] = None) -> str:
    """Normalize Arabic text with the default (or given) normalization steps."""
    from .normalization import normalize as _normalize

    return _normalize(text, options)


def tokenize(text: str, options: Optional["NormalizeConfig"] = None) -> "list[Token]":
    """Tokens of text with offsets and normalized forms."""
    from .normalization import normalizer
    from .tokenize_ import tokenize as _tokenize

    return _tokenize(text, normalizer(options))


def load_config(path: Any = None) -> "Config":
    """Load a YAML config file over the built-in defaults."""
    from .config import load_config as _load

    return _load(path)
