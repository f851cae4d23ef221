"""One exit-code table for every command."""

from __future__ import annotations

from arena.cli.exit_codes import ExitCode, exit_code_for
from arena.cli.remote import ServerError, ServerLimited, ServerRefused, ServerUnavailable
from arena.debate.errors import UnknownWriter
from arena.errors import ArenaError
from arena.nlu import Candidate, Clarification, NeedsClarification
from arena.stats.errors import PlayerNotFound


def test_an_ambiguous_name_exits_3_and_every_other_arena_error_2() -> None:
    johnson = Candidate(id="mlb:johnsra05", name="Randy Johnson", league="mlb", years="1988-2009",
                        summary="303 wins", score=0.9)
    ambiguous = NeedsClarification([Clarification(mention="Johnson", candidates=[johnson])])
    assert exit_code_for(ambiguous) == ExitCode.NEEDS_CLARIFICATION == 3
    assert ambiguous.candidates == [{"mention": "Johnson", "candidates": [johnson.model_dump()]}]
    for error in (ArenaError("bad"), UnknownWriter("gpt-9"), PlayerNotFound("nba:nobody")):
        assert exit_code_for(error) == ExitCode.BAD_INPUT == 2


def test_a_remote_servers_refusals_have_their_own_codes() -> None:
    assert exit_code_for(ServerRefused("401")) == ExitCode.NOT_ALLOWED == 4
    assert exit_code_for(ServerLimited("429")) == ExitCode.LIMITED == 5
    assert exit_code_for(ServerUnavailable("down")) == ExitCode.NOT_READY == 1
    assert exit_code_for(ServerError("422")) == ExitCode.BAD_INPUT == 2
