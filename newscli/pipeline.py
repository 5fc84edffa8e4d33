"""The one place that knows the order of the stages: read -> normalize -> tokenize -> structure
-> quotes and speakers."""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Iterator, Optional

from . import readers
from .config import Config
from .models import Document, Quote, Speaker, SpeakerRef
from .normalization import normalizer
from .tokenize_ import paragraphs, sentences, title, tokenize


def parse(text: str, *, source: str = "<string>", encoding: str = "str", config: Optional[Config] = None,
          quotes: bool = True, doc_id: Optional[str] = None) -> Document:
    """Parse ``text`` into a Document: title, paragraphs, sentences, tokens, quotes, speakers."""
    cfg = config or Config()
    if len(text) > 1_000_000:
        _check_memory(text, source)
    # 0. HTML remnants: every stage runs on a view of the same length with the markup blanked
    #    and entities decoded in place (newscli.html), so each index still indexes ``text``.
    view = None
    if cfg.input.html is not False and (cfg.input.html or "<" in text or "&" in text):
        from . import html

        if cfg.input.html or html.looks_like_html(text):
            view = html.view(text)
    base = text if view is None else view.text
    # 1. Tokens keep their original text and carry the normalized form beside it, so every
    #    later stage matches on normalized words while offsets stay in the original text.
    norm = normalizer(cfg.normalize)
    tokens = tokenize(text, norm) if view is None else view.tokens(norm)
    # 2. Structure: a paragraph per line, sentences inside paragraphs.
    paras = paragraphs(base)
    sents = sentences(base, paras)
    ttl = title(base)
    if view is not None:
        paras, sents = view.spans(paras), view.spans(sents)
        ttl = view.spans([ttl])[0] if ttl else None
    doc = Document(source=source, encoding=encoding, text=base, title=ttl,
                   paragraphs=tuple(paras), sentences=tuple(sents), tokens=tuple(tokens), id=doc_id)
    # 3. Quotes and speakers work on the tokens and sentences.
    if quotes:
        doc = _extract(doc, cfg)
    if view is None:
        return doc
    # 4. Back to the original: every span's text is its slice of ``text``.
    doc = view.restore(doc)
    if cfg.input.html is None:
        from .html import DETECTED

        doc = replace(doc, warnings=(DETECTED,) + doc.warnings)
    return doc


# Measured: parsing holds about 210-240 bytes of memory per character of text (tokens, spans, the
# JSON of the result); a text that would need more than the machine has left is refused up front
# rather than left to the out-of-memory killer.
BYTES_PER_CHAR = 250


def _available_memory() -> Optional[int]:
    """Bytes of memory this process may still take (Linux: MemAvailable and the cgroup limit)."""
    found = []
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    found.append(int(line.split()[1]) * 1024)
                    break
    except (OSError, ValueError, IndexError):
        pass
    try:
        with open("/sys/fs/cgroup/memory.max", encoding="ascii") as f:
            limit = f.read().strip()
        if limit.isdigit():
            with open("/sys/fs/cgroup/memory.current", encoding="ascii") as f:
                found.append(int(limit) - int(f.read().strip()))
    except (OSError, ValueError):
        pass
    return min(found) if found else None


def _check_memory(text: str, source: str) -> None:
    """Refuse a text too long to parse in the memory left (InputError, before any work)."""
    need = len(text) * BYTES_PER_CHAR
    free = _available_memory()
    if free is not None and need > free:
        from .errors import InputError

        raise InputError(f"{source}: {len(text):,} characters need about {need / 1e9:.1f} GB of memory to parse, "
                         f"only {max(free, 0) / 1e9:.1f} GB is available; split the input")


# A document this many tokens long is no article (the longest of the 5,096 in ../shared/corpus has
# 2,844): quotes are looked for in windows of WINDOW tokens cut at paragraph (else sentence) starts,
# so that the time the extractor takes grows with the length of the text, not with its square.
LONG_DOCUMENT = 30_000
WINDOW = 10_000


def _extract(doc: Document, cfg: Config) -> Document:
    """Quotes and speakers of a document (imported here: parse-only users never pay for the
    lexicons); a very long document is done window by window and the results merged."""
    from .quotes import extract

    if len(doc.tokens) <= LONG_DOCUMENT:
        return extract(doc, cfg)
    starts = [t.start for t in doc.tokens]
    sent_starts = [s.start for s in doc.sentences]
    sent_ends = [s.end for s in doc.sentences]
    para_starts = [p.start for p in doc.paragraphs]
    para_ends = [p.end for p in doc.paragraphs]
    cut_paras = sorted({bisect.bisect_left(starts, p) for p in para_starts})
    cut_sents = sorted({bisect.bisect_left(starts, s) for s in sent_starts})
    parts = []
    t0, n = 0, len(starts)
    while t0 < n:
        t1 = min(n, t0 + WINDOW)
        if t1 < n:
            for cuts in (cut_paras, cut_sents):
                k = bisect.bisect_right(cuts, t1) - 1
                if k >= 0 and cuts[k] > t0 + WINDOW // 2:
                    t1 = cuts[k]
                    break
        a, b = starts[t0], doc.tokens[t1 - 1].end
        s0, s1 = bisect.bisect_right(sent_ends, a), bisect.bisect_left(sent_starts, b)
        p0, p1 = bisect.bisect_right(para_ends, a), bisect.bisect_left(para_starts, b)
        sub = replace(doc, tokens=doc.tokens[t0:t1], sentences=doc.sentences[s0:s1],
                      paragraphs=doc.paragraphs[p0:p1], warnings=())
        parts.append((s0, extract(sub, cfg)))
        t0 = t1
    return _merge(doc, parts)


def _merge(doc: Document, parts: list[tuple[int, Document]]) -> Document:
    """One document from the windows' results: quotes renumbered, speakers of one name merged."""
    quotes: list[Quote] = []
    warnings = list(doc.warnings)
    merged: dict[tuple[str, str], dict] = {}
    for s0, part in parts:
        ids = {}
        for sp in part.speakers:
            m = merged.setdefault((sp.name, sp.type), {"id": f"s{len(merged) + 1}", "name": sp.name, "type": sp.type,
                                                       "titles": [], "gender": None, "mentions": [], "quotes": 0})
            ids[sp.id] = m["id"]
            m["titles"] += [t for t in sp.titles if t not in m["titles"]]
            m["gender"] = m["gender"] or sp.gender
            m["mentions"] += sp.mentions
            m["quotes"] += sp.quotes

        def ref(r: Optional[SpeakerRef]) -> Optional[SpeakerRef]:
            return None if r is None else replace(r, id=ids.get(r.id, r.id))

        for q in part.quotes:
            quotes.append(replace(q, id=f"q{len(quotes) + 1}", speaker=ref(q.speaker),
                                  co_speakers=tuple(ref(r) for r in q.co_speakers),
                                  sentence=None if q.sentence is None else q.sentence + s0))
        warnings += part.warnings
    speakers = tuple(Speaker(m["id"], m["name"], m["type"], tuple(m["titles"]), m["gender"], tuple(m["mentions"]),
                             m["quotes"]) for m in merged.values())
    return replace(doc, quotes=tuple(quotes), speakers=speakers, warnings=tuple(warnings))


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
