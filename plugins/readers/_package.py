"""Helpers shared by the readers of zipped XML packages (.docx, .odt) and the legacy reader:
a safe XML parser (no entities, no network, no DTD), zip sanity checks against bombs, and the
magic numbers that tell formats apart by content."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree

from repcheck import limits
from repcheck.reader import ReaderError

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Zip-bomb limits: a real report is a few MB; the defaults (limits.max-uncompressed-mb and
# limits.max-compression-ratio, see checker/limits.py) leave a wide margin yet stop a bomb early.
RATIO_CHECK_MIN_SIZE = 1024 * 1024  # tiny parts compress absurdly well; only judge big ones
MAX_ZIP_MEMBERS = 10_000
# Word's tables have at most 63 columns; a span or indent past this is hostile (a loop over it
# would run for minutes).
MAX_SPAN = 1000


OLE_ERROR_RU = (
    "Файл защищён паролем или это старый формат .doc: снимите пароль или сохраните файл как .docx"
)
OLE_ERROR_EN = "The file is password-protected or an old .doc: remove the password or save it as .docx"


def safe_xml_parser() -> etree.XMLParser:
    """A parser for hostile input: no entity expansion (billion laughs), no DTD, no network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, part: str) -> etree._Element:
    try:
        return etree.fromstring(data, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise xml_error(exc, part) from exc


def xml_error(exc: etree.XMLSyntaxError, part: str) -> ReaderError:
    """A clear message for an XML part the parser refused: hostile constructs get their name."""
    msg = str(exc)
    low = msg.lower()
    if "depth" in low:
        return ReaderError(
            f"Файл отклонён: в части {part} слишком глубокая вложенность элементов (больше 256 уровней); "
            "в настоящих документах такой не бывает — файл искажён или враждебный",
            f"File rejected: part {part} nests elements too deeply (over 256 levels); real documents "
            "never do — the file is damaged or hostile",
        )
    if "entit" in low or "amplification" in low or "doctype" in low or "dtd" in low:
        return ReaderError(
            f"Файл отклонён: в части {part} объявления сущностей XML (DTD), которых в документах Office "
            f"не бывает; так устроены атаки XXE и «миллиард смешков» ({msg})",
            f"File rejected: part {part} declares XML entities (a DTD), which Office documents never "
            f"do; this is how XXE and billion-laughs attacks work ({msg})",
        )
    return ReaderError(
        f"Повреждённый файл: часть {part} не читается ({msg})",
        f"Damaged file: part {part} cannot be parsed ({msg})",
    )


class SafeZip:
    """A zip package opened from bytes after a size/ratio sanity check (zip bombs).

    The limits are limits.max-uncompressed-mb and limits.max-compression-ratio in force
    (repcheck.limits.current()) unless given here. The check uses the sizes the zip directory
    declares, before anything is unpacked; a part whose data does not match its declared size
    fails its checksum when read (Python's zipfile never unpacks past the declared size).
    """

    def __init__(
        self,
        data: bytes,
        *,
        max_total: int | None = None,
        max_ratio: float | None = None,
    ) -> None:
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - a malformed directory raises many kinds
            raise ReaderError(
                "Файл повреждён: это не zip-архив Office", "Damaged file: not an Office zip package"
            ) from exc
        in_force = limits.current()
        self._configured = max_total is None
        self.max_total = max_total if max_total is not None else int(in_force.max_uncompressed_mb * limits.MB)
        self._check(max_ratio if max_ratio is not None else in_force.max_compression_ratio)
        self.names = set(self.zf.namelist())

    def _check(self, max_ratio: float) -> None:
        infos = self.zf.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise _bomb_error(f"{len(infos)} parts")
        total = sum(i.file_size for i in infos)
        if total > self.max_total:
            if not self._configured:
                raise _bomb_error(f"{total} bytes uncompressed")
            mb = total / limits.MB
            raise limits.limit_error(
                "max-uncompressed-mb",
                f"Файл отклонён: архив распаковывается в {mb:.0f} МБ (архивная «бомба»?)",
                f"File rejected: the archive unpacks to {mb:.0f} MB (a zip bomb?)",
                float(int(mb) + 1),
            )
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if max_ratio and info.file_size >= RATIO_CHECK_MIN_SIZE and ratio > max_ratio:
                raise limits.limit_error(
                    "max-compression-ratio",
                    f"Файл отклонён: часть {info.filename} сжата в {ratio:.0f} раз (архивная «бомба»?)",
                    f"File rejected: part {info.filename} is compressed {ratio:.0f} to 1 (a zip bomb?)",
                    float(int(ratio) + 1),
                )
            if info.flag_bits & 0x1:
                raise ReaderError(OLE_ERROR_RU, OLE_ERROR_EN)

    def read(self, name: str) -> bytes | None:
        """The part's bytes, or None when absent; reads at most the limit even if headers lie."""
        if name not in self.names:
            return None
        try:
            with self.zf.open(name) as fh:
                data = fh.read(self.max_total + 1)
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - bad checksum, unknown method, truncated data...
            raise ReaderError(
                f"Файл повреждён: часть {name} не распаковывается ({exc})",
                f"Damaged file: part {name} cannot be unpacked ({exc})",
            ) from exc
        if len(data) > self.max_total:
            raise _bomb_error(f"{name} larger than declared")
        return data


def _bomb_error(detail: str) -> ReaderError:
    return ReaderError(
        f"Файл отклонён: слишком большой или подозрительно сжатый архив ({detail})",
        f"File rejected: the archive is too large or suspiciously compressed ({detail})",
    )


def is_ole(data: bytes) -> bool:
    return data[:8] == OLE_MAGIC


def zip_names(head: bytes, path: Path | None) -> set[str]:
    """Part names of a zip, for sniffing: from the file when it can be opened, else from `head`."""
    if path is not None:
        try:
            with zipfile.ZipFile(path) as zf:
                return set(zf.namelist())
        except (OSError, zipfile.BadZipFile, ValueError):
            pass
    # Local file headers carry the names; good enough when only the head is at hand.
    found = set(re.findall(rb"[\w\[\]./-]+\.xml|mimetype", head))
    return {n.decode("ascii", "replace") for n in found}
