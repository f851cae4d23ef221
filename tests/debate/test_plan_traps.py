"""Questions with no debate in them are refused, not turned into another debate."""

from __future__ import annotations

import pytest

from arena.debate.errors import QuestionNotUnderstood
from arena.debate.plan import plan_debate
from arena.nlu.parser import QuestionParser
from arena.stats.ports import StatStore


@pytest.mark.parametrize(("question", "said"), [
    ("Michael Jordan vs Michael Jordan", "against himself"), ("LeBron versus LeBron James", "against himself"),
    ("Jordan 1991 vs Jordan 1996", "two of Michael Jordan's seasons against each other"),
])
def test_a_player_against_himself_is_no_debate(question: str, said: str, question_parser: QuestionParser,
                                               debate_store: StatStore) -> None:
    with pytest.raises(QuestionNotUnderstood, match=said):
        plan_debate(question_parser.parse(question), debate_store)


def test_a_question_naming_nothing_of_sport_says_so(question_parser: QuestionParser,
                                                    debate_store: StatStore) -> None:
    with pytest.raises(QuestionNotUnderstood, match="no player named in the question"):
        plan_debate(question_parser.parse("Is a banana better than a spaceship"), debate_store)


@pytest.mark.parametrize(("question", "side"), [
    ("Jordan or the Eiffel Tower?", "'the Eiffel Tower' is not a player"),
    ("Who's better, LeBron or my dad?", "'my dad' is not a player"),
    ("who's older, Jagr or the Golden Gate Bridge", "'the Golden Gate Bridge' is not a player"),
])
def test_a_player_against_no_player_is_no_debate(question: str, side: str, question_parser: QuestionParser,
                                                 debate_store: StatStore) -> None:
    """One side a player, the other a thing or someone of the asker's life: no peers debate with a verdict."""
    with pytest.raises(QuestionNotUnderstood, match=side):
        plan_debate(question_parser.parse(question), debate_store)


@pytest.mark.parametrize("question", ["Michael Jordan vs his peers", "Is LeBron the GOAT or is LeBron overrated?",
                                      "Walter Payton in 1977, 275 yards in one game against the Vikings",
                                      "Was Kobe a bust or a legend?", "Jordan or the Bulls?"])
def test_one_player_against_his_peers_is_still_debated(question: str, question_parser: QuestionParser,
                                                       debate_store: StatStore) -> None:
    assert plan_debate(question_parser.parse(question), debate_store).intent == "single_player"
