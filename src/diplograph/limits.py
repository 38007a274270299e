"""Bounds on what one run or one query may hold in memory.

* `Lines`: the lines of a report (failed or skipped inputs). A corpus of ten million tiny records that
  are all skipped must not keep ten million strings: the first `cap` lines are kept, the rest counted.
* `limit_memory(mb)`: a per-process bound on the memory a query may add (the data segment, RLIMIT_DATA:
  heap and private mappings, which is where a query's intermediate results live; files mapped
  read-only do not count). Past it an allocation fails: Python raises MemoryError, Oxigraph (Rust)
  aborts the process, which is why queries that must be bounded run in a process of their own.
"""
from __future__ import annotations

import resource
from collections.abc import Iterator
from typing import overload

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


__all__ = ["REPORT_LINES", "Lines", "data_size", "limit_memory"]
