"""LEVEL_SKIP (越级申报): the target level skips a level on a normal route.

Levels go 初级 → 中级 → 副高级 → 正高级. Liuzhou 2024 三（四）: exceptional applications
relax education or seniority but are not skip-level applications; only the ``direct``
(直接申报) and ``exceptional`` (破格) routes are exempt here, as flags.md says.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity
from pipeline.policy import LEVELS

CODE: Final = "LEVEL_SKIP"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "越级申报"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag a target more than one level above the current title."""
    app = case.application
    if app.route in ("direct", "exceptional"):
        return
    target = LEVELS.index(app.level)
    current = LEVELS.index(app.current_title.level) if app.current_title else -1
    if target - current <= 1:
        return
    held = (f"{app.current_title.name}（{app.current_title.level}）" if app.current_title
            else "无职称")
    yield make_flag(
        CODE, SEVERITY, case,
        f"现职称为{held}，申报{app.level}属越级申报，且未选择直接申报或破格途径",
        clause=ctx.policy.rule_clause(CODE), declared=f"{held} → {app.level}（{app.route}）",
        evidence=(Evidence.declared("level", app.level),),
    )
