"""The name index: keys, the fame prior from the data, spelling corrections and suggestions."""

from __future__ import annotations

import itertools

import pytest

from arena.nlu import QuestionParser
from arena.nlu.names import MatchKind, NameIndex, name_keys, variant_keys


@pytest.fixture(scope="module")
def names(parser: QuestionParser) -> NameIndex:
    return parser.indexes.names


def fame(names: NameIndex, player_id: str) -> float:
    entry = names.entry(player_id)
    assert entry is not None, player_id
    return entry.fame


def test_name_keys() -> None:
    assert name_keys("Michael Jordan") == (["michael jordan"], "michael", "jordan")
    assert name_keys("Ken Griffey Jr.") == (["ken griffey jr", "ken griffey"], "ken", "griffey")
    assert name_keys("Shai Gilgeous-Alexander") == (
        ["shai gilgeous alexander", "shai gilgeousalexander"], "shai", "gilgeous alexander")
    assert name_keys("Ichiro") == (["ichiro"], None, None)


@pytest.mark.parametrize(("name", "typed"), [
    ("J. R. Richard", "jr richard"),  # spaced initials, run together as fans type them
    ("C. C. Sabathia", "cc sabathia"),
    ("Jean-Sebastien Giguere", "js giguere"),  # a hyphened given name by its initials
    ("Pierre-Luc Dubois", "pl dubois"),
])
def test_name_keys_include_the_initials_fans_type(name: str, typed: str) -> None:
    assert typed in name_keys(name)[0]
    assert "kareem abdul jabbar" in name_keys("Kareem Abdul-Jabbar")[0]  # a hyphened surname keeps its words
    assert "ka jabbar" not in name_keys("Kareem Abdul-Jabbar")[0]


@pytest.mark.parametrize(("famous", "less_famous"), [
    ("nba:jordami01", "nba:jordade01"),
    ("nba:johnsma02", "nba:johnsde01"),
    ("mlb:griffke02", "mlb:griffke01"),
    ("nfl:00-0010346", "nfl:00-0022803"),
    ("nhl:gretzwa01", "nhl:crosbsi01"),
])
def test_the_fame_prior_follows_the_data(names: NameIndex, famous: str, less_famous: str) -> None:
    assert fame(names, famous) > fame(names, less_famous)


def test_each_leagues_best_have_the_highest_prior(names: NameIndex) -> None:
    # Peyton Manning for the NFL: five AP MVPs and the Hall of Fame (curated tables) now count in his merit.
    for player_id in ("nba:jordami01", "nfl:00-0010346", "nhl:gretzwa01", "mlb:mayswi01"):
        assert fame(names, player_id) >= 0.95
    # Tom Brady, not yet eligible for the Hall of Fame, stays among the league's first ten.
    assert fame(names, "nfl:00-0019596") >= 0.94


def test_a_surname_lists_the_famous_first(names: NameIndex) -> None:
    jordans = names.lookup("jordan")
    assert names.entries[jordans[0].entry].id == "nba:jordami01"
    assert jordans[0].kind is MatchKind.SURNAME
    assert all(a.score >= b.score for a, b in itertools.pairwise(jordans))


def test_a_key_of_one_player_says_how_it_names_him(names: NameIndex) -> None:
    # Most keys name one player, their posting kept bare rather than in a tuple: each still reads as its kind.
    def read(key: str) -> list[tuple[str, MatchKind, bool]]:
        return [(names.entries[s.entry].id, s.kind, s.needs_context) for s in names.lookup(key)]

    assert read("king james") == [("nba:jamesle01", MatchKind.ALIAS, False)]
    assert read("nikola jokic") == [("nba:jokicni01", MatchKind.FULL, False)]
    assert read("aardsma") == [("mlb:aardsda01", MatchKind.SURNAME, True)]  # obscure: a name in context only
    # His surname is also his alias: two postings of one player, the stronger kept.
    assert read("jokic") == [("nba:jokicni01", MatchKind.ALIAS, False)]


def test_accent_folded_full_names_are_keys(names: NameIndex) -> None:
    assert [names.entries[s.entry].id for s in names.lookup("nikola jokic")] == ["nba:jokicni01"]
    assert [names.entries[s.entry].id for s in names.lookup("teemu selanne")] == ["nhl:selante01"]


def test_one_slip_is_a_strong_correction(names: NameIndex) -> None:
    lebron = names.correct("lebrn")
    assert lebron[0].word == "lebron" and lebron[0].strong
    assert {c.word for c in names.correct("jordon")} >= {"jordan"}


def test_a_sound_alike_is_a_weak_correction(names: NameIndex) -> None:
    crosby = [c for c in names.correct("crosbie") if c.word == "crosby"]
    assert crosby and not crosby[0].strong


def test_words_far_from_any_famous_name_are_not_corrected(names: NameIndex) -> None:
    assert names.correct("messi") == []
    assert names.correct("zxqwv") == []
    assert names.correct("eli5") == [] and names.correct("kobe8") == []  # digits are no typing slip


def test_a_surname_spelt_as_it_sounds_is_offered_for_full_names_only(names: NameIndex) -> None:
    assert "duncan" in {c.word for c in names.sounds_like("dunkin")}
    assert all(not c.alone and not c.strong for c in names.sounds_like("dunkin"))


def test_a_nickname_variant_is_keyed_as_written() -> None:
    assert variant_keys("The Russian Rocket") == ["the russian rocket"]
    assert variant_keys("Henry Louis Aaron") == ["henry louis aaron", "henry aaron"]


def test_suggestions_name_famous_players(names: NameIndex) -> None:
    assert "Wayne Gretzky" in names.suggest(["Gretzkyy"])
    assert names.suggest(["Zxqwv"]) == []


def test_summaries_come_from_the_store(names: NameIndex) -> None:
    jordan = names.entry("nba:jordami01")
    assert jordan is not None
    assert jordan.summary.startswith("NBA 1985-2003, 15 seasons: 30.1 pts")
    assert "Hall of Fame" in jordan.summary and "5x NBA MVP" in jordan.summary
    brodeur = names.entry("nhl:brodema01")
    assert brodeur is not None and "691 wins" in brodeur.summary
