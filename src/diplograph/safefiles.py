"""Reading inputs that may be hostile: special files, huge sizes, symbolic-link loops.

* `open_regular(path)` opens a file for reading only if it is a regular file: a FIFO would block the
  run forever waiting for a writer (while it holds the graph folder's lock), and a device or socket is
  no article. The check is made on the opened descriptor (opened non-blocking), so a file swapped for
  a FIFO after a first look is caught too.
* `read_at_most(fh, n)` reads up to `n` bytes in chunks: `fh.read(n)` allocates `n` bytes at once,
  which for a large `n` is a MemoryError before anything is read.
* `glob_paths(pattern)` is `glob.glob(pattern, recursive=True)` that does not enter a directory it
  is already inside (a symbolic link pointing to a parent): it returns the loops it found instead of
  running on with growing memory.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

CHUNK = 1 << 20

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


class NotRegularFile(OSError):
    """The path names a FIFO, a socket, a device or a folder, not a file to read."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"not a regular file but {kind}")
        self.kind = kind


def kind_of(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)", ...), None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open `path` for binary reading if it is a regular file; NotRegularFile otherwise."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotRegularFile(kind)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_at_most(fh: BinaryIO, limit: int) -> bytes:
    """Up to `limit` bytes of `fh` (fewer at the end of the stream), read a chunk at a time."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        chunk = fh.read(min(CHUNK, left))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


@dataclass
class GlobResult:
    """Paths a pattern matches (sorted) and the symbolic-link loops that were not followed."""

    paths: list[str] = field(default_factory=list)
    loops: list[str] = field(default_factory=list)


def _hidden_ok(name: str, segment: str) -> bool:
    return not name.startswith(".") or segment.startswith(".")


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None


def _entries(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder or ".") as it:
            return sorted(it, key=lambda e: e.name)
    except OSError:
        return []


Folder = tuple[str, int, frozenset[tuple[int, int]]]   # (path, next pattern segment, folders above it)


@dataclass
class _Walk:
    """The walk behind `glob_paths`: one folder at a time, against one segment of the pattern."""

    segments: list[str]
    root: str
    dirs_only: bool
    result: GlobResult = field(default_factory=GlobResult)
    found: set[str] = field(default_factory=set)

    def add(self, path: str, is_dir: bool) -> None:
        if is_dir or not self.dirs_only:
            self.found.add(path + os.sep if self.dirs_only else path)

    def step(self, folder: str, i: int, above: frozenset[tuple[int, int]]) -> Iterator[Folder]:
        """Match the entries of `folder` against segment `i`; yield the folders to look into next."""
        seg, last = self.segments[i], i == len(self.segments) - 1
        if seg == "**" and last and folder == self.root and self.root:
            self.found.add(self.root + os.sep)
        if seg == "**" and not last:
            yield folder, i + 1, above
        for entry in _entries(folder):
            if not _hidden_ok(entry.name, seg) or (seg != "**" and not fnmatch.fnmatchcase(entry.name, seg)):
                continue
            path = os.path.join(folder, entry.name) if folder else entry.name
            ident = _identity(path)
            if last:
                self.add(path, ident is not None)
            if ident is None or (last and seg != "**"):
                continue
            if ident in above:
                self.result.loops.append(path)
                continue
            yield path, i if seg == "**" else i + 1, above | {ident}


def glob_paths(pattern: str) -> GlobResult:
    """`glob.glob(pattern, recursive=True)`, sorted, safe from symbolic-link loops (see the module)."""
    if "**" not in pattern:
        return GlobResult(sorted(glob.glob(pattern, recursive=True)))
    segments = pattern.rstrip(os.sep).split(os.sep)
    first = next(i for i, p in enumerate(segments) if glob.has_magic(p))
    root = os.sep.join(segments[:first]) or ("/" if pattern.startswith(os.sep) else "")
    walk = _Walk(segments, root, pattern.endswith(os.sep))
    start = _identity(root or ".")
    if start is None:
        return walk.result
    stack: list[Folder] = [(root, first, frozenset({start}))]
    while stack:
        stack.extend(walk.step(*stack.pop()))
    walk.result.paths = sorted(walk.found)
    walk.result.loops = sorted(set(walk.result.loops))
    return walk.result


__all__ = ["GlobResult", "NotRegularFile", "glob_paths", "kind_of", "open_regular", "read_at_most"]
