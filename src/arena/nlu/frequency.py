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
from functools import cache
from pathlib import Path

import msgpack  # type: ignore[import-untyped]  # wordfreq depends on it; it ships no types

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


@cache
def _zipf_table(language: str) -> dict[str, float]:
    with gzip.open(_data_file(language), "rb") as packed:
        header, *bins = msgpack.load(packed, raw=False)  # a list: the header, then a list of words per bin
    if header != {"format": "cB", "version": 1}:
        raise FrequencyDataMissing(f"wordfreq's {language} list has an unknown format: {header!r}")
    # Bin i holds the words of frequency -i centibels; Zipf is log10 per billion words.
    return {word: (900 - i) / 100 for i, words in enumerate(bins, start=1) for word in words}


@cache
def zipf(word: str, language: str = "en") -> float:
    """How common ``word`` (lower case) is in ``language`` on the Zipf scale; 0 below once per million."""
    return _zipf_table(language).get(word, 0.0)


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
