"""Who else of the review year claims a paper: the shared part of PAPER_SHARED and
PAPER_TITLE_REUSED (see :mod:`pipeline.papers` for when two claims are one paper)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from stdnum import issn

from pipeline.checks._base import Case, CheckContext, make_flag
from pipeline.ingest.application import Paper
from pipeline.journals import ISSN_WORD_LABEL
from pipeline.model import Clause, Evidence, Field, Flag, Severity
from pipeline.papers import Relation, declared_identity


@dataclass(frozen=True)
class OtherClaims:
    """A declared paper and the other applicants whose claims share its title."""

    index: int
    paper: Paper
    relation: Relation  # "same" if any other claim is the same paper, else "title_only"
    others: tuple[str, ...]  # "applicant（window）" of the claims with that relation


def other_claims(case: Case, ctx: CheckContext) -> Iterator[OtherClaims]:
    """For each declared paper whose title others of the year also claim: who, and how close."""
    if ctx.registry is None:
        return
    year = ctx.policy.review_year.value
    for index, paper in enumerate(case.application.papers):
        mine = declared_identity(paper)
        by_relation: dict[Relation, list[str]] = {"same": [], "title_only": []}
        for claim in ctx.registry.paper_claims(year, mine.title, exclude=case.applicant_id):
            relation = mine.relation(claim.paper)
            who = f"{claim.applicant_id}（{claim.window}）"
            if relation and who not in by_relation[relation]:
                by_relation[relation].append(who)
        same = by_relation["same"]
        title_only = [w for w in by_relation["title_only"] if w not in same]
        if same:
            yield OtherClaims(index, paper, "same", tuple(same))
        elif title_only:
            yield OtherClaims(index, paper, "title_only", tuple(title_only))


def paper_clause(ctx: CheckContext, code: str) -> Clause | None:
    """The clause of a paper rule: its own, else PAPER_SHARED's (misappropriated achievements)."""
    return ctx.policy.rule_clause(code) or ctx.policy.rule_clause("PAPER_SHARED")


def claim_flags(case: Case, ctx: CheckContext, code: str, severity: Severity, relation: Relation,
                message: Callable[[Paper, str], str]) -> Iterator[Flag]:
    """A flag for each declared paper others claim with this `relation`, naming them:
    what PAPER_SHARED and PAPER_TITLE_REUSED share (`message(paper, who)` is each's words)."""
    for claim in other_claims(case, ctx):
        if claim.relation != relation:
            continue
        paper, where = claim.paper, "、".join(claim.others)
        yield make_flag(
            code, severity, case, message(paper, where), clause=paper_clause(ctx, code),
            declared=paper.title, reference=where,
            evidence=(Evidence.declared(f"papers[{claim.index}].title", paper.title),),
        )


#: The labels that name a printed number as the journal's ISSN (ISSN, 国际标准连续出版物号,
#: 国际标准刊号, 刊号), read with it in its evidence.
_ISSN_LABEL = re.compile(rf"ISSN|{ISSN_WORD_LABEL}", re.IGNORECASE)


def confident_issn(found: Field) -> bool:
    """Whether a printed ISSN is a confident read of the journal's ISSN: its check digit
    holds, or it was printed beside a label naming it an ISSN. A bare number of an ISSN's
    shape whose check digit fails may be anything of that shape (a standard's GB/T
    7714-2015, a phone number's part, a misread): it cannot carry a finding against the
    applicant, only a "could not verify" note."""
    return issn.is_valid(found.value) or bool(_ISSN_LABEL.search(found.evidence.text))
