"""Baselines and suppressions: accepting known findings so that a CI gate fails only on new ones.

A finding's key is (rule code, file, logical location path, hash of the evidence). Page, line
and block numbers are left out on purpose: an edit elsewhere in the report moves them, while
the section › table › row path and the quoted text stay put.

- A baseline file (`repcheck baseline create`) lists the keys of the findings of a run, with a
  count each; `repcheck check --baseline FILE` drops findings whose key is in it (as many as the
  count) and reports the entries that no longer occur.
- Suppressions live in the configuration: `per-file-ignores` (glob → rule codes) and `suppress`
  entries keyed like the baseline, each with a reason. Suppressions that suppressed nothing are
  reported.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from repcheck.config import Config, PerFileIgnore, Suppression
from repcheck.globs import glob_to_regex
from repcheck.models.finding import Finding, Text

if TYPE_CHECKING:
    from repcheck.models.results import FileResult

BASELINE_FORMAT = 1


class BaselineError(Exception):
    """A baseline file that cannot be read; the message is Russian, `en` English."""

    def __init__(self, ru: str, en: str) -> None:
        super().__init__(ru)
        self.ru, self.en = ru, en


# -- keys --------------------------------------------------------------------------------------
def evidence_hash(evidence: str) -> str:
    """Hash of the quoted text: whitespace collapsed, case folded, so re-wrapping is no change."""
    norm = " ".join(evidence.split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def rel_path(path: str | Path, root: Path) -> str:
    """`path` relative to `root` (POSIX separators) when it lies under it, else absolute."""
    p = Path(path)
    try:
        resolved = p.resolve()
    except OSError:
        resolved = p.absolute()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def portable_path(path: str | Path, root: Path) -> str:
    """`path` relative to `root`, with ".." when needed, so that a baseline stored in a
    subfolder of a repository still matches after the repository is cloned elsewhere."""
    p = Path(path)
    try:
        resolved = p.resolve()
    except OSError:
        resolved = p.absolute()
    try:
        return Path(os.path.relpath(resolved, root.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return resolved.as_posix()


@dataclass(frozen=True, order=True)
class FindingKey:
    file: str
    code: str
    location: str
    evidence_hash: str

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "code": self.code, "location": self.location, "evidence_hash": self.evidence_hash}


def finding_key(finding: Finding, file: str) -> FindingKey:
    return FindingKey(file=file, code=finding.code, location=finding.location.path(),
                      evidence_hash=evidence_hash(finding.evidence))


def fingerprint(finding: Finding, file: str) -> str:
    """A stable id of a finding (SARIF partialFingerprints, CI de-duplication)."""
    k = finding_key(finding, file)
    raw = "\x1f".join((k.file, k.code, k.location, k.evidence_hash))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def glob_match(pattern: str, rel: str) -> bool:
    """Match a path relative to the config folder; a pattern without "/" also matches a name."""
    pattern = pattern.replace("\\", "/").removeprefix("./")
    if glob_to_regex(pattern).match(rel):
        return True
    return "/" not in pattern and bool(glob_to_regex(pattern).match(rel.rsplit("/", 1)[-1]))


def code_matches(selector: str, finding: Finding) -> bool:
    """Like --select: a code, a code prefix ("T4"), a rule name or a category."""
    s = selector.strip()
    if not s:
        return False
    return (
        finding.code.upper().startswith(s.upper())
        or finding.rule == s.lower()
        or finding.category.value == s.lower()
    )


def selector_matches_rule(selector: str, code: str, name: str, category: str) -> bool:
    s = selector.strip()
    return bool(s) and (code.upper().startswith(s.upper()) or name == s.lower() or category == s.lower())


# -- suppressions ------------------------------------------------------------------------------
@dataclass
class UnusedSuppression:
    """A suppression that matched no finding in a run where it could have."""

    kind: str  # "per-file-ignores" or "suppress"
    description: str  # how it is written in the configuration
    reason: str = ""
    source: str | None = None  # the configuration file

    def text(self) -> Text:
        src = f" ({self.source})" if self.source else ""
        why = f"; причина: {self.reason}" if self.reason else ""
        why_en = f"; reason: {self.reason}" if self.reason else ""
        return Text(
            ru=f"исключение не сработало ни разу: {self.kind} {self.description}{why}{src} — удалите его",
            en=f"unused suppression: {self.kind} {self.description}{why_en}{src} — remove it",
        )

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "description": self.description, "reason": self.reason, "source": self.source}


@dataclass
class _Rule:
    kind: str
    description: str
    reason: str
    selectors: list[str]
    glob: str
    location: str | None = None
    ev_hash: str | None = None
    applicable: bool = False  # its glob matched a checked file where one of its rules ran
    used: int = 0

    def matches(self, finding: Finding, rel: str) -> bool:
        if not any(code_matches(s, finding) for s in self.selectors):
            return False
        if not glob_match(self.glob, rel):
            return False
        if self.location is not None and finding.location.path() != self.location.strip():
            return False
        if self.ev_hash is not None and evidence_hash(finding.evidence) != self.ev_hash:
            return False
        return True


def _suppression_rules(config: Config) -> list[_Rule]:
    rules: list[_Rule] = []
    for glob, pfi in config.per_file_ignore_list():
        assert isinstance(pfi, PerFileIgnore)
        for code in pfi.codes:
            rules.append(_Rule("per-file-ignores", f"«{glob}» = {code}", pfi.reason, [code], glob))
    for s in config.suppress:
        assert isinstance(s, Suppression)
        ev = s.evidence_hash or (evidence_hash(s.evidence) if s.evidence is not None else None)
        desc = ", ".join(
            f"{k}={v!r}" for k, v in (("code", s.code), ("file", s.file), ("location", s.location),
                                      ("evidence", s.evidence), ("evidence-hash", s.evidence_hash))
            if v is not None
        )
        rules.append(_Rule("suppress", desc, s.reason, [s.code], s.file, s.location, ev))
    return rules


def apply_suppressions(
    files: list["FileResult"], config: Config, active_rules: list[tuple[str, str, str]]
) -> list[UnusedSuppression]:
    """Drop suppressed findings (counted in `FileResult.suppressed`); return unused suppressions.

    `active_rules` are (code, name, category) of the rules that ran. A suppression is reported as
    unused only when it could have fired: its glob matched a readable checked file and one of its
    codes names a rule that ran — so a partial run (pre-commit on changed files) is not noisy.
    """
    rules = _suppression_rules(config)
    if not rules:
        return []
    root = config.root
    for fr in files:
        if fr.error is not None:
            continue
        rel = rel_path(fr.path, root)
        for r in rules:
            if glob_match(r.glob, rel) and any(
                selector_matches_rule(s, *rule) for s in r.selectors for rule in active_rules
            ):
                r.applicable = True
        kept: list[Finding] = []
        for f in fr.findings:
            hit = next((r for r in rules if r.matches(f, rel)), None)
            if hit is None:
                kept.append(f)
            else:
                hit.used += 1
                fr.suppressed += 1
        fr.findings = kept
    return [
        UnusedSuppression(r.kind, r.description, r.reason, config.source)
        for r in rules
        if r.applicable and r.used == 0
    ]


# -- baseline ----------------------------------------------------------------------------------
def _count(value: Any) -> int:
    """An entry's count: a whole number from 1 (JSON's 1e400 is infinity: refused, not overflowed)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"count: нужно целое число, а не {value!r}")
    n = float(value) if isinstance(value, (float, str)) else value
    if isinstance(n, float) and not (n.is_integer() and 1 <= n <= 2**53):
        raise ValueError(f"count: нужно целое число от 1, а не {value!r}")
    if not 1 <= int(n) <= 2**53:
        raise ValueError(f"count: нужно целое число от 1, а не {value!r}")
    return int(n)


@dataclass
class BaselineEntry:
    key: FindingKey
    count: int = 1
    rule: str = ""
    message: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {**self.key.as_dict(), "rule": self.rule, "count": self.count, "message": self.message}

    def describe(self, lang: str = "ru") -> str:
        where = self.key.location or ("(документ в целом)" if lang != "en" else "(whole document)")
        return f"{self.key.file}: {self.key.code} {where} — {self.message}".rstrip(" —")


@dataclass
class Baseline:
    entries: list[BaselineEntry] = field(default_factory=list)
    root: Path = field(default_factory=Path.cwd)  # paths in the file are relative to this
    path: Path | None = None

    # -- building and files ---------------------------------------------------------------------
    @classmethod
    def from_results(cls, files: list["FileResult"], root: Path, lang: str = "ru") -> "Baseline":
        counts: Counter[FindingKey] = Counter()
        info: dict[FindingKey, tuple[str, str]] = {}
        for fr in files:
            rel = portable_path(fr.path, root)
            for f in fr.findings:
                k = finding_key(f, rel)
                counts[k] += 1
                info.setdefault(k, (f.rule, f.message.get(lang)))
        entries = [BaselineEntry(k, n, *info[k]) for k, n in sorted(counts.items())]
        return cls(entries=entries, root=root)

    def dump(self) -> str:
        from repcheck.version import __version__

        data = {
            "repcheck_baseline": BASELINE_FORMAT,
            "tool_version": __version__,
            "findings": sum(e.count for e in self.entries),
            "entries": [e.as_dict() for e in self.entries],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def save(self, path: Path) -> None:
        from repcheck.output import write_text

        write_text(path, self.dump())  # atomic: a temporary file in the folder, then a rename

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise BaselineError(f"файл базы не найден: {path}", f"baseline file not found: {path}") from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"не удалось прочитать базу {path}: {exc}", f"cannot read the baseline {path}: {exc}") from exc
        except RecursionError as exc:  # [[[[… nested past the parser's recursion limit
            raise BaselineError(f"{path} — не файл базы repcheck: слишком глубокая вложенность JSON",
                                f"{path} is not a repcheck baseline: JSON nested too deep") from exc
        if not isinstance(data, dict) or data.get("repcheck_baseline") != BASELINE_FORMAT:
            raise BaselineError(
                f"{path} — не файл базы repcheck (создайте его командой repcheck baseline create)",
                f"{path} is not a repcheck baseline (create one with repcheck baseline create)",
            )
        entries = []
        try:
            for e in data.get("entries", []):
                key = FindingKey(str(e["file"]), str(e["code"]), str(e.get("location", "")), str(e["evidence_hash"]))
                entries.append(BaselineEntry(key, _count(e.get("count", 1)), str(e.get("rule", "")), str(e.get("message", ""))))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise BaselineError(f"повреждённая запись в базе {path}: {exc}", f"malformed entry in the baseline {path}: {exc}") from exc
        return cls(entries=entries, root=path.resolve().parent, path=path)

    # -- applying -------------------------------------------------------------------------------
    def apply(self, files: list["FileResult"], corpus_codes: set[str] = frozenset()) -> list[BaselineEntry]:  # type: ignore[assignment]
        """Drop known findings (counted in `FileResult.baselined`); return the entries that no
        longer occur in the files of this run that could be read.

        A corpus rule's finding depends on the other files of the run, so its entries are called
        stale only when every file the baseline lists for that rule was checked."""
        remaining: Counter[FindingKey] = Counter({e.key: e.count for e in self.entries})
        checked: set[str] = set()
        for fr in files:
            if fr.error is not None:
                continue
            rel = portable_path(fr.path, self.root)
            checked.add(rel)
            kept = []
            for f in fr.findings:
                k = finding_key(f, rel)
                if remaining[k] > 0:
                    remaining[k] -= 1
                    fr.baselined += 1
                else:
                    kept.append(f)
            fr.findings = kept
        corpus_files: dict[str, set[str]] = {}
        for e in self.entries:
            if e.key.code in corpus_codes:
                corpus_files.setdefault(e.key.code, set()).add(e.key.file)
        stale = []
        for e in self.entries:
            left = remaining[e.key]
            if e.key.code in corpus_codes and not corpus_files[e.key.code] <= checked:
                continue
            if left > 0 and e.key.file in checked:
                stale.append(BaselineEntry(e.key, left, e.rule, e.message))
        return stale
