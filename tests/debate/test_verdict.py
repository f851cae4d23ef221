"""The verdict on real measures: weights, ties, confidence, what would flip it, and criteria parsing."""

from __future__ import annotations

import pytest

from arena.debate.casebook import measure_contenders
from arena.debate.claims import Entry
from arena.debate.dossier import Window, load_dossier
from arena.debate.errors import InvalidCriteria
from arena.debate.facts import FactBook
from arena.debate.verdict import CRITERIA, confidence_from, decide, parse_criteria, resolve_weights
from arena.stats.ports import StatStore

JORDAN, LEBRON = "nba:jordami01", "nba:jamesle01"


def _entries(store: StatStore, *player_ids: str) -> list[Entry]:
    dossiers = [load_dossier(store, player_id, Window()) for player_id in player_ids]
    entries, _ = measure_contenders(store, FactBook(), dossiers)
    return entries


def test_identical_records_are_called_a_tie(debate_store: StatStore) -> None:
    (jordan,) = _entries(debate_store, JORDAN)
    twin = Entry("nba:twin", "His Twin", jordan.league, measures=dict(jordan.measures))

    verdict = decide([jordan, twin], resolve_weights(None))

    assert verdict.winner is None and verdict.winner_id is None
    assert verdict.confidence == 0.5
    assert verdict.scorecard and all(line.leader is None for line in verdict.scorecard)
    assert "tie" in verdict.summary


def test_weights_decide_which_strengths_count(debate_store: StatStore) -> None:
    entries = _entries(debate_store, JORDAN, LEBRON)

    by_longevity = decide(entries, resolve_weights({"longevity": 1}))
    by_peak = decide(entries, resolve_weights({"peak": 1}))

    assert by_longevity.winner_id == LEBRON
    assert by_peak.winner_id == JORDAN
    assert {line.criterion for line in by_peak.scorecard if line.weight > 0} == {"peak"}


def test_the_verdict_says_what_would_flip_it(debate_store: StatStore) -> None:
    entries = _entries(debate_store, JORDAN, LEBRON)
    verdict = decide(entries, resolve_weights(None))
    assert verdict.winner_id is not None
    loser = next(e.name for e in entries if e.id != verdict.winner_id)
    challenger_leads = [line.label for line in verdict.scorecard if line.leader == loser]

    assert challenger_leads
    assert verdict.flip is not None and verdict.flip.endswith(f"the call goes to {loser}.")
    assert any(label in verdict.flip for label in challenger_leads)


def test_confidence_grows_with_the_margin() -> None:
    margins = [0.0, 0.01, 0.05, 0.1, 0.2, 0.5]
    confidences = [confidence_from(m) for m in margins]
    assert confidences[0] == 0.5
    assert confidences == sorted(confidences)
    assert confidences[-1] < 1.0


def test_a_single_contender_gets_no_verdict(debate_store: StatStore) -> None:
    verdict = decide(_entries(debate_store, JORDAN), resolve_weights(None))
    assert verdict.winner is None and verdict.confidence == 0.0 and verdict.scorecard == []


def test_criteria_are_parsed_with_weights_and_aliases() -> None:
    assert parse_criteria("peak,efficiency") == {c: 1.0 if c in ("peak", "efficiency") else 0.0 for c in CRITERIA}
    weights = parse_criteria("peak=2, era:1, awards")
    assert (weights["peak"], weights["era_dominance"], weights["accolades"], weights["longevity"]) == (2, 1, 1, 0)


@pytest.mark.parametrize(("text", "message"), [
    ("speed", "unknown criterion 'speed'"),
    ("peak=fast", "criterion weight 'fast' is not a number"),
    ("peak=-1", "weight of peak must be a number from 0 to 100"),
    ("peak=1e308", "weight of peak must be a number from 0 to 100"),
    ("peak=0", "at least one criterion needs a weight above zero"),
    (" , ", "no criteria given"),
])
def test_bad_criteria_are_refused(text: str, message: str) -> None:
    with pytest.raises(InvalidCriteria, match=message):
        parse_criteria(text)
