"""Bounds on what one run or one query may hold in memory.

* `Lines`: the lines of a report (failed or skipped inputs). A corpus of ten million tiny records that
  are all skipped must not keep ten million strings: the first `cap` lines are kept, the rest counted.
* `limit_memory(mb)`: a per-process bound on the memory a query may add (the data segment, RLIMIT_DATA:
  heap and private mappings, which is where a query's intermediate results live; files mapped
  read-only do not count). Past it an allocation fails: Python raises MemoryError, Oxigraph (Rust)
  aborts the process, which is why queries that must be bounded run in a process of their own.
"""
from __future__ import annotations

import marshal
import os
import resource
import signal
from collections.abc import Callable, Iterator
from typing import overload

from .errors import DiplographError

REPORT_LINES = 1000


class Lines:
    """A list of report lines that keeps the first `cap` and counts them all (`len` is the count)."""

    def __init__(self, cap: int = REPORT_LINES) -> None:
        self.cap = cap
        self.kept: list[str] = []
        self.total = 0

    def append(self, line: str) -> None:
        self.total += 1
        if len(self.kept) < self.cap:
            self.kept.append(line)

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return self.total > 0

    def __iter__(self) -> Iterator[str]:
        return iter(self.kept)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self.kept[index]

    def __repr__(self) -> str:
        return f"Lines({self.kept!r}, total={self.total})"

    def __eq__(self, other: object) -> bool:
        """Equal to a list holding the same lines (all of them: none dropped), or to the same Lines."""
        if isinstance(other, Lines):
            return (self.kept, self.total) == (other.kept, other.total)
        if isinstance(other, list):
            return self.total == len(self.kept) and self.kept == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @property
    def dropped(self) -> int:
        """Lines counted but not kept."""
        return self.total - len(self.kept)


def data_size() -> int:
    """This process's data segment in bytes (VmData of /proc/self/status; 0 where it cannot be read)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def limit_memory(mb: float) -> int | None:
    """Let this process grow by at most `mb` megabytes of data from now on (RLIMIT_DATA); returns the
    limit set in bytes, None when `mb` is 0 (no bound) or the system cannot say how large it is now."""
    now = data_size()
    if mb <= 0 or now == 0:
        return None
    limit = now + int(mb * 1e6)
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    return limit


def out_of_memory(exitcode: int | None) -> bool:
    """Whether a process that died under a memory bound ran out of it: Oxigraph (Rust) aborts when an
    allocation fails (SIGABRT), the kernel's OOM killer sends SIGKILL."""
    return exitcode in (-signal.SIGABRT, -signal.SIGKILL)


def _child(work: Callable[[], bytes], mb: float, out: int) -> None:
    """In the forked child: run `work` under the bound, send (kind, payload) to the parent, and end
    without running the parent's clean-up (`os._exit`)."""
    code = 0
    try:
        # Oxigraph (Rust) prints its own lines when an allocation fails: the parent says it in one line
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        try:
            limit_memory(mb)
            message: tuple[str, bytes | tuple[str, str, int] | None] = ("ok", work())
        except DiplographError as exc:
            message = ("error", (type(exc).__name__, str(exc), exc.exit_code))
        except MemoryError:
            message = ("memory", None)
        data = memoryview(marshal.dumps(message))
        while data:
            data = data[os.write(out, data):]
    except BaseException:  # noqa: BLE001 (anything else: the parent reports the process died)
        code = 1
    finally:
        os._exit(code)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def run_bounded(work: Callable[[], bytes], mb: float) -> bytes:
    """`work()` run in a forked child whose memory may grow by at most `mb` MB from what this process
    holds now: its bytes, or a DiplographError (the child's own, or one saying the bound was hit).
    The child shares this process's loaded data (copy on write), so nothing is loaded twice. A plain
    `os.fork` and a pipe (no multiprocessing machinery: this runs at every `diplograph query`)."""
    receive, send = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(receive)
        _child(work, mb, send)
    os.close(send)
    try:
        raw = _read_all(receive)
    finally:
        os.close(receive)
        _, status = os.waitpid(pid, 0)
    exitcode = os.waitstatus_to_exitcode(status)
    kind, payload = marshal.loads(raw) if raw else ("died", None)
    if kind == "ok" and isinstance(payload, bytes):
        return payload
    if kind == "error" and isinstance(payload, tuple):
        _, message, code = payload
        raise DiplographError(str(message), exit_code=int(code))
    if kind == "memory" or out_of_memory(exitcode):
        raise DiplographError(f"the query needed more than the {mb:g} MB of memory it may use and was "
                              "stopped", hint="narrow it down, or raise --max-memory (0: no bound)")
    raise DiplographError(f"the query process died (exit code {exitcode})")


__all__ = ["REPORT_LINES", "Lines", "data_size", "limit_memory", "out_of_memory", "run_bounded"]
