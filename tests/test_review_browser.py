"""The review server in real headless Chromium: a reviewer clicks confirm and dismiss on an
applicant's page of a real run (the tiny window, screened through the plain window-run
functions with the ``none`` OCR engine), reloads and finds the decisions, also in the static
pages and flags.csv before any run; the window is run again and the decisions stay, in the
served pages, the static pages and flags.csv."""

from __future__ import annotations

import csv
import os
import shutil
import threading

import pytest

from pipeline.review_server import ReviewSite, make_server
from pipeline.store import Store
from tests.browser import Chromium, available
from tests.test_window_run import run_window

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not available() and not os.environ.get("CI"),
                                 reason="needs Debian's chromium")]

CARDS = ("Array.prototype.map.call(document.querySelectorAll('article.flag'),"
         "function(a){return [a.id, a.dataset.decision, a.hidden]})")


def flag_rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def submit(browser: Chromium, selector: str) -> None:
    """Click a submit button and wait for the page the server answers with."""
    mark = len(browser.events)
    browser.click(selector)
    browser.wait_for("Page.loadEventFired", since=mark)


def test_a_reviewer_confirms_and_dismisses_and_a_rerun_keeps_it(tiny_window, tmp_path):
    window = tmp_path / tiny_window.name
    shutil.copytree(tiny_window, window)
    out, store_path = tmp_path / "out", tmp_path / "store.sqlite"
    run_window(window, out, store_path)
    flagged = sorted({r["applicant_id"] for r in flag_rows(out / "flags.csv")})
    # one flag is confirmed on the first's page, one dismissed on the second's
    one, two = flagged[:2]

    store = Store(store_path)
    site = ReviewSite(out, store)
    server = make_server(site, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    def decisions_shown(browser: Chromium, url: str) -> tuple[str, str]:
        browser.open(url.format(one))
        mine = browser.js(CARDS)[0]
        browser.open(url.format(two))
        return mine[1], browser.js(CARDS)[0][1]

    try:
        with Chromium() as browser:
            browser.open(f"{base}/index.html")
            total = len(flag_rows(out / "flags.csv"))
            assert f"0 / {total} 项已审" in browser.js(
                "document.querySelector('#summary').textContent")
            browser.open(f"{base}/{one}.html")
            first = browser.js(CARDS)[0][0]
            browser.type_into(f"#{first} input[name=by]", "王审核")
            browser.type_into(f"#{first} textarea", "已核对原件")
            submit(browser, f"#{first} button.confirm")
            browser.open(f"{base}/{two}.html")
            second = browser.js(CARDS)[0][0]
            # the reviewer's name is remembered from the last decision
            assert browser.js(
                f"document.querySelector('#{second} input[name=by]').value") == "王审核"
            browser.type_into(f"#{second} textarea", "原件无误，<误报>")
            submit(browser, f"#{second} button.dismiss")
            assert "原件无误，<误报>" in browser.js(
                f"document.querySelector('#{second} .decided').textContent")

            assert decisions_shown(browser, base + "/{}.html") == ("confirmed", "dismissed")
            browser.open(f"{base}/index.html")
            assert f"2 / {total} 项已审" in browser.js(
                "document.querySelector('#summary').textContent")

            # the static copy follows the decisions before any run (the server's publisher)
            assert site.publisher is not None and site.publisher.flush(60)
            assert decisions_shown(browser, (out / "reports").as_uri() + "/{}.html") == (
                "confirmed", "dismissed")
            assert sorted(r["decision"] for r in flag_rows(out / "flags.csv")
                          if r["decision"] != "open") == ["confirmed", "dismissed"]
            browser.open((out / "reports" / "index.html").as_uri())
            assert f"2 / {total} 项已审" in browser.js(
                "document.querySelector('#summary').textContent")

            run_window(window, out, store_path)  # nothing changed: every applicant reused

            assert decisions_shown(browser, base + "/{}.html") == ("confirmed", "dismissed")
            browser.click("#only-open")
            assert browser.js(CARDS)[0][2] is True  # the dismissed flag hidden by the open filter
            # the static pages the re-run wrote, opened from disk
            assert decisions_shown(browser, (out / "reports").as_uri() + "/{}.html") == (
                "confirmed", "dismissed")
            assert "<form" not in browser.js("document.documentElement.outerHTML")
            assert browser.problems() == []
    finally:
        server.shutdown()
        server.server_close()
        site.close()
    # each applicant may have several flags (the first card is the one decided): its decided row
    decided = {r["applicant_id"]: r for r in flag_rows(out / "flags.csv")
               if r["decision"] != "open"}
    assert sorted(decided) == sorted([one, two])
    assert (decided[one]["decision"], decided[one]["decided_by"]) == ("confirmed", "王审核")
    assert (decided[two]["decision"], decided[two]["decision_note"]) == ("dismissed",
                                                                         "原件无误，<误报>")
    assert [e.kind for e in store.decision_log()] == ["decision", "decision"]
