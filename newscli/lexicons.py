"""Linguistic knowledge loaded from the data files in newscli/lexicons/, normalized like the text.

Entries are written in plain standard spelling; every entry passes through the same normalizer as
the document's tokens, so matching is a set or dict lookup on ``Token.norm``. The config's
``lexicons`` section adds entries to each file.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Optional, Sequence

from . import cache, normalization
from .config import Config, LexiconConfig, NormalizeConfig
from .errors import ConfigError
from .normalization import normalizer

PROCLITICS = ("و", "ف")
# Verbs of saying whose present takes ل after another verb (عاد ليقول، جاء ليؤكد، ثم ليضيف).
_SAYING = frozenset("قال اكد اضاف اوضح تابع شدد".split())


@dataclass(frozen=True)
class CueEntry:
    """A reporting cue form: its lemma, part (verb, participle, masdar) and preposition."""

    lemma: str
    part: str            # verb | participle | masdar
    prep: Optional[str]  # normalized preposition introducing the content (الى for أشار إلى)
    cls: str             # speech | perception | document
    ambiguous: bool
    feminine: bool


@dataclass(frozen=True)
class Lexicons:
    """Every word list the quote extractor uses, as normalized lookups."""

    cues: dict[str, CueEntry]
    phrases: tuple[tuple[str, ...], ...]       # attribution phrases as token tuples (بحسب، نقلا عن ...)
    statement_nouns: frozenset[str]
    complementizers: frozenset[str]
    titles: frozenset[str]                     # single-token forms, with and without ال
    title_phrases: tuple[tuple[str, ...], ...]  # multiword titles
    nationalities: frozenset[str]
    organizations: frozenset[str]
    org_names: tuple[tuple[str, ...], ...]
    groups: frozenset[str]
    documents: frozenset[str]
    non_attributive: frozenset[str]
    given_names: frozenset[str]
    places: frozenset[str] = frozenset()       # countries and capitals that stand for their states
    org_proper: frozenset[str] = frozenset()   # one-word organizations listed with ال (الكرملين، الحكومة)
    # short names of organizations and the full namings they stand for (الناتو -> حلف شمال الأطلسي)
    aliases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # the common nouns that head organizations' names (وزارة، شركة), not names (فيسبوك، الكرملين)
    org_heads: frozenset[str] = frozenset()

    @property
    def phrase_index(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Attribution phrases by their first word, longest first."""
        idx = self.__dict__.get("_phrase_index")
        if idx is None:
            groups: dict[str, list[tuple[str, ...]]] = {}
            for ph in self.phrases:
                groups.setdefault(ph[0], []).append(ph)
            idx = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in groups.items()}
            object.__setattr__(self, "_phrase_index", idx)
        return idx

    @property
    def cue_index(self) -> dict[str, tuple[CueEntry, int]]:
        """Every form ``cue`` answers for, with and without و/ف, and its answer (built once)."""
        idx = self.__dict__.get("_cue_index")
        if idx is None:
            idx = {f: (e, 0) for f, e in self.cues.items()}
            for f, e in self.cues.items():
                for p in PROCLITICS:
                    if len(p + f) > 2:
                        idx.setdefault(p + f, (e, 1))
            for f, e in self.cues.items():
                # عاد ليقول، جاء ليؤكد: ل and the present (subjunctive) of a verb of saying
                if e.part == "verb" and f[:1] in "يت" and len(f) > 2 and not e.ambiguous and e.lemma in _SAYING:
                    idx.setdefault("ل" + f, (e, 1))
            object.__setattr__(self, "_cue_index", idx)
        return idx

    def cue(self, norm: str) -> Optional[tuple[CueEntry, int]]:
        """The cue entry of a token (after stripping و/ف), with the number of letters stripped."""
        # one dict lookup: the quote extractor asks this of nearly every token, several times
        idx = self.__dict__.get("_cue_index")
        return (idx if idx is not None else self.cue_index).get(norm)

    @property
    def unlam_known(self) -> frozenset[str]:
        """Documents, organizations, groups and titles: the words an attached ل or و may precede."""
        known = self.__dict__.get("_unlam_known")
        if known is None:
            known = self.documents | self.organizations | self.groups | self.titles
            object.__setattr__(self, "_unlam_known", known)
        return known

    @property
    def phrase_firsts(self) -> frozenset[str]:
        """The words an attribution phrase can start with, و/ف included (see phrase_index)."""
        words = self.__dict__.get("_phrase_firsts")
        if words is None:
            idx = self.phrase_index
            words = frozenset(idx) | frozenset(p + k for k in idx for p in PROCLITICS)
            object.__setattr__(self, "_phrase_firsts", words)
        return words

    @property
    def naming_words(self) -> frozenset[str]:
        """Titles, nationalities, given names and organizations (also after ل or ب): the words a
        naming in the text can start with."""
        words = self.__dict__.get("_naming_words")
        if words is None:
            words = self.titles | self.nationalities | self.given_names | self.organizations \
                | frozenset(p + o for o in self.organizations for p in "لب")
            object.__setattr__(self, "_naming_words", words)
        return words

    @property
    def org_names_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Multiword organization names by their first word, in ``org_names`` order."""
        idx = self.__dict__.get("_org_names_by_first")
        if idx is None:
            groups: dict[str, list[tuple[str, ...]]] = {}
            for o in self.org_names:
                groups.setdefault(o[0], []).append(o)
            idx = {k: tuple(v) for k, v in groups.items()}
            object.__setattr__(self, "_org_names_by_first", idx)
        return idx

    def org_name_len(self, words: Sequence[str], k: int) -> int:
        """Length of the first (longest) known multiword organization name starting at
        ``words[k]`` (البيت الأبيض، هيومن رايتس ووتش), 0 if none starts there."""
        for o in self.org_names_by_first.get(words[k], ()):
            if tuple(words[k:k + len(o)]) == o:
                return len(o)
        return 0


def _read(name: str) -> str:
    try:
        return resources.files("newscli").joinpath("lexicons", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _lines(name: str) -> list[str]:
    out = []
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _head_nouns(name: str) -> list[str]:
    """The lines of a word list's first section (up to its second ``# ---`` heading)."""
    text = _read(name)
    parts = text.split("\n# ---")
    head = parts[1] if len(parts) > 1 and not text.startswith("# ---") else parts[0]
    return [x for x in (line.split("#", 1)[0].strip() for line in head.splitlines()[1:]) if x]


def _with_article(words: set[str]) -> set[str]:
    out = set(words)
    for w in words:
        if not w.startswith("ال"):
            out.add("ال" + w)
    return out


def _feminine(words: set[str]) -> set[str]:
    """Regular feminine forms of nisba adjectives and titles: روسي -> روسيه, وزير -> وزيره."""
    out = set(words)
    for w in words:
        if " " not in w:
            out.add(w + "ه")
            if w.endswith("ي"):
                out.add(w + "ون")
                out.add(w + "ين")
    return out


def _plural_nisba(words: set[str]) -> set[str]:
    """Dual/plural of nisba adjectives (الروسيان, الأمريكيين)."""
    out = set(words)
    for w in words:
        if w.endswith("ي"):
            out.update({w + "ان", w + "ين", w + "ون", w + "يه"})
    return out


def _load_cues(norm: Callable[[str], str], extra: tuple[str, ...]) -> tuple[dict[str, CueEntry], dict]:
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is 10x faster
        data = yaml.load(_read("cues.yaml"), Loader=loader) or {}
    except yaml.YAMLError as e:
        raise ConfigError(f"newscli/lexicons/cues.yaml: invalid YAML ({e.__class__.__name__})") from None
    cues: dict[str, CueEntry] = {}
    for v in data.get("verbs") or []:
        lemma = norm(v["lemma"])
        prep = norm(v["prep"]) if v.get("prep") else None
        cls = v.get("class", "speech")
        amb = {norm(a) for a in v.get("ambiguous") or []}
        for part, key in (("verb", "forms"), ("participle", "participles"), ("masdar", "masdars")):
            for form in v.get(key) or []:
                f = norm(form)
                cues.setdefault(f, CueEntry(lemma, part, prep, cls, f in amb, _feminine_form(f, part, lemma)))
    for form in extra:
        f = norm(form)
        cues.setdefault(f, CueEntry(f, "verb", None, "speech", False, _feminine_form(f, "verb", f)))
    return cues, data


def _feminine_form(f: str, part: str, lemma: str = "") -> bool:
    """Whether a normalized cue form marks a feminine subject: قالت، تقول، قالتا، a past form with
    an object pronoun (وصفته، اعتبرتها), a participle in ة or its dual (مضيفه، مشددتين). The ت of
    a past verb whose root form begins with it (تابع، تعهد، تحدث) marks nothing; its present
    feminine doubles it (تتابع)."""
    if part == "verb":
        own_t = lemma.startswith("ت") and not f.startswith("تت")
        return f.endswith(("ت", "تا")) or f.startswith("ت") and not own_t or any(
            f.endswith(p) and len(f) - len(p) >= 3 for p in ("ته", "تها", "تهم", "تهما"))
    return part == "participle" and f.endswith(("ه", "تين"))


_FILES = ("cues.yaml", "titles.txt", "nationalities.txt", "organizations.txt", "groups.txt", "documents.txt",
          "given_names.txt", "places.txt", "aliases.txt")


def _cache_key(norm_options: NormalizeConfig, extra: LexiconConfig) -> str:
    """What the built lexicons depend on: the word lists, the code that builds and normalizes
    them, the options and the extra entries. Any change to one of them is a new key."""
    return cache.key(norm_options, extra, [_read(name) for name in _FILES],
                     files=(__file__, normalization.__file__))


def _cached(key: str) -> Optional[Lexicons]:
    data = cache.load("lexicons", key)
    try:
        cues = {f: CueEntry(*e) for f, e in data[0].items()}
        return Lexicons(cues, *data[1:])
    except (TypeError, IndexError, AttributeError, ValueError):
        return None


def _store(key: str, lex: Lexicons) -> None:
    """Keep built lexicons for the next run."""
    fields = [getattr(lex, f.name) for f in dataclasses.fields(lex)]
    fields[0] = {f: dataclasses.astuple(e) for f, e in lex.cues.items()}
    cache.store("lexicons", key, tuple(fields))


@lru_cache(maxsize=8)
def _load(norm_options: NormalizeConfig, extra: LexiconConfig) -> Lexicons:
    # Building takes PyYAML and normalizing thousands of entries, most of a short run's start-up:
    # the result is kept in the user's cache folder, keyed by everything it depends on.
    key = _cache_key(norm_options, extra)
    lex = _cached(key)
    if lex is None:
        lex = _build(norm_options, extra)
        _store(key, lex)
    return lex


def _build(norm_options: NormalizeConfig, extra: LexiconConfig) -> Lexicons:
    norm = normalizer(norm_options)

    def n(s: str) -> str:
        return " ".join(norm(w) for w in s.split())

    cues, data = _load_cues(n, extra.cues)
    # Longest first; among phrases of one length, those ending in a whole word before those ending
    # in a one-letter preposition that may be written attached (وفقا لما before وفقا ل), then in
    # spelling order: never in set order, which changes from run to run with string hashing.
    phrases = tuple(sorted({tuple(n(p).split()) for p in data.get("phrases") or []},
                           key=lambda ph: (-len(ph), len(ph[-1]) == 1, ph)))
    statement = frozenset(n(s) for s in data.get("statement_nouns") or [] if " " not in s.strip())
    comps = frozenset(n(c) for c in data.get("complementizers") or [])
    non_attr = frozenset(n(c) for c in data.get("non_attributive") or [] if isinstance(c, str))

    titles_all = {n(t) for t in _lines("titles.txt")} | {n(t) for t in extra.titles}
    single_titles = {t for t in titles_all if " " not in t}
    title_phrases = tuple(sorted({tuple(t.split()) for t in titles_all if " " in t}, key=lambda t: (-len(t), t)))
    titles = frozenset(_with_article(_feminine(single_titles)))

    nats = {n(t) for t in _lines("nationalities.txt")} | {n(t) for t in extra.nationalities}
    nationalities = frozenset(_with_article(_plural_nisba(_feminine(nats))))

    orgs_all = {n(t) for t in _lines("organizations.txt")} | {n(t) for t in extra.organizations}
    organizations = frozenset(_with_article({o for o in orgs_all if " " not in o}))
    org_names = tuple(sorted({tuple(o.split()) for o in orgs_all if " " in o}, key=lambda o: (-len(o), o)))
    org_proper = frozenset(o for o in orgs_all if " " not in o and o.startswith("ال"))
    org_heads = frozenset(_with_article({n(t) for t in _head_nouns("organizations.txt") if " " not in t}))

    groups = frozenset(_with_article({n(t) for t in _lines("groups.txt")} | {n(t) for t in extra.groups}))
    documents = frozenset(_with_article({n(t) for t in _lines("documents.txt")} | {n(t) for t in extra.documents}))
    given = frozenset(n(t) for t in _lines("given_names.txt") if " " not in t.strip())
    places = frozenset(n(t) for t in _lines("places.txt") if " " not in t.strip()) \
        | frozenset(n(t) for t in extra.places if " " not in t.strip())
    aliases = tuple(sorted({(tuple(n(short).split()), tuple(n(full).split()))
                            for short, _, full in (line.partition("=") for line in _lines("aliases.txt"))
                            if short.strip() and full.strip()}))
    return Lexicons(cues=cues, phrases=phrases, statement_nouns=statement, complementizers=comps,
                    titles=titles, title_phrases=title_phrases, nationalities=nationalities,
                    organizations=organizations, org_names=org_names, groups=groups, documents=documents,
                    non_attributive=non_attr, given_names=given, places=places, org_proper=org_proper,
                    aliases=aliases, org_heads=org_heads)


def load_lexicons(config: Optional[Config] = None) -> Lexicons:
    """The lexicons for a config (loaded once per normalization and extra entries)."""
    cfg = config or Config()
    return _load(cfg.normalize, cfg.lexicons)
