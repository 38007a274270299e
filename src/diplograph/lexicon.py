"""The one loader of language data files (lexicons, gazetteers) shipped under `lang/<lang>/`.

Every file is UTF-8, tab separated, opens with `# ` comment lines that state its source and date,
then a header row naming the columns, then one row per entry; multi-valued fields use `|`::

    # source: hand-written for Diplograph from Arabic wire style (SPA, QNA, WAM, MENA, TASS), 2026-11
    form	event	note
    وقع	signing	past tense, also "happened": needs a document noun
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress, count
from pathlib import Path

from .errors import DiplographError
from .textfold import fold


@dataclass(frozen=True)
class Table:
    """A loaded data file: its source lines and its rows as dicts keyed by column name."""

    path: Path
    source: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]


def read_table(path: Path) -> Table:
    """Parse one data file; a malformed row is an error naming the file and the line."""
    if not path.exists():
        raise DiplographError("language data file is missing", path=path,
                              hint="reinstall diplograph; data files ship inside the package")
    source: list[str] = []
    columns: tuple[str, ...] = ()
    rows: list[dict[str, str]] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        if raw.startswith("#"):
            if not columns:
                source.append(raw.lstrip("# ").rstrip())
            continue
        cells = raw.split("\t")
        if not columns:
            columns = tuple(c.strip() for c in cells)
            continue
        if len(cells) > len(columns):
            raise DiplographError(f"row has {len(cells)} fields, the header names {len(columns)}",
                                  path=path, line=lineno, hint="separate fields with one tab each")
        cells += [""] * (len(columns) - len(cells))
        rows.append({c: v.strip() for c, v in zip(columns, cells)})
    if not source:
        raise DiplographError("data file does not open with its source", path=path, line=1,
                              hint="start it with a '# source: ...' comment line")
    return Table(path, tuple(source), columns, tuple(rows))


def tables(folder: Path, prefix: str) -> list[Table]:
    """Every `<prefix>*.tsv` of a language folder, read now (a `Language` reads its folder once)."""
    return [read_table(p) for p in sorted(folder.glob(f"{prefix}*.tsv"))]


def split(value: str) -> list[str]:
    """The `|`-separated values of a multi-valued field."""
    return [v.strip() for v in value.split("|") if v.strip()]


CLITICS = "وفبلك"      # the one-letter clitics `first_token_variants` strips (and, so, with, to, as)


@lru_cache(maxsize=1 << 16)
def first_token_variants(tok: str) -> tuple[str, ...]:
    """A token and what it may be once clitics are stripped: 'وبالرياض' -> 'الرياض', 'للرئيس' -> 'الرئيس'.
    Memoised (a word recurs across sentences, rules and articles; the cache is bounded)."""
    out = [tok]
    frontier = [tok]
    for _ in range(2):
        nxt = []
        for t in frontier:
            if len(t) < 3:
                continue
            if t.startswith("لل") and len(t) > 3:
                nxt.append("ال" + t[2:])
            if t[0] in CLITICS:
                nxt.append(t[1:])
        for t in nxt:
            if t not in out:
                out.append(t)
        frontier = nxt
    return tuple(out)


def stripped_to(form: str) -> frozenset[str]:
    """Every token `first_token_variants` takes to `form` (its inverse): at most two steps, each a clitic
    letter put back before the word or the article 'ال' written 'لل' after 'to' ('الرئيس' <- 'للرئيس',
    'وللرئيس'); so the form, one or two clitics and the form, 'لل' for its article with one clitic or none
    before it, each kept only if `first_token_variants` does take it to the form (its length rules)."""
    heads = [form, "لل" + form[2:]] if form.startswith("ال") else [form]
    found = {*heads, *(c + h for c in CLITICS for h in heads),
             *(a + b + form for a in CLITICS for b in CLITICS)}
    return frozenset(t for t in found if form in first_token_variants(t))


@dataclass(frozen=True)
class Words:
    """The word classes of `lang/<lang>/words.tsv`: each folded form with its features (classes)::

        form	features	value
        منذ	name-stop|since
        جلالته	title-pronoun	king|sultan

    Rules ask `words.of("origin")` (the forms), `prefix("future")` (for `str.startswith`), `form("lam")`
    (a class of one form) or `has(token, "origin")` instead of comparing text.
    """

    path: Path
    classes: Mapping[str, frozenset[str]]     # feature -> its forms
    prefixes: Mapping[str, tuple[str, ...]]   # feature -> its forms, for str.startswith
    values: Mapping[str, str]                 # form -> its value

    def of(self, feature: str) -> frozenset[str]:
        try:
            return self.classes[feature]
        except KeyError:
            raise DiplographError(f"no word has the feature {feature!r}", path=self.path,
                                  hint="add rows with that feature, or ask for one the file has") from None

    def has(self, word: str, feature: str) -> bool:
        forms = self.classes.get(feature)
        return word in forms if forms is not None else word in self.of(feature)

    def has_stripped(self, token: str, feature: str) -> bool:
        """Whether a token, bare or once its clitics are stripped ('وبالوفد' -> 'الوفد'), is of the class."""
        return token in self._stripped_tokens((feature,))

    def stripped_at(self, tokens: Iterable[str], *features: str) -> list[int]:
        """The positions of the tokens that, bare or once their clitics are stripped, are of one of the
        classes (`has_stripped` of each feature): one set look-up per token, in the tokens that stripping
        takes to a form of the classes (`stripped_to` of each form, found once per set of classes)."""
        return list(compress(count(), map(self._stripped_tokens(features).__contains__, tokens)))

    def _stripped_tokens(self, features: tuple[str, ...]) -> frozenset[str]:
        """The tokens `has_stripped` answers yes for, of one of the classes."""
        known = self._stripped_memos.get(features)
        if known is None:
            forms = frozenset().union(*map(self.of, features))
            known = self._stripped_memos[features] = frozenset().union(*map(stripped_to, forms))
        return known

    @cached_property
    def _stripped_memos(self) -> dict[tuple[str, ...], frozenset[str]]:
        return {}

    def listed(self, word: str) -> bool:
        """The word is a form of some class (a word the language file knows, so no unknown name)."""
        return word in self._all_forms

    @cached_property
    def _all_forms(self) -> frozenset[str]:
        return frozenset().union(*self.classes.values())

    def value(self, word: str) -> str:
        return self.values.get(word, "")

    def prefix(self, feature: str) -> tuple[str, ...]:
        """The forms of a prefix (or suffix) class, for `str.startswith` / `str.endswith`."""
        try:
            return self.prefixes[feature]
        except KeyError:
            self.of(feature)     # the error naming the file
            raise

    def form(self, feature: str) -> str:
        """The one form of a single-form class (a clitic letter)."""
        forms = self.of(feature)
        if len(forms) != 1:
            raise DiplographError(f"the word class {feature!r} has {len(forms)} forms, the rules need one",
                                  path=self.path, hint="give that class exactly one row")
        return next(iter(forms))


def read_words(path: Path) -> Words:
    """Load a word-class file; forms are folded like article text."""
    table = read_table(path)
    classes: dict[str, set[str]] = {}
    values: dict[str, str] = {}
    for row in table.rows:
        form = fold(row["form"])
        for feature in split(row.get("features", "")):
            classes.setdefault(feature, set()).add(form)
        if row.get("value"):
            values[form] = row["value"]
    frozen = {k: frozenset(v) for k, v in classes.items()}
    return Words(path, frozen, {k: tuple(sorted(v)) for k, v in frozen.items()}, values)
