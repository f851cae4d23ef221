"""Choosing whom each mention means: scoring constants, league, era and club context, too-close calls."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from arena.nlu.entries import PlayerEntry
from arena.nlu.mentions.model import Evidence, Mention, Resolution
from arena.nlu.mentions.words import STAR_FAME
from arena.nlu.names import FUZZY_FAME, SUGGESTION_FAME, MatchKind, NameIndex, Scored, name_keys, score_of
from arena.nlu.text import fold
from arena.stats import LEAGUES, League

AMBIGUITY_RATIO = 0.78  # a runner-up this close to the best is a real ambiguity
CONTEXT_BOOST = 1.6  # a candidate from a league the question is already about
OTHER_LEAGUE = 0.6  # ... and one from another league, when the question is about one

STAR_RIVAL_RATIO = 0.5  # ... in the same league, unless the question makes him this much less likely
ROLE_BOOST = 1.25  # ... who also plays the position of another player named (quarterback vs quarterback)
CLUB_BOOST = 3.0  # ... who played for a club the question names beside him ("smith on the cowboys")
OUT_OF_ERA = 0.35  # a candidate who never played in the seasons the question names
CONTEMPORARY_BOOST = 0.5  # at most, for a career that coincides with another player's named beside it
CROWD_RATIO = 0.45  # a lone surname whose namesakes score this close to the best ...
CROWD_SIZE = 3  # ... this many of them (best included): "Brown", "Jones" need a player beside them to settle


def _confidence(best: Scored, runner_up: Scored | None) -> float:
    margin = 1.0 - 0.6 * (runner_up.score / best.score if runner_up else 0.0)
    kind_certainty = (1.0, 1.0, 0.92, 0.88)[best.kind]
    return round(max(0.0, min(1.0, best.quality * kind_certainty * margin)), 3)


@dataclass(frozen=True)
class _Context:
    leagues: frozenset[League] = frozenset()
    roles: frozenset[tuple[League, str]] = frozenset()
    era: tuple[int, int] | None = None
    partners: tuple[PlayerEntry, ...] = ()  # the other players the question names clearly
    club_players: frozenset[str] = frozenset()  # ids of those who played for the clubs the question names
    positions: frozenset[tuple[League, str]] = frozenset()  # the position codes the question's words name


def _weight(index: NameIndex, scored: Scored, context: _Context) -> Scored:
    factor = _factor(index.entries[scored.entry], context)
    return Scored(scored.entry, scored.score * factor, scored.kind, scored.quality, scored.needs_context)


def _factor(entry: PlayerEntry, context: _Context) -> float:
    """How much more (or less) likely the rest of the question makes ``entry``."""
    era = context.era
    factor = 1.0
    if context.leagues:
        factor = CONTEXT_BOOST if entry.league in context.leagues else OTHER_LEAGUE
    if (entry.league, entry.roles[0]) in context.roles:
        factor *= ROLE_BOOST
    # "barkley or malone best power forward": the namesake who mainly played the position named (Karl, a
    # forward, not Moses, a center first).
    if (entry.league, entry.position) in context.positions:
        factor *= ROLE_BOOST
    if entry.id in context.club_players:
        factor *= CLUB_BOOST
    if _out_of_era(entry, era):
        factor *= OUT_OF_ERA
    # "robertson or kaprizov": players set side by side share an era; a namesake of another league whose career
    # ended before any of theirs began (Oscar Robertson) is as unlikely as one out of the seasons named.
    if context.leagues and entry.league not in context.leagues and _before_every_partner(entry, context.partners):
        factor *= OUT_OF_ERA
    return factor * (1.0 + CONTEMPORARY_BOOST * _partner_overlap(entry, context.partners))


def _out_of_era(entry: PlayerEntry, era: tuple[int, int] | None) -> bool:
    """Whether ``entry`` never played in the seasons ``era`` spans (False where either is unknown)."""
    if era is None or entry.first_season is None or entry.last_season is None:
        return False
    # The era has a year's slack either side for seasons that straddle two years; a league numbering
    # its seasons by the year they start in needs none ("rice in the 90s": Jim Rice's last was 1989).
    slack = 0 if LEAGUES[entry.league].season_ends_in_year else 1
    return entry.last_season < era[0] + slack or entry.first_season > era[1] - slack


def _before_every_partner(entry: PlayerEntry, partners: Sequence[PlayerEntry]) -> bool:
    """Whether ``entry``'s career ended before that of every player named beside him began (none unknown)."""
    return (bool(partners) and entry.last_season is not None
            and all(p.first_season is not None and entry.last_season < p.first_season for p in partners))


def _partner_overlap(entry: PlayerEntry, partners: Sequence[PlayerEntry]) -> float:
    """How far a career coincides with those of the players of its league named beside it, 0..1.

    Players named together are often contemporaries ("Johnson vs Bird" is Magic rather than Dennis
    Johnson, whose career began earlier; "Stockton and Malone" is Karl, not Moses): the years both
    played over the years either did, the best over the partners.
    """
    if entry.first_season is None or entry.last_season is None:
        return 0.0
    shares = [max(0, min(entry.last_season, p.last_season) - max(entry.first_season, p.first_season) + 1)
              / (max(entry.last_season, p.last_season) - min(entry.first_season, p.first_season) + 1)
              for p in partners if p.league is entry.league and p.first_season is not None
              and p.last_season is not None]
    return max(shares, default=0.0)


def _without_league_hint(index: NameIndex, mention: Mention, context: _Context) -> _Context:
    """A star named in full ("Magic Johnson" beside Lemieux) is that star, whatever league the rest of the question
    is about: a namesake of that league (Mark Johnson, whom some called Magic too) needs more than the league to be
    read instead. A star of the question's own league named so keeps the hint ("Deion Sanders vs Jerry Rice")."""
    if not context.leagues:
        return context
    stars = {index.entries[s.entry].league for s in mention.candidates
             if s.kind is MatchKind.FULL and index.entries[s.entry].fame >= STAR_FAME}
    return replace(context, leagues=frozenset()) if stars and not stars & context.leagues else context


def _spelt_as_typed_in_league(index: NameIndex, mention: Mention, context: _Context) -> tuple[Scored, ...]:
    """A word spelt exactly as the name of a player of the league the question talks of ("peja or hedo": Hedo
    Türkoğlu) is his, not a slip for another league's player ("hedy", Victor Hedman's nickname): the writer would
    have to misspell and change sport at once."""
    exact = [index.entries[s.entry] for s in mention.candidates
             if s.quality == 1.0 and index.entries[s.entry].league in context.leagues]
    # Where one so spelt also played when the question's are set (the seasons it names, else a career beside the
    # players named with him), it is no slip for any player: "skenes vs holliday in 2024" is Jackson Holliday,
    # "holliday vs pujols 2006" Matt, never Roy Halladay; the name as typed fits the question as well as a slip.
    fits = any(not _out_of_era(entry, context.era) if context.era is not None
               else _partner_overlap(entry, context.partners) > 0 for entry in exact)
    return tuple(s for s in mention.candidates if not (s.quality < 1.0 and (
        fits or (exact and index.entries[s.entry].league not in context.leagues))))


def _slip_into_league(index: NameIndex, mention: Mention, context: _Context) -> tuple[Scored, ...]:
    """A word spelt as a name of players of other leagues only, one slip from a famous player of the league the
    question talks of, may be his ("mathews vs laine": Auston Matthews, beside Laine, not Eddie Mathews of baseball):
    the slip is weighed with the rest, as a famous player's word misspelt would be. A surname for a surname only: a
    letter off a first name ("brady" for Brad Park, "sale" for Dale Hawerchuk) is no name fans shorten a player to.
    A word spelt as a name of that league needs none (:func:`_spelt_as_typed_in_league`)."""
    candidates = mention.candidates
    if not context.leagues or mention.end - mention.start != 1 or any(
            s.quality < 1.0 or index.entries[s.entry].league in context.leagues for s in candidates):
        return candidates
    held = {s.entry for s in candidates}
    slips = [s for fix in index.correct(fold(mention.span)) if fix.strong
             for s in index.lookup(fix.word, fix.quality) if s.entry not in held
             and index.entries[s.entry].league in context.leagues and index.entries[s.entry].fame >= FUZZY_FAME
             and name_keys(index.entries[s.entry].name)[2] == fix.word]
    return (*candidates, *slips)


def _with_slips_into_league(index: NameIndex, mention: Mention, context: _Context) -> Mention:
    candidates = _slip_into_league(index, mention, context)
    if len(candidates) == len(mention.candidates):
        return mention
    # A typo of a name ("jokiv") needs a question about sport, which a player of the league beside it makes it.
    needs = (*mention.needs, *(Evidence.SPORT,) * (len(candidates) - len(mention.candidates)))
    return replace(mention, candidates=candidates, needs=needs if mention.needs else ())


def _by_standing(index: NameIndex, candidates: Sequence[Scored], context: _Context) -> tuple[Scored, ...]:
    """Where the question speaks of a league, its namesakes are weighed by their standing in their own group of it
    (``PlayerEntry.standing``: a corner's among defenders), not by a fame their group's missing measures keep low
    ("revis island vs sherman": Richard Sherman, not Heath, a running back of more fame). Only so far as a player
    whose surname needs no context (``SUGGESTION_FAME``), and never above a namesake of another league more
    prominent than that: "Jordan vs Brady" is still Michael, however good a pass rusher Cameron Jordan was."""
    if not context.leagues:
        return tuple(candidates)
    weighed = []
    for scored in candidates:
        entry = index.entries[scored.entry]
        standing = min(entry.standing, SUGGESTION_FAME)
        if entry.league in context.leagues and standing > entry.fame and not any(
                index.entries[other.entry].league is not entry.league and index.entries[other.entry].fame > standing
                for other in candidates):
            lift = score_of(scored.kind, standing, scored.quality) / score_of(scored.kind, entry.fame, scored.quality)
            weighed.append(replace(scored, score=scored.score * lift))
        else:
            weighed.append(scored)
    return tuple(weighed)


def _resolve_one(index: NameIndex, mention: Mention, context: _Context) -> Resolution:
    context = _without_league_hint(index, mention, context)
    mention = _with_slips_into_league(index, mention, context)
    candidates = _by_standing(index, _spelt_as_typed_in_league(index, mention, context), context)
    ranked = sorted((_weight(index, s, context) for s in candidates), key=lambda s: -s.score)
    best = ranked[0]
    if best.kind is MatchKind.FIRST:
        # A surname about as likely is read before a first name ("allen vs miller" is Ray Allen, not
        # Allen Iverson): see below.
        surname = next((s for s in ranked if s.kind is MatchKind.SURNAME and s.score >= AMBIGUITY_RATIO * best.score),
                       None)
        if surname is not None:
            ranked = [surname, *(s for s in ranked if s is not surname)]
            best = surname
    # A word that is one player's surname and another's first name ("allen": Ray Allen, Allen Iverson)
    # is the surname: fans name a player by his first name alone only when that is his name to them, and
    # those first names are aliases ("LeBron", "Kobe").
    # A curated nickname that is always a name outranks one that is a name only in context ("the wizard
    # of oz" is Ozzie Smith; Ozzie Newsome was called that too, less often).
    rivals = [s for s in ranked[1:] if not (best.kind is MatchKind.SURNAME and s.kind is MatchKind.FIRST)
              and not (best.kind is s.kind is MatchKind.ALIAS and s.needs_context and not best.needs_context)]
    runner_up = rivals[0] if rivals else None
    # "Which Manning ...?": the question itself says the name is several players' of one league, if a namesake is
    # known well enough to be one of them ("which jordan" is still Michael).
    asked_which = (mention.which and runner_up is not None and best.kind is runner_up.kind is MatchKind.SURNAME
                   and index.entries[best.entry].league is index.entries[runner_up.entry].league
                   and runner_up.score >= STAR_RIVAL_RATIO * best.score)
    if runner_up is not None and (asked_which or runner_up.score >= AMBIGUITY_RATIO * best.score
                                  or _star_namesakes(index, best, runner_up, context)):
        return Resolution(mention, tuple(ranked), None, 0.0)
    return Resolution(mention, tuple(ranked), best, _confidence(best, runner_up))


def _star_namesakes(index: NameIndex, best: Scored, runner_up: Scored, context: _Context) -> bool:
    """Two of a league's stars share the name ("Manning": Peyton and Eli, "Hull": Bobby and Brett): alone
    ("manning super bowls"), fans mean either, so the question must say which, unless it tells them apart:
    seasons named (the better known player's), or another player named favouring the better known one: his
    position, or a career more nearly his own ("Johnson vs Bird" is Magic). Set beside another player of
    their league ("Brady vs Manning", "top 3 qbs: brady, manning, montana"), the name is the one fans argue
    about, the better known's, unless that player's context makes the other about as likely (the close
    call every mention has)."""
    first, second = index.entries[best.entry], index.entries[runner_up.entry]
    return (best.kind is runner_up.kind is MatchKind.SURNAME and first.league is second.league
            and context.era is None and not any(partner.league is first.league for partner in context.partners)
            and _factor(first, context) <= _factor(second, context)
            and second.fame >= STAR_FAME and runner_up.score >= STAR_RIVAL_RATIO * best.score)


def resolve_mentions(index: NameIndex, mentions: Sequence[Mention], named_leagues: Collection[League] = (),
                     era: tuple[int, int] | None = None, club_players: Collection[str] = (),
                     positions: Collection[tuple[League, str]] = (),
                     before_era: Collection[int] = (),
                     own_eras: Mapping[int, tuple[int, int]] | None = None,
                     duos: Mapping[int, int] | None = None) -> list[Resolution]:
    """Choose a player per mention; the other players named, league words and years settle close calls.

    Each mention is first resolved alone, then again in the context of the others' clear choices:
    candidates from their leagues, at their positions and in their years, gain ("Johnson vs Bird" is
    Magic), but a clear choice made alone stands unless the context makes another one clear. ``era``
    is the span of years the question names, if any: players who never played in it fall back
    ("Mahomes vs Allen in 2023" is not Marcus Allen), except for the mentions starting at ``before_era``,
    which the question places before its seasons ("Kawhi in 2019, the best since Jordan"), and those with a
    season of their own beside them (``own_eras``, by the mention's start: "GIBSON 68"). A mention named in a
    duo (``duos``, its start to its partner's: "Stockton and Malone") has that partner's career to match, not
    those of everyone named ("... vs Magic and Kareem"). A lone surname
    that several prominent players share (:func:`_crowded`) is a guess alone: it lends the others no
    context and, unless they or the question's league or years settle it, is left for the client to ask
    back ("Brown vs Davis").
    """
    alone = _Context(frozenset(named_leagues), era=era, club_players=frozenset(club_players),
                     positions=frozenset(positions))
    own_eras = own_eras or {}
    duos = duos or {}
    at = {m.start: position for position, m in enumerate(mentions)}

    def era_of(mention: Mention) -> tuple[int, int] | None:
        return own_eras.get(mention.start, None if mention.start in before_era else era)

    first = [_resolve_one(index, m, replace(alone, era=era_of(m))) for m in mentions]
    open_call = not named_leagues and era is None and not club_players
    guessed = [open_call and _crowded(index, m) for m in mentions]
    # What the clear choices name, counted, so each mention's context (everyone else's) is a subtraction.
    chosen = [index.entries[r.chosen.entry] if r.chosen and not guess else None
              for r, guess in zip(first, guessed, strict=True)]
    leagues = Counter(entry.league for entry in chosen if entry)
    roles = Counter((entry.league, entry.roles[0]) for entry in chosen if entry and entry.roles[0] != "any")
    resolved = []
    for position, mention in enumerate(mentions):
        own = chosen[position]
        alone_call = replace(first[position], chosen=None, confidence=0.0) if guessed[position] else first[position]
        if sum(leagues.values()) - (own is not None) == 0:
            resolved.append(alone_call)
            continue
        own_league = Counter([own.league] if own else [])
        own_role = Counter([(own.league, own.roles[0])] if own and own.roles[0] != "any" else [])
        context = _Context(
            leagues=alone.leagues | frozenset(leagues - own_league),
            roles=frozenset(roles - own_role),
            era=era_of(mention),
            partners=_partners(chosen, position, at.get(duos.get(mention.start, -1))),
            club_players=alone.club_players,
            positions=alone.positions,
        )
        in_context = _resolve_one(index, mention, context)
        # Context settles close calls; it never makes a clear call unclear ("Jordan or Brady").
        resolved.append(alone_call if in_context.chosen is None and alone_call.chosen else in_context)
    return resolved


def _partners(chosen: Sequence[PlayerEntry | None], position: int, duo: int | None) -> tuple[PlayerEntry, ...]:
    """The players named clearly beside the mention at ``position``: its duo partner alone, where it has one chosen."""
    partner = chosen[duo] if duo is not None else None
    if partner is not None:
        return (partner,)
    return tuple(entry for other, entry in enumerate(chosen) if entry and other != position)


def _crowded(index: NameIndex, mention: Mention) -> bool:
    """A lone surname that several comparably prominent players of different sports share ("Brown",
    "Jones", "Williams"): not even the sport is known. Namesakes of one league are the star rule's."""
    best = mention.candidates[0]
    if mention.end - mention.start != 1 or best.kind is not MatchKind.SURNAME:
        return False
    close = [s for s in mention.candidates if s.kind is MatchKind.SURNAME and s.score >= CROWD_RATIO * best.score]
    return len(close) >= CROWD_SIZE and len({index.entries[s.entry].league for s in close}) > 1
