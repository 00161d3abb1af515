"""The server mechanics of `repcheck serve` (checker/webserver.py) piece by piece: admission counts,
the request folders, the streaming form reader. The same mechanics under real hostile clients are
in tests/hostile/test_serve.py."""

from __future__ import annotations

import secrets
import threading
from pathlib import Path

import pytest

from repcheck.webserver import MAX_FIELD, Admission, FormReader, PageError, TempFolders, form_boundary
from tests.webapp.test_webapp import multipart


def test_admission_caps_uploads_and_checks_at_their_limits() -> None:
    adm = Admission(max_uploads=2, max_checks=3)
    a, b = adm.admit(), adm.admit()
    assert a is not None and b is not None
    assert adm.admit() is None  # uploads at their cap (2)
    a.uploaded()
    c = adm.admit()  # uploads 1 of 2, checks 2 of 3: admitted
    assert c is not None and (adm.uploads, adm.checks) == (2, 3)
    b.uploaded()
    assert adm.admit() is None  # an upload slot is free but checks are at their cap (3)
    a.close()
    a.close()  # closing twice releases once
    assert (adm.uploads, adm.checks) == (1, 2)
    d = adm.admit()
    assert d is not None
    for t in (b, c, d):
        t.close()
    assert (adm.uploads, adm.checks) == (0, 0)


def test_temp_folders_are_removed_and_none_is_made_after_close(tmp_path: Path) -> None:
    folders = TempFolders(tmp_path)
    one, two = folders.new(), folders.new()
    (one / "part-01").write_bytes(b"x" * 1000)
    folders.remove(one)
    assert not one.exists() and two.exists() and folders.active() == [str(two)]
    # A request thread that keeps writing into its folder while the server stops.
    stop = threading.Event()

    def writer() -> None:
        i = 0
        while not stop.is_set():
            try:
                (two / f"part-{i}").write_bytes(b"y")
            except OSError:
                return  # the folder is gone: nothing can be made inside it any more
            i += 1

    t = threading.Thread(target=writer)
    t.start()
    folders.remove_all()
    stop.set()
    t.join(10)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(PageError) as exc:
        folders.new()
    assert exc.value.status == 503 and "завершает работу" in exc.value.message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("ctype,expected", [
    ("multipart/form-data; boundary=abc", "abc"),
    ('multipart/form-data; boundary="a b"', "a b"),
    ("Multipart/Form-Data; boundary=abc", "abc"),
    ("multipart/form-data", None),
    ("multipart/form-data; boundary=", None),
    ("application/x-www-form-urlencoded", None),
    ("multipart/form-data; boundary=" + "b" * 200, "b" * 200),
    ("multipart/form-data; boundary=" + "b" * 201, None),
])
def test_form_boundary(ctype: str, expected: str | None) -> None:
    assert form_boundary(ctype) == expected


def _reader(body: bytes, ctype: str) -> FormReader:
    boundary = form_boundary(ctype)
    assert boundary is not None
    return FormReader(iter([body[i:i + 1000] for i in range(0, len(body), 1000)]), boundary, len(body))


def _folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make() -> Path:
        f = tmp_path / "req"
        f.mkdir()
        return f

    return make


def test_files_past_the_limit_are_counted_not_kept(tmp_path: Path) -> None:
    files = [(f"отчёт-{i}.txt", secrets.token_bytes(3000)) for i in range(5)]
    body, ctype = multipart({"token": "T"}, files)
    form = _reader(body, ctype)
    assert form.token_first("T")
    up = form.rest(keep=lambda s: True, folder=_folder(tmp_path), max_files=3)
    assert up.count == 5 and len(up.files) == 3
    assert [p.read_bytes() for _s, p in up.files if p is not None] == [d for _n, d in files[:3]]
    assert sorted(p.name for p in (tmp_path / "req").iterdir()) == ["part-01", "part-02", "part-03"]


@pytest.mark.parametrize("size,ok", [(MAX_FIELD - 1, True), (MAX_FIELD, True), (MAX_FIELD + 1, False)])
def test_a_field_longer_than_a_form_of_ours_is_refused(tmp_path: Path, size: int, ok: bool) -> None:
    body, ctype = multipart({"token": "T", "profile": "p" * size}, [("a.txt", b"x")])
    form = _reader(body, ctype)
    assert form.token_first("T")
    if ok:
        up = form.rest(keep=lambda s: True, folder=_folder(tmp_path), max_files=3)
        assert up.fields["profile"] == "p" * size
    else:
        with pytest.raises(PageError) as exc:
            form.rest(keep=lambda s: True, folder=_folder(tmp_path), max_files=3)
        assert exc.value.status == 400 and "не удалось разобрать" in exc.value.message


def test_a_form_cut_short_is_refused(tmp_path: Path) -> None:
    body, ctype = multipart({"token": "T"}, [("a.txt", b"x" * 5000)])
    form = _reader(body[:-100], ctype)
    assert form.token_first("T")
    with pytest.raises(PageError) as exc:
        form.rest(keep=lambda s: True, folder=_folder(tmp_path), max_files=3)
    assert exc.value.status == 400


def test_file_names_in_utf8_and_with_quotes_survive(tmp_path: Path) -> None:
    body, ctype = multipart({"token": "T"}, [('Отчёт «школы» "№ 5".docx', b"PK")])
    form = _reader(body, ctype)
    assert form.token_first("T")
    up = form.rest(keep=lambda s: True, folder=_folder(tmp_path), max_files=3)
    assert up.files[0][0] == 'Отчёт «школы» "№ 5".docx'
