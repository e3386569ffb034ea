"""Every rule module is registered and well formed (stdnum's test over every module)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import pipeline.checks as checks_package
import pipeline.window_rules as window_rules_package
from pipeline.checks import ALL_CHECKS
from pipeline.model import Severity
from pipeline.report.labels import code_name
from pipeline.window_rules import ALL_WINDOW_RULES

FLAGS_MD = Path(__file__).resolve().parents[1] / "docs" / "spec" / "flags.md"  # vendored copy


def rule_modules(package=checks_package):
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"{package.__name__}.{info.name}")


@pytest.mark.parametrize(("package", "registered"), [(checks_package, ALL_CHECKS),
                                                     (window_rules_package, ALL_WINDOW_RULES)])
def test_every_module_is_registered_once_under_its_own_name(package, registered):
    modules = list(rule_modules(package))
    assert {m.__name__ for m in modules} == {m.__name__ for m in registered}
    assert len(registered) == len(set(registered))
    for module in modules:
        assert module.CODE == module.__name__.rsplit(".", 1)[1].upper()
        assert isinstance(module.SEVERITY, Severity)
        assert module.__doc__ and module.__doc__.startswith(module.CODE)


def test_every_code_in_flags_md_has_a_rule_with_its_severity():
    table = dict(re.findall(r"^\| `([A-Z_]+)` \| (\w+) \|", FLAGS_MD.read_text(encoding="utf-8"),
                            re.MULTILINE))
    registered = {m.CODE: m.SEVERITY.value for m in ALL_CHECKS}
    assert table, "flags.md table not parsed"
    missing = set(table) - set(registered)
    assert not missing, f"codes without a rule: {sorted(missing)}"
    assert {c: registered[c] for c in table} == table
    assert {m.CODE: m.SEVERITY.value for m in ALL_WINDOW_RULES}.items() <= table.items()


@pytest.mark.parametrize("registered", [ALL_CHECKS, ALL_WINDOW_RULES])
def test_every_registered_rule_has_its_chinese_label(registered):
    for rule in registered:
        assert isinstance(rule.LABEL, str) and re.search(r"[\u4e00-\u9fff]", rule.LABEL), rule.CODE
        assert code_name(rule.CODE) == rule.LABEL  # what the reviewers' pages show
        assert f"({rule.LABEL})" in rule.__doc__.splitlines()[0]  # the docstring says the same


def test_a_rule_an_upload_remedies_says_how_on_the_one_time_notice():
    from pipeline.report.notice import remedies

    for rule in ALL_CHECKS:
        remedy = getattr(rule, "REMEDY", None)
        assert remedies().get(rule.CODE) == remedy, rule.CODE
        if remedy is not None:
            assert "{file}" in remedy and re.search(r"[\u4e00-\u9fff]", remedy), rule.CODE
            remedy.format(file="x.pdf", page="第1页")
    assert remedies(), "no rule says how an upload remedies it"
