"""JOURNAL_BLACKLISTED carries the page of the uploaded paper when the declared journal and the
printed one hit the same list entry (one flag, both pieces of evidence), so the report can
show the reviewer where the journal is printed. The list is the sample window's own; without
any list the rule says it could not check."""

from __future__ import annotations

from pathlib import Path

import blacklists
from pipeline.checks import journal_blacklisted, run_checks
from pipeline.journals import Blacklist
from pipeline.model import BBox, DocumentKind, Evidence, Extraction, Field, RuleError
from tests.factories import BASE_FORM, case, context, form

SAMPLE_LIST = (Path(__file__).resolve().parents[1] / "data" / "samples" / "liuzhou-2024"
               / "suspect_journals.csv")

SUSPECT = {"title": "整本书阅读在初中语文教学中的实践探索", "journal": "中华教育杂志",
           "issn": "1684-0445", "cn": "",
           "year": 2023, "issue": "6", "authors": ["张伟"]}


def printed(file: str, journal: str, issn: str) -> Extraction:
    def field(name: str, value: str, top: float) -> Field:
        return Field(name, value, Evidence(file, 1, BBox(100, top, 260, top + 14), value,
                                           "text_layer", 1.0))

    return Extraction(file, DocumentKind.PAPER,
                      fields=(field("journal", journal, 60), field("issn", issn, 80)))


def flags_for(papers, extractions):
    app = form(papers=papers)
    return list(journal_blacklisted.check(case(app, extractions=extractions),
                                          context([], blacklist=blacklists.load(SAMPLE_LIST))))


def test_declared_and_printed_hit_give_one_flag_with_the_page():
    flags = flags_for([SUSPECT], {"论文.pdf": printed("论文.pdf", "中华教育杂志", "1684-0445")})
    assert len(flags) == 1
    evidence = flags[0].evidence
    assert [e.source for e in evidence] == ["declared", "text_layer", "text_layer", "reference"]
    assert flags[0].file == "论文.pdf" and flags[0].page_no == 1


def test_printed_only_hit_still_flags_with_the_page():
    clean = BASE_FORM["papers"][0]
    flags = flags_for([clean], {"论文.pdf": printed("论文.pdf", "中华教育杂志", "1684-0445")})
    assert len(flags) == 1 and flags[0].file == "论文.pdf"


def test_clean_paper_is_not_flagged():
    clean = BASE_FORM["papers"][0]
    assert flags_for([clean],
                     {"论文.pdf": printed("论文.pdf", clean["journal"], clean["issn"])}) == []


def test_without_a_list_the_rule_is_not_checked_rather_than_passed():
    absent = Blacklist.absent(blacklists.NOT_IMPORTED)
    clean = BASE_FORM["papers"][0]
    flags, errors = run_checks(case(form(papers=[clean])), context([], blacklist=absent),
                               [journal_blacklisted])
    assert flags == [] and errors == [RuleError("JOURNAL_BLACKLISTED",
                                                "no suspect-journal list imported")]
    assert str(errors[0]) == "JOURNAL_BLACKLISTED: not checked: no suspect-journal list imported"
    flags, errors = run_checks(case(form(papers=[])), context([], blacklist=absent),
                               [journal_blacklisted])
    assert flags == [] and errors == []  # no journal to check
