"""Reviewers' decisions in the store (pipeline.decisions) on both backends: an SQLite file and a
real PostgreSQL server (tests/pg.py, through the parametrized ``store_location`` fixture)."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from pipeline import decisions
from pipeline.decisions import ReviewError
from pipeline.model import ApplicantResult, Evidence, Flag, Severity
from pipeline.store import Store


def flag(aid: str, code: str, file: str = "学历.pdf", found: str = "李四", page: int = 1) -> Flag:
    return Flag(code, Severity.HIGH, aid, f"{code} 说明", declared="张三", found=found,
                evidence=(Evidence(file, page, None, f"姓名 {found}", "ocr", 0.9),))


def result(aid: str, *flags: Flag) -> ApplicantResult:
    return ApplicantResult(aid, "张三", "某单位", "某局", "中级", flags=flags)


def stored(store: Store, *results: ApplicantResult, window: str = "w1") -> None:
    run = store.begin_run("screen", window=window, review_year=2024)
    for r in results:
        store.save_result(run, window, 2024, "h", "v1", r, None, r.status)


def test_a_decision_is_logged_and_attached_and_the_later_one_wins(store_location):
    store = Store(store_location)
    name = flag("A1", "NAME_MISMATCH")
    stored(store, result("A1", name, flag("A1", "SEAL_MISSING", "聘书.pdf")))
    target = decisions.find_flag(store, "w1", "A1", "name_mismatch")
    first = decisions.decide(store, "w1", target, "confirmed", "王审核", "核对原件，确不符")
    second = decisions.decide(store, "w1", target, "dismissed", "李审核",
                              "原件姓名一致，为识别错误")
    assert (first.from_state, first.to_state, second.from_state, second.to_state) \
        == ("open", "confirmed", "confirmed", "dismissed")
    log = store.decision_log("w1")
    assert [(e.by, e.to_state) for e in log] == [("王审核", "confirmed"), ("李审核", "dismissed")]
    [reported] = decisions.attach(store, "w1",
                                  [result("A1", name, flag("A1", "SEAL_MISSING", "聘书.pdf"))])
    assert [f.decision.state for f in reported.flags] == ["dismissed", "open"]
    assert reported.flags[0].decision.by == "李审核" and reported.flags[0].decision.at == second.at
    assert reported.codes == ["SEAL_MISSING"] and reported.risk_score == 30


def test_same_evidence_keeps_the_decision_changed_evidence_reopens_it_once(store_location):
    store = Store(store_location)
    stored(store, result("A1", flag("A1", "NAME_MISMATCH")))
    decisions.decide(store, "w1", decisions.find_flag(store, "w1", "A1", "NAME_MISMATCH"),
                     "dismissed", "王审核", "识别错误")
    # a re-run reads the same: the message and confidence may differ, the decision holds
    again = flag("A1", "NAME_MISMATCH")
    again = Flag(again.code, Severity.MEDIUM, "A1", "另一种说法", again.declared, again.found,
                 evidence=(Evidence("学历.pdf", 1, None, "姓名 李四", "ocr", 0.5),))
    [kept] = decisions.attach(store, "w1", [result("A1", again)])
    assert kept.flags[0].decision.state == "dismissed" and kept.status == "clear"
    # a new upload reads another value: open again, marked, one reopening logged
    changed = result("A1", flag("A1", "NAME_MISMATCH", found="李五"))
    for _ in range(2):
        [reopened] = decisions.attach(store, "w1", [changed])
        decision = reopened.flags[0].decision
        assert (decision.state, decision.evidence_changed) == ("open", True)
        assert reopened.status == "review"
    log = store.decision_log("w1")
    assert [(e.kind, e.from_state, e.to_state, e.by) for e in log] == [
        ("decision", "open", "dismissed", "王审核"), ("reopen", "dismissed", "open", "credcheck")]
    assert log[1].note == decisions.REOPEN_NOTE


def test_what_is_wrong_is_named(store_location):
    store = Store(store_location)
    stored(store, result("A1", flag("A1", "PAPER_MISMATCH", "论文1.pdf"),
                         flag("A1", "PAPER_MISMATCH", "论文2.pdf")))
    stored(store, result("A1"), window="w2")
    with pytest.raises(ReviewError, match="unknown applicant 'B9'"):
        decisions.find_window(store, "B9")
    with pytest.raises(ReviewError, match=r"several windows \(w1, w2\): give --window"):
        decisions.find_window(store, "A1")
    with pytest.raises(ReviewError, match="no such flag: applicant 'A1' has no SEAL_MISSING flag"):
        decisions.find_flag(store, "w1", "A1", "SEAL_MISSING")
    with pytest.raises(ReviewError, match="ambiguous flag.*论文1.pdf, 论文2.pdf: give --file"):
        decisions.find_flag(store, "w1", "A1", "PAPER_MISMATCH")
    target = decisions.find_flag(store, "w1", "A1", "PAPER_MISMATCH", file="论文2.pdf")
    with pytest.raises(ReviewError, match="a dismissal needs a note"):
        decisions.decide(store, "w1", target, "dismissed", "王审核", "  ")
    assert store.decision_log() == []


def test_two_reviewers_at_once_lose_nothing(store_location):
    store = Store(store_location)
    stored(store, result("A1", flag("A1", "NAME_MISMATCH")))
    target = decisions.find_flag(store, "w1", "A1", "NAME_MISMATCH")

    def review(who: str) -> None:
        mine = Store(store_location)
        for i in range(10):
            decisions.decide(mine, "w1", target, "confirmed" if i % 2 else "dismissed", who,
                             f"{who} {i}")
        mine.close()

    threads = [threading.Thread(target=review, args=(f"审核员{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log = store.decision_log("w1")
    assert len(log) == 40
    # every entry's from_state is the state the one before it left: nobody decided blind
    assert all(b.from_state == a.to_state for a, b in zip(log, log[1:]))
    [reported] = decisions.attach(store, "w1", [result("A1", target)])
    assert reported.flags[0].decision.note == log[-1].note


def test_a_store_of_schema_3_gains_the_decision_log(tmp_path):
    path = tmp_path / "old.sqlite"
    Store(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE decision_log"))
        conn.execute(sa.text("UPDATE credcheck_meta SET value = '3' WHERE key = 'schema_version'"))
    engine.dispose()
    assert Store(path).decision_log() == []


# ---------------------------------------------------------------- credcheck review


def test_the_review_commands(tmp_path, capsys, monkeypatch):
    from flows.cli import main

    location = str(tmp_path / "store.sqlite")
    store = Store(location)
    stored(store, result("A1", flag("A1", "NAME_MISMATCH"),
                         flag("A1", "PAPER_MISMATCH", "论文1.pdf"),
                         flag("A1", "PAPER_MISMATCH", "论文2.pdf")),
           result("A2", flag("A2", "SEAL_MISSING", "聘书.pdf")))
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["review", *argv, "--store", location])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert run("confirm", "A1", "NAME_MISMATCH", "--note", "核对原件")[0] == 0
    code, out, err = run("dismiss", "A1", "PAPER_MISMATCH", "--note", "同一论文")
    assert (code == 1 and err.strip().endswith("论文1.pdf, 论文2.pdf: give --file")
            and err.count("\n") == 1)
    assert run("dismiss", "A1", "PAPER_MISMATCH", "--file", "论文2.pdf", "--note", "同一论文",
               "--by", "李审核")[0] == 0
    assert "unknown applicant 'B1'" in run("confirm", "B1", "SEAL_MISSING")[2]
    assert "no such flag" in run("confirm", "A2", "NAME_MISMATCH")[2]
    with pytest.raises(SystemExit):  # argparse: --note is required for a dismissal
        main(["review", "dismiss", "A2", "SEAL_MISSING", "--store", location])
    capsys.readouterr()
    code, out, _ = run("list", "--dismissed")
    assert out.splitlines()[-1] == "1 flag(s)" and "论文2.pdf" in out and "李审核" in out
    code, out, _ = run("list", "--open", "--window", "w1")
    assert out.splitlines()[-1] == "2 flag(s)"
    assert "osuser" in run("list", "--confirmed")[1]
    assert run("log", "--csv", str(tmp_path / "log.csv"))[0] == 0
    lines = (tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith(
        "id,at,window,applicant_id,code,file,fingerprint,by,from_state,to_state")
    assert len(lines) == 3 and "osuser" in lines[1] and "李审核" in lines[2]
    monkeypatch.delenv("CREDCHECK_REVIEW_TOKEN", raising=False)
    code, _, err = run("serve", "--out", str(tmp_path), "--host", "0.0.0.0")
    assert code == 1 and err == ("credcheck: error: refusing to serve on 0.0.0.0 without an access "
                                 "token: give --token or set $CREDCHECK_REVIEW_TOKEN "
                                 "(or bind to 127.0.0.1)\n")


# ---------------------------------------------------------------- outputs speak of decisions


def test_outputs_count_open_and_confirmed_flags_only(tmp_path):
    import csv

    from pipeline import policy
    from pipeline.model import Decision
    from pipeline.report.applicant_page import applicant_page
    from pipeline.report.index_page import index_page
    from pipeline.report.notice import notice_items
    from pipeline.report.summary import summarise
    from pipeline.report.tables import write_tables

    missing = Flag("MATERIAL_MISSING", Severity.CRITICAL, "A1", "缺少学历证书",
                   decision=Decision("dismissed", "王审核", "2026-01-05T08:00:00.000+00:00",
                                     "已线下补交"))
    seal = Flag("SEAL_MISSING", Severity.HIGH, "A1", "聘书无公章",
                evidence=(Evidence("聘书.pdf", 1, None, "", "metadata"),),
                decision=Decision("confirmed", "李审核", "2026-01-05T09:00:00.000+00:00",
                                  "<b>核实</b>"))
    name = flag("A1", "NAME_MISMATCH")
    name = Flag(name.code, Severity.MEDIUM, "A1", name.message, name.declared, name.found,
                evidence=name.evidence,
                decision=Decision("open", "credcheck", "2026-01-06T00:00:00.000+00:00",
                                  decisions.REOPEN_NOTE, evidence_changed=True))
    result = ApplicantResult("A1", "张三", "某单位", "某局", "中级", (missing, seal, name))
    assert (result.status, result.risk_score, result.codes) == ("review", 40,
                                                                ["NAME_MISMATCH", "SEAL_MISSING"])
    items = [i.text for i in notice_items(result)]
    assert len(items) == 1 and "聘书.pdf" in items[0] and not any("学历" in i for i in items)

    write_tables([result], tmp_path, policy.load("liuzhou-2024"))
    rows = list(csv.DictReader((tmp_path / "flags.csv").open(encoding="utf-8-sig")))
    assert [(r["code"], r["decision"], r["decided_by"]) for r in rows] == [
        ("MATERIAL_MISSING", "dismissed", "王审核"), ("SEAL_MISSING", "confirmed", "李审核"),
        ("NAME_MISMATCH", "open", "credcheck")]
    assert (rows[0]["decision_note"] == "已线下补交"
            and rows[0]["decided_at"].startswith("2026-01-05T08:00"))
    [applicant] = csv.DictReader((tmp_path / "applicants.csv").open(encoding="utf-8-sig"))
    assert ((applicant["status"], applicant["risk_score"], applicant["critical"])
            == ("review", "40", "0"))

    page = applicant_page(result)
    assert "已排除" in page and "已确认" in page and "证据在上次决定后已变化" in page
    assert "&lt;b&gt;核实&lt;/b&gt;" in page and "<b>核实" not in page  # escaped
    assert 'id="open-count">1<' in page and "<form" not in page  # static: no controls
    index = index_page([result], "测试", summarise("w1", [result], 1.0))
    assert "审核进度" in index and "2 / 3 项已审" in index and 'data-review="open"' in index
