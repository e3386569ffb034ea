"""A small driver for Debian's headless Chromium over the DevTools protocol (websocket-client).

Enough for the report tests: open a page, wait for its load event, evaluate script, click at
an element's position with real mouse events, type with real key input, take screenshots
and print to PDF, and record every console error, uncaught exception, failed load and request
URL. Chromium is started with a fresh profile and no background networking; nothing is
downloaded.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

CHROMIUM = os.environ.get("CREDCHECK_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
         "--remote-debugging-port=0", "--remote-allow-origins=*"]
VIEWPORT = (1280, 900)


class BrowserError(AssertionError):
    """The browser did not do what was asked in time."""


def available() -> bool:
    """Whether a Chromium binary is there to drive."""
    return shutil.which(CHROMIUM) is not None


class Chromium:
    """One headless Chromium with one tab; use as a context manager."""

    def __init__(self, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="credcheck-chromium-")
        self.process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}",
                                         "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        try:
            self.ws = websocket.create_connection(self._page_socket(), timeout=timeout,
                                                  suppress_origin=True)
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.send(f"{domain}.enable")
            self.send("Emulation.setDeviceMetricsOverride", width=VIEWPORT[0], height=VIEWPORT[1],
                      deviceScaleFactor=1, mobile=False)
        except Exception:
            self.close()
            raise

    def _page_socket(self) -> str:
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrowserError(f"{CHROMIUM} exited with {self.process.returncode}")
            if port_file.is_file() and port_file.read_text().strip():
                port = port_file.read_text().split()[0]
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list",
                                            timeout=5) as reply:
                    targets = json.load(reply)
                pages = [t for t in targets if t.get("type") == "page"]
                if pages:
                    return str(pages[0]["webSocketDebuggerUrl"])
            time.sleep(0.1)
        raise BrowserError("Chromium did not open its DevTools port in time")

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection, stop the browser started here, remove its profile."""
        try:
            if getattr(self, "ws", None) is not None:
                self.ws.close()
        finally:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)

    # -- protocol -----------------------------------------------------------------------------
    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call a DevTools method and return its result; events that arrive meanwhile are kept."""
        call_id = next(self._ids)
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            if "method" in message:
                self.events.append(message)
        raise BrowserError(f"{method}: no answer in {self.timeout} s")

    def wait_for(self, method: str, since: int = 0) -> dict[str, Any]:
        """Wait for an event (or find it among those received since index `since`)."""
        for event in self.events[since:]:
            if event["method"] == method:
                return event
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if "method" in message:
                self.events.append(message)
                if message["method"] == method:
                    return message
        raise BrowserError(f"no {method} in {self.timeout} s")

    # -- pages --------------------------------------------------------------------------------
    def open(self, url: str) -> None:
        """Navigate and wait for the load event (images included)."""
        mark = len(self.events)
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired", since=mark)

    def js(self, expression: str) -> Any:
        """Evaluate in the page and return the value (JSON-able)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real left click (mouse pressed and released) at the middle of the element."""
        box = self.js(f"""(function(){{var e=document.querySelector({json.dumps(selector)});
            if(!e)return null;e.scrollIntoView({{block:'center'}});var r=e.getBoundingClientRect();
            return [r.left+r.width/2,r.top+r.height/2]}})()""")
        if box is None:
            raise BrowserError(f"no element {selector}")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left",
                      clickCount=1)

    def type_into(self, selector: str, text: str) -> None:
        """Focus the element and type text as keyboard input (fires input events)."""
        self.click(selector)
        self.send("Input.insertText", text=text)

    def choose(self, selector: str, value: str) -> None:
        """Choose an option of a <select> as a user does: the value changes, then `change` fires."""
        v = json.dumps(value)
        ok = self.js(f"""(function(){{var e=document.querySelector({json.dumps(selector)});
            if(!e||!Array.prototype.some.call(e.options,function(o){{return o.value==={v}}}))"""
                     f"""return false;
            e.focus();e.value={v};e.dispatchEvent(new Event('input',{{bubbles:true}}));
            e.dispatchEvent(new Event('change',{{bubbles:true}}));return true}})()""")
        if not ok:
            raise BrowserError(f"{selector} has no option {value!r}")

    def screenshot(self, path: Path) -> Path:
        """A PNG of the viewport."""
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def print_pdf(self) -> bytes:
        """The page printed as the print dialog would (print media, backgrounds)."""
        data = self.send("Page.printToPDF", printBackground=True, preferCSSPageSize=True)["data"]
        return base64.b64decode(data)

    # -- what happened ------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries seen so far."""
        found = []
        for event in self.events:
            params = event.get("params", {})
            if (event["method"] == "Runtime.consoleAPICalled"
                    and params.get("type") in ("error", "assert")):
                found.append("console: " + " ".join(str(a.get("value", a.get("description")))
                                                    for a in params["args"]))
            elif event["method"] == "Runtime.exceptionThrown":
                found.append("exception: "
                             + json.dumps(params["exceptionDetails"], ensure_ascii=False)[:500])
            elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
            elif event["method"] == "Network.loadingFailed":
                found.append(f"load failed: {params.get('errorText')}")
        return found

    def requested(self) -> list[str]:
        """Every URL the pages requested so far."""
        return [e["params"]["request"]["url"] for e in self.events
                if e["method"] == "Network.requestWillBeSent"]

    def forget(self) -> None:
        """Drop the events recorded so far."""
        self.events.clear()
