"""newscli.lexicons: the cached build equals a fresh one; the lookup indexes answer as the lists."""
from __future__ import annotations

from pathlib import Path

import pytest

from newscli import cache as newscli_cache
from newscli import lexicons
from newscli.config import Config, LexiconConfig, NormalizeConfig


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(newscli_cache.ENV_CACHE, str(tmp_path))
    lexicons._load.cache_clear()
    yield tmp_path
    lexicons._load.cache_clear()


@pytest.mark.parametrize("opts", [(NormalizeConfig(), LexiconConfig()),
                                  (NormalizeConfig(alef=False), LexiconConfig(cues=("استهجن",), titles=("محافظ",)))])
def test_cached_lexicons_equal_a_fresh_build(cache: Path, opts: tuple) -> None:
    first = lexicons._load(*opts)                 # built, then stored
    assert list(cache.glob("lexicons-*.marshal"))
    lexicons._load.cache_clear()
    second = lexicons._load(*opts)                # read back
    assert second is not first
    assert second == first == lexicons._build(*opts)


def test_a_different_config_is_a_different_cache_entry(cache: Path) -> None:
    lexicons._load(NormalizeConfig(), LexiconConfig())
    lexicons._load(NormalizeConfig(), LexiconConfig(titles=("محافظ",)))
    assert len(list(cache.glob("lexicons-*.marshal"))) == 2


def test_a_broken_cache_file_is_rebuilt(cache: Path) -> None:
    lexicons._load(NormalizeConfig(), LexiconConfig())
    for f in cache.glob("lexicons-*.marshal"):
        f.write_bytes(b"not marshal")
    lexicons._load.cache_clear()
    assert lexicons._load(NormalizeConfig(), LexiconConfig()) == lexicons._build(NormalizeConfig(), LexiconConfig())


def test_cache_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(newscli_cache.ENV_CACHE, "")
    assert newscli_cache.cache_dir() is None


def _cue_by_hand(lex: lexicons.Lexicons, norm: str) -> object:
    e = lex.cues.get(norm)
    if e is not None:
        return e, 0
    if len(norm) > 2 and norm[0] in lexicons.PROCLITICS:
        e = lex.cues.get(norm[1:])
        if e is not None:
            return e, 1
    return None


def test_cue_index_answers_as_the_cue_list() -> None:
    lex = lexicons.load_lexicons(Config())
    words = list(lex.cues) + ["و" + w for w in lex.cues] + ["ف" + w for w in lex.cues] + ["وو", "فقال", "قال", "ب"]
    assert all(lex.cue(w) == _cue_by_hand(lex, w) for w in words)


def test_phrases_are_in_a_fixed_order() -> None:
    lex = lexicons.load_lexicons(Config())
    assert list(lex.phrases) == sorted(lex.phrases, key=lambda ph: (-len(ph), len(ph[-1]) == 1, ph))


def test_old_cache_entries_are_pruned(cache: Path) -> None:
    import os

    from newscli import cache as cache_mod

    for n in range(cache_mod.KEEP + 3):
        f = cache / f"lexicons-k{n:02d}.marshal"
        f.write_bytes(b"")
        os.utime(f, ns=(n * 10**9, n * 10**9))
    cache_mod.store("lexicons", "new", (1,))   # the newest entry, then the KEEP - 1 newest before it
    kept = sorted(p.name for p in cache.glob("lexicons-*.marshal"))
    assert len(kept) == cache_mod.KEEP and "lexicons-new.marshal" in kept and "lexicons-k00.marshal" not in kept
    assert cache_mod.load("lexicons", "new") == (1,)


def test_aliases_load_normalized_pairs() -> None:
    from newscli.lexicons import load_lexicons
    lex = load_lexicons()
    pairs = dict(lex.aliases)
    assert pairs[("الناتو",)] == ("حلف", "شمال", "الاطلسي")
    assert all(short and full for short, full in lex.aliases)


def test_org_name_len_finds_the_longest_known_name_at_a_word() -> None:
    lex = lexicons.load_lexicons(Config())
    words = "قالت منظمه الامم المتحده للطفوله ان البيت الابيض".split()
    assert lex.org_name_len(words, 1) == 4   # منظمة الأمم المتحدة للطفولة, not cut short
    assert lex.org_name_len(words, 2) == 2   # الأمم المتحدة inside it
    assert lex.org_name_len(words, 6) == 2   # البيت الأبيض, at the end of the words
    assert lex.org_name_len(words, 0) == 0
    assert lex.org_name_len(words, 7) == 0   # الأبيض alone names nothing
