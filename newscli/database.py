"""--db: documents, quotes and speakers in SQLite (the standard library's sqlite3).

Loaded in transactions of a few hundred documents. Safe to rerun on the same database: when an
input is processed again, its earlier rows are deleted first, in the same transaction as the new
ones, and the ``inputs`` table records an input only once all its documents are in (that row is
what ``--resume`` compares the input's modification time and size with).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from .errors import UsageError

SCHEMA_VERSION = 1
COMMIT_EVERY = 500          # documents per transaction

SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    source       TEXT PRIMARY KEY,       -- the input as given: a file path, or '-'
    mtime_ns     INTEGER,                -- the input's modification time when it was loaded
    size         INTEGER,
    documents    INTEGER NOT NULL,       -- documents loaded from it
    failed       INTEGER NOT NULL,       -- its entries that failed (JSON Lines, TREC)
    loaded_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,          -- the input the document came from
    doc_key      TEXT NOT NULL,          -- '' for a text file; the entry's number in a JSON Lines or TREC input
    doc_id       TEXT,                   -- the JSON Lines id field, or the TREC DOCNO
    title        TEXT,
    encoding     TEXT,
    chars        INTEGER,
    paragraphs   INTEGER,
    sentences    INTEGER,
    tokens       INTEGER,
    quotes       INTEGER,
    speakers     INTEGER,
    warnings     INTEGER,
    text         TEXT NOT NULL,          -- every offset below points into it
    UNIQUE (source, doc_key)
);
CREATE TABLE IF NOT EXISTS speakers (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker_key  TEXT NOT NULL,          -- s1, s2 ... within the document
    name         TEXT NOT NULL,          -- canonical name: the fullest naming in the document
    type         TEXT NOT NULL,          -- person | organization | group | unknown
    gender       TEXT,
    titles       TEXT NOT NULL,          -- JSON array of the descriptions the document gives
    quotes       INTEGER NOT NULL,       -- quotes attributed to this speaker in the document
    mentions     INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS quotes (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    quote_key     TEXT NOT NULL,         -- q1, q2 ... in text order
    kind          TEXT NOT NULL,         -- direct | indirect | mixed
    char_start    INTEGER NOT NULL,      -- documents.text offsets of the content
    char_end      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    cue           TEXT,
    cue_lemma     TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    speaker       TEXT,                  -- speakers.name, repeated for easy queries
    speaker_type  TEXT,
    mention       TEXT,
    mention_start INTEGER,
    mention_end   INTEGER,
    sentence      INTEGER,
    co_speakers   TEXT                   -- JSON array of names, when a statement has several sources
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);
CREATE INDEX IF NOT EXISTS speakers_document ON speakers(document_id);
CREATE INDEX IF NOT EXISTS speakers_name ON speakers(name, type);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_name ON quotes(speaker);
CREATE INDEX IF NOT EXISTS quotes_kind ON quotes(kind);
CREATE INDEX IF NOT EXISTS quotes_cue_lemma ON quotes(cue_lemma);
"""

TOP_SPEAKERS_SQL = """\
SELECT name, type, SUM(quotes) AS quotes, COUNT(DISTINCT document_id) AS articles
FROM speakers
GROUP BY name, type
ORDER BY quotes DESC, articles DESC, name
LIMIT 20;"""



class Database:
    """An SQLite database that batch runs load documents into."""

    def __init__(self, path: Path) -> None:
        import sqlite3

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(str(path), isolation_level=None)
            self.con.execute("PRAGMA foreign_keys = ON")
            self.con.execute("PRAGMA journal_mode = WAL")
            self.con.execute("PRAGMA synchronous = NORMAL")
            version = self.con.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise UsageError(f"--db {path}: database schema version {version}; this newscli writes "
                                 f"version {SCHEMA_VERSION}")
            self.con.executescript(SCHEMA)
            self.con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.con.execute("BEGIN")
        except (sqlite3.Error, OSError) as e:
            raise UsageError(f"--db {path}: {e}") from None
        self.path = path
        self._pending = 0
        self._cleared: set[str] = set()

    def up_to_date(self, source: str, mtime_ns: Optional[int], size: Optional[int]) -> bool:
        """The input was completely loaded before and has not changed since."""
        if mtime_ns is None:
            return False
        row = self.con.execute("SELECT mtime_ns, size FROM inputs WHERE source = ?", (source,)).fetchone()
        return row is not None and row[0] == mtime_ns and row[1] == size

    def _clear(self, source: str) -> None:
        """Forget what an earlier run stored for an input (once per run and input)."""
        if source not in self._cleared:
            self.con.execute("DELETE FROM documents WHERE source = ?", (source,))
            self.con.execute("DELETE FROM inputs WHERE source = ?", (source,))
            self._cleared.add(source)

    def add(self, source: str, doc_key: str, rows: tuple[Any, ...]) -> None:
        """Store one document: ``rows`` as made by newscli.batch (document, speakers, quotes)."""
        self._clear(source)
        document, speakers, quotes = rows
        cur = self.con.execute(
            "INSERT INTO documents (source, doc_key, doc_id, title, encoding, chars, paragraphs, sentences, tokens,"
            " quotes, speakers, warnings, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source, doc_key, *document))
        doc_row = cur.lastrowid
        ids = {}
        for s in speakers:
            c = self.con.execute("INSERT INTO speakers (document_id, speaker_key, name, type, gender, titles, quotes,"
                                 " mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (doc_row, *s))
            ids[s[0]] = c.lastrowid
        self.con.executemany(
            "INSERT INTO quotes (document_id, quote_key, kind, char_start, char_end, text, cue, cue_lemma, cue_start,"
            " cue_end, speaker_id, speaker, speaker_type, mention, mention_start, mention_end, sentence,"
            " co_speakers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_row, *q[:9], ids.get(q[9]), *q[10:]) for q in quotes])
        self._tick()

    def finish(self, source: str, mtime_ns: Optional[int], size: Optional[int], documents: int, failed: int) -> None:
        """Record a completely loaded input (an input without documents loses its old rows)."""
        self._clear(source)
        self.con.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, datetime('now'))",
                         (source, mtime_ns, size, documents, failed))
        self._cleared.discard(source)
        self._tick()

    def stored_speakers(self, source: str) -> list[tuple[Optional[str], list[tuple[Any, ...]]]]:
        """(doc_id, [(name, type, titles, gender, quotes)]) of each document stored for an input."""
        out: list[tuple[Optional[str], list[tuple[Any, ...]]]] = []
        rows = self.con.execute(
            "SELECT d.id, d.doc_id, s.name, s.type, s.titles, s.gender, s.quotes FROM documents d"
            " LEFT JOIN speakers s ON s.document_id = d.id WHERE d.source = ? ORDER BY d.id, s.id", (source,))
        current = None
        for rid, doc_id, name, typ, titles, gender, quotes in rows:
            if rid != current:
                current = rid
                out.append((doc_id, []))
            if name is not None:
                out[-1][1].append((name, typ, json.loads(titles), gender, quotes))
        return out

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self.con.execute("COMMIT")
            self.con.execute("BEGIN")
            self._pending = 0

    def close(self) -> None:
        """Commit and close. Interrupted runs too: an input whose documents are only partly in has no
        ``inputs`` row, so a rerun (with or without --resume) replaces its rows."""
        try:
            if self.con.in_transaction:
                self.con.execute("COMMIT")
        finally:
            self.con.close()
