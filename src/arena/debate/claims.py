"""Claims: each side's arguments, found where the measures put it ahead, worded from the facts.

A claim is made for a contender on a yardstick he leads (at the precision shown: equal displays are
no argument), ranked by strength: the margin over the next best and the weight of its criterion. In a
debate of three or more, a side second (or lower, in the upper half) on a yardstick also claims his edge over
the sides below him, weaker than a lead, naming who is better ("Only Abdul-Jabbar's 6 is better."). A side that leads
nothing gets :func:`closest_ground`: where he falls least short.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from random import Random
from typing import Any

from arena.debate.facts import (
    BELOW,
    CAREER,
    MULTIPLE,
    PERCENT,
    PLUS,
    SEASON,
    Fact,
    bare_display,
    era_form,
    era_label,
    fact_bounds,
    league_of,
    scope_bounds,
    split_stat,
    stat_label,
)
from arena.debate.measures import FOCUS, HONOUR_KINDS, Measure, edge_scale, said_as
from arena.debate.titles import round_record
from arena.stats import GROUPS, League, league_spec, season_label


@dataclass
class Entry:
    """A contender (player or team season) with its measures, keyed by (criterion, key)."""

    id: str
    name: str
    league: League
    short: str = ""
    measures: dict[tuple[str, str], Measure] = field(default_factory=dict)
    active: bool = False  # his career goes on: its length is "so far"
    signature: str | None = None  # the stat his game is argued from, if not his position's first: signature_stat

    def __post_init__(self) -> None:
        self.short = self.short or self.name


@dataclass(frozen=True)
class Claim:
    """One argument: who makes it, on which criterion, its sentence, evidence and strength (0 to 1)."""

    speaker_id: str
    criterion: str
    key: str
    kind: str
    text: str
    strength: float
    facts: tuple[Fact, ...]
    evidence: tuple[dict[str, Any], ...]
    margin: float


def ends_sentence(text: str) -> str:
    """``text`` with its full stop: a sentence ending on a name's abbreviation ("Cal Ripken Jr.") takes no
    second one."""
    return text if text.endswith(".") else f"{text}."


# The ordinary words a claim sentence may open on (its subject is otherwise the player's name).
_CLAIM_OPENERS = frozenset({"At", "Over", "Set", "Measured"})


def after_colon(sentence: str) -> str:
    """A claim sentence continuing a clause after a colon: its ordinary opening word lower-cased ("has his own:
    measured against the league"), a name kept as it is."""
    first, _, rest = sentence.partition(" ")
    return f"{first.lower()} {rest}" if first in _CLAIM_OPENERS else sentence


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def scope_phrase(fact: Fact) -> str:
    """How a fact's scope reads after a figure: "in his career", "from 2009-10 to 2014-15", "in 1995-96"."""
    league = league_of(fact.player_id)
    if fact.scope == SEASON and fact.season is not None:
        return f"in {season_label(league, fact.season)}"
    if fact.held is not None:  # the figure says its seasons, and they are not the whole span
        return "over those seasons"
    bounds = fact_bounds(fact)
    if bounds is not None:
        return f"from {season_label(league, bounds[0])} to {season_label(league, bounds[1])}"
    return "over his career"


def so_far(fact: Fact, active: bool) -> str:
    """' so far' after an active player's career count (a total, his seasons or games): it is still growing, so
    set against a finished career it is no final figure ('more than Judge's 1,026 so far')."""
    kind, key = split_stat(fact.stat)
    if not active or fact.scope != CAREER or kind is not None:  # a title count or a rank is no running total
        return ""
    stat_group = GROUPS[league_of(fact.player_id)].get(fact.group)
    return " so far" if stat_group is not None and stat_group.rate(key) is None else ""


def fact_label(fact: Fact) -> str:
    """The human name of a fact's stat, as a sentence says it."""
    return stat_label(league_of(fact.player_id), fact.group, fact.stat, in_table=False)


def _base_label(fact: Fact) -> str:
    _, key = split_stat(fact.stat)
    return stat_label(league_of(fact.player_id), fact.group, key)


# Words that start what follows a noun phrase's head ("seasons leading the league in points", "seasons in the
# top five"): the head is the word before the first of them.
_POSTMODIFIERS = frozenset({"leading", "in", "of", "with", "as", "besides"})


def singular(label: str) -> str:
    """``label`` for one of it: its head noun singular ("MVP award", "season leading the league in points")."""
    words = label.split(" ")
    # "of" inside an award's name ("Rookie of the Year awards", "Player of the Year") is no postmodifier.
    head = next((i - 1 for i, word in enumerate(words)
                 if i and word in _POSTMODIFIERS and not (word == "of" and words[i - 1][:1].isupper())),
                len(words) - 1)
    word = words[head]
    words[head] = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return " ".join(words)


def counted_label(fact: Fact, label: str) -> str:
    return f"{fact.display} {singular(label) if fact.value == 1 else label}"


def _times(fact: Fact) -> str:
    if fact.value == 0:
        return "never"
    return "once" if fact.value == 1 else "twice" if fact.value == 2 else f"{fact.display} times"


def _tops(percentile: Fact) -> bool:
    return percentile.value >= 100


def percentile_place(percentile: Fact) -> str:
    """Where a best season placed among his league's players: "first in receiving yards" for the leader, who
    has no one above him, else "the 98.9th percentile in passing yards"."""
    place = "first" if _tops(percentile) else f"the {percentile.display}th percentile"
    return f"{place} in {_base_label(percentile)}"


def share_counts(context: Sequence[Fact]) -> str:
    """The counts behind a share of seasons in the top five, from its measure's context: " (4 of 5)"."""
    finishes = next((f for f in context if split_stat(f.stat)[0] == "top5"), None)
    seasons = next((f for f in context if f.stat == "seasons"), None)
    return f" ({finishes.display} of {seasons.display})" if finishes and seasons else ""


def _reached(percentile: Fact) -> str:
    return f"{'ranked' if _tops(percentile) else 'reached'} {percentile_place(percentile)}"


def _season_of(fact: Fact) -> str:
    return season_label(league_of(fact.player_id), fact.season or 0)


def competition_field(fact: Fact, *, owned: bool = False) -> str | None:
    """The competition a rank or a count of seasons leading it was taken in, as a sentence says it ("the NL",
    with ``owned`` "the NL's"; over both, "the AL or the NL", each title one league's), or None where the
    fact names none (a league ranked as one)."""
    if fact.competition is None:
        return None
    return " or ".join(f"the {c}'s" if owned else f"the {c}" for c in fact.competition.split("/"))


def _rank_where(fact: Fact) -> str:
    spec = league_spec(league_of(fact.player_id))
    league = spec.label
    base = _base_label(fact)
    if fact.scope == SEASON:
        # A season's leaders are ranked within each competition where the league has two (the AL and NL),
        # and the rank says which.
        field = competition_field(fact) or spec.leaders_field
        if field is not None:
            return f"{field} in {base} in {_season_of(fact)}"
        return f"{league} {base} in {_season_of(fact)}"
    if fact.scope == CAREER:
        return f"{league} {base} all-time"
    return f"{league} {base} {scope_phrase(fact)}"


def _against_league(fact: Fact) -> str:
    """A league-relative index as it reads after "was" (see :func:`era_form`): "216", "8.5 times the average
    player's", "8% better than the league average"."""
    form = era_form(split_stat(fact.stat)[1])
    if form == PLUS:
        return fact.display
    if form == MULTIPLE:
        return f"{fact.display} times the average player's"
    # No comparative word on the worse side: the fact-check reads "worse" as a comparison with the rival.
    if fact.display.lstrip("+-") == "0%":
        return "level with the league average"
    better = "below" if form == BELOW else "better than"
    side = better if fact.value >= 1 else "on the wrong side of"
    return f"{fact.display.lstrip('+-')} {side} the league average"


def _rival_index(fact: Fact) -> str:
    """A rival's league-relative index after the leader's (see :func:`_against_league`): one below the league
    average reads so, "25% below it" after "33% below the league average", not "-25%", nor "-2%" after "better
    than the league average"."""
    form = era_form(split_stat(fact.stat)[1])
    if form in (PERCENT, BELOW) and fact.display.lstrip("+-") == "0%":
        # "ahead of Martin's 0%" and "Fuhr's 0% below it" said a share of nothing: it is the average itself.
        return "league-average mark"
    if form in (PERCENT, BELOW) and fact.value < 1:
        return f"{fact.display.lstrip('+-')} on the wrong side of it"
    return f"{fact.display.lstrip('-')} below it" if form == BELOW else fact.display


def _own_span(fact: Fact, leader: Fact) -> str:
    """" from 1967 to 1980" (or " over his career") after a rival's figure over other seasons than the leader's,
    which the sentence's scope names (Bench's years as a catcher beside Ivan Rodriguez's career); nothing where
    they agree, or a figure is one season's or a best stretch's (said apart)."""
    if fact.scope == leader.scope or fact.held is not None:
        return ""
    if not all(scope == CAREER or scope.startswith("range:") for scope in (fact.scope, leader.scope)):
        return ""
    return f" {scope_phrase(fact)}"


def _stretch_span(fact: Fact) -> str:
    bounds = scope_bounds(fact.scope)
    league = league_of(fact.player_id)
    return f"{season_label(league, bounds[0])} to {season_label(league, bounds[1])}" if bounds else ""


def _reads_as(m: Measure) -> str:
    """"count" (piled up 5,477 yards), "per_game" (averaged 30.1) or "rate" (an ERA of 2.21)."""
    _, key = split_stat(m.stat)
    stat_group = GROUPS[league_of(m.fact.player_id)].get(m.group)
    if stat_group is None or stat_group.rate(key) is None:
        return "count"
    return "per_game" if key.endswith("_per_game") else "rate"


@dataclass(frozen=True)
class _Said:
    """What one claim sentence is about: the leader's measure and the rivals' figures."""

    m: Measure
    who: str
    rest: list[tuple[str, Fact]]
    active: bool = False
    rest_context: list[Sequence[Fact]] = field(default_factory=list)  # each rival's measure's context facts
    rest_active: list[bool] = field(default_factory=list)  # whether each rival's career goes on
    short: str = ""  # the leader's name as the rest of the debate shortens it

    @property
    def a(self) -> Fact:
        return self.m.fact

    @property
    def label(self) -> str:
        return fact_label(self.m.fact)

    @property
    def tail(self) -> str:
        """ "Jordan's 30.1 and Bird's 24.3"; an active rival's career count is his "so far"; a rival's figure
        over other seasons than the leader's says them ("Bench's 1,811 from 1967 to 1980": his years as a
        catcher, beside Ivan Rodriguez's career)."""
        active = self.rest_active or [False] * len(self.rest)
        return " and ".join(f"{possessive(n)} {f.display}{_own_span(f, self.a)}{so_far(f, on)}"
                            for (n, f), on in zip(self.rest, active, strict=True))

    def rivals(self, figure: Callable[[Fact], str]) -> str:
        """Each rival's ``figure``, joined: "Jordan's best run of 31.5 and Bird's best run of 26.8"."""
        return " and ".join(f"{possessive(n)} {figure(f)}" for n, f in self.rest)

    @property
    def achieved(self) -> str:
        """The leader's figure as his measure reads: "Brady put up 5,477 passing yards", "Jordan averaged 30.1
        points per game" or "Gibson's ERA was 1.12"."""
        reads = _reads_as(self.m)
        if reads == "rate":
            return f"{possessive(self.who)} {self.label} was {self.a.display}"
        verb = "averaged" if reads == "per_game" else "put up"
        return f"{self.who} {verb} {self.a.display} {self.label}"


def _games_played(context: Sequence[Fact]) -> Fact | None:
    """The games a total was taken in, where its measure carries them (a season cut short)."""
    return next((f for f in context if f.stat == "games"), None)


def rank_shared(context: Sequence[Fact]) -> bool:
    """Whether a league rank (its measure's ``context``) was shared with another player: a tie, wherever the
    rank is said (a case, a rebuttal, the stat card)."""
    return any(split_stat(f.stat)[0] == "tied" for f in context)


def ranked_place(fact: Fact, context: Sequence[Fact]) -> str:
    """A league rank as the record books print it: "tied for 3rd" where another player shared it."""
    return f"{'tied for ' if rank_shared(context) else ''}{fact.display}"


class ClaimWriter:
    """Words claims, one phrasing per kind of measure; the wording varies with the debate's seed, the
    numbers never do."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self._phrasings: dict[str, Callable[[_Said], str]] = {
            "total": self._total, "seasons": self._longevity, "games": self._longevity, "rate": self._rate,
            "peak": self._peak, "stretch": self._stretch, "led": self._finishes, "top5": self._finishes,
            "share": self._finishes, "era": self._era, "era_peak": self._era_peak, "rank": self._rank,
            "percentile": self._percentile, "awards": self._awards, "titles": self._titles,
            "hall_of_fame": self._hall_of_fame,
            "team": self._team,
        }

    def sentence(self, m: Measure, leader: Entry, others: Sequence[tuple[Entry, Measure]]) -> str:
        said = _Said(m, leader.name, [(e.short, o.fact) for e, o in others], leader.active,
                     [o.context for _, o in others], [e.active for e, _ in others], leader.short)
        phrase = self._phrasings.get(m.kind)
        if phrase is None:
            return f"{possessive(said.who)} {said.label}: {said.a.display}, ahead of {said.tail}."
        return phrase(said)

    def pick(self, *options: str, about: str = "") -> str:
        """One of ``options``, as the debate's seed picks: the wording varies, the figures in it never do.
        ``about`` (what the sentence says) turns the pick as well, so debates run with the same seed do not
        all word the same kind of sentence alike."""
        return options[(self.rng.randrange(len(options)) + zlib.crc32(about.encode())) % len(options)]

    @staticmethod
    def _figure(s: _Said) -> str:
        """The leader's figure with its label, the seasons it covers (where a source lacks some) after the
        label: "184.7 passing yards per game (2018 to 2023; 2024 not recorded)", not between the two."""
        if s.a.held is None:
            return f"{s.a.display} {s.label}"
        return f"{bare_display(s.a)} {s.label} ({s.a.held})"

    def _total(self, s: _Said) -> str:
        if not s.m.higher_is_better:
            # A count where fewer is better (interceptions thrown): "14, more than Plunkett's 15" reads wrong.
            return (f"{s.who} had only {self._figure(s)} {scope_phrase(s.a)}{so_far(s.a, s.active)}, fewer than "
                    f"{s.tail}.")
        record = f", the most in {league_spec(league_of(s.a.player_id)).label} history" if holds_record(s.m) else ""
        played = _games_played(s.m.context)
        if played is not None:
            # A season cut short: each total said with the games it took (see casebook's _games_beside_totals).
            theirs = " and ".join(f"{possessive(n)} {f.display}" + (f" in {g.display}" if (g := _games_played(c))
                                                                    else "")
                                  for (n, f), c in zip(s.rest, s.rest_context, strict=True))
            return (f"{s.who} has {self._figure(s)} {scope_phrase(s.a)}, in {played.display} games, more than "
                    f"{theirs}.")
        return self.pick(
            f"{s.who} piled up {self._figure(s)} {scope_phrase(s.a)}{so_far(s.a, s.active)}{record}, more than "
            f"{s.tail}.",
            f"{s.who} has {self._figure(s)} {scope_phrase(s.a)}{so_far(s.a, s.active)}{record}, more than {s.tail}.",
        )

    def _longevity(self, s: _Said) -> str:
        verb, noun = ("played", "seasons") if s.m.kind == "seasons" else ("appeared in", "games")
        return f"{s.who} {verb} {s.a.display} {noun}{so_far(s.a, s.active)}, more than {s.tail}."

    def _rate(self, s: _Said) -> str:
        if s.label.endswith("per game"):
            return self.pick(
                f"{s.who} averaged {self._figure(s)} {scope_phrase(s.a)}, ahead of {s.tail}.",
                f"{possessive(s.who)} {self._figure(s)} {scope_phrase(s.a)} tops {s.tail}.",
            )
        return self.pick(
            f"{possessive(s.who)} {s.label} of {s.a.display} {scope_phrase(s.a)} beats {s.tail}.",
            f"{s.who} owns the better {s.label} {scope_phrase(s.a)}: {s.a.display} to {s.tail}.",
        )

    def _peak(self, s: _Said) -> str:
        their = s.rivals(lambda f: f"best of {f.display} in {_season_of(f)}")
        when = _season_of(s.a)
        at_best = f"At his best, in {when}, {s.achieved}, better than {their}."
        if _reads_as(s.m) == "rate":
            return at_best
        return self.pick(
            at_best, f"{possessive(s.who)} best season, {when}, brought {s.a.display} {s.label}, better than {their}.")

    def _stretch(self, s: _Said) -> str:
        their = s.rivals(lambda f: f"best run of {f.display}")
        bounds = scope_bounds(s.a.scope)
        if bounds is not None and bounds[1] - bounds[0] > 2:
            # A run over a season he (or his league) did not play: "2000 to 2003" alone would read as four.
            return (f"Over his best three seasons in a row that he played, {_stretch_span(s.a)}, with a season "
                    f"between them not played, {s.achieved}, better than {their}.")
        return f"Over his best three-season stretch, {_stretch_span(s.a)}, {s.achieved}, better than {their}."

    def _finishes(self, s: _Said) -> str:
        """Seasons leading the league, in its top five, or the share of seasons in its top five; across
        sports each side's finish is told in its own league and stat."""
        cross = any((f.group, f.stat) != (s.a.group, s.a.stat) for _, f in s.rest)

        def where(fact: Fact, owned: bool = False) -> str:
            field = competition_field(fact, owned=owned)
            if field is not None:
                return field
            spec = league_spec(league_of(fact.player_id))
            plain = spec.leaders_field or (f"the {spec.label}" if cross else "the league")
            return possessive(plain) if owned else plain

        ties = next((f for f in s.m.context if split_stat(f.stat)[0] == "tied"), None)

        def finish(name: str, fact: Fact, lead: bool, context: Sequence[Fact]) -> str:
            base = _base_label(fact)
            if s.m.kind == "led":
                if fact.value == 0:
                    return f"{name} never led {where(fact)} in {base}"
                if lead and ties is not None:
                    # A shared lead is a tie, as the record books print it.
                    tied = ("tied for the lead" if fact.value == 1 else "each time tied for the lead"
                            if ties.value == fact.value else f"tied {_times(ties)}")
                    return f"{name} led {where(fact)} in {base} {_times(fact)} ({tied})"
                return f"{name} led {where(fact)} in {base} {_times(fact)}"
            if s.m.kind == "share":
                counted = share_counts(context)
                return (f"{name} finished in {where(fact, True)} top five in {base} in {fact.display} of his "
                        f"seasons{counted}" if lead or cross else f"{name} in {fact.display}{counted}")
            if fact.value == 0:
                return f"{name} never finished in {where(fact, True)} top five in {base}"
            return f"{name} finished in {where(fact, True)} top five in {base} {_times(fact)}"

        contexts = s.rest_context or [()] * len(s.rest)
        return "; ".join([finish(s.who, s.a, True, s.m.context),
                          *(finish(n, f, False, c) for (n, f), c in zip(s.rest, contexts, strict=True))]) + "."

    def _era(self, s: _Said) -> str:
        key = split_stat(s.a.stat)[1]
        base = era_label(key)
        if era_form(key) == PLUS:
            return (f"{possessive(s.who)} {base} (league-adjusted, not park-adjusted; 100 is the league average) "
                    f"is {s.a.display}, ahead of {s.tail}.")
        tail = s.rivals(_rival_index)
        # One season's figure is set against that season's league, not "each season".
        of, each = ((f"of {_season_of(s.a)}", f"in {_season_of(s.a)}") if s.a.scope == SEASON and s.a.season
                    else ("of each season", "each season"))
        return self.pick(
            f"Set against the league {of}, {possessive(s.who)} {base} came to {_against_league(s.a)}, "
            f"ahead of {tail}.",
            f"Measured against the league {each}, {possessive(s.who)} {base} stands at "
            f"{_against_league(s.a)}, ahead of {tail}.",
        )

    def _era_peak(self, s: _Said) -> str:
        key = split_stat(s.a.stat)[1]
        # "His best against the league", not "his most dominant": one stat's best season need not be his
        # greatest (Nowitzki's best true shooting came in 2000-01, his MVP season in 2006-07); each rival's
        # best is a clause of its own, not "Bryant's peak of +7% in 1998-99." left without a verb.
        their = " and ".join(f"{possessive(n)} best was {_rival_index(f)}, in {_season_of(f)}" for n, f in s.rest)
        return (f"At his best against the league, in {_season_of(s.a)}, {possessive(s.who)} {era_label(key)} was "
                f"{_against_league(s.a)}; {their}.")

    def _rank(self, s: _Said) -> str:
        def placed(fact: Fact, context: Sequence[Fact]) -> str:
            rank = ranked_place(fact, context)
            return f"{rank if rank.startswith('tied') else 'ranked ' + rank} in {_rank_where(fact)}"

        rest = list(zip(s.rest, s.rest_context, strict=True))
        own = f"{s.who} {placed(s.a, s.m.context)}"
        if any(_rank_where(f) != _rank_where(s.a) for (_, f), _ in rest):
            return "; ".join([own, *(f"{n} {placed(f, c)}" for (n, f), c in rest)]) + "."
        # One field, named once: "ahead of O'Neal (2nd) and Olajuwon (3rd)". (Ranks in the AL and the NL are
        # not set against each other: see ``measure_contenders``.)
        return f"{own}, ahead of " + " and ".join(f"{n} ({ranked_place(f, c)})" for (n, f), c in rest) + "."

    @staticmethod
    def rank_clause(rank: Measure) -> str:
        """A rank said in the sentence of the figure it ranks, which already names the stat and its season:
        "ranked 1st in the NBA", "tied for 3rd in the NHL"."""
        fact = rank.fact
        spec = league_spec(league_of(fact.player_id))
        where = ((competition_field(fact) or spec.leaders_field or f"the {spec.label}") if fact.scope == SEASON
                 else _rank_where(fact))
        place = ranked_place(fact, rank.context)
        return f"{place if place.startswith('tied') else 'ranked ' + place} in {where}"

    def _percentile(self, s: _Said) -> str:
        # A league's leader has no one above him: he ranked first, not "in the 100.0th percentile".
        their = "; ".join(f"{possessive(n)} best {_reached(f)} ({_season_of(f)})" for n, f in s.rest)
        players = f"{league_spec(league_of(s.a.player_id)).label} players"
        place = f"ranked first among {players}" if _tops(s.a) else f"sat in the {s.a.display}th percentile of {players}"
        return f"{possessive(s.who)} best season, {_season_of(s.a)}, {place} in {_base_label(s.a)}; {their}."

    def _titles(self, s: _Said) -> str:
        seasons = [f.season for f in s.m.context if f.season is not None]
        if len(seasons) == 1 and s.a.value == 1:
            # One title is named by its season, as fans say it: "won the 1998 championship".
            said = f"{s.who} won the {season_label(league_of(s.a.player_id), seasons[0])} {singular(s.label)}"
            none = [n for n, f in s.rest if not f.value]
            return said + ("; " + "; ".join(f"{n} won none" for n in none) if none else "") + "."
        when = f" ({season_runs(league_of(s.a.player_id), seasons)})" if seasons else ""
        record = round_record(s.m.context)
        if record is not None and not record[1].value and record[0].value > 1:
            # A perfect record is the titles' own point: "6-0 in the NBA Finals".
            when += f", {record[0].display}-{record[1].display} in the {record[0].competition}"
        return self._awards(s, when=when)

    def _awards(self, s: _Said, when: str = "") -> str:
        verb = "earned" if s.label.endswith(("selections", "selection")) else "won"
        some = [(n, f) for n, f in s.rest if f.value]
        none = [(n, f) for n, f in s.rest if not f.value]
        if s.a.scope == SEASON and s.a.season is not None and s.a.value == 1 and not some \
                and all(fact_label(f) == s.label for _, f in none):
            # One season gives one of an award: "won the 2015-16 MVP award", not "won 1 MVP award" as if it were
            # a count, and a rival "did not", as "won none" of one would read.
            season = _season_of(s.a)
            selection = s.label.removesuffix(" selections")
            said = (f"won the {season} {singular(s.label)}" if selection == s.label else
                    f"made the {season} {selection}{'' if selection.endswith(' team') else ' team'}")
            names = [n for n, _ in none]
            others = ("" if not names else f"; {names[0]} did not" if len(names) == 1 else
                      f"; neither {names[0]} nor {names[1]} did" if len(names) == 2 else
                      f"; none of {', '.join(names[:-1])} and {names[-1]} did")
            return f"{s.who} {said}{others}."
        window = _award_window(s.m, len(s.rest) + 1)
        text = f"{s.who} {verb} {counted_label(s.a, s.label)}{window}{when}"

        def own(fact: Fact) -> str:
            # Across sports each side's award is named in its own league ("Jordan's 5 MVP awards").
            label = fact_label(fact)
            return "" if label == s.label else f" {counted_label(fact, label).partition(' ')[2]}"

        if some and not any(own(f) for _, f in some):
            # An honour both hold is said to be both's, with each count: "Maddux and Cone both won Cy Young
            # Awards: Maddux 4, Cone 1", not as if only the leader's counted.
            names = [s.who, *(n for n, _ in some)]
            holders = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
            counts = ", ".join([f"{s.short or s.who} {s.a.display}{when}", *(f"{n} {f.display}" for n, f in some)])
            text = f"{holders} {'both' if len(names) == 2 else 'each'} {verb} {s.label}{window}: {counts}"
        elif some:
            text += ", more than " + " and ".join(f"{possessive(n)} {f.display}{own(f)}" for n, f in some)
        if none:
            text += "; " + "; ".join(f"{n} {verb} no{own(f)}" if own(f) else f"{n} {verb} none" for n, f in none)
        return text + "."

    def _hall_of_fame(self, s: _Said) -> str:
        names = " and ".join(n for n, _ in s.rest)
        return f"{s.who} is in the Hall of Fame; {names} {'is' if len(s.rest) == 1 else 'are'} not."

    def _team(self, s: _Said) -> str:
        if s.a.stat == "wins":
            return f"{s.who} won {s.a.display} games, more than {s.tail}."
        if s.a.stat == "win_pct":
            return f"{s.who} won at a {s.a.display} clip, better than {s.tail}."
        if s.a.stat == "mov":
            return f"{s.who} beat opponents by {s.a.display} points a game on average, better than {s.tail}."
        if s.a.stat == "titles_won":  # a season ends with one title (two leagues' each with its own)
            return f"{s.who} won that season's title; {' and '.join(n for n, _ in s.rest)} did not."
        return f"{possessive(s.who)} {s.label} of {s.a.display} beats {s.tail}."


def window_span(league: League, first: int, last: int) -> str:
    """A span of seasons as fans write it: "1931-1945", "1953-54 to 1967-68"."""
    a, b = season_label(league, first), season_label(league, last)
    return f"{a}-{b}" if a.isdigit() and b.isdigit() else f"{a} to {b}"


def _award_window(m: Measure, sides: int) -> str:
    """Where an award count covers only the seasons every side could win one (see ``AwardTerms.common``),
    that window as the count's sentence says it: " in the seasons both could win one (1931-1945)"."""
    bounds = [f for f in m.context if f.stat in ("award_window_first", "award_window_last")]
    if len(bounds) != 2:
        return ""
    league = league_of(m.fact.player_id)
    who = "both" if sides == 2 else "all"
    return f" in the seasons {who} could win one ({window_span(league, bounds[0].season or 0, bounds[1].season or 0)})"


def season_runs(league: League, seasons: Sequence[int]) -> str:
    """Seasons as a fan lists them, a run of three or more as its ends: "1991 to 1993, 1996 to 1998",
    "1992, 1993 and 1995"."""
    runs: list[list[int]] = []
    for season in sorted(seasons):
        if runs and season == runs[-1][-1] + 1:
            runs[-1].append(season)
        else:
            runs.append([season])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{season_label(league, run[0])} to {season_label(league, run[-1])}")
        else:
            parts += [season_label(league, season) for season in run]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# Kinds a side's closest ground may be told in: a figure with a plain comparison (not a rank or a flag).
_GROUND_KINDS = frozenset({"total", "rate", "seasons", "games", "era", "led", "top5", "share", "awards", "titles",
                           "peak", "stretch"})


@dataclass(frozen=True)
class Ground:
    """Where a side that leads nothing comes closest: his figure, the best rival's, and their sentence."""

    text: str
    facts: tuple[Fact, ...]
    key: str


def closest_ground(me: Entry, rivals: Sequence[Entry], weights: Mapping[str, float],
                   skip: Collection[str] = ()) -> Ground | None:
    """The yardstick (of weight) where ``me`` falls least short of the best of ``rivals``, as a clause that
    follows his name: "comes closest in Hart Trophies: 3 to Gretzky's 9" (each side's own label across
    sports); before any, the stat in question where he alone has a figure of it (Mark Eaton's blocks, which the
    NBA kept in none of Chamberlain's seasons): his case is no "comes closest in games". ``skip``: the keys of
    ground already told, which a rebuttal does not tell again word for word after the case."""
    alone = next(((key, m) for (criterion, key), m in me.measures.items() if criterion == FOCUS and key not in skip
                  and m.kind in ("total", "rate") and not any((criterion, key) in e.measures for e in rivals)), None)
    if alone is not None and rivals:
        key, only = alone
        whose = " and ".join(possessive(e.short) for e in rivals)
        return Ground(f"has {only.fact.display} {fact_label(only.fact)} {scope_phrase(only.fact)}"
                      f"{so_far(only.fact, me.active)}, the stat in question, where {whose} seasons have no figure "
                      f"to set against it", (only.fact,), key)
    best: tuple[float, str, Measure, Entry, Measure] | None = None
    for (criterion, key), mine in me.measures.items():
        if (mine.kind not in _GROUND_KINDS or weights.get(criterion, 0.0) <= 0 or mine.weight <= 0
                or key in skip):
            continue
        held = [(e, e.measures[criterion, key]) for e in rivals if (criterion, key) in e.measures]
        if not held:
            continue
        better = mine.higher_is_better
        rival, theirs = max(held, key=lambda h: h[1].value if better else -h[1].value)
        high, low = (theirs.value, mine.value) if better else (mine.value, theirs.value)
        ratio = low / high if high > 0 and low >= 0 else 1.0
        if ratio >= 1 or bare_display(theirs.fact) == bare_display(mine.fact):  # level or ahead: no shortfall to tell
            continue
        if best is None or ratio > best[0]:
            best = (ratio, key, mine, rival, theirs)
    if best is None:
        return None
    _, key, mine, rival, theirs = best
    label, own = fact_label(mine.fact), fact_label(theirs.fact)
    theirs_said = f"{possessive(rival.short)} {theirs.fact.display}" + (f" {own}" if own != label else "")
    # A best season or stretch says so and when: "comes closest in sacks: 34.5 to Ware's 46.5" was his best three
    # seasons against Ware's, read as their careers.
    what = _GROUND_WHAT.get(mine.kind, "{}").format(label)
    text = f"comes closest in {what}: {mine.fact.display}{_when(mine)} to {theirs_said}{_when(theirs)}"
    return Ground(text, (mine.fact, theirs.fact), key)


_GROUND_WHAT = {"peak": "best-season {}", "era_peak": "best-season {}", "stretch": "best three-season {}"}


def _when(m: Measure) -> str:
    """The seasons of a best-season or best-stretch figure, after it (" in 2008", " in 2008 to 2010"), else ""."""
    if m.kind == "stretch" and (span := _stretch_span(m.fact)):
        return f" in {span}"
    if m.kind in ("peak", "era_peak") and m.fact.season is not None:
        return f" in {season_label(league_of(m.fact.player_id), m.fact.season)}"
    return ""


STANDING = "standing"  # a claim's kind where it states a side's place on the ranked stat, not an edge


def standing_claim(me: Entry, rivals: Sequence[Entry], stat: str) -> Claim | None:
    """A ranking side's figure on the stat the sides are ranked by, where none of his claims argues it (he
    trails every other side on it, or shares the top): the figure the question is about is stated in each
    case, with those level with it or better ("Jim Thome has 49 home runs in 2001; Bonds' 73, Sosa's 64 ...
    are better."), before his strongest other ground. None where he has no figure of it."""
    key = next((k for k, m in me.measures.items() if k[0] == FOCUS and m.stat == stat
                and m.kind in ("total", "rate")), None)
    if key is None:
        return None
    mine = me.measures[key]
    held = [(e, e.measures[key]) for e in rivals if key in e.measures]
    better = sorted(((e, m) for e, m in held if m.value != mine.value and (m.value > mine.value)
                     == mine.higher_is_better), key=lambda h: -h[1].value if mine.higher_is_better else h[1].value)
    level = [(e, m) for e, m in held if bare_display(m.fact) == bare_display(mine.fact)]
    better = [(e, m) for e, m in better if (e, m) not in level]
    said = _Said(mine, me.name, [], me.active)
    text = f"{said.achieved} {scope_phrase(mine.fact)}{so_far(mine.fact, me.active)}"
    if level:
        text += ", level with " + " and ".join(f"{possessive(e.short)} {m.fact.display}" for e, m in level)
    if better:
        figures = [f"{possessive(e.short)} {m.fact.display}" for e, m in better]
        listed = figures[0] if len(figures) == 1 else ", ".join(figures[:-1]) + " and " + figures[-1]
        text += f"; {listed} {'is' if len(figures) == 1 else 'are'} better"
    others = [m.fact for _, m in (*level, *better)]
    return Claim(speaker_id=me.id, criterion=FOCUS, key=key[1], kind=STANDING, text=text + ".", strength=0.0,
                 facts=(mine.fact, *mine.context, *others), evidence=(), margin=0.0)


def _relative_margin(best: float, second: float, higher_is_better: bool) -> float:
    if higher_is_better:
        return (best - second) / abs(best) if best else 0.0
    return (second - best) / abs(second) if second else 0.0


def _evidence(leader: Entry, m: Measure, others: Sequence[tuple[Entry, Measure]]) -> tuple[dict[str, Any], ...]:
    items = []
    for entry, other in others:
        items.append({
            "player": leader.name, "player_id": leader.id, "stat": m.stat, "label": fact_label(m.fact),
            "scope": m.fact.scope, "season": m.fact.season, "value": m.value, "display": m.fact.display,
            "opponent": entry.name, "opponent_id": entry.id, "opponent_value": other.value,
            "opponent_display": other.fact.display, "opponent_season": other.fact.season,
        })
    return tuple(items)


CLAIMS_KEPT = 8
# How much a non-leader's edge over the sides below him weighs against a lead of the same size.
PARTIAL_STRENGTH = 0.6
# The smallest edge in the headline figure that opens a case ahead of stronger claims: 10%.
HEADLINE_MARGIN = 0.10


@dataclass(frozen=True)
class _Candidate:
    leader: Entry
    best: Measure
    others: list[tuple[Entry, Measure]]
    criterion: str
    key: str
    margin: float
    strength: float
    headline: bool  # the position's headline figure (career points, passing yards, strikeouts)
    partial: bool = False  # ahead of some rivals, not of the best: a non-leader's edge in a debate of three or more
    ahead: tuple[tuple[Entry, Measure], ...] = ()  # a partial edge's sides better on it, said with it
    rank: Measure | None = None  # his league rank in the same stat, said in this claim's sentence


def _ranked_stat(c: _Candidate) -> str | None:
    """The stat a league-rank candidate ranks (``rank:points`` ranks ``points``); None for any other."""
    prefix, key = split_stat(c.best.stat)
    return key if c.best.kind == "rank" and prefix == "rank" else None


def _one_claim_per_stat(candidates: list[_Candidate], listed: Collection[str]) -> list[_Candidate]:
    """``candidates`` (one side's, in order) with each stat claimed once: a league rank joins the sentence of
    the figure it ranks (Curry's 30.1 points a game, "ranked 1st in the NBA", not a second sentence that he
    ranked 1st in points per game), or is dropped where the debate's opening already lists it (``listed``:
    the stats a ranking question's leaders are listed by); the same figure of the same stat twice (a total
    asked about and the same total as production) is said once."""
    figures: set[tuple[str, str, int | None, str]] = set()
    kept: list[_Candidate] = []
    for c in candidates:
        fact = c.best.fact
        said = (said_as(c.best.stat), fact.scope, fact.season, bare_display(fact))
        if c.best.kind != "rank" and said in figures:
            continue
        figures.add(said)
        kept.append(c)
    ranks = [c for c in kept if _ranked_stat(c) is not None]
    for rank in ranks:
        stat = _ranked_stat(rank)
        figure = next((i for i, c in enumerate(kept) if c.best.kind in ("total", "rate") and c.best.stat == stat
                       and c.best.fact.scope == rank.best.fact.scope
                       and c.best.fact.season == rank.best.fact.season), None)
        if figure is None:
            continue
        at = kept.index(rank)
        if stat not in listed:
            kept[figure] = replace(kept[figure], rank=rank.best)
        del kept[at]
    return kept


def _asked_ground(candidates: list[_Candidate]) -> list[_Candidate]:
    """A side's candidates without those of the stat asked about that are shown but not scored, save the
    first where he leads none that is scored: a goal scorer's case is argued from his goals, and Gretzky's
    92-goal season (raw, a generation before Ovechkin's 65) is still his best ground on them, said as it is
    while the verdict weighs the league-relative figures."""
    scored = any(c.criterion == FOCUS and c.best.weight > 0 and not c.partial for c in candidates)
    kept: list[_Candidate] = []
    for c in candidates:
        if c.best.weight <= 0 and (scored or c.partial or any(k.best.weight <= 0 for k in kept)):
            continue
        kept.append(c)
    return kept


def _across_the_role(candidates: list[_Candidate]) -> list[_Candidate]:
    """``candidates`` (in order) with each stat asked about argued once before any is argued again, where the
    question asks about several (Mutombo's blocks, then his Defensive Player of the Year awards, not four
    claims from his blocks' total, rate, best season and best run)."""
    def asked_stat(c: _Candidate) -> str | None:
        return split_stat(c.best.stat)[1].removesuffix("_per_game") if c.criterion == FOCUS else None

    if len({stat for c in candidates if (stat := asked_stat(c)) is not None}) < 2:
        return candidates
    seen: set[str | None] = set()
    repeated: list[bool] = []
    for c in candidates:
        stat = asked_stat(c)
        repeated.append(stat in seen)
        seen.add(stat)
    order = sorted(range(len(candidates)),
                   key=lambda i: (candidates[i].partial, candidates[i].criterion != FOCUS, repeated[i]))
    return [candidates[i] for i in order]


def holds_record(m: Measure) -> bool:
    """Whether ``m``'s career figure is his league's all-time record (see ``MeasureBuilder.focus``)."""
    return any(split_stat(f.stat)[0] == "rank" and f.value == 1 and f.scope == CAREER for f in m.context)


def _is_headline(leader: Entry, m: Measure) -> bool:
    """A total or per-game figure of the stat his position is measured by first (its yardstick's volume):
    a fan argues LeBron's case from his points before his rebounds, however wide the rebounding edge. A
    player whose game is another stat (``Entry.signature``: Cousy's assists, Rodman's rebounds, Gwynn's
    batting average) is argued from that one instead: its total, rate, titles or figure against the league."""
    if m.criterion == FOCUS:
        return False
    key = split_stat(m.stat)[1]
    if leader.signature is not None:
        base = leader.signature.removesuffix("_per_game")
        return m.kind in ("total", "rate", "led", "era") and key in (base, f"{base}_per_game")
    spec = league_spec(leader.league).yardsticks.get(m.group)
    return spec is not None and m.kind in ("total", "rate") and key in (spec.volume, f"{spec.volume}_per_game")


def _candidates(entries: Sequence[Entry], weights: Mapping[str, float]) -> list[_Candidate]:
    """Every yardstick someone leads at the precision shown, with the claim's strength."""
    top_weight = max(weights.values(), default=1.0) or 1.0
    found: list[_Candidate] = []
    seen: set[tuple[str, ...]] = set()
    keys = list(dict.fromkeys(k for e in entries for k in e.measures))
    # The stat the question asks about is claimed under its own criterion, ahead of the same stat elsewhere.
    keys.sort(key=lambda k: k[0] != FOCUS)
    for criterion, key in keys:
        holders = [(e, e.measures[criterion, key]) for e in entries if (criterion, key) in e.measures]
        if len(holders) < 2 or weights.get(criterion, 0.0) <= 0:
            continue
        better = holders[0][1].higher_is_better
        ordered = sorted(holders, key=lambda h: -h[1].value if better else h[1].value)
        relevance = weights.get(criterion, 0.0) / top_weight
        # The leader's edge over the rest, then, in a debate of three or more, each other side's edge over
        # those below him (the runner-up on rushing yards still out-rushed the third man).
        # A side in the lower half is no case on it: 4th of 5 in rebounds beats one man and trails three. The
        # stat in question is the exception: a ranking's 4th of 5 is there for it, and says his figure.
        for place in range(len(ordered) - 1 if criterion == FOCUS else (len(ordered) + 1) // 2):
            (leader, best), below = ordered[place], ordered[place + 1:]
            # Level at the precision shown, whatever seasons each figure covers ("0.0" and "0.0 (1991 to 2005;
            # 1989 to 1990 not recorded)": no edge).
            beaten = [(e, m) for e, m in below
                      if bare_display(m.fact) != bare_display(best.fact) and m.value != best.value]
            if not beaten or (place == 0 and len(beaten) < len(below)):  # a lead is over every other side
                continue
            if best.kind in ("led", "top5", "awards", "titles", "hall_of_fame") and best.value == 0:
                continue
            # A mark against the league no better than its average is no case, though ahead of a rival's:
            # "home runs per game at 1.0 times the average player's" argues nothing for a leadoff man.
            if best.kind in ("era", "era_peak") and criterion != FOCUS and not _beats_league(best):
                continue
            # Shown, not scored (a raw rate a generation apart, a starter's workload): no case, unless it is
            # the stat asked about (see _asked_ground).
            if best.weight <= 0 and criterion != FOCUS:
                continue
            signature = (leader.id, said_as(best.fact.stat), best.fact.scope, str(best.fact.season))
            if signature in seen:
                continue
            seen.add(signature)
            margin = _relative_margin(best.value, beaten[0][1].value, better)
            # A partial edge is worth less than a lead: it concedes the best of them.
            strength = ((0.15 + 0.55 * min(margin / 0.25, 1.0) + 0.3 * relevance) * best.weight ** 0.25
                        * (PARTIAL_STRENGTH if place else 1.0))
            ahead = tuple(h for h in ordered[:place] if bare_display(h[1].fact) != bare_display(best.fact))
            found.append(_Candidate(leader, best, beaten[:2], criterion, key, margin,
                                    round(min(strength, 1.0), 3), _is_headline(leader, best), partial=place > 0,
                                    ahead=ahead))
    return found


def _beats_league(measure: Measure) -> bool:
    """Whether an index against the league (see :func:`era_form`) is better than the league's average."""
    average = 100.0 if era_form(split_stat(measure.fact.stat)[1]) == PLUS else 1.0
    return measure.value > average if measure.higher_is_better else measure.value < average


def _widest_honours_first(candidates: list[_Candidate]) -> None:
    """Reorder, in place, the honours (awards, titles) at full strength among the places they hold, widest
    edge first as the verdict scores it (against ``SMALL_COUNT`` at least): strength tops out at 1, and the
    first found was argued, so Bill Russell's case took five MVP awards to Jokic's three over eleven titles to
    one, Tom Brady's three MVP awards to two over seven Super Bowls to three. Other claims keep their places."""
    def edge(c: _Candidate) -> float:  # the count's lead (the margin is its share of the best count), scaled
        return c.margin * c.best.value / edge_scale(c.best.kind, c.best.value)
    places: dict[tuple[bool, bool], list[int]] = {}
    for i, c in enumerate(candidates):
        if c.best.kind in HONOUR_KINDS and c.strength >= 1.0 and c.best.value > 0:
            places.setdefault((c.partial, c.criterion == FOCUS), []).append(i)
    for indexes in places.values():
        for i, c in zip(indexes, sorted((candidates[i] for i in indexes), key=lambda c: -edge(c)), strict=True):
            candidates[i] = c


def _behind(ahead: Sequence[tuple[Entry, Measure]]) -> str:
    """A partial edge's honest tail: who is better on it ("Only Abdul-Jabbar's 6 is better."), each in his own
    league's label across sports."""
    if not ahead:
        return ""
    figures = [f"{possessive(e.short)} {m.fact.display}" for e, m in ahead]
    listed = figures[0] if len(figures) == 1 else ", ".join(figures[:-1]) + " and " + figures[-1]
    return f" Only {listed} {'is' if len(figures) == 1 else 'are'} better."


def _asked_rate_order(entries: Sequence[Entry]) -> Callable[[_Candidate], int]:
    """Where the question asks about a rate first, its claims' order among the stat in question's: the rate
    itself (0), then the rest (1), then the total it is taken from (2: points of points per game, completions
    of completion percentage), argued after it and never in its place. "Who won the scoring title" is argued
    from points per game before the points of a 66-game season, "by completion percentage" from it before the
    completions the same concept brings. Each side's first measure of the stat in question is the first asked;
    a total asked first (a defender's steals) leaves the order to the claims' strength."""
    # A rank on the stat asked ("who won the scoring title": his place on the leaderboard) ranks that rate: the
    # rate is still what is asked first.
    first = next((m for e in entries for k, m in e.measures.items() if k[0] == FOCUS and m.kind != "rank"), None)
    if first is None or first.kind != "rate":
        return lambda _: 1
    stat_group = GROUPS[league_of(first.fact.player_id)].get(first.group)
    rate = stat_group.rate(first.stat) if stat_group is not None else None
    behind = rate.parts[0] if rate is not None and rate.parts is not None else None
    return lambda c: (1 if c.criterion != FOCUS else 0 if c.key == first.key
                      else 2 if c.best.stat == behind else 1)


def _sentence(writer: ClaimWriter, c: _Candidate) -> str:
    text = writer.sentence(c.best, c.leader, c.others)
    if c.rank is not None:
        text = f"{text.removesuffix('.')}; {c.leader.short} {writer.rank_clause(c.rank)}."
    return text + _behind(c.ahead)


def build_claims(entries: Sequence[Entry], weights: Mapping[str, float], rng: Random, *,
                 listed: Collection[str] = ()) -> dict[str, list[Claim]]:
    """Each contender's claims (at most ``CLAIMS_KEPT``): on the stat the question asks about first, then
    his position's headline figure, then strongest first; each stat once (see :func:`_one_claim_per_stat`,
    ``listed``: the stats the opening ranks the sides by)."""
    writer = ClaimWriter(rng)
    by_leader: dict[str, list[_Candidate]] = {e.id: [] for e in entries}
    for candidate in _candidates(entries, weights):
        by_leader[candidate.leader.id].append(candidate)
    asked_order = _asked_rate_order(entries)
    claims: dict[str, list[Claim]] = {}
    for leader_id, candidates in by_leader.items():
        # The stat the question asks about is argued first, however narrow the edge; then the headline
        # figure where its edge is clear; then the strongest (Stockton's case opens with his assists, not
        # with 19,711 points to Thomas' 18,822).
        # A non-leader's edges over the sides below him come after every lead he has.
        # A record in the stat asked about heads the case, however narrow its edge (Ovechkin's 897 goals).
        candidates.sort(key=lambda c: (c.partial, c.criterion != FOCUS, not holds_record(c.best),
                                       asked_order(c),
                                       not (c.headline and c.margin >= HEADLINE_MARGIN), -c.strength))
        _widest_honours_first(candidates)
        # Only the claims that will be used are worded: wording is the costly part.
        claims[leader_id] = [Claim(
            speaker_id=leader_id, criterion=c.criterion, key=c.key, kind=c.best.kind,
            text=_sentence(writer, c), strength=c.strength,
            facts=(c.best.fact, *c.best.context, *(o.fact for _, o in c.others), *(o.fact for _, o in c.ahead),
                   *((c.rank.fact, *c.rank.context) if c.rank is not None else ())),
            evidence=_evidence(c.leader, c.best, c.others), margin=c.margin,
        ) for c in _one_claim_per_stat(_across_the_role(_asked_ground(candidates)), listed)[:CLAIMS_KEPT]]
    return claims

