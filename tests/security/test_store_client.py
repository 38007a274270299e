"""Defects 9, 10 and 16 (backup GETs): `export --to` with `user:pass@` in the URL uses them as
credentials and never prints the password; a server that does not speak HTTP is one line; a store
answering the backup GET with a huge graph is streamed to disk, not held in memory (and streamed back
when the push is undone). The stores here are small HTTP servers on 127.0.0.1."""
from __future__ import annotations

import base64
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

PASSWORD = "S3cretPW"


@dataclass
class FakeStore:
    """A Graph Store that wants Basic auth (when `login` is set), remembers what it was sent, answers
    GET with `get_bytes` bytes of Turtle comments and fails the PUT number `fail_put` with 500."""

    login: str | None = None
    get_bytes: int = 0
    fail_put: int = 0
    seen: list[tuple[str, str | None, int]] = field(default_factory=list)   # (method, authorization, size)
    server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self.server is not None
        return int(self.server.server_address[1])


class StoreHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    store: FakeStore

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _body_size(self) -> int:
        n, left = 0, int(self.headers.get("Content-Length") or 0)
        while left:
            chunk = self.rfile.read(min(left, 1 << 20))
            n, left = n + len(chunk), left - len(chunk)
        return n

    def _reply(self, status: int, body: bytes = b"", extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        auth = self.headers.get("Authorization")
        size = self._body_size()
        self.store.seen.append((self.command, auth, size))
        if self.store.login and auth != "Basic " + base64.b64encode(self.store.login.encode()).decode():
            return self._reply(401, b"who are you?", {"WWW-Authenticate": 'Basic realm="store"'})
        if self.command == "GET":
            return self._big_get()
        self._reply(500 if self._failing() else 204)

    def _failing(self) -> bool:
        puts = sum(1 for m, a, _ in self.store.seen if m == "PUT" and (a or not self.store.login))
        return self.command == "PUT" and puts == self.store.fail_put

    def _big_get(self) -> None:
        if not self.store.get_bytes:
            return self._reply(404)
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(self.store.get_bytes))
        self.end_headers()
        line = b"# " + b"x" * 1021 + b"\n"
        for _ in range(self.store.get_bytes // len(line)):
            self.wfile.write(line)
        self.wfile.write(b"#" * (self.store.get_bytes % len(line)))

    do_GET = do_PUT = do_POST = do_DELETE = _handle


@pytest.fixture
def fake_store() -> Iterator[FakeStore]:
    store = FakeStore()
    store.server = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (StoreHandler,), {"store": store}))
    thread = threading.Thread(target=store.server.serve_forever, daemon=True)
    thread.start()
    yield store
    store.server.shutdown()
    store.server.server_close()
    thread.join(10)


def test_url_credentials_are_used_and_never_printed(seed_graph_dir: Path, fake_store: FakeStore) -> None:
    fake_store.login = f"admin:{PASSWORD}"
    url = f"http://admin:{PASSWORD}@127.0.0.1:{fake_store.port}/store"
    res = CliRunner().invoke(cli, ["export", "--graph", str(seed_graph_dir), "--to", url, "--no-ontology"])
    assert res.exit_code == 0, res.output
    assert PASSWORD not in res.output and f"127.0.0.1:{fake_store.port}/store" in res.stderr
    assert any(m == "PUT" and a for m, a, _ in fake_store.seen)
    # a wrong password: refused, still not printed
    bad = url.replace(PASSWORD, "Wr0ngPW")
    res = CliRunner().invoke(cli, ["export", "--graph", str(seed_graph_dir), "--to", bad])
    assert res.exit_code == 1 and "refused access" in res.stderr and "Wr0ngPW" not in res.output
    # credentials given twice: refused rather than one silently winning
    res = CliRunner().invoke(cli, ["export", "--graph", str(seed_graph_dir), "--to", url, "--user", "x"])
    assert res.exit_code == 2 and "credentials given twice" in res.stderr and PASSWORD not in res.output


def test_ingest_store_url_is_kept_without_credentials(tmp_path: Path, fake_store: FakeStore) -> None:
    fake_store.login = f"admin:{PASSWORD}"
    (tmp_path / "a.txt").write_text("وقع وزير الخارجية الروسي ونظيره الأذربيجاني إعلان التعاون في موسكو.",
                                    encoding="utf-8")
    url = f"http://admin:{PASSWORD}@127.0.0.1:{fake_store.port}/store"
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--graph", str(tmp_path / "g"),
                                   "--store", url, "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert PASSWORD not in res.output
    db = sqlite3.connect(tmp_path / "g" / ".cache" / "index.sqlite")
    stores = {s for (s,) in db.execute("SELECT store FROM pushed")}
    db.close()
    assert stores == {f"http://127.0.0.1:{fake_store.port}/store"}


@pytest.mark.parametrize("reply", [b"SSH-2.0-OpenSSH_9.2\r\n", b"\x00\x01\x02garbage", b""])
def test_a_server_that_does_not_speak_http_is_one_line(seed_graph_dir: Path, reply: bytes) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer() -> None:
        try:
            for _ in range(3):
                conn, _ = listener.accept()
                with conn:
                    conn.recv(65536)
                    conn.sendall(reply)
        except OSError:     # the test closed the listener (fewer than 3 tries) or the client left
            return

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        res = CliRunner().invoke(cli, ["export", "--graph", str(seed_graph_dir), "--to",
                                       f"http://127.0.0.1:{port}/store"])
    finally:
        listener.close()
    assert res.exit_code == 1, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplograph: error:"), res.stderr
    assert "with HTTP" in lines[0] or "cannot reach" in lines[0]


PUSH_RSS = """
import sys
from diplograph.errors import DiplographError
from diplograph.export import push
from diplograph.store import load_store
try:
    push(load_store(sys.argv[1]), sys.argv[2], include_ontology=False)
    outcome = "pushed"
except DiplographError as exc:
    outcome = "failed" if "were restored" in str(exc) else str(exc)
hwm = next(ln for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
print(outcome, int(hwm.split()[1]) // 1024)
"""


def test_backups_are_streamed_to_disk_and_back(seed_graph_dir: Path, fake_store: FakeStore) -> None:
    size = 400_000_000
    fake_store.get_bytes = size
    fake_store.fail_put = 2          # the second graph fails: the first is put back from its backup
    url = f"http://127.0.0.1:{fake_store.port}/store"
    out = subprocess.run([sys.executable, "-c", PUSH_RSS, str(seed_graph_dir), url], capture_output=True,
                         text=True, timeout=600, check=True).stdout.split()
    assert out[0] == "failed", out
    assert int(out[1]) < 250, f"peak {out[1]} MB with {size / 1e6:.0f} MB backups"
    restore = [n for m, _, n in fake_store.seen if m == "PUT"][-1]
    assert restore == size           # the saved graph went back whole
