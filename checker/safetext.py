"""Strings that are safe to write anywhere: file names that are not UTF-8, and terminal escapes.

* A file name unpacked from a Windows zip may hold cp1251/cp866 bytes that are not UTF-8. Python
  decodes such names with surrogate escapes (U+DC80–U+DCFF), which no UTF-8 writer accepts.
  `display_path` shows each such byte as ``\\xNN`` (as ``ls -b`` does), so every output format
  can write the name and a reader can still tell which file it was.
* A file name or a report's text can carry ESC/CSI/OSC sequences and other control characters
  that a terminal obeys (clear the screen, set the title, move the cursor to fake lines).
  `terminal_text` drops them from text shown in a terminal; `terminal_name` shows them escaped
  in file names, so that two names differing only by a control character stay distinct.
"""

from __future__ import annotations

import re
from os import PathLike

# Whole escape sequences first (so that their printable tails do not remain): CSI (ESC [ … or
# the 8-bit CSI), OSC (ESC ] … BEL or ST, or the 8-bit OSC), other string commands (DCS, SOS,
# PM, APC; up to their terminator) and two-character ESC sequences; what is left of an
# unterminated one loses its introducer with the other control characters.
_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -~]?"
)
# Characters a terminal may act on or that reorder what is shown: C0 controls, DEL, C1 controls,
# bidirectional overrides and isolates, line and paragraph separators.
_OTHER_CONTROLS = "\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_CONTROLS = re.compile(f"[\x00-\x1f{_OTHER_CONTROLS}]")
_CONTROLS_KEEP_LINES = re.compile(f"[\x00-\x08\x0b-\x1f{_OTHER_CONTROLS}]")  # tab and LF kept


def display_path(path: str | PathLike[str]) -> str:
    """The path as text any UTF-8 writer accepts: bytes that are not UTF-8 shown as ``\\xNN``."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:  # the usual case: os.fsdecode's surrogate escapes of undecodable bytes
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # other lone surrogates
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_name(name: str | PathLike[str]) -> str:
    """A file name for the terminal: not-UTF-8 bytes and control characters shown escaped."""
    return _CONTROLS.sub(_escape, display_path(name))


def terminal_text(text: str, *, keep_lines: bool = True) -> str:
    """Text for the terminal: escape sequences and control characters dropped (tabs and line
    breaks kept when `keep_lines`, else turned into spaces)."""
    text = display_path(text)
    if not keep_lines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    if not _needs_cleaning(text):
        return text
    text = _SEQUENCES.sub("", text)
    return (_CONTROLS_KEEP_LINES if keep_lines else _CONTROLS).sub("", text)


def _needs_cleaning(text: str) -> bool:
    return _CONTROLS_KEEP_LINES.search(text) is not None
