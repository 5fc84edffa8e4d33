"""Speakers: from the mention linked to each quote to one entity per person or organization.

A mention (وزير الخارجية الروسي سيرغي لافروف) splits into descriptors (titles, nationality
adjectives, organization words) and a name. Within a document, a later mention by surname
(لافروف), by title (الوزير الروسي) or no mention at all (وأضاف ...) resolves to an entity
introduced earlier. ``aggregate`` counts speakers across documents.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Optional

from .models import Document, Span, Speaker, SpeakerRef

if TYPE_CHECKING:
    from .quotes import _Cand, _Doc

# Mention words that are never part of a name.
_FUNCTION = frozenset("و في من الي علي عن مع ل ب ان انه باسم اسم عام العام السابق الحالي الجديد الاسبق "
                      "الدكتور الشيخ السيد السيده الاستاذ المهندس".split())


@dataclass
class _Entity:
    id: str
    name: str
    name_norm: tuple[str, ...]
    type: str
    titles: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)        # title and nationality words, without ال
    gender: Optional[str] = None
    mentions: list[Span] = field(default_factory=list)
    quotes: int = 0


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


class _Mention:
    """What a speaker mention says: its type, descriptor words and name tokens."""

    def __init__(self, d: "_Doc", a: int, b: int) -> None:
        lex = d.lex
        self.a, self.b = a, b
        toks = d.norm[a:b]
        self.norm = toks
        self.text = d.text[d.toks[a].start:d.toks[b - 1].end]
        self.span = Span(d.toks[a].start, d.toks[b - 1].end, self.text)

        def descriptor(w: str) -> bool:
            w2 = w[1:] if w[:1] == "و" and len(w) > 3 and w[1:] in lex.titles | lex.nationalities else w
            return (w2 in lex.titles or w2 in lex.nationalities or w2 in lex.organizations or w2 in lex.groups
                    or w2 in lex.documents or w2 in _FUNCTION or w2.startswith("ال") or w2.startswith("لل")
                    or w2.startswith("بال") or not w2.isalpha())

        # the name: tokens after the last descriptor (a name's own last word may start with ال)
        last_desc = -1
        for k, w in enumerate(toks[:-1]):
            if descriptor(w):
                last_desc = k
        name_from = last_desc + 1
        if descriptor(toks[-1]) and not toks[-1].startswith("ال"):
            name_from = len(toks)
        if name_from < len(toks) and toks[-1].startswith("ال") and last_desc == len(toks) - 2 \
                and toks[-1] in lex.nationalities | lex.titles:
            name_from = len(toks)
        self.name_toks = tuple(w for w in toks[name_from:] if w.isalpha())
        self.heads = {_bare(w) for w in toks[:name_from] if w in lex.titles or w in lex.nationalities}
        head = _bare(toks[0])
        if toks[0] in lex.documents or head in lex.documents:
            self.type = "document"
        elif toks[0] in lex.groups or head in lex.groups:
            self.type = "group"
        elif toks[0] in lex.organizations or head in lex.organizations or any(
                tuple(toks[:len(o)]) == o for o in lex.org_names):
            self.type = "organization"
        elif self.heads or self.name_toks:
            self.type = "person"
        else:
            self.type = "unknown"
        if self.type in ("organization", "group", "document"):
            self.name_toks = ()
        if self.name_toks:
            na = a + name_from
            nb = b
            self.name = d.text[d.toks[na].start:d.toks[nb - 1].end]
            self.title = d.text[d.toks[a].start:d.toks[na - 1].end] if name_from else ""
        else:
            self.name = self.text
            self.title = self.text if self.type == "person" else ""
        fem = any(w.endswith("ه") and w[:-1] in lex.titles for w in toks[:max(1, name_from)])
        self.gender = "female" if fem else None


def _fuller_name(d: "_Doc", name: tuple[str, ...]) -> Optional[tuple[int, int]]:
    """An earlier, longer naming of a one-word name: الروسي سيرغي لافروف for لافروف."""
    if len(name) != 1:
        return None
    lex = d.lex
    target = name[0]
    for i, w in enumerate(d.norm):
        if w != target or i < 2:
            continue
        prev, prev2 = d.norm[i - 1], d.norm[i - 2]
        if prev.isalpha() and not prev.startswith("ال") and prev not in lex.titles and lex.cue(prev) is None \
                and prev not in _FUNCTION and (prev2 in lex.titles or prev2 in lex.nationalities):
            return i - 1, i + 1
    return None


def _compatible(e: _Entity, m: _Mention) -> bool:
    if m.name_toks:
        en = e.name_norm
        mn = m.name_toks
        if not en:
            return False
        # the same last word (surname), or one naming contained in the other
        if en[-1] == mn[-1]:
            return True
        k = len(mn)
        return any(en[j:j + k] == mn for j in range(len(en) - k + 1))
    if m.type == "person" and m.heads:
        return bool(m.heads & e.heads) and m.heads <= e.heads | {h for h in m.heads if h not in e.heads and False}
    if m.type in ("organization", "group", "document"):
        return e.name_norm == tuple(m.norm) or " ".join(m.norm) == " ".join(e.name_norm)
    return False


def resolve(d: "_Doc", cands: "list[_Cand]") -> tuple[list[Optional[list[SpeakerRef]]], list[Speaker]]:
    """Speaker references for each candidate quote, and the document's speaker entities."""
    entities: list[_Entity] = []
    refs: list[Optional[list[SpeakerRef]]] = []
    last: Optional[_Entity] = None
    last_female: Optional[_Entity] = None

    def ref(e: _Entity, mention: Optional[Span]) -> SpeakerRef:
        return SpeakerRef(e.id, e.name, e.type, mention)

    def new_entity(m: _Mention) -> _Entity:
        name, name_norm = m.name, m.name_toks or tuple(m.norm)
        if m.type == "person" and m.name_toks:
            full = _fuller_name(d, m.name_toks)
            if full is not None:
                name = d.text[d.toks[full[0]].start:d.toks[full[1] - 1].end]
                name_norm = tuple(d.norm[full[0]:full[1]])
        e = _Entity(f"s{len(entities) + 1}", name, name_norm, "organization" if m.type == "document" else m.type)
        entities.append(e)
        return e

    def link(m: _Mention) -> _Entity:
        for e in reversed(entities):
            if _compatible(e, m):
                if m.name_toks and len(m.name_toks) > len(e.name_norm):
                    e.name, e.name_norm = m.name, m.name_toks
                return e
        return new_entity(m)

    for q in cands:
        if q.np is not None:
            parts = _split_co_speakers(d, *q.np)
            ents = []
            for a, b in parts:
                m = _Mention(d, a, b)
                if m.type == "document":
                    # a statement speaks for its issuer: the organization named after it, or the last one
                    issuer = next((e for e in reversed(entities) if e.type == "organization"), None)
                    e = issuer or new_entity(m)
                else:
                    e = link(m)
                if m.title and m.title not in e.titles:
                    e.titles.append(m.title)
                e.heads |= m.heads
                if m.gender:
                    e.gender = m.gender
                e.mentions.append(m.span)
                ents.append((e, m.span))
            if q.feminine is True and ents and ents[0][0].gender is None and ents[0][0].type == "person":
                ents[0][0].gender = "female"
            elif q.feminine is False and ents and ents[0][0].gender is None and ents[0][0].type == "person" \
                    and len(ents) == 1:
                ents[0][0].gender = "male"
            for e, _ in ents:
                e.quotes += 1
            refs.append([ref(e, s) for e, s in ents])
            last = ents[0][0]
            if last.gender == "female":
                last_female = last
        elif q.implicit:
            e = last
            if q.feminine is True and last_female is not None and (last is None or last.gender != "female"):
                e = last_female
            if e is None:
                refs.append(None)
                continue
            e.quotes += 1
            refs.append([ref(e, None)])
        else:
            refs.append(None)
    speakers = [Speaker(e.id, e.name, e.type, tuple(e.titles), e.gender, tuple(e.mentions), e.quotes)
                for e in entities if e.quotes]
    return refs, speakers


def _split_co_speakers(d: "_Doc", a: int, b: int) -> list[tuple[int, int]]:
    """وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو: two sources of one statement."""
    lex = d.lex
    first = d.norm[a]
    dual = first.endswith("ا") and (first[:-1] in lex.titles or first[:-1] + "ه" in lex.titles)
    plural_org = False
    if not (dual or plural_org):
        return [(a, b)]
    for k in range(a + 2, b):
        w = d.norm[k]
        if w.startswith("و") and (w[1:] in lex.nationalities or w[1:] in lex.titles):
            return [(a, k), (k, b)]
    return [(a, b)]


def aggregate(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """Speakers across documents: quotes, articles and titles, most quoted first."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for doc in docs:
        for sp in doc.speakers:
            r = rows.setdefault((sp.name, sp.type), {"name": sp.name, "type": sp.type, "titles": [],
                                                      "gender": sp.gender, "quotes": 0, "articles": 0})
            r["quotes"] += sp.quotes
            r["articles"] += 1
            for t in sp.titles:
                if t not in r["titles"]:
                    r["titles"].append(t)
    return sorted(rows.values(), key=lambda r: (-r["quotes"], -r["articles"], r["name"]))
