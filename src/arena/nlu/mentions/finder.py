"""The mention finder: spans matched longest first, as typed and as corrected, then kept by the rule families."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from arena.nlu.frequency import (
    EVERYDAY,
    VERY_COMMON,
    is_everyday_word,
    is_known_word,
    zipf,
)
from arena.nlu.mentions.everyday import (
    addressed,
    before_an_epithet,
    caller,
    colleague,
    country,
    date,
    destination,
    end_of_compound,
    given_name,
    ground_of_another_name,
    head_of_compound,
    introduced_here,
    named_after,
    names_a_place,
    names_an_era,
    not_that_one,
    origin,
    other_middle_initial,
    part_of_tag,
    prefix_of_compound,
    question_word,
    signed,
    signing_off,
    someone_of_ones_own,
    sportsbook,
    suffix_of_another_name,
    thing_of_a_club,
    title_of_a_work,
    what_someone_is,
)
from arena.nlu.mentions.grammar import is_plural_noun, joined, word_of_a_position
from arena.nlu.mentions.model import Evidence, Mention
from arena.nlu.mentions.pairing import (
    before_unknown_surname,
    described,
    family_first_names,
    first_names_of_those_named,
    first_names_set_against,
    first_names_sharing_a_surname,
    kin_named,
    settle_generations,
    settle_pairs,
    surnames_listed,
    told_apart,
    unknown_full_name,
    without_cities,
    without_phrases_after_names,
    without_words_before_full_names,
)
from arena.nlu.mentions.placement import Placement
from arena.nlu.mentions.words import COMPARE, PART_KINDS, SHORT_FORMS
from arena.nlu.names import FUZZY_FAME, Correction, MatchKind, NameIndex, Scored, name_keys
from arena.nlu.text import Token
from arena.nlu.vocabulary import (
    COMMON_WORDS,
    CONNECTORS,
    SPORT_TALK,
    SPORT_WORDS,
    is_stopword,
)
from arena.stats import League

MIN_SCORE = 0.03
_MAX_CORRECTED_WORDS = 3  # longer spans are only read as typed

_SPLIT_QUALITY = 0.9  # a name typed as two words ("ma homes")
_RUN_TOGETHER = 7  # the shortest word read as a full name typed without its space
_SHORT_FORM_QUALITY = 0.95  # a name typed with the short form of the first name ("pat mahomes")

# "you'd", "we'll", "don't": a word and its contraction, never a name (a name's "'s" is its possessive).
_CONTRACTION = re.compile(r"['’](?:d|ll|re|ve|m)$|n['’]t$", re.IGNORECASE)


def _needs(scored: Scored, words: Sequence[str], initials: bool, surname: str | None,
           said_alike: Collection[int] = ()) -> Evidence:
    """The evidence a candidate needs: more for a name that is also an everyday word, the more common it is.

    "Jordan" or "Gretzky" need none; "bird", "judge" or "the worm" need the question to be about sport;
    "young" or "price" (very common words) need to be placed as a name; an obscure player's surname
    too; a typo of an English word ("mile" for "Mize") is that word. Initials ("T.O.") need none.
    ``said_alike`` are the players whose word the typed one is said as (a homophone: "shack" for Shaq):
    a fan writing by ear, not a slip, so an English word still names them where placed as a name.
    """
    if initials:
        return Evidence.NONE
    if len(words) == 1 and scored.quality < 1.0 and is_known_word(words[0]):
        return Evidence.NAMED if scored.entry in said_alike else Evidence.NEVER
    content = [w for w in words if w != "the"]
    # A nickname that is also a word ("showtime"), unless it is the surname ("Judge"), or an obscure
    # player's surname: a name only where placed as one. A surname that is no word of any language
    # ("hellebuyck") is a name wherever sport is talked, however little the store knows of him.
    if scored.needs_context and (scored.kind is not MatchKind.ALIAS or (len(words) == 1 and words[0] != surname)):
        unlike_any_word = scored.kind is MatchKind.SURNAME and scored.quality == 1.0 and not is_known_word(words[0])
        return Evidence.SPORT if len(words) == 1 and unlike_any_word else Evidence.NAMED
    if len(content) == 1:
        word = content[0]
        if scored.quality < 1.0:
            return Evidence.SPORT  # a typo of a name ("jokiv"), in a question about sport
        if scored.kind is MatchKind.SURNAME and is_plural_noun(word):
            return Evidence.NAMED  # things, not a player ("more rings than fingers")
        if words[0] == "the" and not scored.needs_context:  # a nickname ("the beard") in sport talk
            return Evidence.SPORT
        if scored.needs_context or word in COMMON_WORDS or is_everyday_word(word):
            return Evidence.SPORT if zipf(word) < VERY_COMMON else Evidence.NAMED
        if scored.kind is MatchKind.FIRST and zipf(word) >= EVERYDAY:
            return Evidence.NAMED  # a first name that is also an everyday word ("ya" for Y.A. Tittle)
        return Evidence.SPORT if len(words) > 1 else Evidence.NONE
    # A nickname of several words that is no English phrase ("the big o", "the russian rocket") is a name
    # outright: the tables flag those that are (needs_context: "the answer", "prime time").
    if scored.kind is MatchKind.ALIAS and scored.needs_context:
        return Evidence.SPORT
    return Evidence.NONE


def find_mentions(
    index: NameIndex,
    text: str,
    tokens: Sequence[Token],
    *,
    blocked: Collection[int] = (),
    single_blocked: Collection[int] = (),
    team_words: Collection[str] = (),
    team_cities: Collection[str] = (),
    anchors: Collection[int] = (),
    stat_leagues: Collection[League] = (),
    stats_asked: bool = False,
) -> list[Mention]:
    """Every player mention in ``tokens``, longest span first, none overlapping.

    ``blocked`` positions belong to something else (a season, a team); ``single_blocked`` ones (stat
    words) may sit inside a longer name ("chairman of the boards") but are not a name alone, and
    neither are ``team_words`` ("Bears"), unless they are a player's alias ("Magic"), nor ``team_cities``
    right before another player ("cleveland lebron"). ``anchors`` are
    the positions of seasons and teams: a word beside one is placed as a name ("rice in the 90s").
    ``stat_leagues`` are the leagues whose own stats the question asks ("rushing": the NFL's); ``stats_asked``:
    the question asks a stat or a role of a player ("yards", "quarterback"), not only a league ("the NBA").

    A candidate that is also an everyday word is kept only where the question gives the evidence it
    needs (:func:`_needs`): "bird" in "a bird flew by" names nobody, in "bird could shoot" Larry Bird.
    """
    scanner = _Scanner(index, text, tokens, blocked, single_blocked, team_words)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        mention = scanner.longest_at(i)
        if mention is None:
            i += 1
            continue
        # "the Beast Mode run": a nickname led by "the" whose words run on into a longer name is that name ("Beast
        # Mode"), the article the sentence's; a name keeps all its words. So with "a": "a Rod Strickland RC" is
        # Rod Strickland's card, not A-Rod ("a rod") and a surname.
        if tokens[i].norm in ("the", "a") and mention.end - i > 1:
            later = scanner.longest_at(i + 1)
            if later is not None and later.end > mention.end:
                mention = later
        found.append(mention)
        i = mention.end
    named = {p for m in found for p in range(m.start, m.end)}
    # Where a caller comes from is a place ("Mike from Mesa"), whoever else bears its name.
    callers_places = {m.end + 1 for m in found if caller(text, tokens, m)}
    # "Jordan (our Jordan, not that one)": a name the writer says is not the one the reader thinks of is someone
    # else's, wherever the question says it.
    disowned = {tuple(t.norm for t in tokens[m.start:m.end]) for m in found if not_that_one(tokens, m)}
    found = [m for m in found if tuple(t.norm for t in tokens[m.start:m.end]) not in disowned]
    found = [m for m in found if not named_after(index, tokens, m) and not addressed(text, tokens, m, named)
             and not caller(text, tokens, m) and m.start not in callers_places
             and not introduced_here(text, tokens, m)
             and not suffix_of_another_name(text, tokens, m, named)
             and not ground_of_another_name(text, tokens, m, named)
             and not other_middle_initial(index, text, tokens, m) and not someone_of_ones_own(tokens, m)
             and not given_name(tokens, m) and not word_of_a_position(tokens, m)
             and not prefix_of_compound(text, tokens, m) and not end_of_compound(text, tokens, m, named)
             and not part_of_tag(text, tokens, m)
             and not destination(tokens, m) and not origin(tokens, m) and not colleague(text, tokens, m)
             and not date(tokens, m) and not country(tokens, m)
             and not names_a_place(text, tokens, m) and not question_word(text, tokens, m)
             and not signed(text, tokens, m) and not signing_off(text, tokens, m)
             and not names_an_era(text, tokens, m) and not sportsbook(text, tokens, m)
             and not what_someone_is(tokens, m)
             and not head_of_compound(text, tokens, m, team_words)
             and not title_of_a_work(text, tokens, m, team_words) and not thing_of_a_club(text, tokens, m, team_words)]
    titled = {m.end for m in found if before_an_epithet(text, tokens, m, found)}
    found = [m for m in found if m.end not in titled and m.start not in titled]
    ending_at = {m.end: m for m in found}
    unknown = {m.start for m in found if unknown_full_name(index, text, tokens, m, ending_at, team_cities)}
    unknown |= {m.end for m in found if before_unknown_surname(index, text, tokens, m, {*named, *blocked, *anchors,
                                                                                         *single_blocked})}
    # The first name of someone the store lacks names no player either ("morgan freeman", "taylor swift").
    found = [m for m in found if m.start not in unknown and not (m.end in unknown and m.end - m.start == 1)]
    placed = Placement(text, tokens, found, frozenset(anchors), frozenset(single_blocked), team_cities,
                        index.first_names, index.entries, frozenset(stat_leagues), stats_asked,
                        index.common_first_names)
    kept = [m for m in (placed.keep(mention) for mention in found) if m is not None]
    # A list reads each item as what the items beside it are: in "Magic, Bird or Isiah", Isiah places Bird as
    # a name, and Bird, so placed, places Magic.
    listed = {p for m in kept if placed.evidence(m) is Evidence.NAMED for p in range(m.start, m.end)} - placed.outright
    if listed and len(kept) < len(found):
        placed.outright |= listed
        kept = [m for m in (placed.keep(mention) for mention in found) if m is not None]
    kept = without_words_before_full_names(text, tokens, kept)
    kept = without_phrases_after_names(text, tokens, kept)
    kept = without_cities(index, text, tokens, kept, team_cities)
    kept = described(index, text, tokens, surnames_listed(index, text, tokens, kept))
    kept = settle_generations(index, text, tokens, settle_pairs(text, tokens, kept))
    kept = told_apart(index, text, tokens, first_names_sharing_a_surname(index, text, tokens, kept))
    kept = kin_named(index, text, tokens, family_first_names(index, text, tokens, kept))
    kept = first_names_of_those_named(index, tokens, first_names_set_against(index, text, tokens, kept,
                                                                             {*blocked, *single_blocked}))
    return [replace(m, which=True) if m.start > 0 and tokens[m.start - 1].norm == "which" else m for m in kept]


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
            if any(p in self.blocked for p in positions) or not all(joined(text, tokens, p) for p in positions[1:]):
                continue
            initials = length == 1 and self._initials(start)
            # A stat or sport word set by "vs" against a word is a side of a comparison of players: a name.
            compared = length == 1 and tokens[start].norm in SPORT_WORDS and self._set_against_a_word(start)
            if length == 1 and not compared and (start in self.single_blocked
                                                 or (is_stopword(tokens[start].norm) and not initials)
                                                 or _CONTRACTION.search(text[tokens[start].start:tokens[start].end])):
                continue
            words = [tokens[p].norm for p in positions]
            by_entry: dict[int, tuple[Scored, Evidence]] = {}
            found = self.candidates(positions)
            # Only corrections the candidates were looked up by: a word read as typed alone has none worked out.
            said_alike = {s.entry for fix in self._fixes.get(start, ()) if fix.homophone
                          for s in self.index.lookup(fix.word)} if length == 1 else set()
            for scored in found:
                needs = _needs(scored, words, initials, name_keys(self.index.entries[scored.entry].name)[2],
                               said_alike)
                if scored.score < MIN_SCORE or needs is Evidence.NEVER:
                    continue
                known = by_entry.get(scored.entry)
                if known is None or (needs, -scored.score) < (known[1], -known[0].score):
                    by_entry[scored.entry] = (scored, needs)
            if by_entry:
                ranked = sorted(by_entry.values(), key=lambda pair: -pair[0].score)
                span = text[tokens[start].start:tokens[end - 1].end]
                return Mention(start, end, span, tuple(s for s, _ in ranked), tuple(n for _, n in ranked))
        return None

    def _initials(self, position: int) -> bool:
        """Initials: dotted ("T.O."), or two or three capitals in a question not all in capitals, set beside
        "or"/"vs" as one side of a comparison ("Moss or TO") or between commas as an item of a list of capitalised
        names ("Moss, TO, Carter"), where "to" cannot be the preposition."""
        token, tokens, text = self.tokens[position], self.tokens, self.text
        if token.is_initials:
            return True
        written = text[token.start:token.end]
        before = text[tokens[position - 1].end:token.start] if position > 0 else ""
        after = text[token.end:tokens[position + 1].start] if position + 1 < len(tokens) else ""
        return (2 <= len(written) <= 3 and written.isalpha() and written.isupper()
                and any(c.islower() for c in text)
                and ((position > 0 and tokens[position - 1].norm in CONNECTORS)
                     or (position + 1 < len(tokens) and tokens[position + 1].norm in CONNECTORS)
                     or ("," in before and "," in after and tokens[position - 1].is_capitalised
                         and tokens[position + 1].is_capitalised)))

    def _set_against_a_word(self, position: int) -> bool:
        """A word that is a whole side of "vs", set against a word that is neither a stat nor a word of the games
        ("kuch vs point", "Point vs Kucherov, ..."): a side of a comparison of players, a player's name; a stat is
        compared with a stat ("goals vs points"), and a word after a noun ends it ("the Vikings back vs Emmitt")."""
        tokens = self.tokens
        for step in (-1, 1):
            other, outer = position + 2 * step, position - step
            whole = (not 0 <= outer < len(tokens) or is_stopword(tokens[outer].norm)
                     or not joined(self.text, tokens, max(outer, position)))
            if (whole and 0 <= other < len(tokens) and tokens[position + step].norm in COMPARE
                    and other not in self.single_blocked and other not in self.blocked
                    and not is_stopword(tokens[other].norm)):
                return True
        return False

    def _possessive(self, position: int) -> bool:
        """A name and an "s" before what sport talks of, the apostrophe left out ("jordans career")."""
        following = position + 1
        return (self.tokens[position].norm.endswith("s") and following < len(self.tokens)
                and self.tokens[following].norm in SPORT_TALK and joined(self.text, self.tokens, following))

    def _split(self, words: Sequence[str]) -> list[Scored]:
        """A famous player's name that voice typing wrote as two words ("ma homes", "oh tani", "patrick
        ma homes"): the words joined spell it exactly."""
        index = self.index
        if any(is_stopword(word) for word in words):
            return []  # a word of the sentence stays one ("for D in fantasy" is no Ford)
        key = "".join(words) if len(words) == 2 else f"{words[0]} {''.join(words[1:])}"
        return [s for s in index.lookup(key, _SPLIT_QUALITY) if index.entries[s.entry].fame >= FUZZY_FAME]

    def _run_together(self, word: str) -> list[Scored]:
        """A famous player's first name and surname typed as one word ("jerryrice", "RayAllen"): a word of no
        language that, split once, spells his full name exactly."""
        if len(word) < _RUN_TOGETHER or not word.isalpha() or is_known_word(word):
            return []
        index = self.index
        # Every letter is his, in order: as exact as the name typed with its space, and needing no more evidence.
        return [s for i in range(2, len(word) - 1) for s in index.lookup(f"{word[:i]} {word[i:]}")
                if s.kind not in PART_KINDS and index.entries[s.entry].fame >= FUZZY_FAME]

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
            named = index.lookup(words[0][:-1]) if self._possessive(positions[0]) else []
            found.extend(named)
            if not found:
                found.extend(self._run_together(words[0]))
            if not found:
                found.extend(self.index.slip_of_a_surname(words[0]))
            # A capitalised word spelt as a player's surname is written as a surname: no slip for someone's first
            # name ("after Maxey dropped 50": no Max), though it may be one for another surname ("Jordon").
            surname = self.tokens[positions[0]].is_capitalised and any(s.kind is MatchKind.SURNAME for s in found)
            # A club's nickname in the singular ("the greatest Steeler", "a Laker for life") is one of its
            # players, no misspelt name; spelt exactly, it is still the name ("brown" of the Browns' word).
            if not named and words[0] not in index.correction_words and words[0] + "s" not in self.team_words:
                for fix in self.fixes(positions[0]):
                    if fix.alone and words[0] != fix.word + "s":
                        found.extend(s for s in index.lookup(fix.word, fix.quality, needs_context=not fix.strong)
                                     if not (surname and s.kind is MatchKind.FIRST))
            return found
        # A short form that is also an everyday word ("will") makes a name only where placed as one.
        # Only of a player known by that first name: "jim brown" is no James Kevin Brown (Kevin Brown).
        for full in SHORT_FORMS.get(words[0], ()):
            found.extend(s for s in index.lookup(" ".join((full, *words[1:])), _SHORT_FORM_QUALITY,
                                                 needs_context=is_everyday_word(words[0]))
                         if name_keys(index.entries[s.entry].name)[1] == full)
        # A contraction as typed ("can't") is a word of the sentence, never a name misspelt ("Captain can't").
        if found or len(words) > _MAX_CORRECTED_WORDS or any(
                _CONTRACTION.search(self.text[self.tokens[p].start:self.tokens[p].end]) for p in positions):
            return found
        found.extend(self._split(words))
        if found or any(is_stopword(w) for w in words):
            return found
        spellings: list[tuple[list[str], float, int]] = [([], 1.0, 0)]
        # A first and last name: every correction of each word is tried, the name itself choosing among
        # equally close ones ("wane gretzky": kane, wade, wayne), and a surname may be spelt as it sounds
        # ("tim dunkin"); a longer span tries the best two corrections of each word.
        pair = len(words) == 2
        for p, word in zip(positions, words, strict=True):
            fixes = self.fixes(p) if pair else self.fixes(p)[:2]
            if pair and p == positions[-1]:
                fixes = fixes + [s for s in self.index.sounds_like(word) if all(s.word != f.word for f in fixes)]
            # A plural is the thing named after a player, not him ("two cy youngs").
            options = [(word, 1.0, 0)] + [(fix.word, fix.quality, 1) for fix in fixes if word != fix.word + "s"]
            spellings = [([*spelled, w], q * wq, fixed + n) for spelled, q, fixed in spellings
                         for w, wq, n in options if fixed + n <= 2]
        # As with one word, a misspelt name is a famous player's, or a nicknamed one's: a correction that
        # lands on an obscure one's name ("chris rock": Chris Brock) is a name of someone else.
        for spelled, quality, fixed in spellings:
            if fixed:
                found.extend(s for s in index.lookup(" ".join(spelled), quality)
                             if index.entries[s.entry].fame >= FUZZY_FAME or s.entry in index.nicknamed)
        if not found and pair:
            found.extend(index.misremembered(*words))
        return found
