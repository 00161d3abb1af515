"""Configuration from `[tool.repcheck]` in pyproject.toml or a repcheck.toml (same keys).

Keys are kebab-case; an unknown key is an error that names it. Command-line options override
the file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_FILES = ("repcheck.toml", "pyproject.toml")
FailOn = Literal["error", "warning", "info", "never"]


class ConfigError(Exception):
    pass


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    max_file_mb: float = 100.0


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
    # Per-rule options, keyed by rule code or name: {"near-duplicate-text": {"min-chars": 80}}
    rule_options: dict[str, dict[str, Any]] = Field(default_factory=dict)
    limits: Limits = Field(default_factory=Limits)
    source: str | None = Field(default=None, exclude=True)  # the file it came from


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
    except (OSError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"не удалось прочитать конфигурацию {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"ошибка синтаксиса TOML в {path}: {exc}") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("repcheck", {})
    elif "tool" in data and "repcheck" in data.get("tool", {}):
        data = data["tool"]["repcheck"]
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(path, exc)) from exc
    cfg.source = str(path)
    # Relative profile paths are relative to the config file.
    cfg.profile_paths = [str((path.parent / p).resolve()) for p in cfg.profile_paths]
    return cfg


def format_validation_error(path: Path, exc: ValidationError) -> str:
    lines = [f"ошибка в конфигурации {path}:"]
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            lines.append(f"  неизвестный ключ «{key}»")
        else:
            lines.append(f"  «{key}»: {err['msg']}")
    return "\n".join(lines)
