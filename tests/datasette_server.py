"""Real Datasette servers for the remote-store tests, and a fault-injecting
proxy in front of one (stdlib http.server on 127.0.0.1).

Import the fixtures into a test file: `from datasette_server import served  # noqa: F401`.
"""

from __future__ import annotations

import contextlib
import http.server
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from explorer.core.io.generate import generate

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "ai-chips.db"
BIG_EVENTS = 100_000
# The bundled data is served with a small row limit, so every query that
# could return more rows than it must page or split (as on a strict server).
SMALL_ROW_LIMIT = 20


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def datasette(db: Path, *settings: str, immutable: bool = False):
    """`datasette serve db` on a free port of 127.0.0.1: yields the database's URL.
    (bench/bench.py and scripts/screenshots_remote.py use it too.)"""
    port = free_port()
    args = ["serve", *(["-i"] if immutable else []), str(db), "-h", "127.0.0.1", "-p", str(port)]
    for setting in settings:
        args += ["--setting", *setting.split("=", 1)]
    with running(args, f"http://127.0.0.1:{port}/{db.stem}") as url:
        yield url


@contextlib.contextmanager
def running(args: list[str], url: str):
    """`datasette ARGS` until the block ends, once `url`.json answers."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}.json", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"datasette did not start: {proc.stderr.read()!r}") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def served():
    """The bundled data through Datasette (row limit SMALL_ROW_LIMIT)."""
    with datasette(BUNDLED, f"max_returned_rows={SMALL_ROW_LIMIT}") as url:
        yield url


@pytest.fixture(scope="session")
def big_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big100k.db"
    generate(path, BIG_EVENTS, 40, seed=7)
    return path


@pytest.fixture(scope="session")
def served_big(big_file):
    """A generated 100k-event file through Datasette with its default settings."""
    with datasette(big_file) as url:
        yield url


class FaultProxy(http.server.ThreadingHTTPServer):
    """Forwards GETs to `upstream` (a Datasette server) unless `fault` says
    otherwise for a request whose path and query contain `match`:
    "hang" (say nothing), "cut" (half the body, then close), "bad json",
    "500", "404", "token" (403 unless the Authorization header is `token`),
    "interrupted" (Datasette's answer when sql_time_limit_ms stops a query)."""

    daemon_threads = True

    def __init__(self, upstream: str):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = upstream.rstrip("/")
        self.fault: str | None = None
        self.match = ""
        self.token = "Bearer s3cret-token"
        self.seen_auth: list[str | None] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{self.upstream.rsplit('/', 1)[1]}"


class _Handler(http.server.BaseHTTPRequestHandler):
    server: FaultProxy

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        proxy = self.server
        auth = self.headers.get("Authorization")
        proxy.seen_auth.append(auth)
        fault = proxy.fault if proxy.match in urllib.parse.unquote_plus(self.path) else None
        if fault == "hang":
            time.sleep(3)
            return
        if fault in ("500", "404"):
            return self._send(int(fault), b'{"ok": false, "error": "injected"}')
        if fault == "interrupted":
            body = (
                b'{"ok": false, "error": "<p>SQL query took too long.", "title": "SQL Interrupted"}'
            )
            return self._send(400, body)
        if fault == "token" and auth != proxy.token:
            return self._send(403, b'{"ok": false, "error": "Permission denied"}')
        root = proxy.upstream.rsplit("/", 1)[0]
        with urllib.request.urlopen(root + self.path, timeout=10) as upstream:
            body = upstream.read()
        if fault == "bad json":
            return self._send(200, b"<html>Gateway says hello</html>")
        if fault == "cut":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(200, body)

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def proxy_to(upstream: str):
    """A FaultProxy in front of the Datasette database at `upstream`, until the block ends."""
    server = FaultProxy(upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def proxy(served):
    with proxy_to(served) as server:
        yield server


def refused_url() -> str:
    """A database URL on a port where nothing listens."""
    return f"http://127.0.0.1:{free_port()}/ai-chips"
