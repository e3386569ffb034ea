"""Where a flow's tasks run: a thread pool in this process, or an existing Dask cluster.

    runner = task_runner(workers=2)                             # ThreadPoolTaskRunner
    runner = task_runner(dask_address="tcp://10.0.0.5:8786")    # prefect_dask.DaskTaskRunner
    screen_window.with_options(task_runner=runner)(window=..., out=...)

A Dask worker runs the same task code in another process, maybe on another machine, so:

- every worker has credcheck installed (same version as here; :func:`check_cluster` checks);
- the window folder, the OCR cache, the output folder (archives are unpacked under
  ``<out>/.work``) and the year store are on paths that mean the same on every worker: a
  shared filesystem mounted at the same place (:func:`check_cluster` checks the window);
- a worker that dies (killed, out of memory, its machine lost) takes its tasks with it: the
  scheduler runs each again on another worker, up to ``distributed.scheduler.allowed-failures``
  times (the scheduler's setting, 3 by default; :func:`check_cluster` reports it), so its
  applicants are screened in the same run; past that the task fails (``KilledWorker``) and the
  applicant is "not screened", screened by the next run. Uploads read in reader processes
  (``readers="process"``, :mod:`pipeline.read.isolated`) keep a crash in native code from
  taking the worker at all;
- the workers report task runs to the Prefect API named in the settings the flow sends them.
  Without ``PREFECT_API_URL`` a worker would start a temporary API of its own and fail, so
  :func:`api_for_workers` starts this process's temporary API up front and names it; that one
  listens on 127.0.0.1, so workers on other machines need ``PREFECT_API_URL`` set to a Prefect
  server they can reach (:func:`check_cluster` refuses the combination).

Large read-only arguments go through :func:`share`: Prefect walks every task argument looking
for futures (``visit_collection``), which costs seconds per task for the check context (the
suspect-journal index, the pension table), and a Dask task would carry the context in each
message; a :class:`Shared` handle is opaque to Prefect and sends the value to each worker once.
Scattered data is not recomputable, and the scheduler's active memory manager
(``ReduceReplicas``, on by default) drops the broadcast copies no queued task is waiting for:
a lost worker may take the only copy, and the scheduler then cancels every task that needs it
("lost dependencies", then "already forgotten"). :func:`lost_shared_input` recognises that, so
the flow shares the value again and resubmits those tasks.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pipeline.errors import CredcheckError, ExitCode, MissingDependency

if TYPE_CHECKING:
    from prefect.futures import PrefectFuture
    from prefect.task_runners import TaskRunner

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_WORKERS = 2  # threads of the local pool: the review office's machines have few cores

log = logging.getLogger("credcheck.runners")


class ClusterError(CredcheckError):
    """The Dask cluster cannot run this window (unreachable, no workers, paths not shared)."""

    exit_code = ExitCode.other_error


def task_runner(*, workers: int | None = None, dask_address: str | None = None) -> TaskRunner:
    """A thread pool of `workers` threads, or a runner on the Dask scheduler at `dask_address`."""
    if dask_address:
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as error:  # pragma: no cover - a core dependency
            raise MissingDependency("--dask-address needs prefect-dask: "
                                    f"pip install prefect-dask ({error})") from error
        return DaskTaskRunner(address=scheduler_address(dask_address))
    from prefect.task_runners import ThreadPoolTaskRunner

    if workers is not None and workers < 1:
        raise CredcheckError(f"--workers must be at least 1, not {workers}")
    return ThreadPoolTaskRunner(max_workers=workers or DEFAULT_WORKERS)


def threads_per_process(runner: TaskRunner) -> int:
    """How many tasks run at once in one process: the thread pool's size; 1 for a Dask
    runner, whose tasks each count their worker's threads (:func:`worker_threads`)."""
    if getattr(runner, "address", None):
        return 1
    return int(getattr(runner, "_max_workers", None) or getattr(runner, "max_workers", None) or 1)


def worker_threads() -> int | None:
    """The threads of the Dask worker this code runs on; None outside one."""
    if "distributed" not in sys.modules:  # never imported: not a Dask worker
        return None
    try:
        from distributed import get_worker

        return int(get_worker().state.nthreads)
    except (ImportError, ValueError, AttributeError):  # ValueError: not in a worker
        return None


def scheduler_address(address: str) -> str:
    """`host:port` or `scheme://host:port`; a bare `host:port` gets ``tcp://``.

    >>> scheduler_address("127.0.0.1:8786")
    'tcp://127.0.0.1:8786'
    >>> scheduler_address("tls://dask.example:8786")
    'tls://dask.example:8786'
    """
    address = address.strip()
    if "://" not in address:
        address = "tcp://" + address
    _scheme, _, rest = address.partition("://")
    host, _, port = rest.rpartition(":")
    if not host or not port.isdigit():
        raise CredcheckError(f"--dask-address {address!r} is not scheme://host:port (e.g. tcp://10.0.0.5:8786)")
    return address


def describe(runner: TaskRunner) -> str:
    """One line for logs: which runner, how wide, or which scheduler."""
    address = getattr(runner, "address", None)
    if address:
        return f"dask {address}"
    return f"threads {getattr(runner, '_max_workers', None) or getattr(runner, 'max_workers', '?')}"


@contextmanager
def api_for_workers() -> Iterator[str]:
    """Make sure the Prefect API has a URL other processes of this machine can use.

    With ``PREFECT_API_URL`` set this does nothing. In embedded mode it starts the temporary
    API server (as the first flow call would) and sets ``PREFECT_API_URL`` to it for the block,
    so the settings Prefect sends with each task name it. Yields the URL.
    """
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    url = get_current_settings().api.url
    if url:
        yield str(url)
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield server.api_url


# --------------------------------------------------------------------------- shared values
class Shared(Generic[T]):
    """A large read-only task argument that Prefect passes along without looking inside.

    ``get()`` returns the value. On a Dask cluster :func:`share` scatters the handle once to
    every worker and tasks receive the Dask future of it: Dask resolves that to the worker's
    own copy before the task starts, so the value crosses the network once per worker.
    """

    __slots__ = ("_value",)

    def __init__(self, value: T) -> None:
        self._value = value

    def get(self) -> T:
        """The value."""
        return self._value

    def __getstate__(self) -> dict[str, Any]:
        return {"value": self._value}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._value = state["value"]

    def __repr__(self) -> str:
        return f"Shared({type(self._value).__name__})"


def share(value: T) -> Shared[T]:
    """Wrap `value` for the current flow's task runner; on Dask, scatter it to every worker."""
    from prefect.context import FlowRunContext

    handle = Shared(value)
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    if runner is None or not type(runner).__module__.startswith("prefect_dask"):
        return handle
    [future] = runner.client.scatter([handle], broadcast=True, hash=False)  # type: ignore[attr-defined]
    return future  # type: ignore[no-any-return] # Dask hands each task the resolved handle


def lost_shared_input(error: BaseException | None) -> bool:
    """Whether the cluster cancelled a task, not the task failing: Dask's
    ``FutureCancelledError`` ("lost dependencies" when the scattered value it needs went with a
    worker, "already forgotten" when the scheduler dropped the key after that). This run never
    cancels a task itself (a stop ends the wait first), so the task is worth resubmitting with
    the value shared again; a task that failed or kept killing workers (``KilledWorker``) is
    not."""
    return type(error).__name__ == "FutureCancelledError"


# --------------------------------------------------------------------------- results
def collect(
    futures: Sequence[PrefectFuture[R]],
    on_done: Callable[[int, R | None, BaseException | None], None],
) -> list[R | None]:
    """Results in submission order; `on_done(index, result, error)` as each task finishes.

    A task that failed outright (its worker died, say) gives None and its exception to
    `on_done` instead of failing the run: the caller decides what the applicant's row says.
    A stop request (:mod:`flows.stop`) raises :class:`~flows.stop.Interrupted` while waiting,
    never inside `on_done`.
    """
    from prefect.futures import as_completed

    from flows import stop

    index = {id(f): i for i, f in enumerate(futures)}
    results: list[R | None] = [None] * len(futures)
    finished = as_completed(list(futures))
    while True:
        with stop.interruptible():  # a signal while waiting stops the run here
            future = next(finished, None)
        if future is None:
            break
        i = index[id(future)]
        try:
            results[i] = future.result()
        except Exception as error:  # noqa: BLE001 - one applicant's failure is not the run's
            on_done(i, None, error)
            continue
        on_done(i, results[i], None)
    return results


# --------------------------------------------------------------------------- preflight
@dataclass(frozen=True)
class ClusterInfo:
    """What :func:`check_cluster` found."""

    address: str
    workers: int
    threads: int
    hosts: tuple[str, ...]
    allowed_failures: int | None = None  # the scheduler's: how often a lost worker's task reruns

    def line(self) -> str:
        """One line for the terminal."""
        retried = ("" if self.allowed_failures is None else
                   f"; a task whose worker dies is run again up to {self.allowed_failures} time(s)")
        return (f"dask {self.address}: {self.workers} worker(s), {self.threads} thread(s) "
                f"on {', '.join(self.hosts)}{retried}")


def check_cluster(address: str, shared_paths: Sequence[Path], *,
                  timeout: float = 10.0) -> ClusterInfo:
    """Connect to the scheduler and check that its workers can run a window.

    Raises ClusterError with one line when the scheduler cannot be reached, has no workers,
    a worker lacks credcheck or cannot see one of `shared_paths`, or workers on other
    machines would have to reach the temporary Prefect API of this process.
    """
    try:
        from distributed import Client
    except ImportError as error:  # pragma: no cover - a core dependency
        raise MissingDependency(f"--dask-address needs dask[distributed] ({error})") from error
    address = scheduler_address(address)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({error})") from error
    try:
        workers = client.scheduler_info(n_workers=-1).get("workers", {})
        if not workers:
            raise ClusterError(f"the Dask scheduler at {address} has no workers")
        threads = sum(int(w.get("nthreads", 0)) for w in workers.values())
        try:
            versions = client.run(_worker_facts)
        except Exception as error:  # noqa: BLE001 - e.g. ModuleNotFoundError on the worker
            raise ClusterError(f"Dask workers at {address} cannot run credcheck "
                               f"(is it installed there?): {type(error).__name__}: {error}"
                               ) from error
        mine = _worker_facts()
        for worker, facts in sorted(versions.items()):
            if facts["version"] != mine["version"]:
                raise ClusterError(f"Dask worker {worker} runs credcheck {facts['version']}, "
                                   f"this machine {mine['version']}: install the same version")
        for path in shared_paths:
            seen = client.run(os.path.exists, str(path))
            blind = sorted(w for w, ok in seen.items() if not ok)
            if blind:
                raise ClusterError(f"Dask worker {blind[0]} cannot see {path}: workers need the "
                                   "window, the OCR cache and the output folder on a shared path")
        hosts = tuple(sorted({str(f["host"]) for f in versions.values()}))
        _check_api_reachable(hosts, str(mine["host"]))
        try:
            allowed = int(client.run_on_scheduler(_allowed_failures))
        except Exception:  # noqa: BLE001 - a scheduler that will not run it: not known
            allowed = None
        return ClusterInfo(address, len(workers), threads, hosts, allowed)
    finally:
        client.close()


def _allowed_failures() -> int:
    """On the scheduler: how many times a task whose worker died is run again before it fails
    (``distributed.scheduler.allowed-failures``, 3 unless the cluster's config says otherwise)."""
    import dask

    return int(dask.config.get("distributed.scheduler.allowed-failures"))


def _worker_facts() -> dict[str, str]:
    from importlib.metadata import version

    return {"host": socket.gethostname(), "version": version("credcheck")}


def _check_api_reachable(worker_hosts: Sequence[str], here: str) -> None:
    from prefect.settings import get_current_settings

    if get_current_settings().api.url:
        return  # a Prefect server the user chose
    remote = [h for h in worker_hosts if h != here]
    if remote:
        raise ClusterError(
            f"Dask workers on {', '.join(remote)} cannot report to this run's temporary Prefect "
            "API (it listens on 127.0.0.1): set PREFECT_API_URL to a Prefect server they can reach"
        )
