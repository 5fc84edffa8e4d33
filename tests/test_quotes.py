"""Quote detection, pattern by pattern, on short passages written for these tests."""
from __future__ import annotations

import json

import pytest

import newscli
from newscli.cli import app

# (text, [(kind, content, cue, speaker name)])
CASES = [
    # indirect, verb first, with a title and a name
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مثمرة.",
     [("indirect", "المحادثات كانت مثمرة", "وقال", "سيرغي لافروف")]),
    # direct after a colon
    ("وأضاف الوزير: «نحن مستعدون للحوار مع جميع الأطراف».",
     [("direct", "نحن مستعدون للحوار مع جميع الأطراف", "وأضاف", "الوزير")]),
    # direct with the cue after the quote
    ("«الوضع في المدينة هادئ الآن»، قال المتحدث باسم الشرطة.",
     [("direct", "الوضع في المدينة هادئ الآن", "قال", "المتحدث باسم الشرطة")]),
    # mixed: indirect content holding a quoted fragment
    ("وأشار الوزير إلى أن بلاده ستواصل «التعاون الوثيق» مع جيرانها.",
     [("mixed", "بلاده ستواصل «التعاون الوثيق» مع جيرانها", "وأشار", "الوزير")]),
    # a complementizer followed entirely by a quoted passage is direct
    ("وأكد المدير أن “الموسم المقبل سيكون أفضل للجميع”.",
     [("direct", "الموسم المقبل سيكون أفضل للجميع", "وأكد", "المدير")]),
    # attribution phrase at the start, content after فإن
    ("وبحسب مصادر أمنية، فإن الهجوم وقع فجر اليوم.",
     [("indirect", "الهجوم وقع فجر اليوم", "وبحسب", "مصادر أمنية")]),
    # two cues in one sentence are two records; the participle keeps the speaker
    ("وقالت المتحدثة باسم الوزارة إن الاجتماع سيعقد غدا، مضيفة أن جدول الأعمال لم يحدد بعد.",
     [("indirect", "الاجتماع سيعقد غدا", "وقالت", "المتحدثة باسم الوزارة"),
      ("indirect", "جدول الأعمال لم يحدد بعد", "مضيفة", "المتحدثة باسم الوزارة")]),
    # subject before the verb
    ("الرئيس الفرنسي إيمانويل ماكرون قال إن أوروبا تحتاج إلى دفاع مشترك.",
     [("indirect", "أوروبا تحتاج إلى دفاع مشترك", "قال", "إيمانويل ماكرون")]),
    # an aside between speaker and content
    ("وقال رئيس البلدية، خلال مؤتمر صحفي في العاصمة، إن الطرق ستفتح الأسبوع المقبل.",
     [("indirect", "الطرق ستفتح الأسبوع المقبل", "وقال", "رئيس البلدية")]),
    # نقل عن: the source is after عن
    ("ونقلت وكالة الأنباء عن مسؤول حكومي قوله إن المفاوضات ستستأنف.",
     [("indirect", "المفاوضات ستستأنف", "ونقلت", "مسؤول حكومي")]),
    # an organization speaks
    ("وقالت وزارة الصحة في بيان إن عدد الإصابات ارتفع إلى 3.5 في المئة.",
     [("indirect", "عدد الإصابات ارتفع إلى 3.5 في المئة", "وقالت", "وزارة الصحة")]),
    # bare colon after a source in a headline
    ("لافروف: «لا حل عسكريا للأزمة»\n\nوقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.",
     [("direct", "لا حل عسكريا للأزمة", None, "سيرغي لافروف"),
      ("indirect", "الحل سياسي", "وقال", "سيرغي لافروف")]),
    # a quote split by its attribution is two records
    ("«سنعمل بجد»، قال المدرب، «ولن نستسلم أبدا».",
     [("direct", "سنعمل بجد", "قال", "المدرب"), ("direct", "ولن نستسلم أبدا", "قال", "المدرب")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:25] for c in CASES])
def test_patterns(text: str, expected: list) -> None:
    doc = newscli.parse(text)
    got = [(q.kind, q.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
           for q in doc.quotes]
    for exp in expected:
        assert exp in got, f"missing {exp} in {got}"


MORE_CASES = [
    # a trailing attribution phrase attributes the clause before it
    ("ارتفعت أسعار القمح بنسبة عشرة في المئة، بحسب وزارة التجارة.",
     [("indirect", "ارتفعت أسعار القمح بنسبة عشرة في المئة", "بحسب", "وزارة التجارة")]),
    # a trailing كما + cue
    ("ستفتح المدارس أبوابها الأسبوع المقبل، كما قال وزير التعليم.",
     [("indirect", "ستفتح المدارس أبوابها الأسبوع المقبل", "قال", "وزير التعليم")]),
    # a preposition and complementizer after the cue (كشف عن أنه), subject understood
    ("قال المدرب إن الفريق جاهز. وكشف عن أنه سيغير خطة اللعب.",
     [("indirect", "سيغير خطة اللعب", "وكشف", "المدرب")]),
    # the cue right before a quoted passage
    ("وقال المدرب إن الفريق جاهز.\nوتابع \"سنلعب من أجل الفوز في كل مباراة\".",
     [("direct", "سنلعب من أجل الفوز في كل مباراة", "وتابع", "المدرب")]),
    # a relative clause: the antecedent speaks
    ("وصلت اللجنة الدولية التي ترى أن الانتخابات كانت نزيهة.",
     [("indirect", "الانتخابات كانت نزيهة", "ترى", "اللجنة الدولية")]),
    # time words after the verb are no subject
    ("وقال الوزير إن الخطة جاهزة.\nوأكد الاثنين أن التنفيذ يبدأ قريبا.",
     [("indirect", "التنفيذ يبدأ قريبا", "وأكد", "الوزير")]),
    # a document verb with a document subject
    ("وأظهرت الدراسة أن نصف الطلاب يعملون بعد الدراسة.",
     [("indirect", "نصف الطلاب يعملون بعد الدراسة", "وأظهرت", "الدراسة")]),
]


@pytest.mark.parametrize("text,expected", MORE_CASES, ids=[c[0][:25] for c in MORE_CASES])
def test_more_patterns(text: str, expected: list) -> None:
    test_patterns(text, expected)


@pytest.mark.parametrize("text", [
    "وأكد على ضرورة الحوار بين الأطراف.",                 # cue + noun phrase
    "ودعا إلى التهدئة في المنطقة.",                        # cue + masdar
    "شاهد الجمهور فيلم «الرسالة» في الافتتاح.",             # title in marks
    "وتغطي قناة «الرياضية» البطولة كاملة.",                 # a name in marks
    "يذكر أن المعرض افتتح عام 2010.",                       # the article's own voice
    "ونقول إن الصبر مفتاح الفرج.",                          # the author's first person
    "وأظهرت الجماعة أنها القوة الأكبر في البلاد.",          # a document verb without a document
    "ستبقى المحلات مغلقة خلال العطلة وبحسب الحالة.",        # بحسب without a source
    "وأطلق اللاعب كرة قوية أن تصدى لها الحارس.",            # أطلق is no reporting verb
    "وغادر الوفد بعد أن انتهت الجلسة.",                     # أن of another construction
    "ويبلغ عدد السكان نحو مليون نسمة، علما أن التقديرات قديمة.",  # يبلغ: reaches
])
def test_not_quotes(text: str) -> None:
    assert newscli.parse(text).quotes == ()


def _speaker_names(text: str) -> list:
    """Each quote's speaker name in text order (None for a quote with no speaker)."""
    return [q.speaker.name if q.speaker else None for q in newscli.parse(text).quotes]


def test_multi_paragraph_quote_is_one_record() -> None:
    text = ("وقال الوزير:\n«نحن أمام مرحلة جديدة من التعاون.\n«وسنعمل مع شركائنا على تنفيذ الاتفاق.\n"
            "«وسيستفيد الجميع من النتائج».")
    doc = newscli.parse(text)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("نحن أمام") and direct[0].text.endswith("من النتائج")
    assert not doc.warnings


@pytest.mark.parametrize("text,code", [
    ("وقال المدير: «سنفتتح المعرض قريبا.", "unclosed-quote"),
    ("وانتهت الجلسة» دون اتفاق.", "unopened-quote"),
])
def test_unbalanced_marks_warn_and_invent_nothing(text: str, code: str) -> None:
    doc = newscli.parse(text)
    assert code in [w.code for w in doc.warnings]
    assert doc.quotes == ()


def test_nested_and_alternating_marks_do_not_crash() -> None:
    text = 'وقال: «قالوا لنا "هذا “أمر” مهم" ثم غادروا». و"نص ” غريب «'
    doc = newscli.parse(text)
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text


def test_co_speakers_are_kept() -> None:
    doc = newscli.parse("أعلن وزيرا الخارجية المصري سامح شكري والأردني أيمن الصفدي أن البلدين يرفضان التهجير.")
    (q,) = doc.quotes
    assert q.speaker.name == "سامح شكري"
    assert [c.name for c in q.co_speakers] == ["أيمن الصفدي"]


def test_offsets_point_into_the_original_text() -> None:
    # diacritics, tatweel and a bidi mark inside words: spans still index the text as given
    text = "\ufeffوقـــال الوزيـرُ إن\u200f المحادثاتِ مستمرةٌ.\r\nوأضاف: «الحل قريب»."
    doc = newscli.parse(text)
    assert doc.quotes
    for q in doc.quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker and q.speaker.mention:
            m = q.speaker.mention
            assert text[m.start:m.end] == m.text
        assert not (q.cue.start < q.end and q.start < q.cue.end), "a quote never overlaps its cue"


def test_config_extends_the_cue_lexicon() -> None:
    from newscli.config import from_mapping

    text = "واستهجن الوزير أن المعارضة تقاطع الجلسات."
    assert newscli.parse(text).quotes == ()
    cfg = from_mapping({"lexicons": {"cues": ["استهجن"]}})
    (q,) = newscli.parse(text, config=cfg).quotes
    assert (q.text, q.cue.text, q.speaker.name) == ("المعارضة تقاطع الجلسات", "واستهجن", "الوزير")


def test_quotes_json_contract(tmp_path) -> None:
    from typer.testing import CliRunner

    f = tmp_path / "a.txt"
    f.write_text("وقال الوزير سامح شكري إن الاجتماع مثمر.\n\nوأضاف: «سنلتقي مجددا».", encoding="utf-8")
    r = CliRunner().invoke(app, ["quotes", str(f), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    obj = json.loads(r.stdout.splitlines()[0])
    assert obj["source"] == str(f)
    q = obj["quotes"][0]
    assert set(q) >= {"id", "kind", "start", "end", "text", "cue", "speaker", "sentence"}
    assert set(q["cue"]) == {"start", "end", "text", "lemma"}
    assert set(q["speaker"]) == {"id", "name", "type", "mention"}
    assert q["speaker"]["type"] in ("person", "organization", "group", "unknown")
    sp = obj["speakers"][0]
    assert set(sp) == {"id", "name", "type", "titles", "gender", "mentions", "quotes"}
    assert sp["quotes"] == 2   # the implicit وأضاف is the same speaker
    assert "شكري" in r.stdout    # Arabic unescaped


def test_quotes_csv_has_a_row_per_quote(tmp_path) -> None:
    from typer.testing import CliRunner

    f = tmp_path / "a.txt"
    f.write_text("وقال الوزير إن الاجتماع مثمر. وأضاف: «سنلتقي مجددا».", encoding="utf-8")
    r = CliRunner().invoke(app, ["quotes", str(f), "--format", "csv"])
    assert r.exit_code == 0
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("source,id,kind")
    assert len(lines) == 3


def test_a_new_report_after_haythu_or_lakinnahu_ends_the_content() -> None:
    text = ("أعلن رئيس المجلس سامي حداد أن المجلس يستعد لمرحلة جديدة حيث أعلن حداد أن المحادثات ستجري قريبا "
            "ولكنه قال إن التنفيذ سيتأخر.")
    doc = newscli.parse(text)
    assert [q.text for q in doc.quotes] == ["المجلس يستعد لمرحلة جديدة", "المحادثات ستجري قريبا", "التنفيذ سيتأخر"]
    assert [q.cue.text for q in doc.quotes] == ["أعلن", "أعلن", "قال"]
    assert all(q.speaker.name == "سامي حداد" for q in doc.quotes)


def test_ambiguous_cue_with_a_long_named_subject() -> None:
    doc = newscli.parse("ذكر عبدالمنعم أبو سيف عضو مكتب إرشاد الجماعة أن الجماعة لم تنزل إلى الميدان.")
    assert [q.cue.text for q in doc.quotes] == ["ذكر"]
    assert doc.quotes[0].speaker.name == "عبدالمنعم أبو سيف"


def test_present_perception_verb_without_subject_is_impersonal() -> None:
    assert newscli.parse("ويتوقع ان تظهر المواجهة بمستوى فني كبير.").quotes == ()
    # the past tense has an understood subject: a report
    assert len(newscli.parse("قال المدرب إن فريقه جاهز. وتوقع أن تكون المواجهة صعبة.").quotes) == 2


def test_a_name_in_marks_after_a_preposition_is_no_quote_before_a_verb() -> None:
    # في "إنتربول"، كشفت العملية ...: no quote "إنتربول" spoken by العملية; the بحسب source stands
    text = 'وبحسب بول ستانفيلد مدير قسم الجريمة في "إنتربول"، كشفت العملية ممارسات جديدة للرهانات.'
    doc = newscli.parse(text)
    assert [(q.kind, q.cue.text, q.speaker.name) for q in doc.quotes] == [("indirect", "وبحسب", "بول ستانفيلد")]
    assert doc.quotes[0].text == "كشفت العملية ممارسات جديدة للرهانات"


def test_marked_words_after_a_cue_and_its_subject_are_quoted_not_a_name() -> None:
    # two words with a pronoun, or two ال-words, in marks are somebody's words ...
    for text, words in (('وأعربت مصر السبت عن "قلقها البالغ" حيال الوضع.', "قلقها البالغ"),
                        ('وأعرب المصدر عن "التأييد الكامل" للعملية.', "التأييد الكامل")):
        doc = newscli.parse(text)
        assert len(doc.quotes) == 1 and words in doc.quotes[0].text, text
    # ... a one-word name in marks is not
    assert newscli.parse('وأعلنت وكالة "سانا" مقتل ثلاثة أشخاص.').quotes == ()


def test_one_bare_word_in_marks_inside_reported_content_is_a_name() -> None:
    doc = newscli.parse("وأكد الرئيس التنفيذي أن «سابك» لن تدخل في التنقيب عن النفط الصخري.")
    assert [q.kind for q in doc.quotes] == ["indirect"]
    doc = newscli.parse("وأكد الرئيس التنفيذي أن الشركة لن تدخل في «مغامرات غير محسوبة» أبدا.")
    assert [q.kind for q in doc.quotes] == ["mixed"]


def test_marked_words_after_a_cue_and_its_noun_phrase_are_a_direct_quote_alone() -> None:
    doc = newscli.parse('وأعرب المصدر عن "التأييد الكامل" للضربات التي نفذتها الدول الثلاث.')
    assert [(q.kind, q.text) for q in doc.quotes] == [("direct", "التأييد الكامل")]
    # a name in marks before the complementizer belongs to the speaker words
    doc = newscli.parse('وقالت المتحدثة باسم وزارة الدفاع أو ما يعرف بـ"البنتاغون" إن العلاقات قوية.')
    assert [(q.kind, q.text) for q in doc.quotes] == [("indirect", "العلاقات قوية")]


def test_marked_common_words_after_a_cue_are_a_direct_quote() -> None:
    # a noun with its pronoun (صدمتها), tanwin (مكباً), an indefinite noun and nisba adjective
    for text, words in (('وعبّرت رئيسة الوزراء البريطانية، تيريزا ماي، عن "صدمتها" لوفاة المرأة.', "صدمتها"),
                        ('اتهم وزير الداخلية موسكو باستخدام بريطانيا "مكباً للسم".', "مكباً للسم"),
                        ('أرجع الرئيس التركي الأحد تدهور العملة إلى "مؤامرة سياسية" ضد تركيا.', "مؤامرة سياسية")):
        doc = newscli.parse(text)
        assert [(q.kind, q.text) for q in doc.quotes] == [("direct", words)], text
    # a name in marks is still no quote (انضم إلى "جبهة النصرة"), nor a film title ending in ها
    assert not newscli.parse('وانضم اللاعب إلى "جبهة النصرة" في 2013.').quotes
    text = 'ويعتبر المخرج من أهم صناع السينما، وقد تفرغ لإنجاز فيلم مهم آخر وهو "شوها".'
    assert all(q.text != "شوها" for q in newscli.parse(text).quotes)


def test_marked_words_of_another_clause_are_not_the_cues() -> None:
    text = ('وتعهد الرئيس بمواصلة الإصلاحات، في الوقت الذي تهدد فيه المعارضة بالانسحاب من الاتفاق '
            'ما لم يتم تصحيح "عيوب كارثية" فيه.')
    assert [(q.cue.text, q.speaker.name) for q in newscli.parse(text).quotes] == [("تهدد", "المعارضة")]
    text = 'وألقى الحوثي باللوم على ما وصفه بـ"قوات العدوان الأمريكية والسعودية" وتوعد بالثأر والانتقام.'
    assert all(q.cue is None or q.cue.text != "وتوعد" for q in newscli.parse(text).quotes)


def test_held_pending_investigation_is_no_attribution() -> None:
    text = 'ويتم توقيف مشتبه به على ذمة التحقيق إذا كان هناك "واحد أو أكثر من الأسباب المعقولة للاشتباه".'
    assert all(q.cue is None or q.cue.text != "على" for q in newscli.parse(text).quotes)
    # but على ذمة + a source still attributes
    doc = newscli.parse("وانتهت المفاوضات دون اتفاق، على ذمة مصدر دبلوماسي.")
    assert [q.speaker.name for q in doc.quotes] == ["مصدر دبلوماسي"]


def test_connectives_and_links_are_no_reports() -> None:
    # بيد أن "but" and بشرط أن "provided that" open no reported clause
    text = "وأشادت الكاتبة بدور المرأة، مؤكدةً قدرتها على التغيير، بيد أن هناك نقاطا تحتاج إلى دعم."
    assert not newscli.parse(text).quotes
    text = "تنصح الطبيبة الناس باستخدام الكريمات، بشرط أن تتضمن هذه الكريمات مادة واقية."
    assert not newscli.parse(text).quotes
    # a link to another article is no source
    doc = newscli.parse('وقال الخبراء إن الحكومة تحمي الدين.\nاقرأ أيضاً: "إجبار" طلاب على الإفطار في الصين')
    assert [q.speaker.name for q in doc.quotes] == ["الخبراء"]


def test_survey_shares_speculation_and_complementizers_after_a_title() -> None:
    # a survey's share is a source for an ambiguous verb too (صرح)
    doc = newscli.parse("صرح 21,7٪ من المجيبين بأن عبء العمل يبقى على حاله.")
    assert [q.speaker.name for q in doc.quotes] == ["21,7٪ من المجيبين"]
    # a complementizer after a title is no name (الوزير بأن عبء ...)
    doc = newscli.parse("وصرح الوزير بأن عبء العمل يبقى على حاله.")
    assert [q.speaker.name for q in doc.quotes] == ["الوزير"]
    # تكهن (speculate) reports
    doc = newscli.parse("وتكهنت وسائل إعلام بريطانية بأن المدرب سيغير التشكيلة.")
    assert [q.speaker.name for q in doc.quotes] == ["وسائل إعلام بريطانية"]
    # a noun after a preposition before the cue is no source (في محاولة قالت إنها)
    text = "اتخذت تركيا، الجمعة، خطوة مفاجئة بحق المصدرين، في محاولة قالت إنها ستدعم الليرة بعد انهيارها."
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["تركيا"]
    # a dateline is no source: لندن: NAME
    text = "لندن: موسى مهدي\n\nقال المصرف إن الأرباح تراجعت."
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["المصرف"]


def test_a_participle_and_marked_words_start_a_new_report_without_a_comma() -> None:
    text = 'وندد النائب بنشر مداخلته، معتبرا أن التسجيل تم بشكل "غير قانوني" مهددا باتخاذ "إجراءات قضائية".'
    doc = newscli.parse(text)
    assert [(q.cue.text, q.kind, q.text) for q in doc.quotes] == [
        ("معتبرا", "mixed", 'التسجيل تم بشكل "غير قانوني"'), ("مهددا", "direct", "إجراءات قضائية")]


def test_an_ambiguous_verb_after_a_conjunction_is_a_verb_and_marked_words_are_no_source() -> None:
    text = ('ندد مسؤولون بتصريحات للرئيس الفلسطيني محمود عباس اعتبرت "معادية للسامية"، بعدما صرح الاثنين '
            'أمام المجلس الوطني أن "معاداة السامية لم تنشأ بسبب الدين".')
    doc = newscli.parse(text)
    assert [(q.cue.text, q.speaker.name) for q in doc.quotes] == [("صرح", "محمود عباس")]
    # a document after وفقا ل is named without the preposition
    doc = newscli.parse("وسيبدأ الإنتاج العام المقبل، وفقا لبيان صادر اليوم.")
    assert [q.speaker.name for q in doc.quotes] == ["بيان صادر"]


def test_a_pretext_phrase_speaks_for_the_subject_of_its_own_clause() -> None:
    text = ("وكان دبلوماسيون أوروبيون قد توجهوا الخميس إلى القرية، إلا أن الجيش الإسرائيلي منعهم "
            "من الوصول إليها بدعوى أنها منطقة عسكرية مغلقة.")
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["الجيش الإسرائيلي"]
    text = ("والخميس توجه دبلوماسيون أوروبيون إلى القرية، لكن الجيش الإسرائيلي منع وصولهم "
            "بحجة أنها منطقة عسكرية مغلقة.")
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["الجيش الإسرائيلي"]


def test_a_verbal_noun_after_the_verb_opens_its_object_not_a_speaker() -> None:
    text = ('وأجرى العاهل الأردني الملك عبد الله الثاني مباحثات مع رئيس الوزراء في عمان.\n'
            'وأكد ضرورة تحقيق تقدم في جهود حل النزاع "استنادا إلى حل الدولتين".')
    q = newscli.parse(text).quotes[-1]
    assert q.speaker is None or q.speaker.mention is None
    assert q.speaker is None or "ضرورة" not in q.speaker.name


def test_a_subject_after_lakin_before_its_verb_speaks() -> None:
    text = ('وقال الرئيس السوري بشار الأسد إن الحرب انتهت.\n'
            'وقال المستشار بدران كرد إن الاتفاق قريب.\n'
            'وأشار الجانبان في بعض الأحيان إلى إمكانية التوصل لاتفاق طويل الأمد بينهما لكن الأسد قال '
            'في الآونة الأخيرة إنه يريد استعادة السيطرة على البلاد.')
    q = newscli.parse(text).quotes[-1]
    assert q.speaker is not None and q.speaker.name == "بشار الأسد"
    assert q.speaker.mention is not None and q.speaker.mention.text == "الأسد"


def test_a_sources_naming_ends_before_its_object_or_its_time() -> None:
    text = 'وأفاد مسؤولون أمنيون أفغان باعتقال شخصين يشتبه في تورطهما، وأضافوا أن التحقيق مستمر.'
    q = newscli.parse(text).quotes[0]
    assert q.speaker is not None and q.speaker.name == "مسؤولون أمنيون أفغان"
    text = 'وقال مجلس الأمن الدولي اليوم الخميس إن الوضع خطير.'
    q = newscli.parse(text).quotes[0]
    assert q.speaker is not None and q.speaker.mention.text == "مجلس الأمن الدولي"


def test_in_the_hope_that_and_between_after_a_verb_report_nothing() -> None:
    text = 'ولم يبرح الزوجان المدينة على الإطلاق، على أمل أن تعود ابنتهما إليها.'
    assert newscli.parse(text).quotes == ()
    text = 'وفي معظم الأحيان، لا تجمع بين أعضاء اللائحة الواحدة برامج مشتركة أو رؤية سياسية واحدة.'
    assert newscli.parse(text).quotes == ()
    # the verb itself still reports
    text = 'وأمل الوزير أن تعود الأمور إلى طبيعتها قريبا.'
    assert [q.cue.text for q in newscli.parse(text).quotes] == ["وأمل"]


def test_a_cue_in_a_relative_clause_about_the_speaker_is_no_report_of_its_own() -> None:
    text = ('وقال نتنياهو - الذي كان يتحدث إلى الصحفيين يوم الاثنين في واشنطن - '
            'إن الخطوط الجوية الهندية ستبدأ رحلاتها قريبا.')
    quotes = newscli.parse(text).quotes
    assert [(q.cue.text, q.speaker.name) for q in quotes] == [("وقال", "نتنياهو")]


def test_an_organizations_naming_ends_before_its_object() -> None:
    for text, name in (
            ('وتوقع البنك المركزي نموا قدره ثلاثة في المئة، وقال إن التضخم سيتراجع.', "البنك المركزي"),
            ('وبررت الحكومة المحلية قرارها بهدم المسجد، وقالت إن البناء مخالف للقانون.', "الحكومة المحلية"),
            ('ودعا مجلس الأمن كل الأطراف إلى الحوار، وقال إن "الحل سياسي".', "مجلس الأمن")):
        names = [q.speaker.name for q in newscli.parse(text).quotes if q.speaker]
        assert names and all(n == name for n in names), (text, names)
    # a coordinated name and a foreign name after the adjective stay whole
    text = 'وقالت وزارة الثقافة والإعلام السعودية إن المهرجان سيقام في موعده.'
    assert newscli.parse(text).quotes[0].speaker.name == "وزارة الثقافة والإعلام السعودية"


def test_a_family_after_al_closes_a_name() -> None:
    text = ('وأكد الشيخ سلطان بن سحيم آل ثاني منع النظام القطري مواطنيه من السفر، '
            'وقال إن "هذا القرار ظالم".')
    names = [q.speaker.name for q in newscli.parse(text).quotes]
    assert names and all(n.endswith("بن سحيم آل ثاني") for n in names), names


def test_a_document_referred_to_by_a_pronoun_speaks_for_its_publisher() -> None:
    text = ('وقالت وزيرة الخارجية كريستيا فريلاند إن "كندا ستقف دائما مع حقوق الإنسان".\n'
            'وكانت الوزيرة قد نشرت تغريدة لها عبر تويتر جاء فيها "هالني سجن الناشطة في السعودية".')
    quotes = newscli.parse(text).quotes
    assert [(q.cue.text, q.speaker.name) for q in quotes] == [
        ("وقالت", "كريستيا فريلاند"), ("جاء", "كريستيا فريلاند")]
    assert quotes[1].speaker.mention.text == "تغريدة"


def test_abra_without_an_is_via_not_expressed() -> None:
    text = ('وعبر المدير العام للشركة، ريتشارد هيمينتون، عن استياء الشركة من الحادث، '
            'مضيفا أنها "تتحمل المسؤولية كاملة".')
    assert newscli.parse(text).quotes[0].speaker.name == "ريتشارد هيمينتون"


def test_bayna_after_a_noun_is_between_and_a_dateline_opens_the_sentence() -> None:
    text = 'يتراوح سعر كيلو الضأن بين "36 و40 جنيها" في بعض الجزارات.'
    assert newscli.parse(text).quotes == ()
    text = ('أتلانتا، الولايات المتحدة (CNN) – أعلن المتحدث باسم الخارجية الإيرانية، بهرام قاسمي، '
            'موقف بلاده من الأزمة، إذ أكد أن طهران تنتظر الكشف عن الحقائق.\n'
            'لقاء بين مسؤولين سعوديين وأتراك في إسطنبول\n'
            'وأكد المتحدث باسم الخارجية الإيرانية أنه من المبكر التعليق، ولفت إلى أن طهران تفضل الانتظار.')
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["بهرام قاسمي"] * 3
    # the verb بيّن still reports
    text = 'وبين الوزير أن الأسعار ستنخفض قريبا.'
    assert [q.cue.text for q in newscli.parse(text).quotes] == ["وبين"]


def test_a_source_in_marks_after_bihasab_or_wafqan_li() -> None:
    for text, source in (('ووفقا لـ"سكاي نيوز"، فإن الحكومة ستعلن تدابير جديدة لمنع إساءة استخدام الشراكات.',
                          "سكاي نيوز"),
                         ('وحسب "تايمز أوف إسرائيل"، فإنه تم إبلاغ القادة العسكريين بالخطة.', "تايمز أوف إسرائيل")):
        quotes = newscli.parse(text).quotes
        assert len(quotes) == 1 and quotes[0].speaker.name == source, (text, quotes)
    # a quoted phrase after another attribution is no source
    text = 'وحملت الخارجية الأمريكية روسيا "مسؤولية الهجمات" استنادا إلى "دعمها المستمر" للحكومة السورية.'
    assert all(q.speaker is None or q.speaker.name != "دعمها المستمر" for q in newscli.parse(text).quotes)


def test_wa_radda_replied_is_not_warada_was_mentioned() -> None:
    text = 'وردت نيكول بأن هذا لم يحدث معها.'
    assert [(q.cue.text, q.speaker.name) for q in newscli.parse(text).quotes] == [("وردت", "نيكول")]
    text = 'وورد في التقرير أن الوضع خطير جدا.'
    assert [q.cue.text for q in newscli.parse(text).quotes] == ["وورد"]


def test_an_attribution_aside_takes_the_longer_side_unless_a_new_clause_follows() -> None:
    text = 'وأدت الغارات، بحسب مصدر ميداني، إلى تدمير منصة إطلاق صواريخ ومخازن أسلحة.'
    q = newscli.parse(text).quotes
    assert len(q) == 1 and q[0].text.startswith("إلى تدمير") and q[0].speaker.name == "مصدر ميداني"
    text = ('وقال رئيس الهيئة محمد القويز إن السوق تتغير.\n'
            'أما التغير الثالث، بحسب القويز، فيتمثل في إعادة صياغة القواعد.')
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["محمد القويز"] * 2
    # a new clause after the aside: the content is the clause before it
    text = 'واشاد الرئيس بالزعيم "الموهوب جدا"، على حد تعبير ترمب، وتجاهل الأخير سؤالا لأحد الصحافيين.'
    assert all(not q.text.startswith("وتجاهل") for q in newscli.parse(text).quotes)


def test_this_body_after_bihasab_refers_back() -> None:
    text = ('وقالت هيئة حماية اللاجئين إن الطلبات تضاعفت.\n'
            'وبحسب هذه الهيئة فإن 2500 جزائري طلبوا اللجوء العام الماضي.')
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["هيئة حماية اللاجئين"] * 2


def test_indefinite_reports_before_their_verb_are_its_source() -> None:
    for text in ('وظهرت تقارير تفيد بأنها تلقت أموالا مقابل عدم الإفصاح.',
                 'حينما ظهرت تقارير، تفيد بأنها تلقت أموالا مقابل عدم الإفصاح.',
                 'وأعلن التحالف الهجوم بعد ورود معلومات تفيد بأن قوات تستعد لمهاجمة الميناء.'):
        q = newscli.parse(text).quotes[-1]
        assert q.speaker is not None and q.speaker.name in ("تقارير", "معلومات"), (text, q.speaker)


def test_a_medium_relaying_a_quoted_person_does_not_take_the_quote() -> None:
    text = ('قال وزير الخارجية سامي عادل: "اليوم يوم عيد لشعبين انفصلا طويلا"، '
            'وفق ما نقلت "وول ستريت جورنال".')
    doc = newscli.parse(text)
    spoken = [q for q in doc.quotes if q.text.startswith("اليوم")]
    assert len(spoken) == 1 and spoken[0].speaker.name == "سامي عادل" and spoken[0].cue.text == "قال"
    # نقلا عن names who first spoke: that source stays
    text = 'وأوضح التقرير، نقلا عن المفوض السامي زيد رعد الحسين، أن "الأرقام مقلقة".'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["زيد رعد الحسين"]


def test_tajammu_a_rally_or_coalition_is_no_cue() -> None:
    text = 'ويضم المعسكر حزب اليسار إضافة إلى تجمع بيغديمونت "معا من أجل كاتالونيا".'
    assert newscli.parse(text).quotes == ()


def test_a_body_known_by_name_is_a_source_and_ends_there() -> None:
    text = ('ردّ البيت الأبيض، الاثنين، على إعلان موسكو أن القمة لن تتطرق إلى القرم.\n'
            'وأكد أن الولايات المتحدة لا تعترف بضم روسيا شبه الجزيرة.')
    doc = newscli.parse(text)
    assert [q.speaker.name for q in doc.quotes] == ["البيت الأبيض"] * 2
    text = 'وبحسب الأمم المتحدة، فإن عدد اللاجئين ارتفع كثيرا.'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["الأمم المتحدة"]


def test_a_relay_gives_way_to_the_source_reported_inside_it() -> None:
    text = ('وبحسب ما نقلت فرانس برس، أقلت العربات قوات تركية قال المرصد السوري لحقوق الإنسان '
            'إنها تمركزت في نقاط مراقبة.')
    doc = newscli.parse(text)
    assert [q.speaker.name for q in doc.quotes] == ["المرصد السوري لحقوق الإنسان"]
    assert doc.quotes[0].cue.text == "قال"


def test_quotations_joined_by_wa_are_each_a_direct_quote_of_the_same_cue() -> None:
    text = 'وردد المحتجون شعارات "الشعب يريد إسقاط الحكومة" و"ما خلقنا لنعيش بذل" و"لن نركع".'
    doc = newscli.parse(text)
    assert [q.text for q in doc.quotes] == ["الشعب يريد إسقاط الحكومة", "ما خلقنا لنعيش بذل", "لن نركع"]
    assert {q.cue.text for q in doc.quotes} == {"وردد"} and {q.speaker.name for q in doc.quotes} == {"المحتجون"}


def test_placards_and_carrying_are_no_cues() -> None:
    text = 'وشوهدت لافتات كتب عليها "ترامب أعد لإسرائيل عظمتها".'
    assert all(q.cue is None or q.cue.text != "لافتات" for q in newscli.parse(text).quotes)
    text = 'ويحمل القميص الرقم "عشرة" منذ سنوات.'
    assert newscli.parse(text).quotes == ()


def test_hasbama_with_its_source_or_understood_after_the_clause() -> None:
    text = ('تشهد عمان احتجاجات على قانون ضريبة الدخل ورفع الأسعار، '
            'حسبما أفاد مراسلو الوكالة الفرنسية للأنباء.')
    doc = newscli.parse(text)
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker.name.startswith("مراسلو الوكالة الفرنسية")
    assert doc.quotes[0].text.startswith("تشهد عمان")
    text = ('تلقت منظمة الشرطة الجنائية الدولية استقالة رئيسها الموقوف في الصين، '
            'وذلك حسبما أعلنت الأحد.')
    doc = newscli.parse(text)
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker.name == "منظمة الشرطة الجنائية الدولية"


def test_a_title_after_an_attribution_aside_describes_its_source() -> None:
    text = ('والنيوترينو جسيم خفيف جدا. وهو نادرا ما يتفاعل مع المادة، بحسب عالم الفلك بول أوبريان، '
            'عضو فريق علماء الفلك الدولي في جامعة ليستر.')
    doc = newscli.parse(text)
    assert [q.text for q in doc.quotes] == ["وهو نادرا ما يتفاعل مع المادة"]


def test_a_short_quotation_the_cues_preposition_governs_is_a_direct_quote() -> None:
    text = 'وحذر الرئيس الفرنسي إيمانويل ماكرون جميع الأطراف من "تصعيد" قد يؤدي إلى نزاع.'
    doc = newscli.parse(text)
    assert [(q.kind, q.text, q.speaker.name) for q in doc.quotes] == [("direct", "تصعيد", "إيمانويل ماكرون")]
    text = 'ودعا زعيم التنظيم أيمن الظواهري في تسجيل فيديو إلى "الجهاد" ضد الولايات المتحدة.'
    assert [q.text for q in newscli.parse(text).quotes] == ["الجهاد"]
    # a report that points to terms quotes nobody
    text = 'لكن التقرير يشير إلى "مجرد عدد" من الحالات.'
    assert newscli.parse(text).quotes == ()


def test_ala_as_an_la_survey_shares_and_a_named_term_inside_reported_words() -> None:
    text = 'وتوقع باحثو الوكالة الأوروبية ألا تحترق أجزاء عديدة من المحطة.'
    assert [q.text for q in newscli.parse(text).quotes] == ["تحترق أجزاء عديدة من المحطة"]
    text = 'وصفه بالأكاذيب ويجب ألا تستحوا من قول ذلك.'   # "must not": no complementizer
    assert newscli.parse(text).quotes == ()
    text = 'وذكر 29 بالمئة من الأوروبيين، أن الإرهاب يمثل مبعث قلق لهم.'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["29 بالمئة من الأوروبيين"]
    text = ('وقالت الوكالة الوطنية للأرصاد الجوية إن "جيبي"، وهو الإعصار الحادي والعشرين، '
            'كان صباح الثلاثاء قبالة الساحل.')
    q = newscli.parse(text).quotes[0]
    assert q.kind != "direct" and q.text.endswith("قبالة الساحل")


def test_names_in_marks_are_no_quotes() -> None:
    text = 'قال الوزير: "فتحنا باب السلام"، وفق ما نقلت "وول ستريت جورنال".'
    assert [q.text for q in newscli.parse(text).quotes] == ["فتحنا باب السلام"]
    text = 'وأعلن الجيش توقيف تحليق مقاتلات "إف 35" المعروفة بـ"الشبح" بعد الحادث.'
    assert all(q.text != "الشبح" for q in newscli.parse(text).quotes)
    text = 'وحذرت وكالة أنباء "الصين الجديدة" الرسمية الأحد من التصعيد.'
    assert all(q.text != "الصين الجديدة" for q in newscli.parse(text).quotes)
    # what a source calls something, and the charge after بـ, are quotes
    text = 'ونشرت الشركة شرحا لكيفية عمل ما تسميه "الروابط ذات الصلة" بين المستخدمين.'
    assert any("الروابط ذات الصلة" in q.text for q in newscli.parse(text).quotes)
    text = 'واتهم وزير الخارجية جبران باسيل المفوضية بـ"تخويف" النازحين.'
    assert [q.text for q in newscli.parse(text).quotes] == ["تخويف"]


def test_a_body_before_a_headline_colon_speaks() -> None:
    text = 'الناتو: الهجوم نفذ بمادة ذات درجة عسكرية\n\nضم حلف شمال الأطلسي صوته إلى لندن.'
    doc = newscli.parse(text)
    # (the article names the body in full, so that is its canonical name)
    assert [(q.speaker.name, q.text) for q in doc.quotes] == [("حلف شمال الأطلسي", "الهجوم نفذ بمادة ذات درجة عسكرية")]
    assert doc.quotes[0].speaker.mention.text == "الناتو"
    # a country before a colon is more often the topic than a speaker
    text = 'سوريا: مقتل عشرة مدنيين في غارة\n\nقتل عشرة مدنيين في غارة جوية.'
    assert newscli.parse(text).quotes == ()


def test_quoted_words_after_a_verbal_noun_in_ba_are_the_charge() -> None:
    text = 'حيث اتهم وزير الداخلية ساجد جاويد موسكو الخميس باستخدام بريطانيا "مكبا للسموم".'
    doc = newscli.parse(text)
    assert [(q.kind, q.text, q.speaker.name) for q in doc.quotes] == [("direct", "مكبا للسموم", "ساجد جاويد")]
    text = 'وأعلن الجيش توقيف تحليق مقاتلات "إف 35" بعد الحادث.'   # a name after a plain noun stays a name
    assert newscli.parse(text).quotes == ()


def test_classing_verbs_with_an_object_pronoun_are_cues() -> None:
    text = 'ضد وحدات حماية الشعب الكردية التي تعتبرها أنقرة "إرهابية".'
    assert [(q.text, q.speaker.name) for q in newscli.parse(text).quotes] == [("إرهابية", "أنقرة")]


def test_a_subordinate_clauses_report_ends_where_the_main_clause_reports() -> None:
    text = 'وفيما أكد هادي أن الخناق يضيق على الميليشيات، قال المتحدث إن المعارك مستمرة.'
    doc = newscli.parse(text)
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [
        ("الخناق يضيق على الميليشيات", "هادي"), ("المعارك مستمرة", "المتحدث")]


def test_an_abbreviation_spelled_in_letters_has_no_complementizer() -> None:
    for text, name in [('وقالت شبكة (إن.بي.سي) الإخبارية إن الاجتماع تأجل.', 'شبكة (إن.بي.سي) الإخبارية'),
                       ('وقالت شبكة سي.إن.إن إن الاجتماع تأجل.', 'شبكة سي.إن.إن'),
                       ('وقال الوزير لشبكة سي إن بي سي إن الاجتماع تأجل.', 'الوزير')]:
        doc = newscli.parse(text)
        assert [(q.text, q.speaker.name) for q in doc.quotes] == [('الاجتماع تأجل', name)]


def test_a_tweet_is_where_it_was_said_not_part_of_who_said_it() -> None:
    text = 'وقالت المنظمة الألمانية في تغريدة: "نحن مجددا في البحر".'
    doc = newscli.parse(text)
    assert [q.speaker.mention.text for q in doc.quotes] == ["المنظمة الألمانية"]


def test_in_the_tweet_is_where_it_was_said() -> None:
    doc = newscli.parse('قال سامي حداد إن الأمر بدأ أمس.\nوذكر بالتغريدة أن الأمر انتهى.')
    assert [q.speaker.name for q in doc.quotes] == ["سامي حداد", "سامي حداد"]


def test_a_report_by_an_agency_speaks_for_the_agency() -> None:
    doc = newscli.parse('أفاد تقرير لوكالة الأنباء الصينية "شينخوا" بأن السياحة تنمو.\n'
                        'وقال الوزير لوكالة الأنباء الفرنسية إن السياحة تنمو.')
    assert [q.speaker.name for q in doc.quotes] == ['وكالة الأنباء الصينية "شينخوا"', "الوزير"]


def test_anne_written_with_madda_is_a_name_not_the_complementizer() -> None:
    doc = newscli.parse('وقالت آن ماكنيل، أستاذة الطب في جامعة لندن، إن "الوضع مقلق جدا".')
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("الوضع مقلق جدا", "آن ماكنيل")]


def test_a_definite_source_ending_in_ha_is_no_pronoun() -> None:
    # الإليزيه ends like تعبيره, but a word with the article carries no possessive pronoun
    for text, name in (("تحادث الرئيسان مساء الأحد، وفق ما أعلن الإليزيه.", "الإليزيه"),
                       ("تحادث الرئيسان مساء الأحد، بحسب الإليزيه.", "الإليزيه"),
                       ("تحادث الرئيسان مساء الأحد، وفق ما أعلن قصر بعبدا.", "قصر بعبدا")):
        doc = newscli.parse(text)
        assert [q.speaker.name for q in doc.quotes] == [name]
    doc = newscli.parse("تحادث الرئيسان مساء الأحد، على حد تعبيره.")
    assert all(q.speaker is None or q.speaker.mention is None for q in doc.quotes)


def test_a_negated_verb_joined_by_wa_has_no_subject_before_it() -> None:
    text = ('وقال اللاعب كريم نوار: نحن في النهائي. هذا أمر مذهل ولا اعتقد أننا ندرك ما حققناه.\n'
            'وأضاف: سنقاتل حتى النهاية.')
    names = _speaker_names(text)
    assert "مذهل ولا" not in names
    assert names[-1] == "كريم نوار"


def test_a_plural_verb_or_an_audience_with_a_pronoun_is_followed_by_no_subject() -> None:
    text = ('قال المتحدث باسم الشرطة سامي حداد إن نحو ألفي شخص تجمعوا أمام المبنى.\n'
            'وكان المتظاهرون قد رددوا شعارات، وقالوا للصحفيين إن الحكومة فاشلة.')
    names = _speaker_names(text)
    assert names[-1] == "المتظاهرون"
    text = ('قال الرئيس سامي حداد إن الاقتصاد ينمو.\n'
            'وقال لأنصاره إنه سيطلق مشاريع كبيرة.')
    names = _speaker_names(text)
    assert names == ["سامي حداد", "سامي حداد"]


def test_a_fronted_topic_is_not_the_subject_of_the_verb_after_it() -> None:
    text = ('قال المطرب سامي حداد إن ألبومه الجديد جاهز.\n'
            'وعن بدايته في الغناء قال إن حلمه كان أن يصبح فنانا.\n'
            'وحول أهدافه أجاب: "أريد أن أغني في كل مكان".')
    names = _speaker_names(text)
    assert names == ["سامي حداد"] * 3


def test_a_quote_opened_after_its_cue_runs_on_into_a_paragraph_that_reopens_it() -> None:
    text = ('قال المدرب سامي حداد إن الفريق جاهز.\n'
            'وأضاف المدرب "سيساعدنا على بلوغ الدور الثاني رغبة اللاعبين. نملك توليفة جيدة.\n'
            '"نختار اللاعب القادر على تنفيذ الخطط".\n')
    doc = newscli.parse(text)
    assert not doc.warnings
    last = doc.quotes[-1]
    assert last.kind == "direct" and last.cue.text == "وأضاف"
    assert last.text.startswith("سيساعدنا") and last.text.endswith("الخطط")
    assert doc.text[last.start:last.end] == last.text


def test_a_longer_name_in_marks_after_an_outlet_word_is_part_of_the_source() -> None:
    doc = newscli.parse('وقال موقع "إن بي سي نيوز" إن خطة الشركة تأتي في وقت صعب.')
    assert [q.speaker.name for q in doc.quotes] == ['موقع "إن بي سي نيوز"']


def test_a_relative_pronoun_the_verb_disagrees_with_is_its_object_not_its_subject() -> None:
    text = 'أصيبت فتاة بجروح. السلطات اعتقلت مطلق النار الذي قالت إن لديه سجلا جنائيا.'
    names = _speaker_names(text)
    assert "مطلق النار" not in names and "النار" not in names
    text = 'وأكد الوزير الذي قال إن الخطة جاهزة أن التنفيذ قريب.'
    assert newscli.parse(text).quotes[0].speaker.name == "الوزير"


def test_an_institution_and_its_country_in_bi_is_one_source() -> None:
    text = ('وقالت سفارة الرياض في واشنطن إن الزيارة مؤجلة.\n'
            'وقالت سفارة الرياض بفرنسا إن الوفد وصل.')
    names = [q.speaker.name for q in newscli.parse(text).quotes]
    assert names == ["سفارة الرياض في واشنطن", "سفارة الرياض بفرنسا"]


def test_faqad_after_a_source_ends_the_source() -> None:
    text = 'وحسب وكالة الأنباء السعودية (واس) فقد "أظهرت التحقيقات الأولية أن المشتبه بهم خططوا للعملية".'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["وكالة الأنباء السعودية (واس)"]


def test_an_agency_carrying_someones_words_without_an_gives_the_words_to_them() -> None:
    text = 'نقلت وكالة الأنباء الرسمية، السبت، قول مصدر مسؤول بوزارة الخارجية إن "القرارات ترسخ العدل".'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["مصدر مسؤول بوزارة الخارجية"]
    text = 'ونقلت الوكالة تصريحات عن مصدر مسؤول قوله إن الوضع مستقر.'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["مصدر مسؤول"]


def test_an_event_noun_after_a_bodys_name_is_the_verbs_object() -> None:
    text = ('وخلال الهجوم، وثق المرصد السوري مقتل أكثر من ألف مدني في القصف.\n'
            'وقال الجيش الإسرائيلي سقوط قذيفتين قرب الحدود، مضيفا أن أحدا لم يصب.')
    names = {q.speaker.name for q in newscli.parse(text).quotes if q.speaker}
    assert not any("مقتل" in n or "سقوط" in n for n in names)


def test_an_outlets_name_that_reads_as_a_time_and_a_year_after_a_source() -> None:
    doc = newscli.parse('ويخشى الجيش الهجوم، وفق ما ذكرت صحيفة صباح التركية الحكومية.')
    assert [q.speaker.name for q in doc.quotes] == ["صحيفة صباح التركية الحكومية"]
    doc = newscli.parse('ويبلغ عددهم مليونا، وفقا لإحصاءات الحكومة لعام 2012.')
    assert [q.speaker.mention.text for q in doc.quotes] == ["إحصاءات الحكومة"]


def test_a_prepositional_phrase_before_the_verb_is_not_its_subject() -> None:
    text = ('وقال الرئيس سامي حداد إن الجدار ضروري.\n'
            'وهدد حداد، في مارس الماضي، من أجل الضغط لإدخال تعديلات على قانون الهجرة يقول إنها ستمنع الجرائم.')
    names = _speaker_names(text)
    assert names == ["سامي حداد", "سامي حداد"]
    # the name علي is no preposition
    text = 'وكان علي الشمام رئيس الجمعية قد قال إن الكتب ممنوعة.'
    assert newscli.parse(text).quotes[0].speaker.name == "علي الشمام"


def test_but_he_before_a_speech_verb_leaves_its_subject_understood() -> None:
    text = ('وقال رئيس الوزراء سامي حداد إن دولا أخرى ستنقل سفاراتها.\n'
            'وشكر حداد غواتيمالا لكنه لم يذكر أسماء الدول الأخرى التي قال إنها تدرس ذلك.\n'
            'وكان اللاعب كريم نوار قد أوقف، لكنه أكد بعدها أن المدرب تدخل.')
    names = _speaker_names(text)
    assert names[:2] == ["سامي حداد", "سامي حداد"]
    assert names[-1] == "كريم نوار"


def test_an_aside_naming_who_relayed_the_report_leaves_the_verb_its_content() -> None:
    text = ('عبر مصدر مسؤول في وزارة الخارجية، الجمعة، عن رفض المملكة للقانون.\n'
            'وأضاف المصدر، وفق ما أوردت وكالة الأنباء الرسمية "واس" أن القانون يتعارض مع القانون الدولي.')
    quotes = newscli.parse(text).quotes
    assert len(quotes) == 1
    assert quotes[0].cue.text == "وأضاف"
    assert quotes[0].speaker.name == "مصدر مسؤول في وزارة الخارجية"
    assert quotes[0].text.startswith("القانون يتعارض")


def test_a_name_in_marks_before_a_relative_pronoun_is_its_antecedent() -> None:
    text = 'وأثار الحكم انتقادات من منظمات حقوقية، من بينها "هيومن رايتس ووتش" التي ذكرت في تقرير لها أن الاتهامات تنتهك حقه.'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["هيومن رايتس ووتش"]
    # after a title, the name in marks is the title's body; the person is the antecedent
    text = 'ويحدو الأمل أيضا سامي حداد مدير "بروت" الذي يكشف أن نصف الجمهور يأتي من المشاركة.'
    assert [q.speaker.name for q in newscli.parse(text).quotes] != ["بروت"]


def test_a_cue_word_read_as_moving_does_not_reach_past_a_relative_clauses_own_report() -> None:
    text = ('قال رئيس الحكومة سامي حداد إن المكتب سينقل.\n'
            'وشكر حداد البلدية التي قررت نقل مكاتبها الشهر الماضي لكنه لم يذكر الشركات التي قال إنها تدرس نقل مقارها.')
    doc = newscli.parse(text)
    assert [(q.cue.text, q.text) for q in doc.quotes] == [("قال", "المكتب سينقل"), ("قال", "تدرس نقل مقارها")]
    assert _speaker_names(text) == ["سامي حداد", "سامي حداد"]


def test_an_offices_body_after_its_adjective_is_no_audience() -> None:
    text = ('وقالت الباحثة سلمى خوري إن النتائج مهمة.\n'
            'ومن جانبه، قال الرئيس التنفيذي لمعهد أبحاث السرطان كريم داود إن "التحدي كبير".\n'
            'وأضاف: "سنغير العلاج".')
    assert _speaker_names(text) == ["سلمى خوري", "كريم داود", "كريم داود"]
    # the body's known name ends the mention; the verb's object follows it
    doc = newscli.parse('ودعا الأمين العام لمنظمة العفو الدولية زعماء العالم إلى "التحرك فورا".')
    assert doc.quotes[0].speaker.mention.text == "الأمين العام لمنظمة العفو الدولية"
    # an outlet after the office may be whom he spoke to: it stays an aside
    assert _speaker_names('وقال المدير العام لوكالة الأنباء إن الوضع هادئ.') == ["المدير العام"]


def test_a_title_its_long_complement_then_a_given_name_is_one_mention() -> None:
    text = 'وقال الأستاذ في معهد الدراسات الآسيوية في جامعة سيول كيم دونغ-يوب إن القمة مهمة.'
    assert _speaker_names(text) == ["كيم دونغ-يوب"]
    text = ('وقال سفير المملكة لدى اليمن، المدير التنفيذي لمركز العمليات الإنسانية، محمد آل جابر، '
            'إن المساعدات وصلت.')
    assert _speaker_names(text) == ["محمد آل جابر"]
    # the time and the medium after the name are no part of it
    text = 'وقالت القاضية التي نظرت في القضية حينها إيفلين بيكر لبي بي سي "هذا هو الحكم الوحيد الذي أندم عليه".'
    assert _speaker_names(text) == ["إيفلين بيكر"]
    # a verb between the title and a name: the name belongs to another clause
    text = 'وقال المدرب الذي قاد الفريق أمام سامي حداد إن المباراة صعبة.'
    assert _speaker_names(text) != ["سامي حداد"]
    # a capital before a given name is where the office is, not a first name
    assert _speaker_names('وقال السفير الروسي في لندن ألكسندر ياكوفنكو إن الاتهامات باطلة.') == ["ألكسندر ياكوفنكو"]


def test_who_published_a_statement_speaks_in_it() -> None:
    text = ('قال رئيس الوزراء سامي حداد إن الوضع هادئ.\n'
            'ونشر كريم داود مدير مكتب رئيس الوزراء تغريدة على تويتر قال فيها: "الهجوم فاشل".\n'
            'وكان اللاعب محمود صالح قد نشر تغريدة غاضبة قال فيها: "طريقة التعامل مهينة".\n'
            'وأصدر المجلس الوطني بيانا أكد فيه أن "الهجوم مدان".')
    assert _speaker_names(text) == ["سامي حداد", "كريم داود", "محمود صالح", "المجلس الوطني"]


def test_a_document_verb_in_a_published_statement_speaks_for_its_publisher() -> None:
    text = ('قال رئيس الوزراء سامي حداد إن الوضع هادئ.\n'
            'ونشر كريم داود مدير مكتب رئيس الوزراء تغريدة على تويتر جاء فيها: "الهجوم فاشل".\n'
            'وأصدر المجلس الوطني بيانا جاء فيه أن الهجوم مدان.')
    doc = newscli.parse(text)
    assert [q.speaker.name for q in doc.quotes] == ["سامي حداد", "كريم داود", "المجلس الوطني"]
    assert [q.speaker.mention.text for q in doc.quotes[1:]] == ["تغريدة", "بيانا"]   # the document speaks
    text = 'وأصدر نادي الوحدة بدوره بيانا جاء فيه أن "اللاعب سيبقى".'   # "in turn" is no part of the issuer
    assert _speaker_names(text) == ["نادي الوحدة"]


def test_and_he_before_a_cue_is_the_person_named_just_before() -> None:
    text = ('قال المحامي كريم داود إن التسجيل قانوني.\n'
            'وظهر صوت داود في التسجيل وهو يقول: "أحتاج إلى فتح شركة".')
    doc = newscli.parse(text)
    assert [q.speaker.name for q in doc.quotes] == ["كريم داود", "كريم داود"]
    assert doc.quotes[1].speaker.mention.text == "وهو"


def test_whom_one_accuses_or_describes_is_not_the_subject() -> None:
    text = ('وقالت الصحفية ليلى داود إن الوضع صعب.\n'
            'واتهمت بوتفليقة بأنه جعل الرئاسة "وظيفة شاغرة".')
    assert _speaker_names(text) == ["ليلى داود", "ليلى داود"]
    text = ('قال المرشح كمال إينجه إن الانتخابات نزيهة.\n'
            'ووصف أردوغان بأنه "رجل مرهق".')
    assert _speaker_names(text) == ["كمال إينجه", "كمال إينجه"]
    # the subject and the object both after the verb: the first is who describes
    text = 'ووصف الوزير سامي حداد الاتفاق بأنه "تاريخي".'
    assert _speaker_names(text) == ["سامي حداد"]


def test_a_sources_adjectives_before_fa_inna_are_the_sources_not_the_contents() -> None:
    doc = newscli.parse('وبحسب وكالة بلومبرغ الاقتصادية فإن الليرة تراجعت.')
    assert [(q.speaker.name, q.text) for q in doc.quotes] == [("وكالة بلومبرغ الاقتصادية", "الليرة تراجعت")]


def test_a_share_of_respondents_in_words_is_the_source() -> None:
    assert _speaker_names('وأكد 89 في المئة من المشاركين في المسح أن الركض مفيد.') \
        == ["89 في المئة من المشاركين في المسح"]
    assert _speaker_names('فيما قال 55 في المئة منهم بأن النشاطات حفزتهم.') == ["55 في المئة منهم"]
    assert _speaker_names('وقال 60 بالمئة من العينة إن الخدمة جيدة.') == ["60 بالمئة من العينة"]


def test_a_title_and_the_name_beside_it_between_commas_before_the_verb() -> None:
    text = ('ويحاول رجال الإطفاء من سبع محطات السيطرة على الحريق الهائل، لكن الرئيس البرازيلي، '
            'كريم داود، قال إن الخسائر أكبر من أن تحصى.')
    doc = newscli.parse(text)
    assert [q.speaker.name for q in doc.quotes] == ["كريم داود"]
    assert doc.quotes[0].speaker.mention.text == "الرئيس البرازيلي، كريم داود"


def test_a_statement_posted_on_a_medium_after_an_unsure_verb() -> None:
    text = 'وكتب كوبيلا على تويتر: "من الغريب أن يحاول هذا البلد تحطيم معنويات لاعبينا".'
    assert [(q.cue.text, q.speaker.name) for q in newscli.parse(text).quotes] == [("وكتب", "كوبيلا")]


def test_an_attribution_to_a_state_named_in_two_words() -> None:
    for state in ("كوريا الشمالية", "بيونغ يانغ"):
        doc = newscli.parse(f"وقبل الزعيم الكوري الشمالي الدعوة لزيارة واشنطن، بحسب ما أعلنت {state}.")
        assert [(q.kind, q.speaker.name) for q in doc.quotes] == [("indirect", state)]
    # a phrase whose words name no source is still none (بحسب الحالة "depending on the case")
    assert not newscli.parse("وتختلف مدة العلاج بحسب الحالة الصحية للمريض.").quotes


def test_short_marked_words_that_open_like_speech_are_a_quote() -> None:
    text = 'قال مدير المشروع يوهان إن النفق صعب. وقال الوزير "لم أستطع النوم".'
    doc = newscli.parse(text)
    assert [(q.kind, q.text) for q in doc.quotes][-1] == ("direct", "لم أستطع النوم")
    doc = newscli.parse('ورددت الجماهير "نعم".')
    assert [(q.kind, q.text, q.speaker.name) for q in doc.quotes] == [("direct", "نعم", "الجماهير")]
    # a foreign name in marks after the body it names is still a name
    text = 'وقال غوميز في تصريحات لصحيفة "لا ناسيون" الأرجنتينية: لا أنظر إلى هوية اللاعب أمامي.'
    assert "لا ناسيون" not in [q.text for q in newscli.parse(text).quotes]


def test_the_saying_after_b_reports_for_the_sentence_subject() -> None:
    text = ('وشن الإيطالي ماريو بالوتيلي، مهاجم نيس، هجوما على الفريق قبل المباراة بقوله للتلفزيون الفرنسي '
            'إن "الأموال تتيح شراء لاعبين كبار، لكن ليس فريقا".')
    doc = newscli.parse(text)
    assert [(q.cue.text, q.speaker.name) for q in doc.quotes] == [("بقوله", "ماريو بالوتيلي")]
    doc = newscli.parse("وردت وزارة الخارجية الجورجية على الاعتراف بقولها إنها ستقطع علاقاتها مع سوريا.")
    assert [q.text for q in doc.quotes] == ["ستقطع علاقاتها مع سوريا"]
    # speaking out is no saying of something
    text = "فالحرية، أو بالأحرى المجاهرة بالقول، وإن من نعم الله على الإنسان العقل."
    assert not newscli.parse(text).quotes


def test_a_body_named_with_its_own_complement_in_lam_keeps_it() -> None:
    doc = newscli.parse("وقال الجهاز المركزي للإحصاء إن التضخم ارتفع.")
    assert [q.speaker.name for q in doc.quotes] == ["الجهاز المركزي للإحصاء"]
    doc = newscli.parse("يرى المركز المصري للدراسات الاقتصادية أن التحويلات مهمة.")
    assert [q.speaker.name for q in doc.quotes] == ["المركز المصري للدراسات الاقتصادية"]
    # an audience after the body is still no part of it
    doc = newscli.parse("وقالت الوزارة الروسية للصحفيين إن التضخم ارتفع.")
    assert [q.speaker.name for q in doc.quotes] == ["الوزارة الروسية"]


def test_a_presenter_spoken_to_is_an_audience_not_a_source() -> None:
    doc = newscli.parse('ضحكت هيلاري كلينتون. وقالت لمذيعة قناة سي بي إس "جئنا ورأينا ومات القذافي".')
    assert [q.speaker.name for q in doc.quotes] == ["هيلاري كلينتون"]


def test_lam_and_the_present_of_saying_reports() -> None:
    doc = newscli.parse('وقال الوزير إن الوضع صعب. لكنه عاد ليقول: "الحل قريب جدا".')
    assert [(q.cue.text, q.text, q.speaker.name) for q in doc.quotes][-1] == ("ليقول", "الحل قريب جدا", "الوزير")
    # marked words after ل and a verb are the article's own emphasis
    text = 'ويجري اختطاف اللبنانيين في سجون سرية، لتؤكد أزمة "الثنائية الأمنية" التي يعيشها البلد.'
    assert not newscli.parse(text).quotes


def test_a_name_the_lexicon_lacks_after_a_titles_aside_is_the_speakers() -> None:
    doc = newscli.parse('وقال مدير الإحصاء في الوزارة الاتحادية بموسكو ريناد كاراييف في بيان إن المؤشرات تحسنت كثيرا.')
    [q] = doc.quotes
    assert q.speaker.name == "ريناد كاراييف"
    assert q.speaker.mention.text == "مدير الإحصاء في الوزارة الاتحادية بموسكو ريناد كاراييف"
    # a verb after the aside is the clause's, not a name
    doc = newscli.parse('وقال مدير الإحصاء في الوزارة الاتحادية يتوقع انتعاشا إن المؤشرات تحسنت كثيرا.')
    assert all(q.speaker is None or "يتوقع" not in q.speaker.name for q in doc.quotes)


def test_an_outlet_citing_a_source_yields_the_quote_to_the_source() -> None:
    doc = newscli.parse('وأوردت وكالة الأنباء اليابانية "كيودو" نقلا عن مصادر في الشرطة أن المشتبه به اعتقل فجرا.')
    [q] = doc.quotes
    assert q.speaker.name == "مصادر في الشرطة"
    assert q.text == "المشتبه به اعتقل فجرا"
    doc = newscli.parse('وذكرت صحيفة "الصباح" المحلية، نقلا عن مصدر أمني، أن المشتبه به اعتقل فجرا.')
    assert [q.speaker.name for q in doc.quotes] == ["مصدر أمني"]
    # a person citing reports still speaks
    doc = newscli.parse('وقال الوزير نقلا عن تقارير أمنية إن المشتبه به اعتقل فجرا.')
    assert [q.speaker.name for q in doc.quotes] == ["الوزير"]


def test_lam_and_an_outlet_in_latin_letters_is_the_audience() -> None:
    doc = newscli.parse('وقال الوزير لـCNN إن الاحتجاجات في المدينة درس للحكومة كلها.')
    assert [q.speaker.name for q in doc.quotes] == ["الوزير"]
    text = 'بهاره شيرازي فرد تكتب لـCNN: الاحتجاجات في المدينة درس للحكومة كلها'
    assert [q.speaker.name for q in newscli.parse(text).quotes] == ["بهاره شيرازي فرد"]


def test_plural_media_after_lam_are_the_audience_and_kana_qad_stays_out_of_the_subject() -> None:
    doc = newscli.parse('لكن رئيس الوزراء كان قد قال لصحف محلية: "إنها تكلفة نحن مستعدون لدفعها".')
    assert [q.speaker.name for q in doc.quotes] == ["رئيس الوزراء"]


def test_a_name_in_alif_madda_is_no_complementizer() -> None:
    doc = newscli.parse('وتقول آنا سميث، المشرفة على الدراسة: "نحن نعلم أن الأطفال يتأثرون بالإعلانات كثيرا".')
    [q] = doc.quotes
    assert q.speaker.name == "آنا سميث"
    assert q.text.startswith("نحن نعلم")


def test_a_name_after_mae_in_the_aside_is_a_companion_not_the_speaker() -> None:
    doc = newscli.parse('وقال الرئيس الكيني في مؤتمر صحفي في نيروبي مع الرئيس الغاني جون ماهاما: "نريد تجارة حرة بين بلدينا".')
    [q] = doc.quotes
    assert q.speaker.name == "الرئيس الكيني"


def test_an_indefinite_noun_after_a_bodys_nationality_is_the_object() -> None:
    doc = newscli.parse("وأكدت الشرطة الأسترالية حينذاك أن التحقيق مستمر. "
                        "وأعلنت الشرطة الأسترالية قائمة بأسماء المطلوبين، مؤكدة أنهم فروا إلى الخارج.")
    assert all(s.name == "الشرطة الأسترالية" for s in doc.speakers)


def test_a_family_name_in_bal_closes_a_name_in_apposition_after_a_titles_aside() -> None:
    doc = newscli.parse("وفي عام 1990، قال الرئيس التشيلي المنتخب في ذلك الوقت، باتريسيو أيلوين بالمازيدا، "
                        "إن بلاده ستطوي صفحة الماضي.")
    [q] = doc.quotes
    assert q.speaker.name == "باتريسيو أيلوين بالمازيدا"


def test_a_definite_plural_after_a_singular_definite_body_is_its_object() -> None:
    doc = newscli.parse("ووصف التقرير الاجتماعين بأنهما كانا مثمرين.")
    [q] = doc.quotes
    assert q.speaker.name == "التقرير"


def test_a_dotted_name_in_marks_after_a_channel_is_one_word_and_no_quote() -> None:
    doc = newscli.parse('ذكرت قناة "إن.تي.في" التلفزيونية، أن المحكمة أفرجت عن الصحفيين.')
    [q] = doc.quotes
    assert q.text.startswith("المحكمة أفرجت")
    assert q.speaker.name == 'قناة "إن.تي.في" التلفزيونية'


def test_what_a_body_is_known_as_is_an_aside_after_its_mention() -> None:
    doc = newscli.parse('أصدرت هيئة تنظيم الاتصالات قرارا جديدا. '
                        'وقالت الهيئة المعروفة باسم "تي آر إيه"، إنها ستراقب الأسعار.')
    [q] = doc.quotes
    assert q.speaker.mention.text == "الهيئة"
    assert q.speaker.name == "هيئة تنظيم الاتصالات"


def test_ma_yusamma_is_a_naming_not_a_cue() -> None:
    doc = newscli.parse('وقال الرئيس في كلمته أمام مؤتمر دولي في ما يسمى بعملية السلام: "نقدم هذا العرض بلا شروط".')
    [q] = doc.quotes
    assert q.cue.text == "وقال"
    assert q.speaker.name == "الرئيس"
    doc = newscli.parse('وانتقد الوزير ما يسمى بـ "المهمات المشتركة" في أوروبا.')
    assert doc.quotes == ()


def test_a_bare_preposition_before_marked_words_is_no_source() -> None:
    doc = newscli.parse('وذكرت الحكومة أن الوثائق مزورة، ووصفته بالـ"سخيف".')
    assert [q.speaker.name for q in doc.quotes] == ["الحكومة", "الحكومة"]


def test_marra_ukhra_after_a_cue_is_no_subject() -> None:
    doc = newscli.parse("وقال اللاعب سامي حداد إن الأمر لا علاقة له بالسياسة. "
                        "وشدد مرة أخرى على أن وظيفته هي لعب كرة القدم.")
    assert [q.speaker.name for q in doc.quotes] == ["سامي حداد", "سامي حداد"]


def test_the_one_who_gave_a_speech_speaks_in_it() -> None:
    doc = newscli.parse("عبر رئيس النادي خالد حسن عن أسفه لما حدث، ووجه كلمة للجمهور أكد فيها أن الفريق سيعود أقوى.")
    [q] = doc.quotes
    assert q.speaker.name == "خالد حسن"


def test_a_bodys_long_name_in_marks_set_apart_by_a_comma_is_no_quote() -> None:
    doc = newscli.parse('وقال سامر حداد، المدير التنفيذي لمنظمة "العدالة من أجل الجميع"، "إن هذه مواقع يجب حمايتها".')
    [q] = doc.quotes
    assert q.text.startswith("إن هذه مواقع")
    assert q.speaker.name == "سامر حداد"


def test_words_in_marks_after_a_named_source_and_a_medium_are_a_quote() -> None:
    doc = newscli.parse('وكتب محرم إينجه على تويتر "إذا استمر الحظر الإعلامي فسنخرج إلى الشوارع".')
    [q] = doc.quotes
    assert q.speaker.name == "محرم إينجه"
    doc = newscli.parse('وكتب المرشد في رد نشر على موقعه على الإنترنت "الهدف هو معاقبة المدانين بسرعة".')
    assert all(q.cue.text != "رد" for q in doc.quotes)


def test_a_number_of_a_group_is_named_whole_and_kull_min_opens_the_sources() -> None:
    doc = newscli.parse("وقال عدد من الخبراء القانونيين إنه لا يمكن اتهام الرئيس.")
    [q] = doc.quotes
    assert q.speaker.name == "عدد من الخبراء القانونيين"
    assert q.speaker.type == "group"
    doc = newscli.parse("وتقول كل من حركة حماس وحركة الجهاد الإسلامي إن هجماتهما جاءت ردا على القصف.")
    [q] = doc.quotes
    assert q.speaker.name.startswith("حركة حماس")


def test_a_series_heading_before_a_colon_is_no_source() -> None:
    doc = newscli.parse("كأس العالم 2018: منتخب المغرب يودع البطولة بعد خسارة قاسية\n\n"
                        "ودع منتخب المغرب البطولة بعد خسارته أمام إيران.")
    assert doc.quotes == ()


def test_kana_right_before_the_verb_is_no_part_of_the_subject() -> None:
    doc = newscli.parse("وكانت الشرطة الفرنسية كانت أعلنت أن المشتبه به فر إلى الخارج.")
    [q] = doc.quotes
    assert q.speaker.name == "الشرطة الفرنسية"


def test_a_time_set_apart_before_the_medium_still_makes_marked_words_a_quote() -> None:
    doc = newscli.parse('وكتب محرم إينجه، الأحد، على تويتر "إذا استمر الحظر الإعلامي فسنخرج إلى الشوارع".')
    [q] = doc.quotes
    assert q.speaker.name == "محرم إينجه"


def test_tadaraka_reports_marked_words_but_remedying_is_no_cue() -> None:
    doc = newscli.parse('وقال الوزير سامر حداد إنه لا يريد المشاركة في المناظرات. وتدارك "لكنني مستعد للقائه في مقر حزبي".')
    assert [q.cue.text for q in doc.quotes] == ["وقال", "وتدارك"]
    assert doc.quotes[1].speaker.name == "سامر حداد"
    doc = newscli.parse("وحاول الفريق تدارك الأخطاء في الشوط الثاني.")
    assert doc.quotes == ()


def test_an_attribution_standing_alone_after_a_full_stop_takes_the_sentence_before() -> None:
    text = ('أوقفت السلطات إجراءات تسجيل اللاجئين الجدد، الأمر الذي يعرضهم للترحيل من البلاد. '
            'وفقا لمنظمة "العفو الدولية".')
    doc = newscli.parse(text)
    [q] = doc.quotes
    assert q.cue.text == "وفقا"
    assert q.speaker.name == 'منظمة "العفو الدولية"'
    assert q.text.startswith("أوقفت السلطات") and q.text.endswith("من البلاد")
    assert text[q.start:q.end] == q.text


def test_wifqan_li_an_outlet_names_the_outlet_not_an_audience() -> None:
    for outlet in ("وكالة رويترز", "صحيفة الحياة", "وكالة الأنباء السعودية"):
        doc = newscli.parse(f"وارتفعت الصادرات بنسبة كبيرة خلال العام الماضي، وفقا ل{outlet}.")
        [q] = doc.quotes
        assert q.cue.text == "وفقا"
        assert q.speaker.name == outlet
        assert q.text.startswith("وارتفعت الصادرات")


def test_tawassala_ila_anna_reports_a_finding_but_reaching_a_deal_is_no_quote() -> None:
    doc = newscli.parse("توصلت دراسة بريطانية حديثة إلى أن تناول الأرز يوميا قد يؤثر على الصحة.")
    [q] = doc.quotes
    assert q.cue.text == "توصلت"
    assert q.speaker.name == "دراسة بريطانية حديثة"
    doc = newscli.parse("وتوصل القادة اليوم إلى اتفاق بشأن الهجرة وصفه الوزير بأنه إيجابي لبلاده.")
    assert [q.cue.text for q in doc.quotes] == ["وصفه"]


def test_a_standalone_attribution_with_a_time_after_its_source_takes_the_sentence_before() -> None:
    doc = newscli.parse("اتهم القضاء رسميا الشركة بتمويل جماعات مسلحة في سوريا. بحسب ما أعلن مصدر قضائي اليوم الخميس.")
    [q] = doc.quotes
    assert q.speaker.name == "مصدر قضائي"
    assert q.text.startswith("اتهم القضاء")


def test_a_bodys_name_in_marks_with_its_complement_before_the_complementizer_is_no_quote() -> None:
    doc = newscli.parse('قالت وكالة "ستاندرد آند بورز غلوبال" للتصنيف الائتماني، الثلاثاء، إن المالية العامة قد تتدهور.')
    [q] = doc.quotes
    assert q.text.startswith("المالية العامة")
    assert q.speaker.name.startswith('وكالة "ستاندرد آند بورز غلوبال"')


def test_marked_words_in_a_reporting_verbs_object_are_its_sources_words() -> None:
    doc = newscli.parse('ونفت لجنة الانتخابات حدوث "أي تلاعب" في النتائج.')
    [q] = doc.quotes
    assert (q.kind, q.text, q.speaker.name) == ("direct", "أي تلاعب", "لجنة الانتخابات")
    assert newscli.parse('وأعلن الجيش إطلاق عملية "غصن الزيتون" في عفرين.').quotes == ()
    assert newscli.parse('ولم تعلن أي دولة إطلاق "ممرات آمنة" للاجئين.').quotes == ()


def test_unknown_name_after_a_long_title_ends_the_speaker_words_before_the_complementizer() -> None:
    doc = newscli.parse("وقال عضو المجلس عن حزب العمال المعارض كاران فيلدو إن الانتخابات ستجري في موعدها.")
    (q,) = doc.quotes
    assert q.speaker.name == "كاران فيلدو"
    assert q.speaker.mention.text == "عضو المجلس عن حزب العمال المعارض كاران فيلدو"


def test_a_place_in_ba_after_the_aside_is_no_unknown_name() -> None:
    doc = newscli.parse('قال سفير فرنسا في منطقة الساحل بغرب القارة إن "هجوما" وقع في المدينة.')
    (q,) = doc.quotes
    assert q.speaker.name == "سفير فرنسا"


def test_marked_clause_after_a_named_speaker_and_a_time_phrase_is_a_quote() -> None:
    doc = newscli.parse('وقال المدرب سامي حداد بعد المباراة "الإصابة تبدو سيئة".')
    (q,) = doc.quotes
    assert (q.kind, q.text, q.speaker.name) == ("direct", "الإصابة تبدو سيئة", "سامي حداد")


def test_marked_name_after_a_body_is_still_no_quote() -> None:
    doc = newscli.parse('وقال المدرب سامي حداد بعد مباراة "الكلاسيكو" إن الفريق تعب.')
    assert [q.text for q in doc.quotes] == ["الفريق تعب"]


def test_an_ambiguous_verb_opening_its_clause_reports_officials_by_their_office() -> None:
    doc = newscli.parse('وتابع المدعون "في وقت كانت فيه الحكومة تتعاون مع المجتمع الدولي".')
    (q,) = doc.quotes
    assert q.speaker.name == "المدعون"


def test_an_ambiguous_noun_in_construct_before_a_plural_title_reports_nothing() -> None:
    doc = newscli.parse('وأوضح المرصد أن عملية نقل المقاتلين قد تبدأ "خلال الأيام القليلة المقبلة".')
    assert [q.cue.text for q in doc.quotes] == ["وأوضح"]


def test_for_his_part_after_the_verb_is_no_part_of_the_speaker() -> None:
    doc = newscli.parse('ورأى من جهته نبيل فارس مدير البرنامج أن "على الحكومة التعاون".')
    (q,) = doc.quotes
    assert q.speaker.name == "نبيل فارس"
    doc = newscli.parse("وقال من جانبه المتحدث باسم الجيش إن القوات تقدمت.")
    assert doc.quotes[0].speaker.name == "المتحدث باسم الجيش"


def test_mudhakkiran_reminding_is_a_participle_of_saying() -> None:
    doc = newscli.parse('وختم الوزير مذكرا "بواجب حماية المدنيين في كل الظروف".')
    (q,) = doc.quotes
    assert (q.kind, q.cue.text, q.speaker.name) == ("direct", "مذكرا", "الوزير")
    doc = newscli.parse("وأشاد سامي حداد بالفريق، مذكرا بأن اللاعبين بذلوا جهدا كبيرا.")
    assert [(q.cue.text, q.text) for q in doc.quotes] == [("مذكرا", "اللاعبين بذلوا جهدا كبيرا")]


def test_a_short_quote_closing_the_sentence_after_the_speaker_is_no_name() -> None:
    doc = newscli.parse('اجتمع المجلس أمس في العاصمة. وقال الوزير "الوضع صعب جدا". '
                        'ونقلت الصحيفة عن المدرب قوله "لن نتراجع".')
    assert [(q.kind, q.text, q.speaker.name) for q in doc.quotes] == [
        ("direct", "الوضع صعب جدا", "الوزير"), ("direct", "لن نتراجع", "المدرب")]


def test_marked_words_after_an_object_still_need_more_than_closing_the_sentence() -> None:
    doc = newscli.parse('اجتمع المجلس أمس. ودعا السفير إلى وجود "رؤساء أكثر هدوءا".')
    assert doc.quotes == ()


def test_a_studys_headline_colon_reports_what_it_found() -> None:
    doc = newscli.parse("دراسة جديدة: النوم الطويل يضر بالقلب\n\nنشر باحثون نتائج عملهم أمس.")
    (q,) = doc.quotes
    assert (q.kind, q.text, q.speaker.name) == ("indirect", "النوم الطويل يضر بالقلب", "دراسة جديدة")


def test_an_interviews_turns_are_quotes_of_who_opens_them() -> None:
    text = ("تحدثنا إلى سيدتين عن تجربتهما مع المرض في العام الماضي.\n\n"
            "ليلى: شعرت بالخوف في البداية لكنني تعلمت أن أتعايش مع المرض.\n\n"
            "سلمى: كان الأمر صعبا علي وعلى أسرتي في الأشهر الأولى.\n\n"
            "ليلى: أنصح كل امرأة بأن تزور الطبيب مبكرا.\n\n"
            "سلمى: الدعم من العائلة هو أهم شيء في هذه المرحلة.")
    doc = newscli.parse(text)
    assert [q.speaker.name for q in doc.quotes] == ["ليلى", "سلمى", "ليلى", "سلمى"]


def test_a_records_labels_are_no_interview() -> None:
    text = ("صدر الكتاب الأول في الربيع.\n\nتأليف: سامي حداد وآخرون من الكتاب الشباب.\n\n"
            "صدر الكتاب الثاني في الخريف.\n\nتأليف: ليلى حسن ومجموعة من الباحثين.")
    assert newscli.parse(text).quotes == ()


def test_a_studys_line_between_paragraphs_does_not_take_over_the_narrative() -> None:
    text = ("وكشفت سارة علي أنها ذهبت إلى الصيدلية يوم الأحد.\n\n"
            "دراسة: ملايين النساء يواجهن المشكلة نفسها كل عام\n\n"
            'وكتبت على صفحتها: "لم أتوقع هذه المعاملة أبدا".')
    doc = newscli.parse(text)
    assert doc.quotes[-1].speaker.name == "سارة علي"


def test_a_headline_source_then_what_it_spoke_about() -> None:
    doc = newscli.parse("المتحدث باسم الخارجية الإيرانية عن اختفاء الصحفي: ننتظر ظهور الحقائق\n\n"
                        "قال المتحدث باسم الخارجية الإيرانية إن بلاده تتابع القضية.")
    assert [q.text for q in doc.quotes][0] == "ننتظر ظهور الحقائق"
    assert doc.quotes[0].speaker.name == "المتحدث باسم الخارجية الإيرانية"


def test_a_link_to_another_article_may_report_a_source() -> None:
    doc = newscli.parse("وقالت الحكومة إن الوضع مستقر في البلاد.\n\n"
                        "اقرأ أيضا: البيت الأبيض: الرئيس لم يتخذ قراره بعد\n\n"
                        "وتتواصل الاحتجاجات في العاصمة منذ أسبوع.")
    assert [(q.text, q.speaker.name) for q in doc.quotes][1] == ("الرئيس لم يتخذ قراره بعد", "البيت الأبيض")


def test_an_attribution_to_a_number_of_a_group_reports() -> None:
    doc = newscli.parse("اجتمع المجلس أمس. وبحسب العديد من الخبراء فإن اللقاء كان محطة مهمة.")
    (q,) = doc.quotes
    assert (q.text, q.speaker.name) == ("اللقاء كان محطة مهمة", "العديد من الخبراء")


def test_an_attribution_to_a_number_of_things_does_not() -> None:
    doc = newscli.parse("اجتمع المجلس أمس. وبحسب عدد من الحالات فإن الأمر مختلف.")
    assert doc.quotes == ()


def test_surveys_in_the_plural_are_documents_of_their_maker() -> None:
    doc = newscli.parse("اجتمع المجلس أمس. ووفقا لمسوح الوكالة، فإن الإنتاج هو الأدنى منذ عام.")
    (q,) = doc.quotes
    assert q.text == "الإنتاج هو الأدنى منذ عام"


def test_a_description_in_marks_with_its_ba_is_a_quote() -> None:
    doc = newscli.parse('اجتمع المجلس أمس. ووصفت الحكومة القرار "بغير المبرر".')
    (q,) = doc.quotes
    assert (q.kind, q.text, q.speaker.name) == ("direct", "بغير المبرر", "الحكومة")


def test_a_known_bodys_name_is_the_accuser_and_the_rest_the_accused() -> None:
    doc = newscli.parse('واتهمت منظمة العفو الدولية الرئيس سامي حداد "بتشجيع الكراهية".')
    (q,) = doc.quotes
    assert q.speaker.name == "منظمة العفو الدولية"


def test_a_relay_from_a_named_source_right_before_the_marks_reports() -> None:
    doc = newscli.parse('اجتمع المجلس أمس. ونقلت الوكالة عن الوزير "الوضع تحت السيطرة".')
    (q,) = doc.quotes
    assert (q.kind, q.speaker.name) == ("direct", "الوزير")


def test_a_relay_from_a_pronoun_with_qawlahu_reports() -> None:
    doc = newscli.parse('وقال الوزير سامي حداد إن المفاوضات صعبة. '
                        'ونقلت عنه وكالة الأنباء الرسمية قوله "مستعدون لأي سيناريو".')
    assert [q.speaker.name for q in doc.quotes] == ["سامي حداد", "سامي حداد"]


def test_moving_someone_to_a_named_place_reports_nothing() -> None:
    doc = newscli.parse('اجتمع المجلس أمس. ونقلت الشرطة الجرحى إلى "مستشفى الأمل" في المدينة.')
    assert doc.quotes == ()


def test_a_relative_named_after_an_ambiguous_verb_writes_the_quote() -> None:
    doc = newscli.parse('اجتمع المجلس أمس. وكتب شقيقها سامي حداد "تم توقيفها في المنزل قبل ساعات".')
    (q,) = doc.quotes
    assert (q.cue.text, q.speaker.name) == ("وكتب", "سامي حداد")


def test_a_statement_that_goes_on_in_marks_after_an_ambiguous_verb() -> None:
    doc = newscli.parse('اجتمع المجلس أمس. وتابع التقرير "من الواضح أن إعلان الطوارئ أضر بالبلاد".')
    (q,) = doc.quotes
    assert (q.kind, q.speaker.name) == ("direct", "التقرير")
    assert newscli.parse('اجتمع المجلس أمس. وتابع التقرير "المباراة" باهتمام.').quotes == ()


def test_an_ambiguous_verb_with_its_conjunction_and_an_audience_reports() -> None:
    doc = newscli.parse('التقى الرئيس سامي حداد نظيره أمس. وصرح للصحافيين "أجرينا محادثات جيدة".')
    (q,) = doc.quotes
    assert (q.cue.text, q.speaker.name) == ("وصرح", "سامي حداد")


def test_after_a_full_stop_a_cue_with_its_own_quote_attributes_nothing_before() -> None:
    doc = newscli.parse('وسخر المخرج سامي حداد من "هذا التجمع الغريب"، عندما "كان الناس يصفقون للزعيم". '
                        'وتابع المخرج المسرحي "لا نستحق أفضل من ذلك، لأننا لا نحترم الحرية".')
    assert [q.speaker.name for q in doc.quotes] == ["سامي حداد"] * 3
    assert [q.cue.text if q.cue else None for q in doc.quotes] == ["وسخر", None, "وتابع"]
    assert all('"' not in q.speaker.mention.text for q in doc.quotes if q.speaker.mention)


def test_a_tweet_that_tells_of_an_event_speaks_for_its_publisher() -> None:
    for text in ('وقال بيان الوزارة إن الصين أبلغت بالحادث. ونشر التلفزيون الصيني الحكومي على حسابه '
                 'تغريدة تفيد بمقتل "أكثر من 30 سائحا" في الحادث.',
                 'وقال بيان الوزارة إن الصين أبلغت بالحادث. ونشر التلفزيون الصيني الحكومي تغريدة تفيد '
                 'بأن 30 سائحا قتلوا.'):
        doc = newscli.parse(text)
        assert [q.speaker.name for q in doc.quotes] == ["الوزارة", "التلفزيون الصيني الحكومي"]


def test_unquoted_words_after_a_colon_go_on_while_the_speaker_says_i_or_we() -> None:
    doc = newscli.parse('وقال المدرب سامي حداد: لا أعتقد أننا بحاجة إلى لاعب واحد. أعتقد أننا بحاجة إلى '
                        'الجميع. ويلتقي الفريق غدا مع المنتخب الضيف.')
    (q,) = doc.quotes
    assert q.text.endswith("بحاجة إلى الجميع")
    doc = newscli.parse('وقال المدرب سامي حداد: الفريق جاهز للمباراة. ويلتقي الفريق غدا مع المنتخب الضيف.')
    (q,) = doc.quotes
    assert q.text == "الفريق جاهز للمباراة"
    doc = newscli.parse('وقال المدرب سامي حداد: الفريق جاهز للمباراة. وتابع حداد: علينا أن نفوز غدا.')
    assert [q.text for q in doc.quotes] == ["الفريق جاهز للمباراة", "علينا أن نفوز غدا"]


def test_a_state_set_apart_by_a_comma_before_allati_speaks() -> None:
    doc = newscli.parse('وفتحت المفوضية الأوروبية ملف الانضمام. واستتبع ذلك ردا غاضبا من أنقرة، التي تقول إن '
                        'العضوية لا تزال هدفا استراتيجيا.')
    assert [q.speaker.name for q in doc.quotes] == ["أنقرة"]
    doc = newscli.parse('ويرددها مشجعو النادي، أحد أكثر الأندية شعبية في بريطانيا، التي تقول إن الفريق هو الأفضل.')
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] != ["بريطانيا"]


def test_a_name_in_marks_after_the_cue_is_whole_and_a_marked_topic_is_no_source() -> None:
    doc = newscli.parse('وقالت "إير بي إن بي" إنها تواكب الصناعة التقليدية.')
    assert [q.speaker.name for q in doc.quotes] == ["إير بي إن بي"]
    doc = newscli.parse('وأشار الاتفاق إلى إمكانية المغادرة، لكنه أوضح "بخصوص القدوم للأردن" أن '
                        '"الشخص القادم يحتاج إلى موافقة أمنية مسبقة".')
    assert [q.speaker.name for q in doc.quotes] == ["الاتفاق"]


def test_tabi_after_its_noun_is_belonging_not_a_cue() -> None:
    doc = newscli.parse('الطائرات تضرب مجددا\n\nأغارت طائرات حربية، صباح الخميس، على موقع تابع لتنظيم داعش داخل '
                        'الأراضي السورية، وفق بيان لقيادة العمليات المشتركة.\nوذكر البيان أن المقاتلات قصفت مقرا.\n'
                        'وأضاف: "بحسب المصادر الاستخباراتية، فإن الضربة حققت أهدافها".')
    assert [q.speaker.name for q in doc.quotes] == ["قيادة العمليات المشتركة"] * 3
    assert [q.cue.text for q in newscli.parse('وتابع للصحفيين أن الوضع صعب.').quotes] == ["وتابع"]


def test_a_clause_opening_with_bihasab_and_fainna_reports_what_follows() -> None:
    doc = newscli.parse('قتل عشرة مسلحين في مواجهات مع الجيش، ووفقا لمصادر طبية فإن المسلحين نقلوا قتلاهم إلى '
                        'المستشفى.')
    (q,) = doc.quotes
    assert q.text == "المسلحين نقلوا قتلاهم إلى المستشفى"
    # without فإن the phrase attributes the clause before it
    doc = newscli.parse('وقتل عشرة مسلحين في مواجهات مع الجيش، وفقا لمصادر طبية.')
    (q,) = doc.quotes
    assert q.text.startswith("وقتل عشرة مسلحين")


def test_jadala_reports_and_a_title_before_a_cue_with_its_own_content_is_no_quote() -> None:
    doc = newscli.parse('في طعنها على القرار، جادلت الطالبة سارة حداد بأنها لم تشارك أبدا في حملات مقاطعة.')
    assert [(q.cue.text, q.speaker.name) for q in doc.quotes] == [("جادلت", "سارة حداد")]
    doc = newscli.parse('وفي فصل من كتابه "حول المستقبل: آفاق البشرية"، يجادل سامي حداد بأن العلماء يجرون تجارب خطرة.')
    assert [q.text for q in doc.quotes] == ["العلماء يجرون تجارب خطرة"]


def test_a_headline_source_after_two_dots_and_an_intent_noun_after_a_name() -> None:
    doc = newscli.parse('بعد تصديه لمحاولة الانقلاب.. حداد: سنقاطع المنتجات الأجنبية\n\n'
                        'أعلن الرئيس سامي حداد عزم بلاده مقاطعة المنتجات.')
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("سنقاطع المنتجات الأجنبية", "سامي حداد")]


def test_a_headline_source_and_its_verb_before_the_colon() -> None:
    doc = newscli.parse('بعد خلل.. تويتر يستنفر: غيروا كلمات السر\n\nحثت شركة تويتر مستخدميها على تغيير كلمات السر.')
    assert [(q.speaker.name, q.speaker.mention.text) for q in doc.quotes] == [("شركة تويتر", "تويتر")]
    doc = newscli.parse('إيفانكا ترامب: يجب تغيير لوائح التنس\n\nقالت إيفانكا ترامب إن اللوائح قديمة.')
    assert doc.quotes[0].speaker.mention.text == "إيفانكا ترامب"


def test_according_to_what_an_agency_relays_from_a_source_names_the_source() -> None:
    doc = newscli.parse('وقال المتحدث سامي حداد إن صاروخا اعترض. وحسب ما نقلته وكالة الأنباء الرسمية عن حداد، '
                        'فإن الحادث لم يؤد إلى وقوع أي أضرار.')
    assert [q.speaker.name for q in doc.quotes][1] == "سامي حداد"
    doc = newscli.parse('وتمكنت القوات من عزل المدينة، وفق ما نقل المرصد عن مصدر عسكري.')
    assert [q.speaker.name for q in doc.quotes] == ["مصدر عسكري"]


def test_a_definite_body_then_an_indefinite_noun_is_the_subject_and_its_object() -> None:
    doc = newscli.parse('وأكد التحالف العربي وجود السفينة في الميناء. وقال التحالف العربي إن المسلحين يحتجزون السفينة.')
    assert [q.speaker.name for q in doc.quotes] == ["التحالف العربي"]
    doc = newscli.parse('وأعلن الاتحاد الإسباني لكرة القدم تعيين مدرب جديد. وقال الاتحاد الإسباني إن المدرب سيتولى المهمة.')
    assert [q.speaker.name for q in doc.quotes] == ["الاتحاد الإسباني لكرة القدم"]


def test_an_unknown_name_after_the_verb_speaks_for_the_participle() -> None:
    doc = newscli.parse('وهتف الحشد "الله أكبر" لدى وصول الرئيس. وتساءلت رميزة (58 عاما) بائعة في السوق، قائلة '
                        '"لم تكن هناك مشكلة عندما أتى الرئيس الآخر إلى المدينة".')
    assert [q.speaker.name for q in doc.quotes] == ["الحشد", "رميزة"]
    doc = newscli.parse('ورد الصحفي، الذي كان يحمل كاميرا كذلك، قائلا: "لقد كنت أقوم بعملي فحسب".')
    assert [q.speaker.name for q in doc.quotes] == ["الصحفي"]


def test_a_station_named_by_a_dotted_abbreviation_in_marks() -> None:
    doc = newscli.parse('وقالت محطة "إم.إس.إن.بي.سي" التلفزيونية، الخميس، إن مسؤولين حصلوا على عينات.')
    assert [q.speaker.name for q in doc.quotes] == ['محطة "إم.إس.إن.بي.سي" التلفزيونية']


def test_an_unnamed_crowds_opinion_is_no_quote() -> None:
    for text in ('ويعتقد الكثير من المحللين أن الولايات المتحدة ستنسحب من الاتفاق.',
                 'ويرى العديد من المراقبين أن الاقتصاد سيتحسن.', 'يعتقد كثيرون أن البطارية تتضرر.'):
        assert newscli.parse(text).quotes == ()
    # a speech verb reports whoever speaks, and a perception verb a named holder
    assert len(newscli.parse('وقال الكثير من المحللين إن الولايات المتحدة ستنسحب من الاتفاق.').quotes) == 1
    assert len(newscli.parse('ويرى الوزير سامي حداد أن الاقتصاد سيتحسن.').quotes) == 1


def test_a_report_in_a_clause_of_when_ends_the_content_before_it() -> None:
    doc = newscli.parse('وقالت الشركة إنه تم إغلاق المحطة الرئيسية في المدينة، بعد أن قالت الشرطة إنها تحقق في احتجاز رهينة.')
    assert [q.text for q in doc.quotes] == ["تم إغلاق المحطة الرئيسية في المدينة", "تحقق في احتجاز رهينة"]
    # a clause of when with no report of its own stays in the content
    doc = newscli.parse('وقال المدعي العام إن الرجل، قبل أن تقتله الشرطة، صرخ "الله أكبر" خلال الاعتداء.')
    assert len(doc.quotes) == 1 and doc.quotes[0].text.endswith("خلال الاعتداء")


def test_the_source_of_bidawa_is_the_subject_of_the_sentences_verb() -> None:
    def speakers(text: str) -> list:
        return [q.speaker.name if q.speaker else None for q in newscli.parse(text).quotes]
    assert speakers('وفي السياق نفسه، قد رفضت الحكومة الطلب بدعوى أن الوقت غير مناسب.') == ["الحكومة"]
    assert speakers('ورفضت الحكومة المصرية الطلب بدعوى أن الوقت غير مناسب.') == ["الحكومة المصرية"]
    assert speakers('وفي فبراير الماضي، قد تم رفض الطلب بدعوى أن الوقت غير مناسب.') == [None]


def test_a_cue_in_a_relative_clause_on_a_persons_remarks_is_that_persons() -> None:
    doc = newscli.parse('رفض الأمير سعود بن فيصل تعليقات الرئيس الأمريكي دونالد ترامب التي قال فيها إن '
                        'بلاده تحمي المملكة.')
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("بلاده تحمي المملكة", "دونالد ترامب")]


def test_rayn_written_without_its_hamza_is_the_name_ryan_not_a_cue() -> None:
    doc = newscli.parse('ودعا زعيم الجمهوريين في الكونغرس، بول راين، الاثنين، الرئيس إلى أن "يدرك خطورة الأمر".')
    assert [(q.cue.text, q.speaker.name) for q in doc.quotes] == [("ودعا", "بول راين")]


def test_sal_written_without_its_hamza_is_the_name_sall_not_a_cue() -> None:
    doc = newscli.parse('وقال الرئيس السنغالي ماكي سال إن الخطوة "تاريخية".\nوأضاف سال متوجها إلى الشباب أن المستقبل لهم.')
    assert [(q.cue.text, q.speaker.name) for q in doc.quotes] == [("وقال", "ماكي سال"), ("وأضاف", "ماكي سال")]


def test_a_bodys_naming_after_its_verb_ends_at_its_nationality_before_a_verbal_noun() -> None:
    doc = newscli.parse('أعلنت وزارة الداخلية الأردنية القبض على خلية. وذكر البيان أن الخلية كانت تخطط لهجمات.')
    assert [q.speaker.name for q in doc.quotes] == ["وزارة الداخلية الأردنية"]


def test_a_bodys_naming_ends_before_the_verbs_object() -> None:
    cases = [('انتقدت الخارجية الأميركية سوء استغلال الموارد. وقالت الخارجية في بيان إن "الحكومة تبدد الموارد".',
              "الخارجية الأميركية"),
             ('وأدان البيان الصادر عن وزارة الإعلام السعودية الاتهامات غير المسؤولة، مؤكدا أنها عارية عن الصحة.',
              "وزارة الإعلام السعودية"),
             ('اتهمت لجنة الشؤون الخارجية بمجلس العموم الحكومة البريطانية بـ"التغاضي عن الأموال القذرة".',
              "لجنة الشؤون الخارجية بمجلس العموم"),
             ('وقالت إدارة الغذاء والدواء الأمريكية FDA إن الدواء آمن.', "إدارة الغذاء والدواء الأمريكية FDA")]
    for text, name in cases:
        assert [q.speaker.name for q in newscli.parse(text).quotes] == [name], text
