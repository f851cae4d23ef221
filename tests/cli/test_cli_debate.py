"""``arena debate`` run as the real command over the session's loaded SQLite store."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from arena.db import make_engine
from arena.debate.factcheck import ungrounded_numbers
from arena.debate.model import DebateResult
from arena.usage.adapters.sql_usage import usage
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
    assert set(document["facts"][0]) == {"player_id", "group", "stat", "scope", "season", "value", "display", "held",
                                          "held_seasons", "competition", "span"}
    result = DebateResult.model_validate(document)
    assert ungrounded_numbers(result.text, result.facts) == []
    assert "32,292" in json.dumps(document["facts"])


def test_the_terminal_view_streams_speakers_the_tape_and_the_verdict(arena: ArenaCommand) -> None:
    result = arena("debate", "Kobe vs Shaq", "--criteria", "peak,efficiency")

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Tale of the tape" in out and "─ Verdict ─" in out
    assert "Moderator" in out and "Kobe Bryant (case)" in out and "Shaquille O'Neal (rebuttal)" in out
    assert out.index("Tale of the tape") < out.index("Kobe Bryant (case)") < out.index("─ Verdict ─")


def test_a_question_the_data_cannot_settle_says_no_verdict_not_a_tie(arena: ArenaCommand) -> None:
    # Vasilevskiy's Cups (2020, 2021) fall after the last season the data credits titles to players.
    result = arena("debate", "Andrei Vasilevskiy or Martin Brodeur, who has more Stanley Cups?")

    assert result.returncode == 0, result.stderr
    verdict = result.stdout[result.stdout.index("─ Verdict ─"):]
    assert "No verdict" in verdict and "A tie" not in verdict and "confidence" not in verdict


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


def _fell_back_to_the_template(result: subprocess.CompletedProcess[str]) -> Any:
    """The ``--json`` document of a debate whose writer could not start, after checking the CLI said so."""
    assert result.returncode == 0, result.stderr
    assert "note: " in result.stderr and "the template writer writes the debate" in result.stderr
    document = json.loads(result.stdout)
    assert {r["writer"] for r in document["rounds"]} == {"template"}
    assert document["rounds"][0]["fallback"] == "writer-unavailable"
    return document


def test_an_unconfigured_writer_falls_back_and_says_so(arena: ArenaCommand) -> None:
    result = arena("debate", "Kobe vs Shaq", "--writer", "openai", "--json")

    _fell_back_to_the_template(result)


def test_an_llm_that_is_down_falls_back_and_is_recorded_as_an_api_debate_is(
        arena: ArenaCommand, loaded_sqlite_url: str, closed_port: int) -> None:
    """The CLI debates through the API's debate service: the guarded writer falls back to the template, the
    fallback is said, and the usage observer records the debate (what the writer asked for, what wrote it)."""
    llm_down = replace(arena, env={**arena.env, "ARENA_LLM_BASE_URL": f"http://127.0.0.1:{closed_port}/v1",
                                   "ARENA_WRITER": "openai"})
    result = llm_down("debate", "Kobe vs Shaq", "--json", "--seed", "5")

    document = _fell_back_to_the_template(result)
    engine = make_engine(loaded_sqlite_url)
    try:
        with engine.connect() as conn:
            record = conn.execute(select(usage).where(usage.c.debate_id == document["id"])).one_or_none()
    finally:
        engine.dispose()
    assert record is not None, result.stderr
    assert (record.writer_asked, record.writer_used, record.outcome) == ("openai", "template", "completed")
    assert record.fallbacks == 1, result.stderr


def test_a_server_url_that_is_no_servers_is_one_line_and_exit_2(arena: ArenaCommand) -> None:
    # Before any request: text that is no http(s) URL with a host is the user's to fix, not an unreachable server.
    for url, said in [("not-a-url", "has no http:// or https://"), ("ftp://arena.example", "has no http://"),
                      ("http://[::1", "is not a URL"), ("http://", "names no valid host"),
                      ("http://127.0.0.1:70000", "port 70000"), ("http://arena.example/?plan=pro", "query")]:
        for json_flag in ((), ("--json",)):
            line = arena.error("debate", "Jordan or LeBron?", *json_flag, "--server", url)
            assert line.startswith(f"error: --server {url!r}") and said in line, line
