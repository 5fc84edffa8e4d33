"""The one place that knows the order of the stages: read -> normalize -> tokenize -> structure
-> quotes and speakers."""
from __future__ import annotations

from typing import Iterator, Optional

from . import readers
from .config import Config
from .models import Document
from .normalization import normalizer
from .tokenize_ import paragraphs, sentences, title, tokenize


def parse(text: str, *, source: str = "<string>", encoding: str = "str", config: Optional[Config] = None,
          quotes: bool = True, doc_id: Optional[str] = None) -> Document:
    """Parse ``text`` into a Document: title, paragraphs, sentences, tokens, quotes, speakers."""
    cfg = config or Config()
    # 1. Tokens keep their original text and carry the normalized form beside it, so every
    #    later stage matches on normalized words while offsets stay in the original text.
    tokens = tokenize(text, normalizer(cfg.normalize))
    # 2. Structure: a paragraph per line, sentences inside paragraphs.
    paras = paragraphs(text)
    sents = sentences(text, paras)
    doc = Document(source=source, encoding=encoding, text=text, title=title(text),
                   paragraphs=tuple(paras), sentences=tuple(sents), tokens=tuple(tokens), id=doc_id)
    if not quotes:
        return doc
    # 3. Quotes and speakers work on the tokens and sentences (imported here: parse-only users
    #    and `tokenize` never pay for the lexicons).
    from .quotes import extract

    return extract(doc, cfg)


def parse_source(src: readers.Source, config: Optional[Config] = None, *, quotes: bool = True) -> Document:
    """Read, decode and parse one input."""
    cfg = config or Config()
    text, enc = readers.read_text(src, cfg.input.encoding, cfg.input.max_bytes)
    return parse(text, source=src.name, encoding=enc, config=cfg, quotes=quotes)


def parse_many(inputs: list[str], config: Optional[Config] = None, *, quotes: bool = True
               ) -> Iterator[tuple[readers.Source, Optional[Document], Optional[Exception]]]:
    """Parse every input in order; a failing input yields its error and the run goes on."""
    from .errors import InternalError, NewscliError

    cfg = config or Config()
    for src in readers.expand_inputs(inputs, cfg.input.glob):
        try:
            yield src, parse_source(src, cfg, quotes=quotes), None
        except NewscliError as e:
            yield src, None, e
        except (MemoryError, RecursionError, ValueError, TypeError, IndexError, KeyError, AttributeError,
                UnboundLocalError, AssertionError) as e:
            # a bug of ours must cost one document, never the batch
            yield src, None, InternalError(f"{src.name}: internal error ({e.__class__.__name__}: {e}); "
                                           "please report it with this document")
