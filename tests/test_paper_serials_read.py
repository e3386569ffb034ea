"""A printed ISSN carries a finding only when it is a confident read (labelled as an ISSN, or
its check digit holding), and a paper read on an upload proves a shared paper only with a
well-formed title and journal (not a page's toolbar, not a record's tag)."""

from __future__ import annotations

from pipeline.checks import journal_id_invalid, paper_mismatch
from pipeline.model import Severity
from tests.test_compare import CTX, case, codes, notes, read
from tests.test_window_rules import paper, result, shared_uploaded_papers

ATTACHED = [{"file": "论文1.pdf", "kind": "paper", "paper_index": 0}]


def test_a_bare_issn_shaped_number_failing_its_check_digit_raises_no_finding():
    # a standard's number (GB/T 50502-2009 is no ISSN shape; DB 2201-2013 is) read bare
    bare = case(read("论文1.pdf", "paper", "2201-2013 施工组织设计规范", issn="2201-2013"),
                attachments=ATTACHED)
    assert codes(journal_id_invalid, bare) == []
    assert codes(paper_mismatch, bare) == []
    (note,) = notes(bare)
    assert "ISSN" in note and "2201-2013" in note


def test_a_labelled_issn_failing_its_check_digit_is_still_flagged():
    labelled = case(read("论文1.pdf", "paper", "ISSN 1000-4727 CN 11-2115/TU",
                         issn="1000-4727"), attachments=ATTACHED)
    flags = list(journal_id_invalid.check(labelled, CTX))
    assert [f.code for f in flags] == ["JOURNAL_ID_INVALID"]
    assert flags[0].severity is Severity.HIGH
    # a bare number whose check digit holds is a confident ISSN: compared as before
    valid = case(read("论文1.pdf", "paper", "1006-4311", issn="1006-4311"),
                 attachments=ATTACHED)
    assert codes(paper_mismatch, valid) == ["PAPER_MISMATCH"]


def test_a_toolbar_read_as_the_title_proves_no_shared_paper():
    toolbar = "资源导出 复制链接 打印本页 下载 排序:相关度↓"
    a = result("A", paper("论文1.pdf", toolbar, journal="给水排水"))
    b = result("B", paper("论文1.pdf", toolbar, journal="给水排水"))
    assert [r.flags for r in shared_uploaded_papers([a, b])] == [(), ()]


def test_a_two_letter_journal_and_a_failing_issn_make_no_one_journal():
    # the same title read twice, the journal read as a record's tag and the same bad number
    a = result("A", paper("论文1.pdf", "再生骨料混凝土抗冻性能试验研究", journal="JO",
                          issn="2201-2013"))
    b = result("B", paper("论文1.pdf", "再生骨料混凝土抗冻性能试验研究", journal="JO",
                          issn="2201-2013"))
    out = shared_uploaded_papers([a, b])
    assert [[f.code for f in r.flags] for r in out] == [["PAPER_TITLE_REUSED"]] * 2
    assert all(r.flags[0].severity is Severity.LOW for r in out)


def test_a_title_with_one_site_word_and_a_latin_journal_still_prove_a_shared_paper():
    title = "基于用户行为的文献下载量预测研究"
    a = result("A", paper("论文1.pdf", title, journal="Scientometrics"))
    b = result("B", paper("论文2.pdf", title, journal="Scientometrics"))
    assert [[f.code for f in r.flags] for r in shared_uploaded_papers([a, b])] == \
        [["PAPER_SHARED"]] * 2
