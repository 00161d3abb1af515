"""What the web page accepts: the formats repcheck can read on this computer now.

The registry's readers name their extensions; a reader that needs a converter which is not
installed (the old .doc and .xls need LibreOffice) says so through `Reader.missing_tool()`, and
its extensions are then neither offered in the file chooser nor named in the hint; a file of
that kind is refused with the reason and what to do instead, as is a file of any other format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The report formats the hint names, in this order: how a teacher knows it, its extensions, and
# whether the extensions are shown («Word (.docx, .doc)», but «PDF»).
MAIN = (
    ("Word", (".docx", ".doc"), True),
    ("PDF", (".pdf",), False),
    ("OpenDocument", (".odt",), True),
    ("RTF", (".rtf",), False),
    ("текст", (".txt",), True),
)
WORD_FORMATS = {".doc", ".dot", ".wps"}


@dataclass(frozen=True)
class Formats:
    accepted: frozenset[str]  # extensions, lower case, with the dot
    unavailable: dict[str, str] = field(default_factory=dict)  # extension -> why not here (Russian)

    @classmethod
    def of(cls, registry: Any) -> Formats:
        accepted: set[str] = set()
        unavailable: dict[str, str] = {}
        for reader in registry.readers:
            missing = reader.missing_tool()
            for ext in reader.extensions:
                if missing is None:
                    accepted.add(ext.lower())
                else:
                    unavailable.setdefault(ext.lower(), missing.ru)
        return cls(frozenset(accepted), {e: r for e, r in unavailable.items() if e not in accepted})

    def hint(self) -> str:
        """«Word (.docx, .doc), PDF, OpenDocument (.odt), RTF или текст (.txt)», only what is accepted."""
        parts = []
        for name, exts, show in MAIN:
            present = [e for e in exts if e in self.accepted]
            if present:
                parts.append(f"{name} ({', '.join(present)})" if show else name)
        if len(parts) > 1:
            return ", ".join(parts[:-1]) + " или " + parts[-1]
        return parts[0] if parts else ""

    def accept_attribute(self) -> str:
        return ",".join(sorted(self.accepted))

    def refusal(self, name: str) -> str:
        """Why a file is not checked and what to do instead (for the page, Russian)."""
        ext = Path(name).suffix.lower()
        if ext in self.unavailable:
            how = ("откройте файл в Word и сохраните его как .docx" if ext in WORD_FORMATS
                   else "откройте файл в программе, где он сделан, и сохраните отчёт как .docx или .pdf")
            return (f"файлы {ext} здесь не проверить: {self.unavailable[ext]}. Чтобы проверить отчёт, {how} "
                    "(«Файл» → «Сохранить как»), затем выберите новый файл")
        what = f"файлы {ext}" if ext else "файлы без расширения"
        return f"{what} программа не проверяет. Выберите отчёт: {self.hint()}"
