"""What an error message quotes of a client's input: all of it when short, a bounded head and its length when not."""

from __future__ import annotations

import pytest

from arena.accounts import ApiKeyNotFound
from arena.debate import DebateNotFound
from arena.errors import ECHO_CHARS, echo
from arena.stats import UnknownSeason
from arena.stats.catalog import League
from arena.stats.season_text import parse_season


@pytest.mark.parametrize("value", ["", "pointz", "O'Neal", "x" * ECHO_CHARS])
def test_short_input_is_quoted_whole(value: str) -> None:
    assert echo(value) == repr(value)


@pytest.mark.parametrize("length", [ECHO_CHARS + 1, 1_000, 100_000])
def test_long_input_is_cut_and_its_length_said(length: int) -> None:
    quoted = echo("é" * length)
    assert quoted == f"{'é' * ECHO_CHARS!r}… ({length:,} characters)"
    assert len(quoted) < ECHO_CHARS + 40


@pytest.mark.parametrize("error", [DebateNotFound, ApiKeyNotFound])
def test_errors_about_one_thing_quote_its_id_bounded(error: type[DebateNotFound | ApiKeyNotFound]) -> None:
    assert "'abc'" in str(error("abc"))
    message = str(error("z" * 50_000))
    assert len(message) < 300 and "(50,000 characters)" in message
    assert error("z" * 50_000).subject_id == "z" * 50_000  # the whole id stays on the error for the code


def test_a_domain_error_built_from_input_quotes_it_bounded() -> None:
    with pytest.raises(UnknownSeason) as refused:
        parse_season("9" * 10_000 + "-", League.NBA, held=(1947, 2025))
    assert len(str(refused.value)) < 300 and "(10,001 characters)" in str(refused.value)
