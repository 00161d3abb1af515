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
entry. The file records the MinHash parameters; an index made with others is refused, and so is
any SQLite file that is not a repcheck index (its header's application_id, `APPLICATION_ID`), which
is only ever opened read-only. This run's reports are kept in a scratch file while the files are
checked and copied into the index in one transaction at the end (`DupIndex.commit`): a run that
finds the index busy with another run's write waits with a notice on stderr, and past
`WRITE_WAIT` keeps its findings and says that its reports were not added.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

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


APPLICATION_ID = 0x52504358  # "RPCX" in the SQLite header: this file is a repcheck duplicate index
_OWN_TABLES = {"meta", "runs", "reports"}
# Seconds a run waits for another run's write to the persistent index before giving up on adding
# its own reports (its findings are reported all the same); a line on stderr every WAIT_NOTICE.
WRITE_WAIT = 300.0
WAIT_NOTICE = 15.0


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
    src: str = "main"  # "main": this run's (the scratch file); "old": an earlier run's, in the index


def _ro_uri(path: Path) -> str:
    return "file:" + quote(str(path.resolve())) + "?mode=ro"


class DupIndex:
    """Reports' passages and signatures in SQLite. `path` None: a temporary file for one run.

    This run's reports always go to a scratch file of its own. With a persistent `path`, the
    index is checked read-only at the start (its SQLite application_id, or for an index written
    before the id was set, its meta table: another program's database is refused untouched),
    attached read-only for matching, and this run's reports are copied into it by `commit` in
    one short transaction at the end: no lock is held while the files are checked, and a run
    that finds the index busy waits for it (with a line on stderr now and then, up to
    `WRITE_WAIT` seconds), then gives up on adding its reports rather than on its findings."""

    def __init__(self, path: str | Path | None, *, num_perm: int, seed: int, k: int = DEFAULT_K) -> None:
        self.persistent = path is not None
        self._tmp: str | None = tempfile.mkdtemp(prefix="repcheck-dups-")
        try:
            self._open(path, num_perm=num_perm, seed=seed, k=k)
        except BaseException:
            # also a SIGTERM or Ctrl+C arriving while the store is being opened: the folder goes
            self.close()
            raise

    def _open(self, path: str | Path | None, *, num_perm: int, seed: int, k: int) -> None:
        self.num_perm, self.seed, self.k = num_perm, seed, k
        self.db: sqlite3.Connection | None = None
        self.has_old = False
        self.not_written: tuple[str, str] | None = None  # (ru, en): why this run's reports were not added
        if path is not None:
            self.path = Path(path).expanduser()
            if self.path.exists() and not self.path.is_file():
                self.close()
                raise IndexError_(f"--dup-index: «{self.path}» не файл", f"--dup-index: “{self.path}” is not a file")
            if self.path.parent and not self.path.parent.exists():
                self.close()
                raise IndexError_(f"--dup-index: нет папки «{self.path.parent}»",
                                  f"--dup-index: the folder “{self.path.parent}” does not exist")
            try:
                self.has_old = self._check_existing()
            except IndexError_:
                self.close()
                raise
        else:
            self.path = Path(self._tmp) / "passages.sqlite"
        scratch = Path(self._tmp) / "run.sqlite"
        try:
            self.db = sqlite3.connect(scratch, timeout=60, isolation_level=None, uri=True)
            self.db.execute("PRAGMA journal_mode=OFF")
            self.db.execute("PRAGMA synchronous=OFF")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            self.run = 0
            if self.has_old:
                self.db.execute("ATTACH DATABASE ? AS old", (_ro_uri(self.path),))
        except sqlite3.DatabaseError as exc:
            self.close()
            raise IndexError_(f"--dup-index: файл «{self.path}» не открывается как индекс повторов: {exc}",
                              f"--dup-index: “{self.path}” cannot be opened as a duplicate index: {exc}") from exc
        self._reports: list[StoredReport] | None = None
        self._cache: OrderedDict[tuple[str, int], tuple[list[str], list[Loc]]] = OrderedDict()

    # -- setting up -------------------------------------------------------------------------
    def _check_existing(self) -> bool:
        """Whether the persistent file holds reports to match; refuse a file that is not ours.

        Read-only: a refused file is left exactly as it was. An absent or empty file, or an
        SQLite database without tables, becomes a new index at the end of the run."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return False
        try:
            db = sqlite3.connect(_ro_uri(self.path), uri=True, timeout=60)
        except sqlite3.Error as exc:
            raise self._cannot_open(exc) from exc
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and not self._legacy_own(db, tables)):
                raise IndexError_(
                    f"--dup-index: «{self.path}» — база SQLite другой программы (нет отметки индекса повторов "
                    "repcheck); repcheck не пишет в чужие файлы: укажите новый файл для индекса",
                    f"--dup-index: “{self.path}” is another program's SQLite database (not marked as a repcheck "
                    "duplicate index); repcheck does not write to foreign files: name a new file for the index",
                )
            if not tables:
                return False
            if not _OWN_TABLES <= tables:
                raise self._not_ours()
            self._check_meta(dict(db.execute("SELECT key, value FROM meta").fetchall()))
            return True
        except sqlite3.DatabaseError as exc:
            raise self._cannot_open(exc) from exc
        finally:
            db.close()

    @staticmethod
    def _legacy_own(db: sqlite3.Connection, tables: set[str]) -> bool:
        """An index written before the application_id was set: our tables and tool = repcheck."""
        if not _OWN_TABLES <= tables:
            return False
        row = db.execute("SELECT value FROM meta WHERE key = 'tool'").fetchone()
        return row is not None and row[0] == "repcheck"

    def _cannot_open(self, exc: Exception) -> IndexError_:
        return IndexError_(f"--dup-index: файл «{self.path}» не открывается как индекс повторов: {exc}",
                           f"--dup-index: “{self.path}” cannot be opened as a duplicate index: {exc}")

    def _not_ours(self) -> IndexError_:
        return IndexError_(f"--dup-index: «{self.path}» — не индекс повторов repcheck (формата {FORMAT})",
                           f"--dup-index: “{self.path}” is not a repcheck duplicate index (format {FORMAT})")

    def _want(self) -> dict[str, str]:
        return {"format": str(FORMAT), "num_perm": str(self.num_perm), "seed": str(self.seed), "shingle_k": str(self.k)}

    def _check_meta(self, have: dict[str, str]) -> None:
        want = self._want()
        if have.get("tool") != "repcheck" or have.get("format") != want["format"]:
            raise self._not_ours()
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
            out: list[StoredReport] = []
            if self.has_old:  # an earlier run's report checked again in this run is this run's now
                rows = self.db.execute(
                    "SELECT id, path, organisation, run, n FROM old.reports "
                    "WHERE key NOT IN (SELECT key FROM main.reports) ORDER BY run, ord, id").fetchall()
                out += [StoredReport(*row, src="old") for row in rows]
            rows = self.db.execute("SELECT id, path, organisation, run, n FROM main.reports ORDER BY ord, id").fetchall()
            out += [StoredReport(*row, src="main") for row in rows]
            self._reports = out
        return self._reports

    def _blob(self, report: StoredReport, column: str) -> bytes:
        (blob,) = self.db.execute(f"SELECT {column} FROM {report.src}.reports WHERE id = ?", (report.id,)).fetchone()
        return blob

    def is_new(self, pos: int) -> bool:
        return self.reports()[pos].src == "main"

    def passages(self, pos: int) -> tuple[list[str], list[Loc]]:
        """(texts, locs) of the report at position `pos` (for findings: few reports, cached)."""
        report = self.reports()[pos]
        rid = (report.src, report.id)
        hit = self._cache.get(rid)
        if hit is not None:
            self._cache.move_to_end(rid)
            return hit
        data = json.loads(zlib.decompress(self._blob(report, "passages")))
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
            data = json.loads(zlib.decompress(self._blob(reports[pos], "passages")))
            for i in wanted[pos]:
                out[(pos, i)] = (data["texts"][i], tuple(data["locs"][i]))  # type: ignore[assignment]
        return out

    def _norms(self, positions: np.ndarray) -> Iterator[tuple[int, list[str]]]:
        """(position, normalised texts) of the reports at `positions` (ascending), each read once."""
        reports = self.reports()
        for pos in positions.tolist():
            yield pos, zlib.decompress(self._blob(reports[pos], "norms")).decode("utf-8").split("\x00")

    def _signatures(self) -> Iterator[tuple[int, np.ndarray]]:
        for pos, report in enumerate(self.reports()):
            if report.n > 0:
                sigs = self._blob(report, "sigs")
                yield pos, np.frombuffer(sigs, dtype=np.uint32).reshape(report.n, self.num_perm)

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
    def commit(self, notice: Callable[[str, str], None] | None = None) -> bool:
        """Add this run's reports to a persistent index, in one transaction (a report checked again
        replaces its old entry). The index may be busy with another run's write: then wait, calling
        `notice(ru, en)` every `WAIT_NOTICE` seconds, up to `WRITE_WAIT`; past that, leave the index
        as it was and keep the reason in `not_written`. True when written (or nothing to write)."""
        if not self.persistent or self.db is None:
            return True
        n = self.db.execute("SELECT COUNT(*) FROM main.reports").fetchone()[0]
        try:
            writer = sqlite3.connect(self.path, timeout=min(WAIT_NOTICE, WRITE_WAIT), isolation_level=None, uri=True)
            # outside the transaction (SQLite allows neither inside one)
            writer.execute("ATTACH DATABASE ? AS new", (_ro_uri(Path(self._tmp or "") / "run.sqlite"),))
        except sqlite3.Error as exc:
            return self._give_up(n, str(exc))
        try:
            started = time.monotonic()
            while True:
                try:
                    writer.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    waited = time.monotonic() - started
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        return self._give_up(n, str(exc))
                    if waited >= WRITE_WAIT:
                        return self._give_up(n, f"занят другим запуском дольше {WRITE_WAIT:g} с",
                                             f"busy with another run for more than {WRITE_WAIT:g} s")
                    if notice is not None:
                        notice(f"индекс повторов «{self.path}» занят другим запуском repcheck; жду ({waited:.0f} с "
                               f"из {WRITE_WAIT:g})…",
                               f"the duplicate index “{self.path}” is busy with another repcheck run; waiting "
                               f"({waited:.0f} s of {WRITE_WAIT:g})…")
            try:
                self._write(writer)
                writer.execute("COMMIT")
            except sqlite3.Error as exc:
                if writer.in_transaction:
                    writer.execute("ROLLBACK")
                return self._give_up(n, str(exc))
            return True
        finally:
            writer.close()

    def _write(self, writer: sqlite3.Connection) -> None:
        """This run's reports into the index (inside the writer's transaction)."""
        tables = {r[0] for r in writer.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        app_id = writer.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and not self._legacy_own(writer, tables)):
            raise sqlite3.DatabaseError("another program's database took its place")  # written meanwhile
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                writer.execute(statement)
        have = dict(writer.execute("SELECT key, value FROM meta").fetchall())
        if not have:
            writer.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [*self._want().items(), ("tool", "repcheck")])
        else:
            self._check_meta(have)
        writer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        run = writer.execute("INSERT INTO runs (started) VALUES (?)",
                             (datetime.now(timezone.utc).isoformat(timespec="seconds"),)).lastrowid
        writer.execute("DELETE FROM main.reports WHERE key IN (SELECT key FROM new.reports)")
        writer.execute(
            "INSERT INTO main.reports (key, path, organisation, run, ord, n, sigs, norms, passages) "
            "SELECT key, path, organisation, ?, ord, n, sigs, norms, passages FROM new.reports ORDER BY ord, id",
            (run,),
        )
        n = writer.execute("SELECT COUNT(*) FROM main.reports WHERE run = ?", (run,)).fetchone()[0]
        writer.execute("UPDATE runs SET reports = ? WHERE id = ?", (n, run))

    def _give_up(self, n: int, why_ru: str, why_en: str | None = None) -> bool:
        self.not_written = (
            f"индекс повторов «{self.path}» не обновлён ({why_ru}): отчёты этого запуска ({n}) в него не "
            "добавлены, находки выше полны; запустите проверку ещё раз, когда индекс освободится",
            f"the duplicate index “{self.path}” was not updated ({why_en or why_ru}): this run's reports ({n}) "
            "were not added, the findings above are complete; run the check again once the index is free",
        )
        return False

    def close(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            db.close()
            self.db = None
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
