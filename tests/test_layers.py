"""The layers of README "Layout" hold: imports point down, every module is in a layer, no rule
imports another rule.

The layer order itself is the import-linter contract in pyproject.toml ([tool.importlinter]);
`make test` runs `lint-imports`, and :func:`test_import_contracts_are_kept` runs it here too.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "extractors", "flows", "blacklists")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONFIG = PYPROJECT["tool"]["importlinter"]
#: The rule that gathers the other comparing rules' unsure comparisons (its ``COMPARING``).
GATHERING_RULES = {"pipeline.checks.field_unverified"}


def modules() -> dict[str, Path]:
    """Every module of the four packages, by dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imported(name: str, path: Path) -> list[tuple[str, int]]:
    """(module imported, line) for every import of the four packages in a module, at any depth
    (function-level imports count: they are imports all the same)."""
    is_package = path.name == "__init__.py"
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = name.split(".") if is_package else name.split(".")[:-1]
                here = here[: len(here) - node.level + 1]
                base = ".".join(here + ([node.module] if node.module else []))
            out += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
            out.append((base, node.lineno))
    return [(m, line) for m, line in out if m.split(".")[0] in PACKAGES]


def layers() -> list[list[str]]:
    contract = next(c for c in CONFIG["contracts"] if c["type"] == "layers")
    return [[m.strip() for m in layer.replace("|", ":").split(":")] for layer in contract["layers"]]


def test_import_contracts_are_kept():
    """`lint-imports`, in a process of its own (it reconfigures logging for the process)."""
    pytest.importorskip("importlinter", reason="import-linter not installed (dev extra)")
    path = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
         "sys.exit(lint_imports(no_cache=True, no_logo=True))"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_module_is_in_a_layer():
    declared = [m for layer in layers() for m in layer]
    outside = [name for name in modules()
               if name not in PACKAGES[:1]  # the pipeline package itself only holds the layers
               and not any(name == m or name.startswith(m + ".") for m in declared)]
    assert not outside, f"modules in no layer of pyproject.toml [tool.importlinter]: {outside}"


def test_no_rule_imports_another_rule():
    """Rules share code through pipeline.checks._* or the layers below, never another rule."""
    all_modules = modules()
    rules = {n for n in all_modules
             if n.startswith("pipeline.checks.") and not n.rpartition(".")[2].startswith("_")}
    offending = [f"{name}:{line} imports {target}"
                 for name in sorted(rules - GATHERING_RULES)
                 for target, line in imported(name, all_modules[name])
                 if target in rules and target != name]
    assert not offending, "\n".join(offending)


def test_the_check_sees_imports():
    """The ast walk above finds absolute, relative and function-level imports."""
    found = dict(imported("pipeline.checks.id_mismatch", modules()["pipeline.checks.id_mismatch"]))
    assert "pipeline.identifiers.resident_id" in found
    assert "pipeline.checks._compare" in found
