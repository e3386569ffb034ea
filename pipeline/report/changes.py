"""rescreen.csv: the flags a re-screen added and cleared, one row per applicant and flag.

Columns: ``window, applicant_id, name, change, code, severity, message, file, page, evidence,
rule, status`` — ``change`` is ``new`` or ``cleared``; ``status`` is the applicant's status
after the re-screen. UTF-8 with a BOM, owner-readable only, like the other CSV outputs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.atomic import private_dir
from pipeline.model import ApplicantResult
from pipeline.report.tables import flag_row, status_of, write_csv
from pipeline.store import FlagChange

CHANGE_COLUMNS = ("window", "applicant_id", "name", "change", "code", "severity", "message", "file",
                  "page", "evidence", "rule", "status")
CHANGE_LABELS = {"new": "新增", "cleared": "解除"}


def change_rows(changes: Iterable[tuple[ApplicantResult, FlagChange]]) -> list[dict[str, object]]:
    """Rows of rescreen.csv, by window, applicant, change and flag order."""
    rows = []
    for result, change in changes:
        rows.append({**flag_row(change.flag), "window": change.window, "name": result.name,
                     "change": change.change, "status": status_of(result)})
    return sorted(rows, key=lambda r: (r["window"], r["applicant_id"], r["change"] != "new"))


def write_changes(rows: Iterable[dict[str, object]], path: Path) -> None:
    """Write rescreen.csv (the folder is created, for its owner only)."""
    private_dir(path.parent)
    write_csv(path, CHANGE_COLUMNS, rows)


def summary_lines(rows: Iterable[dict[str, object]], limit: int = 40) -> list[str]:
    """One console line per change (Chinese label, code, message), at most `limit`."""
    rows = list(rows)
    lines = [f"  {r['window']}/{r['applicant_id']} "
             f"{CHANGE_LABELS.get(str(r['change']), r['change'])} "
             f"{r['code']}（{r['severity']}）：{r['message']}" for r in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"  … {len(rows) - limit} more in rescreen.csv")
    return lines
