"""The name index's entries as a saved index holds them: decoded one at a time, each once."""

from __future__ import annotations

import pickle
import threading

import pytest

from arena.nlu.entries import PlayerEntry, SavedEntries
from arena.stats import League


def _entry(number: int) -> PlayerEntry:
    return PlayerEntry(id=f"nba:made{number:02d}", name=f"Made Up {number}", league=League.NBA, first_season=1990,
                       last_season=1990 + number, roles=("any",), fame=number / 10, seasons=number + 1,
                       brief=(float(number), None), honours="", variants=(f"Made {number}",), position="PF")


ENTRIES = [_entry(number) for number in range(7)]


def test_saved_entries_read_back_as_the_entries_they_were_made_from_in_order() -> None:
    saved = SavedEntries(ENTRIES)
    assert len(saved) == len(ENTRIES)
    assert list(saved) == ENTRIES
    assert saved[-1] == ENTRIES[-1] and saved[2:5] == ENTRIES[2:5]
    with pytest.raises(IndexError):
        saved[len(ENTRIES)]


def test_an_entry_is_decoded_once_so_every_read_from_any_thread_is_the_same_object() -> None:
    saved = pickle.loads(pickle.dumps(SavedEntries(ENTRIES)))
    seen: list[PlayerEntry] = []
    readers = [threading.Thread(target=lambda: seen.append(saved[3])) for _ in range(8)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert all(entry is saved[3] for entry in seen) and saved[-4] is saved[3]


def test_a_copy_saved_again_holds_the_same_entries() -> None:
    saved = SavedEntries(ENTRIES)
    again = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(saved))))
    assert list(again) == ENTRIES
