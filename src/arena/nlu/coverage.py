"""What Arena does not cover: other leagues, levels and sports, and stats the store does not hold.

A question about them must say so ("not covered", and what is) rather than debate the nearest
namesakes in the store: "Serena Williams vs Roger Federer" is not Ted Williams against Roger Clemens.
The table is data (``not_covered.csv``): a phrase, folded, its kind and what it is.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from arena.nlu.text import Token, phrases_in, tokenize
from arena.stats import LEAGUES, League
from arena.stats.importers.curated_honours import curated_hall_of_fame_rows

_COVERED = ", ".join(league.value.upper() for league in LEAGUES)


@dataclass(frozen=True, slots=True)
class _Outside:
    """A row of the table: what the phrase names, and whether it is an athlete or a stat."""

    what: str
    # "topic" (a league, level or sport), "athlete" (of another sport), "stat" (held for nobody), "quality"
    # (off the field: "the better dancer", which no stat measures, so no debate of the players named answers it)
    # or "school" (a college, only where the question places a player there: see _SCHOOL_PLACED); "metric": an
    # advanced metric held for nobody ("win shares"), and "metric_acronym" one read only in capitals ("WAR", "PER"),
    # whose folded word is everyday English ("pre-war", "per game"); "country": a country with its own league, only
    # where the question places play in it (see _COUNTRY_PLACED)
    kind: str


def _load_table() -> dict[tuple[str, ...], _Outside]:
    """``not_covered.csv``: competitions, levels and sports outside the store, well-known athletes of them (their
    surnames alone would find namesakes), and stats the store holds for no league or too thinly to argue (NFL
    tackles: unofficial, NFL.com's counts for part of the defenders to 2016), each a folded phrase of up to
    three words."""
    text = resources.files("arena.nlu").joinpath("not_covered.csv").read_text("utf-8")
    return {tuple(row["phrase"].split()): _Outside(row["what"], row["kind"])
            for row in csv.DictReader(text.splitlines())}


# "who forced more fumbles", "forced the most fumbles": a count asked of a stat named by a verb and its noun.
_QUANTITIES = (("more",), ("most",), ("the", "most"), ("fewer",), ("fewest",), ("the", "fewest"), ("less",))
_STAT_KINDS = frozenset({"stat", "partial_stat", "metric"})


def _with_quantities(table: dict[tuple[str, ...], _Outside]) -> dict[tuple[str, ...], _Outside]:
    """``table`` and each stat of several words in it with a quantity after its first word."""
    counted = {(phrase[0], *quantity, *phrase[1:]): outside for phrase, outside in table.items()
               if len(phrase) > 1 and outside.kind in _STAT_KINDS for quantity in _QUANTITIES}
    return {**counted, **table}


_TABLE = _with_quantities(_load_table())
# A school's name is the college only where the question places a player there ("Zion at Duke", "his Alabama
# days"): alone it may be a first name ("Duke Snider"), a surname (Elgin Baylor's, left out of the table) or a
# state. Schools named after a place with a pro club (Florida, Colorado, Texas) are left out too: "Jagr's
# Florida career" is his Panthers' seasons.
_SCHOOL_AFTER = frozenset({"career", "days", "years", "tenure"})
_POSSESSIVES = frozenset({"his", "her", "their"})
# A country with a league of its own is that league where play is placed in it ("home runs in Japan", "Ohtani en
# Japón"); coming from it ("Ichiro, from Japan") is no question about its league.
_COUNTRY_PLACED = frozenset({"in", "en"})
_PERSON_DETERMINERS = frozenset({"the", "a", "an", "that", "this"})
_LONGEST = max(len(phrase) for phrase in _TABLE)


@dataclass(frozen=True, slots=True)
class Uncovered:
    """Words of a question about something Arena does not cover, and why."""

    positions: frozenset[int]
    what: str
    # A stat the store holds for nobody ("tackles"): the question cannot be answered for any player named.
    is_stat: bool = False
    # An athlete of another sport: a lone surname set beside them is of that sport too ("haaland vs kane").
    is_athlete: bool = False
    # A stat the store holds for nobody, or too thinly ("WAR", "Corsi", "tackles"): not covered either, but the
    # players it is asked of are kept, as a school's are, since the rest of the question is about them.
    keeps_players: bool = False

    @property
    def reason(self) -> str:
        return f"Arena does not cover {self.what}: it covers the {_COVERED} (players, seasons and stats)"


def find_uncovered(tokens: Sequence[Token], question: str = "") -> list[Uncovered]:
    """Every phrase of ``tokens`` (of ``question``) about a league, sport, athlete or stat outside the store,
    longest first."""
    found = []
    shouting = question.isupper()  # all in capitals: an acronym cannot be told from a word
    for start, end, outside in phrases_in(tokens, _TABLE, _LONGEST):
        if outside.kind == "school" and not _school_placed(tokens, start, end):
            continue
        if outside.kind == "country" and (start == 0 or tokens[start - 1].norm not in _COUNTRY_PLACED):
            continue
        if outside.kind == "quality" and _someone_spoken_of(tokens, start):
            continue
        if outside.kind == "metric_acronym" and (shouting or not all(
                question[t.start:t.end].isupper() for t in tokens[start:end])):
            continue
        # "stat": held for no one; "partial_stat": held in part, too thinly to argue (its text says how);
        # "quality": off the field, where no stat applies.
        metric = outside.kind in ("metric", "metric_acronym")
        is_stat = metric or outside.kind in ("stat", "partial_stat", "quality")
        what = (f"{outside.what} (a stat the store does not hold)" if metric or outside.kind == "stat"
                else f"{outside.what} (no stat measures it)" if outside.kind == "quality" else outside.what)
        found.append(Uncovered(frozenset(range(start, end)), what, is_stat, outside.kind == "athlete",
                               keeps_players=metric or outside.kind in ("stat", "partial_stat")))
    return found


def _someone_spoken_of(tokens: Sequence[Token], start: int) -> bool:
    """A quality's noun for a person right after "the", "a" or "that" with no "better" or "best" before it is
    that person, who speaks or is spoken of ("the commentator at 8:45 thinks ..."), not the quality asked of the
    players ("the better commentator", "the best dancer", "as a broadcaster")."""
    if start == 0 or tokens[start - 1].norm not in _PERSON_DETERMINERS:
        return False
    return start < 2 or tokens[start - 2].norm != "as"


def _school_placed(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The school's name follows "at", or "his" before "career"/"days" ("at Duke", "his LSU days"); after a
    first name it is his surname ("Elgin Baylor career"), before a capitalised word a first name."""
    before = tokens[start - 1].norm if start > 0 else ""
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.is_capitalised and before == "at" and tokens[end - 1].end == after.start - 1:
        return False  # "look at Duke Snider's numbers": a first name ("at Duke, Zion ...": the school)
    return before == "at" or (before in _POSSESSIVES and after is not None and after.norm in _SCHOOL_AFTER)


@dataclass(frozen=True, slots=True)
class AbsentPlayer:
    """A well-known player a league's known holes say no file holds (Jim Brown, Reggie White), named in full;
    ``listed``: named by the holes themselves, else a Hall of Famer of the curated table, absent only where
    the league holds no player of his name (Paul Hornung: no file has his Packers seasons)."""

    positions: frozenset[int]
    name: str
    league: League
    listed: bool = True


# The players of every league's known holes, and the curated Hall of Famers, by their folded names.
_ABSENT: dict[tuple[str, ...], tuple[str, League, bool]] = {
    **{tuple(t.norm for t in tokenize(row.player)): (row.player, row.league, False)
       for row in curated_hall_of_fame_rows()},
    **{tuple(t.norm for t in tokenize(name)): (name, league, True)
       for league, spec in LEAGUES.items() for hole in spec.known_holes for name in hole.players},
}
_LONGEST_ABSENT = max((len(phrase) for phrase in _ABSENT), default=1)


def find_absent_players(tokens: Sequence[Token]) -> list[AbsentPlayer]:
    """Every full name in ``tokens`` of a player the store lacks by its known holes: read as that player, so
    his namesakes (Reggie Wayne and Roddy White for Reggie White) are not guessed at."""
    return [AbsentPlayer(frozenset(range(start, end)), name, league, listed)
            for start, end, (name, league, listed) in phrases_in(tokens, _ABSENT, _LONGEST_ABSENT)]
