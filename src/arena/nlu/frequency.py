"""How common a word is in everyday English: the signal that tells "green light" from Draymond Green.

The frequencies are the ``wordfreq`` package's (Robyn Speer et al., CC BY-SA 4.0): its "small" lists, the
words of each language seen at least once per million words, on the Zipf scale (3.0 = once per million,
6.0 = once per thousand). They are read straight from the package's data files: importing ``wordfreq``
itself loads regex, ftfy and langcodes (0.4 s), too slow for a CLI that must answer within half a second,
and the lists are all the parser needs. The file format (``cBpack``: a header, then one list of words per
centibel of frequency, most frequent first) is the one ``wordfreq`` documents and has kept since 2.0.

A word frequent in English is an *everyday word* only when English uses it much more than other
languages do: a surname or first name ("jordan", "johnson", "james") is about as frequent in German,
French or Spanish text as in English, while "bird", "rice" or "judge" is an English word.
"""

from __future__ import annotations

import gzip
import importlib.util
import statistics
from array import array
from functools import cache
from itertools import accumulate, repeat
from pathlib import Path
from typing import cast

EVERYDAY = 4.0  # Zipf: ten times in a million words or more
VERY_COMMON = 5.0  # Zipf: once in a hundred thousand words ("young", "green", "price")
_ENGLISH_LEAD = 1.0  # how much more frequent in English than in the other languages an English word is
_OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")


class FrequencyDataMissing(RuntimeError):
    """The ``wordfreq`` package's data files are not where its layout puts them."""


def _data_file(language: str) -> Path:
    spec = importlib.util.find_spec("wordfreq")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise FrequencyDataMissing("the wordfreq package is not installed: pip install 'wordfreq>=3.1'")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"small_{language}.msgpack.gz"
    if not path.is_file():
        raise FrequencyDataMissing(f"wordfreq has no word list at {path}")
    return path


_LANGUAGES = ("en", *_OTHER_LANGUAGES)


class WordFrequencies:
    """The word lists of every language above, packed to load in a few milliseconds from a saved index.

    Decoding wordfreq's files takes tens of milliseconds a process, most of it building dictionaries of
    200,000 words of which a question reads a dozen: packed, each language's words are one sorted string searched
    by bisection, with each word's bin (centibels below 9.0 Zipf) in an array beside it. A list per language, not
    one of every language's words: sorting their union and placing each language's bins along it took the index
    build three times as long.
    """

    def __init__(self) -> None:
        self.source = _source_fingerprint()
        self._lists = {language: _packed_list(language) for language in _LANGUAGES}

    def zipf(self, word: str, language: str) -> float:
        """How common ``word`` is in ``language`` on the Zipf scale; 0 when the list lacks it."""
        words, starts, bins = self._lists[language]
        low, high = 0, len(bins)
        while low < high:
            middle = (low + high) // 2
            if words[starts[middle]:starts[middle + 1]] < word:
                low = middle + 1
            else:
                high = middle
        found = low < len(bins) and words[starts[low]:starts[low + 1]] == word
        centibels = bins[low] if found else 0
        return (900 - centibels) / 100 if centibels else 0.0


def _source_fingerprint() -> tuple[tuple[str, int, int], ...]:
    """The installed lists' paths, sizes and modification times: a saved table stands for these files only."""
    return tuple((str(path), stat.st_size, stat.st_mtime_ns)
                 for path in map(_data_file, _LANGUAGES) for stat in [path.stat()])


def _packed_list(language: str) -> tuple[str, array[int], array[int]]:
    """``language``'s words sorted and run together, where each starts in that string (and where the last ends),
    and each word's bin."""
    centibels: dict[str, int] = {}
    for i, words in enumerate(_decoded_bins(language), start=1):
        centibels.update(zip(words, repeat(i)))  # a word listed twice keeps its later bin
    words = sorted(centibels)
    return ("".join(words), array("I", accumulate(map(len, words), initial=0)),
            array("H", map(centibels.__getitem__, words)))


def _decoded_bins(language: str) -> list[list[str]]:
    """``language``'s words, a list per bin: bin i holds the words of frequency -i centibels (Zipf is log10 per
    billion words)."""
    # Imported here: a process whose table came with the saved index never decodes the files.
    import msgpack  # type: ignore[import-untyped]  # noqa: PLC0415  # wordfreq depends on it; it ships no types

    with gzip.open(_data_file(language), "rb") as packed:
        header, *bins = msgpack.load(packed, raw=False)  # a list: the header, then a list of words per bin
    if header != {"format": "cB", "version": 1}:
        raise FrequencyDataMissing(f"wordfreq's {language} list has an unknown format: {header!r}")
    return cast(list[list[str]], bins)


_process_table: WordFrequencies | None = None


def word_frequencies() -> WordFrequencies:
    """This process's table: one adopted from a saved index, else decoded from wordfreq's files once."""
    global _process_table  # noqa: PLW0603  # the lists are one constant of the installed package, read once
    if _process_table is None:
        _process_table = WordFrequencies()
    return _process_table


def adopt(saved: WordFrequencies) -> None:
    """Use ``saved`` (from a saved index) instead of decoding the lists, when it was packed from the files
    installed now; a table already in use is kept."""
    global _process_table  # noqa: PLW0603  # see word_frequencies
    if _process_table is None and saved.source == _source_fingerprint():
        _process_table = saved


@cache
def zipf(word: str, language: str = "en") -> float:
    """How common ``word`` (lower case) is in ``language`` on the Zipf scale; 0 below once per million."""
    return word_frequencies().zipf(word, language)


def is_english_word(word: str) -> bool:
    """True when ``word`` is in everyday English use at all (a typo of it is a typo of a word)."""
    return zipf(word) > 0.0


def is_known_word(word: str) -> bool:
    """True when ``word`` is a word of English or of the other languages listed ("quien" is no typo of Quinn)."""
    return is_english_word(word) or any(zipf(word, language) > 0.0 for language in _OTHER_LANGUAGES)


@cache
def is_english_led(word: str) -> bool:
    """True when ``word`` is an English word that English uses much more than the other languages do
    ("sweetness", "trout"): a word of the language rather than a name every language writes."""
    english = zipf(word)
    if english <= 0.0:
        return False
    elsewhere = statistics.median_high(zipf(word, language) for language in _OTHER_LANGUAGES)
    return english - elsewhere >= _ENGLISH_LEAD


def is_everyday_word(word: str) -> bool:
    """True when ``word`` is a common English word rather than a name that is common in every language."""
    return zipf(word) >= EVERYDAY and is_english_led(word)
