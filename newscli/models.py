"""Result types: frozen dataclasses whose ``to_dict`` gives exactly the JSON newscli prints.

Every ``start``/``end`` is a code-point index into ``Document.text``, the text as decoded from the
input (BOM removed, line endings untouched), so ``text[start:end]`` is always the span's text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

SCHEMA = "newscli.document/1"


@dataclass(frozen=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form: start, end, text."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation token with its normalized form.

    Slots, not a ``__dict__``: a document has thousands of tokens, and a slotted one holds about
    100 bytes less and gives the garbage collector no dict to visit.
    """

    start: int
    end: int
    text: str
    norm: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form: start, end, text, norm."""
        return {"start": self.start, "end": self.end, "text": self.text, "norm": self.norm}


@dataclass(frozen=True)
class Sentence:
    """A sentence, with the index of the paragraph that holds it."""

    start: int
    end: int
    text: str
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        """JSON form: start, end, text, paragraph."""
        return {"start": self.start, "end": self.end, "text": self.text, "paragraph": self.paragraph}


@dataclass(frozen=True)
class Cue:
    """The reporting cue of a quote (قال، مضيفا، بحسب ...) and its dictionary form."""

    start: int
    end: int
    text: str
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form: start, end, text, lemma."""
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma}


@dataclass(frozen=True)
class SpeakerRef:
    """A quote's link to a speaker entity, with the mention nearest the quote (or None)."""

    id: str
    name: str
    type: str
    mention: Optional[Span]

    def to_dict(self) -> dict[str, Any]:
        """JSON form: id, name, type, mention."""
        return {"id": self.id, "name": self.name, "type": self.type,
                "mention": self.mention.to_dict() if self.mention else None}


@dataclass(frozen=True)
class Quote:
    """A direct, indirect or mixed quote: its content span, cue and speaker."""

    id: str
    kind: str
    start: int
    end: int
    text: str
    cue: Optional[Cue]
    speaker: Optional[SpeakerRef]
    sentence: Optional[int]
    co_speakers: tuple[SpeakerRef, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form as documented in README."""
        d = {"id": self.id, "kind": self.kind, "start": self.start, "end": self.end,
             "text": self.text, "cue": self.cue.to_dict() if self.cue else None,
             "speaker": self.speaker.to_dict() if self.speaker else None,
             "sentence": self.sentence}
        if self.co_speakers:
            d["co_speakers"] = [s.to_dict() for s in self.co_speakers]
        return d


@dataclass(frozen=True)
class Speaker:
    """One entity quoted in a document, with every mention of it."""

    id: str
    name: str
    type: str
    titles: tuple[str, ...]
    gender: Optional[str]
    mentions: tuple[Span, ...]
    quotes: int

    def to_dict(self) -> dict[str, Any]:
        """JSON form: id, name, type, titles, gender, mentions, quotes."""
        return {"id": self.id, "name": self.name, "type": self.type, "titles": list(self.titles),
                "gender": self.gender, "mentions": [m.to_dict() for m in self.mentions],
                "quotes": self.quotes}


@dataclass(frozen=True)
class Warning_:
    """Something odd in the input that did not stop processing (an unbalanced quote mark ...)."""

    code: str
    message: str
    start: Optional[int] = None
    end: Optional[int] = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: code, message, and the offending span when there is one."""
        d: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.start is not None:
            d["start"], d["end"] = self.start, self.end
        return d


@dataclass(frozen=True)
class Document:
    """A parsed document: its text, structure, tokens, quotes and speakers."""

    source: str
    encoding: str
    text: str
    title: Optional[Span]
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    warnings: tuple[Warning_, ...] = ()
    id: Optional[str] = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def _head_tail(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The JSON object's fields before the tokens and those after them."""
        head: dict[str, Any] = {"schema": SCHEMA, "source": self.source}
        if self.id is not None:
            head["id"] = self.id
        head.update({
            "encoding": self.encoding,
            "title": self.title.to_dict() if self.title else None,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences],
        })
        tail = {"quotes": [q.to_dict() for q in self.quotes],
                "speakers": [s.to_dict() for s in self.speakers],
                "warnings": [w.to_dict() for w in self.warnings]}
        return head, tail

    def to_dict(self, *, tokens: bool = True) -> dict[str, Any]:
        """JSON form (schema newscli.document/1); ``tokens=False`` leaves the token list out."""
        d, tail = self._head_tail()
        if tokens:
            d["tokens"] = [t.to_dict() for t in self.tokens]
        d.update(tail)
        return d

    def to_json(self, *, tokens: bool = True) -> str:
        """``json.dumps(self.to_dict(tokens=tokens), ensure_ascii=False)``, the same string made
        faster: the token list, most of a document's JSON, is written straight from the tokens
        instead of through a dict per token (about twice as fast for the tokens)."""
        from json import dumps
        from json.encoder import encode_basestring as q  # what dumps(ensure_ascii=False) quotes str with

        head, tail = self._head_tail()
        if not tokens:
            head.update(tail)
            return dumps(head, ensure_ascii=False)
        toks = ", ".join([f'{{"start": {t.start}, "end": {t.end}, "text": {q(t.text)}, "norm": {q(t.norm)}}}'
                          for t in self.tokens])
        # head and tail are never empty: "{...}" + "{...}" joined around the tokens
        return f'{dumps(head, ensure_ascii=False)[:-1]}, "tokens": [{toks}], {dumps(tail, ensure_ascii=False)[1:]}'
