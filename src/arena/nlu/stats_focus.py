"""What aspect of play a question is about: stat words mapped to the store's groups and keys.

A phrase ("goal scorer", "strikeouts") names a concept; the concept maps, per league and per role
(a pitcher or a batter, a goalie or a skater, a quarterback, a rusher or a receiver), to
:mod:`arena.stats.catalog` group and key pairs, as each league's module in :mod:`arena.stats.leagues`
lists them. League and position words ("NHL", "quarterback") are
read here too: they set the league and role of a ranking question that names no player.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from arena.nlu.model import StatFocus
from arena.nlu.text import Token
from arena.stats import LEAGUES, FocusPairs, League, Role

__all__ = ["FocusCues", "Role", "catalogue_pairs", "concept_of", "focus_for", "read_focus", "role_focus"]

_Mapping = dict[tuple[League, Role], FocusPairs]


def _gather_concepts() -> dict[str, _Mapping]:
    """concept -> {(league, role): [(group, key), ...]} from every league's vocabulary; role "any" applies
    to every role of the league."""
    concepts: dict[str, _Mapping] = {}
    for spec in LEAGUES.values():
        for concept, by_role in spec.concepts.items():
            concepts.setdefault(concept, {}).update({(spec.league, role): pairs for role, pairs in by_role.items()})
    return concepts


_CONCEPTS = _gather_concepts()

_PHRASE_LISTS: dict[str, str] = {
    "scoring": "scoring, scorer, scorers, score, scores, scored, bucket getter, buckets, offense, offensive",
    "points": "points, pts",
    "points_per_game": "ppg, points per game, point per game",
    "goals": "goals, goal, goal scorer, goal scorers, goalscorer, goalscorers, goal scoring, sniper, snipers",
    "assists": "assists, assist, apg, playmaking, playmaker, playmakers, dimes",
    "rebounding": "rebounds, rebound, rebounding, rebounder, rebounders, boards, rpg",
    "all_around": "all around, all around player, all around game, well rounded, complete player, stat stuffer",
    "blocks": "blocks, blocked shots, shot blocking, shot blocker, shot blockers, rim protection, bpg, "
               "block shots, blocks shots, blocking shots, blocked",
    "steals": "steals, steal, stolen bases, stolen base, spg, stole bases, steal bases, steals bases, stealing bases, "
              "stole",
    "three_point": "threes, three pointers, three pointer, 3 pointers, 3 point, three point, 3pt, from three",
    "free_throws": "free throws, free throw, ft",
    # "3P%" reads as "3p pct": a percent sign right after a word adds "pct" (see read_focus).
    "three_point_pct": "three point percentage, 3 point percentage, three point pct, 3 point pct, 3p pct, 3pt pct, "
                       "3p percentage, 3pt percentage, three point shooting percentage",
    "field_goal_pct": "field goal percentage, field goal pct, fg pct, fg percentage",
    "free_throw_pct": "free throw percentage, free throw pct, ft pct, ft percentage",
    "shooting": "shooting, shooter, shooters, shot making",
    "efficiency": "efficiency, efficient, true shooting, ts",
    "defense": "defense, defence, defensive, defender, defenders, rim protector",
    "passing": "passing, passer, passers",
    "passing_yards": "passing yards, passing yds, pass yards, yards passing",
    "passing_tds": "touchdown passes, td passes, passing touchdowns, passing tds, passing td",
    # Interceptions alone are a defender's, as the record books' leaders are (a quarterback's own are those
    # he threw, where the player is one); the passes a passer threw that were picked are named so.
    "interceptions": "interceptions, ints, picks",
    "interceptions_thrown": "interceptions thrown, ints thrown, picks thrown, thrown interceptions, "
                            "interceptions he threw, passes intercepted",
    # A defender's interceptions are the ones he made, not the passes he threw that were picked.
    "def_interceptions": "defensive interceptions, interceptions on defense, interception title, interception titles, "
                         "interception leader, interception leaders",
    "completions": "completion percentage, completions, completion, accuracy",
    "passer_rating": "passer rating, qb rating",
    "rushing": "rushing, rushing yards, rushing yds, rusher, rushers, running game, ground game",
    "rushing_tds": "rushing touchdowns, rushing touchdown, rushing tds, rushing td, touchdown runs, td runs",
    "yards_per_carry": "yards per carry, ypc",
    "receiving": "receiving, receiving yards, receiving yds, receiver, receivers",
    "receiving_tds": "receiving touchdowns, receiving touchdown, receiving tds, receiving td, touchdown catches, "
                     "td catches, touchdown receptions, td receptions",
    "receptions": "receptions, catches, caught passes, catch passes, catches passes, caught balls",
    "yards": "yards, yardage, yds",
    "touchdowns": "touchdowns, touchdown, tds, td",
    "home_runs": "home runs, home run, homers, homer, hrs, hr, dingers, longballs, bombs, taters, moonshots, "
                 "round trippers",
    "hitting": "hitting, hitter, hitters, contact",
    "hits": "hits",
    # "Led the league in batting" and the batting title are the batting average: the record books' title stat.
    "batting_avg": "batting average, average, avg, ba, batting, batting title, batting titles, batting crown, "
                   "batting crowns, batting champion, batting champ, hitting title, hitting titles, hitting crown",
    "obp": "on base percentage, obp, on base",
    "slugging": "slugging, slugging percentage, slg",
    "ops": "ops",
    "power": "power, slugger, sluggers",
    "rbi": "rbi, rbis, runs batted in",
    "runs": "runs, runs scored",
    "walks": "walks, bb",
    "strikeouts": "strikeouts, strikeout, ks, punchouts, whiffs, struck out batters, struck out hitters, "
                  "strike out batters, strikes out batters, struck out",
    "era": "era, earned run average",
    "whip": "whip",
    "pitching": "pitching",
    "innings": "innings, innings pitched",
    "wins": "wins, victories, won games, win games, wins games",
    "saves": "saves, saved games",
    "save_pct": "save percentage, save pct",
    "goals_against": "goals against average, gaa, goals against",
    "shutouts": "shutouts, shutout",
    "goaltending": "goaltending",
    "plus_minus": "plus minus",
    "penalty_minutes": "penalty minutes, pim, penalties",
    "shots": "shots, shots on goal",
    "power_play": "power play goals, power play",
    "game_winners": "game winning goals, game winners, game winning goal",
    "durability": "durability, longevity, games played, availability, more games, most games, iron man, ironman",
    "minutes": "minutes, mpg",
    # A ball given away is said as a verb as often as by the stat's name ("who turned it over less").
    "turnovers": "turnovers, turned it over, turns it over, turn it over, turning it over, "
                 "turned the ball over, turns the ball over, turn the ball over, turning the ball over, "
                 "giveaways, ball security",
    "sacks": "sacks, sack, sacked quarterbacks, sacked the quarterback, sack leader, sack leaders, sack title, "
             "sack titles, pass rusher, pass rushers, "
             "pass rush, pass rushing, edge rusher, edge rushers",
}
_PHRASES: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): concept
    for concept, phrases in _PHRASE_LISTS.items()
    for phrase in phrases.split(", ")
}

# Stats one sport's box score alone keeps, whatever the phrase a fan writes them with: asked of a player of another
# sport ("Ruth's three point percentage", "Gretzky's rushing yards") they are a question Arena cannot answer, not
# a stat to drop. Left out: stats several sports keep under one word (goals, assists, saves, shutouts, blocks,
# field goal percentage, plus minus, hits), and words with an everyday sense (yards, picks, accuracy).
_ONE_SPORT = frozenset({
    "rebounding", "three_point", "three_point_pct", "free_throws", "free_throw_pct", "passing_yards", "passing_tds",
    "passer_rating", "rushing", "rushing_tds", "yards_per_carry", "receiving", "receiving_tds", "touchdowns",
    "def_interceptions", "home_runs", "batting_avg", "obp",
    "slugging", "rbi", "strikeouts", "era", "whip", "save_pct", "goals_against", "sacks"})
# Phrases of those stats that are also loose talk: "what did he average", a hockey rebound or the boards, "6 ft".
# "Bombs" and "moonshots" are a quarterback's deep passes too.
_LOOSE = frozenset({("average",), ("avg",), ("ba",), ("batting",), ("boards",), ("rebound",), ("ft",),
                    ("receiver",), ("receivers",), ("rusher",), ("rushers",), ("bombs",), ("moonshots",)})

# League and position words (each league's cues): (league, role); role "any" when the word names only the league.
_CUES: dict[tuple[str, ...], tuple[League, Role]] = {
    tuple(phrase.split()): (spec.league, role)
    for spec in LEAGUES.values() for role, phrases in spec.cues.items() for phrase in phrases.split(", ")
}
_LONGEST = max(len(p) for p in (*_PHRASES, *_CUES))
# "Led the league in hitting" asks for the batting title's stat, not hitting at large.
_LEAD_WORDS = frozenset({"led", "lead", "leads", "leading", "leader", "leaders"})
# "ERA" is a stat when written in capitals; "era" is a word of the question ("the 90s era") unless the words
# beside it make it a pitcher's figure ("lowest era", "career era", "an era under 2", "era title").
_CAPITALS_ONLY = frozenset({"era"})
_STAT_BEFORE = frozenset({"lowest", "low", "lower", "career", "sub", "better", "best", "season", "seasonal", "an"})
_HAVING = frozenset({"had", "has", "have", "posted", "owns", "own", "with"})
_STAT_AFTER = frozenset({"title", "titles", "leader", "leaders", "crown", "crowns", "under", "below"})
# Words after the verb "hits": how much, what or how well he hits.
_HIT_OBJECTS = frozenset({"more", "most", "the", "a", "for", "it", "harder", "better", "like", "well", "them", "so",
                          "lots", "bombs", "homers", "dingers"})


@dataclass(frozen=True)
class FocusCues:
    """Stat concepts, leagues and roles a question names, and the token positions they used."""

    concepts: tuple[str, ...] = ()
    cues: tuple[tuple[League, Role], ...] = ()
    used: frozenset[int] = field(default_factory=frozenset)
    # The concepts named by a phrase only one sport's box score uses ("three point percentage", "rushing yards").
    one_sport: tuple[str, ...] = ()
    # A season written as a split label ("1986-87"): fans label only the NBA's and NHL's seasons so.
    split_season: bool = False

    @property
    def leagues(self) -> list[League]:
        """Leagues named by league or position words, then those implied by league-specific stats; failing
        both, the leagues whose seasons a split label names, of those keeping the stats ("top scorers in
        1986-87": NBA and NHL points, not NFL scoring)."""
        named = [league for league, _ in self.cues]
        implied = [league for concept in self.concepts if len(leagues := _leagues_of(concept)) == 1
                   for league in leagues]
        if not (named or implied) and self.split_season:
            implied = [league for concept in self.concepts for league in _leagues_of(concept)
                       if LEAGUES[league].season_ends_in_year]
        return list(dict.fromkeys(named + implied))

    @property
    def asks_of_a_player(self) -> bool:
        """A stat or a role is asked ("yards", "quarterback"), not only a league or a sport named ("the NBA")."""
        return bool(self.concepts) or any(role != "any" for _, role in self.cues)

    def roles(self, league: League) -> list[Role]:
        return [role for cue_league, role in self.cues if cue_league == league and role != "any"]

    def foreign_to(self, league: League) -> list[str]:
        """The one-sport stats asked about, when no stat asked is kept in ``league`` ("Gretzky's batting
        average"); empty when one is ("Ruth's home runs vs Gretzky's goals"), or when none was asked. A word
        every league keeps ("score") says nothing of the sport."""
        own = (c for c in self.concepts if len(leagues := _leagues_of(c)) < len(LEAGUES) and league in leagues)
        return [] if not self.one_sport or any(own) else list(self.one_sport)


def concept_of(phrase: str) -> str | None:
    """The concept a stat phrase names, in the singular too ("homer", "point", "yard"): "a 73-homer season"."""
    words = tuple(phrase.lower().replace("-", " ").split())
    if not words:
        return None
    return _PHRASES.get(words) or _PHRASES.get((*words[:-1], words[-1] + "s"))


def _leagues_of(concept: str) -> list[League]:
    return list(dict.fromkeys(league for league, _ in _CONCEPTS[concept]))


def read_focus(tokens: Sequence[Token], text: str, *, exclude: Collection[int] = (),
               split_season: bool = False) -> FocusCues:
    """Stat phrases and league or position words in ``tokens`` (longest phrase first), leaving out
    positions in ``exclude`` (words already read as a name); ``split_season``: the question names a
    season by a split label."""
    concepts: list[str] = []
    cues: list[tuple[League, Role]] = []
    one_sport: list[str] = []
    used: set[int] = set()
    stat_end = -1  # where the last stat phrase ended
    i = 0
    while i < len(tokens):
        # A stat said as a verb and its object has the count between them: "blocked more shots", "stole the
        # most bases", "struck out as many batters" name blocked shots, stolen bases and strikeouts.
        quantified = _quantified(tokens, i)
        for said in range(min(_LONGEST, len(tokens) - i), 0, -1):
            length = said
            if any(p in exclude for p in range(i, i + length)) or _ranking_count(tokens, i, i + length):
                continue
            words = tuple(t.norm for t in tokens[i:i + length])
            if quantified and length > 1 and i + length + len(quantified) <= len(tokens) \
                    and not any(p in exclude for p in range(i, i + length + len(quantified))):
                skipped = [t.norm for k, t in enumerate(tokens[i:i + length + len(quantified)], start=i)
                           if k not in quantified]
                if _PHRASES.get(tuple(skipped)) is not None:
                    words, length = tuple(skipped), length + len(quantified)
            last = tokens[i + length - 1].end
            if text[last:last + 1] == "%":
                words = (*words, "pct")
            concept, cue = _PHRASES.get(words), _CUES.get(words)
            if concept in _CAPITALS_ONLY and not text[tokens[i].start:tokens[i].end].isupper() \
                    and not _stat_context(tokens, i, i + length):
                concept = None
            if concept is None and cue is None:
                continue
            if concept == "hitting" and i > 0 and tokens[i - 1].norm == "in" and any(
                    t.norm in _LEAD_WORDS for t in tokens[:i]):
                concept = "batting_avg"
            if concept is not None and not (i == stat_end and length == 1 and _is_agent_noun(words[0])) \
                    and not _ranked_by(tokens, i, i + length) and not _hits_as_verb(tokens, i, i + length):
                concepts.append(concept)
                if concept in _ONE_SPORT and words not in _LOOSE:
                    one_sport.append(concept)
            if concept is not None:
                stat_end = i + length
            if cue is not None:
                cues.append(cue)
            used.update(range(i, i + length))
            i += length - 1
            break
        i += 1
    return FocusCues(tuple(dict.fromkeys(concepts)), tuple(dict.fromkeys(cues)),
                     frozenset(_rates_of(tokens, text, used)), tuple(dict.fromkeys(one_sport)), split_season)


# Words that say how many between a stat's verb and its object ("blocked more shots", "stole the most bases").
_QUANTIFIERS = frozenset({"more", "most", "fewer", "less", "the", "many", "as"})
# The verbs of the stats said as verb and object, with a particle some take ("struck out"): the words after
# them (and after the particle) that a count may fill.
_STAT_VERBS = frozenset({"blocked", "block", "blocks", "blocking", "stole", "steal", "steals", "stealing", "caught",
                         "catch", "catches", "struck", "strike", "strikes", "won", "win", "wins", "saved", "sacked"})
_PARTICLES = frozenset({"out"})


def _quantified(tokens: Sequence[Token], start: int) -> frozenset[int]:
    """The positions of the count words after a stat verb at ``start`` (and its particle), empty when none."""
    if tokens[start].norm not in _STAT_VERBS:
        return frozenset()
    k = start + 1
    if k < len(tokens) and tokens[k].norm in _PARTICLES:
        k += 1
    first = k
    while k < len(tokens) and tokens[k].norm in _QUANTIFIERS:
        k += 1
    return frozenset(range(first, k))


def _rates_of(tokens: Sequence[Token], text: str, used: set[int]) -> set[int]:
    """The stat words read, with the words a slash joins to them: "PTS/GP" is a rate, its "GP" no name."""
    rates = set(used)
    for i in range(len(tokens) - 1):
        if text[tokens[i].end:tokens[i + 1].start] == "/" and (i in used or i + 1 in used):
            rates.update((i, i + 1))
    return rates


def _is_agent_noun(word: str) -> bool:
    """A word for who does a thing ("hitters", "scorer", "shooters"): after a stat phrase it is the one the stat
    qualifies ("home run hitters" hit home runs, not for average and hits; "point scorers", "free throw
    shooter"), so it adds no stat of its own."""
    return word.endswith(("er", "ers"))


def _hits_as_verb(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"hits" before what is hit, how much or how well ("who hits more homers", "hits the ball harder", "hits for
    power") is the verb, not the stat: the noun ends its phrase ("most hits", "hits in 2001", "hits vs Rose's")."""
    return (end == start + 1 and tokens[start].norm == "hits" and end < len(tokens)
            and tokens[end].norm in _HIT_OBJECTS)


def _ranked_by(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A word for who does a thing before "by" and what ranks them ("receivers by touchdowns", "passers by
    passing touchdowns"): it says who is ranked, as its position word does, not a stat of its own (receiving
    yards first, and the touchdowns asked after them)."""
    return (end == start + 1 and _is_agent_noun(tokens[start].norm) and end + 1 < len(tokens)
            and tokens[end].norm == "by")


def _ranking_count(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A number after "top" that a stat phrase would begin, where a word for a scorer follows the phrase ("top 3
    point scorers"): the number counts the players ranked, and "point scorers" is who scores points; a three-point
    man is a shooter ("top 3 point shooters" keeps the three-point phrase)."""
    return (start > 0 and end > start + 1 and end < len(tokens) and tokens[start].norm.isdigit()
            and tokens[start - 1].norm == "top" and _PHRASES.get((tokens[end].norm,)) == "scoring")


def _stat_context(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words beside ``tokens[start:end]`` make it a stat ("lowest era", "era title"); "the best era"
    and "best era of the game" stay a period of time."""
    before = tokens[start - 1].norm if start else ""
    after = tokens[end].norm if end < len(tokens) else ""
    if after in _STAT_AFTER:
        return True
    # "the best era" is a period unless someone has it ("who had the best era in 1968").
    owned = start > 2 and tokens[start - 3].norm in _HAVING
    in_time = after == "of" or (start > 1 and tokens[start - 2].norm in {"the", "that", "this", "his", "their"}
                                and not owned)
    return before in _STAT_BEFORE and not in_time


def focus_for(concepts: Sequence[str], league: League, roles: Sequence[Role] = ()) -> list[StatFocus]:
    """Group and key pairs for ``concepts`` in ``league`` for a player of ``roles``.

    Without a matching role, a concept takes its league's first listed role (strikeouts are a
    pitcher's), and a two-way player's roles are tried in that same order.
    """
    named: list[list[StatFocus]] = []
    for concept in concepts:
        mapping = _CONCEPTS[concept]
        in_league = [role for (mapped_league, role) in mapping if mapped_league == league]
        # The concept's own order decides between a two-way player's roles (strikeouts: pitching first).
        options = [role for role in in_league if role in roles or role == "any"] or in_league[:1]
        named.append([StatFocus(group=g, key=k, league=league.value)
                      for role in options[:1] for g, k in mapping[(league, role)]])
    # A stat named within a broader concept the question names too is the one asked about, whichever comes
    # first: "the better shooter by 3P%" asks about three-point percentage before shooting's other rates.
    narrower = [any(set(own) < set(other) for other in named) for own in named]
    ordered = [stats for _, stats in sorted(zip(narrower, named, strict=True), key=lambda pair: not pair[0])]
    return list(dict.fromkeys(focus for stats in ordered for focus in stats))


def role_focus(league: League, roles: Sequence[Role]) -> list[StatFocus]:
    """What a position word alone asks about, in a question naming no player and no stat ("best goalie of
    the 90s"): the volume stat of the group that position is measured in."""
    spec = LEAGUES[league]
    groups = [spec.role_groups[role] for role in roles if role in spec.role_groups]
    return [StatFocus(group=group, key=spec.yardsticks[group].volume, league=league.value)
            for group in dict.fromkeys(groups)]


def catalogue_pairs() -> list[tuple[League, str, str]]:
    """Every (league, group, key) the concept table can produce, for checking against the catalogue."""
    return [(league, g, k) for mapping in _CONCEPTS.values() for (league, _), pairs in mapping.items()
            for g, k in pairs]
