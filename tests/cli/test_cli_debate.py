"""``arena debate`` run as the real command over the session's loaded SQLite store."""

from __future__ import annotations

import json

from arena.debate.factcheck import ungrounded_numbers
from arena.debate.model import DebateResult
from arena_command import ArenaCommand

CONTRACT = {"id", "query", "sides", "rounds", "verdict", "facts", "text"}


def test_json_prints_the_finished_debate(arena: ArenaCommand) -> None:
    document = arena.json("debate", "Who's better, LeBron or Jordan?", "--json", "--seed", "2")

    assert set(document) >= CONTRACT
    assert document["query"] == "Who's better, LeBron or Jordan?"
    assert [side["player"]["name"] for side in document["sides"]] == ["LeBron James", "Michael Jordan"]
    assert {"claim", "evidence", "strength"} <= set(document["sides"][0]["arguments"][0])
    assert {"name", "speaker", "text", "writer", "fact_check"} <= set(document["rounds"][0])
    assert {"winner", "confidence", "scorecard"} <= set(document["verdict"])
    assert set(document["facts"][0]) == {"player_id", "group", "stat", "scope", "season", "value", "display"}
    result = DebateResult.model_validate(document)
    assert ungrounded_numbers(result.text, result.facts) == []
    assert "32,292" in json.dumps(document["facts"])


def test_the_terminal_view_streams_speakers_the_tape_and_the_verdict(arena: ArenaCommand) -> None:
    result = arena("debate", "Kobe vs Shaq", "--criteria", "peak,efficiency")

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Tale of the tape" in out and "Verdict:" in out
    assert "Moderator" in out and "Kobe Bryant (case)" in out and "Shaquille O'Neal (rebuttal)" in out
    assert out.index("Tale of the tape") < out.index("Kobe Bryant (case)") < out.index("Verdict:")


def test_an_ambiguous_name_lists_the_candidates_and_exits_3(arena: ArenaCommand) -> None:
    result = arena("debate", "Johnson vs Smith")

    assert result.returncode == 3, result.stderr
    assert "Which one?" in result.stdout and "Johnson could be:" in result.stdout
    assert "Randy Johnson (MLB" in result.stdout


def test_bad_input_exits_2_with_one_line(arena: ArenaCommand) -> None:
    assert arena.error("debate", "").startswith("error: ")
    assert arena.error("debate", "Kobe vs Shaq", "--criteria", "speed") == (
        "error: unknown criterion 'speed'; choose from production, peak, longevity, efficiency, accolades, "
        "era_dominance, stat_focus, record, dominance")
    assert arena.error("debate", "Kobe vs Shaq", "--writer", "gpt-9") == (
        "error: unknown writer 'gpt-9'; choose from template, openai, llamacpp")


def test_an_unconfigured_writer_falls_back_and_says_so(arena: ArenaCommand) -> None:
    result = arena("debate", "Kobe vs Shaq", "--writer", "openai", "--json")

    assert result.returncode == 0, result.stderr
    assert "note: " in result.stderr and "the template writer writes the debate" in result.stderr
    document = json.loads(result.stdout)
    assert {r["writer"] for r in document["rounds"]} == {"template"}
    assert document["rounds"][0]["fallback"] == "writer-unavailable"
