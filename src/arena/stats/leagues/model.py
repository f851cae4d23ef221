"""What a league is, as types: its stat groups and rates, who qualifies for a rate title, how its seasons
are numbered, its awards, club nicknames and question vocabulary. The values live in one module per league."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

StatLine = dict[str, float | None]

# A player's role within his league, for reading a question ("quarterback", "goalie"); "any" is every role.
Role = Literal["any", "qb", "rb", "wr", "batter", "pitcher", "skater", "goalie"]

# A stat focus: (group, key) pairs in the order a question's concept prefers them.
FocusPairs = tuple[tuple[str, str], ...]
# Per stat concept, the stats it means for each role, each role reading one stat group (see concept_table).
ConceptStats = Mapping[str, Mapping[Role, tuple[str, ...]]]
# A one-line career summary: a template and the (group, key, decimals) it shows.
Brief = tuple[str, tuple[tuple[str, str, int], ...]]


class League(StrEnum):
    """The leagues Arena holds; each has one :class:`LeagueSpec` in :data:`arena.stats.leagues.LEAGUES`."""

    NBA = "nba"
    NFL = "nfl"
    MLB = "mlb"
    NHL = "nhl"


@dataclass(frozen=True)
class Rate:
    """A stat computed from counting stats.

    ``required`` components must all be recorded in a row for it to count; ``optional`` ones count as 0
    when unrecorded (HBP and SF in OBP, as the reference sites do). ``bounds`` pair a required component
    with the count that caps it (completions: at most the attempts), so a row lacking the component still
    has a best possible value (see :func:`arena.stats.qualifying.best_possible`). ``parts``, for a plain
    quotient of two counts: what it counts and what it is taken over (three-pointers made, attempts), the
    volume a rate produced and the sample behind it.
    """

    key: str
    label: str
    required: tuple[str, ...]
    compute: Callable[[Mapping[str, float]], float | None]
    optional: tuple[str, ...] = ()
    higher_is_better: bool = True
    decimals: int = 1
    bounds: tuple[tuple[str, str], ...] = ()
    parts: tuple[str, str] | None = None


@dataclass(frozen=True)
class StatGroup:
    league: League
    name: str
    counts: tuple[str, ...]
    rates: tuple[Rate, ...]
    labels: Mapping[str, str] = field(default_factory=dict)
    # Counting stats where fewer is better (turnovers, interceptions, earned runs...).
    lower_is_better: frozenset[str] = frozenset()

    @property
    def keys(self) -> tuple[str, ...]:
        return self.counts + tuple(r.key for r in self.rates)

    def rate(self, key: str) -> Rate | None:
        for r in self.rates:
            if r.key == key:
                return r
        return None

    def label(self, key: str) -> str:
        r = self.rate(key)
        if r is not None:
            return r.label
        return self.labels.get(key, key.replace("_", " "))

    def is_higher_better(self, key: str) -> bool:
        r = self.rate(key)
        if r is not None:
            return r.higher_is_better
        return key not in self.lower_is_better


@dataclass(frozen=True)
class Qualifier:
    """Who qualifies for a rate title, as the record books rule it: at least ``per_team_game`` of ``key`` for
    each game his team played (58 of 82 NBA games, 3.1 plate appearances a game), so a 50-game lockout season
    asks proportionally less; or, where the books allow it, ``alternative``: (key, per team game), as in
    "58 games or 1,400 points". Over several seasons the minimum is capped at ``cap``. ``per_team_game``
    None is a fixed minimum of ``cap`` (a caller's explicit "at least 20 games").
    """

    key: str
    per_team_game: float | None
    cap: float
    alternative: tuple[str, float] | None = None
    # The counts ``key`` sums, where it is not stored itself (plate appearances: AB + BB + HBP + SF).
    parts: tuple[str, ...] = ()
    # Where the books let a player short of the minimum win a season's title if he still leads with the
    # missing amount added as empty ones (MLB rule 9.22(a): hitless at bats; the NBA's: scoreless games),
    # the count they are added to.
    shortfall: str | None = None
    # Whether the minimum is a share of the season's schedule (its longest, as "60% of the scheduled
    # games" of MLB before 1920 asks) rather than of the games his own team played.
    of_schedule: bool = False

    def amount(self, line: Mapping[str, float | None], key: str | None = None) -> float:
        """``key`` (default: the qualifying stat) in ``line``, summed from its parts where it has them."""
        key = key or self.key
        parts = self.parts if key == self.key and self.parts else (key,)
        return sum(line.get(part) or 0.0 for part in parts)

    @classmethod
    def fixed(cls, key: str, minimum: float) -> Qualifier:
        return cls(key, None, minimum)

    def missing(self, line: Mapping[str, float | None], team_games: float) -> float:
        """How much of the qualifying stat ``line`` lacks over ``team_games`` (0 when it qualifies)."""
        return 0.0 if self.is_met(line, team_games) else max(0.0, self.minimum(team_games) - self.amount(line))

    def minimum(self, team_games: float) -> float:
        """The minimum over ``team_games``, a whole number as the record books state it, rounded to the
        nearest (502 plate appearances in 162 games; 183 field goals and 76 free throws in the 50 games
        of 1998-99, 241 field goals in the 66 of 2011-12)."""
        if self.per_team_game is None:
            return self.cap
        return min(self.cap, _whole(self.per_team_game * team_games))

    def is_met(self, line: Mapping[str, float | None], team_games: float) -> bool:
        """Whether ``line`` (one season or summed seasons) qualifies over ``team_games`` of his team."""
        if self.amount(line) >= self.minimum(team_games) - 1e-9:
            return True
        if self.alternative is None or self.per_team_game is None:
            return False
        key, per_game = self.alternative
        return self.amount(line, key) >= min(self.cap * per_game / self.per_team_game, _whole(per_game * team_games))


def _whole(amount: float) -> float:
    """``amount`` rounded to the nearest whole number, halves up."""
    return float(math.floor(amount + 0.5 + 1e-9))


def concept_table(role_groups: Mapping[Role, str], table: ConceptStats) -> dict[str, dict[Role, FocusPairs]]:
    """A :attr:`LeagueSpec.concepts` table for a league whose roles each read one stat group (``role_groups``:
    the skater's ``"skating"``): ``table`` names each concept's stats per role, paired here with the group."""
    return {concept: {role: tuple((role_groups[role], key) for key in keys) for role, keys in by_role.items()}
            for concept, by_role in table.items()}


def first_recorded(_positions: tuple[str, ...], recorded: Mapping[str, StatLine]) -> str:
    return next(iter(recorded))


def every_role(_positions: frozenset[str], _career: Mapping[str, StatLine]) -> tuple[Role, ...]:
    return ("any",)


# (positions, groups with data) -> the group a player is judged in; (positions, career) -> his roles.
JudgedGroup = Callable[[tuple[str, ...], Mapping[str, StatLine]], str]
RolesOf = Callable[[frozenset[str], Mapping[str, StatLine]], tuple[Role, ...]]
EraIndex = Callable[[StatLine, StatLine, StatLine], float | None]


@dataclass(frozen=True)
class EraSpec:
    """A league-relative index of one stat: the player's figure as a multiple of the league's that season
    (1 = level), or 100 times it for the "+" stats (OPS+, ERA+).

    ``index(player_line, league_line, league_per_player_game)`` gives a season's index; a career's is
    the seasons' indexes weighted by ``weight_key`` (games, attempts, outs).
    """

    stat: str
    weight_key: str
    index: EraIndex


@dataclass(frozen=True)
class Yardsticks:
    """The stats a debate measures a group's players on."""

    totals: tuple[str, ...]
    per_game: tuple[str, ...]
    efficiency: tuple[str, ...]
    peak: str  # the stat of a best season and best three-season stretch
    lead: tuple[str, ...]  # seasons leading the league / in its top five
    volume: str  # a counting stat for ranks and percentiles across positions and sports
    era: tuple[EraSpec, ...]
    # League-relative indexes of stats a question may ask about (an all-around player's rebounds and
    # assists), measured only when it does: they join the stat in question, not every debate's era criterion.
    focus_era: tuple[EraSpec, ...] = ()
    # Other stats whose league titles count where a contender won one: a player's case includes the titles
    # in every stat he led (Wilt Chamberlain's eleven rebounding titles beside his seven scoring ones).
    titles: tuple[str, ...] = ()
    # Another group's volume that is part of the position's production where a contender has much of it
    # (group, key): a running back's receiving yards (Marshall Faulk), a quarterback's rushing yards (Vick).
    secondary: tuple[tuple[str, str], ...] = ()
    # The group's own totals that are part of the production judged only where some contender's is at least the
    # given share of his ``volume`` (key, share): a base stealer's stolen bases (Rickey Henderson's 1,406 to his
    # 3,055 hits), not a slugger's occasional steal (Babe Ruth's 123 to 2,873).
    game_totals: tuple[tuple[str, float], ...] = ()
    # The totals of a player who did the group's work in relief (see LeagueSpec.relief_group), in place of
    # ``totals``: a closer's saves, not the wins a starter's innings earn (Hoffman's 601 saves to Smith's 478,
    # where Smith's 71 wins to 61 had made his case).
    relief_totals: tuple[str, ...] = ()


@dataclass(frozen=True)
class RookieRule:
    """Who may still win the league's rookie award in a season, judged on what the store holds of his earlier
    seasons in any major league (this one's and, for the NHL, the WHA's). He is no rookie from the season
    after he played more than ``season_limit`` of ``count`` in one season, more than ``two_season_limit`` in
    each of two, or more than a ``career_limits`` (group, key, limit) over all of them; and, from the season
    ``age_limit`` names, once he has turned its age by September 15 of the season's first year (only where his
    birth year makes that certain). Each limit applies from season ``since``; a part of a league's rule the
    store cannot check (MLB's 45 days on a roster) is left out, so the rule may call a player a rookie who was
    not, never the reverse."""

    count: str = "games"
    season_limit: float | None = None
    two_season_limit: float | None = None
    career_limits: tuple[tuple[str, str, float], ...] = ()
    age_limit: tuple[int, int] | None = None  # (age, first season it applies)
    since: int = 0


@dataclass(frozen=True)
class TitleExclusion:
    """A player the record books leave out of one season's rate title although he met its rule as Arena
    applies it (Melky Cabrera asked to be removed from the 2012 NL batting race), with the public
    ``reference`` that says so. ``competition`` None: every competition of the season."""

    season: int
    stat: str
    player_id: str
    reference: str
    competition: str | None = None


@dataclass(frozen=True)
class PositionSpec:
    """A position or a role as fans name it ("quarterback, qb, signal caller", "closer"), the store's position
    codes it covers and the stat group its players are measured in.

    ``volume``: the stats that say who filled the role, the first a season records (a closer's saves; starts,
    else minutes before starts were kept); empty, the group's yardstick volume. ``stored`` False: the store
    does not record who held it (a captaincy), so the club's leading players by that volume are asked back.
    """

    words: str
    codes: frozenset[str]
    group: str
    volume: tuple[str, ...] = ()
    stored: bool = True

    @property
    def phrases(self) -> tuple[str, ...]:
        return tuple(self.words.split(", "))


@dataclass(frozen=True)
class KnownHole:
    """Seasons or figures missing from every source of a league, as ``arena data status`` lists them.

    ``group`` and ``after`` say, where the hole is a stat group's seasons after a season (NHL goalies
    after 2017-18), that a career of that group reaching ``after`` may go on where no source follows it;
    its figures are then labelled with the seasons they cover (see :mod:`arena.stats.coverage`).
    ``resumes``: the season a source holds the group again, where the hole ends (NFL defense 2017-2023,
    with 2024's totals after it): a career across the hole lacks its seasons, and one first seen then may
    have begun inside it.
    ``partial_groups`` and ``partial_before`` say which leaders lists the hole leaves incomplete: every
    season of those stat groups, and every group's seasons before that one (players absent from every file).
    ``before``: the first season of the sources that cover every player (NFL 1970), so a career whose first
    season it is may have begun earlier where no source reaches (John Brodie, 1957-1973, is seen from 1970).
    """

    text: str
    group: str | None = None
    after: int | None = None
    resumes: int | None = None
    partial_groups: frozenset[str] = frozenset()
    # The last season ``partial_groups``' lists lack players (None: every season): NFL.com's pages, the NFL's
    # only defense and kicking source to 2016, lack some; 2024's totals hold every player.
    partial_groups_through: int | None = None
    partial_before: int | None = None
    before: int | None = None
    # Seasons whose figures the hole leaves out for every player (the NFL's 2024 attempts and games): a
    # leaders list over a range that includes one names the hole.
    partial_seasons: frozenset[int] = frozenset()
    # Well-known players the hole leaves out, by name as fans write them: a question naming one is told so
    # (the parser's not-covered answer), rather than given the nearest namesakes the store holds.
    players: tuple[str, ...] = ()
    # Rates a season's leader of which the hole can leave unnamed (a qualified player lacks a component and
    # could have led: the NFL's completion percentage of 1994), in those seasons: the empty list says why.
    unranked_rates: frozenset[str] = frozenset()
    unranked_seasons: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Trophy:
    """One trophy a question may ask about by name ("who has more Vezina Trophies"), counted apart from the
    award class it is weighed in (the NHL's major trophies): ``award`` as the store names it, ``label`` as a
    count of it reads, ``first_season`` the first season it was given (a career before it had no chance at
    it), ``words`` the phrases that name it (a bare name that is a player's too, Ted Lindsay, is not one),
    ``role`` the role it honours where no figure of the store measures that role ("sixth man": a question
    "as a sixth man" asks about it)."""

    award: str
    label: str
    first_season: int
    words: tuple[str, ...]
    role: str | None = None

    @property
    def key(self) -> str:
        """The trophy's stat key in a debate's facts (``awards:art_ross``)."""
        return self.award.replace(" ", "_")


@dataclass(frozen=True)
class ShortSeason:
    """A season a strike, lockout or pandemic cut short of its league's schedule: ``cause`` as "cut short by
    ..." ends ("a players' strike"), and the games each club played with replacement players, not its own
    (the NFL's 1987: 3 of its 15)."""

    cause: str
    replacement_games: int = 0


STRIKE = ShortSeason("a players' strike")
LOCKOUT = ShortSeason("a lockout")
PANDEMIC = ShortSeason("the coronavirus pandemic")


@dataclass(frozen=True)
class LeagueSpec:
    """Everything Arena knows about one league, read by the importers, the catalogue, the parser and
    the debate.

    ``groups`` are the stat groups in catalogue order, each with its rate-title ``qualifiers`` (scaled to
each season's schedule, see :mod:`arena.stats.schedule`) and its
    debate ``yardsticks`` (keyed by group name). ``counted_competitions`` are the competitions whose
    rows count towards the league's figures. ``season_ends_in_year``: seasons are numbered by the year
    they end and labelled "2015-16" (NBA, NHL), else by the year they are played. ``awards`` maps each
    award name the importer stores to its class (mvp, major, all_league...); ``awards_through`` is the
    last season the award data covers (None: the sources have no awards); ``award_class_labels`` says
    how a class reads in this league where it differs ("Hart Trophies").
    """

    league: League
    label: str
    groups: tuple[StatGroup, ...]
    qualifiers: Mapping[str, Qualifier]
    yardsticks: Mapping[str, Yardsticks]
    counted_competitions: frozenset[str]
    season_ends_in_year: bool
    # What a ranking question that names no stat ranks by, and the stats that measure a career's volume.
    default_ranking: tuple[str, str]
    volume_stats: FocusPairs
    # The stats that measure a career in a group of players no ``volume_stats`` measures (NFL defense: sacks,
    # interceptions, tackles): its players are ranked among themselves, and a player's standing there is worth
    # what the same standing is among the league's other players (see arena.nlu.entries).
    apart_volume_stats: FocusPairs = ()
    # How the field its leaders are ranked in is named, where "the league" would mislead ("his league").
    leaders_field: str | None = None
    # Whether a season's titles are won within each competition (MLB's AL and NL), not league-wide.
    titles_per_competition: bool = False
    # The months a season's games run from and to, its final included, where it runs into the next calendar year
    # (the NFL's September to February): a game's month and year say which season it was ("January 1979" is the
    # NFL's 1978). None: a season is played within its calendar year.
    season_months: tuple[int, int] | None = None
    # The season of a player's age N is his birth year + N + this. Each league's reference site counts ages on one
    # day (Baseball-Reference on 30 June, Basketball- and Hockey-Reference on 1 February of the year a season is
    # numbered by), and the store keeps only the year of birth: the season of age N is the one where most players,
    # born after that day, are N (births after 30 June are 53% of the Lahman register, after 1 February 92%). The
    # NFL's birth year is already the season less Pro-Football-Reference's age on 31 December (0).
    age_season_offset: int = 1
    # Rate titles with a minimum of their own rather than the group's (the NBA's shooting percentages ask
    # made shots, not games), per stat: (first season the rule applies, rule), oldest first. A single
    # season before the first, and a range of seasons, keep the group's rule.
    stat_qualifiers: Mapping[str, tuple[tuple[int, Qualifier], ...]] = field(default_factory=dict)
    # Over a range of seasons, a stat's own rule where the record books give one for careers (Basketball-
    # Reference's career leaders: 2,000 field goals for field-goal percentage), asked in proportion to the
    # range's schedule up to that cap, as the group rules are; a stat without one keeps the group's rule.
    range_qualifiers: Mapping[str, Qualifier] = field(default_factory=dict)
    # The first season a per-game title went to the best per-game figure; before it the record books
    # gave it to the most in total (the NBA's scoring, rebounding and assists titles before 1969-70), so
    # a season's per-game leaders are ranked by the total and need no minimum.
    per_game_titles_since: int | None = None
    # Players the record books leave out of a season's rate title (see TitleExclusion).
    title_exclusions: tuple[TitleExclusion, ...] = ()
    # The league's lockouts (its own history): the season each one hit, and whether it cancelled that season
    # (the NHL's 2004-05) or only shortened it; the one a fan's "the year after the lockout" may mean.
    lockouts: tuple[tuple[int, bool], ...] = ()
    # Seasons fans name by what stopped or moved them ("the strike year", "the bubble year"), by that word.
    stoppages: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # Every season a strike, lockout or pandemic cut short, played (a cancelled one is in ``lockouts`` alone):
    # a debate judged on one says so and why, however little shorter its schedule (the NFL's 1987, 15 of 16).
    short_seasons: Mapping[int, ShortSeason] = field(default_factory=dict)
    awards: Mapping[str, str] = field(default_factory=dict)
    awards_through: int | None = None
    award_class_labels: Mapping[str, str] = field(default_factory=dict)
    # Award classes that honour one role's play, with the stats that role is measured by: a question about
    # the role (all of those stats) weighs them as the stat in question, as the record books judge it.
    role_awards: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # The first season each award class could be won (the Cy Young from 1956): a career that began before
    # it cannot be compared on it fairly.
    award_classes_since: Mapping[str, int] = field(default_factory=dict)
    # The first season the league kept a stat as an official one (by key, per-game forms included): a season
    # before it has none on record, and a career begun before it is counted only from then (the NFL's sacks
    # from 1982; Pro-Football-Reference's and the NFL's record books count them so).
    stats_kept_since: Mapping[str, int] = field(default_factory=dict)
    # The first season an award class was given, where the data's ``award_classes_since`` is only where its
    # source begins (the AP MVP from 1957, the curated table from 1970): a debate says the data's start is not
    # the award's, so a career before it is not said to predate the award.
    award_classes_first_given: Mapping[str, int] = field(default_factory=dict)
    # The first season an award class was given, where ``award_classes_since`` is the first it was given every
    # season (MLB's MVP from 1911, every season only from 1931): a season between them had one, so it is not
    # said to have come before the award.
    award_classes_given_irregularly_from: Mapping[str, int] = field(default_factory=dict)
    # The last season an award class is held where the sources stop before ``awards_through`` (the NHL's
    # All-Star teams end with the Hockey Databank's 2017-18): a career running past it cannot be compared
    # on it fairly, since its later selections are missing, not unwon.
    award_classes_through: Mapping[str, int] = field(default_factory=dict)
    # Seasons in which an award class was not given at all (MLB named no All-Stars in 2020): a single such
    # season has no count of it to compare, and "none" would read as not chosen.
    award_seasons_not_given: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # Trophies a question may ask about by name, each counted apart from its class (see Trophy).
    trophies: tuple[Trophy, ...] = ()
    # Who is still a rookie (see RookieRule); a season in another major league the store holds before his
    # first in this one rules him out in every league (ABA veterans were no NBA rookies, WHA ones no Calder
    # candidates).
    rookie_rule: RookieRule = RookieRule()
    # Seasons after a player's last before he is eligible for the Hall of Fame.
    hall_of_fame_wait: int = 5
    # How a count of the league's titles reads ("Stanley Cups"), and the question words that mean them
    # beyond the ones every league shares ("rings", "titles", "playoffs": see arena.debate.plan).
    titles_label: str = "championships"
    # The words naming one of the competitions a season's leaders are ranked within ("the AL"), as a fan
    # writes them, to the competition: an all-capitals word is read only in capitals ("AL", not "Al").
    competition_words: Mapping[str, str] = field(default_factory=dict)
    # The last season whose champions the store can credit to players (None: every season it holds): the
    # NHL's player seasons after 2017-18 have no clubs (ESPN's totals), so no later Cup is anyone's, and a
    # count of titles over seasons past it is no count of his.
    titles_credited_through: int | None = None
    # Each title's round as a fan names it in a record ("NBA Finals: 6-0"); a title not listed is named as
    # the store names it.
    title_rounds: Mapping[str, str] = field(default_factory=dict)
    # A title is credited to a player who finished the season with the champion and played at least this
    # share of its regular-season games, or who played in that postseason where the source records it: a
    # call-up of three games is not a champion (Beliveau's 1952-53 Montreal), a rookie goalie who joined
    # late and won the Cup in the playoffs is (Dryden's 1970-71). MLB's is lower: a starter pitches in about
    # a fifth of his club's games, a regular reliever in a third.
    title_games_share: float = 0.1
    # Where the source records who played the postseason, a player in his first season who did not play in
    # it needs this share instead, as the NHL engraves the Cup (41 of 82 games): he was a call-up, back in
    # the minors by then (Terry Sawchuk's 7 games of 1949-50).
    call_up_title_share: float = 0.5
    # Where the source records who played the postseason, a player past his first season who did not play
    # in it needs this share (None: ``title_games_share``): MLB's low share is for pitchers' games, so one
    # who missed the Series needs a regular's part of the season (Reggie Jackson's 135 games of 1972, hurt
    # in the playoffs), not a spring's (Lou Gehrig's 8 games of 1939, retired in May).
    absent_title_share: float | None = None
    title_words: frozenset[str] = frozenset()
    # Club nicknames: fans' short forms (short -> the nickname's last word) and nicknames that are team
    # words even without a team season in the store. ``team_priority`` breaks a tie when one nickname and
    # year name a club season in several leagues (lower wins).
    nickname_short_forms: Mapping[str, str] = field(default_factory=dict)
    team_words: frozenset[str] = frozenset()
    team_priority: int = 0
    # Question vocabulary: league and position words per role (comma-separated phrases), and per stat
    # concept the (group, key) pairs it means for each role, in the order a two-way player's roles are tried.
    cues: Mapping[Role, str] = field(default_factory=dict)
    concepts: Mapping[str, Mapping[Role, FocusPairs]] = field(default_factory=dict)
    # The stat group a position's players are measured in: "best goalie of the 90s" ranks goaltenders by
    # that group's yardstick volume (wins), not the league's default ranking (skaters' points).
    role_groups: Mapping[Role, str] = field(default_factory=dict)
    # A player's roles (upper-case position codes and career lines; the main role first), the group his
    # debate judges him in (one of those with data), and his summary line per role (the first for others).
    roles_of: RolesOf = every_role
    # A player's roles in one season, where the league reads a season apart from a career (MLB's two-way
    # player); None: as ``roles_of`` reads that season's lines.
    season_roles_of: RolesOf | None = None
    judged_group: JudgedGroup = first_recorded
    briefs: Mapping[Role, Brief] = field(default_factory=dict)
    # What no source of the league has (seasons, stats, players), one line each.
    known_holes: tuple[KnownHole, ...] = ()
    # The stat group whose players divide into starters and relievers by games started (MLB's pitching): a
    # quarterback's or goalie's starts say who played, not a different job.
    relief_group: str | None = None
    # The positions fans name a club's player by ("the 85 bears qb"), read by the parser.
    positions: tuple[PositionSpec, ...] = ()
    # Where the store holds no team seasons (the NFL): each club nickname's team codes, with the first and
    # last season each code was the club's (relocations), so "the 85 bears" finds Chicago's rows.
    club_codes: Mapping[str, tuple[tuple[str, int, int], ...]] = field(default_factory=dict)

    def kept_since(self, key: str) -> int | None:
        """The first season the league kept ``key`` (or the stat its per-game form divides) as an official stat,
        None where it kept it from its first (see ``stats_kept_since``)."""
        return self.stats_kept_since.get(key.removesuffix("_per_game"))

    def never_played(self, first: int, last: int) -> bool:
        """Whether lockouts cancelled every season from ``first`` to ``last`` (the NHL's 2004-05)."""
        return set(range(first, last + 1)) <= {season for season, whole in self.lockouts if whole}

    @property
    def award_classes_held(self) -> frozenset[str]:
        """The award classes this league's data can hold (a basketball tale of the tape has no Cy Young)."""
        return frozenset(self.awards.values())

    def position_volume(self, position: PositionSpec) -> tuple[str, ...]:
        """The stats that say who filled ``position`` (the first a season records): its own, else its group's
        yardstick volume."""
        return position.volume or (self.yardsticks[position.group].volume,)

    @property
    def roster_volumes(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Each stat group's volumes a club's players are ranked by: its positions' (their own, else the group's
        yardstick volume), and the yardstick volume of a group no position is measured in (who played for a
        club: a kicker too)."""
        found: dict[str, dict[tuple[str, ...], None]] = {group: {} for group in self.yardsticks}
        for position in self.positions:
            found[position.group][self.position_volume(position)] = None
        return {group: tuple(volumes) or ((self.yardsticks[group].volume,),) for group, volumes in found.items()}
