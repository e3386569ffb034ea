"""JOURNAL_BLACKLISTED (疑似非法/预警期刊): a paper's journal matches the suspect list.

Liuzhou 2024 requires an automatic academic-risk warning comparing declared journals with a
database of suspected illegal publications. Both the declared journal and the journal
printed on the uploaded paper are matched (:mod:`pipeline.journals`: ISSN/CN–title
agreement, exact normalised names and aliases, fuzzy names tolerant of OCR errors). Each
flag names the list entry, its source and how it matched.

Without a list (none imported at the site, none given to the run) the rule is not checked
for an applicant with a journal to check: it says so rather than pass.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Final

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.checks._pensions import MissingReference
from pipeline.journals import JournalMatch, JournalRef
from pipeline.model import DocumentKind, Evidence, Flag, Severity

CODE: Final = "JOURNAL_BLACKLISTED"
SEVERITY: Final = Severity.CRITICAL
LABEL: Final = "疑似非法/预警期刊"


def _refs(case: Case) -> Iterator[tuple[str, JournalRef, tuple[Evidence, ...]]]:
    for index, paper in enumerate(case.application.papers):
        ref = JournalRef(name=paper.journal, issn=paper.issn, cn=paper.cn)
        yield (f"申报论文《{paper.title}》", ref,
               (Evidence.declared(f"papers[{index}].journal", paper.journal),))
    for file, extraction in sorted(case.extractions.items()):
        if extraction.kind == DocumentKind.PAPER:
            fields = [extraction.get(n) for n in ("journal", "issn", "cn")]
            ref = JournalRef(*(f.value if f else "" for f in fields))
            yield f"论文文件 {file}", ref, tuple(f.evidence for f in fields if f)


def check(case: Case, ctx: CheckContext) -> Iterator[Flag]:
    """Flag each paper whose journal matches a suspect-list entry (once per entry).

    When the declared journal and the journal printed on the uploaded paper match the same
    entry, the one flag carries both pieces of evidence, so the reviewer sees the page.
    """
    if ctx.blacklist is None:
        return
    if ctx.blacklist.missing:
        if any(ref.name or ref.issn or ref.cn for _, ref, _ in _refs(case)):
            raise MissingReference(ctx.blacklist.missing)
        return
    fuzzy_min = ctx.policy.journal_similarity_min.value
    unregistered_min = ctx.policy.journal_similarity_min_unregistered.value
    found: dict[str, Flag] = {}
    for where, ref, evidence in _refs(case):
        if not (ref.name or ref.issn or ref.cn):
            continue
        matches: list[JournalMatch] = ctx.blacklist.match(
            ref, fuzzy_min=fuzzy_min, fuzzy_min_unregistered=unregistered_min)
        if not matches:
            continue
        best = matches[0]
        entry = best.entry
        listed = Evidence.reference("blacklist", f"{entry.name}：{best.how} {best.score:.0f}")
        if entry.name in found:
            earlier = found[entry.name]
            extra = tuple(e for e in evidence if e not in earlier.evidence)
            found[entry.name] = dataclasses.replace(
                earlier, evidence=earlier.evidence[:-1] + extra + earlier.evidence[-1:])
            continue
        found[entry.name] = make_flag(
            CODE, SEVERITY, case,
            f"{where}所载期刊《{ref.name or entry.name}》命中疑似问题期刊库"
            f"（{entry.category}，来源：{entry.source}）：{best.detail}",
            clause=ctx.policy.rule_clause(CODE),
            declared=f"{ref.name} ISSN {ref.issn} CN {ref.cn}".strip(),
            reference=f"{entry.name} ISSN {entry.issn} CN {entry.cn}"
                      f"（{entry.category}；{entry.reason}）",
            evidence=evidence + (listed,),
        )
    yield from found.values()
