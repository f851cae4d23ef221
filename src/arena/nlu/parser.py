"""``QuestionParser``: a fan's question to a :class:`~arena.nlu.model.ParsedQuestion`, offline.

The parser is built once from a stat store (name index, fame prior, team index, each league's
season span) and then parses without I/O; it holds no mutable state, so one parser serves any number
of threads.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from arena.nlu.awards import AwardName, find_award_names, names_the_award, trophy_positions
from arena.nlu.cards import find_card_talk
from arena.nlu.coverage import find_absent_players, find_uncovered
from arena.nlu.entries import FameBuilder, PlayerEntry, fame_at_rank
from arena.nlu.frequency import EVERYDAY, VERY_COMMON, is_english_word, is_everyday_word, zipf
from arena.nlu.intents import classify, is_ranking_question
from arena.nlu.mentions.finder import find_mentions
from arena.nlu.mentions.model import Mention, Resolution
from arena.nlu.mentions.pairing import duo_partners
from arena.nlu.mentions.resolution import resolve_mentions
from arena.nlu.mentions.words import STAR_FAME
from arena.nlu.model import (
    Candidate,
    Clarification,
    ParsedQuestion,
    ParseError,
    ResolvedPlayer,
    Scope,
    StatFocus,
)
from arena.nlu.names import AliasTable, MatchKind, NameIndex, Scored, name_keys
from arena.nlu.rosters import Position, PositionWords, RosterIndex, club_codes, club_leagues, find_positions
from arena.nlu.season_facts import SeasonFacts, after_lockout, stopped_season
from arena.nlu.seasons import (
    DEFAULT_LATEST,
    SeasonEvent,
    SeasonExpr,
    SeasonSelection,
    combine,
    find_season_expressions,
    names_a_veteran,
    resolve,
)
from arena.nlu.stats_focus import FocusCues, Role, focus_for, read_focus, role_focus
from arena.nlu.teams import TeamIndex, adjacent_season
from arena.nlu.text import Token, fold, opens_sentence, tokenize, typed_in_capitals
from arena.nlu.vocabulary import CONNECTORS, SEASON_GAP, is_stopword, sport_talk_positions
from arena.stats import LEAGUES, League, PlayerProfile, RosterRow, StatStore, TeamSeason

_MAX_ALTERNATIVES = 3
_SUGGESTIONS = 3  # "did you mean" names an unknown name gets, as many as the name index suggests
_MAX_CLARIFY = 4
_ASKING_WHO = frozenset({"who", "whos", "whose", "which"})  # a question asking for players it does not name
# Events that only some players' records hold: a feat, an award, a title, a final reached.
_PLAYERS_OWN_EVENTS = frozenset({"feat", "award", "title", "final_reached"})
_OWNED_KINDS = frozenset({"year", "range", "since", "before", "rookie", "latest", "last_n", "event", "age",
                          "through_age"})
# A player outside his league's 10,000 most accomplished (half of MLB's, none of the NBA's) is one fans
# name only where the question speaks of his league: a full name of his and nothing else is someone else's.
_OBSCURE_FAME = fame_at_rank(10_000)
# A name whose every namesake is outside his league's 3,000 most accomplished, in a question about another
# league, is a player of that league the store lacks ("jim brown vs walter payton": no NFL Jim Brown).
_UNKNOWN_FAME = fame_at_rank(3_000)
# What a broadcaster or a pundit does with the players named after him ("Mike Breen called Luka the best", "Al
# Michaels kept saying Josh Allen", "on Inside said").
_SPEAKS_OF = re.compile(r"\s+(?:(?:used\s+to|would|always|kept|keeps|kept\s+on|keeps\s+on)\s+)?"
                        r"(?:say(?:s|ing)?|said|call(?:s|ed|ing)?|rav(?:ed|es|ing)|gush(?:ed|es|ing))\b",
                        re.IGNORECASE)
# A record broken, chased or tied, and the holder's possessive and record after the verb.
_BREAKS = re.compile(r"\b(?:br(?:oke|eaks?|eaking)|pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|beat(?:s|ing)?|"
                     r"top(?:s|ped|ping)|tie[ds]?|tying|chas(?:ed|es|ing)|eclips(?:ed|es|ing))\s+$", re.IGNORECASE)
_RECORD_AFTER = re.compile(r"['’]s?(?:\s+[\w'’-]+){0,3}?\s+(?:record|mark|streak)s?\b", re.IGNORECASE)
# A club's second player at a position with this share of the first's volume is close enough to ask back.
_CLOSE_VOLUME = 0.8
_CLUB_GAP = frozenset({"the", "of"})  # words between a club and its season ("the 85 bears", "bulls of 96")
# Without a league, a season is read the way NFL and MLB number theirs: as typed; a split label ("1986-87") the way
# the NBA and NHL do, whose seasons fans label so (an NFL or MLB season is labelled by its one year).
_NEUTRAL_LEAGUE = next(league for league, spec in LEAGUES.items() if not spec.season_ends_in_year)
_SPLIT_LEAGUE = next(league for league, spec in LEAGUES.items() if spec.season_ends_in_year)


@dataclass(frozen=True)
class ParserIndexes:
    """Everything a parser reads: built once from the store, never changed afterwards."""

    names: NameIndex
    teams: TeamIndex
    available: dict[League, tuple[int, int] | None]
    rosters: RosterIndex
    facts: SeasonFacts

    @classmethod
    def build(cls, profiles: Iterable[PlayerProfile], team_seasons: Iterable[TeamSeason],
              available: dict[League, tuple[int, int] | None], aliases: AliasTable | None = None,
              rosters: Iterable[RosterRow] = (), facts: SeasonFacts | None = None) -> ParserIndexes:
        with _collector_paused():
            fame = FameBuilder()
            for profile in profiles:
                fame.add(profile)
            names = NameIndex(fame.build(), aliases or AliasTable.bundled())
            return cls(names, TeamIndex(team_seasons), available, RosterIndex(rosters, names.index_of),
                       facts or SeasonFacts())

    @classmethod
    def from_store(cls, store: StatStore, aliases: AliasTable | None = None) -> ParserIndexes:
        available = {league: store.seasons_available(league) for league in League}
        teams = [team for league in League if available[league] for team in store.team_seasons(league)]
        rosters = (row for league in League if available[league] for row in store.iter_roster(league))
        facts = SeasonFacts.from_store(store, [league for league in League if available[league]])
        return cls.build(store.iter_profiles(), teams, available, aliases, rosters, facts)


class QuestionParser:
    """Parses fans' questions against one stat store's players, teams and seasons.

    >>> parser = QuestionParser(store)                        # reads the store once (about a second)
    >>> parser.parse("Ovi vs Sid in 2008").players[0].id
    'nhl:ovechal01'

    ``parse`` never raises for bad input: an empty, overlong or unrecognisable question comes back
    with ``error`` set, an ambiguous one with ``needs_clarification``. A question longer than
    ``max_question_chars`` is overlong; the composition root passes ``ARENA_API_MAX_QUESTION_CHARS``,
    and ``None`` sets no limit.
    """

    def __init__(self, store: StatStore, *, aliases: AliasTable | None = None,
                 max_question_chars: int | None = None) -> None:
        self._ix = ParserIndexes.from_store(store, aliases)
        self._max_question_chars = max_question_chars

    @classmethod
    def from_indexes(cls, indexes: ParserIndexes, *, max_question_chars: int | None = None) -> QuestionParser:
        """A parser over indexes already built (to share them, or to time their build)."""
        parser = cls.__new__(cls)
        parser._ix = indexes
        parser._max_question_chars = max_question_chars
        return parser

    @property
    def indexes(self) -> ParserIndexes:
        return self._ix

    def parse(self, question: str) -> ParsedQuestion:
        """The typed debate request ``question`` asks for."""
        if not question.strip():
            return _rejected(question, "empty", "the question is empty: name players to compare, "
                                                "e.g. 'LeBron vs Jordan'")
        limit = self._max_question_chars
        if limit is not None and len(question) > limit:
            return _rejected(question, "too-long", f"the question has {len(question)} characters; "
                                                   f"the limit is {limit}")
        return _Parse(self._ix, question).run()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a build allocates a few hundred thousand small objects and
    frees almost none, so the collector would rescan them, and all else alive, many times for nothing
    (it took a third of the build). What is made while it is paused is the parser's indexes, which live
    as long as the process (they hold no cycles to collect): frozen on the way out, so the collector's
    first pass after the pause does not walk them all once more (a tenth of the build), nor does any later one.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _rejected(question: str, code: str, message: str, suggestions: Sequence[str] = ()) -> ParsedQuestion:
    return ParsedQuestion(question=question, intent=None,
                          error=ParseError(code=code, message=message, suggestions=list(suggestions)))


def _positions(tokens: Sequence[Token], expr: SeasonExpr) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.start >= expr.start and t.end <= expr.end]


class _Parse:
    """One question's parse: the steps share the question's tokens and what each step has claimed."""

    def __init__(self, ix: ParserIndexes, question: str) -> None:
        self.ix = ix
        self.question = question
        self.tokens = tokenize(question)
        last_seasons = [span[1] for span in ix.available.values() if span]
        latest = max(last_seasons) + 1 if last_seasons else DEFAULT_LATEST
        self.exprs = find_season_expressions(question, latest=latest)
        self.named_at: dict[int, list[Mention]] = {}  # each player's mentions, by index entry
        self.asked: frozenset[int] = frozenset()  # positions of the stat and play words asked about

    def run(self) -> ParsedQuestion:
        tokens, names = self.tokens, self.ix.names
        cards = find_card_talk(tokens)
        uncovered = find_uncovered(tokens, self.question) + ([cards.priced] if cards.priced else [])
        # A year beside a competition Arena does not cover is that event's ("Hasek 1998 Olympics"), no season; one
        # beside a card's maker or grade dates or grades the card ("1984 Donruss", "PSA 10", "1967 rookie card"),
        # unless the question asks of it again ("1993 Upper Deck cards ... how did he do that year?").
        events = {p for gap in uncovered if not gap.is_stat and not gap.is_athlete for p in gap.positions}
        if not any(e.event is not None and e.event.kind == "same" for e in self.exprs):
            events |= cards.positions
        self.exprs = [e for e in self.exprs
                      if not events & {p + step for p in _positions(tokens, e) for step in (-1, 1)}
                      and not cards.positions.intersection(_positions(tokens, e))]
        pools = [e for e in self.exprs if _pool_of_seasons(tokens, e)]
        if any(e.kind == "year" and e not in pools for e in self.exprs):
            self.exprs = [e for e in self.exprs if e not in pools]
        season_positions = {p for e in self.exprs for p in _positions(tokens, e)}
        stat_words = read_focus(tokens, self.question)
        teams = self.ix.teams.find(self.question, tokens, self.exprs, blocked=season_positions)
        # A famous player no file holds, unless the store has a known player of that very name (a Hall of
        # Famer not named by the holes: any player of his league and name, however obscure his seasons).
        absent_players = [player for player in find_absent_players(tokens) if not any(
            names.entries[s.entry].fame >= _UNKNOWN_FAME
            or (not player.listed and names.entries[s.entry].league is player.league)
            for s in names.lookup(" ".join(tokens[p].norm for p in sorted(player.positions))))]
        clubs_at = self._clubs_at_positions(season_positions)
        # Clubs each with a position ask for their players ("the 2001 yankees shortstop vs the 2004 red sox
        # third baseman"), not for the clubs.
        if len(clubs_at) < len(teams):
            clubs_at = []
        teams = [] if clubs_at else teams
        claimed = season_positions | {p for team in teams for p in team.positions}
        claimed |= self.ix.teams.multiword_names(tokens)
        claimed |= {p for club in clubs_at for p in club.positions}
        claimed |= {p for gap in uncovered for p in gap.positions} | cards.positions
        claimed |= {p for player in absent_players for p in player.positions}
        # A season beside a word places it as a name ("GIBSON 68"); an age does not ("threw harder at 44").
        anchors = {p for e in self.exprs if e.kind in _OWNED_KINDS and e.kind not in ("age", "through_age")
                   for p in _positions(tokens, e)}
        anchors |= {p for team in teams for p in team.positions}
        clubs = self._clubs(claimed)
        anchors |= clubs.keys()
        mentions = find_mentions(names, self.question, tokens, blocked=claimed, single_blocked=stat_words.used,
                                 team_words=self.ix.teams.words, team_cities=self.ix.teams.cities,
                                 anchors=anchors, stat_leagues=stat_words.leagues,
                                 stats_asked=stat_words.asks_of_a_player)
        mentions = [m for m in mentions if not (self._club_before_its_player(m, mentions, clubs)
                                                or self._club_played_on(m, clubs) or self._a_clubs_man(m)
                                                or self._hometown(m) or self._club_said_again(m))]
        athletes = {p for gap in uncovered if gap.is_athlete for p in gap.positions}
        # An athlete named in full is named again by his surname ("Muhammad Ali ... how many knockouts did Ali").
        athletes_surnames = {tokens[max(gap.positions)].norm for gap in uncovered
                             if gap.is_athlete and len(gap.positions) > 1}
        mentions = [m for m in mentions if not _beside_athlete(tokens, m, athletes)
                    and not (m.end - m.start == 1 and tokens[m.start].norm in athletes_surnames)]
        awards = _award_names(self.question, tokens, mentions)
        mentions = [m for m in mentions if not any(_within_award(tokens, a, m) for a in awards)]
        claimed |= {p for award in awards for p in range(award.start, award.end)}
        claimed |= {p for m in mentions for p in range(m.start, m.end)}
        focus = read_focus(tokens, self.question, exclude=(claimed - stat_words.used) | trophy_positions(tokens),
                           split_season=any(_split(e) for e in self.exprs))
        claimed |= focus.used
        self.asked = focus.used
        club_players = self.ix.rosters.played_for(club for named in clubs.values() for club in named)
        named_leagues = [*focus.leagues, *self._club_leagues(claimed)]
        position_codes = {(position.league, code) for spot in find_positions(tokens) for position in spot.options
                          for code in position.codes}
        # "the best since Jordan": a player named after "since" is of a time before the question's seasons.
        earlier = {m.start for m in mentions if m.start > 0 and tokens[m.start - 1].norm == "since"}
        earlier |= {m.start for m in mentions if self._record_holder(m)}
        every_resolution = resolve_mentions(names, mentions, named_leagues, self._era(), club_players, position_codes,
                                            earlier, self._own_eras(mentions),
                                            duo_partners(self.question, tokens, mentions))
        every_resolution = self._told_by_their_feats(self._in_both_leagues(every_resolution, named_leagues))
        # Every mention of each player, a repeated one too ("penny ... penny hardaway 96"): any may own a season.
        for resolution in every_resolution:
            if resolution.chosen is not None:
                self.named_at.setdefault(resolution.chosen.entry, []).append(resolution.mention)
        resolutions = [self._one_of_a_family_named(r) for r in _distinct(every_resolution)]
        resolutions = [r for r in resolutions if not self._namesake_of_someone_else(r, resolutions, focus.leagues)
                       and not self._word_of_another_league(r, resolutions, named_leagues)]
        absent = self._absent_from_league(resolutions, focus.leagues, [team.ref.league for team in teams])
        if clubs_at and not resolutions and not uncovered:
            return self._club_players(clubs_at)
        reasons = [gap.reason for gap in uncovered]
        reasons += [_absent_reason(self.question[tokens[min(player.positions)].start:tokens[max(player.positions)].end],
                                   player.league) for player in absent_players]
        if absent is not None:
            resolutions = [r for r in resolutions if r is not absent[0]]
            reasons.append(_absent_reason(absent[0].mention.span, absent[1]))
        chosen = [(r, names.entries[r.chosen.entry]) for r in resolutions if r.chosen is not None]
        # "greatest shooting guard besides MJ: Kobe, West or Drexler?": a player set aside is not one of those compared;
        # named alone ("best shooting guard of the 80s besides jordan"), the question is still about him.
        compared = [(r, entry) for r, entry in chosen if not self._set_aside(r.mention)]
        if compared and len(compared) < len(chosen):
            resolutions = [r for r in resolutions if r.chosen is None or any(r is c for c, _ in compared)]
            chosen = compared
        reasons += [_foreign_stat_reason(entry, foreign) for _, entry in chosen
                    if (foreign := focus.foreign_to(entry.league))]
        repeated = self._surnames_of_several_named(resolutions, chosen)
        resolutions = [r for r in resolutions if r not in repeated]
        ambiguous = [r for r in resolutions if r.chosen is None]
        leagues = list(dict.fromkeys(entry.league for _, entry in chosen))
        team_refs = [team.ref for team in teams]
        # "best", "better" ask for a ranking only in sport talk: "Green tea is better than coffee" asks for none. A
        # stat or a league said without a player asks for one only where a ranking word or "who"/"which" asks, or a
        # season says when ("home run hitters of 1998"): "my dog hates football sundays" asks for nothing.
        talks_sport = bool(self.exprs) or bool(sport_talk_positions([t.norm for t in tokens]))
        asks = is_ranking_question(tokens) or any(t.norm in _ASKING_WHO for t in tokens)
        stats_named = bool(focus.concepts) or bool(focus.cues)
        ranking = (is_ranking_question(tokens) and talks_sport) or (stats_named and (asks or bool(self.exprs)))
        intent = classify(mentions=len(resolutions), leagues=[lg.value for lg in leagues], teams=len(team_refs),
                          ranking=ranking)
        unknown = self._unknown_names(claimed, has_mentions=bool(resolutions))
        if reasons:
            not_covered = ParseError(code="not-covered", message=reasons[0])
            if (not chosen and not team_refs) or any(gap.is_stat and not gap.keeps_players for gap in uncovered):
                return ParsedQuestion(question=self.question, intent=None, error=not_covered,
                                      not_covered=reasons[0])
        if intent is None or (unknown and not resolutions and not team_refs):
            return self._unrecognised(claimed, unknown)
        team_positions = {p for team in teams for p in team.positions}
        player_exprs = [e for e in self.exprs if not team_positions.intersection(_positions(tokens, e))
                        and (not e.bare or self._owner(e, chosen) is not None or self._beside_club(e))
                        and (not chosen or any(_fits_career(e, entry) for _, entry in chosen))]
        primary = leagues[0] if leagues else (focus.leagues[0] if focus.leagues else None)
        players, question_seasons = self._seasons(chosen, player_exprs, primary)
        if team_refs:
            question_seasons = SeasonSelection("season", seasons=tuple(sorted({t.season for t in team_refs})))
        error = not_covered if reasons else None
        if unknown and error is None:
            error = self._unknown_names_error(unknown)
        return ParsedQuestion(
            question=self.question,
            intent=intent,
            players=players,
            teams=team_refs,
            leagues=[lg.value for lg in leagues] or list(dict.fromkeys(
                [t.league for t in team_refs] + [lg.value for lg in focus.leagues])),
            seasons=list(question_seasons.seasons) if question_seasons.seasons else None,
            season_range=question_seasons.season_range,
            scope=question_seasons.scope,
            stat_focus=self._stat_focus(focus, [entry for _, entry in chosen]),
            needs_clarification=bool(ambiguous),
            clarification=[self._clarify(r) for r in ambiguous] or None,
            error=error,
            not_covered=error.message if reasons and error is not None else None,
        )

    def _one_of_a_family_named(self, resolution: Resolution) -> Resolution:
        """A lone surname in a question that names the family by it ("to see the Howes play for the Whalers. How
        many points did Howe score?") is one of them to ask back, where two of his league bear it: the question
        has said there are several."""
        mention, chosen, tokens = resolution.mention, resolution.chosen, self.tokens
        if chosen is None or chosen.kind is not MatchKind.SURNAME or mention.end - mention.start != 1:
            return resolution
        family = tokens[mention.start].norm + "s"
        if not any(token.norm == family and i > 0 and tokens[i - 1].norm == "the" for i, token in enumerate(tokens)):
            return resolution
        entries = self.ix.names.entries
        league = entries[chosen.entry].league
        kin = [s for s in resolution.ranked[:_MAX_CLARIFY] if s.kind is MatchKind.SURNAME
               and entries[s.entry].league is league and s.score >= 0.5 * resolution.ranked[0].score]
        return replace(resolution, chosen=None, confidence=0.0) if len(kin) > 1 else resolution

    def _record_holder(self, mention: Mention) -> bool:
        """The one whose record a player broke or chased ("Gretzky broke Howe's goals record in 1994") held it
        before the question's seasons: Gordie Howe, not his son Mark, who still played in 1994."""
        tokens = self.tokens
        return (_BREAKS.search(self.question, 0, tokens[mention.start].start) is not None
                and _RECORD_AFTER.match(self.question, tokens[mention.end - 1].end) is not None)

    def _in_both_leagues(self, resolutions: Sequence[Resolution], leagues: Collection[League]) -> list[Resolution]:
        """An athlete of two sports the store holds in each league (Bo Jackson, Deion Sanders), named in full or
        by his nickname in a question that names both leagues ("his NFL career with his MLB career", "the
        football player vs ... the baseball player"): the player of each, not a choice between them."""
        entries = self.ix.names.entries
        found = []
        for resolution in resolutions:
            top = resolution.ranked[0] if resolution.ranked else None
            if top is None or top.kind not in (MatchKind.FULL, MatchKind.ALIAS):
                found.append(resolution)
                continue
            by_league = {entries[s.entry].league: s for s in reversed(resolution.ranked)
                         if s.kind is top.kind and entries[s.entry].name == entries[top.entry].name}
            named = [scored for league, scored in by_league.items() if league in leagues]
            if len(named) < 2:
                found.append(resolution)
                continue
            found += [replace(resolution, chosen=scored, confidence=1.0) for scored in named]
        return found

    def _told_by_their_feats(self, resolutions: list[Resolution]) -> list[Resolution]:
        """A name several players share, in a question that names a season by what a player did in it ("Hull's
        86-goal season", "Manning's MVP year"): the one namesake whose record holds it, where only one does."""
        events = [e.event for e in self.exprs if e.event is not None and e.event.kind in _PLAYERS_OWN_EVENTS]
        if not events:
            return resolutions
        entries = self.ix.names.entries
        told = []
        for resolution in resolutions:
            holders = [] if resolution.chosen is not None else [
                scored for scored in resolution.ranked[:_MAX_CLARIFY]
                if any(self._event_seasons(event, entries[scored.entry], [entries[scored.entry]]) for event in events)]
            told.append(replace(resolution, chosen=holders[0], confidence=holders[0].quality)
                        if len(holders) == 1 else resolution)
        return told

    def _namesake_of_someone_else(self, resolution: Resolution, resolutions: Sequence[Resolution],
                                  leagues: Collection[League]) -> bool:
        """An obscure player's full name in a question that names neither his league, nor another player
        of it, nor a season of his ("kevin hart vs shaq height", "bill murray at cubs games"): the
        question means a namesake the store does not hold, an actor or a comedian, not him. A full name
        no star carries that speaks of players of another league ("John Madden used to say Brett Favre
        ...") is the broadcaster's, whatever his era."""
        mention = resolution.mention
        if resolution.chosen is None or mention.end - mention.start < 2:
            return False
        entries = self.ix.names.entries
        entry = entries[resolution.chosen.entry]
        if entry.first_season is None or any(entries[r.chosen.entry].league is entry.league for r in resolutions
                                             if r is not resolution and r.chosen is not None):
            return False
        # The speaker's own league may be named by the other players' seasons ("Luka in 2022-23" names the NHL's
        # split seasons as well).
        if entry.fame < STAR_FAME and _SPEAKS_OF.match(self.question, self.tokens[mention.end - 1].end):
            return any(r.chosen is not None for r in resolutions if r is not resolution)
        if entry.fame >= _OBSCURE_FAME or entry.league in leagues:
            return False
        era = self._era()
        return era is None or entry.last_season is None or not (
            entry.first_season <= era[1] and era[0] <= entry.last_season)

    def _word_of_another_league(self, resolution: Resolution, resolutions: Sequence[Resolution],
                                leagues: Collection[League]) -> bool:
        """A nickname that is also an English word ("Showtime", Patrick Kane's), in a question whose clubs,
        positions or stats are of other leagues and that names no other player of his: the word, as the
        question's league uses it ("the Lakers' Showtime days"). Where nothing names a league, a one-word
        nickname that is an English word, beside players all of another league, is that word as well
        ("Magic and Kareem, showtime's best duo")."""
        chosen = resolution.chosen
        if chosen is None or chosen.kind is not MatchKind.ALIAS or not chosen.needs_context:
            return False
        entries = self.ix.names.entries
        league = entries[chosen.entry].league
        others = {entries[r.chosen.entry].league for r in resolutions if r is not resolution and r.chosen}
        mention = resolution.mention
        word = mention.end - mention.start == 1 and is_english_word(self.tokens[mention.start].norm)
        context = leagues or (others if word else ())
        return bool(context) and league not in context and league not in others

    def _club_leagues(self, claimed: Collection[int]) -> list[League]:
        """Leagues of the clubs the question names by nickname alone ("bo jackson raiders highlight reel"):
        a nickname only one league's clubs use, and no everyday word unless capitalised ("the bears" may be
        animals, "the Bears" are Chicago's)."""
        league_of = self.ix.teams.league_of
        return list(dict.fromkeys(
            league_of[token.norm] for i, token in enumerate(self.tokens)
            if i not in claimed and token.norm in league_of
            and (token.is_capitalised or not is_everyday_word(token.norm))))

    def _clubs(self, claimed: Collection[int]) -> dict[int, set[tuple[League, str]]]:
        """The clubs named by nickname alone, by position ("love on the cavs", "cowboys smith"): a word beside
        one is placed as a name, and its players are the likelier namesakes; an everyday word only when
        capitalised, as for the clubs' leagues ("the heat" may be the weather), or after "on the", where a
        player is ("green on the warriors")."""
        teams, tokens = self.ix.teams, self.tokens
        return {i: found for i, token in enumerate(tokens)
                if i not in claimed and token.norm in teams.words
                and (token.is_capitalised or not is_everyday_word(token.norm)
                     or (i >= 2 and tokens[i - 1].norm == "the" and tokens[i - 2].norm == "on"))
                and (found := teams.clubs(token.norm))}

    def _club_before_its_player(self, mention: Mention, mentions: Sequence[Mention],
                                clubs: Mapping[int, set[tuple[League, str]]]) -> bool:
        """A club's nickname that is a player's too ("Magic"), right before a player of that club, is his club
        ("Magic Shaq", as "Knicks Ewing"), not the player nicknamed so."""
        if mention.end - mention.start != 1 or mention.start not in clubs:
            return False
        after = next((m for m in mentions if m.start == mention.end), None)
        if after is None or not _joined_to_previous(self.question, self.tokens, after.start):
            return False
        players = self.ix.rosters.played_for(clubs[mention.start])
        return any(self.ix.names.entries[c.entry].id in players for c in after.candidates)

    def _surnames_of_several_named(self, resolutions: Sequence[Resolution],
                                   chosen: Sequence[tuple[Resolution, PlayerEntry]]) -> list[Resolution]:
        """A lone surname left unresolved that two players the question names in full share ("Frank Robinson vs
        Brooks Robinson, which Robinson do you want") is one of them said again, not another player to ask about."""
        counts: dict[str, int] = {}
        for r, entry in chosen:
            surname = name_keys(entry.name)[2]
            if r.mention.end - r.mention.start > 1 and surname is not None:
                counts[surname] = counts.get(surname, 0) + 1
        return [r for r in resolutions if r.chosen is None and r.mention.end - r.mention.start == 1
                and counts.get(self.tokens[r.mention.start].norm, 0) >= 2]

    def _a_clubs_man(self, mention: Mention) -> bool:
        """A club's nickname in the singular before a position ("greatest Bear running back", "best Yankee
        shortstop"), or after a comparative or superlative and set against no one ("who was the better Brewer?",
        "greatest Leaf of the modern era"), is one of its players, not a player of that name."""
        tokens, start, end = self.tokens, mention.start, mention.end
        if end - start != 1 or f"{tokens[start].norm}s" not in self.ix.teams.words:
            return False
        ranked = start > 0 and (tokens[start - 1].norm in _RANKING_ADJECTIVES or tokens[start - 1].norm.endswith("est"))
        return any(spot.start == end for spot in find_positions(tokens)) or (
            ranked and (end == len(tokens) or tokens[end].norm not in CONNECTORS))

    def _hometown(self, mention: Mention) -> bool:
        """A club's city named as where someone is from ("St. Louis kid", "a Cleveland native"), not the player
        whose name it also is (Martin St. Louis)."""
        tokens, end = self.tokens, mention.end
        words = " ".join(t.norm for t in tokens[mention.start:end])
        return words in self.ix.teams.cities and end < len(tokens) and tokens[end].norm in _FROM_A_PLACE

    def _club_said_again(self, mention: Mention) -> bool:
        """A nickname that is a word fans call any club by ("the franchise": Steve Francis, Tim Lincecum), in a
        question naming a club or its city: that club said again ("Lakers fan ... who gave the franchise more?",
        "in Sacramento ... the best guard the franchise has had")."""
        tokens = self.tokens
        words = [t.norm for t in tokens[mention.start:mention.end]]
        if (len(words) != 2 or words[0] != "the" or words[1] not in _CLUB_NOUNS
                or not all(c.kind is MatchKind.ALIAS and c.needs_context for c in mention.candidates)):
            return False
        teams = self.ix.teams
        return any(t.norm in teams.words or t.norm in teams.cities
                   or (i + 1 < len(tokens) and f"{t.norm} {tokens[i + 1].norm}" in teams.cities)
                   for i, t in enumerate(tokens) if not mention.start <= i < mention.end)

    def _set_aside(self, mention: Mention) -> bool:
        """A name right after "besides", "except", "other than", "aside from" and the like."""
        return _SET_ASIDE.search(self.question, 0, self.tokens[mention.start].start) is not None

    def _club_played_on(self, mention: Mention, clubs: Mapping[int, set[tuple[League, str]]]) -> bool:
        """A club's nickname that is a player's too, after "on the", "with the" or "for the" ("Shaq on the Magic or
        Shaq on the Lakers"), is the club a player played on: no one is on a player."""
        tokens, start = self.tokens, mention.start
        return (mention.end - start == 1 and start in clubs and start >= 2 and tokens[start - 1].norm == "the"
                and tokens[start - 2].norm in ("on", "with", "for"))

    def _clubs_at_positions(self, blocked: Collection[int]) -> list[_ClubPosition]:
        """Each club named with its season and a position of its league ("the 85 bears qb", "who played right
        field for the 2001 mariners", "85 bears qb vs 2007 patriots qb"): a position word goes with the club
        nearest to it."""
        tokens = self.tokens
        spots = find_positions(tokens)
        if not spots:
            return []
        # A position word may stand between a club and its season ("the 49ers quarterback in 1989").
        between = {p for spot in spots for p in range(spot.start, spot.end)}
        named: list[tuple[League, tuple[str, ...], tuple[int, ...], frozenset[int]]] = [
            (League(team.ref.league), (team.ref.team,), (team.ref.season,), team.positions)
            for team in self.ix.teams.find(self.question, tokens, self.exprs, blocked=blocked, least=1,
                                           passable=between)]
        taken = {p for *_, positions in named for p in positions}
        for i, token in enumerate(tokens):  # leagues with no team seasons in the store: their clubs, by season
            leagues = () if i in blocked or i in taken else club_leagues(token.norm)
            if not leagues:
                continue
            expr, expr_positions = adjacent_season(tokens, self.exprs, i, i + 1, between)
            if expr is None or expr.first is None or expr.kind != "year":
                continue
            for league in leagues:
                season = expr.first.season(league)
                if codes := club_codes(league, token.norm, season):
                    named.append((league, codes, (season,), frozenset({i, *expr_positions})))
                    break
        named += self._clubs_over_spans({*blocked, *(p for *_, positions in named for p in positions)}, between)
        history = self._clubs_over_history({*blocked, *(p for *_, positions in named for p in positions)}, spots)
        named += history
        found: list[_ClubPosition] = []
        free = list(spots)
        for league, codes, seasons, positions in sorted(named, key=lambda club: min(club[3])):
            fitting = [spot for spot in free if spot.of(league) is not None]
            if not fitting:
                continue
            spot = min(fitting, key=lambda spot: min(abs(spot.start - max(positions)), abs(min(positions) - spot.end)))
            free.remove(spot)
            position = spot.of(league)
            assert position is not None
            found.append(_ClubPosition(league, codes, seasons, position, spot,
                                       positions | frozenset(range(spot.start, spot.end))))
        return _season_said_last(found, {min(positions) for *_, positions in history})

    def _clubs_over_spans(self, blocked: Collection[int], between: Collection[int],
                          ) -> list[tuple[League, tuple[str, ...], tuple[int, ...], frozenset[int]]]:
        """Clubs named with a span of seasons and a position ("celtics center in the 60s", "steelers qb in the
        70s"): the club's codes in any season of the span, in each league whose clubs used the nickname then."""
        tokens = self.tokens
        named: list[tuple[League, tuple[str, ...], tuple[int, ...], frozenset[int]]] = []
        for last in range(len(tokens)):
            name = self._club_name_ending_at(last, blocked)
            if name is None:
                continue
            words, positions, clubs = name
            expr, expr_positions = adjacent_season(tokens, self.exprs, min(positions), last + 1, between)
            if expr is None or expr.kind != "range" or expr.first is None or expr.last is None:
                continue
            for league in dict.fromkeys(league for league, _ in clubs):
                seasons = tuple(range(expr.first.season(league), expr.last.season(league) + 1))
                codes = {code for club_league, code in clubs if club_league is league}
                codes |= {code for season in seasons for code in club_codes(league, words, season)}
                named.append((league, tuple(sorted(codes)), seasons, positions | frozenset(expr_positions)))
        return named

    def _clubs_over_history(self, blocked: Collection[int], spots: Sequence[PositionWords],
                            ) -> list[tuple[League, tuple[str, ...], tuple[int, ...], frozenset[int]]]:
        """Clubs named right before a position or role with no season at all ("the Yankees closer", "Jazz point
        guard"): every season of the club the store holds, its most prominent holder. A role apart from the
        club names no one ("the Lakers need a point guard"), nor does one followed by a time the parser cannot
        place ("Lakers point guard during Showtime" is no question about the club's whole history)."""
        tokens = self.tokens
        named: list[tuple[League, tuple[str, ...], tuple[int, ...], frozenset[int]]] = []
        for spot in spots:
            if spot.end < len(tokens) and tokens[spot.end].norm == "during":
                continue
            name = self._club_name_ending_at(spot.start - 1, blocked)
            if name is None:
                continue
            _, positions, clubs = name
            if adjacent_season(tokens, self.exprs, min(positions), spot.start, range(spot.start, spot.end))[0]:
                continue
            for league in dict.fromkeys(league for league, _ in clubs):
                if (span := self.ix.available.get(league)) is not None:
                    codes = tuple(sorted(code for club_league, code in clubs if club_league is league))
                    named.append((league, codes, tuple(range(span[0], span[1] + 1)), positions))
        return named

    def _club_name_ending_at(self, last: int, blocked: Collection[int],
                             ) -> tuple[str, frozenset[int], set[tuple[League, str]]] | None:
        """The club name whose last word is at ``last``, its longest reading ("red sox", not "sox", which is
        the White Sox's too): its words, positions and clubs. An everyday word alone is a club only when
        capitalised, as for a club named alone ("the heat")."""
        tokens, teams = self.tokens, self.ix.teams
        for first in range(max(0, last - teams.longest_key + 1), last + 1):
            positions = frozenset(range(first, last + 1))
            words = " ".join(token.norm for token in tokens[first:last + 1])
            if not positions.isdisjoint(blocked) or (words not in teams.words and " " not in words):
                continue
            if first == last and not tokens[first].is_capitalised and is_everyday_word(words):
                continue
            if clubs := teams.clubs(words):
                return words, positions, clubs
        return None

    def _club_players(self, clubs: Sequence[_ClubPosition]) -> ParsedQuestion:
        """Each club's player at the position that season: the most volume there, or the closest asked back."""
        entries = self.ix.names.entries
        players: list[ResolvedPlayer] = []
        clarifications: list[Clarification] = []
        season_at = {p for e in self.exprs for p in _positions(self.tokens, e)}
        timed = [club for club in clubs if club.positions & season_at or club.shares_season]
        for club in clubs:
            ranked = self.ix.rosters.over(club.teams, club.seasons, club.position)
            first, last = min(club.positions), max(club.positions)
            span = self.question[self.tokens[first].start:self.tokens[last].end]
            if not ranked:
                return _rejected(self.question, "nothing-recognised",
                                 f"the stat store has no player at that position for {span}")
            # A role the store does not record (a captaincy) is not guessed: its club's leaders are asked back.
            close = [(volume, entry) for volume, entry in ranked[:_MAX_CLARIFY]
                     if volume >= _CLOSE_VOLUME * ranked[0][0] or not club.position.stored]
            if len(close) > 1:
                total = sum(volume for volume, _ in close)
                candidates = [Candidate(id=entries[e].id, name=entries[e].name, league=entries[e].league.value,
                                        years=entries[e].years, summary=entries[e].summary,
                                        score=round(volume / total, 4)) for volume, e in close]
                clarifications.append(Clarification(mention=span, candidates=candidates))
                continue
            volume, best = ranked[0]
            entry = entries[best]
            share = volume / sum(v for v, _ in ranked)
            players.append(ResolvedPlayer(id=entry.id, name=entry.name, league=entry.league.value,
                                          confidence=round(share, 4), span=span,
                                          seasons=list(club.seasons) if len(clubs) > 1 and club in timed else None))
        # A club's whole history, where the question named no season, is no season the question asks about.
        selection = _union("range" if any(len(club.seasons) > 1 for club in timed) else "season",
                           [SeasonSelection("season", seasons=club.seasons) for club in timed]
                           ) if timed else SeasonSelection("career")
        return ParsedQuestion(question=self.question, intent="single_player" if len(clubs) == 1 else "head_to_head",
                              players=players, seasons=list(selection.seasons) if selection.seasons else None,
                              season_range=selection.season_range, scope=selection.scope,
                              leagues=list(dict.fromkeys(club.league.value for club in clubs)),
                              needs_clarification=bool(clarifications), clarification=clarifications or None)

    def _absent_from_league(self, resolutions: Sequence[Resolution], leagues: Collection[League],
                            team_leagues: Collection[str]) -> tuple[Resolution, League] | None:
        """A name the rest of the question places in one league (the other player's, a position's, a stat's,
        a club's) whose every namesake is an obscure player of another: a player of that league the store
        lacks (its known holes), not a namesake to guess at ("jim brown vs walter payton" asks among an
        1884 MLB and a 1983 NHL Jim Brown)."""
        entries = self.ix.names.entries
        for resolution in resolutions:
            others = {entries[r.chosen.entry].league for r in resolutions
                      if r is not resolution and r.chosen is not None}
            cues = set(leagues) | {League(league) for league in team_leagues}
            context = others | cues
            if len(context) != 1:
                continue
            league = next(iter(context))
            namesakes = [entries[s.entry] for s in resolution.ranked]
            if not namesakes or any(e.league is league or e.fame >= _UNKNOWN_FAME for e in namesakes):
                continue
            # One namesake beside a player of another sport is a cross-sport question ("LeBron vs Aaron
            # Donald"); namesakes too close to call, or a position, stat or club of the league, are not.
            if resolution.chosen is None or league in cues:
                return resolution, league
        return None

    # -- seasons ------------------------------------------------------------------------------------

    def _era(self) -> tuple[int, int] | None:
        """The years the question's seasons cover, a year either side (seasons straddle two years)."""
        years: list[int] = []
        for expr in self.exprs:
            if expr.bare:  # a number that may be no season at all ("top 15")
                continue
            years.extend(ref.year for ref in (expr.first, expr.last) if ref is not None)
            if expr.kind in ("latest", "last_n"):
                years.extend(span[1] for span in self.ix.available.values() if span)
        return (min(years) - 1, max(years) + 1) if years else None

    def _own_eras(self, mentions: Sequence[Mention]) -> dict[int, tuple[int, int]]:
        """The years of a season written right beside a mention ("GIBSON 68", "'96 jordan"), a year either
        side, by the mention's start: they decide between namesakes whatever other seasons the question names
        ("DEGROM 2018 VS GIBSON 68" is Bob Gibson, who pitched in 1968)."""
        eras = {}
        for expr in self.exprs:
            positions = _positions(self.tokens, expr)
            # A two-digit year read in this century may be of the last one ("ruth 27"): only one read in the
            # last century, its year in this one still to come, is sure.
            if not positions or expr.first is None or (expr.two_digit and expr.first.year >= 2000):
                continue
            years = [ref.year for ref in (expr.first, expr.last) if ref is not None]
            for mention in mentions:
                if mention.end == positions[0] or mention.start == positions[-1] + 1:
                    eras[mention.start] = (min(years) - 1, max(years) + 1)
        return eras

    def _owner(self, expr: SeasonExpr, chosen: Sequence[tuple[Resolution, PlayerEntry]]) -> int | None:
        """The player a season expression belongs to ("Jokic 2022", "'96 Jordan"), if any; a season listed
        after another ("jordan 96, 97 and 98") is that one's player's."""
        if expr.listed:
            return self._owner(self.exprs[self.exprs.index(expr) - 1], chosen)
        positions = _positions(self.tokens, expr)
        if expr.kind not in _OWNED_KINDS or not positions:
            return None
        for index, (resolution, _) in enumerate(chosen):
            assert resolution.chosen is not None
            for mention in self.named_at.get(resolution.chosen.entry, [resolution.mention]):
                after = range(mention.end, positions[0]) if mention.end <= positions[0] else None
                # A number before a comma ends what came before it ("tatum over 25, jokic ..."), not his.
                before = range(positions[-1] + 1, mention.start) if positions[-1] < mention.start and not (
                    expr.bare and "," in self.question[expr.end:self.tokens[mention.start].start]) else None
                for gap in (after, before):
                    if gap is not None and all(self._between_name_and_season(p) for p in gap):
                        return index
        return None

    def _title_before_name(self, expr: SeasonExpr, chosen: Sequence[tuple[Resolution, PlayerEntry]]) -> bool:
        """A word of a man, not of a season, right before a player's name: "rookie" or the award ("Rookie Paolo
        Banchero", "the rookie Randy Moss", "Offensive Rookie of the Year Justin Herbert") or a total ("92-goal
        Gretzky")."""
        positions = _positions(self.tokens, expr)
        words = self.question[expr.start:expr.end].lower()
        if not positions or (expr.kind == "rookie" and len(positions) != 1 and not words.endswith("of the year")):
            return False
        return any(mention.start == positions[-1] + 1 for resolution, _ in chosen if resolution.chosen is not None
                   for mention in self.named_at.get(resolution.chosen.entry, [resolution.mention]))

    def _beside_club(self, expr: SeasonExpr) -> bool:
        """A bare number right beside a club's nickname is that club's season ("the 85 bears", "celtics
        of 86"), whether or not the store holds the club's season record."""
        tokens, words = self.tokens, self.ix.teams.words
        positions = _positions(tokens, expr)
        if not positions:
            return False
        after = positions[-1] + 1
        while after < len(tokens) and tokens[after].norm in _CLUB_GAP:
            after += 1
        before = positions[0] - 1
        while before >= 0 and tokens[before].norm in _CLUB_GAP:
            before -= 1
        return (after < len(tokens) and tokens[after].norm in words) or (before >= 0 and tokens[before].norm in words)

    def _between_name_and_season(self, position: int) -> bool:
        """Words that may sit between a player and his season: "in the", and what is asked of him, stat
        or play words and counts ("wilt 50 ppg 62", "jordan dunk contest 88")."""
        norm = self.tokens[position].norm
        return norm in SEASON_GAP or position in self.asked or norm.isdigit()

    def _seasons(self, chosen: Sequence[tuple[Resolution, PlayerEntry]], exprs: Sequence[SeasonExpr],
                 primary: League | None) -> tuple[list[ResolvedPlayer], SeasonSelection]:
        exprs = _ages_compared(exprs, [entry for _, entry in chosen])
        if not any(e.event is not None and e.event.kind == "same" for e in exprs):
            # "Rookie Banchero vs veteran Lowry": a title before a name says who he is, as "veteran" does; a
            # season is asked only where the question names one, or comes back to his ("that same year").
            exprs = [e for e in exprs if not (e.kind == "rookie" and self._title_before_name(e, chosen))]
        # "92-goal Gretzky" is his 92-goal season; "a 50-goal scorer", "3-point shooting" name none.
        exprs = [e for e in exprs if e.event is None or not e.event.title or self._title_before_name(e, chosen)]
        owners = {id(e): self._owner(e, chosen) for e in exprs}
        per_player = len({o for o in owners.values() if o is not None}) >= 2
        named_years = {e.first.year for e in exprs if e.kind == "year" and e.first is not None and not e.bare
                       and owners[id(e)] is None}
        # "Valenzuela rookie season vs Carlton, same year 1981": a year named that his rookie season may be (his first
        # or, after a late call-up that kept him a rookie, his second) is the season it was.
        exprs = [e for e in exprs if not (e.kind == "rookie" and (owner := owners[id(e)]) is not None
                                          and _rookie_years(chosen[owner][1]) & named_years)]
        # "Bijan's rookie year vs Kamara as a vet": a rookie season set against a veteran's is the rookie's alone.
        personal = {id(e) for e in exprs if e.kind == "rookie" and owners[id(e)] is not None} if names_a_veteran(
            self.question) else set()
        shared = [e for e in exprs if (not per_player or owners[id(e)] is None) and id(e) not in personal]
        selections = []
        careers = [entry for _, entry in chosen]
        for index, (_, entry) in enumerate(chosen):
            own = [e for e in exprs if (per_player or id(e) in personal) and owners[id(e)] == index]
            fitted = [_fit_century(e, entry) for e in own or shared]
            selections.append(self._select(fitted, entry.league, entry, careers))
        if any(e.event is not None and e.event.kind == "same" for e in exprs):
            selections = _same_season(selections)
        if chosen and all(sel == selections[0] for sel in selections):
            question = selections[0]
        else:
            question = self._select(shared, primary, None, careers)
            # Seasons asked per player ("Jokic 2022 vs Giannis 2020") set the question's scope, and
            # the question's seasons are all of them together.
            scopes = [sel.scope for sel in selections if sel.scope != "career"]
            if question.scope == "career" and scopes:
                # Careers up to an age are compared over the years from the first one's start to the last one's end.
                question = _union(scopes[0], selections, span=any(e.kind == "through_age" for e in exprs))
        players = [
            self._player(resolution, entry, None if sel == question else sel)
            for (resolution, entry), sel in zip(chosen, selections, strict=True)
        ]
        return players, question

    def _select(self, exprs: Sequence[SeasonExpr], league: League | None, entry: PlayerEntry | None,
                careers: Sequence[PlayerEntry]) -> SeasonSelection:
        named = [SeasonSelection("season", seasons=tuple(seasons)) for e in exprs if e.event is not None
                 and entry is not None and (seasons := self._event_seasons(e.event, entry, careers))]
        exprs = [e for e in exprs if e.event is None]
        first_season = entry.first_season if entry is not None else None
        birth_year = entry.birth_year if entry is not None else None
        if league is None:
            spans = [span for span in self.ix.available.values() if span]
            available = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
            league = _SPLIT_LEAGUE if any(_split(e) for e in exprs) else _NEUTRAL_LEAGUE
        else:
            available = self.ix.available.get(league)
        return combine([*named, *(resolve(e, league, available=available, first_season=first_season,
                                          birth_year=birth_year) for e in exprs)])

    def _event_seasons(self, event: SeasonEvent, entry: PlayerEntry, careers: Sequence[PlayerEntry]) -> list[int]:
        """The seasons of ``entry``'s that an event names ("his MVP year", "his last season with the Bulls")."""
        facts = self.ix.facts
        if event.kind == "award":
            return facts.award_seasons(entry, event)
        if event.kind == "title":
            codes = [code for league, code in self.ix.teams.clubs_of(event.team) if league is entry.league] \
                if event.team else []
            # "won it all with Denver": his titles with that club; a word after "with" no club of his league has
            # ("with his brother") leaves them all.
            within = self.ix.rosters.seasons_with(entry.id, entry.league, codes) if codes else None
            return facts.title_seasons(entry, event.ordinal, within)
        if event.kind == "final_reached":
            return facts.finals_reached(entry, event.ordinal, self._played_for)
        if event.kind == "feat":
            return facts.feat_seasons(entry, event)
        if event.kind == "final":
            return [entry.last_season] if entry.last_season is not None else []
        if event.kind in ("first_with", "last_with") and event.team:
            codes = [code for league, code in self.ix.teams.clubs(event.team) if league is entry.league]
            # No club of his league named ("his first season in the league"): his first or last season at all.
            seasons = (self.ix.rosters.seasons_with(entry.id, entry.league, codes) if codes
                       else [s for s in (entry.first_season, entry.last_season) if s is not None])
            return seasons[:1] if event.kind == "first_with" else seasons[-1:]
        if event.kind == "first_start":
            return list(self.ix.rosters.started(self.ix.names.index_of[entry.id])[:1])
        if event.kind == "nth_season" and event.ordinal is not None:
            return self._career_seasons(entry)[event.ordinal - 1:event.ordinal]
        if event.kind == "after_lockout":
            return after_lockout(entry.league, [e for e in careers if e.league is entry.league])
        if event.kind == "stoppage" and event.stoppage:
            return stopped_season(entry.league, event.stoppage,
                                  [entry, *(e for e in careers if e.league is entry.league and e is not entry)])
        return []  # "that same season": the other player's, set once every player's is read

    def _career_seasons(self, entry: PlayerEntry) -> list[int]:
        """Every season ``entry`` played, in order: his first to his last where he played each (the count of his
        seasons says so), else those the rosters hold him in."""
        first, last = entry.first_season, entry.last_season
        if first is not None and last is not None and entry.seasons == last - first + 1:
            return list(range(first, last + 1))
        return self.ix.rosters.seasons_of(entry.id, entry.league)

    def _played_for(self, entry: PlayerEntry, team: str, season: int) -> bool:
        return self.ix.rosters.played(entry.id, entry.league, team, season)

    # -- output pieces ------------------------------------------------------------------------------

    def _candidate(self, scored: Scored) -> Candidate:
        entry = self.ix.names.entries[scored.entry]
        return Candidate(id=entry.id, name=entry.name, league=entry.league.value, years=entry.years,
                         summary=entry.summary, score=round(scored.score, 4))

    def _player(self, resolution: Resolution, entry: PlayerEntry, own: SeasonSelection | None) -> ResolvedPlayer:
        assert resolution.chosen is not None
        best = resolution.chosen.score
        alternatives = [self._candidate(s) for s in resolution.ranked[1:_MAX_ALTERNATIVES + 1]
                        if s.score >= 0.25 * best]
        return ResolvedPlayer(
            id=entry.id, name=entry.name, league=entry.league.value, confidence=resolution.confidence,
            span=resolution.mention.span, alternatives=alternatives,
            seasons=list(own.seasons) if own and own.seasons else None,
            season_range=own.season_range if own else None,
        )

    def _clarify(self, resolution: Resolution) -> Clarification:
        best = resolution.ranked[0].score
        return Clarification(
            mention=resolution.mention.span,
            candidates=[self._candidate(s) for s in resolution.ranked[:_MAX_CLARIFY] if s.score >= 0.5 * best],
        )

    def _stat_focus(self, focus: FocusCues, players: Sequence[PlayerEntry]) -> list[StatFocus]:
        if not focus.concepts:
            return [] if players else [f for league in focus.leagues for f in role_focus(league, focus.roles(league))]
        found: list[StatFocus] = []
        if players:
            for entry in players:
                asked = focus.roles(entry.league)
                roles: list[Role] = [r for r in asked if r in entry.roles] or list(entry.roles)
                found.extend(focus_for(focus.concepts, entry.league, roles))
        else:
            for league in focus.leagues:
                found.extend(focus_for(focus.concepts, league, focus.roles(league)))
        return list(dict.fromkeys(found))

    # -- what was not understood --------------------------------------------------------------------

    def _unknown_names(self, claimed: set[int], *, has_mentions: bool) -> list[str]:
        """Words typed as names that matched nobody: beside "vs", "or", "than"..., or, in a question naming
        no one, capitalised where the capital is the writer's choice, not a sentence's first word's ("Price of
        a hot dog", "Jordan almonds": English capitalises those whatever they are).

        Adjacent ones make one name ("Aaron Donald"), in a question written with capitals only when all are
        capitalised or none is ("Taylor Swift showing up" names 'Taylor Swift'); team nicknames are not names.
        """
        tokens = self.tokens
        cased = not typed_in_capitals(self.question, tokens)
        name_like = [i for i, token in enumerate(tokens)
                     if i not in claimed and not is_stopword(token.norm) and token.norm.isalpha()
                     and len(token.norm) >= 2 and token.norm not in self.ix.teams.words]
        runs: list[list[int]] = []
        for i in name_like:
            if (runs and runs[-1][-1] == i - 1 and _joined_to_previous(self.question, tokens, i)
                    and not (cased and tokens[i].is_capitalised != tokens[i - 1].is_capitalised)):
                runs[-1].append(i)
            else:
                runs.append([i])
        unknown = []
        for run in runs:
            before = tokens[run[0] - 1].norm if run[0] > 0 else None
            after = tokens[run[-1] + 1].norm if run[-1] + 1 < len(tokens) else None
            beside_connector = before in CONNECTORS or after in CONNECTORS or before == "than"
            # "the real record and I will ...": lower-case everyday words beside "and" are not typed as a name.
            if all(not (cased and tokens[i].is_capitalised) and zipf(tokens[i].norm) >= EVERYDAY for i in run):
                beside_connector = False
            capitalised = cased and any(tokens[i].is_capitalised and not opens_sentence(self.question, tokens, i)
                                        for i in run)
            if beside_connector or (not has_mentions and capitalised):
                unknown.append(self.question[tokens[run[0]].start:tokens[run[-1]].end])
        return unknown

    def _written_as_a_name(self, position: int) -> bool:
        """Whether the writer wrote a word as a name might be: capitalised where the capital is a choice (not
        a sentence's first word, in a question not typed in capitals), a sentence's first word that is no
        everyday word nor a very common one ("Jordan", not "Love", "Price" or "Green tea"), or a word no English word
        list holds ("gretzki")."""
        tokens = self.tokens
        token = tokens[position]
        if not is_english_word(token.norm):
            return True
        if not token.is_capitalised or typed_in_capitals(self.question, tokens):
            return False
        return not opens_sentence(self.question, tokens, position) or not (
            is_everyday_word(token.norm) or zipf(token.norm) >= VERY_COMMON)

    def _unknown_names_error(self, unknown: Sequence[str]) -> ParseError:
        """Why words typed as names name no player: the store has no player by that name, or it has, but the
        question does not place the words as a player's ("Fenway or Wrigley": Zeke Wrigley, or the park?),
        which is not the same thing to tell a fan; the players who hold such a name are suggested first."""
        names = self.ix.names
        holders = {name: names.lookup(fold(name)) for name in unknown}
        held = [name for name, found in holders.items() if found]
        missing = [name for name in unknown if not holders[name]]
        said = [f"no player named {_quoted(missing)} in the stat store"] if missing else []
        if held:
            said.append(f"{_quoted(held)} may not mean a player here (a place or a word too): "
                        "write the player's full name")
        return ParseError(code="unknown-names", message="; ".join(said), suggestions=self._suggested(holders))

    def _suggested(self, holders: Mapping[str, Sequence[Scored]]) -> list[str]:
        """"Did you mean": the players who hold the words as a name, best known first, then those whose names
        are spelt closest to them."""
        names = self.ix.names
        ranked = sorted((s for found in holders.values() for s in found), key=lambda s: -s.score)
        suggestions = [names.entries[s.entry].name for s in ranked] + names.suggest(list(holders))
        return list(dict.fromkeys(suggestions))[:_SUGGESTIONS]

    def _unrecognised(self, claimed: set[int], unknown: list[str]) -> ParsedQuestion:
        if unknown:
            return ParsedQuestion(question=self.question, intent=None, error=self._unknown_names_error(unknown))
        teams = [self.question[t.start:t.end] for t in self.tokens if t.norm in self.ix.teams.words]
        if teams:
            return _rejected(self.question, "nothing-recognised",
                             f"found the teams {_quoted(teams)} but not two with a season the stat store "
                             "has; name both with their seasons, e.g. '96 Bulls vs '16 Warriors")
        # Nothing was placed as a name: a fan is told so, and offered only players close to a word written as a
        # name might be ("gretzki", "Jordan almonds"), never to everyday words ("we had green tea": A.J. Green).
        words = [self.question[t.start:t.end] for i, t in enumerate(self.tokens)
                 if i not in claimed and not is_stopword(t.norm) and t.norm.isalpha() and self._written_as_a_name(i)]
        return _rejected(self.question, "nothing-recognised",
                         "no player named in the question; name players, "
                         "e.g. 'LeBron vs Jordan' or 'Ovi vs Sid in 2008'",
                         self._suggested({word: self.ix.names.lookup(fold(word)) for word in words}))


@dataclass(frozen=True)
class _ClubPosition:
    """A club (its store codes), a season and a position, read together from the question."""

    league: League
    teams: tuple[str, ...]
    seasons: tuple[int, ...]  # one, or each of a span ("in the 60s")
    position: Position
    words: PositionWords
    positions: frozenset[int]
    shares_season: bool = False  # the season said after another club is its own too (see _season_said_last)


def _season_said_last(clubs: list[_ClubPosition], of_history: Collection[int]) -> list[_ClubPosition]:
    """A season said after the last of clubs set against each other, each with a position ("the Bills' quarterback vs
    the Ravens' quarterback in 2024"), is every one's that names none of its own: not the whole history of the
    others."""
    if len(clubs) < 2:
        return clubs
    last = max(clubs, key=lambda club: club.words.start)
    if len(last.seasons) != 1 or min(last.positions) in of_history or max(last.positions) < last.words.end:
        return clubs  # the last club's season is before its position ("the 2004 Red Sox closer"): its own
    return [replace(club, seasons=last.seasons, shares_season=True) if min(club.positions) in of_history else club
            for club in clubs]


def _foreign_stat_reason(entry: PlayerEntry, stats: Sequence[str]) -> str:
    """Why another sport's stat asked of a player ("Ruth's three point percentage") is not answered."""
    asked = " and ".join(stat.replace("_", " ") for stat in stats)
    return (f"{asked} is not a stat of the {entry.league.value.upper()}, where {entry.name} played: "
            f"ask about a stat of his sport")


def _absent_reason(name: str, league: League) -> str:
    holes = [hole.text for hole in LEAGUES[league].known_holes if hole.partial_before is not None or hole.players]
    reason = f"no player named '{name}' in the {league.value.upper()} data"
    return f"{reason} (known hole: {'; '.join(holes)})" if holes else reason


def _split(expr: SeasonExpr) -> bool:
    return any(ref is not None and ref.is_split for ref in (expr.first, expr.last))


def _same_season(selections: Sequence[SeasonSelection]) -> list[SeasonSelection]:
    """"That same season": the seasons every player's own reading shares (Snell's and deGrom's Cy Young years
    meet in 2018), else the first player's; a player who named none of his own takes them."""
    named = [set(sel.seasons) for sel in selections if sel.seasons]
    if not named:
        return list(selections)
    shared = set.intersection(*named) or named[0]
    same = SeasonSelection("season", seasons=tuple(sorted(shared)))
    return [same if not sel.seasons or shared <= set(sel.seasons) else sel for sel in selections]


# What someone from a place is called ("St. Louis kid", "Chicago born").
# Comparatives and superlatives that rank the members of a group ("the better Brewer", "the best Yankee").
_RANKING_ADJECTIVES = frozenset({"better", "best", "worse", "worst", "greater", "favorite", "favourite", "top"})
_FROM_A_PLACE = frozenset({"kid", "kids", "native", "natives", "born", "boy", "boys", "girl", "product", "raised",
                           "bred", "guy", "local"})
_SET_ASIDE = re.compile(r"\b(?:besides|except(?:\s+for)?|other\s+than|aside\s+from|apart\s+from|excluding|"
                        r"not\s+counting|outside\s+of)\s+$", re.IGNORECASE)


def _ages_compared(exprs: Sequence[SeasonExpr], players: Sequence[PlayerEntry]) -> list[SeasonExpr]:
    """The ages a question compares players at: "LeBron at 25 vs Kobe at 25" (an age said of each), "through age 30,
    Durant vs Anthony" (careers up to it). An age said once ("ovi still got it at 38", "threw harder at 44 than these
    kids do at 24") tells how old, as does one beside a year named ("in 1987 ... at age 40"); and where a player's birth
    year is unknown no one is compared at an age, for the comparison is at the same one."""
    ages = [e for e in exprs if e.kind in ("age", "through_age")]
    compared = (len(players) >= 2 and len([e for e in ages if e.kind == "age"]) >= 2) or any(
        e.kind == "through_age" for e in ages)
    if ages and (not compared or any(p.birth_year is None for p in players)
                 or any(e.kind in ("year", "range") and not e.bare for e in exprs)):
        return [e for e in exprs if e not in ages]
    return list(exprs)


def _rookie_years(entry: PlayerEntry) -> set[int]:
    return set() if entry.first_season is None else {entry.first_season, entry.first_season + 1}


def _union(scope: Scope, selections: Sequence[SeasonSelection], *, span: bool = False) -> SeasonSelection:
    """Every season the selections name, as one range when they join up or ``span`` asks ("through age 25, Trout vs
    Mantle" spans Mantle's first season to Trout's age-25 one), else as a list."""
    years: set[int] = set()
    for selection in selections:
        years.update(selection.seasons or ())
        if selection.season_range:
            years.update(range(selection.season_range[0], selection.season_range[1] + 1))
    if not years:
        return SeasonSelection(scope)
    ordered = sorted(years)
    if scope == "range" and (span or ordered[-1] - ordered[0] + 1 == len(ordered)):
        return SeasonSelection(scope, season_range=(ordered[0], ordered[-1]))
    return SeasonSelection(scope, seasons=tuple(ordered))


def _in_century(expr: SeasonExpr, entry: PlayerEntry) -> SeasonExpr | None:
    """A two-digit year or decade in the century the player's career makes possible ("ruth in the 20s"
    is the 1920s, "ohtani in the 20s" the 2020s; "ted williams 41" is 1941); None when in neither."""
    if not expr.two_digit or entry.first_season is None or entry.last_season is None:
        return expr
    first, last = entry.first_season - 1, entry.last_season + 1

    def overlaps(candidate: SeasonExpr) -> bool:
        low = (candidate.first or candidate.last)
        high = (candidate.last or candidate.first)
        return low is not None and high is not None and low.year <= last and high.year >= first

    for years in (0, -100, 100):
        if overlaps(moved := expr.shifted(years)):
            return moved
    return None


def _fit_century(expr: SeasonExpr, entry: PlayerEntry) -> SeasonExpr:
    return _in_century(expr, entry) or expr


def _fits_career(expr: SeasonExpr, entry: PlayerEntry) -> bool:
    """A two-digit number that no century puts in the career of a player named is a count, an age or a
    score ("kobe 81", "russell 11 rings", "ryan at 44", "50 in 50"), not a season of his."""
    return _in_century(expr, entry) is not None


def _award_names(text: str, tokens: Sequence[Token], mentions: Sequence[Mention]) -> list[AwardName]:
    """The award names in the question that name the award, not the player ("Koufax Cy Young 1965")."""
    awards = find_award_names(tokens)
    if not awards:
        return []

    def outside(mention: Mention) -> bool:
        return not any(_within_award(tokens, a, mention) for a in awards)

    def owns(award: AwardName) -> bool:
        last = tokens[award.end - 1]
        return text[last.end:last.end + 2].lower() in ("'s", "’s")

    another_player = any(outside(m) for m in mentions)
    return [a for a in awards if names_the_award(tokens, a, another_player=another_player, owns=owns(a))]


def _within_award(tokens: Sequence[Token], award: AwardName, mention: Mention) -> bool:
    """A mention in an award's name, or in it and the "the" before it: "the Rocket" of "the Rocket Richard futures
    bet" is the nickname's words, not Maurice Richard."""
    the_before = award.start > 0 and tokens[award.start - 1].norm == "the"
    return award.start - the_before <= mention.start and mention.end <= award.end


# Words fans call any club by ("the franchise", "the organization").
_CLUB_NOUNS = frozenset({"franchise", "organization", "organisation", "club", "team", "squad"})
# Words between "season" and the span that qualifies it ("season since like 2001", "season in the last decade").
_POOL_FILLER = frozenset({"like", "in", "the", "over", "of", "during"})


def _pool_of_seasons(tokens: Sequence[Token], expr: SeasonExpr) -> bool:
    """A span qualifying the word "season" ("the best clean season since 2001", "any WR season in the last decade"),
    in a question that names a season outright ("Judge's 2022"): the seasons the named one is ranked among, not
    seasons asked of a player."""
    before = min(_positions(tokens, expr), default=0) - 1
    if expr.kind == "year":  # "since like 2001": a year after "since" is a span too
        while before >= 0 and tokens[before].norm == "like":
            before -= 1
        if before < 0 or tokens[before].norm != "since":
            return False
        before -= 1
    elif expr.kind not in ("since", "last_n"):
        return False
    while before >= 0 and tokens[before].norm in _POOL_FILLER:
        before -= 1
    return before >= 0 and tokens[before].norm in ("season", "seasons")


def _beside_athlete(tokens: Sequence[Token], mention: Mention, athletes: Collection[int]) -> bool:
    """A lone surname joined to another sport's athlete ("haaland vs kane", "taurasi or bird") is of that
    sport: the store's namesake is not who the question means."""
    if mention.end - mention.start != 1 or mention.candidates[0].kind is not MatchKind.SURNAME:
        return False
    before, after = mention.start - 1, mention.end
    return (before >= 1 and tokens[before].norm in CONNECTORS and before - 1 in athletes) or (
        after + 1 < len(tokens) and tokens[after].norm in CONNECTORS and after + 1 in athletes)


def _joined_to_previous(text: str, tokens: Sequence[Token], i: int) -> bool:
    return not text[tokens[i - 1].end:tokens[i].start].strip(" -'.")


def _quoted(words: Sequence[str]) -> str:
    return ", ".join(f"'{w}'" for w in dict.fromkeys(words))


def _distinct(resolutions: Sequence[Resolution]) -> list[Resolution]:
    """Drop a later mention of a player already named ("Michael Jordan ... Jordan")."""
    seen: set[int] = set()
    kept = []
    for resolution in resolutions:
        if resolution.chosen is not None:
            if resolution.chosen.entry in seen:
                continue
            seen.add(resolution.chosen.entry)
        kept.append(resolution)
    return kept
