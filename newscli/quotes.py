"""Quote detection: direct quotes in quotation marks, indirect quotes after reporting cues, and
mixed quotes (indirect content holding a quoted fragment), each with its cue and speaker mention.

The extractor reads the document's tokens (original offsets, normalized forms) paragraph by
paragraph:

1. Pair quotation marks (a stack per paragraph; a quote whose paragraphs each open with a mark and
   whose last paragraph closes it is one span). Unbalanced marks become warnings, never quotes.
2. Find reporting cues (verbs, participles, attribution phrases) outside quoted spans, and from
   each cue the speaker words and the start of the content (a complementizer, a colon, or a
   quotation mark).
3. Attach quoted spans that no cue claimed: a cue after the closing mark (“...”، قال X), a source
   and a bare colon before it (X: «...»), or a whole quoted paragraph continuing the last speaker.
   Other quoted spans (titles, names, scare quotes) are not quotes.
4. Resolve speaker mentions into entities (newscli.speakers).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from .config import Config
from .lexicons import CueEntry, Lexicons, load_lexicons
from .models import Cue, Document, Quote, Warning_
from .speakers import (COUNT_NOUNS, FUNCTION, ISSUING, JOINERS, MEDIA, MONTHS, NAME_LINKS, OUTLETS as _OUTLETS,
                       PUBLISHED_BY, RELATIVES, TWO_WORD_PLACES, _PLACE_HEADS, _PREPS, _SPOKEN_IN, _TIME_WORDS,
                       _KIN, _ala_complement, _derived_masdar, _group_word, _lexical, _names_in_text, _negated_adjective,
                       _place_complement, _unlam, _unsuffixed, _verb_like, basim_surname, is_descriptor, is_title,
                       masdar_like, name_run, resolve, title_plural)

# Opening mark -> the marks that close it. Reversed guillemets (» ... «) and reused curly marks
# (“ ... “) occur in real Arabic text.
ACCEPT = {"«": "»", "»": "«", "“": "”“", "”": "“”", "„": "“”", "‹": "›", "›": "‹", '"': '"', "‘": "’", "＂": "＂"}
MARKS = frozenset(ACCEPT) | frozenset("’")
COLONS = frozenset(":：")
COMMAS = frozenset("،,")
TERMINATORS = frozenset(".؟?!؛;…")
CUE_WINDOW = 32        # tokens between a cue and its content start, asides included
SUBJECT_WINDOW = 10    # tokens of a subject before its verb (لافروف قال إن)

# Words before أن that make it part of another construction (بعد أن، يجب أن ...).
NOT_COMPLEMENTIZER_AFTER = frozenset("بعد قبل منذ دون بدون يجب ينبغي يمكن يمكنه يمكنها لابد بد حتي كي لكي "
                                     "ريثما بمجرد مجرد اراد اراده تريد يريد يريدون تستطيع يستطيع قرر قررت "
                                     "سبق رغم برغم بالرغم غير الا حيث بما كما شانه يتردد يبدو المتوقع المقرر "
                                     "الممكن المرجح المعروف المعلوم يفترض لو مع ضروره امكانيه احتمال علما علمًا "
                                     "بيد بشرط شريطه".split())   # (بيد أن "but"; بشرط أن "provided that")
# Words before a quoted span that make it a title of a work, however long (بعنوان «...»).
TITLE_BEFORE_MARK = frozenset("بعنوان عنوان اسم باسم المسماه المسمي شعار هاشتاغ وسم كتاب فيلم مسلسل روايه "
                              "برنامج مشروع حمله مبادره قصيده اغنيه مسرحيه عمليه".split())
# Words before a quoted span that make it a name or a title, not a quote (موقع «مساند»، لـ«رويترز»).
NAME_BEFORE_MARK = frozenset("موقع تطبيق شبكه قناه صحيفه وكاله منظمه حركه شركه فريق جماعه حزب مؤسسه جمعيه "
                             "مجموعه منصه برنامج مشروع عمليه حمله مبادره كتاب فيلم مسلسل روايه اسم بعنوان "
                             "المسماه المسمي المعروفه المعروف لقب شعار هاشتاغ وسم ل لـ بيان تقرير نادي قمه "
                             "مؤتمر مهرجان جائزه كاس تنظيم نظام انظمه الملقب الملقبه باسم منتدي موسم".split())
# Words that end a speaker's noun phrase: prepositions of asides, relative pronouns, time words.
NP_STOP = frozenset("في خلال امام عبر علي عقب بعد قبل اليوم امس لدي حول مع ضمن اثر وسط منذ عندما حين حينما "
                    "الذي التي الذين اللذين اللتين اللواتي اللاتي اثناء بين تعليقا ردا تعقيبا صباح مساء يوم "
                    "عن ان انه انها بان من الي وذلك ذلك حيث كما بينما فيما لكن ولكن بشان حسب بحسب وفق وفقا عبر "
                    "ل لـ لي له لها لهم لهما لنا لك لكم للصحفيين للصحافيين لوسائل لقناه لصحيفه لوكاله لموقع لتلفزيون لاذاعه "
                    "الا غير لكنه ولكنه لكنها ولكنها بقدر بدون "
                    "قائلا قائله هنا هناك ايضا كذلك مجددا السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه".split())
# Words right after a verb that come before its subject (قال أيضا الوزير، وأكد بدوره).
AFTER_VERB_SKIP = frozenset("ايضا كذلك بدوره بدورها بدورهم فيه فيها اذ حينها عندها مجددا اكثر مرارا "
                            "دائما دوما باستمرار انذاك حينذاك وقتها "
                            "عليه عليها عليهم اليه اليها اليهم وصراحه علنا وعلنا عشيه لاحقا بعدها بعده قبلها مباشره "
                            "خلاله خلالها خلالهم به بها بهم منه منها عنه عنها معه معها لديه لديها "
                            "صراحه سابقا اليوم امس غدا الليله مساء صباح ظهر امس السبت الاحد الاثنين الثلاثاء "
                            "الاربعاء الخميس الجمعه يوم".split())
# Particles at a clause start before a subject (كما لفت، فيما قال، بدوره قال ...).
LEADING_PARTICLES = frozenset("و ف كما فيما بينما ثم وقد قد لقد كذلك ايضا بدوره بدورها بدورهم من جهته جهته "
                              "جهتها جانبه جانبها ناحيته ناحيتها من اما وفي في الي ذلك بذلك كان وكان كانت وكانت "
                              "لكن ولكن بل وبينما حيث اذ "
                              # verbs of going on before their subject (ومضى لاعب أرسنال يقول)
                              "مضي ومضي عاد وعاد راح وراح".split())
# "What" before a verb (ما قاله، عما ذكرته): the clause is an object, its verb no narrative report.
MA_CLAUSE = frozenset("ما مما عما بما".split())
# Honorific pronouns that stand for a person named before (وقال سموه، وأضاف معاليه).
HONORIFICS = frozenset("سموه سموها معاليه معاليها فخامته سيادته سيادتها جلالته سعادته سماحته غبطته".split())
# Heads of unnamed sources whose mention runs on through من/في (مسؤولين من الاتحاد الأوروبي).
_UNNAMED_RUN_ON = 4
# مصدر مطلع على المفاوضات، مصادر على اطلاع: "informed (of)", which takes على
_INFORMED = frozenset("مطلع مطلعه مطلعون مطلعين اطلاع".split())
# Latin letters as Arabic spells them out in abbreviations (سي إن إن، إن.بي.سي).
LETTER_NAMES = frozenset("اي ايه بي سي دي اف جي اتش جاي كاي كيه ال ام ان او كيو ار اس تي يو "
                         "في دبليو اكس واي زد".split())


@dataclass
class _Cand:
    """A quote found in step 2 or 3, before speakers are resolved."""

    kind: str
    start: int                   # content, char offsets
    end: int
    cue_tok: Optional[int]       # token index of the cue
    cue_lemma: Optional[str]
    cue_len: int = 1             # tokens the cue spans (phrases)
    np: Optional[tuple[int, int]] = None    # token range [a, b) of the speaker mention
    implicit: bool = False       # no mention: the subject is understood (وأضاف أن ...)
    feminine: Optional[bool] = None
    cls: str = "speech"
    spans: list[tuple[int, int]] = field(default_factory=list)  # quote-mark spans it holds
    anchor: int = 0              # token index used for ordering and sentence lookup
    embedded: bool = False       # reported inside a relative clause (الثورة التي يقول منتقدون إن ...)
    np_skip: int = 0             # characters of the mention's first token that belong to the cue (ل of وفقا لأرقام)


class _Doc:
    """Token-level view of a document for the extractor."""

    def __init__(self, doc: Document, lex: Lexicons) -> None:
        self.doc = doc
        self.lex = lex
        self.toks = doc.tokens
        self.norm = [t.norm for t in doc.tokens]
        self.texts = [t.text for t in doc.tokens]
        for k, t in enumerate(self.texts):
            if t in ("آن", "وآن"):
                # وقالت آن ماكنيل: the name Anne, which normalizing would make إن/أن (never written آن)
                self.norm[k] = t.replace("آ", "ءا")
        self.text = doc.text
        starts = [t.start for t in doc.tokens]
        self.starts = starts
        self.sent_starts = [s.start for s in doc.sentences]
        self.sent_of = _owners(starts, self.sent_starts)
        self.para_starts = [p.start for p in doc.paragraphs]
        self.para_of = _owners(starts, self.para_starts)
        # first token of each sentence, one past the last token of each paragraph
        self.sent_first = [bisect.bisect_left(starts, s) for s in self.sent_starts]
        self.para_stop = [bisect.bisect_left(starts, p) for p in self.para_starts[1:]] + [len(starts)]
        # every token's cue entry, looked up once (the extractor asks again and again)
        self.cues = list(map(lex.cue_index.get, self.norm))
        for k, c in enumerate(self.cues):
            if c is not None and (c[0].lemma == "راي" and self.texts[k] in ("راين", "وراين")
                                  or c[0].lemma == "سال" and self.texts[k] == "سال"):
                self.cues[k] = None   # بول راين، ماكي سال: the names Ryan and Sall (the verbs رأين and سأل
                continue              # are written with their hamza)
            # وردت نيكول بأن: و + ردت "replied", not ورد "was mentioned" (which takes في)
            if c is not None and c[0].lemma == "ورد" and k + 1 < len(self.norm) and self.norm[k + 1] != "في" \
                    and any(self.norm[x] in ("بان", "بانه", "بانها", "بانهم", "قائلا", "قائله", ":")
                            for x in range(k + 1, min(len(self.norm), k + 6))):
                alt = lex.cue_index.get(self.norm[k][1:])
                if alt is not None and alt[0].lemma == "رد":
                    self.cues[k] = (alt[0], 1)
        self.in_quote = [False] * len(starts)   # inside a quoted span (marks excluded)
        self.span_at_open: dict[int, tuple[int, int]] = {}   # opening-mark token -> (open, close)
        self.open_at_close: dict[int, int] = {}              # closing-mark token -> opening-mark token
        self._known: Optional[frozenset[str]] = None
        self._surnames: Optional[frozenset[str]] = None
        self._by_last: Optional[dict[str, frozenset[int]]] = None
        self._seen: Optional[list] = None
        self._positions: Optional[dict[str, list[int]]] = None

    # token predicates ------------------------------------------------------------------------
    def is_mark(self, i: int) -> bool:
        return self.texts[i] in MARKS

    def is_term(self, i: int) -> bool:
        return self.texts[i] in TERMINATORS

    def is_comma(self, i: int) -> bool:
        return self.texts[i] in COMMAS

    def is_colon(self, i: int) -> bool:
        if self.texts[i] not in COLONS:
            return False
        # 10:51:20, 9:31م: a time, not a colon before words
        t = self.toks[i]
        return not (0 < t.start and t.end < len(self.text) and self.text[t.start - 1].isdigit()
                    and self.text[t.end].isdigit())

    def is_punct(self, i: int) -> bool:
        t = self.texts[i]
        return len(t) == 1 and not t.isalnum()

    def comp_len(self, i: int) -> int:
        """Tokens of a complementizer starting at i (إن، أنه، بأن، إلى أن ...), 0 if none."""
        n = self.norm
        comps = self.lex.complementizers
        if i + 1 < len(n) and f"{n[i]} {n[i + 1]}" in comps and not (
                n[i] == "علي" and self.texts[i].endswith("ي") and i > 0 and n[i - 1] in self.lex.given_names):
            return 2   # (not محمد علي إن: the name Ali, then the complementizer)
        if self.texts[i] in ("ألا", "بألا") and not (i + 1 < len(n) and n[i + 1] in ("وهو", "وهي")) \
                and not any(n[k] in ("يجب", "ويجب", "بد", "لابد", "ينبغي", "وينبغي", "يتعين", "عليه", "عليها",
                                     "عليهم", "عليك", "حرصا") for k in range(max(0, i - 3), i)):
            return 1   # توقعوا ألا تحترق: أن لا (not إلا "except", nor يجب ألا "must not", ألا وهو)
        if n[i] in comps and not self.texts[i].lstrip("وف").startswith("آ"):   # (not آنا, the name Anna)
            if i > 0:
                prev = n[i - 1]
                if prev in NOT_COMPLEMENTIZER_AFTER or (prev[:1] in "وف" and prev[1:] in NOT_COMPLEMENTIZER_AFTER):
                    return 0
                if self.texts[i - 1] in ("-", ".") and self.toks[i - 1].end == self.toks[i].start \
                        and i > 1 and self.toks[i - 2].end == self.toks[i - 1].start:
                    return 0   # مون جيه-إن، بنك (إيه.إن.زد): a syllable of a name
            if i + 2 < len(n) and self.texts[i + 1] == "." and self.toks[i].end == self.toks[i + 1].start \
                    and self.toks[i + 1].end == self.toks[i + 2].start and n[i + 2] in LETTER_NAMES:
                return 0   # (إن.بي.سي): the first letter of an abbreviation
            if i + 1 < len(n) and n[i + 1] in LETTER_NAMES and (
                    0 < i and n[i - 1] in LETTER_NAMES or i + 2 < len(n) and n[i + 2] in LETTER_NAMES):
                return 0   # سي إن بي سي، إن بي سي نيوز: a letter spelled out with others
            return 1
        return 0

    def cue_at(self, i: int) -> Optional[tuple[CueEntry, int]]:
        if self.in_quote[i]:
            return None
        return self.cues[i]

    def report_starts(self) -> list[int]:
        """Tokens outside quoted spans where a report can start: a cue, or the first word of an
        attribution phrase (every other token is passed over)."""
        firsts, norm, in_quote = self.lex.phrase_firsts, self.norm, self.in_quote
        return [i for i, c in enumerate(self.cues) if (c is not None or norm[i] in firsts) and not in_quote[i]]

    def phrase_at(self, i: int) -> int:
        """Length of an attribution phrase (بحسب، نقلا عن ...) starting at token i, else 0."""
        if self.in_quote[i]:
            return 0
        n = self.norm
        first = n[i]
        idx = self.lex.phrase_index
        cands = idx.get(first) or (idx.get(first[1:]) if first[:1] in "وف" else None)
        if not cands:
            return 0
        for ph in cands:
            k = len(ph)
            if i + k > len(n):
                continue
            ok = True
            for j in range(1, k):
                w, p = n[i + j], ph[j]
                # a final one-letter preposition is written attached: وفقا لـ / وفقا للمصدر
                if w != p and not (j == k - 1 and len(p) == 1 and w.startswith(p)):
                    ok = False
                    break
            if ok:
                # an attached ل (وفقا للمصدر) is part of the speaker's word, not of the phrase
                if len(ph[-1]) == 1 and n[i + k - 1] != ph[-1] and n[i + k - 1] != ph[-1] + "ـ":
                    return k - 1 if k > 1 else k
                return k
        return 0

    def non_attributive_at(self, i: int) -> bool:
        n = self.norm
        if i > 0 and " ".join(n[i - 1:i + 1]) in self.lex.non_attributive:
            return True   # على أمل أن: the phrase opens with the word before the cue
        for k in (4, 3, 2):
            if " ".join(n[i:i + k]) in self.lex.non_attributive:
                return True
            if n[i][:1] in "وف" and " ".join([n[i][1:]] + n[i + 1:i + k]) in self.lex.non_attributive:
                return True
        if n[i] in ("تابع", "تابعه") and 0 < i and i + 1 < len(n) and n[i + 1][:1] == "ل" and n[i - 1].isalpha() \
                and not n[i - 1].startswith("ال") and n[i - 1] not in FUNCTION and self.cues[i - 1] is None:
            return True   # موقع تابع لتنظيم داعش: "belonging to", an adjective after its noun
        return False

    def para_end(self, i: int) -> int:
        """Index one past the last token of token i's paragraph."""
        return self.para_stop[self.para_of[i]]

    def seen_names(self) -> list:
        """Namings the text introduces anywhere (computed once per document)."""
        if self._seen is None:
            self._seen = _names_in_text(self)
        return self._seen

    def known_names(self) -> frozenset[str]:
        """Every word of the person names the text introduces (الروسي سيرغي لافروف)."""
        if self._known is None:
            self._known = frozenset(w for e in self.seen_names() if e.type == "person" for w in e.name_norm)
        return self._known

    def _last_words(self) -> dict[str, frozenset[int]]:
        """The last word of each person's full name the text introduces -> those persons (indexes
        into seen_names), computed once per document."""
        if self._by_last is None:
            by: dict[str, set[int]] = {}
            for k, e in enumerate(self.seen_names()):
                if e.type == "person" and len(e.name_norm) > 1:
                    by.setdefault(e.name_norm[-1], set()).add(k)
            self._by_last = {w: frozenset(ks) for w, ks in by.items()}
        return self._by_last

    def named_last(self, w: str) -> frozenset[int]:
        """Which persons the text introduces end a full name with ``w`` (نتانياهو، عباس)."""
        return self._last_words().get(w, frozenset())

    def surnames(self) -> frozenset[str]:
        """The last words of the persons' full names the text introduces (لافروف of سيرغي لافروف),
        link words and given names left out."""
        if self._surnames is None:
            self._surnames = frozenset(w for w in self._last_words() if len(w) > 2 and w not in NAME_LINKS
                                       and w not in self.lex.given_names)
        return self._surnames

    def positions(self, w: str) -> list[int]:
        """Where a normalized word stands in the text (indexed once per document)."""
        if self._positions is None:
            self._positions = {}
            for x, v in enumerate(self.norm):
                self._positions.setdefault(v, []).append(x)
        return self._positions.get(w, [])

    def sent_begin(self, i: int) -> int:
        return self.sent_first[self.sent_of[i]]


def _owners(starts: list[int], bounds: list[int]) -> list[int]:
    """For each token start, the index of the last bound at or before it (0 before the first):
    ``max(0, bisect_right(bounds, s) - 1)`` for every s, built a run of equal indexes at a time."""
    out: list[int] = []
    done = 0
    for k in range(1, len(bounds)):
        c = bisect.bisect_left(starts, bounds[k])
        out.extend([k - 1] * (c - done))
        done = c
    out.extend([max(0, len(bounds) - 1)] * (len(starts) - done))
    return out


# --- step 1: quotation marks --------------------------------------------------------------------

def pair_marks(d: _Doc) -> tuple[list[tuple[int, int]], list[Warning_]]:
    """Outermost quoted spans as (opening token, closing token), and warnings for stray marks."""
    spans: list[tuple[int, int]] = []
    warnings: list[Warning_] = []
    n = len(d.toks)
    i = 0
    carry: Optional[tuple[int, str]] = None   # an opener continued from the previous paragraph
    while i < n:
        end = d.para_end(i)
        stack: list[tuple[int, str]] = []
        first = i
        carried = None
        if carry is not None:
            if d.toks[first].text == carry[1] or d.toks[first].text in ACCEPT and carry[1] in ACCEPT:
                stack.append(carry)   # the paragraph reopens the running quote
                carried = carry
                first += 1
            else:
                o = carry[0]
                warnings.append(Warning_("unclosed-quote", f"quotation mark {d.toks[o].text} at {d.toks[o].start} "
                                         "is never closed", d.toks[o].start, d.toks[o].end))
            carry = None
        for j in range(first, end):
            ch = d.toks[j].text
            if ch not in MARKS:
                continue
            closed = False
            for k in range(len(stack) - 1, -1, -1):
                if ch in ACCEPT[stack[k][1]]:
                    # close the nearest opener this mark closes; openers above it stay unclosed
                    for o, och in stack[k + 1:]:
                        warnings.append(Warning_("unclosed-quote", f"quotation mark {och} at {d.toks[o].start} "
                                                 "is never closed", d.toks[o].start, d.toks[o].end))
                    o = stack[k][0]
                    del stack[k:]
                    if not stack:
                        spans.append((o, j))
                    closed = True
                    break
            if closed:
                continue
            if ch in ACCEPT and not (ch in "»›’" and _closes_word(d, j)):
                stack.append((j, ch))
            else:
                warnings.append(Warning_("unopened-quote", f"closing quotation mark {ch} at {d.toks[j].start} "
                                         "has no opening mark", d.toks[j].start, d.toks[j].end))
        if stack:
            o, och = stack[0]
            # a multi-paragraph quote: this paragraph opened with the mark and the next reopens it
            # (or opened after its cue: وأضاف "... \n"...".)
            after_cue = any(d.cue_at(x) is not None for x in range(max(i, o - 8), o))
            if len(stack) == 1 and (o == i or stack[0] == carried or after_cue) and end < n \
                    and d.toks[end].text in ACCEPT:
                carry = (o, och)
            else:
                for o2, och2 in stack:
                    warnings.append(Warning_("unclosed-quote", f"quotation mark {och2} at {d.toks[o2].start} "
                                             "is never closed", d.toks[o2].start, d.toks[o2].end))
        i = end
    if carry is not None:
        o = carry[0]
        warnings.append(Warning_("unclosed-quote", f"quotation mark {d.toks[o].text} at {d.toks[o].start} "
                                 "is never closed", d.toks[o].start, d.toks[o].end))
    for o, c in spans:
        d.span_at_open[o] = (o, c)
        d.open_at_close[c] = o
        for k in range(o + 1, c):
            d.in_quote[k] = True
    return spans, warnings


def _closes_word(d: _Doc, j: int) -> bool:
    """A » or ’ glued to the end of a word is a closer, not a reversed opener."""
    t = d.toks[j]
    return t.start > 0 and not d.text[t.start - 1].isspace()


def _content(d: _Doc, a: int, b: int) -> tuple[int, int]:
    """Char span of tokens a..b-1 with surrounding punctuation trimmed (quote marks kept inside)."""
    while a < b and d.is_punct(a) and not d.is_mark(a):
        a += 1
    while b > a and d.is_punct(b - 1) and not (d.is_mark(b - 1) and _inside_open(d, b - 1, a)):
        b -= 1
    if a >= b:
        return -1, -1
    return d.toks[a].start, d.toks[b - 1].end


def _inside_open(d: _Doc, close_tok: int, a: int) -> bool:
    """True when the mark at close_tok closes a span that opens at or after token a."""
    return any(o >= a and c == close_tok for o, c in d.span_at_open.values())


# --- step 2: cues -------------------------------------------------------------------------------

def _clause_end(d: _Doc, c0: int, limit: int) -> int:
    """One past the last content token of a clause starting at c0 (quoted spans skipped whole)."""
    j = c0
    subordinate = c0 < len(d.norm) and d.norm[d.sent_begin(c0)] in _SUBORDINATORS
    while j < limit:
        if j in d.span_at_open:
            j = d.span_at_open[j][1] + 1
            continue
        if d.is_term(j) and not _decimal_or_abbrev(d, j):
            return j
        if d.is_comma(j) and j + 1 < limit and _starts_new_report(d, j + 1):
            return j
        if d.is_comma(j) and j + 2 < limit and d.norm[j + 1] in ("قبل", "بعد") and d.norm[j + 2] == "ان":
            stop = next((x for x in range(j + 3, min(limit, j + 14)) if d.is_comma(x) or d.is_term(x)), min(limit, j + 14))
            if any(_plain_verb_report(d, x) for x in range(j + 3, stop)):
                return j   # إن المحطة أغلقت، بعد أن قالت الشرطة إنها: a report of its own in the clause of when
        if d.is_comma(j) and j + 1 < limit and subordinate \
                and d.cue_at(j + 1) is not None and d.cue_at(j + 1)[0].part == "verb" \
                and _find_content(d, j + 1, strict=True) is not None:
            return j   # وفيما أكد هادي أن ...، قال المتحدث إن: the main clause's own report
        if j > c0 + 1 and not d.is_comma(j - 1):
            c = d.cue_at(j)
            if c is not None and c[0].part == "participle" and j + 1 < limit and (
                    d.comp_len(j + 1) or d.is_colon(j + 1) or (j + 1) in d.span_at_open
                    or j + 2 < limit and (j + 2) in d.span_at_open and d.norm[j + 1][:1] in "بل"):
                return j   # ... ـ حفظهم الله ـ مبينا أن، ... "غير قانوني" مهددا باتخاذ "...": a new report
        if j > c0 + 2 and d.norm[j] in RELATIVES and j + 1 < limit and d.cue_at(j + 1) is not None \
                and _find_content(d, j + 1, strict=True) is not None:
            return j   # ... النظام الكوري الشمالي الذي يعتبر أن ...: another source's quote
        if j > c0 + 1 and d.norm[j] in _REPORT_OPENERS and d.norm[j] != "كما" and not d.is_punct(j - 1) \
                and _starts_new_report(d, j):
            return j   # ... لمرحلة ما بعد الأسد حيث أعلن سيدا أن ...: a new report without a comma
        if j > c0 + 1 and d.norm[j][:1] == "و" and not d.is_punct(j - 1):
            c = d.cue_at(j)
            if c is not None and c[1] and c[0].part == "verb" and not c[0].ambiguous \
                    and _find_content(d, j, strict=True) is not None:
                return j   # ... والمشارب وأكد أن ...: a new report without a comma
        j += 1
    return limit


def _plain_verb_report(d: _Doc, x: int) -> bool:
    """A speech verb at x, in no ambiguous form, with content of its own."""
    c = d.cue_at(x)
    return c is not None and c[0].part == "verb" and not c[0].ambiguous and _find_content(d, x, strict=True) is not None


def _decimal_or_abbrev(d: _Doc, j: int) -> bool:
    """A '.' that the sentence splitter also did not treat as an end (3.5, د. محمد)."""
    if d.toks[j].text != ".":
        return False
    if j + 1 < len(d.toks) and d.sent_of[j + 1] == d.sent_of[j] and d.para_of[j + 1] == d.para_of[j]:
        return True
    return False


# Particles that may open a new report inside a sentence (، كما أوضح أن; حيث أعلن; ولكنه قال إن).
_REPORT_OPENERS = frozenset("كما فيما بينما حيث اذ لكنه ولكنه لكنها ولكنها".split())


def _starts_new_report(d: _Doc, j: int) -> bool:
    """After a comma: a participle cue (مضيفا أن), a cue verb with و (وأضاف أن), or كما + cue."""
    k = j
    if d.norm[k] in _REPORT_OPENERS and k + 1 < len(d.norm):
        k += 1
    c = d.cue_at(k)
    if c is not None:
        entry, _ = c
        if entry.part == "participle" and (not entry.ambiguous or k + 1 < len(d.norm) and (
                d.comp_len(k + 1) or d.is_colon(k + 1))):
            return True   # ، مضيفا أن / ، مضيفة أن (مضيفة is also "hostess": only before أن)
        if entry.part == "verb" and (c[1] or k > j):
            found = _find_content(d, k, strict=True)
            if found is not None and (not entry.ambiguous or found[0] == k + 1 or _reports_from_source(d, k, found[0])):
                return True   # ، وأضاف أن / ، كما أوضح أن / ، ونقلت X عن Y قوله (a bare verb is the content's own predicate)
    if d.phrase_at(j):
        return True
    return False


# Words opening an aside that names who relayed a report (، بحسب رويترز، / ، وفق ما أوردت "واس"،).
_RELAYS = frozenset("بحسب حسب وفق وفقا حسبما بحسبما طبقا".split())


def _find_content(d: _Doc, i: int, *, strict: bool = False, prep: Optional[str] = None
                  ) -> Optional[tuple[int, int, str]]:
    """From the cue at token i, (end of the speaker words, content start token, how) or None.

    ``how`` is 'comp' (after a complementizer), 'colon', or 'mark' (an opening quotation mark).
    """
    end = min(d.para_end(i), i + 1 + CUE_WINDOW)
    j = i + 1
    other_clause = False   # past ، في الوقت الذي / ، فيما: marked words there are another clause's
    while j < end:
        if d.in_quote[j]:
            return None
        if j in d.span_at_open:
            o, c = d.span_at_open[j]
            if _quoted_name(d, i, o, c):
                j = c + 1
                continue
            if other_clause:
                return None
            return j, j, "mark"
        if d.is_comma(j) and j + 1 < end and (d.norm[j + 1] in ("فيما", "بينما", "حين", "عندما", "حيث")
                                              or d.norm[j + 1] == "في" and j + 2 < end
                                              and d.norm[j + 2] in ("الوقت", "حين")):
            other_clause = True
        if d.is_comma(j) and j + 1 < end and d.norm[j + 1] in _RELAYS and j > i + 1:
            # وأضاف المصدر، وفق ما أوردت "واس"، أن: an aside naming who relayed it, then the content
            k = next((x for x in range(j + 2, min(end, j + 16))
                      if d.comp_len(x) or d.is_comma(x) or d.is_term(x)), None)
            if k is not None and (d.comp_len(k) or d.is_comma(k) and k + 1 < end and d.comp_len(k + 1)):
                j = k
                continue
        if d.is_colon(j):
            c0 = j + 1
            if c0 < end and d.comp_len(c0) and d.norm[c0] in ("ان", "انه", "انها", "انهم"):
                c0 += d.comp_len(c0)   # وقال: إن ...
            return j, c0, "colon"
        k = d.comp_len(j)
        if k:
            return j, j + k, "comp"
        if d.is_term(j) and not _decimal_or_abbrev(d, j):
            return None
        if j > i + 1 and d.norm[j - 1] not in RELATIVES and not (
                d.norm[j - 1] in ("كان", "كانت", "كانوا") and j - 2 > i and d.norm[j - 2] in RELATIVES):
            # (نتنياهو - الذي كان يتحدث إلى الصحفيين -: a cue in a relative clause about the speaker)
            c = d.cue_at(j)
            if c is not None and (not c[0].ambiguous or d.norm[j - 1] in _BEFORE_VERBS) and c[0].part != "masdar" \
                    and c[0].cls != "document" \
                    and not (d.non_attributive_at(j) and (d.is_comma(j - 1) or d.norm[j - 1] == "ما")):
                # (، تحدث شريطة ...،; في ما يسمى بعملية كابول: a naming, no cue)
                return None   # another cue begins before this one found its content
        if j > i + 1 and d.norm[j - 1] in RELATIVES and j + 1 < end and d.comp_len(j + 1) and d.cue_at(j) is not None \
                and d.cue_at(j)[0].part == "verb" and d.cue_at(i) is not None and d.cue_at(i)[0].ambiguous:
            # قررت نقل سفارتها ... الدول التي قال إنها: a word that is a cue only in its plainest frames
            # (نقل "moving") does not reach past a relative clause's own cue and content
            return None
        if strict and j > i + 12:
            return None
        j += 1
    return None


# Words that open speech and never a name: negations, pronouns of the speaker and the addressee,
# question and answer words (لم أستطع، نحن هنا، هل، نعم).
_SPEECH_OPENERS = frozenset("لم لن لا ليس لست لسنا لقد انا نحن انت انتم اننا انني انه انها هل نعم كلا "
                            "شكرا سوف سنعمل سنواصل".split())


# ب and the verbal noun of saying, with the sayer's pronoun or the article (ورد بقوله، وختم بالقول).
_BI_SAYING = frozenset("بقوله بقولها بقولهم بقولهما بالقول".split())


def _quoted_name(d: _Doc, i: int, o: int, c: int) -> bool:
    """A quoted span after the cue at i that names something rather than quotes someone:
    وقال "كلولي" بأنه، لـ«رويترز»، موقع «مساند»، نفت وكالة ... "سانا" مسؤولية ..."""
    words = c - o - 1 - sum(1 for x in range(o + 2, c) if d.toks[x - 1].end == d.toks[x].start and (
        d.texts[x] == "." or d.texts[x - 1] == "."))   # (a dotted name is one word: "إن.تي.في")
    prev = d.norm[o - 1] if o > 0 else ""
    prev_bare = prev[2:] if prev.startswith("ال") else prev
    cue = d.cue_at(i)
    if cue is not None and cue[0].lemma in ("وصف", "نعت", "اتهم") and d.norm[o + 1][:1] == "ب" \
            and len(d.norm[o + 1]) > 3 and d.texts[o + 1][:1] == "ب":
        return False  # ووصفت الحكومة القرار "بغير المبرر": the description, ب and all, in the marks
    if words <= 5 and c + 1 < len(d.norm) and (d.comp_len(c + 1) or d.is_colon(c + 1)):
        return True   # أو ما يعرف بـ"البنتاغون" إن، لوكالة الأنباء «د.ب.أ»: إن: part of the speaker words
    if prev in ("ب", "بـ") and o > 1 and words <= 4 and _bare_al(d.norm[o - 2]) in (
            "يعرف", "تعرف", "معروف", "معروفه", "ملقب", "ملقبه", "يلقب", "تلقب", "يسمي", "تسمي", "مسمي", "مسماه", "باسم"):
        return True   # ما يعرف بـ"CIA"، المعروف بـ"الشبح": a name it goes by
    if words <= 4 and o == i + 1 and i > 0 and d.norm[i - 1] in ("ما", "حسبما", "بحسبما", "كما") \
            and cue is not None and cue[0].lemma in ("نقل", "ذكر", "اورد", "افاد", "نشر", "اعلن"):
        return True   # وفق ما نقلت "وول ستريت جورنال": the outlet that reported it (not ما تسميه "...")
    if words <= 3 and o >= 2 and prev.isalpha() and len(prev) > 2 and not prev.startswith(("ب", "ل")) \
            and _bare_al(_unlam(d.norm[o - 2], d.lex)) in d.lex.organizations:
        return True   # وكالة أنباء "الصين الجديدة": the body's name (not المفوضية بـ"تخويف")
    if prev in ("ب", "بـ") or (prev in COMMAS and o - 1 == i + 1):
        return False  # وصفت ... بـ"المفبركة"، ما أسماه، "الطلب المفرط"
    if words <= 5 and cue is not None and cue[0].part in ("verb", "participle") and cue[0].lemma not in ("اشار", "لفت") \
            and any(d.norm[k][:1] == "ب" and len(d.norm[k]) > 4 and k > i
                    and (masdar_like(d.norm[k][1:]) or d.norm[k].startswith("بال"))
                    and d.norm[k] not in d.lex.organizations for k in (o - 1, o - 2)):
        return False  # اتهم موسكو باستخدام بريطانيا "مكبا"، مهددا باتخاذ "إجراءات": the words of the charge
    if words <= 4 and cue is not None and o - i <= 4 and d.texts[i].endswith(("ها", "هم", "ه")) \
            and cue[0].lemma in ("اعتبر", "صنف", "وصف", "عد", "سمي"):
        return False  # التي تعتبرها أنقرة "إرهابية": how the subject classes what the pronoun stands for
    if cue is not None and cue[0].prep and prev == cue[0].prep and words <= 5 and cue[0].lemma not in ("اشار", "لفت") \
            and not (words == 1 and d.norm[o + 1] in d.lex.organizations):
        return False  # حذر جميع الأطراف من "تصعيد"، ودعا إلى "الجهاد": the words the verb's preposition governs
    if prev in TITLE_BEFORE_MARK or prev_bare in TITLE_BEFORE_MARK:
        return True   # بعنوان «...», كتاب «...»: a title, however long
    if words <= 5 and (prev_bare in d.lex.organizations or _bare_al(_unlam(prev, d.lex)) in d.lex.organizations):
        x = c + 1
        while x < len(d.norm) and x - c <= 3 and d.norm[x].isalpha() and d.norm[x].startswith(("ال", "لل")):
            x += 1   # وكالة "ستاندرد آند بورز غلوبال" للتصنيف الائتماني، إن: the body's complement
        if x < len(d.norm) and (d.is_comma(x) or d.comp_len(x) or d.is_colon(x)):
            return True   # المدير التنفيذي لمنظمة "العدالة من أجل إيران"، "إن ...": a body's name, set apart
    if words > 3:
        return False  # وأضافت البلدية "...": the subject, then the words
    if prev in NAME_BEFORE_MARK or prev_bare in NAME_BEFORE_MARK or prev_bare in d.lex.organizations \
            or prev in d.lex.documents or prev_bare in d.lex.documents:
        return True
    unl = _bare_al(_unlam(prev, d.lex))
    if d.norm[o + 1] in _SPEECH_OPENERS and unl not in NAME_BEFORE_MARK and unl not in d.lex.organizations \
            and not (c + 1 < len(d.norm) and d.norm[c + 1] in d.lex.nationalities):
        # وقال الوزير "لم أستطع النوم"، ورددت الجماهير "نعم": words no name opens with (but
        # لصحيفة "لا ناسيون" الأرجنتينية: a name in a foreign tongue)
        return False
    if o > i + 2 and cue is not None and cue[0].part == "verb" and cue[0].cls == "speech" \
            and (masdar_like(prev) or prev in _EVENT_NOUNS) and not d.is_comma(o - 1) \
            and not (i > 0 and d.norm[i - 1] in ("لم", "ولم", "لن", "ولن", "لا", "ولا", "لكي", "كي", "ان", "حتي")):
        # (not ولم تعلن أي دولة ...، لكي توضح موسكو ...: no report was made)
        return False   # أعلنت الحكومة الأحد انتهاء "العملية الأمنية": marked words in the verb's object are
        # its source's words (the guideline: a direct quote whatever the syntax)
    if words >= 3 and cue is not None and cue[0].part == "verb" and cue[0].cls == "speech" and not cue[0].ambiguous \
            and (c + 1 >= len(d.norm) or d.is_term(c + 1)) \
            and any(d.norm[x][:1] in "يت" and 4 <= len(d.norm[x]) <= 5 for x in range(o + 2, c)):
        return False   # وقال المدرب سامي حداد بعد المباراة "الإصابة تبدو سيئة".: a clause with its verb,
        # closing the sentence, is what he said
    if words >= 2 and cue is not None and (c + 1 >= len(d.norm) or d.is_term(c + 1)) \
            and d.norm[o + 1] not in d.lex.given_names and not d.norm[o + 1][:1].isdigit() and (
                _lexical(prev, _SAYING) or cue[0].lemma in _SAYING_LEMMAS and cue[0].part == "verb" and o > i + 1
                and _speakerlike(d, (i + 1, o), head_only=True)
                and all(d.norm[x].isalpha() and d.norm[x] not in FUNCTION for x in range(i + 1, o))):
        return False   # وقال الوزير "الوضع صعب جدا".، ونقلت عنه قوله "...".: the speaker (or قوله), then
        # marked words that close the sentence: what was said
    after = c + 1
    while after < len(d.norm) and after - c <= 2 and d.norm[after].startswith("ال") and d.norm[after].isalpha():
        after += 1   # كشف «مكتب أخبار سوريا» المعارض، أن: adjectives of the name
    if after < len(d.norm) and (d.is_comma(after) or d.comp_len(after) or d.norm[after] in ("عن", "الي", "في")):
        return True   # the subject's name, followed by its aside or the complementizer
    if words >= 2 and d.norm[o + 1] in d.lex.given_names and all(d.norm[x].isalpha() for x in range(o + 1, c)):
        return True   # أفاد " مجدي عياش " مدير المشروع بأن: a person's name in quotation marks
    if _common_words(d, o, c):
        return False  # عبرت عن "صدمتها"، باستخدام بريطانيا "مكباً للسم"، إلى "مؤامرة سياسية": no name
    if o == i + 1 or d.is_colon(o - 1):
        return False  # واعتبرتها "عدوانا سافرا"
    if words >= 2 and (any(d.texts[x].endswith(("ها", "هم", "ه")) and len(d.texts[x]) > 3 for x in range(o + 1, c))
                       or d.norm[o + 1].startswith("ال") and any(d.norm[x].startswith("ال") for x in range(o + 2, c))) \
            and not any(d.norm[x] in d.lex.given_names or d.norm[x] in d.lex.organizations for x in range(o + 1, c)):
        return False  # أعربت مصر عن "قلقها البالغ"، أعرب المصدر عن "التأييد الكامل": words, not a name
    return True


# Verbs whose object is what was said (وقال الوزير "..."), and the verbal noun of saying (قوله "...").
_SAYING_LEMMAS = frozenset("قال اضاف تابع استطرد ختم رد علق كتب غرد صرح".split())
_SAYING = frozenset(("قول",))


def _common_words(d: _Doc, o: int, c: int) -> bool:
    """Marked words that read as common words, not a name: a noun with a possessive pronoun
    (صدمتها، قلقهم), a word in the accusative with tanwin (مكباً للسم), or an indefinite noun and
    its nisba adjective (مؤامرة سياسية، ألعاب سياسية قذرة)."""
    lex = d.lex
    inner = range(o + 1, c)
    if not inner or any(not d.norm[x].isalpha() or d.norm[x] in lex.given_names or d.norm[x] in lex.organizations
                        or d.norm[x] in d.known_names() for x in inner):
        return False
    if any(d.texts[x].endswith(("تها", "تهم", "تهما", "ها", "هم")) and len(d.norm[x]) > 4 for x in inner):
        return True
    if any(d.texts[x].endswith(("اً", "ًا")) for x in inner):
        return True
    return c - o - 1 >= 2 and not d.norm[o + 1].startswith("ال") and not d.norm[o + 1][:1] in "لب" \
        and d.texts[o + 2].endswith(("ية", "يّة")) and not d.norm[o + 2].startswith("ال") \
        and d.norm[o + 2] not in lex.nationalities


# Verbal nouns that open the object of أكد/شدد/أعلن, never a speaker (أكد ضرورة، أعلن رفض)
_OBJECT_NOUNS = frozenset("ضروره اهميه حرص استعداد التزام رفض تمسك ترحيب تضامن عزم اعتزام نيه امكانيه "
                          "احتمال صحه وجوب".split())


# من جهته، من جانبها ...: "for his (her, their) part".
_ON_ITS_PART = frozenset("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها ناحيتهم".split())


# Verbal nouns that masdar_like misses (three letters, or in ة), common as a verb's object right after
# the subject's naming (أعلنت الوزارة القبض على، قررت المحكمة الإفراج عن).
_OBJECT_MASDARS = frozenset("القبض الرفض البدء المنع الحظر الموافقه التوصل الاعلان الغاء".split())


def _np_after(d: _Doc, a: int, b: int) -> Optional[tuple[int, int]]:
    """The speaker mention among tokens a..b-1 after a cue: up to the first comma or aside.

    A mention that is only a title takes the name in apposition after a comma (الرئيس التركي،
    رجب طيب أردوغان); hashtags, underscores and hyphens inside names are kept (جيم #ماتيس).
    """
    j = a
    while j < b:
        if d.norm[j] in AFTER_VERB_SKIP:
            j += 1
        elif d.norm[j] == "مره" and j + 1 < b and d.norm[j + 1] in ("اخري", "ثانيه", "جديده"):
            j += 2   # وشدد مرة أخرى على أن: "once again", the subject is understood
        elif d.norm[j] == "من" and j + 1 < b and d.norm[j + 1] in _ON_ITS_PART:
            j += 2   # وقال من جهته الوزير: "for his part", then the subject (or none: it is understood)
        elif d.norm[j] in _TIME_NOUNS and j + 1 < b and d.norm[j + 1] in ("الماضي", "المقبل", "الجاري", "الحالي"):
            j += 2   # وتعهد الشهر الماضي أمام البرلمان: a time, the subject is understood
        elif d.norm[j] in _TIME_BEFORE and j + 2 < b and d.norm[j + 1].isalpha():
            j += 2   # وقال عشية المواجهة: a time and its complement, the subject is understood or follows
        elif _in_document(d, j):
            j += 1   # وذكر بالبيان أن، وأضاف ببيانه: where it was said; the subject is understood
        elif j == a and a > 0 and d.cue_at(a - 1) is not None and d.cue_at(a - 1)[0].part == "verb" \
                and d.norm[j][:1] == "ل" and (len(d.norm[j]) > 3 or any(   # (لبي بي سي)
                    tuple(d.norm[j + 1:j + len(o)]) == o[1:] for o in d.lex.org_names_by_first.get(d.norm[j][1:], ()))) \
                and (_media_lam(d, j) or d.norm[j][1:] in d.lex.organizations or d.norm[j][1:] in d.lex.org_names_by_first):
            j += 1   # وأضاف لرويترز هيلث "...": the medium spoken to; the subject is understood or follows
            while j < b and j - a < 6 and d.norm[j].isalpha() and d.norm[j] not in d.lex.given_names \
                    and d.norm[j] not in d.lex.titles and not d.comp_len(j) and d.lex.cue(d.norm[j]) is None \
                    and d.norm[j] not in AFTER_VERB_SKIP and d.norm[j] not in NP_STOP:
                j += 1   # (لوكالة الأنباء الفرنسية، لرويترز هيلث: the medium's name)
        elif d.norm[j] in ("ل", "لـ") and j + 1 < b and j + 1 in d.span_at_open and d.span_at_open[j + 1][1] + 1 < b \
                and d.span_at_open[j + 1][1] - j <= 5:
            j = d.span_at_open[j + 1][1] + 1   # وأوضح لـ«عكاظ» مصدر مطلع: the medium, then the source
        else:
            break
    if j >= b:
        return None   # نبه مجددا إلى أن: an adverb, the subject is understood
    if d.norm[j] in ("ب", "بال", "ل", "لل", "وب", "وبال"):
        return None   # ووصفته بالـ"سخيف": a preposition before marked words, no source
    if d.is_mark(j) and j not in d.span_at_open and not d.in_quote[j]:
        return None   # وتابع "أحتاج إلى ...: an opening mark that pairs with nothing opens the words, not a source
    share = _share(d, j, b)
    if share is not None:
        return j, share
    if j in d.span_at_open:
        o, c = d.span_at_open[j]
        if 2 <= c - o - 1 <= 4 and c < b and any(d.norm[x] in d.lex.given_names for x in range(o + 1, c)) \
                and all(d.norm[x].isalpha() for x in range(o + 1, c)):
            return o + 1, c   # أفاد " مجدي عياش " مدير المشروع: a name in quotation marks
        if _common_words(d, o, c):
            return None   # اعتبرت "معادية للسامية": words in marks after the verb, no source
        if c - o - 1 > 5:
            return None   # وتابع "أحتاج إلى مزيد من الوقت ...": the words themselves, the subject is understood
    if _hal(d, j):
        return None   # وأضاف لاحقا متحدثا للصحفيين: a circumstance, the subject is understood
    w = d.norm[j]
    if j + 1 == b and w[:1] == "ب" and not w.startswith("بال") and w.isalpha() \
            and (len(w) == 4 or masdar_like(w[1:])) \
            and w not in d.lex.given_names and w not in d.known_names() and w not in d.lex.places \
            and w not in d.lex.documents and w not in d.lex.organizations and w not in d.lex.titles \
            and w not in d.lex.groups and w not in d.lex.nationalities:   # (ذكر بيان أن: the statement)
        return None   # وتابع بغضب: "...": the manner, the subject is understood
    if d.norm[j] in ("ما", "مما", "وهو", "وهي", "وهم", "وهما", "كيف", "لماذا", "ماذا", "متي", "هل"):
        return None   # ونفى ما يتردد، وتقول وهي جالسة، ووصفت كيف: an object or a circumstance, the subject is understood
    if d.norm[j] in _OBJECT_NOUNS:
        return None   # وأكد ضرورة تحقيق تقدم: the verb's object, the subject is understood
    if d.norm[j] in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هاتين", "هذين") and not _speakerlike(d, (j + 1, min(b, j + 2))):
        return None   # ووصفت هذه الضربات بأنها: a demonstrative opens the object (not هذا المصدر)
    if j + 2 < b and d.norm[j] == "كل" and d.norm[j + 1] == "من" and (
            d.norm[j + 2] in d.known_names() or d.norm[j + 2] in d.lex.given_names or d.norm[j + 2] in d.lex.organizations):
        j += 2   # وقال كل من نتنياهو وأرنون: "both", the sources follow
    a = j
    if a < b and d.lex.cue(d.norm[a]) is not None and d.lex.cue(d.norm[a])[0].part == "participle":
        return None   # وأضاف متسائلا: ... — a manner participle, the subject is understood
    first_cue = d.lex.cue(d.norm[a]) if a < b - 1 else None
    if first_cue is not None and first_cue[0].part == "verb" and not first_cue[0].ambiguous:
        a = j = a + 1   # وفق ما أعلن النادي: the source follows the verb
    head = _unlam(d.norm[a], d.lex) if a < b else ""
    head_bare = head[2:] if head.startswith("ال") else head
    name_len = d.lex.org_name_len(d.norm, a) if a < b and _bare_al(d.norm[a]) not in d.lex.organizations else 0
    known_end = a + name_len if name_len else None   # (البيت الأبيض)
    issuer_run = head in d.lex.documents or head in d.lex.organizations or head_bare in d.lex.documents \
        or head_bare in d.lex.organizations or known_end is not None
    unnamed = head in d.lex.groups or head_bare in d.lex.groups or head in d.lex.documents \
        or head_bare in d.lex.documents
    while j < b:
        w = d.norm[j]
        if j == a + 1 and w == "من" and d.norm[a] in COUNT_NOUNS and j + 1 < b and d.norm[j + 1].isalpha():
            j += 1   # وقال عدد من الخبراء القانونيين: a number of a group, named whole
            continue
        if j > a and w in ("لعام", "للعام", "لسنه", "لشهر") and j + 1 < b and d.norm[j + 1].isdigit():
            break   # إحصاءات الحكومة لعام 2012: the year the figures are for
        if j == known_end and w.isalpha() and (not w.startswith(("ال", "ل", "و")) or w in ("لما", "لكن", "لان")) and w != "في" \
                and w not in d.lex.given_names and w not in d.known_names() and not is_title(w, d.lex):
            break   # قال البيت الأبيض إن، رأي البيت الأبيض لما بدا: the known name, then what follows it
        if d.toks[j].text in JOINERS and j + 1 < b and d.norm[j + 1].isalpha():
            j += 1
            if d.toks[j - 1].text == "-" and j > a + 1 and d.toks[j - 2].end == d.toks[j - 1].start \
                    and d.toks[j - 1].end == d.toks[j].start:
                j += 1   # مون جيه-إن: the word after a hyphen belongs to the name, whatever it is
            continue
        if d.toks[j].text == "." and j > a and len(d.norm[j - 1]) == 1:
            j += 1   # د. سامي حداد: an abbreviated title
            continue
        if d.toks[j].text == "." and j > a and j + 1 < b and d.norm[j - 1] in LETTER_NAMES \
                and d.norm[j + 1] in LETTER_NAMES and d.toks[j - 1].end == d.toks[j].start == d.toks[j].end - 1 \
                and d.toks[j].end == d.toks[j + 1].start:
            j += 2   # شبكة سي.إن.إن: an abbreviation spelled out letter by letter
            continue
        if d.toks[j].text == "(" and j > a:
            k = j + 1
            while k < b and (k - j <= 4 or k - j <= 8 and (d.texts[k] == "." or d.texts[k - 1] == ".")
                             and (d.norm[k].isalpha() or d.texts[k] in ".)")) and d.toks[k].text != ")":
                k += 1   # (بنك (إيه.إن.زد): an abbreviation spelled out letter by letter)
            if k < b and d.toks[k].text == ")":
                j = k + 1   # حاخام حائط المبكى (البراق) شموئيل رابينوفيتش
                continue
        if d.is_punct(j) and not d.is_mark(j):
            break
        if j > a and w == "فقد":
            break   # وحسب وكالة الأنباء السعودية (واس) فقد: the source ends, its report follows
        if j in d.span_at_open and j > a:
            o, c = d.span_at_open[j]
            # (a dotted name is one word: "إم.إس.إن.بي.سي")
            dotted = any(d.texts[x] == "." and d.toks[x - 1].end == d.toks[x].start
                         and d.toks[x].end == d.toks[x + 1].start and d.texts[x - 1].isalpha() and d.texts[x + 1].isalpha()
                         for x in range(o + 2, c - 1))
            words = 1 + sum(1 for x in range(o + 2, c) if d.toks[x - 1].end != d.toks[x].start) if dotted else c - o - 1
            if (words <= 3 or words <= 5 and issuer_run and j == a + 1) and c < b:
                j = c + 1   # حركة «وفاء»، موقع "إن بي سي نيوز": a quoted name inside the mention
                continue
            break
        if issuer_run and j > a and w in ("ل", "لـ") and (head in d.lex.documents or head_bare in d.lex.documents) \
                and j + 1 in d.span_at_open and d.span_at_open[j + 1][1] < b \
                and d.span_at_open[j + 1][1] - j <= 5:
            j = d.span_at_open[j + 1][1] + 1   # تقرير لـ"بلومبيرغ": the document and its issuer
            continue
        if issuer_run and j == a + 1 and d.norm[a].startswith(("ال", "لل")) and _unlam(d.norm[a], d.lex) != d.norm[a] \
                and w.isalpha() and not w.startswith("ال") and (d.texts[j].endswith("ت") or _verb_like(w)):
            break   # ووفقا للمسح ضخت أوبك: the document, then the clause it reports
        if j > a and (d.comp_len(j) or w in ("وان", "فان", "وانه", "وانها")):
            break
        if j > a and (w in ("في", "عبر") and j + 1 < b and _lexical(_bare_al(d.norm[j + 1]), d.lex.documents)
                      and not (unnamed and _bare_al(d.norm[j + 1]) in ("موقع", "صحيفه", "وكاله", "مجله"))
                      or _in_document(d, j)):   # (not مصدر في الموقع: who works there)
            break   # وقال النواب في بيان إن: where it was said, not part of who said it
        if j > a and w in ("نقلا", "ونقلا") and j + 1 < b and d.norm[j + 1] == "عن":
            break   # وقال الوزير نقلا عن تقارير: the source, then whom it cites
        if issuer_run and j > a and (w in PUBLISHED_BY or w in ("الذي", "التي") and j + 1 < b
                                     and d.norm[j + 1] in PUBLISHED_BY) \
                and j + 1 + (w not in PUBLISHED_BY) < b and _made_by(d, j + 1 + (w not in PUBLISHED_BY)):
            j += 1 + (w not in PUBLISHED_BY)   # استطلاع للرأي أجرته المفوضية، التقرير الذي أعدته مجلة ...
            continue
        if issuer_run and j > a and j - a < 9 and (w in ("الصادر", "الصادره", "صادر", "صادره", "التابع",
                                                        "التابعه", "تابع", "تابعه")
                                                   or w in ("صدر", "صدرت") and j + 1 < b and d.norm[j + 1] == "عن"
                                                   or w == "عن" and d.norm[j - 1] in ("صادر", "الصادر", "صادره",
                                                                                     "الصادره", "صدر", "صدرت") or
                                                   (w.startswith("ل") and len(w) > 3 and (
                                                       not _media_lam(d, j) or j == a + 1 and (
                                                           head in d.lex.documents or head_bare in d.lex.documents)))):
            j += 1   # بيان صادر عن رئاسة الحكومة، المرصد السوري لحقوق الإنسان، تقرير لوكالة الأنباء (its issuer)
            continue
        if issuer_run and j > a and w[:1] == "ب" and w[1:] in d.lex.places and not w.startswith("بال"):
            j += 1   # سفارة الرياض بفرنسا: an institution and its country
            continue
        titled_only = d.norm[a] in d.lex.titles and not any(x in d.lex.given_names for x in d.norm[a:j])
        if (issuer_run or unnamed or titled_only) and j > a and w == "في" and j + 1 < b and d.norm[j + 1].isalpha() \
                and (not d.norm[j + 1].startswith("ال") or d.norm[j + 1] in d.lex.nationalities) \
                and not _lexical(d.norm[j + 1], d.lex.statement_nouns) \
                and d.norm[j + 1] not in MONTHS \
                and not _lexical(d.norm[j + 1], d.lex.documents) and (j + 2 >= b or not d.norm[j + 2].isalpha()
                                                             or d.comp_len(j + 2)
                                                             or d.norm[j + 2] in AFTER_VERB_SKIP):   # (في مالي الثلاثاء)
            j += 2   # حديقة حيوان في دالاس: an institution and its city
            continue
        if titled_only and j > a and w == "في" and not d.norm[a].startswith("ال") and j + 1 < b \
                and d.norm[j + 1].startswith("ال") \
                and (_bare_al(d.norm[j + 1]) in d.lex.organizations or d.norm[j + 1] in d.lex.org_proper):
            e = j + 2
            while e < b and e - j <= 4 and d.norm[e].startswith("ال") and d.norm[e].isalpha() \
                    and d.norm[e] not in d.lex.given_names:
                e += 1
            if e >= b or not d.norm[e].isalpha() or d.comp_len(e):
                j = e   # مديرة قسم الشرق الأوسط في المنظمة: the post and the body it is held in
                continue
        if w == "من" and j > a and j + 1 < b and d.norm[j + 1] in _ON_ITS_PART:
            break   # وقالت المصادر من جهتها: "for its part", an aside after the source
        if unnamed and j > a and (w in ("من", "في") or w == "علي" and (
                d.norm[j - 1] in _INFORMED or j + 1 < b and d.norm[j + 1] in _INFORMED)) \
                and j - a < _UNNAMED_RUN_ON:
            j += 1   # مسؤولين من الاتحاد الأوروبي، مصدر في الحكومة الروسية
            nxt = _unlam(d.norm[j], d.lex) if j < b else ""
            if nxt in d.lex.organizations or nxt[2:] in d.lex.organizations:
                issuer_run = True   # الباحثون في المعهد الوطني الفرنسي للصحة والأبحاث الطبية
            continue
        if w == "لدي" and j > a and j + 1 < b and any(
                _lexical(_bare_al(d.norm[x]), _ENVOYS) for x in range(max(a, j - 2), j)):
            j += 2   # سفيرها لدى الأمم المتحدة، المندوب الروسي لدى مجلس الأمن: the post
            while j < b and d.norm[j].startswith("ال") and d.norm[j].isalpha() and j - a < 8:
                j += 1
            continue
        if issuer_run and j > a and w == "علي" and j + 1 < b and _bare_al(d.norm[j + 1]) in ("موقع", "صفحه", "حساب") \
                and (head in d.lex.documents or head_bare in d.lex.documents):
            e = j + 2
            while e < b and d.norm[e].startswith("ال") and d.norm[e].isalpha() and e - j < 5 \
                    and not (e == j + 2 and not d.norm[j + 1].startswith("ال")):   # (موقع الهيئة: the owner)
                e += 1
            if e < b and (d.norm[e][:1] == "ل" and _unlam(d.norm[e], d.lex) != d.norm[e]
                          or e == j + 2 and _bare_al(d.norm[e]) in d.lex.organizations):
                j = e   # بيان على الموقع الإلكتروني للشركة: where the document was published, then whose
                continue
        if w == "وسط" and j > a and _bare_al(d.norm[j - 1]) == "لاعب":
            j += 1   # لاعب وسط المنتخب الألماني: a midfielder, not "among"
            continue
        if j > a + 1 and w.startswith("لل") and len(w) > 4 and not _audience_lam(d, j) and any(
                _bare_al(d.norm[x]) in d.lex.organizations and d.norm[x].startswith("ال") for x in (j - 1, j - 2)):
            # مدير عام الإدارة العامة للمباحث والأدلة الجنائية، الجهاز المركزي للإحصاء: the body's own
            # complement, its name (a document word too: الإحصاء، المعلومات)
            j += 1
            while j < b and d.norm[j].startswith(("وال", "ال")) and d.norm[j].isalpha() and j - a < 12:
                j += 1
            continue
        if w == "من" and j > a and j + 1 < b and issuer_run and _group_word(d.norm[j + 1], d.lex):
            j += 1   # فريق من الباحثين، فريق دولي من علماء الفلك: a body and whom it is made of
            continue
        if w in ("صباح", "مساء") and j == a + 1 and _bare_al(_unlam(d.norm[a], d.lex)) in _OUTLETS:
            j += 1   # صحيفة صباح التركية: the paper's name, not a time
            continue
        if j - 2 >= a and w[:1] == "ل" and d.norm[j - 1] in _TITLE_ADJECTIVES and d.norm[j - 2] in d.lex.titles \
                and _aside_lam(d, j) and not _media_lam(d, j):
            # الرئيس التنفيذي لمعهد أبحاث السرطان: the office's body, not an audience (but الرئيس
            # التنفيذي لوكالة الأنباء may be either, and stays an aside)
            body = ["ال" + w[2:] if w.startswith("لل") else w[1:]] + list(d.norm[j + 1:b])
            n = d.lex.org_name_len(body, 0)
            if n and j + n < b and d.norm[j + n].isalpha() and not d.norm[j + n].startswith(("ال", "و", "ل")) \
                    and d.norm[j + n] not in d.lex.given_names and d.norm[j + n] not in d.known_names():
                j += n
                break   # ودعا الأمين العام لمنظمة العفو الدولية زعماء العالم: the body's name, then the object
            j += 1
            continue
        if w in ("غير", "شبه") and j > a and j + 1 < b and _negated_adjective(d, j):
            j += 2   # منظمة غير حكومية، منظمة "فورو بينال" غير الحكومية: an adjective negated by غير
            continue
        if issuer_run and j > a + 1 and _ala_complement(d, j):
            j += 1   # هيئة التنظيم والإشراف على البنوك: على completes the body's verbal noun
            continue
        if (w in NP_STOP and not (w in ("علي", "الي") and d.toks[j].text[-1:] in "يي")
                and not (j == a and a > 0 and w[:1] == "ل" and d.norm[a - 1] in _LAM_PHRASES)) or (
                j > a and _aside_lam(d, j) and not _governs_lam(d.norm[j - 1])):
            break   # (but وفقا لوكالة رويترز: the phrase's ل, not an audience)
        if j > a and w in _TIME_BEFORE:
            break   # منظمة العمل الدولية عشية اليوم العالمي: when, after the source
        if j > a and issuer_run and w[:1] == "و" and d.texts[j].endswith("ت") and not w.endswith("ات") and len(w) >= 5 \
                and not w[1:].startswith("ال") and w not in d.lex.given_names:
            break   # شركة "أيه تي كيرني" وتمحورت: the next clause's verb
        if j > a and w in _TIME_NOUNS and j + 1 < b and d.norm[j + 1] in ("الماضي", "المقبل", "الجاري", "الحالي",
                                                                          "الفائت", "المنصرم"):
            if d.norm[j - 1] == "في" and j - 1 > a:
                j -= 1   # دراسة في العام الماضي
            break   # وكشفت إدارة ترامب الأسبوع الماضي: when, after the source
        if j > a and d.texts[j][:1].isdigit() and d.norm[a].startswith("ال"):
            break   # الرابطة 3.6 مليارات يورو: a number after a definite source is no part of it
        if j > a and w in ("هذا", "هذه", "هؤلاء", "تلك", "ذلك") and j + 1 < b and d.norm[j + 1].startswith("ال") \
                and d.norm[j + 1].isalpha() and (d.norm[j - 1] in _QUANTIFIERS or d.norm[j - 1][-1:] in "يو"
                                                 and d.norm[j - 1][:-1] in d.lex.titles):
            j += 2   # سفير إحدى هذه الدول، أحد مراقبي هذه الصناعة: the demonstrative and its noun are the genitive
            continue
        if j > a and w in _NP_END_AFTER_HEAD and not (j + 1 < b and d.norm[j + 1] in _TIME_NOUNS) \
                and d.texts[j] != "ألان":   # (المحقق ألان غاردنر: the name Alan, not الآن)
            break   # ويخشى المسؤولون هذا التحول، مسؤولين لم تسمهم: the object, a relative clause
        if j > a and _hal(d, j) and d.norm[j - 1] in d.known_names():
            break   # وقال ديلف مبتسما: the speaker's manner, after the name
        if j == a + 1 and w != d.norm[a] and not {w, d.norm[a]} & _LINKS_IN_NAMES \
                and d.named_last(d.norm[a]) and d.named_last(w) \
                and not d.named_last(d.norm[a]) & d.named_last(w) and not _named_pair(d, d.norm[a], w):
            break   # واتهم نتانياهو عباس: the surnames of two persons, the subject and the object
        if issuer_run and j > a + 1 and d.norm[j - 1].startswith("ال") and w.isalpha() \
                and not w.startswith(("ال", "ل", "و")) and "\u0621" <= d.texts[j][:1] <= "\u064a" \
                and not (w.startswith("ب") and not d.texts[j].endswith(("ا", "اً"))) \
                and w not in d.lex.organizations and w not in d.lex.given_names and w not in d.known_names() \
                and w not in d.lex.org_names_by_first and not d.is_mark(j - 1) \
                and w not in d.lex.places and w not in d.lex.nationalities and (
                    d.texts[j].endswith(("ها", "هم")) or d.texts[j].endswith(("ا", "اً")) and (
                        len(w) > 3 or j + 1 < len(d.texts) and d.texts[j + 1].endswith(("ا", "اً")))   # (بثا مباشرا)
                    and not w.endswith("يا")   # (الأكبر عالميا #فيسبوك: an adverb inside the naming)
                    or w in ("كل", "بعض", "جميع") or masdar_like(w) or len(w) == 4 and w[:1] in "تي"   # (تعطل)
                    or w in _EVENT_NOUNS   # (وثق المرصد السوري مقتل ...)
                    or w.endswith("ات") and len(w) > 4 and w not in d.lex.titles and w not in d.lex.groups):
            # (وأكدت وزارة الخارجية الألمانية معلومات صحيفة: an indefinite plural, the object)
            # البنك المركزي نموا، الحكومة المحلية قرارها، مجلس الأمن كل الأطراف: the object
            break
        if (issuer_run or unnamed) and j > a + 1 and (j - 1) in d.open_at_close and w.isalpha() \
                and not w.startswith(("ال", "ل", "و", "ب")) \
                and w not in d.lex.given_names and w not in d.known_names() and w not in d.lex.places \
                and w not in d.lex.nationalities and w not in d.lex.organizations \
                and (masdar_like(w) or w.endswith("يه") and len(w) > 4 or w in _EVENT_NOUNS):
            break   # وحملت وكالة "سانا" مسؤولية ...، وأكدت مصادر «عكاظ» تأجيل: the name in marks, then the object
        if unnamed and j > a + 1 and not d.norm[a].startswith("ال") and d.norm[j - 1] in d.lex.nationalities \
                and not d.norm[j - 1].startswith("ال") and w.isalpha() and (
                    w.startswith("ال") and w not in d.lex.nationalities and not d.lex.org_name_len(d.norm, j)
                    or _derived_masdar(w)):
            # وصف مصدر دبلوماسي تركي الاتهامات، نفى مصدر دبلوماسي تركي استخدام أنقرة: an indefinite
            # source and its nationality, then a definite object or a verbal noun
            break
        if issuer_run and j > a + 1 and d.norm[j - 1] in d.lex.nationalities and d.norm[j - 1].startswith("ال") \
                and w.startswith("ال") and w.isalpha() and (_bare_al(w) in d.lex.organizations
                                                            or _bare_al(w) in d.lex.groups) \
                and not d.lex.org_name_len(d.norm, j):
            break   # واتهم الجيش الإسرائيلي الفصائل الفلسطينية: a body after the first one's nationality, the object
        if issuer_run and known_end is None and j == a + 1 and d.norm[a].startswith("ال") and w.startswith("ال") \
                and w.isalpha() and len(w) > 5 and w.endswith(("ين", "ون", "ان")) and not d.norm[a].endswith(("ين", "ون", "ات")) \
                and w not in d.lex.nationalities and w not in d.lex.titles and w not in d.lex.organizations \
                and w not in d.lex.groups and not d.lex.org_name_len(d.norm, a):
            break   # ووصف التقرير الاجتماعين: a definite plural or dual after a singular definite body is its object
        if issuer_run and known_end is None and j > a + 1 and d.norm[j - 1] in d.lex.nationalities \
                and d.norm[j - 1].startswith("ال") and w.isalpha() and not w.startswith(("ال", "ل", "و", "ب", "ف")) \
                and "\u0621" <= d.texts[j][:1] <= "\u064a" and not d.is_mark(j - 1) and w not in d.lex.given_names \
                and w not in d.known_names() and w not in d.lex.places and w not in d.lex.nationalities \
                and w not in d.lex.organizations and w not in d.lex.titles and w not in d.lex.org_names_by_first \
                and w not in FUNCTION and d.lex.cue(w) is None:
            break   # أعلن فريق يوفنتوس الإيطالي قائمة اللاعبين: an indefinite noun after the body's nationality, the object
        if j > a + 1 and d.norm[a] in d.lex.titles and d.norm[j - 1].startswith("ال") and not w.startswith("ال") \
                and d.texts[j].endswith(("ه", "ها", "هم")) and w.isalpha() and w[:1] not in "بلوف" \
                and (len(_unsuffixed(w)) == 3 or masdar_like(_unsuffixed(w))) \
                and w not in d.lex.given_names and w not in d.known_names():
            break   # وأعلن المبعوث الخاص عزمه: the title is complete, its object carries a pronoun
        if j == a + 1 and d.norm[a].startswith("ال") and d.norm[a].endswith(("ون", "ين")) and len(d.norm[a]) > 5 \
                and (w in d.known_names() or w in d.lex.given_names or w in d.lex.places
                     or w.isalpha() and not w.startswith(("ال", "ل")) and w not in d.lex.nationalities
                     and not d.is_mark(j)):
            break   # ويتهم المنتقدون بوتن، وردد المحتجون شعارات: a group, then its object
        if j == a + 1 and d.norm[a] in d.surnames() and w.isalpha() and w not in d.known_names() \
                and w not in d.lex.given_names and not issuer_run:
            break   # نقل رايولا السويدي إبراهيموفيتش، ودعا تشوي المجتمع الدولي: the name is complete
        if j > a and w[:1] == "ل" and not w.startswith("لل") and len(w) > 3 and w not in d.lex.given_names \
                and _unlam(w, d.lex) == w and d.norm[j - 1].startswith("ال") and d.norm[j - 1] not in d.lex.titles \
                and d.norm[j - 1] not in d.lex.nationalities and (j + 1 >= b or not d.norm[j + 1].startswith("ال")) \
                and (issuer_run or "باسم" in d.norm[a:j]) and not _governs_lam(d.norm[j - 1]):
            # المتحدث باسم وزارة الخارجية لبزنس ستاندرد: after the body a source speaks for, the
            # medium spoken to (not لشؤون اللاجئين, nor a title's complement: المدير الفني لمانشستر)
            break
        org_len = d.lex.org_name_len(d.norm, j) if issuer_run and j == a + 1 else 0
        if org_len and (j + org_len >= b or not d.norm[j + org_len].startswith(("ال", "ل", "و"))
                        and d.norm[j + org_len] != "في"):   # (بعثة الأمم المتحدة في مالي)
            j += org_len
            break   # وطالبت منظمة هيومن رايتس ووتش سلطات دبي: the known name, then the object
        if j > a and w[:1] == "ل" and len(w) >= 3 and d.norm[j - 1] in d.known_names() \
                and w not in d.lex.given_names and w not in d.known_names():
            break   # وقال ديوجي لبي بي سي: the medium after the name
        if j > a and w in _KNOWN_AS and j + 1 < b and (d.norm[j + 1] in ("باسم", "ب", "بـ") or d.is_mark(j + 1)):
            break   # وقالت الهيئة المعروفة باسم "بي دي دي كيه": what it is known as is an aside, not its naming
        hit = d.lex.cue(w) if j > a else None
        cue = hit[0] if hit is not None else None
        if cue is not None and (cue.part in ("participle", "masdar") or (
                cue.part == "verb" and w not in d.lex.given_names and (
                    not cue.ambiguous or cue.prep and j + 1 < len(d.norm)
                    and d.norm[j + 1] in (cue.prep + "ه", cue.prep + "ها")))):
            break   # (ونشرت الوزيرة تغريدة جاء فيها: the next report's verb)
        if cue is not None and w[:1] == "ل" and cue.part == "verb":
            break   # وتحدثت الفنانة هبة عبدالغني لتؤكد أن: a purpose clause, its own report
        if j > a and w.isalpha() and not w.startswith(("ال", "ب", "ل")) and masdar_like(w) \
                and (d.norm[j - 1] in d.known_names() or d.norm[j - 1].startswith("ال") and (not issuer_run or j - a >= 2)
                     and d.norm[j - 1] not in d.lex.titles   # (الميجور أدريان: a rank, then the name)
                     or j >= 2 and d.toks[j - 2].text == "#") \
                and w not in d.known_names() and w not in d.lex.given_names:
            break   # نفى رضوان استقرار القوى على شخصية: the object after the name
        if (issuer_run or unnamed or j - a >= 2) and j > a and w[:1] == "ب" and not w.startswith("بال") \
                and masdar_like(w):
            break   # يتحدث التقرير بإسهاب عن، أفاد مسؤولون أمنيون أفغان باعتقال: a manner adverbial, an object
        if j == a + 1 and d.norm[a] in d.lex.places and w.isalpha() and not w.startswith(("ال", "و")) \
                and w not in d.lex.places and w not in d.lex.nationalities and w not in d.lex.org_names_by_first \
                and not any(o[1] == w for o in d.lex.org_names_by_first.get(d.norm[a], ())) \
                and not issuer_run and not d.is_mark(j):
            break   # واعتبرت البحرين خطوة واشنطن: a country speaks; its object follows (not واشنطن بوست)
        if issuer_run and j == a + 1 and d.norm[a].startswith("ال") and w.isalpha() and not w.startswith("ال") \
                and w not in d.lex.organizations and w not in d.lex.given_names and w not in d.known_names() \
                and not d.is_mark(j):
            break   # وأرجعت الشركة تراجع الأرباح: the organization named again by one word; its object follows
        if issuer_run and j > a + 1 and d.norm[j - 1] in d.lex.nationalities and d.norm[j - 1].startswith("ال") \
                and w.isalpha() and w not in d.lex.nationalities and w not in d.lex.organizations \
                and (w.startswith("ال") and (masdar_like(w) or w in _OBJECT_MASDARS or w.endswith("ات"))
                     or not w.startswith(("ال", "لل", "و")) and w not in d.lex.places and w not in d.known_names()
                     and w not in d.lex.given_names and not d.is_mark(j) and not w.isascii()   # (FDA)
                     and not (w[:1] == "ب" and _unlam(w[1:], d.lex) in d.lex.organizations)):   # (بمنظمة)
            # أعلنت وزارة الداخلية السعودية القبض على، انتقدت الخارجية الأميركية سوء استغلال: the body's
            # nationality closes its naming; the verb's object follows
            break
        if issuer_run and j > a + 1 and w in ("الحكومه", "الحكومات", "السلطات", "الاداره") \
                and d.norm[j - 1].startswith("ال") and d.norm[j - 1].isalpha():
            break   # اتهمت لجنة الشؤون الخارجية بمجلس العموم الحكومة البريطانية: another body, the object
        if j > a and not issuer_run and (w.startswith("ال") or w[:1] == "ب") and masdar_like(w) \
                and d.norm[j - 1].isalpha() and (d.norm[j - 1].startswith("ال") or d.norm[j - 1] in d.known_names()) \
                and d.norm[j - 1] not in NP_STOP and w not in d.lex.given_names and w not in d.lex.organizations \
                and w not in d.lex.titles and w not in d.lex.groups and w not in d.lex.nationalities:
            break   # وجدد المومني التأكيد على، وتوقعت المصادر التأجيل: the object begins
        if issuer_run and j > a + 1 and d.texts[j].endswith(("ته", "تها")) and len(w) > 4:
            break   # بيان لوزارة الخارجية نشرته على صفحتها: a verb and its object pronoun
        if issuer_run and j > a + 1 and w[:1] == "ب" and w[1:2] == "ا" and len(w) > 4:
            break   # شركة PIC باتجاه تحميل ...: a prepositional phrase, no longer the name
        if (issuer_run or unnamed) and j > a and w in d.lex.titles and w.startswith("ال") and j + 1 < b \
                and head not in d.lex.titles and not (j == a + 1 and (head in d.lex.documents or head_bare in d.lex.documents)) \
                and d.norm[j + 1].isalpha() and not d.norm[j + 1].startswith(("ال", "ل", "وال")) \
                and d.norm[j + 1] not in ("في", "من", "عن", "علي", "الي", "غير"):   # (وحدة المتابعة الإعلامية في;
            # مجلس الشؤون الاقتصادية والتنمية: an adjective and the next noun of the name)
            break   # وتتهم السلطات الشيخ نمر: a title and a name begin the object
        j += 1
    # an aside before the name (مسؤول السياسة الخارجية السابق في الاتحاد الأوروبي خافيير سولانا،
    # المندوب الجهوي للسياحة بنابل عز الدين القرامي)
    if j < b and j > a and (d.norm[j] in ("في", "من", "ب", "علي", "لدي", "عن", "الي") or d.norm[j].startswith("لل")) \
            and (d.norm[a] in d.lex.titles or d.norm[a].startswith("ال")) \
            and not any(w in d.lex.given_names for w in d.norm[a:j]):
        k = j + 1
        while k < b and k - j <= 6 and not d.is_punct(k) and not d.comp_len(k):
            if d.norm[k] in d.lex.given_names and not (d.norm[k] == "علي" and d.toks[k].text.endswith("ى")):
                run = name_run(d.norm[k:b], d.lex, [t.text for t in d.toks[k:b]])
                if run is not None:
                    j = k + run[1]
                break
            k += 1
        else:
            e = _aside_then_unknown_name(d, j, b)
            if e is not None:
                return a, e
            # ... في الأمم المتحدة رافينا شامداساني، خلال: a name of two words the lexicon lacks
            # closing the aside before a comma or the complementizer
            if (k < b and (d.is_comma(k) or d.comp_len(k)) or k == b and _closes_speaker(d, b)) and k - j >= 4 and all(
                    d.norm[x].isalpha() and not is_descriptor(d.norm[x], d.lex, d.texts[x]) for x in (k - 2, k - 1)) \
                    and d.norm[k - 3].startswith("ال") and _unknown_name(d, k - 2, k):
                return a, k
            # ... في البيت الأبيض، هيربيرت ماكماستر، السبت، إن: a name of two or three words
            # between commas after the aside
            if k < b and d.is_comma(k):
                e = k + 1
                while e < b and e - k <= 4 and d.norm[e].isalpha() and not is_descriptor(d.norm[e], d.lex, d.texts[e]):
                    e += 1
                if 2 <= e - k - 1 <= 3 and e < b and (d.is_comma(e) or d.comp_len(e)):
                    return a, e
    if j > a and (issuer_run or unnamed) and j < b:
        j = min(b, _place_complement(d, j))   # مسؤولون أميركيون في واشنطن، التحالف بقيادة السعودية
    if j <= a or (j == a + 1 and d.norm[a] in HONORIFICS):
        return None
    end_lam = j + 1
    while end_lam < b and end_lam - j <= 4 and d.norm[end_lam].startswith("ال") and not d.is_comma(end_lam):
        end_lam += 1   # لوزارة الخارجية الأمريكية: the complement and its adjectives
    if j < b and not d.is_comma(j) and _aside_lam(d, j) and end_lam < b and d.is_comma(end_lam) \
            and name_run(d.norm[a:j], d.lex, [t.text for t in d.toks[a:j]]) is None:
        j = end_lam   # المدير العام للشركة، ريتشارد هيمينتون: look past the complement for the name
        stop_at = j
    else:
        stop_at = None
    if j < b and stop_at is None and not d.is_comma(j) and _aside_lam(d, j) and d.norm[a] in d.lex.titles \
            and end_lam < b and d.norm[end_lam] in d.lex.given_names \
            and not any(w in d.lex.given_names or w in d.known_names() for w in d.norm[a:j]):
        run = name_run(d.norm[end_lam:b], d.lex, [t.text for t in d.toks[end_lam:b]])
        if run is not None and run[0] == 0 and (end_lam + run[1] >= b or d.is_comma(end_lam + run[1])
                                               or d.comp_len(end_lam + run[1])):
            # أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية صائب عريقات،: the title's
            # complement in ل, then the name
            return a, end_lam + run[1]
    if j < b and d.is_comma(j) and j + 1 < b and not d.non_attributive_at(j + 1):
        # apposition: a name after the comma, when the words before it name nobody (or no given name)
        run_before = name_run(d.norm[a:j], d.lex, [t.text for t in d.toks[a:j]])
        if run_before is not None and not d.norm[a].startswith("ال") and d.norm[a][:1] not in "لبو" and any(
                x.startswith("ال") and x.endswith(("ين", "ون")) and len(x) > 5 for x in d.norm[a + 1:j]) \
                and not any(x in d.lex.given_names or x in d.known_names() for x in d.norm[a:j]):
            run_before = None   # كبيرة الباحثين، يوجينيا ساوث: a plural after the title names nobody
            plural_head = True
        else:
            plural_head = False
        k = j + 1
        while k < b and not (d.is_punct(k) and d.toks[k].text not in JOINERS) \
                and (d.norm[k] not in NP_STOP or d.norm[k] == "علي" and d.toks[k].text.endswith("ي")
                     or d.texts[k - 1] == "-") \
                and not d.comp_len(k) and d.norm[k] not in ("فان", "وان") and k - j <= 6:   # (علي the name)
            k += 1
        after = d.norm[j + 1:k]
        run_after = name_run(after, d.lex, [t.text for t in d.toks[j + 1:k]]) if after else None
        if run_after == (0, 1) and len(after) == 2 and after[1].startswith("ال") and after[1].isalpha() \
                and k < b and (d.is_comma(k) or d.comp_len(k)) and after[1] not in d.lex.titles \
                and after[1] not in d.lex.nationalities and after[1] not in d.lex.organizations:
            run_after = (0, 2)   # ...، أنمار الخصاونة،: a first name the lexicon lacks and a family name in ال
        titled = plural_head or any(is_title(w, d.lex) for w in d.norm[a:j])
        if run_after is not None and after[0] not in ("وهو", "وهي", "وهم", "وهما") and after[0] not in _NEGATIONS \
                and not any(d.lex.cue(w) is not None for w in after[:run_after[0]]) and (   # (، إذ توقع مارك كارني;
                # رأي الكاتب، ولا تعكس: a negated verb goes on after the comma, not a name)
                run_before is None and titled or run_before is not None and (
                    not any(w in d.lex.given_names for w in d.norm[a:j])
                    and any(w in d.lex.given_names for w in after))):
            # (not الفنلندية تينا يوهياينن، وهي صديقة للشيخة لطيفة: a name, then an aside naming another)
            return a, j + 1 + run_after[1]
    if stop_at is not None:
        j = stop_at - 1
    late = _late_apposition(d, a, j, b)
    if late is None:
        late = _title_then_name(d, a, j, b)
    return (a, late) if late is not None else (a, j)


def _closes_speaker(d: _Doc, b: int) -> bool:
    """The speaker words end at b: the complementizer, a quotation mark, a colon or a comma
    follows them (or the text ends)."""
    return b >= len(d.norm) or bool(d.comp_len(b)) or d.is_mark(b) or d.is_colon(b) or d.is_comma(b)


def _unknown_name(d: _Doc, a: int, b: int) -> bool:
    """The words a..b may be a name the lexicon lacks: no place among them nor a place in ب or ل
    (بغرب إفريقيا، بموسكو), and no و opening them (والزمالك وكيف: more of a list)."""
    return not any(d.norm[x] in d.lex.places or d.norm[x][:1] in "بل" and (
        d.norm[x][1:] in d.lex.places or d.norm[x][1:] in _PLACE_HEADS) for x in range(a, b)) \
        and not (d.norm[a][:1] == "و" and d.norm[a] not in d.lex.given_names)


def _aside_then_unknown_name(d: _Doc, j: int, b: int) -> Optional[int]:
    """End of a name of two to four words the lexicon lacks after a title's aside in في at j
    (قائد الشرطة في الإقليم معظم جاه أنصاري إن، مدير التفتيش في وزارة العمل بالأردن منور أبو
    الغنم في بيان إن): the aside is a body's naming (its definite words, ب and a place), the name
    stands between it and the complementizer, a comma or where it was said; no word of it
    describes, acts or tells when. None if the words are not such."""
    lex = d.lex
    if d.norm[j] != "في":
        return None
    k = j + 1
    if k < b and d.norm[k].isalpha() and not d.norm[k].startswith("ال") and _bare_al(d.norm[k]) in lex.organizations:
        k += 1   # (وزارة العمل)
    m = k
    while m < b and m - j <= 6 and d.norm[m].isalpha() and (
            d.norm[m].startswith("ال") and d.norm[m] not in lex.given_names
            or d.norm[m][:1] == "ب" and (d.norm[m][1:] in lex.places or d.norm[m].startswith("بال"))):
        m += 1
    if m == j + 1 or not any(d.norm[x].startswith("ال") for x in range(j + 1, m)):
        return None
    e = m
    while e < b and e - m < 4 and d.norm[e].isalpha() and not d.comp_len(e):
        w = d.norm[e]
        link = e > m and d.norm[e - 1] in NAME_LINKS
        if w in NP_STOP or w in AFTER_VERB_SKIP or _aside_lam(d, e) or d.lex.cue(w) is not None:
            break
        if not link and (is_descriptor(w, lex, d.texts[e]) or w in NAME_LINKS and e == m):
            return None
        if _verb_like(w) or d.texts[e].endswith(("ه", "ها", "هم")) and not link or w.isdigit():
            return None
        e += 1
    if e - m < 2 or d.norm[e - 1] in NAME_LINKS or e > b or e == b and not _closes_speaker(d, b) \
            or not _unknown_name(d, m, e):
        return None
    if e == b or d.comp_len(e) or d.is_comma(e) or d.norm[e] in ("في", "خلال") and e + 1 < b and (
            _lexical(_bare_al(d.norm[e + 1]), lex.statement_nouns) or _lexical(_bare_al(d.norm[e + 1]), lex.documents)
            or _bare_al(d.norm[e + 1]) in _SPOKEN_IN) or _aside_lam(d, e) or d.norm[e] in AFTER_VERB_SKIP:
        return e
    return None


def _title_then_name(d: _Doc, a: int, j: int, b: int) -> Optional[int]:
    """End of the name that closes the speaker words after a title and its long complement, when
    the mention a..j is a title naming nobody: وقال عضو البرلمان عن حزب الشعب الجمهوري المعارض
    تيومان سانجار إن / الأستاذ في معهد دراسات الشرق الأقصى في جامعة كيونغنام كيم دونغ-يوب /
    المتحدث باسم التحالف العربي الذي تقوده السعودية، تركي المالكي. The name starts with a given
    name and ends the speaker words, or an audience or a time follows it; no verb stands between
    but a relative clause's."""
    lex = d.lex
    if j <= a or not is_title(d.norm[a], lex) or any(
            w in lex.given_names or w in d.known_names() for w in d.norm[a:j]):
        return None
    k = j
    while k < b and k - a <= 25:
        w = d.norm[k]
        if d.is_term(k) and not _decimal_or_abbrev(d, k) or d.comp_len(k) or d.is_colon(k) or d.is_mark(k):
            return None
        c = d.cue_at(k)
        if c is not None and c[0].part == "verb" or w in ("قد", "وقد", "لقد"):
            return None   # another clause
        if w in _COMPANIONS:
            return None   # في مؤتمر صحفي مع الرئيس الصربي ألكسندر فوسيتش: whom the title spoke beside
        if (_verb_like(w) or d.texts[k].endswith("ت") and len(w) <= 5 and not w.startswith("ال")) \
                and d.norm[k - 1] not in RELATIVES and w not in lex.given_names and b - k > 3:
            return None   # a verb: the title's own clause (a relative clause's verb is part of it;
            # the last words may be a name that only looks like one: تيومان)
        if w in lex.given_names and not (w == "علي" and d.texts[k].endswith("ى")):
            run = name_run(d.norm[k:b], lex, d.texts[k:b])
            if run is None or run[0] != 0 or d.norm[k - 1] in _PREPS:
                return None   # (المدرب الذي قاد الفريق أمام سامي حداد: the preposition's object)
            e = k + run[1]
            if e >= b or d.is_comma(e) or _aside_lam(d, e) or d.norm[e] in _TIME_NOUNS or d.norm[e] in _TIME_BEFORE:
                return e
            return None
        k += 1
    return None


def _made_by(d: _Doc, k: int) -> bool:
    """The words at k name who made a document: an organization or a person by name."""
    w = d.norm[k]
    if d.is_mark(k) and k in d.span_at_open:
        return True   # أعدته "بيزنس ويك"
    if w in NP_STOP:
        return False   # نشرته على صفحتها (not the name علي)
    head = _unlam(w, d.lex)
    return head in d.lex.organizations or head[2:] in d.lex.organizations or w in d.lex.org_names_by_first \
        or w in d.lex.given_names or w in d.known_names()


def _share(d: _Doc, j: int, b: int) -> Optional[int]:
    """End of a survey's share of respondents as the source (قال 14,8٪ منهم، أفاد حوالي 46% من
    المشاركين، صرحت نسبة 16,9٪، وأكد 89 في المئة من المشاركين في المسح), else None."""
    k = j
    if d.norm[k] in ("حوالي", "نحو", "قرابه", "زهاء", "نسبه"):
        k += 1
    elif d.norm[k] in ("اكثر", "اقل") and k + 1 < b and d.norm[k + 1] == "من":
        k += 2
    if k >= b or not d.norm[k].isdigit():
        return None
    k += 1
    while k + 1 < b and d.toks[k].text in ",.٫" and d.norm[k + 1].isdigit() and d.toks[k].end == d.toks[k + 1].start:
        k += 2   # 14,8
    if k < b and d.toks[k].text in "%٪":
        k += 1
    elif k + 1 < b and d.norm[k] == "في" and d.norm[k + 1] in ("المئه", "المائه"):
        k += 2   # 89 في المئة
    elif k < b and d.norm[k] in ("بالمئه", "بالمائه"):
        k += 1   # 29 بالمئة
    else:
        return None
    if k < b and d.norm[k] == "منهم":
        k += 1
    elif k + 1 < b and d.norm[k] == "من" and d.norm[k + 1].isalpha():
        k += 2   # من المجيبين
        while k + 1 < b and d.norm[k] == "في" and d.norm[k + 1].startswith("ال") and d.norm[k + 1].isalpha():
            k += 2   # من المشاركين في المسح
    return k


def _late_apposition(d: _Doc, a: int, j: int, b: int) -> Optional[int]:
    """End of a name in apposition after a title's complement and asides, when the mention a..j
    is a title naming nobody and the name closes the speaker words: وقال الرئيس الأسبق للشركة
    القابضة في تصريحات لـ"العربية.نت"، المهندس محمد شعيب، أن / وقال رئيس الاستراتيجية في
    بنك باركليز، هاري تشيلينغوريان: ... (a name the lexicon may not know)."""
    lex = d.lex
    if j <= a or not is_title(d.norm[a], lex) or any(
            w in lex.given_names or w in d.known_names() for w in d.norm[a:j]):
        return None
    c = j
    while c < b and c - a <= 20 and not d.is_comma(c):
        cue = d.cue_at(c)
        if d.comp_len(c) or d.is_colon(c) or cue is not None and cue[0].part == "verb" or d.is_term(c) and not (
                c + 1 < b and d.toks[c].end == d.toks[c + 1].start):   # (العربية.نت)
            return None
        c += 1
    if c >= b or not d.is_comma(c):
        return None
    if c + 1 < b and d.norm[c + 1].startswith("ال") and d.norm[c + 1] not in lex.titles \
            and d.lex.cue(d.norm[c + 1]) is None:
        # الصحافي الإصلاحي البارز، المقرب من رئاسة الحكومة، بهمن أحمدي أمويي: an aside, then the name
        k = c + 1
        while k < b and k - c <= 8 and not d.is_punct(k) and not d.comp_len(k) and d.cue_at(k) is None:
            k += 1
        if k < b and d.is_comma(k) and k - c >= 3:
            c = k
    e = c + 1
    while e < b and d.norm[e].startswith("ال") and d.norm[e] in lex.titles:
        e += 1   # المهندس، الشيخ، الدكتور، العقيد
    first = e
    while e < b and e - first < 4 and d.norm[e].isalpha() and not d.comp_len(e) and d.cue_at(e) is None and (
            not is_descriptor(d.norm[e], lex, d.texts[e]) or d.norm[e] in lex.given_names
            or e == first > c + 1 and not d.norm[e].startswith("ال") and d.norm[e] in lex.nationalities   # العقيد تركي
            or e > first and d.norm[e].startswith("بال") and len(d.norm[e]) > 4 and e + 1 < b and d.is_comma(e + 1)
            and d.norm[e] not in lex.documents   # إرنستو بيريس بالاداريس،: a family name in بال before the comma
            or e > first and d.norm[e].startswith("ال") and (
                d.norm[e - 1] in lex.given_names   # سامر الخطيب (a surname that is also a title)
                or d.norm[e] not in lex.titles and d.norm[e] not in lex.nationalities
                and d.norm[e] not in lex.organizations)):
        e += 1
    if e == first or not (e == b or d.is_comma(e) or d.is_colon(e) or d.comp_len(e)):
        return None
    if e - first == 1 and d.norm[first] not in lex.given_names:
        return None   # one unknown word is no safe name
    return e


# Words after which a name is a companion of the speaker, not the speaker (مع الرئيس الصربي).
_COMPANIONS = frozenset("مع ومع برفقه بحضور بجانب".split())
# Words that give what a body or person is known as (المعروفة باسم "..."، الملقب بـ).
_KNOWN_AS = frozenset("المعروف المعروفه المسمي المسماه الملقب الملقبه".split())
# Words opening a link to another article (اقرأ أيضا:، قد يهمك|، للمزيد:)، and what separates them.
_READ_MORE = frozenset("اقرا ايضا للمزيد شاهد".split())
_READ_MORE_PAIRS = frozenset({("قد", "يهمك"), ("اقرا", "ايضا")})
_LINK_SEPARATORS = frozenset(("|", "..", "…", ":", "-"))
# Words after a headline's source that say what or when it spoke about (X عن ...: ، X بعد ...:).
_ABOUT_WHAT = frozenset("عن بعد بشان حول الي ل".split())
# Labels of a record's particulars, never a speaker (الناشر: ...، السعر: ...، المصدر: ...).
_LABELS = frozenset("ناشر سعر مصدر مكان زمان تاريخ عنوان موضوع ترجمه اعداد تحرير تصوير مؤلف كاتب "
                    "صفحات مده نوع ملاحظه سؤال جواب س ج".split())
# Events and contests that head a series of headlines (كأس العالم 2018: ...), never a source.
_EVENT_HEADS = frozenset("كاس بطوله دوري مونديال اولمبياد مهرجان معرض انتخابات قمه مباراه".split())
# Attribution phrases that take their source with ل (وفقا لوكالة رويترز، طبقا لصحيفة).
_LAM_PHRASES = frozenset("وفقا ووفقا طبقا وطبقا استنادا واستنادا".split())
# Negations that open a verb, never a name (ولا تعكس، ولم يذكر).
_NEGATIONS = frozenset("لا ولا فلا لم ولم فلم لن ولن ليس وليس".split())
# Nouns of events a source reports, the object after its name (أعلن الجيش مقتل، وثق المرصد سقوط).
_EVENT_NOUNS = frozenset("مقتل مصرع وفاه سقوط وقوع حدوث وصول خروج دخول ارتفاع انخفاض تراجع نجاح فشل".split())


def _aside_lam(d: _Doc, j: int) -> bool:
    """لـ + organization/title/statement noun (لوكالة، للصحفيين، لـ«الشرق») opens an aside."""
    w = d.norm[j]
    if w in ("ل", "لـ"):
        return True
    if w.startswith("لل") and len(w) > 3:
        return True
    if _latin_lam(w):
        return True   # وقال الوزير لـCNN
    if w.startswith("ل") and len(w) > 2:
        rest = w[1:]
        lex = d.lex
        return rest in lex.organizations or rest in lex.statement_nouns or rest in lex.titles \
            or rest in lex.documents or rest in lex.org_names_by_first   # لفرانس برس
    return False


_GOVERNING_LAM = frozenset("الموالي المواليه المقرب المقربه المؤيد المؤيده المناهض المناهضه المعارض "
                           "المعارضه المنتمي المنتميه المنتسب المنتسبه "
                           # (ممثلون للادعاء الاتحادي: representatives of the body after ل)
                           "ممثلون ممثلين ممثلو ممثل ممثله الممثل الممثله".split())


# Adjectives of an office (الرئيس التنفيذي، المدير العام، الأمين العام، المدير الفني) ...
_TITLE_ADJECTIVES = frozenset("التنفيذي التنفيذيه العام العامه الفني الفنيه الاقليمي الاقليميه الاعلي المساعد "
                              "المساعده الاول الاولي التنفيذيين".split())


def _governs_lam(w: str) -> bool:
    """An adjective whose complement takes ل (الخاضع لإدارة الحوثيين، التابع للأمم المتحدة،
    المقرب للحكومة): what follows it describes the source, it is no aside."""
    return w in _GOVERNING_LAM or len(w) in (6, 7) and w.startswith("ال") and w[3] == "ا" and w[-1:] != "ه" \
        and w.isalpha()   # الفاعل: الخاضع، التابع، الداعم (not the feminine, more often a noun)


def _media_lam(d: _Doc, j: int) -> bool:
    """لـ + the medium or audience of a statement (لوكالة، للصحفيين، لقناة), or a statement or
    document word (لبيان): an aside."""
    w = d.norm[j]
    rest = w[2:] if w.startswith("لل") else w[1:]
    return _audience_lam(d, j) or rest in d.lex.statement_nouns or rest in d.lex.documents


def _audience_lam(d: _Doc, j: int) -> bool:
    """لـ + an outlet or an audience (لوكالة، للصحفيين): whom a statement was made to."""
    w = d.norm[j]
    rest = w[2:] if w.startswith("لل") else w[1:]
    rest_al = "ال" + w[2:] if w.startswith("لل") else rest
    return w in ("ل", "لـ") or rest in MEDIA or _bare_al(rest_al) in MEDIA or _latin_lam(w)


def _latin_lam(w: str) -> bool:
    """ل and a name in Latin letters (لـCNN، لـBBC): an outlet spoken or written to."""
    return len(w) > 2 and w[0] == "ل" and w[1].isascii() and w[1].isalpha()


def _bare_al(w: str) -> str:
    return w[2:] if w.startswith("ال") else w


_LINKS_IN_NAMES = NAME_LINKS | {"ولد"}   # (محمد ولد مولود)


def _named_pair(d: _Doc, w1: str, w2: str) -> bool:
    """Whether some person introduced in the text is named with ``w1`` then ``w2`` (طلال الميمان)."""
    return any(e.type == "person" and any(e.name_norm[k] == w1 and e.name_norm[k + 1] == w2
                                          for k in range(len(e.name_norm) - 1)) for e in d.seen_names())


def _in_document(d: _Doc, k: int) -> bool:
    """بالبيان، ببيانه: "in the statement", where something was said (not who said it)."""
    w = d.norm[k]
    return w[:1] == "ب" and _lexical(_bare_al(w[1:]), d.lex.documents)


def _np_before(d: _Doc, i: int) -> Optional[tuple[int, int]]:
    """A subject before its verb (لافروف قال إن، وكان الوزير قد أكد، X الذي يعتبر أن)."""
    s = d.sent_begin(i)
    end = i
    if end > s and d.norm[end - 1] in ("حينما", "عندما", "حين", "لما", "بعدما", "وحينما", "وعندما"):
        return None   # لم يتقبل X الخسارة حينما قال: the subject of the main clause speaks
    if end > s and d.norm[end - 1] in ("ولا", "فلا", "ولم", "فلم", "ولن", "فلن"):
        return None   # ولا أعتقد أن، ولم يستبعد أن: a verb joined to the last, its subject understood
    while end > s and d.norm[end - 1] in ("قد", "لقد", "فقد", "وقد", "لم", "لن", "سوف", "لا"):
        end -= 1   # (الشريف لم يتفق: the negation is no part of the subject)
    if end - 1 > s and d.norm[end - 1] in ("كان", "كانت", "كانوا") and (end < i and d.norm[end] == "قد" or end == i):
        end -= 1   # X، رئيس وزراء سنغافورة كان قد قال، الشرطة الفرنسية كانت أعلنت: the subject stands before كان
    if end > s and d.norm[end - 1] in ("وهو", "وهي", "وهم", "وهما") and end - 1 > s:
        return end - 1, end   # وظهر صوت كوهين في التسجيل وهو يقول: the pronoun, whom it refers to (see link)
    if end > s and d.norm[end - 1] in ("لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم") \
            and d.cue_at(i) is not None and d.cue_at(i)[0].cls == "speech":
        return None   # لكنه لم يذكر، لكنه قال: "but he", the subject is the pronoun, understood
    if end > s and d.norm[end - 1] in ("كان", "كانت", "كانوا") and end - 1 > s \
            and d.norm[end - 2] in ("قد", "لقد", "فقد", "وقد"):
        return None   # فقد كان أكد: "he had said", the subject is understood
    if end - 2 >= s and d.norm[end - 1] == "ان" and d.norm[end - 2] in ("سبق", "وسبق"):
        return None   # وسبق أن اشتكى: "had already", the subject is understood
    for x in (end - 1, end - 2):
        # ظهرت تقارير تفيد، ظهرت تقارير، تفيد: an indefinite document or group right before the verb
        # (or its comma) is the subject of the relative clause the verb opens
        if x > s and (x == end - 1 or d.is_comma(end - 1)) and d.norm[x].isalpha() \
                and not d.norm[x].startswith("ال") and d.norm[x][:1] != "و" \
                and d.norm[x] in _PLURAL_SOURCES and d.norm[i][:1] in "يت":
            return x, x + 1
    if end - 1 > s and d.norm[end - 2] in ("ما", "لا") and d.norm[end - 1][:4] in ("زال", "زالو", "يزال", "تزال"):
        end -= 2   # غالبية الإسرائيليين ما زالوا يعتقدون: "still", the subject stands before it
    if end > s and d.norm[end - 1] in RELATIVES:
        # X الذي يعتبر أن: the antecedent, a short definite or named phrase before the pronoun
        end -= 1
        a = end
        known = d.known_names()
        cue = d.cue_at(i)
        if cue is not None and cue[0].part == "verb" and (d.norm[end] == "الذي" and cue[0].feminine
                                                          or d.norm[end] == "التي" and not cue[0].feminine):
            k = end
            while k > s and end - k < 4 and d.norm[k - 1] in known:
                k -= 1
            if k < end and i + 1 < len(d.norm) and d.norm[i + 1] in ("فيها", "فيه"):
                return k, end   # تعليقات الرئيس دونالد ترامب التي قال فيها إن: whose words they were
            return None   # مطلق النار الذي قالت إن: the verb does not agree; the antecedent is its object
        if end - 1 > s and d.is_comma(end - 1) and not (cue is not None and cue[0].cls == "perception"):
            # غاريث ساوثغيت، والذي أعلن: a comma may set the relative clause apart from a name
            k = end - 1
            while k > s and end - 1 - k < 4 and d.norm[k - 1] in known:
                k -= 1
            if k == end - 1 and k > s and d.norm[k - 1] in d.lex.places and d.norm[end] == "التي" \
                    and (k - 1 == s or d.norm[k - 2] in ("من", "عن") or d.is_comma(k - 2)):
                k -= 1   # ردا غاضبا من أنقرة، التي تقول إن: a state, named alone before the comma (not
                # الأغنية ...، أحد أكثر الأندية شعبية في بريطانيا، التي تقول: where, not who)
            return (k, end - 1) if k < end - 1 else None
        if end > s and d.norm[end - 1] in _TIME_ANTECEDENTS:
            return None   # في الوقت الذي تهدد فيه: a time, not the speaker
        if end - 1 > s and (end - 1) in d.open_at_close and 1 <= end - 2 - d.open_at_close[end - 1] <= 5:
            o = d.open_at_close[end - 1]
            if all(d.norm[x].isalpha() for x in range(o + 1, end - 1)) and not (o > s and is_title(d.norm[o - 1], d.lex)):
                # (not غييوم لاكروا مدير "بروت" الذي: the title's body; the man is the antecedent)
                return o + 1, end - 1   # منظمات، من بينها "هيومن رايتس ووتش" التي ذكرت: the name in marks
        while a > s and end - a < 4 and d.norm[a - 1].isalpha() and not d.comp_len(a - 1) \
                and d.cue_at(a - 1) is None and d.norm[a - 1] not in NP_STOP:
            w = d.norm[a - 1]
            if not (w.startswith("ال") or w in d.lex.titles or w in d.lex.nationalities or w in d.lex.given_names
                    or w in known or w in d.lex.organizations or w in d.lex.groups or w in d.lex.places):
                if w.startswith("لل") and a - 1 > s and d.norm[a - 2].startswith("ال") and d.norm[a - 2].isalpha():
                    a -= 1   # الوكالة الدولية للطاقة الذرية التي أكدت: a body's complement in لل
                    continue
                if w[:1] in "لب" and len(w) > 3 and (w[1:] in d.lex.places or w[1:] in known or w.startswith(("لل", "بال"))):
                    a -= 1   # تحذير لروسيا التي أكدت، مشيدا بالدولة الخليجية التي أكدت: the antecedent after a
                    # preposition is the relative clause's subject all the same (its ل or ب is no part of it)
                break   # وصلت اللجنة الدولية التي ترى: the verb before the antecedent is no part of it
            a -= 1
        return (a, end) if a < end else None
    if end - 1 > s and d.is_comma(end - 1):
        # وكان الرئيس الأمريكي دونالد ترامب، أعلن ...: كان, its subject, a comma, the verb
        k = end - 1
        while k > s and not (d.is_punct(k - 1) and not d.is_mark(k - 1)) and end - k < SUBJECT_WINDOW:
            k -= 1   # (وكان موقع "بلاتس" الإخباري، قد قال: marks inside the subject)
        if d.norm[k] in ("كان", "وكان", "كانت", "وكانت") and k + 1 < end - 1:
            return k + 1, end - 1
        # لكن الرئيس البرازيلي، ميشيل تامر، قال: a title, the name set beside it between commas, the verb
        c2 = next((x for x in range(end - 2, max(s, end - 6) - 1, -1) if d.is_comma(x)), None)
        if c2 is not None and c2 + 1 < end - 1 and d.norm[c2 + 1] in d.lex.given_names \
                and all(d.norm[x].isalpha() for x in range(c2 + 1, end - 1)):
            t0 = c2
            while t0 > s and c2 - t0 < 5 and d.norm[t0 - 1].isalpha() and (
                    is_title(d.norm[t0 - 1], d.lex) or d.norm[t0 - 1] in d.lex.nationalities
                    or d.norm[t0 - 1].startswith("ال") and d.norm[t0 - 1] not in _CLAUSE_OPENERS):
                t0 -= 1
            if t0 < c2 and is_title(d.norm[t0], d.lex) and (
                    t0 == s or d.norm[t0 - 1] in _CLAUSE_OPENERS or d.is_punct(t0 - 1)):
                return t0, end - 1
    # a clause opener right before a short subject bounds it, however long the clause before
    # the opener (وأشار الجانبان إلى ... لكن الأسد قال)
    opener = next((k for k in range(end - 2, max(s, end - 6) - 1, -1) if d.norm[k] in _CLAUSE_OPENERS
                   and not any(d.is_punct(x) and not d.is_mark(x) for x in range(k + 1, end))), None)
    closes = d.open_at_close
    a = end
    while a > s and not (d.is_punct(a - 1) and not d.is_mark(a - 1)) and end - a < SUBJECT_WINDOW \
            and not (a - 1 in closes and a - 2 - closes[a - 1] > 4):
        a -= 1   # (a quotation closing before the verb bounds its subject: «...» بعد أن أوضح)
    if opener is not None and a <= opener:
        a = opener + 1
    elif end - a >= SUBJECT_WINDOW or a == end:
        return None
    for k in range(end - 1, a - 1, -1):
        if d.cue_at(k) is not None and not d.non_attributive_at(k) and not (
                k == end - 1 and k > a and d.cue_at(k)[0].ambiguous and d.cue_at(k)[0].part == "verb"):
            return None   # (but كامليا انتخابي فرد تكتب: a word that only reads like a verb, right before the verb)
        if d.comp_len(k):
            a = k + d.comp_len(k)   # يشار إلى أن الحرس الثوري أعلن: the subject follows أن
            break
        if k > a and _connective_an(d, k):
            a = k + 1   # غير أن أوبك تقول، ومع أن الباحثين وجدوا: "but", "although"; the subject follows
            break
        if k > a and k + 1 < end and d.norm[k] in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا") and (
                d.norm[k + 1].startswith("ال") or d.norm[k + 1] in d.lex.given_names
                or d.norm[k + 1] in d.known_names() or d.norm[k + 1] in d.lex.places):
            a = k + 1   # ما إذا كانت الولايات المتحدة قد لاحظت: the subject follows كان
            break
    if end - a > 3 and (d.norm[a] in ("من", "في", "الي", "مع", "منذ", "ضد", "لدي")
                        or d.norm[a] == "علي" and d.texts[a].endswith("ى")):
        return None   # وهدد ترامب، من أجل الضغط لإدخال تعديلات ... يقول إنها: a phrase, not the subject
    if d.norm[a] in ("ذلك", "وذلك") and not _speakerlike(d, (a + 1, end)):
        return None   # وذلك نتيجة "إهانات" قال إنها: "that is for", the noun the verb's clause describes;
        # the sentence's subject speaks
    while a < end and (d.norm[a] in LEADING_PARTICLES or d.is_mark(a)
                       or d.norm[a] == "ان" and a > s and d.norm[a - 1] in ("كما", "وكما")):
        a += 1   # (a closing mark before ولكنه أضاف is no part of the subject; كما أن العديد من الخبراء ينصحون)
    if a < end - 1 and d.norm[a] == "اي" and d.texts[a] in ("أي", "اي"):
        a += 1   # في 2 يوليو، أي قبل 3 أشهر قال: "that is", a time restated; never the subject
    if a >= end or all(d.norm[k] in _PRONOUN_WORDS for k in range(a, end)):
        return None   # ولكنه يقول: a pronoun, the subject is understood
    if d.norm[a] in ("بعد", "قبل", "عقب", "اثر", "اثناء", "خلال", "منذ") and a + 1 < end:
        if any(_lexical(d.norm[k], _DURATIONS) or d.norm[k].isdigit() for k in range(a + 1, end)):
            return None   # ولكن بعد ثلاثة أعوام تقول: a time, the subject is understood
        if d.norm[a + 1] in ("ان", "ما"):
            return None   # بعد أن وجد: a clause of time, its subject understood
        a += 1   # بعد ورود معلومات تفيد، بعد تسريبات تحدثت: the noun after the preposition speaks
    if end - a == 1 and a > s and d.norm[a - 1] in ("في", "ب", "من", "علي", "الي", "عن", "مع") \
            and not _speakerlike(d, (a, end)):
        return None   # في محاولة قالت إنها: a noun after a preposition; the sentence's subject speaks
    if end - a >= 2 and (d.norm[a] in ISSUING or d.norm[a][:1] in "وف" and d.norm[a][1:] in ISSUING) \
            and i + 1 < len(d.norm) and d.norm[i + 1] in ("فيها", "فيه"):
        return None   # ووجه كلمة لجمهور الزمالك أكد فيها: the one who gave it, the clause's subject, speaks
    if d.norm[a] in ("وحول", "وبشان", "وبخصوص", "وعن") or a == s and d.norm[a] in ("حول", "بشان", "بخصوص", "عن"):
        return None   # وحول تأثير هذه الكتب أردف، وبشأن غياب ميسي قال: the topic, the subject is understood
    if d.norm[a] in ("هذا", "هذه", "ذلك", "تلك") and a > s and d.norm[a - 1] in ("في", "وفي", "ب", "وب", "من", "ومن"):
        return None   # وفي هذا الإطار أفاد: an adverbial, not the subject
    if end - a <= 3 and not (a > s and (d.comp_len(a - 1) or d.norm[a - 1] in ("لكن", "ولكن"))) and all(
            d.texts[k].endswith(("ا", "اً")) and not d.norm[k].startswith("ال") and len(d.norm[k]) > 2
                            and d.norm[k] not in d.lex.given_names and d.norm[k] not in d.known_names()
                            and d.norm[k] not in d.lex.places for k in range(a, end)):
        return None   # ونقل التلفزيون بثا مباشرا قال إنه: an object in the accusative; the sentence's subject speaks
    return a, end


# Words that end a source's noun phrase once it has a head: demonstratives open the object,
# negations a relative clause (مسؤولين أميركيين لم تسمهم).
_NP_END_AFTER_HEAD = frozenset("هذا هذه ذلك تلك هؤلاء لم لن ما مما بهذا بهذه بذلك لهذا لهذه عدم اكثر قد "
                               "ظهر عشيه فجر ليله صراحه وصراحه علنا وعلنا وهو وهي وهم بما فيما "
                               # when it spoke (الحكومة الآن; days, اليوم and أمس are in NP_STOP)
                               "الان غدا حينها وقتها انذاك حينذاك "
                               # a relative clause joined by و (والذي طلب عدم نشر اسمه)
                               "والذي والتي والذين".split())
# Quantifiers in construct with what follows them (إحدى هذه الدول، بعض هؤلاء المسؤولين).
_QUANTIFIERS = frozenset("احد احدي بعض كل معظم اغلب غالبيه".split())
# Envoys, named with the place or body they are posted to (سفير لدى، مندوب لدى).
_ENVOYS = frozenset("سفير سفيره مندوب مندوبه ممثل ممثله مبعوث مبعوثه".split())
# Conjunctions after which a word can only be a verb (بعدما صرح، حين بين، وقد طالب).
_BEFORE_VERBS = frozenset("بعدما عندما حينما وعندما وحينما لما قد وقد لقد فقد اذ".split())
# Words opening a subordinate clause before the sentence's main clause (وفيما أكد X أن ...، قال Y).
_SUBORDINATORS = frozenset("فيما وفيما بينما وبينما واذ ولما وعندما عندما وحين حين".split())
# Time words governing the noun after them (عشية المباراة، غداة الهجوم، قبيل الاجتماع).
_TIME_BEFORE = frozenset("عشيه غداه قبيل ابان".split())
_TIME_ANTECEDENTS = frozenset("الوقت اليوم الحين اللحظه الفتره العام الشهر الاسبوع الساعه الليله المكان".split())
_DURATIONS = frozenset("اعوام سنوات سنين ايام اشهر شهور ساعات دقائق اسابيع عام سنه يوم شهر ساعه اسبوع "
                       "عامين سنتين يومين شهرين ساعتين اسبوعين اعوامه".split())
_TIME_NOUNS = frozenset("الاسبوع الشهر العام السنه اليوم الصباح المساء الفتره الاثناء".split())
# Indefinite plurals that open an asyndetic relative clause as its source (ظهرت تقارير تفيد بأن)
_PLURAL_SOURCES = frozenset("تقارير انباء معلومات مصادر شهادات احصاءات ارقام بيانات تسريبات".split())
# Conjunctions that open a clause whose subject may stand before its verb (لكن الأسد قال)
_CLAUSE_OPENERS = frozenset("لكن ولكن بينما وبينما".split())   # (not فيما: فيما يتعلق بـ)
# Connectives that take أن before the subject of their clause (غير أن، إلا أن، مع أن، رغم أن).
_CONNECTIVES_BEFORE_AN = frozenset("غير وغير الا والا بيد مع ومع رغم ورغم برغم وبرغم بالرغم وبالرغم علما لو ولو".split())
# Conjunctions and particles carrying the subject as a pronoun (ولكنه يقول، إلا أنها ترى).
_PRONOUN_WORDS = frozenset("لكنه ولكنه لكنها ولكنها لكنهم ولكنهم انه وانه انها وانها انهم وانهم فانه فانها "
                           "الا غير ان "
                           # verbs of going on that carry the subject (ومضى يقول، وعاد ليؤكد)
                           "مضي ومضي مضت ومضت عاد وعاد عادت وعادت راح وراح راحت وراحت".split())


# Participles of the derived forms in the accusative: مفعّلا، مفاعلا، متفعّلا، منفعلا، مفتعلا،
# متفاعلا، مستفعلا (مؤكدا، مساعدا، متحدثا، منفعلا، مبتسما، متسائلا، مستغربا) — not ماكوندا, ماريا.
_HAL_RE = re.compile(r"م(?:[^ا]..|.ا..|ت...|ن...|.ت..|ت.ا..|ست...)ا")


def _hal(d: _Doc, k: int) -> bool:
    """An indefinite active participle in the accusative (متحدثا، مبتسما): a circumstance."""
    w = d.norm[k]
    # فاعلاً (مازحا، ساخرا) only right before the words or a pause: names take that shape (فاستا، ناديا)
    plain = len(w) == 5 and w[1] == "ا" and w[4] == "ا" and k + 1 < len(d.norm) and (
        d.is_punct(k + 1) or d.comp_len(k + 1) > 0)
    return ((_HAL_RE.fullmatch(w) is not None or plain)
            and d.texts[k].endswith(("ا", "اً"))
            and w not in d.lex.given_names and w not in d.known_names() and d.lex.cue(w) is None)


# Nouns of events a report tells of after ب (أفادت بوفاة، تفيد بمقتل): never a speaker.
_BA_EVENTS = frozenset("وفاه مقتل مصرع سقوط وقوع اصابه اندلاع حدوث فوز خساره".split())


def _object_first(d: _Doc, k: int) -> bool:
    """A verbal noun (bare or after ب) that no lexicon knows as a source or name."""
    w = d.norm[k]
    lex = d.lex
    if w[:1] == "ب" and (w[1:] in _BA_EVENTS or len(w) == 5 and w[1] == "م" and w[4] != "ه") \
            and w not in lex.given_names and w not in d.known_names() and w[1:] not in lex.places:
        return True   # تفيد بمقتل، أفادت بوفاة: ب and what happened, the verb's complement
    if w.startswith("ال") or not masdar_like(w) or w in lex.given_names or w in d.known_names():
        return False
    bare = w[1:] if w[:1] == "ب" else w
    return not (bare in lex.titles or bare in lex.organizations or bare in lex.groups or bare in lex.documents
                or w in lex.places)   # (تركيا reads like تفعيل)


def _speaker_np(d: _Doc, i: int, stop: int, entry: CueEntry, prefixed: bool) -> tuple[Optional[tuple[int, int]], bool]:
    """Speaker mention for the cue at i whose speaker words end at ``stop``; (range, implicit)."""
    a = i + 1
    if entry.lemma in ("نقل", "روي"):
        # نقلت الوكالة عن الوزير قوله إن: the source is after عن
        for k in range(a, stop):
            if d.norm[k] == "عن" or d.norm[k].startswith("عن") and len(d.norm[k]) in (3, 4):
                if d.norm[k] == "عن":
                    a = k + 1
                break
            if d.norm[k] in ("قول", "تصريحات") and k > a and k + 1 < stop and d.norm[k + 1].isalpha() \
                    and "عن" not in d.norm[k + 1:stop]:
                a = k + 1   # نقلت الوكالة، السبت، قول مصدر مسؤول إن: whose words they carried
                break
            if d.norm[k] == "علي" and k + 2 < stop and d.norm[k + 1] == "لسان" and d.texts[k].endswith("ى") \
                    and _speakerlike(d, (k + 2, k + 3)):
                a = k + 2   # ونقلت السفارة على لسان المتحدثة قولها: the one whose tongue it was
                break
    for k in range(a, min(stop - 1, a + 10)):
        if d.norm[k] in ("نقلا", "ونقلا") and d.norm[k + 1] == "عن" and k + 2 < stop and (
                k == a or _bare_al(_unlam(d.norm[a], d.lex)) in d.lex.documents
                or _bare_al(_unlam(d.norm[a], d.lex)) in MEDIA):   # (not وقال الوزير نقلا عن)
            # وتضمن بيان نقلا عن مصدر في الرئاسة قوله إن، وأوردت وكالة "يونهاب" نقلا عن مصادر في
            # الاستخبارات أن: the source; a document or an outlet only carries its words
            return _np_after(d, k + 2, stop), False
    if entry.cls == "document" and entry.prep and a < stop and d.norm[a] == entry.prep:
        a += 1   # وجاء في بيان الوزارة أن: the document follows the preposition
    elif entry.cls == "document" and entry.prep and a < stop and d.norm[a] in (entry.prep + "ه", entry.prep + "ها"):
        # نشرت الوزيرة تغريدة جاء فيها "...": the document the pronoun refers to, just before
        for k in range(i - 1, max(d.sent_begin(i), i - 8) - 1, -1):
            w = d.norm[k][:-1] if d.texts[k].endswith(("ا", "اً")) and not d.norm[k].startswith("ال") else d.norm[k]
            if _bare_al(_unlam(w, d.lex)) in d.lex.documents:
                return (k, k + 1), False   # (its publisher, if any, speaks: see speakers._Resolver.link)
        return None, True
    if entry.part == "verb" and a < stop and d.norm[a] in ("فيه", "فيها", "فيهما") and not prefixed:
        # ونشر فيتسوم أريجا تغريدة قال فيها، وأصدر المجلس بيانا أكد فيه: who published what he said in
        pub = _publisher(d, i)
        if pub is not None:
            return pub, False
    if entry.part == "verb" and a < stop and d.norm[a].startswith("لل") and len(d.norm[a]) > 4 \
            and d.norm[a] not in d.lex.given_names:
        a += 1   # وقال للمستثمرين في مكالمة: the audience, then the subject or none
    elif entry.part == "verb" and a < stop and d.texts[a].startswith("ل") and d.texts[a].endswith(("ه", "ها", "هم")) \
            and len(d.norm[a]) > 4 and d.norm[a] not in d.lex.given_names and d.norm[a] not in d.known_names():
        a += 1   # وقال لمستشاريه: the audience, his own, then the subject or none
    if entry.part == "verb" and not prefixed and i > 2 and d.norm[i - 1] == "قد" \
            and any(d.norm[k] in ("كان", "وكان", "كانت", "وكانت") for k in range(d.sent_begin(i), i - 2)):
        before = _np_before(d, i)
        if before is not None and _speakerlike(d, before):
            return before, False   # وكان الوزير ليبرمان قد وصف القناة بأنها: the subject stands before; the object after
    np = _np_after(d, a, stop) if entry.part == "verb" else None
    if np is not None and d.norm[i].endswith("وا") and len(d.norm[i]) >= 4 and d.norm[i][:-2] != entry.lemma[:-1]:
        np = None   # ورددوا هتافات، وقالوا للصحفيين: a plural verb has its subject in it (a subject after
        # the verb leaves it singular: قال المسؤولون); what follows is its object
    if np is not None and _object_first(d, np[0]):
        np = None   # تعلن اعتقال، تفيد باعتزام: the object; the subject stands before or is understood
    if np is not None and entry.lemma in ("نشر", "اصدر", "بث") and not d.norm[np[0]].startswith("ال") \
            and _document_subject(d, (np[0], np[1])):
        np = None   # نشرت الوزيرة تغريدة جاء فيها: what was published; the publisher stands before or is understood
    if np is not None:
        # drop a trailing masdar cue (قوله) and the verb's own preposition (أشار الوزير إلى)
        x, y = np
        while y > x and (d.lex.cue(d.norm[y - 1]) is not None and d.lex.cue(d.norm[y - 1])[0].part == "masdar"
                         or entry.prep and d.norm[y - 1] == entry.prep):
            y -= 1
        np = (x, y) if y > x else None
    if np is None and entry.part == "verb" and not prefixed and i > 0 and not d.norm[i - 1].startswith("ال") \
            and _lexical(_bare_al(d.norm[i - 1]), d.lex.documents):
        pub = _publisher(d, i)
        if pub is not None:
            return pub, False   # ونشر التلفزيون على حسابه تغريدة تفيد بـ: the document's publisher speaks
    if np is None and entry.part == "verb" and not prefixed and not (i > 0 and d.norm[i - 1] in MA_CLAUSE):
        np = _np_before(d, i)   # (ما أسماه "...": "what he called", the subject is understood)
    if np is None and entry.part == "verb":
        np = _topic(d, i, prefixed)
    if np is not None:
        # وقالت "إير بي إن بي" إنها: a name in marks is whole, whatever words it holds (إن)
        o = next((x for x in range(np[0], np[1]) if x in d.span_at_open and d.span_at_open[x][1] >= np[1]), None)
        if o is not None and d.span_at_open[o][1] < stop:
            if o == np[0] and d.norm[o + 1] in _ABOUT_PREPS:
                return None, True   # لكنه أوضح "بخصوص القدوم للأردن" أن: what about, not who
            np = (np[0], d.span_at_open[o][1] + 1)
    return np, np is None


# Prepositions of a topic (بخصوص القدوم، بشأن الاتفاق): what a statement is about.
_ABOUT_PREPS = frozenset("بخصوص بشان حول عن لجهه فيما".split())


# Where a statement is posted (كتب على تويتر، عبر حسابه، في تغريدة).
_MEDIA_WORDS = frozenset("تويتر فيسبوك انستغرام انستجرام يوتيوب سناب حسابه حسابها حسابهم صفحته صفحتها صفحتهم "
                         "موقعه موقعها".split())


def _on_a_medium(d: _Doc, a: int, b: int) -> bool:
    """The words a..b (before a colon, after the source) say where it was posted: على تويتر، عبر
    حسابه على فيسبوك، في تغريدة (وكتب لينيكر على تويتر: a statement, not a letter written)."""
    if a < b and d.is_comma(a):
        k = a + 1
        while k < b and k - a <= 3 and d.norm[k] in _TIME_WORDS:
            k += 1
        if k > a + 1 and k < b and d.is_comma(k):
            a = k + 1   # وكتب محرم إينجه، الأحد، على تويتر: when, set apart, then where
    if b - a < 2 or b - a > 6 or d.norm[a] not in ("علي", "عبر", "في"):
        return False
    return any(d.norm[k] in _MEDIA_WORDS or _bare_al(d.norm[k]) in ("تغريده", "منشور", "تدوينه")
               for k in range(a + 1, b))


def _publisher(d: _Doc, i: int) -> Optional[tuple[int, int]]:
    """The one who published or delivered the statement a cue at i speaks in (قال فيها): the subject
    of the publishing verb before it in the sentence, after the verb (ونشر فيتسوم أريجا تغريدة) or
    before it (وكان صلاح قد نشر تغريدة); None when there is no such verb."""
    s = d.sent_begin(i)
    doc = next((k for k in range(i - 1, max(s, i - 10) - 1, -1) if _lexical(_bare_al(d.norm[k]), d.lex.statement_nouns)
                or _lexical(_bare_al(d.norm[k]), d.lex.documents)
                or d.norm[k].endswith("ا") and _lexical(_bare_al(d.norm[k][:-1]), d.lex.statement_nouns)), None)
    if doc is None:
        return None
    verb = next((k for k in range(doc - 1, max(s, doc - 10) - 1, -1)
                 if (d.norm[k][1:] if d.norm[k][:1] in "وف" and d.norm[k][1:] in ISSUING else d.norm[k])
                 in ISSUING), None)
    if verb is None:
        return None
    if verb + 1 < doc:
        return _np_after(d, verb + 1, doc)
    return _np_before(d, verb)


def _topic(d: _Doc, i: int, prefixed: bool) -> Optional[tuple[int, int]]:
    """The subject set apart at the head of the sentence, its verb after asides: أما قديروف، رئيس
    ...، فقال / جيري سميث، وهو مفتش سابق ...، حذر من أن."""
    s = d.sent_begin(i)
    a = s + 1 if d.norm[s] in ("اما", "واما") else s
    e = a
    while e < i and not d.is_punct(e):
        e += 1
    if not (a < e <= a + 5 and e < i and d.is_comma(e)):
        return None
    if a > s and (prefixed and d.norm[i][:1] == "ف" or d.norm[i - 1] in ("فقد", "فانه", "فانها", "فهو", "فهي")):
        return a, e   # أما X ... فقال، أما X، فقد أكد
    if a == s and not prefixed and d.is_comma(i - 1) and e + 1 < i and d.norm[e + 1] in ("وهو", "وهي", "وهم") \
            and (_speakerlike(d, (a, e)) or 2 <= e - a <= 3 and all(
                d.norm[x].isalpha() and not is_descriptor(d.norm[x], d.lex, d.texts[x]) for x in range(a, e))):
        return a, e   # X، وهو ...، قال (a name the lexicons may not know: جيري سميث، وهو مفتش سابق)
    return None


def _document_subject(d: _Doc, np: Optional[tuple[int, int]]) -> bool:
    """The subject of a document verb (أظهر، تضمن، نص) must be a document: التقرير، الدراسة."""
    if np is None:
        return False
    w = _unlam(d.norm[np[0]], d.lex)
    if w.endswith("ا") and not w.startswith("ال") and w[:-1] in d.lex.documents:
        w = w[:-1]   # أصدر المجلس بيانا جاء فيه: the document, in the accusative
    return w in d.lex.documents or (w[2:] if w.startswith("ال") else w) in d.lex.documents


def _reports_from_source(d: _Doc, i: int, stop: int) -> bool:
    """نقلت X عن Y قوله: a source after عن and a masdar of saying make any cue unambiguous; so
    does a source after عن right before marked words (ونقلت "رويترز" عن يوجينيا "..."), and عنه
    for whom the pronoun stands (ونقلت عنه وكالة تسنيم قوله "...")."""
    has_an = has_masdar = False
    an = None
    for k in range(i + 1, stop):
        if d.norm[k] in ("عن", "عنه", "عنها", "عنهم"):
            has_an = True
            an = k if d.norm[k] == "عن" else an
        c = d.lex.cue(d.norm[k])
        if c is not None and c[0].part == "masdar":
            has_masdar = True
    if has_an and not has_masdar and an is not None and an + 1 < stop <= an + 5 and stop < len(d.norm) \
            and d.is_mark(stop) and _speakerlike(d, (an + 1, stop), head_only=True):
        return True
    return has_an and has_masdar


def _first_person(w: str, entry: CueEntry) -> bool:
    """نقول، نذكر، أقول: present forms of the first person (not نقل، نفى whose root starts with ن)."""
    plural = w.startswith("ن") and (not entry.lemma.startswith("ن") or w.startswith("نن"))
    singular = w.startswith("ا") and not entry.lemma.startswith("ا") and len(w) >= 3 and w[1:2] != "ل"
    return plural or singular


def _is_feminine(d: _Doc, i: int, entry: CueEntry) -> Optional[bool]:
    return True if entry.feminine else (False if entry.part == "verb" else None)


def _trailing_cue(d: _Doc, i: int, entry: CueEntry) -> Optional[_Cand]:
    """CONTENT، كما تقول حنا / CONTENT كما قال: the clause before كما is the content."""
    s0 = d.sent_begin(i)
    k = i - 1   # the كما token
    end = k
    while end > s0 and d.is_punct(end - 1) and not d.is_mark(end - 1):
        end -= 1
    a = s0
    for x in range(end - 1, s0 - 1, -1):
        if d.is_term(x) or (d.is_comma(x) and x < end - 1 and _starts_new_report(d, x + 1)):
            a = x + 1
            break
    while a < end and d.norm[a] in LEADING_PARTICLES:
        a += 1
    if end - a < 3:
        return None
    s, e = _content(d, a, end)
    if s < 0:
        return None
    limit = d.para_end(i)
    np = _np_after(d, i + 1, min(limit, i + 8))
    spans = [(o, c) for o, c in d.span_at_open.values() if o >= a and c < end]
    return _Cand(_kind(d, spans), s, e, i, entry.lemma, 1, np, np is None,
                 _is_feminine(d, i, entry), entry.cls, spans, anchor=a)


def _between(d: _Doc, i: int) -> bool:
    """بين at i after a word, with no complementizer or colon close after it: the preposition
    "between", not the verb بيّن "showed" (which follows كما، قد، ما ... or opens its clause)."""
    return d.norm[i] == "بين" and i > 0 and d.norm[i - 1].isalpha() and d.cue_at(i - 1) is None \
        and d.norm[i - 1] not in ("كما", "قد", "وقد", "فقد", "لقد", "ما", "حسبما", "مثلما", "وكما", "ثم") \
        and not any(d.comp_len(k) or d.is_colon(k) for k in range(i + 1, min(len(d.norm), i + 7)))


def _report_from_cue(d: _Doc, i: int, entry: CueEntry, stripped: int) -> Optional[_Cand]:
    """A quote introduced by the cue at token i, or None."""
    if d.non_attributive_at(i):
        return None
    if _between(d, i):
        return None   # لا تجمع بين أعضائها، لقاء بين مسؤولين: the preposition "between" after a word
    if i > 0 and d.norm[i - 1] == "كما" and entry.part == "verb" and not stripped and entry.cls != "document" \
            and _find_content(d, i, strict=True) is None:
        return _trailing_cue(d, i, entry)
    if entry.cls == "document" and entry.prep and i > 0 and (d.norm[i - 1] in MA_CLAUSE or d.norm[i - 1] == "لما"):
        return None   # رفض ما جاء في تقرير ...: what a document says, as an object
    found = _find_content(d, i)
    if found is None:
        return None
    stop, c0, how = found
    if entry.lemma == "توصل" and not (how == "comp" and "الي" in (d.norm[stop], d.norm[stop - 1])):
        return None   # توصلت دراسة إلى أن; but توصل القادة إلى اتفاق ... بأنه: the finding follows إلى at once
    limit = d.para_end(i)
    if how == "colon" and c0 >= limit and limit < len(d.toks):
        c0, limit = limit, d.para_end(limit)   # وقال الوزير:⏎ the words follow on the next line
    if how == "comp" and entry.part == "verb" and stop == i + 1 and entry.ambiguous and not stripped \
            and d.norm[i][:1] in "يت":
        return None   # يذكر أن: impersonal
    if stripped and d.norm[i][:1] == "ل" and how == "mark":
        return None   # لتؤكد أزمة "الثنائية الأمنية": marked words after ل and a verb are no report
    np, implicit = _speaker_np(d, i, stop, entry, stripped > 0)
    accused = entry.lemma in ("اتهم", "وصف", "نعت") and entry.part == "verb" \
        and _object_then_bi(d, i, stop, how, d.norm[i][stripped:], entry.lemma)
    if accused:
        # واتهم ترامب باستخدام "..."، ووصف أردوغان بأنه: whom one accuses or describes, then of what;
        # the subject stands before or is understood (a subject would stand between: اتهم الوزير إيران بـ)
        np = _np_before(d, i) if not stripped and i > d.sent_begin(i) else None
        np = np if np is not None and _speakerlike(d, np) else None
        implicit = np is None
    if np is not None and np[1] - np[0] == 1 and d.norm[np[0]] in d.lex.places and np[1] == stop \
            and entry.lemma in ("صنف", "وصف", "اعتبر", "اتهم", "عد", "وصم") \
            and d.norm[stop] in ("علي", "بان", "بانه", "بانها", "بانهم"):
        # صنف القاهرة على أنها، وصف موسكو بأنها: the place is the object of the classing verb
        np = _np_before(d, i) if not stripped else None
        implicit = np is None
    if np is not None and entry.lemma in ("وصف", "اعتبر", "صنف", "عد") and stop < len(d.norm) \
            and not d.texts[i].endswith(("ه", "ها", "هم")) \
            and d.norm[stop] in ("بان", "بانه", "بانها", "بانهم", "علي") and not _speakerlike(d, np) \
            and d.norm[np[0]].startswith("ال") and np[1] - np[0] <= 4 and d.norm[np[0]] not in d.lex.org_names_by_first:
        # ووصفت الخطوة من جانبها بأنها: what is described is the object; the subject is understood
        np = _np_before(d, i) if not stripped else None
        implicit = np is None
    bi_inside = how == "mark" and np is not None and entry.lemma in ("وصف", "نعت", "اتهم") \
        and stop + 1 < len(d.norm) and d.norm[stop + 1][:1] == "ب" and d.texts[stop + 1][:1] == "ب"
    if how == "mark" and np is not None and (d.norm[np[1] - 1] in ("ب", "بـ") or bi_inside):
        # ووصفت الحكومة السورية الاتهامات بـ"...": a source-like head and its adjectives are the
        # subject, the rest is the object; else the subject stands before the verb or is understood
        # (ووصفت الحكومة القرار "بغير المبرر": the ب inside the marks)
        obj_end = np[1] if bi_inside else np[1] - 1
        x = np[0]
        y = x + 1
        while y < np[1] and (d.norm[y] in d.lex.nationalities or d.norm[y] in d.lex.given_names
                             or d.norm[y].endswith(("ون", "يون")) and len(d.norm[y]) > 4):
            y += 1
        named = x + d.lex.org_name_len(d.norm, x)
        if y < named <= obj_end:
            y = named   # واتهمت منظمة العفو الدولية الرئيس الأمريكي ...: the body's known name, then the object
        run = name_run(d.norm[x:obj_end], d.lex, d.texts[x:obj_end]) if d.norm[x] in d.lex.titles else None
        if run is not None and run[0] > 0 and x + run[1] < obj_end:
            y = x + run[1]   # واتهم وزير الخارجية جبران باسيل المفوضية بـ"...": the title and the name
        before = _np_before(d, i) if not stripped and i > d.sent_begin(i) else None
        if before is not None and _speakerlike(d, before):
            np = before   # الفرنسي تورام يصف الأسطورة بيليه بـ"الأناني": the subject before, the object after
        elif _speakerlike(d, (x, y), head_only=True):
            np = (x, y)
        else:
            np = _np_before(d, i) if not stripped else None
        implicit = np is None
    if np is not None and not stripped and entry.part == "verb" and not _speakerlike(d, np) \
            and not (entry.cls == "document" and _document_subject(d, np)):   # (بيانا جاء فيه: the document)
        before = _np_before(d, i)
        if _speakerlike(d, before):
            np = before   # X «role» أكد وجود ...: the subject stands before the verb
    if entry.cls == "document" and not _document_subject(d, np):
        return None   # أظهرت الدراسة أن (a study shows) but not أظهرت الجماعة أنها
    strong = (stop == i + 1 and how in ("comp", "colon") or _reports_from_source(d, i, stop)
              or how == "comp" and np is not None and np[1] >= stop - 1 and np[1] - np[0] >= 3
              and (d.norm[np[1] - 1] in d.lex.given_names or d.norm[np[1] - 1] in d.known_names()
                   or d.norm[np[1] - 2] in d.lex.given_names)   # ورأى ...، المهندس محمد شعيب، أن
              or stop == i + 2 and how in ("comp", "colon") and _in_document(d, i + 1)   # وذكر بالبيان أن
              or stop == i + 2 and d.norm[i + 1] in ("فيه", "فيها")   # بيانا جاء فيه أن
              or accused and how in ("comp", "mark")   # ووصف أردوغان بأنه
              or how in ("colon", "mark") and np is not None and np[1] - np[0] <= 3 and _on_a_medium(d, np[1], stop)
              and (how == "colon" or i == 0 or d.norm[i - 1] not in ("في", "علي", "من", "الي", "عن"))
              # (وكتب محرم إينجه على تويتر "...", but not في رد نشر على موقعه: a noun after في)
              or how == "mark" and stop == i + 1 and d.span_at_open[stop][1] - stop > 3   # وتابع "..."
              or stripped and how in ("mark", "comp", "colon") and i + 1 < stop and _aside_lam(d, i + 1)
              # وصرح للصحافيين "...": a verb with its conjunction, then whom it was said to
              or np is not None and np[1] == stop and np[1] - np[0] <= 2 and how == "comp"
              or how == "mark" and entry.cls == "document" and _document_subject(d, np)   # جاء في بيان الوزارة "..."
              or how == "mark" and np is not None and np[1] - np[0] <= 4 and (
                  _bare_al(d.norm[np[0]]) in d.lex.documents or _unsuffixed(d.norm[np[0]]) in d.lex.documents)
              and d.span_at_open[stop][1] - stop > 3   # وتابع بيان الخارجية الروسية "...": a statement goes on
              or how == "mark" and np is not None and np[1] - np[0] >= 2 and _unsuffixed(d.norm[np[0]]) in _KIN
              and d.norm[np[0] + 1] in d.lex.given_names   # وكتب زوجها رضا خندان "...": a relative, named
              or how == "mark" and np is not None and (
                  d.norm[np[0]] in d.lex.titles or d.norm[np[0]] in d.lex.given_names
                  or d.norm[np[0]] in d.known_names()
                  or d.norm[np[0]].startswith("ال") and len(d.norm[np[0]]) > 6 and title_plural(d.norm[np[0]], d.lex)
                  and d.span_at_open[stop][1] - stop > 3
                  and (stripped or i == d.sent_begin(i) or d.is_comma(i - 1))))
              # (وتابع المدعون "...": a verb opening its clause, officials by their office, and words
              # enough to be said; not عملية نقل المقاتلين ... "...": a noun in construct)
    if entry.lemma == "بين" and d.norm[i] == "بين" and np is not None and any(
            d.norm[k][:1] == "و" and len(d.norm[k]) > 2 for k in range(np[0] + 1, np[1])):
        return None   # بين جمال عبد الناصر والرياض: the preposition "between"
    verbal = i > 0 and d.norm[i - 1] in _BEFORE_VERBS   # بعدما صرح، عندما صرح: only a verb follows
    if entry.ambiguous and not verbal and not strong and not (entry.part == "participle" and stop == i + 1 and how != "mark") and (
            how == "mark" or np is None and how != "colon" or np is not None and (
                np[1] - np[0] > (10 if _speakerlike(d, np, head_only=True) else 6) or not _speakerlike(d, np))):
        return None   # ambiguous words (بين، عبر، مضيفة) report only in their plainest frames
    if entry.part == "verb" and _first_person(d.norm[i][stripped:], entry):
        return None   # نذكر بأن، أقول إن ...: the article's own voice
    if entry.cls == "perception" and i > 0 and d.norm[i - 1] == "ان" and not stripped:
        return None   # أمله في أن تدرك إيران أن: a realization hoped for, not reported
    if entry.cls == "perception" and np is None and entry.part == "verb" and (
            not stripped or d.norm[i][stripped:stripped + 1] == "ي"):   # ويتوقع أن: impersonal too
        return None   # يعتقد أن (passive, "it is believed")
    if entry.cls == "perception" and np is not None and d.norm[np[0]] in _CROWDS:
        return None   # ويعتقد الكثير من المحللين أن، يرى العديد من المفكرين: an unnamed crowd's opinion
    return _make(d, i, entry.lemma, 1, c0, how, limit, np, implicit, _is_feminine(d, i, entry), entry.cls)


# Quantifiers of an unnamed crowd (الكثير من المحللين، بعض المراقبين): no holder of an opinion.
_CROWDS = frozenset("الكثير كثير العديد عديد بعض البعض معظم اغلب غالبيه كثيرون الكثيرون".split())


def _object_then_bi(d: _Doc, i: int, stop: int, how: str, w: str, lemma: str) -> bool:
    """Whom the accusing or describing verb at i takes right after it, then ب and of what, the
    ب-word ending the speaker words: واتهمت بوتفليقة بأنه، واتهم ترامب باستخدام "...". Only one
    word or one person's name may stand between (ووصف أوباما الاتفاق بأنه has the subject and the
    object), and the verb ``w`` carries no object pronoun (وصفه; not اتهم, whose هم is its own)."""
    bi = next((k for k in range(i + 2, min(stop + 1, i + 5)) if d.norm[k][:1] == "ب" and d.norm[k].isalpha()), None)
    if bi is None or not (how == "comp" and bi == stop or how == "mark" and bi == stop - 1):
        return False
    if any(w.endswith(x) and len(w) - len(x) >= 3 and d.lex.cue(w[:-len(x)]) is not None
           and d.lex.cue(w[:-len(x)])[0].lemma == lemma for x in ("ه", "ها", "هم")):
        return False
    if not all(d.norm[k].isalpha() and d.norm[k] not in d.lex.titles for k in range(i + 1, bi)):
        return False
    return bi == i + 2 or any(e.begin == i + 1 and e.pos + len(e.name_norm) == bi and e.type == "person"
                              and e.name_norm[0] in d.lex.given_names for e in d.seen_names())


def _unpaired_mark(d: _Doc, k: int) -> bool:
    """A quotation mark that pairs with nothing (a warning was given for it)."""
    return d.is_mark(k) and k not in d.span_at_open and not d.in_quote[k]


def _make(d: _Doc, i: int, lemma: str, cue_len: int, c0: int, how: str, limit: int,
          np: Optional[tuple[int, int]], implicit: bool, fem: Optional[bool], cls: str) -> Optional[_Cand]:
    if c0 >= limit or _unpaired_mark(d, c0):
        return None   # refuse to guess where an unclosed quotation ends
    # content that is one quoted passage (after a colon, a complementizer or right after the cue)
    q = c0
    if q < limit and q not in d.span_at_open and d.comp_len(q) and q + 1 < limit:
        q = q + d.comp_len(q)
    if q in d.span_at_open:
        o, c = d.span_at_open[q]
        after = c + 1
        while after < limit and d.is_punct(after) and not d.is_mark(after) and not d.is_comma(after):
            after += 1
        # marked words right after the cue are a direct quote whatever follows (تسميه “...” بين)
        # after a cue and its noun phrase, only the marked words are the source's (وأعرب المصدر
        # عن "التأييد الكامل" للضربات، يصفها خبراء بـ"كسر العظم" للانقلاب)
        named = c - o - 1 <= 3 and after + 1 < limit and d.is_comma(after) and how == "comp" \
            and d.norm[after + 1] in ("وهو", "وهي", "وهم", "الذي", "التي")   # (إن "جيبي"، وهو الإعصار ...، كان)
        if not named and (after >= limit or d.is_comma(after) or d.is_term(after - 1) or how == "mark" and q > i + cue_len
                          or d.sent_of[after] != d.sent_of[c] or _starts_new_report(d, after)):
            s, e = _content(d, o + 1, c)
            if s < 0:
                return None
            return _Cand("direct", s, e, i, lemma, cue_len, np, implicit, fem, cls, [(o, c)], anchor=i)
    end = _clause_end(d, c0, limit)
    if how == "colon":
        end = _speech_goes_on(d, end, limit)
    s, e = _content(d, c0, end)
    if s < 0 or end - c0 < 2:
        return None
    spans = [(o, c) for o, c in d.span_at_open.values() if o >= c0 and c < end]
    return _Cand(_kind(d, spans), s, e, i, lemma, cue_len, np, implicit, fem, cls, spans, anchor=i)


# Words of a speaker's first person (أنا، نحن، لدي، كنت، أعتقد ...).
_FIRST_PERSON = frozenset("انا نحن اننا انني لدي لدينا عندي عندنا كنت كنا لنا لي معي معنا علينا "
                          "اعتقد اظن اريد اتمني اشعر اعرف احب اري نعتقد نريد نحتاج".split())
_NOT_FIRST_PERSON = frozenset("هنا احيانا حينا ايضا".split())


def _speaks_first_person(w: str) -> bool:
    if w in _FIRST_PERSON:
        return True
    return len(w) >= 4 and w.endswith("نا") and not w.startswith("ال") and w.isalpha() \
        and w not in _NOT_FIRST_PERSON


def _speech_goes_on(d: _Doc, end: int, limit: int) -> int:
    """وقال المدرب: لا أعتقد أننا ... . أعتقد أننا بحاجة ...: unquoted words after a colon go on
    through the paragraph's next sentences while these speak in the first person and report nothing
    of their own; the narrative takes over at the first that does not."""
    while end < limit and d.is_term(end):
        k = end + 1
        while k < limit and d.is_punct(k) and not d.is_mark(k):
            k += 1   # (!!، ...)
        if k >= limit or k in d.span_at_open:
            break
        nxt = _clause_end(d, k, limit)
        if nxt - k < 3 or any(x in d.span_at_open or d.is_colon(x) for x in range(k, nxt)) \
                or d.cue_at(k) is not None and d.norm[k] not in _FIRST_PERSON \
                or any(_anothers_cue(d, x) for x in range(k, nxt)) \
                or not any(_speaks_first_person(d.norm[x]) for x in range(k, nxt)):
            break
        end = nxt
    return end


def _anothers_cue(d: _Doc, x: int) -> bool:
    """A cue at x that reports someone else, not the speaker's own verb (أعتقد أننا، نؤكد أن)."""
    c = d.cue_at(x)
    if c is None or c[0].ambiguous or d.norm[x] in _FIRST_PERSON:
        return False
    entry, stripped = c
    return not (entry.part == "verb" and _first_person(d.norm[x][stripped:], entry))


def _kind(d: _Doc, spans: list[tuple[int, int]]) -> str:
    """Reported content is mixed when it quotes the source's words, not when marks only set off
    a name or a term (مستخدمي أنظمة "ماك"، موقع «مساند»، الملقب بـ"الملك")."""
    return "mixed" if any(not _is_name_span(d, o, c) for o, c in spans) else "indirect"


def _is_name_span(d: _Doc, o: int, c: int) -> bool:
    if c - o - 1 > 3 or o == 0:
        return False
    if c - o - 1 == 1 and d.norm[o + 1].isalpha() and not d.norm[o + 1].startswith(("ال", "بال")) \
            and d.lex.cue(d.norm[o + 1]) is None:
        return True   # تقود «سابك»، وتملك "أرامكو": one bare word in marks names something
    prev = d.norm[o - 1]
    if prev in ("ب", "بـ") and o > 1:
        prev = d.norm[o - 2]   # الملقب بـ"الملك"
    bare = prev[2:] if prev.startswith("ال") else prev
    return prev in NAME_BEFORE_MARK or bare in NAME_BEFORE_MARK or bare in d.lex.organizations \
        or (prev.isalpha() and len(prev) > 3 and prev.endswith(("ه", "ي", "ات")) and not prev.startswith("ل"))


def _phrase_lam(d: _Doc, i: int, k: int, a: int) -> int:
    """1 when the source's first word carries the phrase's final ل (وفقا لأرقام رسمية), else 0
    (للمصدر keeps its letters: no slice of the text reads المصدر)."""
    w, t = d.norm[a], d.texts[a]
    if a != i + k or w[:1] != "ل" or w[:2] == "لل" or t[:1] != "ل" or len(w) < 3:
        return 0
    first = d.norm[i]
    phrases = d.lex.phrase_index.get(first) or (d.lex.phrase_index.get(first[1:]) if first[:1] in "وف" else None) or ()
    return 1 if any(len(ph) == k + 1 and ph[-1] in ("ل", "لـ") for ph in phrases) else 0


def _connective_an(d: _Doc, k: int) -> bool:
    """أن at k closes a connective (غير أن، إلا أن، مع أن): its clause's subject follows."""
    return d.norm[k] == "ان" and k > 0 and d.norm[k - 1] in _CONNECTIVES_BEFORE_AN


def _contrast_subject(d: _Doc, s0: int, i: int) -> Optional[tuple[int, int]]:
    """The subject that opens the last contrasting clause before token i (إلا أن X، غير أن X،
    لكن X): its definite words, names and adjectives up to its verb, or None."""
    lex = d.lex
    for p in range(i - 1, s0, -1):
        if d.norm[p] in ("لكن", "ولكن") or _connective_an(d, p):
            a = e = p + 1
            while e < i and d.norm[e].isalpha() and (
                    d.norm[e].startswith("ال") or d.norm[e] in lex.titles or d.norm[e] in lex.nationalities
                    or d.norm[e] in lex.places or d.norm[e] in d.known_names()):
                e += 1
            return (a, e) if e > a and _speakerlike(d, (a, e)) else None
    return None


def _report_from_phrase(d: _Doc, i: int, k: int) -> Optional[_Cand]:
    """بحسب X، ... / ... بحسب X / بدعوى أن ...: the attributed clause and its source."""
    cand = _phrase_report(d, i, k)
    if cand is not None and cand.np is not None and not cand.np_skip:
        cand.np_skip = _phrase_lam(d, i, k, cand.np[0])   # (... وفقا لوزارة الخارجية: the ministry)
    return cand


def _adjectives_end(d: _Doc, x: int, limit: int) -> int:
    """One past the adjectives from x on, before limit: definite nationalities and nisbas in ي or
    ية (وكالة بلومبرغ الاقتصادية، الحكومة المصرية)."""
    while x < limit and d.norm[x].startswith("ال") and d.norm[x].isalpha() and (
            d.norm[x] in d.lex.nationalities or d.norm[x].endswith(("يه", "ي"))):
        x += 1
    return x


def _relaying(d: _Doc, x: int) -> bool:
    """نقلت، نقلته، روى: a verb of relaying another's words."""
    w = d.norm[x]
    c = d.lex.cue(w) or (d.lex.cue(w[:-1]) if w.endswith("ه") else None)
    return c is not None and c[0].lemma in ("نقل", "روي")


def _phrase_report(d: _Doc, i: int, k: int) -> Optional[_Cand]:
    if d.non_attributive_at(i):
        return None   # على ذمة التحقيق: "held pending investigation"
    limit = d.para_end(i)
    lemma = " ".join(d.norm[i:i + k])
    j = i + k
    if j < limit and d.comp_len(j):
        # بدعوى أن ...: the source is the subject of the sentence's verb
        c0 = j + d.comp_len(j)
        s0 = d.sent_begin(i)
        for x in range(s0, min(i, s0 + 5)):
            if d.is_comma(x):
                s0 = x + 1   # من جهة أخرى، رفضت الحركة ...
                break
        x = s0
        while x < i and d.norm[x] in ("قد", "لقد", "فقد", "وقد", "تم", "وتم"):
            x += 1   # (قد رفضت الحكومة: the particle, then the verb)
        np = _np_after(d, x + 1, i) if i > x + 1 else None
        if np is not None and (d.norm[np[0]] in FUNCTION or not _speakerlike(d, np)):
            np = None   # تم رفض الطلب بدعوى: no subject named, none to take
        if np is not None and d.norm[np[0]].startswith("ال") and _bare_al(d.norm[np[0]]) in d.lex.organizations \
                and not d.lex.org_name_len(d.norm, np[0]):
            np = (np[0], _adjectives_end(d, np[0] + 1, np[1]))   # ورفضت الحكومة الطلب بدعوى: the body
            # and its adjectives, not its object
        contrast = _contrast_subject(d, s0, i)
        if contrast is not None:
            np = contrast   # ...، إلا أن الجيش الإسرائيلي منعهم ... بدعوى أنها: the clause's own subject
        return _make(d, i, lemma, k, c0, "comp", limit, np, np is None, None, "speech")
    # حسب ما أفادت به الإذاعة، وفقا لما ذكره: the source follows a verb and its pronoun, or is understood
    j0 = j
    pronoun = False
    while j < limit and (d.lex.cue(d.norm[j]) is not None or d.norm[j] in ("به", "بها", "عنه", "عنها", "ما", "لما")
                         or (d.norm[j].endswith("ه") and d.lex.cue(d.norm[j][:-1]) is not None)):
        pronoun = pronoun or d.norm[j].endswith("ه") and d.norm[j] not in ("به",)
        j += 1
    m = j + 1 if j < limit and d.norm[j] in ("ل", "لـ") else j
    quoted = m in d.span_at_open and d.span_at_open[m][1] < limit and 1 <= d.span_at_open[m][1] - m - 1 <= 5 \
        and any(x.startswith(("بحسب", "حسب", "وفق", "طبقا", "نقلا")) for x in (lemma, lemma[1:])) \
        and not any(d.texts[x].endswith(("ها", "هم", "ه")) or not d.norm[x].isalpha()
                    for x in range(m + 1, d.span_at_open[m][1]))
    if quoted:
        o, c = d.span_at_open[m]
        np = (o + 1, c)   # ووفقا لـ"سكاي نيوز"، فإن: the source named in marks
        j = c + 1
    else:
        np = _np_after(d, j, limit)
    relay = any(_relaying(d, x) for x in range(j0, j))
    if relay and np is not None and np[1] + 1 < limit and d.norm[np[1]] == "عن":
        source = _np_after(d, np[1] + 1, limit)
        if source is not None and _speakerlike(d, source):
            np = source   # وحسب ما نقلته وكالة الأنباء السعودية عن المالكي، فإن: who the agency relays
    if np is not None and d.norm[np[0]][:1] == "ب" and d.norm[np[0]][1:] in d.lex.statement_nouns:
        np = None   # وفقا لما ذكره بمقابلة: the medium, not the source
    if np is not None and np[1] - np[0] == 1 and d.toks[np[0]].text.endswith(("ه", "ها", "هم")) \
            and len(d.toks[np[0]].text) > 3 and not d.norm[np[0]].startswith("ال"):   # (not الإليزيه)
        np, pronoun, j = None, True, np[1]   # حسب تعبيره، على حد قوله: the source is understood
    implicit = np is None and j > j0 and (pronoun or j >= limit or d.is_term(j) or d.norm[j] in AFTER_VERB_SKIP
                                          and (j + 1 >= limit or d.is_term(j + 1)))   # (حسبما أعلنت الأحد.)
    head_np = np
    if np is not None and np[1] - np[0] > 1 and d.norm[np[0]] in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"):
        head_np = (np[0] + 1, np[1])   # وبحسب هذه الهيئة فإن: the body referred to
    if np is not None and np[1] - np[0] > 2 and d.norm[np[0]] in COUNT_NOUNS and d.norm[np[0] + 1] == "من":
        head_np = (np[0] + 2, np[1])   # وبحسب العديد من الخبراء فإن: the experts, a number of them
    if np is not None and not quoted and not _speakerlike(d, head_np, head_only=True) and (
            np[1] - np[0] > 1 or d.norm[np[0]].startswith("ال")) and d.norm[np[0]] not in d.known_names() \
            and tuple(d.norm[head_np[0]:head_np[0] + 2]) not in TWO_WORD_PLACES:
        return None   # وبحسب الحالة ("depending on the case"), كما ورد في عشرات المقالات (not بحسب ما
        # أعلنت كوريا الشمالية: a state named in two words)
    if np is None and not implicit:
        return None
    if np is None:
        np_end = j
    else:
        np_end = j if quoted else np[1]   # (a name in marks: past the closing mark)
    s0 = d.sent_begin(i)
    lead = all(d.norm[x] in LEADING_PARTICLES or d.is_punct(x) for x in range(s0, i))
    if not lead and np is not None and not quoted and i > s0 and d.is_comma(i - 1):
        x = _adjectives_end(d, np_end, min(limit, np_end + 3))
        # ...، وبحسب المصادر فإن CONTENT: a new clause that opens with the phrase, its content after فإن
        lead = x < limit and d.norm[x] in ("فان", "فانه", "فانها", "فانهم")
    tail = np_end
    while tail < limit and d.norm[tail] in _TIME_WORDS:
        tail += 1   # بحسب ما أعلن مصدر قضائي اليوم الخميس.
    if lead and np is not None and (tail >= limit or d.is_term(tail)) and s0 > 0 \
            and d.para_of[s0 - 1] == d.para_of[i] and d.sent_begin(s0 - 1) < s0 - 1:
        # CONTENT. وفقا لمنظمة "هيومن رايتس ووتش".: the phrase alone after a full stop attributes
        # the sentence before it
        s, e = _content(d, d.sent_begin(s0 - 1), s0)
        if s < 0:
            return None
        spans = [(o, c) for o, c in d.span_at_open.values() if o >= d.sent_begin(s0 - 1) and c < s0]
        return _Cand(_kind(d, spans), s, e, i, lemma, k, np, implicit, None, "speech", spans, anchor=i)
    if lead:
        # وبحسب X، CONTENT / وفقا لـ X فإن CONTENT
        c0 = np_end
        x = _adjectives_end(d, c0, min(limit, c0 + 3))
        if np is not None and not quoted and x > c0 and x < limit and d.comp_len(x):
            np, c0 = (np[0], x), x   # وبحسب وكالة بلومبرغ الاقتصادية فإن: the source's adjectives, then the content
        while c0 < limit and (d.is_punct(c0) and not d.is_mark(c0)):
            c0 += 1
        # an aside after the source: up to the comma that ends it
        k2 = c0
        while k2 < limit and not d.is_comma(k2) and not d.is_term(k2) and k2 - c0 < 12:
            k2 += 1
        if c0 < limit and d.norm[c0] in NP_STOP and k2 < limit and d.is_comma(k2):
            c0 = k2 + 1
        if c0 < limit and d.comp_len(c0):
            c0 += d.comp_len(c0)
        verb = d.cue_at(c0) if c0 < limit else None
        sub = _np_after(d, c0 + 1, min(limit, c0 + 10)) if verb is not None else None
        if verb is not None and verb[0].part == "verb" and not verb[0].ambiguous and sub is not None \
                and _find_content(d, c0) is not None:
            return None   # وبحسب رويترز، قال المشنوق إن: the verb's own subject speaks (not كشفت العملية ممارسات)
        return _make(d, i, lemma, k, c0, "phrase", limit, np, implicit, None, "speech")
    first = s0
    while first < i and d.norm[first] in LEADING_PARTICLES:
        first += 1
    opener = d.cue_at(first) if first < i else None
    if opener is not None and opener[0].part == "verb" and opener[0].cls == "speech" and i - first <= 8 \
            and (d.norm[i] in _RELAYS or d.norm[i][:1] == "و" and d.norm[i][1:] in _RELAYS) \
            and d.is_comma(i - 1) and any(d.comp_len(x) for x in range(np_end, min(limit, np_end + 3))):
        return None   # وأضاف المصدر، وفق ما أوردت "واس"، أن: an aside relaying the verb's own report
    if all(d.norm[x] in ("وذلك", "ذلك", "وهذا", "هذا") for x in range(s0, i)) and s0 > 0 \
            and d.para_of[s0 - 1] == d.para_of[i]:
        # CONTENT. وذلك حسب X: the previous sentence is the attributed content
        p0 = d.sent_begin(s0 - 1)
        s, e = _content(d, p0, s0)
        if s < 0:
            return None
        return _Cand("indirect", s, e, i, lemma, k, np, implicit, None, "speech", [], anchor=i)
    # CONTENT بحسب X: the whole clause the phrase attributes; CONTENT، بحسب X: the clause before it
    end = _clause_end(d, s0, limit)
    if end <= i:
        end = _clause_end(d, np_end, limit)
    if i > s0 and d.is_comma(i - 1) and np_end < limit and d.is_comma(np_end):
        # X، بحسب Y، Z: an aside; the content is the longer side (وسيؤدي هذا، بحسب الخبراء، إلى ...)
        z0 = np_end + 1
        z1 = _clause_end(d, z0, limit)
        zw = d.norm[z0] if z0 < limit else ""
        new_clause = zw in ("فيما", "بينما", "حيث", "كما", "لكن", "ولكن", "اذ") or zw in RELATIVES \
            or d.cue_at(z0) is not None or any(d.cue_at(x) is not None for x in range(z0, min(z1, z0 + 3))) \
            or zw[:1] == "و" and len(zw) > 2 or zw[:1] == "ف" and d.norm[s0] not in ("اما", "واما")
        apposed = is_title(zw, d.lex) or zw[-1:] in "وي" and zw[:-1] in d.lex.titles   # (، عضو فريق علماء الفلك)
        if not new_clause and not apposed and z1 - z0 > i - 1 - s0 and z1 - z0 >= 3:
            # (not X، على حد تعبير ترمب، وتجاهل ...: a new clause after the aside)
            s, e = _content(d, z0, z1)
            if s >= 0:
                spans = [(o, c) for o, c in d.span_at_open.values() if o >= z0 and c < z1]
                return _Cand(_kind(d, spans), s, e, i, lemma, k, np, implicit, None, "speech", spans, anchor=i)
    if i > s0 + 2 and d.is_comma(i - 1) and end > i:
        end = i - 1
    if end > i:
        # a phrase in the middle (ويتجاوز العدد بحسب خبراء نحو مليوني طفل): a quote never holds its
        # own cue, so the content is the longer side of the clause
        after = np_end
        while after < end and d.is_punct(after) and not d.is_mark(after):
            after += 1
        if i - s0 >= end - after:
            end = i
        else:
            s0 = after
    if end - s0 < 2:
        return None
    s, e = _content(d, s0, end)
    if s < 0:
        return None
    spans = [(o, c) for o, c in d.span_at_open.values() if o >= s0 and c < end]
    return _Cand(_kind(d, spans), s, e, i, lemma, k, np, implicit, None, "speech", spans, anchor=i)


# --- step 3: quoted spans no cue claimed -------------------------------------------------------

_PREPS_BEFORE_NAME = frozenset("في من عن مع الي علي ل لـ ب بـ لدي عبر".split())


def _after_span_cue(d: _Doc, o: int, c: int) -> Optional[_Cand]:
    """“...”، قال X / "..." تقول سارة: a cue right after the closing mark."""
    limit = d.para_end(c)
    j = c + 1
    while j < limit and d.is_punct(j) and not d.is_mark(j) and j - c <= 2:
        j += 1
    if j == c + 1 and c - o - 1 < 4:
        return None   # Name «role» verb ...: a short span glued to the verb is a label
    if c - o - 1 <= 3 and o > 0 and (d.norm[o - 1] in _PREPS_BEFORE_NAME or _is_name_span(d, o, c)):
        return None   # مدير قسم الجريمة في "إنتربول"، كشفت العملية: a name after a preposition
    if j < limit and d.norm[j] in ("كما", "هكذا", "بهذه"):
        j += 1
    if j >= limit:
        return None
    cue = d.cue_at(j)
    if cue is None or cue[0].part == "masdar":
        return None
    entry, stripped = cue
    if stripped and j == c + 1:
        return None   # ما وصفه بـ"قوات العدوان" وتوعد بالثأر: a new clause joined by و, not an attribution
    if stripped and d.norm[j][:1] == "ل":
        return None   # "..."، ليلفت الأنظار إلى أن: a purpose clause with its own report, no attribution
    np = _np_after(d, j + 1, min(limit, j + 1 + 12))
    s, e = _content(d, o + 1, c)
    if s < 0:
        return None
    if np is not None and c - o - 1 <= 6:
        k = np[1]
        while k < limit and d.is_comma(k):
            k += 1
        if k < limit and d.comp_len(k) and d.norm[k] in ("بان", "بانه", "بانها", "بانهم", "ان", "انه", "انها", "انهم"):
            return None   # في كتابه "حول المستقبل"، يجادل ريز بأن: the cue has its own content; the marks name a title
    if stripped and any(d.is_term(k) for k in range(c + 1, j)):
        k = next((x for x in range(np[0], np[1]) if d.is_mark(x)), np[1]) if np is not None else j + 1
        while k < limit and d.is_comma(k):
            k += 1
        if k < limit and (d.is_mark(k) or d.is_colon(k) or d.comp_len(k)):
            # "...". وتابع المخرج "...": after the full stop the cue opens its own report; the
            # words before are the sentence's own, said by whoever speaks there
            return _Cand("direct", s, e, None, None, 1, None, True, None, entry.cls, [(o, c)], anchor=o)
    return _Cand("direct", s, e, j, entry.lemma, 1, np, np is None, _is_feminine(d, j, entry), entry.cls,
                 [(o, c)], anchor=o)


def _split_continuation(d: _Doc, o: int, c: int, prev: Optional[_Cand]) -> Optional[_Cand]:
    """«...»، قال المدرب، «...»: the second part of a quote split by its attribution."""
    if prev is None or prev.cue_tok is None:
        return None
    end = prev.np[1] if prev.np is not None else prev.cue_tok + 1
    gap = range(end, o)
    if len(gap) > 2 or not all(d.is_punct(k) and not d.is_mark(k) for k in gap) \
            or d.para_of[o] != d.para_of[prev.cue_tok]:
        return None
    s, e = _content(d, o + 1, c)
    if s < 0:
        return None
    return _Cand("direct", s, e, prev.cue_tok, prev.cue_lemma, 1, None, True, prev.feminine, prev.cls,
                 [(o, c)], anchor=o)


def _coordinated_span(d: _Doc, o: int, c: int, cands: list[_Cand]) -> Optional[_Cand]:
    """وردد المحتجون شعارات "..." و"..." و"...": a quotation joined by و to the one before it,
    a direct quote of the same cue and source."""
    if o < 2 or d.norm[o - 1] != "و" or d.open_at_close.get(o - 2) is None:
        return None
    prev_span = (d.open_at_close[o - 2], o - 2)
    prev = next((q for q in reversed(cands) if q.kind == "direct" and q.spans == [prev_span]), None)
    if prev is None or prev.cue_tok is None or c - o - 1 > 25 or d.cues[prev.cue_tok] is None \
            or d.cues[prev.cue_tok][0].ambiguous or d.cues[prev.cue_tok][0].cls != "speech":
        return None
    s, e = _content(d, o + 1, c)
    if s < 0:
        return None
    return _Cand("direct", s, e, prev.cue_tok, prev.cue_lemma, prev.cue_len, prev.np, prev.implicit, prev.feminine,
                 prev.cls, [(o, c)], anchor=o, np_skip=prev.np_skip)


def _colon_source(d: _Doc, o: int, c: int) -> Optional[_Cand]:
    """X: «...» — a source and a bare colon before the mark (no cue word)."""
    if o == 0 or not d.is_colon(o - 1):
        return None
    colon = o - 1
    s0 = d.sent_begin(colon)
    a = colon
    while a > s0 and not d.is_punct(a - 1) and colon - a < 8:
        a -= 1
    if a == colon or colon - a >= 8 or d.non_attributive_at(a):
        return None   # (اقرأ أيضاً: "...": a link to another article)
    s, e = _content(d, o + 1, c)
    if s < 0:
        return None
    if d.texts[colon - 1].endswith(("ه", "ها", "هم")) and len(d.norm[colon - 1]) > 3 \
            and all(d.norm[k] in ("كان", "فكان", "وكان", "كانت", "فكانت", "وكانت") for k in range(a, colon - 1)):
        # فكان جوابه: "...": his answer; whose it is, the sentence's subject, is understood
        return _Cand("direct", s, e, None, None, 0, None, True, None, "speech", [(o, c)], anchor=o)
    np = _np_after(d, a, colon)
    if np is None or np[1] != colon:
        return None
    return _Cand("direct", s, e, None, None, 0, np, False, None, "speech", [(o, c)], anchor=o)


def _whole_paragraph(d: _Doc, o: int, c: int) -> Optional[_Cand]:
    """A paragraph that is one quoted passage continues the last speaker's words."""
    p0 = bisect.bisect_left(d.starts, d.para_starts[d.para_of[o]])
    limit = d.para_end(o)
    if o != p0:
        return None
    after = c + 1
    while after < limit and d.is_punct(after) and not d.is_mark(after):
        after += 1
    if after < limit or c - o < 6:
        return None
    s, e = _content(d, o + 1, c)
    if s < 0:
        return None
    return _Cand("direct", s, e, None, None, 0, None, True, None, "speech", [(o, c)], anchor=o)


def _speakerlike(d: _Doc, np: Optional[tuple[int, int]], head_only: bool = False) -> bool:
    """Words that can name a source: a title, an organization or group word, a given name, or a
    name the article introduces elsewhere (not an object such as وفاة بعض العمال)."""
    if np is None:
        return False
    lex = d.lex
    known = d.known_names()
    if any(d.texts[k] in ("%", "٪") or d.norm[k] in ("بالمئه", "بالمائه") for k in range(*np)):
        return True   # صرح 21,7٪ من المجيبين، وذكر 29 بالمئة من الأوروبيين: a survey's share of respondents
    if d.norm[np[0]] == "باسم" and np[1] - np[0] > 1 and basim_surname(d.norm[np[0] + 1], lex):
        return True   # كشف باسم التميمي: the given name باسم, no preposition with no title before it
    for k in range(*np):
        w = _unlam(d.norm[k], lex)
        wb = w[2:] if w.startswith("ال") else w
        if w[-1:] in "وي" and len(w) > 4 and w[:-1] in lex.titles:
            return True   # مراسلو الوكالة، ممثلي الادعاء: a title's plural in construct
        if w in lex.titles or w in lex.given_names or w in known or wb in lex.organizations \
                or w in lex.organizations or wb in lex.groups or w in lex.groups or wb in lex.documents \
                or w in lex.places or lex.org_name_len(d.norm, k):
            return True   # (البيت الأبيض: a body known by name)
        if head_only and d.norm[k].isalpha():
            return False
    return False


def _in_clause_object(d: _Doc, i: int) -> bool:
    """The verb at i opens a relative or ما clause (الذي يقول، ما قاله): what it reports is part
    of another clause, not the narrative's."""
    return i > 0 and (d.norm[i - 1] in RELATIVES or d.norm[i - 1] in MA_CLAUSE)


def _unknown_name_then_participle(d: _Doc, np: tuple[int, int]) -> bool:
    """وتساءلت رميزة (58 عاما) بائعة في السوق، قائلة: one word no lexicon knows, right after the
    verb, then (past an age or a description) a comma and a participle of saying: a person's name."""
    w = d.norm[np[0]]
    if not w.isalpha() or w.startswith("ال") or w in FUNCTION or masdar_like(w) or len(w) < 3 \
            or d.lex.cue(w) is not None or w in d.lex.places or w in d.lex.nationalities:
        return False
    k = np[0] + 1
    if k >= len(d.norm):
        return False
    end = min(d.para_end(k), k + 10)
    if k >= end or not (d.is_comma(k) or d.texts[k] == "("):
        return False   # (the name alone, or with an age in brackets: not يحمل كاميرا كذلك، تؤكد نجاح برنامج)
    while k < end and not d.is_comma(k) and not d.is_term(k) and not d.is_mark(k):
        k += 1
    if k + 1 >= end or not d.is_comma(k):
        return False
    c = d.cue_at(k + 1)
    return c is not None and c[0].part == "participle" and not c[0].ambiguous


def _subject_event(d: _Doc, i: int, entry: CueEntry) -> Optional[_Cand]:
    """A cue verb with no quote still names who speaks next (أكد الوزير ذلك، موضحا أن ...)."""
    if d.non_attributive_at(i):
        return None   # كان دولان يبلغ من العمر 22 عاما: "aged", no speech
    if _in_clause_object(d, i):
        return None   # اللقاء الذي يجمع منتخب بلاده ...: a relative clause names no speaker
    if _between(d, i):
        return None   # لقاء بين مسؤولين سعوديين وأتراك: "between", no subject of a verb
    if i > 0 and i + 1 < len(d.norm) and d.norm[i + 1] in ("فيه", "فيها", "فيهم") and d.norm[i][:1] in "يت" \
            and d.norm[i - 1].isalpha() and not d.norm[i - 1].startswith("ال"):
        return None   # شريط فيديو مصور يظهر فيه محققان: a clause describing the noun before, no speaker
    if d.norm[i] == "عبر" and not any(d.norm[k] == "عن"
                                       for k in range(i + 1, min(d.para_end(i), i + 16))):
        return None   # نشرت تغريدة عبر تويتر: "via", not "expressed"
    if entry.ambiguous and d.norm[i] in ("عقب", "بعد", "اثر") and i + 1 < len(d.norm) \
            and (masdar_like(d.norm[i + 1]) or d.norm[i + 1].startswith(("ال", "ا"))):
        return None   # عقب إعلان رغبته في الرحيل: "after", a preposition before its noun
    end = min(d.para_end(i), i + 13)
    k = i + 1
    while k < end and not (d.is_term(k) and not _decimal_or_abbrev(d, k)):
        k += 1
    np = _np_after(d, i + 1, k)
    if np is not None and entry.lemma in ("نشر", "اصدر", "بث"):
        x = next((x for x in range(np[0] + 1, np[1]) if not d.norm[x].startswith("ال")
                  and _lexical(_bare_al(d.norm[x]), d.lex.documents)), None)
        if x is not None:
            np = (np[0], x)   # ونشر التلفزيون الحكومي تغريدة: the publisher, not what it published
    if np is not None and d.norm[np[0]].startswith("ال") and _bare_al(d.norm[np[0]]) in d.lex.organizations \
            and d.norm[np[0]] not in d.lex.titles:
        x = np[0] + 1
        while x < np[1] and d.norm[x].isalpha() and (d.norm[x].startswith("ال") or d.norm[x][:1] == "ل"
                                                     and x + 1 < np[1] and d.norm[x + 1].startswith("ال")):
            x += 1   # (الاتحاد الإسباني لكرة القدم: the body's complement in ل goes with it)
        if np[0] + 1 < x < np[1] and d.norm[x].isalpha() and d.norm[x] not in d.lex.given_names \
                and d.norm[x][:1] not in "لبك" and d.norm[x] not in FUNCTION and d.norm[x] not in _PREPS \
                and d.norm[x] not in d.known_names() and not d.lex.org_name_len(d.norm, np[0]) > x - np[0]:
            np = (np[0], x)   # وأكد التحالف العربي وجود السفينة: a definite body, then the object
    if np is not None and not entry.ambiguous and not _speakerlike(d, np, head_only=True) \
            and _unknown_name_then_participle(d, np):
        return _Cand("subject", d.toks[i].start, d.toks[i].start, i, entry.lemma, 1, (np[0], np[0] + 1), False,
                     _is_feminine(d, i, entry), entry.cls, anchor=i)
    if not _speakerlike(d, np, head_only=True):
        np = _np_before(d, i) if d.lex.cue(d.norm[i]) and d.lex.cue(d.norm[i])[1] == 0 else None
        if not _speakerlike(d, np, head_only=True):
            return None
    t = d.toks[i]
    return _Cand("subject", t.start, t.start, i, entry.lemma, 1, np, False, _is_feminine(d, i, entry),
                 entry.cls, anchor=i)


def _same_content(a: _Cand, b: _Cand) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0.8 * max(1, min(a.end - a.start, b.end - b.start))


def _paired_again(d: _Doc, a: int) -> bool:
    """The word at a and the next stand together elsewhere in the text: a name's two words
    (إيفانكا ترامب), not a source and its verb."""
    return any(p != a and p + 1 < len(d.norm) and d.norm[p + 1] == d.norm[a + 1] for p in d.positions(d.norm[a]))


def _headline_colons(d: _Doc, covered: list[tuple[int, int]], claimed: set[tuple[int, int]]) -> list[_Cand]:
    """Headlines and captions: بليجريني: أداء ديفيد سيلفا لا يصدق — a person named in the
    article, a colon, and the words (cue null)."""
    known: set[str] = set()
    for e in d.seen_names():
        if e.type == "person":
            known.add(e.name_norm[-1])
    # and the subjects of reporting verbs anywhere in the text (وقال فوكييه، أضاف شيروكوف)
    last = len(d.norm) - 1
    for k, c in enumerate(d.cues):
        if c is not None and k < last and c[0].part == "verb" and not c[0].ambiguous and d.norm[k + 1].isalpha() \
                and not d.norm[k + 1].startswith("ال"):
            known.add(d.norm[k + 1])
    out = []
    # an interview's turns: one word and a colon opening two paragraphs or more (أنابيل: ...)
    openers: dict[str, int] = {}
    for p in d.doc.paragraphs:
        a = bisect.bisect_left(d.starts, p.start)
        if a + 2 < len(d.norm) and d.norm[a].isalpha() and d.is_colon(a + 1):
            openers[d.norm[a]] = openers.get(d.norm[a], 0) + 1
    turns = {w for w, n in openers.items() if n >= 2 and _bare_al(w) not in d.lex.documents
             and _bare_al(w) not in _EVENT_HEADS and w not in FUNCTION and w not in d.lex.places
             and d.lex.cue(w) is None and not masdar_like(w) and not (w[:1] in "وف" and len(w) > 3)
             and _bare_al(w) not in _LABELS}
    # (not تأليف: ...، الناشر: ...: a book's particulars; not سوريا: ...: a live page's headings;
    # not وواصل: ...: a verb)
    for p in d.doc.paragraphs:
        a = bisect.bisect_left(d.starts, p.start)
        b = bisect.bisect_left(d.starts, p.end)
        turn = b - a >= 4 and d.norm[a] in turns and d.is_colon(a + 1)
        if (b - a > 25 or b - a < 4) and not turn:
            continue
        if d.norm[a] in _READ_MORE or a + 1 < b and (d.norm[a], d.norm[a + 1]) in _READ_MORE_PAIRS:
            # اقرأ أيضا: مصادر لـCNN: ...، قد يهمك| مسؤول سعودي لـCNN: ...: a link to another article,
            # whose title may report a source's words
            sep = next((k for k in range(a + 1, min(b, a + 4)) if d.is_colon(k) or d.toks[k].text in _LINK_SEPARATORS), None)
            if sep is None:
                continue
            a = sep + 1
        colon = next((k for k in range(a + 1, min(b, a + 12)) if d.is_colon(k) and not d.in_quote[k]), None)
        if colon is None or colon + 2 >= b or any(x <= d.toks[colon].start < y for x, y in covered):
            continue
        dots = next((k for k in range(colon - 1, max(a, colon - 4), -1)
                     if d.texts[k] in ("|", "…") or d.texts[k] == "." and d.texts[k - 1] == "."), None)
        if dots is not None and d.norm[dots + 1].isalpha():
            a = dots + 1   # بعد تصديه لمحاولة الانقلاب.. أردوغان: ...: the source after the headline's first part
        pre = [k for k in range(a, colon) if d.norm[k].isalpha()]
        # المتحدث باسم الخارجية الإيرانية عن اختفاء خاشقجي: ...، الكويت بعد رفض مشروع قرار: ...: the
        # source, then what or when it spoke about
        about = next((k for k in pre[1:5] if d.norm[k] in _ABOUT_WHAT), None)
        if colon - a >= 7 and about is None:
            continue
        if not pre or d.non_attributive_at(pre[0]):
            continue
        first = d.norm[pre[0]]
        if _bare_al(first) in _EVENT_HEADS or any(d.norm[k].isdigit() and len(d.norm[k]) == 4 for k in range(a, colon)):
            continue   # كأس العالم 2018: ...: a series' heading (an event, a year), no source
        if len(pre) >= 2 and first in known and d.norm[pre[1]][:1] in "يت" and _verb_like(d.norm[pre[1]]) \
                and not _paired_again(d, pre[0]):
            np = (pre[0], pre[0] + 1)   # رونالدو يتحدى ميسي: سنرى: the name, then its verb and object
        elif turn:
            np = (a, a + 1)   # أنابيل: ... (again and again): who speaks in the interview
        elif colon - a <= 3 and (d.norm[colon - 1] in known or any(d.norm[k] in d.lex.titles for k in pre)
                                 or _bare_al(first) in d.lex.organizations or first in d.lex.org_proper
                                 or d.lex.org_name_len(d.norm, pre[0])
                                 or _bare_al(first) in d.lex.documents and len(pre) <= 2):
            # (دراسة: ...، تقارير مخابراتية: ...: what a study or reports found)
            np = (a, colon)   # (البرلمان الأوروبي: ...، البيت الأبيض: ...: a body too; not a country, often a topic)
            if colon - a == 2 and d.norm[a + 1][:1] in "يت" and _verb_like(d.norm[a + 1]) \
                    and d.norm[a + 1] not in d.lex.titles and d.norm[a + 1] not in known \
                    and d.norm[a + 1] not in d.known_names() and not _paired_again(d, a):
                np = (a, a + 1)   # تويتر يستنفر: ...: the source and its verb (not إيفانكا ترامب)
        elif first in known and colon - a < 7:
            np = (pre[0], pre[0] + 1)
        elif about is not None and (_speakerlike(d, (a, about), head_only=True) or d.norm[about - 1] in known) \
                and not d.norm[a] in d.lex.documents and not any(
                    d.texts[x].endswith(("ه", "ها", "هم")) and len(d.norm[x]) > 4 and d.norm[x] not in known
                    for x in range(a + 1, about)):
            np = (a, about)   # (not عمرو سعد رسالته إلى ...: what he sent, and to whom)
        else:
            continue
        if np[1] - np[0] >= 2 and np[1] == colon and (_latin_lam(d.norm[colon - 1]) or _media_lam(d, colon - 1)):
            np = (np[0], colon - 1)   # روبرت باير لـCNN: ...: the outlet spoken to is no part of the source
        c0 = colon + 1
        if _unpaired_mark(d, c0) or any(x <= d.toks[c0].start < y for x, y in covered):
            continue
        if c0 in d.span_at_open and d.span_at_open[c0][1] >= b - 2:
            o, c = d.span_at_open[c0]
            s, e = _content(d, o + 1, c)
            kind, spans = "direct", [(o, c)]
        else:
            s, e = _content(d, c0, b)
            spans = [(o, c) for o, c in d.span_at_open.values() if o >= c0 and c < b]
            kind = _kind(d, spans)
        if s < 0 or any(sp in claimed for sp in spans):
            continue
        out.append(_Cand(kind, s, e, None, None, 0, np, False, None, "speech", spans, anchor=a))
    return out


# --- the stage ----------------------------------------------------------------------------------

def find_quotes(doc: Document, lex: Lexicons) -> tuple[list[_Cand], list[Warning_], _Doc]:
    """Quote candidates of a document, in text order, with mark warnings."""
    d = _Doc(doc, lex)
    spans, warnings = pair_marks(d)
    cands: list[_Cand] = []
    claimed: set[tuple[int, int]] = set()
    covered: list[tuple[int, int]] = []   # token ranges already inside a found quote's content
    relays: list[_Cand] = []              # attribution phrases that relay (بحسب ما نقلت X)
    for i in d.report_starts():
        cand = None
        k = d.phrase_at(i)
        if k:
            cand = _report_from_phrase(d, i, k)
            relaying = d.norm[i] not in ("نقلا", "ونقلا")   # (نقلا عن X names who first spoke, not a relay)
            if cand is not None and any((q.kind in ("indirect", "mixed") or q.kind == "direct" and relaying)
                                        and cand.start <= q.start < cand.end for q in cands):
                # وأوضحت الهيئة أن ...، بحسب صحيفة X؛ قال X: "..."، وفق ما نقلت Y: the verb's own quote stands
                cand = None
            if cand is not None and not relaying and any(
                    q.cue_tok is not None and q.cue_tok < i and d.toks[i].start < q.start
                    and q.np is not None and q.np[0] > i for q in cands if q.kind != "subject"):
                cand = None   # وأوردت وكالة "يونهاب" نقلا عن مصادر أن: whom the verb's report cites, no report of its own
            if cand is not None and any(d.cues[x] is not None and d.cues[x][0].lemma == "نقل"
                                        for x in range(i + 1, i + 4) if x < len(d.cues)):
                relays.append(cand)   # (وبحسب ما نقلت فرانس برس: a relay, which a source inside it overrides)
        if cand is None:
            cue = d.cue_at(i)
            if cue is not None and cue[0].part == "masdar" and d.norm[i] in _BI_SAYING and not any(
                    d.cues[x] is not None and d.cues[x][0].lemma in ("نقل", "روي") for x in range(d.sent_begin(i), i)):
                # ورد بقوله إن، واكتفى بالقول: "...": the saying of the sentence's subject (but ونقلت
                # الوكالة عن المتحدث بقوله "...": the relaying verb's own quote)
                found = _find_content(d, i)
                cand = _report_from_cue(d, i, *cue) if found is not None and found[0] - i <= 6 and not any(
                    d.is_comma(x) for x in range(i + 1, found[0])) else None   # (المجاهرة بالقول، وإن: no saying)
                if cand is not None:
                    cand.np, cand.implicit = None, True
            elif cue is not None and cue[0].part in ("verb", "participle"):
                cand = _report_from_cue(d, i, *cue)
                relay = next((q for q in relays if q.start <= d.toks[i].start < q.end and q in cands),
                             None) if relays and cand is not None and cand.kind != "subject" else None
                if relay is not None:
                    # وبحسب ما نقلت فرانس برس، ... قال المرصد إنها: a relay's clause holds a verb with its
                    # own source; the relaying phrase gives way
                    cands.remove(relay)
                    covered.remove((relay.start, relay.end))
                    claimed.difference_update(relay.spans)
                if cand is None and cue[0].part == "verb" and not any(a <= d.toks[i].start < b for a, b in covered):
                    # (a verb inside a quote's content is reported speech, not the narrative)
                    subject = _subject_event(d, i, cue[0])
                    if subject is not None:
                        cands.append(subject)
        if cand is not None and not any(a <= cand.start < b for a, b in covered):
            if cand.cue_tok is not None and _in_clause_object(d, cand.cue_tok):
                cand.embedded = True   # رفضت الوزارة ما قاله فريق التحقيق عن أن ...: the ما-clause is an object
            cands.append(cand)
            covered.append((cand.start, cand.end))
            claimed.update(cand.spans)
    last_after: Optional[_Cand] = None
    for o, c in spans:
        if (o, c) in claimed or any(a <= d.toks[o].start < b for a, b in covered):
            continue
        # an answer before a colon (فكان جوابه: "...") is the sentence subject's, whatever cue follows
        colon = _colon_source(d, o, c) if o > 0 and d.is_colon(o - 1) else None
        colon = colon if colon is not None and colon.implicit else None
        cand = colon or _after_span_cue(d, o, c)
        if cand is not None and colon is None:
            last_after = cand
        elif cand is None:
            cand = (_coordinated_span(d, o, c, cands) or _split_continuation(d, o, c, last_after)
                    or _colon_source(d, o, c) or _whole_paragraph(d, o, c))
        if cand is not None:
            cands.append(cand)
            claimed.add((o, c))
    cands.extend(_headline_colons(d, covered, claimed))
    cands.sort(key=lambda q: (q.start, q.end))
    # one content, one record: drop a quote lying inside another of the same cue
    out: list[_Cand] = []
    for q in cands:
        prev = next((p for p in reversed(out) if p.kind != "subject"), None)
        if q.kind != "subject" and prev is not None and q.start < prev.end and (
                q.cue_tok == prev.cue_tok or _same_content(prev, q)):
            # قالت الحديقة ... نقلا عن حارسها إن ...: one content, one record; the other cue
            # still names who speaks
            if q.np is not None and q.cue_tok != prev.cue_tok:
                out.append(replace(q, kind="subject", spans=[]))
            continue
        out.append(q)
    for q in out:
        if q.np is not None and not q.np_skip and _antecedent_lam(d, q.np, q.cue_tok):
            q.np_skip = 1   # لروسيا التي أكدت: the preposition is no part of the antecedent
    return out, warnings, d


def _antecedent_lam(d: _Doc, np: tuple[int, int], cue_tok: Optional[int]) -> bool:
    """The source np is a relative clause's antecedent after ل or ب (تحذير لروسيا التي أكدت،
    بالدولة الخليجية التي أكدت), as _np_before takes it: the preposition is no part of it (but
    لوكاكو الذي, a name that begins with ل)."""
    w = d.norm[np[0]]
    return w[:1] in "لب" and d.texts[np[0]][:1] in "لب" and np[1] < len(d.norm) and d.norm[np[1]] in RELATIVES \
        and np[1] <= (cue_tok or 0) and w not in d.known_names() and w not in d.lex.given_names \
        and w not in d.lex.places and (w[1:] in d.lex.places or w[1:] in d.known_names() or w.startswith(("لل", "بال")))


def extract(doc: Document, config: Config) -> Document:
    """Return the document with its quotes, speakers and quotation-mark warnings."""
    lex = load_lexicons(config)
    cands, warnings, d = find_quotes(doc, lex)
    quotes: list[Quote] = []
    refs, entities = resolve(d, cands)
    for q, ref in zip(cands, refs):
        if q.kind == "subject":
            continue
        cue = None
        if q.cue_tok is not None:
            k = q.cue_tok
            if q.cue_len > 1:
                # a phrase's cue is its reporting verb (كما قال) or else its first word (بحسب ما)
                k = next((x for x in range(q.cue_tok, q.cue_tok + q.cue_len)
                          if d.lex.cue(d.norm[x]) is not None and d.lex.cue(d.norm[x])[0].part == "verb"), k)
            a = d.toks[k]
            cue = Cue(a.start, a.end, doc.text[a.start:a.end], q.cue_lemma or "")
            if cue.start < q.end and q.start < cue.end:
                continue   # a quote never holds its own cue (a rule above went wrong: drop, don't guess)
        sent = bisect.bisect_right(d.sent_starts, q.start) - 1 if d.sent_starts else None
        quotes.append(Quote(id=f"q{len(quotes) + 1}", kind=q.kind, start=q.start, end=q.end,
                            text=doc.text[q.start:q.end], cue=cue, speaker=ref[0] if ref else None,
                            sentence=sent, co_speakers=tuple(ref[1:]) if ref else ()))
    return replace(doc, quotes=tuple(quotes), speakers=tuple(entities),
                   warnings=tuple(doc.warnings) + tuple(warnings))
