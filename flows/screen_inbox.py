"""The scheduled deployment: screen every intake window of an inbox, incrementally.

Each run of :func:`screen_inbox`

1. re-screens the stored results of the inbox's review years when the suspect-journal list
   changed since they were made (:func:`flows.rescreen_journals.rescreen_journals`; the
   changes go to ``<out>/_rescreen/<run>/rescreen.csv``), then
2. runs :func:`flows.screen_window.screen_window` on every window folder of the inbox
   (``<inbox>/<window>/applicants/``) into ``<out>/<window>/``. Only new or changed applicants
   are read; the rest come from the store, so a run over an unchanged inbox is cheap and
   rewrites identical reports, and a run that crashed is completed by the next one.

One window that cannot be screened (a broken window.toml, say) is logged and the others go
on; the flow run then fails, naming it. :func:`build_deployment` makes the deployment that
``credcheck serve`` serves on a cron schedule; ``prefect.yaml`` describes the same one for
``prefect deploy``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.schedules import Cron

import blacklists
from flows.rescreen_journals import RescreenSummary, own_lists, rescreen_journals
from flows.screen_window import RunSummary, screen_window
from pipeline.errors import CredcheckError
from pipeline.journals import Blacklist
from pipeline.store import Store, default_store

DEPLOYMENT_NAME = "credcheck-inbox"
DEFAULT_CRON = "0 2 * * *"  # every night at 02:00
DEFAULT_TIMEZONE = "Asia/Shanghai"
RESCREEN_DIR = "_rescreen"


class InboxError(CredcheckError):
    """Some windows of the inbox could not be screened."""


@dataclass
class InboxSummary:
    """What one pass over the inbox did."""

    windows: list[RunSummary] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # window -> why
    rescreen: RescreenSummary | None = None

    def lines(self) -> list[str]:
        """Lines for the terminal and the log."""
        out = [self.rescreen.line] if self.rescreen else []
        out += [w.line() for w in self.windows]
        out += [f"{name}: not screened: {why}" for name, why in sorted(self.failed.items())]
        return out


def find_windows(inbox: Path) -> list[Path]:
    """Window folders of an inbox (those holding ``applicants/``), by name.

    Folders whose name starts with ``.`` or ``_`` are skipped (work and report folders).
    """
    if not inbox.is_dir():
        raise InboxError(f"{inbox}: inbox is not a folder")
    return sorted(p for p in inbox.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_"))
                  and (p / "applicants").is_dir())


def stale_years(store: Store, windows: list[Path], list_version: str,
                own_list: Callable[[str], Blacklist | None] | None = None) -> set[int]:
    """Review years of the inbox's known windows with results made with another list than the
    one their window is screened with (`own_list(window)`, if any, else `list_version`)."""
    years = set()
    for window in windows:
        info = store.window_info(window.name)
        if info is not None:
            years.add(info.review_year)

    def expected(window: str) -> str:
        own = own_list(window) if own_list else None
        return own.version if own is not None else list_version

    return {y for y in years
            if any(versions - {expected(w)} for w, versions in store.window_versions(y).items())}


@flow(name="screen-inbox", log_prints=False)
def screen_inbox(
    inbox: str,
    out: str,
    store: str | None = None,
    blacklist: str | None = None,
    engine: str = "rapidocr",
    cache_dir: str | None = None,
    policy: str | None = None,
) -> InboxSummary:
    """Screen every window of `inbox` into `out`/<window>, re-screening first on a list change."""
    logger = get_run_logger()
    inbox_dir, out_dir = Path(inbox), Path(out)
    store_location = store or default_store()
    suspect = blacklists.load(Path(blacklist) if blacklist else None)
    windows = find_windows(inbox_dir)
    summary = InboxSummary()
    results = Store(store_location)
    years = stale_years(results, windows, suspect.version,
                        None if blacklist else own_lists(results))
    for year in sorted(years):
        logger.info("suspect-journal list changed (now %s): re-screening %s",
                    suspect.version[:12], year)
        result = rescreen_journals(store=store_location,
                                   blacklist=Path(blacklist) if blacklist else None,
                                   review_year=year,
                                   out=out_dir / RESCREEN_DIR / f"{year}-{suspect.version[:12]}")
        summary.rescreen = result
        for line in result.details:
            logger.info(line)
    for window in windows:
        try:
            summary.windows.append(screen_window(
                window=window, out=out_dir / window.name, policy=policy,
                blacklist=Path(blacklist) if blacklist else None, store=store_location,
                engine=engine,
                cache_dir=Path(cache_dir) if cache_dir else None,
            ))
        except Exception as exc:  # noqa: BLE001 - one bad window must not stop the others
            logger.error("%s: not screened: %s", window.name, exc)
            summary.failed[window.name] = str(exc)
    for line in summary.lines():
        logger.info(line)
    if summary.failed:
        raise InboxError("windows not screened: "
                         + "; ".join(f"{k}: {v}" for k, v in sorted(summary.failed.items())))
    return summary


def build_deployment(
    inbox: Path,
    out: Path,
    cron: str = DEFAULT_CRON,
    *,
    timezone: str = DEFAULT_TIMEZONE,
    name: str = DEPLOYMENT_NAME,
    **parameters: Any,
) -> Any:
    """The deployment `credcheck serve` serves: :func:`screen_inbox` on a cron schedule.

    One run at a time (``concurrency_limit=1``): a window must never be screened by two runs
    at once, and a long run simply delays the next tick.
    """
    params = {"inbox": str(Path(inbox).absolute()), "out": str(Path(out).absolute())}
    params.update({k: str(v) if isinstance(v, Path) else v for k, v in parameters.items()
                   if v is not None})
    return screen_inbox.to_deployment(
        name=name, schedules=[Cron(cron, timezone=timezone)], parameters=params,
        concurrency_limit=1, description="Screen every intake window of the inbox, incrementally; "
        "re-screen the journal rules when the suspect-journal list changes.",
        tags=["credcheck"],
    )
