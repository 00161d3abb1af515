"""A content-hash cache of per-file results.

Key: SHA-256 of the file's bytes + a context hash (repcheck version, the source of repcheck's own
code and plugins, the versions of the libraries that read the files (`READER_LIBRARIES`) and which
LibreOffice converts old .doc files, the configuration that changes per-file results: rule
selection, options, profile, limits, the profiles themselves). Modification times of the checked
files are never used, so a cache restored in CI is safe. Only verdicts about the file's bytes are
stored: a result marked `transient` (LibreOffice not installed, out of memory, over the time or
memory limit) is checked again next time. Entries live under the user's cache directory (platformdirs) or the configured
`cache-dir`, never next to the checked files.

Entries are pickles read back by a restricted unpickler that builds only plain data and classes
of repcheck and its plugins: a cache folder that someone else could write cannot run code.
"""

from __future__ import annotations

import builtins
import hashlib
import importlib
import io
import json
import os
import pickle
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from repcheck.config import Config
    from repcheck.models.results import FileResult
    from repcheck.plugin_manager import Registry
    from repcheck.rule import Rule

CACHE_FORMAT = 1
ENV_CACHE_DIR = "REPCHECK_CACHE_DIR"
_OWN_PACKAGES = ("repcheck", "repcheck.rules", "repcheck.plugins")  # separate folders in an editable install
# Configuration keys that change what check_file returns. Output, suppression and baseline keys
# are applied after the cache and are left out, so changing them keeps the cache warm.
_RESULT_KEYS = ("select", "ignore", "profile", "profile_paths", "rule_options", "limits", "plugins")
# Distributions whose version changes what a reader extracts from the same bytes.
READER_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "lxml", "pymorphy3", "pymorphy3-dicts-ru")


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("repcheck", appauthor=False)) / "results"


def cache_folder(config: "Config") -> Path:
    """`cache-dir` of the configuration, else $REPCHECK_CACHE_DIR, else the user cache dir."""
    if config.cache_dir:
        return Path(config.cache_dir)
    env = os.environ.get(ENV_CACHE_DIR)
    return Path(env).expanduser() if env else default_cache_dir()


def _code_fingerprint(packages: Iterable[str]) -> str:
    """Hash of the source of repcheck's own packages and plugin modules (content, not mtime)."""
    h = hashlib.sha256()
    for name in sorted(set(packages)):
        try:
            mod = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a plugin that does not import fails elsewhere
            h.update(f"missing:{name}".encode())
            continue
        roots = [Path(p) for p in getattr(mod, "__path__", [])] or (
            [Path(mod.__file__)] if getattr(mod, "__file__", None) else []
        )
        for root in roots:
            files = sorted(root.rglob("*")) if root.is_dir() else [root]
            for f in files:
                if f.suffix in (".py", ".toml", ".yaml", ".json", ".j2") and "__pycache__" not in f.parts:
                    try:
                        data = f.read_bytes()
                    except OSError:
                        continue
                    h.update(f"{name}:{f.relative_to(root.parent) if root.is_dir() else f.name}".encode())
                    h.update(hashlib.sha256(data).digest())
    return h.hexdigest()


def _entry_point_versions() -> list[str]:
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group="repcheck"):
        dist = getattr(ep, "dist", None)
        out.append(f"{ep.name}={ep.value}@{dist.version if dist else '?'}")
    return sorted(out)


def library_versions() -> dict[str, str]:
    """Installed versions of `READER_LIBRARIES` ("-" for one not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in READER_LIBRARIES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "-"
    return out


def converter_identity() -> str:
    """Which LibreOffice converts old .doc/.xls files: its path, size and modification time
    (installing, removing or upgrading it changes this), or "-" when there is none."""
    import shutil

    # plugins/readers/legacy.find_soffice's look-up, without importing that module (it brings lxml
    # and the .docx and .odt readers: ~15 ms of every run with the cache); tests keep them equal
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "-"
    try:
        real = os.path.realpath(soffice)
        st = os.stat(real)
    except OSError:
        return soffice
    return f"{real}:{st.st_size}:{st.st_mtime_ns}"


def context_hash(config: "Config", registry: "Registry", rules: list[type["Rule"]]) -> str:
    """Everything besides the file's bytes that a per-file result depends on."""
    import repcheck

    cfg = config.model_dump(mode="json", include=set(_RESULT_KEYS))
    payload = {
        "format": CACHE_FORMAT,
        "version": repcheck.__version__,
        "code": _code_fingerprint([*_OWN_PACKAGES, *config.plugins]),
        "entry_points": _entry_point_versions(),
        "libraries": library_versions(),
        "converter": converter_identity(),
        "config": cfg,
        "rules": [f"{r.code}:{r.__module__}.{r.__qualname__}" for r in rules],
        "readers": sorted(f"{type(r).__module__}.{type(r).__qualname__}" for r in registry.readers),
        "profiles": {n: p.model_dump(mode="json") for n, p in sorted(registry.profiles.items())},
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# -- safe loading -------------------------------------------------------------------------------
_SAFE_BUILTINS = frozenset({
    "set", "frozenset", "list", "dict", "tuple", "int", "float", "str", "bytes", "bytearray",
    "bool", "complex", "object", "range", "slice",
})  # fmt: skip
_SAFE_NAMES = {
    "datetime": frozenset({"date", "datetime", "time", "timedelta", "timezone"}),
    "decimal": frozenset({"Decimal"}),
    "fractions": frozenset({"Fraction"}),
    "collections": frozenset({"OrderedDict", "defaultdict", "deque", "Counter"}),
    "copyreg": frozenset({"_reconstructor"}),
    "enum": frozenset({"Enum"}),
}


class _SafeUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BufferedIOBase, allowed_packages: frozenset[str]) -> None:
        super().__init__(file)
        self._allowed = allowed_packages

    def find_class(self, module: str, name: str) -> Any:
        if "." in name:
            raise pickle.UnpicklingError(f"forbidden name {module}.{name}")
        if module == "builtins" and name in _SAFE_BUILTINS:
            return getattr(builtins, name)
        if name in _SAFE_NAMES.get(module, ()):
            return getattr(importlib.import_module(module), name)
        if module.split(".")[0] in self._allowed:
            obj = getattr(importlib.import_module(module), name, None)
            if isinstance(obj, type) and obj.__module__ == module:
                return obj
        raise pickle.UnpicklingError(f"forbidden class {module}.{name}")


@dataclass(frozen=True)
class CacheSpec:
    """Picklable description of a cache, handed to worker processes."""

    folder: str
    context: str
    plugin_packages: tuple[str, ...] = ()

    def open(self) -> "ResultCache":
        return ResultCache(Path(self.folder), self.context, self.plugin_packages)


class ResultCache:
    def __init__(self, folder: Path, context: str, plugin_packages: Iterable[str] = ()) -> None:
        self.folder = folder
        self.context = context
        self.allowed = frozenset({*_OWN_PACKAGES, *(p.split(".")[0] for p in plugin_packages)})
        self.hits = 0
        self.misses = 0

    def key(self, data: bytes, suffix: str = "") -> str:
        """The file's bytes and its extension: a reader is chosen by the extension when the
        content does not decide, so one text named .txt and .xls gets two verdicts."""
        return hashlib.sha256(self.context.encode() + suffix.lower().encode() + hashlib.sha256(data).digest()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> "FileResult | None":
        from repcheck.models.results import FileResult

        try:
            with self._path(key).open("rb") as fh:
                obj = _SafeUnpickler(fh, self.allowed).load()
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # noqa: BLE001 - a damaged or foreign entry is a miss, rewritten later
            self.misses += 1
            return None
        if not isinstance(obj, dict) or obj.get("format") != CACHE_FORMAT or not isinstance(obj.get("result"), FileResult):
            self.misses += 1
            return None
        self.hits += 1
        return obj["result"]

    def put(self, key: str, result: "FileResult") -> None:
        """Write atomically; a cache that cannot be written is silently skipped."""
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            payload = pickle.dumps({"format": CACHE_FORMAT, "result": result}, protocol=pickle.HIGHEST_PROTOCOL)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(payload)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except Exception:  # noqa: BLE001
            return


def clear(folder: Path) -> int:
    """Remove every cache entry under `folder`; return how many were removed."""
    n = 0
    if not folder.is_dir():
        return 0
    for f in folder.glob("*/*.pickle"):
        try:
            f.unlink()
            n += 1
        except OSError:
            pass
    return n
