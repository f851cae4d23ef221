"""From a parsed question to what will be debated: the contenders and the seasons each is judged on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from arena.debate.dossier import Window
from arena.debate.errors import QuestionNotUnderstood
from arena.debate.teams import DEFENSE, OFFENSE
from arena.nlu import KIN_NOUNS, NeedsClarification, ParsedQuestion, ResolvedPlayer, StatFocus, TeamRef, tokenize
from arena.nlu.awards import find_award_names, names_the_award
from arena.stats import (
    GROUPS,
    LEAGUES,
    LeaderRow,
    League,
    StatStore,
    leaders_note,
    league_spec,
    leaves_out_players,
    leaves_rate_unranked,
    names_no_leader,
    season_label,
)

RANKING_SHOWN = 5
RANKING_DEBATED = 3
RANKING_MOST = 10  # "top 25" shows the first ten, and says so
_ACTIVE_POOL = 5_000  # enough of a league's all-time list to find its active leaders
PEERS_DEBATED = 2
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "top 5", "top-10", "best five", "5 best": how many a ranking question asks for.
_RANKING_SIZE = re.compile(r"\b(?:top|best|greatest)[\s-]+(?P<a>\d+|" + "|".join(_NUMBER_WORDS) + r")\b"
                           r"|\b(?P<b>\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(?:best|greatest|top)\b",
                           re.IGNORECASE)
# "per game", "ppg", "a game": a career ranking of a per-game rate that the question asks as a rate.
_PER_GAME_ASKED = re.compile(r"\bper[\s-]game\b|\ba game\b|\b[pram]pg\b|\baverages?\b|\baveraging\b",
                             re.IGNORECASE)
# "top 5 active scorers": only players who played the league's latest season.
_ACTIVE_ASKED = re.compile(r"\bactive\b", re.IGNORECASE)
# The side of the ball a team question asks about ("the 2000 Ravens defense", "the '85 Bears D").
_TEAM_SIDES = (
    (DEFENSE, re.compile(r"\b(?:defen[cs]es?|defensive|d)\b", re.IGNORECASE)),
    (OFFENSE, re.compile(r"\b(?:offen[cs]es?|offensive)\b", re.IGNORECASE)),
)


# Words that ask about titles in every league; each league adds its own (``LeagueSpec.title_words``).
_TITLE_WORDS = frozenset({"ring", "rings", "championship", "championships", "champion", "champions", "title",
                          "titles", "trophy case", "dynasty", "clutch", "playoff", "playoffs", "postseason",
                          "big game", "big games",
                          # "Who was the bigger winner": a fan's word for who won titles, not games or awards.
                          "bigger winner", "biggest winner", "greater winner", "more of a winner", "proven winner",
                          "winning pedigree", "winningest"})
# Of those, the ones about play in the playoffs, which the store has no statistics of, and how they read.
PLAYOFF_WORDS = {"clutch": "clutch play", "playoff": "the playoffs", "playoffs": "the playoffs",
                 "postseason": "the postseason", "big game": "big games", "big games": "big games"}
# "scoring titles", "batting title": a season leading the league, not a championship.
_STAT_TITLE = frozenset({"scoring", "batting", "rushing", "passing", "receiving", "rebounding", "assist", "assists",
                         "points", "goals", "home", "run", "runs", "strikeout", "strikeouts", "era", "rbi", "steals",
                         "blocks", "mvp", "hart", "cy", "young", "individual", "division", "conference"})
_TITLE_PHRASES = _TITLE_WORDS.union(*(spec.title_words for spec in LEAGUES.values()))
_LONGEST_TITLE_PHRASE = max(len(p.split()) for p in _TITLE_PHRASES)


def titles_asked(question: str) -> str | None:
    """The words of ``question`` that ask about championships ("rings", "Super Bowls", "clutch"), if any."""
    words = [token.norm for token in tokenize(question)]
    for i in range(len(words)):
        for length in range(min(_LONGEST_TITLE_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + length])
            if phrase not in _TITLE_PHRASES:
                continue
            stat_title = phrase in ("title", "titles") and i and words[i - 1] in _STAT_TITLE
            if stat_title or _names_a_season(words, i + length):
                continue
            return phrase
    return None


# Words after an award or a title that make it the name of a season ("Derrick Rose's MVP year", "Dirk's
# championship season"): the season is what is compared, not who won more of them.
_SEASON_NOUNS = frozenset({"season", "seasons", "year", "years", "campaign"})


def _names_a_season(words: Sequence[str], end: int) -> bool:
    return end < len(words) and words[end] in _SEASON_NOUNS


# Words that ask about an award, and the award class each means in every league ("Hart Trophies" are the
# NHL's MVP awards); "most valuable" alone is not one ("his most valuable season"), nor a trophy's bare name,
# which is a player's too (Jim Hart, Patrick Roy).
_AWARD_WORDS: dict[str, str] = {
    **dict.fromkeys(("mvp", "mvps", "most valuable player", "most valuable player awards", "hart trophy",
                     "hart trophies"), "mvp"),
    **dict.fromkeys(("cy young", "cy youngs", "cy young award", "cy young awards"), "cy_young"),
    **dict.fromkeys(("all star", "all stars", "all star selections", "all star games", "all star teams"), "all_star"),
    **dict.fromkeys(("all nba", "all nba teams", "all nba selections", "all mlb"), "all_league"),
    **dict.fromkeys(("all defense", "all defensive", "all defensive teams"), "all_defense"),
    **dict.fromkeys(("rookie of the year", "calder trophy"), "rookie"),
}
_LONGEST_AWARD_PHRASE = max(len(p.split()) for p in _AWARD_WORDS)
# Every award class at once: "on awards", "who won more awards", "by trophies" ask about the honours a side
# won, all of them, as one award's name asks about that one (see ALL_AWARDS).
ALL_AWARDS = "awards"
_ALL_AWARD_WORDS = frozenset({"awards", "trophies", "honors", "honours", "accolades", "hardware"})


def award_asked(question: str) -> str | None:
    """The award class ``question`` asks about ("who has more MVPs": ``mvp``; "who won the Hart in 2001": a
    trophy's bare name said as the trophy, ``mvp``), if any; :data:`ALL_AWARDS` where it asks about awards at large
    ("on awards", "who won more trophies") and names no award."""
    words = [token.norm for token in tokenize(question)]
    for i in range(len(words)):
        for length in range(min(_LONGEST_AWARD_PHRASE, len(words) - i), 0, -1):
            award_class = _AWARD_WORDS.get(" ".join(words[i:i + length]))
            if award_class is not None and not _names_a_season(words, i + length):
                return award_class
    bare = next((_AWARD_WORDS[f"{name} trophy"] for name in _bare_trophy_names(question)
                 if f"{name} trophy" in _AWARD_WORDS), None)
    if bare is not None:
        return bare
    # A trophy's own name before the word is that trophy ("Vezina trophies"; see trophy_asked), not them all.
    return ALL_AWARDS if any(word in _ALL_AWARD_WORDS and (i == 0 or words[i - 1] in _AWARDS_BEFORE)
                             for i, word in enumerate(words)) else None


def _bare_trophy_names(question: str) -> list[str]:
    """The trophies ``question`` names by their bare name where the parser reads that name as the trophy, not the
    player it honours ("who won the Art Ross", "his third Vezina": ``art ross``, ``vezina``; not "Jim Hart")."""
    tokens = tokenize(question)
    return [" ".join(token.norm for token in tokens[award.start:award.end]) for award in find_award_names(tokens)
            if award.said_alone and not award.followed_by_trophy_word
            and not _names_a_season([t.norm for t in tokens], award.end)
            and names_the_award(tokens, award, another_player=False)]


# The words before "awards" or "trophies" that leave them all the honours asked about ("on awards", "more
# trophies", "his individual awards"), where a name before them is one trophy ("Vezina trophies").
_AWARDS_BEFORE = frozenset({"on", "by", "in", "more", "most", "fewer", "many", "the", "their", "his", "of", "for",
                            "individual", "major", "personal", "all", "and", "with", "won", "win", "wins", "winning",
                            "count", "career", "total", "regular", "season", "league", "any", "what", "which",
                            "about", "to", "s"})


# Words that ask who deserved an award rather than who won it: the award is the verdict sought, not evidence.
_DESERVED = re.compile(r"\b(?:deserved?|deserving|should(?:'ve| have) won|robbed|snubbed)\b", re.IGNORECASE)


def award_judged(question: str) -> str | None:
    """The award class ``question`` asks who deserved ("who deserved the 2004-05 MVP": ``mvp``), if any."""
    return award_asked(question) if _DESERVED.search(question) else None


def trophy_asked(question: str, leagues: Sequence[str]) -> str | None:
    """The trophy of a league of the question's that it asks about by name ("who has more Vezina Trophies":
    ``vezina``), if any: its count is the stat in question, apart from the award class it is weighed in."""
    said = f" {' '.join(token.norm for token in tokenize(question))} "
    bare = {f"{name} trophy" for name in _bare_trophy_names(question)}
    return next((trophy.award for league in leagues for trophy in league_spec(League(league)).trophies
                 if any(f" {phrase} " in said or phrase in bare for phrase in trophy.words)
                 or (trophy.role is not None and _named_as_role(said, trophy.role))), None)


def _named_as_role(said: str, role: str) -> bool:
    """Whether the question asks who is better in ``role`` ("as a sixth man", "the better sixth man"): no figure
    measures it, so the trophy that honours it is the stat in question (see ``Trophy.role``)."""
    return re.search(rf" (?:as an?|better|best|greater|greatest) {re.escape(role)}s? ", said) is not None


_COUNT_WORDS = re.compile(r"\b(?:more|most|fewer|how many)\s+((?:\w+\s+){0,2}\w+)", re.IGNORECASE)
# "the better save percentage", "a higher batting average", "the lower ERA": the rate itself is asked.
_RATE_WORDS = re.compile(r"\b(?:better|higher|lower|best|worse)\s+((?:\w+\s+){0,2}\w+)", re.IGNORECASE)


def figures_asked(question: str, focus: Sequence[StatFocus]) -> list[StatFocus]:
    """The stats of ``focus`` whose own figure ``question`` asks about: a counted stat it asks who has more of
    ("who hit more home runs"), a rate it asks who has the better figure of ("who has the better save
    percentage", "who shot better from three": the three-point percentage, not the threes made). That
    figure answers it, not the best season, the seasons leading the league or the league-relative figure
    (Carey Price's one save-percentage title does not make his .918 better than Henrik Lundqvist's .919)."""
    counted = {word for match in _COUNT_WORDS.finditer(question) for word in match.group(1).lower().split()}
    rated = {word for match in _RATE_WORDS.finditer(question) for word in match.group(1).lower().split()}
    asked: list[StatFocus] = []
    for item in focus:
        league = League(item.league) if item.league else None
        groups = [GROUPS[league][item.group]] if league and item.group in GROUPS[league] else []
        for stat_group in groups:
            following = rated if stat_group.rate(item.key) is not None else counted
            # "three-point percentage" is named by "three" ("who shot better from three") as by "percentage".
            if following & set(re.split(r"[\s-]+", stat_group.label(item.key).lower())):
                asked.append(item)
                break
    return asked


def count_asked(question: str, focus: Sequence[StatFocus]) -> bool:
    """Whether ``question`` asks about the figure of a stat it names (see :func:`figures_asked`)."""
    return bool(figures_asked(question, focus))


# "led the league", "led the NL", "league leader", "leading the majors": a question about seasons leading the
# league; "scoring titles", "rushing crowns", "home run leader": the same, said as the record books say it.
_LED_WORDS = re.compile(
    r"\b(?:led|lead|leads|leading)\s+(?:the\s+|his\s+|their\s+)?(?:league|leagues|majors|nl|al|nfl|nba|nhl|mlb|"
    r"american\s+league|national\s+league)\b|\bleague[\s-]+lead(?:er|ers|ing)?\b|\bleaders?\s+in\b"
    r"|\b(?:scoring|rushing|passing|receiving|batting|rebounding|assists?|home[\s-]+runs?|strikeouts?|goals?|"
    r"points|era|sacks)\s+(?:titles?|crowns?|leaders?)\b", re.IGNORECASE)


def led_asked(question: str) -> bool:
    """Whether ``question`` asks about seasons leading the league ("who led the league in scoring more",
    "more rushing titles"): then the count of those seasons answers it, not the career total."""
    return _LED_WORDS.search(question) is not None


# "as a goal scorer", "the better rebounder", "Rivera or Hoffman as a closer": the question names a role, and
# the debate is about that part of the game, not the whole player.
_ROLE_WORDS = re.compile(
    r"\bas\s+an?\s+\w+|\b(?:scorer|goalscorer|rebounder|passer|playmaker|shooter|defender|shot\s+blocker|"
    r"hitter|slugger|pitcher|closer|reliever|rusher|receiver|sniper)s?\b", re.IGNORECASE)


def role_named(question: str, leagues: Sequence[League]) -> tuple[str, str] | None:
    """The role a question names by a position word of the contenders' one league, said as the part of the
    game asked about ("as a pitcher", "the better pitcher", "the best goalie"), and the stat group that league
    reads the role in: ("pitcher", "pitching"). None where it names none, or roles of two groups."""
    if len(set(leagues)) != 1:
        return None
    spec = league_spec(leagues[0])
    text = question.lower()
    found = {(phrase, spec.role_groups[role]) for role, phrases in spec.cues.items() if role in spec.role_groups
             for phrase in phrases.split(", ")
             if re.search(rf"\b(?:as\s+an?|better|best|greater|greatest)\s+{re.escape(phrase)}\b", text)}
    return max(found, key=lambda named: len(named[0])) if len({group for _, group in found}) == 1 else None


# "Clemente vs Edgar Martinez on defense", "the better fielder", "with the glove": the part of the game asked.
_DEFENSE_WORDS = re.compile(r"\b(?:on\s+defen[cs]e|defen[cs]ively|as\s+an?\s+(?:defender|fielder)|better\s+fielder|"
                            r"fielding|(?:with\s+the|his)\s+glove)\b", re.IGNORECASE)


def defense_asked(question: str) -> bool:
    """Whether ``question`` asks who is better on defense, whatever stat a league reads it in."""
    return _DEFENSE_WORDS.search(question) is not None


def role_asked(question: str, focus: Sequence[StatFocus]) -> bool:
    """Whether ``question`` asks who is better in one role ("as a goal scorer", "the better rebounder") whose
    stats it names: then the role's measures judge it, and the rest of each one's game weighs little."""
    return bool(focus) and _ROLE_WORDS.search(question) is not None


@dataclass(frozen=True)
class Contender:
    player_id: str
    name: str
    league: League
    window: Window


@dataclass(frozen=True)
class Ranking:
    """The leaders a ranking question starts from."""

    league: League
    group: str
    stat: str
    window: Window
    rows: tuple[LeaderRow, ...]  # the leaders asked for, and everyone tied with the last
    active: bool = False  # ranked among the players of the league's latest season only
    shortfall: str | None = None  # why fewer rows than asked are shown
    coverage: str | None = None  # whom the sources' known holes leave out of the list (see leaders_note)
    partial: bool = False  # the list lacks some of the league's players: its top is not the league's
    competition: str | None = None  # the one competition ranked within ("AL"); None: the whole league


@dataclass
class Plan:
    intent: str
    contenders: list[Contender] = field(default_factory=list)
    teams: list[TeamRef] = field(default_factory=list)
    focus: list[StatFocus] = field(default_factory=list)
    peak_scope: bool = False
    ranking: Ranking | None = None
    peers_of: str | None = None  # a single-player question: this player against the peers of his era
    titles: str | None = None  # the words asking about championships ("rings"): titles are the stat in question
    award: str | None = None  # the award class asked about ("more MVPs"): its count is the stat in question
    judged: str | None = None  # the award class asked who deserved ("who deserved the MVP"): not counted
    trophy: str | None = None  # a trophy asked about by name ("more Vezinas"): likewise, apart from its class
    count: bool = False  # the question asks who has more of the counted stat it names (see count_asked)
    led: bool = False  # the question asks who led the league in its stat (see led_asked)
    role: bool = False  # the question asks who is better in the role its stat names (see role_asked)
    side: str | None = None  # the side of the ball a team question asks about (see team_side)
    # A role the question names with no stat ("Ruth vs Walter Johnson as a pitcher"): the word and the stat
    # group the league reads it in, where every side is judged (see role_named).
    role_named: tuple[str, str] | None = None
    defense: bool = False  # the question asks about defense ("on defense", "fielding"; see defense_asked)

    @property
    def asks_a_count(self) -> bool:
        """Whether the question asks who has more of one thing (titles, an award, a counted stat, seasons
        leading the league): then that count alone is the stat in question."""
        return (self.titles is not None or self.award is not None or self.trophy is not None or self.count
                or self.led)

    @property
    def decided_by_focus(self) -> bool:
        """Whether the stat in question decides the debate: a question asking who has more of one thing, or
        one naming a stat ("Ryan vs Johnson in strikeouts"), which is about that stat (its total, rate, best
        seasons and seasons leading the league in it), not about awards, which are context. A role question
        ("as a scorer") is judged on the role's measures with the rest of the game weighing less."""
        return self.asks_a_count or (bool(self.focus) and not self.role)


def team_side(question: str) -> str | None:
    """The one side of the ball (offense or defense) a team question names, None for none or both."""
    named = [side for side, words in _TEAM_SIDES if words.search(question)]
    return named[0] if len(named) == 1 else None


def ranking_size(question: str) -> int | None:
    """How many players a ranking question asks for ("top 5 scorers": 5, "top 500": 500), None when it names
    no number."""
    match = _RANKING_SIZE.search(question)
    if match is None:
        return None
    word = (match.group("a") or match.group("b")).lower()
    return _NUMBER_WORDS.get(word) or int(word)


def _window(seasons: list[int] | None, season_range: tuple[int, int] | None) -> Window | None:
    if seasons:
        return Window.single(seasons[0]) if len(set(seasons)) == 1 else Window(min(seasons), max(seasons))
    if season_range is not None:
        return Window(*season_range)
    return None


def player_window(parsed: ParsedQuestion, player: ResolvedPlayer) -> Window:
    """The player's own seasons ("Jokic 2022 vs Giannis 2020"), else the question's, else his career."""
    return (_window(player.seasons, player.season_range)
            or _window(parsed.seasons, parsed.season_range) or Window())


def check_parse(parsed: ParsedQuestion) -> None:
    """Raise the debate error a failed parse means: not understood, or needing clarification."""
    if parsed.needs_clarification:
        raise NeedsClarification(list(parsed.clarification or []))
    if parsed.error is not None:
        raise QuestionNotUnderstood(parsed.error.message + _unofficial_then(parsed), parsed.error.suggestions)


def _unofficial_then(parsed: ParsedQuestion) -> str:
    """Why no one has the stat asked in the seasons asked, where the league did not keep it then, said beside
    the parse's own failure ("Who had more sacks in 1975, Jack Youngblood or Deacon Jones?": Deacon Jones is in
    no file, and no one has 1975 sacks, which the NFL began to count in 1982)."""
    seasons = list(parsed.seasons or ())
    if parsed.season_range is not None:
        seasons += [parsed.season_range[0], parsed.season_range[1]]
    for item in parsed.stat_focus:
        if item.league is None or not seasons:
            continue
        league = League(item.league)
        since = league_spec(league).kept_since(item.key)
        if since is not None and max(seasons) < since:
            label = GROUPS[league][item.group].label(item.key.removesuffix("_per_game"))
            return (f"; besides, {label} were not an official {league_spec(league).label} statistic before "
                    f"{season_label(league, since)}, so no one has {label} on record in the seasons asked")
    return ""


def plan_debate(parsed: ParsedQuestion, store: StatStore) -> Plan:
    """The debate a parsed question asks for; raises ``NeedsClarification`` or ``QuestionNotUnderstood``."""
    check_parse(parsed)
    intent = parsed.intent or "head_to_head"
    trophy = trophy_asked(parsed.question, parsed.leagues)
    # "Clutch Player of the Year awards" ask about the award, not the championships "clutch" alone means.
    plan = Plan(intent=intent, focus=list(parsed.stat_focus), peak_scope=parsed.scope == "peak",
                titles=None if trophy else titles_asked(parsed.question),
                award=None if award_judged(parsed.question) else award_asked(parsed.question),
                judged=award_judged(parsed.question), trophy=trophy,
                count=count_asked(parsed.question, parsed.stat_focus),
                led=bool(parsed.stat_focus) and led_asked(parsed.question),
                role=role_asked(parsed.question, parsed.stat_focus), defense=defense_asked(parsed.question))
    if intent == "team_vs_team":
        if len(parsed.teams) < 2:
            raise QuestionNotUnderstood("a team debate needs two club seasons, such as '96 Bulls vs '16 Warriors")
        plan.teams = list(parsed.teams)
        plan.side = team_side(parsed.question)
        plan.role = plan.side is not None  # a side of the ball is judged as a role is, the rest weighing less
        return plan
    seen: set[tuple[str, Window]] = set()
    for player in parsed.players:
        window = player_window(parsed, player)
        if (player.id, window) in seen:
            continue
        seen.add((player.id, window))
        plan.contenders.append(Contender(player.id, player.name, League(player.league), window))
    if intent == "ranking" or (not plan.contenders and parsed.leagues):
        plan.intent = "ranking"
        plan.led = False  # "the leaders in assists" ranks the stat itself
        size = ranking_size(parsed.question)
        if size == 0:
            raise QuestionNotUnderstood("a ranking needs at least one player: 'top 0' asks for none")
        if size == 1:
            size = None  # "the top 1": the leader, debated against those behind him
        plan.ranking = _ranking(parsed, store, size)
        if any(f.group == plan.ranking.group and f.key == plan.ranking.stat for f in plan.focus):
            # The list is ranked by the stat asked about, so that stat decides among its leaders, as it does a
            # question asking who has more of it (a rate, as a role question weighs it): the fourth in goals
            # does not win "top 5 goals in 2019-20" on his Hart Trophy.
            ranked_rate = GROUPS[plan.ranking.league][plan.ranking.group].rate(plan.ranking.stat) is not None
            plan.count, plan.role = not ranked_rate, ranked_rate
        debated = min(size, RANKING_MOST) if size is not None else RANKING_DEBATED
        plan.contenders = [Contender(row.player_id, row.name, plan.ranking.league, plan.ranking.window)
                           for row in plan.ranking.rows[:debated]]
        return plan
    if not plan.focus:
        plan.role_named = role_named(parsed.question, [c.league for c in plan.contenders])
    if plan.count:
        # The figure asked is the stat in question, not the others named with it ("who shot better from three":
        # the three-point percentage, not the threes made).
        plan.focus = figures_asked(parsed.question, plan.focus)
    if not plan.contenders:
        raise QuestionNotUnderstood("no player or team to debate was recognised in the question")
    if len(plan.contenders) == 1 and _sides_naming(parsed.question, parsed.players[0]) > 1:
        # "Jordan vs Jordan" is no question about his peers. A debate's sides are players, so two of his seasons
        # ("Jordan 1991 vs Jordan 1996") are not set against each other either.
        name = plan.contenders[0].name
        seasons = parsed.players[0].seasons or parsed.seasons or []
        if len(set(seasons)) > 1:
            raise QuestionNotUnderstood(
                f"the question sets two of {name}'s seasons against each other, and a debate's sides are players; "
                f"ask about his span ('{name} from {min(seasons)} to {max(seasons)}') or set one season against "
                f"another player's")
        raise QuestionNotUnderstood(f"the question sets {name} against himself; name two players, or ask about "
                                    f"him alone ('How good was {name}?') to set him against his peers")
    if len(plan.contenders) == 1 and (other := _other_side_no_player(parsed.question, parsed.players[0])):
        name = plan.contenders[0].name
        raise QuestionNotUnderstood(f"'{other}' is not a player Arena has figures for, so there is no one to set "
                                    f"against {name}; name two players, or ask about {name} alone")
    never = {_never_played(c.league, c.window) for c in plan.contenders}
    if None not in never:
        # Every side is asked about a season no one played: saying each "has no season in the data" would
        # blame the data, or his career, for a lockout.
        raise QuestionNotUnderstood(" and ".join(sorted(m for m in never if m is not None)))
    if len(plan.contenders) == 1:
        plan.intent = "single_player"
        plan.peers_of = plan.contenders[0].player_id
    return plan


# What sets one side of a question against another ("Jordan vs Jordan"); not "or", which joins two questions
# about one player as often ("is LeBron the GOAT or is LeBron overrated?").
_VERSUS = re.compile(r"\b(?:vs|versus|v|against|compared\s+(?:to|with))\b\.?", re.IGNORECASE)


# One side of "X or Y" / "X vs Y": the other side of the player's, as written up to the question's end.
_OR_SIDES = re.compile(r"\b(?:vs|versus|v|compared\s+(?:to|with)|or)\b\.?", re.IGNORECASE)
# A thing or person set against the player: a determiner, then a proper name of two words or more the parser
# did not read as a player ("the Eiffel Tower"; one word may be a club or a surname misread: "the Bulls",
# "the Sedin"), or someone of the asker's own life ("my dad"). Not "against", which is as often where a game
# was played ("275 yards against the Vikings").
_NOT_A_PLAYER_SIDE = re.compile(
    r"^(?:the|a|an|my|your|his|her|our|their)\s+(?:(?:[a-z]+\s+){0,2}[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}"
    rf"|(?:little\s+|big\s+|old\s+)?(?:{'|'.join(sorted(KIN_NOUNS))}))$")


def _name_words(player: ResolvedPlayer) -> set[str]:
    """The words that name ``player`` in a question: those of the span that named him and of his name."""
    return {token.norm for token in tokenize(f"{player.span} {player.name}") if len(token.norm) > 2}


def _other_side_no_player(question: str, player: ResolvedPlayer) -> str | None:
    """The other side of a question setting one player against a thing or a person who is no player ("Jordan or
    the Eiffel Tower?", "LeBron or my dad"), as written; None when the question has no such side."""
    names = _name_words(player)
    sides = [part.strip(" \t?!.,;:'\"") for part in _OR_SIDES.split(question)]
    if len(sides) != 2 or not all(sides):
        return None
    others = [side for side in sides if not {token.norm for token in tokenize(side)} & names]
    if len(others) != 1:
        return None
    return others[0] if _NOT_A_PLAYER_SIDE.match(others[0]) else None


def _sides_naming(question: str, player: ResolvedPlayer) -> int:
    """How many sides of ``question`` (split where one is set against another) name ``player``: more than one
    when the question sets him against himself, which the parser reads as one mention."""
    names = _name_words(player)
    sides = [{token.norm for token in tokenize(part)} for part in _VERSUS.split(question)]
    return sum(1 for words in sides if words & names)


def _ranking(parsed: ParsedQuestion, store: StatStore, asked: int | None) -> Ranking:
    """The leaders the question asks for: ``asked`` of them (``RANKING_SHOWN`` when it names no number, at
    most ``RANKING_MOST``), with everyone tied with the last, and a sentence saying any shortfall."""
    if not parsed.leagues:
        labels = [spec.label for spec in LEAGUES.values()]
        # "Is a banana better than a spaceship" reads as a ranking too: say first that no one was named.
        raise QuestionNotUnderstood(f"no player or team was recognised, and a ranking question needs a league "
                                    f"({', '.join(labels[:-1])} or {labels[-1]})")
    league = League(parsed.leagues[0])
    label = league_spec(league).label
    focus = [f for f in parsed.stat_focus if f.league in (None, league.value) and f.group in GROUPS[league]
             and f.key in GROUPS[league][f.group].keys]
    group, stat = (focus[0].group, focus[0].key) if focus else league_spec(league).default_ranking
    window = _window(parsed.seasons, parsed.season_range) or Window()
    if window.is_career and not _PER_GAME_ASKED.search(parsed.question):
        stat = _career_total(league, group, stat)
    available = store.seasons_available(league)
    if available is None:
        raise QuestionNotUnderstood(f"no {label} data has been imported")
    first = max(window.first, available[0]) if window.first is not None else None
    last = min(window.last, available[1]) if window.last is not None else None
    if first is not None and last is not None and first > last:
        raise QuestionNotUnderstood(f"the {label} data has no seasons in the range asked")
    shown = min(asked or RANKING_SHOWN, RANKING_MOST)
    active = _ACTIVE_ASKED.search(parsed.question) is not None
    # Ties at the cut are all shown; the active are sought among every ranked player.
    competition = _competition_asked(league, parsed.question)
    rows = store.leaders(league, stat=stat, group=group, from_season=first, to_season=last,
                         limit=_ACTIVE_POOL if active else shown + RANKING_MOST, competition=competition)
    if active:
        rows = _reranked([row for row in rows if row.last_season == available[1]])
    rows = [row for row in rows if row.rank <= shown]
    if not rows:
        stat_label = GROUPS[league][group].label(stat)
        # A season a lockout cancelled was never played: no stat of it was kept, and none was not kept.
        if (never := _never_played(league, Window(first, last))) is not None:
            raise QuestionNotUnderstood(never)
        if first is not None and first == last and names_no_leader(league, group, first):
            raise QuestionNotUnderstood(f"the {label} data's {stat_label} of the season asked lack most of its "
                                        f"players (see arena data status), so no leaders are named")
        if first is not None and first == last and leaves_rate_unranked(league, stat, first):
            raise QuestionNotUnderstood(f"the {label} data lacks some qualified players' {stat_label} of the "
                                        f"season asked (see arena data status), so its leader is not known")
        if GROUPS[league][group].rate(stat) is None:
            raise QuestionNotUnderstood(f"the {label} records hold no {stat_label} in the seasons asked "
                                        f"(the stat was not kept then)")
        raise QuestionNotUnderstood(f"no {label} player qualifies for a ranking in {stat_label}")
    return Ranking(league, group, stat, Window(first, last) if not window.is_career else window, tuple(rows),
                   active=active, shortfall=_shortfall(asked, len(rows)),
                   coverage=leaders_note(league, group, first or available[0], last or available[1]),
                   partial=leaves_out_players(league, group, first or available[0], last or available[1]),
                   competition=competition)


def _never_played(league: League, window: Window) -> str | None:
    """Why no one played ``window`` when a lockout cancelled each of its seasons (the NHL's 2004-05), else None."""
    spec = league_spec(league)
    if window.first is None or window.last is None or not spec.never_played(window.first, window.last):
        return None
    return f"a lockout cancelled the {spec.label}'s {season_label(league, window.first)} season, so no one played it"


def _competition_asked(league: League, question: str) -> str | None:
    """The one competition a ranking question names ("who led the AL in strikeouts"), None when it names
    none or both: the record books rank MLB's seasons within the AL and the NL, so a pitcher traded across
    them leads neither with his two halves added up."""
    named = {competition for word, competition in league_spec(league).competition_words.items()
             if re.search(rf"\b{re.escape(word)}\b", question, 0 if word.isupper() else re.IGNORECASE)}
    return named.pop() if len(named) == 1 else None


def _career_total(league: League, group: str, stat: str) -> str:
    """The record books' all-time lists rank totals ("the all-time leading scorer"): a per-game rate asked
    over a career (not as a rate) ranks its total."""
    rate = GROUPS[league][group].rate(stat)
    if rate is not None and len(rate.required) == 2 and rate.required[1] == "games":
        return rate.required[0]
    return stat


def _reranked(rows: list[LeaderRow]) -> list[LeaderRow]:
    """Ranks within ``rows`` (already in order), equal values sharing one."""
    ranked: list[LeaderRow] = []
    for place, row in enumerate(rows, start=1):
        rank = ranked[-1].rank if ranked and ranked[-1].value == row.value else place
        ranked.append(row.model_copy(update={"rank": rank}))
    return ranked


def _shortfall(asked: int | None, found: int) -> str | None:
    # Said without figures: the debate's text may show only numbers its facts hold (see factcheck).
    if asked is not None and asked > RANKING_MOST and found >= RANKING_MOST:
        return "Arena ranks no further than this: more were asked."
    if asked is not None and found < min(asked, RANKING_MOST):
        return "No other player qualifies: fewer than asked."
    return None
