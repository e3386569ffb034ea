"""A decision reaches the static outputs without a run (pipeline.report.publish): the applicant's
page and notice, the overview, flags.csv, applicants.csv and units.csv, from the command line
(``credcheck review confirm|dismiss --out``, ``credcheck review publish``) and from the review
server (its background publisher)."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest

from pipeline.model import ApplicantResult, Evidence, Flag, Severity
from pipeline.report.publish import LOCK_NAME, publish
from pipeline.review_server import ReviewSite
from pipeline.store import Store


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def flag(aid: str, code: str, severity: Severity = Severity.HIGH, file: str = "聘书.pdf",
         found: str = "李四") -> Flag:
    return Flag(code, severity, aid, f"{code} 说明", declared="张三", found=found,
                evidence=(Evidence(file, 1, None, f"姓名 {found}", "ocr", 0.9),))


@pytest.fixture
def window(tmp_path) -> tuple[Store, Path, str]:
    """A stored window of three applicants (the third not screened by its last run) and the
    outputs its run wrote (published once, no decision yet)."""
    location = str(tmp_path / "store.sqlite")
    store = Store(location)
    store.record_window("w1", 2024, str(tmp_path / "w1"), "liuzhou-2024", {})
    run = store.begin_run("screen", window="w1", review_year=2024)
    for result in (ApplicantResult("A1", "张三", "某单位", "某局", "中级",
                                   (flag("A1", "NAME_MISMATCH", Severity.CRITICAL),
                                    flag("A1", "SEAL_MISSING", Severity.MEDIUM, "聘书.pdf",
                                         "无章"))),
                   ApplicantResult("A2", "李四", "某单位", "某局", "中级",
                                   (flag("A2", "ID_MISMATCH"),))):
        store.save_result(run, "w1", 2024, "h", "v1", result, None, result.status)
    store.end_run(run, "completed", applicants=3, screened=2, reused=0)
    out = tmp_path / "out"
    out.mkdir()
    # the run listed A3 without screening it (interrupted): not in the store
    (out / "applicants.csv").write_text(
        "\ufeffapplicant_id,name,unit,level,status,risk_score,flags,critical,high,medium,low,report,errors\n"
        "A1,张三,某单位,中级,ineligible,110,,1,0,1,0,,\nA2,李四,某单位,中级,review,30,,0,1,0,0,,\n"
        "A3,王五,某单位,中级,review,0,,0,0,0,0,,screening did not finish: interrupted by SIGTERM\n",
        encoding="utf-8")
    publish(store, out, "w1")
    return store, out, location


def test_a_decision_from_the_command_line_reaches_the_static_outputs(window, capsys):
    from flows.cli import main

    store, out, location = window
    page_a2 = (out / "reports" / "A2.html").read_bytes()
    assert rows(out / "flags.csv")[0]["decision"] == "open"
    assert main(["review", "dismiss", "A1", "NAME_MISMATCH", "--note", "原件姓名一致，<识别错误>",
                 "--by", "王审核", "--out", str(out), "--store", location]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("w1 A1 NAME_MISMATCH 聘书.pdf: open -> dismissed by 王审核")
    assert (printed[1].startswith("w1: published 1 of 3 flag decision(s)")
            and "1 applicant page(s)" in printed[1])

    flags = {(r["applicant_id"], r["code"]): r for r in rows(out / "flags.csv")}
    assert (flags["A1", "NAME_MISMATCH"]["decision"], flags["A1", "NAME_MISMATCH"]["decided_by"],
            flags["A1", "NAME_MISMATCH"]["decision_note"]) == ("dismissed", "王审核",
                                                               "原件姓名一致，<识别错误>")
    assert flags["A1", "SEAL_MISSING"]["decision"] == "open"
    applicants = {r["applicant_id"]: r for r in rows(out / "applicants.csv")}
    # the dismissed critical flag no longer counts: status and risk score follow
    assert (applicants["A1"]["status"], applicants["A1"]["risk_score"]) == ("review", "10")
    # the applicant the run could not screen is still listed as such
    assert applicants["A3"]["errors"] == "screening did not finish: interrupted by SIGTERM"
    unit = next(r for r in rows(out / "units.csv")
                if r["scope"] == "unit" and r["department"] == "某局")
    assert (unit["applicants"], unit["flagged"]) == ("2", "1")  # A1 no longer non-conforming

    page = (out / "reports" / "A1.html").read_text(encoding="utf-8")
    assert "已排除" in page and "&lt;识别错误&gt;" in page and "<form" not in page
    # only the decided applicant's page
    assert (out / "reports" / "A2.html").read_bytes() == page_a2
    index = (out / "reports" / "index.html").read_text(encoding="utf-8")
    assert "1 / 3 项已审" in index and "A3" in index
    assert (out / LOCK_NAME).stat().st_mode & 0o077 == 0


def test_decisions_taken_without_out_are_published_on_demand(window, capsys):
    from flows.cli import main

    store, out, location = window
    assert main(["review", "confirm", "A2", "ID_MISMATCH", "--store", location]) == 0
    assert rows(out / "flags.csv")[2]["decision"] == "open"  # not published yet
    assert main(["review", "publish", "--out", str(out), "--store", location]) == 0
    assert "published 1 of 3 flag decision(s)" in capsys.readouterr().out
    a2 = [r for r in rows(out / "flags.csv") if r["applicant_id"] == "A2"]
    assert [r["decision"] for r in a2] == ["confirmed"]
    assert 'data-decision="confirmed"' in (out / "reports" / "A2.html").read_text(encoding="utf-8")


def test_out_of_another_window_is_refused_before_deciding(window, tmp_path, capsys):
    from flows.cli import main

    store, out, location = window
    code = main(["review", "confirm", "A1", "SEAL_MISSING", "--window", "w2", "--out", str(out),
                 "--store", location])
    assert code != 0 and "holds the outputs of window 'w1', not 'w2'" in capsys.readouterr().err
    assert main(["review", "publish", "--out", str(tmp_path), "--store", location]) != 0
    assert "no applicants.csv" in capsys.readouterr().err
    assert store.decision_log() == []


def test_the_review_server_publishes_every_decision_in_the_background(window):
    store, out, _ = window
    site = ReviewSite(out, store)
    assert site.window == "w1"  # told by applicants.csv, the unscreened applicant aside
    targets = [("A1", "NAME_MISMATCH"), ("A1", "SEAL_MISSING"), ("A2", "ID_MISMATCH")] * 4

    def decide(n: int) -> None:
        aid, code = targets[n]
        found = next(f for f in store.reported_flags("w1", aid) if f.code == code)
        site.decide(aid, {"code": code, "file": found.file, "fingerprint": found.fingerprint,
                          "decision": "dismissed" if n % 2 else "confirmed", "by": f"审核员{n}",
                          "note": f"第 {n} 次"})

    threads = [threading.Thread(target=decide, args=(n,)) for n in range(len(targets))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert site.publisher is not None and site.publisher.flush(30)
    latest = {}
    for entry in store.decision_log("w1"):
        latest[entry.applicant_id, entry.code] = entry
    shown = {(r["applicant_id"], r["code"]): (r["decision"], r["decided_by"])
             for r in rows(out / "flags.csv")}
    # the latest decision of each
    assert shown == {key: (e.to_state, e.by) for key, e in latest.items()}
    assert "3 / 3 项已审" in (out / "reports" / "index.html").read_text(encoding="utf-8")
    assert site.publisher.failures == [] and 1 <= site.publisher.published <= len(targets)
    site.close()


def test_a_stopped_server_publishes_what_is_pending_first(window):
    """SIGTERM (systemd's stop) ends `credcheck review serve` as Ctrl-C does: the decisions not
    yet in the static reports are written before it exits."""
    import os
    import re
    import signal
    import subprocess
    import sys
    import time

    from tests.test_review_server import request

    store, out, location = window
    root = Path(__file__).resolve().parents[1]
    server = subprocess.Popen([sys.executable, "-m", "flows.cli", "review", "serve",
                               "--out", str(out), "--store", location, "--port", "0"],
                              cwd=root, text=True,
                              env={**os.environ, "PYTHONPATH": str(root)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = server.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        assert "the static reports in" in line
        status, head, page = request(port, "GET", "/A2.html")
        session = re.search(r"cc_session=([0-9a-f]{32})", head["set-cookie"]).group(1)
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        [found] = store.reported_flags("w1", "A2")
        form = {"csrf": csrf, "code": found.code, "file": found.file,
                "fingerprint": found.fingerprint,
                "by": "王审核", "decision": "confirmed", "note": ""}
        assert request(port, "POST", "/decide/A2", form,
                       {"Cookie": f"cc_session={session}"})[0] == 303
        started = time.monotonic()
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0 and time.monotonic() - started < 30
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    a2 = [r for r in rows(out / "flags.csv") if r["applicant_id"] == "A2"]
    assert [(r["decision"], r["decided_by"]) for r in a2] == [("confirmed", "王审核")]
