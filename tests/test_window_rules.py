"""The window rules. PAPER_SHARED on uploads: the same printed paper (title and journal) under
different declared titles; the same title in another journal is only PAPER_TITLE_REUSED (low)."""

from __future__ import annotations

from pipeline import policy as policies
from pipeline.checks._base import CheckContext
from pipeline.model import ApplicantResult, Evidence, Extraction, Field, Flag, RuleError, Severity
from pipeline.window_rules import run_window_rules, with_window_flags
from pipeline.window_rules._uploads import read_papers

POLICY = policies.load("liuzhou-2024")
CTX = CheckContext(policy=POLICY, pensions=None, integrity={})


def shared_uploaded_papers(results: list[ApplicantResult]) -> list[ApplicantResult]:
    """The results as reported: with the window rules' flags."""
    found, errors = run_window_rules(results, CTX)
    assert errors == []
    return with_window_flags(results, found)


def paper(file: str, title: str, journal: str = "建筑技术", year: str = "2022",
          issn: str = "") -> Extraction:
    def field(name: str, value: str) -> Field:
        return Field(name, value, Evidence(file=file, page_no=1, bbox=None, text=value,
                                           source="ocr", confidence=0.98))

    values = {"title": title, "journal": journal, "year": year, "issn": issn}
    return Extraction(file=file, kind="paper",
                      fields=tuple(field(k, v) for k, v in values.items() if v))


def result(applicant: str, *extractions: Extraction,
           flags: tuple[Flag, ...] = ()) -> ApplicantResult:
    return ApplicantResult(applicant_id=applicant, name="某", unit="某单位", department="",
                           level="中级", flags=flags, extractions=extractions)


def codes(r: ApplicantResult) -> list[str]:
    return [f.code for f in r.flags]


def test_one_printed_paper_uploaded_by_two_applicants_flags_both():
    a = result("A", paper("论文1.pdf", "基于BIM的装配式建筑施工管理研究"))
    b = result("B", paper("论文.pdf", "基于 BIM 的装配式建筑施工管理研究", journal="《建築技術》"),
               paper("论文2.pdf", "另一篇论文的完整题目"))
    c = result("C", paper("论文1.pdf", "城市道路沥青路面病害防治技术"))
    out = {r.applicant_id: r for r in shared_uploaded_papers([a, b, c])}
    assert codes(out["A"]) == ["PAPER_SHARED"] and codes(out["B"]) == ["PAPER_SHARED"]
    assert codes(out["C"]) == []
    flag = out["A"].flags[0]
    assert flag.reference == "B" and flag.file == "论文1.pdf" and flag.severity is Severity.HIGH
    assert "论文1.pdf" in flag.message and flag.clause == POLICY.rule_clause("PAPER_SHARED")


def test_one_journal_known_by_its_issn_under_two_names_is_one_paper():
    a = result("A", paper("论文1.pdf", "基于BIM的装配式建筑施工管理研究", journal="建筑技术",
                          issn="1000-4726"))
    b = result("B", paper("论文1.pdf", "基于BIM的装配式建筑施工管理研究", journal="建筑技术杂志",
                          issn="1000-4726"))
    assert [codes(r) for r in shared_uploaded_papers([a, b])] == [["PAPER_SHARED"]] * 2


def test_one_name_read_with_two_issns_is_two_journals():
    """Two uploads whose journal reads the same (a form's label 刊名 taken for the name, or two
    journals of one name) but whose ISSNs differ are two journals: a low remark at most."""
    a = result("A", paper("论文1.pdf", "城镇污水处理厂提标改造工艺比选", journal="刊名",
                          issn="1000-4726"))
    b = result("B", paper("论文1.pdf", "城镇污水处理厂提标改造工艺比选", journal="刊名",
                          issn="1006-4311"))
    assert [codes(r) for r in shared_uploaded_papers([a, b])] == [["PAPER_TITLE_REUSED"]] * 2


def test_the_same_title_in_another_journal_or_year_is_a_low_remark_only():
    a = result("A", paper("论文1.pdf", "浅析建筑工程施工管理要点", journal="建筑技术"))
    b = result("B", paper("论文1.pdf", "浅析建筑工程施工管理要点", journal="价值工程"))
    c = result("C", paper("论文1.pdf", "浅析建筑工程施工管理要点", journal="建筑技术", year="2019"))
    out = {r.applicant_id: r for r in shared_uploaded_papers([a, b, c])}
    assert all(codes(r) == ["PAPER_TITLE_REUSED"] for r in out.values())
    assert all(r.flags[0].severity is Severity.LOW for r in out.values())
    assert out["A"].flags[0].reference == "B、C"


def test_already_flagged_by_declared_title_is_not_flagged_twice():
    declared = Flag(code="PAPER_SHARED", severity=Severity.HIGH, applicant_id="A", message="…",
                    reference="B（w）")
    a = result("A", paper("论文1.pdf", "基于BIM的装配式建筑施工管理研究"), flags=(declared,))
    b = result("B", paper("论文.pdf", "基于BIM的装配式建筑施工管理研究"))
    out = {r.applicant_id: r for r in shared_uploaded_papers([a, b])}
    assert codes(out["A"]) == ["PAPER_SHARED"]  # the declared-title flag only
    assert codes(out["B"]) == ["PAPER_SHARED"]


def test_generic_short_titles_and_single_claims_are_not_evidence():
    a = result("A", paper("论文1.pdf", "研究"),
               paper("论文2.pdf", "基于BIM的装配式建筑施工管理研究"))
    b = result("B", paper("论文.pdf", "研究"))
    out = shared_uploaded_papers([a, b])
    assert all(codes(r) == [] for r in out)
    assert [title for title, _ in read_papers(a)] == ["基于BIM的装配式建筑施工管理研究"]


def test_a_window_rule_that_raises_is_reported_not_fatal():
    class Broken:
        CODE = "BROKEN"

        @staticmethod
        def check(results, ctx):
            raise ValueError("no")
            yield

    found, errors = run_window_rules([result("A")], CTX, (Broken,))
    assert found == {"A": ()} and errors == [RuleError("BROKEN", "no", window=True)]
    assert str(errors[0]) == "BROKEN: window rule not checked: no"
