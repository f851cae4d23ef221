"""The vote store (migration 0005) on SQLite and PostgreSQL: one vote per voter per debate, kept by the
database itself, and tallies per side."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arena.db import make_engine
from arena.votes import AddressVotesSpent, Tally, VoterGroup, VotesUnavailable
from arena.votes.adapters.sql_votes import SqlVoteStore
from store_databases import BACKENDS, DatabaseFactory, schema_drift

JORDAN, LEBRON = "nba:jordami01", "nba:jamesle01"


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, database_factory: DatabaseFactory) -> Iterator[SqlVoteStore]:
    engine = make_engine(database_factory(request.param))
    yield SqlVoteStore(engine)
    engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_migration_0005_creates_the_votes_table_as_the_adapter_declares_it(
    backend: str, database_factory: DatabaseFactory
) -> None:
    assert schema_drift(database_factory(backend), "votes") == []


def test_a_voter_votes_once_per_debate_and_keeps_the_first_choice(store: SqlVoteStore) -> None:
    assert store.cast("d1", "browser:a", JORDAN) is None
    assert store.cast("d1", "browser:a", LEBRON) == JORDAN
    assert store.cast("d1", "browser:a", JORDAN) == JORDAN
    assert store.cast("d2", "browser:a", LEBRON) is None  # another debate is another vote

    assert store.tally("d1") == Tally(debate_id="d1", counts={JORDAN: 1})
    assert store.choice_of("d1", "browser:a") == JORDAN
    assert store.choice_of("d2", "browser:a") == LEBRON
    assert store.choice_of("d1", "browser:b") is None


def test_a_group_of_voters_casts_at_most_its_limit_per_debate(store: SqlVoteStore) -> None:
    home, office = VoterGroup("browser:home:", 2), VoterGroup("browser:office:", 1)
    assert store.cast("d1", "browser:home:a", JORDAN, group=home) is None
    assert store.cast("d1", "browser:home:b", LEBRON, group=home) is None
    with pytest.raises(AddressVotesSpent) as spent:
        store.cast("d1", "browser:home:c", JORDAN, group=home)
    assert spent.value.limit == 2
    # A voter of the group who has voted is told their choice, not the limit; nothing of the refusal is stored.
    assert store.cast("d1", "browser:home:a", LEBRON, group=home) == JORDAN
    assert store.choice_of("d1", "browser:home:c") is None
    # Other groups, other debates and voters outside any group are counted apart.
    assert store.cast("d1", "browser:office:a", JORDAN, group=office) is None
    assert store.cast("d2", "browser:home:c", JORDAN, group=home) is None
    assert store.cast("d1", "account:7", LEBRON) is None
    assert store.tally("d1").counts == {JORDAN: 2, LEBRON: 2}


def test_a_group_prefix_is_matched_literally(store: SqlVoteStore) -> None:
    # LIKE's wildcards in a prefix match only themselves: "browser:1_%" is not every "browser:1x..." voter.
    wild = VoterGroup("browser:1_%:", 1)
    assert store.cast("d1", "browser:1ab:a", JORDAN, group=VoterGroup("browser:1ab:", 1)) is None
    assert store.cast("d1", "browser:1_%:a", JORDAN, group=wild) is None
    with pytest.raises(AddressVotesSpent):
        store.cast("d1", "browser:1_%:b", JORDAN, group=wild)


def test_the_tally_counts_every_voter_per_side(store: SqlVoteStore) -> None:
    for voter, choice in (("a", JORDAN), ("b", LEBRON), ("c", JORDAN), ("d", JORDAN)):
        store.cast("d1", f"browser:{voter}", choice)

    tally = store.tally("d1")
    assert tally.counts == {JORDAN: 3, LEBRON: 1}
    assert tally.total == 4
    assert store.tally("nobody-voted") == Tally(debate_id="nobody-voted")


def test_an_unreachable_database_is_votes_unavailable() -> None:
    engine = make_engine("postgresql://postgres@127.0.0.1:1/arena", connect_timeout_seconds=2)
    try:
        with pytest.raises(VotesUnavailable, match="vote store unavailable"):
            SqlVoteStore(engine).tally("d1")
    finally:
        engine.dispose()
