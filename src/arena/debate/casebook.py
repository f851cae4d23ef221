"""Everything argued before a word is written: the contenders' data, measures, claims, rebuttals, the
verdict, the rounds' points, the tale of the tape and the charts."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from random import Random
from typing import Any

from arena.debate.claims import (
    STANDING,
    Claim,
    ClaimWriter,
    Entry,
    build_claims,
    closest_ground,
    ends_sentence,
    possessive,
    ranked_place,
    season_runs,
    singular,
    standing_claim,
    window_span,
)
from arena.debate.dossier import Dossier, DossierReader, Window, load_window_ranks
from arena.debate.facts import (
    AWARDS_GROUP,
    SEASON,
    TITLES_GROUP,
    Fact,
    FactBook,
    award_class_label,
    bare_display,
    league_entity,
    league_of,
    range_scope,
    stat_label,
)
from arena.debate.measures import (
    ACCOLADES,
    FOCUS,
    LONGEVITY,
    PRODUCTION,
    SECONDARY_WEIGHT,
    TEAM_RESULTS,
    WORKLOAD,
    WORKLOAD_SHARE,
    AwardTerms,
    Measure,
    award_caveat,
    award_terms,
    build_measures,
    eras_apart,
    lead_stats,
    led_stat,
    role_stat,
    roles_apart,
    seasons_an_award_may_predate,
    secondary_volumes,
    shared_game,
    signature_stat,
    spec_for,
    weigh_by_standing,
)
from arena.debate.model import Argument, Side, SidePlayer, Verdict
from arena.debate.plan import ALL_AWARDS, PEERS_DEBATED, PLAYOFF_WORDS, Plan, Ranking
from arena.debate.rebuttals import RebuttalWriter
from arena.debate.rounds import (
    CASE_POINTS,
    MODERATOR,
    RoundPlan,
    case_claims,
    case_round,
    focus_point,
    introduce,
    ranking_point,
    rebuttal_round,
    verdict_round,
)
from arena.debate.teams import TeamDossier, load_team, team_measures
from arena.debate.titles import title_count, title_measures
from arena.debate.verdict import CRITERIA, decide
from arena.nlu import StatFocus
from arena.stats import (
    GROUPS,
    CareerGap,
    League,
    StatStore,
    held_seasons,
    league_spec,
    names_no_leader,
    season_label,
)
from arena.stats.leagues.model import PositionSpec, ShortSeason, Trophy
from arena.text import GENERATIONAL_SUFFIXES

STAT_CARD_ROWS = 16
_CARD_KINDS = ("total", "rate", "seasons", "games", "era", "led", "top5", "awards", "titles", "peak", "rank",
               "percentile", "team", "hall_of_fame")


@dataclass
class Casebook:
    intent: str
    book: FactBook
    names: dict[str, str]
    entries: list[Entry]
    sides: list[Side]
    claims: dict[str, list[Claim]]
    verdict: Verdict
    rounds: list[RoundPlan]
    notes: list[str] = field(default_factory=list)
    stat_card: dict[str, Any] = field(default_factory=dict)
    charts: list[dict[str, Any]] = field(default_factory=list)
    # Players named with a figure who are no side (a season's leader where neither side led): the fact check
    # reads their names too, so "Kevin Durant did, with 28.0" is not read as Kevin Love's.
    mentioned: dict[str, str] = field(default_factory=dict)


def _unique_names(pairs: Sequence[tuple[str, str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Display names (years added when two contenders share a name) and short names for later mentions."""
    counts: dict[str, int] = {}
    for _, name, _ in pairs:
        counts[name] = counts.get(name, 0) + 1
    names = {i: (f"{name} ({years})" if counts[name] > 1 and years else name) for i, name, years in pairs}
    surnames: dict[str, set[str]] = {}
    for i, name in names.items():
        surnames.setdefault(_surname(name), set()).add(i)
    short = {i: (last if len(surnames[last]) == 1 else name) for i, name in names.items() if (last := _surname(name))}
    return names, short


# Words that begin a surname of two or more ("Martin St. Louis", "Keith Van Horn", "Vinny Del Negro"): the
# surname is said whole, never "Louis' 1.3".
_SURNAME_PARTICLES = frozenset({"st", "ste", "van", "von", "de", "del", "della", "der", "den", "di", "da", "du",
                                "la", "le", "ter"})


def _surname(name: str) -> str:
    """"Griffey" of "Ken Griffey Jr.", "St. Louis" of "Martin St. Louis": the last word of a display name before
    any generational suffix, with the particles before it that belong to it."""
    words = name.split(" (", maxsplit=1)[0].split()
    core = [w for w in words if w.rstrip(".").lower() not in GENERATIONAL_SUFFIXES] or words
    start = len(core) - 1
    # The first word is a given name even where it reads as a particle ("De'Aaron", "Van").
    while start > 1 and core[start - 1].rstrip(".").lower() in _SURNAME_PARTICLES:
        start -= 1
    return " ".join(core[start:])


def _years(dossier: Dossier) -> str:
    lines = dossier.season_lines()
    if lines:
        first, last = lines[0][0].season, lines[-1][0].season
    else:
        first, last = dossier.player.first_season or 0, dossier.player.last_season or 0
    if not first:
        return ""
    return season_label(dossier.league, first) + ("" if first == last else f" to {season_label(dossier.league, last)}")


def _missing_note(book: FactBook, dossier: Dossier, name: str) -> str:
    """The honest statement for a contender with nothing in the asked seasons."""
    league = league_spec(dossier.league).label
    window = dossier.window
    group = dossier.group or ""
    book.add(dossier.id, group, "seasons", 0.0, scope=window.scope(), season=window.first if window.is_single else None)
    if window.is_career:
        return f"{name} has no {league} seasons in the data, so there is nothing to argue for him."
    span = (f"in {season_label(dossier.league, window.first or 0)}" if window.is_single else
            f"from {season_label(dossier.league, window.first or 0)} to "
            f"{season_label(dossier.league, window.last or 0)}")
    player = dossier.player
    hole = dossier.hole_after
    if hole is not None and hole < (window.first or 0):
        # The seasons asked lie past where every source of his group stops (NHL goalies after 2017-18): they
        # are missing from the data, not from his career, which "has no season" would say.
        cut = next(h.group for h in league_spec(dossier.league).known_holes if h.after == hole and h.group)
        stop = book.add(dossier.id, cut, "final_season", float(hole), season=hole)
        return (f"{possessive(name)} {cut} figures stop at {stop.display}: no source has {league} {cut} seasons "
                f"after it, so he cannot be judged {span}.")
    if (window.first is not None and window.last is not None
            and league_spec(dossier.league).never_played(window.first, window.last)):
        # No one has a season the league never played: neither the data nor his career is short of it.
        return (f"A lockout cancelled the {league}'s {season_label(dossier.league, window.first)} season, so "
                f"{name} cannot be judged on it.")
    text = f"{name} has no {league} season in the data {span}"
    if player.first_season is not None and player.last_season is not None:
        debut = book.add(dossier.id, group, "debut_season", float(player.first_season), season=player.first_season)
        final = book.add(dossier.id, group, "final_season", float(player.last_season), season=player.last_season)
        text += f"; his seasons run from {debut.display} to {final.display}"
    return text + ", so he cannot be judged on it."


def _award_caveat(book: FactBook, dossier: Dossier) -> str | None:
    caveat = award_caveat(dossier)
    through = league_spec(dossier.league).awards_through
    if caveat is not None and through is not None:
        book.add(league_entity(dossier.league), AWARDS_GROUP, "awards_through", float(through), scope="league",
                 season=through)
    return caveat


def _terms_points(book: FactBook, terms: AwardTerms, names: Mapping[str, str],
                  contenders: Sequence[Dossier] = ()) -> list[str]:
    """One short clause per accolade left out as unfair: an award one side's career began before, a class
    of trophies each league has its own of, the Hall of Fame while a side is active or not yet eligible."""
    points = []
    by_dossier: dict[str, list[tuple[str, int, str]]] = {}
    for award_class, (dossier, since) in terms.excluded.items():
        # Only an award someone won would have counted; leaving out one nobody won needs no word.
        if not terms.won.get(award_class):
            continue
        first = book.add(league_entity(dossier.league), AWARDS_GROUP, "award_first_season", float(since),
                         scope="league", season=since)
        origin = _first_given(book, dossier.league, award_class, since)
        if origin is not None:
            # The data's first season is not the award's: his career did not predate it, the source does.
            points.append(f"Not compared: the data's {_terms_label(terms, dossier.league, award_class)} begin with "
                          f"{first.display} (the award was first given in {origin.display}), and "
                          f"{possessive(names[dossier.id])} {'season' if dossier.window.is_single else 'career'} "
                          f"began before that.")
            continue
        irregular = league_spec(dossier.league).award_classes_given_irregularly_from.get(award_class)
        if irregular is not None and dossier.window.is_single and irregular <= (dossier.window.first or 0):
            # Lou Gehrig was the AL's MVP of 1927: that season did not come before the award.
            points.append(f"Not compared: {_terms_label(terms, dossier.league, award_class)}, given every season "
                          f"only from {first.display}.")
            continue
        label = _terms_label(terms, dossier.league, award_class)
        if dossier.window.is_single:
            by_dossier.setdefault(dossier.id, []).append((f"{label} (from {first.display})", since, award_class))
        elif award_class == "rookie":
            # A rookie award is won in a player's first season: his came before it was given, whatever seasons
            # the two shared later (Mikan's comeback 1955-56 beside Pettit's second).
            points.append(f"Not compared: {label} (given every season from {first.display}), since "
                          f"{possessive(names[dossier.id])} rookie season came before they were given.")
        elif award_class in terms.overlap:
            # Careers that shared a season or two of it: too few to compare them on, said with the seasons.
            # The seasons each one played in it, not the span between: Mikan sat out 1954-55, so he and Pettit
            # shared only 1955-56.
            low, high = terms.overlap[award_class]
            played = sorted(set.intersection(*({line[0].season for line in d.season_lines()} for d in contenders))
                            & set(range(low, high + 1))) or [low, high]
            shared = [book.add(league_entity(dossier.league), AWARDS_GROUP, key, float(season), scope="league",
                               season=season)
                      for key, season in zip(("award_window_first", "award_window_last"),
                                             (played[0], played[-1]), strict=True)]
            span = (shared[0].display if shared[0].season == shared[1].season
                    else f"{shared[0].display} to {shared[1].display}")
            points.append(f"Not compared: {label} (given every season from {first.display}), since "
                          f"{_joined(contenders, names)} played only {span} together once they were given, too "
                          f"few seasons to compare careers on.")
        else:
            by_dossier.setdefault(dossier.id, []).append((f"{label} (given every season from {first.display})", since,
                                                          award_class))
    windows = {d.id: d.window for d, _ in terms.excluded.values()}
    for dossier_id, listing in by_dossier.items():
        labels = [label for label, _, _ in listing]
        listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        # A single season came before them; careers (or ranges) that share no season since they were given
        # have no season in which both could win one.
        if windows[dossier_id].is_single:
            points.append(f"Not compared, since {possessive(names[dossier_id])} season came before they were "
                          f"given: {listed}.")
        else:
            since, award_class = min((since, award_class) for _, since, award_class in listing)
            own = next(d for d, _ in terms.excluded.values() if d.id == dossier_id)
            points.append(f"Not compared: {listed}, since "
                          f"{_no_common_season(contenders, names, since, own, award_class)}.")
    for award_class, (dossier, since, first_common, last_common) in terms.common.items():
        if not terms.won.get(award_class):
            continue
        first = book.add(league_entity(dossier.league), AWARDS_GROUP, "award_first_season", float(since),
                         scope="league", season=since)
        every = "both" if len(contenders) == 2 else "all"
        window = f"the seasons {every} could win one ({window_span(dossier.league, first_common, last_common)})"
        label = _terms_label(terms, dossier.league, award_class)
        origin = None if award_class in terms.one_trophy else _first_given(book, dossier.league, award_class, since)
        if origin is not None:
            # The data's list starts after the award did (the AP MVP of 1957, curated from 1970): his career
            # began before the list, not before the award.
            points.append(f"{label[0].upper()}{label[1:]} are counted only over "
                          f"{window_span(dossier.league, first_common, last_common)}, the seasons {every} played that "
                          f"the data's list of them covers: it begins with {first.display} (the award was first "
                          f"given in {origin.display}), after {possessive(names[dossier.id])} career began.")
            continue
        points.append(f"{label[0].upper()}{label[1:]} are counted only in {window}: "
                      f"{possessive(names[dossier.id])} career began before they were given every season (from "
                      f"{first.display}).")
    # Classes left out for one season: where the data stops, or a season that gave none.
    for seasons, key, reason in ((terms.uncovered, "award_last_season", "the data's {label} end with {season}, and "
                                  "the seasons compared run past it"),
                                 (terms.not_given, "award_not_given", "{label}, since none were given in {season}")):
        for award_class, (dossier, season) in seasons.items():
            if not terms.won.get(award_class):
                continue
            fact = book.add(league_entity(dossier.league), AWARDS_GROUP, key, float(season), scope="league",
                            season=season)
            label = _terms_label(terms, dossier.league, award_class)
            points.append(f"Not compared: {reason.format(label=label, season=fact.display)}.")
    veteran = terms.never_a_rookie
    if veteran is not None and terms.won.get("rookie") and "rookie" not in terms.excluded:
        points.append(f"Not compared: {award_class_label(veteran.league, 'rookie')}, since {names[veteran.id]} "
                      f"{_why_not_a_rookie(book, veteran)}.")
    unlike = [award_class_label(None, c) for c in sorted(terms.unlike) if terms.won.get(c)]
    if unlike:
        points.append(f"Not compared across leagues, since each league awards its own: {' and '.join(unlike)}.")
    withheld = terms.hall_of_fame_withheld
    if withheld is not None and withheld.window.is_career:
        # Every contender it waits for, not only the first ("Crosby, Ovechkin and Malkin are still active").
        waiting = [d for d in contenders if d.awaits_hall_of_fame] or [withheld]
        reasons = []
        for why, who in (("still active", [d for d in waiting if d.is_active]),
                         ("not yet eligible", [d for d in waiting if not d.is_active])):
            if who:
                named = [names[d.id] for d in who]
                joined = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
                reasons.append(f"{joined} {'is' if len(who) == 1 else 'are'} {why}")
        points.append(f"The Hall of Fame is not compared: {'; '.join(reasons)}.")
    return points


def _first_given(book: FactBook, league: League, award_class: str, since: int) -> Fact | None:
    """The season an award class was first given, as a fact, where the data's list of it begins later."""
    given = league_spec(league).award_classes_first_given.get(award_class)
    if given is None or given >= since:
        return None
    return book.add(league_entity(league), AWARDS_GROUP, "award_first_given", float(given), scope="league",
                    season=given)


def _terms_label(terms: AwardTerms, league: League, award_class: str) -> str:
    """A class's label in its terms, or its one trophy's where the awards won in it are all one trophy: the
    window of the Rocket Richard Trophy (from 1998-99) is not that of "major trophies besides the Hart", which
    holds the Vezina of 1926-27."""
    trophy = terms.one_trophy.get(award_class)
    return trophy.label if trophy is not None else award_class_label(league, award_class)


def _no_common_season(contenders: Sequence[Dossier], names: Mapping[str, str], since: int, own: Dossier,
                      award_class: str = "") -> str:
    """Why an award of ``own``'s league, given every season from ``since``, is left out, in plain words: his
    career ended before it (Eddie Shore's and the Norris of 1953-54), else no season in which it was given had
    every side playing (Babe Ruth's 1914-35 and Mike Trout's seasons since 2011, the MVP every season from
    1931), so neither could win it while the other could. An award given in some seasons before that (MLB's
    MVP from 1911: Walter Johnson's of 1913 and 1924) was not missed by his seasons, only its every season."""
    if _ended_before(own, since):
        irregular = league_spec(own.league).award_classes_given_irregularly_from.get(award_class)
        if irregular is not None and not _ended_before(own, irregular):
            whose = "career" if own.window.is_career else "seasons compared"
            return f"{possessive(names[own.id])} {whose} ended before they were given every season"
        return f"{possessive(names[own.id])} career ended before they were given"
    never = "never played" if len(contenders) == 2 else "never all played"
    return f"{_joined(contenders, names)} {never} in the same season once they were given"


def _joined(contenders: Sequence[Dossier], names: Mapping[str, str]) -> str:
    named = [names[d.id] for d in contenders]
    return " and ".join(named) if len(named) <= 2 else f"{', '.join(named[:-1])} and {named[-1]}"


def _why_not_a_rookie(book: FactBook, veteran: Dossier) -> str:
    """Why ``veteran`` could not win his league's rookie award in his window, as the rest of a sentence that
    began with his name, each number a fact (his figures; the rule's limits as league facts)."""
    why = veteran.not_a_rookie
    assert why is not None
    league, (group, key) = veteran.league, why.stat
    label = league_spec(league).label
    season = season_label(league, why.season)
    if why.rule == "league":
        (since,) = why.earlier
        first = book.add(veteran.id, veteran.group or "", "debut_season", float(since), scope=SEASON, season=since)
        return (f"played in the {why.competition} from {first.display}, before {season}, and a player from another "
                f"major league is no rookie")
    if why.rule == "age":
        age = book.add(league_entity(league), AWARDS_GROUP, "rookie_age_limit", why.limit, scope="league").display
        return (f"had turned {age} before {season} began, and the {label} rookie award is for players not yet "
                f"{age} by mid-September of their season")
    stat = stat_label(league, group, key)
    limit = book.add(league_entity(league), group, "rookie_limit", why.limit, scope="league").display
    if why.rule == "career":
        since, until = why.earlier
        total = book.add(veteran.id, group, key, why.amounts[0], scope=range_scope(since, until)).display
        return (f"had {total} {stat} from {season_label(league, since)} to {season_label(league, until)}, before "
                f"{season}, more than the {limit} the {label} rookie rule allows")
    amounts = [book.add(veteran.id, group, key, amount, scope=SEASON, season=earlier).display
               for earlier, amount in zip(why.earlier, why.amounts, strict=True)]
    played = " and ".join(f"{amount} {stat} in {season_label(league, earlier)}"
                          for earlier, amount in zip(why.earlier, amounts, strict=True))
    if why.rule == "two_seasons":
        return (f"played {played}, before {season}, and more than {limit} in each of two earlier seasons rules a "
                f"player out of the {label} rookie award")
    if why.limit == 0:
        return f"played {played}, and the {label} rookie award is for a player's first {label} season"
    return f"played {played}, more than the {limit} in one earlier season the {label} rookie rule allows"


def _stat_card(entries: Sequence[Entry]) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    keys = list(dict.fromkeys(k for e in entries for k in e.measures))
    # The stat the question asks about heads the card (a rings question's championships, first).
    keys.sort(key=lambda k: k[0] != FOCUS)
    for key in keys:
        held = [(e, e.measures[key]) for e in entries if key in e.measures]
        first = held[0][1]
        if first.kind not in _CARD_KINDS or len(rows) >= STAT_CARD_ROWS:
            continue
        if first.kind == "stretch":
            continue
        values: list[str | None] = []
        # Each value's own label: across sports a row holds one sport's points and another's passing yards.
        labels: list[str | None] = []
        for entry in entries:
            m = entry.measures.get(key)
            if m is None:
                values.append(None)
                labels.append(None)
                continue
            if m.fact.season is not None and m.kind in ("peak", "percentile"):
                values.append(f"{m.fact.display} ({season_label(entry.league, m.fact.season)})")
            elif m.kind == "rank":  # Lindros and Jagr both 1st in 1994-95's points: tied, not two leaders
                values.append(ranked_place(m.fact, m.context))
            else:
                values.append(m.fact.display)
            own = stat_label(league_of(m.fact.player_id), m.group, m.stat)
            labels.append(f"best season, {own}" if m.kind == "peak" else own)
        ordered = sorted(held, key=lambda h: -h[1].value if h[1].higher_is_better else h[1].value)
        level = len(ordered) < 2 or bare_display(ordered[0][1].fact) == bare_display(ordered[1][1].fact)
        leader = None if level else ordered[0][0].name
        label = " / ".join(dict.fromkeys(text for text in labels if text is not None))
        # A stat measured under two criteria (the one asked about, and production) is one row of the card.
        if any(row["label"] == label and row["values"] == values for row in rows):
            continue
        rows.append({"stat": first.stat, "criterion": first.criterion, "label": label, "values": values,
                     "labels": labels, "leader": leader})
    return {"title": "Tale of the tape",
            "players": [{"id": e.id, "name": e.name, "league": e.league.value} for e in entries],
            "rows": rows}


def _charts(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> list[dict[str, Any]]:
    charts: list[dict[str, Any]] = []
    by_stat: dict[tuple[str, str, str], list[Dossier]] = {}
    for d in dossiers:
        spec = spec_for(d)
        if spec is None or d.window.is_single or not d.has_data:
            continue
        by_stat.setdefault((d.league.value, d.group or "", spec.peak), []).append(d)
    for (league, group, stat), members in by_stat.items():
        label = stat_label(members[0].league, group, stat)
        series = [{"player": names[d.id], "player_id": d.id,
                   "points": [{"season": s.season, "label": s.label, "value": line.get(stat)}
                              for s, line in d.season_lines()]} for d in members]
        charts.append({"title": f"{label[0].upper()}{label[1:]} by season ({league.upper()})", "stat": stat,
                       "series": series})
    return charts


def _debate_rounds(entries: Sequence[Entry], claims: dict[str, list[Claim]], writer: ClaimWriter,
                   verdict: Verdict, ranking: Ranking | None = None,
                   stated: Mapping[str, Claim] | None = None) -> list[RoundPlan]:
    """``stated``: a side's record no rival's is set against (a two-way season's other role), said in his case
    after his first claim."""
    chosen = {e.id: case_claims(claims[e.id]) for e in entries}
    for speaker_id, claim in (stated or {}).items():
        chosen[speaker_id] = [*chosen[speaker_id][:1], claim, *chosen[speaker_id][1:CASE_POINTS - 1]]
    if ranking is not None:
        # Each side of a ranking argues (or, where he has no edge on it, states) his figure on the stat it
        # ranks by, before his strongest other ground.
        for e in entries:
            standing = standing_claim(e, [o for o in entries if o.id != e.id], ranking.stat)
            if standing is None or any(c.key == standing.key for c in chosen[e.id]):
                continue
            # His claim on it, in place of his weakest; else his figure stated, before all of them.
            on_it = next((c for c in claims[e.id] if c.key == standing.key), None)
            chosen[e.id] = [standing, *chosen[e.id]] if on_it is None else [on_it, *chosen[e.id][:CASE_POINTS - 1]]
    grounds = {e.id: closest_ground(e, [o for o in entries if o.id != e.id], verdict.weights)
               for e in entries if all(c.kind == STANDING for c in chosen[e.id])}
    rounds = [case_round(e.name, e.id, chosen[e.id], grounds.get(e.id)) for e in entries]
    rebuttals = RebuttalWriter(entries, claims, writer, verdict.weights,
                               told={i: g.key for i, g in grounds.items() if g is not None}, made=chosen)
    used = {c.key for items in chosen.values() for c in items}
    rounds += [rebuttal_round(e.name, e.id, rebuttals.rebut(e.id, used)) for e in entries]
    rounds.append(verdict_round(verdict))
    return rounds


def _sides(players: Sequence[SidePlayer], claims: Mapping[str, list[Claim]]) -> list[Side]:
    return [Side(player=p, arguments=[
        Argument(claim=c.text, evidence=list(c.evidence), strength=c.strength, criterion=c.criterion)
        for c in claims.get(p.id, [])]) for p in players]


def measure_contenders(reader: DossierReader, book: FactBook, dossiers: Sequence[Dossier], *,
                       focus: Sequence[StatFocus] = (), names: Mapping[str, str] | None = None,
                       short: Mapping[str, str] | None = None, titles_asked: bool = False,
                       award_asked: str | None = None, count_asked: bool = False,
                       terms: AwardTerms | None = None, led_asked: bool = False,
                       role_asked: bool = False, trophy_asked: str | None = None) -> tuple[list[Entry], bool]:
    """The contenders with data, measured; the flag says whether they are compared across positions or
    sports (then only on ranks, percentiles, accolades, titles and longevity). ``titles_asked``: the
    question is about championships, so titles are the stat in question; ``award_asked``: likewise the
    count of that award class (where it can be compared fairly: an accolade measure of it exists);
    ``count_asked``: the question asks who has more of its stat, so that stat's total is what is in question.
    ``terms``: the contenders' award terms when the caller has worked them out already (else they are
    worked out here); ``led_asked``: the question asks who led the league in its stat, so the seasons
    leading it are what is in question; ``role_asked``: the question is about the role its stat measures, so
    that stat is weighed rate first, with the seasons leading the league in it; ``trophy_asked``: the
    question names a trophy, so each side's count of it is the stat in question, where every side's
    seasons could have won it (see :func:`_trophy_not_held`)."""
    with_data = [d for d in dossiers if d.has_data]
    cross = len({(d.league, d.group) for d in with_data}) > 1
    apart = not cross and eras_apart(with_data)
    roles = not cross and roles_apart(with_data)
    for d in with_data:
        spec = spec_for(d)
        led = led_stat(focus, spec, d) if focus and spec is not None else None
        extra = spec.titles if spec is not None and not cross and not d.window.is_single else ()
        reader.season_ranks(d, dict.fromkeys((*lead_stats(d, cross=cross), *([led] if led is not None else []),
                                              *extra)))
        if cross and (role := role_stat(d)) is not None:
            load_window_ranks(reader.store, d, (role,))
        elif focus and d.window.is_career:
            # Whether he holds the all-time record in a count asked about (see MeasureBuilder.focus).
            counts = GROUPS[d.league][d.group or ""].counts if d.group in GROUPS[d.league] else ()
            load_window_ranks(reader.store, d, [f.key for f in focus if f.group == d.group and f.key in counts])
    for d in with_data:
        _hold_partial_figures(book, d)
    # Titles in other stats count where some contender won one (Wilt's rebounding titles).
    won = {stat for d in with_data for (stat, _), rank in d.ranks.items() if rank == 1}
    titles = [stat for stat in dict.fromkeys(s for y in map(spec_for, with_data) if y is not None for s in y.titles)
              if stat in won]
    # A stat that is some contender's game (Cousy's assists) is judged as the position's own for every side.
    signature = {d.id: signature_stat(d) for d in with_data}
    signatures = [stat for stat in titles if stat in signature.values()]
    game = shared_game(list(signature.values()))
    secondary = secondary_volumes(with_data) if not cross else ()
    awards = all(award_caveat(d) is None for d in with_data)
    terms = award_terms(with_data) if terms is None else terms
    entries = [Entry(d.id, (names or {}).get(d.id, d.name), d.league, (short or {}).get(d.id, ""),
                     {(m.criterion, m.key): m
                      for m in (*build_measures(book, d, cross=cross, focus=focus, awards=awards, terms=terms,
                                                apart=apart, count=count_asked, led=led_asked, roles=roles,
                                                role_scope=role_asked, titles=titles, signatures=signatures,
                                                secondary=secondary, game=game,
                                                peaks=[stat for stat in signature.values() if stat is not None]),
                                *title_measures(book, d, asked=titles_asked))}, d.is_active, signature[d.id])
               for d in with_data]
    if len(entries) > 1 and _counts_cut(with_data):
        # A side's figures stop at a known hole while his career may run on (Tucker's kicking at 2016), or
        # start at one after his career began (Bart Starr's passing at 1970, his last two seasons): counts over
        # those seasons are no career's, so no side is judged on them; rates, best seasons and shares of seasons
        # are. So too where every side is cut at the same hole: Carey Price's 286 wins to 2017-18 against
        # Andrei Vasilevskiy's 85 set 11 seasons against 4 of careers that both ran on (Lundqvist's 431 to
        # Fleury's 404 then; 459 to 575 at the end).
        for e in entries:
            for key in [k for k, m in e.measures.items() if m.kind in CUT_CAREER_COUNTS]:
                del e.measures[key]
    # A season's rank in the AL is no place ahead of or behind one in the NL (Bagwell's 2nd in the NL in
    # batting average in 1994, Thomas' 3rd in the AL): ranks taken in different competitions judge no side.
    for key in {k for e in entries for k, m in e.measures.items() if m.kind == "rank"}:
        if len({e.measures[key].fact.competition for e in entries if key in e.measures}) > 1:
            for e in entries:
                e.measures.pop(key, None)
    if _schedules_apart(with_data):
        # One season set against another far longer (Soto's 60-game 2020 against Bonds' 2004): a total is
        # the schedule's as much as the player's, so seasons are judged on rates and against the league.
        for e in entries:
            for key in [k for k, m in e.measures.items() if m.kind in PARTIAL_COUNTS]:
                del e.measures[key]
    # A total or a count of games over seasons some source lacks is no career's (Warren Moon's completions
    # without 1992-98, Travis Kelce's games without 2024): no side is judged on it; its rates are, each
    # saying the seasons it covers.
    # A count the league began to keep during his career is the record books' count, compared as they
    # compare it (Lawrence Taylor's 132.5 sacks from 1982), saying its seasons (see _unofficial_point).
    later = {(d.id, key) for d in with_data for gap in d.career.gaps for key in _kept_later(d, gap)}
    partial = {k for e in entries for k, m in e.measures.items()
               if m.kind in PARTIAL_COUNTS and m.fact.held and (e.id, m.stat) not in later}
    # So is a best season or stretch of a stat some side's sources lack seasons of: Bledsoe's 86.0 of 2002 is
    # no better season than Brunell's best where no source has Brunell's 1996-99 passer ratings.
    partial |= {k for e in entries for k, m in e.measures.items()
                if m.kind in ("peak", "stretch", "era_peak") and (e.id, m.stat) not in later
                and any(book.is_held(other.id, m.group, m.stat) for other in entries)}
    for e in entries:
        for key in partial.intersection(e.measures):
            del e.measures[key]
    # Seasons leading the league or in its top five are no count of his over seasons whose lists name no
    # leader (the NFL's before 1970: most players in no file, the AFL's seasons beside the NFL's; Johnny
    # Unitas' four touchdown-pass titles of 1957-1960 are in no list): no side is judged on them, and the
    # opening says so (see _unranked_point).
    if any(_unranked_seasons(d) for d in with_data):
        for e in entries:
            for key in [k for k, m in e.measures.items() if m.kind in RANK_COUNTS]:
                del e.measures[key]
    # Titles over seasons whose champions no player is credited with (the NHL's after 2017-18) are no count
    # of his (Nikita Kucherov's 2020 and 2021 Cups): no side is judged on them as an accolade. Asked about,
    # they are the answer where the counts credited settle it whatever the later seasons brought, which the
    # opening says (see _uncredited_point).
    if any(d.hole_before is not None for d in with_data):
        # A title is credited through his club's season, and no source has his seasons before the hole: Starr's
        # five NFL championships of the 1960s are none of his here, so no side is judged on titles (see
        # _uncredited_point).
        for e in entries:
            for key in [k for k, m in e.measures.items() if m.kind == "titles"]:
                del e.measures[key]
    elif _uncredited_sides(with_data):
        settled = titles_asked and _titles_settled(with_data)
        for e in entries:
            for key in [k for k, m in e.measures.items() if m.kind == "titles" and not (settled and k[0] == FOCUS)]:
                del e.measures[key]
    asked_counts = [f.key for f in focus if with_data and f.group == with_data[0].group
                    and f.key in GROUPS[with_data[0].league][f.group].counts]
    if not cross and not count_asked and len(focus) > 1 and len(asked_counts) == len(focus):
        weigh_by_standing([e.measures for e in entries], with_data, asked_counts)
    if award_asked == ALL_AWARDS:
        # Awards at large ("on awards"): every award class both sides are counted in is in question, each
        # weighing as it does among the accolades (an MVP more than an All-Star selection); the Hall of Fame
        # is an honour of the career, not an award won.
        shared = [name for (c, name), m in entries[0].measures.items() if c == ACCOLADES and m.kind == "awards"
                  and all((ACCOLADES, name) in e.measures for e in entries[1:])] if entries else []
        for e in entries:
            for name in shared:
                e.measures[FOCUS, name] = replace(e.measures[ACCOLADES, name], criterion=FOCUS)
    for award_class in (award_asked, *_role_awards(focus, with_data)):
        asked = f"awards:{award_class}"
        if award_class is not None and all((ACCOLADES, asked) in e.measures for e in entries):
            for e in entries:
                e.measures[FOCUS, asked] = replace(e.measures[ACCOLADES, asked], criterion=FOCUS, weight=1.0)
    trophy = _trophy(with_data, trophy_asked)
    if trophy is not None and not cross and _predating_trophy(with_data, trophy) is None:
        stat = f"awards:{trophy.key}"
        by_id = {d.id: d for d in with_data}
        for e in entries:
            d = by_id[e.id]
            count = float(sum(1 for award in d.awards if award.award.lower() == trophy.award))
            fact = book.add(d.id, AWARDS_GROUP, stat, count, scope=d.window.scope(),
                            season=d.window.first if d.window.is_single else None)
            e.measures[FOCUS, stat] = Measure(FOCUS, stat, "awards", stat, AWARDS_GROUP, count, fact)
    return entries, cross


def _trophy(dossiers: Sequence[Dossier], award: str | None) -> Trophy | None:
    """The trophy ``award`` names in the contenders' league (None: none asked, or theirs has no such one)."""
    leagues = {d.league for d in dossiers}
    return next((t for league in leagues for t in league_spec(league).trophies if t.award == award), None)


def _predating_trophy(dossiers: Sequence[Dossier], trophy: Trophy) -> Dossier | None:
    """The first contender more of whose seasons came before ``trophy`` was first given than a count of it
    may fairly miss (see :func:`seasons_an_award_may_predate`): Eddie Shore's, before the Norris."""
    for d in dossiers:
        lines = d.season_lines()
        missed = sum(1 for line in lines if line[0].season < trophy.first_season)
        if trophy in league_spec(d.league).trophies and missed > seasons_an_award_may_predate(trophy.key, len(lines)):
            return d
    return None


def _trophy_not_held(book: FactBook, award: str | None, dossiers: Sequence[Dossier],
                     names: Mapping[str, str]) -> str | None:
    """Why a trophy the question names cannot be counted for every side: a side's career (or season) came
    before it was first given ("who has more Norris Trophies, Eddie Shore or Bobby Orr": the Norris from
    1953-54, after Shore's career). The rest of their game is still argued, but no verdict answers it."""
    trophy = _trophy(dossiers, award)
    before = _predating_trophy(dossiers, trophy) if trophy is not None else None
    if trophy is None or before is None:
        return None
    fact = book.add(league_entity(before.league), AWARDS_GROUP, "award_first_given", float(trophy.first_season),
                    scope="league", season=trophy.first_season)
    began = _before_award(before, trophy.first_season, "it was first given", "")
    return (f"The question is about {trophy.label}, and {possessive(names[before.id])} {began} ({fact.display}): "
            f"it cannot be settled on these numbers, so there is no verdict on it.")


def _defense_unmeasured(plan: Plan, dossiers: Sequence[Dossier]) -> list[Dossier]:
    """The sides a question about defense cannot be measured for: his league reads defense in no figure of
    the group he is judged in (MLB keeps no fielding figures: a batter's defense is in no stat of the store,
    and ERA is a pitcher's)."""
    if not plan.defense:
        return []
    unmeasured = []
    for d in dossiers:
        spec = league_spec(d.league)
        mapped = spec.concepts.get("defense", {})
        groups = {group for role, pairs in mapped.items() for group, _ in pairs
                  if role == "any" or spec.role_groups.get(role) == d.group}
        if d.group not in groups:
            unmeasured.append(d)
    return unmeasured


def _defense_point(unmeasured: Sequence[Dossier], names: Mapping[str, str]) -> str | None:
    """"The question is about defense, and the data keeps no defensive figures of MLB batting players, so
    Roberto Clemente's and Edgar Martinez's cannot be measured ..." where a side's defense is in no figure
    (see :func:`_defense_unmeasured`): his other figures do not answer it."""
    if not unmeasured:
        return None
    whose = " and ".join(possessive(names[d.id]) for d in unmeasured)
    groups = " or ".join(dict.fromkeys(f"{league_spec(d.league).label} {d.group}" for d in unmeasured))
    return (f"The question is about defense, and the data keeps no defensive figures of {groups} players, so "
            f"{whose} cannot be measured: it cannot be settled on these numbers, and there is no verdict on it.")


def _role_not_held(role: tuple[str, str] | None, dossiers: Sequence[Dossier],
                   names: Mapping[str, str]) -> str | None:
    """Why a question naming a role ("as a pitcher") has no answer: a side has no record in the role's
    group (Barry Bonds never pitched), so his other figures would answer another question."""
    if role is None:
        return None
    word, group = role
    without = [names[d.id] for d in dossiers if d.group != group]
    if not without:
        return None
    who = " and ".join(without)
    has = "has" if len(without) == 1 else "have"
    return (f"The question asks about each as a {word}, and {who} {has} no {group} record in the data: "
            f"{'he is' if len(without) == 1 else 'they are'} not measured in that role, so there is no verdict "
            f"on it.")


def _position_named(role: tuple[str, str] | None, league: League) -> PositionSpec | None:
    """The position a question's role names ("as a catcher": C), where its group holds other positions too
    (MLB batting); None where the role is no position, or its group is the position's alone (every pitching
    season is a pitcher's)."""
    if role is None:
        return None
    word, group = role
    positions = league_spec(league).positions
    named = next((p for p in positions if p.group == group and word in p.words.split(", ")), None)
    if named is None or all(p.codes <= named.codes for p in positions if p.group == group):
        return None
    return named


def _at_position(reader: DossierReader, dossier: Dossier, role: tuple[str, str] | None) -> Dossier:
    """A career judged at the position a question names, by each season's primary position (the one the
    store keeps per season): from his first to his last season there, so Joe Mauer "as a catcher" is his
    2004-2013, not his first-base years after. A window the question asked for, or a career with no season
    mostly at the position (nothing to narrow to), is judged as asked."""
    named = _position_named(role, dossier.league)
    if named is None or role is None or not dossier.window.is_career or not dossier.has_data:
        return dossier
    group = role[1]
    played = [s.season for s in dossier.seasons if group in s.positions]
    there = [s.season for s in dossier.seasons if s.positions.get(group) in named.codes]
    if not there or (min(there), max(there)) == (min(played), max(played)):
        return dossier
    return reader.dossier(dossier.id, Window(min(there), max(there)), group_hints=(group,))


def _position_measured(role: tuple[str, str] | None, dossiers: Sequence[Dossier], names: Mapping[str, str],
                       narrowed: Collection[str]) -> str | None:
    """What a question naming a position ("as a catcher") is measured on, by each season's primary position
    (see :func:`_at_position`): the seasons a career was narrowed to (``narrowed``: those sides' ids), the
    seasons within it at other
    positions, and a side who never played most of a season there, whose whole record in the group counts.
    None where the role is no position, or its group is the position's alone."""
    if role is None or not dossiers:
        return None
    word, group = role
    league = dossiers[0].league
    named = _position_named(role, league)
    if named is None:
        return None
    positions = league_spec(league).positions

    def called(code: str) -> str:  # the place, not the player: "first base", not "first baseman"
        words = next((p.words.split(", ") for p in positions if p.codes == frozenset({code})), [code])
        return next((w for w in words if not w.endswith(("man", "fielder"))), words[0])

    parts = []
    for d in dossiers:
        at = {s.season: code for s in d.seasons if (code := s.positions.get(group)) is not None}
        if not at:
            # A store imported before positions were kept: say none is known rather than "mainly a catcher".
            parts.append(f"{possessive(names[d.id])} seasons have no position in the store, so his whole {group} "
                         f"record counts")
            continue
        elsewhere: dict[str, list[int]] = {}
        for season, code in sorted(at.items()):
            if code not in named.codes:
                elsewhere.setdefault(called(code), []).append(season)
        if d.id not in narrowed and not elsewhere:
            continue
        where = (" (mostly at " + "; ".join(f"{place} in {season_runs(league, seasons)}"
                                            for place, seasons in elsewhere.items()) + ")") if elsewhere else ""
        name = names[d.id]
        if not any(code in named.codes for code in at.values()):
            parts.append(f"{name} was mainly a {word} in none of his seasons measured, so his {group} record is "
                         f"measured as it is")
        elif d.id in narrowed:
            parts.append(f"{name} on {window_span(league, d.window.first or 0, d.window.last or 0)}, his first "
                         f"to his last season there{where}")
        else:
            parts.append(f"{name} on every season measured{where}")
    if not parts:
        return (f"Each was mainly a {word} in every {league_spec(league).label} season measured, by the position "
                f"he played most each season, so each whole {group} record counts.")
    return (f"Each is measured as a {word} by the position he played most each {league_spec(league).label} "
            f"season: " + "; ".join(parts) + ".")


def _joined_words(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _role_awards(focus: Sequence[StatFocus], dossiers: Sequence[Dossier]) -> list[str]:
    """The award classes that honour the role a question asks about (``LeagueSpec.role_awards``): 'on
    defense' asks about steals, blocks and defensive rebounds, which the Defensive Player of the Year and the
    All-Defensive teams judge; a question about one of them (steals alone) is no question about the role."""
    leagues = {d.league for d in dossiers}
    if len(leagues) != 1:
        return []
    (league,) = leagues
    asked = {f.key for f in focus if f.league in (None, league.value)}
    return [award_class for award_class, stats in league_spec(league).role_awards.items() if stats <= asked]


# Measures that add up a career's seasons, so over seasons a source lacks they are short of it.
PARTIAL_COUNTS = frozenset({"total", "games"})
# Measures read from his league ranks, season by season.
RANK_COUNTS = frozenset({"led", "top5", "share", "rank"})


def _unranked_seasons(dossier: Dossier) -> list[int]:
    """His seasons whose league lists name no leader (see :func:`arena.stats.names_no_leader`)."""
    group = dossier.group
    if group is None:
        return []
    return [s.season for s, _ in dossier.season_lines() if names_no_leader(dossier.league, group, s.season)]


def _titles_uncredited(dossier: Dossier) -> int | None:
    """The last season whose titles his league credits to players, where his window runs past it, or his
    figures stop at a hole there and his career may (Andrei Vasilevskiy's goaltending at 2017-18, his Cups in
    2020 and 2021). None: every title of his window is credited; see ``LeagueSpec.titles_credited_through``."""
    through = league_spec(dossier.league).titles_credited_through
    last = dossier.window.last if dossier.window.last is not None else dossier.player.last_season
    if through is None or last is None:
        return None
    runs_on = dossier.hole_after is not None and dossier.hole_after >= through
    return through if last > through or runs_on else None


def _cut_at_holes(book: FactBook, dossier: Dossier) -> None:
    """Make each range figure of a contender whose figures a known hole cuts inside the range say the seasons it
    covers: "his .920 save percentage from 2009-10 to 2018-19" was Lundqvist's to 2017-18, where no source has
    NHL goaltending seasons after it."""
    window = dossier.window
    if window.first is None or window.last is None or window.is_single:
        return
    first = max(window.first, dossier.hole_before) if dossier.hole_before is not None else window.first
    last = min(window.last, dossier.hole_after) if dossier.hole_after is not None else window.last
    if (first, last) != (window.first, window.last) and first <= last:
        book.cut(dossier.id, (first, last))


def _cut_short(dossier: Dossier) -> bool:
    """Whether a known hole cuts his figures short of his career, at its end or its start."""
    return dossier.hole_after is not None or dossier.hole_before is not None


def _counts_cut(dossiers: Sequence[Dossier]) -> bool:
    """Whether counts over the seasons compared are set aside: some side's figures are cut short by a hole."""
    return len(dossiers) > 1 and any(_cut_short(d) for d in dossiers)


def _uncredited_sides(dossiers: Sequence[Dossier]) -> list[Dossier]:
    """The sides whose titles over the seasons compared the data may not all credit (see
    :func:`_titles_uncredited`); none where every side's figures stop at the same hole, the last season
    credited or before it: then every side is judged on his seasons to then (Henrik Lundqvist's and Marc-Andre
    Fleury's goaltending to 2017-18), and so are his titles (Fleury's three Cups, all credited)."""
    uncredited = [d for d in dossiers if _titles_uncredited(d) is not None]
    through = {_titles_uncredited(d) for d in uncredited}
    holes = {d.hole_after for d in dossiers}
    cut_alike = len(holes) == 1 and None not in holes and all(
        d.window.last is not None and d.window.last <= t for d in dossiers for t in through if t is not None)
    return [] if cut_alike else uncredited


def _titles_settled(dossiers: Sequence[Dossier]) -> bool:
    """Whether the titles credited to the sides decide who has more, whatever seasons past the last credited
    one brought: the leader's count tops every other side's plus one title a season for each of his seasons
    after it (none known where his figures stop at a hole there: Vasilevskiy's Cups of 2020 and 2021)."""
    counts: list[tuple[int, int | None]] = []
    for d in dossiers:
        credited = len({title.season for title in d.championships})
        through = _titles_uncredited(d)
        later: int | None = 0
        if through is not None:
            cut = d.hole_after is not None and d.hole_after >= through
            later = None if cut else sum(1 for season in d.seasons if season.season > through)
        counts.append((credited, later))
    best = max(credited for credited, _ in counts)
    others = [(credited, later) for credited, later in counts if credited < best]
    return len(others) == len(counts) - 1 and all(later is not None and credited + later < best
                                                  for credited, later in others)


def _uncredited_point(book: FactBook, dossiers: Sequence[Dossier], names: Mapping[str, str],
                      asked: bool) -> tuple[str, bool] | None:
    """"Not compared: Stanley Cups, since the data credits none to a player after 2017-18, and the seasons
    compared run past it." and whether that leaves the question unanswered (None: every title of the seasons
    compared is credited). ``asked``: the question is about titles, so the counts credited are given, and
    decide it only where the later seasons could not turn them (see :func:`_titles_settled`). Titles before
    a side's figures start at a hole are in no source (Bart Starr's of the 1960s): not compared, nor asked
    about answered."""
    early = [d for d in dossiers if d.hole_before is not None]
    if early:
        label = league_spec(early[0].league).titles_label
        whose = " and ".join(possessive(names[d.id]) for d in early)
        start = season_label(early[0].league, min(d.hole_before or 0 for d in early))
        if not asked:
            return f"Not compared: {label}, since no source has {whose} seasons before {start}.", False
        return (f"The question is about {label}, and no source has {whose} seasons before {start}: it cannot be "
                f"settled on these numbers, so there is no verdict on it."), True
    for d in _uncredited_sides(dossiers):
        through = _titles_uncredited(d)
        if through is None:
            continue
        fact = book.add(league_entity(d.league), TITLES_GROUP, "titles_through", float(through), scope="league",
                        season=through)
        label = league_spec(d.league).titles_label
        if not asked:
            return (f"Not compared: {label}, since the data credits none to a player after {fact.display}, and "
                    f"the seasons compared run past it."), False
        if _titles_settled(dossiers):
            return (f"{label[:1].upper()}{label[1:]} are counted through {fact.display}, the last season the data "
                    f"credits them to players: the seasons compared run past it, and no title after it could turn "
                    f"that count."), False
        counts = ", ".join(f"{names[s.id]} {title_count(book, s).display}" for s in dossiers)
        return (f"The question is about {label}, and the data credits none to a player after {fact.display}: to "
                f"then, {counts}, but the seasons compared run past it, enough to turn that count, so there is no "
                f"verdict on it."), True
    return None


def _unranked_point(book: FactBook, dossiers: Sequence[Dossier], names: Mapping[str, str]) -> str | None:
    """"Not compared: seasons leading the league or in its top five, since the data's lists before 1970 lack
    most players, and Johnny Unitas' career began before that." (None: every season compared is ranked.)"""
    for d in dossiers:
        seasons = _unranked_seasons(d)
        if not seasons:
            continue
        what = "season came" if d.window.is_single else "career began"
        ranks = "league ranks" if d.window.is_single else "seasons leading the league or in its top five"
        first = next((hole.partial_before for hole in league_spec(d.league).known_holes
                      if hole.partial_before is not None and seasons[0] < hole.partial_before), None)
        if first is None:
            return (f"Not compared: {ranks}, since the data's lists of some of {possessive(names[d.id])} seasons "
                    f"lack most players.")
        fact = book.add(league_entity(d.league), d.group or "", "leaders_first_season", float(first),
                        scope="league", season=first)
        return (f"Not compared: {ranks}, since the data's lists before {fact.display} lack most players, and "
                f"{possessive(names[d.id])} {what} before that.")
    return None


# Single seasons whose team schedules differ by more than this share are not compared on totals.
SCHEDULE_GAP = 0.1


def _season_schedule(dossier: Dossier) -> float | None:
    """His team's games in the one season he is judged on (None: a longer window, or none recorded)."""
    if not dossier.window.is_single or not dossier.seasons:
        return None
    season = dossier.seasons[0]
    context = dossier.contexts.get(season.season)
    schedule = context.schedule if context is not None else None
    return schedule.team_games(season.teams) if schedule is not None else None


def _short_schedule(dossier: Dossier) -> float | None:
    """His team's games in the one season he is judged on, where that season was cut short (a strike, a
    lockout, a pandemic: 1994's MLB, 2012-13's NHL, 1998-99's NBA): by more than ``SCHEDULE_GAP`` against
    the schedule of the seasons around it (see ``Dossier.usual_games``), or at all where the league's
    registry marks it so (the NFL's 1987 strike, 15 games of 16). None otherwise."""
    games, usual = _season_schedule(dossier), dossier.usual_games
    if not games or not usual or games >= usual:
        return None
    return games if _short_season(dossier) is not None or games < (1 - SCHEDULE_GAP) * usual else None


def _short_season(dossier: Dossier) -> ShortSeason | None:
    """What cut short the one season he is judged on, where his league's registry marks it."""
    if not dossier.window.is_single or not dossier.seasons:
        return None
    return league_spec(dossier.league).short_seasons.get(dossier.seasons[0].season)


def _cut_short_by(book: FactBook, dossier: Dossier) -> tuple[str, str, list[Fact]]:
    """What cut short the one season he is judged on, where the registry marks it ("a players' strike"), and
    the games each club played with replacement players, as words after it and as a fact (", 3 of each club's
    games played by replacement players"); empty words otherwise."""
    short = _short_season(dossier)
    if short is None:
        return "", "", []
    if not short.replacement_games:
        return short.cause, "", []
    season = dossier.seasons[0].season
    replaced = book.add(league_entity(dossier.league), "schedule", "replacement_games", short.replacement_games,
                        scope="league", season=season)
    return short.cause, f", {replaced.display} of each club's games played by replacement players", [replaced]


def _short_season_point(book: FactBook, dossiers: Sequence[Dossier],
                        names: Mapping[str, str]) -> tuple[str, list[Fact]] | None:
    """"1994 was cut short: Frank Thomas' team played 113 games and Jeff Bagwell's 115, where the seasons
    around it had 162 ...", with its facts, where the one season judged was short; its totals are then each
    said with the games he played (see :func:`_games_beside_totals`)."""
    short = [(d, games) for d in dossiers if (games := _short_schedule(d)) is not None]
    if not short or len({d.window.first for d in dossiers}) > 1:
        return None
    first = short[0][0]
    season = first.window.first or 0
    usual = book.add(league_entity(first.league), "schedule", "usual_games", first.usual_games or 0.0,
                     scope="league", season=season)
    facts = [book.add(d.id, d.group or "", "team_games", games, scope=SEASON, season=season) for d, games in short]
    said = [f"{possessive(names[d.id])} team played {f.display} games" if i == 0
            else f"{possessive(names[d.id])} {f.display}" for i, ((d, _), f) in enumerate(zip(short, facts,
                                                                                                strict=True))]
    teams = said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" and {said[-1]}"
    cause, detail, why = _cut_short_by(book, first)
    return (f"{season_label(first.league, season)} was cut short: {teams}, where the seasons around it had "
            f"{usual.display}, so each total is said with the games he played."
            + (f" {cause[0].upper()}{cause[1:]} cut it short{detail}." if cause else ""), [*facts, usual, *why])


def _games_beside_totals(book: FactBook, entries: Sequence[Entry], dossiers: Sequence[Dossier]) -> None:
    """In a season cut short, each side's season totals carry the games he played as their context, so a
    total is said with them ("116 RBI in 1994, in 110 games")."""
    by_id = {d.id: d for d in dossiers}
    for e in entries:
        d = by_id[e.id]
        games = d.line.get("games")
        if games is None:
            continue
        played = book.add(d.id, d.group or "", "games", games, scope=SEASON, season=d.window.first)
        for key, m in list(e.measures.items()):
            if m.kind == "total" and m.fact.scope == SEASON and not m.context and m.group == d.group:
                e.measures[key] = replace(m, context=(played,))


def _schedules_apart(dossiers: Sequence[Dossier]) -> bool:
    games = [_season_schedule(d) for d in dossiers]
    known = [g for g in games if g]
    return len(dossiers) > 1 and len(known) == len(games) and min(known) < (1 - SCHEDULE_GAP) * max(known)


def _schedule_point(book: FactBook, dossiers: Sequence[Dossier], names: Mapping[str, str]) -> tuple[str, list[Fact]]:
    """"Juan Soto's 2020 was a 60-game season, Barry Bonds' 2004 a 162-game one: ..." with its facts. Each
    is his own team's schedule, a fact of his: in one season the clubs' differ (2019-20's NBA: Detroit 66
    games, Milwaukee 73, Portland 74), and a league-wide fact would give all three one length."""
    facts = [book.add(d.id, d.group or "", "team_games", games, scope=SEASON, season=d.seasons[0].season)
             for d in dossiers if (games := _season_schedule(d)) is not None]
    tail = "totals are not compared over schedules so unequal, only rates and figures against the league."
    if len({f.season for f in facts}) == 1:
        # One season, the teams' schedules apart: "In 2019-20, Drummond's team played 66 games, ...".
        first, *rest = [f"{possessive(names[d.id])} team played {f.display} games" if i == 0
                        else f"{possessive(names[d.id])} {f.display}" for i, (d, f) in
                        enumerate(zip(dossiers, facts, strict=True))]
        others = ", ".join(rest[:-1]) + f" and {rest[-1]}" if len(rest) > 1 else rest[0]
        return f"In {season_label(dossiers[0].league, facts[0].season or 0)}, {first}, {others}: {tail}", facts
    said = [(f"{possessive(names[d.id])} {season_label(d.league, f.season or 0)}", f"{f.display}-game")
            for d, f in zip(dossiers, facts, strict=True)]
    (first, length), rest_said = said[0], said[1:]
    others = ", ".join(f"{whose} a {games} one" for whose, games in rest_said)
    # What cut a season short, where the registry marks it: "(2020 was cut short by the coronavirus pandemic)".
    causes = {d.seasons[0].season: (d, cut) for d in dossiers if (cut := _cut_short_by(book, d))[0]}
    why = "; ".join(f"{season_label(d.league, season)} was cut short by {cause}{detail}"
                    for season, (d, (cause, detail, _)) in causes.items())
    return (f"{first} was a {length} season, {others}" + (f" ({why})" if why else "") + f": {tail}",
            [*facts, *(fact for _, (_, _, cited) in causes.values() for fact in cited)])


def _led_apart_point(store: StatStore, book: FactBook, focus: Sequence[StatFocus], dossiers: Sequence[Dossier],
                     names: Mapping[str, str]) -> tuple[str, list[Fact]] | None:
    """"Luke Voit led the AL in home runs in 2020, and the majors, with 22; Marcell Ozuna led the NL, with 18.",
    with its facts, where a question asks which of them led in a season and they played it in different
    competitions of a league that crowns each apart (MLB's AL and NL): their ranks, taken in different leagues,
    are not set against each other, so the titles each won are said here, and "the majors" only where his figure
    led both. None where the sides share a competition or none led his own."""
    seasons = {d.window.first for d in dossiers if d.window.is_single}
    if not focus or len(dossiers) < 2 or len(seasons) != 1 or len({d.league for d in dossiers}) != 1:
        return None
    asked, season, league = focus[0], seasons.pop() or 0, dossiers[0].league
    if not league_spec(league).titles_per_competition or any(d.group != asked.group for d in dossiers):
        return None
    if len({d.ranked_in.get((asked.key, season)) for d in dossiers}) < 2:
        return None
    leaders = [d for d in dossiers if d.ranks.get((asked.key, season)) == 1]
    if not leaders:
        return None
    overall = {row.player_id for row in store.leaders(league, stat=asked.key, group=asked.group, from_season=season,
                                                      to_season=season, limit=3) if row.rank == 1}
    label = stat_label(league, asked.group, asked.key)
    said: list[str] = []
    facts: list[Fact] = []
    for i, d in enumerate(leaders):
        value = d.career.groups.get(asked.group, {}).get(asked.key)
        if value is None:
            return None
        fact = book.add(d.id, asked.group, asked.key, value, scope=SEASON, season=season)
        facts.append(fact)
        verb = "shared the lead in" if (asked.key, season) in d.tied else "led"
        what = f" in {label} in {season_label(league, season)}" if i == 0 else ""
        majors = ", and the majors" if d.id in overall and len(overall) == 1 else ""
        said.append(f"{names[d.id]} {verb} the {d.ranked_in.get((asked.key, season))}{what}{majors}, with "
                    f"{fact.display}")
    return "; ".join(said) + ".", facts


def _leader_point(store: StatStore, book: FactBook, focus: Sequence[StatFocus],
                  dossiers: Sequence[Dossier]) -> tuple[str, list[Fact], dict[str, str]] | None:
    """"Neither led the NL in home runs in 1981: Mike Schmidt did, with 31.", with its facts and the leaders'
    names by id, where a question
    asks which of them led the league in a season and none did: ranks alone (2nd, 4th) leave the answer unsaid.
    None where one of them led, the sides' seasons or leagues differ, or the season's list names no leader."""
    seasons = {d.window.first for d in dossiers if d.window.is_single}
    if not focus or len(dossiers) < 2 or len(seasons) != 1 or len({d.league for d in dossiers}) != 1:
        return None
    asked, season, league = focus[0], seasons.pop() or 0, dossiers[0].league
    if any(d.group != asked.group or d.ranks.get((asked.key, season)) == 1 for d in dossiers) \
            or names_no_leader(league, asked.group, season):
        return None
    played = {c for d in dossiers for s in d.seasons for c in s.competition.split("/")}
    competition = None
    if league_spec(league).titles_per_competition:
        if len(played) != 1:
            return None
        competition = played.pop()
    rows = store.leaders(league, stat=asked.key, group=asked.group, from_season=season, to_season=season, limit=3,
                         competition=competition)
    leaders = [row for row in rows if row.rank == 1]
    if not leaders or any(row.player_id in {d.id for d in dossiers} for row in leaders):
        return None
    facts = [book.add(row.player_id, asked.group, asked.key, row.value, scope=SEASON, season=season)
             for row in leaders]
    where = competition or league_spec(league).label
    none = "Neither" if len(dossiers) == 2 else "None of them"
    who = " and ".join(row.name for row in leaders)
    return (f"{none} led the {where} in {stat_label(league, asked.group, asked.key)} in "
            f"{season_label(league, season)}: {who} did, with {facts[0].display}{' each' if len(facts) > 1 else ''}.",
            facts, {row.player_id: row.name for row in leaders})


def _hold_partial_figures(book: FactBook, dossier: Dossier) -> None:
    """Make each figure a source lacks some of the contender's seasons of say which, wherever it is cited
    (Warren Moon's completion percentage without 1992-98, which no source has), and its index against the
    league, worked out over the same seasons (his passer rating against the league's). A season before the
    league kept the stat (NBA blocks before 1973-74) is no hole in the sources: record books count from then."""
    for gap in dossier.career.gaps:
        held = held_seasons(dossier.league, gap)
        if held is not None and any(_source_lacks(dossier, gap, season) for season in gap.missing):
            for key in gap.keys:
                book.hold(dossier.id, gap.group, key, held)
                book.hold(dossier.id, gap.group, f"era:{key}", held)
            continue
        # A stat the league began to keep during his career is counted from then, and says so: Jack
        # Youngblood's 24 sacks are of 1982 to 1984, 3 of his 14 seasons, not "over his career".
        for key in _kept_later(dossier, gap):
            since = (gap.first_season, gap.last_season)
            span = " to ".join(dict.fromkeys(season_label(dossier.league, season) for season in since))
            book.hold(dossier.id, gap.group, key, (span, since))
            book.hold(dossier.id, gap.group, f"era:{key}", (span, since))


def _kept_later(dossier: Dossier, gap: CareerGap) -> list[str]:
    """The keys of ``gap`` the league first kept after some of its missing seasons and before the rest (see
    ``LeagueSpec.stats_kept_since``): what he lacks of them is what no one has."""
    spec = league_spec(dossier.league)
    return [key for key in gap.keys if gap.missing
            and (since := spec.kept_since(key)) is not None
            and max(gap.missing) < since <= gap.first_season]


def _unofficial_point(book: FactBook, focus: Sequence[StatFocus], dossiers: Sequence[Dossier],
                      names: Mapping[str, str]) -> tuple[str, list[Fact]] | None:
    """The opening's word on a stat in question the league began to keep during some side's seasons: "Sacks
    were not an official NFL statistic before 1982, so Jack Youngblood's and Lee Roy Selmon's counts are of
    their seasons from then." (Debates of seasons all before it are refused: see :func:`_stat_not_kept`.)"""
    for item in focus:
        cut = [d for d in dossiers if d.league.value == item.league or item.league is None
               for gap in d.career.gaps if gap.group == item.group and item.key in _kept_later(d, gap)]
        if not cut:
            continue
        league = cut[0].league
        since = league_spec(league).stats_kept_since[item.key.removesuffix("_per_game")]
        fact = book.add(league_entity(league), item.group, "stat_first_kept", float(since), scope="league",
                        season=since)
        label = stat_label(league, item.group, item.key.removesuffix("_per_game"))
        whose = " and ".join(possessive(names[d.id]) for d in cut)
        counts = "count is of his seasons" if len(cut) == 1 else "counts are of their seasons"
        return (f"{label[0].upper()}{label[1:]} were not an official {league_spec(league).label} statistic before "
                f"{fact.display}, so {whose} {counts} from then.", [fact])
    return None


def _source_lacks(dossier: Dossier, gap: CareerGap, season: int) -> bool:
    """Whether ``season`` lacks ``gap``'s figures for want of a source, not because the league did not keep
    them: a known hole names the season, or the league's totals that season hold what one of them needs."""
    if any(season in hole.partial_seasons for hole in league_spec(dossier.league).known_holes):
        return True
    context = dossier.contexts.get(season)
    line = context.groups.get(gap.group, {}) if context is not None else {}
    stat_group = GROUPS[dossier.league][gap.group]
    needs = [rate.required if (rate := stat_group.rate(key)) is not None else (key,) for key in gap.keys]
    return any(all(line.get(k) is not None for k in needed) for needed in needs)


def player_casebook(reader: DossierReader, plan: Plan, weights: Mapping[str, float], rng: Random) -> Casebook:
    """Argue a debate between players (head to head, several, a ranking's leaders, or one against peers)."""
    # Each league's focus groups in the question's order: a contender is judged in his own role's among them.
    focus_groups: dict[str | None, tuple[str, ...]] = {}
    for f in plan.focus:
        focus_groups[f.league] = tuple(dict.fromkeys((*focus_groups.get(f.league, ()), f.group)))
    if plan.role_named is not None:
        # "Ruth vs Walter Johnson as a pitcher": a two-way player is judged in the role named, whatever his
        # larger share of work.
        focus_groups[None] = (plan.role_named[1],)
    dossiers = [reader.dossier(c.player_id, c.window,
                               group_hints=focus_groups.get(c.league.value) or focus_groups.get(None, ()))
                for c in plan.contenders]
    as_asked = dossiers
    dossiers = [_at_position(reader, d, plan.role_named) for d in dossiers]
    narrowed = {d.id for d, asked in zip(dossiers, as_asked, strict=True) if d is not asked}
    unmeasured = _defense_unmeasured(plan, dossiers)
    if unmeasured:
        # A pitcher's ERA is no batter's defense: the stat a league reads another role's defense in is dropped.
        plan = replace(plan, focus=[f for f in plan.focus
                                    if all(f.group == d.group for d in dossiers if d.league.value == f.league)])
    # A role named decides the group ("Ruth vs Bonds as a pitcher": Ruth's pitching, not Bonds' batting).
    dossiers, switched = _like_with_like(reader, dossiers) if plan.role_named is None else (dossiers, [])
    opening: list[str] = []
    opening_facts: list[Fact] = []
    book = FactBook()
    for d in dossiers:
        _cut_at_holes(book, d)
    if plan.peers_of is not None and dossiers[0].has_data:
        dossiers += _peers(reader, dossiers[0])
    names, short = _unique_names([(d.id, d.name, _years(d)) for d in dossiers])
    if plan.ranking is not None:
        for row in plan.ranking.rows:
            names.setdefault(row.player_id, row.name)
    with_data = [d for d in dossiers if d.has_data]
    terms = award_terms(with_data)  # the measures and the opening's points both follow them
    if plan.judged is not None:
        terms = replace(terms, judged=frozenset({plan.judged}))
        label = singular(award_class_label(with_data[0].league if with_data else None, plan.judged))
        opening.append(f"The question is who deserved the {label}, so who was given it is not counted for "
                       f"either side: the season's figures decide.")
    entries, cross = measure_contenders(reader, book, dossiers, focus=plan.focus, names=names, short=short,
                                        titles_asked=plan.titles is not None, award_asked=plan.award,
                                        count_asked=plan.count, terms=terms, led_asked=plan.led,
                                        role_asked=plan.role, trophy_asked=plan.trophy)
    if plan.ranking is not None and plan.count:
        # A list ranked by a count is decided by that count alone, as "who has more" is: "top 5 strikeout
        # pitchers" ranks strikeouts, and Carlton's better strikeout rate (shown, weighing nothing) does not
        # make his 179 a share of Valenzuela's lead at 180.
        for e in entries:
            for key, m in e.measures.items():
                if key[0] == FOCUS and m.stat != plan.ranking.stat:
                    e.measures[key] = replace(m, weight=0.0)
    if plan.ranking is not None:
        point, facts = ranking_point(book, plan.ranking, names, [d.id for d in dossiers])
        opening.append(point)
        opening_facts += facts
    if plan.peers_of is not None and len(with_data) > 1:
        opening.append(_peers_point(with_data, names))
    for d in with_data:
        point, facts = introduce(book, d)
        opening.append(point)
        opening_facts += facts
    if plan.titles in PLAYOFF_WORDS:
        opening.append(f"Arena's figures are regular-season ones, so a question about {PLAYOFF_WORDS[plan.titles]} "
                       f"is argued from the championships each side won.")
    if (focus := focus_point(entries)) is not None:
        opening.append(focus[0])
        opening_facts += focus[1]
    for caveat in dict.fromkeys(c for d in with_data if (c := _award_caveat(book, d)) is not None):
        opening.append(caveat)
    if len(with_data) > 1 and all(award_caveat(d) is None for d in with_data):
        opening += _terms_points(book, terms, names, with_data)
    # A two-way player judged in his own group against one-role players (Ohtani's batting against Trout's) is
    # said to be so too: his other role has no counterpart here, and a fan would ask where it went.
    two_way = [d for d in with_data if d not in switched and _two_roles(d)
               and any(o.id != d.id and o.league == d.league and o.group == d.group for o in with_data)]
    if (unranked := _unranked_point(book, with_data, names)) is not None:
        opening.append(unranked)
    if (both := _two_way_point(book, two_way, names)) is not None and len(two_way) == len(with_data):
        opening.append(both[0])
        opening_facts += both[1]
        two_way = []
    opening += [_like_point(d, names, [o for o in with_data if o.id != d.id]) for d in (*switched, *two_way)]
    if (measured := _position_measured(plan.role_named, with_data, names, narrowed)) is not None:
        opening.append(measured)
    # A two-way season, with no role (nor a stat of one) named, is argued on both its records: the other role's
    # in his case.
    stated = {d.id: claim for d in (*switched, *two_way)
              if d.window.is_single and plan.role_named is None and not plan.focus
              and (claim := _other_role_claim(book, d, names, [o for o in with_data if o.id != d.id])) is not None}
    for d in with_data:
        if d.id in stated:
            _score_other_role(book, entries, d)
    if cross:
        # Which of the two it is: "positions or sports" read as if Arena did not know Montana and Rice shared one.
        differ = "sports" if len({d.league for d in with_data}) > 1 else "positions"
        opening.append(f"They played different {differ}, so raw totals are not compared: they are "
                       "judged on league ranks, percentiles within their own league and position, accolades "
                       "and longevity.")
        opening += [said for d in with_data if (said := _role_point(d, names)) is not None]
    elif len(with_data) > 1 and roles_apart(with_data):
        relievers = [names[d.id] for d in with_data if d.pitched_in_relief]
        starters = [names[d.id] for d in with_data if not d.pitched_in_relief]
        opening.append(f"{' and '.join(relievers)} pitched mostly in relief and {' and '.join(starters)} mostly as "
                       f"a starter, so totals, games and seasons leading the league, which a starter's innings (or "
                       f"a reliever's appearances) swell, and best seasons, a reliever's far fewer innings, are "
                       f"shown but not scored: they are judged on rates, against the league, and accolades.")
        if (sample := _workload_point(entries, names)) is not None:
            opening.append(sample[0])
            opening_facts += sample[1]
    elif len(with_data) > 1 and eras_apart(with_data):
        opening.append("These seasons are a generation apart, so efficiency is judged against the league of each; "
                       "raw rates are shown but not scored." if all(d.window.is_single for d in with_data) else
                       "They played a generation apart, so efficiency and peak are judged against the league of "
                       "each one's day; raw rates and best seasons are shown but not scored.")
    opening += _hole_points(with_data, names)
    opening += _season_hole_points(with_data, names)
    apart, apart_facts = _apart_points(book, with_data, names)
    opening += apart
    opening_facts += apart_facts
    if _schedules_apart(with_data):
        point, facts = _schedule_point(book, with_data, names)
        opening.append(point)
        opening_facts += facts
    elif (cut_short := _short_season_point(book, with_data, names)) is not None:
        opening.append(cut_short[0])
        opening_facts += cut_short[1]
        _games_beside_totals(book, entries, with_data)
    mentioned: dict[str, str] = {}
    if plan.led and (leader := _leader_point(reader.store, book, plan.focus, with_data)) is not None:
        opening.append(leader[0])
        opening_facts += leader[1]
        mentioned = leader[2]
    elif plan.led and (titles := _led_apart_point(reader.store, book, plan.focus, with_data, names)) is not None:
        opening.append(titles[0])
        opening_facts += titles[1]
    notes = [_missing_note(book, d, names[d.id]) for d in dossiers if not d.has_data]
    opening += notes
    unranked_sides = [names[d.id] for d in with_data if _unranked_seasons(d)]
    unkept = None if cross else _stat_not_kept(plan.focus, entries, names, with_data, unranked_sides, book)
    # A stat the league began to keep during a side's career: where it covers too little of his career to settle
    # the question, that refusal (Jerry West's steals, 1 season of 14); else the record books' word that it was
    # not official before (NFL sacks before 1982), or, for a stat no table dates, the seasons each figure covers.
    first_kept = None if cross else _stat_first_kept(book, plan.focus, with_data, names)
    if first_kept is not None and first_kept[1]:
        unkept = unkept or first_kept[0]
    elif not cross and unkept is None and (unofficial := _unofficial_point(book, plan.focus, with_data, names)):
        opening.append(unofficial[0])
        opening_facts += unofficial[1]
    elif first_kept is not None:
        opening.append(first_kept[0])
    unkept = (unkept or _defense_point(unmeasured, names) or _role_not_held(plan.role_named, with_data, names)
              or _award_not_held(book, plan.award, terms, names, with_data)
              or _trophy_not_held(book, plan.trophy, with_data, names))
    uncredited = _uncredited_point(book, with_data, names, asked=plan.titles is not None)
    if uncredited is not None and uncredited[1]:
        unkept = unkept or uncredited[0]
    elif uncredited is not None:
        opening.append(uncredited[0])
    if unkept is not None:
        opening.append(unkept)
    if plan.ranking is not None and plan.ranking.coverage is not None:
        notes.append(plan.ranking.coverage)  # a note, not the opening: it names seasons no fact holds
    return _assemble(plan.intent, book, names, entries, dossiers, weights, rng, opening, opening_facts, notes,
                     [SidePlayer(id=d.id, name=names[d.id], league=d.league.value, years=_years(d))
                      for d in dossiers], unanswered=unkept, ranking=plan.ranking, stated=stated,
                     mentioned=mentioned)


def _stat_not_kept(focus: Sequence[StatFocus], entries: Sequence[Entry], names: Mapping[str, str],
                   dossiers: Sequence[Dossier], unranked: Sequence[str] = (),
                   book: FactBook | None = None) -> str | None:
    """Why the stat the question asks about cannot be compared, when no figure of it is every side's: the
    league did not keep it in some side's seasons (NBA blocks before 1973-74: 'Wilt vs Russell in blocks'), a
    side's figures stop at a hole in every source, so counts over them are no career's and none is compared
    (Roberto Luongo's wins among the all-time leaders), or, for the seasons leading the league in it, the lists
    of the ``unranked`` sides' seasons lack most players (see :func:`_unranked_point`). The rest of their game is
    still argued, but it is no answer to the question, so there is no verdict."""
    if not focus or len(entries) < 2:
        return None
    shared = set.intersection(*({k for k in e.measures if k[0] == FOCUS} for e in entries))
    if shared:
        return None
    asked = focus[0]
    league = League(asked.league) if asked.league else entries[0].league
    label = stat_label(league, asked.group, asked.key)
    if unranked:
        return (f"The question is about {label}, and the seasons leading the league in it cannot be counted "
                f"where the data's lists lack most players, as in seasons of {' and '.join(unranked)}: it cannot "
                f"be settled on these numbers, so there is no verdict on it.")
    # Only a side whose lines hold no figure of it went without it; the others' were set aside.
    unkept = {d.id for d in dossiers if d.career.groups.get(asked.group, {}).get(asked.key) is None}
    without = [names[e.id] for e in entries if e.id in unkept and not any(k[0] == FOCUS for k in e.measures)]
    if not without:
        cut = [names[d.id] for d in dossiers if d.hole_after is not None or d.hole_before is not None]
        if cut and not without:
            whose = " and ".join(possessive(name) for name in cut)
            return (f"The question is about {label}, and {whose} {label} stop where every source does, so no "
                    f"side's count of them is compared: it cannot be settled on these numbers, so there is no "
                    f"verdict on it.")
    who = " and ".join(without) if without else "every side"
    # The league kept it in their seasons and they have none (two pass rushers asked about rushing yards): the
    # league is not to blame.
    kept = [d for d in dossiers if d.id in unkept
            and any(ctx.groups.get(asked.group, {}).get(asked.key) for ctx in d.contexts.values())]
    if without and len(kept) == len(without):
        return (f"The question is about {label}, and {who} {'has' if len(without) == 1 else 'have'} no {label} "
                f"on record: it cannot be settled on these numbers, so there is no verdict on it.")
    since = league_spec(league).kept_since(asked.key)
    cut = [names[d.id] for d in dossiers for gap in d.career.gaps
           if gap.group == asked.group and asked.key in _kept_later(d, gap)]
    if since is not None and book is not None and (cut or all(
            s.season < since for d in dossiers if names[d.id] in without for s in d.seasons)):
        # Sacks before 1982 are in no record book: a side's count is of his seasons from then, part of a career
        # (Youngblood's 3 of 14), and a season before then has none (Youngblood's 1979, Deacon Jones' 1975).
        fact = book.add(league_entity(league), asked.group, "stat_first_kept", float(since), scope="league",
                        season=since)
        official = (f"{label}, which were not an official {league_spec(league).label} statistic before "
                    f"{fact.display}")
        if cut and not without:
            whose = " and ".join(possessive(name) for name in cut)
            return (f"The question is about {official}, so {whose} {'count is' if len(cut) == 1 else 'counts are'}"
                    f" of part of {'a career' if len(cut) == 1 else 'their careers'} and not compared: it cannot "
                    f"be settled on these numbers, so there is no verdict on it.")
        return (f"The question is about {official}, so {who} {'has' if len(without) == 1 else 'have'} none on "
                f"record: it cannot be settled on these numbers, so there is no verdict on it.")
    return (f"The question is about {label}, and the {league_spec(league).label} kept no {label} in the seasons of "
            f"{who}: it cannot be settled on these numbers, so there is no verdict on it.")


def _stat_first_kept(book: FactBook, focus: Sequence[StatFocus], dossiers: Sequence[Dossier],
                     names: Mapping[str, str]) -> tuple[str, bool] | None:
    """Where the league began keeping the stat the question asks about after a side's career began (NBA steals
    and blocks in 1973-74, NHL shots in 1967-68): his figure is the record books' career total, yet it covers
    only the seasons since, and the debate says so ("The NBA did not count steals before 1973-74: Jerry West's
    cover 1973-74 alone, not 1960-61 to 1972-73"). Where that is under half of a side's seasons (West's 1 of 14),
    the figure says little of his career, so the question cannot be settled on it: True with the sentence."""
    if not focus:
        return None
    asked = focus[0]
    parts: list[str] = []
    first: int | None = None
    settles = True
    for dossier in dossiers:
        gap = next((g for g in dossier.career.gaps if g.group == asked.group and asked.key in g.keys), None)
        if gap is None:
            continue
        unkept = [s for s in gap.missing if s < gap.first_season and not _source_lacks(dossier, gap, s)]
        if not unkept:
            continue
        first = max(first or 0, unkept[-1] + 1)
        held = gap.last_season - gap.first_season + 1 - sum(gap.first_season < s < gap.last_season for s in gap.missing)
        settles = settles and held >= len(unkept)
        span = _season_span(book, dossier.id, asked.group, "stat_kept_season", gap.first_season, gap.last_season)
        alone = " alone" if gap.first_season == gap.last_season else ""
        parts.append(f"{possessive(names[dossier.id])} cover {span}{alone}, not "
                     f"{_season_span(book, dossier.id, asked.group, 'stat_unkept_season', unkept[0], unkept[-1])}")
    if first is None:
        return None
    league = dossiers[0].league
    label = stat_label(league, asked.group, asked.key)
    since = book.add(league_entity(league), asked.group, "stat_kept_season", float(first), scope="league",
                     season=first)
    # A stat the league's table dates (NFL sacks from 1982) is said as the record books say it: not official before.
    dated = league_spec(league).kept_since(asked.key) == first
    said = (f"{label[0].upper()}{label[1:]} were not an official {league_spec(league).label} statistic before "
            f"{since.display}" if dated else f"The {league_spec(league).label} did not count {label} before "
                                             f"{since.display}")
    sentence = f"{said}: {'; '.join(parts)}"
    if settles:
        return sentence + ".", False
    return sentence + ", so the question cannot be settled on these numbers, and there is no verdict on it.", True


def _season_span(book: FactBook, player_id: str, group: str, key: str, first: int, last: int) -> str:
    """"1967-68 to 1979-80", or "1973-74" for one season: seasons of ``player_id``'s that a sentence names, as
    facts of ``key``."""
    said = [book.add(player_id, group, key, float(season), scope=SEASON, season=season).display
            for season in dict.fromkeys((first, last))]
    return " to ".join(said)


def _before_award(dossier: Dossier, since: int, given: str = "they were given", every: str = " every season") -> str:
    """How a side's seasons stand to an award given every season from ``since``, after his name's possessive:
    a single season "came before they were given"; a career that reached it "began before they were given
    every season" (Babe Ruth's 1914-35 and the MVP of 1931); one wholly before it "ended before they were
    given" (Walter Johnson's 1907-27 and the Cy Young of 1956), for it did not merely begin too early.
    ``given`` and ``every`` word one trophy: "it was first given", and no "every season"."""
    if dossier.window.is_single:
        return f"season came before {given}"
    if _ended_before(dossier, since):
        return f"career ended before {given}"
    return f"career began before {given}{every}"


def _ended_before(dossier: Dossier, since: int) -> bool:
    lines = dossier.season_lines()
    last = lines[-1][0].season if lines else dossier.player.last_season
    return last is not None and last < since


def _award_not_held(book: FactBook, award_class: str | None, terms: AwardTerms,
                    names: Mapping[str, str], contenders: Sequence[Dossier]) -> str | None:
    """Why the award a question asks about cannot be counted for every side, like a stat the league did not
    keep: a side's career began before it was given every season ("who has more MVPs, Babe Ruth or Mike
    Trout": the MVP award from 1931, Ruth's one of 1923 a League Award that barred repeat winners), or its data
    ends before a side's seasons do. The rest of their game is still argued, but no verdict answers it."""
    if award_class is None:
        return None
    if award_class in terms.excluded:
        dossier, since = terms.excluded[award_class]
        key, season = "award_first_season", since
    elif award_class in terms.uncovered:
        dossier, season = terms.uncovered[award_class]
        key = "award_last_season"
    else:
        return None
    fact = book.add(league_entity(dossier.league), AWARDS_GROUP, key, float(season), scope="league", season=season)
    label = award_class_label(dossier.league, award_class)
    single = dossier.window.is_single
    whose = f"{possessive(names[dossier.id])} {'season' if single else 'career'}"
    if key == "award_first_season":
        why = (f", and {whose} came before they were given (from {fact.display})" if single else
               f" (given every season from {fact.display}), and "
               f"{_no_common_season(contenders, names, season, dossier, award_class)}")
    else:
        why = f", and the data's {label} end with {fact.display}, and {whose} runs past it"
    return (f"The question is about {label}{why}: it cannot be settled on these numbers, so there is no "
            f"verdict on it.")


def _two_way_group(d: Dossier, groups: set[str]) -> str | None:
    """The other contenders' group ``d`` is judged in instead of his own: he has two roles in his league (an
    Ohtani, not a Ruth who pitched in a few seasons) and played in that group in at least half his seasons
    of the window, so he is compared like with like."""
    if len(groups) != 1 or d.group in groups or not _two_roles(d):
        return None
    (group,) = groups
    played = sum(1 for season in d.seasons if group in season.groups)
    return group if played and 2 * played >= len({season.season for season in d.seasons}) else None


def _like_with_like(reader: DossierReader, dossiers: list[Dossier]) -> tuple[list[Dossier], list[Dossier]]:
    """The dossiers with a two-way contender read in the other contenders' group (see
    :func:`_two_way_group`), and the contenders so read."""
    switched: list[Dossier] = []
    result = list(dossiers)
    for i, d in enumerate(dossiers):
        groups = {o.group for o in dossiers if o is not d and o.has_data and o.league == d.league and o.group}
        group = _two_way_group(d, groups)
        if group is not None:
            result[i] = reader.dossier(d.id, d.window, group_hints=(group,))
            switched.append(result[i])
    return result, switched


def _two_roles(d: Dossier) -> bool:
    """Whether ``d`` played two roles in his league, as the league's roles rule reads his record (Ohtani; Ruth,
    who pitched his first seasons), or in his one season as its season rule reads it (Ohtani's 2021)."""
    spec = league_spec(d.league)
    roles_of = spec.season_roles_of if d.window.is_single and spec.season_roles_of is not None else spec.roles_of
    return d.has_data and len(roles_of(frozenset(d.player.positions), d.career.groups)) > 1


def _like_point(d: Dossier, names: Mapping[str, str], others: Sequence[Dossier]) -> str:
    rivals = [names[o.id] for o in others if o.group == d.group]
    verb = "is" if len(rivals) == 1 else "are"
    return (f"{names[d.id]} played two roles; he is judged on his {d.group} here, as {' and '.join(rivals)} "
            f"{verb}, so they are compared like with like.")


def _two_way_point(book: FactBook, dossiers: Sequence[Dossier],
                   names: Mapping[str, str]) -> tuple[str, list[Fact]] | None:
    """Two-way players set against each other (Ohtani and Ruth both pitched), each judged in the same group:
    why the other role is not weighed (each is judged where the larger share of his work lies), with its
    figures shown (its first total and first efficiency stat), so a fan need not ask where it went."""
    if len(dossiers) < 2 or len({(d.league, d.group) for d in dossiers}) != 1:
        return None
    others = {g for d in dossiers for g in d.career.groups if g != d.group}
    if len(others) != 1:
        return None
    (other,) = others
    sticks = league_spec(dossiers[0].league).yardsticks.get(other)
    if sticks is None or not sticks.totals or not sticks.efficiency:
        return None
    total, rate = sticks.totals[0], sticks.efficiency[0]
    facts: list[Fact] = []
    shown: list[str] = []
    for d in dossiers:
        line = d.career.groups[other]
        if line.get(total) is None or line.get(rate) is None:
            return None
        amount = book.add(d.id, other, total, line[total] or 0.0, scope=d.window.scope())
        quality = book.add(d.id, other, rate, line[rate] or 0.0, scope=d.window.scope())
        facts += [amount, quality]
        shown.append(f"{names[d.id]} {amount.display} {stat_label(d.league, other, total)}, "
                     f"{stat_label(d.league, other, rate)} {quality.display}")
    who = " and ".join(names[d.id] for d in dossiers)
    role = dossiers[0].group
    return (f"{who} each played two roles, and each is judged on his {role}, the larger share of his work, so "
            f"their {other} is shown, not scored: {'; '.join(shown)}.", facts)


# The key prefix of a two-way season's other role scored (see _score_other_role): his case states that role's
# record whole, so the measure makes no claim of its own ("167 strikeouts, more than Judge's 0").
OTHER_ROLE_KEY = "two_way_scored:"


def _score_other_role(book: FactBook, entries: Sequence[Entry], d: Dossier) -> None:
    """A two-way season's other role, scored as his case states it: its volume (Ohtani's pitching strikeouts)
    is half a production measure (``SECONDARY_WEIGHT``, as another group's volume is), his rivals' none, since
    they did not play the role that season; the work is his season's as much as his batting is."""
    other = next((g for g in d.career.groups if g != d.group), None)
    sticks = league_spec(d.league).yardsticks.get(other or "")
    value = d.career.groups.get(other or "", {}).get(sticks.volume) if sticks is not None else None
    if other is None or sticks is None or not value:
        return
    key = f"{OTHER_ROLE_KEY}{other}:{sticks.volume}"
    for e in entries:
        amount = value if e.id == d.id else 0.0
        fact = book.add(e.id, other, sticks.volume, amount, scope=SEASON, season=d.window.first)
        e.measures[PRODUCTION, key] = Measure(PRODUCTION, key, "total", sticks.volume, other, amount, fact,
                                              weight=SECONDARY_WEIGHT)


def _other_role_claim(book: FactBook, d: Dossier, names: Mapping[str, str],
                      rivals: Sequence[Dossier]) -> Claim | None:
    """A two-way season judged in the role his rivals played (Ohtani's 2021 batting against Guerrero's): his
    other role's record is his season too, so his case states it (its first two totals and first efficiency
    stat). None where a rival was judged in that role or played both as well (see :func:`_two_way_point`)."""
    season = d.window.first
    other = next((g for g in d.career.groups if g != d.group), None)
    sticks = league_spec(d.league).yardsticks.get(other or "")
    if other is None or sticks is None or season is None or any(r.group == other or _two_roles(r) for r in rivals):
        return None
    line = d.career.groups[other]
    facts = [book.add(d.id, other, key, value, scope=SEASON, season=season)
             for key in (*sticks.totals[:2], *sticks.efficiency[:1]) if (value := line.get(key)) is not None]
    if not facts:
        return None
    shown = [f"{f.display} {stat_label(d.league, other, f.stat)}" for f in facts]
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    who = " and ".join(names[r.id] for r in rivals)
    text = (f"{possessive(names[d.id])} {other} in {season_label(d.league, season)} counts too: {listed}; "
            f"{who} {'was' if len(rivals) == 1 else 'were'} not a two-way player that season.")
    return Claim(speaker_id=d.id, criterion=PRODUCTION, key=f"two_way:{other}", kind=STANDING, text=text,
                 strength=0.0, facts=tuple(facts), evidence=(), margin=0.0)


def _role_point(d: Dossier, names: Mapping[str, str]) -> str | None:
    """Across positions, what a side whose volume stat is a team result (a goalie's wins) is ranked in
    instead (see :func:`role_stat`), or that his league ranks are left out."""
    spec = spec_for(d)
    if spec is None or spec.volume not in TEAM_RESULTS or d.group is None:
        return None
    volume = stat_label(d.league, d.group, spec.volume)
    role = role_stat(d)
    if role is not None:
        return (f"{names[d.id]} is ranked in {stat_label(d.league, d.group, role)}, a measure of his own play; "
                f"his {volume} are his team's result as much as his.")
    own = stat_label(d.league, d.group, spec.efficiency[0]) if spec.efficiency else volume
    return (f"{names[d.id]}'s league ranks are not compared: his {own} is not in the data for every season of "
            f"his, and his {volume} are his team's result as much as his.")


def _workload_point(entries: Sequence[Entry], names: Mapping[str, str]) -> tuple[str, list[Fact]] | None:
    """A reliever's rates set against a starter's come from far fewer innings (under ``WORKLOAD_SHARE`` of
    the most): the sample each side's rates are taken over, said before they are argued."""
    key = (LONGEVITY, f"workload:{WORKLOAD}")
    pitched = sorted((e for e in entries if key in e.measures), key=lambda e: e.measures[key].value)
    if len(pitched) < 2 or pitched[0].measures[key].value >= WORKLOAD_SHARE * pitched[-1].measures[key].value:
        return None
    facts = [e.measures[key].fact for e in pitched]
    said = [f"{possessive(names[e.id])} over {f.display}" for e, f in zip(pitched, facts, strict=True)]
    return (f"Their rates come from samples far apart: {said[0]} innings pitched, {', '.join(said[1:])}.",
            facts)


# What is not compared when a side's figures stop at a known hole (see measure_contenders): counts over his
# seasons to then, and the ranks of those totals. Honours and titles are: their tables run on past the hole.
CUT_CAREER_COUNTS = frozenset({"total", "seasons", "games", "led", "top5", "rank"})
_CUT_NOTE = ("; totals, seasons, league ranks and league-leading seasons are not compared over them, only "
             "honours, rates, best seasons and shares of seasons")


def _apart_points(book: FactBook, dossiers: Sequence[Dossier],
                  names: Mapping[str, str]) -> tuple[list[str], list[Fact]]:
    """A line per career with seasons in a competition its league keeps apart, which none of its figures
    count: "Bobby Hull's figures are his NHL seasons alone: his WHA seasons, 1972-73 to 1978-79, are not
    counted." (a fan knows his 913 goals, and would read 610 as a career's), with the seasons' facts."""
    points: list[str] = []
    facts: list[Fact] = []
    for d in dossiers:
        if not d.apart or not d.window.is_career:
            continue
        seasons = [season for season, _ in d.apart]
        where = " and ".join(dict.fromkeys(competition for _, competition in d.apart))
        first = book.add(d.id, d.group or "", "apart_first_season", float(seasons[0]), scope=SEASON,
                         season=seasons[0])
        facts.append(first)
        if len(seasons) == 1:
            said = f"his {where} season, {first.display}, is"
        else:
            last = book.add(d.id, d.group or "", "apart_last_season", float(seasons[-1]), scope=SEASON,
                            season=seasons[-1])
            facts.append(last)
            said = f"his {where} seasons, {first.display} to {last.display}, are"
        points.append(f"{possessive(names[d.id])} figures are his {league_spec(d.league).label} seasons alone: "
                      f"{said} not counted.")
    return points, facts


def _hole_coverage(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> tuple[float, str]:
    """The least share of a side's seasons compared that his figures cover, where a known hole may hide some
    (see :meth:`Dossier.seasons_hidden`), and what the verdict says of it: the call is on the seasons covered,
    and a side whose figures may hold fewer of his seasons than they miss is named (Vasilevskiy's 4 seasons to 2017-18
    of a career running on past it). 1 and nothing where no hole cuts a side's figures."""
    shares: dict[str, float] = {}
    for d in dossiers:
        hidden = d.seasons_hidden()
        if hidden:
            held = len({s.season for s, _ in d.season_lines()})
            shares[d.id] = held / (held + hidden)
    if not shares:
        return 1.0, ""
    least = min(shares.values())
    mostly = [possessive(names[i]) for i, share in shares.items() if share < 0.5]
    whose = " and ".join(mostly)
    hidden_part = (f"more of {whose} seasons may be missing from every source than are in one" if mostly
                   else "the seasons no source has could still turn it")
    return least, (f"The call is on the seasons the figures cover, and {hidden_part}, so its confidence is held "
                   f"down in proportion.")


def _hole_points(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> list[str]:
    """A line per known hole that cuts contenders' figures short (NHL goalies after 2017-18) or where they
    begin (NFL players first seen in 1970): whose figures stop or start where, and that they are no career."""
    stops: dict[tuple[League, str, int, bool, bool], list[str]] = {}
    for d in dossiers:
        for season, after in ((d.hole_after, True), (d.hole_before, False)):
            if season is not None:
                # Whether the store holds a later season of his (Justin Tucker's 2024, past the NFL's 2017-2023
                # kicking hole): then his career is known to go on past his figures; otherwise it may have
                # ended there (DeMarcus Ware's in 2016), and only the sources are said to stop.
                goes_on = after and d.player.last_season is not None and d.player.last_season > season
                stops.setdefault((d.league, d.group or "", season, after, goes_on), []).append(names[d.id])
    points = []
    # The note on what is not compared is said once, after the last line on figures that stop.
    last_stop = [key for key in stops if key[3]][-1:]
    for (league, group, season, after, goes_on), who in stops.items():
        cut_note = _CUT_NOTE if _counts_cut(dossiers) and [(league, group, season, after, goes_on)] == last_stop \
            else ""
        one = len(who) == 1
        owned = [possessive(name) for name in who]
        owners = owned[0] if one else ", ".join(owned[:-1]) + f" and {owned[-1]}"
        label, at = league_spec(league).label, season_label(league, season)
        if after and goes_on:
            points.append(f"{owners} {group} figures stop at {at}: no source has {label} {group} seasons after "
                          f"it, so they are "
                          f"{'his seasons to then, not his career' if one else 'their seasons to then, not careers'}"
                          f"{cut_note}.")
        elif after:
            points.append(f"{owners} {group} figures reach {at}, and no source has {label} {group} seasons after "
                          f"it, so any later seasons of {'his are' if one else 'theirs are'} in none: "
                          f"{'he is' if one else 'they are'} judged on {'his' if one else 'their'} seasons to then"
                          f"{cut_note}.")
        else:
            points.append(f"{owners} {group} figures start at {at}, the first season with every {label} player "
                          f"in a source: any earlier seasons are in none, so "
                          f"{'they are judged as his seasons from then' if one else 'they are judged from then'}"
                          f"{_CUT_NOTE if _counts_cut(dossiers) else ''}.")
    return points


def _season_hole_points(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> list[str]:
    """A line per season a known hole leaves part of (the NFL's 2024: no attempts, completions or games): the
    yardsticks it takes from each contender are said not compared, not dropped without a word (Lamar
    Jackson's 2024 passer rating, which led the league)."""
    lacking: dict[tuple[League, str, int, tuple[str, ...]], list[str]] = {}
    for d in dossiers:
        spec, season = spec_for(d), d.window.first
        if spec is None or not d.window.is_single or season is None or not any(
                season in hole.partial_seasons for hole in league_spec(d.league).known_holes):
            continue
        keys = tuple(k for k in dict.fromkeys(("games", *spec.efficiency, *spec.per_game)) if d.line.get(k) is None)
        if keys:
            lacking.setdefault((d.league, d.group or "", season, keys), []).append(possessive(names[d.id]))
    points = []
    for (league, group, season, keys), owned in lacking.items():
        labels = [stat_label(league, group, key) for key in keys]
        owners = owned[0] if len(owned) == 1 else ", ".join(owned[:-1]) + f" and {owned[-1]}"
        listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + f" or {labels[-1]}"
        points.append(f"No source has {owners} {season_label(league, season)} {listed}, so "
                      f"{'it is' if len(labels) == 1 else 'they are'} not compared.")
    return points


def _peers(reader: DossierReader, dossier: Dossier) -> list[Dossier]:
    spec = spec_for(dossier)
    lines = dossier.season_lines()
    if spec is None or not lines:
        return []
    window = Window(lines[0][0].season, lines[-1][0].season)
    dossier.window = window  # his career is exactly these seasons; judge everyone on the same span
    rows = reader.store.leaders(dossier.league, stat=spec.volume, group=dossier.group, from_season=window.first,
                         to_season=window.last, limit=PEERS_DEBATED + 1)
    peers = [r for r in rows if r.player_id != dossier.id][:PEERS_DEBATED]
    return [reader.dossier(r.player_id, window, group_hints=() if dossier.group is None else (dossier.group,))
            for r in peers]


def _peers_point(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> str:
    subject, peers = dossiers[0], dossiers[1:]
    spec = spec_for(subject)
    label = stat_label(subject.league, subject.group or "", spec.volume if spec else "games")
    window = peers[0].window
    who = " and ".join(names[p.id] for p in peers)
    first, last = season_label(subject.league, window.first or 0), season_label(subject.league, window.last or 0)
    return ends_sentence(f"{names[subject.id]} against the players who led his era in {label}, from {first} to "
                         f"{last}: {who}")


def team_casebook(store: StatStore, plan: Plan, weights: Mapping[str, float], rng: Random) -> Casebook:
    """Argue club season against club season."""
    teams = [load_team(store, ref) for ref in plan.teams]
    book = FactBook()
    names = {t.id: t.name for t in teams}
    short = {t.id: t.short for t in teams}
    if len(set(short.values())) < len(short):
        short = dict(names)
    with_data = [t for t in teams if t.has_data]
    # Seasons of different lengths (the NFL's 14, 16 and 17 games) are compared on the winning percentage,
    # not the count of wins.
    schedules = {t.schedule for t in with_data}
    entries = [Entry(t.id, names[t.id], t.league, short[t.id],
                     {(m.criterion, m.key): m for m in team_measures(book, t, plan.side)
                      if m.key != "wins" or len(schedules) == 1}) for t in with_data]
    opening: list[str] = []
    opening_facts: list[Fact] = []
    for t in with_data:
        line, facts = _team_intro(book, t)
        opening.append(line)
        opening_facts += facts
    notes = [f"{t.name}: the data has no record for that club season, so it cannot be judged."
             for t in teams if not t.has_data]
    opening += notes
    return _assemble("team_vs_team", book, names, entries, [], weights, rng, opening, opening_facts, notes,
                     [SidePlayer(id=t.id, name=t.name, league=t.league.value,
                                 years=season_label(t.league, t.ref.season)) for t in teams])


def _counted(display: str, one: str, many: str) -> str:
    return f"{display} {one if display == '1' else many}"


def _team_intro(book: FactBook, team: TeamDossier) -> tuple[str, list[Fact]]:
    season = team.season
    facts: list[Fact] = []
    if season is None or season.wins is None:
        return f"{team.name}.", facts
    wins = book.add(team.id, "team", "wins", float(season.wins), scope="season", season=team.ref.season)
    facts.append(wins)
    text = f"{team.name}: {_counted(wins.display, 'win', 'wins')}"
    # Losses always; ties and playoff wins where there were any.
    for key, value, one, many in (("losses", season.losses, "loss", "losses"), ("ties", season.ties, "tie", "ties"),
                                  ("playoff_wins", season.stats.get("playoff_wins"), "playoff win", "playoff wins")):
        if value is not None and (value or key == "losses"):
            fact = book.add(team.id, "team", key, float(value), scope="season", season=team.ref.season)
            facts.append(fact)
            text += f", {_counted(fact.display, one, many)}"
    won = [t.title for t in team.titles if t.champion == team.ref.team]
    lost = [t.title for t in team.titles if t.runner_up == team.ref.team]
    if won:
        text += f"; won the {' and the '.join(won)}"
    if lost:
        text += f"; lost the {' and the '.join(lost)}"
    return text + ".", facts


def _assemble(intent: str, book: FactBook, names: dict[str, str], entries: list[Entry], dossiers: Sequence[Dossier],
              weights: Mapping[str, float], rng: Random, opening: list[str], opening_facts: list[Fact],
              notes: list[str], players: list[SidePlayer], *, unanswered: str | None = None,
              ranking: Ranking | None = None, stated: Mapping[str, Claim] | None = None,
              mentioned: Mapping[str, str] | None = None) -> Casebook:
    """The debate's rounds and verdict; ``unanswered``: why the question asked has no answer on these numbers,
    which is then the verdict's summary, with no winner or confidence; ``ranking``: the list the opening ranks
    the sides by."""
    claims = {i: [c for c in items if not c.key.startswith(OTHER_ROLE_KEY)]
              for i, items in build_claims(entries, weights, rng,
                                           listed=() if ranking is None else (ranking.stat,)).items()}
    covered, hidden_note = _hole_coverage([d for d in dossiers if d.id in names], names)
    # What each side's case argues: the verdict does not say he leads none of the criteria it argued him ahead on.
    argued = {e.id: [CRITERIA.get(c.criterion, c.criterion) for c in case_claims(claims[e.id]) if c.kind != STANDING
                     and weights.get(c.criterion, 0.0) > 0] for e in entries}
    verdict = decide(entries, weights, covered=covered, argued=argued)
    if hidden_note and verdict.winner is not None:
        verdict = verdict.model_copy(update={"summary": f"{verdict.summary} {hidden_note}"})
    if unanswered is not None:
        verdict = verdict.model_copy(update={"winner": None, "winner_id": None, "confidence": None, "flip": None,
                                             "summary": unanswered})
    rounds = [RoundPlan("opening", MODERATOR, opening, opening_facts)]
    if len(entries) >= 2:
        rounds += _debate_rounds(entries, claims, ClaimWriter(rng), verdict, ranking, stated)
    else:
        rounds.append(RoundPlan("verdict", MODERATOR, [verdict.summary], judges_winner=True))
    return Casebook(intent=intent, book=book, names=names, entries=entries, sides=_sides(players, claims),
                    claims=claims, verdict=verdict, rounds=rounds, notes=notes, stat_card=_stat_card(entries),
                    charts=_charts(dossiers, names), mentioned=dict(mentioned or {}))
