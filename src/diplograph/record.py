"""`Record`: equality and a readable repr for a small value class, from its `__slots__` (`Frozen`: and
a hash).

What `@dataclass` gives, for the classes a one-off `diplograph query` builds (`store`, `graphstore`,
`query`, `sparqlguard`, `cli.fastquery`): importing `dataclasses` (it imports `inspect`, `ast`, `dis`,
`tokenize`) and generating a dozen classes' methods costs some 20 ms, a quarter of such a command. A
record class lists its fields in `__slots__`, in order, and assigns them in a typed `__init__` (in a
`Frozen` record as `Final` attributes, so that mypy keeps them read-only, as `frozen=True` did).
Fields named in `_unshown` stay out of the repr, as `field(repr=False)` did.
"""
from __future__ import annotations

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    from typing import ClassVar


class Record:
    """Base of a value class: two records are equal when they are of the same class with equal fields
    (not hashable: see `Frozen`)."""

    __slots__: ClassVar[tuple[str, ...]] = ()
    _unshown: ClassVar[frozenset[str]] = frozenset()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = (f"{name}={getattr(self, name)!r}" for name in self.__slots__ if name not in self._unshown)
        return f"{type(self).__name__}({', '.join(shown)})"


class Frozen(Record):
    """A record whose fields are never reassigned (declared `Final`): hashable, as a frozen dataclass."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values())
