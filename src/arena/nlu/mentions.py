"""Finding player mentions in a question's words, and choosing whom each one means.

Spans are matched longest first, on the words as typed and on their spelling corrections. A mention's
candidates compete on score (key kind x fame x match quality); names of other players in the question
lend their league to a close call ("Johnson vs Bird" is Magic), and a call still too close is left
ambiguous for the client to ask back rather than guessed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from arena.nlu.names import Correction, MatchKind, NameIndex, Scored
from arena.nlu.text import Token
from arena.nlu.vocabulary import CONNECTORS, is_stopword
from arena.stats.catalog import League

AMBIGUITY_RATIO = 0.78  # a runner-up this close to the best is a real ambiguity
CONTEXT_BOOST = 1.6  # a candidate from a league the question is already about
ROLE_BOOST = 1.25  # ... who also plays the position of another player named (quarterback vs quarterback)
OUT_OF_ERA = 0.35  # a candidate who never played in the seasons the question names
MIN_SCORE = 0.03
_MAX_CORRECTED_WORDS = 3  # longer spans are only read as typed
_PART_KINDS = frozenset({MatchKind.SURNAME, MatchKind.FIRST})
_SPAN_BREAKS = frozenset(",;:/&|()[]{}!?\"")


@dataclass(frozen=True, slots=True)
class Mention:
    """Words of the question that name a player, and the players they may mean, best first."""

    start: int  # token positions, end exclusive
    end: int
    span: str
    candidates: tuple[Scored, ...]


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention's outcome: ``chosen`` is None when the best candidates are too close to call."""

    mention: Mention
    ranked: tuple[Scored, ...]  # after league context
    chosen: Scored | None
    confidence: float


def _joined(text: str, tokens: Sequence[Token], i: int) -> bool:
    """True when nothing but spaces, hyphens, dots or apostrophes separate token ``i`` from the one before."""
    gap = text[tokens[i - 1].end:tokens[i].start]
    return not any(c in _SPAN_BREAKS for c in gap)


def _in_context(text: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """A word that is a name only in context: typed with a capital, or next to "vs", "or", "than"..."""
    if any(tokens[i].is_capitalised and not is_stopword(tokens[i].norm) and tokens[i].start > 0
           for i in range(start, end)):
        return True
    before = tokens[start - 1].norm if start > 0 else None
    after = tokens[end].norm if end < len(tokens) else None
    if before in CONNECTORS or after in CONNECTORS or before == "than":
        return True
    gap_before = text[tokens[start - 1].end:tokens[start].start] if start > 0 else ""
    gap_after = text[tokens[end - 1].end:tokens[end].start] if end < len(tokens) else ""
    return "," in gap_before or "," in gap_after


def find_mentions(
    index: NameIndex,
    text: str,
    tokens: Sequence[Token],
    *,
    blocked: Collection[int] = (),
    single_blocked: Collection[int] = (),
    team_words: Collection[str] = (),
) -> list[Mention]:
    """Every player mention in ``tokens``, longest span first, none overlapping.

    ``blocked`` positions belong to something else (a season, a team); ``single_blocked`` ones (stat
    words) may sit inside a longer name ("chairman of the boards") but are not a name alone, and
    neither are ``team_words`` ("Bears"), unless they are a player's alias ("Magic").
    """
    scanner = _Scanner(index, text, tokens, blocked, single_blocked, team_words)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        found = scanner.longest_at(i)
        if found is None:
            i += 1
            continue
        mentions.append(found)
        i = found.end
    return _settle_pairs(text, tokens, mentions)


def _settle_pairs(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Two one-word mentions side by side are one name, not two players.

    A nickname and a surname of the same player ("Pudge Rodriguez", "Shaq O'Neal") become one
    mention of him; a capitalised first and last name that only match as separate surnames ("Aaron
    Donald", a player the store does not have) are dropped, to be reported as an unknown name.
    """
    settled: list[Mention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        if second is None or first.end != second.start or not _joined(text, tokens, second.start) or (
                first.end - first.start, second.end - second.start) != (1, 1):
            settled.append(first)
            i += 1
            continue
        shared = _same_player(first, second)
        if shared is not None:
            settled.append(Mention(first.start, second.end, text[tokens[first.start].start:tokens[second.start].end],
                                   (shared,)))
        elif not (tokens[first.start].is_capitalised and tokens[second.start].is_capitalised
                  and all(c.kind in _PART_KINDS for c in first.candidates + second.candidates)):
            settled.extend((first, second))
        i += 2
    return settled


def _same_player(first: Mention, second: Mention) -> Scored | None:
    """The player both mentions name, when one names him outright and the other lists him."""
    for named, listing in ((first, second), (second, first)):
        best = named.candidates[0]
        if best.kind in (MatchKind.ALIAS, MatchKind.FIRST) and any(c.entry == best.entry for c in listing.candidates):
            return best
    return None


class _Scanner:
    """One question's tokens, with spelling corrections worked out only when a span needs them."""

    def __init__(self, index: NameIndex, text: str, tokens: Sequence[Token], blocked: Collection[int],
                 single_blocked: Collection[int], team_words: Collection[str]) -> None:
        self.index, self.text, self.tokens = index, text, tokens
        self.blocked, self.single_blocked, self.team_words = blocked, single_blocked, team_words
        self._fixes: dict[int, list[Correction]] = {}

    def fixes(self, position: int) -> list[Correction]:
        if position not in self._fixes:
            word = self.tokens[position].norm
            self._fixes[position] = [] if is_stopword(word) else self.index.correct(word)
        return self._fixes[position]

    def longest_at(self, start: int) -> Mention | None:
        tokens, text = self.tokens, self.text
        for length in range(min(self.index.longest_key, len(tokens) - start), 0, -1):
            end = start + length
            positions = range(start, end)
            if any(p in self.blocked for p in positions) or not all(_joined(text, tokens, p) for p in positions[1:]):
                continue
            if length == 1 and (start in self.single_blocked
                                or (is_stopword(tokens[start].norm) and not tokens[start].is_initials)):
                continue
            by_entry: dict[int, Scored] = {}
            for scored in self.candidates(positions):
                if scored.score < MIN_SCORE or (scored.needs_context and not _in_context(text, tokens, start, end)):
                    continue
                known = by_entry.get(scored.entry)
                if known is None or scored.score > known.score:
                    by_entry[scored.entry] = scored
            if by_entry:
                candidates = tuple(sorted(by_entry.values(), key=lambda s: -s.score))
                span = text[tokens[start].start:tokens[end - 1].end]
                return Mention(start, end, span, candidates)
        return None

    def candidates(self, positions: range) -> list[Scored]:
        """Players the words at ``positions`` name as typed, and as corrected.

        One word: its corrections too, a weak one ("meaning" sounds like "manning") needing context.
        Several words, when they name nobody as typed: each may be one of its two best corrections
        ("Aaron Rogers"), at most two of them, with no common word among them.
        """
        index = self.index
        words = [self.tokens[p].norm for p in positions]
        found = index.lookup(" ".join(words))
        if len(words) == 1:
            if words[0] in self.team_words:
                return [s for s in found if s.kind is MatchKind.ALIAS]
            if words[0] not in index.correction_words:
                for fix in self.fixes(positions[0]):
                    if fix.alone:
                        found.extend(index.lookup(fix.word, fix.quality, needs_context=not fix.strong))
            return found
        if found or len(words) > _MAX_CORRECTED_WORDS or any(is_stopword(w) for w in words):
            return found
        spellings: list[tuple[list[str], float, int]] = [([], 1.0, 0)]
        for p, word in zip(positions, words, strict=True):
            options = [(word, 1.0, 0)] + [(fix.word, fix.quality, 1) for fix in self.fixes(p)[:2]]
            spellings = [([*spelled, w], q * wq, fixed + n) for spelled, q, fixed in spellings
                         for w, wq, n in options if fixed + n <= 2]
        for spelled, quality, fixed in spellings:
            if fixed:
                found.extend(index.lookup(" ".join(spelled), quality))
        return found


def _confidence(best: Scored, runner_up: Scored | None) -> float:
    margin = 1.0 - 0.6 * (runner_up.score / best.score if runner_up else 0.0)
    kind_certainty = (1.0, 1.0, 0.92, 0.88)[best.kind]
    return round(max(0.0, min(1.0, best.quality * kind_certainty * margin)), 3)


@dataclass(frozen=True)
class _Context:
    leagues: frozenset[League] = frozenset()
    roles: frozenset[tuple[League, str]] = frozenset()
    era: tuple[int, int] | None = None


def _weight(index: NameIndex, scored: Scored, context: _Context) -> Scored:
    entry = index.entries[scored.entry]
    era = context.era
    factor = CONTEXT_BOOST if entry.league in context.leagues else 1.0
    if (entry.league, entry.roles[0]) in context.roles:
        factor *= ROLE_BOOST
    if era is not None and entry.first_season is not None and entry.last_season is not None and (
            entry.last_season < era[0] or entry.first_season > era[1]):
        factor *= OUT_OF_ERA
    return Scored(scored.entry, scored.score * factor, scored.kind, scored.quality, scored.needs_context)


def _resolve_one(index: NameIndex, mention: Mention, context: _Context) -> Resolution:
    ranked = sorted((_weight(index, s, context) for s in mention.candidates), key=lambda s: -s.score)
    best = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else None
    if runner_up is not None and runner_up.score >= AMBIGUITY_RATIO * best.score:
        return Resolution(mention, tuple(ranked), None, 0.0)
    return Resolution(mention, tuple(ranked), best, _confidence(best, runner_up))


def resolve_mentions(index: NameIndex, mentions: Sequence[Mention], named_leagues: Collection[League] = (),
                     era: tuple[int, int] | None = None) -> list[Resolution]:
    """Choose a player per mention; the other players named, league words and years settle close calls.

    Each mention is first resolved alone, then again in the context of the others' clear choices:
    candidates from their leagues, and at their positions, gain ("Johnson vs Bird" is Magic), but a
    clear choice made alone stands unless the context makes another one clear. ``era``
    is the span of years the question names, if any: players who never played in it fall back
    ("Mahomes vs Allen in 2023" is not Marcus Allen).
    """
    alone = _Context(frozenset(named_leagues), era=era)
    first = [_resolve_one(index, m, alone) for m in mentions]
    resolved = []
    for position, mention in enumerate(mentions):
        others = [index.entries[r.chosen.entry] for i, r in enumerate(first) if i != position and r.chosen]
        if not others:
            resolved.append(first[position])
            continue
        context = _Context(
            leagues=alone.leagues | {entry.league for entry in others},
            roles=frozenset((entry.league, entry.roles[0]) for entry in others if entry.roles[0] != "any"),
            era=era,
        )
        in_context = _resolve_one(index, mention, context)
        # Context settles close calls; it never makes a clear call unclear ("Jordan or Brady").
        resolved.append(first[position] if in_context.chosen is None and first[position].chosen else in_context)
    return resolved
