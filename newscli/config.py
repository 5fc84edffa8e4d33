"""Typed configuration: code defaults, then a YAML file, then command-line flags.

A YAML file may set any subset of the keys below; an unknown key or a value of the wrong type is
an error that names the file and the key. ``configs/default.yaml`` mirrors these defaults (a test
keeps the two equal).
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Optional

from .errors import ConfigError

ENV_CONFIG = "NEWSCLI_CONFIG"


@dataclass(frozen=True)
class NormalizeConfig:
    """Which normalization steps run, in pipeline order (see newscli.normalization)."""

    unicode: bool = True        # NFKC, presentation forms to letters (camel-tools normalize_unicode)
    controls: bool = True       # zero-width and bidi controls removed
    tatweel: bool = True        # kashida removed
    dediac: bool = True         # diacritics removed (camel-tools dediac_ar)
    alef: bool = True           # أ إ آ ٱ -> ا (camel-tools normalize_alef_ar)
    alef_maksura: bool = True   # ى -> ي
    teh_marbuta: bool = True    # ة -> ه
    persian: bool = True        # ی ک ە and kin -> Arabic letters
    digits: bool = True         # Arabic-Indic and Persian digits -> ASCII
    quotes: bool = True         # every quotation mark -> "


@dataclass(frozen=True)
class LexiconConfig:
    """Extra entries added to the shipped lexicons (each list extends the file of that name)."""

    cues: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputConfig:
    """How inputs are found and decoded."""

    encoding: Optional[str] = None   # None: detect (UTF-8, UTF-16 BOM, Windows-1256)
    glob: str = "*.txt"
    max_bytes: int = 10_000_000      # parsing takes about 120 bytes of memory per input byte
    html: Optional[bool] = None      # None: detect HTML markup; True/False: always/never read it as HTML


@dataclass(frozen=True)
class Config:
    """The whole configuration of a run."""

    normalize: NormalizeConfig = field(default_factory=NormalizeConfig)
    lexicons: LexiconConfig = field(default_factory=LexiconConfig)
    input: InputConfig = field(default_factory=InputConfig)
    source: Optional[str] = None     # the file it was read from, for `newscli info`

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain data (what a YAML file would hold)."""
        d = dataclasses.asdict(self)
        d.pop("source")
        for k, v in d["lexicons"].items():
            d["lexicons"][k] = list(v)
        return d


_SECTIONS = {"normalize": NormalizeConfig, "lexicons": LexiconConfig, "input": InputConfig}


def _coerce(path: str, key: str, value: Any, default: Any, ftype: Any) -> Any:
    where = f"{path}: {key}"
    if ftype == "Optional[bool]":
        if value is None or value == "auto":
            return None
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true, false or auto, not {value!r}")
        return value
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false, not {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ConfigError(f"{where} must be a positive whole number, not {value!r}")
        return value
    if isinstance(default, tuple):
        if value is None:
            return ()
        if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of strings")
        return tuple(value)
    # str or Optional[str]
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{where} must be a string, not {value!r}")
    return value


def _check_encoding(path: str, name: str) -> None:
    """An unknown encoding is a config error now, not a decode error for every input later."""
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        raise ConfigError(f"{path}: input.encoding: unknown encoding '{name}'") from None


def from_mapping(data: Any, path: str = "<config>", base: Optional[Config] = None) -> Config:
    """Build a Config from parsed YAML data, over ``base`` (code defaults if None)."""
    cfg = base or Config()
    if data is None:
        return replace(cfg, source=path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections")
    for section, values in data.items():
        if section not in _SECTIONS:
            raise ConfigError(f"{path}: unknown key '{section}' (known: {', '.join(_SECTIONS)})")
        current = getattr(cfg, section)
        if values is None:
            continue
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: '{section}' must be a mapping")
        known = {f.name: f for f in fields(current)}
        changes = {}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"{path}: unknown key '{section}.{key}' (known: {', '.join(known)})")
            default = getattr(type(current)(), key)
            changes[key] = _coerce(path, f"{section}.{key}", value, default, known[key].type)
            if (section, key) == ("input", "encoding") and value is not None:
                _check_encoding(path, value)
        cfg = replace(cfg, **{section: replace(current, **changes)})
    return replace(cfg, source=path)


def load_config(path: Optional[os.PathLike | str] = None) -> Config:
    """Load a YAML config (``path``, else $NEWSCLI_CONFIG, else code defaults)."""
    if path is None:
        path = os.environ.get(ENV_CONFIG) or None
    if path is None:
        return Config()
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: cannot read config file ({e.__class__.__name__})") from None
    import yaml  # only when a config file is used

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{p}: invalid YAML{at}") from None
    return from_mapping(data, str(p))
