"""A question about one role ("as a goal scorer") is judged on the role's measures, rate first."""

from __future__ import annotations

import pytest

from arena.debate.measures import ACCOLADES, FOCUS, ROLE_WEIGHTS
from arena.debate.plan import role_asked
from arena.debate.verdict import ROLE_SCOPE_WEIGHTS, SWEEP_SHARE, resolve_weights
from arena.nlu import StatFocus

_GOALS = [StatFocus(group="skating", key="goals", league="nhl")]


@pytest.mark.parametrize("question", ["Gretzky or Ovechkin as a goal scorer", "Who's the better rebounder, Rodman "
                                      "or Barkley?", "Jordan vs LeBron as an outside shooter"])
def test_a_role_named_with_its_stat_scopes_the_debate(question: str) -> None:
    assert role_asked(question, _GOALS)


@pytest.mark.parametrize("question", ["Gretzky or Ovechkin", "who scored more goals, Gretzky or Ovechkin?"])
def test_a_stat_alone_is_no_role(question: str) -> None:
    assert not role_asked(question, _GOALS)


def test_a_role_word_without_a_stat_is_no_role() -> None:
    assert not role_asked("Rivera or Pedro as a pitcher", [])


def test_the_role_carries_nearly_two_thirds_and_accolades_little() -> None:
    weights = resolve_weights(None, role_scope=True)
    assert weights == ROLE_SCOPE_WEIGHTS
    others = sum(w for c, w in weights.items() if c != FOCUS and c not in ("record", "dominance"))
    # Short of a sweep alone: the role's leader wins outright only when he leads something else too.
    assert weights[FOCUS] / (weights[FOCUS] + others) < SWEEP_SHARE
    assert weights[ACCOLADES] < weights[FOCUS] / 10
    assert resolve_weights({"peak": 1}, role_scope=True)[FOCUS] == 0


def test_the_role_is_weighed_rate_first() -> None:
    assert ROLE_WEIGHTS["rate"] > max(ROLE_WEIGHTS["led"], ROLE_WEIGHTS["era"]) > ROLE_WEIGHTS["total"]
