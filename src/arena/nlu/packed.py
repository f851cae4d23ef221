"""A part of the parser's saved indexes (:mod:`arena.nlu.index_cache`) kept as a pickle of its own, decoded when a
question first reads it: most questions name no club (the rosters, packed a club at a time: a question names one or
two of eight hundred) and no season by its event (the honours and season totals), and decoding those tables with
every load cost each command line tens of milliseconds."""

from __future__ import annotations

import pickle
from typing import Generic, TypeVar

T = TypeVar("T")


class Packed(Generic[T]):
    """``value``, pickled apart when its index is saved, and unpickled on its first read after a load."""

    __slots__ = ("_saved", "_value")

    def __init__(self, value: T) -> None:
        self._value = value

    @property
    def value(self) -> T:
        try:
            return self._value
        except AttributeError:  # loaded from a saved index, not read since (two threads may both decode it: the
            self._value = pickle.loads(self._saved)  # copies are equal, and either serves)
            return self._value

    def __getstate__(self) -> bytes:
        return pickle.dumps(self.value, protocol=pickle.HIGHEST_PROTOCOL)

    def __setstate__(self, state: bytes) -> None:
        self._saved = state
