"""Renderers: JSON, JSON Lines, CSV and rich tables. The only module that imports rich.

JSON keeps Arabic unescaped. Tables may reshape and reorder Arabic for terminals that do not
(``--bidi``); JSON, JSON Lines and CSV never change the text.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from typing import IO, Any, Iterable, Optional

from .models import Document

ENV_BIDI = "NEWSCLI_BIDI"


def dumps(obj: Any, *, indent: Optional[int] = None) -> str:
    """JSON with Arabic left as it is."""
    return json.dumps(obj, ensure_ascii=False, indent=indent)


class JsonWriter:
    """Writes documents as JSON Lines, one JSON object, or a streamed JSON array."""

    def __init__(self, out: IO[str], fmt: str, single: bool) -> None:
        self.out, self.fmt, self.single, self.count = out, fmt, single, 0

    def write(self, obj: dict[str, Any]) -> None:
        """Write one document's JSON object."""
        if self.fmt == "jsonl":
            self.out.write(dumps(obj) + "\n")
        elif self.single:
            self.out.write(dumps(obj, indent=2) + "\n")
        else:
            self.out.write(("[\n" if self.count == 0 else ",\n") + dumps(obj, indent=2))
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        """Close the array of a multi-document JSON output."""
        if self.fmt == "json" and not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
            self.out.flush()


QUOTE_CSV_FIELDS = ["source", "id", "kind", "start", "end", "text", "cue", "cue_start", "cue_end",
                    "speaker", "speaker_type", "mention", "mention_start", "mention_end", "sentence"]


class QuoteCsvWriter:
    """One CSV row per quote."""

    def __init__(self, out: IO[str]) -> None:
        self.w = csv.DictWriter(out, fieldnames=QUOTE_CSV_FIELDS, lineterminator="\n")
        self.w.writeheader()
        self.out = out

    def write(self, doc: Document) -> None:
        """Write the rows of one document's quotes."""
        for q in doc.quotes:
            sp = q.speaker
            m = sp.mention if sp else None
            self.w.writerow({
                "source": doc.source, "id": q.id, "kind": q.kind, "start": q.start, "end": q.end,
                "text": q.text, "cue": q.cue.text if q.cue else "",
                "cue_start": q.cue.start if q.cue else "", "cue_end": q.cue.end if q.cue else "",
                "speaker": sp.name if sp else "", "speaker_type": sp.type if sp else "",
                "mention": m.text if m else "", "mention_start": m.start if m else "",
                "mention_end": m.end if m else "", "sentence": q.sentence if q.sentence is not None else ""})
        self.out.flush()


# --- terminal ---------------------------------------------------------------------------------

def bidi_default() -> bool:
    """--bidi is off unless NEWSCLI_BIDI says otherwise."""
    return os.environ.get(ENV_BIDI, "").strip().lower() in ("1", "true", "yes", "on")


class Display:
    """Turns text into what a terminal cell should show: shaped and reordered when bidi is on."""

    def __init__(self, bidi: bool) -> None:
        self.bidi = bidi
        self._reshape = None
        if bidi:
            import arabic_reshaper
            from bidi import get_display

            self._reshape = lambda s: get_display(arabic_reshaper.reshape(s))

    def __call__(self, s: str, width: Optional[int] = None) -> str:
        s = " ".join(s.split())
        if width is not None and len(s) > width:
            s = s[: width - 1] + "…"
        return self._reshape(s) if self._reshape else s


def console(stderr: bool = False):  # noqa: ANN201 - rich type imported lazily
    """A rich console honouring NO_COLOR (rich reads it itself)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def print_document_summary(doc: Document, show: Display, con=None) -> None:  # noqa: ANN001
    """Title, counts and a sentence table of one parsed document."""
    from rich.table import Table

    con = con or console()
    t = Table(title=f"{doc.source}  ({doc.encoding})", title_justify="left", show_lines=False)
    t.add_column("field")
    t.add_column("value", overflow="fold")
    t.add_row("title", show(doc.title.text) if doc.title else "—")
    t.add_row("characters", str(len(doc.text)))
    t.add_row("paragraphs", str(len(doc.paragraphs)))
    t.add_row("sentences", str(len(doc.sentences)))
    t.add_row("tokens", str(len(doc.tokens)))
    t.add_row("quotes", str(len(doc.quotes)))
    t.add_row("speakers", str(len(doc.speakers)))
    if doc.warnings:
        t.add_row("warnings", "\n".join(w.message for w in doc.warnings))
    con.print(t)
    st = Table(title="sentences", title_justify="left")
    st.add_column("#", justify="right")
    st.add_column("¶", justify="right")
    st.add_column("start:end", justify="right")
    st.add_column("sentence", overflow="fold")
    for i, s in enumerate(doc.sentences):
        st.add_row(str(i), str(s.paragraph), f"{s.start}:{s.end}", show(s.text, 160))
    con.print(st)
    if doc.quotes:
        print_quotes([doc], show, con, title="quotes")


def print_quotes(docs: Iterable[Document], show: Display, con=None, title: str = "quotes") -> None:  # noqa: ANN001
    """A table of quotes: speaker, cue, kind, quote."""
    from rich.table import Table

    con = con or console()
    t = Table(title=title, title_justify="left", show_lines=True)
    many = False
    rows = []
    for doc in docs:
        for q in doc.quotes:
            rows.append((doc, q))
    sources = {d.source for d, _ in rows}
    many = len(sources) > 1
    if many:
        t.add_column("source", overflow="fold")
    t.add_column("speaker", overflow="fold", max_width=30)
    t.add_column("cue", overflow="fold")
    t.add_column("kind")
    t.add_column("quote", overflow="fold")
    for doc, q in rows:
        cells = [show(q.speaker.name) if q.speaker else "—", show(q.cue.text) if q.cue else "—",
                 q.kind, show(q.text, 300)]
        if many:
            cells.insert(0, os.path.basename(doc.source))
        t.add_row(*cells)
    con.print(t)


def print_speakers(rows: list[dict[str, Any]], show: Display, con=None) -> None:  # noqa: ANN001
    """A table of speakers: name, type, titles, quotes, articles."""
    from rich.table import Table

    con = con or console()
    t = Table(title="speakers", title_justify="left")
    t.add_column("speaker", overflow="fold")
    t.add_column("type")
    t.add_column("titles", overflow="fold")
    t.add_column("quotes", justify="right")
    t.add_column("articles", justify="right")
    for r in rows:
        t.add_row(show(r["name"]), r["type"], show("، ".join(r["titles"])), str(r["quotes"]), str(r["articles"]))
    con.print(t)


def write_csv(out: IO[str], fields: list[str], rows: Iterable[dict[str, Any]]) -> None:
    """Plain CSV of dict rows."""
    w = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("، ".join(v) if isinstance(v, (list, tuple)) else v) for k, v in r.items()})


def stdout_is_terminal() -> bool:
    """True when stdout is a terminal (auto format prints tables there)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
