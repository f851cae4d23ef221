"""The rounds of a debate: who speaks, the points to make (sentences built from facts), the facts allowed."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from arena.debate.claims import STANDING, Claim, Entry, Ground, fact_label, scope_phrase
from arena.debate.dossier import Dossier
from arena.debate.facts import Fact, FactBook, bare_display, league_of, split_stat
from arena.debate.measures import FOCUS
from arena.debate.model import Verdict
from arena.debate.plan import Ranking
from arena.debate.rebuttals import Rebuttal
from arena.debate.verdict import CRITERION_TIE_MARGIN, even_decider
from arena.llm import FactLine
from arena.stats import LeaderRow, league_spec, season_label

MODERATOR = "moderator"
CASE_POINTS = 3


@dataclass
class RoundPlan:
    name: str  # "opening", "case", "rebuttal", "verdict"
    speaker: str
    points: list[str]
    facts: list[Fact] = field(default_factory=list)
    speaker_id: str | None = None
    judges_winner: bool = False
    # Whether the round may end on a closing line ("Numbers like those win arguments."): not after a case that
    # leads nothing (its points concede), nor after one of a single point, which is no sum of figures to boast
    # of (Tim Anderson's 1.7 home runs per game against the league's to LeMahieu's 1.6).
    closes: bool = True


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def introduce(book: FactBook, dossier: Dossier) -> tuple[str, list[Fact]]:
    """One line on a contender's span: seasons, first and last, games."""
    lines = dossier.season_lines()
    group = dossier.group or ""
    first, last = lines[0][0].season, lines[-1][0].season
    league = dossier.league
    games_value = dossier.line.get("games")
    scope = dossier.window.scope()
    season = dossier.window.first if dossier.window.is_single else None
    facts = []
    games = ""
    if games_value is not None:
        fact = book.add(dossier.id, group, "games", games_value, scope=scope, season=season)
        facts.append(fact)
        # A count of games a source lacks some seasons of says which after the word: "158 games (2014 to ...)".
        games = f", {bare_display(fact)} games" + (f" ({fact.held})" if fact.held is not None else "")
    if dossier.window.is_single:
        return f"{dossier.name} in {season_label(league, first)}{games}.", facts
    count = book.add(dossier.id, group, "seasons", float(len(lines)), scope=scope)
    debut = book.add(dossier.id, group, "debut_season", float(first), scope=scope, season=first)
    final = book.add(dossier.id, group, "final_season", float(last), scope=scope, season=last)
    facts.extend((count, debut, final))
    seasons = "season" if len(lines) == 1 else "seasons"
    return (f"{dossier.name}: {count.display} {seasons}, {debut.display} to {final.display}{games}.", facts)


def ranking_point(book: FactBook, ranking: Ranking, names: Mapping[str, str],
                  debated: Collection[str] = ()) -> tuple[str, list[Fact]]:
    """The list a ranking starts from; ``debated``: the ids of the players debated, the first of it."""
    scope = ranking.window.scope()
    # A figure within one competition is a fact apart from the season's: Randy Johnson's 213 AL strikeouts of
    # 1998 are not the 329 he had with his National League starts added.
    kept = scope if ranking.competition is None else f"{ranking.competition} {scope}"
    facts = [book.add(row.player_id, ranking.group, ranking.stat, row.value, scope=kept,
                      season=ranking.window.first if ranking.window.is_single else None)
             for row in ranking.rows]
    label = fact_label(facts[0])
    where = scope_phrase(facts[0].model_copy(update={"scope": scope})).replace("over his career", "all-time")
    among = " among active players" if ranking.active else ""
    among += f" in the {ranking.competition}" if ranking.competition else ""
    # Each row's figure bare: the list's note names the seasons the sources lack (see leaders_note).
    listed = _join([f"{names.get(f.player_id, row.name)} ({bare_display(f)}{_tied(row, ranking.rows)})"
                    for f, row in zip(facts, ranking.rows, strict=True)])
    shortfall = f" {ranking.shortfall}" if ranking.shortfall else ""
    # A list the sources hold only part of the league for names no league leader: Tippett's 12.5 sacks top
    # NFL.com's pages for 1987, not the NFL, where Reggie White had 21.
    head = (f"Among the players the sources hold, not the whole league, the leaders in {label}" if ranking.partial
            else f"The leaders in {label}")
    return f"{head}{among} {where}: {listed}.{shortfall}{_left_at_the_cut(ranking.rows, names, debated)}", facts


def _left_at_the_cut(rows: Sequence[LeaderRow], names: Mapping[str, str], debated: Collection[str]) -> str:
    """Those listed but not debated though tied with one who is ('top 5 home run hitters in 2020': Trout's 17
    with Tatis' and Ramirez's), said so: the list's order, not the stat, took the others."""
    ranks = {row.rank for row in rows if row.player_id in debated}
    left = [names.get(row.player_id, row.name) for row in rows if row.player_id not in debated and row.rank in ranks]
    if not debated or not left:
        return ""
    return f" {_join(left)}, tied at the cut, {'is' if len(left) == 1 else 'are'} listed but not debated."


def _tied(row: LeaderRow, rows: Sequence[LeaderRow]) -> str:
    return ", tied" if sum(other.rank == row.rank for other in rows) > 1 else ""


# The kinds of a stat in question the opening states (a best season or stretch is argued, not stated).
_OPENING_KINDS = frozenset({"total", "rate", "titles", "awards", "led", "seasons", "games"})


def focus_point(entries: Sequence[Entry]) -> tuple[str, list[Fact]] | None:
    """The opening's line on the stat the question asks about: each side's figure over the seasons judged
    (a stat's total and rate; where the question's words mean several stats, "defense", the first figure of
    each, so blocks are stated beside steals), before any case is made."""
    stats: dict[str, list[tuple[str, str]]] = {}
    for e in entries:
        for k, m in e.measures.items():
            if k[0] == FOCUS and m.kind in _OPENING_KINDS:
                keys_of = stats.setdefault(split_stat(m.stat)[1].removesuffix("_per_game"), [])
                keys_of += [] if k in keys_of else [k]
    if len(stats) > 1:
        # Of several counts asked at once ("on awards"), one that no side has any of says nothing: "Cy Young
        # Awards: Mike Trout 0, Albert Pujols 0" is left out while another says something.
        some = {stat: of for stat, of in stats.items()
                if any(e.measures[of[0]].value for e in entries if of[0] in e.measures)}
        stats = some or stats
    keys = [of[0] for of in stats.values()][:3] if len(stats) > 1 else [k for of in stats.values() for k in of][:2]
    parts: list[str] = []
    facts: list[Fact] = []
    for key in keys:
        held = [(e, e.measures[key]) for e in entries if key in e.measures]
        if len(held) < 2:
            continue
        parts.append(f"{fact_label(held[0][1].fact)}: " + ", ".join(f"{e.name} {m.fact.display}" for e, m in held))
        facts += [m.fact for _, m in held]
    if not parts:
        return None
    return f"The question is about {'; '.join(parts)}.", facts


def case_claims(claims: Sequence[Claim]) -> list[Claim]:
    """The claims a side opens with: one on the stat the question asks about first, then its strongest,
    one per criterion."""
    claims = sorted(claims, key=lambda c: c.criterion != FOCUS)
    chosen: list[Claim] = []
    for claim in claims:
        if len(chosen) < CASE_POINTS and claim.criterion not in {c.criterion for c in chosen}:
            chosen.append(claim)
    for claim in claims:
        if len(chosen) < CASE_POINTS and claim not in chosen:
            chosen.append(claim)
    return chosen


def case_round(name: str, speaker_id: str, chosen: Sequence[Claim], ground: Ground | None = None) -> RoundPlan:
    """A side's case: its claims; a side that leads nothing says so, with where it comes closest (after his
    figure on the stat a ranking orders the sides by, where he has only that to state)."""
    if chosen and all(c.kind == STANDING for c in chosen):
        facts = [f for c in chosen for f in c.facts]
        beyond = f"{name} leads none of the other yardsticks compared here"
        if ground is None:
            return RoundPlan("case", name, [*(c.text for c in chosen), f"{beyond}."], facts,
                             speaker_id=speaker_id, closes=False)
        return RoundPlan("case", name, [*(c.text for c in chosen), f"{beyond}, and {ground.text}."],
                         [*facts, *ground.facts], speaker_id=speaker_id, closes=False)
    if not chosen:
        if ground is None:
            return RoundPlan("case", name, [f"{name} leads none of the yardsticks compared here."],
                             speaker_id=speaker_id, closes=False)
        return RoundPlan("case", name, [f"{name} leads none of the yardsticks compared here, and {ground.text}."],
                         list(ground.facts), speaker_id=speaker_id, closes=False)
    return RoundPlan("case", name, [c.text for c in chosen], [f for c in chosen for f in c.facts],
                     speaker_id=speaker_id, closes=len(chosen) > 1)


def rebuttal_round(name: str, speaker_id: str, rebuttal: Rebuttal) -> RoundPlan:
    return RoundPlan("rebuttal", name, [rebuttal.text], list(rebuttal.facts), speaker_id=speaker_id)


def verdict_round(verdict: Verdict) -> RoundPlan:
    points: list[str] = []
    by_leader: dict[str, list[str]] = {}
    even: list[str] = []
    # The deciding criterion that no one leads is said in the summary, which the call then follows.
    said = even_decider([(line, line.weight) for line in verdict.scorecard if line.weight > 0]) \
        if verdict.winner is not None else None
    for line in verdict.scorecard:
        if line.weight <= 0:
            continue
        if line.leader is None:
            top = max(line.scores.values())
            sharing = [name for name, score in line.scores.items() if score >= top - CRITERION_TIE_MARGIN]
            if len(sharing) < len(line.scores):  # two of three level at the top: the third is behind, not even
                points.append(f"{_join(sharing)} share the lead in {line.label}.")
            elif line is not said:
                even.append(line.label)
        else:
            by_leader.setdefault(line.leader, []).append(line.label)
    for leader, labels in by_leader.items():
        points.append(f"{leader} takes {_join(labels)}.")
    if even:
        points.append(f"{_join(even).capitalize()} {'is' if len(even) == 1 else 'are'} even.")
    points.append(verdict.summary)
    if verdict.flip:
        points.append(f"What would change the call: {verdict.flip[0].lower()}{verdict.flip[1:]}")
    return RoundPlan("verdict", MODERATOR, points, judges_winner=True)


def fact_lines(facts: Sequence[Fact], names: Mapping[str, str]) -> list[FactLine]:
    """The brief's fact sheet: each fact with its owner's name, stat label, display and scope."""
    lines = []
    for fact in dict.fromkeys(facts):
        owner = names.get(fact.player_id) or f"the {league_spec(league_of(fact.player_id)).label}"
        lines.append(FactLine(player=owner, stat=fact_label(fact), display=fact.display, note=scope_phrase(fact)))
    return lines
