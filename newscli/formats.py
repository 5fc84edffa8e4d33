"""Inputs that hold many documents: JSON Lines (one object per line) and TREC/SGML ``<DOC>`` files.

Each document found becomes an ``Item``: its text, its id and the line it starts on. An entry
that is no document (a line that is not JSON, an object without the text field, a ``<DOC>``
without ``<TEXT>``) becomes an Item with an ``error``, so that it fails alone and the batch
goes on.

The text of a TREC document is built, not cut out of the file: the ``<TITLE>`` (or
``<HEADLINE>``) on the first line, a blank line, then the content of ``<TEXT>`` with its
leading and trailing blank lines removed (``<P>`` blocks become one line each, entities such as
``&amp;`` are decoded, other markup is dropped). Every offset of the document points into that
text, which the JSON output carries as ``text``, so ``text[start:end]`` is the span's text as for
any other input; the title line is the document's ``title`` span.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional

INPUT_FORMATS = ("auto", "text", "jsonl", "trec")

_DOC_START = re.compile(rb"\s*<DOC(?:\s[^>]*)?>", re.IGNORECASE)
_DOC = re.compile(r"<DOC(\s[^>]*)?>(.*?)(?:</DOC>|(?=<DOC[\s>])|\Z)", re.IGNORECASE | re.DOTALL)
_CLOSED = re.compile(r"</DOC>\s*\Z", re.IGNORECASE)
_ID_ATTR = re.compile(r"""\bid\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_P = re.compile(r"<P(?:\s[^>]*)?>(.*?)(?:</P>|(?=<P[\s>])|\Z)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9_.:-]*(?:\s[^<>]*)?/?>")
_SPACES = re.compile(r"\s+")
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Item:
    """One document inside a container input, or the reason an entry is none."""

    text: Optional[str]
    doc_id: Optional[str]
    line: int                     # 1-based line where the entry starts
    nbytes: int = 0               # size of the entry in the input, for throughput figures
    error: Optional[str] = None   # set when the entry is no document


def is_trec(head: bytes) -> bool:
    """True when bytes (the start of a file) open with a ``<DOC>`` tag, after a BOM and blanks."""
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    elif head[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 (or -32) with a byte order mark
        enc = "utf-32" if head[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") else "utf-16"
        head = head[: len(head) // 4 * 4].decode(enc, errors="ignore").encode("utf-8")
    return _DOC_START.match(head) is not None


# --- JSON Lines -------------------------------------------------------------------------------

def _field(obj: dict[str, Any], name: str) -> Any:
    """``obj[name]``, or a dotted path into nested objects (``article.body``)."""
    if name in obj:
        return obj[name]
    cur: Any = obj
    for part in name.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _id_text(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def jsonl_items(lines: Iterable[bytes], *, text_field: str = "text", id_field: str = "id",
                max_bytes: Optional[int] = None) -> Iterator[Item]:
    """Documents of a JSON Lines stream, one per non-blank line; read lazily, line by line.

    ``max_bytes`` limits each line (a JSON Lines file may be far larger than any document).
    """
    for n, raw in enumerate(lines, 1):
        size = len(raw)
        if n == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        if not raw.strip():
            continue
        if max_bytes is not None and size > max_bytes:
            yield Item(None, None, n, size, f"{size:,} bytes is larger than --max-bytes ({max_bytes:,})")
            continue
        try:
            obj = json.loads(raw)
        except UnicodeDecodeError:
            yield Item(None, None, n, size, "not UTF-8 (JSON Lines must be UTF-8)")
            continue
        except ValueError as e:
            yield Item(None, None, n, size, f"not a JSON object ({e.__class__.__name__}: {e})")
            continue
        if not isinstance(obj, dict):
            yield Item(None, None, n, size, f"not a JSON object (a {type(obj).__name__})")
            continue
        doc_id = _id_text(_field(obj, id_field))
        text = _field(obj, text_field)
        if not isinstance(text, str):
            what = "missing" if text is None else f"a {type(text).__name__}, not a string"
            yield Item(None, doc_id, n, size, f"text field '{text_field}' is {what}")
            continue
        yield Item(text, doc_id, n, size)


# --- TREC / SGML ------------------------------------------------------------------------------

def _element(block: str, *names: str) -> Optional[str]:
    """The content of the first of the named elements present in ``block``."""
    for name in names:
        m = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}\s*>", block, re.IGNORECASE | re.DOTALL)
        if m:
            return m.group(1)
    return None


def _clean_line(s: str) -> str:
    """Markup and entities out, all whitespace (line breaks too) folded into single spaces."""
    return _SPACES.sub(" ", html.unescape(_TAG.sub(" ", s))).strip()


def _body(raw: str) -> str:
    """The document's body: ``<P>`` blocks one per line, else the text with its own lines."""
    if _P.search(raw):
        paras = (_clean_line(m.group(1)) for m in _P.finditer(raw))
        return "\n".join(p for p in paras if p)
    text = html.unescape(_TAG.sub("", raw))
    lines = text.splitlines(keepends=True)
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "".join(lines).rstrip("\r\n")


def _docno(block: str, attrs: str) -> Optional[str]:
    """The document's id: ``<DOCNO>`` (or ``<DOCID>``), else the tag's ``id`` attribute."""
    docno = _element(block, "DOCNO", "DOCID")
    if docno and docno.strip():
        return docno.strip()
    m = _ID_ATTR.search(attrs)
    return m.group(1) if m else None


def trec_document(block: str, attrs: str = "") -> tuple[str, Optional[str]]:
    """(text, DOCNO) of one ``<DOC>`` block's inside; ValueError when it has no ``<TEXT>``."""
    doc_id = _docno(block, attrs)
    raw = _element(block, "TEXT", "BODY")
    if raw is None:
        raise ValueError("no <TEXT> element")
    body = _body(raw)
    head = _element(block, "TITLE", "HEADLINE", "HEADER")
    title = _clean_line(head) if head else ""
    if title and body:
        return f"{title}\n\n{body}", doc_id
    return title or body, doc_id


def trec_items(text: str) -> Iterator[Item]:
    """The documents of a decoded TREC/SGML file, in file order."""
    line, pos = 1, 0
    for m in _DOC.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        whole = m.group(0)
        size = len(whole.encode("utf-8"))
        attrs, block = m.group(1) or "", m.group(2)
        if not _CLOSED.search(whole):
            yield Item(None, _docno(block, attrs), line, size, "<DOC> without its </DOC> (truncated file?)")
            continue
        try:
            body, doc_id = trec_document(block, attrs)
        except ValueError as e:
            yield Item(None, _docno(block, attrs), line, size, str(e))
            continue
        yield Item(body, doc_id, line, size)
