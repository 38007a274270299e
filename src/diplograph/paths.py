"""Where the project's shipped files live (ontology, queries), in a checkout or an installed wheel."""
from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def ontology_dir() -> Path:
    """The ontology folder: inside the installed package (the wheel puts it there), else the checkout's
    top-level `ontology/`."""
    packaged = PACKAGE_DIR / "ontology"
    if packaged.is_dir():
        return packaged
    checkout = PACKAGE_DIR.parents[1] / "ontology"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("diplograph's ontology folder is missing: reinstall the package")


def ontology_file(name: str = "diplograph.ttl") -> Path:
    return ontology_dir() / name


def queries_dir() -> Path:
    """Named competency queries (`ontology/queries/*.rq`)."""
    return ontology_dir() / "queries"


def lang_dir(lang: str = "ar") -> Path:
    """Language data (lexicons, gazetteers) of one language."""
    return PACKAGE_DIR / "lang" / lang
