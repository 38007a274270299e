"""Stage 1, read: bytes from a file (or a record) -> a `Document`, refusing what is not an article.

UTF-8 (with or without BOM) and UTF-16 (with BOM) are read directly; anything else is handed to
charset-normalizer, which recognises Windows-1256 and other legacy Arabic encodings. Empty, binary
and undecodable inputs raise `InputError` naming the file and what to do.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from pathlib import Path

from ..document import Document
from ..errors import InputError

MAX_BYTES = 8 * 1024 * 1024    # an article is never this big; a bigger file is refused, not truncated


def decode(data: bytes, source: str) -> str:
    """Decode article bytes, or raise InputError saying why they are not text."""
    if not data.strip():
        raise InputError("file is empty", path=source, hint="give an article with some text in it")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"file starts like UTF-16 but is not: {exc.reason}", path=source,
                             hint="save it as UTF-8") from exc
    if b"\x00" in data[:65536]:
        raise InputError("file looks binary (it contains NUL bytes)", path=source,
                         hint="give a plain-text article (UTF-8, UTF-16 or Windows-1256)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding in ("ascii",):
        raise InputError("cannot tell the file's text encoding", path=source,
                         hint="save it as UTF-8 (Windows-1256 and UTF-16 are also read)")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"file is not valid {best.encoding}", path=source, hint="save it as UTF-8") from exc


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")     # control characters but tab, newlines, form feed


def check_text(text: str, source: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file in disguise)."""
    sample = text[:20000]
    control = len(_CONTROL.findall(sample))
    if control > len(sample) * 0.05:
        raise InputError("file looks binary (too many control characters)", path=source,
                         hint="give a plain-text article")
    if not text.strip():
        raise InputError("file holds only white space", path=source,
                         hint="give an article with some text in it")
    return text


def document_from_text(text: str, source: str, *, published: dt.date | None = None,
                       url: str | None = None, published_from: str | None = None) -> Document:
    text = check_text(text.lstrip("\ufeff"), source)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(text=text, source=source, sha256=sha, url=url)
    if published:
        doc.published = published
        doc.published_from = published_from or "option"
    return doc


def read_file(path: Path, *, published: dt.date | None = None) -> Document:
    """Read one article file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("file not found", path=path, hint="check the path") from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", path=path) from exc
    if path.is_dir():
        raise InputError("is a folder, not an article file", path=path,
                         hint="use `diplograph ingest` for folders")
    if size > MAX_BYTES:
        mb = 1024 * 1024
        raise InputError(f"file is {size // mb} MB, larger than the {MAX_BYTES // mb} MB an article may be",
                         path=path, hint="split the corpus into one article per file or JSONL record")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", path=path) from exc
    return document_from_text(decode(data, str(path)), path.name, published=published)
