"""Per-client fairness for the SPARQL endpoint: a client whose queries keep timing out is slowed down so
that the others keep being served.

A query that overruns the timeout holds a worker process for the whole timeout, then costs a worker
restart. So each timeout is a strike against the client (its address) that sent it:

* after a strike the client is refused with `429 Too Many Requests` and `Retry-After` for a cool-down
  that doubles with every strike in the last `window` seconds (`base`, 2 x `base`, ... up to `cap`);
* a client with a strike in the window is a suspect: suspects together may hold at most
  `workers - 1` workers at a time (one stays free for everyone else); a suspect's query that finds
  them taken gets 429 at once rather than waiting in line.

Clients are told apart by address; behind a reverse proxy every client has the proxy's address, so
the proxy should do this instead.
"""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class _Record:
    strikes: deque[float] = field(default_factory=deque)   # times of recent timeouts
    blocked_until: float = 0.0


@dataclass
class Throttle:
    """Strikes, cool-downs and the suspects' share of the workers (see the module docstring)."""

    workers: int
    base: float = 5.0
    cap: float = 300.0
    window: float = 600.0
    clock: Callable[[], float] = time.monotonic
    _clients: dict[str, _Record] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _suspects_running: int = 0

    def _record(self, client: str, now: float) -> _Record | None:
        rec = self._clients.get(client)
        if rec is None:
            return None
        while rec.strikes and rec.strikes[0] < now - self.window:
            rec.strikes.popleft()
        if not rec.strikes and rec.blocked_until <= now:
            del self._clients[client]
            return None
        return rec

    def strike(self, client: str) -> float:
        """Count a timeout against `client`; returns the cool-down it now has, in seconds."""
        now = self.clock()
        with self._lock:
            rec = self._record(client, now) or self._clients.setdefault(client, _Record())
            rec.strikes.append(now)
            cooldown: float = min(self.cap, self.base * 2.0 ** (len(rec.strikes) - 1))
            rec.blocked_until = now + cooldown
            if len(self._clients) > 100_000:        # bound the table: forget the oldest clients
                for key in list(self._clients)[:10_000]:
                    del self._clients[key]
            return cooldown

    def admit(self, client: str) -> tuple[int | None, bool]:
        """(seconds to wait before trying again, or None if admitted; whether it holds a suspect slot).
        An admitted suspect must `release` its slot when its query is done."""
        now = self.clock()
        with self._lock:
            rec = self._record(client, now)
            if rec is None:
                return None, False
            if rec.blocked_until > now:
                return max(1, math.ceil(rec.blocked_until - now)), False
            if self._suspects_running >= max(1, self.workers - 1):
                return max(1, math.ceil(self.base)), False
            self._suspects_running += 1
            return None, True

    def release(self) -> None:
        with self._lock:
            self._suspects_running = max(0, self._suspects_running - 1)

    def suspects(self) -> int:
        """Clients with a strike in the window (for /health)."""
        now = self.clock()
        with self._lock:
            return sum(1 for c in list(self._clients) if self._record(c, now) is not None)


__all__ = ["Throttle"]
