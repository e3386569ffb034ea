"""The client's folder names are import names: they must come from this distribution only,
and the installed console script must run."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOP_LEVEL = ("pipeline", "flows", "extractors", "blacklists")


@pytest.mark.parametrize("name", TOP_LEVEL)
def test_top_level_package_is_ours_alone(name):
    module = importlib.import_module(name)
    assert Path(module.__file__).resolve().is_relative_to(ROOT), module.__file__
    owners = set(packages_distributions().get(name, []))
    assert owners <= {"credcheck"}, f"{name} is also provided by {sorted(owners - {'credcheck'})}"


def test_policies_ship_as_package_data_and_no_third_party_list_does():
    import blacklists
    from pipeline import policy

    assert set(policy.available()) >= {"guangan-2023", "qujing-2023", "chongqing-2022",
                                       "xuchang-2023", "liuzhou-2024"}
    package = Path(blacklists.__file__).parent
    assert [p.name for p in package.iterdir()
            if p.suffix in (".csv", ".txt", ".xlsx", ".jsonl")] == []
    assert blacklists.load().missing  # the session's empty site folder: nothing imported


@pytest.mark.slow  # runs the console script (a new process importing Prefect)
def test_console_script_runs():
    script = shutil.which("credcheck", path=str(Path(sys.executable).parent))
    assert script, "the credcheck console script is not installed beside this Python"
    done = subprocess.run([script, "policies"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "liuzhou-2024" in done.stdout
    done = subprocess.run([script, "explain", "RETIREMENT_AGE"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "RETIREMENT_AGE" in done.stdout


@pytest.mark.slow  # runs the console script (a new process importing Prefect)
def test_unknown_window_is_one_line_and_exit_2(tmp_path):
    script = shutil.which("credcheck", path=str(Path(sys.executable).parent))
    done = subprocess.run([script, "run", str(tmp_path / "nowhere"),
                           "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "nowhere" in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow  # runs the console script (a new process importing Prefect)
def test_blacklist_commands_are_wired_into_the_console_script():
    script = shutil.which("credcheck", path=str(Path(sys.executable).parent))
    done = subprocess.run([script, "blacklist", "find", "中华教育杂志"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 5 and "no suspect-journal list imported" in done.stderr
    sample = ROOT / "data" / "samples" / "liuzhou-2024" / "suspect_journals.csv"
    done = subprocess.run([script, "blacklist", "--list", str(sample), "find", "中华教育杂志"],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1684-0445" in done.stdout


def test_report_templates_ship_as_package_data():
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["pipeline.report"]
    folder = ROOT / "pipeline" / "report" / "templates"
    files = [p.relative_to(folder.parent).as_posix() for p in folder.iterdir() if p.is_file()]
    assert {"templates/page.html.j2", "templates/style.css", "templates/index.js"} <= set(files)
    assert [f for f in files if not any(fnmatch(f, p) for p in patterns)] == []
    assert any(r.lower().startswith("jinja2") for r in config["project"]["dependencies"])
