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

import multiprocessing
import uuid
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from repcheck import pipeline
from repcheck.config import ConfigError
from repcheck.pipeline import Settings, _crashed, _error_result, _safe_check, _worker

if TYPE_CHECKING:
    from repcheck.models.results import FileResult

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

        from repcheck.reader import ReaderError

        cache = pipeline._cache_for(settings.cache)
        remote = pipeline.Settings(config=settings.config, cache=None, skip_corpus=settings.skip_corpus)  # the cache stays here
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
                        data = pipeline.read_bytes(path, settings.config)
                    except ReaderError as exc:
                        done(i, pipeline._error_result(path, exc.ru, exc.en))
                        continue
                    key = cache.key(data, path.suffix) if cache is not None else None
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
                    if cache is not None and key is not None and not result.transient:
                        cache.put(key, result)
                fut.release()
                done(i, result)
                submit_next()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _failed(path: Path, exc: Exception) -> FileResult:
    if type(exc).__name__ == "KilledWorker":
        return _crashed(path)
    return _error_result(path, f"внутренняя ошибка: {type(exc).__name__}: {exc}", f"internal error: {type(exc).__name__}: {exc}")


def _dask_check(path: str, data: bytes, settings: Settings) -> FileResult:
    """The task run on a Dask worker: the file's bytes → its result (never raises for a bad file).

    The per-file limits hold here as in local processes: Dask runs tasks in worker threads, where
    no SIGALRM can be used, so the time limit (and the memory limit) is kept by a watchdog thread
    that raises in the task's thread (repcheck.limits.deadline, repcheck.watchdog). Like the
    signal, it stops Python code; a task stuck in native code is not interrupted (Dask's own
    worker health checks and the nanny are the remedy there)."""
    from repcheck import limits

    p = Path(path)
    in_force = settings.config.limits
    if _worker_threads() > 1:  # the process's memory is shared by concurrent tasks: Dask's own limits
        in_force = in_force.model_copy(update={"max_memory_mb": 0})
    try:
        with limits.enforce(in_force):
            return pipeline._check_data(p, data, settings)
    except (limits.FileTimeout, limits.FileMemoryLimit) as exc:
        return pipeline._error_result(p, exc.ru, exc.en, transient=True)
    except ConfigError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever happens, the file gets an entry
        return pipeline._error_result(p, f"внутренняя ошибка при проверке файла: {type(exc).__name__}: {exc}",
                                    f"internal error while checking the file: {type(exc).__name__}: {exc}")


def _worker_threads() -> int:
    """Task threads of the Dask worker running this task (1 when it cannot be told)."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return 1
    state = getattr(worker, "state", worker)
    return int(getattr(state, "nthreads", 1) or 1)


def make_executor(name: str | None, *, jobs: int, scheduler: str | None = None) -> Executor | None:
    """The executor the command line asks for; None: the local default chosen by `jobs`."""
    if scheduler and name not in (None, "dask"):
        raise ConfigError("--scheduler задаётся только с --executor dask")
    if name == "dask" or scheduler:
        return DaskExecutor(scheduler=scheduler, workers=jobs)
    if name in (None, "local"):
        return None
    raise ConfigError(f"неизвестный исполнитель «{name}»; доступны: {', '.join(EXECUTORS)}")


def _check_parallel(files: list[Path], todo: list[int], settings: Settings, jobs: int,
                    done: Callable[[int, FileResult], None]) -> None:
    def internal(i: int, exc: Exception) -> FileResult:
        return _error_result(files[i], f"внутренняя ошибка: {type(exc).__name__}: {exc}",
                             f"internal error: {type(exc).__name__}: {exc}")

    broken: list[int] = []
    ctx = multiprocessing.get_context("spawn")  # no fork: the caller may run threads (progress bar)
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=ctx) as pool:
        futures: dict[Future[FileResult], int] = {pool.submit(_worker, str(files[i]), settings): i for i in todo}
        pending = set(futures)
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in sorted(finished, key=lambda f: futures[f]):
                    i = futures[fut]
                    try:
                        done(i, fut.result())
                    except BrokenProcessPool:
                        broken.append(i)
                    except ConfigError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                        done(i, internal(i, exc))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    # A dead worker breaks the whole pool: re-run the files it took down one by one in a
    # single-worker pool, renewed after each death, so that only the file that kills its
    # process gets the error.
    isolated: ProcessPoolExecutor | None = None
    try:
        for i in sorted(broken):
            if isolated is None:
                isolated = ProcessPoolExecutor(max_workers=1, mp_context=ctx)
            try:
                done(i, isolated.submit(_worker, str(files[i]), settings).result())
            except BrokenProcessPool:
                done(i, _crashed(files[i]))
                isolated.shutdown(wait=True)
                isolated = None
            except ConfigError:
                raise
            except Exception as exc:  # noqa: BLE001
                done(i, internal(i, exc))
    finally:
        if isolated is not None:
            isolated.shutdown(wait=True)


