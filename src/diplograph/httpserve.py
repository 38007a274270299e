"""An HTTP/1.1 server from the standard library's parts that holds under load.

`http.server.ThreadingHTTPServer` starts one thread per connection, with no bound, keeps a thread
blocked on every idle keep-alive connection for as long as the client likes, and listens with a
backlog of 5 (with 100 clients, connections waited seconds to be accepted). `PooledHTTPServer`:

* listens with a real backlog (`backlog`, default 1024; the kernel caps it at net.core.somaxconn);
* answers requests on a bounded pool of threads (`threads`);
* parks a keep-alive connection between requests in a selector, where it costs no thread, and hands it
  back to the pool when the next request arrives; a connection idle for `idle_timeout` seconds is
  closed, and a request that stalls half-way for that long is cut;
* holds at most `max_connections` connections; one more is answered `503` with `Retry-After` at once
  and closed, so every pending task of the pool belongs to a connection and the queue is bounded too.

The handler class handles one request per call (`PooledHandler`); the server decides what happens to
the connection afterwards. Which of this a production server would do better is measured by
`scripts/bench_serve.py` (see docs/security.md).
"""
from __future__ import annotations

import io
import selectors
import socket
import socketserver
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

_BUSY_BODY = b"too many open connections: try again in 1 s\n"
BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 1\r\n"
        b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(_BUSY_BODY), _BUSY_BODY))


@dataclass(eq=False)
class Connection:
    """One client connection and its buffered streams, kept across the requests it carries."""

    sock: socket.socket
    address: Any
    rfile: io.BufferedReader = field(init=False)
    wfile: io.BufferedIOBase = field(init=False)
    idle_since: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.rfile = self.sock.makefile("rb")
        self.wfile = io.BufferedWriter(self.sock.makefile("wb", buffering=0))

    def has_buffered_request(self) -> bool:
        """Whether bytes of a next request are already here (pipelined), without waiting for any."""
        self.sock.setblocking(False)
        try:
            return bool(self.rfile.peek(1))
        except OSError:
            return False
        finally:
            self.sock.setblocking(True)

    def close(self) -> None:
        for stream in (self.rfile, self.wfile):
            try:
                stream.close()
            except OSError:
                pass
        try:
            self.sock.close()
        except OSError:
            pass


class PooledHandler(BaseHTTPRequestHandler):
    """A BaseHTTPRequestHandler that answers one request of a `Connection` per instance."""

    server: PooledHTTPServer
    connection_state: Connection

    def setup(self) -> None:
        state: Connection = self.request
        self.connection_state = state
        self.connection = state.sock
        self.connection.settimeout(self.server.idle_timeout)
        self.rfile = state.rfile
        self.wfile = state.wfile

    def handle(self) -> None:
        self.close_connection = True
        self.handle_one_request()

    def finish(self) -> None:
        try:
            self.wfile.flush()
        except OSError:
            self.close_connection = True


class PooledHTTPServer(socketserver.TCPServer):
    """See the module docstring. `serve_forever()` accepts; `shutdown()`, then `server_close()`, stops."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[PooledHandler], *, threads: int = 32,
                 idle_timeout: float = 15.0, max_connections: int = 1000, backlog: int = 1024) -> None:
        self.request_queue_size = backlog
        self.idle_timeout = idle_timeout
        self.max_connections = max_connections
        super().__init__(address, handler)
        self.executor = ThreadPoolExecutor(max(1, threads), thread_name_prefix="diplograph-http")
        self._parked = selectors.DefaultSelector()
        self._lock = threading.Lock()
        self._open = 0
        self._closing = threading.Event()
        self._poller = threading.Thread(target=self._poll, name="diplograph-http-idle", daemon=True)
        self._poller.start()

    @property
    def open_connections(self) -> int:
        return self._open

    # -- accepting ------------------------------------------------------------------------------------

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            full = self._open >= self.max_connections
            if not full:
                self._open += 1
        if full:
            self._refuse(request)
            return
        self.executor.submit(self._serve, Connection(request, client_address))

    def _refuse(self, sock: socket.socket) -> None:
        try:
            sock.settimeout(0.2)
            sock.sendall(BUSY)
        except OSError:
            pass
        self.shutdown_request(sock)

    # -- one request, then park the connection or close it -------------------------------------------

    def _serve(self, conn: Connection) -> None:
        try:
            handler = self.RequestHandlerClass(conn, conn.address, self)  # type: ignore[arg-type]
            keep = not handler.close_connection  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 -- a broken connection must not take a pool thread with it
            keep = False
        if keep and not self._closing.is_set():
            if conn.has_buffered_request():
                self.executor.submit(self._serve, conn)
            else:
                self._park(conn)
            return
        self._close(conn)

    def _park(self, conn: Connection) -> None:
        conn.idle_since = time.monotonic()
        with self._lock:
            try:
                self._parked.register(conn.sock, selectors.EVENT_READ, conn)
                return
            except (ValueError, KeyError, OSError):
                pass
        self._close(conn)

    def _close(self, conn: Connection) -> None:
        conn.close()
        with self._lock:
            self._open -= 1

    def _poll(self) -> None:
        """Hand parked connections with a new request back to the pool; close the ones idle too long."""
        while not self._closing.is_set():
            try:
                ready = self._parked.select(timeout=0.5)
            except (OSError, ValueError):
                ready = []
            for key, _ in ready:
                if self._unpark(key.fileobj):  # type: ignore[arg-type]
                    self.executor.submit(self._serve, key.data)
            deadline = time.monotonic() - self.idle_timeout
            with self._lock:
                idle = [k.data for k in self._parked.get_map().values() if k.data.idle_since < deadline]
            for conn in idle:
                if self._unpark(conn.sock):
                    self._close(conn)

    def _unpark(self, sock: socket.socket) -> bool:
        with self._lock:
            try:
                self._parked.unregister(sock)
                return True
            except (KeyError, ValueError, OSError):
                return False

    def server_close(self) -> None:
        self._closing.set()
        super().server_close()
        self._poller.join(5)
        with self._lock:
            parked = [k.data for k in self._parked.get_map().values()]
        for conn in parked:
            if self._unpark(conn.sock):
                self._close(conn)
        self.executor.shutdown(wait=False, cancel_futures=True)


__all__ = ["Connection", "PooledHTTPServer", "PooledHandler"]
