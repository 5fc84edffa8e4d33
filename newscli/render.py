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


def progress_bar(stream: IO[str]):  # noqa: ANN201 - rich type imported lazily
    """The batch progress bar on ``stream`` (stderr): bytes done, documents and their rate, time
    and ETA; it disappears when the run ends."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    con = Console(file=stream, stderr=True, highlight=False)
    return Progress(TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.fields[docs]} docs  {task.fields[rate]} docs/s"),
                    TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                    console=con, transient=True)


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
    print_highlighted(doc, show, con)


#: Terminal colours of a document's speakers, in the order it lists them; the names leave the
#: shades to the terminal's theme, so they stay readable on dark and light backgrounds alike.
SPEAKER_STYLES = ("cyan", "magenta", "green", "yellow", "blue", "red",
                  "bright_cyan", "bright_magenta", "bright_green", "bright_red")


def _reshape_same_length(s: str) -> str:
    """Arabic letters in their joined forms, one character for one (no ligatures), so offsets still hold."""
    from arabic_reshaper import ArabicReshaper

    shaped = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": False}).reshape(s)
    return shaped if len(shaped) == len(s) else s


def _wrap(text: str, a: int, b: int, width: int) -> list[tuple[int, int]]:
    """Logical lines of text[a:b] that fit ``width`` cells, broken after whitespace."""
    import re

    from rich.cells import cell_len

    out: list[tuple[int, int]] = []
    start, used = a, 0
    for m in re.finditer(r"\S+\s*", text[a:b]):
        x, y = a + m.start(), a + m.end()
        word = cell_len(text[x:y].rstrip())
        if used and used + word > width:
            out.append((start, x))
            start, used = x, 0
        while word > width:                     # a word longer than a line is cut
            out.append((start, start + width))
            start += width
            word = cell_len(text[start:y].rstrip())
        used += cell_len(text[start if not used else x:y])
    if start < b:
        out.append((start, b))
    return out


def highlighted_paragraphs(doc: Document, show: Display, width: int, no_color: bool = False) -> list:
    """The paragraphs as rich Texts: quotes in their speaker's colour, cues underlined, mentions bold.

    Styles are cut from the logical text by offsets. With --bidi a paragraph is wrapped to
    ``width`` first, then each line is shaped (one glyph per letter) and reordered piece by piece:
    pieces are laid out right to left and each is reordered on its own, which is exact as long as
    no highlight boundary falls inside a run of left-to-right characters (a Latin name cut by a
    mention, say); such a run would show its parts in swapped order.
    """
    from rich.style import Style
    from rich.text import Text

    from .report import CUE, MENTION, NO_SPEAKER, QUOTE, marks, segments, speaker_colours

    colours = {k: SPEAKER_STYLES[int(v) % len(SPEAKER_STYLES)] for k, v in speaker_colours(doc).items()}
    ms = marks(doc)

    def style(active: tuple) -> Style:
        st = Style()
        for m in active:
            colour = None if m.colour == NO_SPEAKER else colours.get(m.key if m.layer == MENTION else
                                                                     (m.speaker.id if m.speaker else ""))
            if m.layer == QUOTE:
                st += Style(reverse=True) if no_color else Style(color=colour, italic=colour is None)
            elif m.layer == MENTION:
                st += Style(bold=True, color=colour)
            elif m.layer == CUE:
                st += Style(underline=True)
        return st

    out = []
    text = doc.text
    for p in doc.paragraphs:
        if not show.bidi:
            t = Text()
            for x, y, active in segments(ms, p.start, p.end):
                t.append(text[x:y], style(active))
            out.append(t)
            continue
        from bidi import get_base_level, get_display

        shaped = _reshape_same_length(text[p.start:p.end])
        base = "R" if get_base_level(text[p.start:p.end]) == 1 else "L"
        for a, b in _wrap(text, p.start, p.end, width):
            b = a + len(text[a:b].rstrip())     # the space a line breaks at is shown on neither side
            pieces = [(get_display(shaped[x - p.start:y - p.start], base_dir=base), style(active))
                      for x, y, active in segments(ms, a, b)]
            if base == "R":
                pieces.reverse()
            t = Text(justify="right" if base == "R" else "left", no_wrap=True, end="")
            for s_, st in pieces:
                t.append(s_, st)
            out.append(t)
        out.append(Text())
    return out


def print_highlighted(doc: Document, show: Display, con=None) -> None:  # noqa: ANN001
    """The document's text under the tables, each quote in its speaker's colour."""
    from rich.text import Text

    con = con or console()
    if not doc.paragraphs:
        return
    no_color = bool(getattr(con, "no_color", False)) or con.color_system is None
    colours = {sp.id: SPEAKER_STYLES[i % len(SPEAKER_STYLES)] for i, sp in enumerate(doc.speakers)}
    con.print(Text("text", style="italic"), "(quotes in their speaker's colour, cues underlined, mentions bold)")
    if doc.speakers:
        legend = Text()
        for sp in doc.speakers:
            legend.append("■ " if not no_color else "", style=colours[sp.id])
            legend.append(show(sp.name), style=f"bold {colours[sp.id]}" if not no_color else "bold")
            legend.append(f" {sp.quotes}   ")
        con.print(legend)
    for t in highlighted_paragraphs(doc, show, max(20, con.width - 1), no_color):
        if show.bidi:
            con.print(t, no_wrap=True, crop=True, justify=t.justify, width=con.width - 1)
        else:
            con.print(t)
            con.print()


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
