""""Did you mean" is said one way, whichever domain offers the alternatives."""

from __future__ import annotations

from arena.debate.errors import QuestionNotUnderstood
from arena.errors import WithSuggestions
from arena.nlu import ParseError, QuestionRejected
from arena.stats.errors import PlayerNotFound, UnknownStat


def test_every_domain_names_its_suggestions_in_the_message() -> None:
    errors = [UnknownStat("no stat 'pointz'", ["points"]), PlayerNotFound("no player 'Jordn'", ["points"]),
              QuestionNotUnderstood("nothing to debate", ["points"]),
              QuestionRejected(ParseError(code="unknown-names", message="no player", suggestions=["points"]))]
    for error in errors:
        assert isinstance(error, WithSuggestions) and error.suggestions == ["points"]
        assert str(error).endswith(" (did you mean: points?)")


def test_without_suggestions_the_message_is_as_given() -> None:
    assert str(UnknownStat("no stat 'pointz'")) == "no stat 'pointz'"
    assert UnknownStat("no stat 'pointz'").suggestions == []
