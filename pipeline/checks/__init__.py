"""The rules: one module per flag code, registered here, one line each, in flags.md order.

:func:`run_checks` runs every registered check on one applicant. A check that raises could
not be evaluated: its error is returned beside the flags (the report says "not checked"),
never swallowed as a pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pipeline.checks import (
    appointment_mismatch,
    appointment_years_short,
    diploma_number_invalid,
    doc_kind_mismatch,
    doc_not_original,
    doc_quality_low,
    doc_tampered,
    doc_unreadable,
    duplicate_application,
    education_mismatch,
    field_unverified,
    id_mismatch,
    id_number_invalid,
    integrity_record,
    journal_blacklisted,
    journal_id_invalid,
    level_skip,
    material_missing,
    name_mismatch,
    not_eligible_unit,
    paper_after_deadline,
    paper_author_absent,
    paper_mismatch,
    paper_shared,
    paper_title_reused,
    retirement_age,
    roster_not_listed,
    seal_missing,
    ss_continuity_short,
    ss_freelancer_unit_paid,
    ss_no_record,
    ss_unit_mismatch,
    tenure_short,
    work_history_conflict,
)
from pipeline.checks._base import Case, Check, CheckContext
from pipeline.model import Flag, RuleError

ALL_CHECKS: Final[tuple[Check, ...]] = (
    id_number_invalid,
    not_eligible_unit,
    retirement_age,
    integrity_record,
    duplicate_application,
    tenure_short,
    ss_no_record,
    ss_unit_mismatch,
    ss_continuity_short,
    ss_freelancer_unit_paid,
    work_history_conflict,
    material_missing,
    doc_unreadable,
    doc_quality_low,
    doc_not_original,
    doc_kind_mismatch,
    doc_tampered,
    seal_missing,
    name_mismatch,
    id_mismatch,
    education_mismatch,
    diploma_number_invalid,
    appointment_years_short,
    appointment_mismatch,
    roster_not_listed,
    level_skip,
    journal_blacklisted,
    journal_id_invalid,
    paper_mismatch,
    paper_author_absent,
    paper_shared,
    paper_title_reused,
    paper_after_deadline,
    field_unverified,
)


def run_checks(
    case: Case, ctx: CheckContext, checks: Sequence[Check] = ALL_CHECKS
) -> tuple[list[Flag], list[RuleError]]:
    """All flags for one applicant, and the rules that could not be evaluated (and why)."""
    flags: list[Flag] = []
    errors: list[RuleError] = []
    for rule in checks:
        try:
            flags.extend(rule.check(case, ctx))
        except Exception as exc:  # noqa: BLE001 - a rule's failure is reported, not fatal
            errors.append(RuleError(rule.CODE, str(exc)))
    return flags, errors
