"""The engine: files → reader → structurer → rules → results. It knows no specific rule.

Per-file work (repcheck.pipeline) needs nothing from other files, so the executors
(repcheck.executors) may run it in other processes; corpus rules get a small digest of each
report and run once at the end, here.
"""

from __future__ import annotations

import fnmatch
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from repcheck import limits
from repcheck.baseline import Baseline, BaselineEntry, apply_suppressions
from repcheck.config import Config, ConfigError
from repcheck.models.finding import Category, Finding, Text
from repcheck.models.results import FileResult, RunResult, UnitChars
from repcheck.plugin_manager import Registry
from repcheck.rule import CorpusItem, CorpusRule, Rule
from repcheck.pipeline import (  # noqa: F401  (the library API: repcheck.engine.analyse, …)
    Settings,
    _REGISTRIES,
    _CACHES,
    registry_for,
    _registry_for,
    rule_options,
    selected_rules,
    read_bytes,
    read_document,
    parse_document,
    format_refusal,
    unsupported_format,
    analyse,
    check_file,
    _check_data,
    crash_finding,
    validate,
    _error_result,
    _memory_result,
    _safe_check,
    _crashed,
    _cached_result,
    cache_spec,
    _cache_for,
)

SKIP_NAMES = ("README*", "LICENSE*", "CHANGELOG*", ".*", "~$*")  # never reports, in folder walks
HEAD_BYTES = 8192


def collect_files(paths: Iterable[Path], registry: Registry, exclude: list[str] = (),
                  unlisted: list[tuple[Path, OSError]] | None = None,
                  skipped: dict[str, int] | None = None) -> list[Path]:
    """Files given, and files with a supported extension found recursively in folders given.

    Folders that cannot be listed (no permission, vanished) are added to `unlisted` with the
    error, so that the run reports them instead of skipping their files silently. `skipped`,
    when given, counts the files of folders left out for their format, by extension ("" for a
    file without one); files left out by name (README*, exclude) are not counted."""
    exts = registry.supported_extensions()
    out: list[Path] = []
    seen: set[Path] = set()

    def on_error(exc: OSError) -> None:
        if unlisted is not None:
            unlisted.append((Path(exc.filename) if exc.filename else Path("."), exc))

    for p in paths:
        if _is_dir(p):
            for root, dirs, files in os.walk(p, followlinks=False, onerror=on_error):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    fp = Path(root) / name
                    if _skipped(fp, exclude):
                        continue
                    if fp.suffix.lower() not in exts:
                        if skipped is not None:
                            ext = fp.suffix.lower()
                            skipped[ext] = skipped.get(ext, 0) + 1
                        continue
                    _add(fp, out, seen)
        else:
            _add(p, out, seen)
    return out


def _skipped(path: Path, exclude: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(path.name, pat) for pat in SKIP_NAMES) or any(
        fnmatch.fnmatch(str(path), pat) or fnmatch.fnmatch(path.name, pat) for pat in exclude
    )


def _never_existed(path: Path) -> bool:
    """A path argument that names nothing (a typo), as opposed to one that cannot be reached."""
    try:
        return not path.exists() and not path.is_symlink()
    except OSError:  # inside a folder that cannot be searched: it may well exist
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. inside a folder that cannot be searched: checked as a file, reported
        return False


def _add(path: Path, out: list[Path], seen: set[Path]) -> None:
    try:
        key = path.resolve() if path.exists() else path
    except (OSError, RuntimeError):
        key = path
    if key not in seen:
        seen.add(key)
        out.append(path)


def pack_units(result: FileResult) -> None:
    """Pack a result's unit_chars (in the main process, as results arrive)."""
    if isinstance(result.unit_chars, dict):
        result.unit_chars = UnitChars(result.unit_chars) if result.unit_chars else {}


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


ProgressFn = Callable[[FileResult], None]


def cpu_count() -> int:
    """Processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs(config: Config) -> int:
    """Worker processes: `jobs` of the configuration (--jobs), at most one per processor."""
    return min(config.jobs or cpu_count(), cpu_count())


def unlisted_result(folder: Path, exc: OSError) -> FileResult:
    """The entry of a folder whose files could not be listed."""
    reason = limits.os_error(exc, folder)
    return _error_result(folder, f"папку не удалось просмотреть, её файлы не проверены ({reason.ru})",
                         f"the folder could not be listed, its files were not checked ({reason.en})")


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
    unlisted: list[tuple[Path, OSError]] = []
    skipped: dict[str, int] = {}
    files = collect_files(paths, registry, config.exclude, unlisted, skipped)
    absent = {str(p) for p in paths if _never_existed(p)}
    if on_files:
        on_files(files)
    skip = tuple(r.code for r in rules if r.corpus and not r.needed(len(files), config))  # type: ignore[attr-defined]
    spec = cache_spec(config, registry, rules, skip) if use_cache and config.cache else None
    settings = Settings(config=config, cache=spec, skip_corpus=skip)
    corpus = CorpusPass([r for r in rules if r.code not in skip], config)
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
        results.extend(unlisted_result(folder, exc) for folder, exc in unlisted)
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
        if r.path in absent and r.error is not None:  # a path given that never existed (a typo)
            r.error = Text(ru="файл не найден", en="file not found")
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
        skipped=skipped,
    )
