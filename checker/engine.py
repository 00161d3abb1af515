"""The engine: files → reader → structurer → rules → results. It knows no specific rule.

Per-file work (`check_file`) needs nothing from other files, so it can run in other processes;
corpus rules get a small digest of each report and run once at the end.
"""

from __future__ import annotations

import fnmatch
import os
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker import __version__
from checker.config import Config, ConfigError
from checker.models.document import Document
from checker.models.finding import Category, Finding, FindingLocation, Severity, Text
from checker.models.report import Report
from checker.plugin_manager import Registry, build_registry
from checker.reader import ReaderError
from checker.rule import CorpusItem, Rule, RuleContext
from checker.structurer import detect_profile, structure

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
    corpus_data: dict[str, Any] = Field(default_factory=dict, exclude=True)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass
class RunResult:
    files: list[FileResult]
    rules: list[type[Rule]]
    version: str = __version__
    config: Config = field(default_factory=Config)

    def all_findings(self) -> Iterator[tuple[FileResult, Finding]]:
        for fr in self.files:
            for f in fr.findings:
                yield fr, f


@dataclass
class Settings:
    """What a worker needs to check one file; picklable."""

    config: Config = field(default_factory=Config)

    def registry(self) -> Registry:
        return _registry_for(tuple(self.config.profile_paths))


_REGISTRIES: dict[tuple[str, ...], Registry] = {}


def _registry_for(profile_paths: tuple[str, ...]) -> Registry:
    if profile_paths not in _REGISTRIES:
        _REGISTRIES[profile_paths] = build_registry(profile_paths=[Path(p) for p in profile_paths])
    return _REGISTRIES[profile_paths]


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


def read_document(path: Path, registry: Registry, config: Config) -> Document:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReaderError(f"файл недоступен: {exc.strerror}", f"file not accessible: {exc.strerror}") from exc
    limit = int(config.limits.max_file_mb * 1024 * 1024)
    if size > limit:
        raise ReaderError(
            f"файл больше предела {config.limits.max_file_mb:g} МБ ({size / 1048576:.1f} МБ); "
            "предел задаётся ключом limits.max-file-mb",
            f"file exceeds the {config.limits.max_file_mb:g} MB limit ({size / 1048576:.1f} MB); "
            "raise it with limits.max-file-mb",
        )
    try:
        with path.open("rb") as fh:  # read-only: repcheck never writes to the documents it checks
            data = fh.read()
    except OSError as exc:
        raise ReaderError(f"не удалось открыть файл: {exc.strerror}", f"cannot open the file: {exc.strerror}") from exc
    reader = registry.reader_for(path, data[:HEAD_BYTES])
    if reader is None:
        raise ReaderError(
            f"формат файла «{path.suffix or path.name}» не поддерживается",
            f"unsupported file format “{path.suffix or path.name}”",
        )
    return reader.read(path, data)


def analyse(doc: Document, registry: Registry, config: Config) -> Report:
    forced = config.profile
    if forced:
        prof = registry.profiles.get(forced)
        if prof is None or prof.abstract:
            raise ConfigError(f"неизвестный профиль «{forced}»; список: repcheck profiles")
        from checker.structurer.detect import Detection

        detection = Detection(prof, 0.0, "профиль задан параметром --profile", "profile forced with --profile", True)
    else:
        detection = detect_profile(doc, registry.concrete_profiles(), registry.profiles["generic"])
    return structure(doc, detection)


def check_file(path: Path, settings: Settings) -> FileResult:
    """Read, structure and check one file. Never raises for a bad file or a crashing rule."""
    registry = settings.registry()
    config = settings.config
    result = FileResult(path=str(path))
    try:
        doc = read_document(path, registry, config)
    except ReaderError as exc:
        result.error = Text(ru=exc.ru, en=exc.en)
        return result
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop a batch
        result.error = Text(ru=f"ошибка чтения: {type(exc).__name__}: {exc}", en=f"read error: {type(exc).__name__}: {exc}")
        return result
    result.format = doc.format
    try:
        report = analyse(doc, registry, config)
    except ConfigError:
        raise
    except Exception as exc:  # noqa: BLE001
        result.error = Text(ru=f"ошибка разбора структуры: {type(exc).__name__}: {exc}",
                            en=f"structure error: {type(exc).__name__}: {exc}")
        return result
    result.kind, result.profile = report.kind, report.profile
    result.profile_reason, result.profile_confident = report.profile_reason, report.profile_confident
    result.stats = _stats(report, registry)
    profile = registry.profiles[report.profile]
    for rule_cls in selected_rules(registry, config):
        ctx = RuleContext(report=report, profile=profile, options=rule_options(rule_cls, config))
        rule = rule_cls()
        try:
            if rule_cls.corpus:
                result.corpus_data[rule_cls.code] = rule.extract(report, ctx)  # type: ignore[attr-defined]
            else:
                result.findings.extend(rule.check(report, ctx))
        except Exception as exc:  # noqa: BLE001 - a crashing rule becomes a finding, the run goes on
            result.findings.append(crash_finding(rule_cls, exc))
    result.findings.sort(key=Finding.sort_key)
    return result


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
    return FileStats(
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


def run_corpus_rules(results: list[FileResult], rules: list[type[Rule]], config: Config) -> None:
    by_path = {r.path: r for r in results}
    for rule_cls in rules:
        if not rule_cls.corpus:
            continue
        items = [
            CorpusItem(path=r.path, organisation=r.stats.organisation, data=r.corpus_data[rule_cls.code])
            for r in results
            if rule_cls.code in r.corpus_data
        ]
        try:
            found = list(rule_cls().check_corpus(items, rule_options(rule_cls, config)))  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001
            for r in results:
                if r.error is None:
                    r.findings.append(crash_finding(rule_cls, exc))
            continue
        for path, finding in found:
            if path in by_path:
                by_path[path].findings.append(finding)
    for r in results:
        r.findings.sort(key=Finding.sort_key)
        r.corpus_data.clear()


def run(paths: list[Path], config: Config) -> RunResult:
    settings = Settings(config=config)
    registry = settings.registry()
    rules = selected_rules(registry, config)
    files = collect_files(paths, registry, config.exclude)
    results = [check_file(p, settings) for p in files]
    run_corpus_rules(results, rules, config)
    return RunResult(files=results, rules=rules, config=config)
