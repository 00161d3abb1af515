"""The passage store of cross-report duplicates (D503): one SQLite file, per run or persistent.

Two passes, without holding the corpus in memory:

1. while the files are checked, each report's digest (its passages: text to quote, normalised
   text, location; and their MinHash signatures) is written here as it arrives — one row per
   report, the passages zlib-compressed JSON, the signatures one uint32 blob;
2. once all files are in, `find_matches` reads the signatures back report by report, turns them
   into LSH band keys written band-major to a scratch file, sorts one band at a time
   (repcheck.dedup.lsh.pairs_from_band_keys), and confirms each candidate pair with rapidfuzz on
   the normalised texts, decompressing a report's passages only when one of its passages is a
   candidate (an LRU keeps the recent ones).

Memory: the band keys of one band (8 bytes a passage), the candidate pairs, and a few hundred
decompressed reports — not the corpus. Without `--dup-index` the file is a temporary one,
deleted after the run. With `--dup-index PATH` it persists: the reports of earlier runs
(last year's submissions) take part in the matching as if they had been checked again — they
are not re-read, their passages come from the file — and only this run's reports get findings;
this run's reports are then added, a report checked again under the same path replacing its old
entry. The file records the MinHash parameters; an index made with others is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from repcheck.dedup.corpus import Digest, Loc, Match
from repcheck.dedup.lsh import band_keys, optimal_bands, pairs_from_band_keys
from repcheck.dedup.minhash import DEFAULT_K

FORMAT = 1
IN_MEMORY_KEYS = 32 * 1024 * 1024  # band keys up to this many bytes stay in memory, else a scratch file

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, reports INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,      -- the file's absolute path: a report checked again replaces its entry
    path TEXT NOT NULL,            -- the path as the run named it (shown in findings)
    organisation TEXT NOT NULL,
    run INTEGER NOT NULL,
    ord INTEGER NOT NULL,          -- position in its run
    n INTEGER NOT NULL,            -- passages
    sigs BLOB NOT NULL,            -- n x num_perm uint32, row-major
    norms BLOB NOT NULL,           -- zlib of the normalised texts joined by NUL (what is compared)
    passages BLOB NOT NULL         -- zlib(JSON {"texts", "locs"}) (what findings quote and locate)
);
CREATE INDEX IF NOT EXISTS reports_order ON reports (run, ord);
"""


class IndexError_(Exception):  # noqa: N801 - not the builtin IndexError
    """A duplicate index that cannot be used (another program's file, other MinHash parameters)."""

    def __init__(self, ru: str, en: str) -> None:
        super().__init__(ru)
        self.ru, self.en = ru, en


@dataclass(frozen=True, slots=True)
class StoredReport:
    id: int
    path: str
    organisation: str
    run: int
    n: int


class DupIndex:
    """Reports' passages and signatures in SQLite. `path` None: a temporary file for one run."""

    def __init__(self, path: str | Path | None, *, num_perm: int, seed: int, k: int = DEFAULT_K) -> None:
        self.persistent = path is not None
        self._tmp: str | None = None
        if path is None:
            self._tmp = tempfile.mkdtemp(prefix="repcheck-dups-")
            self.path = Path(self._tmp) / "passages.sqlite"
        else:
            self.path = Path(path).expanduser()
            if self.path.exists() and not self.path.is_file():
                raise IndexError_(f"--dup-index: «{self.path}» не файл", f"--dup-index: “{self.path}” is not a file")
            if self.path.parent and not self.path.parent.exists():
                raise IndexError_(f"--dup-index: нет папки «{self.path.parent}»",
                                  f"--dup-index: the folder “{self.path.parent}” does not exist")
        self.num_perm, self.seed, self.k = num_perm, seed, k
        try:
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=OFF" if not self.persistent else "PRAGMA journal_mode=DELETE")
            self.db.execute("PRAGMA synchronous=OFF" if not self.persistent else "PRAGMA synchronous=NORMAL")
            self.db.execute("BEGIN IMMEDIATE")  # one transaction per run: an interrupted run leaves the index as it was
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            self._check_meta()
            self.run = self.db.execute("INSERT INTO runs (started) VALUES (?)",
                                       (datetime.now(timezone.utc).isoformat(timespec="seconds"),)).lastrowid
        except sqlite3.DatabaseError as exc:
            self.close()
            raise IndexError_(f"--dup-index: файл «{self.path}» не открывается как индекс повторов: {exc}",
                              f"--dup-index: “{self.path}” cannot be opened as a duplicate index: {exc}") from exc
        self._reports: list[StoredReport] | None = None
        self._cache: OrderedDict[int, tuple[list[str], list[Loc]]] = OrderedDict()

    # -- setting up -------------------------------------------------------------------------
    def _check_meta(self) -> None:
        want = {"format": str(FORMAT), "num_perm": str(self.num_perm), "seed": str(self.seed), "shingle_k": str(self.k)}
        have = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if not have:
            self.db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [*want.items(), ("tool", "repcheck")])
            return
        if have.get("tool") != "repcheck" or have.get("format") != want["format"]:
            raise IndexError_(f"--dup-index: «{self.path}» — не индекс повторов repcheck (формата {FORMAT})",
                              f"--dup-index: “{self.path}” is not a repcheck duplicate index (format {FORMAT})")
        differ = [k for k in ("num_perm", "seed", "shingle_k") if have.get(k) != want[k]]
        if differ:
            what = ", ".join(f"{k} {have.get(k)} ≠ {want[k]}" for k in differ)
            raise IndexError_(
                f"--dup-index: индекс «{self.path}» создан с другими параметрами MinHash ({what}); "
                "задайте те же параметры D503 (num-perm) или начните новый индекс",
                f"--dup-index: the index “{self.path}” was made with other MinHash parameters ({what}); "
                "use the same D503 options (num-perm) or start a new index",
            )

    # -- the first pass: reports as they arrive ----------------------------------------------
    def add(self, ord_: int, path: str, organisation: str, digest: Digest) -> None:
        if len(digest) and (digest.num_perm != self.num_perm or digest.seed != self.seed):
            raise ValueError("digest made with other MinHash parameters than the index")
        key = str(Path(path).resolve())
        self.db.execute("DELETE FROM reports WHERE key = ?", (key,))  # checked again: the old entry goes
        blob = zlib.compress(json.dumps({"texts": digest.texts, "locs": digest.locs},
                                        ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
        norms = zlib.compress("\x00".join(n.replace("\x00", " ") for n in digest.norms).encode("utf-8"), 6)
        self.db.execute(
            "INSERT INTO reports (key, path, organisation, run, ord, n, sigs, norms, passages) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, path, organisation or digest.organisation, self.run, ord_, len(digest), digest.sigs, norms, blob),
        )
        self._reports = None

    # -- the second pass ------------------------------------------------------------------------
    def reports(self) -> list[StoredReport]:
        """Every report, earlier runs first, then this run's in input order (positions are `Match.a/b`)."""
        if self._reports is None:
            rows = self.db.execute("SELECT id, path, organisation, run, n FROM reports ORDER BY run, ord, id").fetchall()
            self._reports = [StoredReport(*row) for row in rows]
        return self._reports

    def is_new(self, pos: int) -> bool:
        return self.reports()[pos].run == self.run

    def passages(self, pos: int) -> tuple[list[str], list[Loc]]:
        """(texts, locs) of the report at position `pos` (for findings: few reports, cached)."""
        rid = self.reports()[pos].id
        hit = self._cache.get(rid)
        if hit is not None:
            self._cache.move_to_end(rid)
            return hit
        (blob,) = self.db.execute("SELECT passages FROM reports WHERE id = ?", (rid,)).fetchone()
        data = json.loads(zlib.decompress(blob))
        value = (data["texts"], [tuple(loc) for loc in data["locs"]])
        self._cache[rid] = value  # type: ignore[assignment]
        if len(self._cache) > 256:
            self._cache.popitem(last=False)
        return value  # type: ignore[return-value]

    def passage_map(self, wanted: dict[int, set[int]]) -> dict[tuple[int, int], tuple[str, Loc]]:
        """{(position, passage): (text, loc)} for the passages wanted, each report read once."""
        out: dict[tuple[int, int], tuple[str, Loc]] = {}
        reports = self.reports()
        for pos in sorted(wanted):
            (blob,) = self.db.execute("SELECT passages FROM reports WHERE id = ?", (reports[pos].id,)).fetchone()
            data = json.loads(zlib.decompress(blob))
            for i in wanted[pos]:
                out[(pos, i)] = (data["texts"][i], tuple(data["locs"][i]))  # type: ignore[assignment]
        return out

    def _norms(self, positions: np.ndarray) -> Iterator[tuple[int, list[str]]]:
        """(position, normalised texts) of the reports at `positions` (ascending), each read once."""
        reports = self.reports()
        for pos in positions.tolist():
            (blob,) = self.db.execute("SELECT norms FROM reports WHERE id = ?", (reports[pos].id,)).fetchone()
            yield pos, zlib.decompress(blob).decode("utf-8").split("\x00")

    def _signatures(self) -> Iterator[tuple[int, np.ndarray]]:
        ids = {r.id: pos for pos, r in enumerate(self.reports())}
        for rid, n, sigs in self.db.execute("SELECT id, n, sigs FROM reports WHERE n > 0 ORDER BY run, ord, id"):
            yield ids[rid], np.frombuffer(sigs, dtype=np.uint32).reshape(n, self.num_perm)

    def find_matches(self, threshold: float = 90.0, lsh_threshold: float = 0.4, max_bucket: int = 64) -> list[Match]:
        """Confirmed near-identical passages of different reports (a < b), as corpus.find_shared."""
        reports = self.reports()
        total = sum(r.n for r in reports)
        if total < 2 or sum(1 for r in reports if r.n) < 2:
            return []
        bands, rows = optimal_bands(self.num_perm, lsh_threshold)
        owner = np.empty(total, dtype=np.int64)
        local = np.empty(total, dtype=np.int64)
        scratch = None
        if total * bands * 8 <= IN_MEMORY_KEYS:
            keys = np.empty((bands, total), dtype=np.uint64)
        else:  # band-major on disk: sorting band j reads one contiguous row
            scratch = tempfile.mkdtemp(prefix="repcheck-lsh-")
            keys = np.lib.format.open_memmap(os.path.join(scratch, "keys.npy"), mode="w+", dtype=np.uint64,
                                             shape=(bands, total))
        try:
            at = 0
            for pos, sigs in self._signatures():
                n = sigs.shape[0]
                keys[:, at : at + n] = band_keys(sigs, bands, rows).T
                owner[at : at + n] = pos
                local[at : at + n] = np.arange(n)
                at += n
            if scratch is not None:
                keys.flush()
            pairs = pairs_from_band_keys((np.array(keys[j]) for j in range(bands)), owner, max_bucket)
        finally:
            del keys
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
        # Confirm: the normalised texts of the passages in some pair, each report's read once.
        need = np.unique(pairs.ravel())
        norm_of: dict[int, str] = {}
        starts = np.searchsorted(owner[need], np.unique(owner[need]))
        ends = np.append(starts[1:], len(need))
        for (pos, norms), s, e in zip(self._norms(np.unique(owner[need])), starts, ends):
            for g in need[s:e].tolist():
                norm_of[g] = norms[local[g]]
        scores = _similarities(pairs, norm_of, threshold)
        out: list[Match] = []
        for k in np.flatnonzero(scores >= threshold).tolist():
            i, j = int(pairs[k, 0]), int(pairs[k, 1])
            a, b = int(owner[i]), int(owner[j])
            ia, ib = int(local[i]), int(local[j])
            if a > b:
                a, ia, b, ib = b, ib, a, ia
            out.append(Match(a, ia, b, ib, float(scores[k])))
        return out

    # -- the end ----------------------------------------------------------------------------
    def commit(self) -> None:
        """Keep this run's reports (a persistent index); the run's count is recorded."""
        if self.db is not None and self.db.in_transaction:
            n = self.db.execute("SELECT COUNT(*) FROM reports WHERE run = ?", (self.run,)).fetchone()[0]
            self.db.execute("UPDATE runs SET reports = ? WHERE id = ?", (n, self.run))
            self.db.execute("COMMIT")

    def close(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            try:
                if db.in_transaction and self.persistent:  # (a temporary file is simply deleted)
                    db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            db.close()
            self.db = None  # type: ignore[assignment]
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


def _similarities(pairs: np.ndarray, norm_of: dict[int, str], threshold: float, chunk: int = 200_000) -> np.ndarray:
    """`similarity(norm_i, norm_j)` of every pair wherever it reaches `threshold` (below it: some
    value under `threshold`), in rapidfuzz's C++ loop (process.cpdist) rather than a Python call
    per pair: max(ratio, token_sort_ratio), 0 when a text is empty, as repcheck.dedup.similarity."""
    from rapidfuzz import fuzz, process

    out = np.zeros(len(pairs), dtype=np.float64)
    for s in range(0, len(pairs), chunk):
        part = pairs[s : s + chunk]
        a = [norm_of[i] for i in part[:, 0].tolist()]
        b = [norm_of[j] for j in part[:, 1].tolist()]
        kw = {"score_cutoff": threshold, "dtype": np.float64, "workers": -1}
        best = np.maximum(process.cpdist(a, b, scorer=fuzz.ratio, **kw),
                          process.cpdist(a, b, scorer=fuzz.token_sort_ratio, **kw))
        best[[not x or not y for x, y in zip(a, b)]] = 0.0
        out[s : s + len(part)] = best
    return out


def describe_index(path: str | Path) -> dict[str, object]:
    """What a persistent index holds: runs and reports (for messages and tests)."""
    db = sqlite3.connect(Path(path))
    try:
        runs = db.execute("SELECT id, started, reports FROM runs ORDER BY id").fetchall()
        reports, passages = db.execute("SELECT COUNT(*), COALESCE(SUM(n), 0) FROM reports").fetchone()
        return {"runs": [{"id": r[0], "started": r[1], "reports": r[2]} for r in runs],
                "reports": reports, "passages": passages}
    finally:
        db.close()
