"""The engine: files → reader → structurer → rules → results. It knows no specific rule.

Per-file work (`check_file`) needs nothing from other files, so it can run in other processes;
corpus rules get a small digest of each report and run once at the end.
"""

from __future__ import annotations

import fnmatch
import importlib
import multiprocessing
import os
import time
import traceback
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from repcheck import __version__, limits, report_cache
from repcheck.baseline import Baseline, BaselineEntry, UnusedSuppression, apply_suppressions
from repcheck.cache import CacheSpec, ResultCache, cache_folder, context_hash
from repcheck.config import Config, ConfigError
from repcheck.models.document import Document
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.models.report import Report
from repcheck.plugin_manager import Registry, build_registry, make_plugin_manager
from repcheck.reader import ReaderError
from repcheck.rule import CorpusItem, CorpusRule, Rule, RuleContext
from repcheck.structurer import detect_profile, structure

SKIP_NAMES = ("README*", "LICENSE*", "CHANGELOG*", ".*", "~$*")  # never reports, in folder walks
HEAD_BYTES = 8192


class FileStats(BaseModel):
    title: str = ""
    organisation: str = ""
    sections: int = 0
    stages: int = 0
    tables: int = 0
    events: int = 0
    totals: int = 0
    project_period: str | None = None
    reporting_period: str | None = None
    profile_title: str = ""
    mandatory_sections: int = 0  # mandatory sections of the profile
    mandatory_present: int = 0  # of them, found in the report
    text_chars: int = 0  # characters of text (paragraphs and cells)
    # 1 − share of the text flagged by duplication rules; None when no duplication rule ran
    originality: float | None = None


class FileResult(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str
    format: str | None = None
    kind: str | None = None
    profile: str | None = None
    profile_reason: str = ""
    profile_confident: bool = True
    error: Text | None = None
    findings: list[Finding] = Field(default_factory=list)
    stats: FileStats = Field(default_factory=FileStats)
    suppressed: int = 0  # findings dropped by per-file-ignores / suppress
    baselined: int = 0  # findings dropped because the baseline lists them
    cached: bool = Field(default=False, exclude=True)  # this result came from the cache
    corpus_data: dict[str, Any] = Field(default_factory=dict, exclude=True)
    # characters per text unit ("b12" a block, "b12r3" a table row, 0-based): originality share;
    # a dict from the worker, packed (UnitChars) once the result reaches the main process
    unit_chars: Any = Field(default_factory=dict, exclude=True)
    # seconds spent per stage on this file: read, structure, rules, signatures (corpus extract)
    timings: dict[str, float] = Field(default_factory=dict, exclude=True)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass
class RunResult:
    files: list[FileResult]
    rules: list[type[Rule]]
    version: str = __version__
    config: Config = field(default_factory=Config)
    unused_suppressions: list[UnusedSuppression] = field(default_factory=list)
    baseline: str | None = None  # the baseline file applied, if any
    stale_baseline: list[BaselineEntry] = field(default_factory=list)  # entries no longer found
    cache_hits: int = 0
    # seconds: per-file stages summed over files (read, structure, rules, signatures), and
    # the run's own: files (checking every file, wall), corpus (corpus rules), total
    timings: dict[str, float] = field(default_factory=dict)

    def all_findings(self) -> Iterator[tuple[FileResult, Finding]]:
        for fr in self.files:
            for f in fr.findings:
                yield fr, f


@dataclass
class Settings:
    """What a worker needs to check one file; picklable."""

    config: Config = field(default_factory=Config)
    cache: CacheSpec | None = None

    def registry(self) -> Registry:
        return registry_for(self.config)


_REGISTRIES: dict[tuple[tuple[str, ...], tuple[str, ...], str], Registry] = {}
_CACHES: dict[CacheSpec, ResultCache] = {}


def registry_for(config: Config) -> Registry:
    """The registry of a configuration: built-ins, entry points, its `plugins` and profiles."""
    root = str(config.root) if config.plugins else ""
    return _registry_for(tuple(config.profile_paths), tuple(config.plugins), root)


def _registry_for(profile_paths: tuple[str, ...], plugins: tuple[str, ...] = (), root: str = "") -> Registry:
    key = (profile_paths, plugins, root)
    if key not in _REGISTRIES:
        extra = [_import_plugin(m, root) for m in plugins]
        pm = make_plugin_manager(extra=extra) if extra else None
        _REGISTRIES[key] = build_registry(pm, profile_paths=[Path(p) for p in profile_paths])
    return _REGISTRIES[key]


def _import_plugin(name: str, root: str) -> Any:
    """Import a `plugins` module; modules beside the configuration file are found too."""
    import sys

    try:
        return importlib.import_module(name)
    except ImportError as first:
        if root and root not in sys.path:
            sys.path.append(root)
            try:
                return importlib.import_module(name)
            except ImportError:
                pass
        raise ConfigError(f"plugins: не удалось загрузить модуль «{name}»: {first}") from first


def _cache_for(spec: CacheSpec | None) -> ResultCache | None:
    if spec is None:
        return None
    if spec not in _CACHES:
        _CACHES[spec] = spec.open()
    return _CACHES[spec]


def collect_files(paths: Iterable[Path], registry: Registry, exclude: list[str] = ()) -> list[Path]:
    """Files given, and files with a supported extension found recursively in folders given."""
    exts = registry.supported_extensions()
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    fp = Path(root) / name
                    if fp.suffix.lower() not in exts or _skipped(fp, exclude):
                        continue
                    _add(fp, out, seen)
        else:
            _add(p, out, seen)
    return out


def _skipped(path: Path, exclude: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(path.name, pat) for pat in SKIP_NAMES) or any(
        fnmatch.fnmatch(str(path), pat) or fnmatch.fnmatch(path.name, pat) for pat in exclude
    )


def _add(path: Path, out: list[Path], seen: set[Path]) -> None:
    key = path.resolve() if path.exists() else path
    if key not in seen:
        seen.add(key)
        out.append(path)


def rule_options(rule: type[Rule], config: Config) -> BaseModel:
    raw = config.rule_options.get(rule.code) or config.rule_options.get(rule.name) or {}
    try:
        return rule.Options.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"параметры правила {rule.code} ({rule.name}): {exc}") from exc


def selected_rules(registry: Registry, config: Config) -> list[type[Rule]]:
    unknown = registry.unknown_selectors(config.select + config.ignore)
    if unknown:
        raise ConfigError("неизвестные правила или категории: " + ", ".join(unknown))
    for key in config.rule_options:
        if registry.rule(key) is None:
            raise ConfigError(f"rule-options: неизвестное правило «{key}»")
    return sorted(registry.select_rules(config.select, config.ignore), key=lambda r: r.code)


def read_bytes(path: Path, config: Config) -> bytes:
    """The file's bytes, opened read-only, within the size limit (repcheck.limits)."""
    return limits.read_input(path, config.limits)


def read_document(path: Path, registry: Registry, config: Config) -> Document:
    with limits.applied(config.limits):
        return parse_document(path, read_bytes(path, config), registry)


def parse_document(path: Path, data: bytes, registry: Registry) -> Document:
    reader = registry.reader_for(path, data[:HEAD_BYTES])
    if reader is None:
        raise ReaderError(
            f"формат файла «{path.suffix or path.name}» не поддерживается",
            f"unsupported file format “{path.suffix or path.name}”",
        )
    doc = reader.read(path, data)
    limits.check_document(doc)  # blocks and cells within the limits in force
    return doc


def analyse(doc: Document, registry: Registry, config: Config) -> Report:
    forced = config.profile
    if forced:
        prof = registry.profiles.get(forced)
        if prof is None or prof.abstract:
            raise ConfigError(f"неизвестный профиль «{forced}»; список: repcheck profiles")
        from repcheck.structurer.detect import Detection

        detection = Detection(prof, 0.0, "профиль задан параметром --profile", "profile forced with --profile", True)
    else:
        detection = detect_profile(doc, registry.concrete_profiles(), registry.profiles["generic"])
    return structure(doc, detection)


def check_file(path: Path, settings: Settings) -> FileResult:
    """Read, structure and check one file. Never raises for a bad file or a crashing rule.

    With a cache in `settings`, a file whose bytes (and the run's context) were seen before is
    not parsed again: its stored result is returned.
    """
    config = settings.config
    result = FileResult(path=str(path))
    try:
        data = read_bytes(path, config)
    except ReaderError as exc:
        result.error = Text(ru=exc.ru, en=exc.en)
        return result
    cache = _cache_for(settings.cache)
    key = None
    if cache is not None:
        key = cache.key(data)
        hit = cache.get(key)
        if hit is not None:
            hit.path = str(path)
            hit.cached = True
            return hit
    result = _check_data(path, data, settings)
    if cache is not None and key is not None:
        cache.put(key, result)
    return result


def _check_data(path: Path, data: bytes, settings: Settings) -> FileResult:
    """Check one file's bytes. The per-report caches (repcheck.report_cache) are emptied before
    and after it: a worker's memory does not grow with the number of files it checks."""
    report_cache.clear()
    try:
        return _check_report(path, data, settings)
    finally:
        report_cache.clear()


def _check_report(path: Path, data: bytes, settings: Settings) -> FileResult:
    registry = settings.registry()
    config = settings.config
    result = FileResult(path=str(path))
    clock = time.perf_counter
    t0 = clock()
    try:
        doc = parse_document(path, data, registry)
    except ReaderError as exc:
        result.error = Text(ru=exc.ru, en=exc.en)
        return result
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop a batch
        result.error = Text(ru=f"ошибка чтения: {type(exc).__name__}: {exc}", en=f"read error: {type(exc).__name__}: {exc}")
        return result
    result.format = doc.format
    t1 = clock()
    result.timings["read"] = t1 - t0
    try:
        report = analyse(doc, registry, config)
    except ConfigError:
        raise
    except Exception as exc:  # noqa: BLE001
        result.error = Text(ru=f"ошибка разбора структуры: {type(exc).__name__}: {exc}",
                            en=f"structure error: {type(exc).__name__}: {exc}")
        return result
    t2 = clock()
    result.timings["structure"] = t2 - t1
    result.kind, result.profile = report.kind, report.profile
    result.profile_reason, result.profile_confident = report.profile_reason, report.profile_confident
    result.stats = _stats(report, registry)
    result.unit_chars = _unit_chars(doc)
    result.stats.text_chars = sum(v for k, v in result.unit_chars.items() if "r" not in k)
    profile = registry.profiles[report.profile]
    spent = {"rules": 0.0, "signatures": 0.0}
    for rule_cls in selected_rules(registry, config):
        ctx = RuleContext(report=report, profile=profile, options=rule_options(rule_cls, config))
        rule = rule_cls()
        started = clock()
        try:
            if rule_cls.corpus:
                result.corpus_data[rule_cls.code] = rule.extract(report, ctx)  # type: ignore[attr-defined]
            else:
                result.findings.extend(rule.check(report, ctx))
        except Exception as exc:  # noqa: BLE001 - a crashing rule becomes a finding, the run goes on
            result.findings.append(crash_finding(rule_cls, exc))
        spent["signatures" if rule_cls.corpus else "rules"] += clock() - started
    result.findings.sort(key=Finding.sort_key)
    result.timings.update(spent)
    result.timings["structure"] += clock() - t2 - sum(spent.values())  # stats and text units
    return result


def _unit_chars(doc: Document) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, b in enumerate(doc.blocks):
        if b.table is not None:
            total = 0
            for r, row in enumerate(b.table.rows):
                n = sum(len(c.text.strip()) for c in row.cells if not c.merged)
                out[f"b{i}r{r}"] = n
                total += n
            out[f"b{i}"] = total
        else:
            out[f"b{i}"] = len(b.full_text.strip())
    return out


class UnitChars:
    """`FileResult.unit_chars` packed: characters per block and per table row as uint32 arrays
    in bytes (a few KB a report instead of a dict of some hundreds of strings), so that a run over
    thousands of files keeps little per file. Lookups take the dict's keys ("b12", "b12r3")."""

    __slots__ = ("blocks", "rows")

    def __init__(self, chars: dict[str, int]) -> None:
        blocks: dict[int, int] = {}
        rows: dict[int, dict[int, int]] = {}
        for key, n in chars.items():
            b, _, r = key[1:].partition("r")
            if r:
                rows.setdefault(int(b), {})[int(r)] = n
            else:
                blocks[int(b)] = n
        size = max(blocks, default=-1) + 1
        self.blocks = array("I", (blocks.get(i, 0) for i in range(size))).tobytes()
        self.rows = {b: array("I", (v.get(i, 0) for i in range(max(v) + 1))).tobytes() for b, v in rows.items()}

    def get(self, key: str, default: int | None = None) -> int | None:
        b, _, r = key[1:].partition("r")
        if r:
            packed = self.rows.get(int(b))
            values = array("I", packed) if packed is not None else array("I")
            i = int(r)
        else:
            values, i = array("I", self.blocks), int(b)
        return values[i] if 0 <= i < len(values) else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None


def pack_units(result: FileResult) -> None:
    """Pack a result's unit_chars (in the main process, as results arrive)."""
    if isinstance(result.unit_chars, dict):
        result.unit_chars = UnitChars(result.unit_chars) if result.unit_chars else {}


def crash_finding(rule_cls: type[Rule], exc: Exception) -> Finding:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" ({Path(where.filename).name}:{where.lineno})" if where else ""
    return Finding(
        code=rule_cls.code, rule=rule_cls.name, category=Category.INTERNAL, severity=Severity.ERROR,
        message=Text(
            ru=f"правило {rule_cls.code} ({rule_cls.name}) завершилось с ошибкой: {type(exc).__name__}: {exc}{at}",
            en=f"rule {rule_cls.code} ({rule_cls.name}) crashed: {type(exc).__name__}: {exc}{at}",
        ),
        location=FindingLocation(),
    )


def _stats(report: Report, registry: Registry) -> FileStats:
    prof = registry.profiles.get(report.profile)
    mandatory = [spec.id for spec in prof.sections if spec.mandatory] if prof else []
    return FileStats(
        mandatory_sections=len(mandatory),
        mandatory_present=sum(1 for sid in mandatory if sid in report.coverage),
        title=report.title,
        organisation=report.organisation,
        sections=sum(1 for s in report.all_sections() if s.block is not None),
        stages=len(report.stages),
        tables=len(report.tables),
        events=len(report.events),
        totals=len(report.totals),
        project_period=report.project_period.describe() if report.project_period else None,
        reporting_period=report.reporting_period.describe() if report.reporting_period else None,
        profile_title=prof.title if prof else "",
    )


class _ListSink:
    """The default corpus sink: keeps every report's digest and calls `check_corpus` once."""

    def __init__(self, rule: CorpusRule, options: BaseModel) -> None:
        self.rule, self.options = rule, options
        self.items: dict[int, CorpusItem] = {}

    def add(self, index: int, item: CorpusItem) -> None:
        self.items[index] = item

    def finish(self) -> Iterable[tuple[str, Finding]]:
        return self.rule.check_corpus([self.items[i] for i in sorted(self.items)], self.options)

    def close(self) -> None:
        self.items = {}


class CorpusPass:
    """Corpus rules fed while the files are checked (the first pass): each result's digests go
    to the rule's sink as soon as the result arrives, and the result keeps none; `finish` runs
    the rules once (the second pass) and adds their findings to the results.

    A corpus rule may offer `corpus_sink(options, config)` returning an object with
    `add(index, item)`, `finish()` → (path, Finding) pairs, and `close()` — e.g. D503 keeps its
    signatures and passages on disk (repcheck.dedup.index) rather than in memory; otherwise its
    digests are kept in memory and `check_corpus` gets them all, in input order. `index` is the
    file's position in the run, so that the outcome does not depend on the finishing order."""

    def __init__(self, rules: list[type[Rule]], config: Config) -> None:
        self.sinks: dict[str, tuple[type[Rule], Any]] = {}
        self.failed: dict[str, Exception] = {}
        for rule_cls in rules:
            if not rule_cls.corpus:
                continue
            rule = rule_cls()
            options = rule_options(rule_cls, config)
            factory = getattr(rule, "corpus_sink", None)
            try:
                sink = factory(options, config) if factory is not None else _ListSink(rule, options)  # type: ignore[arg-type]
            except ConfigError:
                self.close()
                raise
            self.sinks[rule_cls.code] = (rule_cls, sink)

    def add(self, index: int, result: FileResult) -> None:
        for code, data in result.corpus_data.items():
            if code in self.sinks and code not in self.failed:
                try:
                    self.sinks[code][1].add(index, CorpusItem(path=result.path, organisation=result.stats.organisation,
                                                              data=data))
                except Exception as exc:  # noqa: BLE001 - reported as the rule's crash at the end
                    self.failed[code] = exc
        result.corpus_data = {}

    def finish(self, results: list[FileResult]) -> None:
        by_path = {r.path: r for r in results}
        try:
            for code, (rule_cls, sink) in self.sinks.items():
                try:
                    if code in self.failed:
                        raise self.failed[code]
                    found = list(sink.finish())
                except ConfigError:
                    raise
                except Exception as exc:  # noqa: BLE001
                    for r in results:
                        if r.error is None:
                            r.findings.append(crash_finding(rule_cls, exc))
                    continue
                for path, finding in found:
                    if path in by_path:
                        by_path[path].findings.append(finding)
        finally:
            self.close()
        for r in results:
            r.findings.sort(key=Finding.sort_key)

    def close(self) -> None:
        for _rule_cls, sink in self.sinks.values():
            try:
                sink.close()
            except Exception:  # noqa: BLE001
                pass


def run_corpus_rules(results: list[FileResult], rules: list[type[Rule]], config: Config) -> None:
    """Corpus rules over results already in memory (their digests in `corpus_data`)."""
    corpus = CorpusPass(rules, config)
    for i, r in enumerate(results):
        corpus.add(i, r)
    corpus.finish(results)


def originality(fr: FileResult) -> float | None:
    """1 − (characters of the text units that duplication findings point at) / (all characters).

    A unit is the table row or the paragraph a finding is located at; a finding with no block
    counts the length of its evidence. Each unit counts once however many findings point at it.
    """
    total = fr.stats.text_chars
    if fr.error is not None or total <= 0:
        return None
    seen: set[str] = set()
    dup = 0
    for f in fr.findings:
        if f.category is not Category.DUPLICATION:
            continue
        loc = f.location
        if loc.block is not None:
            key = f"b{loc.block}" if loc.row is None else f"b{loc.block}r{loc.row - 1}"
            if key not in fr.unit_chars:
                key = f"b{loc.block}"
            if key in seen:
                continue
            seen.add(key)
            dup += fr.unit_chars.get(key, len(f.evidence))
        else:
            dup += len(f.evidence)
    return round(max(0.0, 1.0 - dup / total), 4)


def validate(config: Config, registry: Registry) -> list[type[Rule]]:
    """Catch configuration mistakes once, before any worker starts."""
    rules = selected_rules(registry, config)
    for rule_cls in rules:
        rule_options(rule_cls, config)
    if config.profile:
        prof = registry.profiles.get(config.profile)
        if prof is None or prof.abstract:
            raise ConfigError(f"неизвестный профиль «{config.profile}»; список: repcheck profiles")
    return rules


ProgressFn = Callable[[FileResult], None]


def default_jobs(config: Config) -> int:
    return config.jobs or os.cpu_count() or 1


def _error_result(path: Path, ru: str, en: str) -> FileResult:
    return FileResult(path=str(path), error=Text(ru=ru, en=en))


def _safe_check(path: Path, settings: Settings, worker: bool = False) -> FileResult:
    try:
        with limits.enforce(settings.config.limits, worker=worker):  # sizes, counts, time
            return check_file(path, settings)
    except limits.FileTimeout as exc:
        return _error_result(path, exc.ru, exc.en)
    except ConfigError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever happens, the file gets an entry
        return _error_result(path, f"внутренняя ошибка при проверке файла: {type(exc).__name__}: {exc}",
                             f"internal error while checking the file: {type(exc).__name__}: {exc}")


def _worker(path: str, settings: Settings) -> FileResult:
    return _safe_check(Path(path), settings, worker=True)


def _crashed(path: Path) -> FileResult:
    return _error_result(
        path,
        "процесс, проверявший файл, аварийно завершился (нехватка памяти, сбой библиотеки чтения или "
        "зависание дольше limits.timeout-seconds); проверьте файл отдельно: repcheck check --jobs 1 ФАЙЛ",
        "the process checking this file crashed (out of memory, a reader library fault, or a hang past "
        "limits.timeout-seconds); "
        "check the file alone: repcheck check --jobs 1 FILE",
    )


def _cached_result(path: Path, settings: Settings) -> FileResult | None:
    """The cached result of `path`, looked up in this process; None on a miss or any problem."""
    cache = _cache_for(settings.cache)
    if cache is None:
        return None
    try:
        data = read_bytes(path, settings.config)
    except ReaderError:
        return None  # the worker reports the error
    hit = cache.get(cache.key(data))
    if hit is not None:
        hit.path = str(path)
        hit.cached = True
    return hit


def check_files(files: list[Path], settings: Settings, jobs: int = 1,
                progress: ProgressFn | None = None, *, executor: Any = None,
                on_done: Callable[[int, FileResult], None] | None = None) -> list[FileResult]:
    """Check every file, in `jobs` processes or on `executor` (repcheck.executors); results in
    input order whatever the finishing order. `on_done(i, result)` sees each result as it arrives.

    With a cache, hits are taken in this process first, so a warm run starts no worker at all."""
    from repcheck.executors import local_executor

    results: list[FileResult | None] = [None] * len(files)

    def done(i: int, r: FileResult) -> None:
        results[i] = r
        if on_done:
            on_done(i, r)
        if progress:
            progress(r)

    todo = list(range(len(files)))
    if (jobs > 1 or executor is not None) and settings.cache is not None and len(files) > 1:
        todo = []
        for i, p in enumerate(files):
            hit = _cached_result(p, settings)
            if hit is not None:
                done(i, hit)
            else:
                todo.append(i)
    if todo:
        (executor or local_executor(jobs, len(todo))).check(files, todo, settings, done)
    return [r for r in results if r is not None]


def _check_parallel(files: list[Path], todo: list[int], settings: Settings, jobs: int,
                    done: Callable[[int, FileResult], None]) -> None:
    def internal(i: int, exc: Exception) -> FileResult:
        return _error_result(files[i], f"внутренняя ошибка: {type(exc).__name__}: {exc}",
                             f"internal error: {type(exc).__name__}: {exc}")

    broken: list[int] = []
    ctx = multiprocessing.get_context("spawn")  # no fork: the caller may run threads (progress bar)
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=ctx) as pool:
        futures: dict[Future[FileResult], int] = {pool.submit(_worker, str(files[i]), settings): i for i in todo}
        pending = set(futures)
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in sorted(finished, key=lambda f: futures[f]):
                    i = futures[fut]
                    try:
                        done(i, fut.result())
                    except BrokenProcessPool:
                        broken.append(i)
                    except ConfigError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                        done(i, internal(i, exc))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    # A dead worker breaks the whole pool: re-run the files it took down one by one in a
    # single-worker pool, renewed after each death, so that only the file that kills its
    # process gets the error.
    isolated: ProcessPoolExecutor | None = None
    try:
        for i in sorted(broken):
            if isolated is None:
                isolated = ProcessPoolExecutor(max_workers=1, mp_context=ctx)
            try:
                done(i, isolated.submit(_worker, str(files[i]), settings).result())
            except BrokenProcessPool:
                done(i, _crashed(files[i]))
                isolated.shutdown(wait=True)
                isolated = None
            except ConfigError:
                raise
            except Exception as exc:  # noqa: BLE001
                done(i, internal(i, exc))
    finally:
        if isolated is not None:
            isolated.shutdown(wait=True)


def cache_spec(config: Config, registry: Registry, rules: list[type[Rule]]) -> CacheSpec:
    return CacheSpec(folder=str(cache_folder(config)), context=context_hash(config, registry, rules),
                     plugin_packages=tuple(config.plugins))


def run(
    paths: list[Path],
    config: Config,
    *,
    jobs: int = 1,
    use_cache: bool = False,
    baseline: Baseline | None = None,
    progress: ProgressFn | None = None,
    on_files: Callable[[list[Path]], None] | None = None,
    executor: Any = None,
) -> RunResult:
    """Check `paths` (files and folders). The library default is serial and uncached; the CLI
    passes `jobs` (os.cpu_count()) and `use_cache`; `executor` (repcheck.executors, e.g. Dask)
    replaces the local processes. Corpus rules get each file's digest as its result arrives
    and run once all files are done; then suppressions and the baseline are applied."""
    started = time.perf_counter()
    registry = registry_for(config)
    rules = validate(config, registry)
    files = collect_files(paths, registry, config.exclude)
    if on_files:
        on_files(files)
    spec = cache_spec(config, registry, rules) if use_cache and config.cache else None
    settings = Settings(config=config, cache=spec)
    corpus = CorpusPass(rules, config)
    stages: dict[str, float] = {}

    def on_done(i: int, r: FileResult) -> None:
        if not r.cached:  # a cached result carries the timings of the run that made it
            for k, v in r.timings.items():
                stages[k] = stages.get(k, 0.0) + v
        r.timings = {}
        corpus.add(i, r)
        pack_units(r)

    try:
        files_started = time.perf_counter()
        results = check_files(files, settings, jobs=jobs, progress=progress, executor=executor, on_done=on_done)
        stages["files"] = time.perf_counter() - files_started
    except BaseException:
        corpus.close()
        raise
    corpus_started = time.perf_counter()
    corpus.finish(results)
    stages["corpus"] = time.perf_counter() - corpus_started
    if any(r.category is Category.DUPLICATION for r in rules):
        for r in results:
            r.stats.originality = originality(r)
    for r in results:
        r.unit_chars = {}
    active = [(r.code, r.name, r.category.value) for r in rules]
    unused = apply_suppressions(results, config, active)
    stale: list[BaselineEntry] = []
    if baseline is not None:
        stale = baseline.apply(results, {r.code for r in rules if r.corpus})
    stages["total"] = time.perf_counter() - started
    return RunResult(
        files=results, rules=rules, config=config, unused_suppressions=unused,
        baseline=str(baseline.path) if baseline is not None and baseline.path else None,
        stale_baseline=stale, cache_hits=sum(1 for r in results if r.cached), timings=stages,
    )
