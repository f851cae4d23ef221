"""The fact-check gate: every number and every comparison in a round's text, checked against the facts.

Two checks share one tokenizer. :func:`ungrounded_numbers` is the strict grounding rule for final text
(every number is a fact's display, a season, or a count the facts imply). :class:`FactChecker` is the
gate for writer output: numbers must match a fact at the precision shown, belong to the player the
sentence credits, and "more", "lower", "ahead of" must point the way the facts do.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from arena.debate.facts import (
    BELOW,
    PERCENT,
    PLUS,
    Fact,
    bare_display,
    era_form,
    league_of,
    scope_bounds,
    split_stat,
    stat_label,
)
from arena.stats import GROUPS, season_label
from arena.text import GENERATIONAL_SUFFIXES, strip_accents

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# Each pattern opens on the characters its matches start with (a lookahead, or a lookbehind for what a
# word boundary there means), so the regex engine skips straight to them (find_numbers runs twice as fast).
_DIGITS = re.compile(
    r"(?=[\d+.-])(?:"
    r"(?<![\w.])(?P<label>\d{4}-\d{2})(?![\d])"
    r"|(?<![\w.,])(?P<sign>(?<![\w])[+-])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suffix>%|x\b|st\b|nd\b|rd\b|th\b)?"
    r")"
)
_WORDS = re.compile(r"(?<!\w)(?:" + "|".join(_NUMBER_WORDS) + r")\b")  # matched in folded text
# A number that names a stat rather than counting ("three-point percentage", "3-pointers"): no figure.
_STAT_NAME_TAIL = re.compile(r"(?:-|\s)point(?:ers?)?\b")
# Digits that begin a word are a name, no figure: the 49ers, the 76ers.
_WORD_TAIL = re.compile(r"[A-Za-z]{2}")
_RATE_CONTEXT = re.compile(
    r"per game|a game|a night|per contest|ppg|rpg|apg|average|per cent|percent|rating|era\b|whip|clip|rate",
    re.IGNORECASE)
# Not after a name's "Jr." or "Sr." (Ken Griffey Jr.), which would part a figure from its owner.
_SENTENCE_END = re.compile(r"(?<=[.!?;:])(?<![JS]r\.)\s+|\n+")

_UP_MAGNITUDE = ("more", "higher", "greater", "bigger", "larger", "exceeds", "exceeded", "outnumbers")
_DOWN_MAGNITUDE = ("fewer", "less", "lower", "smaller")
_UP_QUALITY = ("better", "tops", "topped", "beats", "beat", "edges", "edged", "ahead of", "outpaces",
               "outpaced", "outscored", "outdoes", "outdid", "surpasses", "surpassed", "bests", "bested",
               "outshines", "outshone", "clears")
_DOWN_QUALITY = ("worse", "trails", "trailed", "behind", "short of", "lags", "lagged")
_COMPARATIVE = re.compile(
    r"(?<!\w)(?P<w>" + "|".join(re.escape(w) for w in
                           (*_UP_MAGNITUDE, *_DOWN_MAGNITUDE, *_UP_QUALITY, *_DOWN_QUALITY)) + r")\b",
)  # matched in folded text, as is the next
_WIN_PHRASE = re.compile(
    r"\s+(?:wins|takes it|takes the debate|gets the nod|comes out on top|is the winner|is the pick|"
    r"edges it|has the edge overall|carries the day)\b",
)


class NumberToken(NamedTuple):
    """A number as written: ``text`` as found, ``value`` as a number, ``decimals`` shown."""

    text: str
    value: float
    decimals: int
    start: int
    is_label: bool = False
    is_word: bool = False
    signed: bool = False


def find_numbers(text: str) -> list[NumberToken]:
    """Every number in ``text``: digits ("32,292", ".497", "49.7%", "3rd"), season labels, number words."""
    tokens: list[NumberToken] = []
    for m in _DIGITS.finditer(text):
        label = m.group("label")
        if label:
            tokens.append(NumberToken(label, float(label[:4]), 0, m.start(), is_label=True))
            continue
        if _STAT_NAME_TAIL.match(text, m.end()) or _WORD_TAIL.match(text, m.end()):
            continue
        digits = m.group("num").replace(",", "")
        decimals = len(digits.partition(".")[2])
        sign = -1.0 if m.group("sign") == "-" else 1.0
        tokens.append(NumberToken(m.group(0), sign * float(digits), decimals, m.start(), signed=bool(m.group("sign"))))
    folded = fold(text)
    words = [NumberToken(text[m.start():m.end()], float(_NUMBER_WORDS[m.group(0)]), 0, m.start(), is_word=True)
             for m in _WORDS.finditer(folded) if not _STAT_NAME_TAIL.match(folded, m.end())]
    return sorted(tokens + words, key=lambda t: t.start) if words else tokens


def _number_key(token: NumberToken) -> str:
    if token.is_label:
        return token.text
    if token.decimals:
        return f"{abs(token.value):.{token.decimals}f}".removeprefix("0")
    return str(round(abs(token.value)))


def implied_counts(facts: Iterable[Fact]) -> set[int]:
    """Counts the facts imply without being facts: how many sides, a three-season stretch, a top five,
    and the 100 that the "+" indexes (OPS+, ERA+) are measured against."""
    counts: set[int] = set()
    owners: set[str] = set()
    for fact in facts:
        if not fact.player_id.startswith("league:"):
            owners.add(fact.player_id)
        kind, key = split_stat(fact.stat)
        if fact.scope.startswith("stretch:"):
            counts.add(3)
        if kind == "top5":
            counts.add(5)
        elif kind == "top10":
            counts.add(10)
        elif kind == "era" and era_form(key) == PLUS:
            counts.add(100)
    counts.add(len(owners))
    return counts


def _seasons_of(fact: Fact) -> list[int]:
    seasons = [fact.season] if fact.season is not None else []
    seasons.extend(fact.held_seasons)
    for bounds in (scope_bounds(fact.scope), fact.span):
        if bounds is not None:
            seasons.extend(bounds)
    return seasons


def allowed_numbers(facts: Sequence[Fact]) -> set[str]:
    """Every number text may show given ``facts``, in :func:`find_numbers`' normalised form."""
    allowed = {str(n) for n in implied_counts(facts)}
    for fact in facts:
        allowed.update(_number_key(t) for t in find_numbers(fact.display))
        league = league_of(fact.player_id)
        for season in _seasons_of(fact):
            allowed.add(str(season))
            allowed.add(season_label(league, season))
    return allowed


def ungrounded_numbers(text: str, facts: Sequence[Fact]) -> list[str]:
    """Numbers in ``text`` that no fact supports, as written (the grounding rule; target: none)."""
    allowed = allowed_numbers(facts)
    return [t.text for t in find_numbers(text) if _number_key(t) not in allowed]


class FactCheckResult(BaseModel):
    """The gate's finding on one round (the ``fact_check`` of a round in the ``--json`` output)."""

    model_config = ConfigDict(frozen=True)

    passed: bool
    numbers_checked: int
    comparisons_checked: int
    problems: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Speaker:
    """A side as text names it: its entity id (a fact's ``player_id``) and its display name."""

    entity_id: str
    name: str


def _fold_char(c: str) -> str:
    return (strip_accents(c) or c)[:1].lower()


def fold(text: str) -> str:
    """Accents dropped and lower-cased, one character for one, so positions stay valid."""
    if text.isascii():
        return text.lower()
    return "".join(c.lower() if c.isascii() else _fold_char(c) for c in text)


def _aliases(speakers: Sequence[Speaker]) -> list[tuple[str, str]]:
    """(folded alias, entity id), longest first: full names, then surnames and first names that are
    unique among the speakers ("Jordan", "LeBron"), so "the Mannings" never resolve. A word that is one
    speaker's surname and another's first name is the surname's: the writers call a side by surname, so
    "James' 2,036" beside James Harden is LeBron James'."""
    words: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    pairs: list[tuple[str, str]] = []
    for speaker in speakers:
        name = fold(speaker.name)
        pairs.append((name, speaker.entity_id))
        parts = [p for p in re.split(r"[\s]+", name) if p and not re.fullmatch(r"\d{4}(-\d{2})?", p)]
        core = [p for p in parts if p.rstrip(".") not in GENERATIONAL_SUFFIXES]
        candidates = {" ".join(parts)} | ({core[0], core[-1]} if core else set())
        for word in candidates:
            words[word].add(speaker.entity_id)
        if len(core) > 1:
            surnames[core[-1]].add(speaker.entity_id)
    for word, owners in words.items():
        owner = owners if len(owners) == 1 else surnames.get(word, set())
        if len(owner) == 1 and len(word) > 2:
            pairs.append((word, next(iter(owner))))
    return sorted(set(pairs), key=lambda p: -len(p[0]))


@dataclass
class _Mention:
    start: int
    end: int
    entity_id: str


@dataclass
class _Sentence:
    text: str
    folded: str
    mentions: list[_Mention] = field(default_factory=list)


def _scaled(fact: Fact) -> float:
    """The figure a fact is written as: a fraction as its percentage, an index against the league as the
    percentage it is better or worse ("+8%" for 1.082; "-50%" for an inverted 2.0, half the league's points
    allowed), innings in whole innings and outs."""
    kind, key = split_stat(fact.stat)
    if kind == "era" and era_form(key) == PERCENT:
        return (fact.value - 1) * 100
    if kind == "era" and era_form(key) == BELOW:
        return (1 / fact.value - 1) * 100
    if key == "innings_pitched":
        # Written in whole innings and outs (1,283.2 for 1,283 and two thirds): see ``display_value``.
        outs = round(fact.value * 3)
        return outs // 3 + (outs % 3) / 10
    return fact.value * 100 if bare_display(fact).endswith("%") else fact.value


class FactChecker:
    """Checks writer text against one debate's facts.

    ``check`` returns a :class:`FactCheckResult`; a round passes when no number is unsupported or
    credited to the wrong side and no comparison points the wrong way.
    """

    def __init__(self, facts: Sequence[Fact], speakers: Sequence[Speaker]) -> None:
        self._facts = list(facts)
        self._speakers = {s.entity_id: s for s in speakers}
        self._aliases = _aliases(speakers)
        self._alias_re = re.compile(
            r"\b(" + "|".join(re.escape(a) for a, _ in self._aliases) + r")\b") if self._aliases else None
        self._alias_owner = dict(self._aliases)
        # Each fact with the figure it is written as, by that figure's whole part; scaled once per debate,
        # not once per number checked.
        self._by_magnitude: dict[int, list[tuple[Fact, float]]] = defaultdict(list)
        for fact in self._facts:
            scaled = _scaled(fact)
            self._by_magnitude[math.floor(abs(scaled))].append((fact, scaled))
        self._seasons: set[int] = set()
        self._labels: set[str] = set()
        for fact in self._facts:
            for season in _seasons_of(fact):
                self._seasons.add(season)
                self._labels.add(season_label(league_of(fact.player_id), season))
        self._counts = implied_counts(self._facts)
        self._labels_by_stat: list[tuple[str, tuple[str, str]]] = sorted(
            {(fold(stat_label(league_of(f.player_id), f.group, f.stat)), (f.group, f.stat))
             for f in self._facts if split_stat(f.stat)[0] is None},
            key=lambda p: -len(p[0]),
        )

    def check(self, text: str, *, winner_id: str | None = None, judges_winner: bool = False) -> FactCheckResult:
        """Check ``text``; with ``judges_winner`` a sentence naming a side as the winner must name
        ``winner_id`` (None: the verdict was a tie, so nobody may be named)."""
        problems: list[str] = []
        numbers = comparisons = 0
        for sentence in self._sentences(text):
            tokens = find_numbers(sentence.text)
            numbers += len(tokens)
            matched = self._check_numbers(sentence, tokens, problems)
            comparisons += self._check_comparison(sentence, matched, problems)
            if judges_winner:
                self._check_winner(sentence, winner_id, problems)
        return FactCheckResult(passed=not problems, numbers_checked=numbers, comparisons_checked=comparisons,
                               problems=problems)

    # -- sentences and mentions ------------------------------------------------------------------

    def _sentences(self, text: str) -> list[_Sentence]:
        sentences = []
        for part in _SENTENCE_END.split(text):
            if not part.strip():
                continue
            sentence = _Sentence(part, fold(part))
            if self._alias_re is not None:
                sentence.mentions = [_Mention(m.start(), m.end(), self._alias_owner[m.group(1)])
                                     for m in self._alias_re.finditer(sentence.folded)]
            sentences.append(sentence)
        return sentences

    # -- numbers ---------------------------------------------------------------------------------

    def _facts_matching(self, token: NumberToken, after: str) -> list[Fact]:
        tolerance = 0.5 * 10 ** -token.decimals + 1e-9
        base = math.floor(abs(token.value))
        # A whole number may be a rounded rate ("30 points per game" for 30.1) only where a rate is named.
        whole_rate = token.decimals == 0 and (token.text.endswith("%") or _RATE_CONTEXT.search(after) is not None)
        found = []
        for bucket in (base - 1, base, base + 1):
            for fact, scaled in self._by_magnitude.get(bucket, ()):
                if token.signed and (scaled < 0) != (token.value < 0):
                    continue
                if token.decimals == 0 and "." in bare_display(fact) and not whole_rate:
                    continue
                if abs(abs(scaled) - abs(token.value)) <= tolerance:
                    found.append(fact)
        return found

    def _check_numbers(self, sentence: _Sentence, tokens: list[NumberToken],
                       problems: list[str]) -> list[tuple[NumberToken, list[Fact]]]:
        """Problems with the sentence's numbers; returns the stat values found, with their facts.

        Seasons, number words and the counts the facts imply are checked as such, never taken for stat
        values (a "2001" season is not 2,001 strikeouts).
        """
        matched: list[tuple[NumberToken, list[Fact]]] = []
        for token in tokens:
            if token.is_label:
                if token.text not in self._labels:
                    problems.append(f"season {token.text} is not one the facts cover")
                continue
            whole = token.decimals == 0 and not token.text.endswith("%")
            if whole and "," not in token.text and round(token.value) in self._seasons and not token.is_word:
                continue
            if whole and round(abs(token.value)) in self._counts and not token.signed:
                continue
            facts = self._facts_matching(token, sentence.text[token.start + len(token.text):][:30])
            if not facts:
                problems.append(f"{token.text!r} matches no fact")
                continue
            owner = self._credited(sentence, token.start)
            if owner is not None:
                own = [f for f in facts if f.player_id == owner or f.player_id.startswith("league:")]
                if not own:
                    name = self._speakers[owner].name
                    whose = ", ".join(sorted({self._name_of(f.player_id) for f in facts}))
                    problems.append(f"{token.text!r} is credited to {name} but belongs to {whose}")
                    continue
                facts = own
            matched.append((token, facts))
        return matched

    def _credited(self, sentence: _Sentence, position: int) -> str | None:
        before = [m for m in sentence.mentions if m.end <= position]
        return before[-1].entity_id if before else None

    def _name_of(self, entity_id: str) -> str:
        speaker = self._speakers.get(entity_id)
        return speaker.name if speaker else entity_id

    # -- comparisons -----------------------------------------------------------------------------

    def _check_comparison(self, sentence: _Sentence, matched: list[tuple[NumberToken, list[Fact]]],
                          problems: list[str]) -> int:
        comparative = _COMPARATIVE.search(sentence.folded)
        if comparative is None:
            return 0
        subjects = [m for m in sentence.mentions if m.end <= comparative.start()]
        objects = [m for m in sentence.mentions if m.start >= comparative.end()]
        if not subjects or not objects:
            return 0
        subject = subjects[0].entity_id
        word = comparative.group("w").lower()
        # "5 shutouts, in 30 games, more than Bobrovsky's 4 in 38": a figure after "in" is the games behind
        # the one before it, what the comparison is weighed over, not what it compares.
        compared = [(token, facts) for token, facts in matched
                    if not sentence.text[:token.start].endswith("in ")]
        checked = 0
        for target in dict.fromkeys(m.entity_id for m in objects if m.entity_id != subject):
            pair = self._compared_facts(sentence, compared, subject, target)
            if pair is None:
                continue
            checked += 1
            mine, theirs = pair
            if not _points_the_right_way(word, mine, theirs):
                problems.append(
                    f"says {self._name_of(subject)} {word} {self._name_of(target)} on "
                    f"{stat_label(league_of(mine.player_id), mine.group, mine.stat)}, "
                    f"but it is {mine.display} to {theirs.display}"
                )
        return checked

    def _compared_facts(self, sentence: _Sentence, matched: list[tuple[NumberToken, list[Fact]]],
                        subject: str, target: str) -> tuple[Fact, Fact] | None:
        mine = [f for _, facts in matched for f in facts if f.player_id == subject]
        theirs = [f for _, facts in matched for f in facts if f.player_id == target]
        for a in mine:
            for b in theirs:
                if (a.group, a.stat) == (b.group, b.stat):
                    return a, b
        for label, (group, stat) in self._labels_by_stat:
            # A label as a word of its own: "ERA" is no mention of earned run average inside "Mariano Rivera".
            if label not in sentence.folded or not re.search(rf"(?<!\w){re.escape(label)}(?!\w)", sentence.folded):
                continue
            a_facts = self._career_like(subject, group, stat)
            b_facts = self._career_like(target, group, stat)
            if a_facts is not None and b_facts is not None:
                return a_facts, b_facts
            return None
        return None

    def _career_like(self, owner: str, group: str, stat: str) -> Fact | None:
        # Without a number, a comparison means the broadest figure each side has for that stat.
        candidates = [f for f in self._facts if f.player_id == owner and f.group == group and f.stat == stat
                      and not f.scope.startswith("stretch:")]
        broad = [f for f in candidates if f.season is None]
        chosen = broad or candidates
        return chosen[0] if len(chosen) == 1 else None

    # -- the verdict -----------------------------------------------------------------------------

    def _check_winner(self, sentence: _Sentence, winner_id: str | None, problems: list[str]) -> None:
        for mention in sentence.mentions:
            if _WIN_PHRASE.match(sentence.folded, mention.end) is None:
                continue
            if mention.entity_id != winner_id:
                verdict = "a tie" if winner_id is None else f"{self._name_of(winner_id)} winning"
                problems.append(f"names {self._name_of(mention.entity_id)} the winner, but the verdict is "
                                f"{verdict}")


def _higher_is_better(fact: Fact) -> bool:
    kind, key = split_stat(fact.stat)
    if kind == "rank":
        return False
    if kind is not None:
        return True
    if key == "losses":
        return False
    stat_group = GROUPS[league_of(fact.player_id)].get(fact.group)
    return stat_group.is_higher_better(key) if stat_group is not None else key != "d_rtg"


def _points_the_right_way(word: str, mine: Fact, theirs: Fact) -> bool:
    if word in _UP_MAGNITUDE:
        return mine.value > theirs.value
    if word in _DOWN_MAGNITUDE:
        return mine.value < theirs.value
    better = mine.value > theirs.value if _higher_is_better(mine) else mine.value < theirs.value
    return better if word in _UP_QUALITY else (not better and mine.value != theirs.value)

