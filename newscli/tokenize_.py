"""Tokens, sentences, paragraphs and the title, each with offsets into the original text.

Token strings equal camel-tools' ``simple_word_tokenize`` on the same text (tests prove it on a
varied sample). camel-tools splits on ``str.split()`` whitespace and splits off every character
of Unicode category P or S and every emoji sequence. The common case, text with no emoji, is one
``regex`` pass here; words that hold emoji or their modifiers take camel-tools' own algorithm,
replayed with its own pattern, so the output stays equal without importing its charsets module.
"""
from __future__ import annotations

import unicodedata
from collections import deque
from itertools import accumulate, repeat
from typing import Callable, Iterator, Optional

import regex

from .models import Sentence, Span, Token

# Exactly the characters str.split() splits on.
_WS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WORD_RE = regex.compile(f"[^{_WS}]+")
_FAST_RE = regex.compile(rf"[\p{{P}}\p{{S}}]|[^\p{{P}}\p{{S}}{_WS}]+")
# Anything that can start or extend an emoji sequence, except the plain ASCII digits, # and *.
_EMOJI_RISK_RE = regex.compile(r"[\p{Emoji}\p{EMod}\p{RI}\uFE0F\u20E3\u200D\U000E0020-\U000E007F--[0-9#*]]",
                               flags=regex.V1)
# camel-tools' _SYMBOLS_RE, verbatim.
_CAMEL_SYMBOLS_RE = regex.compile(
    r"(?:(?:\p{RI}\p{RI}|\p{Emoji}(?:\p{EMod}|\uFE0F\u20E3?|[\U000E0020-\U000E007E]+\U000E007F)?"
    r"(?:\u200D(?:\p{RI}\p{RI}|\p{Emoji}(?:\p{EMod}|\uFE0F\u20E3?|[\U000E0020-\U000E007E]+\U000E007F)?))*)"
    r"|(?:[0-9*#]\u20e3)|\p{S}|\p{P})")

_emoji_data: Optional[frozenset[str]] = None


def _is_camel_symbol(s: str) -> bool:
    """Membership in camel-tools' _SYMBOLS_ALL (punctuation, symbols, emoji)."""
    global _emoji_data
    if len(s) == 1 and unicodedata.category(s)[0] in "PS":
        return True
    if _emoji_data is None:
        _emoji_data = _emoji_sequences()
    return s in _emoji_data


def _emoji_sequences() -> frozenset[str]:
    """The emoji package's emoji (camel-tools' own source of them), kept in newscli's cache:
    importing the package holds some 8 MB of names in every language for the rest of the run."""
    import importlib.util
    import os

    from . import cache

    # the package's files, found without importing it, say which emoji list it holds
    spec = importlib.util.find_spec("emoji")
    stamp = None
    if spec is not None and spec.origin:
        folder = os.path.dirname(spec.origin)
        try:
            stamp = [(f, st.st_size, st.st_mtime_ns) for f in (spec.origin, os.path.join(folder, "unicode_codes",
                                                                "emoji.json"), os.path.join(folder, "unicode_codes",
                                                                "data_dict.py")) for st in (os.stat(f),)]
        except OSError:
            stamp = None
    k = cache.key("emoji", stamp)
    found = cache.load("emoji", k) if stamp is not None else None
    if isinstance(found, frozenset):
        return found
    from emoji import EMOJI_DATA  # only for text that holds emoji

    keys = frozenset(EMOJI_DATA)
    if stamp is not None:
        cache.store("emoji", k, keys)
    return keys


def _camel_word(word: str, offset: int) -> Iterator[tuple[int, int]]:
    """camel-tools' per-word loop (simple_word_tokenize, split_digits=False), yielding offsets."""
    n, i, start = len(word), 0, 0
    while i < n:
        m = _CAMEL_SYMBOLS_RE.match(word, pos=i)
        if m is not None and _is_camel_symbol(m[0]):
            if i != start:
                yield offset + start, offset + i
            yield offset + i, offset + m.end()
            i = start = m.end()
            continue
        i += 1
    if start < n:
        yield offset + start, offset + n


_PS_RE = regex.compile(r"[\p{P}\p{S}]")
# The fast path as one split: [gap, token, gap, token, ..., gap], the gaps being whitespace.
_SPLIT_RE = regex.compile(rf"([\p{{P}}\p{{S}}]|[^\p{{P}}\p{{S}}{_WS}]+)")


def _fast_ok(text: str) -> bool:
    """False when regex (newer Unicode) splits off a character camel-tools' Unicode does not."""
    # every P/S character of the fast path is a one-character token: check each distinct one once
    return all(unicodedata.category(c)[0] in "PS" for c in set(_PS_RE.findall(text)))


def _token_parts(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and strings of the tokens of ``text`` (see token_spans)."""
    if not _EMOJI_RISK_RE.search(text) and _fast_ok(text):
        parts = _SPLIT_RE.split(text)
        # offsets from the running length of the parts: no Python work per token
        bounds = list(accumulate(map(len, parts)))
        return bounds[0:-1:2], bounds[1::2], parts[1::2]
    starts: list[int] = []
    ends: list[int] = []
    for m in _WORD_RE.finditer(text):
        for a, b in _camel_word(m[0], m.start()):
            starts.append(a)
            ends.append(b)
    return starts, ends, [text[a:b] for a, b in zip(starts, ends)]


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token of ``text``, as camel-tools' simple_word_tokenize splits it."""
    starts, ends, _ = _token_parts(text)
    return list(zip(starts, ends))


def _norms(strs: list[str], norm: Optional[Callable[[str], str]]) -> list[str]:
    """The normalized form of every token string, each distinct string normalized once."""
    if norm is None:
        return strs
    uniq = list(dict.fromkeys(strs))
    normed = None
    if getattr(norm, "per_line", False):
        # newscli's own normalizers act on each line alone (NFKC leaves a line feed inert and never
        # makes one, the character table maps none): one call for the whole vocabulary
        normed = norm("\n".join(uniq)).split("\n")
        if len(normed) != len(uniq):
            normed = None
    if normed is None:
        normed = [norm(s) for s in uniq]
    m = dict(zip(uniq, normed))
    return [m[s] for s in strs]


_new = object.__new__
_consume = deque(maxlen=0).extend
# The slots' own setters: they write a field of a frozen Token without going through its __setattr__.
_SET_START, _SET_END, _SET_TEXT, _SET_NORM = (Token.start.__set__, Token.end.__set__,  # type: ignore[attr-defined]
                                              Token.text.__set__, Token.norm.__set__)  # type: ignore[attr-defined]


def tokenize(text: str, norm: Optional[Callable[[str], str]] = None) -> list[Token]:
    """Tokens of ``text`` with offsets and normalized forms (``norm`` defaults to identity)."""
    starts, ends, strs = _token_parts(text)
    # Token(a, b, s, n) without the frozen dataclass' four object.__setattr__ calls per token: the
    # same instances, made empty and then filled one field at a time for all tokens at once, every
    # step a map over C functions (no Python bytecode per token)
    out = list(map(_new, repeat(Token, len(starts))))
    _consume(map(_SET_START, out, starts))
    _consume(map(_SET_END, out, ends))
    _consume(map(_SET_TEXT, out, strs))
    _consume(map(_SET_NORM, out, _norms(strs, norm)))
    return out


# --- structure -------------------------------------------------------------------------------

_LINE_RE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINATORS = ".؟?!؛;…"
# After a terminator, closing marks and brackets still belong to the sentence.
_CLOSERS = "\"'”’»›)]}」』"
# Abbreviations after which a full stop does not end a sentence (undiacritized forms).
ABBREVIATIONS = frozenset("د م ق ص ج ت هـ ه أ ا ب س ش ع ف ك ل ن و ي ط ح خ ر ز ظ غ ض ث ذ Dr Mr Mrs Ms St Prof No".split())


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line's content, line terminators excluded; CR, LF and CRLF all end a line."""
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE_RE.match(text, pos)
        assert m is not None
        content = m[0].rstrip("\r\n")
        yield pos, pos + len(content)
        if m.end() == pos:
            break
        pos = m.end()


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def paragraphs(text: str) -> list[Span]:
    """Each non-blank line is a paragraph (news text puts one paragraph on a line)."""
    out = []
    for a, b in lines(text):
        a, b = _strip(text, a, b)
        if a < b:
            out.append(Span(a, b, text[a:b]))
    return out


def title(text: str) -> Optional[Span]:
    """The first line, when a blank line follows it (and more text follows that)."""
    it = lines(text)
    first = next(it, None)
    second = next(it, None)
    if first is None or second is None:
        return None
    a, b = _strip(text, *first)
    if a == b or text[second[0]:second[1]].strip():
        return None
    if not any(text[x:y].strip() for x, y in it):
        return None
    return Span(a, b, text[a:b])


_CONTINUATIONS = frozenset("في من على إلى الى عن مع حتى بعد قبل منذ عند خلال حين".split())


def _is_abbreviation(text: str, dot: int, start: int) -> bool:
    """A full stop after a one-letter Arabic abbreviation (د.) or inside one (ق.م) is no end."""
    j = dot
    while j > start and not text[j - 1].isspace() and text[j - 1] not in _TERMINATORS:
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if word in ("م", "هـ", "ه") and j >= 2 and text[j - 2].isdigit() and dot + 2 < len(text) and text[dot + 1] == " ":
        # 2013 م. وقد ...: the era letter after a year ends the sentence, unless the words go on
        # with a preposition (توفي سنة 1200 هـ. في بغداد)
        nxt = text[dot + 2:dot + 12].split(maxsplit=1)
        return bool(nxt) and nxt[0] in _CONTINUATIONS
    if word in ABBREVIATIONS:
        return True
    # ق.م / ص.ب: a letter, a dot, a letter
    return dot + 2 <= len(text) and len(word) == 1 and word.isalpha() and text[dot + 1:dot + 2].isalpha()


_TERMINATOR_RE = regex.compile(f"[{regex.escape(_TERMINATORS)}]")


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences inside text[start:end] (one paragraph): split after . ؟ ? ! ؛ and closing marks."""
    a = start
    i = start
    search = _TERMINATOR_RE.search
    while i < end:
        # jump to the next terminator: the characters between them need no look
        m = search(text, i, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "." and 0 < i and i + 1 < end and text[i - 1].isdigit() and text[i + 1].isdigit():
            i += 1
            continue  # 3.5
        if ch == "." and _is_abbreviation(text, i, a):
            i += 1
            continue
        j = i + 1
        while j < end and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
            j += 1
        # a terminator followed by a letter with no space (a URL, 3.a) is no end
        if j < end and not text[j].isspace():
            i = j
            continue
        s, e = _strip(text, a, j)
        if s < e:
            yield s, e
        a = i = j
    s, e = _strip(text, a, end)
    if s < e:
        yield s, e


def sentences(text: str, paras: list[Span]) -> list[Sentence]:
    """Sentences of every paragraph, each knowing its paragraph's index."""
    out = []
    for pi, p in enumerate(paras):
        for a, b in sentence_spans(text, p.start, p.end):
            out.append(Sentence(a, b, text[a:b], pi))
    return out
