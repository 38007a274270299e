"""Faults of the machine (a full disk, a read-only folder) turned into one line that names the file
and says what to do."""
from __future__ import annotations

import contextlib
import errno
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import StoreError

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    import sqlite3
    from typing import TypeGuard

_HINTS = {
    errno.ENOSPC: "the disk is full: free some space and run the command again; files already in "
                  "place are intact",
    errno.EDQUOT: "the disk quota is used up: free some space and run the command again",
    errno.EROFS: "the file system is read-only: give a folder on a writable disk",
    errno.EACCES: "permission denied: check the folder's permissions, or give another folder",
    errno.EPERM: "permission denied: check the folder's permissions, or give another folder",
    errno.EIO: "the disk reported an input/output error: check it before going on",
    errno.ENAMETOOLONG: "the name is too long for the file system: use a shorter path",
}
_SQLITE = (("disk is full", errno.ENOSPC), ("readonly database", errno.EROFS),
           ("unable to open database", errno.EACCES), ("disk i/o error", errno.EIO))


def is_sqlite_error(exc: BaseException, *, operational: bool = False) -> TypeGuard[sqlite3.Error]:
    """Whether `exc` is an SQLite error (an `OperationalError` with `operational`). sqlite3 is looked up,
    not imported: only what opens a database imports it, so that commands which do not start faster."""
    module = sys.modules.get("sqlite3")
    if module is None:
        return False
    return isinstance(exc, module.OperationalError if operational else module.Error)


def disk_error(exc: OSError | sqlite3.Error, path: Path | str | None = None, *,
               name_path: bool = False) -> StoreError:
    """A one-line StoreError for a failed read or write: the file (the one the system names, else
    `path`; always `path` with `name_path`), what went wrong, and what to do."""
    if isinstance(exc, OSError):
        code, what = exc.errno, exc.strerror or str(exc)
        where = path if name_path or exc.filename is None else exc.filename
    else:
        text = str(exc)
        code = next((c for words, c in _SQLITE if words in text.lower()), None)
        what, where = text, path
    return StoreError(what, path=where, hint=_HINTS.get(code or 0))


@contextlib.contextmanager
def disk_guard(path: Path | str, database: Path | str | None = None, *,
               name_path: bool = False) -> Iterator[None]:
    """Turn OSError and SQLite errors raised inside the block into `disk_error`s (`path`: the file or
    folder to name when the error itself names none, or always with `name_path`; `database`: the
    SQLite file, for its errors)."""
    try:
        yield
    except OSError as exc:
        raise disk_error(exc, path, name_path=name_path) from exc
    except Exception as exc:
        if is_sqlite_error(exc, operational=True):
            raise disk_error(exc, database or path) from exc
        raise


__all__ = ["disk_error", "disk_guard", "is_sqlite_error"]
