"""The project's labelled questions: what they cover, and the parser's accuracy on them (both backends)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from arena.nlu import ParsedQuestion, QuestionParser
from arena.nlu.evaluation import LabelledQuestion, accuracy, load_labelled, mismatches

LABELLED = load_labelled(Path(__file__).with_name("labelled_questions.jsonl"))
TARGET = 0.97


def test_the_set_covers_every_league_and_kind_of_question() -> None:
    tags = Counter(tag for label in LABELLED for tag in label.tags)
    intents = Counter(label.intent for label in LABELLED)
    assert len(LABELLED) >= 250
    assert len({label.question for label in LABELLED}) == len(LABELLED)
    for tag in ("nba", "nfl", "mlb", "nhl"):
        assert tags[tag] >= 40, tag
    for tag in ("nickname", "misspelling", "year", "season-split", "range", "decade", "last-n", "rookie", "peak",
                "per-player-season", "multi", "ranking", "cross-sport", "ambiguous", "teams", "error",
                "injection", "league-context"):
        assert tags[tag] >= 1, tag
    assert set(intents) == {"head_to_head", "multi", "ranking", "single_player", "cross_sport",
                            "team_vs_team", None}


def test_scoring_checks_every_part_of_a_parse(parser: QuestionParser) -> None:
    label = LabelledQuestion(question="Jokic 2022 vs Giannis 2020", intent="head_to_head",
                             players=["nba:jokicni01", "nba:antetgi01"], scope="season",
                             per_player={"nba:jokicni01": {"seasons": [2022]}, "nba:antetgi01": {"seasons": [2020]}})
    parsed = parser.parse(label.question)
    assert mismatches(label, parsed) == []
    wrong_season = parsed.model_copy(update={"players": [parsed.players[0].model_copy(update={"seasons": [2021]}),
                                                         parsed.players[1]]})
    assert mismatches(label, wrong_season) == ["seasons of nba:jokicni01: expected ([2022], None), got ([2021], None)"]
    assert mismatches(label, ParsedQuestion(question=label.question, intent="head_to_head"))


def test_accuracy_on_the_labelled_set(backend_parser: QuestionParser) -> None:
    share, wrong = accuracy((label, backend_parser.parse(label.question)) for label in LABELLED)
    assert share >= TARGET, "\n".join(wrong)
