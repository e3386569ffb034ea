"""The scheduled deployment: what `credcheck serve` builds, and prefect.yaml describing the same."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from flows.screen_inbox import (
    DEFAULT_CRON,
    DEPLOYMENT_NAME,
    build_deployment,
    find_windows,
    screen_inbox,
)

ROOT = Path(__file__).resolve().parents[1]


def test_serve_builds_a_cron_deployment_of_the_inbox_flow(tmp_path):
    deployment = build_deployment(tmp_path / "inbox", tmp_path / "out", "30 1 * * 1-5",
                                  store="postgresql://credcheck@db/credcheck", engine="none")
    [schedule] = deployment.schedules
    assert schedule.schedule.cron == "30 1 * * 1-5"
    assert schedule.schedule.timezone == "Asia/Shanghai"
    assert deployment.name == DEPLOYMENT_NAME and deployment.flow_name == "screen-inbox"
    assert deployment.parameters == {"inbox": str((tmp_path / "inbox").absolute()),
                                     "out": str((tmp_path / "out").absolute()),
                                     "store": "postgresql://credcheck@db/credcheck",
                                     "engine": "none"}
    assert deployment.concurrency_limit == 1


def test_prefect_yaml_describes_the_same_deployment():
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    [deployment] = config["deployments"]
    assert deployment["name"] == DEPLOYMENT_NAME
    path, name = deployment["entrypoint"].split(":")
    assert (ROOT / path).is_file() and name == screen_inbox.fn.__name__
    flow_params = inspect.signature(screen_inbox.fn).parameters
    assert set(deployment["parameters"]) <= set(flow_params)
    required = {n for n, p in flow_params.items() if p.default is inspect.Parameter.empty}
    assert required <= set(deployment["parameters"])
    [schedule] = deployment["schedules"]
    assert schedule["cron"] == DEFAULT_CRON and schedule["timezone"] == "Asia/Shanghai"
    assert deployment["concurrency_limit"] == 1


@pytest.mark.slow  # runs the CLI in a new process (imports Prefect)
def test_serve_without_a_prefect_server_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    done = subprocess.run([sys.executable, "-m", "flows.cli", "serve", "--inbox", str(tmp_path),
                           "--out", str(tmp_path / "out")], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode != 0
    assert "Prefect server" in done.stderr and "PREFECT_API_URL" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_find_windows_skips_work_and_report_folders(tmp_path):
    for name in ("b-2024", "a-2024", "_rescreen", ".tmp", "not-a-window"):
        (tmp_path / name).mkdir()
    for name in ("b-2024", "a-2024", "_rescreen", ".tmp"):
        (tmp_path / name / "applicants").mkdir()
    assert [p.name for p in find_windows(tmp_path)] == ["a-2024", "b-2024"]
