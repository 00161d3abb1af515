"""The pipeline: one file's bytes to its FileResult — read, structure, rules — in whatever
process runs it. Every executor (serial, process pool, Dask) calls `check_file` or `_check_data`
here; the engine (repcheck.engine) only collects files, hands them out and runs the corpus pass."""

from __future__ import annotations

import importlib
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from repcheck import limits, report_cache
from repcheck.cache import CacheSpec, ResultCache, cache_folder, context_hash
from repcheck.config import Config, ConfigError
from repcheck.models.document import Document
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.models.report import Report
from repcheck.models.results import FileResult, FileStats
from repcheck.plugin_manager import Registry, build_registry, make_plugin_manager
from repcheck.profile import Profile
from repcheck.reader import ReaderError
from repcheck.rule import Rule, RuleContext
from repcheck.safetext import display_path
from repcheck.structurer import detect_profile, structure

HEAD_BYTES = 8192


@dataclass
class Settings:
    """What a worker needs to check one file; picklable."""

    config: Config = field(default_factory=Config)
    cache: CacheSpec | None = None
    # corpus rules the run cannot use (CorpusRule.needed): their per-report pass is skipped
    skip_corpus: tuple[str, ...] = ()

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


def rule_options(rule: type[Rule], config: Config) -> BaseModel:
    raw = config.rule_options.get(rule.code) or config.rule_options.get(rule.name) or {}
    try:
        return rule.Options.model_validate(raw)
    except ValidationError as exc:
        from repcheck.validation import format_validation_error

        where = f"{rule.code} ({rule.name})"
        title = ("ошибка в rule-options правила", "error in the rule-options of rule")
        raise ConfigError(format_validation_error(where, exc, "ru", title),
                          format_validation_error(where, exc, "en", title)) from exc


def selected_rules(registry: Registry, config: Config) -> list[type[Rule]]:
    unknown = registry.unknown_selectors(config.select + config.ignore)
    if unknown:
        raise ConfigError("неизвестные правила или категории: " + ", ".join(unknown),
                          "unknown rules or categories: " + ", ".join(unknown))
    for key in config.rule_options:
        if registry.rule(key) is None:
            raise ConfigError(f"rule-options: неизвестное правило «{key}»", f"rule-options: unknown rule “{key}”")
    return sorted(registry.select_rules(config.select, config.ignore), key=lambda r: r.code)


def read_bytes(path: Path, config: Config) -> bytes:
    """The file's bytes, opened read-only, within the size limit (repcheck.limits)."""
    return limits.read_input(path, config.limits)


def read_document(path: Path, registry: Registry, config: Config) -> Document:
    with limits.applied(config.limits):
        return parse_document(path, read_bytes(path, config), registry)


def parse_document(path: Path, data: bytes, registry: Registry) -> Document:
    refusal = format_refusal(path, data, registry)
    if refusal is not None:
        raise refusal
    reader = registry.reader_for(path, data[:HEAD_BYTES])
    assert reader is not None
    doc = reader.read(path, data)
    limits.check_document(doc)  # blocks and cells within the limits in force
    return doc


def format_refusal(path: Path, data: bytes, registry: Registry) -> ReaderError | None:
    """The error for a file repcheck does not read (no reader takes it, or only the fallback text
    reader takes content whose extension is not a text one); None when some reader reads it.
    It depends on the name as well as the bytes, so it is decided before the cache is asked."""
    reader = registry.reader_for(path, data[:HEAD_BYTES])
    suffix = path.suffix.lower()
    if reader is None or (reader.priority < 0 and suffix and suffix not in reader.extensions):
        return unsupported_format(path, registry, claimed=reader is not None)
    return None


def unsupported_format(path: Path, registry: Registry, claimed: bool = False) -> ReaderError:
    """A file repcheck does not read. `claimed`: only the fallback (text) reader took its content,
    while its extension is not a text one: a spreadsheet that is really a text file («junk.xls»),
    a .csv, a web page — read as plain text it would be scored as a report."""
    suffix = path.suffix.lower()
    known = " ".join(sorted(registry.supported_extensions()))
    if claimed and suffix in registry.supported_extensions():
        return ReaderError(
            f"содержимое файла не похоже на {suffix}: файл повреждён или это файл другого формата "
            f"с расширением {suffix}; сохраните отчёт заново (.docx, .pdf)",
            f"the content does not look like {suffix}: the file is damaged or of another format named "
            f"{suffix}; save the report again (.docx, .pdf)",
        )
    name = suffix or path.name
    return ReaderError(
        f"формат файла «{name}» не поддерживается; repcheck читает: {known}",
        f"unsupported file format “{name}”; repcheck reads: {known}",
    )


def analyse(doc: Document, registry: Registry, config: Config) -> Report:
    from repcheck.structurer.layout import unfold_layout_tables

    doc = unfold_layout_tables(doc)  # a report laid out as one «Раздел | Содержание» table
    forced = config.profile
    if forced:
        prof = registry.profiles.get(forced)
        if prof is None or prof.abstract:
            raise ConfigError(f"неизвестный профиль «{forced}»; список: repcheck profiles",
                              f"unknown profile “{forced}”; list: repcheck profiles")
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
        refusal = format_refusal(path, data, settings.registry())
        if refusal is not None:  # the same bytes under a name repcheck reads may be cached
            result.error = Text(ru=refusal.ru, en=refusal.en)
            return result
        key = cache.key(data, path.suffix)
        hit = cache.get(key)
        if hit is not None:
            hit.path = display_path(path)
            hit.cached = True
            return hit
    result = _check_data(path, data, settings)
    if cache is not None and key is not None and not result.transient:
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
        result.transient = exc.transient or _caused_by_memory(exc)
        return result
    except MemoryError:
        return _memory_result(path)
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
    except MemoryError:
        return _memory_result(path)
    except Exception as exc:  # noqa: BLE001
        result.error = Text(ru=f"ошибка разбора структуры: {type(exc).__name__}: {exc}",
                            en=f"structure error: {type(exc).__name__}: {exc}")
        return result
    t2 = clock()
    result.timings["structure"] = t2 - t1
    result.kind, result.profile = report.kind, report.profile
    result.profile_reason, result.profile_confident = report.profile_reason, report.profile_confident
    result.profile_reason_en = report.profile_reason_en
    result.stats = _stats(report, registry)
    result.unit_chars = _unit_chars(doc)
    result.stats.text_chars = sum(v for k, v in result.unit_chars.items() if "r" not in k)
    profile = registry.profiles[report.profile]
    spent = {"rules": 0.0, "signatures": 0.0}
    chosen = selected_rules(registry, config)
    exclusive = [r for r in chosen if r.exclusive]  # first; when one finds something, nothing else runs
    others = [r for r in chosen if not r.exclusive]
    for phase in (exclusive, others):
        if phase is others and any(f.category is not Category.INTERNAL for f in result.findings):
            break  # an exclusive rule spoke: its finding is the report's only one
        for rule_cls in phase:
            ctx = RuleContext(report=report, profile=profile, options=rule_options(rule_cls, config))
            rule = rule_cls()
            started = clock()
            try:
                if rule_cls.corpus:
                    if rule_cls.code not in settings.skip_corpus:
                        result.corpus_data[rule_cls.code] = rule.extract(report, ctx)  # type: ignore[attr-defined]
                else:
                    result.findings.extend(rule.check(report, ctx))
            except MemoryError:
                return _memory_result(path)
            except Exception as exc:  # noqa: BLE001 - a crashing rule becomes a finding, the run goes on
                result.findings.append(crash_finding(rule_cls, exc))
            spent["signatures" if rule_cls.corpus else "rules"] += clock() - started
    result.findings.sort(key=Finding.sort_key)
    result.stats.mandatory_filled = _mandatory_filled(report, profile, result.findings, registry)
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
        project_period_en=report.project_period.describe("en") if report.project_period else None,
        reporting_period_en=report.reporting_period.describe("en") if report.reporting_period else None,
        profile_title_en=(prof.title_en or prof.title) if prof else "",
    )


def _mandatory_filled(report: Report, profile: Profile, findings: list[Finding], registry: Registry) -> int:
    """Mandatory sections of the form found in the report and not reported empty: a section is
    empty when a rule that marks empty sections has a finding at its heading block (or at its
    row of a passport table)."""
    marking = {r.name for r in registry.rules.values() if r.marks_empty_sections}
    empty = {(f.location.block, None if f.location.row is None else f.location.row - 1)
             for f in findings if f.rule in marking and f.category is not Category.INTERNAL}
    filled = 0
    for spec in profile.sections:
        match = report.coverage.get(spec.id) if spec.mandatory else None
        if match is not None and (match.block, match.row) not in empty:
            filled += 1
    return filled


def validate(config: Config, registry: Registry) -> list[type[Rule]]:
    """Catch configuration mistakes once, before any worker starts."""
    rules = selected_rules(registry, config)
    for rule_cls in rules:
        rule_options(rule_cls, config)
    for key in config.rule_options:  # options of a rule not selected this time must be right too
        named = registry.rule(key)
        if named is not None:
            rule_options(named, config)
    if config.profile:
        prof = registry.profiles.get(config.profile)
        if prof is None or prof.abstract:
            raise ConfigError(f"неизвестный профиль «{config.profile}»; список: repcheck profiles",
                              f"unknown profile “{config.profile}”; list: repcheck profiles")
    return rules


def _error_result(path: Path, ru: str, en: str, *, transient: bool = False) -> FileResult:
    return FileResult(path=str(path), error=Text(ru=ru, en=en), transient=transient)


def _caused_by_memory(exc: BaseException) -> bool:
    """A reader's error that wraps a MemoryError (a library's own wrapper, `raise … from`)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, MemoryError) or any(isinstance(a, MemoryError) for a in cur.args[:1]):
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def _memory_result(path: Path) -> FileResult:
    """The process ran out of memory on this file (MemoryError: an address-space cap, a full
    machine): a verdict about the moment, not the bytes, never cached."""
    return _error_result(
        path,
        "не хватило памяти для проверки файла (MemoryError); проверьте его отдельно или на машине "
        "с большим объёмом памяти: repcheck check --jobs 1 ФАЙЛ",
        "out of memory while checking the file (MemoryError); check it alone or on a machine with "
        "more memory: repcheck check --jobs 1 FILE",
        transient=True,
    )


def _safe_check(path: Path, settings: Settings, worker: bool = False) -> FileResult:
    try:
        with limits.enforce(settings.config.limits, worker=worker):  # sizes, counts, time, memory
            return check_file(path, settings)
    except (limits.FileTimeout, limits.FileMemoryLimit) as exc:
        return _error_result(path, exc.ru, exc.en, transient=True)
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
    if format_refusal(path, data, settings.registry()) is not None:
        return None  # the worker reports it
    hit = cache.get(cache.key(data, path.suffix))
    if hit is not None:
        hit.path = display_path(path)
        hit.cached = True
    return hit


def cache_spec(config: Config, registry: Registry, rules: list[type[Rule]], skip_corpus: tuple[str, ...] = ()) -> CacheSpec:
    """`skip_corpus`: corpus rules whose per-report data the results lack (cached apart)."""
    context = context_hash(config, registry, rules)
    if skip_corpus:
        context = f"{context}|without:{','.join(skip_corpus)}"
    return CacheSpec(folder=str(cache_folder(config)), context=context, plugin_packages=tuple(config.plugins))


