"""Built-in report profiles, shipped as TOML files beside this module.

A user adds a profile without Python: a TOML file of the same shape, passed with
`--profile-path FILE_OR_DIR` or `profile-paths` in the config.
"""

from __future__ import annotations

from importlib import resources

from repcheck.hookspecs import hookimpl
from repcheck.profile import load_profile_file


@hookimpl
def repcheck_profiles() -> list[dict]:
    folder = resources.files(__name__)
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            with resources.as_file(entry) as path:
                out.append(load_profile_file(path))
    return out
