"""``arena parse``: the exact JSON contract, batch order and exit codes, run as the real command."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from arena_command import ArenaCommand

CONTRACT_KEYS = {"question", "intent", "players", "teams", "leagues", "seasons", "season_range", "scope",
                 "stat_focus", "needs_clarification", "clarification", "error", "not_covered"}


def test_one_question_prints_the_contract(arena: ArenaCommand) -> None:
    document = arena.json("parse", "Ovi vs Sid in 2008", "--json")
    assert set(document) == CONTRACT_KEYS
    assert document["intent"] == "head_to_head"
    assert [p["id"] for p in document["players"]] == ["nhl:ovechal01", "nhl:crosbsi01"]
    assert [p["span"] for p in document["players"]] == ["Ovi", "Sid"]
    assert document["seasons"] == [2008] and document["scope"] == "season" and document["leagues"] == ["nhl"]
    assert document["error"] is None and document["needs_clarification"] is False


def test_a_batch_answers_every_line_in_order(arena: ArenaCommand, tmp_path: Path) -> None:
    questions = ["Who's better, LeBron or Jordan?", "", "Johnson vs Smith", "best NHL goal scorer of the 2010s",
                 "Messi vs Ronaldo", "'96 Bulls vs '16 Warriors"]
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    result = arena("parse", "--batch", str(batch), "--json")
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["question"] for d in documents] == questions
    assert [d["intent"] for d in documents] == ["head_to_head", None, "head_to_head", "ranking", None,
                                                "team_vs_team"]
    assert documents[1]["error"]["code"] == "empty"
    assert documents[2]["needs_clarification"] is True
    assert documents[4]["error"]["code"] == "not-covered"
    assert "NBA" in documents[4]["not_covered"]


def test_a_batch_of_json_lines_is_read_for_each_question(arena: ArenaCommand, tmp_path: Path) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text('{"question": "Ovi vs Sid", "category": "slang"}\nLeBron or Jordan\n', encoding="utf-8")
    result = arena("parse", "--batch", str(batch), "--json")
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["question"] for d in documents] == ["Ovi vs Sid", "LeBron or Jordan"]
    assert [p["id"] for p in documents[0]["players"]] == ["nhl:ovechal01", "nhl:crosbsi01"]
    batch.write_text('{"q": "Ovi vs Sid"}\n', encoding="utf-8")
    assert 'needs a "question"' in arena.error("parse", "--batch", str(batch), "--json")


def test_a_question_not_understood_exits_2_after_printing_its_json(arena: ArenaCommand) -> None:
    result = arena("parse", "what is the meaning of life", "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["code"] == "nothing-recognised"
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")


def test_a_question_naming_no_player_says_so_and_offers_no_one(arena: ArenaCommand) -> None:
    # "Price" opens the sentence, so its capital is no sign of a name: no player is offered for it.
    result = arena("parse", "Price of a hot dog at the rink is eleven dollars.", "--json")
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert error["code"] == "nothing-recognised" and error["suggestions"] == []
    assert "no player named in the question" in result.stderr


def test_a_question_needing_clarification_exits_3(arena: ArenaCommand) -> None:
    result = arena("parse", "Johnson vs Smith")
    assert result.returncode == 3
    assert "'Johnson' is ambiguous" in result.stdout
    assert "'Johnson' could be" in result.stderr


def test_bad_arguments_exit_2_with_one_line(arena: ArenaCommand, tmp_path: Path) -> None:
    line = arena.error("parse", "--batch", str(tmp_path / "missing.txt"), "--json")
    assert "missing.txt" in line
    assert "QUESTION" in arena.error("parse")


def test_the_question_length_limit_is_the_setting(arena: ArenaCommand) -> None:
    limited = replace(arena, env={**arena.env, "ARENA_API_MAX_QUESTION_CHARS": "12"})
    result = limited("parse", "Ovi vs Sid in 2008", "--json")
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert error["code"] == "too-long" and "the limit is 12" in error["message"]
    assert limited.json("parse", "Ovi vs Sid", "--json")["intent"] == "head_to_head"
