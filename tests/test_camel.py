"""newscli.camel: camel-tools version and data found on disk, without importing camel_tools.data."""
from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import pytest

from newscli.camel import camel_info, camel_version, data_dir, installed_data


def test_version_is_the_installed_one() -> None:
    assert camel_version() == metadata.version("camel-tools")


def test_data_dir_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    assert data_dir() == tmp_path


def test_data_dir_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    expected = tmp_path / ("AppData/Roaming/camel_tools" if sys.platform == "win32" else ".camel_tools")
    assert data_dir() == expected


def test_installed_data_lists_non_empty_datasets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    assert installed_data() == []  # no folder at all
    for ds, files in [("morphology_db/calima-msa-r13", ["morphology.db"]), ("ner/arabert", ["config.json"]),
                      ("disambig_bert_unfactored/msa", [])]:
        (tmp_path / "data" / ds).mkdir(parents=True)
        for f in files:
            (tmp_path / "data" / ds / f).write_text("x")
    (tmp_path / "data" / "stray.txt").write_text("x")
    assert installed_data() == ["morphology_db/calima-msa-r13", "ner/arabert"]
    info = camel_info()
    assert info["camel_tools_data"] == installed_data() and info["camel_tools_data_dir"] == str(tmp_path)


def test_camel_tools_data_is_not_imported() -> None:
    """camel_tools.data fetches a catalogue over the network when none is cached."""
    import subprocess

    code = "import sys, newscli.camel as c; c.camel_info(); print('camel_tools' in {m.split('.')[0] for m in sys.modules})"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False", r.stderr
