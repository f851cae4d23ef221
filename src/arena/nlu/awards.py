"""Awards named after people: "art ross", "cy young", "the bill russell trophy" name a trophy, not a player.

Fans say some trophies by the name alone ("Ovechkin Art Ross 2008", "Koufax Cy Young 1965"); others only
with "trophy" or "award" after them ("the Bill Russell trophy", "the Walter Payton award"), since the bare
name is the player. The table is data: the name, folded, as fans write it; the leagues' own award pages
(NHL.com, MLB.com, NBA.com, NFL.com) are the source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from arena.nlu.text import Token, phrases_in, tokenize
from arena.nlu.vocabulary import CONNECTORS, DETERMINERS
from arena.stats import LEAGUES

# Said alone: each league's trophies that fans name without the word "trophy".
_SAID_ALONE = (
    "art ross", "hart", "vezina", "norris", "conn smythe", "calder", "lady byng", "selke", "frank selke",
    "ted lindsay", "rocket richard", "maurice richard", "jack adams", "masterton", "bill masterton",
    "king clancy", "lester pearson", "cy young",
    # "won the Cy", "robbed of the Cy": the Cy Young Award by its first word, as fans shorten it.
    "cy",
)
# Said with "trophy" or "award" after the name only: alone, these are the players.
_WITH_TROPHY_WORD = (
    "bill russell", "larry bird", "magic johnson", "michael jordan", "kareem abdul jabbar", "jerry west",
    "hakeem olajuwon", "wilt chamberlain", "john havlicek", "george mikan", "walter payton", "bart starr",
    "hank aaron", "roberto clemente", "mariano rivera", "trevor hoffman", "edgar martinez", "lou gehrig",
    "babe ruth", "mark messier", "jim thorpe",
)
_AWARDS: dict[tuple[str, ...], bool] = {
    **{tuple(name.split()): False for name in _WITH_TROPHY_WORD},
    **{tuple(name.split()): True for name in _SAID_ALONE},
}
_LONGEST = max(len(name) for name in _AWARDS)
_TROPHY_WORDS = frozenset({"trophy", "trophies", "award", "awards", "winner", "winners", "voting", "race"})
# Before a trophy's name, these say it is the trophy ("won the art ross", "his third hart").
# Awards not named after anyone, as fans write them: beside one, a trophy's name is a trophy too.
# Awards fans write as letters ("ROY", "DPOY"); typed in capitals in a question that is not, one is that award
# and not a namesake (Patrick Roy).
AWARD_ABBREVIATIONS = frozenset({"mvp", "mvps", "roy", "dpoy", "opoy", "smoy", "mip"})
_OTHER_AWARDS = AWARD_ABBREVIATIONS | {"ring", "rings", "title", "titles"}
_SIDES = CONNECTORS | {"than", "as"}  # the words before one side of a comparison ("as good as Maurice Richard")
_WINNING = frozenset({"won", "win", "wins", "winning"})
_AWARD_CUES = DETERMINERS | _WINNING | {"first", "second", "third", "straight"}


@dataclass(frozen=True, slots=True)
class AwardName:
    """Words of a question that may name an award: ``start``..``end`` (token positions, end exclusive)."""

    start: int
    end: int
    said_alone: bool  # fans name it without "trophy" after it
    followed_by_trophy_word: bool


def find_award_names(tokens: Sequence[Token]) -> list[AwardName]:
    """Every award name in ``tokens``, longest first, none overlapping."""
    return [AwardName(start, end, said_alone, _trophy_word_after(tokens, end))
            for start, end, said_alone in phrases_in(tokens, _AWARDS, _LONGEST)]


def _trophy_word_after(tokens: Sequence[Token], end: int) -> bool:
    """"trophy" or "award" after the name, or what the award is ("Walter Payton Man of the Year")."""
    after = [t.norm for t in tokens[end:end + 4]]
    return bool(after) and (after[0] in _TROPHY_WORDS or after[1:] == ["of", "the", "year"])


def names_the_award(tokens: Sequence[Token], award: AwardName, *, another_player: bool, owns: bool = False) -> bool:
    """Whether the award's name means the award here rather than the player it is named after.

    It does with "trophy" or "award" after it; a trophy fans name alone does too after "won" (whatever follows),
    after "the" or beside another player the question names ("Hasek Vezina 1998"), unless it is itself one side
    of a comparison ("Cy Young vs Walter Johnson", "better than Maurice Richard", "as good as Maurice Richard"),
    or it ``owns`` what follows it, written with a possessive "'s" and no "the" before it ("Cy Young's win
    totals"): a trophy has no wins or seasons of its own, the man does ("the Cy Young's voters" is still the
    award's).
    """
    if award.followed_by_trophy_word:
        return True
    if not award.said_alone:
        return False
    before = tokens[award.start - 1].norm if award.start > 0 else None
    if owns and before not in DETERMINERS:
        return False
    after = tokens[award.end].norm if award.end < len(tokens) else None
    if before in _WINNING:
        return True  # a trophy is what one wins, whatever follows ("win Cy Young with only 13 wins")
    if before in _SIDES or after in CONNECTORS:
        # Listed with another award it is one too ("mvp and cy young"); with a player, a player ("a better player
        # than Maurice Richard").
        beyond = (tokens[award.start - 2].norm if before in _SIDES and award.start > 1 else None,
                  tokens[award.end + 1].norm if after in CONNECTORS and award.end + 1 < len(tokens) else None)
        return any(word in _OTHER_AWARDS for word in beyond)
    return before in _AWARD_CUES or another_player


# Every league's trophies as a question names them ("Defensive Player of the Year awards", "Vezina Trophies").
_TROPHY_PHRASES: dict[tuple[str, ...], bool] = {
    tuple(t.norm for t in tokenize(phrase)): True
    for spec in LEAGUES.values() for trophy in spec.trophies for phrase in trophy.words
}
_LONGEST_TROPHY = max((len(phrase) for phrase in _TROPHY_PHRASES), default=1)


def trophy_positions(tokens: Sequence[Token]) -> set[int]:
    """The positions of the words naming a trophy of some league: the trophy's words, not a stat asked
    ("who has more Defensive Player of the Year awards" asks no defensive stat)."""
    return {p for start, end, _ in phrases_in(tokens, _TROPHY_PHRASES, _LONGEST_TROPHY) for p in range(start, end)}
