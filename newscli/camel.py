"""What newscli knows of camel-tools without importing its heavy parts or touching the network.

camel-tools' data (morphology databases, NER models) is optional: found on disk when installed,
never downloaded. Importing ``camel_tools.data`` would fetch a catalogue from the network when
none is cached, so this module only looks at the folders.
"""
from __future__ import annotations

import os
import sys
from importlib import metadata
from pathlib import Path
from typing import Any


def camel_version() -> str | None:
    """Installed camel-tools version, or None."""
    try:
        return metadata.version("camel-tools")
    except metadata.PackageNotFoundError:
        return None


def data_dir() -> Path:
    """Where camel-tools keeps its data ($CAMELTOOLS_DATA, else its per-user folder)."""
    env = os.environ.get("CAMELTOOLS_DATA")
    if env:
        return Path(env).expanduser()
    # As camel_tools.data.catalogue._get_appdatadir, which we must not import (it makes folders).
    if sys.platform == "win32":
        return Path.home() / "AppData" / "Roaming" / "camel_tools"
    return Path.home() / ".camel_tools"


def installed_data() -> list[str]:
    """Names of the camel-tools data packages found on disk (e.g. morphology-db-msa-r13)."""
    root = data_dir() / "data"
    found = []
    try:
        for component in sorted(p for p in root.iterdir() if p.is_dir()):
            for ds in sorted(p for p in component.iterdir() if p.is_dir()):
                if any(ds.iterdir()):
                    found.append(f"{component.name}/{ds.name}")
    except OSError:
        return []
    return found


def camel_info() -> dict[str, Any]:
    """camel-tools version, data folder and installed data, for `newscli info`."""
    data = installed_data()
    return {"camel_tools": camel_version() or "not installed", "camel_tools_data_dir": str(data_dir()),
            "camel_tools_data": data or "none (optional: morphology and NER are not used without it)"}
