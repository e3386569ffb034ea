"""`credcheck`: the command line. Maps every credcheck error to one line and an exit code.

    credcheck run <window> --out <dir> [--policy NAME|FILE] [--blacklist CSV] [--store FILE|URL]
                  [--wait] [--engine NAME] [--cache DIR | --no-cache]
                  [--workers N | --dask-address tcp://HOST:PORT] [--ocr-slots N]
                  [--doc-timeout SECONDS] [--readers process|thread] [--recycle-pages N]
                  [--log-json FILE] [--no-progress]
    credcheck rescreen [--store FILE|URL] [--year YEAR] [--blacklist CSV] [--out DIR] [--force]
    credcheck inbox --inbox DIR --out DIR [run options]     # one pass over an inbox of windows
    credcheck serve --inbox DIR --out DIR [--cron "0 2 * * *"] [run options]
    credcheck evaluate <out> --truth <window>/truth.json
    credcheck explain <CODE>
    credcheck policies
    credcheck blacklist add|remove|import|import-registry|export|list|find|history|check ...
    credcheck review confirm|dismiss|list|log|serve ...      # reviewers' decisions on flags
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from flows import stop
from pipeline.errors import CredcheckError, ExitCode

if TYPE_CHECKING:
    from pipeline.window_run import Loaded


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="credcheck", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="screen an intake window and write the outputs")
    run.add_argument("window", type=Path)
    run.add_argument("--out", type=Path, required=True)
    run.add_argument("--policy",
                     help="a shipped policy name or a policy TOML file (beats window.toml)")
    run.add_argument("--blacklist", type=Path,
                     help="suspect-journal list (default: the window's own suspect_journals.csv, "
                     "else the site's, $CREDCHECK_HOME/suspect_journals.csv)")
    _store_option(run)
    run.add_argument("--wait", action="store_true",
                     help="when another run of the window holds it in the store, wait for it to "
                     "finish (default: refuse with one line naming it)")
    _read_options(run)
    _scale_options(run)

    rescreen = commands.add_parser(
        "rescreen", help="re-run the journal rules on stored results after a suspect-list change")
    _store_option(rescreen)
    rescreen.add_argument("--blacklist", type=Path,
                          help="suspect-journal list for every window (default: "
                          "the site's, or the list a window carries)")
    rescreen.add_argument("--year", type=int, help="only this review year (default: every year)")
    rescreen.add_argument("--out", type=Path,
                          help="folder for rescreen.csv (default: ./rescreen-<list version>)")
    rescreen.add_argument("--force", action="store_true",
                          help="also re-screen results already made with the current list")

    for name, text in (("inbox", "screen every window of an inbox once, incrementally"),
                       ("serve", "serve the inbox deployment on a cron schedule "
                                 "(needs a Prefect server)")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--inbox", type=Path, required=True, help="folder of window folders")
        sub.add_argument("--out", type=Path, required=True,
                         help="outputs: <out>/<window>/, <out>/_rescreen/")
        sub.add_argument("--policy", help="a policy for every window (beats window.toml)")
        sub.add_argument("--blacklist", type=Path,
                         help="suspect-journal list (default: a window's own "
                         "suspect_journals.csv, else the site's)")
        _store_option(sub)
        _read_options(sub)
        if name == "serve":
            sub.add_argument("--cron", default="0 2 * * *",
                             help='cron schedule (default: "0 2 * * *")')
            sub.add_argument("--timezone", default="Asia/Shanghai",
                             help="of the schedule (default: Asia/Shanghai)")
            sub.add_argument("--name", default="credcheck-inbox", help="deployment name")

    evaluate = commands.add_parser("evaluate",
                                   help="precision/recall of a run against a window's truth")
    evaluate.add_argument("out", type=Path, help="the output folder of `credcheck run`")
    evaluate.add_argument("--truth", type=Path, required=True,
                          help="truth.json written by the generator")

    explain = commands.add_parser("explain",
                                  help="what a flag code checks and where the rule comes from")
    explain.add_argument("code")

    commands.add_parser("policies", help="list the shipped policies")

    try:
        from blacklists.admin import register_cli
    except ImportError:  # pragma: no cover - the admin module ships with the package
        pass
    else:
        register_cli(commands)
    from flows import review

    review.register_cli(commands)
    return parser


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", help="results store: an SQLite file or a postgresql:// URL "
                        "(default: $CREDCHECK_STORE, else $CREDCHECK_HOME/store.sqlite)")


def _read_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engine", default="rapidocr",
                        help="OCR engine (default: rapidocr; an unknown name lists the engines "
                             "registered in pipeline/read/engines)")
    parser.add_argument("--cache", type=Path,
                        help="OCR cache folder (default: $CREDCHECK_HOME/ocr-cache)")
    parser.add_argument("--no-cache", action="store_true",
                        help="do not read or write the OCR cache")


def _scale_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, metavar="N",
                       help="applicants screened at once in this process (default: 2)")
    where.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                       help="run the tasks on an existing Dask cluster "
                       "(window, cache and --out on a shared path)")
    parser.add_argument("--ocr-slots", type=int, metavar="N",
                        help="pages in OCR at once per process, over its reader processes "
                        "(default: $CREDCHECK_OCR_SLOTS, else one per worker thread)")
    parser.add_argument("--doc-timeout", type=float, metavar="SECONDS", default=300.0,
                        help="give up reading a document after this long; "
                        "it becomes unreadable (default: 300, 0: none)")
    parser.add_argument("--readers", choices=("process", "thread"), default="process",
                        help="read uploads in a reader process per worker thread, so that a "
                        "crash costs that upload only (default), or in the worker threads")
    parser.add_argument("--recycle-pages", type=int, metavar="N", default=500,
                        help="retire a reader process after N pages (default: 500, 0: never)")
    parser.add_argument("--log-json", metavar="FILE",
                        help="append structured events (JSON lines) to FILE ('-': stderr)")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (it is drawn only on a terminal)")


def _prefect_env() -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # Telemetry would write to the API database from a second task and cannot leave this machine.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # The embedded API server migrates a fresh database on first start: slow on a busy machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")


def _cache(args: argparse.Namespace) -> Path | None:
    from pipeline.store import credcheck_home

    return None if args.no_cache else (args.cache or credcheck_home() / "ocr-cache")


def _run(args: argparse.Namespace) -> int:
    _prefect_env()
    stop.install()  # already in place from main(); here for callers of _run itself
    from flows.screen_window import Preloaded, screen_window

    cache = _cache(args)
    if args.dask_address:  # workers have other working folders: give them absolute paths
        args.window, args.out = args.window.resolve(), args.out.resolve()
        cache = cache.resolve() if cache else None
        if args.store and "://" not in args.store:
            args.store = str(Path(args.store).resolve())
    loaded = _preflight(args)
    from flows import observe, runners

    if args.ocr_slots is not None and args.ocr_slots < 1:
        raise CredcheckError(f"--ocr-slots must be at least 1, not {args.ocr_slots}")
    if args.doc_timeout < 0:
        raise CredcheckError(
            f"--doc-timeout must be 0 (no limit) or more, not {args.doc_timeout:g}")
    if args.recycle_pages < 0:
        raise CredcheckError(f"--recycle-pages must be 0 (never) or more, not {args.recycle_pages}")
    if args.dask_address:
        shared = [args.window, args.out] + ([cache] if cache else [])
        for folder in shared[1:]:
            folder.mkdir(parents=True, exist_ok=True)  # so workers can be asked whether they see it
        print(runners.check_cluster(args.dask_address, shared).line(), file=sys.stderr)
    runner = runners.task_runner(workers=args.workers, dask_address=args.dask_address)
    api = runners.api_for_workers() if args.dask_address else contextlib.nullcontext()
    with api, observe.observing(log_json=args.log_json, progress=not args.no_progress):
        summary = screen_window.with_options(task_runner=runner)(
            window=args.window, out=args.out, policy=args.policy, blacklist=args.blacklist,
            store=args.store, engine=args.engine, cache_dir=cache, ocr_slots=args.ocr_slots,
            doc_seconds=args.doc_timeout or None, preloaded=Preloaded(loaded) if loaded else None,
            wait=args.wait, readers=args.readers, recycle_pages=args.recycle_pages,
        )
    print(summary.line())
    print(f"outputs: {args.out}/applicants.csv flags.csv files.csv units.csv reports/index.html")
    if (late := stop.requested()) is not None:  # the signal came while the outputs were written
        print(f"credcheck: {stop.signal_name(late.signum)} came after every applicant was "
              "screened and the outputs written: the run is complete, nothing to resume",
              file=sys.stderr)
    return ExitCode.ok


def _preflight(args: argparse.Namespace) -> Loaded | None:
    """Fail on an unusable window, policy, list or store with one line, before a flow run starts.

    A window is loaded as the flow loads it (:func:`pipeline.window_run.load`) and returned,
    for the flow to use; without one, None."""
    import blacklists
    from pipeline import window_lock
    from pipeline.store import Store, default_store
    from pipeline.window_run import load

    window = getattr(args, "window", None)
    if window is not None:
        loaded = load(window, args.policy, args.blacklist, args.store)
        busy = (None if getattr(args, "wait", True)
                else window_lock.holder(loaded.store, loaded.window.name))
        if busy is not None:  # refuse before a Prefect server starts; the flow takes the lock
            line = busy.line(loaded.store)
            loaded.store.close()
            raise window_lock.WindowBusy(line)
        return loaded
    blacklists.load(blacklists.list_for(window, args.blacklist))
    Store(args.store or default_store()).close()
    return None


def _rescreen(args: argparse.Namespace) -> int:
    _prefect_env()
    import blacklists
    from flows.rescreen_journals import rescreen_journals

    _preflight(args)
    out = args.out or Path(f"rescreen-{blacklists.load(args.blacklist).version[:12]}")
    summary = rescreen_journals(store=args.store, blacklist=args.blacklist, review_year=args.year,
                                out=out, force=args.force)
    print(summary.line)
    for line in summary.details:
        print(line)
    for line in summary.skipped:
        print(f"  skipped: {line}")
    print(f"report: {summary.report}")
    return ExitCode.ok


def _inbox(args: argparse.Namespace) -> int:
    _prefect_env()
    stop.install()
    from flows.screen_inbox import screen_inbox

    _preflight(args)
    cache = _cache(args)
    summary = screen_inbox(inbox=str(args.inbox), out=str(args.out), store=args.store,
                           blacklist=str(args.blacklist) if args.blacklist else None,
                           engine=args.engine, cache_dir=str(cache) if cache else None,
                           policy=args.policy)
    print("\n".join(summary.lines()))
    return ExitCode.ok


def _serve(args: argparse.Namespace) -> int:
    _prefect_env()
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise CredcheckError(
            "serve needs a Prefect server to schedule runs (the embedded one has no scheduler): "
            "start one with `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api, "
            "or run `credcheck inbox` from an OS timer instead")
    from prefect import serve

    from flows.screen_inbox import build_deployment

    _preflight(args)
    cache = _cache(args)
    deployment = build_deployment(
        args.inbox, args.out, args.cron, timezone=args.timezone, name=args.name, store=args.store,
        blacklist=args.blacklist, engine=args.engine, cache_dir=cache, policy=args.policy)
    print(f"serving {args.name}: {args.inbox} -> {args.out} on cron {args.cron!r} "
          f"({args.timezone}); Ctrl-C stops")
    serve(deployment)
    return ExitCode.ok


def _explain(code: str) -> int:
    from pipeline.checks import ALL_CHECKS

    for rule in ALL_CHECKS:
        if rule.CODE == code.upper():
            print(rule.__doc__)  # type: ignore[attr-defined]
            return ExitCode.ok
    known = ", ".join(sorted(r.CODE for r in ALL_CHECKS))
    raise CredcheckError(f"unknown flag code {code!r}; known codes: {known}")


#: Commands that screen applicants: a signal stops them cleanly (see :mod:`flows.stop`).
STOPPABLE = ("run", "inbox")


def _command(argv: Sequence[str]) -> str | None:
    """The subcommand named in `argv` (its first word that is not an option), if any."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `credcheck` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _command(argv) in STOPPABLE:
        # Before the parser: building it imports the store and the rules (seconds on a busy
        # machine), and a SIGTERM in that time would otherwise kill the process unannounced.
        stop.install()
    try:
        args = _parser().parse_args(argv)
        if args.command == "run":
            return _run(args)
        if args.command == "rescreen":
            return _rescreen(args)
        if args.command == "inbox":
            return _inbox(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "evaluate":
            from pipeline.evaluate import evaluate_run

            print(evaluate_run(args.out, args.truth).render())
            return ExitCode.ok
        if args.command == "explain":
            return _explain(args.code)
        if args.command == "policies":
            from pipeline import policy

            print("\n".join(policy.available()))
            return ExitCode.ok
        return int(args.func(args))
    except CredcheckError as exc:
        print(f"credcheck: error: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except stop.Interrupted as interrupted:  # stopped before the flow could write outputs
        print(f"credcheck: {interrupted}; run again to resume", file=sys.stderr)
        stop.end_process(interrupted.exit_code)
        raise  # pragma: no cover - end_process does not return
    except KeyboardInterrupt:
        print("credcheck: interrupted", file=sys.stderr)
        return int(ExitCode.ctrl_c)


if __name__ == "__main__":
    sys.exit(main())
