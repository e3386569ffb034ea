"""The review server over real HTTP (no browser): access, CSRF, escaping, decisions, files.

The browser half (Chromium clicking confirm and dismiss, a re-run in between) is in
tests/test_review_browser.py."""

from __future__ import annotations

import http.client
import re
import threading
from urllib.parse import urlencode

import pytest

from pipeline.decisions import ReviewError
from pipeline.model import ApplicantResult, Evidence, Flag, Severity
from pipeline.review_server import ReviewSite, make_server
from pipeline.store import Store

EVIL = '<script>alert("x")</script>'


@pytest.fixture
def site(tmp_path) -> ReviewSite:
    store = Store(tmp_path / "store.sqlite")
    run = store.begin_run("screen", window="w1", review_year=2024)
    flags = (Flag("NAME_MISMATCH", Severity.HIGH, "A1", f"姓名不符 {EVIL}", "张三", EVIL,
                  evidence=(Evidence("学历.pdf", 1, None, "姓名 李四", "ocr", 0.9),)),
             Flag("SEAL_MISSING", Severity.HIGH, "A1", "聘书无公章",
                  evidence=(Evidence("聘书.pdf", 1, None, "", "metadata"),)))
    result = ApplicantResult("A1", EVIL, "某单位", "某局", "中级", flags)
    store.save_result(run, "w1", 2024, "h", "v1", result, None, result.status)
    store.end_run(run, "completed", applicants=1, screened=1, reused=0)
    reports = tmp_path / "out" / "reports"
    reports.mkdir(parents=True)
    (reports / "units.html").write_text("<p>units</p>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (reports / "link.txt").symlink_to(tmp_path / "secret.txt")
    return ReviewSite(tmp_path / "out", store, "w1")


@pytest.fixture
def serving(site):
    servers = []

    def start(token: str | None = None) -> int:
        server = make_server(site, "127.0.0.1", 0, token)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def request(port: int, method: str, path: str, body: dict[str, str] | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    data = urlencode(body) if body is not None else None
    all_headers = {**({"Content-Type": "application/x-www-form-urlencoded"} if data else {}),
                   **(headers or {})}
    conn.request(method, path, data, all_headers)
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    head = {k.lower(): v for k, v in response.getheaders()}
    head["set-cookie"] = "; ".join(v for k, v in response.getheaders() if k.lower() == "set-cookie")
    conn.close()
    return response.status, head, text


def test_off_loopback_it_refuses_to_start_without_a_token(site, monkeypatch):
    monkeypatch.delenv("CREDCHECK_REVIEW_TOKEN", raising=False)
    with pytest.raises(ReviewError, match="refusing to serve on 0.0.0.0 without an access token"):
        make_server(site, "0.0.0.0", 0)
    monkeypatch.setenv("CREDCHECK_REVIEW_TOKEN", "s3cret")
    make_server(site, "0.0.0.0", 0).server_close()


def test_decisions_need_the_csrf_token_and_everything_is_escaped(serving, site):
    port = serving()
    status, head, page = request(port, "GET", "/A1.html")
    assert status == 200 and EVIL not in page and "&lt;script&gt;" in page
    assert "frame-ancestors 'none'" in head["content-security-policy"]
    session = re.search(r"cc_session=([0-9a-f]{32})", head["set-cookie"]).group(1)
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    fingerprint = re.search(r'data-code="NAME_MISMATCH"[^>]*data-fingerprint="([0-9a-f]+)"',
                            page).group(1)
    form = {"code": "NAME_MISMATCH", "file": "学历.pdf", "fingerprint": fingerprint, "by": "王审核",
            "decision": "dismissed", "note": "原件一致"}
    cookie = {"Cookie": f"cc_session={session}"}
    assert request(port, "POST", "/decide/A1", {**form, "csrf": "0" * 64}, cookie)[0] == 403
    # no session cookie
    assert request(port, "POST", "/decide/A1", {**form, "csrf": csrf})[0] == 403
    status, _, text = request(port, "POST", "/decide/A1", {**form, "csrf": csrf, "note": " "},
                              cookie)
    assert status == 409 and "须填写审核意见" in text
    status, head, _ = request(port, "POST", "/decide/A1", {**form, "csrf": csrf, "note": EVIL},
                              cookie)
    assert status == 303 and head["location"] == f"/A1.html#f-{fingerprint}"
    [entry] = site.store.decision_log("w1")
    assert (entry.by, entry.to_state, entry.note) == ("王审核", "dismissed", EVIL)
    page = request(port, "GET", "/A1.html", headers={"Cookie": head["set-cookie"].split(";")[0]})[2]
    assert 'data-decision="dismissed"' in page and EVIL not in page and 'value="王审核"' in page
    index = request(port, "GET", "/index.html")[2]
    assert "1 / 2 项已审" in index and EVIL not in index


def test_only_files_inside_reports_are_served(serving):
    port = serving()
    assert request(port, "GET", "/units.html")[0] == 200
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/link.txt", "/nothing.png", "/B9.html"):
        assert request(port, "GET", path)[0] == 404, path


def test_a_token_is_asked_of_every_request(serving):
    port = serving("s3cret")
    assert request(port, "GET", "/index.html")[0] == 401
    assert request(port, "GET", "/index.html?token=wrong")[0] == 401
    status, head, _ = request(port, "GET", "/index.html?token=s3cret")
    assert (status == 303 and "cc_token=s3cret" in head["set-cookie"]
            and "HttpOnly" in head["set-cookie"])
    assert request(port, "GET", "/index.html", headers={"Cookie": "cc_token=s3cret"})[0] == 200
    assert request(port, "GET", "/index.html", headers={"Authorization": "Bearer s3cret"})[0] == 200
    assert request(port, "POST", "/decide/A1", {"csrf": "x"})[0] == 401
