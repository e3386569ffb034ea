"""JOURNAL_ID_INVALID (刊号无效): an ISSN fails its check digit or a CN number is malformed.

Declared papers are checked here from the form; papers read from uploads are checked
against their printed header when an extraction is available (the same helpers). A printed
ISSN is checked only where it is a confident read (:func:`pipeline.checks._papers.
confident_issn`: labelled as an ISSN, or its check digit holding): a bare number of that
shape failing its check digit raises nothing here.
ISSN: python-stdnum's ``issn``; CN: :mod:`pipeline.identifiers.cn_serial`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stdnum import issn
from stdnum.exceptions import ValidationError

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._papers import confident_issn
from pipeline.identifiers import cn_serial
from pipeline.model import DocumentKind, Evidence, Flag, Severity

CODE: Final = "JOURNAL_ID_INVALID"
SEVERITY: Final = Severity.HIGH
LABEL: Final = "刊号无效"


def problems(issn_text: str, cn_text: str) -> list[str]:
    """What is wrong with a journal's ISSN and CN number, in Chinese."""
    found = []
    if issn_text.strip():
        try:
            issn.validate(issn_text)
        except ValidationError as exc:
            found.append(f"ISSN {issn_text} 无效（{exc.message}）")
    if cn_text.strip():
        try:
            cn_serial.validate(cn_text)
        except ValidationError as exc:
            found.append(f"CN {cn_text} 格式不符（{exc.message}）")
    return found


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each declared and each printed journal identifier that is invalid."""
    for index, paper in enumerate(case.application.papers):
        found = problems(paper.issn, paper.cn)
        if found:
            yield make_flag(
                CODE, SEVERITY, case, f"论文《{paper.title}》申报的刊号无效：" + "；".join(found),
                clause=ctx.policy.rule_clause(CODE),
                declared=f"{paper.journal} ISSN {paper.issn} CN {paper.cn}",
                evidence=(Evidence.declared(f"papers[{index}]",
                                            f"ISSN {paper.issn} CN {paper.cn}"),),
            )
    for file, extraction in sorted(case.extractions.items()):
        if extraction.kind != DocumentKind.PAPER:
            continue
        printed_issn, printed_cn = extraction.get("issn"), extraction.get("cn")
        if printed_issn is not None and not confident_issn(printed_issn):
            # a bare number of an ISSN's shape failing its check digit is no confident read
            # of the ISSN (paper_mismatch notes it as "could not verify" where it matters)
            printed_issn = None
        found = problems(printed_issn.value if printed_issn else "",
                         printed_cn.value if printed_cn else "")
        declared = {(p.issn.replace("-", ""), p.cn) for p in case.application.papers}
        key = ((printed_issn.value if printed_issn else "").replace("-", ""),
               printed_cn.value if printed_cn else "")
        if found and key not in declared:  # the declared one was flagged above
            yield make_flag(
                CODE, SEVERITY, case, f"论文文件 {file} 印刷的刊号无效：" + "；".join(found),
                clause=ctx.policy.rule_clause(CODE),
                found=" ".join(f.value for f in (printed_issn, printed_cn) if f),
                evidence=tuple(f.evidence for f in (printed_issn, printed_cn) if f),
            )
