"""newscli.config: code defaults, a YAML file over them key by key, and errors that name file and key."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newscli.config import Config, InputConfig, LexiconConfig, NormalizeConfig, from_mapping, load_config
from newscli.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_YAML = ROOT / "configs" / "default.yaml"


def write(tmp_path: Path, text: str, name: str = "c.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_default_yaml_equals_code_defaults() -> None:
    cfg = load_config(DEFAULT_YAML)
    assert cfg.source == str(DEFAULT_YAML)
    assert replace(cfg, source=None) == Config()
    assert cfg.to_dict() == Config().to_dict()


def test_default_yaml_sets_every_key() -> None:
    """The file documents every setting: no key of the dataclasses is missing from it."""
    import yaml

    data = yaml.safe_load(DEFAULT_YAML.read_text(encoding="utf-8"))
    assert data == Config().to_dict()


def test_no_path_no_env_gives_code_defaults() -> None:
    assert load_config() == Config()
    assert load_config().source is None


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("normalize:\n  dediac: false\n", Config(normalize=NormalizeConfig(dediac=False))),
        ("normalize:\n  alef: false\n  digits: false\n",
         Config(normalize=NormalizeConfig(alef=False, digits=False))),
        ("normalize:\n  quotes: no\n", Config(normalize=NormalizeConfig(quotes=False))),
        ("input:\n  encoding: cp1256\n", Config(input=InputConfig(encoding="cp1256"))),
        ("input:\n  glob: '*.txt,*.text'\n", Config(input=InputConfig(glob="*.txt,*.text"))),
        ("input:\n  max_bytes: 1000\n", Config(input=InputConfig(max_bytes=1000))),
        ("lexicons:\n  cues: [صرح, أفاد]\n", Config(lexicons=LexiconConfig(cues=("صرح", "أفاد")))),
        ("lexicons:\n  titles:\n    - المتحدث الرسمي\n",
         Config(lexicons=LexiconConfig(titles=("المتحدث الرسمي",)))),
        ("lexicons:\n  groups: null\n", Config()),
        ("normalize:\n", Config()),
        ("", Config()),
        ("# only a comment\n", Config()),
    ],
)
def test_yaml_overrides_key_by_key(tmp_path: Path, yaml_text: str, expected: Config) -> None:
    p = write(tmp_path, yaml_text)
    cfg = load_config(p)
    assert cfg.source == str(p)
    assert replace(cfg, source=None) == expected


def test_override_keeps_other_keys_of_the_section(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "normalize:\n  teh_marbuta: false\n"))
    assert cfg.normalize.teh_marbuta is False
    others = {k: v for k, v in cfg.to_dict()["normalize"].items() if k != "teh_marbuta"}
    assert all(others.values())
    assert cfg.input == InputConfig() and cfg.lexicons == LexiconConfig()


@pytest.mark.parametrize(
    ("yaml_text", "names"),
    [
        ("bogus: 1\n", "'bogus'"),
        ("normalize:\n  dediac: false\n  diacritics: false\n", "'normalize.diacritics'"),
        ("input:\n  encodings: utf-8\n", "'input.encodings'"),
        ("lexicons:\n  verbs: [قال]\n", "'lexicons.verbs'"),
    ],
)
def test_unknown_key_names_file_and_key(tmp_path: Path, yaml_text: str, names: str) -> None:
    p = write(tmp_path, yaml_text, "mine.yaml")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    msg = str(e.value)
    assert str(p) in msg and names in msg and "unknown key" in msg


@pytest.mark.parametrize(
    ("yaml_text", "key"),
    [
        ("normalize:\n  dediac: 0\n", "normalize.dediac"),
        ("normalize:\n  alef: 'false'\n", "normalize.alef"),
        ("input:\n  max_bytes: ten\n", "input.max_bytes"),
        ("input:\n  max_bytes: 0\n", "input.max_bytes"),
        ("input:\n  max_bytes: -5\n", "input.max_bytes"),
        ("input:\n  max_bytes: true\n", "input.max_bytes"),
        ("input:\n  max_bytes: 1.5\n", "input.max_bytes"),
        ("input:\n  glob: [a, b]\n", "input.glob"),
        ("input:\n  encoding: 1256\n", "input.encoding"),
        ("input:\n  encoding: klingon-8\n", "input.encoding"),
        ("lexicons:\n  cues: قال\n", "lexicons.cues"),
        ("lexicons:\n  cues: [قال, 3]\n", "lexicons.cues"),
    ],
)
def test_wrong_type_names_file_and_key(tmp_path: Path, yaml_text: str, key: str) -> None:
    p = write(tmp_path, yaml_text)
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert str(p) in str(e.value) and key in str(e.value)


@pytest.mark.parametrize("yaml_text", ["- normalize\n- input\n", "just a string\n", "42\n"])
def test_top_level_must_be_a_mapping(tmp_path: Path, yaml_text: str) -> None:
    p = write(tmp_path, yaml_text)
    with pytest.raises(ConfigError, match="top level must be a mapping"):
        load_config(p)


@pytest.mark.parametrize("yaml_text", ["normalize: [true, false]\n", "input: utf-8\n"])
def test_section_must_be_a_mapping(tmp_path: Path, yaml_text: str) -> None:
    with pytest.raises(ConfigError, match="must be a mapping"):
        load_config(write(tmp_path, yaml_text))


@pytest.mark.parametrize("yaml_text", ["normalize: [\n", "normalize:\n  dediac: false\n bad indent: 1\n",
                                       "input: {glob: '*.txt'\n", "a: b: c\n"])
def test_invalid_yaml(tmp_path: Path, yaml_text: str) -> None:
    p = write(tmp_path, yaml_text)
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert str(p) in str(e.value) and "invalid YAML" in str(e.value)


def test_invalid_yaml_reports_the_line(tmp_path: Path) -> None:
    p = write(tmp_path, "normalize:\n  dediac: false\n  alef: [\n")
    with pytest.raises(ConfigError, match=r"line \d+"):
        load_config(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.yaml")


def test_not_utf8_file(tmp_path: Path) -> None:
    p = tmp_path / "c.yaml"
    p.write_bytes("lexicons:\n  cues: [قال]\n".encode("utf-16"))
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(p)


def test_env_variable_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path, "normalize:\n  persian: false\n")
    monkeypatch.setenv("NEWSCLI_CONFIG", str(p))
    cfg = load_config()
    assert cfg.normalize.persian is False and cfg.source == str(p)


def test_explicit_path_wins_over_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLI_CONFIG", str(write(tmp_path, "normalize:\n  persian: false\n", "env.yaml")))
    cfg = load_config(write(tmp_path, "normalize:\n  digits: false\n", "flag.yaml"))
    assert cfg.normalize.digits is False and cfg.normalize.persian is True


def test_env_variable_empty_means_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLI_CONFIG", "")
    assert load_config() == Config()


def test_env_variable_bad_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLI_CONFIG", str(write(tmp_path, "colour: red\n")))
    with pytest.raises(ConfigError, match="'colour'"):
        load_config()


def test_from_mapping_over_a_base() -> None:
    base = from_mapping({"normalize": {"dediac": False}}, "a.yaml")
    cfg = from_mapping({"normalize": {"alef": False}}, "b.yaml", base=base)
    assert cfg.normalize.dediac is False and cfg.normalize.alef is False and cfg.source == "b.yaml"


def test_config_is_frozen() -> None:
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        Config().normalize.dediac = False  # type: ignore[misc]


def test_to_dict_is_plain_data() -> None:
    d = Config(lexicons=LexiconConfig(cues=("قال",))).to_dict()
    assert d["lexicons"]["cues"] == ["قال"] and "source" not in d
