"""`diplograph ingest` (add articles to the graph, incrementally) and `diplograph remove` (take them out)."""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import printable
from .common import F, confidence_option, graph_option, user_errors

if TYPE_CHECKING:
    from ..ingest import Report

MAX_ARTICLE_BYTES = 2_000_000       # ingest.MAX_ARTICLE_BYTES (checked by a test)
MAX_ARTICLE_MB_LIMIT = 100          # ingest.MAX_ARTICLE_MB_LIMIT (checked by a test)

SHOWN_SKIPS = 20


class Progress:
    """`  1234/10000 articles  212/s  ETA 0:42` on one terminal line, rewritten in place."""

    def __init__(self, total: int | None) -> None:
        self.total, self.started = total, time.monotonic()

    def __call__(self, done: int) -> None:
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        text = f"  {done}/{self.total} articles" if self.total else f"  {done} articles"
        text += f"  {rate:.0f}/s"
        if self.total and rate > 0 and done <= self.total:
            left = int((self.total - done) / rate)
            text += f"  ETA {left // 60}:{left % 60:02d}"
        click.echo(f"\r{text:<60}", nl=False, err=True)

    def close(self) -> None:
        click.echo("\r" + " " * 60 + "\r", nl=False, err=True)


store_options = [
    click.option("--store", "store_url", metavar="URL",
                 help="Also keep a SPARQL 1.1 Graph Store in step: PUT each article's named graph there "
                      "(e.g. http://127.0.0.1:7878/store, http://HOST:8890/sparql-graph-crud-auth)."),
    click.option("--user", envvar="DIPLOGRAPH_USER", help="User name for --store [env DIPLOGRAPH_USER]."),
    click.option("--password", envvar="DIPLOGRAPH_PASSWORD",
                 help="Password for --store [env DIPLOGRAPH_PASSWORD]."),
    click.option("--auth", type=click.Choice(["auto", "basic", "digest"]), default="auto", show_default=True,
                 help="HTTP authentication for --store."),
    click.option("--html/--no-html", default=None,
                 help="Redraw the HTML view (default: only for graphs of up to 5,000 articles)."),
    click.option("--no-merged", is_flag=True,
                 help="Do not regenerate graph/diplograph.ttl (for very large graphs kept in a store)."),
]


def with_store_options(func: F) -> F:
    for option in reversed(store_options):
        func = option(func)
    return func


def _print_report(report: Report, verb: str) -> None:
    for line in report.failed:
        click.echo(f"diplograph: failed: {printable(line)}", err=True)
    for line in report.skipped[:SHOWN_SKIPS]:
        click.echo(f"diplograph: {printable(line)}", err=True)
    if report.failed.dropped:
        click.echo(f"diplograph: ... and {report.failed.dropped} more failed", err=True)
    if len(report.skipped) > SHOWN_SKIPS:
        click.echo(f"diplograph: ... and {len(report.skipped) - SHOWN_SKIPS} more skipped", err=True)
    for line in report.notes:
        click.echo(f"diplograph: note: {line}", err=True)
    click.echo(f"{verb}: {report.line()}")


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@graph_option
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for extraction; 0: one per core.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that cannot be ingested.")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD) for inputs that give none (records' own dates win).")
@click.option("--max-mb", type=click.FloatRange(min=0.001, max=MAX_ARTICLE_MB_LIMIT),
              default=MAX_ARTICLE_BYTES / 1e6, show_default=True,
              help=f"Largest article accepted, in MB (at most {MAX_ARTICLE_MB_LIMIT}).")
@click.option("--force", is_flag=True, help="Extract every input again, even articles the graph holds.")
@with_store_options
@confidence_option
@user_errors
def ingest(paths: tuple[str, ...], graph_dir: Path, jobs: int, fail_fast: bool, published: dt.datetime | None,
           max_mb: float, force: bool, store_url: str | None, user: str | None, password: str | None,
           auth: str, html: bool | None, no_merged: bool, min_confidence: float) -> None:
    """Add articles to the graph: files, folders (recursive), glob patterns, .gz, JSONL/JSON crawler
    records (news-please shape or text/date/url), or - for standard input.

    Incremental: articles already in the graph (same text, same extractor version) are not extracted
    again; a changed file or URL replaces the facts it gave before. Exit status 1 when any input failed
    (each gets one line).
    """
    from ..ingest import Options, count_items
    from ..ingest import ingest as run_ingest

    progress = None
    if sys.stderr.isatty():
        progress = Progress(count_items(paths))
    opts = Options(jobs=jobs, fail_fast=fail_fast, published=published.date() if published else None,
                   store_url=store_url, store_login={"user": user, "password": password, "auth": auth},
                   render=html, merged=not no_merged, max_bytes=int(max_mb * 1e6), force=force,
                   progress=progress, min_confidence=min_confidence)
    try:
        report = run_ingest(list(paths), graph_dir, opts)
    finally:
        if progress:
            progress.close()
    _print_report(report, f"ingested into {graph_dir}")
    if not report.ok:
        sys.exit(1)


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="SOURCE|KEY...")
@graph_option
@with_store_options
@user_errors
def remove(targets: tuple[str, ...], graph_dir: Path, store_url: str | None, user: str | None,
           password: str | None, auth: str, html: bool | None, no_merged: bool) -> None:
    """Take articles out of the graph: by key (or its first characters), source file, path or URL."""
    from ..ingest import Options
    from ..ingest import remove as run_remove

    opts = Options(store_url=store_url, store_login={"user": user, "password": password, "auth": auth},
                   render=html, merged=not no_merged)
    report = run_remove(list(targets), graph_dir, opts)
    _print_report(report, f"removed from {graph_dir}")
    if not report.ok:
        sys.exit(1)


COMMANDS = [ingest, remove]
