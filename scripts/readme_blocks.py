"""The generated blocks of README.md: text between `<!-- NAME:start -->` and `<!-- NAME:end -->`.

Every script that writes figures into the README (update_readme.py and the bench_*.py scripts with
--readme) replaces its own block through these two functions, so the marker format lives here only.
"""
from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def replace_block(text: str, name: str, body: str) -> str:
    """`text` with the block NAME holding `body`; SystemExit naming the marker when it is missing."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in text or end not in text:
        raise SystemExit(f"README.md has no {start} ... {end} markers: add them where the block belongs")
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{body}\n{end}{tail}"


def write_block(name: str, body: str, readme: Path = README) -> None:
    """Replace the block NAME of the README with `body`."""
    readme.write_text(replace_block(readme.read_text(encoding="utf-8"), name, body), encoding="utf-8")
