"""The word lists packed for the saved index: every word of wordfreq's lists read as wordfreq reads it, a pickled
copy answering alike, and a copy packed from other files never used."""

from __future__ import annotations

import math
import pickle

import pytest
import wordfreq

from arena.nlu import frequency
from arena.nlu.frequency import WordFrequencies, adopt, word_frequencies

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
# Made up, or in no list: each must read 0 in every language, wherever it would sort among the words.
ABSENT = ["", "zzzzqx", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "draymondgreen", "\uffff", "greenn"]


@pytest.fixture(scope="module")
def packed() -> WordFrequencies:
    return WordFrequencies()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_of_a_list_reads_its_own_frequency(packed: WordFrequencies, language: str) -> None:
    listed = wordfreq.get_frequency_dict(language, "small")
    assert len(listed) > 25_000
    # Arena reads bin i as -i centibels, one below wordfreq's own reading of the same bin: the parser's thresholds
    # were set on that reading, so the packing keeps it.
    assert [word for word, share in listed.items()
            if not math.isclose(packed.zipf(word, language), round(math.log10(share) + 9, 2) - 0.01)] == []
    assert [packed.zipf(word, language) for word in ABSENT] == [0.0] * len(ABSENT)


def test_a_pickled_copy_answers_as_the_table_it_was_saved_from(packed: WordFrequencies) -> None:
    copy = pickle.loads(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL))
    words = ["green", "jordan", "bird", "quien", "sweetness", "lebron", *ABSENT]
    assert [[copy.zipf(word, language) for language in LANGUAGES] for word in words] == \
           [[packed.zipf(word, language) for language in LANGUAGES] for word in words]


def test_a_copy_packed_from_other_files_is_not_used(packed: WordFrequencies, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frequency, "_process_table", None)
    stale = pickle.loads(pickle.dumps(packed))
    stale.source = tuple((path, size + 1, mtime) for path, size, mtime in packed.source)  # an upgraded wordfreq's
    adopt(stale)
    assert word_frequencies() is not stale
    current = pickle.loads(pickle.dumps(packed))
    adopt(current)
    assert word_frequencies() is not current  # the table in use stays: its words were read already
    monkeypatch.setattr(frequency, "_process_table", None)
    adopt(current)
    assert word_frequencies() is current
