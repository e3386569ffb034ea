"""The Prefect artifacts of the session's real window run: the UI shows a markdown summary
and the applicants table next to the run (read back from the Prefect API)."""

from __future__ import annotations

import csv
import json

import pytest

pytestmark = pytest.mark.slow


def _post(path: str, body: dict) -> list[dict]:
    """POST to the session's Prefect API (REST: the filter bodies omit what they do not filter)."""
    import httpx
    from prefect.settings import PREFECT_API_URL

    reply = httpx.post(f"{PREFECT_API_URL.value()}{path}", json=body, timeout=30)
    reply.raise_for_status()
    return reply.json()


def test_window_run_publishes_summary_and_table(tiny_run, tiny_window):
    with tiny_run.joinpath("applicants.csv").open(encoding="utf-8-sig", newline="") as handle:
        applicants = list(csv.DictReader(handle))
    runs = _post("/flow_runs/filter",
                 {"flows": {"name": {"any_": ["screen-window"]}}, "limit": 200})
    (run,) = [r for r in runs if str(r["parameters"].get("out")) == str(tiny_run)]
    artifacts = {a["key"]: a for a in _post("/artifacts/filter", {
        "artifacts": {"key": {"any_": ["window-summary", "window-applicants"]}}, "limit": 200})
        if a["flow_run_id"] == run["id"]}
    assert set(artifacts) == {"window-summary", "window-applicants"}

    markdown = artifacts["window-summary"]["data"]
    assert markdown.startswith(f"# 职称评审材料核查：{tiny_window.name}")
    assert f"| 申报人 | {len(applicants)} |" in markdown
    ineligible = sum(1 for a in applicants if a["status"] == "ineligible")
    assert f"| 不符合申报条件 | {ineligible} |" in markdown
    for code in {c for a in applicants for c in a["flags"].split()}:
        assert f"`{code}`" in markdown
    assert str(tiny_run / "reports" / "index.html") in markdown

    table = artifacts["window-applicants"]["data"]
    rows = table if isinstance(table, list) else json.loads(table)
    assert [r["申报人编号"] for r in rows] == [a["applicant_id"] for a in sorted(
        applicants, key=lambda a: (-int(a["risk_score"]), a["applicant_id"]))]
    assert {r["状态"] for r in rows} <= {"不符合申报条件", "需人工复核", "未发现问题"}
