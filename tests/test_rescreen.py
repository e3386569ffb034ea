"""Re-screening one stored result: journal flags recomputed against the list, the rest kept,
and the new and cleared flags reported (no upload involved)."""

from __future__ import annotations

from pipeline.checks import run_checks
from pipeline.journals import Blacklist, JournalEntry
from pipeline.model import ApplicantResult, Flag, RuleError, Severity
from pipeline.rescreen import rescreen_result
from tests.factories import case, context, form

ENTRY = JournalEntry(name="建筑技术", issn="1000-4726", category="warning", source="测试",
                     reason="测试")
OTHER = JournalEntry(name="中华教育杂志", issn="1684-0445", category="illegal", source="测试",
                     reason="测试")


def full_result(application, ctx) -> ApplicantResult:
    """What a full screening of this form (no uploads) yields: every rule, in order."""
    flags, errors = run_checks(case(application), ctx)
    return ApplicantResult(application.applicant_id, application.name, "单位", "部门",
                           application.level, flags=tuple(flags), errors=tuple(errors))


def test_a_listed_journal_is_a_new_flag_and_the_rest_is_kept():
    application = form(id_number="450202199003121230")  # bad check digit: ID_NUMBER_INVALID
    before = full_result(application, context(blacklist=Blacklist.from_entries([OTHER])))
    codes = [f.code for f in before.flags]
    assert "ID_NUMBER_INVALID" in codes and "MATERIAL_MISSING" in codes  # no uploads at all
    assert "JOURNAL_BLACKLISTED" not in codes
    new_ctx = context(blacklist=Blacklist.from_entries([OTHER, ENTRY]))
    outcome = rescreen_result(before, application, new_ctx)
    assert [f.code for f in outcome.new] == ["JOURNAL_BLACKLISTED"]
    assert outcome.cleared == ()
    # Exactly what a full screening with the new list gives, in the same order.
    assert outcome.result == full_result(application, new_ctx)


def test_a_delisted_journal_is_a_cleared_flag():
    application = form()
    listed = context(blacklist=Blacklist.from_entries([ENTRY]))
    before = full_result(application, listed)
    assert "JOURNAL_BLACKLISTED" in {f.code for f in before.flags}
    delisted = context(blacklist=Blacklist.from_entries([OTHER]))
    outcome = rescreen_result(before, application, delisted)
    assert [f.code for f in outcome.cleared] == ["JOURNAL_BLACKLISTED"]
    assert outcome.new == ()
    assert outcome.result == full_result(application, delisted)


def test_flags_of_other_rules_keep_their_place_around_the_journal_rules():
    application = form()
    listed = context(blacklist=Blacklist.from_entries([ENTRY]))
    stored = ApplicantResult(
        "T001", "张伟", "单位", "部门", "中级",
        flags=(Flag("ID_NUMBER_INVALID", Severity.CRITICAL, "T001", "a"),
               Flag("LEVEL_SKIP", Severity.HIGH, "T001", "b"),
               Flag("PAPER_SHARED", Severity.HIGH, "T001", "c")),
        errors=(RuleError("SS_NO_RECORD", "no export"), RuleError("PAPER_AFTER_DEADLINE", "x")),
    )
    outcome = rescreen_result(stored, application, listed)
    assert [f.code for f in outcome.result.flags] == \
        ["ID_NUMBER_INVALID", "LEVEL_SKIP", "JOURNAL_BLACKLISTED", "PAPER_SHARED"]
    assert outcome.result.errors == stored.errors


def test_rescreening_twice_with_the_same_list_changes_nothing():
    application = form()
    listed = context(blacklist=Blacklist.from_entries([ENTRY]))
    once = rescreen_result(full_result(application, context()), application, listed)
    twice = rescreen_result(once.result, application, listed)
    assert (twice.new, twice.cleared, twice.result) == ((), (), once.result)
