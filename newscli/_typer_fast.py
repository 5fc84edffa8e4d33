"""Start-up: keep Typer from importing Pydantic for the plain options every command has.

Typer (0.2x) checks each option value with a Pydantic TypeAdapter, built for every parameter of
the command that runs, given or not: importing Pydantic and building some twenty adapters costs
about 0.15 s, more than parsing an article. Here the parameters whose value is missing, a string,
a list of strings or a choice of an Enum are checked directly, exactly as Typer's adapters check
them; anything else (a path, a number, a value that fails) still goes through Typer's own
adapter, built on first use, so messages and results stay Typer's. If Typer's internals are not
the ones this module knows, it does nothing. A whole number in plain digits within the
option's bounds is checked here too (--jobs 4); any other number goes to Typer.
"""
from __future__ import annotations

import typing
from enum import Enum
from typing import Any


def install() -> None:
    """Give Typer's parameters the lazy, Pydantic-free check (once; a no-op on other Typer versions)."""
    try:
        from typer import core
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_choice
    except ImportError:
        return
    param_cls = getattr(core, "_TyperParameter", None)
    if param_cls is None or getattr(param_cls, "_newscli_fast", False) \
            or not hasattr(param_cls, "get_runtime_param") or not hasattr(RuntimeParam, "coerce"):
        return

    class _Lazy(RuntimeParam):  # type: ignore[misc, valid-type]
        """RuntimeParam.coerce answers a missing value itself; the rest is checked here or by Typer."""

        def _typer(self) -> Any:
            real = self.__dict__.get("_real")
            if real is None:
                real = build_runtime_param(self.__dict__["_descriptor"])
                self.__dict__["_real"] = real
            return real

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            kind = self.__dict__["_kind"]
            try:
                if kind == "str" and isinstance(value, str):
                    return value
                if kind == "list-str" and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                    return list(value)
                if kind == "choice":
                    return coerce_cli_choice(value, choices=self.__dict__["_choices"],
                                             case_sensitive=self.parameter_info.case_sensitive, ctx=ctx)
                if kind == "int" and isinstance(value, str) and value.isascii() and value.isdigit() \
                        and len(value) < 16 and (value == "0" or value[0] != "0"):
                    n = int(value)
                    info = self.parameter_info
                    if not info.clamp and (info.min is None or n >= info.min) and (info.max is None or n <= info.max):
                        return n
                if kind == "list-choice" and isinstance(value, (list, tuple)):
                    return [coerce_cli_choice(v, choices=self.__dict__["_choices"],
                                              case_sensitive=self.parameter_info.case_sensitive, ctx=ctx)
                            for v in value]
            except ValueError:
                pass   # Typer's adapter reports it, in Typer's words
            return self._typer()._coerce_value(value, param=param, ctx=ctx)

    def _kind(annotation: Any) -> tuple[str, Any]:
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if annotation is str:
            return "str", None
        if annotation is int:
            return "int", None
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            return "choice", list(annotation)
        if origin is list and len(args) == 1:
            if args[0] is str:
                return "list-str", None
            if isinstance(args[0], type) and issubclass(args[0], Enum):
                return "list-choice", list(args[0])
        return "typer", None

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            desc = self.type_descriptor
            if getattr(desc, "file_annotation", None) is not None or desc.parameter_info.parser is not None:
                self._runtime_param = build_runtime_param(desc)
            else:
                try:
                    lazy = _Lazy(parameter_info=desc.parameter_info, annotation=desc.annotation)
                    kind, choices = _kind(desc.annotation)
                    lazy.__dict__.update(_descriptor=desc, _kind=kind, _choices=choices)
                except Exception:  # noqa: BLE001 - a Typer whose internals moved: its own way
                    lazy = build_runtime_param(desc)
                self._runtime_param = lazy
        return self._runtime_param

    param_cls.get_runtime_param = get_runtime_param
    param_cls._newscli_fast = True
