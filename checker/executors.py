"""Where the per-file work runs: in this process, in local worker processes, or on a Dask cluster.

Every executor does the same thing — for each file index of `todo`, read the file, structure it,
run the per-report rules (and the corpus rules' `extract`), and hand the `FileResult` to
`done(i, result)` in this process — so the corpus pass (`engine.CorpusPass`), the cache, the
progress bar and the reporters do not care where the work ran, and the results are identical.

* `SerialExecutor` — this process, one file after another (`--jobs 1`);
* `ProcessExecutor` — local worker processes (`--jobs N`, the default: one per core), with the
  engine's isolation of files that kill their worker;
* `DaskExecutor` — a Dask distributed cluster (`--executor dask`, optionally `--scheduler
  tcp://host:8786`; without a scheduler a `LocalCluster` of `--jobs` worker processes is started
  and stopped with the run). The file is read here (within the size limits) and its bytes are
  sent to a worker, so the workers need repcheck installed (same version, same plugins and
  profiles) but not the files. Results come back as they finish, at most a few per worker in
  flight, so memory stays bounded whatever the number of files. Cached results are taken here
  and new ones stored here.

Why Dask and not Ray: the work is a plain map of a picklable function over files with
results streamed back, which `distributed` does with ordinary processes, pure-Python wheels, a
`LocalCluster` for tests and a one-line scheduler/worker start on other machines
(`dask scheduler`, `dask worker tcp://host:8786`); Ray brings a ~100 MB native runtime and an
object store built for large shared arrays, which this workload does not have (see BENCHMARKS.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from repcheck.config import ConfigError

if TYPE_CHECKING:
    from repcheck.engine import FileResult, Settings

Done = Callable[[int, "FileResult"], None]
EXECUTORS = ("local", "dask")


class Executor:
    """Runs `check(files, todo, settings, done)`: every index of `todo` gets exactly one `done`."""

    name = "executor"

    def check(self, files: list[Path], todo: list[int], settings: Settings, done: Done) -> None:
        raise NotImplementedError


class SerialExecutor(Executor):
    name = "serial"

    def check(self, files: list[Path], todo: list[int], settings: Settings, done: Done) -> None:
        from repcheck.engine import _safe_check

        for i in todo:
            done(i, _safe_check(files[i], settings))


class ProcessExecutor(Executor):
    """Local worker processes (spawned, not forked); a worker that dies takes down only its file.

    The pool is renewed every `per_worker` files a worker: the workers' caches (lemmas,
    normalised texts, heading scores, shingle hashes) grow with every new text they see, to some
    hundreds of MB a worker over thousands of files; fresh workers keep a long run's memory flat
    for ~1 s of start-up per renewal. (ProcessPoolExecutor's max_tasks_per_child would do it
    without the pause at each renewal, but it hangs on Python 3.11.)"""

    name = "processes"

    def __init__(self, jobs: int, per_worker: int = 1000) -> None:
        self.jobs = jobs
        self.per_worker = per_worker

    def check(self, files: list[Path], todo: list[int], settings: Settings, done: Done) -> None:
        from repcheck.engine import _check_parallel

        batch = max(1, self.per_worker * self.jobs)
        for start in range(0, len(todo), batch):
            _check_parallel(files, todo[start : start + batch], settings, self.jobs, done)


def local_executor(jobs: int, files: int) -> Executor:
    return SerialExecutor() if jobs <= 1 or files <= 1 else ProcessExecutor(jobs)


class DaskExecutor(Executor):
    """Dask distributed: a scheduler's address, or a LocalCluster of `workers` processes."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None, in_flight: int = 4) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.in_flight = in_flight  # tasks per worker thread submitted ahead

    def _connect(self) -> tuple[Any, Any]:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise ConfigError(
                "--executor dask: нужен пакет dask[distributed]: pip install 'repcheck[dask]' "
                f"(the optional Dask dependency is not installed: {exc})"
            ) from exc
        if self.scheduler:
            try:
                return Client(self.scheduler, timeout="30s"), None
            except OSError as exc:
                raise ConfigError(f"--scheduler {self.scheduler}: не удалось подключиться к планировщику Dask: {exc}") from exc
        import logging

        cluster = LocalCluster(n_workers=self.workers or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster

    def check(self, files: list[Path], todo: list[int], settings: Settings, done: Done) -> None:
        from dask.distributed import as_completed

        from repcheck import engine
        from repcheck.reader import ReaderError

        cache = engine._cache_for(settings.cache)
        remote = engine.Settings(config=settings.config, cache=None, skip_corpus=settings.skip_corpus)  # the cache stays here
        client, cluster = self._connect()
        try:
            slots = max(1, sum(client.nthreads().values())) * self.in_flight
            run_id = uuid.uuid4().hex[:12]
            pending: dict[str, tuple[int, str | None]] = {}
            queue = iter(todo)
            stream = as_completed()

            def submit_next() -> bool:
                for i in queue:
                    path = files[i]
                    try:
                        data = engine.read_bytes(path, settings.config)
                    except ReaderError as exc:
                        done(i, engine._error_result(path, exc.ru, exc.en))
                        continue
                    key = cache.key(data) if cache is not None else None
                    fut = client.submit(_dask_check, str(path), data, remote, key=f"repcheck-{run_id}-{i}", pure=False)
                    pending[fut.key] = (i, key)
                    stream.add(fut)
                    return True
                return False

            for _ in range(slots):
                if not submit_next():
                    break
            for fut in stream:
                i, key = pending.pop(fut.key)
                try:
                    result = fut.result()
                except ConfigError:
                    raise
                except Exception as exc:  # noqa: BLE001 - KilledWorker (the file took its worker down) and the like
                    result = _failed(files[i], exc)
                else:
                    if cache is not None and key is not None:
                        cache.put(key, result)
                fut.release()
                done(i, result)
                submit_next()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _failed(path: Path, exc: Exception) -> FileResult:
    from repcheck.engine import _crashed, _error_result

    if type(exc).__name__ == "KilledWorker":
        return _crashed(path)
    return _error_result(path, f"внутренняя ошибка: {type(exc).__name__}: {exc}", f"internal error: {type(exc).__name__}: {exc}")


def _dask_check(path: str, data: bytes, settings: Settings) -> FileResult:
    """The task run on a Dask worker: the file's bytes → its result (never raises for a bad file).

    The per-file time limit is not enforced here: it needs the main thread of a process
    (SIGALRM), and Dask runs tasks in worker threads."""
    from repcheck import engine, limits

    p = Path(path)
    try:
        with limits.applied(settings.config.limits):
            return engine._check_data(p, data, settings)
    except ConfigError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever happens, the file gets an entry
        return engine._error_result(p, f"внутренняя ошибка при проверке файла: {type(exc).__name__}: {exc}",
                                    f"internal error while checking the file: {type(exc).__name__}: {exc}")


def make_executor(name: str | None, *, jobs: int, scheduler: str | None = None) -> Executor | None:
    """The executor the command line asks for; None: the local default chosen by `jobs`."""
    if scheduler and name not in (None, "dask"):
        raise ConfigError("--scheduler задаётся только с --executor dask")
    if name == "dask" or scheduler:
        return DaskExecutor(scheduler=scheduler, workers=jobs)
    if name in (None, "local"):
        return None
    raise ConfigError(f"неизвестный исполнитель «{name}»; доступны: {', '.join(EXECUTORS)}")
