"""Speakers: from the mention linked to each quote to one entity per person or organization.

A mention (وزير الخارجية الروسي سيرغي لافروف) splits into descriptors (titles, nationality
adjectives, organization words) and a name. Within a document, a later mention by surname
(لافروف), by title (الوزير الروسي), by a definite organization word (الوزارة) or no mention at
all (وأضاف ...) resolves to an entity introduced earlier; namings seen anywhere in the text
(نظيره التركي مولود جاويش أوغلو) help to find the fullest name. ``aggregate`` counts speakers
across documents.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

from .models import Document, Span, Speaker, SpeakerRef
from .normalization import remove_controls

if TYPE_CHECKING:
    from .lexicons import Lexicons
    from .quotes import _Cand, _Doc

# Prepositions that never belong to a name (دون and فور do: دون ليمون، هنريتا فور).
PREPOSITIONS_OF_TIME_AND_PLACE = frozenset("قبل بعد عقب اثر اثناء قبيل ازاء تجاه ضد لدي امام خلف وراء بدون مثل"
                                           .split())
# Mention words that are never part of a name.
FUNCTION = frozenset("و في من الي علي عن مع ل ب ان انه باسم اسم عام العام السابق الحالي الجديد الاسبق "
                     "الدكتور الشيخ السيد السيده الاستاذ المهندس احد احدي قد كان كانت معظم بعض كل جميع "
                     "عدد عده غالبيه اغلب هو هي هم ها هذا هذه ذلك تلك هنا هناك انها انه انهم "
                     "ذات ذو ذي كبار اكثر اقل ايضا فقط جدا حاليا سابقا لاحقا كثيرا قليلا امس طوال خلال عند حينها "
                     "اليه عليه منه عنه لديه فيه له به اليها عليها منها عنها لديها فيها لها بها "
                     "عندما منذ حتي انذاك حينذاك وقتها اصبح اصبحت كان كانت بات باتت صار ظل اضحي يعد تعد "
                     "هؤلاء ما مما بما عما فيما كما لما بينما حيث اذ وهو وهي وهم عدم "
                     "صباحا مساء ليلا ظهرا فجرا عصرا غدا مجددا "   # (الأمير وليام صباحا)
                     "بسبب بشان فقد وقد لقد لاول اول مره للمره "   # (الأسطورة بيليه بسبب، غرفة دبي فقد كانت)
                     "الذي التي الذين اللذين اللتين اللواتي اللاتي والذي والتي "   # (صلاح الذي عادل)
                     "لن لم ولن ولم سوف".split()   # (كريستيانو رونالدو لن يحذف)
                     # (المنصف المرزوقي قبل التحاقه، ترامب بعد انسحابه)
                     ) | PREPOSITIONS_OF_TIME_AND_PLACE
NAME_LINKS = frozenset("بن ابن بنت ابو ابي ابا ام عبد ال دي دو فان فون لا".split())
JOINERS = frozenset("#_-")
# Verbs that tie a document to who made it (استطلاع أجرته المفوضية، التقرير الذي أعدته مجلة ...).
# Relative pronouns (X الذي قال: the antecedent speaks).
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي والذي والتي والذين".split())
PUBLISHED_BY = frozenset("اجرته اجرتها اجراه اجراها اعدته اعدتها اعده اعدها اصدرته اصدرتها اصدره اصدرها "
                          "انجزته انجزتها انجزه انجزها اوردته اوردتها اورده اوردها نشرته نشرتها نشره "
                          "تجريه تجريها يجريه يجريها تعده تعدها يعده يعدها تصدره تصدرها يصدره يصدرها".split())
# ... of which those that name where a document appeared, not who wrote it (بيان نشرته صحيفة).
_PUBLISHED_IN = frozenset("نشرته نشرتها نشره".split())


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
    pos: int = 0                                         # token where a naming seen in the text starts
    begin: int = 0                                       # ... and where its titles start
    described: bool = False                              # known by a description only (متحدثة باسم ترامب)
    alias: tuple[str, ...] = ()                          # a short name given in brackets: (يوروكونترول)
    headline: bool = False                               # described in a subhead, named in the lines after


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _spelling(words: Iterable[str]) -> tuple[str, ...]:
    """Words with the common spelling variants made one and the article off (المسؤولون
    الأمريكيون = مسؤولون أميركيون)."""
    return tuple(_bare(w).replace("اميرك", "امريك") for w in words)


def _strip_ending(w: str, endings: tuple[str, ...]) -> str:
    """``w`` without the first of ``endings`` it ends with, when three letters are left."""
    for ending in endings:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[:-len(ending)]
    return w


def _stem(w: str) -> str:
    """المحققون، المحققين، محقق -> محقق: sound plural and feminine endings off."""
    return _strip_ending(w, ("ون", "ين", "ات", "ه"))


def _unlam(w: str, lex: "Lexicons") -> str:
    """لبيان -> بيان, للمنصة -> المنصة: an attached ل (after وفقا ل) is not part of the source."""
    if w.startswith("لل") and len(w) > 4:
        cand = "ا" + w[1:]
    elif w[:1] in "لوف" and len(w) > 3:
        cand = w[1:]   # also فإعلان -> إعلان
    else:
        return w
    known = lex.unlam_known
    if w.startswith("لل") and cand not in known and _bare(cand) not in known and (
            w[1:] in lex.organizations or w[1:] in lex.titles):
        return w[1:]   # للجنة الانتخابات -> لجنة: a noun in ل (لجنة، لاعب) after ل
    return cand if cand in known or _bare(cand) in known else w


def _unsuffixed(w: str) -> str:
    """بيانها -> بيان، مدربهم -> مدرب: a noun without its possessive pronoun (for lexicon lookups)."""
    return _strip_ending(w, ("هما", "هم", "ها", "ه"))


def _possessed_people(w: str, lex: "Lexicons") -> bool:
    """مواطنيه، أنصارها، زملاؤهم: a word for people with a possessive pronoun, never a name."""
    bare = _unsuffixed(w)
    if bare == w:
        return False
    return any(x in lex.titles or x in lex.groups for x in (bare, bare[:-1], bare + "ون", bare[:-1] + "ون")) \
        and len(bare) >= 4


def _lexical(w: str, words: frozenset[str]) -> bool:
    """A word of the list, as it stands (تغريدة, whose ة reads as a pronoun's ه) or without its
    possessive pronoun (بيانها)."""
    return w in words or _unsuffixed(w) in words


def is_title(w: str, lex: "Lexicons") -> bool:
    """A title or role, also with a possessive pronoun (مدربهم، محاميه)."""
    return _lexical(w, lex.titles)


def is_descriptor(w: str, lex: "Lexicons", text: Optional[str] = None) -> bool:
    """A word that describes rather than names: title, nationality, organization word, ال-word.

    ``text`` (the word as written) keeps names in أل (ألمان) apart from the article ال.
    """
    w2 = w[1:] if w[:1] == "و" and len(w) > 3 and (w[1:] in lex.titles or w[1:] in lex.nationalities) else w
    article = w2.startswith("ال") and (text is None or not text.lstrip("وف").startswith(("أل", "إل", "آل")))
    return (len(w2) == 1 or w2 in lex.nationalities or w2 in lex.organizations or w2 in lex.groups
            or w2 in lex.documents or w2 in FUNCTION or article or w2.startswith("لل") or w2 in _SOURCE_ADJECTIVES
            or w2.startswith("بال") or not w2.isalpha() or lex.cue(w2) is not None and text not in ("راي", "راين", "سال")
            or w2[:1] == "ل" and len(w2) > 2 and w2[1].isascii()   # لـCNN: the outlet spoken to
            or is_title(w2, lex))   # (with a possessive too: مدربهم، محاميه; راي as written is Ray, not رأى)


def basim_surname(w: str, lex: "Lexicons") -> bool:
    """The word after باسم is a family name (باسم التميمي), so باسم is the given name: not a
    body, office, people or place spoken for (باسم الحكومة، باسم الشعب), nor a bare name whose
    name is chanted (يهتف باسم نيمار)."""
    return w.startswith("ال") and w.isalpha() and w != "الله" and w not in lex.titles and w not in lex.nationalities \
        and w not in FUNCTION and w not in lex.places and _bare(w) not in lex.organizations \
        and w not in lex.organizations and _bare(w) not in lex.groups and w not in lex.groups


# Roles that stand bare after a given name as an apposition, never as its family name (جان مواطن).
_ROLES_NOT_NAMES = frozenset("مواطن شاب طالب لاعب مدرب مترجم مراسل صحفي صحافي ناشط محام محامي طبيب".split())


def turki_given(norm: Sequence[str], k: int, lex: "Lexicons") -> bool:
    """تركي المالكي، تركي الفيصل: تركي is the given name, not "Turkish", before a family name in ال
    (a word in ال that is no nationality, title, body, place, time or function word)."""
    if norm[k] != "تركي" or k + 1 >= len(norm):
        return False
    w = norm[k + 1]
    return w.startswith("ال") and w.isalpha() and w not in lex.nationalities and w not in lex.titles \
        and w not in lex.organizations and w not in lex.places and w not in _TIME_WORDS and w not in FUNCTION


def name_run(norm: list[str], lex: "Lexicons", texts: Optional[list[str]] = None) -> Optional[tuple[int, int]]:
    """Where a person's name lies among a mention's words: after a given name, else the first
    words that are not descriptors; a name ends at the next descriptor (an apposition).

    ``texts`` (the words as written) keeps على from passing for the name علي.
    """
    n = len(norm)
    # كشف باسم التميمي: باسم opening a mention is a given name (no title before it to speak for)
    basim = n > 1 and norm[0] == "باسم" and basim_surname(norm[1], lex)

    def given(k: int) -> bool:
        if basim and k == 0:
            return True
        if turki_given(norm, k, lex):
            return True
        return norm[k] in lex.given_names and not (norm[k] == "علي" and texts is not None and texts[k].endswith("ى"))

    def desc(k: int) -> bool:
        return is_descriptor(norm[k], lex, texts[k] if texts is not None else None)

    start = next((k for k in range(n) if given(k)), None)
    family = next((k for k in range(1, n - 1) if norm[k] == "ال" and texts is not None and texts[k] == "آل"
                   and norm[k - 1] in lex.nationalities and not norm[k - 1].startswith("ال")), None)
    if family is not None and (start is None or start > family):
        start = family - 1   # تركي آل الشيخ: a given name that is also a nationality, before the family's آل
    if start is not None and start > 0 and norm[start - 1] == "باسم":
        # المتحدثة باسم ميلانيا: the name after باسم is whom the speaker speaks for; the
        # speaker's own name, if any, comes after (المتحدث باسم الجيش العقيد تركي المالكي)
        start = next((k for k in range(start + 1, n) if given(k) and desc(k - 1)), None)
        if start is None:
            return None
    if start is None and "باسم" in norm:
        # المتحدثة باسم مكتب حقوق الإنسان في الأمم المتحدة رافينا شامداساني: what follows باسم is
        # the body spoken for; a name, if any, is the pair of unknown words that ends the mention
        p = norm.index("باسم")
        r = 0
        while r < 4 and n - r - 1 > p + 1 and norm[n - r - 1].isalpha() and not desc(n - r - 1):
            r += 1   # (the pair or triple of unknown words: الميجور أدريان رانكين غالواي)
        if n - p >= 5 and r >= 2 and desc(n - r - 1):
            return n - r, n
        return None
    skipped: set[int] = set()   # words of a title's complement (no name starts among them)
    if start is None:
        comp = False
        for k, w in enumerate(norm):
            if desc(k):
                # an adjective or a new title closes the complement (لبرشلونة الإسباني ... ليليان تورام)
                comp = comp and w not in lex.titles and not w.startswith("ال")
                continue
            if comp or k > 0 and w[:1] in "لب" and len(w) >= 4 and (
                    norm[k - 1] in lex.titles or norm[k - 1] in FUNCTION or norm[k - 1] in lex.nationalities
                    or norm[k - 1].startswith("ال") and (w.endswith("ه") or w[1:] in lex.organizations)) \
                    and not (w[:1] == "ب" and k == n - 1 and w[1:] not in lex.organizations):
                # (not الدكتور بوتس: a name in ب closing the mention is the name)
                comp = True
                skipped.add(k)
                continue   # اللاعب السابق لبرشلونة، المدرب السابق لتشيلسي وريال مدريد: the title's complement
            if k > 0 and w[:1] == "و" and len(w) > 4 and not given(k) and (
                    norm[k - 1] in lex.nationalities or skipped and norm[k - 1].startswith("ال")
                    or w.startswith("وال") and len(w) > 5 and norm[k - 1].startswith("لل") and desc(k - 1)):
                comp = True
                skipped.add(k)
                continue   # لبرشلونة الإسباني ويوفنتوس الإيطالي: a coordinated complement
            if k > 0 and (norm[k - 1] in lex.titles or norm[k - 1][-1:] in "وي" and norm[k - 1][:-1] in lex.titles) \
                    and not norm[k - 1].startswith("ال") and not given(k):
                continue   # أمير جازان، مدرب ليفربول، كبير مسؤولي مكافحة الإرهاب: an indefinite title (or
                # its plural in construct) governs its complement
            if k > 1 and norm[k - 1] in lex.organizations and not norm[k - 1].startswith("ال") \
                    and norm[k - 2] in lex.titles and not given(k):
                continue   # وكيل وزارة حقوق الإنسان، مدير مركز كارنيغي: the body's name, not the person's
            if k > 0 and norm[k - 1] in ("في", "من", "عن", "لدي", "ب") and not given(k):
                continue   # مدير صندوق في دبي: the object of a preposition, a place
            if k > 0 and w[:1] == "ب" and w[1:] in lex.places and not given(k):
                continue   # مدير الإحصاء في الوزارة بموسكو: where the post is
            if w[:2] in ("بت", "لت") and (masdar_like(w) or len(w) == 5) and not given(k):
                break   # ممثلة إباحية بتعويض: a verbal noun after a preposition ends the description
            if w not in lex.statement_nouns and _lexical(w, lex.statement_nouns) and not given(k):
                break   # وتابع رئيس الاتحاد حديثه: the speaker's words, with his pronoun, are no name
            if w in _WHEN and not given(k):
                break   # التحذير المنشور يوم السبت: when, and no name after it
            if k > 0 and w in ("اي", "باي", "لاي") and not given(k):
                break   # ونفى طبيب المنتخب أي خلاف: "any", the object the verb denies
            if _possessed_people(w, lex) and not given(k):
                break   # وحث الرئيس التركي مواطنيه: people of his, with his pronoun, the verb's object
            start = k
            break
    if start is None:
        return None
    if start > 0 and norm[start] in ("بن", "ابن") and norm[start - 1].isalpha() and norm[start - 1] not in FUNCTION \
            and not norm[start - 1].startswith("ال"):
        start -= 1   # يعرب بن عبد الله الثنيان: the word before بن is the given name, whatever it looks like
    elif start > 0 and norm[start - 1] == "#":
        start -= 1
    elif start > 0 and start - 1 not in skipped and norm[start - 1].isalpha() and not given(start - 1) \
            and not desc(start - 1) and (
            start == 1 or desc(start - 2) and not (norm[start - 2] in lex.titles and not norm[start - 2].startswith("ال"))
            and norm[start - 2] not in PREPOSITIONS_OF_TIME_AND_PLACE   # (لدى إسرائيل ديفيد فريدمان)
            and not (norm[start - 2] in lex.organizations and not norm[start - 2].startswith("ال"))   # (جامعة سيول كيم)
            and norm[start - 1] not in lex.places and not (norm[start - 1][:1] == "ب" and norm[start - 1][1:] in lex.places)
            and not (norm[start - 1][:1] == "ب" and len(norm[start - 1]) > 3 and norm[start - 2][:1] == "ل")
            and not (norm[start - 1][:1] == "ل" and len(norm[start - 1]) > 4 and start >= 2
                     and (norm[start - 2] in lex.titles or norm[start - 2] in lex.nationalities))):
        # (not للسياحة بنابل عز الدين: a place after the title's complement; not المدرب الفرنسي
        # لأرسنال آرسين فينغر: the body the title serves, in ل)
        start -= 1   # المتحدث باسم الحزب كارم رضوان: a first name the lexicon lacks, before a known one
    end = start + 1
    while end < n and end - start < 6:
        w, prev = norm[end], norm[end - 1]
        if w in JOINERS and end + 1 < n and norm[end + 1].isalpha():
            # مون جيه-إن: the word after a hyphen is the name's, whatever it is (not a title: الخشرمي - رئيس)
            end += 2 if w == "-" and norm[end + 1] not in lex.titles and not norm[end + 1].startswith("ال") else 1
            continue
        link = w in NAME_LINKS and (w != "ال" or texts is None or texts[end] == "آل")
        if w[:1] == "ل" and not given(end) and (_unlam(w, lex) != w or any(
                tuple(norm[end + 1:end + len(o)]) == o[1:] for o in lex.org_names_by_first.get(w[1:], ()))):
            break   # عز الدين القرامي لمراسلة الجوهرة، إيفلين بيكر لبي بي سي: the audience after the name
        if w[:1] == "و" and w[1:] in FUNCTION or w in ("فلقد", "لقد", "فقد", "وقد", "قد"):
            break   # الشيخة لطيفة وكانت معها، برنار هنري ليفي فلقد: a new clause
        if w[:1] == "و" and len(w) > 3 and w[1:] in lex.given_names and not given(end) and end > start:
            break   # وأقر مؤمني وصالح: "and" another person (the first named speaks)
        if w[:1] == "و" and end - start >= 2 and not given(end) and not link \
                and (w[1:] in lex.titles or lex.cue(w[1:]) is not None and lex.cue(w) is not None):
            break   # شينزو آبي ورئيس، ... أردوغان وقال: "and" a title or a verb after the full name
        if w in _WHEN and not given(end):
            break   # قالت كيرستن جيليبراند يوم الثلاثاء: when she said it
        if w.startswith("بب") and len(w) >= 5 and not given(end):
            break   # جوزيه مورينيو ببقاء لاعب الوسط: ب and a noun, the verb's complement
        if w == "او" and end + 1 < n and norm[end + 1] not in JOINERS:
            break   # مايكل جوردان أو ليبرون جيمس: "or", two persons (not كيم أو-كييوم)
        if len(w) == 5 and w[1] == "ا" and w[4] == "ا" and not given(end) and not link \
                and (texts is None or texts[end].endswith(("ا", "اً"))) and not (
                end == start + 1 and given(start) and texts is not None and not texts[end].endswith("اً")
                and (end + 1 == n or norm[end + 1] in ("،", ","))):
            # (كلاوديو تابيا، رئيس ...: a surname after a lone given name, then the apposition's comma)
            break   # فرانك ستالون غاضبا: a participle of manner (فاعلاً) after the name
        if len(w) == 5 and w[1] == "ا" and w.endswith("ه") and not given(end) and not link and given(end - 1) \
                and texts is not None and texts[end].endswith("ة") and (end + 1 == n or not norm[end + 1].isalpha()):
            break   # وتقول ماجدة ضاحكة: a woman's participle of manner (فاعلة) closing the mention
        if texts is not None and texts[end].endswith("ت") and 3 <= len(w) <= 5 and not given(end) \
                and texts[end - 1].endswith("ة") and given(end - 1) and w not in FUNCTION \
                and norm[end - 1] not in _MEN_IN_TA:
            break   # الشيخة لطيفة حاولت: a woman's given name, then her verb (not أسامة شلتوت)
        if texts is not None and texts[end].endswith("ت") and len(w) == 4 and not given(end) and given(end - 1) \
                and w not in FUNCTION and not link and end + 1 < n and norm[end + 1].startswith("ال") \
                and norm[end + 1] not in lex.nationalities and norm[end + 1] not in lex.titles:
            break   # ميلانيا كسرت الصمت: a woman's name, then her verb and its object
        if end - start >= 2 and norm[end - 2] == "ال" and (texts is None or texts[end - 2] == "آل") \
                and not given(end) and not link and w not in NAME_LINKS and not w.startswith("ال"):
            break   # سلطان بن سحيم آل ثاني منع: the family after آل closes the name (not آل مسفر الألمعي)
        if not given(end) and not link and _present_verb(w) and end + 1 < n and _object_like(norm[end + 1]):
            break   # سركيس يلغي المؤتمر: a present-tense verb and its object after the name
        if end - start >= 3 and norm[end - 2] in ("بن", "ابن") and not given(end) and not link \
                and _verb_like(w) and w.isalpha():
            break   # محمد بن سلمان يحدد موعد: a name in بن complete, then a present verb
        if end - start >= 2 and given(start) and not given(end - 1) and prev not in NAME_LINKS \
                and norm[end - 2] not in NAME_LINKS and not given(end) and not link and w[:1] == "ي" \
                and _verb_like(w) and w.isalpha():
            break   # إيلون ماسك ينوي، يعقوب الشمساني يدرس: a given name and a family name, then a present
            # verb (not جان كلود يونكر: two given names, then the family name)
        if not given(end) and not link and w[:2] == "تت" and len(w) >= 5 and w.isalpha():
            break   # رندة تتألم: a present verb of the forms V and VI after the name (not يتكين, a surname)
        if end - start >= 2 and not given(end) and not link and prev not in NAME_LINKS and w.endswith("ا") \
                and (w[:-1] in lex.titles or texts is not None and texts[end].endswith("اً")
                     or len(w) == 5 and w[2] == "و" and not given(end - 1)):   # (فعولا: ترامب رسوما جمركية)
            break   # عين فلاديمير بوتين رئيسا: a title in the accusative after the full name, the object's
        if end - start >= 2 and not given(end) and not link and prev not in NAME_LINKS and _derived_masdar(w) \
                and (end + 1 == n or norm[end + 1].startswith("ال") and norm[end + 1] not in FUNCTION
                     and norm[end + 1] not in RELATIVES):
            break   # أعلن ... سردار آزمون اعتزال اللعب: a verbal noun in construct after the name, the object
        if end - start >= 2 and not given(end) and not link and w in _INTENT_NOUNS:
            break   # أعلن الرئيس رجب طيب أردوغان عزم بلاده: what he announced, the object
        if (end == n - 1 or not norm[end + 1].isalpha() and norm[end + 1] not in JOINERS) \
                and w.startswith(("بال", "بل")) and len(w) > 4 and given(end - 1) and w not in lex.documents \
                and not (texts is not None and texts[end].startswith(("بالت", "بالم"))) and w[1:] not in lex.organizations \
                and w not in _BA_ADVERBS:
            end += 1   # الرئيس التنفيذي لعرب سات، خالد بالخيور، ماريو بالوتيلي،: a family name in بال closing
            # the mention or set apart by a comma
            continue
        if not given(end) and (start > 0 or any(given(x) for x in range(start, end))) and (
                texts is not None and _with_noun(texts[end])
                or w[:2] == "بت" and (masdar_like(w) or len(w) == 6 and w.endswith("يه") or len(w) == 5)):   # (بتنحية، بتعلم)
            # مها عقيل بقرارات خادم الحرمين، جلعاد أردان بتنحية عباس: ب and a noun or a verbal
            # noun, what the name is said of (a description's complement stays: عاملون بمنظمات الإنقاذ)
            break
        if end - start >= 2 and given(start) and not given(end) and end + 1 < n and _ba_construct(w, norm[end + 1], lex):
            break   # أشاد أنطونيو غوتيريش بجهود الدول: ب and a noun in construct, what he praised
        if texts is not None and len(texts[end]) > 4 and texts[end].endswith(("ته", "تها", "تهم")) and not given(end) \
                and w.isalpha():
            break   # وتابع عمرو سعد رسالته: a noun in ة with its possessor's pronoun, the verb's object
        if texts is not None and end + 1 < n and len(texts[end]) > 3 and texts[end].endswith(("ه", "ها", "هم")) \
                and not given(end) and not w.endswith("الله") and not w.endswith(("ييه", "زاده")) and not (
                end == start + 1 and texts[end].endswith("ه") and norm[end + 1] in lex.titles):
            # (not محرم إينجه المرشح الرئاسي: a surname in ه, then the apposition's title; not
            # ميشيل بارنييه، جمشيد بارتشيزاده: family names in ييه and زاده)
            break   # زوكربيرغ استعداده لحضور: a noun with a pronoun ends the name (not فوكييه at its end)
        if prev.startswith("ال") and end - start >= 2 and not given(end) and not link and not desc(end) \
                and w.endswith("ا") and texts is not None and (texts[end].endswith("اً") or end + 1 < n and norm[end + 1] in (
                    "من", "في", "الي", "علي", "عن", "مع")):
            break   # استقبل الوزير خالد العمري وفدا: an accusative after the family name is the object
        if w in lex.places and end - start >= 2 and not given(end) and not link and prev not in NAME_LINKS \
                and any(given(x) for x in range(start, end)):
            break   # مايك بنس تركيا: a country after a full name is the object
        if w in ("الله", "الدين") and prev.isalpha() and not desc(end - 1):
            end += 1   # عطا الله خوجياني، عز الدين: the second half of a compound name
            continue
        if given(end) or link or not desc(end) or prev in NAME_LINKS and w.isalpha() and (
                w not in FUNCTION or prev == "ال" and texts is not None and texts[end - 1] == "آل"):   # (آل الشيخ)
            end += 1   # (the word after بن، آل، أبو belongs to the name: آل خليفة)
            continue
        if not w.startswith("ال") and w.isalpha() and end == n - 1 and end == start + 1 and given(start) \
                and (w in lex.titles or w in lex.nationalities) and w not in FUNCTION and w not in _KIN \
                and w not in _ROLES_NOT_NAMES and (texts is None or texts[end].isalpha() and not texts[end].endswith("ة")):
            end += 1   # أحمد مختار، داود أمين، محمود إسلاميان: a family name that is also a title or a
            continue   # nationality, closing the mention right after the given name
        if w.startswith("ال") and w.isalpha() and end == n - 1 and given(end - 1) \
                and (end - start == 1 or norm[end - 2] in NAME_LINKS) \
                and (w not in lex.nationalities or end - start == 1 and end == n - 1 and w not in lex.places) \
                and w not in lex.organizations:
            # أمين منطقة عسير صالح القاضي، أحمد بن عقيل الخطيب، أحمد اليمني: a surname that is
            # also a title or a nationality, closing the mention
            end += 1
            continue
        if w.startswith("ال") and w.isalpha() and (given(end - 1) or prev in NAME_LINKS or prev == "الدين"
                                                   or end - 2 >= start and norm[end - 2] == "عبد"
                                                   or end - 1 == start > 0 and norm[start - 1] in lex.titles
                                                   and norm[start - 1].startswith("ال")) \
                and w not in lex.titles and w not in lex.nationalities and w not in lex.organizations \
                and w not in FUNCTION and w not in _TIME_WORDS \
                and not lex.org_name_len(norm, end):
            # (محمد الطيار، عز الدين القرامي, الطبيب أشرف القدرة: a first name the lexicon lacks after
            # a title; not نيكي هيلي البيت الأبيض, the object)
            end += 1   # عبد الله العليان
            continue
        if w.startswith("ال") and w.endswith("ي") and len(w) > 5 and end - start >= 1 and prev.isalpha() \
                and not desc(end - 1) and w not in lex.titles and w not in lex.nationalities \
                and w not in lex.organizations and w not in FUNCTION and w not in ("الماضي", "الثاني", "الثالث"):
            end += 1   # إبراهيم آل مسفر الألمعي: a family name in -ي closes the naming
            continue
        break
    if end == start + 1 and end < n and norm[start].endswith("ا") and norm[end].startswith("ال") \
            and norm[end] in lex.nationalities and not given(start):
        end += 1   # كوريا الجنوبية، أمريكا اللاتينية: a country named with its adjective
    return start, end


def _ba_construct(w: str, nxt: str, lex: "Lexicons") -> bool:
    """ب and a noun in construct with the definite word after it (بجهود الدول): what a verb
    governs, never a name's last word (not بيكر، بارنييه، بلير البريطاني)."""
    return w[:1] == "ب" and w[1:2] not in "اويل" and w.isalpha() and len(w) >= 4 and nxt.startswith("ال") \
        and nxt.isalpha() and nxt not in lex.nationalities and nxt not in lex.titles and nxt not in lex.organizations \
        and nxt not in lex.places and nxt not in FUNCTION and nxt not in RELATIVES


# Nouns of intent and stance a verb takes as its object right after a full name (عزم بلاده، رغبته).
_INTENT_NOUNS = frozenset("عزم نيه رغبه استعداد رفض تمسك".split())
# Words of time that follow a name and are no part of it (يوم الثلاثاء، صباح اليوم، أمس).
_WHEN = frozenset("يوم اليوم امس صباح مساء ليله عشيه فجر ظهر خلال منذ".split())
# Adverbs in ب that may follow a name (وقال خالد بالأمس): no family name.
_BA_ADVERBS = frozenset("بالامس بالفعل بالقول بالذات بالطبع بالضبط بالكامل بالنسبه بالاضافه بالرغم "
                        "بالحرف بالاجماع بالاساس".split())
# Men's given names that end in ة (normalized to ه) like women's.
_MEN_IN_TA = frozenset("اسامه حمزه طلحه عبيده معاويه عكرمه قتيبه عطيه خليفه ربيعه عتبه حذيفه عروه سلامه "
                       "قتاده جبله ثعلبه مسلمه زائده شيبه عبده".split())


_MASDAR_RE = re.compile(r"(?:ت..ي.|ا.{2,4}ا.)")
# The verbal nouns of forms VII, VIII and X only (انسحاب، اعتزال، استئناف), which no foreign
# name takes the shape of (not أردوغان، أصلان).
_DERIVED_MASDAR_RE = re.compile(r"ا(?:ن..|.[تطد].|ست..)ا.")


def _derived_masdar(w: str) -> bool:
    return _DERIVED_MASDAR_RE.fullmatch(w) is not None


def _apposed_name(toks: list[str], lex: "Lexicons") -> Optional[tuple[int, int]]:
    """The name closing a mention after its last comma, when the words before it are a title
    naming nobody (see quotes._late_apposition): (start, end) among ``toks``, else None."""
    ci = max((k for k, w in enumerate(toks) if w in ("،", ",")), default=None)
    if ci is None or ci == 0 or any(w in lex.given_names for w in toks[:ci]) or not (
            is_title(toks[0], lex) or ci >= 2 and not toks[0].startswith("ال") and toks[1].startswith("ال")
            and toks[1].endswith(("ين", "ون"))):
        return None   # (كبيرة الباحثين، يوجينيا ساوث: the head of a plural is a title too)
    k = ci + 1
    while k < len(toks) and toks[k].startswith("ال") and toks[k] in lex.titles:
        k += 1   # العقيد، المهندس
    rest = toks[k:]
    if not 2 <= len(rest) <= 4 or not all(w.isalpha() for w in rest) or rest[0].startswith("ال"):
        return None
    return k, len(toks)


def masdar_like(w: str) -> bool:
    """A verbal noun of the derived forms (التأكيد، التأجيل، بانشقاق، اتخاذ): the object or a
    complement after a subject, never part of a name. ``w`` normalized, with ال or ب/ل allowed."""
    if w[:1] in "بل" and len(w) > 5:
        w = w[1:]
    if w.startswith("ال"):
        w = w[2:]
    if w.endswith(("ه", "ي", "ات", "ين", "ون")) or not 5 <= len(w) <= 8:
        return False
    return _MASDAR_RE.fullmatch(w) is not None


class _Mention:
    """What a speaker mention says: its type, descriptor words and name."""

    def __init__(self, d: "_Doc", a: int, b: int, skip: int = 0, names: Iterable[tuple[str, ...]] = ()) -> None:
        """``skip``: characters of the first word that are no part of the mention (the ل of لوزارة);
        ``names``: the full names of the persons resolved before it."""
        lex = d.lex
        while a < b and d.norm[a] in ("و", "ف"):
            a += 1
        if b - a > 1 and d.norm[a] in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "نفس", "ذات") \
                and (d.norm[a] not in ("نفس", "ذات") or d.norm[a + 1].startswith("ال")):
            a += 1   # هذه الهيئة، هؤلاء المسؤولون، نفس المسؤول: the body or person referred to
        while b - 1 > a and d.texts[b - 1] in (".", "،", ",", ":", "؛", "-"):
            b -= 1   # وفق "رويترز".: the full stop is no part of the source
        if b - a > 2 and d.is_mark(a) and d.is_mark(b - 1) and not any(d.is_mark(x) for x in range(a + 1, b - 1)):
            a, b = a + 1, b - 1   # "رويترز": the name, not its marks
        if b - a > 3 and d.texts[b - 1] == ")" and d.texts[b - 4] == "(" and d.norm[b - 3].isdigit() \
                and _bare(d.norm[b - 2]) in _AGE_WORDS:
            b -= 4   # السائح (47 عاماً): the age in brackets is no part of the naming
        if a + 1 < b and d.norm[a] in ("نتائج", "نتيجه", "خلاصه", "حصيله") and (
                _unlam(d.norm[a + 1], lex) in lex.documents or _bare(d.norm[a + 1]) in lex.documents):
            a += 1   # نتائج الدراسة: what the study found speaks for the study
        if not skip and a + 1 < b and _lexical(d.norm[a], lex.statement_nouns) and d.norm[a + 1][:1] == "ل" \
                and (d.norm[a + 1][1:] in d.known_names() or d.norm[a + 1][1:] in lex.given_names):
            a, skip = a + 1, 1   # تصريحات للأسد: the words of the person after ل
        elif a + 1 < b and _lexical(d.norm[a], lex.statement_nouns) and not d.norm[a].startswith("ال") \
                and d.norm[a + 1] in d.known_names():
            a += 1   # تصريحات أبو الغيط: the words of the person the text names
        if not skip and a < b and d.norm[a][:1] in "وف" and d.texts[a][:1] in "وف" \
                and _unlam(d.norm[a], lex) == d.norm[a][1:]:
            skip = 1   # وتقارير تفيد بأن: the conjunction is no part of the source
        self.a, self.b = a, b
        toks = d.norm[a:b]
        if skip:
            toks = [toks[0][skip:]] + toks[1:]
        self.norm = toks
        self.text = d.text[d.toks[a].start + skip:d.toks[b - 1].end]
        self.span = Span(d.toks[a].start + skip, d.toks[b - 1].end, self.text)
        after_li = a > 0 and d.norm[a - 1] in ("وفقا", "ووفقا", "طبقا", "وطبقا", "نقلا", "ونقلا", "استنادا", "وفق")
        if (skip == 1 or not skip and after_li) and d.norm[a].startswith("لل") and d.texts[a].startswith("لل") \
                and len(d.norm[a]) > 3:
            # (وفقا للمرصد: the span keeps the letters as written)
            # للجيش -> الجيش: ل took the article's alif; the naming gets it back (the span stays)
            # (للجنة -> اللجنة: a noun in ل keeps its own ل after the article's)
            cut = 1 if d.norm[a][1:] in lex.organizations or d.norm[a][1:] in lex.titles else 2
            art = "ال"
            rest = d.norm[a][2:]
            if cut == 2 and len(toks) == 1 and not (rest in lex.organizations or rest in lex.titles or rest in MEDIA
                                                    or rest in lex.groups or rest in lex.documents) \
                    and any(p > 0 and d.norm[p - 1] in lex.given_names for p in d.positions(d.norm[a][1:])):
                cut, art = 1, ""   # وفقا للوسكي (يواكيم لوسكي): ل and a name in ل the text gives alone
            if cut == 1 and art and len(toks) > 1 and not (toks[1].startswith("ال") and toks[1].endswith(("يه", "ي"))):
                art = ""   # للجنة الانتخابات: ل and a noun in construct (but للجنة الأولمبية: ل, the article, لجنة)
            self.norm = toks = [art + d.norm[a][cut:]] + toks[1:]
            self.text = art + d.text[d.toks[a].start + cut:d.toks[b - 1].end]
        first = next((w for w in toks if w.isalpha() and w not in FUNCTION), toks[0])
        first = _unlam(first, lex)
        head = _bare(first)
        self.head = head
        if first in lex.documents or head in lex.documents or first[-1:] == "ا" and first[:-1] in lex.documents:
            self.type = "document"   # (استطلاعا للرأي: the accusative)
        elif (first in lex.titles or head in lex.titles or toks[0] in lex.titles) and any(
                w in lex.given_names or w in d.known_names() for w in toks):
            # (الأستاذ في معهد ... كيم دونغ-يوب: an honorific that is also a title, and a name)
            # الفريق الركن الشيخ راشد (a rank, not a team), الخبير ...، علي الذهب, الخبير جيري سميث
            self.type = "person"
        elif first in lex.groups or head in lex.groups:
            self.type = "group"
        elif first in lex.organizations or head in lex.organizations or lex.org_name_len(toks, 0):
            self.type = "organization"
        elif first in lex.places and all(w in lex.places or not w.isalpha() or w in lex.nationalities
                                         for w in toks[1:]):
            self.type = "organization"   # تركيا، موسكو: a state, named by its country or capital
        else:
            self.type = "person"
        if len(toks) > 2 and toks[0] in COUNT_NOUNS and toks[1] == "من":
            self.type = "group"   # عدد من الخبراء، العديد من المفكرين والأدباء: a number of people, named whole
        if any(w.isdigit() for w in toks[:3]) and any(w in ("%", "٪", "المئه", "المائه", "بالمئه", "بالمائه")
                                                     for w in toks):
            self.type = "group"   # قال 14,8٪ منهم، 55 في المئة منهم: a share of a survey's respondents
        run = name_run(toks, lex, [t.text for t in d.toks[a:b]]) if self.type == "person" else None
        if self.type == "person" and run is None and len(toks) == 1 and toks[0].startswith("ال") \
                and toks[0] in d.surnames() and toks[0] not in lex.titles and toks[0] not in lex.nationalities:
            run = (0, 1)   # العبادي after رئيس الوزراء العراقي حيدر العبادي: the family name of a person named in full
        if self.type == "person":
            late = _apposed_name(toks, lex)
            if late is not None:
                run = late   # المتحدث باسم الجيش، العقيد تركي المالكي: the name after the comma
        self.name_toks: tuple[str, ...] = ()
        self.title = ""
        if run is not None and toks[0] in _KIN and run[0] >= 1 and not any(
                not w.isalpha() for w in toks[:run[0]]):
            run = None   # ابنة الرئيس الأميركي دونالد ترامب، زوجة اللاعب محمد صلاح: the name is the relative's
        elif run is not None and _bare(toks[0]) in ("مراسل", "مراسله", "مراسلو", "مراسلي") and not any(
                w in lex.given_names for w in toks):
            run = (0, len(toks))   # مراسل سكاي نيوز عربية: the outlet's correspondent, named by it, whole
        elif run is not None and run[1] - run[0] == 1 and run[1] < len(toks) and toks[run[0]][-1:] in "وي" \
                and toks[run[0]][:-1] in lex.titles and all(w in FUNCTION for w in toks[:run[0]]):
            run = (0, len(toks))   # موظفي المدرسة، أحد مراقبي هذه الصناعة: a title's plural in construct, named whole
        elif run is not None and run[0] > 1 and first in _GENERIC_SOURCES and any(
                w in ("في", "من", "لدي", "ب") for w in toks[:run[0]]) and toks[run[0] - 1] in lex.titles \
                and not any(not w.isalpha() for w in toks[:run[0]]):
            run = (0, len(toks))   # مسؤول أمريكي في إدارة الرئيس ترامب: the name is the complement's, not the source's
        elif run is not None and run[0] == 0 and run[1] - run[0] >= 2 and not any(
                w in lex.given_names or w in lex.titles for w in toks):
            run = (0, len(toks))   # شابة ترتدي الأسود: a description, kept whole
        elif run is not None and run[1] == run[0] + 1 and run[1] < len(toks) and (
                toks[run[1]].startswith(("ال", "لل")) or toks[run[1]] in lex.organizations
                and toks[run[0]].endswith(("و", "ي")) and toks[run[0]] not in lex.places
                or toks[run[0]].endswith(("ون", "ين")) and toks[run[1]] in lex.nationalities
                and toks[run[1]].endswith(("يون", "يين"))) \
                and all(w in FUNCTION for w in toks[:run[0]]) and not any(
                w in lex.given_names or w in lex.titles or w in d.known_names() for w in toks):
            # أجهزة الإطفاء، مسؤلون أمريكيون، بعض وكالات الاستخبارات: a noun and its complement, no
            # name (a plural and its plural nationality, however it is spelled: مسؤلون أمريكيون)
            run = (0, len(toks))
        elif run is not None and run[0] >= 1 and any(w in lex.titles for w in toks[:run[0]]) and (
                all(w in lex.places for w in toks[run[0]:run[1]] if w.isalpha())
                or tuple(toks[run[0]:run[1]]) in TWO_WORD_PLACES):
            run = (0, len(toks))   # وزير خارجية تركيا، سفير كوريا الجنوبية: an office of a state, no name
        if run is not None:
            x, y = run
            if self.type == "person" and y - x >= 3 and _surname_alone(d, a + x, a + x + 1) \
                    and not _surname_alone(d, a + x + 1, a + x + 2) and toks[x] in lex.given_names \
                    and toks[x + 1] not in NAME_LINKS and toks[x + 2] not in lex.given_names \
                    and toks[x + 2] not in NAME_LINKS:
                y = x + 2   # ليليان تورام انتقادات لاذعة: the name ends at the surname used alone
            if self.type == "person" and y - x >= 2 and _known_alone(d, a + x, names):
                y = x + 1   # ودعا تشوي المجتمع الدولي: a name the text gave in full, then the verb's object
            elif self.type == "person" and y - x >= 3 and toks[x] in ("عبد", "ابو", "ابي", "ابا") \
                    and _known_alone_pair(d, a + x, names):
                y = x + 2   # كما وصف عبد الهادي سلوك الإمارات: a compound family name, then the object
            self.name_toks = tuple(w for w in toks[x:y] if w.isalpha())
            self.name = d.text[d.toks[a + x].start:d.toks[a + y - 1].end]
            desc = [w for w in toks[:x] if w.isalpha()]
            if desc:
                t0 = d.toks[a].start
                if toks[0][:1] == "و" and toks[0][1:] in lex.titles | lex.nationalities:
                    t0 += 1   # والتركي مولود جاويش أوغلو: the conjunction is no part of the title
                self.title = d.text[t0:d.toks[a + x - 1].end].strip(" ،,")
        else:
            self.name = self.text
            if self.type == "person":
                self.title = self.text
        words = [w[1:] if w[:1] == "و" and (w[1:] in lex.titles or w[1:] in lex.nationalities) else w for w in toks]
        self.heads = {_bare(w) for k, w in enumerate(words) if (w in lex.titles or w in lex.nationalities)
                      and not _governed_office(words, k, lex)}
        # a dual title (وزيرا الخارجية) names the same office as its singular
        self.heads |= {_bare(w[:-1]) for w in toks if w.endswith("ا") and w[:-1] in lex.titles}
        self.definite = first.startswith("ال")
        fem = any(w.endswith("ه") and (w[:-1] in lex.titles or _bare(w[:-1]) in lex.titles) for w in toks[:3])
        self.gender = "female" if fem else None
        if self.type == "person" and not self.name_toks and not self.heads:
            self.type = "unknown"


# Nouns of a number of people, with من and the group (عدد من الخبراء، العديد من المسؤولين).
COUNT_NOUNS = frozenset("عدد العديد مجموعه عشرات مئات الاف الكثير كثير".split())
# Words of an age given in brackets after a naming (47 عاما).
_AGE_WORDS = frozenset("عاما عام سنه سنوات".split())
# Kinship nouns in construct: the name after them (and their relative's titles) is the relative's.
_KIN = frozenset("ابن ابنه نجل نجله زوج زوجه شقيق شقيقه والد والده ارمله حفيد حفيده اخت".split())


def _title_phrase_len(norm: Sequence[str], j: int, lex: "Lexicons") -> int:
    """How many words a title of several words (ولي العهد، آية الله) takes at j, its later words
    with or without ال (ولي عهد أبوظبي); 0 when none begins there."""
    for p in lex.title_phrases:
        if len(p) > 1 and j + len(p) <= len(norm) and norm[j] == p[0] and all(
                norm[j + t] == p[t] or "ال" + norm[j + t] == p[t] for t in range(1, len(p))):
            return len(p)
    return 0


def _naming_heads(words: list[str], lex: "Lexicons") -> set[str]:
    """The title and nationality words before a name, without a relative's (زوجة اللاعب محمد صلاح:
    the player is Salah; his wife is no player)."""
    kin = max((k for k, w in enumerate(words) if w in _KIN), default=-1)
    return {_bare(t) for t in words[kin + 1:] if t in lex.titles or t in lex.nationalities}


def _governed_office(words: list[str], k: int, lex: "Lexicons") -> bool:
    """The title at k is the office another title serves, not the mention's own: مستشار الرئيس
    التركي، نائب الرئيس، المتحدث باسم الرئيس (a singular definite title right after an indefinite
    one, in construct, or after باسم; not رئيس الوزراء, an office named by whom it heads, nor
    الإعلامي والناطق, two titles side by side)."""
    w = words[k]
    if k == 0 or not w.startswith("ال") or w not in lex.titles or w.endswith(("ون", "ين", "اء")):
        return False
    prev = words[k - 1]
    return prev == "باسم" or prev in lex.titles and not prev.startswith("ال") and _bare(prev) != _bare(w)


def _names_in_text(d: "_Doc") -> list[_Entity]:
    """Namings anywhere in the text: a title or nationality followed by a name (الروسي سيرغي
    لافروف), and organization words followed by their name (جامعة تكساس المسيحية)."""
    lex = d.lex
    out: list[_Entity] = []
    n = len(d.norm)
    # only these words can open a naming (any other word is passed over): visit them alone
    opens = lex.naming_words
    starts = [k for k, w in enumerate(d.norm) if w in opens]
    nxt = 0
    i = 0
    while i < n:
        while nxt < len(starts) and starts[nxt] < i:
            nxt += 1
        if nxt == len(starts):
            break
        i = starts[nxt]
        w = d.norm[i]
        if w in lex.nationalities and w not in lex.titles and i > 0 \
                and (d.norm[i - 1] in lex.organizations or _bare(d.norm[i - 1]) in lex.organizations) \
                and not (i > 1 and (is_title(d.norm[i - 2], lex) or d.norm[i - 2][:1] in "وبل"
                                    and is_title(d.norm[i - 2][1:], lex))):
            # انتقدت الخارجية الأميركية سوء استغلال: a body's nationality, no person's title (but
            # ووزير الخارجية الفرنسي جان إيف لودريان: the body an office is of)
            i += 1
            continue
        if w in lex.titles or w in lex.nationalities:
            j = i
            while j < n and j - i < 4 and (size := _title_phrase_len(d.norm, j, lex)) > 1:
                j += size   # ولي عهد أبوظبي: a title of two words, then its complement
            while j < n and j - i < 4 and (d.norm[j] in lex.titles or d.norm[j] in lex.nationalities
                                           or d.norm[j].startswith("ال") and d.norm[j] not in lex.given_names) \
                    and not (j > i and j + 1 < n and d.norm[j + 1] in ("بن", "ابن") and not d.norm[j].startswith("ال")):
                j += 1   # (not الشيخ سلطان بن سحيم: a title that is a given name before بن)
            served = None   # where the body a definite title serves begins (الأمين العام للأمم المتحدة)
            if j < n and j > i and d.norm[j - 1] in lex.titles and not d.norm[j - 1].startswith("ال") \
                    and d.norm[j].isalpha() and d.norm[j] not in lex.given_names:
                # محافظ كركوك راكان الجبوري، رئيس معهد العالم العربي جاك لانغ: an indefinite title
                # and its complement (a noun and up to three adjectives or genitives), then a name
                k = j + 1
                while k < n and k - j <= 3 and d.norm[k].startswith("ال") and d.norm[k] not in lex.given_names:
                    k += 1
                if k < n and d.norm[k] in lex.given_names and not (d.norm[k] == "علي" and d.toks[k].text.endswith("ى")):
                    j = k
            elif j < n and j > i and d.norm[i].startswith("ال") and d.norm[i] in lex.titles \
                    and d.norm[j][:1] == "ل" and len(d.norm[j]) > 3 and d.norm[j].isalpha() \
                    and (d.norm[j][:2] == "لل" or d.norm[j][1:] in lex.organizations
                         or j + 1 < n and d.norm[j + 1] in lex.given_names and d.norm[j] not in lex.given_names):
                # (المدرب الفرنسي لأرسنال آرسين فينغر: a body in ل the lexicon lacks, then a given name)
                # الأمين العام للأمم المتحدة أنطونيو غوتيريش، الأمين العام لحزب الله اللبناني، حسن
                # نصر الله: a definite title and the body it serves, in ل, then a name (or a comma
                # and a name)
                k = j + 1
                while k < n and k - j <= 3 and d.norm[k].startswith("ال") and d.norm[k].isalpha() \
                        and d.norm[k] not in lex.given_names:
                    k += 1
                if k < n and (d.is_comma(k) or d.norm[k] in lex.given_names
                              and not (d.norm[k] == "علي" and d.toks[k].text.endswith("ى"))):
                    served, j = j, k
            bism = None
            if served is None and j + 1 < n and j > i and d.norm[j] == "باسم":
                bism = j
                k = j + 1
                while k < n and k - j <= 4 and d.norm[k].isalpha() and not d.is_comma(k) \
                        and (k == j + 1 or d.norm[k].startswith("ال")):
                    k += 1
                if k < n and d.is_comma(k):
                    j = k   # المتحدث باسم الخارجية الإيرانية، بهرام قاسمي،: the body spoken for, then the name
            if j < n and j > i and d.is_comma(j) and d.norm[j - 1].startswith("ال"):
                # الممثلة الإباحية، ستورمي دانييلز،: a name of two or three unknown words set
                # between commas after a definite title
                e_ = j + 1
                while e_ < n and e_ - j <= 3 and d.norm[e_].isalpha() and not is_descriptor(d.norm[e_], lex, d.texts[e_]) \
                        and d.lex.cue(d.norm[e_]) is None and not (_verb_like(d.norm[e_]) and d.norm[e_][:1] in "يت"):
                    e_ += 1
                if 2 <= e_ - j - 1 <= 3 and e_ < n and (d.is_comma(e_) or d.is_term(e_)):
                    names = tuple(d.norm[j + 1:e_])
                    e = _Entity("", d.text[d.toks[j + 1].start:d.toks[e_ - 1].end], names, "person", pos=j + 1, begin=i)
                    e.heads = _naming_heads(d.norm[i:j], lex)
                    e.titles = [d.text[d.toks[i].start:d.toks[j - 1].end]]
                    out.append(e)
                    # (the body spoken for, or served, is a naming too)
                    i = bism + 1 if bism is not None else served if served is not None else e_
                    continue
            k = _naming_window(d, j, d.para_of[i])
            run = name_run(d.norm[j:k], lex, [t.text for t in d.toks[j:k]]) if k > j and d.norm[j] != "اي" else None
            # (طبيب المنتخب البرازيلي أي خلاف: "any", what the title's holder denies, no name)
            if run is not None and run[0] == 0 and d.toks[j].text[:1].isalpha():
                x, y = j + run[0], j + run[1]
                if y - x >= 3 and y < n and d.norm[x] in lex.given_names and _ba_construct(d.norm[y - 1], d.norm[y], lex):
                    y -= 1   # أنطونيو غوتيريش بجهود الدول: the window ended before the noun's complement
                names = tuple(t for t in d.norm[x:y] if t.isalpha())
                if names and names[0] not in lex.given_names:
                    # after a title, two unknown words make a name, unless the first reads as a
                    # present-tense verb (وزير الخارجية التركي يزور موسكو)
                    if _verb_like(names[0]) or _derived_masdar(names[0]):
                        names = ()   # (أعلنت المحكمة الجنائية الدولية احتجاز رجل: a verbal noun, the object)
                    elif len(names) > 1 and all(d.texts[z].endswith(("ا", "اً")) for z in range(x, min(y, x + 2))):
                        names = ()   # التلفزيون الرسمي السوري بثا مباشرا: an object and its adjective, accusative
                    elif len(names) > 1 and _verb_like(names[1], future_only=True):
                        names = ()   # الرئيس أوباما فسيكون: a name and then a verb
                    elif len(names) > 1 and d.toks[x + 1].text.endswith("ت") and 3 <= len(names[1]) <= 5 \
                            and names[1] not in lex.given_names and d.norm[j - 1].endswith("ه") \
                            and d.norm[j - 1][:-1] in lex.titles:
                        names = ()   # الشيخة لطيفة حاولت: a woman's given name and her verb
                    elif len(names) > 2 and not (names[1] in NAME_LINKS and len(names) == 3):
                        names, y = names[:2], x + 2   # (but سويسي بن جريد: the word after بن is the name's)
                    if any(t[:1] == "و" and t not in lex.given_names and _unlam(t, lex) != t for t in names[1:]):
                        names = ()   # رئيس الوزراء الإسرائيلي إيران وحزب الله: the objects, conjoined
                        # (not هيبو وارديري, whose و begins the name)
                if names and len(names) > 1 \
                        and not any(d.is_punct(k) and d.norm[k] not in JOINERS for k in range(x, y)):
                    e = _Entity("", d.text[d.toks[x].start:d.toks[y - 1].end], names, "person", pos=x, begin=i)
                    e.heads = _naming_heads(d.norm[i:j], lex)
                    e.titles = [d.text[d.toks[i].start:d.toks[j - 1].end]]
                    out.append(e)
                    i = y if served is None else served
                    continue
        elif w in lex.given_names and not (w == "علي" and d.toks[i].text.endswith("ى")) and i + 1 < n \
                and d.norm[i + 1].isalpha() and not (i > 0 and d.norm[i - 1] in _VERB_PARTICLES and w[:1] in "تيان"):
            # (لم تأمر ترامب: تامر is a verb after a negation)
            k = _naming_window(d, i, d.para_of[i])
            run = name_run(d.norm[i:k], lex, [t.text for t in d.toks[i:k]])
            y = i
            if run is not None and run[0] == 0 and run[1] > 1:
                y = i + run[1]
                if y - i >= 3 and y < n and _ba_construct(d.norm[y - 1], d.norm[y], lex):
                    y -= 1   # (the window ended before the noun's complement)
                # an ال-surname ends the naming only where the naming ends (فيروز الجرادي «محامية»)
                while y > i + 1 and d.norm[y - 1].startswith("ال") and y < n and d.norm[y].isalpha() \
                        and not (d.comp_len(y) or d.norm[y] in FUNCTION or d.lex.cue(d.norm[y]) is not None
                                 or d.norm[y][:1] == "ي" and _verb_like(d.norm[y]) and d.norm[y] not in lex.given_names):
                    y -= 1
            if run is not None and run[0] == 0 and y > i + 2 and w in ("عبد", "ابو", "ابي", "ابا") \
                    and _known_alone_pair(d, i, (e.name_norm for e in out if e.type == "person"), seen=False):
                y = i + 2   # كما وصف عبد الهادي سلوك الإمارات: the family name the text gave, then the object
            if run is not None and run[0] == 0 and y > i + 1:
                e = _Entity("", d.text[d.toks[i].start:d.toks[y - 1].end], tuple(d.norm[i:y]), "person", pos=i,
                            begin=i)
                k = i - 1
                while k > i - 5 and k > 0 and d.norm[k].startswith("ال") and d.norm[k].isalpha() \
                        and d.norm[k] not in lex.titles and d.para_of[k] == d.para_of[i]:
                    k -= 1
                if k > i - 5 and k >= 1 and d.norm[k] == "باسم" and is_title(d.norm[k - 1], lex) and k < i - 1:
                    # المتحدث باسم الحكومة الفرنسية بنجامان غريفو: the spokesman named after whom he speaks for
                    e.begin = k - 1
                    e.heads.add(_bare(d.norm[k - 1]))
                out.append(e)
                i = y
                continue
        elif w.startswith("ال") and _bare(w) in lex.organizations and w in lex.organizations and i + 1 < n \
                and (d.norm[i + 1] in lex.nationalities or i + 2 < n and d.norm[i + 1].startswith("ال")
                     and d.norm[i + 1].isalpha() and d.norm[i + 2].startswith("لل") and len(d.norm[i + 2]) > 4):
            # الاتحاد الجزائري لكرة القدم، المرصد السوري لحقوق الإنسان، الهيئة العامة للترفيه
            j = i + 2
            while j < n and j - i < 5 and d.para_of[j] == d.para_of[i] and d.norm[j].isalpha() and (
                    d.norm[j].startswith(("ال", "لل")) or d.norm[j][:1] == "ل" and len(d.norm[j]) > 3) \
                    and d.norm[j] not in FUNCTION and d.lex.cue(d.norm[j]) is None and not _ends_name(d, j, org=True):
                j += 1
            j = _place_complement(d, j)
            names = tuple(t for t in d.norm[i:j] if t.isalpha())
            out.append(_Entity("", d.text[d.toks[i].start:d.toks[j - 1].end], names, "organization", pos=i, begin=i))
            i = j
            continue
        elif (w in lex.organizations or w[:1] in "لب" and w[1:] in lex.organizations) and not w.startswith("ال") \
                and i + 1 < n and (d.norm[i + 1].isalpha() or d.is_mark(i + 1)):
            # وزارة الداخلية السعودية، لصحيفة «الوطن» السعودية
            j = i + 1
            known = lex.org_name_len(d.norm, i + 1)
            after = d.norm[i + 1 + known] if known and i + 1 + known < n else ""
            # منظمة هيومن رايتس ووتش | سلطات دبي: a known name ends there, unless what follows
            # completes it (منظمة الأمم المتحدة للطفولة)
            limit = i + 1 + known if known and not after.startswith(("ال", "ل")) else n
            while j < limit and j - i < 5 and d.para_of[j] == d.para_of[i] and (
                    d.norm[j].isalpha() or d.is_mark(j)
                    or d.toks[j].text in JOINERS and j + 1 < n and d.norm[j + 1].isalpha()) \
                    and (d.norm[j] not in FUNCTION or d.norm[j] == "العام" and d.norm[j - 1].startswith("ال")
                         or d.norm[j] == "من" and j + 1 < n and _group_word(d.norm[j + 1], lex)
                         or _ala_complement(d, j)) \
                    and (d.norm[j] not in lex.given_names or _ala_complement(d, j)) \
                    and (d.norm[j] not in lex.titles or _adjective_in_name(d, i, j)) \
                    and not (d.norm[j].isalpha() and (d.lex.cue(d.norm[j]) is not None
                                                      or d.toks[j].text.endswith(("ه", "ها", "هم")))):
                if d.norm[j].isalpha() and not d.norm[j].startswith("ال") and d.norm[j][:1] != "ل" \
                        and any(w.startswith("ال") for w in d.norm[i + 1:j]) and d.toks[j - 1].text not in JOINERS \
                        and not _ala_complement(d, j - 1) and not _ala_complement(d, j) \
                        and not d.is_mark(j - 1) and not (d.norm[j].startswith("وال") and len(d.norm[j]) > 5
                                                          and d.norm[j - 1].startswith("ال")):
                    break   # هيئة السوق المالية فرض غرامتين: an indefinite word after the definite ones
                j += 1
            for k in (j, j + 1):
                if k + 1 < n and d.toks[k].text == "#" and d.norm[k + 1].isalpha() and d.para_of[k] == d.para_of[i] \
                        and (k == j or d.texts[j].endswith(("ا", "اً")) and not d.norm[j].startswith("ال")):
                    j = k + 2   # منصة التواصل الاجتماعي الأكبر عالميا #فيسبوك: the name as a hashtag
                    break
            j = _place_complement(d, j)   # رابطة كرة القدم المحترفة في إسبانيا، التحالف العربي بقيادة السعودية
            if j < n and d.is_mark(j) and sum(d.is_mark(x) for x in range(i, j)) % 2 == 1:
                j += 1   # وكالة الأنباء السعودية "واس": the closing mark of a name in marks
                if j < n and d.norm[j].startswith("ال") and (d.norm[j] in lex.nationalities or d.norm[j].endswith("يه")
                                                            and d.norm[j].isalpha() and d.norm[j] not in lex.titles):
                    j += 1   # وكالة "إسنا" الإيرانية، منظمة "X" الخيرية
            elif j < n and d.is_mark(j - 1) and j - 1 > i + 1 and d.norm[j].startswith("ال") and (
                    d.norm[j] in lex.nationalities or d.norm[j].endswith("يه") and d.norm[j].isalpha()
                    and d.norm[j] not in lex.titles) and sum(d.is_mark(x) for x in range(i, j)) % 2 == 0:
                j += 1   # صحيفة "ديلي ميل" البريطانية، منظمة "X" الخيرية
            a = d.toks[i].start + (1 if w not in lex.organizations else 0)
            names = tuple(t for t in d.norm[i:j] if t.isalpha())
            if w not in lex.organizations:
                names = (w[1:],) + names[1:]
            out.append(_Entity("", d.text[a:d.toks[j - 1].end], names, "organization", pos=i, begin=i))
            i = j
            continue
        i += 1
    # وذكر كارم رضوان عضو مجلس الشورى: two or three unknown words right after a reporting verb and
    # before an indefinite title (or a comma and a title) name a person the lexicons do not know
    taken = {k for e in out for k in range(e.begin, e.pos + len(e.name_norm))}
    for k in range(n - 3):
        c = d.cues[k]
        if c is None or c[0].part != "verb" or d.in_quote[k] or k + 1 in taken:
            continue
        toks = d.norm[k + 1:k + 6]
        run = name_run(toks, lex, d.texts[k + 1:k + 6])
        if run is None or run[0] != 0 or not 2 <= run[1] <= 3:
            continue
        y = k + 1 + run[1]
        after = d.norm[y] if y < n else ""
        if y + 1 < n and d.is_comma(y):
            after = d.norm[y + 1]
        names = tuple(d.norm[k + 1:y])
        if after in lex.titles and not after.startswith("ال") and all(w.isalpha() for w in names) \
                and not any(w in lex.organizations or w in lex.groups or w in lex.documents or w in lex.places
                            or w in lex.nationalities or w.endswith(("ون", "ين")) or _verb_like(w) for w in names):
            out.append(_Entity("", d.text[d.toks[k + 1].start:d.toks[y - 1].end], names, "person", pos=k + 1,
                               begin=k + 1))
    # a naming that starts with another person's family name and runs on into a word no name
    # holds (ليبرون جيمس ... جيمس أجرى مقابلة): the surname and its verb, no naming of its own
    for e in out:
        p = e.pos
        if e.type == "person" and len(e.name_norm) >= 3 and tuple(d.norm[p:p + 3]) == e.name_norm[:3] \
                and e.name_norm[0] in lex.given_names and e.name_norm[0] not in NAME_LINKS \
                and e.name_norm[1] not in NAME_LINKS and (e.name_norm[1] not in lex.given_names or _verb_like(
                    e.name_norm[2]) or _present_verb(e.name_norm[2])) \
                and e.name_norm[1] not in ("الله", "الدين") \
                and e.name_norm[2] not in lex.given_names and e.name_norm[2] not in NAME_LINKS \
                and _surname_alone(d, p, p + 1) and not _surname_alone(d, p + 1, p + 2) \
                and any(x != p + 1 and (x + 1 >= n or d.norm[x + 1] != d.norm[p + 2])
                        for x in d.positions(d.norm[p + 1])):
            # (not مولود جاويش أوغلو, called جاويش أوغلو: the surname is the pair)
            # ليليان تورام انتقادات: the text calls him تورام alone, the name ends there
            e.name_norm = e.name_norm[:2]
            e.name = d.text[d.toks[p].start:d.toks[p + 1].end]
    lasts = {e.name_norm[-1] for e in out if e.type == "person" and len(e.name_norm) > 1}
    out = [e for e in out if not (e.type == "person" and len(e.name_norm) >= 2 and e.name_norm[0] in lasts
                                  and e.name_norm[1] not in lex.given_names and e.name_norm[1] not in NAME_LINKS
                                  and not any(x is not e and e.name_norm[1] in x.name_norm for x in out))]
    for e in out:
        if e.type == "person":
            _apposed_titles(d, e)
            end = e.pos + len(e.name_norm)
            if len(e.name_norm) >= 2 and end + 2 < n and d.is_mark(end) and d.is_mark(end + 2) \
                    and d.norm[end + 1].isalpha() and not is_descriptor(d.norm[end + 1], lex, d.texts[end + 1]) \
                    and not (_verb_like(d.norm[end + 1]) and d.norm[end + 1][1:2] not in "اوي"   # (تيتي: a name)
                             or masdar_like(d.norm[end + 1])
                             or d.texts[end + 1].endswith("ة")) \
                    and end + 2 in d.open_at_close and d.open_at_close[end + 2] == end:
                # أحمد حسام "ميدو": the nickname in marks is part of the fullest naming
                e.name = d.text[d.toks[e.pos].start:d.toks[end + 2].end]
                e.name_norm = e.name_norm + (d.norm[end + 1],)
        end = e.pos + len(e.name_norm)
        k = end + 1
        while k < n and k - end <= 3 and d.norm[k].isalpha():
            k += 1
        if end < n and d.toks[end].text == "(" and k < n and d.toks[k].text == ")" and k > end + 1:
            e.alias = tuple(d.norm[end + 1:k])   # المنظمة الأوروبية للسلامة الجوية (يوروكونترول)
            if e.type == "organization":
                a = d.toks[e.pos].start
                if not d.text.startswith(e.name, a):
                    a += 1   # (لوكالة غوث ...: the naming left out the ل)
                e.name = d.text[a:d.toks[k].end]   # the fullest naming holds both
    return out


# Countries named in two words (places.txt holds one-word names only), normalized
TWO_WORD_PLACES = frozenset(tuple(p.split()) for p in (
    "الولايات المتحده", "المملكه المتحده", "كوريا الجنوبيه", "كوريا الشماليه", "جنوب افريقيا",
    "جنوب السودان", "الامارات العربيه", "المملكه العربيه", "الاراضي الفلسطينيه", "الضفه الغربيه",
    "قطاع غزه", "بيونغ يانغ"))


def _in_marks(norm: tuple[str, ...]) -> tuple[str, ...]:
    """The words between the first pair of quotation marks in a naming (صحيفة "صنداي تايمز")."""
    marks = [k for k, w in enumerate(norm) if w in _QUOTE_MARKS]
    return tuple(w for w in norm[marks[0] + 1:marks[1]] if w.isalnum()) if len(marks) >= 2 else ()


def _words(norm: Iterable[str]) -> tuple[str, ...]:
    """A naming's words and numbers, without its marks and joiners."""
    return tuple(w for w in norm if w.isalnum())


def _group_word(w: str, lex: "Lexicons") -> bool:
    """علماء، الباحثين، خبراء: a word for a kind of people (فريق دولي من علماء الفلك)."""
    w = _bare(w)
    return w in lex.groups or w.endswith("ين") and w[:-2] + "ون" in lex.groups


def _adjective_in_name(d: "_Doc", i: int, j: int) -> bool:
    """مجلس الشؤون الاقتصادية: a feminine nisba after a definite word of an organization's name is
    its adjective, not a title (الاقتصادي, an economist) beginning someone's naming."""
    w = d.norm[j]
    return j > i + 1 and w.startswith("ال") and w.endswith("يه") and d.norm[j - 1].startswith(("ال", "وال"))


def _surname_alone(d: "_Doc", first: int, k: int) -> bool:
    """The word at k, the last of a naming that starts at ``first``, stands elsewhere in the text
    without the words before it: the text calls the person by it alone (تورام after ليليان تورام)."""
    w, before = d.norm[k], d.norm[k - 1]
    return any(x != k and (x == 0 or d.norm[x - 1] != before) for x in d.positions(w))



def _known_alone(d: "_Doc", p: int, names: Iterable[tuple[str, ...]] = ()) -> bool:
    """The word at p, no given name, ends or begins a person's full name the text gave before
    (إينجه of محرم إينجه; ``names``: the full names of the speakers resolved so far), and the word
    after it continues that name nowhere in the text: the person is called by that word alone, and
    what follows is no part of the name (ووصف إينجه أردوغان بأنه)."""
    n = len(d.norm)
    if p + 1 >= n or not d.norm[p + 1].isalpha():
        return False
    w, nxt = d.norm[p], d.norm[p + 1]
    if nxt in NAME_LINKS or nxt in d.lex.given_names or w in NAME_LINKS or nxt in ("الله", "الدين"):
        return False
    before = itertools.chain((e.name_norm for e in d.seen_names() if e.type == "person" and e.pos < p), names)
    if w in d.lex.given_names or w in d.lex.places or is_descriptor(w, d.lex, d.texts[p]) \
            or w[-1:] in "وي" and (w[:-1] in d.lex.titles or w[:-1] + "ي" in d.lex.titles):   # (محامو الدفاع)
        return False   # (سيرغي شويغو after سيرغي لافروف, محمد الدوسري after فهد سعيد محمد: a given name
        # starts and ends many names)
    if not any(len(x) >= 2 and w in (x[0], x[-1]) and (x[0], x[1]) != (w, nxt) and x[0][:1] != "و"
               and not is_descriptor(x[0], d.lex) for x in before):
        return False
    return not any(q != p and q + 1 < n and d.norm[q + 1] == nxt for q in d.positions(w))


def _known_alone_pair(d: "_Doc", p: int, names: Iterable[tuple[str, ...]] = (), seen: bool = True) -> bool:
    """The compound family name at p (عبد الهادي، أبو الغيط) ends a person's full name the text gave
    before, and the word after it follows it nowhere else: what follows is no part of the name."""
    n = len(d.norm)
    if p + 2 >= n or not d.norm[p + 2].isalpha():
        return False
    pair, nxt = (d.norm[p], d.norm[p + 1]), d.norm[p + 2]
    if nxt in NAME_LINKS or nxt in d.lex.given_names or nxt in ("الله", "الدين"):
        return False
    before = itertools.chain((e.name_norm for e in d.seen_names() if e.type == "person" and e.pos < p)
                             if seen else (), names)
    if not any(len(x) >= 3 and x[-2:] == pair for x in before):
        return False
    return not any(q != p and q + 2 < n and d.norm[q + 1] == pair[1] and d.norm[q + 2] == nxt
                   for q in d.positions(pair[0]))


def _place_complement(d: "_Doc", j: int) -> int:
    """Past an organization's place or leader when they follow its name at j: في إسبانيا (a
    country or capital), بقيادة السعودية / بقيادة الولايات المتحدة (one or two words)."""
    n = len(d.norm)
    if j + 2 < n and d.norm[j] == "في" and (d.norm[j + 1], d.norm[j + 2]) in TWO_WORD_PLACES:
        return j + 3   # السفارة الروسية في الولايات المتحدة
    if j + 1 < n and d.norm[j] == "في" and d.norm[j + 1] in d.lex.places:
        return j + 2
    if j + 1 < n and d.norm[j - 1] in ("عام", "العام") and d.norm[j] in d.lex.places:
        return j + 1   # مكتب مدعي عام باريس: the office of that city
    if j + 2 < n and d.norm[j] == "في" and d.norm[j + 1] in d.lex.organizations and not d.norm[j + 1].startswith("ال") \
            and (d.norm[j + 2] in d.lex.organizations or d.norm[j + 2] in d.lex.nationalities):
        k = j + 2
        while k < n and k - j <= 5 and d.norm[k].startswith("ال") and d.norm[k].isalpha():
            k += 1
        return k   # إدارة السفر في وزارة الخارجية الأسترالية: a body within a larger one
    if j + 1 < n and d.norm[j] == "بقياده" and d.norm[j + 1].isalpha():
        k = j + 2
        if k < n and d.norm[k].startswith("ال") and d.norm[k] not in d.lex.places and d.norm[j + 1].startswith("ال") \
                and d.lex.cue(d.norm[k]) is None:
            k += 1   # بقيادة الولايات المتحدة
        return k
    return j


def _naming_window(d: "_Doc", j: int, para: int) -> int:
    """End of the words from j that may hold a name: three, one more per link word (إبراهيم آل
    مسفر الألمعي، أحمد بن محمد آل خليفة), within paragraph ``para`` (where the naming began, its
    title included), up to a word that ends namings."""
    n = len(d.norm)
    most = min(5, 3 + sum(w in NAME_LINKS for w in d.norm[j + 1:j + 4]))
    k = j
    while k < n and k - j < most and d.para_of[k] == para and d.norm[k].isalpha() and not _ends_name(d, k):
        k += 1
    while k < n and k - j < 8 and k > j and d.norm[k - 1] in NAME_LINKS and d.para_of[k] == para \
            and d.norm[k].isalpha() and not _ends_name(d, k):
        k += 1   # حمد بن عبد الله بن جاسم: never end on a link word
    return k


def _ala_complement(d: "_Doc", j: int) -> bool:
    """على at j completes a body's verbal noun (هيئة الإشراف على البنوك، لجنة التحفظ على أموال
    الإرهابيين): the naming goes on through it."""
    if not (1 < j < len(d.norm) - 1 and d.norm[j] == "علي" and d.texts[j].endswith("ى")
            and d.norm[j + 1].isalpha() and d.norm[j + 1] not in FUNCTION):
        return False
    w = d.norm[j - 1][1:] if d.norm[j - 1].startswith("وال") else d.norm[j - 1]
    for k in range(j - 2, max(d.sent_begin(j), j - 8) - 1, -1):
        c = d.cue_at(k)
        if c is not None and c[0].part == "verb" and (c[0].prep == "علي" or c[0].lemma == "اكد"):
            return False   # وأكدت هيئة الرقابة على ضرورة: على is the verb's (أكد على), not the naming's
    core = w[2:]
    return w.startswith("ال") and (masdar_like(w) or len(core) == 4 and core[0] == "ت"   # الإشراف، التحفظ
                                    or len(core) == 5 and core[2] == "ا" and core.endswith("ه"))   # الرقابة


def _comma_titles(d: "_Doc", end: int) -> list[str]:
    """The words of a title a comma sets right after a naming that ends at ``end`` (ساليل شيتي،
    الأمين العام للمنظمة): up to six words, to the complementizer; none when no title opens them."""
    n = len(d.norm)
    after: list[str] = []
    if end + 1 < n and end > 0 and d.is_comma(end) and d.para_of[end] == d.para_of[end - 1]:
        k = end + 1
        while k < n and k - end <= 6 and d.norm[k].isalpha() and not d.comp_len(k):
            after.append(d.norm[k])
            k += 1
        if not after or not is_title(after[0], d.lex):
            after = []
    return after


def _apposed_titles(d: "_Doc", e: _Entity) -> None:
    """Titles a comma sets beside a naming: كيم أو-كييوم، المتحدث باسم الرئيس / وزير المالية،
    الشيخ أحمد بن محمد آل خليفة، — so that a later المتحدث or الوزير finds the person."""
    lex = d.lex
    n = len(d.norm)
    end = e.pos + len(e.name_norm)
    while end < n and d.toks[end].text in JOINERS or end < n and end + 1 < n and d.norm[end].isalpha() \
            and d.toks[end - 1].text in JOINERS:
        end += 1   # (أو-كييوم: the words a naming's hyphens join)
    after = _comma_titles(d, end)
    if not after and end + 1 < n and len(e.name_norm) >= 2 and d.norm[end].isalpha() and not d.norm[end].startswith("ال") \
            and is_title(d.norm[end], lex) and e.begin < e.pos and d.norm[e.begin] in lex.titles:
        # الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي: an honorific, the name, and its office in
        # construct right after it, no comma between
        k = end
        while k < n and k - end <= 4 and d.norm[k].isalpha() and not d.comp_len(k) and d.cue_at(k) is None \
                and (k == end or d.norm[k].startswith("ال") or d.norm[k] in lex.places or d.norm[k - 1] in lex.titles):
            after.append(d.norm[k])
            k += 1
    before: list[str] = []
    k = e.begin - 1
    while k >= 0 and d.norm[k] in lex.titles and d.norm[k].startswith("ال"):
        k -= 1   # الشيخ، الدكتور
    if k >= 1 and d.is_comma(k) and all(d.norm[x] in lex.titles and d.norm[x].startswith("ال")
                                        for x in range(e.begin, e.pos)):
        x = k - 1
        while x >= 0 and k - x <= 6 and d.norm[x].isalpha() and d.para_of[x] == d.para_of[e.pos] \
                and not is_title(d.norm[x], lex):
            x -= 1
        if x >= 0 and k - x <= 6 and is_title(d.norm[x], lex):
            before = d.norm[x:k]
    for w in after + before:
        if w in lex.titles or w in lex.nationalities:
            e.heads.add(_bare(w))


def _present_verb(w: str) -> bool:
    """Shaped like a third-person masculine present verb (يلغي، يختلف، يقضي): ي and three to five
    letters. Surnames take this shape too (يلدريم، يتكين), so callers ask for an object after it;
    ت-forms are left out (ترامب، تيلرسون)."""
    return w[:1] == "ي" and 3 <= len(w) <= 6 and w.isalpha()


def _with_noun(t: str) -> bool:
    """ب and a plural or a noun with a pronoun, as written (بقرارات، بتعليقاته): never a name's
    last word (not بركات، بارنييه، بوتفليقة، باسمه)."""
    return t[:1] == "ب" and not t.startswith(("بو", "باسم")) and (
        t.endswith("ات") and len(t) >= 6 or t.endswith(("ه", "ها", "هم")) and len(t) >= 5
        and not t.endswith(("يه", "زاده")))   # (nor بارتشيزاده، a Persian family name in زاده)


# Days and time words after a name: when it spoke, not its family (محمود عباس الاثنين)
# Months (Gregorian and Levantine): في أبريل is a time, not a place after an institution.
MONTHS = frozenset("يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار "
                   "نيسان ايار حزيران تموز اب ايلول تشرين".split())
_TIME_WORDS = frozenset("اليوم السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه الماضي المقبل "
                        "الحالي الجاري".split())


def _object_like(w: str) -> bool:
    """What follows a verb rather than a surname: a definite noun, an adverb in ـا (مؤخرا), a
    complementizer or a preposition that a verb governs (not في or من: مراد يتكين في افتتاحية)."""
    return w.startswith("ال") and len(w) > 3 or w.endswith("ا") and len(w) > 4 \
        or w in ("ان", "انه", "بان", "مع", "علي", "الي", "عن") or w[:1] == "ب" and len(w) > 4


def _verb_like(w: str, future_only: bool = False) -> bool:
    """A present or future verb form (يزور، فسيكون، ستعقد): never the start of a name."""
    w2 = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    future = w2[:2] in ("سي", "ست", "سن") and len(w2) >= 5
    return future if future_only else future or (w2[:1] in "يت" and len(w2) >= 4)


def _ends_name(d: "_Doc", k: int, org: bool = False) -> bool:
    """A word that cannot continue a naming: a cue, a stop word, a pronoun suffix (إضرابه), a
    preposition joined to a noun (بقرارات، بالقرار) or to a medium (لفرانس برس)."""
    w, t = d.norm[k], d.toks[k].text
    if w[:1] == "ل" and (w[1:] in d.lex.org_names_by_first or w[1:] in d.lex.organizations):
        return True
    if w[:1] == "ب" and len(w) > 4 and (w.startswith("بال") or w.endswith(("ات", "ه")) or w[:2] == "بت" and masdar_like(w)) \
            and w not in d.lex.given_names and not (
            w.startswith("بال") and k > 0 and d.norm[k - 1] in d.lex.given_names and k + 1 < len(d.norm)
            and not d.norm[k + 1].isalpha() and d.norm[k + 1] not in JOINERS and not t.endswith(("ه", "ها", "هم"))):
        return True   # (بتعويض: ب and a verbal noun; but ماريو بالوتيلي، a family name closed by a comma)
    if (w[:2] == "لت" and len(w) >= 5 or w[:1] == "ل" and d.lex.cue(w[1:]) is not None) and w not in d.lex.given_names:
        return True   # هبة عبدالغني لتؤكد: ل and a verb (not ليليان)
    if d.comp_len(k) or w in ("لكن", "ولكن"):
        return True   # الوزير بأن ...، خالد عبد الهادي لكن: the complementizer or "but" ends any naming
    if d.lex.cue(w) is not None or w in FUNCTION and not (
            w == "علي" and t.endswith("ي") and k > 0 and d.norm[k - 1] in NAME_LINKS):
        return True   # (علي after بن is the name: بن علي يلدريم; else it may be على, the preposition)
    if k > 0 and d.norm[k - 1] in NAME_LINKS or w in d.lex.given_names:
        return False   # آل خليفة، أبو هريرة: the family after its link word; جوزيه، طه: a name in ه
    if w.startswith(("ال", "لل")) and t.endswith("ه") and not t.endswith(("ته", "ها", "هم")):
        return False   # للترفيه، الوجيه: the article leaves no room for a pronoun
    return len(t) > 3 and (t.endswith(("ه", "اً", "ها", "هم", "هما", "هن", "كم", "نا"))
                           or (t.endswith("ة") and len(t) > 4 and not org))   # (للسلامة الجوية: in an organization's name)


def _transliterated(w: str) -> str:
    """A long foreign name without its written vowels (فالفيردي، فلفيردي -> فلفرد), the way two
    outlets may spell it; a shorter or Arabic (ال) word stays itself (سليمان is not سلمان)."""
    if len(w) < 7 or w.startswith("ال") or not w.isalpha():
        return w
    return w[0] + "".join(c for c in w[1:] if c not in "اوي")


def _same_name(en: tuple[str, ...], mn: tuple[str, ...]) -> bool:
    """The same last word (surname), or one naming contained in the other."""
    if not en or not mn:
        return False
    if en[-1] != mn[-1] and _transliterated(en[-1]) == _transliterated(mn[-1]):
        en = en[:-1] + mn[-1:]   # فلفيردي and فالفيردي: one foreign surname spelled two ways
    if en[-1] == mn[-1]:
        # هبة عبدالغني and منى عبدالغني: one family name, two people; so are مارين لوبان and جان
        # ماري لوبان (the shorter naming's given names must be the longer one's)
        short, long_ = (mn, en) if len(mn) <= len(en) else (en, mn)
        for p, w in enumerate(short[1:-1], 1):
            if w in ("بن", "بنت", "ابن") and not any(long_[j:j + 3] == short[p - 1:p + 2]
                                                     for j in range(len(long_) - 2)):
                return False   # عبدالعزيز بن سعود is not سلمان بن عبدالعزيز آل سعود: a son names his father
        return len(short) < 2 or all(w in long_ for w in short[:-1])
    if len(mn) == 1 and len(en) > 1 and en[0] == mn[0]:
        return True   # a first name alone (سارة for سارة شعراوي)
    short, long_ = (mn, en) if len(mn) <= len(en) else (en, mn)
    k = len(short)
    return any(long_[j:j + k] == short for j in range(len(long_) - k + 1))


def _indefinite_end(d: "_Doc", k: int) -> int:
    """End of an indefinite source's naming from its head at k: its adjectives (دبلوماسي تركي،
    مقربا)، then complements in من/في/بشأن with their genitives and adjectives (من معهد أبحاث
    السرطان في لندن، من وزارة الشباب والرياضة), up to a verb, a complementizer, punctuation, or
    a definite word right after the adjectives (مصدر دبلوماسي تركي | الاتهامات: the object)."""
    lex = d.lex
    stop = d.para_end(k)
    accusative = d.texts[k].endswith(("ا", "اً"))
    j = k + 1

    def plain(x: int) -> bool:
        w = d.norm[x]
        return w.isalpha() and not d.comp_len(x) and d.cue_at(x) is None \
            and not (_verb_like(w) and w not in lex.nationalities and not w.endswith(("ي", "يه"))) \
            and not d.in_quote[x] and (w not in FUNCTION or w in ("من", "في"))

    # adjectives of the head, and ذا/ذو + its noun (مصدراً ذا صلة بالملف)
    while j < stop and plain(j) and not d.norm[j].startswith("ال") and d.norm[j] not in ("من", "في"):
        w = d.norm[j]
        if w in ("ذا", "ذو", "ذات") and j + 1 < stop and d.norm[j + 1].isalpha():
            j += 2
            while j < stop and d.norm[j][:1] == "ب" and d.norm[j][1:3] == "ال":
                j += 1   # ذا صلة بالملف
            continue
        if not (w in lex.nationalities or w.endswith(("ي", "يه", "يون", "يين")) or accusative and d.texts[j].endswith(
                ("ا", "اً"))):
            break
        j += 1
    # complements: a preposition, its object, the object's genitives and adjectives
    while j + 1 < stop and d.norm[j] in ("من", "في", "بشان") and plain(j + 1):
        j += 2
        if j < stop and plain(j) and not d.norm[j].startswith(("ال", "وال")) and d.norm[j] not in ("من", "في") \
                and j + 1 < stop and d.norm[j + 1].startswith("ال") and not d.norm[j - 1].startswith("ال"):
            j += 1   # معهد أبحاث السرطان: an indefinite construct and its genitive
        while j < stop and plain(j) and (d.norm[j].startswith(("ال", "وال")) or d.norm[j] in lex.nationalities):
            j += 1
    return j


# Heads of unnamed sources that a definite form refers back to (المصدر، الباحثون، الخبراء).
_GENERIC_SOURCES = frozenset("مصدر مصادر مسؤول مسؤولون مسؤولين خبير خبراء باحث باحثون باحثين محلل محللون "
                             "محللين شاهد شهود ناشط ناشطون ناشطين مراقب مراقبون مراقبين دبلوماسي دبلوماسيون "
                             "دبلوماسيين علماء عالم اطباء طبيب".split())
# Words that describe a body, not a person, before a nationality (النظام الكوري الشمالي).
_BODIES = frozenset("نظام جانب طرف شعب اعلام قوات جيش حكومه دوله سلطات".split())
# "Another", "a second": a source set apart from the one before (مسؤول ثان بالبيت الأبيض).
_ANOTHER = frozenset("ثان ثاني ثانيه اخر اخري ثالث ثالثه".split())


def _of_a_proper_name(m: _Mention, lex: "Lexicons") -> bool:
    """A title in construct with a place (طبيب منتخب أوروغواي، سفير السويد): definite by what it
    is of, though no word of it takes ال."""
    words = [w for w in m.norm if w.isalpha()]
    return 2 <= len(words) <= 4 and is_title(words[0], lex) and words[-1] in lex.places \
        and not any(w.startswith("ال") for w in words)


def _indefinite(m: _Mention, lex: "Lexicons") -> bool:
    """A description with no definite word (up to في/من) whose complement, if any, is a common
    noun: مدير صندوق في دبي, متعامل في أبوظبي; not وزير الخارجية nor أمير جازان (a proper name)."""
    words = []
    for w in m.norm:
        if w in ("في", "من", "ب", "عن") or not w.isalpha():
            break
        if w.startswith(("ال", "لل")) or w in FUNCTION:
            return False
        words.append(w)
    if len(words) < 2:
        return bool(words)
    if words[-1] in lex.places:
        return False   # طبيب منتخب أوروغواي: the team of a country, one doctor
    second = words[1]
    return second in lex.org_heads or second in lex.groups or second in lex.titles or second in lex.documents


# Titles that name no particular office: المسؤول الإيراني is whichever Iranian official spoke.
# A realm named by its kind (المملكة، السلطنة) -> the states it may stand for, normalized
_REALMS = {"المملكه": frozenset("السعوديه الاردن المغرب البحرين بريطانيا اسبانيا هولندا بلجيكا".split()),
           "السلطنه": frozenset(["عمان"])}
# Titles that name an office by someone else's (نظيره الفرنسي: the French counterpart)
_COUNTERPARTS = frozenset("نظير نظيره نظيرته نظيرها".split())
_QUOTE_MARKS = frozenset('"«»“”„‹›')
# A sentence that opens so refers back to the subject of the one before (لكنها قالت).
_BUT_HE = frozenset("لكنه لكنها ولكنه ولكنها لكنهم ولكنهم".split())
# Complementizers: where a report starts after its speaker.
_THAT = frozenset("ان انه انها انهم بان بانه بانها الي".split())
# Offices whose holder the text calls by the office (الرئيس، الوزير): a person it names with one
# is not the one a description of another office (المدافع، المستشار) refers to.
_HIGH_OFFICES = frozenset("رئيس وزير محافظ ملك امير زعيم سلطان".split())
# Honorifics, no office (الشيخ محمد بن راشد، الدكتور، المهندس).
_HONORIFICS = frozenset("شيخ شيخه دكتور دكتوره سيد سيده استاذ استاذه مهندس مهندسه حاج".split())
# Reporting verbs that go on with the last speaker's words (وأضاف، وتابع، واستطرد).
_CONTINUING = frozenset("اضاف تابع استطرد واصل استدرك اردف".split())
# Verbs that issue, publish or deliver a statement, before its issuer (أصدرت الوزارة بيانا، نشر
# المركز تقريرا، ألقى كلمة، عقد مؤتمرا).
ISSUING = frozenset("اصدر اصدرت نشر نشرت وزع وزعت اعد اعدت بث بثت وجه وجهت كتب كتبت القي القت ادلي ادلت "
                    "عقد عقدت اجري اجرت اطلق اطلقت".split())
# Envoys of a state, one office however the text calls it (السفير، المندوب، المراقب الدائم لدى الأمم المتحدة).
_ENVOY_OFFICES = frozenset("سفير مندوب ممثل مبعوث مراقب".split())
# ... and offices that speak for another (a spokesman is not the principal just quoted).
_SPOKESMEN = frozenset("متحدث ناطق".split())
# Particles a present verb follows (لم تأمر، لن يعود): a given name spelled like the verb is not one there.
_VERB_PARTICLES = frozenset("لم لن لا قد سوف كي لكي ولم ولن ولا وقد فلم فلن".split())
# Adjectives that leave a description indefinite (مسؤول كبير، مصدر مطلع): someone new, not the
# person being quoted.
_INDEFINITE_ADJECTIVES = frozenset("كبير كبيره بارز بارزه رفيع رفيعه سابق سابقه اخر اخري ثان ثاني ثانيه اول "
                                   "اوليه محلي محليه دولي دوليه رسمي رسميه حكومي حكوميه مطلع مطلعه مقرب مقربه "
                                   "امني امنيه عسكري عسكريه دبلوماسي دبلوماسيه".split())
# ... of which those that only say what kind of source it is (مسؤول أمني مطلع): no name.
_SOURCE_ADJECTIVES = frozenset("امني امنيه عسكري عسكريه دبلوماسي دبلوماسيه مطلع مطلعه".split())
_SAME = frozenset("ذات ذاته ذاتها ذاتهم ذاتهما نفس نفسه نفسها نفسهم نفسهما".split())
_GENERIC_TITLES = frozenset("مسؤول مسؤوله".split())
# Words for whoever holds one of these offices (الدبلوماسي for an ambassador, envoy or consul).
_COVERS = {w: frozenset("سفير سفيره مندوب مندوبه قنصل قنصله مبعوث مبعوثه دبلوماسي دبلوماسيه".split())
           for w in ("دبلوماسي", "دبلوماسيه")}
# Nationality adjectives that are also an office's domain (وزير المالية: finance, not Malian).
_NOT_NATIONS = frozenset("مالي ماليه دولي دوليه".split())   # (اللاعب الدولي: capped, of no nation)


def _own_nation(m: "_Mention", lex: "Lexicons") -> Optional[str]:
    """The nationality a description gives its office right after it (الرئيس الأميركي، رئيس
    الوزراء الإسرائيلي), not its complement's (اللاعب السابق لبرشلونة الإسباني)."""
    words = [w for w in m.norm if w.isalpha()]
    if not words or not is_title(words[0], lex):
        return None
    for w in words[1:4]:
        if w in lex.nationalities and w.startswith("ال") and _bare(w) not in _NOT_NATIONS:
            return _bare(w)
        if not w.startswith("ال") or w[:2] == "لل":
            return None
    return None


def _document_adjective(w: str, lex: "Lexicons", definite: bool) -> bool:
    """An adjective that says what kind of document it is, not whose (دراسة بريطانية حديثة،
    الدراسة الجديدة، دراسة طبية موسعة; a nisba only after an indefinite document)."""
    b = _bare(w)
    return w.isalpha() and (b in _DOCUMENT_ADJECTIVES or not definite and (
        w in lex.nationalities or b.endswith("يه") and len(b) >= 4 and b not in lex.organizations))


_DOCUMENT_ADJECTIVES = frozenset("حديث حديثه جديد جديده اخير اخيره موسع موسعه مفصل مفصله سابق سابقه".split())


def _nations_clash(m: "_Mention", b: set[str], lex: "Lexicons") -> bool:
    """A description's own nationality is none of a person's (الرئيس الأميركي, الرئيس الروسي
    فلاديمير بوتين): not one person."""
    own = _own_nation(m, lex)
    nb = set(_spelling(h for h in b if h in lex.nationalities and h not in _NOT_NATIONS and h not in lex.titles))
    return own is not None and bool(nb) and _spelling([own])[0] not in nb   # (الأمريكي = الأميركي)


def _is_place(e: _Entity, lex: "Lexicons") -> bool:
    """A state named by its country or capital (تركيا، موسكو)."""
    return e.type == "organization" and bool(e.name_norm) and e.name_norm[0] in lex.places


def _grammatical_gender(e: _Entity, lex: "Lexicons") -> Optional[str]:
    """The gender a verb takes with an organization or document: its head noun's (وكالة، وزارة،
    رسالة and plurals in ات are feminine; الجيش، المكتب، بيان masculine); None when no head word
    is known."""
    if e.type not in ("organization", "document"):
        return None
    if e.name_norm and e.name_norm[0] in lex.places:
        return "female"   # وقالت تركيا، أعلنت موسكو: countries and capitals take the feminine
    for w in e.name_norm:
        head = _unlam(w, lex)
        if head in lex.organizations or head in lex.documents or _bare(head) in lex.organizations \
                or _bare(head) in lex.documents:
            return "female" if head.endswith(("ه", "ات")) else "male"   # (and plurals: قالت القوات، الميليشيات)
        if w not in FUNCTION:
            return None
    return None


def _agrees(e: _Entity, feminine: Optional[bool], lex: "Lexicons") -> bool:
    """A cue of that gender (None: unmarked) can have the entity as its subject: persons by sex,
    organizations and documents by their head noun; unknown genders agree with anything."""
    g = e.gender if e.type == "person" else _grammatical_gender(e, lex)
    return feminine is None or g is None or g == ("female" if feminine else "male")


def _org_head_match(e: _Entity, m: _Mention) -> bool:
    head = _bare(m.norm[0])
    return any(_bare(w) == head or w == head for w in e.name_norm)


# Documents no one source issues: reports and findings in the plural, agreements.
_SELF_SPEAKING = frozenset("تقارير انباء اتفاق اتفاقيه اتفاقات تحقيقات احصاءات احصائيات تقديرات".split())
# Studies, which speak for the researchers who made them, and the words for researchers.
_STUDIES = frozenset("دراسه بحث مسح".split())
_RESEARCHERS = ("باحث", "علماء", "بحثي")
# "In turn", "also" and the like between a verb and the object (وأصدر النادي بدوره بيانا).
_IN_TURN = frozenset("بدوره بدورها بدورهم ايضا كذلك رسميا مجددا".split())
# Words that make an office someone's deputy or aide (نائب الرئيس، مساعد الوزير، وكيل الوزارة).
_DEPUTIES = frozenset("نائب مساعد وكيل".split())


class _Resolver:
    """Links mentions to entities in text order and keeps the current speaker."""

    def __init__(self, d: "_Doc") -> None:
        self.d = d
        self.entities: list[_Entity] = []
        self.seen = d.seen_names()
        self.current: Optional[_Entity] = None
        self.recent: list[_Entity] = []           # speakers and subjects, in text order
        self.pending: Optional[_Entity] = None    # a naming the narrative made a subject since
        self.headlines: set[int] = {0}            # paragraphs that head what follows (the title, subheads)
        self.said_in: dict[str, tuple[int, _Entity]] = {}   # document word -> (sentence, who spoke in it)
        self.continuing = False   # the mention being linked is the subject of وأضاف، وتابع
        self.feminine: Optional[bool] = None      # the form of the cue whose speaker is being linked
        self.reported: set[int] = set()           # tokens of the quotes' contents (what is said, not who says it)

    def _add(self, e: _Entity) -> _Entity:
        e.id = f"s{len(self.entities) + 1}"
        self.entities.append(e)
        return e

    def _by_name(self, name: str, norm: tuple[str, ...], kind: str, described: bool = False) -> _Entity:
        """The entity already named exactly so, else a new one."""
        return self._find(lambda x: x.name_norm == norm, self.entities) \
            or self._add(_Entity("", name, norm, kind, described=described))

    def _promote(self, seen: _Entity) -> _Entity:
        e = _Entity("", seen.name, seen.name_norm, seen.type, list(seen.titles), set(seen.heads))
        return self._add(e)

    def _entity_of(self, s: _Entity) -> _Entity:
        """The person a naming in the text names: their entity, made from the naming when new."""
        return self._find(lambda x: _same_name(x.name_norm, s.name_norm), self.entities) or self._promote(s)

    def _find(self, pred: Any, pool: list[_Entity]) -> Optional[_Entity]:
        for e in reversed(pool):
            if pred(e):
                return e
        return None

    def _introduction(self, namings: list[_Entity]) -> Optional[_Entity]:
        """Of the namings of one person, the one that introduces them: the first that starts with
        a given name (البرتغالي جوزيه مورينيو, not مدربه الأسبق مورينيو بقصر النظر, a later naming
        run on into its object), else the latest; a headline's only when the body has none."""
        given = self.d.lex.given_names
        body = [x for x in namings if self.d.para_of[x.pos] > 0] or namings
        return next((x for x in body if x.name_norm[0] in given), body[-1] if body else None)

    def _most_named(self, namings: list[_Entity]) -> list[_Entity]:
        """Of the namings a surname may stand for, those of the person the text names most (ترامب
        for دونالد ترامب, not ميلانيا ترامب named once), the first of them on a tie."""
        given = self.d.lex.given_names
        persons = [x for x in namings if x.type == "person" and len(x.name_norm) > 1 and x.name_norm[0] in given]
        if len({x.name_norm[0] for x in persons}) < 2:
            return namings
        count: dict[str, int] = {}
        for x in persons:
            count[x.name_norm[0]] = count.get(x.name_norm[0], 0) + 1
        best = max(count.values())
        first = next(x.name_norm[0] for x in persons if count[x.name_norm[0]] == best)
        return [x for x in persons if x.name_norm[0] == first]

    def link(self, m: _Mention) -> _Entity:
        """The entity a mention refers to (created when new)."""
        ents = self.entities
        words = tuple(w for w in m.norm if w.isalpha())
        named = next((x for x in self.seen if x.alias and x.alias == words), None) if words else None
        if named is not None:
            # وذكرت "يوروكونترول": the short name the text gave in brackets after the full one
            return self._find(lambda x: x.name_norm == named.name_norm, ents) or self._promote(named)
        if words and self.d.lex.aliases and m.type in ("organization", "person", "group", "unknown"):
            bare = tuple(w[1:] if w[:1] in "وف" and w[1:] in self.d.lex.organizations else w for w in words)
            fulls = [full for short, full in self.d.lex.aliases if short == bare or short == words]
            if fulls:
                # وقال الناتو after حلف شمال الأطلسي: the body the article names in full (and maybe by
                # its short name in marks after it: وكالة الأنباء السعودية "واس")
                def full_named(x: _Entity) -> bool:
                    alpha = tuple(w for w in x.name_norm if w.isalpha())
                    return any(alpha in (f, f + bare, f + words) or alpha[:len(f)] == f and len(alpha) - len(f) <= 2
                               and all(w.startswith("ال") and (w in self.d.lex.nationalities or w.endswith("يه"))
                                       for w in alpha[len(f):]) for f in fulls)
                    # (وكالة الأنباء السورية الرسمية: the full naming and its adjectives)
                e = self._find(full_named, ents)
                if e is None:
                    s = self._find(full_named, self.seen)
                    if s is not None:
                        e = self._find(lambda x: _spelling(x.name_norm) == _spelling(s.name_norm), ents) \
                            or self._promote(s)
                if e is not None:
                    return e
        if words in (("وهم",), ("هم",)):
            # وهم يهتفون، وهم لفتوا: the people last named in the plural, in this sentence or the one before
            d = self.d
            first = d.sent_begin(d.sent_begin(m.a) - 1) if d.sent_begin(m.a) > 0 else 0
            for k in range(m.a - 1, first - 1, -1):
                w = d.norm[k]
                if d.in_quote[k] or not w.isalpha() or w in FUNCTION or d.cue_at(k) is not None:
                    continue
                plural = len(w) >= 5 and w.endswith(("ون", "ين")) and not (w[:1] in "يت" and w.endswith("ون")) \
                    and _bare(w) not in d.lex.organizations and w not in d.lex.places \
                    and _bare(w) not in _NO_PLURAL and w not in d.lex.given_names
                if plural or _bare(w) in d.lex.groups and _bare(w) not in _ONE_OF_A_GROUP:
                    y = k + 1
                    while y < m.a and y - k < 3 and d.norm[y].startswith("ال") and d.norm[y].isalpha() \
                            and (d.norm[y] in d.lex.nationalities or d.norm[y].endswith(("ون", "ين"))):
                        y += 1
                    norm = tuple(d.norm[k:y])
                    return self._find(lambda x: _spelling(x.name_norm) == _spelling(norm), ents) or self._add(
                        _Entity("", d.text[d.toks[k].start:d.toks[y - 1].end], norm, "group", described=True))
        if words in (("وهي",), ("هي",), ("وهو",), ("هو",)):
            # وهي تؤكد أنها: the person last named before the pronoun (a woman for هي), within two sentences
            d = self.d
            fem = words[0].endswith("ي")
            near = [x for x in self.seen if x.type == "person" and x.pos < m.a
                    and d.sent_of[m.a] - d.sent_of[x.pos] <= 1 and (x.gender != "male" if fem else x.gender != "female")]
            if near:
                s = max(near, key=lambda x: x.pos)
                return self._entity_of(s)
            for k in range(m.a - 1, max(d.sent_begin(m.a) - 1, m.a - 12), -1):
                # وظهر صوت كوهين في التسجيل وهو يقول: a person the text named in full, by surname
                e = self._find(lambda x: x.type == "person" and len(x.name_norm) >= 2 and x.name_norm[-1] == d.norm[k]
                               and (x.gender != "male" if fem else x.gender != "female"), ents)
                if e is not None:
                    return e
        if len(words) == 1 and not words[0].startswith("ال") and words[0] not in self.d.lex.given_names \
                and words[0] not in self.d.known_names() and words[0] not in self.d.lex.places:
            # بلومبرغ after وكالة بلومبرغ الاقتصادية: the organization's own name, said alone
            def named_in(x: _Entity) -> bool:
                return x.type == "organization" and words[0] in x.name_norm[1:4] \
                    and _unlam(x.name_norm[0], self.d.lex) in self.d.lex.organizations

            e = self._find(named_in, ents)
            if e is not None:
                return e
            org = next((x for x in self.seen if named_in(x)), None)
            if org is not None:
                return self._promote(org)
        if len(words) >= 2 and m.type in ("person", "unknown", "organization"):
            # وذكرت "صنداي تايمز" after صحيفة "صنداي تايمز" البريطانية: the name in marks, said alone
            def marked(x: _Entity) -> bool:
                return x.type == "organization" and len(x.name_norm) > len(words) + 2 \
                    and _in_marks(x.name_norm) == words

            e = self._find(marked, ents)
            if e is None:
                s = next((x for x in self.seen if marked(x)), None)
                if s is not None:
                    e = self._find(lambda x: _spelling(x.name_norm) == _spelling(s.name_norm), ents) or self._promote(s)
            if e is not None:
                return e
        if m.type == "person" and not m.name_toks and len(words) == 1 and words[0].startswith("ال") \
                and words[0] in self.d.surnames() and words[0] not in self.d.lex.titles:
            # وقال السويدي after سيف السويدي: a family name that reads as a nationality (not
            # المدرب: a title is whoever holds it)
            e = self._find(lambda e: e.type == "person" and not e.described and e.name_norm[-1:] == words, ents)
            if e is not None:
                return e
            s = self._introduction([x for x in self.seen if x.type == "person" and x.name_norm[-1:] == words])
            if s is not None:
                return self._promote(s)
        if m.type == "person" and m.name_toks:
            e = self._find(lambda e: e.type == "person" and not e.described and _same_name(e.name_norm, m.name_toks),
                           ents)
            if e is None and m.heads:
                # وزير المالية اللبناني: ... (a subhead) then قال وزير المالية اللبناني علي حسن خليل:
                # the person the subhead named by title alone
                e = self._find(lambda e: e.described and e.headline and e.heads and e.heads <= m.heads
                               and not e.mentions[-1].start > self.d.toks[m.a].start, ents)
                if e is not None:
                    e.described, e.headline = False, False
                    e.name, e.name_norm = m.name, m.name_toks
            cur = self.current
            if e is None and self.continuing and cur is not None and cur.type == "person" and cur.described \
                    and (len(m.name_toks) >= 2 or m.name_toks[0] in self.d.lex.given_names) \
                    and not (m.gender == "female" and cur.gender == "male") \
                    and not ({h for h in m.heads if h in self.d.lex.titles}
                             and {h for h in cur.heads if h in self.d.lex.titles}
                             and not m.heads & cur.heads & self.d.lex.titles) \
                    and not any(_same_name(x.name_norm, m.name_toks) for x in self.entities if x is not cur):
                # قال الرئيس القبرصي إن ... وأضاف نيكوس أناستاسياديس: the one described goes on, named
                # (not قال المتحدث باسم الجيش ... وأضاف مراسل بي بي سي: another office, another man)
                e = cur
                e.described = False
                e.name, e.name_norm = m.name, m.name_toks
            if e is None:
                s = self._introduction(self._most_named([x for x in self.seen if _same_name(x.name_norm, m.name_toks)]))
                e = self._promote(s) if s is not None else self._add(_Entity("", m.name, m.name_toks, "person"))
            for seen in self.seen:
                if _same_name(seen.name_norm, e.name_norm):
                    e.heads |= seen.heads   # what the text says of the person where it names them
            if len(m.name_toks) > len(e.name_norm):
                e.name, e.name_norm = m.name, m.name_toks
            else:
                # the fullest naming of the surname seen anywhere in the text: the first in the
                # body, as an article introduces a person once (a headline's naming may run on
                # into its verb: صلاح يغيب عن أول تمرين)
                s = self._introduction([s for s in self.seen if _same_name(s.name_norm, e.name_norm)
                                        and len(s.name_norm) > len(e.name_norm)])
                if s is not None:
                    e.name, e.name_norm = s.name, s.name_norm
            return e
        # anaphora looks back; a headline may name someone the article introduces later
        headline = self.d.para_of[m.a] in self.headlines
        before = [x for x in self.seen if x.pos < m.a or headline]
        if m.type == "person" and m.heads and (_indefinite(m, self.d.lex) or _ANOTHER & set(m.norm)):
            # مدير صندوق في دبي، متعامل: an indefinite description introduces someone new
            return self._by_name(m.text, tuple(m.norm), "person")
        if m.type == "person" and m.heads:
            # الوزير الروسي، المدرب الألماني: a named entity with those titles, else the current speaker
            def fits(e: _Entity) -> bool:
                return e.type in ("person", "group") and m.heads <= e.heads

            if not any(h in self.d.lex.titles for h in m.heads) and m.head in _BODIES:
                # النظام الكوري الشمالي: a body described by its nationality, no office any person holds
                return self._by_name(m.name, tuple(m.norm), "person", described=True)

            e = self._find(fits, [x for x in ents if x.name_norm]) or None
            if e is None:
                s = self._find(lambda s: m.heads <= s.heads, before)
                if s is not None:
                    e = self._entity_of(s)
            if e is None and m.definite:
                e = self._counterpart(m, before)
            if e is None and (m.definite or _of_a_proper_name(m, self.d.lex)):
                e = self._named_later(m)   # (طبيب منتخب أوروغواي ... then طبيب منتخب أوروغواي ألبرتو بان)
            if e is None and not any(h in self.d.lex.nationalities for h in m.heads):
                e = self._headline_subject(m)
            short = len([w for w in m.norm if w.isalpha()]) == 1 and not any(w in self.d.lex.titles for w in m.norm)
            person = next((x for x in reversed(self.recent[-6:]) if x.type == "person"), None)
            again = person is not None and self._described_again(m, person)
            shared = m.heads & person.heads if person is not None else set()
            if any(h in self.d.lex.titles for h in m.heads):
                shared = {h for h in shared if h in self.d.lex.titles}   # (السفير الفلسطيني: not just a nationality)
            if e is None and self.continuing and person is not None and person is self.current \
                    and (m.definite or any(w.startswith("ال") for w in m.norm[1:3])) \
                    and not person.described and len(person.name_norm) >= 2 and not _ANOTHER & set(m.norm) \
                    and not (m.gender == "female" and person.gender == "male") \
                    and not (m.gender != "female" and person.gender == "female"):
                held = {h for h in person.heads if h in self.d.lex.titles} - _HONORIFICS
                offices = {h for h in m.heads if h in self.d.lex.titles}
                if not held or held & offices:
                    e = person   # وقال الشيخ محمد بن راشد ... وأضاف رئيس مجلس الوزراء الإماراتي: the same man
            if e is None and person is not None and (m.definite and (shared or short) or again) \
                    and not (m.gender == "female" and person.gender == "male") \
                    and not _nations_clash(m, person.heads, self.d.lex):
                e = person   # اللاعب السابق ...، الإسلامي: the person being quoted, described again
            return e or self._add(_Entity("", m.name, tuple(m.norm), "person", described=True,
                                          headline=self.d.para_of[m.a] in self.headlines))
        if m.definite and m.head in _COVERS and self.continuing:
            # قال سفير الإمارات عبيد الزعابي ... وأضاف الدبلوماسي الإماراتي: the office-holder who
            # speaks goes on, described by a word for any holder of his office
            person = self.current
            if person is not None and person.type == "person" and not person.described \
                    and person.heads & _COVERS[m.head] and not any(
                    h in self.d.lex.nationalities and h not in m.heads and h not in _NOT_NATIONS for h in person.heads):
                return person
        if m.definite and m.head in _GENERIC_TITLES and m.heads - _GENERIC_TITLES:
            # المسؤول الإيراني after وزير النقل الإيراني، أصغر فخرية كاشان: the official of that
            # nationality who spoke last
            nat = m.heads - _GENERIC_TITLES

            def official(x: _Entity) -> bool:
                return x.type == "person" and bool(x.name_norm) and nat <= x.heads \
                    and any(h in self.d.lex.titles for h in x.heads)

            e = self._find(official, ents)
            if e is not None:
                return e
            # (التقى وزير المالية البحريني الشيخ أحمد ...، وقال المسؤول البحريني: the one official of
            # that nationality the text named before, though not yet as a speaker)
            # (any other person of that nationality, titled or not, leaves it open)
            natives = [s for s in before if s.type == "person" and nat <= s.heads and not s.described]
            if natives and official(natives[-1]) and all(_same_name(s.name_norm, natives[-1].name_norm) for s in natives):
                return self._entity_of(natives[-1])
            if not natives:
                # وقدم وزير المالية، الشيخ أحمد ...، موضحا ... أوضح المسؤول البحريني: the official being
                # quoted, when the text gives no one of that nationality and him no other
                person = next((x for x in reversed(self.recent[-6:]) if x.type == "person"), None)
                if person is not None and not person.described and any(h in self.d.lex.titles for h in person.heads) \
                        and not any(h in self.d.lex.nationalities and h not in nat and h not in _NOT_NATIONS
                                    for h in person.heads):
                    return person
        if len(m.norm) == 1 and m.norm[0] in _REALMS:
            # وتؤكد المملكة after السعودية: the kingdom (sultanate) the text names most before it
            # (a passing mention of another, وتعتزم بريطانيا, is no antecedent), the latest on a tie
            seen_at: dict[str, list[int]] = {}
            for k in range(m.a):
                if self.d.norm[k] in _REALMS[m.norm[0]]:
                    seen_at.setdefault(self.d.norm[k], []).append(k)
            if seen_at:
                k = max(seen_at.values(), key=lambda ks: (len(ks), ks[-1]))[-1]
                return self._by_name(self.d.texts[k], (self.d.norm[k],), "organization")
        if m.type == "organization" and m.definite and len(m.norm) > 2 and m.norm[1] in ("التابعه", "التابع") \
                and m.norm[0] not in self.d.lex.places:
            # المنظمة التابعة للأمم المتحدة: the organization named before, described by its parent
            e = self._find(lambda x: x.type == "organization" and _org_head_match(x, m), ents)
            if e is not None:
                return e
        if m.type == "organization" and m.definite and len(m.norm) == 2 and m.norm[0] not in self.d.lex.places \
                and (m.norm[1] in self.d.lex.nationalities or m.norm[1].startswith("ال") and m.norm[1].isalpha()
                     and m.norm[1] not in self.d.lex.organizations and m.norm[1] not in self.d.lex.places
                     and (m.norm[1] not in self.d.lex.titles or m.norm[1].endswith(("يه", "ي")))):
            # (a nisba that is also a title, الحقوقية, is the body's adjective after its head)
            # الصحيفة البريطانية after صحيفة "ديلي ميل" البريطانية, المنظمة الخيرية after منظمة "X"
            # الخيرية: the body of that head and nationality (or adjective) named before, by a name of its own
            nat = _bare(m.norm[1])

            def fuller(x: _Entity) -> bool:
                return x.type == "organization" and len(x.name_norm) > 2 and x.pos != m.a \
                    and _bare(x.name_norm[0]) == m.head \
                    and _bare(x.name_norm[(x.name_norm.index("في") if "في" in x.name_norm else len(x.name_norm)) - 1]) == nat
            # (منظمة "رحمة" الخيرية في سوريا: the adjective before its place)
            e = self._find(fuller, ents)
            if e is None:
                s = self._find(fuller, before)
                e = None if s is None else self._find(lambda x: _spelling(x.name_norm) == _spelling(s.name_norm),
                                                      self.entities) or self._promote(s)
            if e is None and m.norm[1] in self.d.lex.nationalities:
                # وقالت الصحيفة الإسبانية after كشفت صحيفة "آس": the one body of that head the text
                # quoted, named without a nationality of its own
                heads = [x for x in ents if x.type == "organization" and x.quotes and x.name_norm
                         and _bare(x.name_norm[0]) == m.head]
                if len(heads) == 1 and not any(w in self.d.lex.nationalities for w in heads[0].name_norm[1:]):
                    e = heads[0]
            if e is None and (m.head in OUTLETS or m.head in _NAMED_BODIES and (
                    m.norm[1] in self.d.lex.nationalities or m.norm[1] in _BODY_KINDS)):
                # وبحسب المجلة الفرنسية after نشرت مجلة "فرانس فوتبول", المنظمة الحقوقية after منظمة
                # "هيومن رايتس ووتش", النادي الإيطالي after فريق يوفنتوس الإيطالي: the one body of that
                # head the text named before by a name of its own (with or without its nationality)
                heads = _HEAD_SYNONYMS.get(m.head, (m.head,))

                def core(x: _Entity) -> tuple[str, ...]:
                    return _spelling(w for w in x.name_norm[1:] if w.isalpha() and w not in self.d.lex.nationalities)[:2]
                named = [x for x in ents + before if x.type == "organization" and len(x.name_norm) > 1
                         and _bare(x.name_norm[0]) in heads and x.pos != m.a and core(x) and (
                             m.head in OUTLETS or not any(w.endswith(("يه", "ي")) or len(w) <= 4 and w[:1] in "يت" for w in core(x)))]
                # (a body's head and an adjective, حكومة ائتلافية, or a verb, شركة تتخذ, is no name of its own)
                if named and len({core(x) for x in named}) == 1 and not (m.norm[1] in self.d.lex.nationalities and any(
                        w in self.d.lex.nationalities and w != m.norm[1] for x in named for w in x.name_norm[1:])):
                    # (not another nationality's paper: الصحيفة الإسبانية after صحيفة "التايمز" البريطانية)
                    e = next((x for x in named if x in ents), None) or self._promote(named[0])
            if e is not None:
                return e
        if m.type == "organization" and m.definite and len(m.norm) == 1 and m.norm[0] not in self.d.lex.places:
            # الوزارة، الشركة: the last organization with that head word, else the last organization
            orgs = [x for x in ents if x.type == "organization" and not _is_place(x, self.d.lex)]
            e = self._find(lambda x: _org_head_match(x, m), orgs)
            if e is None:
                # (the body the word heads, الهيئة العامة للاتصالات, before one it is only part of: موقع الهيئة)
                s = self._find(lambda s: s.type == "organization" and s.name_norm and _bare(s.name_norm[0]) == m.head,
                               before) or self._find(lambda s: s.type == "organization" and _org_head_match(s, m), before)
                # else the last organization that spoke (not one merely named in passing); a body
                # with a name of its own (الكرملين، الإليزيه، الحكومة) is itself
                e = self._promote(s) if s is not None else None if m.norm[0] in self.d.lex.org_proper \
                    or any(k < m.a - 1 and self.d.norm[k + 1].startswith("ال")
                           and self.d.norm[k + 1].endswith(("يه", "ي")) and len(self.d.norm[k + 1]) > 5
                           and self.d.norm[k + 1] not in self.d.lex.nationalities and self.d.norm[k + 1] not in FUNCTION
                           for k in self.d.positions("ال" + m.head)) \
                    else self._find(lambda x: x.quotes > 0 and not (
                        x.name_norm and _bare(_unlam(x.name_norm[0], self.d.lex)) in _FORCES), orgs)
                # (nor when the text named a body by that word before: وحكمت عليها المحكمة المركزية
                # الجنائية ... بحسب بيان المحكمة is that court, not the ministry that spoke last)
                # (not forces, an army or a government, which no other body word names: القوات
                # التركية is no المرصد)
            if e is None and m.norm[0] not in self.d.lex.org_proper:
                # وذكرت المنظمة ... (the next paragraph) قامت منظمة الشرطة الجنائية الدولية: the one body
                # of that head the text names in full just after
                later = [x for x in self.seen if x.type == "organization" and x.pos > m.a and x.name_norm
                         and x.name_norm[0] == m.head and len(x.name_norm) > 1
                         and self.d.para_of[x.pos] - self.d.para_of[m.a] <= 2]
                if later and len({_spelling(x.name_norm) for x in later}) == 1:
                    e = self._promote(later[0])
            return e or self._add(_Entity("", m.name, tuple(m.norm), "organization"))
        if m.type == "document":
            rest = m.a + 1
            made = next((k for k in range(m.a + 1, min(m.b - 1, m.a + 4)) if self.d.norm[k] in PUBLISHED_BY), None)
            if made is not None:
                rest = made + 1   # استطلاع للرأي أجرته المفوضية الأوروبية: who made it speaks
            d = self.d
            x = m.b
            if made is None and x + 3 < len(d.norm) and d.is_comma(x) and d.norm[x + 1] in ("الذي", "التي") \
                    and d.norm[x + 2] in PUBLISHED_BY - _PUBLISHED_IN and d.norm[x + 3].startswith("ال") \
                    and _bare(d.norm[x + 3]) in d.lex.organizations:
                # استطلاع "يوروباروميتر"، الذي تجريه المفوضية الأوروبية: the maker, after the comma
                y = x + 4
                while y < len(d.norm) and y - x < 7 and d.norm[y].startswith(("ال", "لل")) and d.norm[y].isalpha() \
                        and d.norm[y] not in _TIME_WORDS:
                    y += 1
                return self.link(_Mention(d, x + 3, y))
            while rest < m.b and (self.d.norm[rest] in ("صادر", "الصادر", "الصادره", "صادره", "عن", "من", "التابع",
                                                       "التابعه", "تابع", "تابعه", "الذي", "التي", "الرسمي",
                                                       "الرسميه", "الالكتروني", "الالكترونيه", "الخاص", "الخاصه",
                                                       "المنشور", "المنشوره", "منشور", "منشوره", "رسمي",
                                                       "رسميه", "صدر", "صدرت", "جديد", "جديده", "مشترك", "مشتركه",
                                                       "صحفي", "صحافي", "مقتضب", "مكتوب")
                                  or rest > m.a + 1 and self.d.norm[rest - 1] in ("المنشور", "المنشوره", "يوم")
                                  and (self.d.norm[rest] in _TIME_WORDS or self.d.norm[rest] in ("يوم", "امس"))
                                  or rest > m.a and self.d.texts[rest].endswith(("ته", "تها", "ره", "رها", "ها"))
                                  and len(self.d.texts[rest]) > 3 and rest + 1 < m.b):
                rest += 1   # تقرير أعدته مؤسسة رويترز: the verb of the issuer
            if rest + 1 < m.b and self.d.norm[rest] == "علي" and _bare(self.d.norm[rest + 1]) in ("موقع", "صفحه", "حساب"):
                k = rest + 2   # بيان على الموقع الإلكتروني للشركة، على موقع الهيئة: past where it was published, to whose
                while k < m.b and self.d.norm[k].startswith("ال") and self.d.norm[k].isalpha() \
                        and not (k == rest + 2 and not self.d.norm[rest + 1].startswith("ال")):
                    k += 1
                if k < m.b and (self.d.norm[k][:1] == "ل" or k == rest + 2 and self.d.norm[k].startswith("ال")):
                    rest = k
            if rest < m.b and self.d.norm[rest] in ("ل", "لـ"):
                rest += 1   # تقرير لـ"بلومبيرغ"
            if rest < m.b and rest > m.a and (self.d.norm[rest].isalpha() or self.d.is_mark(rest)) \
                    and not self.d.norm[rest] in ("ل",):
                w = self.d.norm[rest]
                # بيان لوزارة الخارجية: the issuer without its ل
                skip = 1 if w[:1] == "ل" and _unlam(w, self.d.lex) != w and self.d.texts[rest][:1] == "ل" else 0
                end = next((k for k in range(rest + 1, m.b) if self.d.norm[k] in PUBLISHED_BY), m.b)
                # (للجيش اليمني: the army, named الجيش اليمني; بيان الناطق ... نشرته وكالة: the issuer, not the medium)
                sub = _Mention(self.d, rest, end, skip)
                if sub.type in ("organization", "group") or (sub.type == "person" and (any(
                        w in self.d.lex.given_names for w in sub.name_toks)
                        or sub.definite and self.d.norm[rest] in self.d.lex.titles)):
                    # (بيان الناطق باسم القوات المسلحة: a titled person's statement)
                    return self.link(sub)   # بيان النادي، تقرير صادر عن الاتحاد: the issuer speaks
            if len(m.norm) == 1 and m.definite and m.head in ("موقع", "صفحه"):
                # الموقع: the news site named before (موقع "تايوان نيوز"), itself a source
                e = self._find(lambda x: bool(x.name_norm) and _bare(x.name_norm[0]) == m.head, ents) \
                    or self._find(lambda x: any(sp.start >= 0 and self.d.text[sp.start:sp.end].startswith(
                        ("موقع", "الموقع", "صفحة", "الصفحة")) for sp in x.mentions), ents)
                return e or self._add(_Entity("", m.name, tuple(m.norm), "unknown"))
            single = len(m.norm) == 1 or len(m.norm) == 2 and m.norm[1] in ("الراي", "للراي") \
                or 1 < len(m.norm) <= 4 and not m.head.endswith("ات") \
                and all(_document_adjective(w, self.d.lex, m.definite) for w in m.norm[1:])
            # (دراسة بريطانية حديثة، الدراسة الجديدة: a document and what kind it is, no issuer of its
            # own; not البيان التركي, the statement of whom its adjective names, nor plurals)
            if single:
                issuer = self._issuer(m)
                if issuer is not None:
                    return issuer   # صدر تقرير جديد عن خدمة أبحاث الكونجرس ... ويقول التقرير
            if single and m.definite:
                said = self.said_in.get(m.head)
                if said is not None and self.d.sent_of[m.a] - said[0] <= 6:
                    return said[1]   # وقال توم باهي ... في بيان إن ... وأضاف البيان: who spoke in it
                # البيان، التقرير: speaks for the last organization (or the current speaker); not
                # reports, figures and findings in the plural, nor an agreement, which nobody issues
                # alone (وتقول التقارير، وأظهرت الإحصائيات، وأشار الاتفاق): they speak for themselves
                if m.head in _STUDIES:
                    # وكشفت الدراسة after خلصت دراسة ... وأكد الباحثون في جامعة X: the researchers the
                    # text names speak for their study
                    team = self._find(lambda x: x.type != "organization" and bool(x.name_norm)
                                      and _bare(x.name_norm[0]).startswith(_RESEARCHERS), ents) \
                        or self._find(lambda x: x.name_norm[:1] == ("فريق",) and any(
                            _bare(w).startswith(_RESEARCHERS) or w.startswith("الباحث") for w in x.name_norm), ents)
                    if team is not None:
                        return team
                if m.head not in _SELF_SPEAKING:
                    e = self._find(lambda x: x.type == "organization" and not _is_place(x, self.d.lex), ents) \
                        or self.current
                    if e is not None:
                        return e
            verb = None
            for k in range(m.a - 1, max(self.d.sent_begin(m.a), m.a - 4) - 1, -1):
                if not m.definite and self.d.norm[k].isalpha() and self.d.cue_at(k) is not None:
                    verb = self.d.cue_at(k)   # (نشر محمد صلاح تغريدة: the verb, its subject, the document)
                    break
            if verb is not None and verb[0].lemma in ("نشر", "اصدر", "بث"):
                # وكانت الوزيرة قد نشرت تغريدة جاء فيها: the publisher, named in the sentence or
                # the one speaking
                e = self.sentence_subject(m.a - 1) or self.current
                if e is not None:
                    return e
            kind = "organization" if any(w in self.d.lex.organizations for w in m.norm) else "unknown"
            norm, name = tuple(m.norm), m.name
            if norm and norm[0][:1] == "ل" and name[:1] == "ل" and _unlam(norm[0], self.d.lex) != norm[0]:
                # وفقا لبيان صادر اليوم: the document without the preposition
                norm, name = (_unlam(norm[0], self.d.lex),) + norm[1:], \
                    ("ا" + name[1:] if name[:2] == "لل" else name[1:])
            return self._by_name(name, norm, kind)
        if m.definite and m.type in ("person", "group", "unknown") and m.head in _GENERIC_SOURCES and len(m.norm) <= 3 \
                and not m.name_toks:
            # ورأى المحلل السياسي after المحلل السياسي اللبناني حارث سليمان: the person named with
            # that description (its words open one of the person's titles)
            words = m.text.split()
            e = self._find(lambda x: x.type == "person" and any(t.split()[:len(words)] == words for t in x.titles),
                           ents)
            if e is not None:
                return e
        if m.definite and m.type in ("group", "person", "unknown") and len(m.norm) <= 3:
            # المصدر التركي after ونفى مصدر دبلوماسي تركي الاتهامات: the source the text
            # introduced, unquoted, a few sentences before
            intro = self._introduced(m)
            if intro is not None:
                return intro
            if len(m.norm) == 2 and m.norm[1] in _SAME and m.head in ("مصدر", "مسؤول", "متحدث") \
                    and self.current is not None:
                return self.current   # وقال المصدر نفسه: the same source as the last one quoted
        if m.definite and len(m.norm) == 1 and m.type in ("group", "person", "unknown"):
            # المواطن، المسؤول: the last entity named with that word (أحد المواطنين)
            stem = _stem(m.head)
            e = self._find(lambda x: any(_stem(_bare(w)).startswith(stem) for w in x.name_norm), ents)
            if e is not None:
                return e
            if m.head == "مصدر" and self.current is not None and not any(
                    _stem(_bare(w)).startswith(stem) for s in self.seen for w in s.name_norm):
                return self.current   # ذكرت صحيفة "لوبوان" ... وبحسب المصدر: the source just cited
        def same_body(x: _Entity) -> bool:
            # وسائل الإعلام الإسرائيلية = عدة وسائل إعلام إسرائيلية: the same head and last word
            xs = [_bare(w) for w in x.name_norm if w not in FUNCTION]
            ms = [_bare(w) for w in m.norm if w.isalpha() and w not in FUNCTION]
            short, long_ = (xs, ms) if len(xs) <= len(ms) else (ms, xs)
            return bool(xs) and bool(ms) and len(ms) > 1 and xs[0] == ms[0] and xs[-1] == ms[-1] \
                and set(short) <= set(long_) \
                and not _ANOTHER & (set(long_) - set(short))   # (وزارة الدفاع الروسية is not وزارة الخارجية
            # الروسية, مسؤول ثان بالبيت الأبيض not مسؤول بالبيت الأبيض)

        alpha = tuple(w for w in m.norm if w.isalpha())
        key = _spelling(m.norm)
        e = self._find(lambda x: _spelling(x.name_norm) == key or (
            m.type in ("organization", "group") and x.type == m.type and (
                same_body(x) or len(alpha) >= 2 and _words(x.name_norm)[:len(_words(m.norm))] == _words(m.norm))),
            ents)   # (شبكة (سي.إن.بي.سي) after شبكة (سي.إن.بي.سي) الإخبارية: the words, not the marks)
        if e is not None and "_" in e.name:
            # صندوق النقد الدولي, as the text names it elsewhere, not the hashtag #صندوق_النقد الدولي
            plain = next((s for s in [m] + self.seen if "_" not in s.name
                          and _words(s.norm if s is m else s.name_norm) == _words(e.name_norm)), None)
            if plain is not None:
                e.name, e.name_norm = plain.name, tuple(plain.norm if plain is m else plain.name_norm)
        if e is None and m.type == "organization" and len(alpha) >= 2:
            # صندوق النقد for صندوق النقد الدولي named before
            fuller = [s for s in before if s.type == "organization" and s.pos != m.a
                      and len(s.name_norm) > len(alpha) and s.name_norm[:len(alpha)] == alpha]
            e = self._promote(fuller[-1]) if fuller else None
        return e or self._add(_Entity("", m.name, tuple(m.norm), m.type))

    def _headline_subject(self, m: _Mention) -> Optional[_Entity]:
        """ليلى الشتاوي تدعو إلى ... (the headline) / قالت رئيسة لجنة التحقيق ...: a title in the
        lead, in the first two paragraphs after the headline, is the one person the headline opens
        with, named there in full and followed by a verb."""
        d = self.d
        para = d.para_of[m.a]
        if para == 0 or para > 2 or para in self.headlines:
            return None
        heads = [s for s in self.seen if s.type == "person" and d.para_of[s.pos] == 0]
        if len(heads) != 1 or heads[0].pos != 0 or len(heads[0].name_norm) < 2:
            return None
        s = heads[0]
        end = s.pos + len(s.name_norm)
        if end >= len(d.norm) or not (_present_verb(d.norm[end]) or d.norm[end][:1] == "ت" and len(d.norm[end]) >= 4):
            return None   # (the name must be the headline's subject, before its verb)
        return self._entity_of(s)

    def _counterpart(self, m: _Mention, before: list[_Entity]) -> Optional[_Entity]:
        """الرئيس الفرنسي after نظيره الفرنسي إيمانويل ماكرون: the one person the text names with
        that nationality and no other office (a counterpart, or no title at all), else None."""
        lex = self.d.lex
        nat = {h for h in m.heads if h in lex.nationalities}
        offices = {h for h in m.heads if h in lex.titles}
        if not nat or not offices:
            return None
        def fits(s: _Entity) -> bool:
            own = {h for h in s.heads if h in lex.titles} - _COUNTERPARTS
            return s.type == "person" and bool(s.name_norm) and nat <= s.heads and own <= offices \
                and any(w in lex.given_names for w in s.name_norm) \
                and not any(w[:1] == "ب" and len(w) > 3 and w not in lex.given_names for w in s.name_norm)
            # (a real naming, not تويتر بهجوم ترامب)
        cands = {s.name_norm[-1]: s for s in before if fits(s)}
        if not cands and not any(s.type == "person" and nat <= s.heads for s in before):
            # الرئيس الأميركي after الرئيس دونالد ترامب: the one person the text gave that office
            # with no nationality at all, when no one carries the nationality
            holders = {s.name_norm[-1]: s for s in before if s.type == "person" and s.name_norm
                       and any(w in lex.given_names for w in s.name_norm)
                       and {h for h in s.heads if h in lex.titles} & offices
                       and not s.heads & (_DEPUTIES - offices)
                       and not any(w in _DEPUTIES - offices for t in s.titles for w in t.split())
                       and not any(self.d.norm[k] in _DEPUTIES - offices for k in range(max(0, s.begin - 5), s.begin))}
            # (not نائب الرئيس آنذاك، ديك تشيني: his deputy)
            if len(holders) == 1:
                s = next(iter(holders.values()))
                if not any(h in lex.nationalities for h in s.heads):
                    return self._entity_of(s)
            return None
        if len(cands) != 1 or any(s.type == "person" and s.name_norm and nat <= s.heads and not fits(s)
                                  for s in before):
            return None   # (two of that nationality, or one holding another office: no guess)
        s = next(iter(cands.values()))
        return self._entity_of(s)

    def _described_again(self, m: _Mention, person: _Entity) -> bool:
        """وقال المدير التنفيذي لـ"آبل" after تيم كوك was quoted, وقالت الممثلة الأمريكية after
        أنجلينا جولي: a description by an office (not a plural: الوزراء) that names no one else is
        the person being quoted, named in full, described again; unless the cue's form or the
        office they are known by says otherwise, a name follows the description (المؤسس المشارك
        للشركة، مايكل سكوت) or the report opens by naming them (وقال النائب العام إن نتنياهو)."""
        d = self.d
        lex = d.lex
        if person is not self.current or person.described or not person.name_norm \
                or not (len(person.name_norm) >= 2 or person.name_norm[0] in lex.given_names) \
                or any(w.startswith("وال") for w in person.name_norm):
            return False   # (a naming run on: والتجارة والتموين)
        def office(h: str) -> str:
            h = h[:-1] if h.endswith("ه") and h[:-1] in lex.titles else h   # وزيرة: وزير
            return "سفير" if h in _ENVOY_OFFICES else h   # مندوب فلسطين لدى الأمم المتحدة: its ambassador

        offices = {office(h) for h in m.heads if h in lex.titles}
        nat = {h for h in m.heads if h in lex.nationalities}
        own = {h for h in person.heads if h in lex.nationalities}
        held = {office(h) for h in person.heads if h in lex.titles} - {"سابق", "اسبق", "حالي"}
        if not offices or nat and own and not nat <= own or m.head.endswith(("ون", "ين")) \
                or len(m.head) > 4 and m.head.endswith("اء"):
            return False
        if (held | offices) & (_HIGH_OFFICES | _SPOKESMEN | {"سفير"}) and not held & offices:
            return False   # المستشار التجاري after محافظ الديوانية السابق حازم المهدي: another office
        if {_bare(w) for w in m.norm[:2]} & _DEPUTIES - person.heads:
            return False   # نائب المدير التنفيذي after المدير التنفيذي مارك زوكربيرغ: his deputy
        if not m.definite:
            # مؤسس انستغرام، رئيس مجلس الوزراء: definite by what it is the office of (not متحدث
            # باسم الحكومة, مسؤول أمريكي: someone new)
            for w in m.norm[1:]:
                if w.startswith("ال") or w in lex.organizations:
                    break
                if not w.isalpha() or w in _PREPS or w in lex.nationalities or w[:1] in "بل" and w[1:] in lex.titles \
                        or w.startswith(("باسم", "لل")) or w in _INDEFINITE_ADJECTIVES:
                    return False
            else:
                if len(m.norm) < 2 or m.norm[-1] in lex.titles or m.norm[-1][:-1] in lex.titles:
                    return False   # (مسؤول كبير، مدير تنفيذي: someone new; مؤسس انستغرام: of a name)
        if self.feminine is not None and person.gender == ("male" if self.feminine else "female"):
            return False
        if person.gender is None and self.feminine is False and any(
                h.endswith("ه") and h[:-1] in lex.titles for h in person.heads):
            return False   # وشرح الأب after الفنانة ...
        sent = d.sent_of[m.a]
        if any(sp.start >= 0 and bisect.bisect_right(d.sent_starts, sp.start) - 1 == bisect.bisect_right(
                d.sent_starts, d.toks[m.a].start) - 1 for sp in person.mentions):
            return False   # وفيما أكد هادي أن ...، قال المتحدث إن: someone else in the same sentence
        comma = next((k for k in range(m.b, min(len(d.norm) - 1, m.b + 8))
                      if d.is_comma(k) or d.sent_of[k] != sent or d.cue_at(k) is not None
                      or d.norm[k] in _THAT or not d.norm[k].isalnum()), None)
        if comma is not None and d.is_comma(comma) and d.sent_of[comma + 1] == sent \
                and d.norm[comma + 1].isalpha() and d.norm[comma + 1] not in _PREPS \
                and d.norm[comma + 1] not in _THAT and d.cue_at(comma + 1) is None:
            return False   # الكاتب والباحث في شؤون شرق إفريقيا، الشافعي أبتدون: a name follows
        if any(s.type == "person" and m.b <= s.pos < m.b + 8 and d.sent_of[s.pos] == sent for s in self.seen):
            return False
        last = person.name_norm[-1]
        return not any(d.norm[k] == last and d.sent_of[k] == sent for k in range(m.b, min(len(d.norm), m.b + 10)))

    def _named_later(self, m: _Mention) -> Optional[_Entity]:
        """وقال النائب العام إن ... then وأوضح النائب العام السعودي، الشيخ سعود المعجب: the one
        person the text names later with every title and nationality the description gives;
        None when nobody or more than one person is named so."""
        d = self.d
        offices = {h for h in m.heads if h in d.lex.titles}
        if not offices:
            return None
        cands = [s for s in self.seen if s.type == "person" and s.pos > m.a and s.name_norm
                 and m.heads <= s.heads and any(w in d.lex.given_names for w in s.name_norm)]
        if not cands or any(not _same_name(s.name_norm, cands[0].name_norm)
                            and not _same_name(cands[0].name_norm, s.name_norm) for s in cands):
            return None
        return self._entity_of(self._introduction(cands) or cands[0])

    def _introduced(self, m: _Mention) -> Optional[_Entity]:
        """The indefinite naming (مصدر دبلوماسي تركي، باحثون من معهد أبحاث السرطان) that a definite
        generic source (المصدر التركي، الباحثون) refers back to: the nearest one before the mention,
        within twelve sentences, with the same head in the same number and every other word the
        mention gives (المصادر العسكرية; ذاتها/نفسها add nothing); None when nothing was introduced."""
        d = self.d
        head = m.head
        if head not in _GENERIC_SOURCES:
            return None
        # the mention's other words (المصدر التركي، المصادر العسكرية) must all be in the naming
        # (المصدر المطلع على ...: a description of its own, unless it was introduced so);
        # ذاتها/نفسها (the same) add nothing
        rest = {_bare(w) for w in m.norm[1:] if w.isalpha() and w not in _SAME}
        plural = head.endswith(("ون", "ين"))
        first_sent = d.sent_of[m.a] - 12
        for k in range(m.a - 1, -1, -1):
            if d.sent_of[k] < first_sent:
                break
            w = d.norm[k]
            if d.in_quote[k] or w.startswith("ال") or not w.isalpha():
                continue
            w0 = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            w0 = w0[:-1] if w0.endswith("ا") and w0[:-1] == head else w0   # مصدرا
            if _stem(w0) != _stem(head) or w0.endswith(("ون", "ين")) != plural:
                continue
            np = (k, _indefinite_end(d, k))
            if np[1] - np[0] < 2:
                return None
            words = {_bare(x) for x in d.norm[np[0]:np[1]]}
            if not rest <= words:
                return None
            at = d.toks[k].start
            e = self._find(lambda x: any(sp.start == at for sp in x.mentions), self.entities)
            sub = _Mention(d, np[0], np[1])
            if e is not None:
                if not e.quotes and len(e.name_norm) > len(sub.norm):
                    e.name, e.name_norm = sub.text, tuple(sub.norm)   # a subject that ran on into its object
                return e   # the naming is a source already, maybe named more fully there
            key = _spelling(sub.norm)
            e = self._find(lambda x: _spelling(x.name_norm) == key, self.entities)
            return e or self._add(_Entity("", sub.text, tuple(sub.norm), m.type if m.type != "unknown" else "group"))
        return None

    def _issuer(self, m: _Mention) -> Optional[_Entity]:
        """Who issued the document a definite document word (التقرير) refers back to: the source
        the text named where it introduced a document of that kind (صدر تقرير جديد عن X، في
        دراسة لـX), the nearest such introduction before the mention."""
        d = self.d
        head = m.head
        if head.endswith("ا") and head[:-1] in d.lex.documents:
            head = head[:-1]   # استطلاعا: the accusative
        definite = m.definite or len(m.norm) == 2 and m.norm[1].startswith("ال")   # (استطلاع الرأي)
        # (an indefinite document is looked for where it stands: نشر X تغريدة جاء فيها)
        before = range(m.a - 1, -1, -1) if definite else range(m.a, m.a - 1, -1)
        said = self.said_in.get(head)
        headline = d.para_of[m.a] in self.headlines and not definite
        first_after = True
        for k in itertools.chain(before, range(m.b, len(d.norm))):
            # the introduction before a definite mention, else one after it (استطلاعا للرأي كشف ...
            # وقالت جمعية "إيدج" إن استطلاع الرأي الذي أجرته)
            w = d.norm[k]
            if _bare(w) != head and not (w.endswith("ا") and _bare(w[:-1]) == head and k <= m.a):
                continue
            limit = m.a if k < m.a else len(d.norm)
            verb = None
            if (k < m.a and w.endswith("ا") or k == m.a) and k > d.sent_begin(k):
                # أصدرت وزارة الأمن العام بيانا، أعلنت فيه: whoever the verb before the document names
                first = d.sent_begin(k)
                verb = next((x for x in range(k - 1, max(first, k - 10) - 1, -1)
                             if d.norm[x] in ISSUING or d.norm[x][:1] in "وف" and d.norm[x][1:] in ISSUING), None)
                if verb is None and k < m.a:
                    continue
                # (the mention itself with no issuing verb: what follows it may name the issuer)
            if verb is not None:
                end = k
                while end > verb + 1 and (d.norm[end - 1] in _TIME_WORDS or not d.norm[end - 1].isalnum()
                                          or d.norm[end - 1] in _IN_TURN):
                    end -= 1   # (أصدرت الوزارة اليوم الجمعة بيانا، وأصدر النادي بدوره بيانا: the issuer)
                if end == verb + 1:
                    # وكان اللاعب محمود صالح قد نشر تغريدة: the issuer named before the verb
                    own = [x for x in self.seen if first <= x.pos < verb and x.type in ("organization", "person")]
                    if own:
                        return self._entity_of(max(own, key=lambda x: x.pos))
                    continue
                if end - verb - 1 < 1 or end - verb - 1 > 8 or any(d.norm[x] in _PREPS for x in range(verb + 1, end)):
                    continue
                sub = _Mention(d, verb + 1, end)
                return self.link(sub) if sub.type in ("organization", "person", "group") else None
            j = k + 1
            while j < limit and j - k <= 3 and d.norm[j].isalpha() and (
                    d.norm[j] in ("جديد", "جديده", "حديث", "حديثه", "اخير", "الاخير", "صادر", "الصادر", "صادره",
                                  "الصادره", "الراي", "للراي", "صدر", "صدرت", "رسمي", "رسميه")):
                j += 1   # تقرير جديد، الصادر
            skip = 0
            made = PUBLISHED_BY - _PUBLISHED_IN
            if j + 2 < limit and d.is_comma(j) and d.norm[j + 1] in ("الذي", "التي") and d.norm[j + 2] in made:
                j += 1   # الدراسة، التي أجرتها شركة ...: the relative clause set apart by a comma
            if j + 2 < limit and d.is_comma(j) and d.norm[j + 1] in _MADE_IN and d.norm[j + 2] == "في":
                j += 1   # دراسة، أجريت في كلية الطب بجامعة ...: where it was carried out, whose it is
            made_in = j + 1 < limit and d.norm[j] in _MADE_IN and d.norm[j + 1] == "في"
            relative = j + 1 < limit and d.norm[j] in ("الذي", "التي") and d.norm[j + 1] in made
            if relative:
                j += 1   # التقرير الذي أصدره
            elif k > m.a and not made_in and not (headline and first_after and j < limit and (
                    d.norm[j] in made or d.norm[j] == "عن")):
                first_after = False
                continue   # (after the mention, only the document's own relative or passive clause says
                # whose it is; a headline's document is the first the article then introduces with its issuer)
            if k > m.a:
                first_after = False
            if made_in:
                j += 2
            elif j < limit and d.norm[j] == "عن":
                if k > 0 and d.lex.cue(d.norm[k - 1]) is not None and d.lex.cue(d.norm[k - 1])[0].lemma in ("نقل", "روي"):
                    continue   # ونقل البيان عن المسؤول: whom the statement quotes, not who issued it
                j += 1
            elif j < limit and d.norm[j] in made and not (j == k + 1 and w.startswith("ال")):
                # (not التقرير أورده وكأنه: a definite document is the verb's subject; its relative
                # clause would need الذي)
                j += 1   # تقرير أصدره المجلس النرويجي للمستهلك، دراسة أجرتها جامعة ... (not بيان نشرته صحيفة)
            elif j < limit and d.norm[j][:1] == "ل" and len(d.norm[j]) > 3 and d.toks[j].text[:1] == "ل":
                skip = 1   # لخدمة، لوزارة
            else:
                if k < m.a and k > 0 and d.norm[k - 1] in ("في", "عبر") and said is not None \
                        and said[0] == d.sent_of[k]:
                    return None   # وقالت الوزارة في بيان: who spoke in it (see said_in), not an earlier one
                continue
            end = j
            while end < limit and end - j < 8 and (d.norm[end].isalpha() or d.is_mark(end)) and d.norm[end] not in FUNCTION \
                    and d.lex.cue(d.norm[end]) is None and not d.comp_len(end) and d.norm[end] not in _TIME_WORDS \
                    and not (end > j and end + 1 < limit and d.norm[end + 1] in _SEEN_IT):
                end += 1
            stop = end
            if stop + 1 < limit and stop > j and d.norm[stop + 1] in _SEEN_IT:
                stop = limit   # تقرير لمركز المصلحة الوطنية اطلعت عليه رويترز: who saw it, after the issuer
            while stop < limit and d.norm[stop] in _TIME_WORDS:
                stop += 1   # بيان صدر عن الوزارة اليوم الجمعة إن: the issuer, then when
            if relative and end == j:
                # وقالت جمعية "إيدج" إن الاستطلاع الذي أجرته أظهر: the document of the source that speaks of it
                first = d.sent_begin(k)
                own = [x for x in self.seen if first <= x.pos < k and x.type in ("organization", "person")]
                return self._entity_of(max(own, key=lambda x: x.pos)) if own else None
            if end - j < 1 or stop < limit and not d.is_punct(stop) and not d.comp_len(stop):
                return None   # the issuer's naming must end at punctuation or the complementizer
            sub = _Mention(d, j, end, skip)
            if sub.type in ("person", "unknown") and not any(w in d.lex.given_names for w in sub.norm):
                # خدمة أبحاث الكونجرس: a body the lexicons do not know, named whole
                sub.type, sub.name, sub.name_toks = "organization", sub.text, ()
            return self.link(sub)
        return None

    def mention(self, a: int, b: int, feminine: Optional[bool], current: bool = True,
                skip: int = 0, continuing: bool = False) -> list[tuple[_Entity, Span]]:
        """Resolve the speaker words of one quote (or of a cue that has no quote); ``current``
        False for a source inside a relative clause, which does not take over the narrative;
        ``skip`` characters of the first word that belong to the cue (وفقا لأرقام); ``continuing``
        when the cue goes on with the last speaker's words (وأضاف، وتابع)."""
        parts = _split_co_speakers(self.d, a, b)
        out = []
        first_heads: set[str] = set()
        for k, (x, y) in enumerate(parts):
            m = _Mention(self.d, x, y, skip if k == 0 else 0,
                         (e.name_norm for e in self.entities if e.type == "person" and not e.described))
            if k == 0:
                first_heads = {h for h in m.heads if h in self.d.lex.titles}
            else:
                m.heads |= first_heads   # وزيرا الخارجية الروسي ... والتركي: both are ministers
            self.feminine = feminine
            self.continuing = continuing
            e = self.link(m)
            self.continuing = False
            if m.title and m.heads and m.title not in e.titles and m.title != e.name:
                e.titles.append(m.title)
            e.heads |= m.heads
            if e.type == "person" and m.name_toks and k == len(parts) - 1:
                # وقال ساليل شيتي، الأمين العام للمنظمة، إن: the office a comma sets after the naming,
                # so that a later الأمين العام finds him
                e.heads |= {_bare(w) for w in _comma_titles(self.d, y) if w in self.d.lex.titles
                            or w in self.d.lex.nationalities}
            if m.gender:
                e.gender = m.gender
            e.mentions.append(m.span)
            out.append((e, m.span))
        if out and len(out) == 1 and out[0][0].type == "person" and out[0][0].gender is None and feminine is not None:
            out[0][0].gender = "female" if feminine else "male"
        if not current:
            return out
        self.pending = None
        self.current = out[0][0]
        self.recent.append(self.current)
        return out

    def narrative(self, seen: _Entity) -> None:
        """A naming the narrative makes the subject of a verb: the understood subject of the next
        cue that names nobody (an entity only once it speaks, so a naming met in passing never
        renames anyone)."""
        self.pending = seen

    def _take_pending(self, feminine: Optional[bool]) -> Optional[_Entity]:
        seen, self.pending = self.pending, None
        if seen is None or not _agrees(seen, feminine, self.d.lex):
            return None
        return self._speaks(seen)

    def _speaks(self, seen: _Entity) -> _Entity:
        """A person (or organization) named in the text becomes the speaker: their entity (made
        from the naming when new) is the current one."""
        if seen.described and seen.pos == seen.begin:
            # الوزارة: the ministry named before; رئيس الوزراء الإسرائيلي: whoever holds the title
            e = self.link(_Mention(self.d, seen.pos, seen.pos + len(seen.name_norm)))
            self.current = e
            self.recent.append(e)
            return e
        if seen.type == "person":
            e = self._find(lambda x: x.type == "person" and _same_name(x.name_norm, seen.name_norm), self.entities)
        else:
            e = self._find(lambda x: x.type == seen.type and _spelling(x.name_norm) == _spelling(seen.name_norm),
                           self.entities)
        e = e or self._promote(seen)
        self.current = e
        self.recent.append(e)
        return e

    def sentence_subject(self, cue: int, feminine: Optional[bool] = None) -> Optional[_Entity]:
        """دافع وزير الخارجية جبران باسيل عن المرسوم، وقال إن ...: a person named as the subject of
        the verb that opens the cue's sentence, after any fronted phrase (بدوره، وبعد انتشار
        التصريحات،), speaks when the cue agrees with it; failing that, a country or capital (see
        _state_subject). (Other organizations were tried too: their namings in running text are
        too often cut short or run on to serve as speakers.)"""
        d = self.d
        begin = d.sent_begin(cue)
        p = cue - 1
        if p > begin and d.texts[cue][:1] == "و" and d.norm[p].startswith("ال") and _bare(d.norm[p]) in d.lex.organizations \
                and (d.norm[p - 1][:1] in "تي" or d.texts[p - 1].endswith(("ته", "تها", "تهم"))) \
                and len(d.norm[p - 1]) >= 4 and not d.in_quote[p] and d.norm[p - 1].isalpha() \
                and not d.norm[p - 1].startswith("ال"):
            # وهو ما رفضته الوكالة ووصفت: the organization word right before a cue joined by و
            word = _Entity("", d.texts[p], (d.norm[p],), "organization", pos=p, begin=p, described=True)
            if _agrees(word, feminine, d.lex):
                return self._speaks(word)
        # only when the cue is not the sentence's first verb (وقال at its start continues the last speaker)
        if cue - begin < 3:
            return None
        opening = [begin]
        for x in range(begin, min(cue, begin + 7)):
            if d.is_comma(x):
                opening.append(x + 1)   # a fronted phrase, then the verb and its subject
                break
        for x in range(begin, min(cue, begin + 14)):
            if d.toks[x].text in ("–", "—", "-") and x + 1 < cue:
                while x + 2 < cue and d.toks[x + 1].text in ("–", "—", "-"):
                    x += 1   # (CNN)-- حدد: a dash of two
                opening.append(x + 1)   # أتلانتا (CNN) – أعلن المتحدث ...: a dateline before the sentence
                break
        def titled(s: _Entity, o: int) -> bool:
            # دافع مدرب المنتخب المصري لكرة القدم هيكتور كوبر، يرغب مدرب مانشستر يونايتد، جوزيه
            # مورينيو: the verb's subject is the title, its complement and the name after them
            return 0 < s.pos - o <= 9 and o + 1 < s.pos and d.norm[o + 1] in d.lex.titles \
                and s.name_norm[0] in d.lex.given_names and not any(
                    d.cue_at(x) is not None or _verb_like(d.norm[x]) or d.comp_len(x) or d.is_term(x)
                    or d.is_comma(x) and x not in (s.pos - 1, s.begin - 1) for x in range(o + 1, s.pos))
            # (حدد ولي العهد السعودي، الأمير محمد بن سلمان، موعد ...، مشددا: the name set apart by commas)

        named = [s for s in self.seen if s.type == "person" and s.pos < cue and _agrees(s, feminine, d.lex)
                 and any(0 <= s.pos - o <= 3 or 0 < s.begin - o <= 2 or titled(s, o) for o in opening)]
        # a person named by a given name before a naming the titles ran on into (مانشستر يونايتد)
        named.sort(key=lambda s: s.name_norm[0] not in d.lex.given_names)
        if not named:
            # وكان سيف قد عزا ...، وتعهد: the surname alone of a person the text named in full before
            for o in opening:
                for k in range(o, min(cue, o + 3)):
                    w = d.norm[k]
                    if any(d.comp_len(x) for x in range(o, k)):
                        break   # (وأكد أن أوزيل ...، مضيفا: the reported clause's subject, not the speaker)
                    if d.in_quote[k] or w not in d.surnames() or w in d.lex.given_names:
                        continue
                    full = [x for x in self.seen if x.type == "person" and x.pos < k and len(x.name_norm) > 1
                            and x.name_norm[-1] == w and _agrees(x, feminine, d.lex)]
                    if full and len({x.name_norm for x in full}) == 1:
                        return self._speaks(full[0])
            return self._state_subject(cue, feminine) or self._body_subject(opening, cue, feminine)
        return self._speaks(named[0])

    def _body_subject(self, opening: list[int], cue: int, feminine: Optional[bool]) -> Optional[_Entity]:
        """واعتقلت الشرطة الموقوفين ...، وأوضحت أن: a body named by a definite word of the lexicon
        (and its nationality adjectives) right after the verb that opens the cue's sentence, when the
        cue agrees with it; the word alone, or the body the text named in full before it."""
        d = self.d
        if feminine is None:
            return None   # (an unmarked cue agrees with any body)
        for o in opening:
            k = o + 1
            if k + 1 >= cue or d.in_quote[k] or not d.norm[o].isalpha() or d.norm[o] in FUNCTION \
                    or d.norm[o].startswith("ال") or d.norm[o] in d.lex.places or d.cue_at(o) is not None:
                continue
            w = d.norm[k]
            if not (w.startswith("ال") and _bare(w) in d.lex.organizations and w.isalpha()):
                continue
            y = k + 1
            while y < cue and d.norm[y] in d.lex.nationalities and d.norm[y].startswith("ال"):
                y += 1   # الشرطة البلجيكية
            word = _Entity("", d.text[d.toks[k].start:d.toks[y - 1].end], tuple(d.norm[k:y]), "organization",
                           pos=k, begin=k, described=True)
            if _grammatical_gender(word, d.lex) is None or not _agrees(word, feminine, d.lex):
                continue
            named = next((x for x in self.seen if x.pos == k and x.type == "organization"), None)
            if named is not None:
                return self._speaks(named)   # وكان المجلس القومي للمرأة قد رفض ...، وقال: the body as named there
            # the word alone: the body of that head it refers back to, else the body so described
            # (not the last organization quoted, which a lone word in a quote's own mention may be)
            head = _bare(w)
            e = self.link(_Mention(d, k, y))
            if not any(_bare(_unlam(x, d.lex)) == head for x in e.name_norm):
                e = self._by_name(word.name, word.name_norm, "organization", described=True)
            self.current = e
            self.recent.append(e)
            return e
        return None

    def plural_subject(self, cue: int) -> Optional[_Entity]:
        """وينفي السائحون العشرة الاتهامات، قائلين / وتظاهر آلاف المحتجين ...، مؤكدين: people
        named in the plural right after the verb that opens the cue's sentence say what a plural
        cue reports (persons and titles are sentence_subject's)."""
        d = self.d
        begin = d.sent_begin(cue)
        k = begin + 1
        if k >= cue or d.in_quote[k] or not d.norm[begin].isalpha() or d.norm[begin] in FUNCTION \
                or d.norm[begin] in _PREPS:
            return None   # (على النصراويين أن يعترفوا: no verb opens the sentence)
        if d.norm[k] in _COUNTS and k + 1 < cue:
            k += 1   # آلاف المحتجين، عشرات الطلاب
        w = d.norm[k]
        construct = not w.startswith("ال") and w.endswith("و") and len(w) > 5 and w.isalpha() \
            and w[:1] == "م" and w not in d.lex.given_names and not is_title(w[:-1], d.lex) \
            and k + 1 < cue and d.norm[k + 1].isalpha() and d.norm[k + 1] not in FUNCTION
        if construct:
            # وتفاعل مستخدمو مواقع التواصل الاجتماعي مع القرار، معربين: a plural in construct and
            # what it is of, up to a preposition or a comma
            y = k + 1
            while y < cue and y - k < 5 and d.norm[y].isalpha() and d.norm[y] not in FUNCTION \
                    and d.norm[y] not in _PREPS and not d.is_comma(y):
                y += 1
            return self._group_subject(begin + 1, y)
        if not (w.startswith("ال") and len(w) > 5 and w.endswith(("ون", "ين")) and w.isalpha()
                and _bare(w) not in d.lex.organizations and w not in d.lex.places and w not in _NO_PLURAL) \
                or is_title(w[2:-2], d.lex) or w in d.lex.titles:
            return None   # (المسؤولون، النواب: holders of a title, whom the title rules link)
        y = k + 1
        while y < cue and y - k < 3 and d.norm[y].startswith("ال") and d.norm[y].isalpha() and (
                d.norm[y] in d.lex.nationalities or d.norm[y].endswith(("ون", "ين")) or d.norm[y] in _NUMBER_WORDS):
            y += 1   # السائحون العشرة، المحتجون الفلسطينيون
        return self._group_subject(begin + 1, y)

    def _group_subject(self, a: int, y: int) -> _Entity:
        """The people named by tokens a..y-1 as the group they are named there, not a person whose
        title they share (المسؤولون الروس is no مسؤول بريطاني), now the current speaker."""
        d = self.d
        words = tuple(d.norm[a:y])
        e = self._find(lambda x: x.name_norm == words, self.entities) or self._add(
            _Entity("", d.text[d.toks[a].start:d.toks[y - 1].end], words, "group", described=True))
        self.current = e
        self.recent.append(e)
        return e

    def _state_subject(self, cue: int, feminine: Optional[bool]) -> Optional[_Entity]:
        """لكن موسكو سارعت إلى رفض الاتهام وقالت / نددت تركيا بالتقرير، وقالت: a country or capital
        that is the subject of an earlier verb in the cue's sentence — before it, at the start of
        its clause (after لكن، إلا أن), or right after the verb that opens the sentence — speaks
        for a feminine cue with no subject of its own."""
        d = self.d
        if not feminine:
            return None
        begin = d.sent_begin(cue)
        for p in range(cue - 1, begin - 1, -1):
            if d.norm[p] not in d.lex.places or d.in_quote[p]:
                continue
            before = d.norm[p - 1] if p > begin else ""
            after = d.norm[p + 1] if p + 1 < cue else ""
            preverbal = (p == begin or before in ("لكن", "ولكن", "ان", "و") or d.is_comma(p - 1)) \
                and after.isalpha() and (after[:1] == "ت" or d.texts[p + 1].endswith("ت")) \
                and not after.startswith("ال") and after not in d.lex.places   # (a feminine verb follows)
            opener = p - 1 - (1 if before in _BETWEEN else 0)
            postverbal = opener >= begin and (opener == begin or d.norm[opener - 1] in ("و", "ف") or d.is_comma(opener - 1)
                                               or d.norm[opener - 1] in _OPENERS) \
                and d.norm[opener].isalpha() and not d.norm[opener].startswith("ال") \
                and d.texts[opener].rstrip("ًٌٍَُِّْ").endswith("ت")
            # وهو ما تنفيه الرياض وتقول إنه: a present verb, the place, then the cue joined by و
            tight = p + 1 == cue and p > begin and d.texts[cue][:1] == "و" and d.norm[p - 1][:1] == "ت" \
                and len(d.norm[p - 1]) >= 4 and not d.norm[p - 1].startswith("ال")
            if p in self.reported and not tight:
                continue   # (وقالت الوزارة إن الصين أبلغت ...، موضحة: a state in what was said says nothing)
            if (preverbal or postverbal) and p < cue - 1 or tight:
                y = p + 1
                if d.norm[p] in ("سلطنه", "مملكه") and y < cue and d.norm[y].isalpha():
                    y += 1   # سلطنة عمان
                while y < cue and d.norm[y] in d.lex.nationalities and d.norm[y].startswith("ال"):
                    y += 1   # المملكة العربية السعودية
                return self._speaks(_Entity("", d.text[d.toks[p].start:d.toks[y - 1].end], tuple(d.norm[p:y]),
                                            "organization", pos=p, begin=p, described=True))
        return None

    def implicit(self, feminine: Optional[bool], plural: bool = False) -> Optional[_Entity]:
        """The understood subject: the narrative's subject named since the last speaker, else the
        latest speaker the verb agrees with (قال/قالت; وقال never a group of people named in the
        plural, المنتقدون، المدعون, whose verb would be قالوا)."""
        e = self._take_pending(feminine)
        if e is not None:
            return e
        if feminine is None and plural:
            # قائلين: people named in the plural or a group, never one person or a state
            return next((e for e in reversed(self.recent[-6:])
                         if e.type == "group" or _people_in_plural(e, self.d.lex)), None)
        if feminine is None:
            # a quoted paragraph with no cue goes on with the person being interviewed
            return next((e for e in reversed(self.recent[-6:]) if e.type == "person"), self.current)
        for e in reversed(self.recent[-6:]):
            # persons agree by sex, organizations and documents by their head noun (وقالت الوزارة،
            # وقال الجيش); a body named without one (رويترز) takes either form
            if _agrees(e, feminine, self.d.lex) and (plural or not _people_in_plural(e, self.d.lex)):
                return e
        if self.current is not None and not plural and _people_in_plural(self.current, self.d.lex):
            return None
        return self.current


# Group words that name one person (مصدر، مسؤول): no antecedent for وهم.
_ONE_OF_A_GROUP = frozenset("مصدر مسؤول خبير ناشط مواطن شاهد".split())
# Counts before people named in the plural (آلاف المحتجين), and numbers after them (السائحون العشرة).
_COUNTS = frozenset("الاف الف مئات عشرات الالاف المئات العشرات".split())
_NUMBER_WORDS = frozenset("الثلاثه الاربعه الخمسه السته السبعه الثمانيه التسعه العشره الاثنا الاثني".split())
# Words in ون that are no plural (التلفزيون).
_NO_PLURAL = frozenset("تلفزيون تليفزيون".split())


def _plural_cue(w: str) -> bool:
    """A verb form with a plural subject in it (وقالوا، ويقولون، وأضافوا), or a participle in the
    plural (قائلين، مضيفين)."""
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return len(w) >= 4 and (w.endswith("وا") or w[:1] in "يت" and w.endswith("ون")) \
        or len(w) >= 6 and w.endswith(("ين", "ون")) and (w[:1] == "م" or w.startswith("قائل"))


def _people_in_plural(e: _Entity, lex: "Lexicons") -> bool:
    """People named by a sound plural of a participle or a nisba (المنتقدون، المدعون، مؤيدوه): a
    pronoun for them takes a plural verb."""
    w = next((x for x in e.name_norm if x.isalpha()), "")
    article = e.name.lstrip("وف").startswith("ال")   # (not أليسون بيكر, a name)
    return e.type != "organization" and len(e.name_norm) <= 3 and len(w) > 5 and _bare(w) not in lex.organizations \
        and _bare(w) not in _NO_PLURAL and (
        article and (w.endswith(("يون", "يين")) or w[2:3] == "م" and w.endswith(("ون", "ين")))
        or w.endswith("وه") and w[:1] == "م")   # المحللون، الإسلاميون، مؤيدوه (not التلفزيون: a word's own ون)


# Words that may open a sentence before its verb (وفي المقابل نددت تركيا).
_OPENERS = frozenset("وفي وفيما كما ثم وقد فقد".split())
# Words between a verb and its subject (وأيدت كذلك سلطنة عمان), and words after which a naming
# is an object or a genitive, not a subject (إلى، لقاء، الوزارة).
_BETWEEN = frozenset("كذلك ايضا بدوره بدورها بدورهم اليوم امس السبت الاحد الاثنين الثلاثاء الاربعاء الخميس "
                     "الجمعه مجددا".split())
_PREPS = frozenset("في من علي الي عن مع ل ب حول بين ضد لدي عند امام خلال بعد قبل منذ حتي عبر نحو دون مثل "
                   "لصالح بحق وراء تجاه بشان اثر".split())


def _subject_position(d: "_Doc", b: int, inside: "set[int]") -> bool:
    """A naming at token b stands where a subject stands: at its sentence's start or right after
    a word that can be a verb (not a preposition, an ال-noun, a noun in ة or with a pronoun).
    Titles and adjectives before it belong to it (رجل الأعمال السوري المعروف فاروق جود)."""
    lex = d.lex
    s = d.sent_begin(b)
    p = b - 1
    while p >= s and d.norm[p].isalpha() and (d.norm[p] in lex.titles or d.norm[p] in lex.nationalities
                                              or d.norm[p].startswith("ال") and d.norm[p] not in _PREPS):
        p -= 1
    while p >= s and d.norm[p] in _BETWEEN:
        p -= 1
    if p < s:
        return True
    if p - 2 >= s and d.is_comma(p - 1) and (p - 2) in inside:
        return False   # جبران باسيل، صهر عون: an apposition
    w, t = d.norm[p], d.texts[p]
    if not w.isalpha() or w in FUNCTION or w in _PREPS or len(w) < 3:
        return False
    w2 = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if w2.startswith("ال") or t.endswith(("ة", "ى")) or w2 in lex.titles or w2 in lex.organizations \
            or w2 in lex.nationalities or w2 in lex.documents or w2 in lex.groups or w2 in lex.given_names:
        return False
    if t.endswith(("ه", "ها", "هم", "هما")) and not (p > s and d.norm[p - 1] in ("ما", "كما", "مما")) \
            and not (p == s and w[:1] in "وف" and t.endswith("ه") and len(w) <= 5) \
            and not (p == s and w[:1] in "وف" and t.endswith(("ته", "تها", "تهم")) and 6 <= len(w) <= 7):
        return False   # لقائه الوزير: a noun and its complement (but ما أكده الوزير، ووجه المكتب، ودعمتها
        # الجامعة: a verb, the last opening its sentence in its past feminine form with an object)
    c = d.cues[p]
    return c is None or c[0].part == "verb"


# Bodies no other body word refers to (القوات، الجيش، الحكومة, not المرصد or الشركة).
_FORCES = frozenset("قوات جيش حكومه شرطه".split())
# Words that open no naming of a source: times (أيلول، الأسبوع الماضي) and the verbs of the
# narrative (كانت، قام) a cue's subject may stand after.
_NO_SOURCE = (MONTHS - {"اب"}) | _TIME_WORDS | frozenset("الاسبوع الشهر العام كان كانت قام قامت".split())


def _names_no_one(d: "_Doc", a: int) -> bool:
    """The words a cue took for its source begin with a time or a verb (قال ... أيلول حيث،
    أكدت الأسبوع الماضي): no source is named there, the subject is understood."""
    w = d.norm[a]
    return w in _NO_SOURCE or w[:1] == "و" and w[1:] in MONTHS


def _narrative_subjects(d: "_Doc", cands: "list[_Cand]") -> list[tuple[int, _Entity]]:
    """Who the narrative makes the subject of its verbs outside any quote, the understood subject
    of a later وقال/وأضاف/قائلا: persons it names (دافع وزير الخارجية جبران باسيل عن ...) or
    names by surname (ورد ألستون على ...), organizations and organization words that refer back
    right after the verb opening their sentence (قدرت مجلة فوربس، ووجهت الوزارة), titles that
    name nobody there (توعد رئيس الوزراء الإسرائيلي). (token, naming), in text order."""
    starts = d.starts
    blocked: list[tuple[int, int]] = []    # quote contents and the words between a cue and its content
    for q in cands:
        if q.kind == "subject":
            continue
        a = bisect.bisect_left(starts, q.start)
        b = bisect.bisect_left(starts, q.end)
        blocked.append((a, b))
        if q.cue_tok is not None and q.cue_tok < a:
            blocked.append((q.cue_tok, a))

    def free(k: int) -> bool:
        return not any(a <= k < b for a, b in blocked)

    lex = d.lex
    persons = [e for e in d.seen_names() if e.type == "person" and (e.name_norm[0] not in NAME_LINKS or e.begin < e.pos)
               and not any(masdar_like(w) for w in e.name_norm)
               and not any(w[:1] == "و" and w not in lex.given_names for w in e.name_norm[1:])]
    # (organizations named in passing are too often objects; سارة المسرح والتاريخ is no naming)
    inside: set[int] = set()
    for e in persons:
        inside.update(range(e.begin, e.pos + len(e.name_norm)))
    out = [(e.begin, e) for e in persons if free(e.begin) and _subject_position(d, e.begin, inside)]
    # an organization right after the verb that opens its sentence (قدرت مجلة فوربس ...، ووصفته بأنه)
    for e in d.seen_names():
        if e.type == "organization" and free(e.begin) and e.begin - d.sent_begin(e.begin) in (1, 2) \
                and _grammatical_gender(e, lex) is not None and _subject_position(d, e.begin, inside) \
                and not (d.norm[e.begin - 1] in lex.titles and not d.norm[e.begin - 1].startswith("ال")):
            # (not أعلن نجم المنتخب الإيراني ...: the body of a title in construct, whose holder speaks)
            out.append((e.begin, e))
    # an organization word that refers back (الوزارة، الشركة) right after the verb that opens its
    # sentence: ووجهت الوزارة انتقادات ...، قائلة إنها
    seconds = [b0 + 1 for b0 in d.sent_first if b0 + 1 < len(d.norm)]   # the word after each sentence's first
    for k in seconds:
        w = d.norm[k]
        if not (w.startswith("ال") and (_bare(w) in lex.organizations or w in lex.org_proper)
                and k - d.sent_begin(k) == 1 and free(k)):
            continue
        y = k + 1
        if y < len(d.norm) and d.norm[y] in lex.nationalities and d.norm[y].startswith("ال"):
            y += 1   # وخاطبت الخارجية الأميركية مواطنيها ...، قائلة
        if (y >= len(d.norm) or not d.norm[y].startswith("ال") and not (y > k + 1 and d.norm[y][:1] == "ل")) \
                and _subject_position(d, k, inside):   # (not الاتحاد الدولي لكرة القدم, a longer naming)
            out.append((k, _Entity("", d.text[d.toks[k].start:d.toks[y - 1].end], tuple(d.norm[k:y]), "organization",
                                   pos=k, begin=k, described=True)))
    # a title that names nobody right after the verb that opens its sentence: توعد رئيس الوزراء
    # الإسرائيلي إيران ...، مشددا على أن
    named_at = {e.begin for e in d.seen_names()}
    for k in seconds:
        if d.norm[k] not in lex.titles or k - d.sent_begin(k) != 1 or k in named_at or k in inside or not free(k) \
                or not _subject_position(d, k, inside):
            continue
        y = k + 1
        while y < len(d.norm) and y - k < 4 and d.norm[y].isalpha() and d.norm[y] not in FUNCTION and (
                d.norm[y] in lex.titles or d.norm[y] in lex.nationalities
                or d.norm[y].startswith("ال") and d.norm[y] not in lex.given_names):
            y += 1
        if y == k + 1 and not d.norm[k].startswith("ال"):
            continue   # مسؤول في دار النشر: an indefinite source is named by what follows it
        verb = d.lex.cue(d.norm[k - 1])
        if y < len(d.norm) and d.is_comma(y) or verb is not None and verb[0].lemma == "سال":
            continue   # رفضت وزيرة الخارجية، كريستا فريلاند، (the name set beside it); سألت الوزير (the object)
        c = y
        while c < len(d.norm) and c - y < 5 and d.norm[c].isalpha() and (d.norm[c][:1] == "ل" or c > y):
            c += 1   # المدير الرياضي لنادي ميلان الإيطالي، البرازيلي ليوناردو،: the complement, then the name
        if c > y and c < len(d.norm) and d.is_comma(c):
            e_ = c + 1
            while e_ < len(d.norm) and d.norm[e_] in lex.nationalities and d.norm[e_].startswith("ال"):
                e_ += 1
            f_ = e_
            while f_ < len(d.norm) and f_ - e_ < 3 and d.norm[f_].isalpha() and not is_descriptor(d.norm[f_], lex, d.texts[f_]) \
                    and d.lex.cue(d.norm[f_]) is None:
                f_ += 1
            if f_ > e_ and f_ < len(d.norm) and d.is_comma(f_) and not d.norm[e_].startswith("ال"):
                out.append((k, _Entity("", d.text[d.toks[e_].start:d.toks[f_ - 1].end], tuple(d.norm[e_:f_]),
                                       "person", titles=[d.text[d.toks[k].start:d.toks[c - 1].end]],
                                       pos=e_, begin=k)))
                continue
        out.append((k, _Entity("", d.text[d.toks[k].start:d.toks[y - 1].end], tuple(d.norm[k:y]), "person",
                               pos=k, begin=k, described=True)))
    # a surname alone right after the verb that opens its clause (وفي المقابل رد ألستون على ...),
    # of a person the text names in full, by a title or as the source of a quote
    surnames = {e.name_norm[-1]: e for e in persons if len(e.name_norm) > 1}
    for q in cands:
        if q.np is None or q.kind == "subject":
            continue
        a, b = q.np
        run = name_run(d.norm[a:b], lex, d.texts[a:b])
        if run is not None and run[1] - run[0] >= 2 and d.norm[a + run[1] - 1] not in surnames:
            x, y = a + run[0], a + run[1]
            names = tuple(t for t in d.norm[x:y] if t.isalpha())
            if len(names) >= 2 and len(names[-1]) > 2 and names[-1] not in lex.given_names \
                    and names[-1] not in NAME_LINKS:
                surnames[names[-1]] = _Entity("", d.text[d.toks[x].start:d.toks[y - 1].end], names, "person",
                                              pos=x, begin=a)
    for k, w in enumerate(d.norm):
        e = surnames.get(w)
        if e is None or k in inside or k < 1 or not free(k) or not _subject_position(d, k, inside):
            continue
        p = k - 1
        clause = d.sent_begin(k)
        for x in range(p - 1, clause - 1, -1):
            if d.is_comma(x):
                clause = x + 1
                break
        if p == clause or p - 1 == clause and d.norm[clause] in ("و", "ف"):
            out.append((k, e))
    out.sort(key=lambda x: x[0])
    return out


def resolve(d: "_Doc", cands: "list[_Cand]") -> tuple[list[Optional[list[SpeakerRef]]], list[Speaker]]:
    """Speaker references for each quote candidate (in order; subject-only candidates, kind
    'subject', update the current speaker and get None), and the document's speakers."""
    r = _Resolver(d)
    for c in cands:
        if c.kind != "subject":
            r.reported.update(range(bisect.bisect_left(d.starts, c.start), bisect.bisect_left(d.starts, c.end)))
    # a subhead (وزير المالية اللبناني: المطلوب ...) names by title who the next lines name in full
    r.headlines |= {d.para_of[c.anchor] for c in cands if c.cue_tok is None and c.np is not None
                    and c.np[0] == c.anchor and d.para_end(c.anchor) - c.anchor <= 25}
    linked: list[Optional[list[tuple[_Entity, Optional[Span]]]]] = [None] * len(cands)
    # in the order the text names its sources: by cue (a content may start before its cue);
    # the narrative's own subjects (events) come in between
    order = sorted(range(len(cands)), key=lambda n: (cands[n].cue_tok if cands[n].cue_tok is not None
                                                    else cands[n].anchor, n))
    events = _narrative_subjects(d, cands)
    ev = 0
    named_in = -1   # the sentence of the last source named outright
    phrase_in = -1  # ... of the last source named after its content (CONTENT، حسبما أعلن X)
    for n in order:
        q = cands[n]
        at = q.cue_tok if q.cue_tok is not None else q.anchor
        while ev < len(events) and events[ev][0] < at:
            # only within the cue's own sentence (measured on held-out articles, a subject named
            # in an earlier sentence is as often an object as the speaker), or the sentence just
            # before when its verb opens it and the cue opens the next (وتعيش ناتالي مجدلاني في
            # لبنان منذ 38 عاما. وتقول ...)
            k = events[ev][0]
            if d.sent_of[k] == d.sent_of[at] or (
                    d.sent_of[k] == d.sent_of[at] - 1 and k - d.sent_begin(k) == 1 and at - d.sent_begin(at) <= 1
                    and events[ev][1].begin == events[ev][1].pos   # (a name, no title: not الوزير المزارع X)
                    and (d.para_of[k] == d.para_of[at] or d.norm[d.sent_begin(at)] in _BUT_HE)):
                # (ورفضت سارة ساندرز الحديث عن الرسالة. / لكنها قالت: a pronoun refers back, whatever the paragraph)
                r.narrative(events[ev][1])
            ev += 1
        ents: list[tuple[_Entity, Optional[Span]]] = []
        about = d.norm[q.cue_tok + 1] if q.cue_tok is not None and q.cue_tok + 1 < len(d.norm) \
            and q.cue_lemma in ("نقل", "روي") else ""
        # ونقل عنه الموقع الإلكتروني لصحيفة ... قوله: the outlet relays the one the pronoun stands
        # for, the source the held-out golds name
        relayed = r.implicit(about == "عنها", about == "عنهم") \
            if about in _ABOUT_HIM and q.np is not None and not q.embedded else None
        if relayed is not None and relayed.type == "person":
            ents = [(relayed, None)]
        elif q.np is not None and not _names_no_one(d, q.np[0]) \
                and not (q.np[1] - q.np[0] == 1 and d.norm[q.np[0]] in _ABOUT_HIM):   # (ونُقلت عنهم تصريحات)
            # (ونقلت الوكالة عن شي قوله: the verb agrees with the agency, not with the source after عن)
            fem = None if q.cue_lemma in ("نقل", "روي") else q.feminine
            # (وأضاف، وتابع: a verb that goes on with the last speaker's words)
            continuing = q.cue_lemma in _CONTINUING and q.cue_tok is not None and d.cue_at(q.cue_tok) is not None \
                and d.cue_at(q.cue_tok)[0].part == "verb"
            # (a document's line with no cue, دراسة: ... between two paragraphs, links to another
            # article: who speaks next is not the study)
            linked_doc = q.cue_tok is None and _bare(_unlam(d.norm[q.np[0]], d.lex)) in d.lex.documents
            ents = list(r.mention(q.np[0], q.np[1], fem, current=not q.embedded and not linked_doc, skip=q.np_skip,
                                  continuing=continuing))
            if not q.embedded:
                named_in = d.sent_of[at]
                if q.cue_tok is not None and d.phrase_at(q.cue_tok) and q.start < d.toks[q.cue_tok].start:
                    phrase_in = d.sent_of[at]
        elif q.implicit or q.np is not None:
            if phrase_in == d.sent_of[at] and r.current is not None and _participle(d, q):
                # عين الرئيس ماكرون سفيرا ...، حسبما أعلن متحدث باسم الحكومة، موضحا أن: who announced
                # it goes on, not the subject of the sentence's verb
                e = r.current
            else:
                e = r.sentence_subject(q.cue_tok, q.feminine) if q.cue_tok is not None else None
            if e is None and q.cue_tok is not None and q.cue_tok - d.sent_begin(q.cue_tok) == 1 and _participle(d, q):
                # ماكرون موضحا موقف فرنسا: ...: a headline's surname, then the participle
                w0 = d.norm[q.cue_tok - 1]
                full = {s.name_norm: s for s in d.seen_names() if s.type == "person" and len(s.name_norm) > 1
                        and s.name_norm[-1] == w0 and _agrees(s, q.feminine, d.lex)}
                if len(full) == 1:
                    e = r._speaks(next(iter(full.values())))
            if e is None and named_in == d.sent_of[at] and r.current is not None and _participle(d, q):
                e = r.current   # قال المصدر التركي إن ...، معتبرا أن: the sentence's own source goes on
            if e is None and q.cue_tok is not None and d.phrase_at(q.cue_tok) and q.start < d.toks[q.cue_tok].start:
                # CONTENT، حسبما أعلنت: the body or person that opens the attributed clause announced it
                k0 = bisect.bisect_left(d.starts, q.start)
                s = next((x for x in d.seen_names() if x.begin - k0 in (1, 2) and d.sent_of[x.begin] == d.sent_of[k0]),
                         None)
                if s is not None:
                    e = r._entity_of(s) if s.type == "person" else (
                        r._find(lambda x: _spelling(x.name_norm) == _spelling(s.name_norm), r.entities) or r._promote(s))
            plural = q.cue_tok is not None and _plural_cue(d.norm[q.cue_tok])
            if e is None and plural:
                e = r.plural_subject(q.cue_tok)
            e = e or r.implicit(q.feminine, plural)
            if e is None:
                # the first report, its subject understood (وقال "كان سحرا" after وتحدث ادول
                # سام-أون عن لحظة ...): the person the text named last, in the sentences just before
                near = [s for s in d.seen_names() if s.type == "person" and s.pos < at
                        and s.name_norm[0] in d.lex.given_names and len(s.name_norm) >= 2
                        and not any(_verb_like(w) or w[:1] in "بلو" and not w.startswith("بال") for w in s.name_norm[1:])
                        and d.sent_of[at] - d.sent_of[s.pos] <= 2 and _agrees(s, q.feminine, d.lex)]
                if near:
                    e = r._speaks(max(near, key=lambda s: s.pos))
            if e is not None:
                ents = [(e, None)]
                if r.pending is not None and r.pending.pos < at and d.sent_of[r.pending.pos] == d.sent_of[at]:
                    r.pending = None   # (the sentence's subject spoke: no later cue takes it up again)
        if q.kind == "subject" or not ents:
            continue
        for e, _ in ents:
            e.quotes += 1
        linked[n] = ents
        if q.cue_tok is not None and len(ents) == 1:
            # وقال X، ...، في بيان إن: the statement X spoke in, for a later وأضاف البيان
            content = bisect.bisect_left(d.starts, q.start)
            for k in range(q.cue_tok + 1, min(content, q.cue_tok + 25)):
                if d.norm[k - 1] in ("في", "عبر") and _bare(d.norm[k]) in d.lex.documents \
                        or d.norm[k][:1] == "ب" and _bare(d.norm[k][1:]) in d.lex.documents:
                    head = _bare(d.norm[k]) if d.norm[k - 1] in ("في", "عبر") else _bare(d.norm[k][1:])
                    r.said_in[head] = (d.sent_of[k], ents[0][0])
                    break
    _headlines_to_body(d, cands, linked)
    _spokesman_named_later(d, r.entities, linked)
    for e in r.entities:
        if e.quotes and e.name_norm and (e.type in ("organization", "group", "unknown") or e.type == "person" and (
                e.described or _unnamed(d, e.name_norm))):
            # (مسؤول أمني، مستشار، أجهزة الإطفاء: persons described, not named)
            _fullest_naming(d, e)
    # ids count the speakers only (entities met as mere subjects of other verbs get none)
    quoted = [e for e in r.entities if e.quotes]
    for n, e in enumerate(quoted, 1):
        e.id = f"s{n}"
    refs = [None if ents is None else [SpeakerRef(e.id, _display(e.name), e.type, s) for e, s in ents]
            for ents in linked]
    speakers = [Speaker(e.id, _display(e.name), e.type, tuple(e.titles), e.gender, tuple(e.mentions), e.quotes)
                for e in quoted]
    return refs, speakers


# Titles of one who speaks for a body (متحدث باسم الشرطة): one person a text later names.
_SPOKESMEN = frozenset("متحدث متحدثه ناطق ناطقه".split())


def _spokesman_named_later(d: "_Doc", entities: list[_Entity],
                           linked: "list[Optional[list[tuple[_Entity, Optional[Span]]]]]") -> None:
    """قال متحدث باسم حكومة سريلانكا ... وقال داياسيري جاياسيكارا، المتحدث باسم حكومة سريلانكا:
    a spokesman the text first describes and then names, with the same office, is that person;
    his quotes go to the name (when one person only holds the office in the text)."""
    for e in entities:
        words = e.name_norm
        if not (e.quotes and e.type == "person" and e.described and len(words) >= 3
                and _bare(words[0]) in _SPOKESMEN and words[1] == "باسم"):
            continue
        office = (_bare(words[0]),) + tuple(words[1:])

        def holds(p: _Entity) -> bool:
            for sp in p.mentions:
                a = bisect.bisect_left(d.starts, sp.start)
                b = bisect.bisect_left(d.starts, sp.end)
                # the office beside the name, in the mention or just after it, set apart by a comma
                toks = [_bare(w) if k == a or d.norm[k - 1] in ("،", ",") else w
                        for k, w in enumerate(d.norm[a:b + len(office) + 2], start=a)]
                toks = [w for w in toks if w not in ("،", ",")]
                if any(tuple(toks[x:x + len(office)]) == office for x in range(len(toks))):
                    return True
            return False
        named = [p for p in entities if p is not e and p.quotes and p.type == "person" and not p.described
                 and holds(p)]
        if len(named) != 1:
            continue
        p = named[0]
        for ents in linked:
            if ents:
                for k, (x, sp) in enumerate(ents):
                    if x is e:
                        ents[k] = (p, sp)
        p.quotes += e.quotes
        p.mentions.extend(e.mentions)
        e.quotes = 0


def _content_words(d: "_Doc", q: "_Cand") -> set[str]:
    a = bisect.bisect_left(d.starts, q.start)
    b = bisect.bisect_left(d.starts, q.end)
    return {w for w in d.norm[a:b] if len(w) > 2 and w.isalpha() and w not in FUNCTION}


def _headlines_to_body(d: "_Doc", cands: "list[_Cand]",
                       linked: "list[Optional[list[tuple[_Entity, Optional[Span]]]]]") -> None:
    """مسؤول نيجيري: التلميذات المختطفات لم يظهرن بعد (the headline) / قال حاكم ولاية يوبي ...
    إن التلميذات ... لم يظهرن: a headline's words are those of a report in the body; when the
    headline names its source only by a description (مسؤول نيجيري، صحيفة، مدرب روسيا), the
    source is whoever the body quotes saying them."""
    lex = d.lex
    body: Optional[list[tuple[int, set[str]]]] = None
    for n, q in enumerate(cands):
        ents = linked[n]
        if not ents or len(ents) != 1 or d.para_of[bisect.bisect_left(d.starts, q.start)] != 0:
            continue
        e = ents[0][0]
        if any(w in lex.given_names for w in e.name_norm) or e.type == "person" and not e.described:
            continue   # (ترامب يتجاهل ...: a name is its own source)
        words = _content_words(d, q)
        if len(words) < 2:
            continue
        if body is None:   # (the body's words, once, and only for a headline that needs them)
            body = [(k, _content_words(d, c)) for k, c in enumerate(cands)
                    if linked[k] and len(linked[k]) == 1 and d.para_of[bisect.bisect_left(d.starts, c.start)] > 0]
        best, share = None, 0.0
        for m, bw in body:
            x = len(words & bw) / len(words)
            if x > share:
                best, share = m, x
        if best is None or share < 0.5:
            continue
        other = linked[best][0][0]
        if other is e or other.type not in ("person", "organization", "group"):
            continue
        own, theirs = _words(e.name_norm), _words(other.name_norm)
        if e.type == "person" and (other.type != "person" or not other.described and not any(
                w in lex.given_names for w in other.name_norm)) or e.type != "person" and not (
                len(theirs) > len(own) and theirs[:len(own)] == own):
            continue   # (الأمم المتحدة: ... is the body's own, whoever in it the body quotes)
        e.quotes -= 1
        other.quotes += 1
        linked[n] = [(other, ents[0][1])]


def _negated_adjective(d: "_Doc", j: int) -> bool:
    """غير or شبه at j, then a relative adjective that agrees in definiteness with the word
    before: one adjective of the naming (منظمة غير حكومية، "فورو بينال" غير الحكومية، القوات شبه
    العسكرية)."""
    w, prev = d.norm[j + 1], d.norm[j - 1]
    if not w.isalpha() or not w.endswith(("يه", "ي")) or len(w) < 5 or w in d.lex.given_names:
        return False
    if d.is_mark(j - 1):
        return w.startswith("ال")
    return prev.isalpha() and w.startswith("ال") == prev.startswith("ال")


def _fullest_naming(d: "_Doc", e: _Entity) -> None:
    """A body or group named somewhere in the text with more than its speaker's naming says
    (مصادر قضائية فرنسية، السلطات في دبي، هيئة الصحة العامة في إنجلترا، وكالة بلومبرغ الاقتصادية):
    the longest such naming is the canonical one. Only an adjective (a nationality, a nisba in
    ية) or في and a place or a definite body extends a naming."""
    lex = d.lex
    words = e.name_norm
    n, k = len(d.norm), len(words)
    if k == 1 and words[0] in lex.places:
        return   # (مصر، إيران: a state is named by its name)
    if k == 1 and e.type in ("person", "unknown") and not (
            _bare(words[0]) in lex.groups or _bare(words[0]) in lex.documents or words[0] in lex.titles):
        return   # (العويران: a surname alone, not a body)
    best: Optional[tuple[int, int]] = None
    # where it is named as a speaker: only there does a complement describe it (not ويعمل الموظف في
    # القنصلية, where the place is the verb's)
    spoken = {bisect.bisect_left(d.starts, m.start) for m in e.mentions}
    for i in d.positions(words[0]):
        if i + k >= n or tuple(d.norm[i:i + k]) != words:
            continue
        p = d.norm[i - 1] if i > 0 else ""
        if p.isalpha() and (p.startswith("ال") or _bare(p) in lex.org_heads or p in lex.titles or p in lex.documents
                            or p in lex.groups):
            continue   # (مفوضية الأمم المتحدة السامية، فريق البيت الأبيض: a part of another naming)
        j = i + k
        while j < n and j - (i + k) < 4 and d.para_of[j] == d.para_of[i]:
            w = d.norm[j]
            if w.isalpha() and (w in lex.nationalities or w.startswith("ال") and w.endswith("يه")
                                and len(w) > 5 and w not in lex.titles) \
                    and not (d.norm[j - 1].endswith("ه") and not w.endswith("ه")):
                j += 1   # الادعاء الألماني، وكالة بلومبرغ الاقتصادية (not الشرطة المحلي: the adjective agrees)
                continue
            if e.type == "organization" and w[:3] == "بال" and _bare(w[1:]) in lex.organizations and j - (i + k) == 0 \
                    and _bare(words[0]) in lex.organizations:
                j += 1   # مجلس الشؤون العامة بالاتحاد الأوروبي: the body it belongs to
                continue
            if w in ("غير", "شبه") and j + 1 < n and d.para_of[j + 1] == d.para_of[i] and _negated_adjective(d, j):
                j += 2   # منظمة "فورو بينال" غير الحكومية
                continue
            if w == "في" and j + 1 < n and d.norm[j + 1].isalpha() and d.para_of[j + 1] == d.para_of[i] \
                    and d.norm[j + 1] in lex.places and d.norm[j + 1] not in _TIME_WORDS:
                j += 2   # السلطات في دبي، مركز الدفاع المدني في ريف دمشق
                while j < n and j - (i + k) < 5 and d.norm[j].isalpha() and (
                        d.norm[j] in lex.places or d.norm[j] in lex.nationalities):
                    j += 1
                continue
            c = _description_complement(d, j, e.type != "organization") \
                if i in spoken and (k >= 2 or not words[0].startswith("ال")) else j   # (not الخطيب في دمشق)
            if c > j:
                j = c   # مسؤول في الوفد الفلبيني المرافق للوزير، صحفي من وكالة الأنباء الفرنسية
                continue
            break
        if e.type == "person" and j < n and d.norm[j] in lex.given_names and not d.texts[j].endswith("ى"):
            continue   # (الوزير الأردني سامر الخطيب: the title of a person named there)
        if j > i + k and (best is None or j - i > best[1] - best[0]):
            best = (i, j)
    if e.type == "organization" and k >= 2 and words[-1] in lex.nationalities and words[-1].startswith("ال"):
        # وزارة الخارجية الصينية ... وزارة الخارجية بجمهورية الصين الشعبية: the body named with its
        # country instead of the country's adjective
        head = words[:-1]
        for i in d.positions(head[0]):
            j = i + len(head)
            if j + 1 >= n or tuple(d.norm[i:j]) != head or d.para_of[j] != d.para_of[i]:
                continue
            w = d.norm[j]
            if w == "في":
                j += 1
                w = d.norm[j]
            elif w[:1] in "بل" and len(w) > 3:
                w = w[1:]
            else:
                continue
            if _bare(w) in _STATE_WORDS and j + 1 < n:
                j += 1
                w = d.norm[j]
            if not _country_of(words[-1], w, lex):
                continue
            j += 1
            while j < n and d.norm[j].startswith("ال") and d.norm[j].isalpha() and (
                    d.norm[j] in lex.nationalities or d.norm[j].endswith("يه") and len(d.norm[j]) > 5):
                j += 1   # بجمهورية الصين الشعبية، بالمملكة العربية السعودية
            if j - i >= k + 2 and (best is None or j - i > best[1] - best[0]):
                # (not البنك المركزي في مصر for البنك المركزي المصري: no fuller, only another way)
                best = (i, j)
    if e.type == "organization" and k >= 2 and words[0].startswith("ال") and _bare(words[0]) in lex.organizations:
        # النيابة الفيدرالية البلجيكية ... النيابة العامة الفيدرالية البلجيكية: the same body with an
        # adjective more among its own
        for i in d.positions(words[0]):
            j, w_i, extra = i + 1, 1, 0
            while j < n and w_i < k and extra <= 2 and d.para_of[j] == d.para_of[i]:
                if d.norm[j] == words[w_i]:
                    w_i += 1
                elif d.norm[j].startswith("ال") and d.norm[j].isalpha() and d.norm[j].endswith(("يه", "ي", "ه")) \
                        and d.norm[j] not in lex.titles and d.norm[j] not in lex.organizations:
                    extra += 1
                else:
                    break
                j += 1
            if w_i == k and extra and (best is None or j - i > best[1] - best[0]):
                best = (i, j)
    if e.type == "organization" and k == 3 and _bare(words[0]) == "اتحاد" and words[1] in ("القدم", "الكره") \
            and words[2] in lex.nationalities:
        # اتحاد القدم السعودي ... الاتحاد السعودي لكرة القدم: the federation's full name
        for i in d.positions("الاتحاد"):
            if i + 3 < n and d.norm[i + 1] == words[2] and d.norm[i + 2] == "لكره" and d.norm[i + 3] == "القدم":
                best = (i, i + 4)
                break
    if best is not None:
        i, j = best
        e.name = d.text[d.toks[i].start:d.toks[j - 1].end]
        e.name_norm = tuple(d.norm[i:j])


# Words for a state before its name (جمهورية الصين، المملكة المتحدة).
_STATE_WORDS = frozenset("جمهوريه مملكه دوله سلطنه اماره".split())


def _country_of(adjective: str, w: str, lex: "Lexicons") -> bool:
    """الصينية and الصين, الروسي and روسيا, السعودية and السعودية: a nationality's country."""
    if w not in lex.places:
        return False
    stem = _bare(adjective)
    if stem.endswith("يه"):
        stem = stem[:-2]
    elif stem.endswith(("ي", "ه")):
        stem = stem[:-1]
    country = _bare(w)
    return len(stem) >= 3 and country in (stem, stem + "ا", stem + "يا", stem + "يه", stem + "ه")


# Passives of carrying out a study, before where (دراسة أجريت في جامعة ...).
_MADE_IN = frozenset("اجريت اجري اعدت انجزت".split())
# عن and a pronoun after a verb of relaying (ونقل عنه X قوله): the source is whom it stands for.
_ABOUT_HIM = frozenset("عنه عنها عنهم".split())
# What a relative clause that follows a document's issuer refers back by (اطلعت عليه رويترز).
_SEEN_IT = frozenset("عليه عليها".split())
# Bodies that an adjective of their nationality or kind names again (النادي الإيطالي، المنظمة الحقوقية).
_NAMED_BODIES = frozenset("نادي فريق منظمه شركه جمعيه مؤسسه".split())
_BODY_KINDS = frozenset("الحقوقيه الخيريه الاغاثيه الانسانيه".split())
# Head words that name the same kind of body (النادي الإيطالي for فريق يوفنتوس).
_HEAD_SYNONYMS = {"نادي": ("نادي", "فريق"), "فريق": ("فريق", "نادي")}
# Words for an outlet, whose name follows them (صحيفة صباح، قناة الحدث).
OUTLETS = frozenset("صحيفه جريده قناه مجله موقع وكاله اذاعه شبكه محطه".split())
# ... and the other media and audiences a statement is made to (لتلفزيون، للصحفيين، لمراسل).
AUDIENCES = frozenset("تلفزيون صحفيين صحافيين صحفي صحافه وسائل مراسل مراسله مذيع مذيعه محاور محاوره مقدم مقدمه "
                       "اعلاميين صحف قنوات وكالات مواقع اذاعات شبكات مجلات".split())
MEDIA = OUTLETS | AUDIENCES
# Prepositions that open a description's complement (مسؤول في الوزارة، صحفي من الوكالة, سفير لدى
# اليمن), and the participles whose complement describes a source (مطلع على المفاوضات).
_COMPLEMENT_PREPS = frozenset("في من لدي عن".split())
_DESCRIBING = frozenset("مطلع مطلعه مطلعون مطلعين مقرب مقربه مقربون مقربين المقرب المقربه المقربون المقربين "
                        "المرافق المرافقه التابع التابعه تابع تابعه".split())
# Nouns after في that tell where or how the source spoke, not who it is (في بيان، في مؤتمر صحفي).
_SPOKEN_IN = frozenset("مؤتمر لقاء حديث كلمه مقابله تصريح تصريحات بيان اتصال ندوه جلسه اجتماع خطاب "
                       "رساله تغريده منشور حوار برنامج وقت اليوم حين الوقت ختام اعقاب ظل اطار سياق "
                       "المقابل حينه حديثه كلمته تصريحه".split())
# Words that head a place's name (محافظة درعا، ريف دمشق، شمال سوريا).
_PLACE_HEADS = frozenset("محافظه مدينه ولايه اقليم منطقه ريف شمال جنوب شرق غرب وسط قطاع بلده قريه مخيم".split())
# Nouns of time a complement may hold (في الساعات الأولى، في بدايات العمل): no description.
_TIMES = frozenset("شهر الشهر عام العام سنه السنه الساعات الساعه ساعات بدايه بدايات نهايه اواخر اوائل منتصف "
                   "مطلع الثاني الاول الاولي الثالث فتره الفتره مرحله اسبوع الاسبوع ايام الايام موسم المنصرم".split())


def _lam_complement(participle: str, w: str) -> bool:
    """لـ completes the participles of belonging (المرافق للوزير، التابعة لوزارة الداخلية), not
    مطلع (مصدر مطلع لرويترز: the audience)."""
    stem = participle[2:] if participle.startswith("ال") else participle
    return w[:1] == "ل" and len(w) > 3 and stem.startswith(("مرافق", "تابع"))


def _body_lam(d: "_Doc", k: int) -> bool:
    """لل at k completes the body named just before it (المجلس الوطني للمقاومة الإيرانية), where
    it is no outlet or audience (لوكالة فرانس برس، للصحفيين)."""
    x = d.norm[k]
    return x.startswith("لل") and len(x) > 4 and d.norm[k - 1].startswith("ال") and d.norm[k - 1].isalpha() \
        and _bare(x[2:]) not in MEDIA \
        and any(_bare(d.norm[y]) in d.lex.organizations for y in (k - 1, k - 2) if y >= 0)


def _unnamed(d: "_Doc", words: tuple[str, ...]) -> bool:
    """Words that describe persons without naming any (مسؤول أمني، أجهزة الإطفاء، معارضو المشروع):
    no given name, no word of a name the text gives, and a title first or a noun in construct with
    a definite word."""
    if any(w in d.lex.given_names or w in d.known_names() for w in words):
        return False
    first = words[0]
    plural = first.endswith(("ين", "ون")) and len(first) > 4 and is_title(first[:-2], d.lex)   # (موظفين حاليين)
    return is_title(first, d.lex) or plural or len(words) >= 2 and words[1].startswith("ال") and first.endswith(("و", "ه"))


def _office_before(d: "_Doc", j: int) -> bool:
    """A title (or a title's plural) heads the words before j, past up to two adjectives: عضو
    البرلمان الفرنسي عن، ممثلون عن (an office held on behalf of what follows عن)."""
    k = j - 1
    while k > 0 and j - k <= 3 and d.norm[k].startswith("ال") and d.norm[k].isalpha() and not is_title(d.norm[k], d.lex):
        k -= 1
    w = _bare(d.norm[k])
    if k > 0 and d.norm[k].startswith("ال") and is_title(d.norm[k - 1], d.lex):
        w = _bare(d.norm[k - 1])   # عضو البرلمان: the title in construct
    return w in d.lex.titles or title_plural(w, d.lex)


def title_plural(w: str, lex: "Lexicons") -> bool:
    """A sound plural of a title (مدعون، المسؤولين، ممثلون): people by their office."""
    return w.endswith(("ون", "ين")) and (w[:-2] in lex.titles or w[:-2] + "ي" in lex.titles)


def _description_complement(d: "_Doc", j: int, people: bool) -> int:
    """End of the complement that completes a description at token j: في or لدى and a body or a
    place (مسؤول في الوفد الفلبيني المرافق للوزير، المجلس المحلي في محافظة درعا), من and the
    body or group it is one of (صحفي من وكالة الأنباء الفرنسية, for people only: not الوزارة من
    جهتها), or a participle's complement (مطلع على مفاوضات دخول الجيش السوري إلى عفرين). The
    complement must run up to where the speaker's words end: punctuation, a cue, a complementizer,
    an audience in لـ, a time word; else j (nothing is added)."""
    lex = d.lex
    n = len(d.norm)
    w = d.norm[j]
    if w in _DESCRIBING and j + 1 < n and (d.norm[j + 1] in ("علي", "من") or _lam_complement(w, d.norm[j + 1])):
        k = j + 2 if d.norm[j + 1] in ("علي", "من") else j + 1   # مطلع على، المرافق للوزير
    elif j > 0 and d.norm[j - 1] in _DESCRIBING and (w in ("علي", "من") or _lam_complement(d.norm[j - 1], w)):
        k = j + 1 if w in ("علي", "من") else j   # (the participle closes the naming already)
    elif w == "عن" and not (people and _office_before(d, j)):
        return j   # (نقلت وسائل إعلام عن الوزارة: whom the media relay, not what they are)
    elif w in _COMPLEMENT_PREPS and (people or w == "لدي" or w == "في" and j + 1 < n and d.norm[j + 1] in _PLACE_HEADS):
        k = j + 1   # (a body: only where it sits, المجلس المحلي في محافظة درعا، البعثة لدى الأمم المتحدة)
    else:
        return j
    para = d.para_of[j]
    first = k
    while k < n and k - j <= 10 and d.para_of[k] == para and d.norm[k].isalpha() and not d.is_mark(k):
        x, t = d.norm[k], d.texts[k]
        if d.comp_len(k) or d.cue_at(k) is not None or x[:1] == "ل" and k > first and len(x) >= 3 \
                and not _lam_complement(d.norm[k - 1], x) and not _body_lam(d, k):
            break   # where the speaker's words end: إن، قال، لوكالة فرانس برس، لبي بي سي
        if x in _TIME_WORDS or x in _WHEN or x in MONTHS or _bare(x) in _SPOKEN_IN or _bare(x) in _TIMES \
                or _bare(x) in lex.documents or _bare(_unsuffixed(x)) in lex.documents or x in lex.statement_nouns \
                or _verb_like(x) and x not in lex.organizations and x not in lex.org_proper \
                or x in FUNCTION and x not in ("في", "من", "الي", "علي", "لدي") \
                or t.endswith(("ها", "هم", "هما")) or t.endswith("ه") and len(x) > 3 and k > first and x != "الله" \
                or x[:1] == "ب" and len(x) > 3 and x not in lex.places:
            return j   # في شهر فبراير، في مواجهتها، بدعم جماعات: no description's complement
        k += 1
    if k == first or k < n and d.para_of[k] == para and not (
            d.is_punct(k) or d.is_mark(k) or d.comp_len(k) or d.cue_at(k) is not None
            or d.norm[k][:1] == "ل" and len(d.norm[k]) >= 3):
        return j   # the complement runs on into words it cannot end at: no safe end
    while k > first and d.norm[k - 1] in ("في", "من", "الي", "علي", "لدي"):
        k -= 1
    return k if k > first else j


def _display(name: str) -> str:
    """A canonical name without hashtag marks (جيم #ماتيس -> جيم ماتيس) or invisible format
    characters; a hashtag's underscores stay, as the annotation guideline keeps the naming as
    written (#دونالد_ترمب -> دونالد_ترمب). Mentions keep the text as it stands."""
    name = remove_controls(name)
    if "#" not in name:
        return name
    return " ".join(name.replace("#", " ").split())


def _participle(d: "_Doc", q: "_Cand") -> bool:
    """The quote's cue is a participle of manner (مضيفا، معتبرا، قائلة)."""
    if q.cue_tok is None:
        return False
    c = d.lex.cue(d.norm[q.cue_tok])
    return c is not None and c[0].part == "participle"


def _split_co_speakers(d: "_Doc", a: int, b: int) -> list[tuple[int, int]]:
    """وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو: two sources of one statement."""
    lex = d.lex
    first = d.norm[a]
    dual = first.endswith("ا") and (first[:-1] in lex.titles or first[:-1] + "ه" in lex.titles)
    if not dual:
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
