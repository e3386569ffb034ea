"""DOC_UNREADABLE (文件无法读取): an upload cannot be opened or decoded.

Corrupt, encrypted, empty, or not what its extension says (:mod:`pipeline.read.safe_open`
names the reason). Xuchang 2023 requires clear, readable uploads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.model import Evidence, Flag, Severity

CODE: Final = "DOC_UNREADABLE"
SEVERITY: Final = Severity.MEDIUM
LABEL: Final = "文件无法读取"
#: What the applicant must do, on the one-time notice ({file}: the upload; {page}: 第N页).
REMEDY: Final = "《{file}》无法打开或读取，请重新上传完整、可打开的文件"


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """One flag per unreadable upload."""
    for file, why in sorted(case.unreadable.items()):
        yield make_flag(
            CODE, SEVERITY, case, f"文件 {file} 无法打开或解码，请重新上传清晰、完整的原件扫描件",
            clause=ctx.policy.rule_clause(CODE), found=why,
            evidence=(Evidence(file, None, None, why, "metadata"),),
        )
