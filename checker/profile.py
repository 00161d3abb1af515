"""Report profiles: what a kind of report must contain and how its tables are labelled.

Profiles are data: TOML files (see plugins/profiles/*.toml). A profile may `extends` another
one (usually "_base"), inheriting its column vocabulary and detection settings.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from repcheck.models.report import ColumnRole, ReportKind, ReportKindName, TableKind


class ProfileError(Exception):
    pass


class SectionSpec(BaseModel):
    """A section the profile expects: its canonical title and the ways reports write it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str  # canonical Russian title, shown in messages
    title_en: str = ""
    variants: list[str] = Field(default_factory=list)  # other titles seen in reports
    keywords: list[str] = Field(default_factory=list)  # words that identify it by meaning
    mandatory: bool = True
    # A section that may legitimately be short (e.g. "научный руководитель: нет").
    may_be_empty: bool = False
    # The form's own number for it ("14", "VII"): a hint when the wording differs (sections.py).
    number: str | None = None
    # Kinds of table that make a section this one whatever its title («Дорожная карта и её
    # выполнение» holding the plan-versus-fact table is the activities section).
    tables: list[TableKind] = Field(default_factory=list)

    def all_titles(self) -> list[str]:
        return [self.title, *self.variants]


class DetectPattern(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pattern: str  # regular expression, case-insensitive, searched in the first pages
    weight: float = 1.0

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value, re.IGNORECASE)
        except re.error as exc:  # one error when the profile loads, not a crash in every file
            raise ValueError(f"неверное регулярное выражение «{value}»: {exc}") from None
        return value


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: ReportKindName = ReportKind.GENERIC
    title: str = ""
    title_en: str = ""
    description: str = ""
    source: str = ""  # where the list of sections comes from
    extends: str | None = None
    abstract: bool = False  # a base that is never chosen itself
    detect: list[DetectPattern] = Field(default_factory=list)
    min_detect_score: float = 2.0
    sections: list[SectionSpec] = Field(default_factory=list)
    columns: dict[ColumnRole, list[str]] = Field(default_factory=dict)
    # Pairs of section ids whose text repeats by design (a programme's passport and body).
    duplicate_by_design: list[list[str]] = Field(default_factory=list)
    # Words of the template itself (its questions and prompts) that are never duplicates.
    template_phrases: list[str] = Field(default_factory=list)
    match_threshold: float = 75.0
    path: str | None = None  # file it was loaded from

    def detect_score(self, text: str) -> tuple[float, list[str]]:
        """Sum of the weights of detection patterns found in `text`, with the ones that hit."""
        from repcheck.regex_literals import folded_text, search_folded

        score = 0.0
        hits: list[str] = []
        folded = folded_text(text)
        for p in self.detect:
            # the same match as re.search, tried only where the pattern's literals are
            # (repcheck.regex_literals): most patterns are another form's wording, absent here
            m = search_folded(_compiled(p.pattern), text, folded)
            if m:
                score += p.weight
                hits.append(m.group(0).strip())
        return score, hits


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def load_profile_file(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ProfileError(f"файл профиля не найден: {path}") from exc
    except IsADirectoryError as exc:
        raise ProfileError(f"профиль {path}: это папка, а не файл TOML") from exc
    except OSError as exc:
        raise ProfileError(f"не удалось прочитать профиль {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"профиль {path} — не TOML (ошибка синтаксиса: {exc})") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(f"профиль {path} — не TOML: это не текст в UTF-8 (байт {exc.start})") from exc
    data.setdefault("name", path.stem)
    data["path"] = str(path)
    return data


def resolve_profiles(raw: list[dict]) -> list[Profile]:
    """Apply `extends` (columns, detect, template phrases merge; the child wins) and validate."""
    by_name = {d["name"]: d for d in raw}
    resolved: dict[str, Profile] = {}

    def build(name: str, seen: tuple[str, ...] = ()) -> Profile:
        if name in resolved:
            return resolved[name]
        if name in seen:
            raise ProfileError(f"профиль {name}: циклическое наследование ({' → '.join(seen)})")
        data = dict(by_name[name])
        parent_name = data.get("extends")
        if parent_name:
            if parent_name not in by_name:
                raise ProfileError(f"профиль {name}: неизвестный родитель {parent_name!r}")
            parent = build(parent_name, (*seen, name)).model_dump(mode="json")
            columns = {**parent.get("columns", {}), **data.get("columns", {})}
            data["columns"] = columns
            data["template_phrases"] = parent["template_phrases"] + data.get("template_phrases", [])
            for key in ("match_threshold", "min_detect_score"):
                data.setdefault(key, parent[key])
        try:
            prof = Profile.model_validate(data)
        except ValidationError as exc:
            from repcheck.validation import format_validation_error

            raise ProfileError(format_validation_error(f"{name} ({data.get('path')})", exc, "ru",
                                                       ("ошибка в профиле", "error in the profile"))) from exc
        resolved[name] = prof
        return prof

    return [build(n) for n in by_name]
