"""Statutory retirement month under the 2025 gradual-retirement schedule.

The NPCSC decision of 2024-09-13 (in force 2025-01-01) delays retirement by one month for
every `step` birth months after the first affected cohort, up to a cap. The schedule's
numbers are policy data (``pipeline/policies/_national.toml``); this module only does the
arithmetic of shared/design/identifier-and-seniority-rules.md §4.2, which reproduces the
published test table.

>>> from pipeline.policy import RetirementCategory
>>> male = RetirementCategory(60, "1965-01", 4, 36)
>>> str(retirement_month(PartialDate(1965, 1), male))
'2025-02'
>>> str(retirement_month(PartialDate(1965, 12), male))
'2026-03'
>>> str(retirement_month(PartialDate(1964, 2), male))
'2024-02'
>>> str(retirement_month(PartialDate(1995, 12), male))
'2058-12'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.dates import PartialDate, month_of, parse_partial_date

if TYPE_CHECKING:
    from pipeline.policy import RetirementCategory


def delay_months(birth: PartialDate, category: RetirementCategory) -> int:
    """Months by which the 2025 schedule delays retirement for this birth month."""
    first = parse_partial_date(category.first_cohort)
    if first is None:
        raise ValueError(f"bad first_cohort {category.first_cohort!r}")
    k = birth.month_index - first.month_index
    if k < 0:
        return 0
    return min(k // category.step_months + 1, category.cap_months)


def retirement_month(birth: PartialDate, category: RetirementCategory) -> PartialDate:
    """The month in which the statutory retirement age is reached."""
    return month_of(birth.month_index + 12 * category.original_age + delay_months(birth, category))
