"""URLs that may carry credentials (`http://user:password@host/store`): the credentials are taken out
to be used as such, and a URL is never shown with them.

    >>> split_credentials("http://admin:S3cret%21@127.0.0.1:7878/store")
    ('http://127.0.0.1:7878/store', 'admin', 'S3cret!')
"""
from __future__ import annotations

import urllib.parse

from .errors import DiplographError


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """(the URL without its user-info part, user, password), user and password percent-decoded."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, sep, password = userinfo.partition(":")
    clean = urllib.parse.urlunsplit(parts._replace(netloc=hostport))
    return clean, urllib.parse.unquote(user), urllib.parse.unquote(password) if sep else None


def redact(url: str) -> str:
    """The URL as it may be shown: without any user-info part."""
    return split_credentials(url)[0]


def login(url: str, user: str | None, password: str | None) -> tuple[str, str | None, str | None]:
    """(URL to request, user, password) from a URL that may hold `user:password@` and the options;
    credentials given both ways are refused (exit code 2) rather than one silently winning."""
    clean, url_user, url_password = split_credentials(url)
    if url_user is None:
        return url, user, password
    if user is not None or password is not None:
        raise DiplographError(f"credentials given twice for {clean}: in the URL and with --user/--password",
                              hint="give them once, preferably with --user and DIPLOGRAPH_PASSWORD",
                              exit_code=2)
    return clean, url_user or None, url_password


__all__ = ["login", "redact", "split_credentials"]
