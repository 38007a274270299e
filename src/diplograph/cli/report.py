"""A user error or a disk fault as the one line the command prints (without click: see `fastquery`)."""
from __future__ import annotations


def error_line(exc: Exception) -> tuple[str, int] | None:
    """The one line and exit code for a user error or a disk fault; None for anything else (a bug)."""
    from ..errors import DiplographError

    if isinstance(exc, DiplographError):
        return f"diplograph: error: {exc}", exc.exit_code
    from ..faults import disk_error, is_sqlite_error

    if isinstance(exc, OSError) or is_sqlite_error(exc):
        return f"diplograph: error: {disk_error(exc)}", 1
    return None
