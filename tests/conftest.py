"""Shared fixtures: the data folder and a CLI runner that keeps stdout and stderr apart."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "article_ar.txt"


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's $NEWSCLI_CONFIG or $NEWSCLI_BIDI must not change what the tests see."""
    monkeypatch.delenv("NEWSCLI_CONFIG", raising=False)
    monkeypatch.delenv("NEWSCLI_BIDI", raising=False)


def assert_spans_exact(text: str, spans: list[dict]) -> None:
    """Every span lies inside the text and its text is exactly text[start:end]."""
    for s in spans:
        assert 0 <= s["start"] <= s["end"] <= len(text), s
        assert text[s["start"]:s["end"]] == s["text"], s


def spans_of(doc) -> list[dict]:  # noqa: ANN001
    """Every span of a parsed document as JSON: structure, tokens, quotes, cues and mentions."""
    d = doc.to_dict()
    out = list(d["paragraphs"]) + d["sentences"] + d["tokens"] + ([d["title"]] if d["title"] else [])
    for q in d["quotes"]:
        out.append(q)
        if q["cue"]:
            out.append(q["cue"])
        for sp in [q["speaker"]] + q.get("co_speakers", []):
            if sp and sp["mention"]:
                out.append(sp["mention"])
    for sp in d["speakers"]:
        out += sp["mentions"]
    return out


@pytest.fixture
def unreadable_file(tmp_path: Path) -> Iterator[Path]:
    """A file nobody may read (skipped where permissions are not enforced, as for root)."""
    p = tmp_path / "secret.txt"
    p.write_text("سر", encoding="utf-8")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("permissions are not enforced here (running as root?)")
        yield p
    finally:
        p.chmod(0o644)
