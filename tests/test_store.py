"""The results store on both backends: an SQLite file and a real PostgreSQL server (tests/pg.py).

Every test here runs twice through the parametrized ``store_location`` fixture.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading

import pytest

from pipeline.model import ApplicantResult, Evidence, FileRecord, Flag, Severity
from pipeline.papers import PaperIdentity, paper_key
from pipeline.store import Declared, FlagChange, Store, StoreError, store_url

ID_A = "110101199003070011"
ID_B = "110101198506060022"


def result(aid: str, *codes: str) -> ApplicantResult:
    return ApplicantResult(
        applicant_id=aid, name="张三", unit="某单位", department="某局", level="中级",
        flags=tuple(Flag(c, Severity.HIGH, aid, f"{c} 说明",
                         evidence=(Evidence.declared("x", "1"),))
                    for c in codes),
        files=(FileRecord(aid, "论文1.pdf", "paper", "paper", 2, "ocr", "ok"),),
    )


# ---------------------------------------------------------------- the year registry


def papers(*titles: str, journal: str = "建筑技术") -> tuple[tuple[str, PaperIdentity], ...]:
    return tuple((t, PaperIdentity.of(t, journal, "", "", 2024)) for t in titles)


def test_registry_finds_the_same_person_and_papers_across_windows(store_location):
    store = Store(store_location)
    store.register_window(2024, "w1",
                          [Declared("A1", ID_A, "中级", papers("软土地基处理技术研究"))])
    store.register_window(2024, "w2", [
        Declared("B1", ID_A.lower(), "中级", papers("《软土地基 处理技术研究》")),
        Declared("B2", ID_B, "中级", ())])
    store.register_window(2023, "old",
                          [Declared("C1", ID_A, "中级", papers("软土地基处理技术研究"))])
    assert [(r.window, r.applicant_id)
            for r in store.same_person_and_level(2024, ID_A, "中级", "A1")] == [("w2", "B1")]
    assert store.same_person_and_level(2024, ID_A, "副高级", "A1") == []
    claims = store.paper_claims(2024, paper_key("软土地基处理技术研究"), exclude="A1")
    assert [(r.window, r.applicant_id) for r in claims] == [("w2", "B1")]
    assert claims[0].paper == PaperIdentity.of("软土地基处理技术研究", "建筑技术", "", "", 2024)


def test_registering_a_window_again_replaces_what_it_registered(store_location):
    store = Store(store_location)
    store.register_window(2024, "w1", [Declared("A1", ID_A, "中级", papers("论文甲"))])
    store.register_window(2024, "w2", [Declared("B1", ID_A, "中级", papers("论文甲"))])
    store.register_window(2024, "w1", [Declared("A1", ID_B, "中级", papers("论文乙"))])
    assert store.same_person_and_level(2024, ID_A, "中级", "B1") == []
    assert store.paper_claims(2024, paper_key("论文甲"), exclude="B1") == []
    assert len(store.same_person_and_level(2024, ID_B, "中级", "nobody")) == 1


def test_no_identity_number_is_stored_in_the_registry(store_location, tmp_path):
    store = Store(store_location)
    store.register_window(2024, "w1", [Declared("A1", ID_A, "中级", ())])
    if store.backend == "sqlite":
        assert ID_A.encode() not in (tmp_path / "store.sqlite").read_bytes()
        assert (tmp_path / "store.sqlite").stat().st_mode & 0o077 == 0  # forms are stored


# ---------------------------------------------------------------- results


def test_results_round_trip_and_count_screenings(store_location):
    store = Store(store_location)
    run = store.begin_run("screen", window="w1", review_year=2024, blacklist_version="v1")
    first = result("A1", "LEVEL_SKIP")
    store.save_result(run, "w1", 2024, "h1", "v1", first, '{"applicant_id": "A1"}', "review")
    assert store.load_results("w1") == {"A1": first}
    assert store.states("w1")["A1"].input_hash == "h1"
    second = result("A1", "LEVEL_SKIP", "PAPER_SHARED")
    store.save_result(run, "w1", 2024, "h2", "v1", second, None, "review")
    assert store.load_results("w1", ["A1"]) == {"A1": second}
    assert store.screen_counts("w1") == {"A1": 2}
    assert store.list_versions(2024) == {"v1": 1}
    assert store.list_versions(2023) == {}
    store.save_result(run, "w2", 2024, "h3", "no-list", result("B1"), None, "review")
    assert store.window_versions(2024) == {"w1": {"v1"}, "w2": {"no-list"}}
    assert store.window_versions(2023) == {}


def test_prune_forgets_applicants_gone_from_the_window(store_location):
    store = Store(store_location)
    run = store.begin_run("screen", window="w1")
    for aid in ("A1", "A2", "A3"):
        store.save_result(run, "w1", 2024, "h", "v1", result(aid), None, "clear")
    store.save_result(run, "w2", 2024, "h", "v1", result("A2"), None, "clear")
    assert store.prune("w1", ["A1", "A3"]) == 1
    assert sorted(store.load_results("w1")) == ["A1", "A3"]
    assert sorted(store.load_results("w2")) == ["A2"]


def test_rescreen_keeps_the_screen_count_and_records_changes(store_location):
    store = Store(store_location)
    run = store.begin_run("screen", window="w1")
    store.save_result(run, "w1", 2024, "h1", "v1", result("A1", "LEVEL_SKIP"), "{}", "review")
    stored = next(store.stored(window="w1"))
    again = result("A1", "LEVEL_SKIP", "JOURNAL_BLACKLISTED")
    rescreen = store.begin_run("rescreen", blacklist_version="v2")
    store.save_rescreen(rescreen, stored, again, "v2", "ineligible",
                        [FlagChange("w1", "A1", "new", again.flags[1])])
    assert store.screen_counts("w1") == {"A1": 1}
    assert store.load_results("w1")["A1"] == again
    assert [c.flag.code for c in store.flag_changes(rescreen)] == ["JOURNAL_BLACKLISTED"]
    assert list(store.stored(not_version="v2")) == []
    assert [s.applicant_id for s in store.stored(not_version="v1")] == ["A1"]


def test_a_run_left_running_by_a_dead_process_becomes_interrupted(store_location):
    subprocess.run([sys.executable, "-c", "import sys; from pipeline.store import Store; "
                    "Store(sys.argv[1]).begin_run('screen', window='w1')", store_location],
                   check=True)
    store = Store(store_location)
    [dead] = store.runs(window="w1")
    assert dead.status == "running"
    run = store.begin_run("screen", window="w1")
    store.end_run(run, "completed", applicants=3, screened=1, reused=2, rescreened=0)
    assert [(r.status, r.screened, r.reused) for r in store.runs(window="w1")] \
        == [("interrupted", None, None), ("completed", 1, 2)]


def test_window_info_is_kept_for_rescreening(store_location):
    store = Store(store_location)
    assert store.window_info("w1") is None
    store.record_window("w1", 2024, "/srv/inbox/w1", "liuzhou-2024", {"review_year": 2024})
    info = store.window_info("w1")
    assert (info.policy, info.overrides, info.review_year) == ("liuzhou-2024",
                                                               {"review_year": 2024}, 2024)


def test_concurrent_writers_do_not_lose_results(store_location):
    store = Store(store_location)
    run = store.begin_run("screen", window="w1")
    errors = []

    def write(prefix: str) -> None:
        try:
            for i in range(15):
                store.save_result(run, "w1", 2024, "h", "v1", result(f"{prefix}{i}"), None, "clear")
                store.paper_claims(2024, "x", exclude="y")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(p,)) for p in "ABC"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.load_results("w1")) == 45


def test_the_store_pickles_as_its_location(store_location):
    store = Store(store_location)
    store.register_window(2024, "w1", [Declared("A1", ID_A, "中级", ())])
    copy = pickle.loads(pickle.dumps(store))
    assert copy.location == store_location
    assert len(copy.same_person_and_level(2024, ID_A, "中级", "x")) == 1


# ---------------------------------------------------------------- locations


def test_locations():
    assert store_url("out/store.sqlite").get_backend_name() == "sqlite"
    assert store_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        store_url("mysql://u@h/db")


@pytest.mark.parametrize("where", ["no_such_database", "no_server"])
def test_an_unusable_database_is_one_line_without_the_password(pg_server, where):
    port = pg_server.port if where == "no_such_database" else 1
    with pytest.raises(StoreError) as caught:
        Store(f"postgresql://postgres:s3cret@127.0.0.1:{port}/no_such_database")
    message = str(caught.value)
    assert "s3cret" not in message and "no_such_database" in message
    assert "\n" not in message


def test_a_run_of_a_live_process_is_reported_not_interrupted(store_location):
    child = subprocess.Popen([sys.executable, "-c",
                              "import sys, time; from pipeline.store import Store; "
                              "Store(sys.argv[1]).begin_run('screen', window='w1'); "
                              "print('ok', flush=True); "
                              "time.sleep(120)", store_location], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ok"
        store = Store(store_location)
        run = store.begin_run("screen", window="w1")
        [other] = store.running_elsewhere(run)
        assert other.status == "running" and other.run_id != run
    finally:
        child.kill()
        child.wait()


def test_window_rule_flags_are_stored_beside_the_result(store_location):
    store = Store(store_location)
    run = store.begin_run("screen", window="w1")
    own = result("A1", "LEVEL_SKIP")
    store.save_result(run, "w1", 2024, "h1", "v1", own, "{}", "review")
    assert store.window_flags("w1") == {"A1": ()}
    shared = Flag("PAPER_SHARED", Severity.HIGH, "A1", "上传的论文相同：B1", found="论文甲",
                  reference="B1")
    store.save_window_flags("w1", own, (shared,), "review")
    assert store.window_flags("w1") == {"A1": (shared,)}
    assert store.load_results("w1") == {"A1": own}  # the applicant's own rules' result
    assert store.reported("w1") == {"A1": ("review", own.flags + (shared,))}
    [stored] = store.stored(window="w1")
    assert (stored.window_flags == (shared,)
            and stored.reported() == own.with_(flags=own.flags + (shared,)))
    # A re-screen keeps them; a fresh screening clears them until the window rules run again.
    again = result("A1", "LEVEL_SKIP", "JOURNAL_BLACKLISTED")
    store.save_rescreen(store.begin_run("rescreen"), stored, again, "v2", "review", ())
    assert store.reported("w1")["A1"][1] == again.flags + (shared,)
    assert store.window_flags("w1") == {"A1": (shared,)}
    store.save_result(run, "w1", 2024, "h2", "v2", own, "{}", "review")
    assert store.window_flags("w1") == {"A1": ()} and store.reported("w1")["A1"][1] == own.flags


def test_a_store_of_schema_2_gains_the_window_flags_column(tmp_path):
    import sqlalchemy as sa

    path = tmp_path / "old.sqlite"
    store = Store(path)
    store.save_result(store.begin_run("screen", window="w1"), "w1", 2024, "h", "v1", result("A1"),
                      None, "clear")
    store.close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE results DROP COLUMN window_flags"))
        conn.execute(sa.text("UPDATE credcheck_meta SET value = '2' WHERE key = 'schema_version'"))
    engine.dispose()
    assert Store(path).window_flags("w1") == {"A1": ()}
