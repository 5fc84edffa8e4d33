"""Speaker aggregation across documents."""
from __future__ import annotations

from typing import Any, Iterable

from .models import Document


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
