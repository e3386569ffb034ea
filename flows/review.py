"""`credcheck review`: reviewers' decisions on flags from the command line.

    credcheck review confirm|dismiss <applicant_id> <CODE> [--file NAME] [--window NAME]
                     --note TEXT [--by NAME] [--store FILE|URL] [--out DIR]
    credcheck review publish --out DIR [--window NAME] [--store FILE|URL]
    credcheck review list [--window NAME] [--open|--confirmed|--dismissed] [--store FILE|URL]
    credcheck review log --csv FILE [--window NAME] [--store FILE|URL]
    credcheck review serve --out DIR [--window NAME] [--store FILE|URL] [--host 127.0.0.1]
                     [--port N] [--token T] [--no-publish]
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from pipeline import decisions
from pipeline.errors import CredcheckError, ExitCode
from pipeline.store import Store, default_store

LOG_COLUMNS = ("id", "at", "window", "applicant_id", "code", "file", "fingerprint", "by",
               "from_state", "to_state", "kind", "note")


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``review confirm|dismiss|list|log|serve`` to a CLI; each sets ``func``."""
    parser = subparsers.add_parser("review",
                                   help="审核决定：确认或排除风险提示 (confirm or dismiss flags)")
    actions = parser.add_subparsers(dest="review_action", required=True)
    for name, text in (("confirm", "确认风险提示 (confirm a flag)"),
                       ("dismiss",
                        "排除风险提示，须写明理由 (dismiss a flag; a note is required)")):
        p = actions.add_parser(name, help=text)
        p.add_argument("applicant_id")
        p.add_argument("code", metavar="CODE")
        p.add_argument("--file", help="the upload the flag is about (when the code is on several)")
        p.add_argument("--window", help="the window (when the applicant id is in several)")
        p.add_argument("--fingerprint",
                       help="the flag's fingerprint, or its start (several on one file)")
        p.add_argument("--note", required=name == "dismiss", default="", help="why (审核意见)")
        p.add_argument("--by", default=None, help="the reviewer (default: the OS user)")
        p.add_argument("--out", type=Path, default=None,
                       help="the run's output folder: its static reports show the decision at once")
        _store_option(p)
        p.set_defaults(func=_decide, state="confirmed" if name == "confirm" else "dismissed")

    p = actions.add_parser("list", help="列出风险提示及其审核状态 (flags and their decisions)")
    p.add_argument("--window", help="only this window (default: every window in the store)")
    which = p.add_mutually_exclusive_group()
    for state in decisions.STATES:
        which.add_argument(f"--{state}", dest="only", action="store_const", const=state,
                           help=f"only {state} flags")
    _store_option(p)
    p.set_defaults(func=_list)

    p = actions.add_parser("log", help="导出审核记录 (export the decision log)")
    p.add_argument("--csv", type=Path, required=True, help="the CSV file to write")
    p.add_argument("--window", help="only this window")
    _store_option(p)
    p.set_defaults(func=_log)

    p = actions.add_parser("publish", help="把审核决定写入静态报告 (rewrite the static reports and "
                           "flags.csv from the store's decisions, nothing screened)")
    p.add_argument("--out", type=Path, required=True, help="the output folder of `credcheck run`")
    p.add_argument("--window", help="the window (default: the one whose applicants are in --out)")
    _store_option(p)
    p.set_defaults(func=_publish)

    p = actions.add_parser("serve", help="在浏览器中审核 (the reports with decision controls)")
    p.add_argument("--out", type=Path, required=True, help="the output folder of `credcheck run`")
    p.add_argument("--window", help="the window (default: the one whose applicants are in --out)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    p.add_argument("--token", default=None, help="access token, required off loopback "
                   "(default: $CREDCHECK_REVIEW_TOKEN)")
    p.add_argument("--no-publish", dest="publish_static", action="store_false",
                   help="leave the static reports in --out as the last run wrote them "
                   "(default: each decision is written to them too)")
    _store_option(p)
    p.set_defaults(func=_serve)
    return parser


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", help="results store: an SQLite file or a postgresql:// URL "
                        "(default: $CREDCHECK_STORE, else $CREDCHECK_HOME/store.sqlite)")


def _open(args: argparse.Namespace) -> Store:
    return Store(args.store or default_store())


def _decide(args: argparse.Namespace) -> int:
    from pipeline.report.publish import publish, window_of, window_policy

    store = _open(args)
    chosen = args.window
    if args.out is not None:  # the outputs to update name the window; checked before deciding
        shown = window_of(args.out, store)
        if chosen is not None and chosen != shown:
            raise decisions.ReviewError(f"{args.out} holds the outputs of window {shown!r}, "
                                        f"not {chosen!r}")
        chosen = shown
    window = decisions.find_window(store, args.applicant_id, chosen)
    flag = decisions.find_flag(store, window, args.applicant_id, args.code, args.file,
                               args.fingerprint)
    if args.out is not None:
        window_policy(store, window)  # the outputs can be counted: else refuse before deciding
    entry = decisions.decide(store, window, flag, args.state, args.by or getpass.getuser(),
                             args.note)
    where = f" {entry.file}" if entry.file else ""
    print(f"{window} {entry.applicant_id} {entry.code}{where}: "
          f"{entry.from_state} -> {entry.to_state} by {entry.by} at {entry.at}")
    if args.out is not None:
        try:
            print(publish(store, args.out, window, applicants=[entry.applicant_id]).line())
        except (CredcheckError, OSError) as error:
            raise decisions.ReviewError(f"the decision is recorded, but {args.out} was not "
                                        f"updated: {error} "
                                        "(`credcheck review publish --out` updates it)") from None
    return ExitCode.ok


def _publish(args: argparse.Namespace) -> int:
    from pipeline.report.publish import publish

    print(publish(_open(args), args.out, args.window).line())
    return ExitCode.ok


def _list(args: argparse.Namespace) -> int:
    store = _open(args)
    windows = [args.window] if args.window else store.window_names()
    shown = 0
    for window in windows:
        reported = {aid: flags for aid, (_status, flags) in store.reported(window).items()}
        for aid, flags in sorted(decisions.with_decisions(store, window, reported,
                                                          log_reopened=False).items()):
            for flag in flags:
                decision = flag.decision
                assert decision is not None
                if args.only and decision.state != args.only:
                    continue
                shown += 1
                changed = " [证据已变化]" if decision.evidence_changed else ""
                by = (f" {decision.by} {decision.at} {decision.note}"
                      if decision.state != "open" else "")
                print(f"{window}\t{aid}\t{flag.code}\t{flag.file or '-'}\t{flag.fingerprint[:8]}\t"
                      f"{decision.state}{changed}{by}".rstrip())
    print(f"{shown} flag(s)")
    return ExitCode.ok


def _log(args: argparse.Namespace) -> int:
    from pipeline.report.tables import write_csv

    entries = _open(args).decision_log(args.window)
    write_csv(args.csv, LOG_COLUMNS,
              ({name: getattr(e, name) for name in LOG_COLUMNS} for e in entries))
    print(f"{len(entries)} decision log entries -> {args.csv}")
    return ExitCode.ok


def _serve(args: argparse.Namespace) -> int:
    from pipeline.review_server import serve

    return serve(args.out, _open(args), host=args.host, port=args.port, token=args.token,
                 window=args.window, publish_static=args.publish_static)
