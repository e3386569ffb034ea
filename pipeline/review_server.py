"""The review server: one window's reports with confirm/dismiss controls on every flag.

``credcheck review serve --out DIR`` serves ``DIR/reports`` as the run wrote it (evidence
images, notices, units page), except the overview and the applicant pages, which are rendered
from the store on every request with the current decisions: open items per applicant, the
review progress, an open-items filter, and on each flag a reviewer field, a note box and
确认 / 排除 buttons. A decision is recorded as ``credcheck review`` records it
(:mod:`pipeline.decisions`), and the static outputs under ``DIR`` (the pages others open from
a file share, flags.csv, applicants.csv, units.csv) are rewritten for it in the background
(:class:`Publisher`, :mod:`pipeline.report.publish`) a moment later.

Security: it binds to loopback unless told otherwise, and on any other address refuses to
start without an access token (``--token`` or ``$CREDCHECK_REVIEW_TOKEN``), asked of every
request (``?token=`` once, then an HttpOnly SameSite=Strict cookie, or ``Authorization:
Bearer``); every change carries a CSRF token bound to the browser's session cookie; every
page is rendered by the autoescaping templates, error text is escaped; static files are
served only from inside ``reports/``, no link followed.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import ipaddress
import logging
import mimetypes
import os
import re
import secrets
import signal
import threading
from http import HTTPStatus
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from pipeline import decisions
from pipeline import policy as policies
from pipeline.decisions import ReviewError
from pipeline.model import ApplicantResult
from pipeline.policy import Policy
from pipeline.report.applicant_page import ReviewControls
from pipeline.report.html import served_applicant_page
from pipeline.report.index_page import index_page
from pipeline.report.publish import last_summary, listed, publish, reported_results, window_of
from pipeline.report.tables import report_stem
from pipeline.store import Store

log = logging.getLogger("credcheck.review")

TOKEN_ENV = "CREDCHECK_REVIEW_TOKEN"
MAX_FORM = 64 * 1024  # bytes of a posted decision
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'unsafe-inline'; "
                               "style-src 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def is_loopback(host: str) -> bool:
    """Whether `host` is a loopback address (or ``localhost``).

    >>> (is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0"),
    ...  is_loopback("localhost"))
    (True, True, False, True)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Publisher:
    """Brings the static outputs in line with the decisions, in a thread of its own: each
    decision marks its applicant, and the thread publishes the marked applicants
    (:func:`pipeline.report.publish.publish`: their pages, the overview and the tables), all
    those marked while the last publish ran, or in the `settle` seconds after it, at once (so
    that under many reviewers it takes a bounded share of the process). A decision's answer
    never waits for it; the static copy follows within `settle` and one publish (a fraction of
    a second each for a window of 50). A publish that fails is logged and tried again with the
    next decision."""

    def __init__(self, store: Store, out: Path, window: str, settle: float = 0.5) -> None:
        self.store, self.out, self.window, self.settle = store, Path(out), window, settle
        self._marked: set[str] = set()
        self._busy = False
        self._closing = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        self.published = 0  # publishes done
        self.failures: list[str] = []  # why publishes failed, latest last

    def mark(self, applicant_id: str) -> None:
        """Publish this applicant's outputs (soon)."""
        with self._changed:
            self._marked.add(applicant_id)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="credcheck-publish",
                                                daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def _work(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._marked or self._closing)
                if not self._marked:
                    return
                batch, self._marked, self._busy = self._marked, set(), True
            try:
                publish(self.store, self.out, self.window, applicants=batch)
                self.published += 1
            except Exception as error:  # noqa: BLE001 - the decision is stored; the copy lags
                log.warning("%s: static reports not updated (the decision is recorded): %s",
                            self.out, error)
                self.failures.append(str(error))
            finally:
                with self._changed:
                    self._busy = False
                    self._changed.notify_all()
                    # gather the next batch
                    self._changed.wait_for(lambda: self._closing, self.settle)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything marked is published; False if `timeout` (seconds) ran out."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._marked and not self._busy, timeout)

    def close(self, timeout: float | None = 60.0) -> None:
        """Publish what is marked, then stop the thread."""
        self.flush(timeout)
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)


class ReviewSite:
    """What the server shows and records, without HTTP: pages and decisions of one window."""

    def __init__(self, out: Path, store: Store, window: str | None = None, *,
                 publish_static: bool = True) -> None:
        self.out, self.store = Path(out), store
        self.reports = self.out / "reports"
        self.window = window or window_of(self.out, store)
        info = store.window_info(self.window)
        self.policy: Policy | None = policies.load(info.policy, info.overrides) if info else None
        self._secret = secrets.token_bytes(32)
        self._stems = {report_stem(aid): aid for aid in store.states(self.window)}
        # the static reports under `out` follow each decision (pipeline.report.publish)
        self.publisher = Publisher(store, self.out, self.window) if publish_static else None

    def csrf(self, session: str) -> str:
        """The CSRF token of a browser session."""
        return hmac.new(self._secret, session.encode(), hashlib.sha256).hexdigest()

    def applicant_of(self, stem: str) -> str | None:
        """The applicant id whose page is ``<stem>.html``, or None (looked up again when not
        known: a run may have added applicants since the server started)."""
        if stem not in self._stems:
            self._stems = {report_stem(aid): aid for aid in self.store.states(self.window)}
        return self._stems.get(stem)

    def result(self, applicant_id: str) -> ApplicantResult:
        """One applicant's stored result as reported, its decisions attached."""
        own = self.store.load_results(self.window, [applicant_id])[applicant_id]
        reported = own.with_(
            flags=own.flags + self.store.window_flags(self.window).get(applicant_id, ()))
        return decisions.attach(self.store, self.window, [reported], log_reopened=False)[0]

    def index_html(self) -> str:
        """The overview with the current decisions."""
        results = reported_results(self.store, self.window, listed(self.out))
        summary = last_summary(self.store, self.window, results,
                               self.policy.title if self.policy else "")
        return index_page(results, f"{self.window} 职称评审材料核查（在线审核）", summary)

    def applicant_html(self, applicant_id: str, session: str, by: str) -> str:
        """One applicant's page with decision controls."""
        controls = ReviewControls(action=f"decide/{report_stem(applicant_id)}",
                                  csrf=self.csrf(session), by=by)
        return served_applicant_page(self.result(applicant_id), self.reports, self.policy, controls)

    def decide(self, applicant_id: str, form: dict[str, str]) -> str:
        """Record a decision posted from a page; returns the flag's fingerprint. Raises
        :class:`ReviewError` with a reviewer-facing (Chinese) message."""
        state, note, by = (form.get("decision", ""), form.get("note", "").strip(),
                           form.get("by", "").strip())
        if state not in ("confirmed", "dismissed"):
            raise ReviewError("无效的审核决定")
        if not by:
            raise ReviewError("请填写审核人")
        if state == "dismissed" and not note:
            raise ReviewError("排除风险提示须填写审核意见（理由）")
        try:
            flag = decisions.find_flag(self.store, self.window, applicant_id, form.get("code", ""),
                                       form.get("file", ""), form.get("fingerprint", "") or None)
        except ReviewError as error:
            raise ReviewError(f"该风险提示已不存在或已变化，请刷新页面（{error}）") from None
        decisions.decide(self.store, self.window, flag, state, by, note)  # type: ignore[arg-type]
        if self.publisher is not None:
            self.publisher.mark(applicant_id)
        return flag.fingerprint

    def close(self) -> None:
        """Publish the decisions not yet in the static reports."""
        if self.publisher is not None:
            self.publisher.close()


class _Handler(BaseHTTPRequestHandler):
    server_version = "credcheck-review"
    site: ReviewSite
    token: str | None
    _set_cookies: list[str]

    # ---------------------------------------------------------------- plumbing

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        log.info("%s %s", self.address_string(), format % args)

    def _cookies(self) -> SimpleCookie:
        return SimpleCookie(self.headers.get("Cookie", ""))

    def _cookie(self, name: str) -> str:
        morsel = self._cookies().get(name)
        return morsel.value if morsel else ""

    def _send(self, status: int, body: str | bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        for name, value in {**_SECURITY_HEADERS, **(headers or {})}.items():
            self.send_header(name, value)
        for cookie in self._set_cookies:
            self.send_header("Set-Cookie", cookie)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, text: str) -> None:
        page = (f"<!doctype html><meta charset=utf-8><title>{status}</title>"
                f"<p>{html.escape(text)}</p><p><a href='/index.html'>返回总览</a></p>")
        self._send(status, page)

    def _set_cookie(self, name: str, value: str, *, http_only: bool = True) -> None:
        flags = "; HttpOnly" if http_only else ""
        self._set_cookies.append(f"{name}={value}; Path=/; SameSite=Strict{flags}")

    def _authorised(self) -> bool:
        """Whether the request carries the access token (always, without one)."""
        if not self.token:
            return True
        given = self._cookie("cc_token")
        bearer = self.headers.get("Authorization", "")
        if bearer.startswith("Bearer "):
            given = bearer[7:]
        query = parse_qs(urlsplit(self.path).query).get("token", [""])[0]
        if query and hmac.compare_digest(query.encode(), self.token.encode()):
            self._set_cookie("cc_token", quote(query))
            self._send(HTTPStatus.SEE_OTHER, "",
                       headers={"Location": urlsplit(self.path).path or "/"})
            return False
        if given and hmac.compare_digest(unquote(given).encode(), self.token.encode()):
            return True
        self._error(HTTPStatus.UNAUTHORIZED,
                    "需要访问令牌：请使用管理员提供的带 token 的链接打开。")
        return False

    def _session(self) -> str:
        session = self._cookie("cc_session")
        if not re.fullmatch(r"[0-9a-f]{32}", session):
            session = secrets.token_hex(16)
            self._set_cookie("cc_session", session)
        return session

    # ---------------------------------------------------------------- requests

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self._set_cookies = []
        if not self._authorised():
            return
        path = unquote(urlsplit(self.path).path)
        if path in ("", "/"):
            self._send(HTTPStatus.SEE_OTHER, "", headers={"Location": "/index.html"})
            return
        if path == "/favicon.ico":  # browsers ask; the pages have none
            self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
            return
        session = self._session()
        if path == "/index.html":
            self._send(HTTPStatus.OK, self.site.index_html())
            return
        page = re.fullmatch(r"/([A-Za-z0-9_-]+)\.html", path)
        applicant = self.site.applicant_of(page.group(1)) if page else None
        if applicant is not None:
            by = unquote(self._cookie("cc_reviewer"))
            self._send(HTTPStatus.OK, self.site.applicant_html(applicant, session, by))
            return
        self._static(path)

    def _static(self, path: str) -> None:
        root = self.site.reports.resolve()
        target = (root / path.lstrip("/")).resolve()
        if (not target.is_relative_to(root) or target == root or not target.is_file()
                or any(p.is_symlink()
                       for p in [root / path.lstrip("/"), *(root / path.lstrip("/")).parents]
                       if p.is_relative_to(root) and p != root)):
            self._error(HTTPStatus.NOT_FOUND, "未找到该页面或文件。")
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self._send(HTTPStatus.OK, target.read_bytes(),
                   kind + ("; charset=utf-8" if kind.startswith("text/") else ""))

    def do_POST(self) -> None:
        self._set_cookies = []
        if not self._authorised():
            return
        path = urlsplit(self.path).path
        match = re.fullmatch(r"/decide/([A-Za-z0-9_-]+)", path)
        applicant = self.site.applicant_of(match.group(1)) if match else None
        if applicant is None:
            self._error(HTTPStatus.NOT_FOUND, "未找到该申报人。")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_FORM:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "提交内容过长。")
            return
        raw = parse_qs(self.rfile.read(length).decode("utf-8", "replace"), keep_blank_values=True)
        form = {k: v[0] for k, v in raw.items()}
        session = self._cookie("cc_session")
        if not session or not hmac.compare_digest(form.get("csrf", "").encode(),
                                                  self.site.csrf(session).encode()):
            self._error(HTTPStatus.FORBIDDEN,
                        "请求无效：校验码（CSRF）缺失或不符，请刷新页面后重试。")
            return
        try:
            fingerprint = self.site.decide(applicant, form)
        except ReviewError as error:
            self._error(HTTPStatus.CONFLICT, str(error))
            return
        self._set_cookie("cc_reviewer", quote(form.get("by", "").strip()))
        self._send(HTTPStatus.SEE_OTHER, "",
                   headers={"Location": f"/{match.group(1)}.html#f-{fingerprint}"})  # type: ignore[union-attr]


def access_token(host: str, token: str | None) -> str | None:
    """The token to ask of every request (`token`, else ``$CREDCHECK_REVIEW_TOKEN``); raises
    :class:`ReviewError` off loopback without one."""
    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise ReviewError(f"refusing to serve on {host} without an access token: give --token "
                          f"or set ${TOKEN_ENV} (or bind to 127.0.0.1)")
    return token


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # many reviewers connecting at once are queued, not reset


def make_server(site: ReviewSite, host: str = "127.0.0.1", port: int = 8765,
                token: str | None = None) -> ThreadingHTTPServer:
    """A server for `site`, bound but not serving; refuses a non-loopback address without a
    token (`token`, else ``$CREDCHECK_REVIEW_TOKEN``)."""
    token = access_token(host, token)
    handler = type("Handler", (_Handler,), {"site": site, "token": token})
    server = _Server((host, port), handler)
    server.daemon_threads = True
    return server


def serve(out: Path, store: Store, *, host: str = "127.0.0.1", port: int = 8765,
          token: str | None = None, window: str | None = None, publish_static: bool = True) -> int:
    """Serve one window's reports for review until interrupted; returns the exit status.
    With `publish_static`, the static reports under `out` follow each decision."""
    access_token(host, token)  # refuse before anything is opened
    site = ReviewSite(out, store, window, publish_static=publish_static)
    server = make_server(site, host, port, token)
    shown = f"[{host}]" if ":" in host else host
    follows = f"; the static reports in {out} follow each decision" if publish_static else ""
    print(f"reviewing {site.window}: http://{shown}:{server.server_address[1]}/{follows} "
          "(Ctrl-C stops)", flush=True)
    worker = threading.Thread(target=server.serve_forever, daemon=True)
    worker.start()
    previous = None
    # SIGTERM (systemd) stops it as Ctrl-C does
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        worker.join()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
        site.close()  # the decisions not yet in the static reports are written first
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
