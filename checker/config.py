"""Configuration from `[tool.repcheck]` in pyproject.toml or a repcheck.toml (same keys).

Keys are kebab-case; an unknown key is an error that names it. Command-line options override
the file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from repcheck.validation import format_validation_error

CONFIG_FILES = ("repcheck.toml", "pyproject.toml")
FailOn = Literal["error", "warning", "info", "never"]


class ConfigError(Exception):
    """A mistake in the configuration or the options; Russian first, English when given."""

    def __init__(self, ru: str, en: str | None = None) -> None:
        super().__init__(ru)
        self.ru = ru
        self.en = en or ru

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


# Upper bounds of the [limits] keys: 1 TB, a ratio of a million, a billion blocks or cells, a week.
MAX_MB = 1_000_000
MAX_RATIO = 1_000_000
MAX_COUNT = 1_000_000_000
MAX_SECONDS = 7 * 24 * 3600


def _check_glob(pattern: str) -> str:
    """A glob of per-file-ignores / suppress that compiles (``[z-a]`` does not)."""
    from repcheck.globs import glob_to_regex  # the matcher that will use it

    try:
        glob_to_regex(pattern.replace("\\", "/").removeprefix("./"))
    except re.error as exc:
        raise ValueError(f"неверный шаблон имени файла «{pattern}»: {exc}") from None
    return pattern


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Limits(BaseModel):
    """Limits on one input file (`[limits]`); a file over one gets an error naming the key.

    The defaults leave a wide margin over real reports (a few MB, a few thousand blocks, seconds
    to check) yet stop hostile input early: checker/limits.py applies them.
    """

    # Finite numbers with upper bounds far above any real need: `inf` or 1e308 would overflow
    # the byte counts and the timer of every file (a configuration error, once, instead).
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True, allow_inf_nan=False)

    max_file_mb: float = Field(default=100.0, gt=0, le=MAX_MB)  # size of the file on disk
    max_uncompressed_mb: float = Field(default=200.0, gt=0, le=MAX_MB)  # zip-based formats, all parts unpacked
    # unpacked / packed size of one zip part (judged for parts of 1 MB and more); 0 — no check
    max_compression_ratio: float = Field(default=200.0, ge=0, le=MAX_RATIO)
    # .pdf: bytes its streams decode to (pages, fonts, object streams; not images), per file
    max_decoded_mb: float = Field(default=100.0, gt=0, le=MAX_MB)
    max_blocks: int = Field(default=100_000, gt=0, le=MAX_COUNT)  # paragraphs, headings, list items and tables
    max_cells: int = Field(default=500_000, gt=0, le=MAX_COUNT)  # table cells, nested tables included
    max_chars: int = Field(default=10_000_000, gt=0, le=MAX_COUNT)  # characters of text (paragraphs and cells)
    timeout_seconds: float = Field(default=120.0, ge=0, le=MAX_SECONDS)  # per file; 0 — no limit
    # growth of the process's memory while one file is checked; 0 — no limit
    max_memory_mb: float = Field(default=500.0, ge=0, le=MAX_MB)


class PerFileIgnore(BaseModel):
    """`"glob" = { codes = ["D5"], reason = "..." }` (the short form is a plain list of codes)."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    codes: list[str]
    reason: str = ""


class Suppression(BaseModel):
    """One suppressed finding (or a few), keyed like a baseline entry, with the reason why.

    `code` is a rule code, code prefix, rule name or category; `file` a glob relative to the
    configuration file; `location` the logical path as printed ("2 Сведения › таблица 3 ›
    строка 5"), `evidence` the quoted text (or `evidence-hash` as written in a baseline).
    Keys left out match anything.
    """

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    code: str
    file: str = "*"
    location: str | None = None
    evidence: str | None = None
    evidence_hash: str | None = None
    reason: str = Field(min_length=1)

    _glob = field_validator("file")(_check_glob)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    fail_on: FailOn = "error"
    lang: Literal["ru", "en"] = "ru"
    profile: str | None = None
    profile_paths: list[str] = Field(default_factory=list)
    format: str = "rich"
    exclude: list[str] = Field(default_factory=list)  # glob patterns of files to skip
    # Per-rule options, keyed by rule code or name: {"duplicate-text": {"min-words": 12}}
    rule_options: dict[str, dict[str, Any]] = Field(default_factory=dict)
    limits: Limits = Field(default_factory=Limits)
    # Extra plugin modules (importable names), registered like entry-point plugins: local rules
    # without packaging them.
    plugins: list[str] = Field(default_factory=list)
    jobs: int | None = Field(default=None, ge=1)  # worker processes; None: os.cpu_count()
    cache: bool = True
    cache_dir: str | None = None  # default: the user cache directory (platformdirs)
    baseline: str | None = None  # baseline file used by `check` unless --baseline is given
    # persistent store of cross-report duplicate passages (D503): earlier runs' reports are
    # matched too without being read again; this run's are added (--dup-index)
    dup_index: str | None = None
    # glob -> codes (or {codes, reason}): findings of these rules are not reported for those files
    per_file_ignores: dict[str, list[str] | PerFileIgnore] = Field(default_factory=dict)
    suppress: list[Suppression] = Field(default_factory=list)
    source: str | None = Field(default=None, exclude=True)  # the file it came from

    @field_validator("per_file_ignores")
    @classmethod
    def _globs(cls, value: dict[str, Any]) -> dict[str, Any]:
        for pattern in value:
            _check_glob(pattern)
        return value

    @property
    def root(self) -> Path:
        """Folder that relative paths and globs of this configuration are relative to."""
        return Path(self.source).resolve().parent if self.source else Path.cwd()

    def per_file_ignore_list(self) -> list[tuple[str, PerFileIgnore]]:
        return [
            (glob, v if isinstance(v, PerFileIgnore) else PerFileIgnore(codes=list(v)))
            for glob, v in self.per_file_ignores.items()
        ]


def find_config(start: Path) -> Path | None:
    """The nearest repcheck.toml, or pyproject.toml with a [tool.repcheck] table, upwards."""
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name == "repcheck.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return "repcheck" in tomllib.load(fh).get("tool", {})
    except (OSError, ValueError):
        return False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"не удалось прочитать конфигурацию {path}: {exc}",
                          f"cannot read the configuration {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"ошибка синтаксиса TOML в {path}: {exc}", f"TOML syntax error in {path}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path} — не файл конфигурации: это не текст TOML в UTF-8 (байт {exc.start}), "
                          "а, похоже, двоичный файл",
                          f"{path} is not a configuration file: not UTF-8 TOML text (byte {exc.start}) "
                          "but, it seems, a binary file") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("repcheck", {})
    elif "tool" in data and "repcheck" in data.get("tool", {}):
        data = data["tool"]["repcheck"]
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(path, exc), format_validation_error(path, exc, "en")) from exc
    cfg.source = str(path)
    # Relative profile paths are relative to the config file.
    cfg.profile_paths = [str((path.parent / p).resolve()) for p in cfg.profile_paths]
    if cfg.cache_dir:
        cfg.cache_dir = str((path.parent / Path(cfg.cache_dir).expanduser()).resolve())
    if cfg.baseline:
        cfg.baseline = str((path.parent / cfg.baseline).resolve())
    if cfg.dup_index:
        cfg.dup_index = str((path.parent / Path(cfg.dup_index).expanduser()).resolve())
    return cfg


