"""A rebuttal's frame (the concession, the turn to another criterion) varies with what it answers, so debates
run with the same seed do not share one stock line; its figures never change."""

from __future__ import annotations

from random import Random

from arena.debate.claims import ClaimWriter, counted_label
from arena.debate.facts import Fact


def test_the_same_seed_words_different_points_differently() -> None:
    points = [f"Player {n}'s edge in points, {n} to {n + 1}" for n in range(40)]
    frames = {ClaimWriter(Random(0)).pick("stands", "granted", "not in dispute", "no quarrel", about=point)
              for point in points}
    assert len(frames) == 4


def test_the_same_point_and_seed_are_worded_alike() -> None:
    words = [ClaimWriter(Random(7)).pick("a", "b", "c", about="Jordan's edge in MVP awards") for _ in range(3)]
    assert len(set(words)) == 1


def test_one_of_a_counted_label_is_said_in_the_singular() -> None:
    one = Fact(player_id="nba:jamesle01", group="basketball", stat="led:points_per_game", value=1.0, display="1",
               scope="career")
    assert counted_label(one, "seasons leading the league in points per game") == (
        "1 season leading the league in points per game")
    assert counted_label(one, "MVP awards") == "1 MVP award"
    assert counted_label(one.model_copy(update={"value": 2.0, "display": "2"}), "Hart Trophies") == "2 Hart Trophies"
